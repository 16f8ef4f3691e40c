package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.corpus.ArticleSketch;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.EventGrouper;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.EventSplitter;
import dev.parallax.corpus.LoneArticles;
import dev.parallax.corpus.TermStats;
import dev.parallax.corpus.MinHashGrouper;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * 0. Prints two Markdown tables: the grouper alone, and the grouper followed by the look-alike cut of
 * {@link EventSplitter#standard()} (what {@code parallax corpus} does). A second argument adds:
 * {@code sweep}, the pair threshold and share grid the grouper was tuned on (BASIL and ECB+ train; dev only
 * reported); {@code cut}, the splitter's settings grid (chosen the same way); {@code split}, the first idea
 * tried (the aligner's event decision on each whole event, the articles it marks other split off);
 * {@code composition}, each found event that mixes gold events, with what that decision marks other in it;
 * {@code clear}, the ratio up to which the splitter keeps a cut without asking the aligner (chosen the same way).
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data sweep
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data cut
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.GroupingEvaluation ../shared/data clear
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
    Aligner aligner = Aligners.standard(parallax.similarity());
    System.out.println("| set | articles | gold events | found | pairwise P | pairwise R | pairwise F1 | B3 P | B3 R | B3 F1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (LabelledSet s : sets) {
      System.out.println(row(evaluate(grouper, s)));
    }
    System.out.println();
    System.out.println("With the look-alike cut of `parallax corpus` (EventSplitter.standard()):");
    System.out.println();
    System.out.println("| set | articles | gold events | found | pairwise P | pairwise R | pairwise F1 | B3 P | B3 R | B3 F1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Aligner cached = caching(aligner);
    for (LabelledSet s : sets) {
      System.out.println(row(evaluate(grouper, s, EventSplitter.forGrouper(grouper), cached)));
    }
    if (args.length > 1 && args[1].equals("composition")) {
      for (LabelledSet s : sets) {
        composition(grouper, s, aligner);
      }
    }
    if (args.length > 1 && args[1].equals("cut")) {
      System.out.println();
      System.out.println("| min part | probe share | ratio cap | BASIL F1 | ECB+ train F1 | mean | ECB+ dev F1 |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
      for (int minPart : new int[] {2, 3, 4}) {
        for (double tau : new double[] {0.25, 0.34, 0.5, 0.67, 1.0}) {
          for (double rho : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 2.0}) {
            EventSplitter splitter = EventSplitter.standard().with(grouper, minPart, tau, rho);
            double[] f = new double[3];
            for (int i = 0; i < 3; i++) {
              f[i] = evaluate(grouper, sets.get(i), splitter, cached).pairwise()[2];
            }
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.1f | %.3f | %.3f | %.3f | %.3f |%n", minPart, tau, rho,
                f[0], f[1], (f[0] + f[1]) / 2, f[2]);
          }
        }
      }
    }
    if (args.length > 1 && args[1].equals("clear")) {
      System.out.println();
      System.out.println("| clear ratio | BASIL F1 | ECB+ train F1 | mean | ECB+ dev F1 |");
      System.out.println("|---:|---:|---:|---:|---:|");
      for (double clear : new double[] {0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}) {
        EventSplitter splitter = EventSplitter.forGrouper(grouper).withClearRatio(clear);
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
          f[i] = evaluate(grouper, sets.get(i), splitter, cached).pairwise()[2];
        }
        System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f |%n", clear, f[0], f[1], (f[0] + f[1]) / 2, f[2]);
      }
    }
    if (args.length > 1 && args[1].equals("split")) {
      for (Split mode : Split.values()) {
        for (boolean repeat : new boolean[] {false, true}) {
          for (int min : new int[] {3, 5}) {
            if (mode == Split.NONE && (repeat || min > 3)) {
              continue;
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "split %s, repeat %s, events of >= %d articles%n", mode, repeat, min);
            System.out.println("| set | articles | gold events | found | pairwise P | pairwise R | pairwise F1 | B3 P | B3 R | B3 F1 |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (LabelledSet s : sets) {
              System.out.println(row(evaluate(grouper, s, aligner, mode, repeat, min)));
            }
          }
        }
      }
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
    return quality(set, grouper.group(set.articles()));
  }

  /** What happens to the articles an event's look-alike decision marks {@code OTHER}. */
  public enum Split {
    /** Nothing: the grouper's events as they are. */
    NONE,
    /** Each split-off article becomes an event of its own. */
    SINGLETONS,
    /** The split-off articles of one event become one event together. */
    ONE_EVENT,
    /** The split-off articles of one event are grouped again among themselves by the same grouper. */
    REGROUP
  }

  /**
   * Groups one set, then runs the event decision (the standard aligner's) on each event of at least
   * {@code minSize} articles and splits the articles it marks {@code OTHER} out as {@code mode} says; with
   * {@code repeat}, the main part and each split-off event of at least {@code minSize} are decided again until
   * nothing splits.
   */
  public static Quality evaluate(MinHashGrouper grouper, LabelledSet set, Aligner aligner, Split mode, boolean repeat,
      int minSize) {
    List<CorpusEvent> events = grouper.group(set.articles());
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    set.articles().forEach(a -> byId.put(a.id(), a));
    List<List<String>> out = new ArrayList<>();
    Deque<List<String>> todo = new ArrayDeque<>();
    events.forEach(e -> todo.add(e.articles()));
    while (!todo.isEmpty()) {
      List<String> ids = todo.removeFirst();
      if (mode == Split.NONE || ids.size() < minSize) {
        out.add(ids);
        continue;
      }
      List<AnalyzedArticle> members = new ArrayList<>();
      ids.forEach(id -> members.add(byId.get(id)));
      List<ArticleEvent> decisions = aligner.align(members).events();
      List<String> main = new ArrayList<>();
      List<AnalyzedArticle> other = new ArrayList<>();
      for (int i = 0; i < decisions.size(); i++) {
        if (decisions.get(i).membership() == EventMembership.MAIN) {
          main.add(ids.get(i));
        } else {
          other.add(members.get(i));
        }
      }
      if (other.isEmpty() || main.isEmpty()) {
        out.add(ids);
        continue;
      }
      List<List<String>> parts = new ArrayList<>();
      switch (mode) {
        case SINGLETONS -> other.forEach(a -> parts.add(List.of(a.id())));
        case ONE_EVENT -> parts.add(other.stream().map(AnalyzedArticle::id).toList());
        case REGROUP -> grouper.group(other).forEach(e -> parts.add(e.articles()));
        default -> throw new AssertionError(mode);
      }
      if (repeat) {
        todo.addFirst(main);
        parts.forEach(todo::addLast);
      } else {
        out.add(main);
        out.addAll(parts);
      }
    }
    Map<String, String> found = new HashMap<>();
    for (int e = 0; e < out.size(); e++) {
      for (String a : out.get(e)) {
        found.put(a, "s" + e);
      }
    }
    return new Quality(set.name(), set.articles().size(), (int) set.gold().values().stream().distinct().count(), out.size(),
        pairwise(set.gold(), found), bcubed(set.gold(), found));
  }

  /** Prints each found event of at least three articles: its gold events and the ones the decision marks other. */
  static void composition(MinHashGrouper grouper, LabelledSet set, Aligner aligner) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    set.articles().forEach(a -> byId.put(a.id(), a));
    System.out.println("## " + set.name());
    int mixed = 0;
    for (CorpusEvent e : grouper.group(set.articles())) {
      Map<String, Integer> gold = new java.util.TreeMap<>();
      e.articles().forEach(id -> gold.merge(set.gold().get(id), 1, Integer::sum));
      String others = "";
      if (e.size() >= 3) {
        List<AnalyzedArticle> members = new ArrayList<>();
        e.articles().forEach(id -> members.add(byId.get(id)));
        Map<String, Integer> o = new java.util.TreeMap<>();
        for (ArticleEvent d : aligner.align(members).events()) {
          if (d.membership() == EventMembership.OTHER) {
            o.merge(set.gold().get(d.article()), 1, Integer::sum);
          }
        }
        others = " other " + o;
      }
      if (gold.size() > 1) {
        mixed++;
        System.out.println(e.id() + " " + e.size() + " gold " + gold + others);
      }
    }
    System.out.println("mixed events: " + mixed);
  }

  /**
   * Groups one set, then cuts each event in two where {@code splitter} finds two look-alike events in it (what
   * {@code parallax corpus} does before it compares the events), and puts each article left alone into the event
   * that holds most of its matches ({@link LoneArticles}).
   */
  public static Quality evaluate(MinHashGrouper grouper, LabelledSet set, EventSplitter splitter, Aligner aligner) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    set.articles().forEach(a -> byId.put(a.id(), a));
    List<CorpusEvent> events = new ArrayList<>();
    List<ArticleSketch> sketches = new ArrayList<>(set.articles().stream().map(grouper::sketch).toList());
    TermStats stats = TermStats.of(sketches);
    EventGrouper.Session session = grouper.start();
    session.add(set.articles());
    for (CorpusEvent e : session.events()) {
      List<AnalyzedArticle> members = new ArrayList<>();
      e.articles().forEach(id -> members.add(byId.get(id)));
      events.addAll(splitter.split(e, members, stats, aligner));
    }
    sketches.sort(MinHashGrouper.order());
    return quality(set, LoneArticles.join(events, sketches, session.loneMatches(), grouper));
  }

  /** Scores {@code events} against the set's gold events. */
  static Quality quality(LabelledSet set, List<CorpusEvent> events) {
    Map<String, String> found = new HashMap<>();
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        found.put(a, e.id());
      }
    }
    return new Quality(set.name(), set.articles().size(), (int) set.gold().values().stream().distinct().count(), events.size(),
        pairwise(set.gold(), found), bcubed(set.gold(), found));
  }

  /** An aligner that remembers its answer per list of article ids (evaluation only: the grid repeats probes). */
  static Aligner caching(Aligner aligner) {
    Map<List<String>, dev.parallax.align.Alignment> memo = new HashMap<>();
    return articles -> memo.computeIfAbsent(articles.stream().map(AnalyzedArticle::id).toList(), k -> aligner.align(articles));
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
