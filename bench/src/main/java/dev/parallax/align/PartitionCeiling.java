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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many of the ECB+ links that the default aligner misses because it put their two sentences into two different
 * passages (both aligned with other outlets) a passage partition could reach at all, and what rules that reach them
 * cost in false links. A measurement for issue 12, not a test and never run by the build.
 *
 * <p>For each such missed link (the "both aligned but in different passages" count of {@code EcbPlusAlignment -b})
 * it asks: may the two passages merge under the aligner's same-article rule ({@link GroupMerger}: two sentences of
 * one article share a passage only when neighbours, a headline or bullet, or alike at the fact level)? what is the
 * highest same-fact probability between them, and that of the link's own sentences? are the two passages each
 * other's best match (the other passage of highest pair probability, or of highest mean probability)? Then, over the
 * whole split, it applies three rules to the aligner's passages and counts the gold links and curated non-links they
 * make:
 *
 * <ul>
 *   <li><i>merge</i>: two passages that are each other's best match, with that pair at or above a bar, merge when the
 *       same-article rule allows;
 *   <li><i>second membership</i>: a sentence also belongs to the other passage with which its mean probability is
 *       highest, when its best pair there is at or above a bar and the same-article rule allows (with {@code -lead}
 *       only lead sentences, with {@code -head} only headlines and bullets);
 *   <li><i>oracle</i>: the passages of every missed link merge when the same-article rule allows (an upper bound for
 *       merges, knowing the gold).
 * </ul>
 *
 * <p>It lives in {@code dev.parallax.align} (in bench, on the class path beside core) because it reads the aligner's
 * package-private pairs and probabilities: the measure and the shipped aligner cannot drift apart.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.align.PartitionCeiling ../shared/data/ecbplus dev
 * java -cp bench/target/benchmarks.jar dev.parallax.align.PartitionCeiling ../shared/data/ecbplus train -lead
 * </pre>
 */
public final class PartitionCeiling {
  /** The probability bars of the table. */
  private static final double[] BARS = {0.95, 0.9, 0.8, 0.7, 0.6, 0.5};

  private final String only;
  private long links;
  private long nonLinks;
  private long baseLinks;
  private long baseNonLinks;
  private int apart;
  private int compatible;
  private int mutualByMean;
  private int mutualByMax;
  private final int[] ownAt = new int[BARS.length];
  private final int[] bestAt = new int[BARS.length];
  private final int[] mutualAt = new int[BARS.length];
  private final int[] mutualCompatibleAt = new int[BARS.length];
  private final long[][] merged = new long[BARS.length][2];
  private final long[][] second = new long[BARS.length][2];
  private final long[] oracle = new long[2];
  /** Missed links by the roles of their best pair's sentences and its probability ("lead-lead 0.5-0.95"). */
  private final Map<String, Integer> byRole = new TreeMap<>();
  private int edgePassages;
  private int edgePassagesLinked;
  private int edgePassagesMayMerge;

  private PartitionCeiling(String only) {
    this.only = only;
  }

  /** Arguments: the ECB+ folder, the split ({@code dev} by default), and optionally {@code -lead} or {@code -head}. */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    String only = rest.remove("-lead") ? "lead" : rest.remove("-head") ? "head" : "all";
    Path root = Path.of(rest.size() > 0 ? rest.get(0) : "../shared/data/ecbplus");
    String split = rest.size() > 1 ? rest.get(1) : "dev";
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("PartitionCeiling skipped: no ECB+ data under " + root.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.builder().build();
    PartitionCeiling c = new PartitionCeiling(only);
    for (EcbPlus.SubTopic topic : data.subTopics(split)) {
      List<Article> articles = data.articles(topic);
      c.add(parallax.compare(articles), topic);
    }
    c.print(split);
  }

  private void print(String split) {
    System.out.printf(Locale.ROOT, "ECB+ %s: %d links, %d non-links; the aligner links %s%n", split, links, nonLinks,
        rate(baseLinks, baseNonLinks));
    System.out.printf(Locale.ROOT, "missed links whose sentences are in two passages of other outlets: %d%n", apart);
    System.out.printf(Locale.ROOT, "  the two passages may merge (same-article rule): %d%n", compatible);
    System.out.printf(Locale.ROOT, "  each other's best match by mean probability: %d; by highest pair: %d%n",
        mutualByMean, mutualByMax);
    System.out.println("| bar | own pair >= bar | best pair between the passages >= bar | each other's best, >= bar "
        + "| and may merge | merge rule: linked / false | second membership (" + only + "): linked / false |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int b = 0; b < BARS.length; b++) {
      System.out.printf(Locale.ROOT, "| %.2f | %d | %d | %d | %d | %s | %s |%n", BARS[b], ownAt[b], bestAt[b],
          mutualAt[b], mutualCompatibleAt[b], rate(merged[b][0], merged[b][1]), rate(second[b][0], second[b][1]));
    }
    System.out.println("by the roles of the link's best pair (head: headline or bullet; lead: first two body sentences; "
        + "later) and its probability (gate: refused by the content gate): " + byRole);
    System.out.printf(Locale.ROOT, "passage pairs with a pair at the edge: %d; of them at the model's link level: %d; "
        + "and may merge: %d%n", edgePassages, edgePassagesLinked, edgePassagesMayMerge);
    System.out.printf(Locale.ROOT, "oracle (the passages of every missed link merged where the rule allows): %s%n",
        rate(oracle[0], oracle[1]));
  }

