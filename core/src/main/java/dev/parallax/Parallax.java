package dev.parallax;

import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.Cleaners;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparers;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The front door: compares how several articles report one event.
 *
 * <p>A {@code Parallax} is immutable and thread-safe. Building one loads the language models, so build it
 * once and share it; {@link #compare(List)} may be called from many threads at once.
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
 */
public final class Parallax {
  private final Cleaner cleaner;
  private final Analyzer analyzer;
  private final SentenceSimilarity similarity;
  private final Aligner aligner;
  private final Comparer comparer;

  private Parallax(Builder b) {
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

  /** The sentence similarity used for alignment. */
  public SentenceSimilarity similarity() {
    return similarity;
  }

  /**
   * Cleans, analyzes, aligns and compares {@code articles} (at least two, with distinct ids).
   *
   * @throws InvalidInputException when fewer than two articles are given, ids repeat, or an article has no
   *     English sentence left after cleaning
   */
  public Comparison compare(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.size() < 2) {
      throw new InvalidInputException("need at least two articles to compare, got " + articles.size());
    }
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      if (!ids.add(a.id())) {
        throw new InvalidInputException("two articles have the id '" + a.id() + "': ids must be distinct");
      }
    }
    List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
    for (Article a : articles) {
      analyzed.add(analyze(a));
    }
    Alignment alignment = aligner.align(analyzed);
    return comparer.compare(analyzed, alignment, similarity.name());
  }

  /**
   * Cleans and analyzes one article.
   *
   * @throws InvalidInputException when no English sentence is left after cleaning
   */
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    AnalyzedArticle analyzed = analyzer.analyze(cleaner.clean(article));
    LanguageCheck.requireEnglish(analyzed);
    return analyzed;
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

    private Builder() {}

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

    /** The sentence similarity (default {@link Similarities#lexical()}); the default aligner uses it. */
    public Builder similarity(SentenceSimilarity value) {
      this.similarity = Objects.requireNonNull(value, "similarity");
      return this;
    }

    /** The aligner (default {@link Aligners#standard(SentenceSimilarity)} with this builder's similarity). */
    public Builder aligner(Aligner value) {
      this.aligner = Objects.requireNonNull(value, "aligner");
      return this;
    }

    /** The comparer (default {@link Comparers#standard()}). */
    public Builder comparer(Comparer value) {
      this.comparer = Objects.requireNonNull(value, "comparer");
      return this;
    }

    /** Builds the facade, loading the default models when no analyzer was given. */
    public Parallax build() {
      return new Parallax(this);
    }
  }
}
