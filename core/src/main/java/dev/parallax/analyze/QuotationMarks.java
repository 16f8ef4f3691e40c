package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.SPACES;
import static dev.parallax.analyze.SpeechPatterns.VERB_ONLY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where quotations open and close in a text: curly, straight and wire-service marks, over paragraphs. */
final class QuotationMarks {
  static final char MASK = '\u0001';
  /** Lower-case words a title may keep uncapitalised ("The Hunchback of Notre-Dame"). */
  private static final Set<String> TITLE_FUNCTION_WORDS =
      Set.of("a", "an", "the", "of", "and", "&", "or", "in", "on", "at", "to", "for", "with", "from", "by", "de", "la",
          "le", "du");

  private QuotationMarks() {}

  /** The most words of a title in quotation marks, and of one with a subtitle after a colon. */
  private static final int MAX_TITLE_WORDS = 12;
  private static final int MAX_TITLE_WORDS_WITH_SUBTITLE = 20;

  /** A pronoun and a verb written as one word: "I'm", "We've", "It's", "They're". */
  private static final Pattern PRONOUN_CONTRACTION = Pattern.compile(
      "(?:I|We|You|He|She|It|They|That|There)['\u2019](?:m|re|ve|s|ll|d)");

  /**
   * Whether quoted words are a title: two to twelve words (twenty with a subtitle after a colon: "Harbor Politics: The
   * County's Use of Ferries, Money and Influence in 2020 and Beyond"), every one capitalised but for short function
   * words, and no sentence end inside ("The Old Man and the Sea"). Quoted speech is written in sentence case.
   */
  static boolean isTitle(String inner) {
    return isTitle(inner, false);
  }

  /**
   * As {@link #isTitle(String)}; with {@code named} (the words before say a work is named: "on Fox News'", "on")
   * the title may end the sentence with its period inside the marks ("... on PBS's “Charlie Rose.”").
   */
  static boolean isTitle(String inner, boolean named) {
    String t = inner.strip();
    if (named && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
      t = t.substring(0, t.length() - 1);
    }
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    String[] words = SPACES.split(t);
    int longest = t.indexOf(':') > 0 ? MAX_TITLE_WORDS_WITH_SUBTITLE : MAX_TITLE_WORDS;
    if (words.length < 2 || words.length > longest || t.indexOf('.') >= 0 && t.indexOf('.') < t.length() - 1) {
      return false;
    }
    if (t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
      return false;
    }
    // words opening with a pronoun and its verb, cut by a comma for their attribution ("“I'm a New Englander,” he said"),
    // are speech unless every word is capitalised or the words before name a work ("the film “It's a Wonderful Life”")
    boolean speech = !named && inner.strip().endsWith(",") && PRONOUN_CONTRACTION.matcher(words[0]).matches();
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      int c = w.isEmpty() ? -1 : w.codePointAt(0);
      boolean capital = c >= 0 && (Character.isUpperCase(c) || Character.isDigit(c));
      if (!capital && (k == 0 || speech || !TITLE_FUNCTION_WORDS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quoted text {@code [from, to)} (inside the marks) is a nickname written inside a name: one to three
   * capitalised words with a given name right before the opening mark and a capitalised word right after the closing
   * one ({@code Karl “The Fox” Lind}).
   */
  static boolean isNickname(String text, int from, int to) {
    if (from < 3 || to + 2 >= text.length() || text.charAt(from - 2) != ' ' || text.charAt(to + 1) != ' '
        || !Character.isUpperCase(text.charAt(to + 2)) || !Character.isLetter(text.charAt(from - 3))) {
      return false;
    }
    int k = from - 3;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    if (!SpeakerLexicon.standard().givenName(text.substring(k, from - 2))) {
      return false; // "Pledging ‘Truth’ About" in a headline is a word quoted
    }
    String[] words = SPACES.split(text.substring(from, to).strip());
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /** The paragraphs: the first and last index of the sentences of each line. */
  static List<int[]> lines(String text, List<Sentence> sentences) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j + 1 < sentences.size() && noNewline(text, sentences.get(j).end(), sentences.get(j + 1).start())) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j + 1;
    }
    return out;
  }

  /** Most paragraphs without a mark that a quotation may run through before a later one closes it. */
  private static final int MAX_UNMARKED = 3;

  /**
   * The quotation pairs of each paragraph. A quotation that runs on from one paragraph may go through up to
   * {@value #MAX_UNMARKED} paragraphs without any mark; they are quoted when a paragraph after them ends it
   * with a closing mark ("…seriously."), and left alone otherwise.
   */
  static List<List<int[]>> linePairs(String text, List<Sentence> sentences, List<int[]> lines) {
    List<List<int[]>> out = new ArrayList<>(lines.size());
    List<Integer> unmarked = new ArrayList<>();
    boolean runsOn = false;
    for (int[] line : lines) {
      int from = sentences.get(line[0]).start();
      int to = sentences.get(line[1]).end();
      if (runsOn && unmarked.size() < MAX_UNMARKED && !hasDoubleMark(text, from, to)) {
        unmarked.add(out.size());
        out.add(List.of());
        continue;
      }
      List<int[]> pairs = pairs(text, from, to, runsOn);
      if (pairs.isEmpty() && !runsOn && !hasDoubleMark(text, from, to)) {
        pairs = singlePairs(text, from, to);
      }
      if (runsOn && !pairs.isEmpty() && pairs.get(0)[0] == firstNonBlank(text, from, to)) {
        for (int u : unmarked) {
          int[] l = lines.get(u);
          out.set(u, List.of(new int[] {sentences.get(l[0]).start(), sentences.get(l[1]).end()}));
        }
      }
      unmarked.clear();
      out.add(pairs);
      runsOn = !pairs.isEmpty() && pairs.get(pairs.size() - 1)[1] == to && !closed(text, to);
    }
    return out;
  }

  private static boolean hasDoubleMark(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (isDoubleMark(c) || doubled(text, k, to)) {
        return true;
      }
    }
    return false;
  }

