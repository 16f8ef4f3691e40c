package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.internal.ArticleOrder;
import dev.parallax.internal.DisjointSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
  /** A sentence of a copy scores at least this with its counterpart (the same words, give or take a few). */
  static final double COPY_LEVEL = 0.9;
  /** Two articles are copies when at least this share of each one's reporting sentences is in the other. */
  static final double COPY_SHARE = 0.6;

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
    // the sentences are numbered with the articles in an order of their own, not the order given: the merges take
    // ties of score by node, so the same articles given in another order must number their sentences alike
    int[] given = canonicalOrder(articles);
    SentenceNodes nodes = new SentenceNodes(Arrays.stream(given).mapToObj(articles::get).toList());
    ScoredPairs pairs = score(nodes);
    List<ArticleEvent> events = events(articles, given, nodes, pairs);
    boolean[] main = new boolean[articles.size()];
    for (int a = 0; a < main.length; a++) {
      main[a] = events.get(given[a]).membership() == EventMembership.MAIN;
    }
    List<List<Integer>> groups = GroupMerger.groups(nodes, pairs, model, similarity.threshold(), main);
    return new Alignment(events, PassageDrafter.passages(nodes, pairs, groups, main, given));
  }

  /**
   * The order in which a call numbers its articles' sentences, by what the articles are, not where they were given:
   * by text, then title, outlet, date and id, and the order given only for two articles alike in all of these. The
   * k-th article of this order is {@code articles.get(order[k])}.
   */
  static int[] canonicalOrder(List<AnalyzedArticle> articles) {
    return ArticleOrder.of(articles);
  }

  /**
   * The event decision, copies counted once when they are at least half of the articles: copies of one article (a
   * wire story reprinted, an article saved twice) would otherwise be the majority the others are measured against,
   * and an independently written report of the same event would look like the odd one out. Each copy gets the
   * decision of its original, with that article's reason said to be its ("a copy of a, decided with it: for a, 3 of
   * its 5 sentences share a fact ..."). The original is the copy published first (an undated one after the dated),
   * then the one with the most reporting sentences (a reprint often drops a sentence), then the first in the articles'
   * own order ({@link #canonicalOrder}: by text), not the first given; the originals' sentences are numbered in that
   * order too, as the whole set's are, so the decision does not depend on the order given.
   */
  private List<ArticleEvent> events(List<AnalyzedArticle> articles, int[] given, SentenceNodes nodes,
      ScoredPairs pairs) {
    int[] at = new int[given.length]; // an article's place in the nodes' order
    for (int k = 0; k < given.length; k++) {
      at[given[k]] = k;
    }
    // the copies found in the nodes' order; each set of copies is decided with its original, by a rule of what the
    // articles are, not of where they were given
    int[] reporting = nodes.reportingCounts();
    int[] set = copies(reporting, pairs.closeCounts(COPY_LEVEL));
    Comparator<Integer> sooner = Comparator.comparing(
            (Integer k) -> articles.get(given[k]).article().published().orElse(LocalDate.MAX))
        .thenComparing(k -> -reporting[k]).thenComparing(k -> k);
    Map<Integer, Integer> originalOf = new HashMap<>(); // a set's first node -> its original's node
    for (int k = 0; k < set.length; k++) {
      originalOf.merge(set[k], k, (x, y) -> sooner.compare(x, y) <= 0 ? x : y);
    }
    int[] copyOf = new int[given.length];
    for (int a = 0; a < given.length; a++) {
      copyOf[a] = given[originalOf.get(set[at[a]])];
    }
    List<Integer> kept = new ArrayList<>();
    int[] size = new int[copyOf.length];
    int largest = 0;
    for (int a = 0; a < copyOf.length; a++) {
      if (copyOf[a] == a) {
        kept.add(a);
      }
      largest = Math.max(largest, ++size[copyOf[a]]);
    }
    if (kept.size() == 1 || largest * 2 < articles.size()) {
      // no copies, nothing else for them to outvote, or too few to be the majority the others are measured against
      return eventDecider.decide(articles, evidence(nodes, pairs).of(at));
    }
    List<AnalyzedArticle> originals = kept.stream().map(articles::get).toList();
    int[] own = canonicalOrder(originals); // numbered as the whole set is, in the articles' own order
    int[] ownAt = new int[own.length];
    for (int k = 0; k < own.length; k++) {
      ownAt[own[k]] = k;
    }
    SentenceNodes fewer = new SentenceNodes(Arrays.stream(own).mapToObj(originals::get).toList());
    List<ArticleEvent> decided = eventDecider.decide(originals, evidence(fewer, score(fewer)).of(ownAt));
    List<ArticleEvent> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      ArticleEvent e = decided.get(kept.indexOf(copyOf[a]));
      String original = articles.get(copyOf[a]).id();
      // the reason's counts are the original's ("3 of its 5 sentences"): say whose, not the copy's
      out.add(copyOf[a] == a ? e : new ArticleEvent(articles.get(a).id(), e.membership(), "a copy of "
          + original + ", decided with it: for " + original + ", " + e.reason(), e.basis()));
    }
    return out;
  }

  /** Per article, the first article (lowest index) of which it is a copy (transitively), or itself. */
  static int[] copies(int[] reporting, int[][] close) {
    int n = reporting.length;
    int[] root = DisjointSets.singletons(n);
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (reporting[a] > 0 && reporting[b] > 0 && close[a][b] >= COPY_SHARE * reporting[a]
            && close[b][a] >= COPY_SHARE * reporting[b]) {
          DisjointSets.join(root, a, b);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      root[a] = DisjointSets.find(root, a);
    }
    return root;
  }

  /** The same-fact features of the pairs of a run, for training the model (see {@link SameFactFeatures}). */
  PairFeatures features(List<AnalyzedArticle> articles, Map<Integer, int[]> nodeOf) {
    // numbered as align numbers them, so that a fitted model reads each pair from the side the aligner reads it
    int[] given = canonicalOrder(articles);
    SentenceNodes nodes = new SentenceNodes(Arrays.stream(given).mapToObj(articles::get).toList());
    ScoredPairs pairs = score(nodes);
    for (int a = 0; a < articles.size(); a++) {
      int[] sentenceNodes = new int[articles.get(a).sentences().size()];
      Arrays.fill(sentenceNodes, -1);
      nodeOf.put(a, sentenceNodes);
    }
    for (int g = 0; g < nodes.size(); g++) {
      nodeOf.get(given[nodes.articleOf(g)])[nodes.sentence(g).index()] = g;
    }
    return pairs.features();
  }

  /**
   * What the event decision of {@code articles} rests on (for fitting the event model in bench), read with the
   * sentences numbered as {@link #align} numbers them, each article's in the order given.
   */
  EventDecider.Evidence eventEvidence(List<AnalyzedArticle> articles) {
    int[] given = canonicalOrder(articles);
    SentenceNodes nodes = new SentenceNodes(Arrays.stream(given).mapToObj(articles::get).toList());
    int[] at = new int[given.length];
    for (int k = 0; k < given.length; k++) {
      at[given[k]] = k;
    }
    return evidence(nodes, score(nodes)).of(at);
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
