package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.MinHashGrouper;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how well corpus mode groups articles into events, on BASIL (300 articles, 100 events, three
 * outlets each) and on the ECB+ train and dev documents grouped by sub-topic (two look-alike events per
 * topic, every document dated the same day so that dates cannot help): pairwise precision, recall and F1
 * (over all pairs of articles put together), and B-cubed precision, recall and F1.
 *
 * <p>Grouping uses {@link EventGroupers#minHash()}, the default of {@code parallax corpus}. The data is read
 * from {@code DATA_DIR} ({@code basil/}, {@code ecbplus/}); when it is absent the program says so and exits
 * 0. Prints a Markdown table; with a second argument {@code sweep}, also the pair threshold and share grid
 * it was tuned on (BASIL and ECB+ train; dev only reported).
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data sweep
 * </pre>
 */
public final class GroupingEvaluation {
  private GroupingEvaluation() {}

  /**
   * Grouping quality on one set.
   *
   * @param set the set's name
   * @param articles number of articles
   * @param goldEvents number of gold events
   * @param foundEvents number of events found
   * @param pairwise precision, recall, F1 over article pairs
   * @param bcubed B-cubed precision, recall, F1
   */
  public record Quality(String set, int articles, int goldEvents, int foundEvents, double[] pairwise, double[] bcubed) {}

  /** A labelled set: analyzed articles and each article's gold event. */
  public record LabelledSet(String name, List<AnalyzedArticle> articles, Map<String, String> gold) {}

  /** Runs the evaluation; see the class comment. */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    if (!Files.isDirectory(data.resolve("basil")) || !Files.isDirectory(data.resolve("ecbplus"))) {
      System.out.println("No evaluation data under " + data.toAbsolutePath() + " (basil/, ecbplus/): nothing to evaluate.");
      return;
    }
    Parallax parallax = Parallax.create();
    List<LabelledSet> sets = List.of(
        basil(parallax, data.resolve("basil")),
        ecb(parallax, data.resolve("ecbplus"), "train"),
        ecb(parallax, data.resolve("ecbplus"), "dev"));
    MinHashGrouper grouper = EventGroupers.minHash();
    System.out.println("| set | articles | gold events | found | pairwise P | pairwise R | pairwise F1 | B3 P | B3 R | B3 F1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (LabelledSet s : sets) {
      System.out.println(row(evaluate(grouper, s)));
    }
    if (args.length > 1 && args[1].equals("sweep")) {
      System.out.println();
      System.out.println("| threshold | share | BASIL F1 | ECB+ train F1 | ECB+ dev F1 |");
      System.out.println("|---:|---:|---:|---:|---:|");
      for (double t = 0.10; t <= 0.401; t += 0.025) {
        for (double sh : new double[] {0.34, 0.5, 0.67}) {
          MinHashGrouper g = grouper.withThreshold(t).withShare(sh, grouper.shareCap());
          System.out.printf(Locale.ROOT, "| %.3f | %.2f | %.3f | %.3f | %.3f |%n", t, sh,
              evaluate(g, sets.get(0)).pairwise()[2], evaluate(g, sets.get(1)).pairwise()[2],
              evaluate(g, sets.get(2)).pairwise()[2]);
        }
      }
    }
  }

  static String row(Quality q) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", q.set(), q.articles(),
        q.goldEvents(), q.foundEvents(), q.pairwise()[0], q.pairwise()[1], q.pairwise()[2], q.bcubed()[0], q.bcubed()[1],
        q.bcubed()[2]);
  }

  /** Groups one set and scores the grouping against its gold events. */
  public static Quality evaluate(MinHashGrouper grouper, LabelledSet set) {
    List<CorpusEvent> events = grouper.group(set.articles());
    Map<String, String> found = new HashMap<>();
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        found.put(a, e.id());
      }
    }
    return new Quality(set.name(), set.articles().size(), (int) set.gold().values().stream().distinct().count(), events.size(),
        pairwise(set.gold(), found), bcubed(set.gold(), found));
  }

  /** Pairwise precision, recall and F1 of {@code found} against {@code gold} (article to event). */
  public static double[] pairwise(Map<String, String> gold, Map<String, String> found) {
    List<String> ids = new ArrayList<>(gold.keySet());
    ids.sort(null);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean g = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
        boolean f = found.get(ids.get(i)).equals(found.get(ids.get(j)));
        if (g && f) {
          tp++;
        } else if (f) {
          fp++;
        } else if (g) {
          fn++;
        }
      }
    }
    return prf(tp == 0 && fp == 0 ? 1.0 : tp / (double) (tp + fp), tp == 0 && fn == 0 ? 1.0 : tp / (double) (tp + fn));
  }

  /** B-cubed precision, recall and F1. */
  public static double[] bcubed(Map<String, String> gold, Map<String, String> found) {
    Map<String, List<String>> byGold = new HashMap<>();
    Map<String, List<String>> byFound = new HashMap<>();
    gold.forEach((a, e) -> byGold.computeIfAbsent(e, k -> new ArrayList<>()).add(a));
    found.forEach((a, e) -> byFound.computeIfAbsent(e, k -> new ArrayList<>()).add(a));
    double p = 0;
    double r = 0;
    for (String a : gold.keySet()) {
      List<String> f = byFound.get(found.get(a));
      List<String> g = byGold.get(gold.get(a));
      long both = f.stream().filter(x -> gold.get(x).equals(gold.get(a))).count();
      p += both / (double) f.size();
      r += both / (double) g.size();
    }
    return prf(p / gold.size(), r / gold.size());
  }

  private static double[] prf(double p, double r) {
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** BASIL: every article, its event the manifest's {@code event} column. */
  public static LabelledSet basil(Parallax parallax, Path dir) {
    List<String[]> rows = tsv(dir.resolve("MANIFEST.tsv"));
    List<Article> articles = ArticleReader.withManifest(dir.resolve("MANIFEST.tsv")).readManifestFiles();
    Map<String, String> gold = new HashMap<>();
    for (String[] r : rows) {
      gold.put(stem(r[0]), r[3]);
    }
    return new LabelledSet("BASIL", analyze(parallax, articles), gold);
  }

  /** ECB+ documents of one split, each event its sub-topic. */
  public static LabelledSet ecb(Parallax parallax, Path dir, String split) {
    List<String[]> rows = tsv(dir.resolve("MANIFEST.tsv"));
    ArticleReader reader = ArticleReader.withManifest(dir.resolve("MANIFEST.tsv"));
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (String[] r : rows) {
      if (r[5].equals(split)) {
        articles.add(reader.read(dir.resolve(r[0])));
        gold.put(stem(r[0]), r[4]);
      }
    }
    return new LabelledSet("ECB+ " + split, analyze(parallax, articles), gold);
  }

  static List<AnalyzedArticle> analyze(Parallax parallax, List<Article> articles) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(parallax.analyze(a));
    }
    return out;
  }

  private static String stem(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static List<String[]> tsv(Path path) {
    try {
      List<String> lines = Files.readAllLines(path);
      List<String[]> out = new ArrayList<>();
      for (String l : lines.subList(1, lines.size())) {
        if (!l.isBlank()) {
          out.add(l.split("\t", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
