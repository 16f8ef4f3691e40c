package dev.parallax.analyze;

import dev.parallax.internal.Blanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a line of news text into sentences with OpenNLP's sentence detector, then repairs the breaks the
 * model gets wrong on news text.
 *
 * <table>
 *   <caption>Repairs</caption>
 *   <tr><th>case</th><th>example</th><th>rule</th></tr>
 *   <tr><td>closing quote after the period</td><td>{@code ...returning.” Next}</td><td>closing quotes and
 *       brackets (also the wire-service {@code ''}) at the start of a fragment move to the sentence before</td></tr>
 *   <tr><td>ellipsis inside a quotation</td><td>{@code “...borders... The nightmarish...”} and
 *       {@code “...borders... and the nightmarish...”}</td><td>a break where the next word starts a new
 *       sentence (a capital), none before lower case; the quotation itself spans both sentences and is
 *       found as one quote</td></tr>
 *   <tr><td>title or month abbreviation</td><td>{@code on Nov.23}, {@code Mr. Lavrov}</td><td>no break after
 *       it</td></tr>
 *   <tr><td>abbreviation that may end a sentence, and any initialism with periods</td><td>{@code the U.S. State
 *       Department} vs {@code in the U.S. The}; {@code F.B.I. 'Destroyed' Flynn's Life}</td><td>a break exactly
 *       when the next word is a capitalized function word</td></tr>
 *   <tr><td>a middle initial</td><td>{@code Daniel O. Okafor} vs {@code Plan B. The}</td><td>as an
 *       initialism: a break only before a capitalized function word</td></tr>
 *   <tr><td>an initial after "and", "by" or the like, or after an occupation in lower case, before a given
 *       name</td><td>{@code and W. Karl Lind}, {@code host R. Karl Lind} vs {@code hepatitis C. Mark}</td><td>no
 *       break</td></tr>
 *   <tr><td>a US state abbreviated before a title</td><td>{@code for Ariz. Gov. Jane Doe} vs {@code in Lindby, Pa.
 *       Firefighters}</td><td>no break</td></tr>
 *   <tr><td>an initial opening the sentence</td><td>{@code R. Jane Doe said} vs {@code A. The
 *       first}</td><td>no break, unless a capitalized function word follows</td></tr>
 *   <tr><td>month with a stray period before a day</td><td>{@code on April. 16}</td><td>no break</td></tr>
 *   <tr><td>{@code No.} before a number</td><td>{@code No. 10}</td><td>no break; {@code a no-no. But} breaks</td></tr>
 *   <tr><td>a bill's number</td><td>{@code H. Res. 318}, {@code S. 1147}, {@code H. J. Res. 7} vs {@code in Group
 *       B. 2025 was}</td><td>no break after a capital initial before a figure or "Res."/"Con.", nor after "Res."/"Con."
 *       before a figure; a break after a letter that follows a capitalised word (a label's) before a figure</td></tr>
 *   <tr><td>an office abbreviated</td><td>{@code Justice Dept. Official} vs {@code the Justice Dept. The}</td><td>as
 *       an initialism: a break only before a capitalized function word</td></tr>
 *   <tr><td>break before lower case</td><td>{@code the U.S. and its allies}</td><td>a fragment that starts in
 *       lower case joins the sentence before</td></tr>
 *   <tr><td>odd white space</td><td>no-break, zero-width spaces, direction marks</td><td>read as spaces by
 *       the model and trimmed from both ends of every sentence</td></tr>
 * </table>
 *
 * <p>Line breaks are handled by the caller: every line is split on its own, so a headline never runs into
 * the first sentence. Linear in the length of the line: the quotation state is computed once per line,
 * never rescanned. Not thread-safe: make one per call.
 */
final class SentenceSplitter {
  /** Abbreviations after which a sentence never ends: titles and months. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "col", "sgt", "capt",
      "cmdr", "adm", "atty", "cpl", "pvt", "dist", "dep", "asst", "ofc", "lieut",
      "maj", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "approx", "fig",
      "e.g", "i.e", "cf", "ca", "para", "art", "sec", "vol", "pp", "ch");
  /** Abbreviations that may also end a sentence. */
  private static final Set<String> MAY_END = Set.of(
      "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "plc", "llc",
      "bros", "a.m", "p.m", "dept", "depts", "univ", "assn", "govt", "natl", "intl");
  /**
   * The abbreviations of a bill's or resolution's kind, capitalised as written: after a house's initial ("H. Res.
   * 318", "S. Con. Res. 22", "H. J. Res. 7") and before the number, never a sentence's end.
   */
  private static final Set<String> BILL_WORDS = Set.of("Res", "Con");
  /**
   * US states as abbreviated in news style, capitalised as written ("Ariz.", "Calif.", "Ill."): a sentence may end after
   * one, and goes on before a title ("for Ariz. Gov. Jane Doe").
   */
  private static final Set<String> STATES = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
      "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
      "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo");

  /** Initialisms written with periods: {@code F.B.I}, {@code N.Y}, {@code U.S} (the last period not included). */
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  /** Capitalized words that start a new sentence after an abbreviation that may end one. */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
      "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "after", "before",
      "his", "her", "its", "their", "our", "my", "however", "meanwhile", "still", "since", "then", "also", "no",
      "not", "many", "some", "both", "all", "one", "what", "who", "why", "how");

  /**
   * A name and a verb of saying with no "that" after it in the clause: what follows a quoted question that is its
   * attribution, not a new sentence ({@code “...a wall?” Ms. Doe said at a news conference}, {@code “...?” Jane
   * Doe, the mayor, asked.}, {@code “...!” Doe tweeted early Tuesday.}); {@code “...?” Officials said on Monday
   * that ...} is a new sentence.
   */
  private static final Pattern ATTRIBUTION;

  static {
    String word = "\\p{Lu}[\\p{L}'\u2019.-]*";
    // a title with its period is a word too: "Ms. Doe", "Senate Majority Leader Jane Doe"
    // and where the person is from: "Councilman Karl Lind of Lindby, the opposition leader, asked"
    String name = word + "(?:\\s+" + word + "){0,5}(?:\\s+of\\s+" + word + "(?:\\s+" + word + "){0,3})?";
    String notThat = "(?![^.!?\"\u201C\u201D]*\\bthat\\b)";
    ATTRIBUTION = Pattern.compile(name + "(?:,[^,\"\u201C\u201D]{1,90},)?\\s+"
        + SpeechPatterns.VERB + "\\b" + notThat);
  }

  /** Full month names: a stray period after one before a day ({@code on April. 16}) ends no sentence. */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  private final SentenceDetectorME detector;

  SentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
  }

  /** Sentence spans of {@code line}, relative to it, trimmed of surrounding white space. */
  List<int[]> split(String original) {
    String line = plainSpaces(original);
    Span[] spans = detector.sentPosDetect(line);
    List<int[]> out = new ArrayList<>();
    QuoteState quotes = new QuoteState(line);
    for (Span s : splitAfterAbbreviations(line, spans)) {
      int[] cur = trim(line, s.getStart(), s.getEnd());
      if (cur == null) {
        continue;
      }
      if (out.isEmpty()) {
        out.add(cur);
        continue;
      }
      int[] prev = out.get(out.size() - 1);
      // Closing quotes and brackets that OpenNLP left at the start of this fragment belong to the one before.
      int lead = cur[0];
      while (lead < cur[1] && isClosingAt(line, lead, quotes)) {
        lead++;
      }
      if (lead > cur[0]) {
        prev[1] = lead;
        int[] rest = trim(line, lead, cur[1]);
        if (rest == null) {
          continue;
        }
        cur = rest;
      }
      if (shouldJoin(line, prev, cur, quotes)) {
        prev[1] = cur[1];
      } else {
        out.add(cur);
      }
    }
    if (out.isEmpty()) {
      int[] all = trim(line, 0, line.length());
      if (all != null) {
        out.add(all);
      }
    }
    return out;
  }

  /**
   * {@code line} with no-break, zero-width and other odd spaces and direction marks replaced by plain
   * spaces, one for one, so that offsets stay the same and the model sees ordinary white space.
   */
  static String plainSpaces(String line) {
    char[] chars = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && Blanks.isBlank(c)) {
        if (chars == null) {
          chars = line.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? line : new String(chars);
  }

  /**
   * Splits the model's sentences where an abbreviation that may end a sentence ({@code U.S.}) is followed
   * by a capitalized function word ({@code The}): the model keeps those together.
   */
  private static List<Span> splitAfterAbbreviations(String line, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      int from = sp.getStart();
      int i = sp.getStart();
      while (i < sp.getEnd()) {
        // find "<abbr>. <Starter>"
        if (line.charAt(i) == '.' && i + 2 < sp.getEnd() && line.charAt(i + 1) == ' ') {
          String word = wordBefore(line, from, i).toLowerCase(Locale.ROOT);
          int next = i + 1;
          while (next < sp.getEnd() && line.charAt(next) == ' ') {
            next++;
          }
          if (mayEnd(word) && next < sp.getEnd() && Character.isUpperCase(line.charAt(next))
              && SENTENCE_STARTERS.contains(wordAt(line, next, sp.getEnd()).toLowerCase(Locale.ROOT))) {
            out.add(new Span(from, i + 1));
            from = next;
            i = next;
            continue;
          }
        }
        i++;
      }
      out.add(new Span(from, sp.getEnd()));
    }
    return out;
  }

  private static boolean isClosingAt(String line, int pos, QuoteState quotes) {
    char c = line.charAt(pos);
    if (c == '\u201D' || c == '\u00BB' || c == ')' || c == ']') {
      return true;
    }
    if (c == '"' || c == '\u2019' || c == '\'') {
      // A straight quote closes only when one is open; a lone apostrophe closes a single quote only.
      // Two apostrophes ('') are a wire-service closing double mark.
      int after = pos + 1 < line.length() && c != '"' && line.charAt(pos + 1) == c ? pos + 2 : pos + 1;
      boolean followedByBlank = after >= line.length() || Blanks.isBlank(line.charAt(after));
      return followedByBlank && (c != '"' || quotes.openAt(pos));
    }
    return false;
  }

  private static boolean shouldJoin(String line, int[] prev, int[] cur, QuoteState quotes) {
    int firstLetter = firstLetterOrDigit(line, cur[0], cur[1]);
    if (firstLetter < 0) {
      return true;
    }
    char first = line.charAt(firstLetter);
    if (Character.isLowerCase(first)) {
      return true;
    }
    int end = prev[1];
    char last = line.charAt(end - 1);
    if (last == ',' || last == ';') {
      return true;  // "Sierra Nevada Corp., Ceres Robotics": the abbreviation's period is followed by a comma
    }
    if (last == '.' && splitDecimal(line, prev, end, firstLetter)) {
      return true; // "a 5. 9 magnitude quake", "at 8. 40am": one figure whose point a space follows
    }
    if (last == '.') {
      String written = wordBefore(line, prev[0], end - 1);
      String word = written.toLowerCase(Locale.ROOT);
      if (partyAndInitial(line, prev[0], end - 1)) {
        return true; // a party tag and a two-word state: "Karl Lind (D-W. Va.), who"
      }
      if (word.length() == 1 && Character.isUpperCase(line.charAt(end - 2))
          && (isInitial(line, firstLetter, cur[1]) || isInitial(line, end - 5, end - 3))) {
        return true;  // a run of initials: "the W. M. Keck Observatory"
      }
      if (word.length() == 1 && Character.isUpperCase(line.charAt(end - 2))
          && firstLetterOrDigit(line, prev[0], end) == end - 2) {
        // an initial that opens the sentence is no sentence of its own: "R. Jane Doe said"; a list's letter is
        // one when a function word follows ("A. The first point")
        return !SENTENCE_STARTERS.contains(wordAt(line, firstLetter, cur[1]).toLowerCase(Locale.ROOT));
      }
      if (word.length() == 1 && Character.isUpperCase(line.charAt(end - 2))
          && (afterJoiningWord(line, prev[0], end - 2) || afterOccupation(line, prev[0], end - 2))
          && SpeakerLexicon.standard().givenName(wordAt(line, firstLetter, cur[1]))) {
        return true; // an initial before a given name: "and W. Karl Lind, chief executive", "host R. Karl Lind"
      }
      if (STATES.contains(written) && TITLES.contains(wordAt(line, firstLetter, cur[1]).toLowerCase(Locale.ROOT))) {
        return true; // "for Ariz. Gov. Jane Doe"; "in Lindby, Pa. Firefighters said" ends after "Pa."
      }
      if (TITLES.contains(word) || line.charAt(end - 2) == 'v' && word.equals("v")) {
        return true; // a title; the lower-case "v." of a court case ("Wal-Mart Stores v. Dukes"), not "George V."
      }
      if (word.equals("no") || word.equals("nos")) {
        return Character.isDigit(first); // "No. 10"; "a no-no. But" ends
      }
      if (BILL_WORDS.contains(written)) {
        return Character.isDigit(first) || billWordAt(line, firstLetter, cur[1]); // "H. Res. 318", "S. Con. Res. 22"
      }
      if (Character.isDigit(first) && middleInitial(line, prev[0], end - 1, word)) {
        return false; // a label's letter after a capitalised word, then a figure: "drawn in Group B. 2025 was"
      }
      if (word.length() == 1 && Character.isUpperCase(line.charAt(end - 2))
          && (Character.isDigit(first) || billWordAt(line, firstLetter, cur[1]))) {
        return true; // a house's initial before a bill's number or kind: "passed S. 1147", "on H. Res. 318"
      }
      if (MONTHS.contains(word)) {
        return isDayNumber(line, firstLetter, cur[1]);
      }
      if (mayEnd(word) || middleInitial(line, prev[0], end - 1, word)) {
        String next = wordAt(line, firstLetter, cur[1]).toLowerCase(Locale.ROOT);
        return !SENTENCE_STARTERS.contains(next);
      }
    }
    return endsInQuotedQuestion(line, prev) && ATTRIBUTION.matcher(line).region(firstLetter, line.length()).lookingAt();
  }

  /** A figure of one to three digits that ends a fragment, alone ("5", "$1", "magnitude-5", "(11"), not a year. */
  private static final Pattern FIGURE_ENDS = Pattern.compile("(?:^|[\\s$(-])\\d{1,3}$");
  /** One or two digits and then a unit or a word in lower case: "9 magnitude", "40am", "6 million", "4 on". */
  private static final Pattern DIGITS_THEN_LOWER = Pattern.compile("\\d{1,2}(?:[a-z]|[- ][a-z])");

  /**
   * Whether the break at {@code end} falls inside a decimal whose point one space follows: "A 5. 9 magnitude quake",
   * "at 8. 40am", "$1. 29 for the first time". The fragment before ends in a figure of up to three digits and its
   * point; the one after starts, one space on, with one or two digits and then a word in lower case, as no sentence
   * of news writing starts (a sentence never opens with a figure, least of all one followed by lower case).
   */
  private static boolean splitDecimal(String line, int[] prev, int end, int firstLetter) {
    return firstLetter == end + 1 && line.charAt(end) == ' '
        && FIGURE_ENDS.matcher(line.substring(prev[0], end - 1)).find()
        && DIGITS_THEN_LOWER.matcher(line).region(firstLetter, line.length()).lookingAt();
  }

  /** Whether a party letter, a hyphen and one capital stand before {@code dot}: {@code D-W.}, {@code R-N.} */
  private static boolean partyAndInitial(String line, int from, int dot) {
    return dot - 3 >= from && Character.isUpperCase(line.charAt(dot - 1)) && line.charAt(dot - 2) == '-'
        && "DRI".indexOf(line.charAt(dot - 3)) >= 0 && (dot - 4 < from || !Character.isLetter(line.charAt(dot - 4)));
  }

  /** Whether {@code prev} ends with a question or exclamation inside closing quotation marks: {@code ...a wall?”}. */
  private static boolean endsInQuotedQuestion(String line, int[] prev) {
    int k = prev[1];
    while (k > prev[0] && isClosingMark(line.charAt(k - 1))) {
      k--;
    }
    return k < prev[1] && k > prev[0] && (line.charAt(k - 1) == '?' || line.charAt(k - 1) == '!');
  }

  private static boolean isClosingMark(char c) {
    return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == '\u00BB';
  }

  /**
   * Whether {@code line} holds an initial at {@code pos}: a capital letter and a full stop, with no letter
   * before it; {@code to} bounds the search.
   */
  private static boolean isInitial(String line, int pos, int to) {
    return pos >= 0 && pos + 1 < to && pos + 1 < line.length() && Character.isUpperCase(line.charAt(pos))
        && line.charAt(pos + 1) == '.' && (pos == 0 || !Character.isLetter(line.charAt(pos - 1)));
  }

  /** Whether the one letter before {@code dot} is a capital after a capitalized word: {@code Daniel O. Okafor}. */
  private static boolean middleInitial(String line, int from, int dot, String word) {
    if (word.length() != 1 || !Character.isUpperCase(line.charAt(dot - 1))) {
      return false;
    }
    int k = dot - 2;
    if (k <= from || line.charAt(k) != ' ') {
      return false;
    }
    int end = k;
    while (k > from && Character.isLetter(line.charAt(k - 1))) {
      k--;
    }
    return end - k >= 2 && Character.isUpperCase(line.charAt(k)) && Character.isLowerCase(line.charAt(k + 1));
  }

  /** Whether a sentence may end after {@code word} and its period, or go on: an abbreviation or initialism. */
  private static boolean mayEnd(String word) {
    return MAY_END.contains(word) || INITIALISM.matcher(word).matches();
  }

  /** Whether a day of the month (one or two digits, not followed by more digits) starts at {@code from}. */
  private static boolean isDayNumber(String s, int from, int to) {
    int end = from;
    while (end < to && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end - from >= 1 && end - from <= 2 && (end >= to || !Character.isDigit(s.charAt(end)) && s.charAt(end) != '.');
  }

  private static int firstLetterOrDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return i;
      }
      if (!(Blanks.isBlank(c) || isOpening(c))) {
        return -2;
      }
    }
    return -1;
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '`' || c == '(' || c == '[' || c == '\u00AB';
  }

  /** The word (letters and inner periods) that ends just before {@code dot}, without leading punctuation. */
  private static String wordBefore(String s, int from, int dot) {
    int start = dot;
    while (start > from && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
      start--;
    }
    if (start > from && !Blanks.isBlank(s.charAt(start - 1)) && !isOpening(s.charAt(start - 1))) {
      return "";  // part of a longer token such as "no-no" or "3.5"
    }
    return s.substring(start, dot);
  }

  /** Whether the word before the letter at {@code letter} joins a name to the text ("and W."), not "hepatitis C.". */
  private static boolean afterJoiningWord(String s, int from, int letter) {
    String w = wordBeforeBlank(s, from, letter, true);
    return w != null && JOINING_WORDS.contains(w);
  }

  /**
   * Whether the word before the letter at {@code letter} is an occupation or office written in lower case ("host",
   * "attorney", "columnist": {@code offices.txt}), which a person's name follows: "podcast host R. Karl Lind".
   */
  private static boolean afterOccupation(String s, int from, int letter) {
    String w = wordBeforeBlank(s, from, letter, false);
    return w != null && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
        && SpeakerLexicon.standard().offices.contains(w);
  }

  /**
   * The letters right before the space before {@code letter}, not before {@code from} ("and" in "and W."), past
   * further spaces when {@code spaces}; empty when no letter stands there, null when no space precedes {@code letter}.
   */
  private static String wordBeforeBlank(String s, int from, int letter, boolean spaces) {
    int k = letter;
    if (k <= from || s.charAt(k - 1) != ' ') {
      return null;
    }
    k--;
    while (spaces && k > from && s.charAt(k - 1) == ' ') {
      k--;
    }
    int w = k;
    while (w > from && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    return s.substring(w, k);
  }

  /** Words after which an initial opens a name: "and W. Karl Lind", "by J. Jane Doe". */
  private static final Set<String> JOINING_WORDS = Set.of("and", "or", "by", "with", "from", "to", "of", "for");

  /** Whether a bill's kind abbreviated with its period ("Res.", "Con.") starts at {@code from}. */
  private static boolean billWordAt(String s, int from, int to) {
    String w = wordAt(s, from, to);
    return BILL_WORDS.contains(w) && from + w.length() < to && s.charAt(from + w.length()) == '.';
  }

  private static String wordAt(String s, int from, int to) {
    int end = from;
    while (end < to && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(from, end);
  }

  /**
   * Per position of {@code line} (and its end), whether a quotation is open just before it, found in one pass:
   * a double one ({@code “…”}, {@code "…"}) or a single one ({@code ‘…’}, {@code '…'}). A single mark opens
   * after a space or at the start and before a letter or digit; one after a letter, digit or punctuation and
   * not before a letter closes; one between letters ("We’re") is an apostrophe.
   */
  static boolean[] quotationsOpen(String line) {
    QuoteState doubles = new QuoteState(line);
    boolean[] open = new boolean[line.length() + 1];
    int singles = 0;
    for (int i = 0; i <= line.length(); i++) {
      open[i] = doubles.openAt(i) || singles > 0;
      if (i == line.length()) {
        break;
      }
      char c = line.charAt(i);
      if (c != '\u2018' && c != '\u2019' && c != '\'') {
        continue;
      }
      boolean spaceBefore = i == 0 || Character.isWhitespace(line.charAt(i - 1));
      boolean letterAfter = i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i + 1));
      if (spaceBefore && letterAfter && c != '\u2019') {
        singles++;
      } else if (!spaceBefore && !letterAfter && singles > 0) {
        singles--;
      }
    }
    return open;
  }

  /** Double-quotation state along a line, computed once in one pass: {@code openAt} is then constant time. */
  private static final class QuoteState {
    private final boolean[] openBefore;

    QuoteState(String line) {
      openBefore = new boolean[line.length() + 1];
      boolean open = false;
      for (int i = 0; i < line.length(); i++) {
        openBefore[i] = open;
        char c = line.charAt(i);
        if (c == '\u201C') {
          open = true;
        } else if (c == '\u201D') {
          open = false;
        } else if (c == '"') {
          open = !open;
        }
      }
      openBefore[line.length()] = open;
    }

    /** Whether a quotation is open just before {@code pos}. */
    boolean openAt(int pos) {
      return openBefore[pos];
    }
  }

  private static int[] trim(String line, int start, int end) {
    while (start < end && Blanks.isBlank(line.charAt(start))) {
      start++;
    }
    while (end > start && Blanks.isBlank(line.charAt(end - 1))) {
      end--;
    }
    return start < end ? new int[] {start, end} : null;
  }
}
