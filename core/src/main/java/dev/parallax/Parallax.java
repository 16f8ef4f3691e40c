package dev.parallax;

import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventBasis;
import dev.parallax.align.EventMembership;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.clean.Block;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.Cleaners;
import dev.parallax.clean.Removal;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparers;
import dev.parallax.ingest.Article;
import dev.parallax.internal.Deadline;
import dev.parallax.internal.LateDates;
import dev.parallax.internal.Names;
import dev.parallax.internal.Parallel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The front door: compares how several articles report one event.
 *
 * <p>A {@code Parallax} is immutable and thread-safe. Building one loads the language models, so build it
 * once and share it; {@link #compare(List)} may be called from many threads at once. One comparison does its
 * independent parts at once on the common fork-join pool unless {@link Builder#parallel} says not to.
 *
 * <pre>{@code
 * Parallax parallax = Parallax.builder().build();
 * List<Article> articles = ArticleReader.withManifest(manifest).readManifestFiles();
 * Comparison comparison = parallax.compare(articles);
 * comparison.omissions().forEach(System.out::println);
 * }</pre>
 *
 * <p>Each stage can be swapped through the {@link Builder}: a {@link Cleaner}, an {@link Analyzer}, a
 * {@link SentenceSimilarity}, an {@link Aligner} and a {@link Comparer}.
 *
 * <p>Every run has a deadline ({@link Builder#deadline(Duration)}, {@link #DEFAULT_DEADLINE} unless set):
 * a comparison that overruns it stops at the next stage or loop boundary with a
 * {@link DeadlineExceededException}, never a hang. See {@code docs/robustness.md} for every limit.
 */
public final class Parallax {
  /** The deadline of a run when none is set: 5 minutes, about a thousand times what a usual event takes. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);


  private final Cleaner cleaner;
  private final Analyzer analyzer;
  private final SentenceSimilarity similarity;
  private final Aligner aligner;
  private final Comparer comparer;
  private final Duration deadline;
  private final boolean parallel;

  private Parallax(Builder b) {
    this.deadline = b.deadline;
    this.parallel = b.parallel;
    this.cleaner = b.cleaner != null ? b.cleaner : Cleaners.standard();
    this.analyzer = b.analyzer != null ? b.analyzer : EnglishAnalyzer.create(EnglishModels.load());
    this.similarity = b.similarity != null ? b.similarity : Similarities.lexical();
    this.aligner = b.aligner != null ? b.aligner : Aligners.standard(similarity);
    this.comparer = b.comparer != null ? b.comparer : Comparers.standard();
  }

  /** A builder with the default stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** A {@code Parallax} with every default stage: {@code Parallax.builder().build()}. */
  public static Parallax create() {
    return builder().build();
  }

  /** The longest a run ({@link #compare}, {@link #analyze}, {@link #scorePairs}) may take. */
  public Duration deadline() {
    return deadline;
  }

  /** The sentence similarity used for alignment. */
  public SentenceSimilarity similarity() {
    return similarity;
  }

  /**
   * Cleans, analyzes, aligns and compares {@code articles} (at least two, with distinct ids).
   *
   * <p>An article that does not look like English (another script, or too few common English words) is not compared:
   * the comparison sets it apart, as it sets apart an article about another event, with event {@link
   * EventMembership#OTHER}, basis {@link EventBasis#NOT_ENGLISH} and a reason that says so, and compares the others.
   *
   * <table>
   *   <caption>What is refused, and how</caption>
   *   <tr><th>articles</th><th>result</th></tr>
   *   <tr><td>{@code null}</td><td>{@link NullPointerException} "articles"</td></tr>
   *   <tr><td>a list holding {@code null}</td><td>{@link NullPointerException} "articles[1]" (its index)</td></tr>
   *   <tr><td>none, or one</td><td>{@link InvalidInputException} "need at least two articles to compare, got
   *       1"</td></tr>
   *   <tr><td>two with one id</td><td>{@link InvalidInputException} "two articles have the id 'a': ids must be
   *       distinct"</td></tr>
   *   <tr><td>an article with no text</td><td>{@link InvalidInputException} "article a: empty, no text to
   *       compare"</td></tr>
   *   <tr><td>an article all page chrome (a menu, a cookie notice, a copyright line)</td><td>{@link
   *       InvalidInputException} "article a: no sentences left after cleaning: all its text was removed as page
   *       chrome (navigation, footer); give the story's own text"</td></tr>
   *   <tr><td>an HTML page given as plain text</td><td>{@link InvalidInputException} saying to read it as
   *       HTML</td></tr>
   *   <tr><td>one article not in English among others in English</td><td>set apart, as said above; refused with an
   *       {@link InvalidInputException} when fewer than two English articles are left</td></tr>
   * </table>
   *
   * <p>A PDF, an image or another file that is not text is refused before this, when the article is made: see
   * {@link dev.parallax.ingest.FileFormat}.
   *
   * @throws NullPointerException when {@code articles} is null or holds null
   * @throws InvalidInputException when fewer than two articles are given, ids repeat, an article has no sentence
   *     left after cleaning or is an HTML page given as plain text, or fewer than two English articles are left
   * @throws DeadlineExceededException when the run takes longer than {@link #deadline()}
   */
  public Comparison compare(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    return Deadline.within(deadline, "starting", () -> Parallel.allowedWithin(parallel, () -> compareWithin(articles)));
  }

  private Comparison compareWithin(List<Article> articles) {
    requireTwoWithDistinctIds(articles, "articles", Article::id);
    List<Analyzed> all = analyzeAll(articles);
    List<AnalyzedArticle> analyzed = new ArrayList<>(all.size());
    List<AnalyzedArticle> english = new ArrayList<>(all.size());
    Analyzed firstNotEnglish = null;
    for (Analyzed a : all) {
      analyzed.add(a.article());
      if (a.notEnglish().isEmpty()) {
        english.add(a.article());
      } else if (firstNotEnglish == null) {
        firstNotEnglish = a;
      }
    }
    if (english.size() < 2 && firstNotEnglish != null) {
      throw new InvalidInputException(LanguageCheck.message(firstNotEnglish.article().id(),
          firstNotEnglish.notEnglish().get()) + (english.size() == 1 ? "; one English article is left, and a"
              + " comparison needs two" : ""));
    }
    Deadline.stage("aligning " + english.size() + " articles");
    Alignment alignment = setApartNotEnglish(withLateDates(aligner.align(english), english), all);
    Deadline.stage("comparing " + articles.size() + " articles");
    Comparison comparison = comparer.compare(analyzed, alignment, similarity.name());
    Deadline.check();
    return comparison;
  }

  /**
   * Aligns and compares articles already cleaned and analyzed with {@link #analyze(Article)} (at least two,
   * with distinct ids): what corpus mode runs for each event, so that no article is analyzed twice.
   *
   * @throws InvalidInputException when fewer than two articles are given or ids repeat
   */
  public Comparison compareAnalyzed(List<AnalyzedArticle> analyzed) {
    Objects.requireNonNull(analyzed, "analyzed");
    requireTwoWithDistinctIds(analyzed, "analyzed", AnalyzedArticle::id);
    Alignment alignment = withLateDates(aligner.align(analyzed), analyzed);
    return comparer.compare(analyzed, alignment, similarity.name());
  }

  /**
   * {@code alignment} with the event reason of each article of {@code aligned} dated more than a year after every
   * other ({@link LateDates}) saying so: "...; dated 2099-01-01, 74 years after the latest other article (2024-05-06):
   * the date sets no article apart but is taken as given for which came first; check it". A date typed wrong is not
   * refused (an archive may carry odd dates); the event decision sets no article apart on it, but it still says which
   * article came first, so the report names it.
   */
  private static Alignment withLateDates(Alignment alignment, List<AnalyzedArticle> aligned) {
    Map<String, String> late = new HashMap<>();
    LateDates.of(aligned.stream().map(AnalyzedArticle::article).toList()).forEach(l -> late.put(l.article(), l.note()));
    if (late.isEmpty()) {
      return alignment;
    }
    List<ArticleEvent> events = alignment.events().stream().map(e -> !late.containsKey(e.article()) ? e
        : new ArticleEvent(e.article(), e.membership(), e.reason() + "; " + late.get(e.article()), e.basis())).toList();
    return new Alignment(events, alignment.passages());
  }

  /**
   * {@code alignment} of the English articles, with the articles that are not English set apart in their places: event
   * {@link EventMembership#OTHER}, basis {@link EventBasis#NOT_ENGLISH}, the reason saying why. They take no part in
   * passages, omissions or outlet summaries, as articles about another event take none.
   */
  private static Alignment setApartNotEnglish(Alignment alignment, List<Analyzed> all) {
    if (all.stream().allMatch(a -> a.notEnglish().isEmpty())) {
      return alignment;
    }
    Map<String, ArticleEvent> decided = new HashMap<>();
    alignment.events().forEach(e -> decided.putIfAbsent(e.article(), e));
    List<ArticleEvent> events = new ArrayList<>(all.size());
    for (Analyzed a : all) {
      String id = a.article().id();
      if (a.notEnglish().isPresent()) {
        events.add(new ArticleEvent(id, EventMembership.OTHER, LanguageCheck.setApartReason(a.notEnglish().get()),
            EventBasis.NOT_ENGLISH));
      } else if (decided.containsKey(id)) {
        events.add(decided.get(id));
      }
    }
    return new Alignment(events, alignment.passages());
  }

  /**
   * Refuses what cannot be compared: fewer than two articles, a null among them (named by its index), or two with one
   * id (named, its control characters escaped so that the message stays one line).
   */
  private static <A> void requireTwoWithDistinctIds(List<A> articles, String name, Function<A, String> idOf) {
    if (articles.size() < 2) {
      throw new InvalidInputException("need at least two articles to compare, got " + articles.size());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      A a = Objects.requireNonNull(articles.get(i), name + "[" + i + "]");
      if (!ids.add(idOf.apply(a))) {
        throw new InvalidInputException("two articles have the id '" + Names.quote(idOf.apply(a)) + "': ids must be"
            + " distinct");
      }
    }
  }

  /**
   * Scores text pairs with the very similarity {@link #compare(List)} aligns with: the same
   * {@link SentenceSimilarity} instance and threshold. This is what {@code parallax pairs} and the
   * evaluation programs run.
   *
   * <p>Each text is analyzed (not cleaned: a pair holds sentences, not a web page) and its sentences are
   * merged into one passage, its tokens in order; the similarity is bound once to the passages of all
   * the pairs given, so word statistics come from the whole file, as they come from all the articles in
   * {@code compare}. A pair's score is the bound similarity of its two passages, and
   * {@link PairScore#same()} is {@code score >= similarity().threshold()}.
   *
   * <table>
   *   <caption>Edge cases</caption>
   *   <tr><th>input</th><th>result</th></tr>
   *   <tr><td>no pairs</td><td>an empty list</td></tr>
   *   <tr><td>a text that is empty or only white space</td><td>score 0.0, not the same</td></tr>
   *   <tr><td>a text of several sentences</td><td>scored as one passage</td></tr>
   *   <tr><td>texts that, all together, do not look like English (judged as a short article is, on another script
   *       or another language's function words: headlines and names with few English function words are scored)</td>
   *       <td>{@link InvalidInputException}</td></tr>
   * </table>
   *
   * @return one score per pair, in the order given
   * @throws InvalidInputException when the texts of the pairs, all together, do not look like English
   */
  public List<PairScore> scorePairs(List<TextPair> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    return Deadline.within(deadline, "scoring " + pairs.size() + " pairs", () -> scoreWithin(pairs));
  }

  private List<PairScore> scoreWithin(List<TextPair> pairs) {
    List<Sentence> passages = new ArrayList<>(pairs.size() * 2);
    for (TextPair p : pairs) {
      Objects.requireNonNull(p, "pair");
      Deadline.check();
      passages.add(passage(p.id(), p.a()));
      passages.add(passage(p.id(), p.b()));
    }
    LanguageCheck.requireEnglishPairs(passages);
    SentenceSimilarity.Scorer scorer = Similarities.checked(similarity).bind(passages);
    double threshold = similarity.threshold();
    List<PairScore> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      Deadline.check();
      double raw = scorer.score(passages.get(2 * i), passages.get(2 * i + 1));
      if (Double.isNaN(raw)) {
        throw new ParallaxException("similarity \"" + Names.quote(similarity.name()) + "\" scored pair "
            + Names.quote(pairs.get(i).id()) + " NaN");
      }
      double score = Math.min(1.0, Math.max(0.0, raw));   // a custom similarity's rounding stays in range
      out.add(new PairScore(pairs.get(i).id(), score, score >= threshold));
    }
    return out;
  }

  /** The sentences of {@code text} as one passage: a sentence spanning them all, with all their tokens. */
  private Sentence passage(String id, String text) {
    String articleId = id.isBlank() ? "pair" : id;
    List<Sentence> sentences = analyzer.analyze(Article.of(articleId, articleId, null, "", text)).sentences();
    if (sentences.isEmpty()) {
      return new Sentence(0, "", 0, 0, SentenceRole.BODY, List.of());
    }
    if (sentences.size() == 1) {
      Sentence s = sentences.get(0);
      return new Sentence(0, s.text(), s.start(), s.end(), SentenceRole.BODY, s.tokens());
    }
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      tokens.addAll(s.tokens());
    }
    int start = sentences.get(0).start();
    int end = sentences.get(sentences.size() - 1).end();
    return new Sentence(0, text.substring(start, end), start, end, SentenceRole.BODY, tokens);
  }

  /**
   * Cleans and analyzes one article.
   *
   * @throws InvalidInputException when no English sentence is left after cleaning
   * @throws DeadlineExceededException when it takes longer than {@link #deadline()}
   */
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    return Deadline.within(deadline, "analyzing article " + article.id(), () -> analyzeWithin(article));
  }

  /**
   * Cleans and analyzes each article, at once on several threads when {@link Builder#parallel} allows; the
   * results, and the error when one fails (the first failing article's, in input order), are those of one
   * thread going through them in order.
   */
  private List<Analyzed> analyzeAll(List<Article> articles) {
    List<Supplier<Analyzed>> work = new ArrayList<>(articles.size());
    for (Article a : articles) {
      work.add(() -> {
        Deadline.stage("analyzing article " + a.id());
        AnalyzedArticle analyzed = cleanAndAnalyze(a);
        return new Analyzed(analyzed, LanguageCheck.whyNotEnglish(analyzed));
      });
    }
    return Parallel.each(work);
  }

  /** An analyzed article, and why it does not look like English (empty when it does). */
  private record Analyzed(AnalyzedArticle article, Optional<String> notEnglish) {}

  private AnalyzedArticle analyzeWithin(Article article) {
    AnalyzedArticle analyzed = cleanAndAnalyze(article);
    LanguageCheck.requireEnglish(analyzed);
    return analyzed;
  }

  private AnalyzedArticle cleanAndAnalyze(Article article) {
    Article cleaned = requireSpansOfText(cleaner.clean(article), article);
    Deadline.check(); // cleaning a long page takes its time: do not start analyzing it after the deadline
    return analyzer.analyze(cleaned);
  }

  /**
   * {@code cleaned}, checked against the article it was cleaned from: the same text, and every block and removal
   * printing the characters of that text at its offsets. Sentence offsets are block offsets, so a cleaner breaking this
   * would cut sentences silently (a block one character off loses each sentence's first letter).
   *
   * @throws ParallaxException naming the cleaner, the article and the first span that does not match
   */
  private Article requireSpansOfText(Article cleaned, Article article) {
    String who = "cleaner " + cleaner.getClass().getName() + " on article \"" + Names.quote(article.id()) + "\": ";
    if (cleaned == null) {
      throw new ParallaxException(who + "returned null");
    }
    String text = cleaned.text();
    if (!text.equals(article.text())) {
      throw new ParallaxException(who + "changed the article's text (a cleaner sets the body and removals, never the"
          + " text)");
    }
    for (Block b : cleaned.body()) {
      requireSpan(who + "block", b.start(), b.end(), b.text(), text);
    }
    for (Removal r : cleaned.removed()) {
      requireSpan(who + "removal", r.start(), r.end(), r.text(), text);
    }
    return cleaned;
  }

  private static void requireSpan(String what, int start, int end, String spanText, String text) {
    if (end > text.length()) {
      throw new ParallaxException(what + " [" + start + ", " + end + ") ends past the article's text of "
          + text.length() + " characters");
    }
    if (!text.regionMatches(start, spanText, 0, spanText.length())) {
      throw new ParallaxException(what + " [" + start + ", " + end + ") reads \"" + Names.excerpt(spanText)
          + "\" but the article's text there is \"" + Names.excerpt(text.substring(start, end)) + "\"; a block or"
          + " removal holds the characters of Article.text() at its offsets");
    }
  }

  /**
   * Configures a {@link Parallax}. Not thread-safe; {@link #build()} validates and returns an immutable
   * facade. Stages not set take their defaults.
   */
  public static final class Builder {
    private Cleaner cleaner;
    private Analyzer analyzer;
    private SentenceSimilarity similarity;
    private Aligner aligner;
    private Comparer comparer;
    private Duration deadline = DEFAULT_DEADLINE;
    private boolean parallel = true;

    private Builder() {}

    /**
     * Whether {@link Parallax#compare} does independent parts of its work at once (cleaning and analyzing the
     * articles; scoring the aligner's candidate sentence pairs and profiling the articles for the event decision;
     * reading the passages' wording, quotes and reuse while checking figures and omissions): on the
     * calling thread and the JDK's common fork-join pool, as a parallel stream does (default {@code true}). The
     * report is the same either way; {@code false} keeps each comparison on the calling thread, for a server that
     * runs many comparisons at once on its own threads. {@link Parallax#compareAnalyzed} and corpus mode (which
     * runs its events in parallel) are not affected: they keep each comparison on one thread.
     */
    public Builder parallel(boolean value) {
      this.parallel = value;
      return this;
    }

    /**
     * The longest one run may take (default {@link Parallax#DEFAULT_DEADLINE}). A run that overruns it
     * stops at the next stage or loop boundary (within a fraction of a second on ordinary input) with a
     * {@link DeadlineExceededException}; no thread is interrupted or killed.
     *
     * @throws IllegalArgumentException when {@code value} is zero or negative
     */
    public Builder deadline(Duration value) {
      Objects.requireNonNull(value, "deadline");
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException("deadline must be positive, was " + value);
      }
      this.deadline = value;
      return this;
    }

    /** The cleaner (default {@link Cleaners#standard()}). */
    public Builder cleaner(Cleaner value) {
      this.cleaner = Objects.requireNonNull(value, "cleaner");
      return this;
    }

    /** The analyzer (default {@link EnglishAnalyzer}). */
    public Builder analyzer(Analyzer value) {
      this.analyzer = Objects.requireNonNull(value, "analyzer");
      return this;
    }

    /**
     * The sentence similarity (default {@link Similarities#lexical()}): the default aligner aligns with it, {@link
     * Parallax#scorePairs} scores with it, and a comparison reports its name. The omission check of the default
     * comparer stays {@link Similarities#lexical()}, whose bar was chosen on data ({@link Comparers#standard()}), so
     * {@code omissions[].closest.score} is a lexical score whatever similarity is set here; to check omissions with
     * this similarity too, set {@code .comparer(Comparers.standard(similarity))} as well.
     *
     * <pre>{@code
     * Parallax.builder().similarity(mine).comparer(Comparers.standard(mine)).build();   // both stages use mine
     * }</pre>
     */
    public Builder similarity(SentenceSimilarity value) {
      this.similarity = Objects.requireNonNull(value, "similarity");
      return this;
    }

    /**
     * The aligner (default {@link Aligners#standard(SentenceSimilarity)} with this builder's similarity). Set
     * either this or {@link #similarity}, not both; with a custom aligner, {@link Parallax#similarity()} (the
     * name a comparison reports, and what {@code scorePairs} uses) is the default similarity.
     */
    public Builder aligner(Aligner value) {
      this.aligner = Objects.requireNonNull(value, "aligner");
      return this;
    }

    /** The comparer (default {@link Comparers#standard()}). */
    public Builder comparer(Comparer value) {
      this.comparer = Objects.requireNonNull(value, "comparer");
      return this;
    }

    /**
     * Builds the facade, loading the default models when no analyzer was given.
     *
     * @throws IllegalStateException when both a similarity and an aligner were set: the aligner brings its
     *     own similarity, and the comparison would report one while aligning with another
     */
    public Parallax build() {
      if (similarity != null && aligner != null) {
        throw new IllegalStateException("set a similarity or an aligner, not both: an aligner aligns with its own"
            + " similarity (build it with Aligners.standard(similarity))");
      }
      return new Parallax(this);
    }
  }
}
