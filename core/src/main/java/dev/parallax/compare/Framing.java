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
 * never the words of a quotation, with two exceptions that are the outlet's own choice of words:
 *
 * <ul>
 *   <li>a <b>scare quote</b>: one to three quoted words inside the outlet's sentence that the article
 *       credits to no speaker (RT's {@code an “invasion” of its neighbor}) is a {@link FramingKind#SCARE_QUOTE};
 *   <li>a <b>short partial quote</b> of one to three words is scanned for loaded, distancing and intensifying
 *       words, since the outlet picked those words to print (Business Insider's {@code NATO was “irresponsibly”
 *       expanding}).
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
      for (Quote q : inSentence) {
        if (q.sentence() == s.index() && isScareQuote(q, s)
            && !(s.role() == SentenceRole.HEADLINE && spokenInTheBody(article, q, s))) {
          int start = Math.max(s.start(), q.start() - 1);
          int end = Math.min(s.end(), q.end() + 1);
          out.add(new FramingCue(article.id(), FramingKind.SCARE_QUOTE,
              withoutClosingPunctuation(article.article().text().substring(start, end)), s.index(), start, end));
        }
      }
      List<Token> t = s.tokens();
      List<Quote> shortQuotes = new ArrayList<>();
      for (Quote q : inSentence) {
        if (words(q.text()) <= SHORT_QUOTE_WORDS) {
          shortQuotes.add(q);
        }
      }
      for (int i = 0; i < t.size(); i++) {
        Quote q = quoteAt(inSentence, t.get(i).start());
        boolean shortQuote = q != null && shortQuotes.contains(q);
        if (q != null && !shortQuote || !lex.mayMatch(t.get(i))) {
          continue;
        }
        int n = 0;
        FramingKind kind = null;
        for (WordList list : shortQuote ? SHORT_QUOTE_LISTS : LISTS) {
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
  private static final List<WordList> SHORT_QUOTE_LISTS =
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
   * One to three quoted words inside a longer sentence of the outlet's, credited to nobody, and not a partial quote
   * that its clause gives to the subject of a verb of saying or naming (see {@link #attributedInClause}).
   */
  static boolean isScareQuote(Quote q, Sentence s) {
    int w = words(q.text());
    return w >= 1 && w <= SHORT_QUOTE_WORDS && q.speaker().isEmpty() && q.citedSource().isEmpty()
        && s.text().length() > q.text().length() + 20 && !attributedInClause(q, s);
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
      "revealed", "reveals", "revealing", "call", "calls", "called", "calling", "termed", "described",
      "describing", "classified", "labeled", "labelled", "branded", "referred");

  /**
   * Verbs of praise or criticism, of conceding, confirming or insisting, of urging, asking or warning, and of
   * shouting: the words quoted after them in their clause are the subject's too ("denounced the plan as
   * “discriminatory”", "slammed the council for its “unfair” tax", "conceded it was “a long shot”", "warn of
   * “collapse”"), but only where the word is used as a verb ({@link WordSense#usedAsVerb}): many of them are adjectives
   * or nouns as often ("the celebrated “miracle cure”", "a promising “new era”", "the asking price", "hundreds of
   * confirmed “ghost voters”", "the storm warning"), and there the quote stays the outlet's.
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
      "chanting", "yelled");

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

  /** Reflexive pronouns: what "calls itself" a name is named by the outlet's irony, not quoted. */
  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself",
      "herself");

  /**
   * Whether quote {@code q} is a partial quote of the subject of a verb of saying or naming that stands before it in
   * its clause (back to a comma, semicolon, colon, dash or the sentence's start): "the panel said the emails show the
   * “apparent goal” of", "Calling the ruling “plainly wrong,” the mayor". A single quoted word right after a
   * determiner stays a scare quote even there: the outlet's distance from a term ("outlets have written that the
   * town plans an “invasion”"), and so does a term the text names ("known as the “harbor bill”", {@link
   * QuotedTerms#namesATerm}) or a name something "calls itself". Words quoted right after a colon that run to the
   * sentence's end are the quotation the colon introduces ("rejects the plan: ‘This is unfair’", "had one message for
   * drivers: “Stay home.”"), whoever said them, when they read as one ({@link #readsAsQuotation}).
   */
  private static boolean attributedInClause(Quote q, Sentence s) {
    if (q.start() >= s.start() && q.end() <= s.end()
        && QuotedTerms.namesATerm(s.text(), q.start() - s.start(), q.end() - s.start())) {
      return false;
    }
    List<Token> tokens = s.tokens();
    int k = ScareQuotes.beforeOpeningMark(s, q);
    if (k >= 0 && tokens.get(k).norm().equals(":") && endsSentence(q, s) && readsAsQuotation(q)) {
      return true;
    }
    if (words(q.text()) == 1 && k >= 0 && DETERMINERS.contains(tokens.get(k).norm())) {
      return false;
    }
    for (; k >= 0; k--) {
      String w = tokens.get(k).norm();
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
    String text = q.text().strip();
    return words(text) >= 2 || !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
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
