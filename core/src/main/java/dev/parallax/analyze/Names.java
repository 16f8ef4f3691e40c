package dev.parallax.analyze;

import dev.parallax.internal.GivenNames;
import dev.parallax.internal.ResourceLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The capitalised names of one article: which runs of capitalised words are names, and, so that a sentence
 * stands alone, which full name a surname stands for.
 *
 * <table>
 *   <caption>what a run of capitalised words becomes</caption>
 *   <tr><th>as written</th><th>mention value</th></tr>
 *   <tr><td>{@code Mr. Gingrich}, {@code Sen. Grassley}, {@code Mr Lavrov}</td><td>{@code gingrich} … (the title
 *       is in the text, not the value), then resolved as a surname</td></tr>
 *   <tr><td>{@code Mr.} alone</td><td>no name</td></tr>
 *   <tr><td>{@code Donald J. Trump}, {@code K. Michael Conaway}</td><td>{@code donald trump}: an initial is no
 *       word of the name, and never ends one</td></tr>
 *   <tr><td>{@code Pennsylvania Sen. Bob Casey}</td><td>{@code pennsylvania} and {@code bob casey}: a title
 *       starts a new name</td></tr>
 *   <tr><td>{@code But Mr. Trump}, {@code The House Ethics Committee}</td><td>{@code trump},
 *       {@code house ethics committee}: function words ({@code stopwords.txt}) do not start a name, nor does a
 *       sentence's first word that the article also writes in lower case ({@code Later Gingrich left})</td></tr>
 *   <tr><td>{@code Coming} (a quotation's first word), {@code Trump} opening a sentence</td><td>a name only
 *       when the article also writes the word capitalised inside a sentence</td></tr>
 *   <tr><td>{@code Trump Says Obama Should Resign} (a title-case headline)</td><td>only the words the
 *       article's other sentences write capitalised inside a sentence: {@code trump}, {@code obama}</td></tr>
 *   <tr><td>{@code New Bedford District Court Wednesday}</td><td>{@code new bedford district court}: a
 *       weekday ends a name</td></tr>
 *   <tr><td>{@code R} in {@code (R)}, {@code May} alone</td><td>no name: one letter, a month</td></tr>
 *   <tr><td>{@code Defense Secretary James Mattis}, {@code Former Vice President Cheney}</td><td>{@code james
 *       mattis}, {@code cheney}: a leading office or role is dropped (as for quotation speakers)</td></tr>
 *   <tr><td>{@code Gingrich} when the article names {@code Newt Gingrich}</td><td>{@code newt gingrich}, when
 *       exactly one person of the article has that surname</td></tr>
 *   <tr><td>{@code Chairman Ryan}, {@code Director Wray} when the article names {@code Paul Ryan}, {@code Chris
 *       Wray}</td><td>{@code paul ryan}, {@code chris wray}: an office before a surname, resolved as the surname
 *       alone; {@code General Motors} stays {@code general motors} (nobody of the article is a Motors)</td></tr>
 *   <tr><td>{@code Mr. Trump} when the article's only full name with that surname is {@code Melania Trump},
 *       whose quotation follows with "she said"</td><td>{@code trump}: a courtesy title of the other sex is
 *       another person</td></tr>
 *   <tr><td>{@code Despite Trump} opening a sentence</td><td>{@code trump}: a word that opens a clause is
 *       no part of a name</td></tr>
 * </table>
 *
 * <p>A full name counts as a person's when it has two or three words, none a function word, a place, body,
 * legislature or country word, the article writes none of its words in lower case (a listed given name
 * apart, {@code given-names.txt}: "Bill Clinton" next to "the bill"), and it is written outside a headline. Built
 * per article; not thread-safe.
 */
final class Names {
  /** English function words: a capitalised one opens a sentence, never a name. */
  private static final Set<String> STOP = Set.copyOf(ResourceLines.read("dev/parallax/align/stopwords.txt"));
  /** Titles written before a name, abbreviated with a period ("Mr.", "Sen.", "Gov."). */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps",
      "gov", "gen", "col", "lt", "capt", "adm", "rev", "sgt", "cpl", "maj", "pvt", "det", "insp", "supt", "atty",
      "amb", "hon", "cmdr", "pres", "messrs");
  /** Courtesy titles also written without a period ("Mr Lavrov"). */
  private static final Set<String> BARE_TITLES = Set.of("mr", "mrs", "ms", "dr", "messrs");

  /** Words the article writes capitalised inside its (non-headline) sentences, lower case. */
  private final Set<String> midNames;
  /** Words the article writes in lower case: common words, not a person's name ("despite", "sheriff"). */
  private final Set<String> lowerCase;
  /** The indexes of the headline sentences: a title-case headline runs names together ("Bachmann Newsweek"). */
  private final Set<Integer> headlines;

  /** The article's sentences, for the quotation that may follow a full name ({@link #genders}). */
  private final List<Sentence> sentences;

  private Names(Set<String> midNames, Set<String> lowerCase, Set<Integer> headlines, List<Sentence> sentences) {
    this.midNames = midNames;
    this.lowerCase = lowerCase;
    this.headlines = headlines;
    this.sentences = sentences;
  }

  /** The names of an article of {@code sentences}. */
  static Names of(List<Sentence> sentences) {
    Set<String> mid = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<Integer> headlines = new HashSet<>();
    for (Sentence s : sentences) {
      if (s.role() == SentenceRole.HEADLINE) {
        headlines.add(s.index());
      }
      List<Token> t = s.tokens();
      for (int k = 0; k < t.size(); k++) {
        Token x = t.get(k);
        if (x.kind() == TokenKind.WORD && Character.isLowerCase(x.text().codePointAt(0))) {
          lower.add(x.norm());
        } else if (s.role() != SentenceRole.HEADLINE && capitalised(x) && !opensSentence(t, k)) {
          mid.add(x.norm());
        }
      }
    }
    return new Names(mid, lower, headlines, sentences);
  }

  /**
   * Reads the name that starts with the capitalised word at {@code i} of {@code s}, adds it to {@code out}
   * when it is one, and returns the index after what was read.
   */
  int name(Sentence s, int i, List<Mention> out) {
    List<Token> t = s.tokens();
    if (PersonName.lowerCaseAfterHyphen(t.get(i).text())) {
      return i + 1;  // "Singer-guitarists Tom Johnston": a compound common noun opens no name
    }
    boolean titleCase = s.role() == SentenceRole.HEADLINE && titleCase(t);
    int j = i;
    int first = -1;
    int firstWord = -1;
    int last = -1;
    List<String> words = new ArrayList<>();
    while (j < t.size() && capitalised(t.get(j))) {
      Token x = t.get(j);
      String norm = x.norm();
      boolean started = first >= 0;
      boolean day = MentionFinder.WEEKDAYS.contains(norm)
          || MentionFinder.MONTHS.containsKey(norm) && j + 1 < t.size() && MentionFinder.isDay(t.get(j + 1));
      if (day && started) {
        break; // "Court Wednesday", "Capitol May 5": the date is read on its own ("Jane March" is a name)
      }
      if (!started && day && j > i) {
        return j; // "On June 27, Jane Doe": the date opens the clause; it is read as a date, the name after it
      }
      if (!started && (day || MentionFinder.UNAMBIGUOUS_MONTHS.contains(norm))) {
        j++; // "In January Jane Doe": the month opens the clause, not the name
        continue;
      }
      boolean dot = j + 1 < t.size() && t.get(j + 1).norm().equals(".") && t.get(j + 1).start() == x.end();
      int after = dot ? j + 2 : j + 1;
      boolean nameAfter = after < t.size() && capitalised(t.get(after));
      if (!allCaps(x) && (dot && TITLES.contains(norm) || !dot && nameAfter && BARE_TITLES.contains(norm))) {
        if (!words.isEmpty()) {
          break; // "Pennsylvania Sen. Bob Casey": a title starts a name of its own
        }
        first = started ? first : j;
        j = after;
        continue;
      }
      if (norm.length() == 1 && dot) {
        if (!nameAfter) {
          break; // "Joseph R." at a sentence split: the initial ends nothing
        }
        first = started ? first : j; // "Donald J. Trump", "K. Michael Conaway"
        j = after;
        continue;
      }
      if (!started && !allCaps(x) && (STOP.contains(norm) || lowerCase.contains(norm) && opensSentence(t, j))) {
        j++; // "But", "The", "In" before a name; "Later" opening a sentence when the article writes "later"
        continue;
      }
      if (titleCase && !midNames.contains(norm)) {
        if (started) {
          break;
        }
        j++; // a capitalised headline word the article never writes capitalised in a sentence
        continue;
      }
      first = started ? first : j;
      firstWord = firstWord >= 0 ? firstWord : j;
      words.add(norm);
      last = j;
      j++;
    }
    if (words.isEmpty()) {
      return Math.max(j, i + 1);
    }
    if (words.size() == 1) {
      String w = words.get(0);
      boolean opening = first == firstWord && opensSentence(t, firstWord);
      if (w.length() == 1 || MentionFinder.MONTHS.containsKey(w) || opening && !midNames.contains(w)) {
        return j;
      }
    }
    out.add(MentionFinder.mention(MentionKind.NAME, s, first, last + 1, String.join(" ", words), ""));
    return j;
  }

  /**
   * The mentions with each name's value standing alone: a leading office dropped, a clause opener dropped, a
   * surname (also one after an office word) replaced by the full name of the only person of the article who has
   * it, unless a courtesy title gives the surname the other sex ({@link #genders}).
   */
  List<Mention> resolve(List<Mention> mentions) {
    SpeakerLexicon lex = SpeakerLexicon.standard();
    GivenNames given = GivenNames.standard();
    List<Mention> out = new ArrayList<>(mentions.size());
    // a surname after an office word ("Chairman Ryan"), by index: it stands for a person only if one is named
    Map<Integer, String> officeAndSurname = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.NAME) {
        out.add(m);
        continue;
      }
      String value = m.value();
      PersonName n = PersonName.parse(value, lex);
      boolean office = n.words().size() >= 2 || !n.role().isEmpty(); // "General Motors" keeps its first word
      String[] w = value.split(" ");
      boolean shorter = !n.words().isEmpty() && n.words().size() < w.length && !writtenAsGivenName(m.text(), w, n);
      if (shorter && n.words().size() <= 3 && office) {
        value = String.join(" ", n.words()).toLowerCase(Locale.ROOT); // "defense secretary james mattis"
      } else if (w.length == 2 && PersonName.CLAUSE_OPENERS.contains(w[0])) {
        value = w[1]; // "Despite Trump's threat" opening a sentence
      } else if (shorter && n.words().size() == 1) {
        officeAndSurname.put(out.size(), value);
        value = n.words().get(0).toLowerCase(Locale.ROOT);
      }
      out.add(value.equals(m.value()) ? m : withValue(m, value));
    }
    // the people of the article by surname; one who is named two ways ("Jim" / "James") is one person
    Map<String, List<String>> bySurname = new LinkedHashMap<>();
    for (Mention m : out) {
      String v = m.value();
      if (m.kind() != MentionKind.NAME || v.indexOf(' ') < 0 || headlines.contains(m.sentence())) {
        continue;
      }
      String[] w = v.split(" ");
      String surname = w[w.length - 1];
      if (w.length > 3 || !lex.personLike(v) || lex.institution(v) || STOP.contains(w[0])
          || writtenLowerCase(w, given)) {
        continue;
      }
      List<String> people = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
      boolean known = false;
      for (String p : people) {
        known |= given.samePerson(p.substring(0, p.indexOf(' ')), w[0]);
      }
      if (!known) {
        people.add(v);
      }
    }
    Map<String, String> full = new HashMap<>();
    bySurname.forEach((surname, people) -> {
      if (people.size() == 1) {
        full.put(surname, people.get(0));
      }
    });
    Map<String, People.Gender> genders = genders(out, full);
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      if (m.kind() == MentionKind.NAME && m.value().indexOf(' ') < 0 && full.containsKey(m.value())
          && !otherSex(courtesyGender(m.text()), genders.get(full.get(m.value())))) {
        out.set(k, withValue(m, full.get(m.value())));
      } else if (officeAndSurname.containsKey(k)) {
        out.set(k, withValue(m, officeAndSurname.get(k))); // "General Motors": nobody of the article is a Motors
      }
    }
    return out;
  }

  /**
   * The sex of each full name a surname resolves to, where the article says it plainly: a courtesy title written
   * with the full name ("Mrs. Melania Trump"), or a quotation opening the next sentence and given to "he" or "she"
   * ("the first lady, Melania Trump, questioned ... “As a mother ...,” she said."). Other pronouns near a name are
   * not read: they are as often someone else's ("called her a liar", "said he must resign"). Without such words, the
   * sex a listed given name gives ("Lisa Lind"). A surname written with the other sex's title ("Mr. Lind") is then
   * another person.
   */
  private Map<String, People.Gender> genders(List<Mention> mentions, Map<String, String> full) {
    Set<String> resolvable = new HashSet<>(full.values());
    Map<String, Set<People.Gender>> evidence = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.NAME || !resolvable.contains(m.value())) {
        continue;
      }
      People.Gender g = courtesyGender(m.text());
      if (g == null && m.sentence() + 1 < sentences.size()) {
        String next = sentences.get(m.sentence() + 1).text().strip();
        g = !next.isEmpty() && "\"\u201C\u201E".indexOf(next.charAt(0)) >= 0 ? Attribution.pronounIn(next) : null;
      }
      if (g != null) {
        evidence.computeIfAbsent(m.value(), k -> EnumSet.noneOf(People.Gender.class)).add(g);
      }
    }
    Map<String, People.Gender> out = new HashMap<>();
    evidence.forEach((name, e) -> {
      if (e.size() == 1) {
        out.put(name, e.iterator().next());
      }
    });
    for (String name : resolvable) {
      People.Gender byName = SpeakerLexicon.standard().givenNameGender(name);
      if (byName != null && !evidence.containsKey(name)) {
        out.put(name, byName); // "Lisa Lind": "Mr. Lind" is another Lind
      }
    }
    return out;
  }

  /** Whether two sexes are both known and differ. */
  private static boolean otherSex(People.Gender a, People.Gender b) {
    return a != null && b != null && a != b;
  }

  /** The sex a courtesy title opening a mention's text gives ("Mr. Trump", "Ms. Griffin"), or null. */
  static People.Gender courtesyGender(String text) {
    int end = 0;
    while (end < text.length() && end < 6 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end == 0 || end == 6 ? null : People.courtesyGender(text.substring(0, end));
  }

  /**
   * Whether a word of a name is a legislature's or party's, or one the article also writes in lower case (a
   * listed given name apart).
   */
  private boolean writtenLowerCase(String[] words, GivenNames given) {
    for (int k = 0; k < words.length; k++) {
      if (PersonName.BODY_WORDS.contains(words[k]) || lowerCase.contains(words[k]) && !(k == 0 && given.isListed(words[k]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first word of a three-word name that the parse dropped as a description ("Foreman John Miller") is a
   * given name as written: a capital inside it after lower-case letters ("LaTonya Jane Doe", "DeShawn Karl Lind") marks a
   * name, and no job or role is written so. The value is lower case by then, so the mention's text is read.
   */
  private static boolean writtenAsGivenName(String text, String[] w, PersonName n) {
    if (w.length != 3 || n.words().size() != 2 || !n.role().isEmpty() || !n.country().isEmpty()) {
      return false;
    }
    int space = text.indexOf(' ');
    String first = space < 0 ? text : text.substring(0, space);
    if (!first.equalsIgnoreCase(w[0]) || first.length() < 4 || !Character.isUpperCase(first.charAt(0))
        || !first.chars().allMatch(Character::isLetter)) {
      return false;
    }
    for (int k = 2; k < first.length(); k++) {
      if (Character.isUpperCase(first.charAt(k)) && Character.isLowerCase(first.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static Mention withValue(Mention m, String value) {
    return new Mention(m.kind(), m.text(), value, m.unit(), m.sentence(), m.start(), m.end());
  }

  /**
   * Whether a headline is written in title case: every word of four letters or more but function words is
   * capitalised, and there are at least two of them.
   */
  static boolean titleCase(List<Token> t) {
    int words = 0;
    for (Token x : t) {
      if (x.kind() == TokenKind.WORD && x.norm().length() >= 4 && !STOP.contains(x.norm())) {
        if (!x.isCapitalized()) {
          return false;
        }
        words++;
      }
    }
    return words >= 2;
  }

  /**
   * Whether the word at {@code k} opens a sentence or a quotation: nothing but punctuation before it, or an
   * opening quotation mark right against it.
   */
  static boolean opensSentence(List<Token> t, int k) {
    if (k > 0) {
      Token p = t.get(k - 1);
      if (p.end() == t.get(k).start() && (p.norm().equals("\"") || p.norm().equals("'") || p.norm().equals("`")
          || p.norm().equals("``") || p.norm().equals("("))) {
        return true;
      }
    }
    for (int m = 0; m < k; m++) {
      if (t.get(m).isContent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(Token t) {
    return t.kind() == TokenKind.WORD && t.isCapitalized();
  }

  private static boolean allCaps(Token t) {
    return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
  }
}