  /** A straight, left, right or low double quotation mark. */
  private static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  private static boolean noNewline(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** The first sentence in {@code [from, to]} ending after {@code offset}, else {@code to} (a binary search). */
  static int sentenceAt(List<Sentence> sentences, int from, int to, int offset) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < sentences.get(mid).end()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Pairs of [start, end) offsets of quoted text (inside the marks) in {@code [from, to)}. Besides curly and
   * straight double marks, the wire-service (AP) forms count: two backticks open ({@code ``}), two
   * apostrophes close ({@code ''}, also after a straight opening mark) or open before a word. {@code continued}
   * says that the paragraph before ended inside a quotation (a quoted paragraph without its closing mark): then the
   * words before a first mark that can only close one are the quotation's end ({@code …charm,” said DeGeneres.}).
   */
  private static List<int[]> pairs(String text, int from, int to, boolean continued) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    int start = firstNonBlank(text, from, to);
    boolean marked = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (continued && !marked && open < 0 && k > start + CONTINUED_MIN && closesContinuedQuote(text, k, to)) {
        // the paragraph opens inside a quotation begun in the one before: "…charm,” said DeGeneres."
        out.add(new int[] {start, k});
        marked = true;
        continue;
      }
      marked |= isDoubleMark(c);
      if (open < 0) {
        if (c == '"' && k + 2 < to && text.charAt(k + 1) == '"' && Character.isLetterOrDigit(text.charAt(k + 2))) {
          open = k + 2; // a straight mark typed twice (""We have ...): one opening mark, not an empty quotation
          opener = c;
          k++;
        } else if (c == '\u201C' || c == '\u201E' || c == '"') {
          open = k + 1;
          opener = c;
        } else if (c == '\u2018' && (k == from || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
          open = k + 1;
          opener = c;
        } else if ((c == '`' || c == '\'' || c == '\u2019') && doubled(text, k, to) && (c == '`' || (k == from || !Character.isLetterOrDigit(text.charAt(k - 1)))
            && k + 2 < to && Character.isLetterOrDigit(text.charAt(k + 2)))) {
          open = k + 2;
          opener = '"';
          k++;
        }
        continue;
      }
      if (opener == '\u2018') {
        boolean closes = c == '\u2019' && (k + 1 >= to || !Character.isLetterOrDigit(text.charAt(k + 1)));
        if (closes) {
          out.add(new int[] {open, k});
          open = -1;
        }
        continue;
      }
      if (c == '"' && opener == '"') {
        int inner = nestedClose(text, k, to);
        if (inner > 0) {
          k = inner; // "That is called "fair," and it ...": a quotation inside the quotation, in the same marks
          continue;
        }
      }
      if (c == '\u201D' || c == '"') {
        out.add(new int[] {open, k});
        open = -1;
        if (c == '"' && k + 1 < to && text.charAt(k + 1) == '"') {
          k++; // ... support."": one closing mark typed twice
        }
      } else if ((c == '\'' || c == '\u2019') && doubled(text, k, to)) {
        out.add(new int[] {open, k});
        open = -1;
        k++;
      } else if ((c == '\u201C' || c == '\u201E') && (!hasCloser(text, k + 1, to) || closingShape(text, k, to))) {
        // an opening mark typed where a closing one belongs ("“Who can tell?“ he asked. “…”")
        out.add(new int[] {open, k});
        open = -1;
      } else if (c == '\u201C' && opener == '\u201C') {
        Matcher m = ATTRIBUTION_TAIL.matcher(text).region(open, k);
        if (m.find()) {
          // a closing mark left out before a short attribution that opens the next quotation: "“We are a broad
          // group, Ms. Lind said. “I am sure …”", "“… again. He added: “My …”"
          out.add(new int[] {open, m.start() + 1});
          open = k + 1;
        }
      }
    }
    if (open >= 0 && opener != '\u2018' && (to - open > 20 || open - 1 == start && shortSentence(text, open, to))
        && (open - 1 == start || introduced(text, from, open - 1) || afterSentenceEnd(text, from, open - 1))) {
      // a quoted paragraph that continues in the next one: by convention it has no closing mark
      out.add(new int[] {open, to});
    }
    return out;
  }

