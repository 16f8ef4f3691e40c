package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The features the default aligner's same-fact model weighs, for the sentence pairs of one set of articles:
 * what a training program reads to fit the model's weights ({@code dev.parallax.bench.eval.SameFactTraining}).
 *
 * <p>Not part of the stable API: the features change with the model. Not thread-safe; one instance per set
 * of articles.
 *
 * <pre>{@code
 * SameFactFeatures f = SameFactFeatures.of(analyzedArticles, Similarities.lexical());
 * Optional<double[]> x = f.features(0, 0, 1, 2);   // article 0's sentence 0 against article 1's sentence 2
 * }</pre>
 */
public final class SameFactFeatures {
  /**
   * The default fact level: two sentences share a fact by their similarity alone when they score at least this
   * share of the similarity's threshold (a model file may name another, see {@link #aligner}).
   */
  public static final double FACT = StandardAligner.FACT;

  private final PairFeatures features;
  private final Map<Integer, int[]> nodeOf;

  private SameFactFeatures(PairFeatures features, Map<Integer, int[]> nodeOf) {
    this.features = features;
    this.nodeOf = nodeOf;
  }

  /** Binds the features to these articles as the default aligner with {@code similarity} would. */
  public static SameFactFeatures of(List<AnalyzedArticle> articles, SentenceSimilarity similarity) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(similarity, "similarity");
    Map<Integer, int[]> nodeOf = new HashMap<>();
    PairFeatures f = new StandardAligner(similarity, Lexicon.standard()).features(articles, nodeOf);
    return new SameFactFeatures(f, nodeOf);
  }

  /**
   * The default aligner with other same-fact weights and levels, for a training program choosing them
   * (the shipped ones are in {@code same-fact-model.tsv}).
   *
   * @param weights one per {@link #names()} entry
   * @param edge least probability of a pair that may join two passages, in [0, 1]
   * @param link least mean probability between two passages that join, in [0, 1]
   */
  public static Aligner aligner(SentenceSimilarity similarity, double[] weights, double intercept, double edge,
      double link) {
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(weights, "weights");
    return aligner(similarity, weights, intercept, edge, link, FACT);
  }

  /**
   * {@link #aligner(SentenceSimilarity, double[], double, double, double)} with another fact level: two
   * sentences share a fact by their similarity alone when they score at least {@code fact} times the
   * similarity's threshold (0.6 by default).
   */
  public static Aligner aligner(SentenceSimilarity similarity, double[] weights, double intercept, double edge,
      double link, double fact) {
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(weights, "weights");
    return new StandardAligner(similarity, Lexicon.standard(),
        new SameFactModel(weights, intercept, edge, link, fact));
  }

  /** The feature names, in the order of {@link #features}'s array. */
  public static List<String> names() {
    return PairFeatures.NAMES;
  }

  /**
   * The features of a pair of sentences of two different articles (indices into the list given to
   * {@link #of} and into each article's sentences), or empty when either is not a reporting sentence.
   */
  public Optional<double[]> features(int articleA, int sentenceA, int articleB, int sentenceB) {
    if (articleA == articleB) {
      throw new IllegalArgumentException("articleA and articleB are both " + articleA);
    }
    int x = node(articleA, sentenceA);
    int y = node(articleB, sentenceB);
    // the aligner reads a pair from its lower node's side: so does its model's training
    return x < 0 || y < 0 ? Optional.empty() : Optional.of(features.of(Math.min(x, y), Math.max(x, y)));
  }

  /**
   * Whether the model may link the pair at all: it shares content beyond the story's actors (see the
   * aligner's rules in {@code docs/alignment.md}); false when either is not a reporting sentence.
   */
  public boolean sharesContent(int articleA, int sentenceA, int articleB, int sentenceB) {
    int x = node(articleA, sentenceA);
    int y = node(articleB, sentenceB);
    return x >= 0 && y >= 0 && features.sharesContent(Math.min(x, y), Math.max(x, y));
  }

  private int node(int article, int sentence) {
    int[] nodes = nodeOf.get(article);
    return nodes == null || sentence < 0 || sentence >= nodes.length ? -1 : nodes[sentence];
  }
}
