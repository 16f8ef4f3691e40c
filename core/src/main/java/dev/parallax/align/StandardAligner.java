package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
  /** Two groups merge when their mean cross-article similarity reaches this share of the fact level. */
  static final double LINK = 0.9;
  /** Sentences of one article at most this far apart may share a passage without being alike. */
  static final int NEAR = 1;
  /**
   * A pair below the similarity's threshold joins two groups only with at least this much specific
   * evidence (an informative word both sentences use counts 1, a synonym, derived form or close number
   * 0.5), unless at least {@link #CORROBORATION} fact-level pairs link the two groups.
   */
  static final double EVIDENCE = 2.0;
  /** Fact-level cross-article pairs between two groups that let a weak pair join them without evidence. */
  static final int CORROBORATION = 2;
  /**
   * Linkage between two groups, and a passage's mean similarity, are taken over at most this many members
   * of each group (the first to join, which are its most strongly linked): exact for events of up to this
   * many outlets, and a bounded cost per merge beyond.
   */
  static final int SAMPLE = 12;
  /** Characters that open a quotation. */
  private static final String QUOTES = "\"\u201C\u2018\u00AB\u201E'";

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
      int n = nodes.size();
      int[] cluster = new int[n];
      List<List<Integer>> members = new ArrayList<>(n);
      for (int g = 0; g < n; g++) {
        cluster[g] = g;
        members.add(new ArrayList<>(List.of(g)));
      }
      int[] version = new int[n];
      for (int g = 0; g + 1 < n; g++) {
        if (main[nodes.articleOf(g)] && introducesQuote(g)) {
          join(g, g + 1, cluster, members, version);
        }
      }
      // First the pairs whose similarity alone says they share a fact, merged by mean similarity ...
      mergeAlong(edges(main, false, threshold), (x, y, a, b, score) -> {
        double[] linkage = linkage(a, b, false);
        if (linkage[0] < LINK * threshold) {
          return Verdict.REFUSE;
        }
        boolean weak = score < similarity.threshold();
        // a weak pair too thin on its own waits: a later pair between the same groups may still carry them
        return weak && linkage[1] < CORROBORATION && scored.evidence(x, y) < EVIDENCE ? Verdict.WAIT : Verdict.JOIN;
      }, cluster, members, version);
      // ... then the pairs the same-fact model links (other words, headline and lead), by mean probability.
      mergeAlong(edges(main, true, model.edge()),
          (x, y, a, b, score) -> linkage(a, b, true)[0] < model.link() ? Verdict.REFUSE : Verdict.JOIN,
          cluster, members, version);
      int mainArticles = 0;
      for (boolean m : main) {
        mainArticles += m ? 1 : 0;
      }
      List<Draft> drafts = new ArrayList<>();
      for (List<Integer> m : members) {
        if (!m.isEmpty() && main[nodes.articleOf(m.get(0))]) {
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

    /**
     * Takes the pairs strongest first and joins the groups of each when they are compatible and {@code rule}
     * says so; a refused pair of groups is not judged again until one of them changes.
     */
    private void mergeAlong(List<long[]> edges, MergeRule rule, int[] cluster, List<List<Integer>> members,
        int[] version) {
      int n = nodes.size();
      Map<Long, Long> refused = new HashMap<>();
      for (long[] e : edges) {
        int x = (int) (e[0] / n);
        int y = (int) (e[0] % n);
        if (!joinable(x, y, cluster, members, version, refused)) {
          continue;
        }
        int cx = cluster[x];
        int cy = cluster[y];
        Verdict verdict = compatible(members.get(cx), members.get(cy))
            ? rule.judge(x, y, members.get(cx), members.get(cy), Double.longBitsToDouble(e[1])) : Verdict.REFUSE;
        switch (verdict) {
          case JOIN -> join(cx, cy, cluster, members, version);
          case REFUSE -> refused.put(nodes.pair(cx, cy), state(cx, cy, version));
          case WAIT -> { }
        }
      }
    }

    /**
     * The main-event candidate pairs whose similarity (or, {@code byModel}, same-fact probability) is at least
     * {@code level}, strongest first, as {key, score bits}.
     */
    private List<long[]> edges(boolean[] main, boolean byModel, double level) {
      List<long[]> edges = new ArrayList<>();
      for (int i = 0; i < scored.size(); i++) {
        long pair = scored.pair(i);
        double score = byModel ? scored.probability(i) : scored.score(i);
        if (score >= level && main[nodes.articleOf(nodes.low(pair))] && main[nodes.articleOf(nodes.high(pair))]) {
          edges.add(new long[] {pair, Double.doubleToLongBits(score)});
        }
      }
      edges.sort(Comparator.<long[]>comparingDouble(e -> -Double.longBitsToDouble(e[1]))
          .thenComparingLong(e -> e[0]));
      return edges;
    }

    /** Whether the groups of two nodes differ and were not refused in their present state. */
    private boolean joinable(int x, int y, int[] cluster, List<List<Integer>> members, int[] version,
        Map<Long, Long> refused) {
      int cx = cluster[x];
      int cy = cluster[y];
      if (cx == cy) {
        return false;
      }
      Long before = refused.get(nodes.pair(cx, cy));
      return before == null || before != state(cx, cy, version);
    }

    private long state(int cx, int cy, int[] version) {
      return ((long) version[Math.min(cx, cy)] << 32) | version[Math.max(cx, cy)];
    }

    /** Merges the groups of two nodes. */
    private void join(int x, int y, int[] cluster, List<List<Integer>> members, int[] version) {
      int cx = cluster[x];
      int cy = cluster[y];
      if (cx == cy) {
        return;
      }
      int keep = Math.min(cx, cy);
      int drop = Math.max(cx, cy);
      version[keep]++;
      for (int g : members.get(drop)) {
        cluster[g] = keep;
      }
      members.get(keep).addAll(members.get(drop));
      members.set(drop, List.of());
    }

    /**
     * Whether node {@code g} ends with a colon and the next sentence of its article is a quotation: the
     * sentence announces the quote ("Lavrov said:") and the two report one statement.
     */
    private boolean introducesQuote(int g) {
      Sentence s = nodes.sentence(g);
      Sentence next = nodes.sentence(g + 1);
      if (nodes.articleOf(g) != nodes.articleOf(g + 1) || next.index() != s.index() + 1) {
        return false;
      }
      String text = s.text().strip();
      String following = next.text().strip();
      return text.endsWith(":") && !following.isEmpty() && QUOTES.indexOf(following.charAt(0)) >= 0;
    }

    /**
     * Whether two groups may join as far as their sentences from the same article go: two sentences of one
     * article may share a passage when they are neighbours (one outlet spreading a fact over two
     * sentences), when one is a headline or bullet (summaries repeat the story's facts), or when they are
     * alike themselves (at the fact level); otherwise they report different facts.
     */
    private boolean compatible(List<Integer> a, List<Integer> b) {
      for (int x : a) {
        for (int y : b) {
          if (nodes.articleOf(x) == nodes.articleOf(y)) {
            Sentence sx = nodes.sentence(x);
            Sentence sy = nodes.sentence(y);
            if (Math.abs(sx.index() - sy.index()) > NEAR && !SentenceNodes.isSummary(sx) && !SentenceNodes.isSummary(sy)
                && scored.sim(x, y) < threshold) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /**
     * The mean similarity over the cross-article pairs between two clusters, and how many of those pairs
     * reach the fact level.
     */
    private double[] linkage(List<Integer> a, List<Integer> b, boolean byModel) {
      double sum = 0;
      int count = 0;
      int facts = 0;
      for (int x : sample(a)) {
        for (int y : sample(b)) {
          if (nodes.articleOf(x) != nodes.articleOf(y)) {
            double v = byModel ? scored.prob(x, y) : scored.sim(x, y);
            sum += v;
            count++;
            facts += v >= (byModel ? model.edge() : threshold) ? 1 : 0;
          }
        }
      }
      return new double[] {count == 0 ? 0.0 : sum / count, facts};
    }

    /** The first {@link #SAMPLE} members of a group, in the order they joined. */
    private static List<Integer> sample(List<Integer> group) {
      return group.size() <= SAMPLE ? group : group.subList(0, SAMPLE);
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
      List<Integer> core = sample(group);
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

  /** What a merge rule says of two groups linked by a pair. */
  private enum Verdict {
    JOIN,
    /** Not these two groups as they are now. */
    REFUSE,
    /** Not on this pair's strength; a later pair may still join them. */
    WAIT
  }

  /** Decides whether the groups {@code a} and {@code b}, linked by the pair of nodes x and y, join. */
  @FunctionalInterface
  private interface MergeRule {
    Verdict judge(int x, int y, List<Integer> a, List<Integer> b, double score);
  }

  private record Draft(List<PassageMember> members, double salience, double similarity, int firstArticle,
      int firstSentence) {}
}