  /**
   * Where a quotation in straight marks that opens at {@code k}, inside an open quotation in straight marks, closes:
   * the mark at {@code k} has a blank before it and a letter after it, as an opening mark has ({@code "That is called
   * "fair," and it is ..."}), the next straight mark stands after a word or its punctuation and before a blank or
   * punctuation, as a closing mark does, and a straight mark after that closes the outer quotation. Otherwise -1:
   * the mark closes the quotation open (a missing mark is a writer's slip as often as a nested quotation).
   */
  private static int nestedClose(String text, int k, int to) {
    if (k == 0 || k + 1 >= to || !Character.isWhitespace(text.charAt(k - 1))
        || !Character.isLetterOrDigit(text.charAt(k + 1))) {
      return -1;
    }
    int close = text.indexOf('"', k + 1);
    if (close < 0 || close >= to || Character.isWhitespace(text.charAt(close - 1))
        || close + 1 < to && Character.isLetterOrDigit(text.charAt(close + 1))) {
      return -1;
    }
    int outer = text.indexOf('"', close + 1);
    return outer >= 0 && outer < to && !Character.isWhitespace(text.charAt(outer - 1)) ? close : -1;
  }

  /** Whether {@code [from, to)} is a short sentence of two or more words: "We were panicked." */
  private static boolean shortSentence(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == from || ".!?".indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (text.charAt(k) == ' ' && k > from && Character.isLetter(text.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quotations in straight single marks, as some outlets write them ({@code 'He probably realized,' Gage said.}), in a
   * paragraph with no double mark. An apostrophe looks the same, so a mark opens only at the paragraph's start, after a
   * colon or after a sentence's end, before a letter; and it closes only after a comma or a sentence's end and before a
   * blank or the paragraph's end, or before a comma or period that a blank follows ({@code 'We will win', she said})
   * ({@code didn't} and {@code the players' union} neither open nor close one).
   */
  private static List<int[]> singlePairs(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = firstNonBlank(text, from, to);
    for (int k = start; k < to; k++) {
      if (text.charAt(k) != '\'' || k + 1 >= to || !Character.isLetter(text.charAt(k + 1))
          || k != start && !afterSentenceEnd(text, from, k) && !afterColon(text, from, k)) {
        continue;
      }
      for (int c = k + 2; c < to; c++) {
        if (text.charAt(c) == '\'' && (",.!?".indexOf(text.charAt(c - 1)) >= 0
            && (c + 1 >= to || Character.isWhitespace(text.charAt(c + 1))) || punctuationOutside(text, from, k, c, to)
            || closesAfterColon(text, from, k, c, to))) {
          out.add(new int[] {k + 1, c});
          k = c;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether the straight single mark at {@code c} closes a quotation of several words opened at {@code k} with the
   * comma or period after the mark, as British style writes it ({@code 'this will give the campaign a strong
   * impetus', the message said}): a letter or digit before the mark, a comma or period after it, then a blank or the
   * paragraph's end; after the comma a verb of saying, or before the quotation a colon.
   */
  private static boolean punctuationOutside(String text, int from, int k, int c, int to) {
    if (c + 1 >= to || ",.".indexOf(text.charAt(c + 1)) < 0 || !Character.isLetterOrDigit(text.charAt(c - 1))
        || c + 2 < to && !Character.isWhitespace(text.charAt(c + 2)) || text.substring(k + 1, c).indexOf(' ') < 0) {
      return false;
    }
    // and someone says it: a verb of saying after the comma, or a colon before the quotation and the period after it
    // ('Tis the season for the players', coaches' and fans' hopes: no quotation)
    return text.charAt(c + 1) == ','
        ? VERB_ONLY.matcher(text.substring(c + 2, Math.min(to, c + 60))).find()
        : afterColon(text, from, k);
  }

  /**
   * Whether the straight single mark at {@code c} closes a quotation opened at {@code k} after a colon, with no
   * punctuation before the mark, as headlines give someone's words: right after a letter or digit, then a blank or the
   * paragraph's end ({@code Jane Doe to council: 'We will not back down'}, {@code Doe fires back: 'Every delay' is
   * theirs}).
   */
  private static boolean closesAfterColon(String text, int from, int k, int c, int to) {
    return Character.isLetterOrDigit(text.charAt(c - 1)) && (c + 1 >= to || Character.isWhitespace(text.charAt(c + 1)))
        && afterColon(text, from, k);
  }

  /** Whether the last character before {@code mark}, blanks aside, ends a sentence ({@code he said. "From}). */
  private static boolean afterSentenceEnd(String text, int from, int mark) {
    int i = lastNonBlank(text, from, mark);
    return i >= from && i < mark - 1 && ".!?".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean afterColon(String text, int from, int mark) {
    int i = lastNonBlank(text, from, mark);
    return i >= from && text.charAt(i) == ':';
  }

  /** The index of the last character before {@code mark} that is not blank, {@code from - 1} when none is. */
  static int lastNonBlank(String text, int from, int mark) {
    int i = mark - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** Whether the line ending at {@code lineEnd} ends with a closing double mark. */
  static boolean closed(String text, int lineEnd) {
    char c = text.charAt(lineEnd - 1);
    return c == '"' || c == '\u201D';
  }

  /** Least characters before the closing mark of a quotation continued from the paragraph before. */
  private static final int CONTINUED_MIN = 10;

  /**
   * Whether the mark at {@code k}, the paragraph's first double mark, can only close a quotation: a right double
   * mark, or a straight one right after a word or its punctuation and before a blank, the end or punctuation
   * ({@code charm," DeGeneres said}).
   */
  private static boolean closesContinuedQuote(String text, int k, int to) {
    char c = text.charAt(k);
    if (c != '\u201D' && c != '"') {
      return false;
    }
    char before = text.charAt(k - 1);
    boolean afterWord = Character.isLetter(before) || ".,?!;\u2026-\u2014".indexOf(before) >= 0;
    boolean beforeBlank = k + 1 >= to || Character.isWhitespace(text.charAt(k + 1))
        || ".,;:)".indexOf(text.charAt(k + 1)) >= 0;
    return afterWord && beforeBlank;
  }

  /**
   * Whether the mark at {@code mark} follows a colon, or a verb of saying and a comma, that introduces it
   * ({@code the honor: “I am}, {@code Smith noted, "It's}; not {@code experience, "Gaskin told}).
   */
  private static boolean introduced(String text, int from, int mark) {
    int i = lastNonBlank(text, from, mark);
    if (i < from || text.charAt(i) != ':' && text.charAt(i) != ',') {
      return false;
    }
    if (text.charAt(i) == ':') {
      return true;
    }
    int end = i;
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return VERB_ONLY.matcher(text.substring(i, end)).matches();
  }

  /**
   * Whether the quote opens its sentence and ends its utterance ({@code “Have I not been clear?” Ms. Doe said at
   * a news conference with ...}): a whole utterance however long the attribution after it, not a fragment.
   */
  static boolean opensSentence(String text, Sentence sentence, int[] q, String inner) {
    for (int k = sentence.start(); k < q[0]; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    String t = inner.strip();
    return !t.isEmpty() && ".,?!\u2026".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether a wire-service double mark ({@code ``}, {@code ''} or two right single marks) starts at {@code k}. */
  private static boolean doubled(String text, int k, int to) {
    if (k < 0 || k + 1 >= to) {
      return false;
    }
    char c = text.charAt(k);
    return (c == '`' || c == '\'' || c == '\u2019') && k + 1 < to && text.charAt(k + 1) == c;
  }

  private static int firstNonBlank(String text, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * A comma, period, question or exclamation mark, then up to four capitalised words or a pronoun, and a verb of
   * saying with its colon, comma or period at the end of the region: the attribution between two quotations whose first
   * closing mark is missing (", Ms. Lind said. ", ". He added: "). Group 1 its punctuation, which stays in the quote.
   */
  private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("([,.?!])\\s+(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){1,4}"
      + "|(?:he|she|they)\\s+)" + SpeechPatterns.VERB + "\\s*[.:,]\\s*$");

  /**
   * Whether the opening mark at {@code k} stands as a closing one does: after a word's last letter or its punctuation and
   * before a blank and a word in lower case ("happiness?“ he asked"). An opening mark is followed by its first word.
   */
  private static boolean closingShape(String text, int k, int to) {
    return k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && k + 2 < to && text.charAt(k + 1) == ' '
        && Character.isLowerCase(text.charAt(k + 2));
  }

  private static boolean hasCloser(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\u201D' || c == '"' || (c == '\'' || c == '\u2019') && doubled(text, k, to)) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code [start, end)} with every quote (marks included) replaced by one mask character. */
  static String masked(String text, int start, int end, List<int[]> pairs) {
    StringBuilder sb = new StringBuilder(end - start);
    int k = start;
    for (int[] p : pairs) {
      int a = Math.max(start, p[0] - (p[0] >= 2 && doubled(text, p[0] - 2, p[0]) ? 2 : 1));
      int b = Math.min(end, p[1] + (doubled(text, p[1], text.length()) ? 2 : 1));
      if (b <= start || a >= end || a < k) {
        continue;
      }
      sb.append(text, k, a);
      // keep the length so positions stay comparable
      for (int m = a; m < b; m++) {
        sb.append(MASK);
      }
      k = b;
    }
    if (k < end) {
      sb.append(text, k, end);
    }
    return sb.toString();
  }
}
