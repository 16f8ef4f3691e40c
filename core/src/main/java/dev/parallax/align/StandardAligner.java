package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The default {@link Aligner}: blocks candidate sentence pairs on informative terms, decides event
 * membership from shared content and dates, then groups sentences into passages by average-linkage
 * merging of the strongest cross-article pairs.
 *
 * <p>See {@link Aligners#standard(SentenceSimilarity)} for the rules. Immutable and thread-safe: per-call
 * state lives in a {@link Run}.
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

  /** The same-fact features of the pairs of a run, for training the model (see {@link SameFactFeatures}). */
  PairFeatures features(List<AnalyzedArticle> articles, Map<Integer, int[]> nodeOf) {
    SentenceNodes nodes = new SentenceNodes(articles);
    ScoredPairs pairs = new ScoredPairs(nodes, similarity, model, lexicon);
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

  @Override
  public Alignment align(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("articles is empty: need at least one article to align");
    }
    return new Run(articles).align();
  }

  /** What the event decision of {@code articles} rests on (for fitting the event model in bench). */
  EventDecider.Evidence eventEvidence(List<AnalyzedArticle> articles) {
    SentenceNodes nodes = new SentenceNodes(articles);
    return evidence(nodes, new ScoredPairs(nodes, similarity, model, lexicon));
  }

  /** What the event decision rests on: per article, its reporting sentences and those that match others'. */
  private EventDecider.Evidence evidence(SentenceNodes nodes, ScoredPairs pairs) {
    return new EventDecider.Evidence(nodes.reportingCounts(), pairs.matchedCounts(similarity.threshold()),
        pairs.matchedCounts(model.fact() * similarity.threshold()));
  }

  /** One alignment call: the sentences taking part, their candidate pairs and scores. */
  private final class Run {
    private final List<AnalyzedArticle> articles;
    private final SentenceNodes nodes;
    private final ScoredPairs scored;
    private final double threshold;

    Run(List<AnalyzedArticle> articles) {
      this.articles = articles;
      this.nodes = new SentenceNodes(articles);
      this.scored = new ScoredPairs(nodes, similarity, model, lexicon);
      threshold = model.fact() * similarity.threshold();
    }

    Alignment align() {
      List<ArticleEvent> events = eventDecider.decide(articles, evidence(nodes, scored));
      boolean[] main = new boolean[articles.size()];
      for (int a = 0; a < main.length; a++) {
        main[a] = events.get(a).membership() == EventMembership.MAIN;
      }
      return new Alignment(events, passages(main));
    }

    private List<Passage> passages(boolean[] main) {
      List<List<Integer>> groups = GroupMerger.groups(nodes, scored, model, similarity.threshold(), main);
      int mainArticles = 0;
      for (boolean m : main) {
        mainArticles += m ? 1 : 0;
      }
      List<Draft> drafts = new ArrayList<>();
      for (List<Integer> m : groups) {
        if (main[nodes.articleOf(m.get(0))]) {
          drafts.add(draft(m, mainArticles));
        }
      }
      drafts.sort(Comparator.comparingDouble((Draft d) -> -d.salience)
          .thenComparingInt(d -> d.firstArticle)
          .thenComparingInt(d -> d.firstSentence));
      List<Passage> out = new ArrayList<>(drafts.size());
      for (Draft d : drafts) {
        out.add(new Passage("p" + (out.size() + 1), d.salience, d.members, d.similarity));
      }
      return out;
    }

    private Draft draft(List<Integer> group, int mainArticles) {
      TreeMap<Integer, List<Integer>> byArticle = new TreeMap<>();
      boolean headline = false;
      for (int g : group) {
        Sentence s = nodes.sentence(g);
        byArticle.computeIfAbsent(nodes.articleOf(g), k -> new ArrayList<>()).add(s.index());
        headline |= SentenceNodes.isSummary(s);
      }
      List<PassageMember> members = new ArrayList<>();
      double lead = 0;
      for (Map.Entry<Integer, List<Integer>> e : byArticle.entrySet()) {
        List<Integer> idx = e.getValue();
        idx.sort(Comparator.naturalOrder());
        members.add(new PassageMember(articles.get(e.getKey()).id(), idx));
        lead += 1.0 - nodes.position(e.getKey(), idx.get(0));
      }
      lead /= byArticle.size();
      double coverage = mainArticles <= 1 ? 1.0 : (byArticle.size() - 1.0) / (mainArticles - 1.0);
      double salience = 0.7 * coverage + 0.2 * lead + 0.1 * (headline ? 1.0 : 0.0);
      double sum = 0;
      int count = 0;
      List<Integer> core = GroupMerger.sample(group);
      for (int i = 0; i < core.size(); i++) {
        for (int j = i + 1; j < core.size(); j++) {
          if (nodes.articleOf(core.get(i)) != nodes.articleOf(core.get(j))) {
            sum += scored.sim(core.get(i), core.get(j));
            count++;
          }
        }
      }
      int firstArticle = byArticle.firstKey();
      return new Draft(members, Math.min(1.0, salience), count == 0 ? 1.0 : sum / count, firstArticle,
          byArticle.get(firstArticle).get(0));
    }

  }

  private record Draft(List<PassageMember> members, double salience, double similarity, int firstArticle,
      int firstSentence) {}
}
