package dev.parallax.align;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.EcbPlus;
import dev.parallax.ingest.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The most ECB+ links that any passage partition could make at a given false-link rate, built knowing the gold: the
 * ceiling of every grouping rule, whatever the pair model. A measurement for issue 12, not a test and never run by
 * the build.
 *
 * <p>Each sentence stays in exactly one passage, and two sentences of one article share a passage only as the aligner
 * allows ({@link PartitionCeiling#compatible}: neighbours, a headline or bullet, or alike at the fact level; never two
 * people's quotes). From a start, groups join greedily by the gold: the join that makes the most gold links per
 * curated non-link it adds first (joins that add none first of all, most links first), across all sub-topics of the
 * split at once, each join only while the split's false links stay within a budget (0, 2, 4, 6, 8, 10% of its
 * non-links). Greedy, so a lower bound of the true ceiling; the figures are links made / false links, as {@code
 * EcbPlusAlignment} counts them (a gold sentence is linked through any Parallax sentence overlapping it). Four
 * starts:
 *
 * <ul>
 *   <li><i>singletons, every article main</i>: every sentence alone, no article set apart: the ceiling of the
 *       partition alone;
 *   <li><i>the same without the same-article rule</i> (nor the two-speakers rule): what those rules cost;
 *   <li><i>singletons, today's membership</i>: the same without the articles the shipped aligner sets apart;
 *   <li><i>today's passages</i>: the shipped aligner's passages, joined whole (the ceiling of merging them; the
 *       budget counts the false links added to theirs).
 * </ul>
 *
 * <p>For the partitions at the budget of 8% it then tells what their passages look like against the aligner's (how
 * many of the sub-topic's articles the largest passage holds, passages of several outlets, the roles of their
 * sentences). Lives in {@code dev.parallax.align} beside {@link PartitionCeiling} to read the aligner's nodes and
 * same-article rule.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.align.GoldPartitionCeiling ../shared/data/ecbplus dev
 * java -cp bench/target/benchmarks.jar dev.parallax.align.GoldPartitionCeiling ../shared/data/ecbplus train
 * </pre>
 */
public final class GoldPartitionCeiling {
  /** The false-link budgets, as shares of the split's curated non-links. */
  private static final double[] BUDGETS = {0.0, 0.02, 0.04, 0.06, 0.08, 0.10};
  /** The budget whose partitions are described. */
  private static final int DESCRIBED = 4;

  /** Where the greedy joins start. */
  private enum Start {
    ALL_MAIN("singletons, every article main"),
    ANY("singletons, every article main, no same-article rule"),
    SINGLETONS("singletons, today's membership"),
    PASSAGES("today's passages (budget: false links added)");

    final String label;

    Start(String label) {
      this.label = label;
    }
  }

  private GoldPartitionCeiling() {}

