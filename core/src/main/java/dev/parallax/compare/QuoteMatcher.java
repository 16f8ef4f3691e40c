package dev.parallax.compare;

import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.SpeakingSources;
import dev.parallax.internal.WordRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Groups the same quote across outlets and labels each outlet's version.
 *
 * <p>Quotes of at least two words from the outlets' own reporting (not embedded posts) are candidates, but for a
 * term in scare quotes that no one is said to say (the story's name for a thing, see {@link ScareQuotes#term}: "the
 * town's “night parking” ban"); a quoted word is one only when listed with a longer quote of its speaker ("called it
 * “extremely reckless” and “short-sighted”"), and goes with that quote.
 * Two quotes are the same when their speakers do not conflict (after {@link Speakers} resolution), or when two
 * outlets print {@value #MISATTRIBUTED_RUN} words in a row alike, or one prints a whole quote of
 * {@value #CONTAINED_QUOTE_WORDS} words or more inside the other's ({@link #wholeQuoteInside}) (and half the shorter
 * quote, and
 * {@value #MISATTRIBUTED_SHARE} of its content words) and give them to two people (one quote, and each
 * {@link QuoteVariant#speaker()} says whom its outlet names; never two people of one article in a group), and at
 * least {@value #CONTAINMENT} of the content words of the shorter one, and at least two, match words of the
 * other: the same stem, a derivation or spelling variant ({@code nightmare}, {@code nightmarish}), or words
 * of one scale or synonym group ({@code serious}, {@code severe}); a phrase quoted inside an outlet's sentence that a
 * longer quote of the same outlet and speaker prints (its cut of that quote) must match every content word of another
 * outlet's quote of the speaker ("to “sink the harbour patrol”" is no version of "what he says about the harbour
 * patrol"). When either of two outlets' quotes has no
 * speaker, they must also match every content word of the shorter one (at least half as long), or share
 * {@value #UNATTRIBUTED_RUN} words in a row (a name's words not counted, unless the shorter is that short), or the
 * shorter one whole (or one less, with {@value #UNATTRIBUTED_SHARE} of the content words matched): shared words of
 * the story alone would join an unattributed campaign ad to a spokeswoman's reply to it; so must two quotes of one
 * outlet when either has no speaker ("a board member who knows the river" beside the mayor's own "I served on the
 * river board"). Candidate pairs are found through an
 * index on word prefixes, scales and synonym groups, not by comparing every quote with every other. A quote of
 * fewer than two content words and {@value #FEW_WORDED_MIN} words or more ("We have a plan") is the same as a quote
 * that prints its words, whole or in a longer run, when their speakers do not conflict; so is a quote of two words
 * that a person is quoted as saying, when the same person's quote prints them and none of its own outlet's does. Quotes
 * of one speaker that two outlets print in sentences of one passage are the same quote when
 * {@value #REMARK_CONTENT_SHARE} of the content words of what the shorter prints there match the other's in order
 * (matched as above): one statement, reworded by one of them; quotes there that either gives to nobody, when
 * {@value #PASSAGE_PHRASE_SHARE} of the shorter one's do. Two quotes of one speaker that open with the same words, one
 * of substance among them, and then share none ("I don't think there was one" / "I don't think it would have been
 * Strand") are two remarks; so is an outlet's quote in the passage that shares a phrase with another outlet's version
 * when another quote of its outlet prints more of that version, most of the same words among them.
 *
 * <table>
 *   <caption>fidelity of one version, against the versions of other outlets in its group</caption>
 *   <tr><td>no other outlet in the group</td><td>UNIQUE</td></tr>
 *   <tr><td>the same words as another outlet's version, also when one of them prints an article or preposition
 *       outside its quotation marks that the other prints inside ("on a “very large scale”" / "on “a very large
 *       scale”")</td><td>VERBATIM</td></tr>
 *   <tr><td>one of an outlet's consecutive pieces of one speaker's quote (split by "said Jane Doe," or a "He added,"
 *       in the next sentence) that together print another outlet's version word for word</td><td>VERBATIM</td></tr>
 *   <tr><td>a contiguous part of a longer version</td><td>TRUNCATED</td></tr>
 *   <tr><td>the group's best-supported version, of which others are contiguous parts</td><td>VERBATIM</td></tr>
 *   <tr><td>a longer version that prints the best-supported one in full and goes on before or after it (the whole
 *       sentence that another outlet quotes a part of)</td><td>VERBATIM</td></tr>
 *   <tr><td>a version that goes on where another outlet's stops, the same {@value #OVERLAP_MIN_WORDS} or more words
 *       ending one and opening the other</td><td>VERBATIM</td></tr>
 *   <tr><td>otherwise, when it matched another outlet's version directly (by its words, or as the speaker's
 *       quote in the same passage): the words differ; {@link QuoteVariant#reversed() reversed} when a word both
 *       print is negated in one only ({@link Reversal})</td><td>ALTERED</td></tr>
 *   <tr><td>such a version when no version of the group is VERBATIM or TRUNCATED, it is of the one article published
 *       before the others, and it prints more words than each later version: the wording the others depart
 *       from ({@link #readAgainstEarliest})</td><td>VERBATIM</td></tr>
 *   <tr><td>such a version when no version of the group is VERBATIM or TRUNCATED, and each other outlet's version is
 *       a headline's whose words it prints all, in order, being the longest that does: the wording the headlines cut
 *       ({@link #readAgainstFullest})</td><td>VERBATIM</td></tr>
 *   <tr><td>otherwise: joined to the group only through its own outlet's quotes, another sentence of the
 *       statement that no other outlet prints</td><td>UNIQUE</td></tr>
 *   <tr><td>an ALTERED or UNIQUE version that is a contiguous part of a VERBATIM or TRUNCATED version of its own
 *       outlet (a headline's cut of the outlet's quote, {@link #partsOfOwnVersions})</td><td>TRUNCATED</td></tr>
 *   <tr><td>a sentence of an outlet with no quoted version that prints all the words of a version in a row
 *       without quotation marks (a block quote, a statement reprinted); the quoted version it prints is then
 *       VERBATIM too, not UNIQUE</td><td>VERBATIM</td></tr>
 *   <tr><td>such a sentence whose words are all a contiguous part of a version</td><td>TRUNCATED</td></tr>
 *   <tr><td>otherwise, a sentence of an outlet with no quoted version that reports a statement (a verb of saying,
 *       and the speaker named or nobody named before the verb) and carries at least {@value #PARAPHRASE_SHARE} of
 *       the quote's content words (and three) outside quotation marks (a word's inflections and its plain noun or
 *       adverb being the word, another word the stemmer cuts alike not: "responses" is no "responsibly", see
 *       {@link Inflections}), {@value #PARAPHRASE_OWN_WORDS} of them
 *       words the quote writes in lower case and not every outlet uses in its own reporting, unless it says that
 *       a named person other than the speaker said it, its verb of saying is a noun for one who says ("a reporter
 *       who asked"), or the words it shares are one short term both print in a longer sentence ("on social media
 *       platforms", {@link #oneTerm})</td><td>PARAPHRASE</td></tr>
 *   <tr><td>the quoted version such a sentence restates, when no other outlet quotes it: another outlet carries the
 *       remark, so it is not the outlet's alone; it is the words the paraphrase is read against</td><td>VERBATIM</td></tr>
 * </table>
 *
 * <p>Words are compared lower-cased, without punctuation, a title's abbreviation spelt out ("Sen." is
 * "senator") and one word's house spellings as one ("O.K.", "OK" and "okay"; "honour" and "honor"): house style, not
 * an alteration; so are contractions, read spelt out when versions' words are compared ("he's determined" / "he is
 * determined", "don't" / "do not", {@link Contractions}). Stateless and thread-safe.
 */
final class QuoteMatcher {
  static final double CONTAINMENT = 0.6;
  /** Words in a row two quotes must share when either has no speaker. */
  static final int UNATTRIBUTED_RUN = 4;
  /** The share of the shorter quote's content words to match when an unattributed pair has one word less in a row. */
  static final double UNATTRIBUTED_SHARE = 0.7;
  /** Words in a row two quotes of one speaker must share to be one remark, unless most of their words are in order. */
  static final int REMARK_RUN = 3;
  /** The share of the shorter quote's words that two quotes of one speaker must print in order to be one remark. */
  static final double REMARK_SHARE = 0.5;
  /** The share of the shorter quote's content words that two quotes of one speaker in one passage must print in order. */
  static final double REMARK_CONTENT_SHARE = 0.4;
  /** The share of the shorter quote's content words that two quotes in one passage, one unattributed, print in order. */
  static final double PASSAGE_PHRASE_SHARE = 0.7;
  /** The content words two quotes in one passage, one unattributed, must at least print in order. */
  static final int PASSAGE_PHRASE_MIN = 3;
  /** Words two versions must share where one stops and the other goes on, to agree rather than differ. */
  static final int OVERLAP_MIN_WORDS = 4;
  /** The fewest words of a quote of fewer than two content words that another quote must print to be the same quote. */
  static final int FEW_WORDED_MIN = 3;
  static final double PARAPHRASE_SHARE = 0.6;
  private static final int PREFIX = 5;
  private static final int PARAPHRASE_MIN_WORDS = 4;
  /** Words in a row two outlets must print alike for one quote given to two people to be one quote misattributed. */
  static final int MISATTRIBUTED_RUN = 8;
  /** Words of a whole quote that two outlets print alike and give to two speakers, to be one quote. */
  static final int WHOLE_QUOTE_WORDS = 6;
  /** Words of a whole quote that another outlet prints inside a longer quote given to someone else, to be one quote. */
  static final int CONTAINED_QUOTE_WORDS = 6;
  /**
   * Of the shorter quote's content words, the share two quotes given to two people must match: a stock phrase both
   * open with ("I want to thank the men and women of law enforcement") leaves the rest of their words apart.
   */
  static final double MISATTRIBUTED_SHARE = 0.8;
  /** At most this many content words, quoted inside the outlet's own sentence, name or label something. */
  private static final int PHRASE_WORDS = 5;
  /** Of the words a paraphrase shares with the quote, how many must not be words every outlet uses anyway. */
  static final int PARAPHRASE_OWN_WORDS = 2;
  /** At most this many words in a row that a sentence shares with a quote are one term, no paraphrase. */
  static final int TERM_WORDS = 4;
  /** A term is no paraphrase in a sentence of at least this many times its words: the rest says something else. */
  static final int TERM_SHARE = 3;
  /** Words a quote writes in lower case that a sentence capitalising them in a row names rather than paraphrases. */
  static final int NAME_RUN = 3;
  static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with",
      "is", "are", "was", "were", "be", "been", "it", "its", "that", "this", "we", "our", "us", "they", "their",
      "i", "you", "he", "she", "his", "her", "by", "as", "from", "but", "not", "no", "have", "has", "had", "will",
      "would", "there", "which", "who", "so", "do", "doe", "all", "about", "into", "than", "then", "them");

  /**
   * Titles before a name that outlets abbreviate or spell out by house style ("Sen. Reid" / "Senator Reid"): one
   * word for comparing the words of two versions, so the style is no alteration of the quote.
   */
  static final Map<String, String> TITLES = Map.ofEntries(Map.entry("sen", "senator"), Map.entry("sens", "senators"),
      Map.entry("rep", "representative"), Map.entry("reps", "representatives"), Map.entry("gov", "governor"),
      Map.entry("gen", "general"), Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"),
      Map.entry("sgt", "sergeant"), Map.entry("capt", "captain"), Map.entry("cmdr", "commander"),
      Map.entry("adm", "admiral"), Map.entry("prof", "professor"), Map.entry("dr", "doctor"),
      Map.entry("pres", "president"), Map.entry("supt", "superintendent"), Map.entry("mr", "mister"));

  /**
   * Numbers spelt out that outlets write in figures by house style ("five" / "5"): the figure, for comparing the
   * words of two versions.
   */
  static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
      Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
      Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
      Map.entry("twelve", "12"));

  /**
   * One word's spellings by house style ("OK" / "okay", "honour" / "honor"): the form each stands for when the words of
   * two versions are compared, so the style is no alteration of the quote. Periods are left out first ("O.K." is "ok").
   */
  static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("ok", "okay"),
      Map.entry("favour", "favor"), Map.entry("honour", "honor"), Map.entry("labour", "labor"),
      Map.entry("colour", "color"), Map.entry("neighbour", "neighbor"), Map.entry("behaviour", "behavior"),
      Map.entry("harbour", "harbor"), Map.entry("rumour", "rumor"), Map.entry("defence", "defense"),
      Map.entry("offence", "offense"), Map.entry("licence", "license"), Map.entry("centre", "center"),
      Map.entry("theatre", "theater"), Map.entry("programme", "program"), Map.entry("judgement", "judgment"));

  /** The stems of verbs of saying, reporting and promising, as the analyzer stems words ("claimed" as "claim"). */
  static final Set<String> STATEMENT_STEMS = stems("say said says saying tell told tells telling write wrote "
      + "writes writing state stated states add added adds adding note noted notes explain explained reply replied "
      + "respond responded announce announced remark remarked mention mentioned claim claimed accuse accused assert "
      + "asserted insist insisted warn warned allege alleged admit admitted concede conceded boast boasted complain "
      + "complained blame blamed contend contended argue argued maintain maintained declare declared acknowledge "
      + "acknowledged confess confessed urge urged stress stressed emphasize emphasized emphasise emphasised reiterate "
      + "reiterated propose proposed suggest suggested recall recalled promise promised vow vowed pledge pledged deny "
      + "denied tweet tweeted answer answered counter countered predict predicted report reported quote quoted "
      + "confirm confirmed testify testified describe described threaten threatened");

  private static Set<String> stems(String words) {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      out.add(stemmer.stem(w).toString());
    }
    return Set.copyOf(out);
  }

  /** The stem of each spelt-out title, for grouping quotes by their stems as the analyzer stems words. */
  private static final Map<String, String> TITLE_STEMS = titleStems();

  private static Map<String, String> titleStems() {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Map<String, String> out = new HashMap<>();
    TITLES.forEach((abbreviation, word) -> out.put(abbreviation, stemmer.stem(word).toString()));
    return Map.copyOf(out);
  }

  /** The stem of each house spelling, to the stem of the form it stands for ("ok" to "okay"). */
  private static final Map<String, String> SPELLING_STEMS = spellingStems();

  private static Map<String, String> spellingStems() {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Map<String, String> out = new HashMap<>();
    SPELLINGS.forEach((spelling, word) -> out.put(Lexicon.stem(stemmer, spelling), Lexicon.stem(stemmer, word)));
    return Map.copyOf(out);
  }

  private final Lexicon lex;

  QuoteMatcher(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * One quote of one article with what grouping needs; {@code words} are its words as written (what the counts of
   * words read), {@code spelt} the same with contractions spelt out ({@link Contractions}), what two versions' words
   * are compared by; {@code closed} is the spelt words run together without hyphens, for comparing compounds written
   * open, closed or hyphenated ({@link #sameWords}); {@code elided} where in {@code spelt} an ellipsis stands; {@code wording} its words' stems
   * in order without the names the analyzer found in them, for telling one remark from another ({@link #oneRemark});
   * {@code unnamed} its words with each such name's words replaced by a word no other quote has; {@code content} the
   * wording without function words, which many pairs compare.
   */
  private record Item(int index, AnalyzedArticle article, int order, Quote quote, List<String> words,
      List<String> spelt, List<String> stems, String speaker, String source, List<Stem> looked, String closed, boolean hyphenated,
      List<Integer> elided, List<Stem> wording, List<String> unnamed, List<Stem> content, Occasion occasion) {}


  /** A stem with its lexicon entries looked up once, for the many pairs {@link #same} compares it in. */
  private record Stem(String stem, List<int[]> scales, int synonym) {}

  private List<Stem> lookUp(List<String> stems) {
    List<Stem> out = new ArrayList<>(stems.size());
    for (String s : stems) {
      out.add(new Stem(s, lex.scalesOf(s), lex.synonymGroup(s)));
    }
    return out;
  }

  /**
   * The quotes of {@code given}'s articles grouped and labelled. The articles are read in their own order ({@link
   * Inputs#inOwnOrder()}), not as given: joins that may be refused once a group holds a conflicting speaker, and ties
   * (the version others are read against, the speaker most versions name), go to the quote met first, so the same
   * articles in another order get the same groups, speakers and labels. The groups are then listed, and numbered, in
   * order of first appearance in the articles as given (a group's other remarks and denials after it), each group's
   * versions in article order.
   */
  List<QuoteGroup> group(Inputs given) {
    Inputs in = given.inOwnOrder();
    List<List<String>> names = new ArrayList<>();
    for (AnalyzedArticle a : in.main()) {
      List<String> n = new ArrayList<>();
      for (Quote q : a.quotes()) {
        q.speaker().ifPresent(n::add);
      }
      names.add(n);
    }
    Speakers speakers = Speakers.of(names, in.main().stream().map(a -> a.article().text()).toList());
    List<Map<String, List<Integer>>> sentenceWords = new ArrayList<>();
    List<ContentWords> contentWords = new ArrayList<>();
    for (AnalyzedArticle a : in.main()) {
      contentWords.add(new ContentWords(a));
      sentenceWords.add(sentenceWords(a));
    }
    List<Item> items = new ArrayList<>();
    List<int[]> listed = new ArrayList<>(); // a quoted word and the quote of its speaker it is listed with, as items
    for (int o = 0; o < in.main().size(); o++) {
      AnalyzedArticle a = in.main().get(o);
      Map<Integer, Integer> itemOf = new HashMap<>(); // the article's quotes that are items
      List<int[]> words1 = new ArrayList<>(); // its quoted words listed with another quote: item, quote
      for (int qi = 0; qi < a.quotes().size(); qi++) {
        Quote q = a.quotes().get(qi);
        Sentence s = a.sentences().get(q.sentence());
        if (s.role() == SentenceRole.EMBEDDED) {
          continue;
        }
        List<String> words = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<Integer> elided = new ArrayList<>();
        List<String> wording = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        List<Mention> named = namesIn(in, a, q);
        List<String> spelt = new ArrayList<>();
        int previousEnd = -1;
        for (Contractions.Spelt w : spelt(a.sentences().subList(q.sentence(), a.sentences().size()), q)) {
          Token t = w.token();
          if (previousEnd >= 0 && t.start() >= previousEnd && elision(a.article().text(), previousEnd, t.start())) {
            elided.add(spelt.size()); // "we would be remiss ... if we did not": words left out before this one
          }
          previousEnd = t.end();
          spelt.add(w.word());
        }
        for (Token t : tokensIn(a, q)) {
          words.add(wordOf(t));
          String stem = t.isCapitalized() && TITLE_STEMS.containsKey(t.norm()) ? TITLE_STEMS.get(t.norm())
              : ampersand(t) ? "and" : SPELLING_STEMS.getOrDefault(t.lemma(), t.lemma());
          if (!STOP.contains(stem)) {
            stems.add(stem);
          }
          if (!t.isCapitalized() || t.norm().equals("i") || !inside(named, t)) {
            wording.add(stem.toLowerCase(Locale.ROOT)); // a name inside the quote is the story's, not the wording
            unnamed.add(wordOf(t));
          } else {
            unnamed.add("\u0000" + items.size() + ' ' + unnamed.size()); // matches no other quote's word
          }
        }
        int listedWith = words.size() == 1 ? listedWith(a, qi) : -1;
        if (words.size() >= 2 && !ScareQuotes.term(in, sentenceWords, contentWords, a, q, words) || listedWith >= 0) {
          itemOf.put(qi, items.size());
          if (listedWith >= 0) {
            words1.add(new int[] {items.size(), listedWith});
          }
          String closed = closed(spelt);
          String speaker = q.speaker().map(speakers::resolve).orElse("");
          // a body or document as written ("the statement continued") gives a person's words another outlet gives to
          // the person: it conflicts with no speaker, and names the group only when no person does
          boolean source = SpeakingSources.isSource(speaker);
          List<Stem> looked = lookUp(wording);
          items.add(new Item(items.size(), a, o, q, words, List.copyOf(spelt), stems, source ? "" : speaker,
              source ? speaker : "", lookUp(stems), closed, closed.length() < String.join("", spelt).length(),
              List.copyOf(elided), looked, List.copyOf(unnamed), content(looked), Occasion.of(a, q)));
        }
      }
      for (int[] w : words1) {
        Integer with = itemOf.get(w[1]);
        if (with != null) {
          listed.add(new int[] {w[0], with});
        }
      }
    }
    Groups parent = new Groups(items);
    for (int[] l : listed) {
      parent.join(l[0], l[1]); // one word matches no other quote: it goes with the quote it is listed with
    }
    Map<String, List<Integer>> index = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String k : keys(items.get(i).stems())) {
        index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    Set<Item> cuts = phrasesCutFromOwnQuote(items);
    // A key that many quotes share (a common word of the story) proposes nothing, as in the aligner's
    // blocking: the same quote in N outlets shares its rare words N times, and the pairs stay near-linear.
    int maxPosting = Math.max(16, 4 * in.main().size());
    for (List<Integer> posting : index.values()) {
      if (posting.size() > maxPosting) {
        continue;
      }
      for (int x = 0; x < posting.size(); x++) {
        for (int y = x + 1; y < posting.size(); y++) {
          int i = posting.get(x);
          int j = posting.get(y);
          if (tried.add((long) i * items.size() + j) && same(items.get(i), items.get(j), cuts)) {
            parent.join(i, j, speakersDiffer(items.get(i), items.get(j)));
          }
        }
      }
    }
    joinFewWorded(items, parent);
    samePassage(in, items, parent);
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(parent.find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    Set<String> story = storyWords(sentenceWords);
    // each group with where it is listed: its first quote as given, then denials after the rest, other remarks after
    // the versions, each by where it stands as given
    Comparator<Item> asGiven = Comparator.comparingInt((Item it) -> given.order(it.article().id()))
        .thenComparingInt(Item::index);
    record Listed(QuoteGroup group, Item first, int part, Item other) {}
    List<Listed> placed = new ArrayList<>();
    for (List<Item> whole : groups.values()) {
      Item first = Collections.min(whole, asGiven);
      List<Item> denials = denials(whole);
      List<Item> rest = new ArrayList<>(whole);
      rest.removeAll(denials);
      List<List<Item>> parts = denials.isEmpty() ? List.of(whole) : List.of(rest, denials);
      for (int part = 0; part < parts.size(); part++) {
        List<Item> g = parts.get(part);
        List<Item> others = otherRemarks(g);
        List<Item> versions = new ArrayList<>(g);
        versions.removeAll(others);
        placed.add(new Listed(label(in, versions, parent, sentenceWords, contentWords, story), first, part, null));
        for (Item it : others) {
          placed.add(new Listed(label(in, List.of(it), parent, sentenceWords, contentWords, story), first, part, it));
        }
      }
    }
    placed.sort(Comparator.comparing(Listed::first, asGiven).thenComparingInt(Listed::part)
        .thenComparing(Listed::other, Comparator.nullsFirst(asGiven)));
    List<QuoteGroup> out = new ArrayList<>();
    for (Listed l : placed) {
      List<QuoteVariant> variants = new ArrayList<>(l.group().variants());
      variants.sort(Comparator.comparingInt((QuoteVariant v) -> given.order(v.article()))
          .thenComparingInt(QuoteVariant::sentence));
      out.add(new QuoteGroup("q" + (out.size() + 1), l.group().speaker(), variants));
    }
    return out;
  }

  /**
   * The versions of a group that are the speaker's other statement, its opposite: a version that says the opposite of
   * another outlet's version ({@link Reversal}) while its own outlet also prints, in the group, a version it says the
   * opposite of. That outlet quotes both the claim and its denial ("“X isn't Y,” she said, after saying “X is Y”": a
   * walk-back, or a denial of the words put to the speaker), so the two are two statements, not one altered: they
   * are made a quote of their own. A version that says the opposite of another outlet's, its own outlet printing no
   * version the other way, stays in the group, {@code ALTERED} and {@linkplain QuoteVariant#reversed() reversed}; so
   * does one that another outlet prints word for word, whole, in part or overlapping ("not putting people to work",
   * cut from another outlet's "That's not putting people to work"): it is a version of that outlet's statement.
   */
  private static List<Item> denials(List<Item> g) {
    List<Item> out = new ArrayList<>();
    for (Item it : g) {
      if (reversesAnother(it, g) && reversesOwn(it, g) && !printedByAnother(it, g)) {
        out.add(it);
      }
    }
    return out.size() == g.size() ? List.of() : out;
  }

  /** Whether another version of the group from the same article says the opposite of {@code it} ({@link Reversal}). */
  private static boolean reversesOwn(Item it, List<Item> g) {
    List<Token> mine = allTokens(it);
    return g.stream().anyMatch(o -> o != it && o.article() == it.article() && Reversal.of(mine, allTokens(o)));
  }

  /**
   * Whether another article of the group prints {@code it}'s words: the same, within a longer version or holding it,
   * or overlapping it.
   */
  private static boolean printedByAnother(Item it, List<Item> g) {
    return g.stream().anyMatch(o -> o.article() != it.article() && (sameWords(o, it) || containsWords(o, it)
        || containsWords(it, o) || overlaps(it.spelt(), o.spelt())));
  }

  /**
   * Joins a quote of fewer than two content words ("We have a plan", "Do not sail", "I'm not sure.") to each quote
   * that prints its words, the same or within a longer run, when their speakers do not conflict: {@link #same} needs
   * two content words in common, so an outlet's headline and body, or two outlets, quoting the same short sentence
   * were each a unique quote. At least {@value #FEW_WORDED_MIN} words: two ("very sad") are as often the outlet's.
   * When either quote has no speaker, the short one must be {@linkplain #spoken speech}: a phrase quoted inside a
   * sentence ("the old “We the town” of the charter") is as often a name or a document's words as the other
   * quote's. Two words a person is quoted as saying ("he expects “all councillors” to back it") are a cut of a quote
   * the same person is quoted as saying in those words ("all councillors will back it, I think"), unless the outlet
   * prints them in a quote of its own (its headline's cut of its body's quote).
   */
  private static void joinFewWorded(List<Item> items, Groups parent) {
    for (Item few : items) {
      boolean twoWords = twoWordCut(few) && !few.speaker().isEmpty() && !cutOfItsOwn(items, few);
      if (few.stems().size() >= 2 || few.words().size() < FEW_WORDED_MIN && !twoWords) {
        continue;
      }
      for (Item other : items) {
        if (other != few && !speakersDiffer(few, other) && (sameWords(few, other) || containsWords(other, few))
            && (!twoWords || few.speaker().equals(other.speaker()))
            && (!few.speaker().isEmpty() && !other.speaker().isEmpty() || spoken(few))) {
          parent.join(few.index(), other.index());
        }
      }
    }
  }

  /**
   * The {@linkplain #phrase phrases} quoted inside an outlet's sentence whose words a longer quote of the same outlet
   * and speaker prints ("had tried to “sink the harbour patrol”" beside "“… who came to the quay to sink the harbour
   * patrol,” Varga said"): a cut of that quote, which is the statement the phrase stands for.
   */
  private static Set<Item> phrasesCutFromOwnQuote(List<Item> items) {
    Set<Item> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Item it : items) {
      if (phrase(it) && !it.speaker().isEmpty() && cutOfItsOwn(items, it)) {
        out.add(it);
      }
    }
    return out;
  }

  /** Whether a quote is two words, one of them of substance ("all councillors", "stand by"). */
  private static boolean twoWordCut(Item it) {
    return it.words().size() == 2 && it.stems().size() < 2;
  }

  /**
   * Whether another quote of the short quote's article, of its speaker, prints its words: a headline's cut of the
   * outlet's own quote, which says nothing of which other outlet's version it comes from.
   */
  private static boolean cutOfItsOwn(List<Item> items, Item few) {
    for (Item o : items) {
      if (o != few && o.article() == few.article() && o.speaker().equals(few.speaker()) && containsWords(o, few)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of quote {@code q} as a version shows them: without the comma that American style sets inside the closing
   * mark before an attribution ("“We will fight,” she said" shows "We will fight"), which is the outlet's punctuation,
   * not the speaker's. Every other mark stays ("We will fight.", "Why me?"), and the labels are read on the words alone.
   */
  private static String shown(Quote q) {
    String text = q.text().strip();
    String words = text.endsWith(",") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    return words.isEmpty() ? text : words;
  }

  /**
   * Whether a quote is printed as speech: its words end with a sentence's end, a comma or a semicolon inside the marks
   * ("“Do not sail.”", "“Why me!”", "“We have a plan,” she said"), or it is a headline's quote.
   */
  private static boolean spoken(Item it) {
    String text = it.quote().text().strip();
    return !text.isEmpty() && ".!?,;".indexOf(text.charAt(text.length() - 1)) >= 0 || headline(it);
  }

  /**
   * The index of the quote of article {@code a} that quote {@code qi}, a quoted word, is listed with, on the side where
   * the list holds a quote of two words or more: its neighbour, given to the same speaker, with nothing between them
   * but quotation marks, commas, "and", "or" and an article ("describing it as “extremely reckless” and
   * “short-sighted”", "called it “total nonsense” and “propaganda”"), the first of them not ending a sentence; or -1.
   * Such a word is a part of the speaker's longer quote, where a word quoted alone ("an “invasion”"), or only with
   * other single words, is as often the outlet's own.
   */
  private static int listedWith(AnalyzedArticle a, int qi) {
    if (a.quotes().get(qi).speaker().isEmpty()) {
      return -1;
    }
    for (int step = -1; step <= 1; step += 2) {
      for (int k = qi; listed(a, k, k + step); k += step) {
        if (tokensIn(a, a.quotes().get(k + step)).size() >= 2) {
          return qi + step;
        }
      }
    }
    return -1;
  }

  /** Whether quotes {@code i} and {@code j} of article {@code a}, next to each other, are listed together. */
  private static boolean listed(AnalyzedArticle a, int i, int j) {
    List<Quote> quotes = a.quotes();
    if (j < 0 || j >= quotes.size() || !quotes.get(i).speaker().equals(quotes.get(j).speaker())) {
      return false;
    }
    Quote first = quotes.get(Math.min(i, j));
    Quote second = quotes.get(Math.max(i, j));
    String inner = first.text().strip();
    if (inner.isEmpty() || ".!?:;".indexOf(inner.charAt(inner.length() - 1)) >= 0 || second.start() < first.end()) {
      return false;
    }
    String between = a.article().text().substring(first.end(), second.start())
        .replaceAll("[\\s,\"'`\u201C\u201D\u2018\u2019]+", " ").strip().toLowerCase(Locale.ROOT);
    return between.isEmpty() || LIST_WORDS.contains(between);
  }

  /** What may stand between quotes listed together, besides commas and quotation marks. */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "and a", "and an", "or a", "or an");

  /** Whether a token is a quotation mark, opening or closing. */
  static boolean isQuotationMark(Token t) {
    return t.kind() == TokenKind.PUNCTUATION && QUOTATION_MARKS.indexOf(t.text().charAt(0)) >= 0;
  }

  /** Quotation marks, straight, curly and typewriter, opening or closing. */
  static final String QUOTATION_MARKS = "\"'`\u201C\u201D\u2018\u2019";

  /**
   * The quotes of a group that are another remark of their outlet, not a version of the group's quote: a quote whose
   * words no other outlet's version prints (the same words, a part of them, or more of them) that shares
   * {@value #REMARK_RUN} words in a row with another quote of its outlet that is such a version, neither a part of the
   * other, and no longer a run with any other outlet's version ("I keep saying that those parking fees are far too
   * high", as another outlet prints it, then later "you charge fees that are far too high"). The outlet printed the
   * quote as the others did; its second remark in the same words is no alteration of it. An outlet's quote that gives
   * another part of the statement ("I have a question!" beside its "Who pays for all this?", of one longer version)
   * stays a version.
   */
  private static List<Item> otherRemarks(List<Item> g) {
    if (g.size() < 3) {
      return List.of();
    }
    Set<AnalyzedArticle> printVersions = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Item> unmatched = new ArrayList<>();
    for (Item it : g) {
      if (printedByAnother(it, g)) {
        printVersions.add(it.article());
      } else {
        unmatched.add(it);
      }
    }
    List<Item> out = new ArrayList<>();
    for (Item it : unmatched) {
      if (!printVersions.contains(it.article())) {
        continue;
      }
      int withOthers = 0; // the longest run of words it shares with another outlet's version
      for (Item o : g) {
        if (o.article() != it.article()) {
          withOthers = Math.max(withOthers, inOrder(it.wording(), o.wording())[1]);
        }
      }
      for (Item sibling : g) {
        if (sibling.article() == it.article() && sibling != it && !unmatched.contains(sibling)
            && !containsWords(sibling, it) && !containsWords(it, sibling)) {
          int withSibling = inOrder(it.wording(), sibling.wording())[1];
          if (withSibling >= REMARK_RUN && withSibling >= withOthers) {
            out.add(it);
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * The words every outlet uses in its own reporting (outside quotation marks): the story's words ("national
   * emergency" when all cover one), which say nothing about whether a sentence restates a quote.
   */
  private static Set<String> storyWords(List<Map<String, List<Integer>>> sentenceWords) {
    Set<String> story = new HashSet<>();
    if (sentenceWords.size() < 2) {
      return story;
    }
    for (String w : sentenceWords.get(0).keySet()) {
      if (sentenceWords.stream().allMatch(m -> m.containsKey(w))) {
        story.add(w);
      }
    }
    return story;
  }

  /** The group {@code g} labelled, its versions in {@code in}'s order, with no id yet. */
  private QuoteGroup label(Inputs in, List<Item> g, Groups parent,
      List<Map<String, List<Integer>>> sentenceWords, List<ContentWords> contentWords, Set<String> story) {
    Item canonical = null;
    int best = -1;
    for (Item it : g) {
      int support = 0;
      for (Item o : g) {
        if (o.article() != it.article() && (sameWords(o, it) || containsWords(it, o))) {
          support++;
        }
      }
      if (support > best || support == best && it.words().size() > canonical.words().size()) {
        canonical = it;
        best = support;
      }
    }
    List<QuoteVariant> variants = new ArrayList<>();
    Set<String> quoted = new HashSet<>();
    for (Item it : g) {
      quoted.add(it.article().id());
    }
    Set<Item> together = whole(g);
    Set<Item> doubtful = doubtfulSpeakers(g);
    for (Item it : g) {
      Fidelity f;
      boolean others = quoted.size() > 1;
      if (!others) {
        f = Fidelity.UNIQUE;
      } else if (together.contains(it) || g.stream().anyMatch(o -> o.article() != it.article()
          && (sameWords(o, it) || sameAcrossMarks(o, it) || sameAcrossMarks(it, o)))) {
        f = Fidelity.VERBATIM;
      } else if (g.stream().anyMatch(o -> o.article() != it.article() && containsWords(o, it))) {
        f = Fidelity.TRUNCATED;
      } else if (it == canonical && best > 0 || best > 0 && containsWords(it, canonical)
          || g.stream().anyMatch(o -> o.article() != it.article() && overlaps(it.spelt(), o.spelt()))) {
        f = Fidelity.VERBATIM;
      } else if (parent.hasCounterpart(it.index()) && !slogans(g)) {
        f = Fidelity.ALTERED;
      } else {
        // another sentence of the statement, joined through the outlet's own quotes: no other outlet prints it
        f = Fidelity.UNIQUE;
      }
      String given = doubtful.contains(it) ? "" : it.speaker().isEmpty() ? it.source() : it.speaker();
      variants.add(new QuoteVariant(it.article().id(), it.quote().sentence(), shown(it.quote()), f,
          it.quote().citedSource(), given.isEmpty() ? Optional.empty() : Optional.of(given),
          f == Fidelity.ALTERED && reversesAnother(it, g)));
    }
    readAgainstEarliest(g, variants);
    readAgainstFullest(g, variants);
    partsOfOwnVersions(g, variants);
    Map<String, Integer> votes = new LinkedHashMap<>();
    boolean anyPerson = g.stream().anyMatch(it -> !it.speaker().isEmpty() && !bodyName(it.speaker()));
    for (Item it : g) {
      // a person's name outvotes a body's ("House Foreign Affairs Committee" for its chairman's words)
      if (!it.speaker().isEmpty() && !(anyPerson && bodyName(it.speaker())) && !doubtful.contains(it)) {
        votes.merge(it.speaker(), 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      g.stream().map(Item::source).filter(x -> !x.isEmpty()).findFirst().ifPresent(x -> votes.put(x, 1));
    }
    // a tie goes to the speaker whom more versions name in their own sentences ("…,” Mr. Brill said"), over one the
    // analyzer reached through a pronoun or an earlier sentence ("In his statement, he said"); then to the first met,
    // the articles in their own order
    Map<String, Integer> named = new HashMap<>();
    for (Item it : g) {
      if (votes.containsKey(it.speaker()) && namedBeside(it)) {
        named.merge(it.speaker(), 1, Integer::sum);
      }
    }
    String speaker = "";
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (speaker.isEmpty() || e.getValue() > votes.get(speaker) || e.getValue().equals(votes.get(speaker))
          && named.getOrDefault(e.getKey(), 0) > named.getOrDefault(speaker, 0)) {
        speaker = e.getKey();
      }
    }
    // a few words quoted inside the outlet's own sentence ("the “don't ask, don't tell” policy", "called it “deeply
    // troubling”") name or label something: another outlet writing them without marks prints no version of a quote
    boolean phrase = g.stream().allMatch(QuoteMatcher::phrase);
    if (canonical.stems().size() >= PARAPHRASE_MIN_WORDS && !phrase) {
      Set<Integer> reprinted = new HashSet<>(); // the items another outlet prints unmarked
      QuotedWords words = QuotedWords.of(tokensIn(canonical.article(), canonical.quote()));
      List<StemKeys> stems = stemKeys(canonical.article().article().text(), words, story);
      for (int o = 0; o < in.main().size(); o++) {
        AnalyzedArticle a = in.main().get(o);
        if (!quoted.contains(a.id())) {
          int[] shared = sharedWords(a, sentenceWords.get(o), stems);
          Optional<QuoteVariant> version = unmarked(a, contentWords.get(o), shared, g, reprinted);
          (version.isPresent() ? version : paraphrase(a, shared, sentenceWords.get(o), stems, words, speaker))
              .ifPresent(variants::add);
        }
      }
      if (variants.stream().anyMatch(v -> v.fidelity() == Fidelity.PARAPHRASE)) {
        reprinted.add(canonical.index()); // the quoted words another outlet restates are not this outlet's alone
      }
      for (int i = 0; i < g.size(); i++) {
        QuoteVariant v = variants.get(i);
        if (v.fidelity() == Fidelity.UNIQUE && reprinted.contains(g.get(i).index())) {
          // another outlet prints these words without quotation marks: they are no longer this outlet's alone
          variants.set(i, new QuoteVariant(v.article(), v.sentence(), v.text(), Fidelity.VERBATIM, v.citedSource(),
              v.speaker()));
        }
      }
    }
    variants.sort(Comparator.comparingInt((QuoteVariant v) -> in.order(v.article())).thenComparingInt(QuoteVariant::sentence));
    return new QuoteGroup("", speaker, variants);
  }

  /**
   * Whether a group's versions are all a few words that nobody named says, or that its sentence says were chanted,
   * shouted or a slogan ("We want freedom!" / "We are not afraid!", "Freedom! Freedom!"): a crowd's slogans or chants,
   * often translated, that outlets write down each in its own words; one outlet's is no misquote of another's, so none
   * is {@code ALTERED}.
   */
  static boolean slogans(List<Item> g) {
    return g.stream().allMatch(it -> new HashSet<>(it.spelt()).size() <= SLOGAN_WORDS
        && (it.speaker().isEmpty() && it.source().isEmpty() || chanted(it)));
  }

  private static boolean chanted(Item it) {
    return it.article().sentences().get(it.quote().sentence()).tokens().stream()
        .anyMatch(t -> CHANTING.stream().anyMatch(w -> t.norm().startsWith(w)));
  }

  /** The beginnings of words that tell a crowd's chants or slogans ("chanted", "shouting", "slogans"). */
  private static final List<String> CHANTING = List.of("chant", "shout", "yell", "slogan", "scream");

  /** The most different words a slogan or chant has ({@link #slogans}). */
  static final int SLOGAN_WORDS = 5;

  /**
   * When the versions of a group that outlets print differently are all {@code ALTERED}, none agreeing with another
   * outlet's (no majority wording), a version of the one article published before the others that prints more words
   * than every later version is the wording they are read against: {@code VERBATIM}, no longer {@code ALTERED}, so
   * that the outlet that printed the remark first and fuller is not said to alter it (“We have no plan yet for the
   * ferry” in Monday's paper, “We have a plan” in Tuesday's: Tuesday's is altered, and
   * {@linkplain QuoteVariant#reversed() reversed}). An earlier version no longer than a later one is as often the
   * one cut and reworded (a headline's “don't need ferry”): when it is, when an article has no date, or when two
   * articles share the earliest day, nothing says which version departs, and all stay {@code ALTERED}.
   */
  private static void readAgainstEarliest(List<Item> g, List<QuoteVariant> variants) {
    Map<AnalyzedArticle, LocalDate> days = new IdentityHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      Fidelity f = variants.get(i).fidelity();
      if (f == Fidelity.VERBATIM || f == Fidelity.TRUNCATED) {
        return; // outlets agree on a wording: the altered versions depart from it
      }
      Optional<LocalDate> day = g.get(i).article().article().published();
      if (f == Fidelity.ALTERED) {
        if (day.isEmpty()) {
          return;
        }
        days.put(g.get(i).article(), day.get());
      }
    }
    Optional<LocalDate> first = days.values().stream().min(Comparator.naturalOrder());
    if (first.isEmpty() || days.values().stream().filter(first.get()::equals).count() != 1) {
      return;
    }
    int later = 0; // the most words of a version of a later article
    for (int i = 0; i < g.size(); i++) {
      if (variants.get(i).fidelity() == Fidelity.ALTERED && !first.get().equals(days.get(g.get(i).article()))) {
        later = Math.max(later, g.get(i).words().size());
      }
    }
    for (int i = 0; i < g.size(); i++) {
      QuoteVariant v = variants.get(i);
      if (v.fidelity() == Fidelity.ALTERED && first.get().equals(days.get(g.get(i).article()))
          && g.get(i).words().size() > later) {
        variants.set(i, new QuoteVariant(v.article(), v.sentence(), v.text(), Fidelity.VERBATIM, v.citedSource(),
            v.speaker()));
      }
    }
  }

  /**
   * When the versions of a group that outlets print differently are all {@code ALTERED} (or {@code UNIQUE}), none
   * agreeing with another outlet's and none {@linkplain QuoteVariant#reversed() reversed}, and every other outlet's
   * version is a headline's whose words all stand in order in the longest version, that version is the wording they
   * are read against: {@code VERBATIM}, no longer {@code ALTERED}. A headline leaves words out by its style (“don't
   * need ferry pass” of “do not need a ferry pass this winter”); the body that prints them all is not said to alter
   * the headline. Two body versions, one with words more, say nothing of which is the speaker's: both stay
   * {@code ALTERED}.
   */
  private static void readAgainstFullest(List<Item> g, List<QuoteVariant> variants) {
    int fullest = -1;
    for (int i = 0; i < g.size(); i++) {
      Fidelity f = variants.get(i).fidelity();
      if (f != Fidelity.ALTERED && f != Fidelity.UNIQUE || variants.get(i).reversed()) {
        return;
      }
      Item it = g.get(i);
      if (f == Fidelity.UNIQUE) {
        continue; // another sentence of its outlet's, or a cut of one
      }
      boolean printsAll = g.stream().allMatch(o -> o.article() == it.article() || headline(o)
          && o.spelt().size() < it.spelt().size() && inSequence(it.spelt(), o.spelt()));
      if (printsAll && (fullest < 0 || it.spelt().size() > g.get(fullest).spelt().size())) {
        fullest = i;
      }
    }
    if (fullest >= 0) {
      QuoteVariant v = variants.get(fullest);
      variants.set(fullest, new QuoteVariant(v.article(), v.sentence(), v.text(), Fidelity.VERBATIM, v.citedSource(),
          v.speaker()));
    }
  }

  private static boolean headline(Item it) {
    return it.article().sentences().get(it.quote().sentence()).role() == SentenceRole.HEADLINE;
  }

  /** Whether every word of {@code part} stands in {@code whole} in the same order ({@link Contractions}). */
  private static boolean inSequence(List<String> whole, List<String> part) {
    int at = 0;
    for (String w : part) {
      while (at < whole.size() && !Contractions.same(whole.get(at), w)) {
        at++;
      }
      if (at == whole.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  /**
   * A version that is a contiguous part of a version of its own outlet that other outlets print as well ({@code
   * VERBATIM} or {@code TRUNCATED}: a headline's cut of the outlet's own quote, “Insult To The Harbour Board” of “this
   * is an insult to the harbour board”) is {@code TRUNCATED}: the outlet cut the quote it prints in full, neither
   * printing words no other outlet prints ({@code UNIQUE}) nor altering them.
   */
  private static void partsOfOwnVersions(List<Item> g, List<QuoteVariant> variants) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Fidelity f = variants.get(i).fidelity();
      if (f != Fidelity.UNIQUE && f != Fidelity.ALTERED) {
        continue;
      }
      for (int j = 0; j < g.size(); j++) {
        Fidelity whole = variants.get(j).fidelity();
        if (g.get(j).article() == g.get(i).article() && (whole == Fidelity.VERBATIM || whole == Fidelity.TRUNCATED)
            && containsWords(g.get(j), g.get(i))) {
          cuts.add(i);
          break;
        }
      }
    }
    for (int i : cuts) {
      QuoteVariant v = variants.get(i);
      variants.set(i, new QuoteVariant(v.article(), v.sentence(), v.text(), Fidelity.TRUNCATED, v.citedSource(),
          v.speaker()));
    }
  }

  /**
   * The versions of a group whose speaker is in doubt: reached through a pronoun or an earlier sentence (not
   * {@linkplain #namedBeside named beside} the quote), while another outlet's version names a different speaker
   * beside it, of another family name (the report's test for two people). Such a version gets no speaker, so that a
   * report says an outlet gives the words to someone else only
   * when both outlets name their speakers in the quote's own sentences ("…, when he claimed the captain wanted
   * “…”" read as the person named a sentence before is the analyzer's guess, not the outlet's misattribution).
   */
  private static Set<Item> doubtfulSpeakers(List<Item> g) {
    Set<Item> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Item it : g) {
      if (!it.speaker().isEmpty() && !namedBeside(it) && !namedJustBefore(it)
          && g.stream().anyMatch(o -> o.article() != it.article()
          && !o.speaker().isEmpty() && !Speakers.surname(o.speaker()).equals(Speakers.surname(it.speaker()))
          && namedBeside(o))) {
        out.add(it);
      }
    }
    return out;
  }

  /**
   * Whether a version's speaker is written by name (the last word of the name) outside the quotation marks in the
   * sentences the quote starts and ends in, rather than reached through a pronoun or an earlier sentence.
   */
  private static boolean namedBeside(Item it) {
    return namedIn(it, it.quote().sentence());
  }

  /**
   * Whether a version opens its sentence and its speaker is named (the last word of the name) in the sentence before:
   * "Fire chief Nils Aberg vowed action. “We will rebuild,” he said." names its speaker as plainly as the quote's own
   * sentence would, when that sentence has no other capitalised word past its first; a quote inside the outlet's
   * sentence ("…, when he claimed the captain wanted “…”") does not.
   */
  private static boolean namedJustBefore(Item it) {
    Quote q = it.quote();
    int s = q.sentence();
    if (s == 0) {
      return false;
    }
    Sentence own = it.article().sentences().get(s);
    if (own.tokens().stream().anyMatch(t -> t.isContent() && t.end() <= q.start()) || !namedIn(it, s - 1)) {
      return false;
    }
    // and no other name there: "Host Jonas Pirk met chief Aron Dahl. “…,” he said." leaves the analyzer's pick a guess
    Set<String> name = Set.of(it.speaker().split(" "));
    List<Token> before = it.article().sentences().get(s - 1).tokens();
    return before.stream().skip(1).noneMatch(t -> t.isCapitalized() && !name.contains(t.text()));
  }

  /** Whether a version's speaker is named outside its quotation marks in the sentences from {@code from} to its end. */
  private static boolean namedIn(Item it, int from) {
    String[] parts = it.speaker().split(" ");
    String last = parts[parts.length - 1];
    Quote q = it.quote();
    List<Sentence> sentences = it.article().sentences();
    for (int i = from; i < sentences.size() && sentences.get(i).start() <= q.end(); i++) {
      for (Token t : sentences.get(i).tokens()) {
        if ((t.end() <= q.start() || t.start() >= q.end()) && t.text().equals(last)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a version says the opposite of another outlet's quoted version in its group ({@link Reversal}). */
  private static boolean reversesAnother(Item it, List<Item> g) {
    List<Token> mine = allTokens(it);
    return g.stream().anyMatch(o -> o.article() != it.article() && Reversal.of(mine, allTokens(o)));
  }

  /** Every token of a version, punctuation too, from the sentence it opens in. */
  private static List<Token> allTokens(Item it) {
    AnalyzedArticle a = it.article();
    return tokensIn(a.sentences().subList(it.quote().sentence(), a.sentences().size()), it.quote(), t -> true);
  }

  /**
   * The quotes of a group that are pieces of one outlet's version, which together print another outlet's version
   * word for word: consecutive quotes of one speaker, each starting in the sentence where the one before ends or in the
   * next ("“The council finally heard the residents,” said Jane Doe, “and now the work begins.”";
   * "…,” he said. He added, “…”"). The outlet cut nothing: each piece is verbatim, not truncated.
   */
  private static Set<Item> whole(List<Item> g) {
    Map<AnalyzedArticle, List<Item>> byArticle = new IdentityHashMap<>();
    for (Item it : g) {
      byArticle.computeIfAbsent(it.article(), k -> new ArrayList<>()).add(it);
    }
    Set<Item> out = new HashSet<>();
    for (List<Item> pieces : byArticle.values()) {
      if (pieces.size() < 2) {
        continue;
      }
      pieces.sort(Comparator.comparingInt(it -> it.quote().start()));
      for (int i = 0; i < pieces.size(); i++) {
        List<String> words = new ArrayList<>(pieces.get(i).spelt());
        for (int j = i + 1; j < pieces.size() && follows(pieces.get(j - 1), pieces.get(j)); j++) {
          words.addAll(pieces.get(j).spelt());
          for (Item o : g) {
            if (o.article() != pieces.get(i).article() && Contractions.same(o.spelt(), words)) {
              out.addAll(pieces.subList(i, j + 1));
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether quote {@code b} goes on where quote {@code a} of its article stops: one speaker, the same or the next sentence. */
  private static boolean follows(Item a, Item b) {
    List<Sentence> sentences = a.article().sentences();
    int last = a.quote().sentence();
    while (last + 1 < sentences.size() && sentences.get(last + 1).start() < a.quote().end()) {
      last++;
    }
    return a.speaker().equals(b.speaker()) && b.quote().sentence() <= last + 1;
  }

  /**
   * Joins quotes that two outlets print in sentences of one passage, the aligner saying that the sentences report one
   * fact. Quotes of one speaker are one statement reworded ("a dreadful night for the whole town" for "This is a
   * terrible night for our town"), not a second statement, when they are {@linkplain #oneRemark one remark} and
   * {@value #REMARK_CONTENT_SHARE} of the content words (and one) of what the shorter outlet quotes the speaker as
   * saying in the passage, all its pieces in order, match the other's in the same order: two remarks of a speaker on
   * one subject share a phrase ("Tolls of that kind may well be fair, and towns are able to decide those matters" /
   * "Towns are able to make decisions on tolls for bridges and roads"), not most of their words. Quotes that either
   * outlet gives to nobody are one phrase written two ways ("partisan political attack dog" / "partisan attack dog
   * organization") when {@value #PASSAGE_PHRASE_SHARE} of the shorter one's content words (and
   * {@value #PASSAGE_PHRASE_MIN}) match the other's in order.
   */
  private void samePassage(Inputs in, List<Item> items, Groups parent) {
    Map<String, Integer> passageOf = new HashMap<>();
    for (int pi = 0; pi < in.passages().size(); pi++) {
      for (PassageMember m : in.passages().get(pi).members()) {
        for (int si : m.sentences()) {
          passageOf.putIfAbsent(m.article() + '\u0000' + si, pi);
        }
      }
    }
    Map<Integer, List<Integer>> byPassage = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      Integer pi = passageOf.get(it.article().id() + '\u0000' + it.quote().sentence());
      if (pi != null) {
        byPassage.computeIfAbsent(pi, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : byPassage.values()) {
      // what each outlet quotes the speaker as saying in the passage, its pieces in order ("called it “a dreadful
      // night for the whole town” and said “we won't rest until …”")
      Map<String, List<Stem>> said = new HashMap<>();
      for (int i : group) {
        Item it = items.get(i);
        said.computeIfAbsent(it.article().id() + '\u0000' + it.speaker(), k -> new ArrayList<>())
            .addAll(it.content());
      }
      List<int[]> remarks = new ArrayList<>(); // pairs of one speaker's quotes found one remark
      for (int x = 0; x < group.size(); x++) {
        for (int y = x + 1; y < group.size(); y++) {
          Item a = items.get(group.get(x));
          Item b = items.get(group.get(y));
          if (a.article() == b.article()) {
            continue;
          }
          if (a.speaker().isEmpty() || b.speaker().isEmpty()) {
            if (contentInOrder(a.content(), b.content(), PASSAGE_PHRASE_SHARE, PASSAGE_PHRASE_MIN)) {
              parent.join(group.get(x), group.get(y));
            }
          } else if (a.speaker().equals(b.speaker()) && sharesWord(a, b) && !openAlike(a, b)
              && oneRemark(a.wording(), b.wording())
              && contentInOrder(said.get(a.article().id() + '\u0000' + a.speaker()),
                  said.get(b.article().id() + '\u0000' + b.speaker()), REMARK_CONTENT_SHARE, 1)) {
            remarks.add(new int[] {group.get(x), group.get(y)});
          }
        }
      }
      // each quote's partners in those pairs, so a pair is weighed against its own quotes' pairs, not all of them
      Map<Integer, List<Integer>> partners = new HashMap<>();
      for (int[] r : remarks) {
        partners.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        partners.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
      }
      for (int[] r : remarks) {
        if (!outdone(items, partners.get(r[1]), r[0], r[1]) && !outdone(items, partners.get(r[0]), r[1], r[0])) {
          parent.join(r[0], r[1]);
        }
      }
    }
  }

  /**
   * Whether another quote of {@code a}'s outlet, found one remark with {@code b} too, prints more of {@code b}'s words
   * in order and most of the words of {@code b} that {@code a} matches: {@code a} is then another remark that shares a
   * phrase with it ("The police arrived within a minute or two" beside "Within a moment or two, the roof was
   * engulfed", for "Within one minute or two, the whole roof was ablaze"), not a piece of {@code b}. Pieces of one
   * statement, which print different parts of it, stay. {@code partnersOfB} are the quotes found one remark with
   * {@code b}.
   */
  private static boolean outdone(List<Item> items, List<Integer> partnersOfB, int a, int b) {
    Item ia = items.get(a);
    Item ib = items.get(b);
    int score = -1; // read when another quote of a's outlet is one remark with b
    Set<Integer> covered = null;
    for (int other : partnersOfB) {
      if (other == a || items.get(other).article() != ia.article()) {
        continue;
      }
      if (score < 0) {
        score = inOrder(ia.wording(), ib.wording())[0];
        covered = covered(ia, ib);
      }
      Item io = items.get(other);
      if (inOrder(io.wording(), ib.wording())[0] > score) {
        Set<Integer> both = covered(io, ib);
        both.retainAll(covered);
        if (2 * both.size() >= covered.size()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The positions of {@code b}'s content words that match a content word of {@code a}. */
  private static Set<Integer> covered(Item a, Item b) {
    List<Stem> x = a.content();
    List<Stem> y = b.content();
    Set<Integer> out = new HashSet<>();
    for (int j = 0; j < y.size(); j++) {
      for (Stem s : x) {
        if (match(s, y.get(j))) {
          out.add(j);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether at least {@code share} of the shorter list's content words, and {@code min}, match words of the other in
   * the same order.
   */
  private static boolean contentInOrder(List<Stem> x, List<Stem> y, double share, int min) {
    int shorter = Math.min(x.size(), y.size());
    int shared = inOrder(x, y)[0];
    return shorter > 0 && shared >= min && shared >= share * shorter;
  }

  private static List<Stem> content(List<Stem> wording) {
    List<Stem> out = new ArrayList<>(wording.size());
    for (Stem s : wording) {
      if (!STOP.contains(s.stem())) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean sharesWord(Item a, Item b) {
    for (String x : a.stems()) {
      for (String y : b.stems()) {
        if (match(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An index of an article's reporting words outside quotation marks: each word's {@linkplain #wordKey key} to the
   * sentences that use it.
   */
  private static Map<String, List<Integer>> sentenceWords(AnalyzedArticle a) {
    Map<String, List<Integer>> out = new java.util.HashMap<>();
    int q = 0;
    List<Quote> quotes = a.quotes();
    for (Sentence s : a.sentences()) {
      if (!s.isReporting()) {
        continue;
      }
      for (Token t : s.tokens()) {
        while (q < quotes.size() && quotes.get(q).end() <= t.start()) {
          q++;
        }
        boolean quoted = q < quotes.size() && quotes.get(q).start() <= t.start();
        if (t.isContent() && !quoted) {
          post(out, wordKey(t), s.index());
        }
      }
    }
    return out;
  }

  private static void post(Map<String, List<Integer>> index, String key, int sentence) {
    List<Integer> p = index.computeIfAbsent(key, k -> new ArrayList<>(2));
    if (p.isEmpty() || p.get(p.size() - 1) != sentence) {
      p.add(sentence);
    }
  }

  /**
   * For each sentence of an article, how many of the quote's distinct words it uses outside quotation marks, and (in
   * the upper half of each int, shifted by 16) how many of those are words the quote writes in lower case and not
   * every outlet uses anyway (see {@link #stemKeys}): a name or the story's words alone do not make a sentence
   * restate a quote.
   */
  private static int[] sharedWords(AnalyzedArticle a, Map<String, List<Integer>> index, List<StemKeys> stems) {
    int[] shared = new int[a.sentences().size()];
    int[] stamp = new int[a.sentences().size()];
    int k = 0;
    for (StemKeys st : stems) {
      k++;
      for (String key : st.keys()) {
        for (int s : index.getOrDefault(key, List.of())) {
          if (stamp[s] != k) {
            stamp[s] = k;
            shared[s] += st.weight();
          }
        }
      }
    }
    return shared;
  }

  /**
   * One of a quote's distinct words as {@link #sharedWords} looks it up: its {@linkplain #wordKey key} and what it adds
   * to a sentence that uses it: 1, plus {@code 1 << 16} when the quote writes it in lower case and not every outlet
   * uses it anyway; {@code name} when the quote writes it capitalised inside its sentences only, a word of a name
   * ("the National Police of Lindby").
   */
  private record StemKeys(List<String> keys, int weight, boolean name) {}

  /**
   * The quote's distinct words (not {@link #STOP} words) with their index keys, built once per quote rather than once
   * per article.
   */
  private static List<StemKeys> stemKeys(String text, QuotedWords quoted, Set<String> story) {
    Set<String> words = new java.util.TreeSet<>();
    Set<String> lowerCase = new HashSet<>(); // the words the quote writes in lower case
    Set<String> alone = new HashSet<>(); // the words it capitalises where a sentence opens or alone ("on Friday")
    for (int i = 0; i < quoted.tokens().size(); i++) {
      Token t = quoted.tokens().get(i);
      String k = quoted.keys().get(i);
      if (!STOP.contains(k)) {
        words.add(k);
        if (!t.isCapitalized()) {
          lowerCase.add(k);
        } else if (!inLongerName(text, quoted.tokens(), i)) {
          alone.add(k);
        }
      }
    }
    List<StemKeys> out = new ArrayList<>();
    for (String k : words) {
      int own = !story.contains(k) && lowerCase.contains(k) ? 1 << 16 : 0;
      out.add(new StemKeys(List.of(k), 1 + own, !lowerCase.contains(k) && !alone.contains(k)));
    }
    return out;
  }

  /** Words that join the capitalised words of one name: "the Coast Guard of Lindby". */
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and");

  /**
   * Whether word {@code i} of a quote is a word of a name of two or more capitalised words inside a sentence ("the
   * Coast Guard of Lindby"): capitalised, no sentence's first word, next to another such word or one joiner away.
   */
  private static boolean inLongerName(String text, List<Token> quoted, int i) {
    if (!nameWord(text, quoted, i)) {
      return false;
    }
    for (int d = -1; d <= 1; d += 2) {
      int j = i + d;
      if (nameWord(text, quoted, j) || j >= 0 && j < quoted.size() && NAME_JOINERS.contains(quoted.get(j).norm())
          && nameWord(text, quoted, j + d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameWord(String text, List<Token> quoted, int i) {
    return i > 0 && i < quoted.size() && quoted.get(i).isCapitalized() && !quoted.get(i).norm().equals("i")
        && !opensSentence(text, quoted.get(i));
  }

  /**
   * Whether the text before token {@code t}, past blanks and quotation marks, ends a sentence or opens the text; a
   * period after an initial or a short capitalised abbreviation ("Donald J. Trump", "Mr. Doe") ends none.
   */
  private static boolean opensSentence(String text, Token t) {
    int i = t.start();
    while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || "\"'\u201C\u201D\u2018\u2019(".indexOf(text.charAt(i - 1)) >= 0)) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    if (text.charAt(i - 1) == '.') {
      int w = i - 1;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      int letters = i - 1 - w;
      return letters == 0 || letters > 3 || !Character.isUpperCase(text.charAt(w)); // "J.", "Mr.": inside a name
    }
    return "!?:;\u2014\u2013-".indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * The key a word is looked up by when a sentence is read against a quote: its stem for an inflection of the
   * stem's word, a title's or house spelling's stem as the quote's words are compared, and the stem with the
   * derivational ending for another word of the stem ({@link Inflections}): "responses" does not restate
   * "responsibly", though the stemmer cuts both to "respons".
   */
  static String wordKey(Token t) {
    if (ampersand(t)) {
      return "and"; // a symbol, not a word: checked before the words' keys, as the quote's own stems read it
    }
    if (t.kind() != TokenKind.WORD) {
      return t.lemma();
    }
    if (t.isCapitalized() && TITLE_STEMS.containsKey(t.norm())) {
      return TITLE_STEMS.get(t.norm());
    }
    String form = t.norm().indexOf('.') > 0 ? t.norm().replace(".", "") : t.norm();
    String key = Inflections.key(form, t.lemma());
    return key.equals(t.lemma()) ? SPELLING_STEMS.getOrDefault(key, key) : key;
  }

  /**
   * Whether a version is a few words quoted inside the outlet's own sentence (at most {@value #PHRASE_WORDS}), which
   * name or label something: another outlet writing them without marks prints no version of the quote.
   */
  private static boolean phrase(Item it) {
    return it.quote().partial() && it.words().size() <= PHRASE_WORDS;
  }

  /**
   * A sentence of an outlet that prints the quote's words without quotation marks (as a block quote, or a statement
   * reprinted whole): all the words of one of the group's versions in a row, {@code VERBATIM}; or a sentence whose
   * words are all a contiguous part of a version, {@code TRUNCATED}. The same words are no paraphrase, and neither
   * are the words of a {@linkplain #phrase phrase} version, also beside a longer one ("created a “toxic” and hostile
   * work environment" for one outlet's “hostile work environment” and another's “… and created a hostile work
   * environment”): a few words in a row are the story's as often as anyone's.
   */
  private static Optional<QuoteVariant> unmarked(AnalyzedArticle a, ContentWords cache, int[] shared, List<Item> group,
      Set<Integer> matched) {
    for (int i = 0; i < shared.length; i++) {
      if ((shared[i] & 0xFFFF) < PARAPHRASE_MIN_WORDS - 1) {
        continue;
      }
      Sentence s = a.sentences().get(i);
      List<Token> content = cache.speltTokens(i);
      List<String> words = cache.speltWords(i);
      for (Item it : group) {
        if (phrase(it)) {
          continue;
        }
        int at = Contractions.indexOf(words, it.spelt());
        if (at >= 0) {
          matched.add(it.index());
          return Optional.of(new QuoteVariant(a.id(), i, span(s, content.get(at), content.get(at + it.spelt().size() - 1)),
              Fidelity.VERBATIM, Optional.empty()));
        }
        if (cache.words(i).size() >= PARAPHRASE_MIN_WORDS && containsSpelt(it.spelt(), words)) {
          matched.add(it.index());
          return Optional.of(new QuoteVariant(a.id(), i, span(s, content.get(0), content.get(content.size() - 1)),
              Fidelity.TRUNCATED, Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  /** An article's content tokens and their words, sentence by sentence, made when first asked for (one call). */
  static final class ContentWords {
    private final AnalyzedArticle article;
    private final List<List<Token>> tokens;
    private final List<List<String>> words;
    private final List<List<Token>> speltTokens;
    private final List<List<String>> speltWords;

    ContentWords(AnalyzedArticle article) {
      this.article = article;
      this.tokens = new ArrayList<>(Collections.nCopies(article.sentences().size(), null));
      this.words = new ArrayList<>(Collections.nCopies(article.sentences().size(), null));
      this.speltTokens = new ArrayList<>(Collections.nCopies(article.sentences().size(), null));
      this.speltWords = new ArrayList<>(Collections.nCopies(article.sentences().size(), null));
    }

    List<Token> tokens(int sentence) {
      if (tokens.get(sentence) == null) {
        List<Token> content = article.sentences().get(sentence).tokens().stream().filter(QuoteMatcher::isWord).toList();
        tokens.set(sentence, content);
        words.set(sentence, content.stream().map(QuoteMatcher::wordOf).toList());
      }
      return tokens.get(sentence);
    }

    /**
     * The tokens the sentence's words with contractions spelt out are read from, one per word ({@link Contractions}).
     */
    List<Token> speltTokens(int sentence) {
      spell(sentence);
      return speltTokens.get(sentence);
    }

    /** The sentence's words with contractions spelt out ({@link Contractions}). */
    List<String> speltWords(int sentence) {
      spell(sentence);
      return speltWords.get(sentence);
    }

    private void spell(int sentence) {
      if (speltWords.get(sentence) == null) {
        List<Contractions.Spelt> spelt =
            Contractions.words(article.sentences().get(sentence).tokens(), QuoteMatcher::wordOf);
        speltTokens.set(sentence, spelt.stream().map(Contractions.Spelt::token).toList());
        speltWords.set(sentence, spelt.stream().map(Contractions.Spelt::word).toList());
      }
    }

    List<String> words(int sentence) {
      tokens(sentence);
      return words.get(sentence);
    }
  }

  /** The sentence's text from the start of one token to the end of another. */
  private static String span(Sentence s, Token first, Token last) {
    int from = Math.max(0, first.start() - s.start());
    int to = Math.min(s.text().length(), last.end() - s.start());
    return s.text().substring(from, to);
  }

  private Optional<QuoteVariant> paraphrase(AnalyzedArticle a, int[] shared, Map<String, List<Integer>> index,
      List<StemKeys> stems, QuotedWords quoted, String speaker) {
    // a name the quote gives ("the National Police of Lindby") that a sentence leaves out or calls otherwise ("the
    // police") is no word the sentence fails to restate: the sentence may instead restate that share of the quote's
    // other words
    int need = Math.max(3, (int) Math.ceil(PARAPHRASE_SHARE * stems.size()));
    int names = 0;
    int[] namesShared = new int[shared.length];
    for (StemKeys st : stems) {
      if (st.name()) {
        names++;
        for (int s : new HashSet<>(index.getOrDefault(st.keys().get(0), List.of()))) {
          namesShared[s]++;
        }
      }
    }
    Sentence best = null;
    int bestShared = 0;
    for (int i = 0; i < shared.length; i++) {
      int count = shared[i] & 0xFFFF;
      boolean restates = count >= need || names > 0
          && count - namesShared[i] >= Math.max(3, (int) Math.ceil(PARAPHRASE_SHARE * (stems.size() - names)));
      Sentence s = a.sentences().get(i);
      if (restates && count > bestShared && shared[i] >>> 16 >= PARAPHRASE_OWN_WORDS && attributes(a, s, speaker)
          && !saidBySomeoneElse(a, s, speaker) && !oneTerm(s, quoted)) {
        best = s;
        bestShared = count;
      }
    }
    if (best == null || namesTheQuote(best, quoted.tokens())) {
      return Optional.empty();
    }
    return Optional.of(new QuoteVariant(a.id(), best.index(), best.text(), Fidelity.PARAPHRASE, Optional.empty()));
  }

  /**
   * Whether the words a sentence shares with a quote are one term both print: at most {@value #TERM_WORDS} words in one
   * run in each, with only stop words and punctuation between them, in a sentence of at least {@value #TERM_SHARE}
   * times as many words ("on social media platforms" for "in regular touch
   * with social media platforms"; "threats of violence, intimidation, and harassment" for "a spike in harassment,
   * intimidation, and threats of violence"). Such a term is the story's name for a thing, which another outlet's
   * sentence may use about anything else; it is no restatement of the remark. A paraphrase shares words in two places
   * or more, or more words in a row ("said the race didn't turn out as he wanted" for "this didn't turn out the way we
   * wanted"), or makes up much of the sentence ("said its position on Social Security has not changed").
   */
  static boolean oneTerm(Sentence s, QuotedWords quoted) {
    Set<String> shared = new HashSet<>();
    List<Token> tokens = s.tokens();
    int inSentence = oneRun(tokens, i -> wordKey(tokens.get(i)), quoted.termKeys()::contains, shared);
    long words = tokens.stream().filter(QuoteMatcher::termWord).count();
    return inSentence > 0 && inSentence <= TERM_WORDS && words >= (long) TERM_SHARE * inSentence
        && oneRun(quoted.tokens(), quoted.keys()::get, shared::contains, new HashSet<>()) > 0;
  }

  /**
   * A quote's words ({@link #tokensIn}) with the {@linkplain #wordKey key} of each, and the keys of its
   * {@linkplain #termWord term words}: computed once per quote, not again for each sentence it is read against.
   */
  record QuotedWords(List<Token> tokens, List<String> keys, Set<String> termKeys) {
    QuotedWords {
      tokens = List.copyOf(tokens);
      keys = List.copyOf(keys);
      termKeys = Set.copyOf(termKeys);
    }

    /** The words {@code tokens} of a quote with their keys. */
    static QuotedWords of(List<Token> tokens) {
      List<String> keys = new ArrayList<>(tokens.size());
      Set<String> termKeys = new HashSet<>();
      for (Token t : tokens) {
        String k = wordKey(t);
        keys.add(k);
        if (termWord(t)) {
          termKeys.add(k);
        }
      }
      return new QuotedWords(tokens, keys, termKeys);
    }
  }

  /** A word that may be part of a term: a word or number, not a stop word. */
  private static boolean termWord(Token t) {
    return t.isContent() && !STOP.contains(t.norm());
  }

  /**
   * How many of the {@linkplain #termWord term words} of {@code tokens} whose {@linkplain #wordKey key} ({@code keyOf}
   * the token's position) {@code shared} accepts there are when they are one run of adjacent term words (their keys
   * added to {@code keys}); 0 when there are none or they are apart.
   */
  private static int oneRun(List<Token> tokens, IntFunction<String> keyOf, Predicate<String> shared,
      Set<String> keys) {
    int run = 0;
    boolean gap = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (!termWord(tokens.get(i))) {
        continue;
      }
      String k = keyOf.apply(i);
      if (shared.test(k)) {
        if (gap) {
          return 0;
        }
        keys.add(k);
        run++;
      } else if (run > 0) {
        gap = true;
      }
    }
    return run;
  }

  /**
   * Whether a sentence reports a statement, as a paraphrase must: it has a verb of saying ("said", "claimed",
   * "vowed", "according to"), and, when the quote has a speaker, it names the speaker or names nobody before that verb
   * ("he said", "the office said"; not "Gov. Mike Pence, moving to address the firestorm, said" for another man's quote).
   *
   * <p>A hedge is no statement: the outlet reports a claim in its own words ("who allegedly shot", "are reportedly
   * at eight years", "according to reports, ..."). Nor, for a named speaker's quote, is a verb of saying whose subject
   * is an unnamed source ("a source tells the Courier", "sources said"): someone else said it.
   */
  private static boolean attributes(AnalyzedArticle a, Sentence s, String speaker) {
    List<Token> tokens = s.tokens();
    int verb = -1;
    for (int i = 0; i < tokens.size() && verb < 0; i++) {
      Token t = tokens.get(i);
      if (t.norm().equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("to")) {
        int report = reportCredited(tokens, i + 2);
        if (report < 0) {
          verb = i;
        }
        i = Math.max(i, report); // "according to reports": the noun is no verb of saying either
      } else if (!t.isCapitalized() && STATEMENT_STEMS.contains(t.lemma()) && !t.norm().endsWith("edly")
          && !agentNoun(t)) {
        // in lower case: "the United States" says nothing; an adverb ("allegedly", "reportedly") is a hedge
        verb = i;
      }
    }
    if (verb < 0) {
      return false;
    }
    if (speaker.isEmpty()) {
      return true;
    }
    if (unnamedSource(tokens, verb)) {
      return false;
    }
    String surname = Speakers.surname(speaker);
    for (Token t : tokens) {
      if (t.isCapitalized() && Speakers.fold(t.text()).equals(surname)) {
        return true; // "Long, the Senate leader, said" for David Long
      }
    }
    int verbStart = tokens.get(verb).start();
    boolean namedBefore = false;
    for (Mention m : a.mentions()) {
      if (m.sentence() == s.index() && m.kind() == MentionKind.NAME) {
        if (isSpeaker(m.value(), speaker)) {
          return true;
        }
        namedBefore |= m.start() < verbStart;
      }
    }
    return !namedBefore;
  }

  /**
   * Whether a word is a noun for one who does what a verb of saying names, which the stem shares with the verb
   * ("reporter" and "reporters" stem as "report"): "sparred with a reporter who asked ..." reports no statement.
   */
  private static boolean agentNoun(Token t) {
    String w = t.norm();
    return (w.endsWith("er") || w.endsWith("ers")) && !t.lemma().endsWith("er");
  }

  /** Words that say a report, not a person, is the source: "according to (media) reports", "according to a report". */
  private static final Set<String> REPORT_WORDS = Set.of("report", "reports");
  /** Words for a source the sentence does not name: "a source tells", "sources said", "an insider says". */
  private static final Set<String> UNNAMED_SOURCE_WORDS = Set.of("source", "sources", "insider", "insiders");
  /** Words "according to" may put before its source: "according to a report", "according to media reports". */
  private static final int ACCORDING_TO_SPAN = 3;

  /**
   * Where "according to" (its source from token {@code from}) credits a report rather than a person: the index of
   * the word "report(s)", or -1.
   */
  private static int reportCredited(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + ACCORDING_TO_SPAN); i++) {
      if (REPORT_WORDS.contains(tokens.get(i).norm())) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the verb of saying at {@code verb} has an unnamed source for its subject ("a source tells", "sources said"). */
  private static boolean unnamedSource(List<Token> tokens, int verb) {
    // the subject right before the verb, past an auxiliary ("sources have said")
    for (int i = verb - 1; i >= Math.max(0, verb - 2); i--) {
      if (UNNAMED_SOURCE_WORDS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence writes a run of the quote's words, in the quote's order and each capitalised, of which at
   * least {@value #NAME_RUN} are words the quote writes in lower case: it names a slogan or a policy ("Make America
   * Great Again hats", "repealing Don't Ask, Don't Tell") and does not restate the statement. Names the quote itself
   * writes ("the Federal Bureau of Investigation") do not count, nor a title one outlet capitalises ("U.S. Surgeon
   * General" / "the U.S. surgeon general's post").
   */
  static boolean namesTheQuote(Sentence s, List<Token> quoted) {
    List<Token> content = s.tokens().stream().filter(Token::isContent).toList();
    for (int i = 0; i < content.size(); i++) {
      for (int j = 0; j < quoted.size(); j++) {
        int run = 0;
        int lowerInQuote = 0;
        while (i + run < content.size() && j + run < quoted.size()
            && wordOf(content.get(i + run)).equals(wordOf(quoted.get(j + run)))
            && capitalisedOrNoWord(content.get(i + run))) {
          lowerInQuote += capitalisedOrNoWord(quoted.get(j + run)) ? 0 : 1;
          run++;
        }
        if (lowerInQuote >= NAME_RUN) {
          return true;
        }
      }
    }
    return false;
  }

  /** A capitalised word, or a token that does not start with a letter ("'t" of "Don't"). */
  private static boolean capitalisedOrNoWord(Token t) {
    return t.isCapitalized() || t.text().isEmpty() || !Character.isLetter(t.text().codePointAt(0));
  }

  /**
   * Whether the sentence says that a named person other than the quote's speaker said it: a name right before
   * or after a verb of saying ("Mr. Rother said", "said Rother") that is not the speaker and not part of the
   * speaker's description ("AARP" in "an AARP spokeswoman"). Such a sentence reports someone else's words, not
   * the quote in other words.
   */
  private boolean saidBySomeoneElse(AnalyzedArticle a, Sentence s, String speaker) {
    if (speaker.isEmpty()) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (Mention m : a.mentions()) {
      if (m.sentence() != s.index() || m.kind() != MentionKind.NAME) {
        continue;
      }
      int after = 0;
      while (after < tokens.size() && tokens.get(after).start() < m.end()) {
        after++;
      }
      int before = after - 1;
      while (before >= 0 && tokens.get(before).end() > m.start()) {
        before--;
      }
      boolean saying = after < tokens.size() && saying(tokens, after) || before >= 0 && saying(tokens, before);
      if (saying && !isSpeaker(m.value(), speaker)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is the speaker's, or part of the speaker's description ("AARP" in "an AARP spokeswoman"). */
  private static boolean isSpeaker(String name, String speaker) {
    return Speakers.samePerson(name, speaker)
        || (" " + Speakers.fold(speaker) + " ").contains(" " + Speakers.fold(name) + " ");
  }

  private boolean saying(List<Token> tokens, int i) {
    return lex.match(WordList.NEUTRAL_ATTRIBUTION, tokens, i) > 0
        || lex.match(WordList.LOADED_ATTRIBUTION, tokens, i) > 0;
  }

  /** Whether a speaker's name is a body's or a place's: an office or body word in it, or a place word at an end. */
  private boolean bodyName(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (lex.isOfficeWord(w)) {
        return true;
      }
    }
    return lex.isPlaceName(name);
  }

  /** Whether both quotes name a speaker and the two differ. */
  private static boolean speakersDiffer(Item a, Item b) {
    return !a.speaker().isEmpty() && !b.speaker().isEmpty() && !a.speaker().equals(b.speaker());
  }

  /**
   * Whether two outlets' quotes that match as the same words (see {@link #same}: {@value #MISATTRIBUTED_SHARE} of the
   * shorter's content words) and name two people print a long run of them alike: {@value #MISATTRIBUTED_RUN} words
   * in a row, and at least half the shorter quote. One of them (or the analyzer) has the speaker wrong, and the
   * versions are one quote whose variants say whom each outlet names.
   */
  private static boolean misattributed(Item a, Item b) {
    int run = Math.max(MISATTRIBUTED_RUN, Math.min(a.words().size(), b.words().size()) / 2);
    return a.article() != b.article() && WordRuns.sharesRun(a.words(), b.words(), run);
  }

  /**
   * Whether two outlets print the same whole quote of at least {@value #WHOLE_QUOTE_WORDS} words, word for word, and
   * name its speaker differently ("Police said" / "A police spokeswoman said"): one quote. Shorter ones ("We need legal
   * guarantees") are as often two people's words.
   */
  private static boolean sameWholeQuote(Item a, Item b) {
    return a.article() != b.article() && a.words().size() >= WHOLE_QUOTE_WORDS && a.words().equals(b.words());
  }

  /**
   * Whether one outlet prints a whole quote of at least {@value #CONTAINED_QUOTE_WORDS} words word for word inside
   * another outlet's longer quote that names someone else ("We will find out what went wrong," the fire chief said /
   * "We will find out what went wrong, and we will hold those responsible," the mayor said): one quote, given to two
   * people. Shorter runs ("We need legal guarantees") are as often two people's words.
   */
  private static boolean wholeQuoteInside(Item a, Item b) {
    Item shorter = a.words().size() <= b.words().size() ? a : b;
    Item longer = shorter == a ? b : a;
    return a.article() != b.article() && shorter.words().size() >= CONTAINED_QUOTE_WORDS
        && containsWords(longer, shorter);
  }

  /**
   * Whether one outlet gives a quote to a body by its name ("the Lindby Council announced that the rule “does not
   * serve the people”") and another gives the same words, or a longer run of them, to a person ("does not serve the
   * people of Lindby,” Mayor Jane Doe wrote"): the body speaks for the person, and they are one quote. The shorter
   * holds at least {@value #UNATTRIBUTED_RUN} words; a description ("the former mayor") is a person, not a body.
   */
  private boolean bodyForPerson(Item a, Item b) {
    if (a.article() == b.article() || namedBody(a.speaker()) == namedBody(b.speaker())
        || bodyName(a.speaker()) && bodyName(b.speaker())) {
      return false;
    }
    Item shorter = a.words().size() <= b.words().size() ? a : b;
    Item longer = shorter == a ? b : a;
    return shorter.words().size() >= UNATTRIBUTED_RUN && (sameWords(shorter, longer) || containsWords(longer, shorter));
  }

  /** Whether a speaker is a body by its name, every word capitalised ("Harbor Department", "Lindby Town Council"). */
  private boolean namedBody(String speaker) {
    if (!bodyName(speaker)) {
      return false;
    }
    for (String w : speaker.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !w.equals("of") && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }

  private boolean same(Item a, Item b, Set<Item> cuts) {
    boolean twoSpeakers = speakersDiffer(a, b);
    if (twoSpeakers && a.article() == b.article()) {
      return false;
    }
    if (!twoSpeakers && a.article() != b.article() && !a.speaker().isEmpty() && a.speaker().equals(b.speaker())
        && overlaps(a.words(), b.words(), MISATTRIBUTED_RUN)) {
      return true; // two excerpts of one remark, each going on past the words both print on another side
    }
    List<Stem> small = a.stems().size() <= b.stems().size() ? a.looked() : b.looked();
    List<Stem> large = small == a.looked() ? b.looked() : a.looked();
    if (small.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (int k = 0; k < small.size(); k++) {
      if (!enoughShared(shared + small.size() - k, small.size())) {
        return false; // even if every stem left matched
      }
      Stem s = small.get(k);
      for (Stem l : large) {
        if (match(s, l)) {
          shared++;
          break;
        }
      }
    }
    if (!enoughShared(shared, small.size())) {
      return false;
    }
    if (twoSpeakers) {
      return shared >= MISATTRIBUTED_SHARE * small.size()
          && (misattributed(a, b) || sameWholeQuote(a, b) || wholeQuoteInside(a, b) || bodyForPerson(a, b));
    }
    if (a.article() == b.article() && !a.speaker().isEmpty() && !b.speaker().isEmpty()) {
      return true; // one outlet quoting one speaker twice in like words: its headline and body, or a remark repeated
    }
    // A quote one outlet gives to nobody and another quote of the same outlet share the story's words as often as
    // they are one quote ("a board member who knows the river" beside the mayor's own "I served on the river
    // board"): within one article too, they must be the same words, as below for two outlets.
    if (!a.speaker().isEmpty() && !b.speaker().isEmpty()) {
      // one speaker's words on one topic are not yet one remark; a phrase quoted inside the outlet's sentence and cut
      // from a longer quote of its own is the speaker's other statement when a word of it is missing ("to “sink the
      // harbour patrol”", also quoted whole, / "what he says about the harbour patrol"): the longer quote says which
      // statement it is, and the phrase would join unlike statements
      Item shorter = small == a.looked() ? a : b;
      return !openAlike(a, b) && oneRemark(a.wording(), b.wording()) && (shared == small.size() || !cuts.contains(shorter));
    }
    if (shared == small.size() && small.size() * 2 >= large.size()) {
      return true; // every content word of the shorter matched ("serious consequences" / "severe consequences")
    }
    // When either quote has no speaker, shared words of the story are weak evidence ("false or misleading
    // information" against "I have not provided false information"): the quotes must share words in a row.
    // A name in the run is the story's, not the quote's ("the Lindby Seniors Club" opens many remarks of its chief),
    // unless the run is the whole shorter quote ("the Lindby Night Market").
    int shorter = Math.min(a.words().size(), b.words().size());
    List<String> x = shorter <= UNATTRIBUTED_RUN ? a.words() : a.unnamed();
    List<String> y = shorter <= UNATTRIBUTED_RUN ? b.words() : b.unnamed();
    return WordRuns.sharesRun(x, y, Math.min(UNATTRIBUTED_RUN, shorter))
        || shared >= UNATTRIBUTED_SHARE * small.size() && WordRuns.sharesRun(x, y, UNATTRIBUTED_RUN - 1);
  }

  /**
   * The "n" a negated auxiliary leaves of "don't" or "wasn't": a function word, like the "do" and "was" it stands for.
   */
  private static final Set<String> NEGATED_AUXILIARIES = Set.of("don", "didn", "doesn", "isn", "wasn", "aren",
      "weren", "wouldn", "couldn", "shouldn", "haven", "hasn", "hadn");

  /**
   * Whether two quotes open with the same words, one word of substance among them, and then each goes on with words
   * of substance of which the other has none: two remarks that open alike ("I don't think there was one" / "I don't
   * think it would have been Strand"), not one remark reworded ("I don't think it was fair" / "I don't think it's
   * fair"). A quote that ends where the common opening ends is a part of the other, not another remark.
   */
  private static boolean openAlike(Item a, Item b) {
    List<String> x = a.words();
    List<String> y = b.words();
    int k = 0;
    while (k < x.size() && k < y.size() && x.get(k).equals(y.get(k))) {
      k++;
    }
    if (k < 2 || substance(x.subList(0, k)).size() != 1) {
      return false;
    }
    List<String> restX = substance(x.subList(k, x.size()));
    List<String> restY = substance(y.subList(k, y.size()));
    if (restX.isEmpty() || restY.isEmpty()) {
      return false;
    }
    for (String u : restX) {
      for (String v : restY) {
        if (sameForm(u, v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The words of substance: not function words, nor the "don" of "don't". */
  private static List<String> substance(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!STOP.contains(lower) && !NEGATED_AUXILIARIES.contains(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  /**
   * Whether two quotes of one speaker, as their words without the names in them, are one remark: they share
   * {@value #REMARK_RUN} words in a row (one of them not a function word), or at least {@value #REMARK_SHARE} of the
   * shorter's words (and two) in the same order, words matched as in {@link #same}. Two different remarks on one topic
   * share its words, not their order ("the club's view on town pensions has not changed" / "we will keep fighting for
   * town pensions"; "far from settled" / "a settled habit of the council"); a remark reworded keeps most of them
   * ("guard its savings" / "protect its savings", "I have a question" / "I got a question"). Quadratic in the
   * quotes' lengths, for pairs that matched already.
   */
  private static boolean oneRemark(List<Stem> a, List<Stem> b) {
    int[] shared = inOrder(a, b);
    return shared[1] >= REMARK_RUN || shared[0] >= 2 && shared[0] >= REMARK_SHARE * Math.min(a.size(), b.size());
  }

  /**
   * How many words of {@code a} and {@code b} match in the same order (their longest common subsequence), and the
   * longest run of them in a row that holds a word not of {@code STOP}: two rows of the dynamic programme.
   */
  private static int[] inOrder(List<Stem> a, List<Stem> b) {
    int m = b.size();
    int[] inOrder = new int[m + 1];
    int[] run = new int[m + 1];
    int[] content = new int[m + 1];
    int[] nextInOrder = new int[m + 1];
    int[] nextRun = new int[m + 1];
    int[] nextContent = new int[m + 1];
    int longest = 0;
    for (Stem x : a) {
      boolean isContent = !STOP.contains(x.stem());
      for (int j = 1; j <= m; j++) {
        if (match(x, b.get(j - 1))) {
          nextInOrder[j] = inOrder[j - 1] + 1;
          nextRun[j] = run[j - 1] + 1;
          nextContent[j] = content[j - 1] + (isContent ? 1 : 0);
          if (nextContent[j] > 0) {
            longest = Math.max(longest, nextRun[j]);
          }
        } else {
          nextInOrder[j] = Math.max(inOrder[j], nextInOrder[j - 1]);
          nextRun[j] = 0;
          nextContent[j] = 0;
        }
      }
      int[] t = inOrder;
      inOrder = nextInOrder;
      nextInOrder = t;
      t = run;
      run = nextRun;
      nextRun = t;
      t = content;
      content = nextContent;
      nextContent = t;
    }
    return new int[] {inOrder[m], longest};
  }

  /**
   * Whether one version goes on where the other stops, both printing the same words where they meet: at least
   * {@value #OVERLAP_MIN_WORDS} words that end one and open the other ("It's always been bipartisan. We need to keep
   * it that way." / "We need to keep it that way. We want it that way.").
   */
  static boolean overlaps(List<String> a, List<String> b) {
    return overlaps(a, b, OVERLAP_MIN_WORDS);
  }

  /**
   * Whether at least {@code minWords} words, fewer than either version has, end one version and open the other.
   * With {@value #MISATTRIBUTED_RUN}: two outlets' excerpts of one remark that overlap, one going on before the
   * shared words and the other after them ("…the one thing you never do is start a price war with the harbour
   * traders" / "…you never do is start a price war with the harbour traders, because every mayor who tried it
   * lost"), where neither holds the other and the words each adds leave too few of them shared to match otherwise.
   */
  private static boolean overlaps(List<String> a, List<String> b, int minWords) {
    return endsWithStartOf(a, b, minWords) || endsWithStartOf(b, a, minWords);
  }

  /**
   * Whether a suffix of {@code a} of at least {@code minWords} words, shorter than both, is a prefix of
   * {@code b}: rolling hashes of the suffixes and prefixes, each candidate checked word for word (linear but for
   * hash collisions).
   */
  private static boolean endsWithStartOf(List<String> a, List<String> b, int minWords) {
    int max = Math.min(a.size(), b.size()) - 1;
    long prefix = 0;
    long suffix = 0;
    long power = 1;
    for (int k = 1; k <= max; k++) {
      prefix = prefix * 31 + Contractions.hash(b.get(k - 1));
      suffix = suffix + Contractions.hash(a.get(a.size() - k)) * power;
      power *= 31;
      if (k >= minWords && prefix == suffix && Contractions.same(a.subList(a.size() - k, a.size()), b.subList(0, k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code shared} of the shorter quote's {@code size} stems make two quotes the same words. */
  private static boolean enoughShared(int shared, int size) {
    return shared >= 2 && shared >= CONTAINMENT * size;
  }

  private boolean match(String a, String b) {
    return sameForm(a, b) || lex.sameScale(a, b) || lex.synonyms(a, b);
  }

  /** {@link #match(String, String)} on stems whose lexicon entries are looked up already. */
  private static boolean match(Stem a, Stem b) {
    return sameForm(a.stem(), b.stem()) || Lexicon.scaleStep(a.scales(), b.scales()) != 0
        || a.synonym() >= 0 && a.synonym() == b.synonym();
  }

  /** The same stem, or one that differs from it at most in its last letter past a common 5-letter start. */
  private static boolean sameForm(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() >= PREFIX && b.length() >= PREFIX && a.regionMatches(0, b, 0, PREFIX)) {
      int p = 0;
      while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
        p++;
      }
      return p >= Math.min(a.length(), b.length()) - 1;
    }
    return false;
  }

  private List<String> keys(List<String> stems) {
    Set<String> out = new java.util.TreeSet<>();
    for (String s : stems) {
      out.add("p:" + prefix(s));
      for (int id : lex.scaleIds(s)) {
        out.add("s:" + id);
      }
      int syn = lex.synonymGroup(s);
      if (syn >= 0) {
        out.add("y:" + syn);
      }
    }
    return List.copyOf(out);
  }

  private static String prefix(String s) {
    return s.length() <= PREFIX ? s : s.substring(0, PREFIX);
  }

  /**
   * Whether two versions have the same words, a compound written open, closed or hyphenated by house style being one
   * word ("work force" / "workforce", "state-funded" / "state funded").
   */
  private static boolean sameWords(Item a, Item b) {
    return Contractions.same(a.spelt(), b.spelt()) || a.closed().equals(b.closed());
  }

  /** Function words an outlet may print on either side of a quotation mark ("on a “very large scale”"). */
  private static final Set<String> MOVABLE = Set.of("a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by",
      "from", "and", "or", "that");
  /** The most function words moved across each of a quote's marks. */
  private static final int MOVED = 2;

  /**
   * Whether {@code part}'s words, with some of the function words its sentence prints right outside its quotation marks
   * (at most {@value #MOVED} on each side), are {@code whole}'s words: one outlet moved an article or a preposition
   * across a mark ("released on a “very, very large scale”" / "released on “a very, very large scale”"), and neither
   * left out a word of the quote.
   */
  private static boolean sameAcrossMarks(Item whole, Item part) {
    int extra = whole.spelt().size() - part.spelt().size();
    if (extra <= 0 || extra > 2 * MOVED) {
      return false;
    }
    List<String> before = outside(part, true);
    List<String> after = outside(part, false);
    for (int i = 0; i <= Math.min(extra, before.size()); i++) {
      int j = extra - i;
      if (j > after.size()) {
        continue;
      }
      List<String> words = new ArrayList<>(before.subList(before.size() - i, before.size()));
      words.addAll(part.spelt());
      words.addAll(after.subList(0, j));
      if (Contractions.same(words, whole.spelt())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@link #MOVABLE} function words, at most {@value #MOVED}, that a quote's sentence prints right before its
   * opening mark ({@code before}) or right after its closing one, in text order.
   */
  private static List<String> outside(Item it, boolean before) {
    Quote q = it.quote();
    List<Sentence> sentences = it.article().sentences();
    int si = q.sentence();
    while (!before && si + 1 < sentences.size() && sentences.get(si + 1).start() < q.end()) {
      si++; // the sentence the quote ends in
    }
    List<Token> tokens = sentences.get(si).tokens();
    List<String> out = new ArrayList<>(MOVED);
    int step = before ? -1 : 1;
    int k = 0;
    while (k < tokens.size() && tokens.get(k).start() < (before ? q.start() : q.end())) {
      k++;
    }
    k = before ? k - 1 : k;
    if (k >= 0 && k < tokens.size() && isQuotationMark(tokens.get(k))) {
      k += step;
    }
    for (; k >= 0 && k < tokens.size() && out.size() < MOVED && MOVABLE.contains(tokens.get(k).norm()); k += step) {
      out.add(before ? 0 : out.size(), tokens.get(k).norm());
    }
    return out;
  }

  /**
   * Whether {@code part} is a shorter contiguous run of {@code whole}, hyphenated words read as open ones; or, when
   * {@code part} marks words left out with an ellipsis, whether each of its pieces is such a run, in order.
   */
  private static boolean containsWords(Item whole, Item part) {
    if (containsSpelt(whole.spelt(), part.spelt())
        || !part.elided().isEmpty() && containsPieces(whole.spelt(), part)) {
      return true;
    }
    if (!whole.hyphenated() && !part.hyphenated()) {
      return false;
    }
    String w = " " + String.join(" ", whole.spelt()).replace('-', ' ') + " ";
    String p = " " + String.join(" ", part.spelt()).replace('-', ' ') + " ";
    return p.length() < w.length() && w.contains(p);
  }

  private static String closed(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) != '-') {
          sb.append(w.charAt(i));
        }
      }
    }
    return sb.toString();
  }

  /** Whether the pieces of {@code part} between its ellipses are runs of {@code whole} in order, with words between. */
  private static boolean containsPieces(List<String> whole, Item part) {
    if (part.spelt().size() >= whole.size()) {
      return false;
    }
    int from = 0;
    int start = 0;
    List<Integer> ends = new ArrayList<>(part.elided());
    ends.add(part.spelt().size());
    for (int end : ends) {
      List<String> piece = part.spelt().subList(start, end);
      int at = Contractions.indexOf(whole.subList(from, whole.size()), piece);
      if (at < 0 || start > 0 && at == 0) {
        return false; // missing, or nothing was left out where the ellipsis stands
      }
      from += at + piece.size();
      start = end;
    }
    return true;
  }

  /** The names the analyzer found in the sentences a quote stands in. */
  private static List<Mention> namesIn(Inputs in, AnalyzedArticle a, Quote q) {
    List<Mention> out = new ArrayList<>();
    for (int s = q.sentence(); s < a.sentences().size() && a.sentences().get(s).start() < q.end(); s++) {
      for (Mention m : in.mentionsIn(a.id(), s)) {
        if (m.kind() == MentionKind.NAME && m.end() > q.start() && m.start() < q.end()) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** Whether a token stands inside one of the mentions. */
  private static boolean inside(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an ellipsis ("...", "…") stands in {@code text} between {@code from} and {@code to}. */
  private static boolean elision(String text, int from, int to) {
    String between = text.substring(from, Math.max(from, to));
    return between.contains("...") || between.indexOf('\u2026') >= 0 || between.contains(". . .");
  }

  /** Whether spelt words {@code part} are a strictly shorter contiguous run of {@code whole} ({@link Contractions}). */
  private static boolean containsSpelt(List<String> whole, List<String> part) {
    return part.size() < whole.size() && Contractions.indexOf(whole, part) >= 0;
  }

  /**
   * A token's word for comparing versions: its normal form, a capitalised title's abbreviation spelt out, an ampersand
   * as "and" ("green space & clean water" is "green space and clean water" in another house style), a word written
   * with periods without them and a house spelling as the form it stands for ("O.K." and "OK" are "okay").
   */
  static String wordOf(Token t) {
    if (t.isCapitalized() && TITLES.containsKey(t.norm())) {
      return TITLES.get(t.norm());
    }
    if (ampersand(t)) {
      return "and";
    }
    if (percent(t)) {
      return "percent";
    }
    String word = t.kind() == TokenKind.WORD && t.norm().indexOf('.') > 0 ? t.norm().replace(".", "") : t.norm();
    if (t.isCapitalized() && MonthNames.OF_ABBREVIATION.containsKey(word) && !MonthNames.ALSO_NAMES.contains(word)) {
      // a month as outlets abbreviate it before a day ("Aug. 31" / "August 31"): a transcription of the same words
      return MonthNames.OF_ABBREVIATION.get(word);
    }
    return SPELLINGS.getOrDefault(word, NUMBER_WORDS.getOrDefault(word, word));
  }

  /** Whether a token is a word of a version: a word, a number, an ampersand written for "and" or "%" for "percent". */
  private static boolean isWord(Token t) {
    return t.isContent() || ampersand(t) || percent(t);
  }

  static boolean percent(Token t) {
    return t.text().equals("%");
  }

  private static boolean ampersand(Token t) {
    return t.text().equals("&");
  }

  /**
   * The words of a version in quote {@code q}, read in {@code sentences} as {@link #wordOf} writes them, contractions
   * spelt out ({@link Contractions}: "he's" is "he is").
   */
  private static List<Contractions.Spelt> spelt(List<Sentence> sentences, Quote q) {
    return Contractions.words(tokensIn(sentences, q, t -> isWord(t) || Contractions.clitic(t)), QuoteMatcher::wordOf);
  }

  /** The words of a version in quote {@code q} of article {@code a} ({@link #isWord}), from the sentence it opens in. */
  static List<Token> tokensIn(AnalyzedArticle a, Quote q) {
    return tokensIn(a.sentences().subList(q.sentence(), a.sentences().size()), q, QuoteMatcher::isWord);
  }

  /**
   * The tokens inside quote {@code q} that {@code keep} keeps, read in {@code sentences} while they start before the
   * quote ends (its sentences from the one it opens in, or one of them for the part of the quote that sentence holds).
   */
  static List<Token> tokensIn(List<Sentence> sentences, Quote q, Predicate<Token> keep) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.start() >= q.end()) {
        break;
      }
      for (Token t : s.tokens()) {
        if (keep.test(t) && t.start() >= q.start() && t.end() <= q.end()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * The groups of quotes found so far (union-find), each with its speaker: two groups of different speakers
   * are never joined, also not through a quote without one that matches both (an outlet's unattributed
   * fragment that both a politician's statement and his critic's letter quote).
   */
  private static final class Groups {
    private final int[] parent;
    private final String[] speaker;
    private final List<Item> items;
    private final boolean[] counterpart;
    private final List<List<Occasion>> occasions; // by root: the occasions its versions name

    Groups(List<Item> items) {
      this.items = items;
      parent = new int[items.size()];
      speaker = new String[items.size()];
      counterpart = new boolean[items.size()];
      occasions = new ArrayList<>(items.size());
      List<Occasion> linked = Occasion.linked(items.stream().map(Item::occasion).toList());
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        speaker[i] = items.get(i).speaker();
        Occasion o = linked.get(i);
        occasions.add(o.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(o)));
      }
    }

    /** Whether a version of one group names an occasion another version of the other names differently. */
    private boolean twoOccasions(int ra, int rb) {
      for (Occasion x : occasions.get(ra)) {
        for (Occasion y : occasions.get(rb)) {
          if (x.conflicts(y)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether quote {@code i} matched a quote of another outlet directly, not only through its own outlet's. */
    boolean hasCounterpart(int i) {
      return counterpart[i];
    }

    /** Whether an article has quotes in both groups that name two people (a scan: such joins are rare). */
    private boolean oneArticleTwoSpeakers(int ra, int rb) {
      Map<Integer, Set<String>> named = new HashMap<>();
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        int r = find(k);
        if ((r == ra || r == rb) && !it.speaker().isEmpty()) {
          named.computeIfAbsent(it.order(), x -> new HashSet<>()).add(it.speaker());
        }
      }
      return named.values().stream().anyMatch(names -> names.size() > 1);
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void join(int a, int b) {
      join(a, b, false);
    }

    /**
     * Joins the groups of {@code a} and {@code b}; two groups of two speakers only when {@code evenIfSpeakersDiffer},
     * and never so that one article gives the group's words to two people, nor when their versions name two
     * occasions ({@link Occasion}: told to two media, or said on two days), which are two remarks.
     */
    void join(int a, int b, boolean evenIfSpeakersDiffer) {
      int ra = find(a);
      int rb = find(b);
      boolean differ = !speaker[ra].isEmpty() && !speaker[rb].isEmpty() && !speaker[ra].equals(speaker[rb]);
      if (ra != rb && differ && (!evenIfSpeakersDiffer || oneArticleTwoSpeakers(ra, rb))) {
        return;
      }
      if (ra != rb && twoOccasions(ra, rb)) {
        return;
      }
      if (items.get(a).order() != items.get(b).order()) {
        counterpart[a] = true;
        counterpart[b] = true;
      }
      if (ra == rb) {
        return;
      }
      int root = Math.min(ra, rb);
      speaker[root] = speaker[ra].isEmpty() ? speaker[rb] : speaker[ra];
      occasions.get(root).addAll(occasions.get(Math.max(ra, rb)));
      parent[Math.max(ra, rb)] = root;
    }
  }
}
