package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.VERB_ONLY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subject of a sentence or clause that names a person: whom a later "he said" means. */
final class Subjects {
  private static final SpeakerLexicon LEXICON = SpeakerLexicon.standard();
  /** Pronouns that open a sentence about a person already named. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
  /** Words that may open a sentence before its subject ("But Mr. Doe said"). */
  static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "then", "still", "later");

  /**
   * A sentence opening with "He" or "She" (after a conjunction: "But he") and a verb of saying (an auxiliary or adverb
   * between), whose reported clause opens with a capitalised word: "He said Senator Doe, though, would …", "She added
   * that Doe …".
   */
  private static final Pattern PRONOUN_REPORTS = Pattern.compile("(?:(?:But|And|So|Yet|Then|Still|Later),?\\s+"
      + "(?:he|she)|He|She)" + SpeechPatterns.AUX + "\\s+" + SpeechPatterns.VERB + "\\s+(?:that\\s+)?\\p{Lu}");
  /** A verb of saying as a participle after a comma, whose subject is the sentence's ("..., saying"). */
  private static final Pattern PARTICIPLE = Pattern.compile(
      ",\\s+(?:saying|adding|noting|claiming|insisting|warning|arguing|explaining|stressing|calling)\\b");

  private Subjects() {}

  /**
   * The person whose reported speech sentence {@code s} (no quotes in it) gives: the
   * subject of a verb of saying ("Jane Doe said the toll would rise"), or the full name that opens a
   * sentence with a verb of saying in it ("Jane Doe, the spokeswoman, made a statement in which she said").
   * Only a person's full name counts: bodies are not "he" or "she".
   */
  static Optional<String> reporter(Sentence s, People people) {
    if (!VERB_ONLY.matcher(s.text()).find()) {
      return Optional.empty();
    }
    if (PARTICIPLE.matcher(s.text()).find()) {
      // "Ryan also discussed his affection for novelist Ayn Rand, saying ...": the one who says is the subject
      Optional<String> subject = subject(s, people, people.lowerCase());
      if (subject.isPresent()) {
        return subject;
      }
    }
    Optional<String> r = Attribution.speaker(s.text(), 0, s.start(), people, g -> Optional.empty());
    Optional<String> surname = r.filter(name -> name.indexOf(' ') < 0 && surnameAlone(name, people));
    if (r.isEmpty() || r.get().indexOf(' ') < 0) {
      r = people.opening(s.start());
    }
    // "Doe repeatedly suggested ..." in an article that names him only "Vice President Doe" and "Doe"
    return r.filter(name -> name.indexOf(' ') > 0 && !body(name)).or(() -> surname);
  }

  /**
   * Whether sentence {@code s} is reported speech of someone it calls "he" or "she", about someone it names ("He said
   * Senator Doe, though, would lead the committee"): the pronoun is whom "he said" meant before, and the name in the
   * reported clause is talked about, not speaking.
   */
  static boolean pronounReports(Sentence s) {
    return PRONOUN_REPORTS.matcher(s.text()).lookingAt();
  }

  /** Whether {@code name} names a person: a full name ({@link #personName}) or a surname alone ({@link #surnameAlone}). */
  static boolean person(String name, People people) {
    return personName(name, people.lowerCase()) || surnameAlone(name, people);
  }

  /**
   * Whether one capitalised word may be a person named by surname alone: the article writes it after a title or an
   * office too ("Vice President Doe") and never in lower case; no pronoun or function word, no place, body, country
   * or office, no body or document that speaks for itself ("Floods claimed 12 lives" names nobody).
   */
  static boolean surnameAlone(String word, People people) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && people.writtenWithTitle(word)
        && !PRONOUNS.contains(word.toLowerCase(Locale.ROOT)) && personWords(List.of(word), word, people.lowerCase());
  }

  /**
   * The person whose name opens sentence {@code s} (no quotes in it) as its subject: a full name ("Jane Doe
   * spoke to reporters"), or a surname, with or without a title, that the article gives in full elsewhere
   * ("Mr. Doe spoke to reporters", "But Mr. Doe spoke"). The name must be followed by a word in lower case (a
   * verb, not more of a name, nor "and" of a list).
   */
  static Optional<String> subject(Sentence s, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    int start = afterDateline(t);
    start = t.size() > start + 2 && OPENING_CONJUNCTIONS.contains(t.get(start).norm()) ? start + 1 : start;
    Optional<String> subject = subjectAt(s, start, true, people, lowerCase);
    int named = nameAfterDescription(t, start);
    if (subject.isEmpty() && named >= 0) {
      subject = subjectAt(s, named, true, people, lowerCase).or(() -> appositionSubject(s, named, people, lowerCase));
    }
    int titled = nameAfterAbbreviatedTitle(t, start);
    if (subject.isEmpty() && titled >= 0) {
      subject = subjectAt(s, titled, true, people, lowerCase);
    }
    int described = nameAfterOffice(t, start);
    return subject.isPresent() || described < 0 ? subject : subjectAt(s, described, true, people, lowerCase);
  }

  /** The most capitalised words (a place, a party) an abbreviated title may follow at a sentence's start: "Former Lindby Rep.". */
  private static final int TITLE_QUALIFIERS = 3;

  /**
   * The token of the name after an abbreviated title and its period that opens the sentence after capitalised words
   * ("Former Lindby Rep. Jane Doe, who led the review, said", "Former Rep. Karl Lind eased off"), or -1: "former",
   * "then" or "ex" if any, one to {@value #TITLE_QUALIFIERS} capitalised words, the last a title ({@code titles.txt}),
   * a period right after it, then a capital. (A title alone at the start, "Rep. Jane Doe", opens the name itself.)
   */
  private static int nameAfterAbbreviatedTitle(List<Token> t, int k) {
    int j = k < t.size() && FORMER.contains(t.get(k).norm()) ? k + 1 : k;
    int from = j;
    while (j < t.size() && j - from < TITLE_QUALIFIERS && t.get(j).kind() == TokenKind.WORD && t.get(j).isCapitalized()
        && !(j > from && LEXICON.titles.contains(t.get(j - 1).norm()))) {
      j++;
    }
    int title = j - 1;
    boolean abbreviated = (title > from || title == from && from > k) && LEXICON.titles.contains(t.get(title).norm()) && j + 1 < t.size()
        && t.get(j).text().equals(".") && t.get(j).start() == t.get(title).end()
        && t.get(j + 1).kind() == TokenKind.WORD && t.get(j + 1).isCapitalized();
    return abbreviated ? j + 1 : -1;
  }

  /**
   * The token of the name that an office written in lower case opens before it ("Former judge Jane Doe, who led the
   * review, said", "…, former councilman Karl Lind defended", "…, Lindby spokesman Karl Lind doubled down"), or -1:
   * "former", "then" or "ex" if any, one to four words ending in a word for a person's office (the first may be
   * capitalised: "Tea party activist Karl Lind", "outgoing senior economic adviser Jane Doe"), then a capital.
   */
  private static int nameAfterOffice(List<Token> t, int k) {
    int j = k < t.size() && FORMER.contains(t.get(k).norm()) ? k + 1 : k;
    j = j < t.size() && t.get(j).text().equals("-") ? j + 1 : j; // "then-senator"
    int from = j;
    while (j < t.size() && j - from < 4 && t.get(j).kind() == TokenKind.WORD
        && (Character.isLowerCase(t.get(j).text().codePointAt(0)) || j == from && j + 1 < t.size()
            && t.get(j + 1).kind() == TokenKind.WORD && Character.isLowerCase(t.get(j + 1).text().codePointAt(0)))) {
      j++; // one capitalised word may go first: "Talk-show host Jane Doe launched", "Lindby spokesman Karl Lind"
    }
    boolean office = j > from && LEXICON.agentWord(t.get(j - 1).norm());
    return office && j < t.size() && t.get(j).kind() == TokenKind.WORD && t.get(j).isCapitalized() ? j : -1;
  }

  /** Words that say a person held the office before ("former judge Jane Doe", "then-senator"). */
  private static final Set<String> FORMER = Set.of("former", "then", "ex");

  /**
   * The person named in apposition at token {@code k} when a comma closes the apposition right after the name and a
   * word in lower case follows ("The group's president, Eva Strand, has criticized the council").
   */
  private static Optional<String> appositionSubject(Sentence s, int k, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    int end = k;
    while (end < t.size() && t.get(end).kind() == TokenKind.WORD && t.get(end).isCapitalized()) {
      end++;
    }
    if (end - k < 2 || end + 1 >= t.size() || !t.get(end).text().equals(",")
        || t.get(end + 1).kind() != TokenKind.WORD || !Character.isLowerCase(t.get(end + 1).text().codePointAt(0))
        || LIST_WORDS.contains(t.get(end + 1).norm())) {
      return Optional.empty();
    }
    return people.opening(t.get(k).start()).filter(n -> personName(n, lowerCase));
  }

  /** Possessive determiners that open a description of someone's agent ("His lawyer", "Her spokesman"). */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

  /**
   * The full name that the article writes with {@code description} (someone's agent: "Doe's attorney") in sentences
   * {@code 0..k}: "Doe's attorney, Jane Roe,", "Doe attorney Jane Roe", "Jane Roe, Doe's attorney,"; the last such.
   * Empty when it gives none, or the description is "his" or "her" agent, which may be anybody's.
   */
  static Optional<String> namedAs(String description, List<Sentence> sentences, int k, People people) {
    String d = description.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    int possessive = d.indexOf("'s ");
    if (possessive < 0) {
      return Optional.empty(); // "his lawyer" is anybody's
    }
    // "Doe's attorney, Jane Roe", "Doe attorney Jane Roe", "Jane Roe, Mr. Doe's longtime attorney"
    String owner = d.substring(d.lastIndexOf(' ', possessive - 1) + 1, possessive);
    String role = d.substring(d.lastIndexOf(' ') + 1);
    String described = Pattern.quote(owner) + "(?:'s)?\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(role);
    Pattern after = Pattern.compile("(?i:\\b" + described + "),?\\s+" + SpeechPatterns.NAME);
    Pattern before =
        Pattern.compile(SpeechPatterns.NAME + ",\\s+(?i:(?:the\\s+)?(?:[\\p{L}.]+\\s+)?" + described + ")\\b");
    for (int i = k; i >= Math.max(0, k - NAMED_AS_REACH); i--) {
      Sentence s = sentences.get(i);
      String text = s.text().replace('\u2019', '\'');
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.contains(owner) || !lower.contains(role)) {
        continue;
      }
      for (Pattern p : List.of(after, before)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          Optional<String> full = people.opening(s.start() + m.start(1)).filter(n -> n.indexOf(' ') > 0);
          if (full.isPresent()) {
            return full;
          }
          String name = m.group(1);
          if (name.indexOf(' ') > 0 && LEXICON.personLike(name) && !LEXICON.institution(name)) {
            return Optional.of(name);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** How many sentences back {@link #namedAs} looks for the name: a story names an agent near where it quotes him. */
  private static final int NAMED_AS_REACH = 40;

  /** Whether a description names whose agent it is ("Doe's attorney"), not "his" or "her" agent. */
  static boolean namedOwner(String description) {
    String d = description.replace('\u2019', '\'');
    return d.contains("'s ");
  }

  /** Determiners that open a description before a name in apposition ("His barber, Jane Doe, agreed"). */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("his", "her", "their", "the", "a", "an", "our", "my");
  /** The most tokens of an opening description with a place or body in it ("A professor of hydrology at …"). */
  private static final int MAX_DESCRIPTION_TOKENS = 10;

  /**
   * The token of the name a sentence gives in apposition to its opening description ("His barber, Jane Doe, also a
   * neighbour, concurred"; "The group's president, Eva Strand, has": "Eva"; "A professor of hydrology at Lindby
   * University, Jon Berg, did not"), or -1: a determiner, one to three lower-case words (a possessive among them) or a
   * longer description whose capitals follow a preposition, a comma and a capital.
   */
  private static int nameAfterDescription(List<Token> t, int k) {
    if (k >= t.size() || !DESCRIPTION_OPENERS.contains(t.get(k).norm())) {
      return -1;
    }
    int j = k + 1;
    boolean place = false; // inside "of Lindby University", "at the Lindby Water Board"
    while (j < t.size() && j - k <= MAX_DESCRIPTION_TOKENS && t.get(j).kind() == TokenKind.WORD
        && (Character.isLowerCase(t.get(j).text().codePointAt(0)) ? j - k <= 4 || place
            : place && j > k + 1) || j < t.size() && j > k + 1 && j - k <= 4 && isPossessive(t.get(j))) {
      String w = t.get(j).norm();
      place = Attribution.PREPOSITIONS.contains(w) || place && (w.equals("the") || t.get(j).isCapitalized());
      j++; // "The group's president, Eva Strand, has"
    }
    boolean apposition = j > k + 1 && j + 1 < t.size() && t.get(j).text().equals(",")
        && t.get(j + 1).kind() == TokenKind.WORD && t.get(j + 1).isCapitalized();
    return apposition ? j + 1 : -1;
  }

  private static boolean isPossessive(Token x) {
    return x.norm().equals("'s") || x.norm().equals("\u2019s");
  }

  /**
   * The gender of the "he" or "she" that opens sentence {@code s} as its subject ("But she argued", "On Friday he
   * restated"), or null.
   */
  static People.Gender openingPronoun(Sentence s) {
    List<Token> t = s.tokens();
    int k = afterDateline(t);
    k = t.size() > k + 2 && OPENING_CONJUNCTIONS.contains(t.get(k).norm()) ? k + 1 : k;
    if (t.size() > k + 2 && t.get(k).norm().equals("on") && MentionFinder.WEEKDAYS.contains(t.get(k + 1).norm())) {
      k += t.get(k + 2).text().equals(",") ? 3 : 2; // "On Tuesday, he": the day, then the subject
    }
    String word = k < t.size() ? t.get(k).norm() : "";
    return word.equals("he") ? People.Gender.MALE : word.equals("she") ? People.Gender.FEMALE : null;
  }

  /**
   * The description of a person that opens sentence {@code s} as its subject: a possessive ("Doe's", "Mr. Doe's",
   * "His"), up to two lower-case words ending in a word for a person's office ("attorney", not "office") or a relative
   * ("mother"), then a comma or a lower-case word: "Doe's attorney, meanwhile, blasted the bureau", "His longtime
   * spokesman declined", "As she arrived, Doe's mother spoke" (a subordinate clause that opens the sentence is passed
   * over). Empty when none opens it.
   */
  static Optional<String> openingDescription(Sentence s) {
    List<Token> t = s.tokens();
    int k = afterDateline(t);
    k = t.size() > k + 2 && OPENING_CONJUNCTIONS.contains(t.get(k).norm()) ? k + 1 : k;
    k = afterSubordinateClause(t, k);
    int start = k;
    if (k < t.size() && POSSESSIVES.contains(t.get(k).norm())) {
      k++;
    } else {
      // a name and its possessive: "Doe's", "Mr. Doe's", "Jane Doe's"
      while (k < t.size() && k - start < 5
          && (t.get(k).kind() == TokenKind.WORD && t.get(k).isCapitalized() || t.get(k).text().equals("."))) {
        k++;
      }
      if (k == start || k >= t.size() || !t.get(k).norm().equals("'s")) {
        return Optional.empty();
      }
      k++;
    }
    int words = 0;
    while (k < t.size() && words < 2 && t.get(k).kind() == TokenKind.WORD
        && Character.isLowerCase(t.get(k).text().codePointAt(0)) && !describesPerson(t.get(k).norm())) {
      k++;
      words++;
    }
    if (k + 1 >= t.size() || !describesPerson(t.get(k).norm())
        || !Character.isLowerCase(t.get(k).text().codePointAt(0))) {
      return Optional.empty();
    }
    Token next = t.get(k + 1);
    boolean predicate = next.text().equals(",") || next.kind() == TokenKind.WORD
        && Character.isLowerCase(next.text().codePointAt(0)) && !LIST_WORDS.contains(next.norm());
    return predicate ? Optional.of(s.text().substring(t.get(start).start() - s.start(), t.get(k).end() - s.start()))
        : Optional.empty();
  }

  /**
   * Relatives, who describe a person by someone else ("Doe's mother", "her widow") as an office word does ("Doe's
   * attorney").
   */
  static final Set<String> KIN = Set.of("mother", "father", "wife", "husband", "widow", "widower",
      "son", "daughter", "sister", "brother", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew",
      "cousin", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend", "stepmother", "stepfather", "parents");

  /** Whether {@code word} (lower case) describes a person by what they do or whose relative they are. */
  private static boolean describesPerson(String word) {
    return LEXICON.agentWord(word) || KIN.contains(word);
  }

  /** Conjunctions that open a subordinate clause before a sentence's subject ("As she arrived, Doe's mother spoke"). */
  static final Set<String> OPENING_SUBORDINATORS = Set.of("as", "when", "while", "after", "before", "since",
      "once", "although", "though", "because", "if", "until");

  /**
   * The token after the comma that closes a subordinate clause opening at {@code k} ("As she arrived at the courthouse,
   * …"), at most {@value #SUBORDINATE_TOKENS} tokens on and with no quotation mark inside; {@code k} when none opens
   * there.
   */
  private static int afterSubordinateClause(List<Token> t, int k) {
    if (k >= t.size() || !OPENING_SUBORDINATORS.contains(t.get(k).norm())) {
      return k;
    }
    for (int i = k + 1; i < t.size() && i <= k + SUBORDINATE_TOKENS; i++) {
      String x = t.get(i).text();
      if (x.equals(",")) {
        return i + 1;
      }
      if (x.equals("\"") || x.equals("\u201C") || x.equals("\u201D")) {
        return k;
      }
    }
    return k;
  }

  /** The most tokens of a subordinate clause that opens a sentence before its subject. */
  private static final int SUBORDINATE_TOKENS = 15;

  /**
   * The one capitalised word that opens sentence {@code s} as its subject, for a quote a verb of saying introduces
   * ("Doe was quick to retort: “…”" in an article that names him only "Vice President Doe" and "Doe"): a word
   * the article never writes in lower case, no pronoun, place, body, country or office, followed by a word in lower
   * case, after a time between commas if any ("Doe, on Wednesday, reflected on the meeting, saying “…”"); the full
   * name it stands for when the article gives one.
   */
  static Optional<String> openingSurname(Sentence s, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    int k = afterDateline(t);
    int next = afterTimeAside(t, k + 1); // "Doe, on Wednesday, reflected on the meeting, saying “…”"
    if (next >= t.size() || t.get(k).kind() != TokenKind.WORD || !t.get(k).isCapitalized()
        || t.get(next).kind() != TokenKind.WORD || !Character.isLowerCase(t.get(next).text().codePointAt(0))
        || LIST_WORDS.contains(t.get(next).norm())) {
      return Optional.empty();
    }
    String word = t.get(k).text();
    if (!surnameAlone(word, people)) {
      return Optional.empty();
    }
    return Optional.of(people.bySurname(word, t.get(k).start()).orElse(word));
  }

  /** Words that tell a time between commas after a subject: "on Wednesday", "on Tuesday night", "earlier today". */
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "earlier", "later", "week",
      "morning", "afternoon", "evening", "night");
  /** Words that may stand beside {@link #TIME_WORDS} in a time aside: "on", "last", "this", "early", "late". */
  private static final Set<String> TIME_FILLERS = Set.of("on", "last", "this", "early", "late");
  /** The most words a time aside may have: "on Tuesday late at night" is not one, "earlier this week" is. */
  private static final int TIME_ASIDE_WORDS = 3;

  /**
   * The token after a time between commas that starts at {@code k} (", on Wednesday,", ", earlier this week,"), or
   * {@code k} when none does: up to {@value #TIME_ASIDE_WORDS} words, a day of the week or a word of
   * {@link #TIME_WORDS} among them, the others words of {@link #TIME_FILLERS}.
   */
  private static int afterTimeAside(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).text().equals(",")) {
      return k;
    }
    boolean time = false;
    for (int j = k + 1; j < t.size() && j <= k + TIME_ASIDE_WORDS + 1; j++) {
      String w = t.get(j).norm().toLowerCase(Locale.ROOT);
      if (t.get(j).text().equals(",")) {
        return time && j > k + 1 ? j + 1 : k;
      }
      boolean day = MentionFinder.WEEKDAYS.contains(w);
      if (t.get(j).kind() != TokenKind.WORD || !day && !TIME_WORDS.contains(w) && !TIME_FILLERS.contains(w)) {
        return k;
      }
      time |= day || TIME_WORDS.contains(w);
    }
    return k;
  }

  /** The first token after a dateline that opens the sentence ("WASHINGTON -- President Jane Doe said"), or 0. */
  private static int afterDateline(List<Token> t) {
    int k = 0;
    while (k < t.size() && t.get(k).kind() == TokenKind.WORD && t.get(k).text().length() > 1
        && t.get(k).text().equals(t.get(k).text().toUpperCase(Locale.ROOT))) {
      k++;
    }
    int words = k;
    while (k < t.size() && DASHES.contains(t.get(k).text())) {
      k++;
    }
    return words > 0 && k > words && k < t.size() ? k : 0;
  }

  /** Dashes after a dateline: hyphen, double hyphen, em dash, en dash, horizontal bar ("LINDBY \u2015 Mayor …"). */
  private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013", "\u2015");

  /**
   * The subject of the first clause after a comma that a person's name opens ("As he announced the deal, Mr.
   * Doe paid tribute to the workers"; "…, when Doe stole the ball"), when the sentence does not open with one:
   * whom a "he said" after a sentence without a verb of saying means.
   */
  static Optional<String> clauseSubject(Sentence s, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    for (int k = 1; k + 1 < t.size(); k++) {
      boolean opensClause = t.get(k - 1).text().equals(",")
          || k >= 2 && t.get(k - 2).text().equals(",") && SUBORDINATORS.contains(t.get(k - 1).norm());
      if (opensClause && t.get(k).isCapitalized()) {
        Optional<String> found = subjectAt(s, k, false, people, lowerCase);
        if (found.isPresent()) {
          return found;
        }
      }
      if (opensClause && FORMER.contains(t.get(k).norm()) && t.get(k + 1).isCapitalized()) {
        // "In a statement Wednesday, former Mayor Karl Lind praised …": the title after "former" opens the name
        Optional<String> found = subjectAt(s, k + 1, false, people, lowerCase);
        if (found.isPresent()) {
          return found;
        }
      }
      int described = opensClause ? nameAfterOffice(t, k) : -1;
      if (described > k) {
        // "In 2012, former councilman Karl Lind defended what he called …"
        Optional<String> found = subjectAt(s, described, false, people, lowerCase);
        if (found.isPresent()) {
          return found;
        }
      }
      int named = opensClause ? nameAfterDescription(t, k) : -1;
      if (named > k) {
        // "In a statement later in the day, the town treasurer, Eva Strand, questioned …"
        int at = named;
        Optional<String> found = subjectAt(s, at, false, people, lowerCase)
            .or(() -> appositionSubject(s, at, people, lowerCase));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The one person sentence {@code s} (no quotes in it) names, as subject or not ("That did not satisfy Justice
   * Doe."), written with a title or a role's office word before the name ("Justice Jane Doe", or "Justice Doe" when
   * the article gives the name in full); empty when it names nobody so, or anybody else, or asks a question.
   */
  static Optional<String> onlyPerson(Sentence s, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    int opener = t.size() > 1 && OPENING_CONJUNCTIONS.contains(t.get(0).norm()) ? 1 : 0;
    if (t.isEmpty() || t.get(t.size() - 1).text().equals("?") || VERB_ONLY.matcher(s.text()).find()
        || PRONOUNS.contains(t.get(opener).norm())) {
      // "Governor Doe? “Strong,” he said": the one asked about is not the one who answers; "a school said Roe
      // threatened Governor Doe": whoever the sentence has speak, it is not the one named; "He has feuded with
      // Speaker Doe": the pronoun's person goes on
      return Optional.empty();
    }
    List<String> titled = new ArrayList<>();
    for (int k = 1; k < t.size(); k++) {
      Token x = t.get(k);
      int before = t.get(k - 1).text().equals(".") && k >= 2 ? k - 2 : k - 1;
      String title = t.get(before).norm();
      if (x.kind() == TokenKind.WORD && x.isCapitalized() && LEXICON.personTitle(title)) {
        Optional<String> named = people.opening(t.get(before).start()); // "Justice Jane Doe"
        if (named.isEmpty()) {
          named = people.opening(x.start()); // "Sen. Jane Doe"
        }
        if (named.isEmpty() && (k + 1 == t.size() || !t.get(k + 1).isCapitalized())) {
          named = people.bySurname(x.text(), x.start());
        }
        named.filter(n -> !titled.contains(n) && personName(n, lowerCase)).ifPresent(titled::add);
      }
    }
    if (titled.size() != 1) {
      return Optional.empty();
    }
    String only = titled.get(0);
    for (String n : people.namedBetween(s.start(), s.end())) {
      if (!n.equals(only) && personName(n, lowerCase)) {
        return Optional.empty();
      }
    }
    for (Token x : t) {
      if (x.kind() == TokenKind.WORD && x.isCapitalized() && !List.of(only.split(" ")).contains(x.text())
          && people.bySurname(x.text(), x.start()).filter(n -> !n.equals(only) && personName(n, lowerCase)).isPresent()) {
        return Optional.empty(); // "Doe" of another person the article names in full
      }
    }
    return Optional.of(only);
  }

  /**
   * The subject of the last clause a comma opens before offset {@code until}: "Asked about it, Mr. Doe did not back
   * down, saying, “…”"; "An executive called her, and Karl Lind, chief executive of Lind Air, sent her a letter saying,
   * “…”" (after ", and" or ", but" the subject may have any aside). Empty when none does, or a relative clause opens
   * after it ("…, Doe would have to get around the charter, which states, “…”": the charter's words).
   */
  static Optional<String> lastClauseSubject(Sentence s, int until, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    Optional<String> last = Optional.empty();
    for (int k = 1; k + 1 < t.size() && t.get(k).start() < until; k++) {
      boolean comma = t.get(k - 1).text().equals(",");
      boolean coordinated = k >= 2 && t.get(k - 2).text().equals(",") && COORDINATORS.contains(t.get(k - 1).norm());
      boolean subordinate = k >= 2 && t.get(k - 2).text().equals(",") && SUBORDINATORS.contains(t.get(k - 1).norm());
      if ((comma || coordinated || subordinate) && t.get(k).isCapitalized()) {
        Optional<String> found = subjectAt(s, k, coordinated, people, lowerCase);
        if (found.isPresent()) {
          last = found;
        }
      } else if (comma && RELATIVES.contains(t.get(k).norm())) {
        last = Optional.empty();
      }
    }
    return last;
  }

  /** Relative pronouns that open a clause about something else after a comma ("…, which states"). */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whose");

  /** Words that join a new clause after a comma ("…, and Karl Lind sent a letter"). */
  private static final Set<String> COORDINATORS = Set.of("and", "but");

  /** Words that open a clause after a comma ("…, when Jane Doe stole the ball"). */
  private static final Set<String> SUBORDINATORS =
      Set.of("when", "as", "after", "while", "before", "until", "because", "but");

  /** Words after a name that make it one of a list ("Jane Doe and John Roe have"), not the subject. */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "nor");

  /**
   * The person whose name starts the clause at token {@code start} and is followed by a lower-case word. An aside
   * between commas may come between: at the start of the sentence ({@code opening}) any that opens in lower case
   * ("Doe, since introducing the budget, has talked"), later only a relative clause ("Three years ago, Doe, who
   * has launched a fashion line, opened up"; not "He praised his opponent, Jane Doe, at a luncheon, asking").
   */
  private static Optional<String> subjectAt(Sentence s, int start, boolean opening, People people,
      Set<String> lowerCase) {
    List<Token> t = s.tokens();
    int k = start;
    if (k + 3 < t.size() && LEXICON.stateOrCountry(t.get(k).text()) && LEXICON.titles.contains(t.get(k + 1).norm())
        && t.get(k + 2).norm().equals(".")) {
      k++; // "Ohio Sen. Jane Doe"
    }
    if (k + 2 < t.size() && LEXICON.titles.contains(t.get(k).norm()) && t.get(k + 1).norm().equals(".")) {
      k += 2;
    } else if (k + 1 < t.size() && LEXICON.titles.contains(t.get(k).norm())) {
      k++;
    }
    int from = k;
    int words = 0;
    int lastOffice = -1; // an office before the name ("Chief Justice John Roberts") makes a longer run a name
    while (k < t.size() && t.get(k).kind() == TokenKind.WORD && t.get(k).isCapitalized()) {
      if (LEXICON.offices.contains(t.get(k).norm())) {
        lastOffice = words;
      }
      if (t.get(k).text().length() == 1 && k + 2 < t.size() && t.get(k + 1).text().equals(".")
          && t.get(k + 2).kind() == TokenKind.WORD && t.get(k + 2).isCapitalized()) {
        k += 2; // a middle initial: "Elijah E. Cummings"
        continue;
      }
      k++;
      words++;
    }
    int end = k;
    k = afterAside(t, k, !opening);
    k = k > end ? afterBodyName(t, k) : k;
    if (end == from || words - lastOffice - 1 > 3 || k >= t.size() || t.get(k).kind() != TokenKind.WORD
        || !Character.isLowerCase(t.get(k).text().codePointAt(0)) || LIST_WORDS.contains(t.get(k).norm())
        || t.get(k).norm().equals("'s")) {
      return Optional.empty(); // "Doe's mother spoke": the mother, not Doe
    }
    k = end;
    Optional<String> named = people.opening(t.get(from).start()); // "Director of National Intelligence Jane Doe"
    if (named.isEmpty() && from + 2 < end && t.get(from).text().length() == 1 && t.get(from + 1).text().equals(".")) {
      named = people.opening(t.get(from + 2).start()); // a leading initial: "W. Karl Lind"
    }
    if (named.isEmpty() && k - from == 1) {
      named = people.bySurname(t.get(from).text(), t.get(from).start());
    }
    if (k - from == 1 && from > 0 && people.standsForItself(t.get(from).text())) {
      return named; // "President Trump said", never given in full
    }
    boolean officesThenSurname = named.isEmpty() && officesThenSurname(t, from, end);
    if (officesThenSurname && end - from > 1) {
      // "Mayor Doe issued a warning" in an article that names Mayor Jane Doe: her, as "Doe issued" would be
      named = people.bySurname(t.get(end - 1).text(), t.get(end - 1).start()).filter(n -> n.indexOf(' ') > 0);
    }
    if (officesThenSurname && named.isEmpty() && surnameAlone(t.get(end - 1).text(), people)) {
      return Optional.of(t.get(end - 1).text()); // "Mayor Doe issued a warning", "Ms. Doe left": never given in full
    }
    return named.filter(n -> personName(n, lowerCase));
  }

  /** Words that open an office's name before the office itself ("Vice President", "Acting Director"). */
  private static final Set<String> OFFICE_PREFIXES = Set.of("vice", "deputy", "acting", "assistant", "associate",
      "former");

  /**
   * Whether the capitalised run {@code [from, end)} is one word alone or that word after offices only ("Doe", "Vice
   * President Doe"), not after other capitalised words ("Saying President Doe").
   */
  private static boolean officesThenSurname(List<Token> t, int from, int end) {
    for (int k = from; k < end - 1; k++) {
      String w = t.get(k).norm();
      if (!LEXICON.offices.contains(w) && !LEXICON.titles.contains(w) && !OFFICE_PREFIXES.contains(w)) {
        return false;
      }
    }
    return end > from;
  }

  /**
   * The token after an aside between commas that starts at {@code k} ("Doe, since introducing the budget last
   * month, has talked"; "Jim Jordan, Republican of Ohio, tried"; "Jay Inslee, D-Wash., commented"), or {@code k}
   * when none does: at most twelve tokens (thirty when it opens with an article), no punctuation but periods and
   * possessives; with {@code relativeOnly}, only one that opens with "who", "whose" or an article.
   */
  private static int afterAside(List<Token> t, int k, boolean relativeOnly) {
    if (k < t.size() && ASIDE_DASHES.contains(t.get(k).text())) {
      return afterDashedAside(t, k, relativeOnly);
    }
    if (k < t.size() && t.get(k).text().equals("(")) {
      return afterParenthesisedPartyTag(t, k);
    }
    if (k >= t.size() || !t.get(k).text().equals(",")) {
      return k;
    }
    if (k + 2 < t.size() && isAge(t.get(k + 1)) && t.get(k + 2).text().equals(",")) {
      return k + 3; // an age: "Karl Lind, 47, lives next to the bridge"
    }
    StringBuilder tag = new StringBuilder();
    for (int j = k + 1; j < t.size() && j <= k + 8; j++) {
      if (t.get(j).text().equals(",")) {
        // a party tag ("Jay Inslee, D-Wash., commented"), in whatever tokens the analyzer cut it
        return j > k + 1 && PARTY_TAG.matcher(tag).matches() ? j + 1 : afterDescription(t, k, relativeOnly);
      }
      tag.append(t.get(j).text());
    }
    return afterDescription(t, k, relativeOnly);
  }

  /**
   * The token after a party tag in parentheses that starts at {@code k} ("Rep. Jane Doe (D-Lindby) visited", "Karl
   * Lind (R) apologized"), or {@code k} when the parentheses hold anything else ("Karl Lind (pictured) left").
   */
  private static int afterParenthesisedPartyTag(List<Token> t, int k) {
    StringBuilder tag = new StringBuilder();
    for (int j = k + 1; j < t.size() && j <= k + 8; j++) {
      if (t.get(j).text().equals(")")) {
        return j > k + 1 && PARENTHESISED_PARTY_TAG.matcher(tag).matches() ? j + 1 : k;
      }
      tag.append(t.get(j).text()); // in whatever tokens the analyzer cut it, without the blanks
    }
    return k;
  }

  /**
   * A party alone or with its state after a hyphen, or after a period and a comma, as its tokens join: "D-N.Y.", "R",
   * "I-NewYork", "D.,N.Y." ("(D., N.Y.)", as some papers write it).
   */
  private static final Pattern PARENTHESISED_PARTY_TAG =
      Pattern.compile("(?:R|D|I)(?:(?:[-\u2013]|\\.,)\\p{Lu}[\\p{L}.]*)?");

  /**
   * The token after an aside between two dashes that starts at {@code k} ("Then Doe -- who followed the record with a
   * missed layup -- choked up"), or {@code k}: at most {@value #LONG_ASIDE_TOKENS} tokens; with {@code relativeOnly},
   * only one that opens with "who", "whose" or an article.
   */
  private static int afterDashedAside(List<Token> t, int k, boolean relativeOnly) {
    if (k + 1 >= t.size()) {
      return k;
    }
    String first = t.get(k + 1).norm();
    if (relativeOnly && !RELATIVE_OR_ARTICLE.contains(first)) {
      return k;
    }
    for (int j = k + 2; j < t.size() && j <= k + LONG_ASIDE_TOKENS; j++) {
      if (ASIDE_DASHES.contains(t.get(j).text())) {
        return j + 1;
      }
    }
    return k;
  }

  /** The dashes that open and close an aside: two hyphens, an em dash, an en dash. */
  private static final Set<String> ASIDE_DASHES = Set.of("--", "\u2014", "\u2013");

  /** The words that open a description or a relative clause: "a", "an", "the", "who", "whose". */
  private static final Set<String> RELATIVE_OR_ARTICLE = Set.of("a", "an", "the", "who", "whose");

  /**
   * The token after the name of a body that closes a description with a comma of its own ("Otto Dahl, vice president
   * for planning at the regional agency, Lindby Water Board, agreed": "agreed"), or {@code k}: up to five capitalised
   * words, a comma and a word in lower case.
   */
  private static int afterBodyName(List<Token> t, int k) {
    int j = k;
    while (j < t.size() && j - k < 5 && t.get(j).kind() == TokenKind.WORD && t.get(j).isCapitalized()) {
      j++;
    }
    return j > k && j + 1 < t.size() && t.get(j).text().equals(",") && t.get(j + 1).kind() == TokenKind.WORD
        && Character.isLowerCase(t.get(j + 1).text().codePointAt(0)) && !LIST_WORDS.contains(t.get(j + 1).norm())
        ? j + 1 : k;
  }

  /** Whether a token is a person's age written between commas: a whole number from 1 to 120. */
  private static boolean isAge(Token x) {
    String w = x.text();
    if (w.isEmpty() || w.length() > 3 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int age = Integer.parseInt(w);
    return age >= 1 && age <= 120;
  }

  /** The most tokens an aside that opens with an article or "who" may have ("a former head of ..."). */
  private static final int LONG_ASIDE_TOKENS = 30;

  /** A party tag between commas: "D-Wash.", "R-Ky.", "D-N.Y.", "I-Vt.". */
  private static final Pattern PARTY_TAG = Pattern.compile(SpeechPatterns.PARTY_STATE);

  /** Prepositions, as written in lower case, that open a phrase of time or place set off between commas. */
  private static final Set<String> ASIDE_PREPOSITIONS = Set.of("in", "on", "at", "during");

  private static int afterDescription(List<Token> t, int k, boolean relativeOnly) {
    // a description that opens with an article may run long ("Larry Doe, a former head of criminal investigations
    // for the Secret Service who also served as a special agent ..., agreed")
    // and so may a relative clause ("Doe, who is expected to return to the speakership Thursday after eight years as
    // minority leader, intends")
    // and so may a phrase of time or place ("Doe, in remarks to the town on the eve of the 20th anniversary of the
    // flood, hailed")
    boolean article = k + 1 < t.size() && (t.get(k + 1).norm().equals("a") || t.get(k + 1).norm().equals("an")
        || t.get(k + 1).norm().equals("the") || t.get(k + 1).norm().equals("who") || t.get(k + 1).norm().equals("whose"));
    boolean longAside = article || k + 1 < t.size() && ASIDE_PREPOSITIONS.contains(t.get(k + 1).text());
    int limit = k + (longAside ? LONG_ASIDE_TOKENS : 13);
    for (int j = k + 1; j < t.size() && j <= limit; j++) {
      Token x = t.get(j);
      if (x.text().equals(",")) {
        String first = t.get(k + 1).norm();
        boolean opens = relativeOnly ? article // "On Wednesday, Rob Vos, a former town treasurer, offered"
            : Character.isLowerCase(t.get(k + 1).text().codePointAt(0)) || describes(t, k + 1, j);
        return j > k + 1 && opens ? j + 1 : k;
      }
      if (x.kind() == TokenKind.PUNCTUATION && !x.text().equals(".") && !isPossessive(x)) {
        return k; // a possessive may stand inside ("Eric Moss, the lawyer representing Lind's campaign, confirmed")
      }
    }
    return k;
  }

  /**
   * Whether the aside {@code [from, to)} that opens with a capital describes the person before it ("Republican of
   * Ohio", "Chairman of the Board") rather than naming people ("Smith, Jones and Brown"; "One Democrat,
   * Representative Stephen F. Lynch of Massachusetts, raised"): a word in lower case second or third, and no "and"
   * or "or".
   */
  private static boolean describes(List<Token> t, int from, int to) {
    boolean lower = false;
    for (int i = from; i < to; i++) {
      String w = t.get(i).text();
      if (w.equals("and") || w.equals("or")) {
        return false;
      }
      lower |= i <= from + 2 && t.get(i).kind() == TokenKind.WORD && Character.isLowerCase(w.codePointAt(0));
    }
    return lower;
  }

  /** Whether {@code name} is a body, not a person ("White House", "Associated Press"): no "he" or "she". */
  private static boolean body(String name) {
    if (LEXICON.institution(name)) {
      return true;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (PersonName.BODY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} reads as a person's full name: two or three words, none a function word, a place,
   * body or country word, or a word the article also writes in lower case ("Senate", "Most").
   */
  static boolean personName(String name, Set<String> lowerCase) {
    List<String> words = PersonName.core(Arrays.asList(name.split(" ")));
    return words.size() >= 2 && words.size() <= 3 && personWords(words, name, lowerCase);
  }

  /**
   * Whether the words of {@code name} may be a person's: no place, body, country or office, no body or document that
   * speaks for itself, no party word at the end ("the Arizona Republican" describes a person, but names none), and
   * no function word, legislature or word the article also writes in lower case.
   */
  private static boolean personWords(List<String> words, String name, Set<String> lowerCase) {
    if (!LEXICON.personLike(name) || LEXICON.institution(name)
        || PersonName.AFFILIATIONS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (lowerCase.contains(w) || PersonName.STOP_WORDS.contains(w) || PersonName.BODY_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
