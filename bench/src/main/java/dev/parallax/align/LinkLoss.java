package dev.parallax.align;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.bench.eval.EcbPlus;
import dev.parallax.ingest.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the default aligner loses the ECB+ same-fact links it misses, stage by stage, and how many curated non-links
 * each stage keeps apart: a measurement for issue 12, not a test and never run by the build.
 *
 * <p>Each gold pair whose sentences end in two passages is put at the furthest stage that any of its sentence pairs
 * reaches (a gold sentence may overlap two of Parallax's), in the aligner's order:
 *
 * <ol>
 *   <li><i>set apart</i>: the event decision puts one of the two articles outside the main event;
 *   <li><i>not reporting</i>: a gold sentence overlaps no reporting sentence (an embedded post, a caption);
 *   <li><i>not a candidate</i>: blocking ({@link CandidatePairs}) proposes none of the pairs; split by what the gate
 *       and the model would say of the pair had it been proposed;
 *   <li><i>gate: shared content</i>: the model's content gate ({@link PairFeatures#sharesContent}) refuses the pair
 *       for want of two common words (or one plus a name or number, or a number plus a name); split by what it shares;
 *   <li><i>gate: past the leads</i>: the pair shares that much, but not both sentences are leads and no common word
 *       is the fact's own (not one of the story's words) nor a number shared; split by what the model would say of
 *       it without that rule;
 *   <li><i>under the edge</i>: the model scores the pair, under its edge (and under the lead round's
 *       {@link GroupMerger#LEAD_EDGE} for two leads), and the similarity under its fact level; split by probability;
 *   <li><i>merge refused</i>: the pair reaches an edge of one round (the similarity's fact level, the model's edge,
 *       the lead round's), yet its passages stay apart. Read on the two final passages (the merge refused them in
 *       some earlier state): the same-article or two-speakers rule ({@link GroupMerger}'s {@code compatible}; with the
 *       roles of the refused same-article pairs and the refusal that would still stand without the rule), the
 *       round's mean linkage (mean fact score under {@link GroupMerger#LINK} of the fact level; mean probability
 *       under the model's link level, or under {@link GroupMerger#LEAD_LINK} in the lead round), a stranger body
 *       sentence ({@link GroupMerger#holdsAStranger}), or none of these any more.
 * </ol>
 *
 * <p>Links and non-links are counted alike, so each row says what opening that stage could gain and cost. Roles:
 * head (headline or bullet), lead (first two body sentences), later. It lives in {@code dev.parallax.align} (in bench)
 * to read the aligner's package-private pairs, numbered in the aligner's own article order.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.align.LinkLoss ../shared/data/ecbplus train
 * java -cp bench/target/benchmarks.jar dev.parallax.align.LinkLoss ../shared/data/ecbplus train -roles -v "5 gate"
 * </pre>
 */
public final class LinkLoss {
  /** Bucket -> {links missed, non-links kept apart}. */
  private final Map<String, long[]> buckets = new TreeMap<>();
  private final long[] totals = new long[4]; // links, linked, non-links, non-links linked
  private final String verbose;
  private final boolean roles;
  /** The stages, in the aligner's order (bucket names start with the stage's number). */
  private static final List<String> STAGES = List.of("set apart", "not reporting", "not a candidate",
      "gate: shared content", "gate: past the leads", "under the edge", "merge refused");

  private LinkLoss(String verbose, boolean roles) {
    this.verbose = verbose;
    this.roles = roles;
  }

  /** Arguments: the ECB+ folder, the split ({@code train} by default), optionally {@code -roles} (each row split by the
   * sentences' roles) and {@code -v BUCKET} (print the first sentences of each gold pair whose bucket starts so). */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean roles = rest.remove("-roles");
    String verbose = null;
    int v = rest.indexOf("-v");
    if (v >= 0 && v + 1 < rest.size()) {
      verbose = rest.get(v + 1);
      rest.subList(v, v + 2).clear();
    }
    Path root = Path.of(rest.size() > 0 ? rest.get(0) : "../shared/data/ecbplus");
    String split = rest.size() > 1 ? rest.get(1) : "train";
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("LinkLoss skipped: no ECB+ data under " + root.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.builder().build();
    LinkLoss loss = new LinkLoss(verbose, roles);
    for (EcbPlus.SubTopic topic : data.subTopics(split)) {
      List<Article> articles = data.articles(topic);
      loss.add(parallax.compare(articles), topic);
    }
    loss.print(split);
  }

  private void print(String split) {
    System.out.printf(Locale.ROOT, "ECB+ %s: %d links, %d linked (%.1f%%); %d non-links, %d linked (%.1f%%)%n", split,
        totals[0], totals[1], 100.0 * totals[1] / totals[0], totals[2], totals[3], 100.0 * totals[3] / totals[2]);
    System.out.println("| stage; detail (roles of the furthest pair) | links missed | non-links kept apart |");
    System.out.println("|---|---:|---:|");
    Map<String, long[]> stages = new TreeMap<>();
    Map<String, long[]> details = new TreeMap<>();
    for (Map.Entry<String, long[]> e : buckets.entrySet()) {
      String detail = e.getKey().substring(0, e.getKey().indexOf(" ("));
      for (long[] s : List.of(stages.computeIfAbsent(e.getKey().substring(0, 1), k -> new long[2]),
          details.computeIfAbsent(detail, k -> new long[2]))) {
        s[0] += e.getValue()[0];
        s[1] += e.getValue()[1];
      }
    }
    for (Map.Entry<String, long[]> e : stages.entrySet()) {
      String stage = STAGES.get(e.getKey().charAt(0) - '1');
      System.out.printf(Locale.ROOT, "| **%s** | **%d** | **%d** |%n", stage, e.getValue()[0], e.getValue()[1]);
      for (Map.Entry<String, long[]> d : details.entrySet()) {
        if (d.getKey().startsWith(e.getKey()) && !d.getKey().substring(2).equals(stage)) {
          System.out.printf(Locale.ROOT, "| %s | %d | %d |%n", d.getKey().substring(2), d.getValue()[0],
              d.getValue()[1]);
          for (Map.Entry<String, long[]> b : buckets.entrySet()) {
            if (roles && b.getKey().startsWith(d.getKey() + " (")) {
              System.out.printf(Locale.ROOT, "| &nbsp; %s | %d | %d |%n",
                  b.getKey().substring(d.getKey().length() + 1), b.getValue()[0], b.getValue()[1]);
            }
          }
        }
      }
    }
  }

  /** Adds one sub-topic's comparison. */
  private void add(Comparison c, EcbPlus.SubTopic topic) {
    List<AnalyzedArticle> given = c.articles();
    int[] order = StandardAligner.canonicalOrder(given);
    List<AnalyzedArticle> articles = Arrays.stream(order).mapToObj(given::get).toList();
    GoldTopic view = GoldTopic.of(c, articles, topic);
    Map<String, Integer> index = view.index();
    boolean[] main = view.main();
    SentenceNodes nodes = view.nodes();
    SameFactModel model = SameFactModel.standard();
    ScoredPairs pairs = new ScoredPairs(nodes, Similarities.lexical(), model, Lexicon.standard());
    double factLevel = model.fact() * Similarities.lexical().threshold();
    int[] passageOf = view.passageOf();
    List<List<Integer>> members = view.members();
    long[] candidates = new long[pairs.size()];
    for (int i = 0; i < candidates.length; i++) {
      candidates[i] = pairs.pair(i);
    }
    Map<String, Map<Integer, List<Integer>>> mapped = view.gold();
    PairFeatures features = pairs.features();
    for (EcbPlus.GoldPair gp : topic.pairs()) {
      int kind = gp.link() ? 0 : 2;
      totals[kind]++;
      Integer a = index.get(gp.docA());
      Integer b = index.get(gp.docB());
      List<Integer> xs = a == null ? List.of() : mapped.get(gp.docA()).getOrDefault(gp.sentenceA(), List.of());
      List<Integer> ys = b == null ? List.of() : mapped.get(gp.docB()).getOrDefault(gp.sentenceB(), List.of());
      boolean linked = false;
      for (int x : xs) {
        for (int y : ys) {
          linked |= main[nodes.articleOf(x)] && main[nodes.articleOf(y)] && passageOf[x] >= 0
              && passageOf[x] == passageOf[y];
        }
      }
      if (linked) {
        totals[kind + 1]++;
        continue;
      }
      String bucket;
      if (a == null || b == null || !main[a] || !main[b]) {
        bucket = "1 set apart (-)";
      } else if (xs.isEmpty() || ys.isEmpty()) {
        bucket = "2 not reporting (-)";
      } else {
        bucket = furthest(xs, ys, nodes, pairs, features, candidates, factLevel, model, members, passageOf);
      }
      buckets.computeIfAbsent(bucket, k -> new long[2])[gp.link() ? 0 : 1]++;
      if (verbose != null && bucket.startsWith(verbose)) {
        System.out.println((gp.link() ? "LINK " : "NON  ") + bucket + "  " + topic.id() + "\n   A: "
            + nodes.sentence(xs.get(0)).text().replace('\n', ' ') + "\n   B: "
            + nodes.sentence(ys.get(0)).text().replace('\n', ' '));
      }
    }
  }

  /** The stage that stops the furthest of the node pairs of a gold pair, with the pair's roles. */
  private static String furthest(List<Integer> xs, List<Integer> ys, SentenceNodes nodes, ScoredPairs pairs,
      PairFeatures features, long[] candidates, double factLevel, SameFactModel model, List<List<Integer>> members,
      int[] passageOf) {
    int rank = -1;
    String bucket = null;
    for (int x : xs) {
      for (int y : ys) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        String roles = PartitionCeiling.roles(nodes, lo, hi);
        int r;
        String b;
        if (Arrays.binarySearch(candidates, nodes.pair(lo, hi)) < 0) {
          r = 0;
          double p = pairs.prob(lo, hi);
          b = "3 not a candidate, " + (p == 0 ? "gate" : "would score " + band(p)) + " (" + roles + ")";
        } else {
          double p = pairs.prob(lo, hi);
          boolean leads = nodes.isLead(lo) && nodes.isLead(hi);
          if (pairs.factSim(lo, hi) >= factLevel || p >= model.edge() || leads && p >= GroupMerger.LEAD_EDGE) {
            r = 5;
            String route = p >= model.edge() ? "model"
                : leads && p >= GroupMerger.LEAD_EDGE ? "lead round" : "similarity";
            b = "7 merge refused: " + refusal(passageOf[lo], passageOf[hi], route, members, nodes, pairs, model,
                factLevel) + " (" + roles + ")";
          } else if (p > 0) {
            r = 4;
            b = "6 under the edge, " + band(p) + " (" + roles + ")";
          } else {
            double[] f = features.of(lo, hi);
            int words = (int) Math.round(f[PairFeatures.NAMES.indexOf("words_shared")] * 4);
            boolean names = f[PairFeatures.NAMES.indexOf("names")] > 0;
            boolean numbers = f[PairFeatures.NAMES.indexOf("numbers_shared")] > 0;
            boolean content = words >= 2 || words == 1 && (names || numbers) || numbers && names;
            r = content ? 2 : 1;
            b = content ? "5 gate: past the leads, would score " + band(model.probability(f)) + " (" + roles + ")"
                : "4 gate: shared content, " + Math.min(words, 2) + " words" + (names ? " +name" : "")
                    + (numbers ? " +number" : "") + " (" + roles + ")";
          }
        }
        if (r > rank) {
          rank = r;
          bucket = b;
        }
      }
    }
    return bucket;
  }

  private static String band(double p) {
    return p < 0.5 ? "<0.5" : p < 0.8 ? "0.5-0.8" : p < 0.93 ? "0.8-0.93" : p < 0.95 ? "0.93-0.95" : ">=0.95";
  }

  /** Why two final passages are apart, as far as they show it now. */
  private static String refusal(int p, int q, String route, List<List<Integer>> members, SentenceNodes nodes,
      ScoredPairs pairs, SameFactModel model, double factLevel) {
    if (p < 0 || q < 0) {
      return "no passage";
    }
    List<Integer> a = members.get(p);
    List<Integer> b = members.get(q);
    String prefix = "";
    if (!PartitionCeiling.compatible(a, b, nodes, pairs)) {
      prefix = "same-article rule" + conflicts(a, b, nodes, pairs) + " / ";
    }
    boolean bySimilarity = route.equals("similarity");
    double sum = 0;
    int n = 0;
    for (int x : GroupMerger.sample(a)) {
      for (int y : GroupMerger.sample(b)) {
        if (nodes.articleOf(x) != nodes.articleOf(y)) {
          sum += bySimilarity ? pairs.factSim(x, y) : pairs.prob(x, y);
          n++;
        }
      }
    }
    double level = switch (route) {
      case "model" -> model.link();
      case "lead round" -> GroupMerger.LEAD_LINK;
      default -> GroupMerger.LINK * factLevel;
    };
    if (n == 0 || sum / n < level) {
      return prefix + "mean linkage, " + route;
    }
    return route.equals("model") && GroupMerger.holdsAStranger(a, b, nodes::isLead, nodes::articleOf, pairs::prob)
        ? prefix + "stranger" : prefix + "none left, " + route;
  }

  /**
   * What keeps two passages apart under {@code compatible}: "speakers" for two people's quotes, then the roles of the
   * pairs of one article's sentences the same-article rule refuses ("[later-lead]"). The bucket goes on to say whether
   * the round's mean linkage or a stranger would refuse the two as well, so the rows show what the rule alone costs.
   */
  private static String conflicts(List<Integer> a, List<Integer> b, SentenceNodes nodes, ScoredPairs pairs) {
    double factLevel = StandardAligner.FACT * Similarities.lexical().threshold();
    TreeSet<String> kinds = new TreeSet<>();
    boolean twoSpeakers = false;
    for (int x : a) {
      for (int y : b) {
        if (nodes.articleOf(x) != nodes.articleOf(y)) {
          twoSpeakers |= pairs.quotesOfTwoPeople(x, y);
          continue;
        }
        Sentence sx = nodes.sentence(x);
        Sentence sy = nodes.sentence(y);
        if (Math.abs(sx.index() - sy.index()) > GroupMerger.NEAR && !SentenceNodes.isSummary(sx)
            && !SentenceNodes.isSummary(sy) && pairs.sim(x, y) < factLevel) {
          kinds.add(PartitionCeiling.roles(nodes, x, y));
        }
      }
    }
    return (twoSpeakers ? " speakers" : "") + " " + kinds;
  }
}