  private String rate(long l, long n) {
    return String.format(Locale.ROOT, "%.1f%% / %.1f%%", 100.0 * l / links, 100.0 * n / nonLinks);
  }

  /** Adds one sub-topic's comparison. */
  private void add(Comparison c, EcbPlus.SubTopic topic) {
    GoldTopic view = GoldTopic.of(c, c.articles(), topic);
    Map<String, Integer> index = view.index();
    boolean[] main = view.main();
    SentenceNodes nodes = view.nodes();
    ScoredPairs pairs = new ScoredPairs(nodes, Similarities.lexical(), SameFactModel.standard(), Lexicon.standard());
    int passages = c.passages().size();
    int[] passageOf = view.passageOf();
    List<List<Integer>> members = view.members();
    // linkage (mean, highest) of every two passages that a candidate pair joins
    Map<Long, double[]> link = new TreeMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      int p = passageOf[nodes.low(pairs.pair(i))];
      int q = passageOf[nodes.high(pairs.pair(i))];
      if (p >= 0 && q >= 0 && p != q) {
        link.computeIfAbsent(key(Math.min(p, q), Math.max(p, q)),
            k -> linkage(members.get(Math.min(p, q)), members.get(Math.max(p, q)), nodes, pairs));
      }
    }
    for (Map.Entry<Long, double[]> e : link.entrySet()) {
      if (e.getValue()[1] >= SameFactModel.standard().edge()) {
        edgePassages++;
        if (e.getValue()[0] >= SameFactModel.standard().link()) {
          edgePassagesLinked++;
          edgePassagesMayMerge += compatible(members.get((int) (e.getKey() >> 32)),
              members.get((int) (long) e.getKey()), nodes, pairs) ? 1 : 0;
        }
      }
    }
    int[] bestByMean = best(link, passages, 0);
    int[] bestByMax = best(link, passages, 1);
    int[][] mergedId = new int[BARS.length][];
    for (int b = 0; b < BARS.length; b++) {
      int[] root = identity(passages);
      for (Map.Entry<Long, double[]> e : link.entrySet()) {
        int p = (int) (e.getKey() >> 32);
        int q = (int) (long) e.getKey();
        if (bestByMax[p] == q && bestByMax[q] == p && e.getValue()[1] >= BARS[b]
            && compatible(members.get(p), members.get(q), nodes, pairs)) {
          union(root, p, q);
        }
      }
      mergedId[b] = root;
    }
    int[][] extra = secondMemberships(nodes, pairs, passageOf, members);
    Map<String, Map<Integer, List<Integer>>> mapped = view.gold();
    int[] oracleRoot = identity(passages);
    List<EcbPlus.GoldPair> judged = new ArrayList<>();
    for (EcbPlus.GoldPair gp : topic.pairs()) {
      links += gp.link() ? 1 : 0;
      nonLinks += gp.link() ? 0 : 1;
      Integer a = index.get(gp.docA());
      Integer b = index.get(gp.docB());
      if (a == null || b == null || !main[a] || !main[b]) {
        continue;
      }
      judged.add(gp);
      List<Integer> xs = mapped.get(gp.docA()).getOrDefault(gp.sentenceA(), List.of());
      List<Integer> ys = mapped.get(gp.docB()).getOrDefault(gp.sentenceB(), List.of());
      boolean base = false;
      int px = -1;
      int py = -1;
      double bestMean = -1;
      double own = 0;
      int ox = -1;
      int oy = -1;
      for (int x : xs) {
        for (int y : ys) {
          if (passageOf[x] < 0 || passageOf[y] < 0) {
            continue;
          }
          base |= passageOf[x] == passageOf[y];
          if (outlets(members.get(passageOf[x]), nodes) > 1 && outlets(members.get(passageOf[y]), nodes) > 1) {
            double[] l = link.getOrDefault(key(Math.min(passageOf[x], passageOf[y]),
                Math.max(passageOf[x], passageOf[y])), new double[2]);
            if (l[0] > bestMean) {
              bestMean = l[0];
              px = passageOf[x];
              py = passageOf[y];
            }
            double v = pairs.prob(x, y);
            if (v > own || ox < 0) {
              own = v;
              ox = x;
              oy = y;
            }
          }
        }
      }
      count(gp.link(), base, null);
      for (int bar = 0; bar < BARS.length; bar++) {
        int[] root = mergedId[bar];
        count(gp.link(), linked(xs, ys, g -> passageOf[g] < 0 ? -1 : find(root, passageOf[g])), merged[bar]);
        int[] e = extra[bar];
        boolean l = false;
        for (int x : xs) {
          for (int y : ys) {
            l |= passageOf[x] >= 0 && passageOf[y] >= 0 && (passageOf[x] == passageOf[y] || passageOf[x] == e[y]
                || e[x] == passageOf[y] || e[x] >= 0 && e[x] == e[y]);
          }
        }
        count(gp.link(), l, second[bar]);
      }
      if (!gp.link() || base || px < 0 || px == py) {
        continue;
      }
      apart++;
      byRole.merge(roles(nodes, ox, oy) + " " + (own == 0 ? "gate" : own < 0.5 ? "<0.5" : own < BARS[0] ? "0.5-0.95"
          : ">=0.95"), 1, Integer::sum);
      double[] l = link.getOrDefault(key(Math.min(px, py), Math.max(px, py)), new double[2]);
      boolean mayMerge = compatible(members.get(px), members.get(py), nodes, pairs);
      boolean mutualMax = bestByMax[px] == py && bestByMax[py] == px;
      compatible += mayMerge ? 1 : 0;
      mutualByMean += bestByMean[px] == py && bestByMean[py] == px ? 1 : 0;
      mutualByMax += mutualMax ? 1 : 0;
      if (mayMerge) {
        union(oracleRoot, px, py);
      }
      for (int bar = 0; bar < BARS.length; bar++) {
        ownAt[bar] += own >= BARS[bar] ? 1 : 0;
        bestAt[bar] += l[1] >= BARS[bar] ? 1 : 0;
        mutualAt[bar] += mutualMax && l[1] >= BARS[bar] ? 1 : 0;
        mutualCompatibleAt[bar] += mutualMax && mayMerge && l[1] >= BARS[bar] ? 1 : 0;
      }
    }
    for (EcbPlus.GoldPair gp : judged) {
      List<Integer> xs = mapped.get(gp.docA()).getOrDefault(gp.sentenceA(), List.of());
      List<Integer> ys = mapped.get(gp.docB()).getOrDefault(gp.sentenceB(), List.of());
      count(gp.link(), linked(xs, ys, g -> passageOf[g] < 0 ? -1 : find(oracleRoot, passageOf[g])), oracle);
    }
  }

  private void count(boolean link, boolean linked, long[] into) {
    if (!linked) {
      return;
    }
    if (into == null) {
      baseLinks += link ? 1 : 0;
      baseNonLinks += link ? 0 : 1;
    } else {
      into[link ? 0 : 1]++;
    }
  }

  private static boolean linked(List<Integer> xs, List<Integer> ys, java.util.function.IntUnaryOperator group) {
    for (int x : xs) {
      for (int y : ys) {
        int gx = group.applyAsInt(x);
        if (gx >= 0 && gx == group.applyAsInt(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Per bar, per node: the passage a sentence would also belong to (its other passage of highest mean probability,
   * when its best pair there reaches the bar and the same-article rule allows), or -1.
   */
  private int[][] secondMemberships(SentenceNodes nodes, ScoredPairs pairs, int[] passageOf,
      List<List<Integer>> members) {
    TreeSet<Long> touched = new TreeSet<>();
    for (int i = 0; i < pairs.size(); i++) {
      int x = nodes.low(pairs.pair(i));
      int y = nodes.high(pairs.pair(i));
      if (passageOf[x] >= 0 && passageOf[y] >= 0 && passageOf[x] != passageOf[y]) {
        touched.add(key(x, passageOf[y]));
        touched.add(key(y, passageOf[x]));
      }
    }
    double[] bestMean = new double[nodes.size()];
    double[] bestMax = new double[nodes.size()];
    int[] bestPassage = new int[nodes.size()];
    Arrays.fill(bestPassage, -1);
    for (long k : touched) {
      int g = (int) (k >> 32);
      int q = (int) k;
      double[] l = linkage(List.of(g), members.get(q), nodes, pairs);
      if (l[0] > bestMean[g]) {
        bestMean[g] = l[0];
        bestMax[g] = l[1];
        bestPassage[g] = q;
      }
    }
    int[][] extra = new int[BARS.length][nodes.size()];
    for (int b = 0; b < BARS.length; b++) {
      Arrays.fill(extra[b], -1);
      for (int g = 0; g < nodes.size(); g++) {
        boolean kind = switch (only) {
          case "lead" -> nodes.isLead(g);
          case "head" -> SentenceNodes.isSummary(nodes.sentence(g));
          default -> true;
        };
        if (kind && bestPassage[g] >= 0 && bestMax[g] >= BARS[b]
            && compatible(List.of(g), members.get(bestPassage[g]), nodes, pairs)) {
          extra[b][g] = bestPassage[g];
        }
      }
    }
    return extra;
  }

  /** Per passage, the other passage of highest linkage (mean when {@code which} is 0, highest pair when 1), or -1. */
  private static int[] best(Map<Long, double[]> link, int passages, int which) {
    int[] best = new int[passages];
    double[] value = new double[passages];
    Arrays.fill(best, -1);
    for (Map.Entry<Long, double[]> e : link.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int q = (int) (long) e.getKey();
      double v = e.getValue()[which];
      if (v > value[p]) {
        value[p] = v;
        best[p] = q;
      }
      if (v > value[q]) {
        value[q] = v;
        best[q] = p;
      }
    }
    return best;
  }

  /** Per gold document and gold sentence number, the nodes of the Parallax sentences overlapping it. */
  static Map<String, Map<Integer, List<Integer>>> mapGold(EcbPlus.SubTopic topic,
      List<AnalyzedArticle> articles, Map<String, Integer> index, Map<Long, Integer> nodeOf) {
    Map<String, Map<Integer, List<Integer>>> mapped = new HashMap<>();
    for (String doc : topic.docs()) {
      Integer a = index.get(doc);
      if (a == null) {
        continue;
      }
      String text = articles.get(a).article().text();
      Map<Integer, List<Integer>> m = new HashMap<>();
      for (EcbPlus.GoldSentence gs : topic.sentences().getOrDefault(doc, List.of())) {
        int start = javaOffset(text, gs.start());
        int end = javaOffset(text, gs.end());
        for (Sentence s : articles.get(a).sentences()) {
          Integer g = nodeOf.get(key(a, s.index()));
          if (g != null && s.start() < end && start < s.end()) {
            m.computeIfAbsent(gs.n(), k -> new ArrayList<>()).add(g);
          }
        }
      }
      mapped.put(doc, m);
    }
    return mapped;
  }

  /** The mean and the highest same-fact probability over the cross-article pairs of two groups of nodes. */
  private static double[] linkage(List<Integer> a, List<Integer> b, SentenceNodes nodes, ScoredPairs pairs) {
    double sum = 0;
    double max = 0;
    int n = 0;
    for (int x : a) {
      for (int y : b) {
        if (nodes.articleOf(x) != nodes.articleOf(y)) {
          double v = pairs.prob(x, y);
          sum += v;
          max = Math.max(max, v);
          n++;
        }
      }
    }
    return new double[] {n == 0 ? 0.0 : sum / n, max};
  }

  /** The aligner's same-article rule (and its two-speakers rule) for two groups ({@code GroupMerger.compatible}). */
  static boolean compatible(List<Integer> a, List<Integer> b, SentenceNodes nodes, ScoredPairs pairs) {
    double factLevel = StandardAligner.FACT * Similarities.lexical().threshold();
    for (int x : a) {
      for (int y : b) {
        if (nodes.articleOf(x) != nodes.articleOf(y)) {
          if (pairs.quotesOfTwoPeople(x, y)) {
            return false;
          }
          continue;
        }
        Sentence sx = nodes.sentence(x);
        Sentence sy = nodes.sentence(y);
        if (Math.abs(sx.index() - sy.index()) > GroupMerger.NEAR && !SentenceNodes.isSummary(sx)
            && !SentenceNodes.isSummary(sy) && pairs.sim(x, y) < factLevel) {
          return false;
        }
      }
    }
    return true;
  }

  /** The roles of two nodes' sentences, in a fixed order: "head-lead", "lead-later", ... */
  static String roles(SentenceNodes nodes, int x, int y) {
    String a = role(nodes, x);
    String b = role(nodes, y);
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
  }

  private static String role(SentenceNodes nodes, int g) {
    return SentenceNodes.isSummary(nodes.sentence(g)) ? "head" : nodes.isLead(g) ? "lead" : "later";
  }

  private static int outlets(List<Integer> group, SentenceNodes nodes) {
    return (int) group.stream().mapToInt(nodes::articleOf).distinct().count();
  }

  /** One number for two ints (an article and a sentence, two passages, a node and a passage). */
  static long key(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }

  private static int[] identity(int n) {
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    return root;
  }

  private static int find(int[] root, int x) {
    while (root[x] != x) {
      root[x] = root[root[x]];
      x = root[x];
    }
    return x;
  }

  private static void union(int[] root, int a, int b) {
    int ra = find(root, a);
    int rb = find(root, b);
    if (ra != rb) {
      root[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The UTF-16 offset of a code-point offset (the gold's spans count code points). */
  private static int javaOffset(String text, int codePoints) {
    int cps = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(codePoints, cps));
  }
}