  /** Arguments: the ECB+ folder and the split ({@code dev} by default). */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    String split = args.length > 1 ? args[1] : "dev";
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("GoldPartitionCeiling skipped: no ECB+ data under " + root.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.builder().build();
    List<Comparison> comparisons = new ArrayList<>();
    List<EcbPlus.SubTopic> topics = data.subTopics(split);
    long links = 0;
    long nonLinks = 0;
    for (EcbPlus.SubTopic topic : topics) {
      List<Article> articles = data.articles(topic);
      comparisons.add(parallax.compare(articles));
      for (EcbPlus.GoldPair gp : topic.pairs()) {
        links += gp.link() ? 1 : 0;
        nonLinks += gp.link() ? 0 : 1;
      }
    }
    System.out.printf(Locale.ROOT, "ECB+ %s: %d links, %d curated non-links%n", split, links, nonLinks);
    List<Topic> today = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      today.add(new Topic(comparisons.get(t), topics.get(t), Start.PASSAGES, t));
    }
    long[] base = counts(today);
    System.out.printf(Locale.ROOT, "the aligner's passages: %s%n", rate(base[0], base[1], links, nonLinks));
    StringBuilder header = new StringBuilder("| start \\ false-link budget |");
    StringBuilder rule = new StringBuilder("|---|");
    for (double b : BUDGETS) {
      header.append(String.format(Locale.ROOT, " %.0f%% |", 100 * b));
      rule.append("---:|");
    }
    System.out.println(header);
    System.out.println(rule);
    Map<Start, List<Topic>> described = new TreeMap<>();
    for (Start start : Start.values()) {
      StringBuilder row = new StringBuilder("| " + start.label + " |");
      for (int b = 0; b < BUDGETS.length; b++) {
        List<Topic> state = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
          state.add(new Topic(comparisons.get(t), topics.get(t), start, t));
        }
        long added = start == Start.PASSAGES ? base[1] : 0;
        long[] made = greedy(state, added + (long) Math.floor(BUDGETS[b] * nonLinks));
        row.append(' ').append(rate(made[0], made[1], links, nonLinks)).append(" |");
        if (b == DESCRIBED) {
          described.put(start, state);
        }
      }
      System.out.println(row);
    }
    System.out.printf(Locale.ROOT, "%nwhat the passages hold (sentences that carry a curated gold sentence; "
        + "partitions at <= %.0f%%):%n", 100 * BUDGETS[DESCRIBED]);
    System.out.println(Shape.HEADER);
    System.out.println(Shape.of(today).row("the aligner's passages"));
    for (Map.Entry<Start, List<Topic>> e : described.entrySet()) {
      System.out.println(Shape.of(e.getValue()).row("gold, " + e.getKey().label));
    }
  }

  /** Gold links and non-links the topics' groups make now. */
  private static long[] counts(List<Topic> topics) {
    long[] made = new long[2];
    for (Topic t : topics) {
      for (int i = 0; i < t.gold.size(); i++) {
        if (t.linked[i]) {
          made[t.goldLink[i] ? 0 : 1]++;
        }
      }
    }
    return made;
  }

  /**
   * Joins groups, best join of all topics first, while the false links stay within {@code budget}; returns the links
   * and false links made at the end.
   */
  private static long[] greedy(List<Topic> topics, long budget) {
    long[] made = counts(topics);
    while (true) {
      Join best = null;
      for (Topic t : topics) {
        for (Join j : t.joins()) {
          if (made[1] + j.cost <= budget) {
            if (best == null || Join.ORDER.compare(j, best) < 0) {
              best = j;
            }
            break;
          }
        }
      }
      if (best == null) {
        return made;
      }
      best.topic.join(best.a, best.b);
      made[0] += best.gain;
      made[1] += best.cost;
    }
  }

  private static String rate(long l, long n, long links, long nonLinks) {
    return String.format(Locale.ROOT, "%.1f%% / %.1f%%", 100.0 * l / links, 100.0 * n / nonLinks);
  }

  /** A join of two groups of one topic: the gold links and non-links it adds. */
  private record Join(Topic topic, int a, int b, int gain, int cost) {
    /** Free joins first (most links first), then most links per false link, then most links. */
    static final Comparator<Join> ORDER = Comparator.comparingInt((Join j) -> j.cost == 0 ? 0 : 1)
        .thenComparing(Comparator.comparingDouble((Join j) -> j.cost == 0 ? j.gain : (double) j.gain / j.cost)
            .reversed())
        .thenComparing(Comparator.comparingInt((Join j) -> j.gain).reversed())
        .thenComparingInt(j -> j.topic.order)
        .thenComparingInt(j -> j.a)
        .thenComparingInt(j -> j.b);
  }

  /** One sub-topic: its nodes, their groups, and the judged gold pairs as pairs of nodes. */
  private static final class Topic {
    final int order;
    /** Whether the same-article rule is lifted. */
    final boolean free;
    final SentenceNodes nodes;
    final ScoredPairs pairs;
    /** Node -> its group (the id of a member), -1 when the node takes no part. */
    final int[] groupOf;
    /** Group -> its nodes. */
    final Map<Integer, List<Integer>> members = new TreeMap<>();
    /** Nodes that carry a curated gold sentence. */
    final boolean[] judged;
    /** Per gold pair of the topic, its pairs of nodes ({x, y}); empty when an article takes no part. */
    final List<int[][]> gold = new ArrayList<>();
    final boolean[] goldLink;
    final boolean[] linked;
    /** Node pairs of one article: may they share a passage (the aligner's rule)? */
    private final Map<Long, Boolean> allowed = new HashMap<>();
    private List<Join> joins;

    Topic(Comparison c, EcbPlus.SubTopic topic, Start start, int order) {
      this.order = order;
      this.free = start == Start.ANY;
      List<AnalyzedArticle> articles = c.articles();
      Map<String, Integer> index = new HashMap<>();
      for (int a = 0; a < articles.size(); a++) {
        index.put(articles.get(a).id(), a);
      }
      boolean[] inPlay = new boolean[articles.size()];
      for (ArticleEvent e : c.events()) {
        inPlay[index.get(e.article())] = start == Start.ALL_MAIN || start == Start.ANY || e.membership() == EventMembership.MAIN;
      }
      nodes = new SentenceNodes(articles);
      pairs = new ScoredPairs(nodes, Similarities.lexical(), SameFactModel.standard(), Lexicon.standard());
      Map<Long, Integer> nodeOf = new HashMap<>();
      for (int g = 0; g < nodes.size(); g++) {
        nodeOf.put(key(nodes.articleOf(g), nodes.sentence(g).index()), g);
      }
      groupOf = new int[nodes.size()];
      Arrays.fill(groupOf, -1);
      if (start == Start.PASSAGES) {
        for (var passage : c.passages()) {
          List<Integer> m = new ArrayList<>();
          for (PassageMember member : passage.members()) {
            for (int s : member.sentences()) {
              Integer g = nodeOf.get(key(index.get(member.article()), s));
              if (g != null) {
                m.add(g);
              }
            }
          }
          if (!m.isEmpty()) {
            for (int g : m) {
              groupOf[g] = m.get(0);
            }
            members.put(m.get(0), m);
          }
        }
      } else {
        for (int g = 0; g < nodes.size(); g++) {
          if (inPlay[nodes.articleOf(g)]) {
            groupOf[g] = g;
            members.put(g, new ArrayList<>(List.of(g)));
          }
        }
      }
      judged = new boolean[nodes.size()];
      goldLink = new boolean[topic.pairs().size()];
      Map<String, Map<Integer, List<Integer>>> mapped = PartitionCeiling.mapGold(topic, articles, index, nodeOf);
      for (EcbPlus.GoldPair gp : topic.pairs()) {
        List<Integer> xs = mapped.getOrDefault(gp.docA(), Map.of()).getOrDefault(gp.sentenceA(), List.of());
        List<Integer> ys = mapped.getOrDefault(gp.docB(), Map.of()).getOrDefault(gp.sentenceB(), List.of());
        List<int[]> np = new ArrayList<>();
        for (int x : xs) {
          for (int y : ys) {
            if (groupOf[x] >= 0 && groupOf[y] >= 0) {
              np.add(new int[] {x, y});
              judged[x] = true;
              judged[y] = true;
            }
          }
        }
        goldLink[gold.size()] = gp.link();
        gold.add(np.toArray(new int[0][]));
      }
      linked = new boolean[gold.size()];
      for (int i = 0; i < gold.size(); i++) {
        for (int[] xy : gold.get(i)) {
          linked[i] |= groupOf[xy[0]] == groupOf[xy[1]];
        }
      }
    }

    /** The joins that add a gold link, best first, each allowed by the same-article rule. */
    List<Join> joins() {
      if (joins != null) {
        return joins;
      }
      Map<Long, int[]> added = new TreeMap<>();
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < gold.size(); i++) {
        if (linked[i]) {
          continue;
        }
        seen.clear();
        for (int[] xy : gold.get(i)) {
          int p = groupOf[xy[0]];
          int q = groupOf[xy[1]];
          long k = key(Math.min(p, q), Math.max(p, q));
          if (p != q && seen.add(k)) {
            added.computeIfAbsent(k, kk -> new int[2])[goldLink[i] ? 0 : 1]++;
          }
        }
      }
      List<Join> list = new ArrayList<>();
      for (Map.Entry<Long, int[]> e : added.entrySet()) {
        if (e.getValue()[0] > 0) {
          list.add(new Join(this, (int) (e.getKey() >> 32), (int) (long) e.getKey(), e.getValue()[0],
              e.getValue()[1]));
        }
      }
      list.sort(Join.ORDER);
      List<Join> ok = new ArrayList<>();
      for (Join j : list) {
        if (mayJoin(members.get(j.a), members.get(j.b))) {
          ok.add(j);
        }
      }
      joins = ok;
      return joins;
    }

    private boolean mayJoin(List<Integer> a, List<Integer> b) {
      for (int x : a) {
        for (int y : b) {
          boolean ok = free || allowed.computeIfAbsent(nodes.pair(x, y),
              k -> PartitionCeiling.compatible(List.of(x), List.of(y), nodes, pairs));
          if (!ok) {
            return false;
          }
        }
      }
      return true;
    }

    void join(int a, int b) {
      List<Integer> into = members.get(a);
      for (int g : members.remove(b)) {
        groupOf[g] = a;
        into.add(g);
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!linked[i]) {
          for (int[] xy : gold.get(i)) {
            linked[i] |= groupOf[xy[0]] == groupOf[xy[1]];
          }
        }
      }
      joins = null;
    }
  }

  /** What the passages of a partition hold, counting the judged sentences only. */
  private record Shape(int topics, double largestShare, int largestJudged, long largestLinks, int multi,
      double meanOutlets, int judgedIn, int judged, int[] roles, int twoOfOne, long[] byProbability) {
    static final String HEADER = "| partition | largest passage: share of the sub-topic's articles (mean) "
        + "| its judged sentences | gold links it makes | passages of 2+ articles | their articles (mean) "
        + "| judged sentences in them | of which headline / lead / later | passages with 2+ sentences of one article "
        + "| their cross-article pairs of judged sentences: refused by the gate / < 0.5 / 0.5-0.95 / >= 0.95 "
        + "|\n|---|---:|---:|---:|---:|---:|---:|---|---:|---|";

    static Shape of(List<Topic> topics) {
      double share = 0;
      int multi = 0;
      long outlets = 0;
      int in = 0;
      int all = 0;
      int[] roles = new int[3];
      int twoOfOne = 0;
      int largestJudged = 0;
      long largestLinks = 0;
      long[] byProbability = new long[4];
      for (Topic t : topics) {
        int articles = t.nodes.articles().size();
        int largest = 0;
        int top = -1;
        for (int g = 0; g < t.nodes.size(); g++) {
          all += t.judged[g] ? 1 : 0;
        }
        for (List<Integer> m : t.members.values()) {
          List<Integer> judged = m.stream().filter(g -> t.judged[g]).toList();
          Set<Integer> arts = new HashSet<>();
          judged.forEach(g -> arts.add(t.nodes.articleOf(g)));
          if (arts.size() > largest) {
            largest = arts.size();
            top = m.get(0);
          }
          if (arts.size() >= 2) {
            multi++;
            outlets += arts.size();
            in += judged.size();
            for (int g : judged) {
              roles[SentenceNodes.isSummary(t.nodes.sentence(g)) ? 0 : t.nodes.isLead(g) ? 1 : 2]++;
            }
            twoOfOne += arts.size() < judged.size() ? 1 : 0;
            for (int x : judged) {
              for (int y : judged) {
                if (x < y && t.nodes.articleOf(x) != t.nodes.articleOf(y)) {
                  double v = t.pairs.prob(x, y);
                  byProbability[v == 0 ? 0 : v < 0.5 ? 1 : v < 0.95 ? 2 : 3]++;
                }
              }
            }
          }
        }
        share += (double) largest / articles;
        if (top >= 0) {
          int group = t.groupOf[top];
          for (int g = 0; g < t.nodes.size(); g++) {
            largestJudged += t.judged[g] && t.groupOf[g] == group ? 1 : 0;
          }
          for (int i = 0; i < t.gold.size(); i++) {
            boolean inside = false;
            for (int[] xy : t.gold.get(i)) {
              inside |= t.groupOf[xy[0]] == group && t.groupOf[xy[1]] == group;
            }
            largestLinks += inside && t.goldLink[i] ? 1 : 0;
          }
        }
      }
      return new Shape(topics.size(), share / topics.size(), largestJudged, largestLinks, multi, multi == 0 ? 0 : (double) outlets / multi, in,
          all, roles, twoOfOne, byProbability);
    }

    String row(String label) {
      return String.format(Locale.ROOT,
          "| %s | %.0f%% | %d | %d | %d | %.1f | %d of %d | %d / %d / %d | %d | %d / %d / %d / %d |",
          label, 100 * largestShare, largestJudged, largestLinks, multi, meanOutlets, judgedIn, judged, roles[0], roles[1], roles[2], twoOfOne,
          byProbability[0], byProbability[1], byProbability[2], byProbability[3]);
    }
  }

  private static long key(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }
}
