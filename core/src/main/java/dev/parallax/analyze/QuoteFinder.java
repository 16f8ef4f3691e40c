package dev.parallax.analyze;

import dev.parallax.internal.Deadline;
import dev.parallax.internal.Generations;
import dev.parallax.internal.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and who said them.
 *
 * <p>Quotations are text between double quotation marks (straight {@code "} or curly {@code “ ”}) or
 * curly single marks ({@code ‘ ’}) within one line, also when they span several sentences. A closing mark
 * typed as an opening one ({@code “…prevail “At a gathering}) closes the quote when no other closing mark
 * follows on the line. A paragraph that opens with a quotation mark and never closes it is quoted to its
 * end (the convention for a quotation that runs on into the next paragraph). Wire-service marks count:
 * {@code ``…''} and {@code "…''}. Quoted words shaped like a title ({@code "The Old Man and the Sea"}: every
 * word capitalised but short function words, no sentence end) are a work's name, not a quote.
 *
 * <p>The speaker is the subject of the verb of saying nearest to the quote in its sentence(s): a name
 * ({@code Lavrov said}, {@code said Lavrov}, {@code Blinken has also told}), a pronoun ({@code he said}: the
 * previous speaker), or a role description ({@code Russia's top diplomat said}). It is then resolved within
 * the article by these rules:
 *
 * <table>
 *   <caption>speaker resolution</caption>
 *   <tr><th>as written</th><th>resolved to</th></tr>
 *   <tr><td>{@code Russian Foreign Minister Sergey Lavrov}</td><td>{@code Sergey Lavrov} (title, role, nationality stripped)</td></tr>
 *   <tr><td>{@code Ethiopian Airlines CEO Jane Doe}, {@code Archbishop of Paris Jean Doe}</td><td>the words after
 *       the last office or body word ({@code offices.txt}) and its {@code of X}</td></tr>
 *   <tr><td>{@code the mayor of Lindby, Jane Doe, said}</td><td>{@code Jane Doe}: a name after a preposition is a
 *       place or a body</td></tr>
 *   <tr><td>{@code Mr Lavrov}, {@code Lavrov}</td><td>the most recent full name ending in {@code Lavrov}; when
 *       the article names several people {@code … Clinton}, the one its body names first</td></tr>
 *   <tr><td>{@code President Trump}, written before {@code the first lady, Melania Trump} or {@code Donald Trump
 *       Jr.}</td><td>{@code Trump}: a surname first written after an office is not a full name of another office or
 *       generation</td></tr>
 *   <tr><td>{@code George T. Conway III}, {@code Twitter's Adam Sharp}, {@code Despite Trump}</td><td>initials and
 *       generations kept; an employer in the possessive and a clause opener dropped</td></tr>
 *   <tr><td>{@code “…,” Jane Doe, a Republican trying to unseat Representative John Roe, said}</td><td>{@code Jane
 *       Doe}: a name right after the quote, through a description with commas</td></tr>
 *   <tr><td>{@code But Doe pushed back, telling CNN, “…”}</td><td>{@code Jane Doe}: the sentence's subject</td></tr>
 *   <tr><td>{@code Russia's top diplomat}</td><td>the most recent person whose role is the same office ({@code roles.txt}) and whose country does not conflict</td></tr>
 *   <tr><td>{@code he said}</td><td>the person of the latest reported speech ({@code Jane Doe said the toll
 *       would rise}) or subject ({@code As he left, Mr. Doe thanked them}) in the three quote-free sentences
 *       before, else the previous quote's speaker</td></tr>
 *   <tr><td>a quote alone in its sentence right after an attributed one</td><td>that quote's speaker and cited
 *       source, unless someone else is said to say it ({@code The cameraman replies, “…”})</td></tr>
 * </table>
 *
 * <p>The cited source is the medium the outlet credits: {@code per BBC News}, {@code The New York Times
 * reported}, {@code reported by Reuters}. Stateless; the lexicons are loaded once.
 */
final class QuoteFinder {
  private static final String NAME_WORD = "[A-Z][\\p{L}'\u2019.\\-]*";
  private static final String NAME = "((?!(?:He|She|It|They|We|You|I|This|That|These|Those|There|Here|But|And|Then|"
      + "However|Still|Meanwhile|Instead|Now|Later|Also)\\b)" + NAME_WORD + "(?:\\s+(?:of\\s+)?" + NAME_WORD + "){0,5})";
  /** Verbs of saying (the sentence splitter's attribution rule reads them too). */
  static final String VERB =
      "(?:said|says|say|told|tells|stated|states|added|adds|warned|warns|claimed|claims|asserted|asserts|insisted|"
          + "insists|noted|notes|wrote|writes|declared|declares|argued|argues|explained|explains|continued|urged|"
          + "stressed|emphasized|emphasised|remarked|replied|responded|announced|reiterated|accused|accuses|"
          + "called|calls|asked|asks|admitted|admits|insisting|saying|adding|warning|claiming|noting|"
          + "underscored|underlined|proposed|suggested|complained|blamed|conceded|acknowledged|recalled|quipped|"
          + "promised|promises|vowed|vows|pledged|pledges|denied|denies|tweeted|tweets|replies|responds|answered|"
          + "answers|recalls|"
          + "countered|counters|joked|jokes|predicted|predicts|exclaimed|shouted|wondered)";
  private static final String AUX =
      "(?:\\s+(?:has|have|had|also|then|later|again|once|repeatedly|previously|recently|earlier|reportedly|"
          + "on\\s+[A-Z][a-z]+day|this\\s+week|last\\s+week|on\\s+[A-Z][a-z]+|in\\s+remarks|in\\s+a\\s+statement))*";
  /** Runs of white space, as {@code String.split("\\s+")} splits on (compiled once: split compiles it each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern VERB_ONLY = Pattern.compile("\\b" + VERB + "\\b");
  private static final Pattern NAME_VERB =
      Pattern.compile(NAME + "(?:,[^,\"\u201C\u201D\u0001]{1,90}"
          // up to two more descriptions, each opening with an article, a relative pronoun or a capital
          + "(?:,\\s+(?:the\\s|a\\s|an\\s|who\\s|whose\\s|which\\s|\\p{Lu})[^,\"\u201C\u201D\u0001]{1,90}){0,2},)?,?"
          + AUX + ",?\\s+" + VERB + "\\b");
  /** A person's social media account saying it ("Trump's account tweeted", "Doe's Twitter account posted"). */
  private static final Pattern ACCOUNT_VERB = Pattern.compile(NAME + "['\u2019]s\\s+(?:official\\s+)?"
      + "(?:(?:Twitter|Facebook|Instagram|X)\\s+)?(?:account|feed|page)" + AUX + ",?\\s+(?:" + VERB
      + "|posted|posts|wrote|writes)\\b");
  /** What separates words, for matching them whole: anything but letters ("Doe's" holds "Doe"). */
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
  /** Verbs of saying that take no object, so that the words after them in an inversion are its subject. */
  private static final String INVERSION_VERB = "\\b(?:said|says|added|adds|wrote|writes|continued|explained|recalled|noted)";
  /** A cheap test before the inversion patterns run. */
  private static final Pattern INVERSION = Pattern.compile(INVERSION_VERB + "\\s");
  /**
   * Alternatives for what may follow the subject of an inversion (to be put in a lookahead): the end of the
   * clause, a description ("said a spokeswoman, who …"), a participle ("said the president, speaking …") or a
   * time or place ("said Jane Doe on Friday"); not the rest of reported speech ("said his opponent, Jane Doe, lied").
   */
  private static final String CLAUSE_END =
      "\\s*(?:[;:!?]|\\.(?!\\s*\\p{Lu})|$)|,\\s+(?:who|a|an|the|one|\\p{Ll}+ing)\\b|\\s+(?:on|in|at|during)\\b";
  /** Inversion ("said Lavrov."): only verbs that take no object, and the name must end the clause. */
  private static final Pattern VERB_NAME = Pattern.compile(
      INVERSION_VERB + "\\s+" + NAME
          + "(?=\\s*(?:[,.;:!?\u0001]|$)|\\s+(?:on|in|at|during)\\b|\\s+\\([^()]{1,12}\\))");
  /**
   * A name right after a quote, a description after it ("a", "an", "the"), then a verb of saying ("“…,” Jane
   * Doe, a Republican trying to unseat Representative John Roe, a Democrat, said"): the description may hold
   * commas and names.
   */
  private static final Pattern NAME_APPOSITION_VERB = Pattern.compile(
      "\u0001\\s*" + NAME + ",\\s+(?:a|an|the)\\s[^\u0001\u201C\u201D\"]{1,200}?\\s" + VERB + "\\b");
  /** A verb of saying right before the quote ("and promised: “…”", "telling CNN, “…”"). */
  private static final Pattern VERB_BEFORE_QUOTE = Pattern.compile("\\b" + VERB + "\\s*[:,]?\\s*$"
      + "|\\b(?:told|telling|tells)\\s+(?:the\\s+)?(?:reporters|journalists|[A-Z][\\p{L}.'\u2019&-]*"
      + "(?:\\s+[A-Z][\\p{L}.'\u2019&-]*){0,3})\\s*[:,]\\s*$");
  private static final Pattern PRONOUN_VERB = Pattern.compile("\\b(?:he|she|He|She)" + AUX + "\\s+" + VERB + "\\b");
  private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording\\s+to\\s+" + NAME);
  private static final Pattern PER_SOURCE = Pattern.compile("\\b(?:per|reported\\s+by|quoted\\s+by|cited\\s+by)\\s+" + NAME);
  private static final Pattern SOURCE_REPORTED = Pattern.compile(NAME + "\\s+(?:reported|reports|wrote|writes)\\b");
  private static final char MASK = '\u0001';
  /** How many quote-free sentences before a "he said" quote are read for reported speech. */
  private static final int REPORTED_SPEECH_REACH = 3;
  /** Lower-case prepositions after which a capitalised name is a place or a body, not a speaker. */
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "from", "at", "near", "for", "to", "on", "outside", "with", "across", "into");
  /** Lower-case words a title may keep uncapitalised ("The Hunchback of Notre-Dame"). */
  private static final Set<String> TITLE_FUNCTION_WORDS =
      Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "de", "la", "le", "du");
  private static final Lexicon LEXICON = Lexicon.load();

  private QuoteFinder() {}

  /** The role, country and title lists, loaded once. */
  static Lexicon lexicon() {
    return LEXICON;
  }

  static List<Quote> find(String text, List<Sentence> sentences) {
    People people = People.of(sentences, LEXICON);
    List<Quote> quotes = new ArrayList<>();
    List<Boolean> runOn = new ArrayList<>();
    Memory memory = new Memory(sentences, people);
    Quote previous = null;
    List<int[]> lines = lines(text, sentences);
    List<List<int[]>> pairsOf = linePairs(text, sentences, lines);
    for (int li = 0; li < lines.size(); li++) {
      int i = lines.get(li)[0];
      int j = lines.get(li)[1];
      int lineStart = sentences.get(i).start();
      int lineEnd = sentences.get(j).end();
      List<int[]> pairs = pairsOf.get(li);
      // reported speech ("Jane Doe said the toll would rise") makes its subject the one "he said" means next;
      // the quote-free sentences are read only when a pronoun needs them
      int firstQuoted = pairs.isEmpty() ? j + 1 : sentenceAt(sentences, i, j, pairs.get(0)[0]);
      if (firstQuoted > i) {
        memory.unread(i, firstQuoted - 1);
      }
      // the quotes of one sentence share its context: mask it and find its speaker candidates once
      Map<Long, Context> contexts = new HashMap<>();
      for (int[] q : pairs) {
        Deadline.check();
        String inner = text.substring(q[0], q[1]).strip();
        if (inner.isEmpty()) {
          continue;
        }
        int first = sentenceAt(sentences, i, j, q[0]);
        if (sentences.get(first).role() != SentenceRole.HEADLINE && isTitle(inner)) {
          continue; // a book, film or work named in quotation marks, not words anyone said
        }
        // a quote that runs on past its paragraph's end is attributed where it opens (or in the next paragraph)
        boolean runsOn = q[1] == lineEnd && !closed(text, lineEnd);
        int last = runsOn ? first : sentenceAt(sentences, i, j, Math.max(q[0], q[1] - 1));
        int cStart = sentences.get(first).start();
        int cEnd = sentences.get(last).end();
        Context c = contexts.computeIfAbsent(((long) cStart << 32) | cEnd,
            k -> Context.of(masked(text, cStart, cEnd, pairs), cStart, people));
        String context = c.text();
        int at = q[0] - cStart;
        Optional<String> speaker = c.speaker(at, memory::last);
        boolean introduced = speaker.isEmpty() && introducedByVerb(context, at);
        if (introduced) {
          // "Jane Doe visited the town and promised: “…”": the name that opens the sentence
          speaker = people.opening(cStart);
          if (speaker.isEmpty()) {
            // "But Mr. Doe pushed back, telling CNN, “…”": the sentence's subject
            speaker = subject(sentences.get(first), people, people.lowerCase());
          }
        }
        Optional<String> cited = c.cited();
        // A medium credited for the quote is its source, never its speaker.
        if (speaker.isPresent() && cited.isPresent() && isPersonNamed(cited.get(), speaker.get())) {
          cited = Optional.empty(); // "…," Jane Doe wrote: she is the speaker, not a medium
        }
        int quoted = q[1] - q[0];
        // a quote alone keeps the last speaker, unless someone else is said to say it ("The cameraman replies:",
        // "“…,” said a senior official.")
        if (speaker.isEmpty() && previous != null && previous.speaker().isPresent()
            && (introduced ? mayStandFor(context.substring(0, at), previous.speaker().get())
                : !saidBySomeoneElse(context, previous.speaker().get()))
            && people.mayBe(previous.speaker().get(), pronounIn(context))
            && quoted * 10 >= (cEnd - cStart) * 6 && sentences.get(first).index() - previous.sentence() <= 2) {
          speaker = previous.speaker();
          cited = previous.citedSource();
        }
        if (speaker.isPresent()) {
          memory.said(speaker.get());
        }
        int words = SPACES.split(inner).length;
        String sentenceText = sentences.get(first).text();
        boolean partial = words < 4
            || sentenceText.length() > quoted * 2 + 20 && first == last && !opensSentence(text, sentences.get(first), q, inner);
        int lead = leadingBlank(text, q[0], q[1]);
        int trail = trailingBlank(text, q[0], q[1]);
        Quote quote = new Quote(inner, q[0] + lead, q[1] - trail, sentences.get(first).index(), speaker, cited, partial);
        quotes.add(quote);
        runOn.add(runsOn);
        previous = quote;
      }
      if (!pairs.isEmpty()) {
        int lastQuoted = sentenceAt(sentences, i, j, Math.max(pairs.get(pairs.size() - 1)[0], pairs.get(pairs.size() - 1)[1] - 1));
        if (lastQuoted < j) {
          memory.unread(lastQuoted + 1, j);
        }
      }
    }
    // a quote that runs on into the next paragraph is attributed there
    for (int k = quotes.size() - 2; k >= 0; k--) {
      Quote q = quotes.get(k);
      Quote next = quotes.get(k + 1);
      if (runOn.get(k) && q.speaker().isEmpty() && next.speaker().isPresent()) {
        quotes.set(k, new Quote(q.text(), q.start(), q.end(), q.sentence(), next.speaker(), next.citedSource(), q.partial()));
      }
    }
    return quotes;
  }

  /**
   * Whom "he said" means: the last quote's speaker, unless reported speech in the quote-free sentences
   * since ("Jane Doe said the toll would rise") names someone later. Those sentences are read only when a
   * pronoun asks, and only the last {@link #REPORTED_SPEECH_REACH} of them.
   */
  private static final class Memory {
    private final List<Sentence> sentences;
    private final People people;
    private final List<int[]> unread = new ArrayList<>();
    private Optional<String> last = Optional.empty();

    Memory(List<Sentence> sentences, People people) {
      this.sentences = sentences;
      this.people = people;
    }

    /** The words the article writes in lower case. */
    private Set<String> lowerCase() {
      return people.lowerCase();
    }

    void unread(int from, int to) {
      unread.add(new int[] {from, to});
    }

    void said(String speaker) {
      last = Optional.of(speaker);
      unread.clear();
    }

    Optional<String> last() {
      int budget = REPORTED_SPEECH_REACH;
      Optional<String> reported = Optional.empty();
      for (int u = unread.size() - 1; u >= 0 && budget > 0 && reported.isEmpty(); u--) {
        int[] r = unread.get(u);
        for (int k = r[1]; k >= r[0] && budget > 0 && reported.isEmpty(); k--, budget--) {
          reported = reporter(sentences.get(k), people);
          if (reported.isEmpty() && sentences.get(k).role() != SentenceRole.HEADLINE) {
            reported = subject(sentences.get(k), people, lowerCase());
            if (reported.isEmpty()) {
              reported = clauseSubject(sentences.get(k), people, lowerCase());
            }
          }
        }
      }
      unread.clear();
      if (reported.isPresent()) {
        last = reported;
      }
      return last;
    }
  }

  /**
   * The person whose reported speech sentence {@code s} (no quotes in it) gives: the
   * subject of a verb of saying ("Jane Doe said the toll would rise"), or the full name that opens a
   * sentence with a verb of saying in it ("Jane Doe, the spokeswoman, made a statement in which she said").
   * Only a person's full name counts: bodies are not "he" or "she".
   */
  private static Optional<String> reporter(Sentence s, People people) {
    if (!VERB_ONLY.matcher(s.text()).find()) {
      return Optional.empty();
    }
    Optional<String> r = speaker(s.text(), 0, s.start(), people, Optional::empty);
    if (r.isEmpty() || r.get().indexOf(' ') < 0) {
      r = people.opening(s.start());
    }
    return r.isPresent() && r.get().indexOf(' ') > 0 ? r : Optional.empty();
  }

  /** Legislatures and parties: a name with one of these words is a body, not a person ("Senate Republicans"). */
  static final Set<String> BODY_WORDS =
      Set.of("house", "senate", "congress", "parliament", "assembly", "legislature", "republicans", "democrats");
  /** English function words ({@code stopwords.txt}): no word of a person's name. */
  private static final Set<String> STOP_WORDS = Set.copyOf(ResourceLines.read("dev/parallax/align/stopwords.txt"));
  /** Words that open a clause and are no function words of the aligner's list: never the start of a name. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("although", "whereas", "since", "unless", "whenever", "despite", "meanwhile", "still");
  /** Words that may open a sentence before its subject ("But Mr. Doe said"). */
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "then", "still", "later");
  /** Function words that are also given names ("Will Smith", "Can Dündar"), kept at the start of a name. */
  private static final Set<String> NAME_LIKE_STOP_WORDS = Set.of("will", "may", "can", "do");

  /**
   * The person whose name opens sentence {@code s} (no quotes in it) as its subject: a full name ("Jane Doe
   * spoke to reporters"), or a surname, with or without a title, that the article gives in full elsewhere
   * ("Mr. Doe spoke to reporters", "But Mr. Doe spoke"). The name must be followed by a word in lower case (a
   * verb, not more of a name, nor "and" of a list).
   */
  private static Optional<String> subject(Sentence s, People people, Set<String> lowerCase) {
    List<Token> t = s.tokens();
    return subjectAt(s, t.size() > 2 && OPENING_CONJUNCTIONS.contains(t.get(0).norm()) ? 1 : 0, true, people,
        lowerCase);
  }

  /**
   * The subject of the first clause after a comma that a person's name opens ("As he announced the deal, Mr.
   * Doe paid tribute to the workers"; "…, when Doe stole the ball"), when the sentence does not open with one:
   * whom a "he said" after a sentence without a verb of saying means.
   */
  private static Optional<String> clauseSubject(Sentence s, People people, Set<String> lowerCase) {
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
    }
    return Optional.empty();
  }

  /** Words that open a clause after a comma ("…, when Jane Doe stole the ball"). */
  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "while", "before", "until", "because");

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
    if (k + 2 < t.size() && LEXICON.titles.contains(t.get(k).norm()) && t.get(k + 1).norm().equals(".")) {
      k += 2;
    } else if (k + 1 < t.size() && LEXICON.titles.contains(t.get(k).norm())) {
      k++;
    }
    int from = k;
    while (k < t.size() && t.get(k).kind() == TokenKind.WORD && t.get(k).isCapitalized()) {
      k++;
    }
    int end = k;
    k = afterAside(t, k, !opening);
    if (end == from || end - from > 3 || k >= t.size() || t.get(k).kind() != TokenKind.WORD
        || !Character.isLowerCase(t.get(k).text().codePointAt(0)) || LIST_WORDS.contains(t.get(k).norm())) {
      return Optional.empty();
    }
    k = end;
    Optional<String> named = k - from == 1
        ? people.bySurname(t.get(from).text(), t.get(from).start())
        : people.opening(t.get(from).start());
    if (k - from == 1 && from > 0 && people.standsForItself(t.get(from).text())) {
      return named; // "President Trump said", never given in full
    }
    return named.filter(n -> personName(n, lowerCase));
  }

  /**
   * The token after an aside between commas that starts at {@code k} ("Doe, since introducing the budget last
   * month, has talked"), or {@code k} when none does: at most twelve tokens, no punctuation but periods;
   * with {@code relativeOnly}, only one that opens with "who" or "whose".
   */
  private static int afterAside(List<Token> t, int k, boolean relativeOnly) {
    if (k >= t.size() || !t.get(k).text().equals(",")) {
      return k;
    }
    for (int j = k + 1; j < t.size() && j <= k + 13; j++) {
      Token x = t.get(j);
      if (x.text().equals(",")) {
        String first = t.get(k + 1).norm();
        boolean opens = relativeOnly ? first.equals("who") || first.equals("whose")
            : Character.isLowerCase(t.get(k + 1).text().codePointAt(0));
        return j > k + 1 && opens ? j + 1 : k;
      }
      if (x.kind() == TokenKind.PUNCTUATION && !x.text().equals(".")) {
        return k;
      }
    }
    return k;
  }

  /**
   * Whether {@code name} reads as a person's full name: two or three words, none a function word, a place,
   * body or country word, or a word the article also writes in lower case ("Senate", "Most").
   */
  private static boolean personName(String name, Set<String> lowerCase) {
    List<String> words = Name.core(Arrays.asList(name.split(" ")));
    if (words.size() < 2 || words.size() > 3 || !LEXICON.personLike(name) || LEXICON.institution(name)) {
      return false;
    }
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (lowerCase.contains(w) || STOP_WORDS.contains(w) || BODY_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether quoted words are a title: two to twelve words, every one capitalised but for short function
   * words, and no sentence end inside ("The Old Man and the Sea"). Quoted speech is written in sentence case.
   */
  static boolean isTitle(String inner) {
    String t = inner.strip();
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    String[] words = SPACES.split(t);
    if (words.length < 2 || words.length > 12 || t.indexOf('.') >= 0 && t.indexOf('.') < t.length() - 1) {
      return false;
    }
    if (t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      int c = w.isEmpty() ? -1 : w.codePointAt(0);
      boolean capital = c >= 0 && (Character.isUpperCase(c) || Character.isDigit(c));
      if (!capital && (k == 0 || !TITLE_FUNCTION_WORDS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code cited} names the person {@code speaker}, with any title or office before the name. */
  private static boolean isPersonNamed(String cited, String speaker) {
    Name n = Name.parse(cited, LEXICON);
    return n.words().size() >= 2 && String.join(" ", n.words()).equals(speaker);
  }

  private static int leadingBlank(String text, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k - from;
  }

  private static int trailingBlank(String text, int from, int to) {
    int k = to;
    while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return to - k;
  }

  /** The paragraphs: the first and last index of the sentences of each line. */
  private static List<int[]> lines(String text, List<Sentence> sentences) {
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
  private static List<List<int[]>> linePairs(String text, List<Sentence> sentences, List<int[]> lines) {
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
  private static int sentenceAt(List<Sentence> sentences, int from, int to, int offset) {
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
   * apostrophes close ({@code ''}, also after a straight opening mark) or open before a word.
   */
  static List<int[]> pairs(String text, int from, int to) {
    return pairs(text, from, to, false);
  }

  /**
   * {@link #pairs(String, int, int)}, where {@code continued} says that the paragraph before ended inside a
   * quotation (a quoted paragraph without its closing mark): then the words before a first mark that can only
   * close one are the quotation's end ({@code …charm,” said DeGeneres.}).
   */
  static List<int[]> pairs(String text, int from, int to, boolean continued) {
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
        if (c == '\u201C' || c == '\u201E' || c == '"') {
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
      if (c == '\u201D' || c == '"') {
        out.add(new int[] {open, k});
        open = -1;
      } else if ((c == '\'' || c == '\u2019') && doubled(text, k, to)) {
        out.add(new int[] {open, k});
        open = -1;
        k++;
      } else if ((c == '\u201C' || c == '\u201E') && !hasCloser(text, k + 1, to)) {
        // an opening mark typed where a closing one belongs
        out.add(new int[] {open, k});
        open = -1;
      }
    }
    if (open >= 0 && opener != '\u2018' && (open - 1 == start || introduced(text, from, open - 1)) && to - open > 20) {
      // a quoted paragraph that continues in the next one: by convention it has no closing mark
      out.add(new int[] {open, to});
    }
    return out;
  }

  /** Whether the line ending at {@code lineEnd} ends with a closing double mark. */
  private static boolean closed(String text, int lineEnd) {
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
    int i = mark - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
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
  private static boolean opensSentence(String text, Sentence sentence, int[] q, String inner) {
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
  private static String masked(String text, int start, int end, List<int[]> pairs) {
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

  private record Candidate(int distance, String speaker) {}

  /** The gender of "he" or "she", and of a surname written after "Mr." or "Ms.". */
  private enum Gender { MALE, FEMALE }

  /**
   * A speaker found in a context, at {@code [start, end)}; a null speaker is a pronoun ("he said"), and
   * {@code pronoun} its gender (null for a name).
   */
  private record Found(int start, int end, String speaker, Gender pronoun) {
    Found(int start, int end, String speaker) {
      this(start, end, speaker, null);
    }
  }

  /**
   * One sentence (or run of sentences) around quotes, masked, with its speaker candidates and cited
   * source found once: each of its quotes then only picks the nearest candidate, so a sentence of many
   * quotes costs its length plus its quotes, not their product.
   */
  private record Context(String text, List<Found> found, Optional<String> cited, People people) {
    static Context of(String context, int base, People people) {
      List<Found> found = new ArrayList<>();
      candidates(context, base, people, found);
      return new Context(context, found, citedSource(context), people);
    }

    /** The nearest candidate to {@code at}, the first of equals; a pronoun stands for {@code last}. */
    Optional<String> speaker(int at, java.util.function.Supplier<Optional<String>> last) {
      // A country, body or medium speaks only when no person is named as saying it ("Russia warned, Lavrov said").
      Candidate best = null;
      Candidate person = null;
      for (Found f : found) {
        String who = f.speaker();
        if (who == null) {
          Optional<String> previous = last.get();
          if (previous.isEmpty()) {
            break;
          }
          if (!people.mayBe(previous.get(), f.pronoun())) {
            continue; // "Ms. Doe … “…,” he said": not her
          }
          who = previous.get();
        }
        int d = distance(f.start(), f.end(), at);
        if (best == null || d < best.distance()) {
          best = new Candidate(d, who);
        }
        if (!LEXICON.institution(who) && (person == null || d < person.distance())) {
          person = new Candidate(d, who);
        }
      }
      Candidate chosen = person != null ? person : best;
      return chosen == null ? Optional.empty() : Optional.of(chosen.speaker());
    }
  }

  /** Last words of media names: a name ending in one is a medium, not a person. */
  private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "press", "agency", "tv", "television",
      "radio", "journal", "telegraph", "herald", "gazette", "tribune", "daily", "network", "broadcasting", "channel",
      "magazine", "wire", "newspaper", "reuters", "bloomberg", "insider", "guardian", "independent", "observer");

  private static Optional<String> speaker(
      String context, int at, int base, People people, java.util.function.Supplier<Optional<String>> last) {
    List<Found> found = new ArrayList<>();
    candidates(context, base, people, found);
    return new Context(context, found, Optional.empty(), people).speaker(at, last);
  }

  /**
   * Every speaker candidate in {@code context} in the order the rules find them (names before or after a
   * verb of saying, role descriptions, "according to"), then the pronouns before a verb of saying.
   */
  private static void candidates(String context, int base, People people, List<Found> found) {
    boolean verb = VERB_ONLY.matcher(context).find();
    boolean inversion = verb && INVERSION.matcher(context).find();
    if (verb) {
      Matcher nv = NAME_VERB.matcher(context);
      int from = 0;
      int openerEnd = -1; // the verb after a lone word that may only open the sentence
      while (from <= context.length() && nv.find(from)) {
        from = nv.end();
        if (objectOrPlace(context, nv.start(1), nv.end(1))) {
          from = nv.end(1); // the place may hide the subject after it ("the mayor of X, Jane Doe, said")
          continue;
        }
        Optional<String> s = resolve(nv.group(1), base + nv.start(1), people);
        Found f = s.map(name -> new Found(nv.start(), nv.end(), name)).orElse(null);
        if (nv.end() == openerEnd) {
          // "Separately, Jane Doe, a Democrat, said", "On Sunday, Sen. Jane Doe, R-S.C., said": a person's full
          // name in the asides is the subject; a body or a word there is not
          if (f != null && personName(f.speaker(), people.lowerCase())) {
            int saidAt = openerEnd;
            found.removeIf(o -> o.end() == saidAt);
            found.add(f);
            openerEnd = -1;
          }
          continue;
        }
        if (f != null) {
          found.add(f);
        }
        if ((f == null || f.speaker().indexOf(' ') < 0) && asideOpensWithName(context, nv.end(1))) {
          openerEnd = nv.end();
          from = nv.end(1); // look for a full name in its asides
        }
      }
      if (inversion) {
        collect(VERB_NAME.matcher(context), found, (g, o) -> resolve(g, base + o, people));
        collect(LEXICON.verbDescribedName.matcher(context), found, (g, o) -> resolve(g, base + o, people));
      }
      if (context.contains("account") || context.contains("feed") || context.contains("page")) {
        collect(ACCOUNT_VERB.matcher(context), found, (g, o) -> resolve(g, base + o, people));
      }
      if (context.indexOf(MASK) >= 0) {
        Matcher na = NAME_APPOSITION_VERB.matcher(context);
        while (na.find()) {
          Optional<String> s = resolve(na.group(1), base + na.start(1), people).filter(n -> n.indexOf(' ') > 0);
          if (s.isPresent()) {
            found.add(new Found(na.start(1), na.end(1), s.get()));
          }
        }
      }
    }
    if (verb && LEXICON.roleWord.matcher(context).find()) {
      collect(people.roleVerb().matcher(context), found,
          (g, o) -> Optional.of(people.byDescription(g, base + o).orElse(asWritten(g))));
      if (inversion) {
        collect(LEXICON.verbRole.matcher(context), found,
            (g, o) -> Optional.of(people.byDescription(g, base + o).orElse(asWritten(g))));
      }
    }
    if (context.contains("ccording")) {
      collect(ACCORDING.matcher(context), found, (g, o) -> resolve(g, base + o, people));
    }
    if (verb && mayHavePronoun(context)) {
      Matcher m = PRONOUN_VERB.matcher(context);
      while (m.find()) {
        found.add(new Found(m.start(), m.end(), null, pronounGender(m.group())));
      }
    }
  }

  /** The gender of the first pronoun before a verb of saying in {@code context}, null when there is none. */
  private static Gender pronounIn(String context) {
    if (!mayHavePronoun(context)) {
      return null;
    }
    Matcher m = PRONOUN_VERB.matcher(context);
    return m.find() ? pronounGender(m.group()) : null;
  }

  /** The gender of the pronoun that opens {@code words} ("he said", "She added"). */
  private static Gender pronounGender(String words) {
    return Character.toLowerCase(words.charAt(0)) == 'h' ? Gender.MALE : Gender.FEMALE;
  }

  /** A cheap test before {@link #PRONOUN_VERB} runs: "he" or "she" as a word somewhere in {@code context}. */
  private static boolean mayHavePronoun(String context) {
    return context.startsWith("He ") || context.startsWith("She ") || context.contains(" he ") || context.contains(" she ")
        || context.contains("He ") || context.contains("She ");
  }

  private static void collect(
      Matcher m, List<Found> found, java.util.function.BiFunction<String, Integer, Optional<String>> how) {
    while (m.find()) {
      Optional<String> s = how.apply(m.group(1), m.start(1));
      if (s.isPresent()) {
        found.add(new Found(m.start(), m.end(), s.get()));
      }
    }
  }

  /**
   * Whether the words before a quote may speak of {@code speaker}: they use a pronoun ("He paused, then added:")
   * or the speaker's surname ("During his news conference, Doe offered more comments, saying, “…”").
   */
  private static boolean mayStandFor(String before, String speaker) {
    String surname = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (String word : WORDS.split(before.toLowerCase(Locale.ROOT))) {
      if (word.equals("he") || word.equals("she") || word.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code context} has a verb of saying whose subject cannot be {@code speaker} ("“…,” said a senior
   * official"): a quote standing alone, with no verb of saying, keeps the last speaker.
   */
  private static boolean saidBySomeoneElse(String context, String speaker) {
    return VERB_ONLY.matcher(context).find() && !mayStandFor(context, speaker);
  }

  /** Whether a verb of saying stands right before the quote that starts at {@code at} in {@code context}. */
  private static boolean introducedByVerb(String context, int at) {
    int end = at;
    while (end > 0 && context.charAt(end - 1) == MASK) {
      end--;
    }
    return end > 0 && VERB_BEFORE_QUOTE.matcher(context.substring(Math.max(0, end - 40), end)).find();
  }

  /**
   * Whether the name at {@code [at, nameEnd)} follows a preposition ("the mayor of Amatrice, Jane Doe, said") or
   * a participle: it is then a place, a body or an object, not the subject.
   */
  private static boolean objectOrPlace(String context, int at, int nameEnd) {
    int end = at;
    while (end > 0 && Character.isWhitespace(context.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(context.charAt(start - 1))) {
      start--;
    }
    String word = context.substring(start, end);
    // nor is the object of a participle before an aside ("After meeting Jane Doe, John Roe, a Democrat, said";
    // not "saying Roe told them")
    boolean aside = nameEnd < context.length() && context.charAt(nameEnd) == ',';
    return end > start && (PREPOSITIONS.contains(word)
        || aside && word.length() > 4 && word.endsWith("ing") && Character.isLowerCase(word.charAt(0)));
  }

  /**
   * Whether a comma and a capitalized word follow {@code at}: "Separately, Jane Doe, …", not "Doe, in the Rose
   * Garden, …".
   */
  private static boolean asideOpensWithName(String context, int at) {
    if (at >= context.length() || context.charAt(at) != ',') {
      return false;
    }
    int k = at + 1;
    while (k < context.length() && Character.isWhitespace(context.charAt(k))) {
      k++;
    }
    return k < context.length() && Character.isUpperCase(context.charAt(k));
  }

  /** An unresolved role description as a speaker: "the top Russian diplomat". */
  private static String asWritten(String description) {
    String d = description.strip();
    return d.regionMatches(true, 0, "the ", 0, 4) ? d.substring(4) : d;
  }

  private static int distance(int start, int end, int at) {
    return at < start ? start - at : at > end ? at - end : 0;
  }

  private static Optional<String> resolve(String raw, int offset, People people) {
    String clean = cleanName(raw);
    Name n = people.withoutCommonNoun(Name.parse(clean, LEXICON));
    int of = clean.indexOf(" of ");
    if (of > 0 && n.words().size() > 4) {
      return resolve(clean.substring(0, of), offset, people); // "Jane Q. Doe of Ohio"
    }
    if (n.words().isEmpty()) {
      // a country or institution speaking ("Russia warns", "the Kremlin said")
      String bare = clean.startsWith("The ") ? clean.substring(4) : clean;
      return !n.country().isEmpty() && n.role().isEmpty() && !bare.contains(" ") ? Optional.of(bare) : Optional.empty();
    }
    if (n.words().size() >= 2 && n.words().size() <= 4) {
      return Optional.of(String.join(" ", n.words()));
    }
    if (n.words().size() == 1) {
      String word = n.words().get(0).toLowerCase(Locale.ROOT);
      if (MentionFinder.WEEKDAYS.contains(word) || MentionFinder.MONTHS.containsKey(word)) {
        return Optional.empty(); // "On Friday, he said": a day speaks no words
      }
      return Optional.of(people.bySurname(n.words().get(0), offset).orElse(n.words().get(0)));
    }
    return Optional.empty();
  }

  private static Optional<String> citedSource(String context) {
    Matcher m = PER_SOURCE.matcher(context);
    if ((context.contains("per ") || context.contains("by ")) && m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    m = SOURCE_REPORTED.matcher(context);
    if ((context.contains("report") || context.contains("wr")) && m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    return Optional.empty();
  }

  private static String cleanName(String s) {
    String t = s.strip();
    while (t.endsWith(".") || t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** A capitalised name split into a role and country prefix and the name proper. */
  record Name(List<String> words, String role, String country) {
    /** Initials without their last period: "J", "A.J". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

    static Name parse(String raw, Lexicon lex) {
      List<String> w = new ArrayList<>(List.of(SPACES.split(raw)));
      String role = "";
      String country = "";
      boolean changed = true;
      while (!w.isEmpty() && changed) {
        changed = false;
        String head = strip(w.get(0)).toLowerCase(Locale.ROOT);
        if (head.equals("the") || head.equals("of") || head.equals("former") || head.equals("top")
            || lex.titles.contains(head.replace(".", ""))
            || w.size() > 1 && (STOP_WORDS.contains(head) && !NAME_LIKE_STOP_WORDS.contains(head)
                || CLAUSE_OPENERS.contains(head))) {
          w.remove(0);
          changed = true;
          continue;
        }
        String possessive = head.endsWith("'s") || head.endsWith("\u2019s") ? head.substring(0, head.length() - 2) : head;
        if (lex.countries.containsKey(possessive)) {
          country = lex.countries.get(possessive);
          w.remove(0);
          changed = true;
          continue;
        }
        if (!lex.roleFirstWords.contains(head)) {
          continue;
        }
        for (int len = Math.min(4, w.size()); len >= 1; len--) {
          String phrase = String.join(" ", w.subList(0, len)).toLowerCase(Locale.ROOT);
          String key = lex.roles.get(phrase);
          if (key != null) {
            role = key;
            w.subList(0, len).clear();
            changed = true;
            break;
          }
        }
      }
      // "Airlines CEO Jane Doe", "Archbishop of Paris Jean Doe": the name follows the last office word
      int office = -1;
      for (int k = 0; k + 1 < w.size(); k++) {
        String x = w.get(k);
        if (x.length() <= lex.longestOffice + 1 && lex.offices.contains(strip(x).toLowerCase(Locale.ROOT))) {
          office = k;
        }
      }
      if (office >= 0) {
        w.subList(0, office + 1).clear();
        if (w.size() > 2 && strip(w.get(0)).equals("of")) {
          w.subList(0, 2).clear();
        }
      }
      while (w.size() > 2 && (w.get(0).endsWith("'s") || w.get(0).endsWith("\u2019s"))) {
        w.remove(0); // "Twitter's Adam Sharp", "NBC's Chuck Todd": the employer, not the name
      }
      List<String> words = new ArrayList<>();
      for (String x : w) {
        String s = strip(x);
        if (s.isEmpty() || s.endsWith("'s") || s.endsWith("\u2019s") || s.equals("of")) {
          return new Name(List.of(), role, country);
        }
        words.add(s);
      }
      return new Name(words, role, country);
    }

    /** Whether {@code word} is an initial or initials ("T.", "A.J."). */
    static boolean isInitial(String word) {
      return word.endsWith(".") && INITIALS.matcher(word.substring(0, word.length() - 1)).matches();
    }

    /** The words of a name without its initials and generation: "George T. Conway III" has three names' worth. */
    static List<String> core(List<String> words) {
      List<String> out = new ArrayList<>(words.size());
      for (String w : words) {
        if (!isInitial(w) && !Generations.is(w)) {
          out.add(w);
        }
      }
      return out;
    }

    /** The word without the punctuation after it, but an initial keeps its period ("A.J." stays, "Smith," goes). */
    private static String strip(String s) {
      String t = s;
      while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.length() < s.length() && s.charAt(t.length()) == '.' && INITIALS.matcher(t).matches()) {
        return t + '.';
      }
      return t;
    }
  }

  /**
   * One mention of a person in the article: where, the full name, the office when stated, if in the body, and
   * whether it ends a list of given names that share the surname ("Ann and Mary Doe").
   */
  private record Person(int offset, String name, String role, String country, String around, boolean body,
      boolean sharedSurname) {}

  /** The people an article names, in order, with what it says about their office. */
  private static final class People {
    private final List<Person> mentions;
    private final Map<String, String[]> known;
    private final Lexicon lex;

    /** The mentions by their last word in lower case, in text order. */
    private final Map<String, List<Person>> bySurname = new HashMap<>();

    /**
     * The office the body first writes before a bare surname, when that comes before any full name ending in
     * it ("President Trump said" above "the first lady, Melania Trump"), by the surname in lower case.
     */
    private final Map<String, String> officeFirst;

    private final Set<String> lowerCase;

    /** Surnames written after an office and nothing else ("President Doe"), first mention each, in text order. */
    private final List<Person> titled;

    /**
     * The gender of each person (the name a surname after "Mr." or "Ms." resolves to there); none for one written
     * with both.
     */
    private final Map<String, Gender> genders = new HashMap<>();

    private People(List<Person> mentions, Map<String, String[]> known, Lexicon lex, Set<String> lowerCase,
        Map<String, Person> titled, List<Courtesy> courtesies) {
      this.mentions = mentions;
      this.titled = titled.values().stream().sorted(Comparator.comparingInt(Person::offset)).toList();
      this.known = known;
      this.lex = lex;
      this.lowerCase = lowerCase;
      for (Person p : mentions) {
        bySurname.computeIfAbsent(lastWord(p.name()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
      }
      Map<String, String> first = new HashMap<>();
      titled.forEach((surname, p) -> {
        List<Person> named = bySurname.get(surname);
        if (named != null && p.offset() < named.get(0).offset()) {
          first.put(surname, p.role());
        }
      });
      this.officeFirst = first;
      readGenders(courtesies);
    }

    static People of(List<Sentence> sentences, Lexicon lex) {
      List<Person> mentions = new ArrayList<>();
      Map<String, Person> titled = new HashMap<>();
      Map<String, String[]> known = new LinkedHashMap<>();
      Set<String> lowerCase = new java.util.HashSet<>();
      for (Sentence s : sentences) {
        for (Token x : s.tokens()) {
          if (x.kind() == TokenKind.WORD && Character.isLowerCase(x.text().codePointAt(0))) {
            lowerCase.add(x.norm());
          }
        }
      }
      for (Sentence s : sentences) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
          if (!capitalisedWord(t.get(i))) {
            i++;
            continue;
          }
          // a run of capitalised words, "of" allowed inside, separated by white space only
          int j = i + 1;
          int last = i;
          while (j < t.size()) {
            Token x = t.get(j);
            if (x.text().equals(".") && t.get(j - 1).text().length() == 1 && j - 1 > i && j + 1 < t.size()
                && x.start() == t.get(j - 1).end() && capitalisedWord(t.get(j + 1))) {
              j++; // an initial inside a name: "George T. Conway III"
              continue;
            }
            if (!blankBetween(s, t.get(j - 1), x)) {
              break;
            }
            if (capitalisedWord(x)) {
              last = j;
            } else if (!x.norm().equals("of")) {
              break;
            }
            j++;
          }
          Token opener = t.get(i);
          int runIndex = i;
          int runStart = opener.start() - s.start();
          int runEnd = t.get(last).end() - s.start();
          i = last + 1;
          String run = s.text().substring(runStart, runEnd);
          if (run.indexOf(' ') < 0) {
            continue; // one capitalised word is never a full name
          }
          Name n = withoutCommonNoun(Name.parse(run, lex), lowerCase);
          int of = run.indexOf(" of ");
          if (of > 0 && run.lastIndexOf(' ', of - 1) > 0 && !fullName(n)) {
            // a name and where it is from: "Representative Jane Doe of Ohio"
            run = run.substring(0, of);
            runEnd = runStart + of;
            n = withoutCommonNoun(Name.parse(run, lex), lowerCase);
          }
          if (n.words().size() == 1 && !n.role().isEmpty() && s.role() == SentenceRole.BODY) {
            titled.putIfAbsent(n.words().get(0).toLowerCase(Locale.ROOT),
                new Person(s.start() + runStart, n.words().get(0), n.role(), n.country(), "", true, false));
          }
          if (!fullName(n)) {
            continue;
          }
          String role = n.role();
          String country = n.country();
          if (role.isEmpty()) {
            String[] before = lex.roleBefore(s.text().substring(Math.max(0, runStart - 60), runStart));
            String[] after = lex.roleAfter(s.text().substring(runEnd, Math.min(s.text().length(), runEnd + 60)));
            String[] rc = before != null ? before : after;
            if (rc != null) {
              role = rc[0];
              country = country.isEmpty() ? rc[1] : country;
            }
          }
          String name = String.join(" ", n.words());
          String around = s.text().substring(Math.max(0, runStart - 60), Math.min(s.text().length(), runEnd + 60))
              .toLowerCase(Locale.ROOT);
          boolean shared = opensAfterGivenNameAnd(t, runIndex) && n.words().size() == 2;
          mentions.add(new Person(s.start() + runStart, name, role, country, around, s.role() == SentenceRole.BODY,
              shared));
          String[] k = known.computeIfAbsent(name, x -> new String[] {"", ""});
          if (k[0].isEmpty() && !role.isEmpty()) {
            k[0] = role;
          }
          if (k[1].isEmpty() && !country.isEmpty()) {
            k[1] = country;
          }
        }
      }
      return new People(mentions, known, lex, lowerCase, titled, courtesies(sentences));
    }

    /** A surname written after a courtesy title, where, and the gender the title gives (null for "Mr. and Mrs."). */
    private record Courtesy(String surname, int offset, Gender gender) {}

    /** Every surname the article writes after "Mr.", "Ms.", "Mrs." or "Miss", in text order. */
    private static List<Courtesy> courtesies(List<Sentence> sentences) {
      List<Courtesy> out = new ArrayList<>();
      for (Sentence s : sentences) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
          Gender g = courtesyGender(t.get(k));
          int name = k + 1 < t.size() && t.get(k + 1).text().equals(".") ? k + 2 : k + 1;
          if (g == null || name >= t.size() || !capitalisedWord(t.get(name))) {
            continue;
          }
          // "Mr. and Mrs. Doe": the surname names both
          boolean both = k >= 2 && t.get(k - 1).norm().equals("and")
              && (courtesyGender(t.get(k - 2)) != null || k >= 3 && courtesyGender(t.get(k - 3)) != null);
          out.add(new Courtesy(t.get(name).text(), t.get(name).start(), both ? null : g));
        }
      }
      return out;
    }

    private static Gender courtesyGender(Token t) {
      return switch (t.norm()) {
        case "mr" -> Gender.MALE;
        case "ms", "mrs", "miss" -> Gender.FEMALE;
        default -> null;
      };
    }

    /** Fills {@link #genders} from the courtesy titles, each surname read as the person it stands for there. */
    private void readGenders(List<Courtesy> courtesies) {
      Set<String> both = new java.util.HashSet<>();
      for (Courtesy c : courtesies) {
        String name = bySurname(c.surname(), c.offset()).orElse(c.surname());
        Gender known = genders.get(name);
        if (c.gender() == null || known != null && known != c.gender()) {
          both.add(name);
        } else {
          genders.put(name, c.gender());
        }
      }
      genders.keySet().removeAll(both);
    }

    /** Whether a pronoun of gender {@code pronoun} (null: any) may stand for {@code name}. */
    boolean mayBe(String name, Gender pronoun) {
      Gender g = genders.get(name);
      return pronoun == null || g == null || g == pronoun;
    }

    /** Whether the run at token {@code at} follows a capitalised word and "and": "Ann and Mary Doe". */
    private static boolean opensAfterGivenNameAnd(List<Token> t, int at) {
      return at >= 2 && t.get(at - 1).norm().equals("and") && capitalisedWord(t.get(at - 2))
          && (at < 3 || !capitalisedWord(t.get(at - 3)));
    }

    /** Whether {@code n} is a person's full name: two or three words besides initials and generation. */
    private static boolean fullName(Name n) {
      int words = Name.core(n.words()).size();
      return words >= 2 && words <= 3 && n.words().size() <= 4; // "George T. Conway III" has three
    }

    /**
     * The name without a first word that the article also writes in lower case, when two words remain: an
     * occupation capitalized before a name ("Comedian Ellen DeGeneres", where the article says "the comedian"),
     * not part of it. A two-word name is kept whole ("Bill Clinton" beside "the bill").
     */
    static Name withoutCommonNoun(Name n, Set<String> lowerCase) {
      if (n.words().size() < 3 || !lowerCase.contains(n.words().get(0).toLowerCase(Locale.ROOT))) {
        return n;
      }
      return new Name(n.words().subList(1, n.words().size()), n.role(), n.country());
    }

    Name withoutCommonNoun(Name n) {
      return withoutCommonNoun(n, lowerCase);
    }

    /** The words the article writes in lower case (their {@link Token#norm()}). */
    Set<String> lowerCase() {
      return lowerCase;
    }

    private static boolean capitalisedWord(Token t) {
      return t.kind() == TokenKind.WORD && t.isCapitalized();
    }

    private static boolean blankBetween(Sentence s, Token a, Token b) {
      for (int k = a.end(); k < b.start(); k++) {
        if (!Character.isWhitespace(s.text().charAt(k - s.start()))) {
          return false;
        }
      }
      return true;
    }

    Pattern roleVerb() {
      return lex.roleVerb;
    }

    /**
     * The person named exactly at {@code offset} (a sentence's first words), if any: a name in capitals (a
     * dateline) or with a place or body word ({@code places.txt}, {@code offices.txt}) is none.
     */
    Optional<String> opening(int offset) {
      int lo = 0;
      int hi = mentions.size();
      while (lo < hi) {   // the first mention at or after offset (mentions are in text order)
        int mid = (lo + hi) >>> 1;
        if (mentions.get(mid).offset() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo < mentions.size() && mentions.get(lo).offset() == offset) {
        Person p = mentions.get(lo);
        return lex.personLike(p.name()) ? Optional.of(p.name()) : Optional.empty();
      }
      return Optional.empty();
    }

    /**
     * Whether {@code surname} stands for a person the article never names in full: the body wrote it after an
     * office before any full name ending in it, and those full names hold other offices, are of another
     * generation or end a list of given names ("President Doe" above "the first lady, Jane Doe", "John Doe Jr."
     * or "Ann and Mary Doe"; "President Doe" above "John Q. Doe" is one person).
     */
    boolean standsForItself(String surname) {
      String key = surname.toLowerCase(Locale.ROOT);
      String office = officeFirst.get(key);
      if (office == null) {
        return false;
      }
      for (Person p : bySurname.get(key)) {
        String[] k = known.get(p.name());
        if (!p.sharedSurname() && Generations.of(p.name()).isEmpty()
            && (k == null || k[0].isEmpty() || k[0].equals(office))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The full name a surname stands for at {@code offset}: the full name ending in it mentioned last before,
     * else first after. When the article names several people with that surname, the one its body names first
     * (its principal: "Hillary Clinton" in a story that later mentions "Bill Clinton"). The surname itself when
     * it {@linkplain #standsForItself stands for itself}.
     */
    Optional<String> bySurname(String surname, int offset) {
      String key = surname.toLowerCase(Locale.ROOT);
      List<Person> named = bySurname.getOrDefault(key, List.of());
      if (standsForItself(key)) {
        return Optional.of(surname);
      }
      Optional<Person> principal = principal(named);
      if (principal.isPresent()) {
        return principal.map(Person::name);
      }
      Person before = null;
      Person after = null;
      int lo = 0;
      int hi = named.size();
      while (lo < hi) {   // the first mention at or after offset
        int mid = (lo + hi) >>> 1;
        if (named.get(mid).offset() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo > 0) {
        before = named.get(lo - 1);
      } else if (lo < named.size()) {
        after = named.get(lo);
      }
      Person p = before != null ? before : after;
      return p == null ? Optional.empty() : Optional.of(p.name());
    }

    /**
     * The person named first in the body, when {@code named} (one surname's mentions) holds more than one person;
     * "Donald J. Trump" and "Donald Trump" are one, and so are "Rick Perry" and a headline's "Endorses Rick Perry".
     */
    private Optional<Person> principal(List<Person> named) {
      Person first = named.stream().filter(Person::body).findFirst().orElse(null);
      if (first == null) {
        return Optional.empty();
      }
      for (Person p : named) {
        if (!samePerson(first.name(), p.name())) {
          return Optional.of(first);
        }
      }
      return Optional.empty();
    }

    private static boolean samePerson(String a, String b) {
      String x = a.toLowerCase(Locale.ROOT);
      String y = b.toLowerCase(Locale.ROOT);
      if (x.endsWith(" " + y) || y.endsWith(" " + x) || x.equals(y)) {
        return true; // "Rick Perry" in a headline's "Endorses Rick Perry"
      }
      return x.substring(0, x.indexOf(' ')).equals(y.substring(0, y.indexOf(' ')))
          && Generations.of(x).equals(Generations.of(y)); // "Donald J. Trump", not "Donald Trump Jr."
    }

    /** The person a role description ("Russia's top diplomat") stands for. */
    Optional<String> byDescription(String description, int offset) {
      String[] rc = lex.describe(description);
      if (rc == null) {
        return Optional.empty();
      }
      List<String> qualifiers = capitalized(description, rc[2]);
      Optional<String> named = nearest(mentions, p -> {
        String[] k = known.get(p.name());
        return holds(k[0], k[1], rc) && qualifiers.stream().allMatch(q -> containsWord(p.around(), q));
      }, offset);
      if (named.isPresent() || !rc[2].isEmpty()) {
        return named;
      }
      // "the president" after "President Doe" (not "the minority leader"): the surname the office was written with
      return nearest(titled, p -> holds(p.role(), p.country(), rc), offset);
    }

    /** Whether an office and country hold a described role and country ({@code rc} as {@link Lexicon#describe}). */
    private static boolean holds(String role, String country, String[] rc) {
      return role.equals(rc[0]) && (rc[1].isEmpty() || country.isEmpty() || country.equals(rc[1]));
    }

    /**
     * The words of {@code qualifiers} (what a description says before its role: "foreign office" in "A Foreign
     * Office spokeswoman") that the description capitalizes: the body the person speaks for, which a person
     * it stands for must be named with ("Police spokesman Dave Gaskin" is not a Foreign Office spokeswoman).
     */
    private static List<String> capitalized(String description, String qualifiers) {
      if (qualifiers.isEmpty()) {
        return List.of();
      }
      Set<String> words = Set.of(qualifiers.split(" "));
      List<String> out = new ArrayList<>();
      for (String w : SPACES.split(description)) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && words.contains(lower)) {
          out.add(lower);
        }
      }
      return out;
    }

    private static boolean containsWord(String text, String word) {
      int at = text.indexOf(word);
      while (at >= 0) {
        boolean start = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + word.length();
        if (start && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
          return true;
        }
        at = text.indexOf(word, at + 1);
      }
      return false;
    }

    private static Optional<String> nearest(List<Person> people, java.util.function.Predicate<Person> test, int offset) {
      Person before = null;
      Person after = null;
      for (Person p : people) {
        if (!test.test(p)) {
          continue;
        }
        if (p.offset() < offset) {
          before = p;
        } else if (after == null) {
          after = p;
        }
      }
      Person p = before != null ? before : after;
      return p == null ? Optional.empty() : Optional.of(p.name());
    }

    /** The surname: the last word, or the one before a generation ("Jesse Jackson Jr." is a Jackson). */
    private static String lastWord(String name) {
      String n = Generations.without(name);
      return n.substring(n.lastIndexOf(' ') + 1);
    }
  }

  /** The role, country and title lists shared with the compare stage ({@code dev/parallax/lexicon/}). */
  static final class Lexicon {
    final Map<String, String> roles;
    final Map<String, String> countries;
    final Set<String> titles;
    /** Words naming an office or a body ({@code offices.txt}), lower case. */
    final Set<String> offices;
    /** The length of the longest office word. */
    final int longestOffice;
    /** Words that make a name a place or a body ({@code places.txt}), lower case. */
    private final Set<String> places;
    final Pattern roleVerb;
    /**
     * Inversion with a description ending in an office before the name: "said Roe press secretary Jane Doe",
     * "said the Democratic leader of the Senate, John Doe".
     */
    final Pattern verbDescribedName;
    /** Inversion with a role description: "said the president", "said a Foreign Office spokeswoman." */
    final Pattern verbRole;
    /** The last word of any role phrase: a cheap test before the role patterns run. */
    final Pattern roleWord;
    private final Set<String> roleLastWords;
    /** The first word of any role phrase. */
    final Set<String> roleFirstWords;
    private final Pattern roleBefore;
    private final Pattern roleAfter;

    private Lexicon(Map<String, String> roles, Map<String, String> countries, Set<String> titles, Set<String> offices,
        Set<String> places) {
      this.roles = roles;
      this.countries = countries;
      this.titles = titles;
      this.offices = offices;
      this.longestOffice = offices.stream().mapToInt(String::length).max().orElse(0);
      this.places = places;
      List<String> phrases = new ArrayList<>(roles.keySet());
      phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      StringBuilder alt = new StringBuilder();
      for (String p : phrases) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
      }
      String role = "(?:" + alt + ")";
      Set<String> last = new java.util.TreeSet<>();
      for (String p : phrases) {
        last.add(p.substring(p.lastIndexOf(' ') + 1));
      }
      this.roleLastWords = Set.copyOf(last);
      Set<String> first = new java.util.TreeSet<>();
      for (String p : phrases) {
        int sp = p.indexOf(' ');
        first.add(sp < 0 ? p : p.substring(0, sp));
      }
      this.roleFirstWords = Set.copyOf(first);
      this.roleWord = Pattern.compile("(?i)\\b(?:" + String.join("|", last.stream().map(Pattern::quote).toList()) + ")\\b");
      String description = "((?:[Tt]he|[Aa]n?|[A-Z][\\p{L}.]*(?:'s|\u2019s))\\s+(?:[\\p{L}.\\-]+\\s+){0,3}?" + role + ")";
      this.roleVerb = Pattern.compile("(?i:" + description + ")" + AUX + "\\s+" + VERB + "\\b");
      String office = "(?:" + String.join("|", offices.stream().sorted().map(Pattern::quote).toList()) + ")";
      this.verbDescribedName = Pattern.compile(INVERSION_VERB
          + "\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}'\u2019.\\-]+\\s+){0,4}?(?i:" + office + ")"
          + "(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3})?,?\\s+" + NAME
          + "(?=" + CLAUSE_END + "|\\s+\\([^()]{1,12}\\))");
      this.verbRole = Pattern.compile(INVERSION_VERB + "\\s+(?i:" + description + ")(?=" + CLAUSE_END + ")");
      this.roleBefore = Pattern.compile("(?i)(?:([\\p{L}.]+?)(?:'s|\u2019s)?\\s+)?(?:top\\s+)?(" + role + "),?\\s*$");
      this.roleAfter = Pattern.compile("(?i)^,\\s+(?:the\\s+)?(?:([\\p{L}.]+?)(?:'s|\u2019s)?\\s+)?(?:top\\s+)?(" + role + ")\\b");
    }

    static Lexicon load() {
      Map<String, String> roles = new TreeMap<>();
      for (String[] r : tsv("roles.txt")) {
        roles.put(r[0], r[1]);
      }
      Map<String, String> countries = new TreeMap<>();
      for (String[] r : tsv("demonyms.txt")) {
        countries.put(r[0], r[1]);
      }
      List<String> titles = new ArrayList<>();
      for (String[] r : tsv("titles.txt")) {
        titles.add(r[0]);
      }
      Set<String> offices = new java.util.TreeSet<>();
      for (String line : ResourceLines.read("dev/parallax/lexicon/offices.txt")) {
        offices.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
      }
      Set<String> places = new java.util.TreeSet<>();
      for (String line : ResourceLines.read("dev/parallax/lexicon/places.txt")) {
        places.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
      }
      return new Lexicon(Map.copyOf(roles), Map.copyOf(countries), Set.copyOf(titles), Set.copyOf(offices),
          Set.copyOf(places));
    }

    /** Whether {@code name} can be a person's: not in capitals, no place, body or country word in it. */
    boolean personLike(String name) {
      if (name.equals(name.toUpperCase(Locale.ROOT))) {
        return false;
      }
      for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (places.contains(w) || offices.contains(w) || countries.containsKey(w)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code name} names a country, a body or a medium rather than a person: written in capitals
     * ("NATO", "BBC"), made only of country, place and office words ("Russia", "the Kremlin"), or ending in a
     * word media names end in ("Fox News", "The Moscow Times").
     */
    boolean institution(String name) {
      String n = name.strip();
      if (n.length() >= 2 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) {
        return true;
      }
      String[] words = n.toLowerCase(Locale.ROOT).split("\\s+");
      if (MEDIA_WORDS.contains(words[words.length - 1])) {
        return true;
      }
      for (String w : words) {
        String p = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
        if (!p.equals("the") && !countries.containsKey(p) && !offices.contains(p) && !places.contains(p)) {
          return false;
        }
      }
      return true;
    }

    /** {role, country, the words before the role} of a description such as "the top Russian diplomat", or null. */
    String[] describe(String description) {
      String country = "";
      List<String> rest = new ArrayList<>();
      for (String w : description.toLowerCase(Locale.ROOT).split("\\s+")) {
        String p = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
        if (countries.containsKey(p)) {
          country = countries.get(p);
        } else if (!p.equals("the") && !p.equals("a") && !p.equals("an")) {
          rest.add(p);
        }
      }
      for (int from = 0; from < rest.size(); from++) {
        String key = roles.get(String.join(" ", rest.subList(from, rest.size())));
        if (key != null) {
          return new String[] {key, country, String.join(" ", rest.subList(0, from))};
        }
      }
      return null;
    }

    String[] roleBefore(String text) {
      int end = text.length();
      while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
        end--;
      }
      int start = end;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      if (!roleLastWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
        return null;
      }
      Matcher m = roleBefore.matcher(text);
      return m.find() ? roleOf(m) : null;
    }

    String[] roleAfter(String text) {
      if (!text.startsWith(",")) {
        return null;
      }
      Matcher m = roleAfter.matcher(text);
      return m.find() ? roleOf(m) : null;
    }

    private String[] roleOf(Matcher m) {
      String role = roles.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      if (role == null) {
        return null;
      }
      String c = m.group(1) == null ? "" : countries.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), "");
      return new String[] {role, c};
    }

    private static List<String[]> tsv(String name) {
      List<String[]> out = new ArrayList<>();
      for (String line : ResourceLines.read("dev/parallax/lexicon/" + name)) {
        out.add(line.split("\t"));
      }
      return out;
    }

  }
}
