package dev.parallax.align;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.EventEvaluation;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Event membership of two articles that share no fact: how often two reports of one event stay together and two
 * reports of different events are set apart, at the shipped level of {@link EventDecider#LEADS_CROSSED} and at others.
 *
 * <p><b>Protocol.</b> Each pair is one call of the default aligner on two analysed articles. ECB+ (all dates equal):
 * <i>same</i> pairs are a sub-topic's documents in file order, the first with the second, the third with the fourth,
 * at most five pairs per sub-topic; <i>look-alike</i> pairs are the k-th documents of a topic's two sub-topics, k &lt; 5
 * (another event of the same kind). BASIL: <i>same</i> pairs are every pair of one event's three articles, with their
 * dates; <i>unrelated</i> pairs are the first article of event i and the second of event i + 50 (mod 100), given the
 * first one's date. ECB+ {@code train} and BASIL, the development sets, choose the level (the mean of their Youden's
 * J: same pairs kept together minus the others kept together); ECB+ {@code dev} is reported.
 *
 * <p>A pair that shares a fact is decided by that, whatever the level; a pair that shares none stays together when
 * its {@link EventDecider#leadsCrossed} reaches the level. So one run gives the figures at every level.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.align.TwoArticleEvaluation ../shared/data
 * </pre>
 *
 * <p>The argument is the shared data folder holding {@code basil/} and {@code ecbplus/}; a set whose folder is absent
 * is skipped with a message. Prints Markdown on standard output.
 */
public final class TwoArticleEvaluation {
  private TwoArticleEvaluation() {}

  /** The levels the table shows, besides the shipped one. */
  private static final double[] LEVELS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 1.0};
  /** At most this many pairs per sub-topic (same) or topic (look-alike). */
  private static final int PAIRS = 5;

  /** One pair of the protocol: its set, whether its two articles report one event, and the two articles. */
  record Pair(String set, boolean same, AnalyzedArticle a, AnalyzedArticle b) {}

  /** What the aligner decided for a pair, and the pair's crossing of leads. */
  record Decided(Pair pair, boolean sharesFact, boolean apartInTime, boolean together, double crossed) {
    /** Whether the pair would stay together with the level {@code level}. */
    boolean togetherAt(double level) {
      return !apartInTime && (sharesFact || crossed >= level);
    }
  }

  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Parallax parallax = Parallax.create();
    List<Pair> pairs = new ArrayList<>();
    Path ecb = data.resolve("ecbplus");
    if (Files.isRegularFile(ecb.resolve("MANIFEST.tsv"))) {
      pairs.addAll(ecbPairs(EventEvaluation.read(ecb), parallax));
    } else {
      System.out.println("(no ECB+ at " + ecb + ": skipped)");
    }
    Path basil = data.resolve("basil");
    if (Files.isRegularFile(basil.resolve("MANIFEST.tsv"))) {
      pairs.addAll(basilPairs(basil, parallax));
    } else {
      System.out.println("(no BASIL at " + basil + ": skipped)");
    }
    Aligner aligner = Aligners.standard(Similarities.lexical());
    EventDecider decider = EventDecider.standard();
    List<Decided> decided = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      Alignment al = aligner.align(List.of(p.a(), p.b()));
      List<EventBasis> bases = al.events().stream().map(ArticleEvent::basis).toList();
      boolean apart = bases.contains(EventBasis.PUBLISHED_APART);
      boolean shares = bases.contains(EventBasis.SHARES_FACTS);
      boolean together = al.events().stream().allMatch(e -> e.membership() == EventMembership.MAIN);
      decided.add(new Decided(p, shares, apart, together, decider.leadsCrossed(p.a(), p.b())));
    }
    print(decided);
  }

  private static void print(List<Decided> decided) {
    Map<String, List<Decided>> bySet = new TreeMap<>();
    decided.forEach(d -> bySet.computeIfAbsent(d.pair().set(), s -> new ArrayList<>()).add(d));
    StringBuilder head = new StringBuilder("| set | pairs | share a fact | kept together, shipped (")
        .append(EventDecider.LEADS_CROSSED).append(") | before (no two-article rule) |");
    StringBuilder rule = new StringBuilder("|---|---:|---:|---:|---:|");
    for (double l : LEVELS) {
      head.append(" at ").append(l).append(" |");
      rule.append("---:|");
    }
    System.out.println("Two articles: pairs kept together (both MAIN), by set and level of the crossing of leads\n");
    System.out.println(head);
    System.out.println(rule);
    for (Map.Entry<String, List<Decided>> e : bySet.entrySet()) {
      List<Decided> ds = e.getValue();
      int n = ds.size();
      StringBuilder row = new StringBuilder("| ").append(e.getKey()).append(" | ").append(n).append(" | ")
          .append(ds.stream().filter(Decided::sharesFact).count()).append(" | ")
          .append(share(ds.stream().filter(Decided::together).count(), n)).append(" | ")
          .append(share(ds.stream().filter(d -> d.sharesFact() && !d.apartInTime()).count(), n)).append(" |");
      for (double l : LEVELS) {
        row.append(' ').append(share(ds.stream().filter(d -> d.togetherAt(l)).count(), n)).append(" |");
      }
      System.out.println(row);
    }
    for (String split : List.of("ecb-train", "ecb-dev", "basil")) {
      List<Decided> same = bySet.getOrDefault(split + "-same", List.of());
      List<Decided> other = bySet.getOrDefault(split + (split.equals("basil") ? "-unrelated" : "-look-alike"), List.of());
      if (same.isEmpty() || other.isEmpty()) {
        continue;
      }
      StringBuilder row = new StringBuilder("\nYouden's J on ").append(split).append(" (same kept minus others kept):");
      row.append(String.format(Locale.ROOT, " before %.3f;", j(same, other, Double.POSITIVE_INFINITY)));
      for (double l : LEVELS) {
        row.append(String.format(Locale.ROOT, " %.2f: %.3f;", l, j(same, other, l)));
      }
      System.out.println(row);
    }
    if (bySet.containsKey("ecb-train-same") && bySet.containsKey("basil-same")) {
      StringBuilder row = new StringBuilder("\nMean of the J of ecb-train and basil (chooses the level):");
      row.append(String.format(Locale.ROOT, " before %.3f;", choosingJ(bySet, Double.POSITIVE_INFINITY)));
      for (double l : LEVELS) {
        row.append(String.format(Locale.ROOT, " %.2f: %.3f;", l, choosingJ(bySet, l)));
      }
      System.out.println(row);
    }
  }

  /** The mean of Youden's J over ECB+ train and BASIL at {@code level}, the figure the level is chosen by. */
  private static double choosingJ(Map<String, List<Decided>> bySet, double level) {
    return (j(bySet.get("ecb-train-same"), bySet.get("ecb-train-look-alike"), level)
        + j(bySet.get("basil-same"), bySet.get("basil-unrelated"), level)) / 2;
  }

  private static double j(List<Decided> same, List<Decided> other, double level) {
    return (double) same.stream().filter(d -> d.togetherAt(level)).count() / same.size()
        - (double) other.stream().filter(d -> d.togetherAt(level)).count() / other.size();
  }

  private static String share(long k, int n) {
    return String.format(Locale.ROOT, "%d (%.1f%%)", k, 100.0 * k / n);
  }

  /** The ECB+ pairs of the protocol, per split. */
  static List<Pair> ecbPairs(List<EventEvaluation.Doc> docs, Parallax parallax) {
    // split -> topic -> sub-topic -> documents in file order
    Map<String, Map<Integer, Map<String, List<Article>>>> tree = new TreeMap<>();
    for (EventEvaluation.Doc d : docs) {
      tree.computeIfAbsent(d.split(), s -> new TreeMap<>()).computeIfAbsent(d.topic(), t -> new TreeMap<>())
          .computeIfAbsent(d.subtopic(), s -> new ArrayList<>()).add(d.article());
    }
    List<Pair> out = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Map<String, List<Article>>>> split : tree.entrySet()) {
      for (Map<String, List<Article>> topic : split.getValue().values()) {
        for (List<Article> sub : topic.values()) {
          for (int k = 0; k + 1 < sub.size() && k < 2 * PAIRS; k += 2) {
            out.add(pair("ecb-" + split.getKey() + "-same", true, sub.get(k), sub.get(k + 1), parallax));
          }
        }
        if (topic.size() == 2) {
          List<List<Article>> two = new ArrayList<>(topic.values());
          for (int k = 0; k < PAIRS && k < two.get(0).size() && k < two.get(1).size(); k++) {
            out.add(pair("ecb-" + split.getKey() + "-look-alike", false, two.get(0).get(k), two.get(1).get(k), parallax));
          }
        }
      }
    }
    return out;
  }

  /** The BASIL pairs of the protocol. */
  static List<Pair> basilPairs(Path basil, Parallax parallax) {
    Map<String, List<Article>> events = new TreeMap<>();
    for (Article a : ArticleReader.withManifest(basil.resolve("MANIFEST.tsv")).readManifestFiles()) {
      // BASIL files are <event id>_<n>.txt
      events.computeIfAbsent(a.id().substring(0, a.id().lastIndexOf('_')), k -> new ArrayList<>()).add(a);
    }
    List<String> ids = new ArrayList<>(events.keySet());
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      List<Article> own = events.get(ids.get(i));
      for (int x = 0; x < own.size(); x++) {
        for (int y = x + 1; y < own.size(); y++) {
          out.add(pair("basil-same", true, own.get(x), own.get(y), parallax));
        }
      }
      List<Article> far = events.get(ids.get((i + ids.size() / 2) % ids.size()));
      Article other = far.get(Math.min(1, far.size() - 1));
      Optional<LocalDate> date = own.get(0).published();
      out.add(pair("basil-unrelated", false, own.get(0), other.withMetadata(other.outlet(), date), parallax));
    }
    return out;
  }

  /** The pair, the second article's outlet told apart when both name the same one (two reports of one site). */
  private static Pair pair(String set, boolean same, Article a, Article b, Parallax parallax) {
    Article second = b.outlet().equals(a.outlet()) ? b.withMetadata(b.outlet() + " (2)", b.published()) : b;
    return new Pair(set, same, parallax.analyze(a), parallax.analyze(second));
  }
}
