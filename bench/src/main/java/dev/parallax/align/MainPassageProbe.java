package dev.parallax.align;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.EcbPlus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The main event's passage of each ECB+ sub-topic as the default aligner leaves it, and every opening (headline,
 * bullet, first two body sentences) and later sentence of a main-event article outside it that the gold links to
 * it: a measurement for issue 12, not a test and never run by the build.
 *
 * <p>The main passage is the passage holding the openings of the most main-event articles (at least two), as
 * {@code GroupMerger.mainPassageWithOpenings} chooses it (here read on the final passages); its action is the content
 * word (or synonym group) the members of the most of its articles use, the fewest sentences of the run use. Each row
 * of the table written to the file is one sentence outside it, with what a passage-level decision could read (role,
 * whether it names the action, shares a name or number with the passage, its mean same-fact probability and
 * similarity with the passage, its mean with its own passage, whether its outlet is absent from the passage) and
 * what the gold says of it: links and curated non-links with the passage's sentences, and with its own passage's.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.align.MainPassageProbe ../shared/data/ecbplus train /tmp/rows.tsv
 * </pre>
 */
public final class MainPassageProbe {
  private MainPassageProbe() {}

  /** Arguments: the ECB+ folder, the split, the table to write. */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    String split = args.length > 1 ? args[1] : "train";
    Path out = Path.of(args.length > 2 ? args[2] : "main-passage-" + split + ".tsv");
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("MainPassageProbe skipped: no ECB+ data under " + root.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.builder().build();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println(String.join("\t", "topic", "node", "article", "role", "rank", "action", "terms_shared", "name",
          "number", "to_passage", "sim_passage", "max_passage", "to_own", "own_size", "own_outlets", "absent",
          "passage_articles", "main_articles", "links_in", "non_in", "links_own", "non_own", "text"));
      int[] sums = new int[8];
      for (EcbPlus.SubTopic topic : data.subTopics(split)) {
        add(parallax.compare(data.articles(topic)), topic, w, sums);
      }
      System.out.printf(Locale.ROOT, "ECB+ %s: main passages %d of %d articles; links inside them %d, non-links %d;"
          + " links from outside sentences to them %d (openings %d), non-links %d (openings %d)%n", split, sums[0],
          sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Comparison c, EcbPlus.SubTopic topic, PrintWriter w, int[] sums) {
    List<AnalyzedArticle> given = c.articles();
    int[] order = StandardAligner.canonicalOrder(given);
    List<AnalyzedArticle> articles = Arrays.stream(order).mapToObj(given::get).toList();
    GoldTopic view = GoldTopic.of(c, articles, topic);
    boolean[] main = view.main();
    SentenceNodes nodes = view.nodes();
    SameFactModel model = SameFactModel.standard();
    ScoredPairs pairs = new ScoredPairs(nodes, Similarities.lexical(), model, Lexicon.standard());
    PairFeatures features = pairs.features();
    List<List<Integer>> members = view.members();
    int[] passageOf = view.passageOf();
    int mainArticles = 0;
    for (boolean m : main) {
      mainArticles += m ? 1 : 0;
    }
    int best = GroupMerger.mainGroup(members, g -> nodes.isLead(g) && main[nodes.articleOf(g)], nodes::articleOf);
    if (best < 0) {
      return;
    }
    List<Integer> passage = members.get(best);
    List<Set<Integer>> termsOf = new ArrayList<>();
    for (int g = 0; g < nodes.size(); g++) {
      termsOf.add(features.actionTerms(g));
    }
    int action = GroupMerger.mainAction(passage, termsOf, nodes::articleOf)[0];
    Set<Integer> passageArticles = new HashSet<>();
    Map<Integer, Set<Integer>> articlesOfTerm = new HashMap<>();
    for (int g : passage) {
      passageArticles.add(nodes.articleOf(g));
      for (int t : termsOf.get(g)) {
        articlesOfTerm.computeIfAbsent(t, x -> new HashSet<>()).add(nodes.articleOf(g));
      }
    }
    // the terms more than half of the passage's articles use
    Set<Integer> passageTerms = new HashSet<>();
    for (Map.Entry<Integer, Set<Integer>> e : articlesOfTerm.entrySet()) {
      if (2 * e.getValue().size() > passageArticles.size()) {
        passageTerms.add(e.getKey());
      }
    }
    sums[0] += passageArticles.size();
    sums[1] += mainArticles;
    // node -> its gold sentences; gold sentence -> links
    Map<Integer, List<String>> goldOf = new HashMap<>();
    for (Map.Entry<String, Map<Integer, List<Integer>>> d : view.gold().entrySet()) {
      for (Map.Entry<Integer, List<Integer>> s : d.getValue().entrySet()) {
        for (int g : s.getValue()) {
          goldOf.computeIfAbsent(g, k -> new ArrayList<>()).add(d.getKey() + "#" + s.getKey());
        }
      }
    }
    Set<String> inPassage = new HashSet<>();
    for (int g : passage) {
      inPassage.addAll(goldOf.getOrDefault(g, List.of()));
    }
    Map<String, List<String[]>> pairsOf = new HashMap<>();
    for (EcbPlus.GoldPair gp : topic.pairs()) {
      String a = gp.docA() + "#" + gp.sentenceA();
      String b = gp.docB() + "#" + gp.sentenceB();
      String kind = gp.link() ? "L" : "N";
      pairsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {b, kind});
      pairsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(new String[] {a, kind});
      if (inPassage.contains(a) && inPassage.contains(b)) {
        sums[gp.link() ? 2 : 3]++;
      }
    }
    for (int g = 0; g < nodes.size(); g++) {
      int article = nodes.articleOf(g);
      if (!main[article] || passageOf[g] == best) {
        continue;
      }
      List<String> mine = goldOf.getOrDefault(g, List.of());
      Set<String> own = new HashSet<>();
      List<Integer> ownGroup = passageOf[g] >= 0 ? members.get(passageOf[g]) : List.of(g);
      for (int h : ownGroup) {
        if (h != g) {
          own.addAll(goldOf.getOrDefault(h, List.of()));
        }
      }
      int[] counts = new int[4];
      Set<String> seen = new TreeSet<>();
      for (String s : mine) {
        for (String[] p : pairsOf.getOrDefault(s, List.of())) {
          if (!seen.add(s + "|" + p[0])) {
            continue;
          }
          if (inPassage.contains(p[0])) {
            counts[p[1].equals("L") ? 0 : 1]++;
          }
          if (own.contains(p[0])) {
            counts[p[1].equals("L") ? 2 : 3]++;
          }
        }
      }
      boolean opening = nodes.isLead(g);
      if (!opening && counts[0] + counts[1] == 0) {
        continue;
      }
      sums[4] += counts[0];
      sums[5] += opening ? counts[0] : 0;
      sums[6] += counts[1];
      sums[7] += opening ? counts[1] : 0;
      Set<Integer> terms = termsOf.get(g);
      int shared = 0;
      for (int t : terms) {
        shared += passageTerms.contains(t) && t >= 0 ? 1 : 0;
      }
      boolean name = false;
      boolean number = false;
      double sum = 0;
      double sim = 0;
      double max = 0;
      int n = 0;
      for (int y : GroupMerger.sample(passage)) {
        if (nodes.articleOf(y) == article) {
          continue;
        }
        double[] f = features.of(g, y);
        name |= f[PairFeatures.NAMES.indexOf("names")] > 0;
        number |= f[PairFeatures.NAMES.indexOf("numbers_shared")] > 0;
        double p = pairs.prob(g, y);
        sum += p;
        max = Math.max(max, p);
        sim += pairs.sim(g, y);
        n++;
      }
      double ownSum = 0;
      int ownN = 0;
      for (int y : GroupMerger.sample(ownGroup)) {
        if (nodes.articleOf(y) != article) {
          ownSum += pairs.prob(g, y);
          ownN++;
        }
      }
      String role = SentenceNodes.isSummary(nodes.sentence(g)) ? "head" : opening ? "lead" : "later";
      w.println(String.join("\t", topic.id(), Integer.toString(g), Integer.toString(article), role,
          Integer.toString(nodes.bodyRank(g)), terms.contains(action) ? "1" : "0", Integer.toString(shared),
          name ? "1" : "0", number ? "1" : "0", f4(n == 0 ? 0 : sum / n), f4(n == 0 ? 0 : sim / n), f4(max),
          f4(ownN == 0 ? 0 : ownSum / ownN), Integer.toString(ownGroup.size()),
          Long.toString(ownGroup.stream().mapToInt(nodes::articleOf).distinct().count()),
          passageArticles.contains(article) ? "0" : "1", Integer.toString(passageArticles.size()),
          Integer.toString(mainArticles), Integer.toString(counts[0]), Integer.toString(counts[1]),
          Integer.toString(counts[2]), Integer.toString(counts[3]),
          nodes.sentence(g).text().replace('\n', ' ').replace('\t', ' ')));
    }
  }

  private static String f4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
