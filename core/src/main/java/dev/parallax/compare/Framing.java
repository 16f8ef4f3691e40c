package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.QuotedTerms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the framing cues of an article and sums them up per kind.
 *
 * <p>Cues come from the outlet's own words: its headline, bullets and body, never embedded content, and
 * never the words of a quotation, whoever it is credited to. A word a source said is the source's, however short
 * the quote: "the campaign called the report “baseless”" and "the minister said the fleet was “irresponsibly”
 * expanding" give the outlet no loaded word, and are not counted at all (the quote itself is in the report's quotes).
 * The one exception is the outlet's own choice of words in quotation marks:
 *
 * <ul>
 *   <li>a <b>scare quote</b>: one to three quoted words inside the outlet's sentence that the article
 *       credits to no speaker or source (RT's {@code an “invasion” of its neighbor}) is a {@link FramingKind#SCARE_QUOTE},
 *       and its words are scanned for loaded, distancing and intensifying words too; quoted words are no scare quote
 *       where the sentence or the next gives them to someone, or where they are a title, a name or a word mentioned
 *       as a word (see {@link #isScareQuote}).
 * </ul>
 *
 * <table>
 *   <caption>cue kinds (word lists under {@code dev/parallax/lexicon/})</caption>
 *   <tr><th>words</th><th>kind</th></tr>
 *   <tr><td>{@code claimed}, {@code accused}, {@code insisted}, {@code alleged that}</td><td>ATTRIBUTION</td></tr>
 *   <tr><td>{@code alleged}, {@code purported}, {@code so-called}</td><td>DISTANCING</td></tr>
 *   <tr><td>{@code may}, {@code reportedly} (not the month {@code May 31})</td><td>HEDGE</td></tr>
 *   <tr><td>{@code clearly}, {@code undoubtedly}</td><td>CERTAINTY</td></tr>
 *   <tr><td>{@code irresponsibly}, {@code unilateral annexation}, {@code Kremlin-backed}</td><td>LOADED</td></tr>
 *   <tr><td>{@code strongly}, {@code massive}</td><td>INTENSIFIER</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe; the word lists are loaded once.
 *
 * <pre>{@code
 * FramingSummary rt = Framing.standard().summarize(analyzedArticle);
 * }</pre>
 */
public final class Framing {
  private static final int SHORT_QUOTE_WORDS = 3;
  private static final int EXAMPLES = 3;
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "such");
  private static final Framing STANDARD = new Framing(Lexicon.standard());

  private final Lexicon lex;

  private Framing(Lexicon lex) {
    this.lex = lex;
  }

  /** Framing with the shipped word lists. */
  public static Framing standard() {
    return STANDARD;
  }

  /** The framing cues of {@code article}, in order of position. */
  public List<FramingCue> cues(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    List<FramingCue> out = new ArrayList<>();
    List<Quote> quotes = article.quotes();
    int firstOpen = 0;   // quotes are in text order and do not overlap: sweep them along the sentences
    for (Sentence s : article.sentences()) {
      while (firstOpen < quotes.size() && quotes.get(firstOpen).end() <= s.start()) {
        firstOpen++;
      }
      List<Quote> inSentence = new ArrayList<>();
      for (int qi = firstOpen; qi < quotes.size() && quotes.get(qi).start() < s.end(); qi++) {
        inSentence.add(quotes.get(qi));
      }
      if (!s.isReporting()) {
        continue;
      }
      List<Quote> scareQuotes = new ArrayList<>();   // the only quoted words that are the outlet's own
      for (Quote q : inSentence) {
        if (q.sentence() == s.index() && isScareQuote(article, q, s)
            && !(s.role() == SentenceRole.HEADLINE && spokenInTheBody(article, q, s))) {
          scareQuotes.add(q);
          int start = Math.max(s.start(), q.start() - 1);
          int end = Math.min(s.end(), q.end() + 1);
          out.add(new FramingCue(article.id(), FramingKind.SCARE_QUOTE,
              withoutClosingPunctuation(article.article().text().substring(start, end)), s.index(), start, end));
        }
      }
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Quote q = quoteAt(inSentence, t.get(i).start());
        boolean scareQuote = q != null && scareQuotes.contains(q);
        if (q != null && !scareQuote || !lex.mayMatch(t.get(i))) {
          continue;
        }
        int n = 0;
        FramingKind kind = null;
        for (WordList list : scareQuote ? SCARE_QUOTE_LISTS : LISTS) {
          n = lex.match(list, t, i);
          if (n > 0 && list == WordList.LOADED_ATTRIBUTION && i > 0 && DETERMINERS.contains(t.get(i - 1).norm())) {
            n = 0; // a noun: "the claim"
          }
          if (n > 0 && list == WordList.HEDGE && WordSense.notHedge(t, i)) {
            n = 0; // "as soon as possible"
          }
          if (n > 0 && WordSense.notSaying(t, i)) {
            n = 0; // "jobless claims fell", "claimed hundreds of lives"
          }
          if (n > 0 && list == WordList.INTENSIFIER && WordSense.gradesAnIllness(t, i)) {
            n = 0; // "at high risk of severe disease": a medical category, not the outlet's emphasis
          }
          if (n > 0 && list == WordList.DISTANCING && WordSense.expected(t, i)) {
            n = 0; // "the ferry was supposed to leave at noon": a schedule, not a doubt
          }
          if (n > 0 && list == WordList.DISTANCING && WordSense.namesATermOfArt(t, i)) {
            n = 0; // "the so-called delta variant": a term introduced, not a doubt
          }
          if (n > 0 && list == WordList.LOADED && WordSense.designated(t, i)) {
            n = 0; // "a Foreign Terrorist Organization": a designation, not the outlet's judgment
          }
          if (n > 0 && list == WordList.LOADED && WordSense.literal(t, i)) {
            n = 0; // "toxic smoke": a property of a substance, not the outlet's judgment
          }
          if (n > 0 && list == WordList.CERTAINTY && WordSense.partOfAName(t, i)) {
            n = 0; // "said Indeed economist Jane Doe": a company's name
          }
          if (n > 0) {
            kind = kindOf(list, t, i);
            break;
          }
        }
        if (kind == null || isMonth(t, i)) {
          continue;
        }
        Token first = t.get(i);
        Token last = t.get(i + n - 1);
        out.add(new FramingCue(article.id(), kind, article.article().text().substring(first.start(), last.end()),
            s.index(), first.start(), last.end()));
        i += n - 1;
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));
    return out;
  }

  /** The framing cues of {@code article} counted by kind. */
  public FramingSummary summarize(AnalyzedArticle article) {
    return summarize(cues(article), words(article));
  }

  /**
   * Counts {@code cues} by kind, per thousand of {@code words}.
   *
   * <table>
   *   <caption>edge cases</caption>
   *   <tr><td>no cues</td><td>no counts</td></tr>
   *   <tr><td>{@code words == 0}</td><td>{@code perThousandWords} 0</td></tr>
   * </table>
   */
  public static FramingSummary summarize(List<FramingCue> cues, int words) {
    Objects.requireNonNull(cues, "cues");
    if (words < 0) {
      throw new IllegalArgumentException("words is negative: " + words);
    }
    Map<FramingKind, List<FramingCue>> byKind = new EnumMap<>(FramingKind.class);
    for (FramingCue c : cues) {
      byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
    }
    List<FramingSummary.KindCount> counts = new ArrayList<>();
    for (Map.Entry<FramingKind, List<FramingCue>> e : byKind.entrySet()) {
      List<String> examples = new ArrayList<>();
      for (FramingCue c : e.getValue()) {
        if (examples.size() < EXAMPLES && !examples.contains(c.text())) {
          examples.add(c.text());
        }
      }
      int n = e.getValue().size();
      counts.add(new FramingSummary.KindCount(e.getKey(), n, words == 0 ? 0.0 : n * 1000.0 / words, examples));
    }
    return new FramingSummary(counts, words);
  }

  /** The number of words and numbers in the article's own reporting (embedded content left out). */
  public static int words(AnalyzedArticle article) {
    int n = 0;
    for (Sentence s : article.sentences()) {
      if (s.isReporting()) {
        for (Token t : s.tokens()) {
          if (t.isContent()) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static final List<WordList> LISTS = List.of(WordList.DISTANCING, WordList.LOADED_ATTRIBUTION,
      WordList.HEDGE, WordList.CERTAINTY, WordList.LOADED, WordList.INTENSIFIER);
  private static final List<WordList> SCARE_QUOTE_LISTS =
      List.of(WordList.DISTANCING, WordList.LOADED, WordList.INTENSIFIER);

  private static FramingKind kindOf(WordList list, List<Token> t, int i) {
    return switch (list) {
      case DISTANCING -> i + 1 < t.size() && t.get(i + 1).norm().equals("that") ? FramingKind.ATTRIBUTION
          : FramingKind.DISTANCING;
      case LOADED_ATTRIBUTION, NEUTRAL_ATTRIBUTION -> FramingKind.ATTRIBUTION;
      case HEDGE -> FramingKind.HEDGE;
      case CERTAINTY -> FramingKind.CERTAINTY;
      case LOADED -> FramingKind.LOADED;
      case INTENSIFIER -> FramingKind.INTENSIFIER;
      case STOCK_PHRASE -> throw new IllegalArgumentException("stock phrases are no framing cue");
    };
  }

  private static Quote quoteAt(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (offset >= q.start() && offset < q.end()) {
        return q;
      }
    }
    return null;
  }

  /** "May" followed by a number is the month. */
  private static boolean isMonth(List<Token> t, int i) {
    return t.get(i).isCapitalized() && t.get(i).norm().equals("may") && i + 1 < t.size()
        && t.get(i + 1).kind() == TokenKind.NUMBER;
  }

  /**
   * One to three quoted words inside a longer sentence of the outlet's, credited to nobody, and none of these:
   *
   * <table>
   *   <caption>quoted words that are no scare quote</caption>
   *   <tr><th>example</th><th>why</th></tr>
   *   <tr><td>"the mayor said the plan was “rushed”"</td><td>a partial quote its clause gives to the subject of a
   *       verb of saying or naming ({@link #attributedInClause})</td></tr>
   *   <tr><td>"“We have lost,” sighed Karl Lind", "she told the crowd, “Go home.”"</td><td>an utterance: the
   *       sentence opens with it and a comma follows, or a comma brings it in, capitalised, at the sentence's end</td></tr>
   *   <tr><td>"ordered to “immediately” move" before "Doe wrote that staff must “immediately move out”"</td><td>another
   *       quote in the same sentence, or one with its words in the next, is credited to a speaker or source
   *       ({@link #creditedNearby}; a headline's quoted words are weighed against the whole body instead, see
   *       {@link #spokenInTheBody})</td></tr>
   *   <tr><td>"a drama like “Harbor Nights”", "a gift to “Hope for Lindby”"</td><td>a title or name: its words are
   *       capitalised in a sentence that is not in title case ({@link #titleOrName})</td></tr>
   *   <tr><td>"groups with the name “harbor watch” or “patriot”"</td><td>a word mentioned as a word, after "the name",
   *       "the word", "the term", "titled" ({@link #mentioned})</td></tr>
   *   <tr><td>"a “90-day cleanup” of the docks, according to a board member", "were “badly damaged,” the coast guard
   *       said"</td><td>a source the sentence gives after the quote ({@link #attributedAfter})</td></tr>
   *   <tr><td>"“Theft,” “fraud” and “a disgrace” — the verdict"</td><td>a list whose first item opens an utterance
   *       ({@link #listedAfterAnUtterance})</td></tr>
   * </table>
   */
  static boolean isScareQuote(AnalyzedArticle article, Quote q, Sentence s) {
    int w = words(q.text());
    return w >= 1 && w <= SHORT_QUOTE_WORDS && q.speaker().isEmpty() && q.citedSource().isEmpty()
        && s.text().length() > q.text().length() + 20 && !attributedInClause(q, s) && !opensAnUtterance(q, s)
        && !(s.role() != SentenceRole.HEADLINE && creditedNearby(article, q, s)) && !titleOrName(q, s)
        && !mentioned(article, q, s) && !attributedAfter(q, s) && !listedAfterAnUtterance(article, q, s)
        && !(s.role() == SentenceRole.HEADLINE && afterASpeakersColon(q, s));
  }

  /**
   * Whether quote {@code q} comes right after a colon that follows a word: a headline's way to give words to whom it
   * names before the colon ("Lindby mayor: ‘Premature’ to reopen the pier").
   */
  private static boolean afterASpeakersColon(Quote q, Sentence s) {
    List<Token> tokens = s.tokens();
    int before = -1;
    for (int k = 0; k < tokens.size() && tokens.get(k).end() <= q.start(); k++) {
      if (!QuoteMatcher.isQuotationMark(tokens.get(k))) {
        before = k;
      }
    }
    return before > 0 && tokens.get(before).norm().equals(":") && tokens.get(before - 1).kind() == TokenKind.WORD;
  }

  /**
   * Whether quote {@code q} is in a list whose first quoted item opens an utterance ({@link #opensAnUtterance}):
   * "“Theft,” “fraud” and “a disgrace” — the fishermen's verdict came fast" gives all three to the fishermen, not
   * just the first; a list inside the outlet's sentence ("the council's “reforms,” “savings” and “efficiencies”")
   * stays the outlet's.
   */
  private static boolean listedAfterAnUtterance(AnalyzedArticle article, Quote q, Sentence s) {
    for (Quote previous = joinedTo(article, q, s); previous != null; previous = joinedTo(article, previous, s)) {
      if (opensAnUtterance(previous, s)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of saying that, in a short clause after quoted words, give the sentence to their subject. */
  private static final Set<String> SAYING_AFTER = Set.of("say", "says", "said", "tell", "tells", "told", "announced",
      "added", "wrote", "writes", "stated", "noted", "explained", "confirmed", "argued", "warned", "insisted");

  /** Words that open a clause of the outlet's own ("…, which the mayor said", "…, as critics say"): no attribution. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "whose", "that", "what", "when",
      "where", "while", "as", "if", "because", "after", "before", "although", "though", "since", "and", "but", "or",
      "even", "so");

  /** At most this many words stand before or after the verb of an attribution after a quote ("…, an aide said"). */
  private static final int ATTRIBUTION_WORDS = 5;

  /**
   * Whether the sentence gives quote {@code q} to a source after it: a comma after the quoted words opens "according to
   * …" ("a “90-day cleanup” of the docks, according to a board member") or a short clause of saying that closes the
   * sentence or runs to a comma ("two ferries were “badly damaged,” the coast guard said on Sunday", ", said Karl
   * Lind"). A clause of the outlet's own that merely holds a verb of saying ("the “fairness” tax, which fishermen said
   * was overdue") leaves the scare quote, and so does a term the text names ("so-called", "known as").
   */
  private static boolean attributedAfter(Quote q, Sentence s) {
    if (namesATerm(q, s)) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() < q.start() || !tokens.get(k).norm().equals(",")) {
        continue;
      }
      int j = k + 1;
      while (j < tokens.size() && QuoteMatcher.isQuotationMark(tokens.get(j))) {
        j++;
      }
      if (j >= tokens.size() || tokens.get(j).start() < q.end()) {
        continue;   // a comma inside the quoted words
      }
      if (tokens.get(j).norm().equals("according") && j + 1 < tokens.size() && tokens.get(j + 1).norm().equals("to")) {
        return true;
      }
      if (saysAfter(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause from token {@code j} is a short clause of saying that ends the sentence or runs to a comma. */
  private static boolean saysAfter(List<Token> tokens, int j) {
    int verb = -1;
    for (int i = j; i < tokens.size() && i <= j + ATTRIBUTION_WORDS; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.PUNCTUATION || CLAUSE_OPENERS.contains(t.norm())) {
        return false;
      }
      if (SAYING_AFTER.contains(t.norm())) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return false;
    }
    for (int i = verb + 1; i < tokens.size() && i <= verb + 1 + ATTRIBUTION_WORDS; i++) {
      Token t = tokens.get(i);
      if (t.norm().equals(",") || t.kind() == TokenKind.PUNCTUATION && i == tokens.size() - 1) {
        return true;
      }
      if (t.kind() == TokenKind.PUNCTUATION || CLAUSE_OPENERS.contains(t.norm())) {
        return false;
      }
    }
    return verb == tokens.size() - 1;
  }

  /**
   * Whether quote {@code q} opens sentence {@code s} and a comma closes its words ("“We have lost,” sighed Karl Lind"):
   * an utterance the rest of the sentence gives to someone, whether or not the speaker was found.
   */
  private static boolean opensAnUtterance(Quote q, Sentence s) {
    if (ScareQuotes.beforeOpeningMark(s, q) >= 0) {
      return false;
    }
    String inner = q.text().strip();
    if (inner.endsWith(",")) {
      return true;
    }
    List<Token> tokens = s.tokens();
    int k = ScareQuotes.afterClosingMark(s, q);
    return k < tokens.size() && tokens.get(k).text().equals(",");
  }

  /**
   * Whether another quote of {@code article} credited to a speaker or a source, or given to the subject of a verb of
   * saying in its clause ({@link #attributedInClause}), stands in sentence {@code s} (the sentence reports what someone
   * said: "took aim at the firms for “shutting out” critics, saying that “voices are lost”"), or in the next sentence
   * with every content word of {@code q} in it ("were ordered to “immediately” move" before "Jane Doe wrote that they
   * must “immediately move out”"): the words are that speaker's. One word in common is not enough ("the “harbor rescue”
   * fund" before "“This fund is a gift,” Doe said" keeps its scare quote).
   */
  private static boolean creditedNearby(AnalyzedArticle article, Quote q, Sentence s) {
    if (namesATerm(q, s)) {
      return false;   // "accusing him of a so-called “harbor bill”": a term the outlet names, whoever speaks around it
    }
    Set<String> own = null;
    for (Quote other : article.quotes()) {
      if (other == q || other.sentence() < s.index() || other.sentence() > s.index() + 1) {
        continue;
      }
      boolean credited = other.speaker().isPresent() || other.citedSource().isPresent();
      if (other.sentence() == s.index() && (credited || attributedInClause(other, s))) {
        return true;
      }
      if (!credited) {
        continue;
      }
      if (own == null) {
        own = contentWords(q.text());
      }
      if (!own.isEmpty() && contentWords(other.text()).containsAll(own)) {
        return true;
      }
    }
    return false;
  }

  /** The words of {@code text} in lower case, but for function words. */
  private static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : plainWords(text).split(" ")) {
      if (!w.isEmpty() && !QuoteMatcher.STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Short words a title or name leaves in lower case ("Smiles for Life", "Friends of the Harbor"). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "to", "in",
      "on", "at", "by", "with", "from", "de", "la", "von", "van");

  /**
   * Whether quote {@code q} is a title or a name: the outlet quotes it because it names a work, a programme or a group
   * ("a drama like “Harbor Nights”", "the “Open Door”-style fund", "a gift to “Hope for Lindby”", "Dubbed “Harborgate,”
   * the affair"), not to keep its distance. That is, its first word and every word but {@link #TITLE_SMALL_WORDS}
   * opens with a capital letter, it does not open the sentence or follow a colon (where a sentence's first word is
   * capitalised anyway), and the sentence around it is not in title case: it has a word in lower case other than those
   * small words (a headline in title case capitalises a scare quote too: "Lindby to Review ‘Unfair’ Harbor Tax").
   */
  private static boolean titleOrName(Quote q, Sentence s) {
    int k = ScareQuotes.beforeOpeningMark(s, q);
    if (k < 0 || s.tokens().get(k).norm().equals(":")) {
      return false;
    }
    boolean first = true;
    for (String w : q.text().strip().split("[\\s\u2013\u2014-]+")) {
      int c = firstLetter(w);
      if (c < 0) {
        continue;
      }
      if (!Character.isUpperCase(c) && (first || !TITLE_SMALL_WORDS.contains(plainWords(w)))) {
        return false;
      }
      first = false;
    }
    if (first) {
      return false;   // no word with a letter: a figure
    }
    for (Token t : s.tokens()) {
      if ((t.end() <= q.start() || t.start() >= q.end()) && t.kind() == TokenKind.WORD
          && Character.isLowerCase(t.text().codePointAt(0)) && !TITLE_SMALL_WORDS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /** The first letter of {@code w}, or -1 when it has none. */
  private static int firstLetter(String w) {
    for (int i = 0; i < w.length(); i = w.offsetByCodePoints(i, 1)) {
      int c = w.codePointAt(i);
      if (Character.isLetter(c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Words that, right before quoted words, say the words are mentioned as words or are a title: "groups with the name
   * “harbor watch”", "the word “patriot”", "a book titled “Open Water”".
   */
  private static final Pattern MENTION_BEFORE = Pattern.compile(
      "\\b(?:names?|words?|terms?|phrases?|slogans?|hashtags?|keywords?|titled|entitled|headlined)$");

  /** What, between two quoted words, joins a second mention to the first: "the name “harbor watch” or “patriot”". */
  private static final Pattern MENTION_JOIN = Pattern.compile("^\\s*(?:,|,?\\s*(?:or|and|nor))?\\s*$");

  /**
   * Whether quote {@code q} of sentence {@code s} is a word mentioned as a word or a title, not used: right after
   * "the name", "the word", "the term", "the phrase", "the slogan", "the hashtag", "titled" or "entitled", or joined by
   * "or", "and" or a comma to a quote that is ("groups with the name “harbor watch” or “patriot”").
   */
  private static boolean mentioned(AnalyzedArticle article, Quote q, Sentence s) {
    String text = article.article().text();
    int mark = openingMark(text, q, s);
    String before = text.substring(s.start(), mark).toLowerCase(Locale.ROOT);
    if (MENTION_BEFORE.matcher(before).find()) {
      return true;
    }
    Quote previous = joinedTo(article, q, s);
    return previous != null && mentioned(article, previous, s);
  }

  /**
   * Where the words before quote {@code q} of sentence {@code s} end: back from the quote's start over its opening
   * marks and the spaces before them ("the word “patriot”" ends after "word").
   */
  private static int openingMark(String text, Quote q, Sentence s) {
    int mark = q.start();
    while (mark > s.start() && (Character.isWhitespace(text.charAt(mark - 1))
        || QuoteMatcher.QUOTATION_MARKS.indexOf(text.charAt(mark - 1)) >= 0)) {
      mark--;
    }
    return mark;
  }

  /**
   * The quote of sentence {@code s} that quote {@code q} follows in a list, joined by nothing but "or", "and", "nor" or
   * a comma ("“harbor watch” or “patriot”", "“Theft,” “fraud” and"); null when there is none.
   */
  private static Quote joinedTo(AnalyzedArticle article, Quote q, Sentence s) {
    String text = article.article().text();
    int mark = openingMark(text, q, s);
    Quote previous = null;
    for (Quote other : article.quotes()) {
      if (other.sentence() == s.index() && other.end() <= q.start()) {
        previous = other;
      }
    }
    if (previous == null) {
      return null;
    }
    int from = previous.end();
    while (from < mark && QuoteMatcher.QUOTATION_MARKS.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    return from <= mark && MENTION_JOIN.matcher(text.substring(from, mark)).matches() ? previous : null;
  }

  /**
   * Plain verbs of saying, of disclosing and of naming, as written: the words quoted after them in their clause are
   * the subject's ("wrote that the decay was “accelerating”", "revealed it flags “problematic” posts", "called the
   * bridge the “worst in the county”", "classified the risk as “very low”"). Verbs of doubt ("claimed", "alleged")
   * are left out: the outlet distances itself from both the claim and its words.
   */
  private static final Set<String> SAYING_OR_NAMING = Set.of("say", "says", "said", "saying",
      "tell", "tells", "told", "telling", "write", "writes", "wrote", "written", "writing", "stated", "added", "noted",
      "explained", "replied", "responded", "announced", "remarked", "mentioned", "according", "quoted", "quoting",
      "revealed", "reveals", "revealing", "call", "calls", "called", "calling", "termed", "describe", "describes",
      "described", "describing", "classified", "labeled", "labelled", "branded", "referred", "adding");

  /**
   * Verbs of praise or criticism, of conceding, confirming or insisting, of urging, asking or warning, of shouting,
   * and of suggesting, accusing, claiming, signalling and instructing: the words quoted after them in their clause are
   * the subject's too ("suggested it sold “bitter bread”", "accusing the mayor of having “wasted a year”", "has long
   * claimed the inquiry is a “witch hunt”", "denounced the plan as “discriminatory”", "slammed the council for its
   * “unfair” tax", "conceded it was “a long shot”", "warn of “collapse”"), but only where the word is used as a verb
   * ({@link WordSense#usedAsVerb}): many of them are adjectives or nouns as often ("the celebrated “miracle cure”", "a
   * promising “new era”", "the asking price", "hundreds of confirmed “ghost voters”", "the storm warning"), and there
   * the quote stays the outlet's.
   */
  private static final Set<String> JUDGING = Set.of("note", "notes", "tweeted", "praised", "praises", "praising",
      "hailed", "hails", "hailing", "lauded", "welcomed", "welcomes", "welcoming", "celebrated", "denounce",
      "denounced", "denounces", "denouncing", "condemn", "condemned", "condemns", "condemning", "decried", "decries",
      "decrying", "criticized", "criticizes", "criticizing", "criticised", "criticises", "criticising", "slam", "slams",
      "slammed", "slamming", "blasted", "blasts", "blasting", "lambasted", "dismissed", "dismisses", "dismissing",
      "derided", "mocked", "conceded", "concedes", "conceding", "confirmed", "confirms", "confirming", "insist",
      "insists", "insisted", "insisting", "asserted", "asserts", "asserting", "argued", "argues", "arguing", "urged",
      "urges", "urging", "ask", "asks", "asked", "asking", "warn", "warns", "warned", "warning", "vowed", "vows",
      "vowing", "pledged", "promised", "promising", "shouted", "shouting", "screamed", "screaming", "chanted",
      "chanting", "yelled", "suggest", "suggests", "suggested", "suggesting", "accuse", "accuses", "accused",
      "accusing", "signaled", "signalled", "signaling", "signalling", "instructed", "instructing", "instructs",
      "claim", "claims", "claimed", "claiming", "excoriated", "excoriating");

  /**
   * Quoted words in their marks without the punctuation of the outlet's sentence that the closing mark stands after:
   * "“news,”" is the term "“news”" (American style puts the sentence's comma or full stop inside the marks).
   */
  private static String withoutClosingPunctuation(String marked) {
    int close = marked.length() - 1;
    if (close < 2 || QuoteMatcher.QUOTATION_MARKS.indexOf(marked.charAt(close)) < 0) {
      return marked;
    }
    int end = close;
    while (end > 1 && ",.;:".indexOf(marked.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == close ? marked : marked.substring(0, end) + marked.charAt(close);
  }

  /** Whether quote {@code q}, inside sentence {@code s}, is a term the text names ({@link QuotedTerms#namesATerm}). */
  private static boolean namesATerm(Quote q, Sentence s) {
    return q.start() >= s.start() && q.end() <= s.end()
        && QuotedTerms.namesATerm(s.text(), q.start() - s.start(), q.end() - s.start());
  }

  /** "a" and "an": a word quoted after one and a copula is what the clause's subject calls something. */
  private static final Set<String> INDEFINITE = Set.of("a", "an");
  /** Forms of "be" before a predicate noun ("was a “planner”"). */
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being");
  /** Words that join a second reported clause to the first after a comma ("…, and one was a “scout”"). */
  private static final Set<String> COORDINATORS = Set.of("and", "but");

  /**
   * Whether a clause after ", and" or ", but" carries on a report through its subject: a pronoun or a number ("and
   * one was a", "but it was a"), not a subject of its own ("but the Lindby skiff was a", the outlet's).
   */
  private static boolean reportedSubject(List<Token> subject) {
    return !subject.isEmpty() && subject.stream().allMatch(w -> w.kind() == TokenKind.NUMBER
        || CARRIED_SUBJECTS.contains(w.norm()));
  }

  /** Pronouns and number words that carry a report's subject on: "and one was a", "but it was a". */
  private static final Set<String> CARRIED_SUBJECTS = Set.of("it", "he", "she", "they", "this", "that", "one", "two",
      "three", "another", "both", "each", "the", "other", "others", "of", "them");

  /** Reflexive pronouns: what "calls itself" a name is named by the outlet's irony, not quoted. */
  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself",
      "herself");

  /**
   * Whether quote {@code q} is a partial quote of the subject of a verb of saying or naming that stands before it in
   * its clause (back to a comma, semicolon, colon, dash or the sentence's start): "the panel said the emails show the
   * “apparent goal” of", "Calling the ruling “plainly wrong,” the mayor". A single quoted word right after a
   * determiner stays a scare quote even there: the outlet's distance from a term ("outlets have written that the
   * town plans an “invasion”"), unless "a" or "an" and a form of "be" stand before it, which make it what the
   * subject calls something ("officials said one of the boats was a “decoy,” and one was a “tender”"); so does a term the text names ("known as the “harbor bill”", {@link
   * QuotedTerms#namesATerm}) or a name something "calls itself". Words quoted right after a colon that run to the
   * sentence's end are the quotation the colon introduces ("rejects the plan: ‘This is unfair’", "had one message for
   * drivers: “Stay home.”"), whoever said them, when they read as one ({@link #readsAsQuotation}), and so are words
   * quoted after a comma to the sentence's end that open with a capital ("he appeared to whisper, “We are ready.”").
   */
  private static boolean attributedInClause(Quote q, Sentence s) {
    if (namesATerm(q, s)) {
      return false;
    }
    List<Token> tokens = s.tokens();
    int k = ScareQuotes.beforeOpeningMark(s, q);
    if (k >= 0 && tokens.get(k).norm().equals(":") && endsSentence(q, s) && readsAsQuotation(q)) {
      return true;
    }
    if (k >= 0 && tokens.get(k).norm().equals(",") && endsSentence(q, s) && opensWithACapital(q)) {
      return true;   // "he appeared to whisper, “We are ready.”": the utterance a comma brings in
    }
    boolean predicate = words(q.text()) == 1 && k >= 1 && INDEFINITE.contains(tokens.get(k).norm())
        && COPULAS.contains(tokens.get(k - 1).norm());
    if (words(q.text()) == 1 && k >= 0 && DETERMINERS.contains(tokens.get(k).norm()) && !predicate) {
      return false;
    }
    int copula = k - 1;
    for (; k >= 0; k--) {
      String w = tokens.get(k).norm();
      if (predicate && w.equals(",") && k + 1 < tokens.size() && COORDINATORS.contains(tokens.get(k + 1).norm())
          && k + 2 <= copula && reportedSubject(tokens.subList(k + 2, copula))) {
        continue;   // "said one was a “planner,” and one was a “scout”": the second is in the same report
      }
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("\u2013")
          || w.equals("\u2014") || w.equals("--")) {
        return false;
      }
      if (SAYING_OR_NAMING.contains(w) || JUDGING.contains(w) && WordSense.usedAsVerb(tokens, k)) {
        return k + 1 >= tokens.size() || !REFLEXIVES.contains(tokens.get(k + 1).norm());
      }
    }
    return false;
  }

  /**
   * Whether a headline's quoted words {@code q} (in headline {@code s}) are a speaker's words that the body quotes: a
   * quote of the body given to a speaker or a cited source prints them as its own quoted phrase, not negated. That
   * is, the body quotes exactly those words ("‘red line’" over "drew a “red line”, Karl Lind said"), or a longer quote
   * holds them in a row when they are two or more ("‘dead in the water’" over "“This plan is dead in the water,”"), or
   * holds a single quoted word while it speaks of what the headline speaks of, a content word of the headline other
   * than a name ("Lindby to review ‘unfair’ harbor tax" over "“The harbor tax is simply unfair,” Mayor Jane Doe
   * said"). A word the speaker says of something else ("Council’s ‘safe’ bridge collapses in Lindby" over "“Everyone
   * in Lindby is safe,” the fire chief said") or denies ("“The tax is not unfair at all”") leaves the outlet's scare
   * quote.
   */
  private static boolean spokenInTheBody(AnalyzedArticle article, Quote q, Sentence s) {
    String quoted = plainWords(q.text());
    if (quoted.isEmpty()) {
      return false;
    }
    List<String> said = List.of(quoted.split(" "));
    Set<String> topic = null;
    for (Quote other : article.quotes()) {
      if (other.sentence() == q.sentence() || other.speaker().isEmpty() && other.citedSource().isEmpty()) {
        continue;
      }
      if (plainWords(other.text()).equals(quoted)) {
        return true;
      }
      for (String sentence : SENTENCE_BREAK.split(other.text())) {   // a denial does not reach into the next sentence
        List<String> words = List.of(plainWords(sentence).split(" "));
        for (int at = Collections.indexOfSubList(words, said); at >= 0; at = nextIndexOf(words, said, at + 1)) {
          if (negated(words, at)) {
            continue;
          }
          if (said.size() >= 2) {
            return true;
          }
          if (topic == null) {
            topic = topicOf(q, s);
          }
          if (!Collections.disjoint(topic, lemmas(article, other))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The end of a sentence or a clause inside a quote: a full stop, question mark, semicolon or colon, or a dash. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;:]+(?:\\s|$)|\\s[\u2013\u2014-]+\\s|\u2026");

  /** Words within three before a quoted word that deny it ("not unfair", "isn't safe", "never at all fair"). */
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "t", "nothing", "hardly", "cannot", "nor");

  private static boolean negated(List<String> words, int at) {
    for (int i = Math.max(0, at - 3); i < at; i++) {
      if (NEGATIONS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static int nextIndexOf(List<String> words, List<String> part, int from) {
    int at = Collections.indexOfSubList(words.subList(from, words.size()), part);
    return at < 0 ? -1 : from + at;
  }

  /**
   * The lemmas of the content words of headline {@code s} outside its quoted words {@code q}: what the headline says
   * its quoted word of ("to review ‘unfair’ harbor tax": review, harbor, tax).
   */
  private static Set<String> topicOf(Quote q, Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      if ((t.end() <= q.start() || t.start() >= q.end()) && isTopicWord(t)) {
        out.add(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean isTopicWord(Token t) {
    return t.kind() == TokenKind.WORD && !QuoteMatcher.STOP.contains(t.norm());
  }

  /**
   * The lemmas of the content words of quote {@code q}, which may run over several sentences, but for names (a
   * capitalised word after another word: the place named in "Everyone in Lindby is safe" is no topic).
   */
  private static Set<String> lemmas(AnalyzedArticle article, Quote q) {
    Set<String> out = new HashSet<>();
    List<Sentence> sentences = article.sentences();
    for (int i = q.sentence(); i < sentences.size() && sentences.get(i).start() < q.end(); i++) {
      List<Token> tokens = sentences.get(i).tokens();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        boolean name = t.isCapitalized() && k > 0 && tokens.get(k - 1).isContent();
        if (t.start() >= q.start() && t.end() <= q.end() && isTopicWord(t) && !name) {
          out.add(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** {@code text} in lower case with every run of characters other than letters and digits one space. */
  private static String plainWords(String text) {
    return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * Whether the words of quote {@code q} read as a quotation of their own: two words or more ("“Stay home.”", "‘This
   * is unfair’"), or one that opens with a capital letter as a sentence does ("“URGENT.”", "“Abortion.”"). A single
   * word in lower case after a colon is the outlet's sneer at a term ("the company's explanation: “efficiency.”").
   */
  private static boolean readsAsQuotation(Quote q) {
    return words(q.text()) >= 2 || opensWithACapital(q);
  }

  private static boolean opensWithACapital(Quote q) {
    String text = q.text().strip();
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether nothing but punctuation and quotation marks follows quote {@code q} in sentence {@code s}. */
  private static boolean endsSentence(Quote q, Sentence s) {
    for (Token t : s.tokens()) {
      if (t.start() >= q.end() && t.kind() != TokenKind.PUNCTUATION && !QuoteMatcher.isQuotationMark(t)) {
        return false;
      }
    }
    return true;
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean blank = Character.isWhitespace(text.charAt(i));
      if (!blank && !in) {
        n++;
      }
      in = !blank;
    }
    return n;
  }
}
