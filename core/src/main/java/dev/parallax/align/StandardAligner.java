package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link Aligner}: blocks candidate sentence pairs on informative terms, decides event
 * membership from shared content and dates, then groups sentences into passages by average-linkage
 * merging of the strongest cross-article pairs.
 *
 * <p>One call runs these steps, each a package-private class holding that call's state: {@link SentenceNodes}
 * (the reporting sentences), {@link ScoredPairs} (their {@link CandidatePairs} by {@link BlockingKeys},
 * scored by the similarity and the same-fact model), the {@link EventDecider}, {@link GroupMerger} (the
 * passages' groups) and {@link PassageDrafter} (salience and order). See {@link
 * Aligners#standard(SentenceSimilarity)} for the rules. Immutable and thread-safe: nothing of a call is kept.
 */
final class StandardAligner implements Aligner {
  /**
   * Two sentences share a fact when they score at least this share of the similarity's threshold: the
   * threshold says "these two sentences say the same thing", while a news sentence usually carries one
   * shared fact plus context of its own. The level of a model that names none (a model fitted for another
   * similarity may name its own, see {@link SameFactModel#fact()}).
   */
  static final double FACT = 0.6;

  private final SentenceSimilarity similarity;
  private final Lexicon lexicon;
  private final SameFactModel model;
  private final EventDecider eventDecider = EventDecider.standard();

  StandardAligner(SentenceSimilarity similarity, Lexicon lexicon) {
    this(similarity, lexicon, modelFor(similarity));
  }

  /** An aligner whose fact level is the model's (see {@link SameFactModel#fact()}). */
  StandardAligner(SentenceSimilarity similarity, Lexicon lexicon, SameFactModel model) {
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.model = Objects.requireNonNull(model, "model");
  }

  private static SameFactModel modelFor(SentenceSimilarity similarity) {
    return SameFactModel.forSimilarity(Objects.requireNonNull(similarity, "similarity").name());
  }

  @Override
  public Alignment align(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("articles is empty: need at least one article to align");
    }
    SentenceNodes nodes = new SentenceNodes(articles);
    ScoredPairs pairs = score(nodes);
    List<ArticleEvent> events = eventDecider.decide(articles, evidence(nodes, pairs));
    boolean[] main = new boolean[articles.size()];
    for (int a = 0; a < main.length; a++) {
      main[a] = events.get(a).membership() == EventMembership.MAIN;
    }
    List<List<Integer>> groups = GroupMerger.groups(nodes, pairs, model, similarity.threshold(), main);
    return new Alignment(events, PassageDrafter.passages(nodes, pairs, groups, main));
  }

  /** The same-fact features of the pairs of a run, for training the model (see {@link SameFactFeatures}). */
  PairFeatures features(List<AnalyzedArticle> articles, Map<Integer, int[]> nodeOf) {
    SentenceNodes nodes = new SentenceNodes(articles);
    ScoredPairs pairs = score(nodes);
    for (int a = 0; a < articles.size(); a++) {
      int[] sentenceNodes = new int[articles.get(a).sentences().size()];
      Arrays.fill(sentenceNodes, -1);
      nodeOf.put(a, sentenceNodes);
    }
    for (int g = 0; g < nodes.size(); g++) {
      nodeOf.get(nodes.articleOf(g))[nodes.sentence(g).index()] = g;
    }
    return pairs.features();
  }

  /** What the event decision of {@code articles} rests on (for fitting the event model in bench). */
  EventDecider.Evidence eventEvidence(List<AnalyzedArticle> articles) {
    SentenceNodes nodes = new SentenceNodes(articles);
    return evidence(nodes, score(nodes));
  }

  /** The candidate pairs of the nodes, scored with this aligner's similarity and model. */
  private ScoredPairs score(SentenceNodes nodes) {
    return new ScoredPairs(nodes, similarity, model, lexicon);
  }

  /** What the event decision rests on: per article, its reporting sentences and those that match others'. */
  private EventDecider.Evidence evidence(SentenceNodes nodes, ScoredPairs pairs) {
    return new EventDecider.Evidence(nodes.reportingCounts(), pairs.matchedCounts(similarity.threshold()),
        pairs.matchedCounts(model.fact() * similarity.threshold()));
  }
}
