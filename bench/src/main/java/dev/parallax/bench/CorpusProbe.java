package dev.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.GroupingEvaluation;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventGrouper;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.EventResult;
import dev.parallax.corpus.EventSink;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.corpus.MinHashGrouper;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Measures corpus mode's speed and memory on synthetic corpora built from the real articles of BASIL and
 * ECB+ (1,072 articles): copy {@code k} of an article gets the id {@code <id>~k} and its date moved
 * {@code k ×} {@value #ERA_DAYS} days later (undated ECB+ documents count from 2010-01-01), so each copy is
 * another set of look-alike events in an era of its own and the corpus grows in events, not in event size.
 * (Copies used to be 7 days apart; then two related stories whose dates differ by a few days modulo a week
 * met again every week, copy after copy, and chained into events of up to 1,269 articles at 100,000: a test of
 * how the comparer copes with huge events, not of how cost grows with the corpus.)
 *
 * <p>Workloads (CPU time of the whole process, {@code OperatingSystemMXBean.getProcessCpuTime}, next to wall
 * time, because the machine is shared):
 * <ul>
 *   <li>{@code group}: grouping only (sketch, MinHash candidates, verification, clustering) of 1k, 10k and
 *       100k analyzed articles on one thread, and the heap the grouping session holds per 10,000 articles
 *       (used heap after a full collection, less the baseline);</li>
 *   <li>{@code analyze}: analysis (cleaning and language analysis), the other per-article cost of grouping;</li>
 *   <li>{@code memory [THREADS [KEEP [N...]]]}: the heap analyzed articles hold, and the heap a whole corpus
 *       run holds above its input after grouping and half way through the comparisons, for N synthetic articles
 *       (default 1,000 and 10,000, 2 threads, {@code Corpus.DEFAULT_KEEP_ANALYZED} analyzed articles kept);</li>
 *   <li>{@code run N[,N...] THREADS [KEEP [WARM]]}: the whole corpus run (analysis, grouping, every event's
 *       comparison) on N articles (each size in turn, in one JVM) with THREADS workers, keeping KEEP analyzed articles (the others are analyzed again), after
 *       a warm-up run on WARM articles (default 500; on two cores the JIT compiler keeps one core busy for a
 *       minute or more of a run, so a thread-scaling figure needs a long warm-up, e.g. 10000).</li>
 *   <li>{@code jsonl N FILE}: writes N synthetic articles (the copies above, read but not analyzed) as a JSON Lines
 *       feed for {@code parallax corpus}, to measure what the command holds for a large input.</li>
 *   <li>{@code title N[,N...] [PERDAY]}: clustering ({@code MinHashGrouper.cluster}) of N articles that all match their
 *       six predecessors, so one event of N articles, whose title is then chosen among N headlines drawn from a pool of
 *       200 words: the cost of naming one large event (no models loaded, no analysis). All on one day, or PERDAY
 *       articles a day: one story followed for weeks, where most members of the event are older than the window.</li>
 *   <li>{@code input FILE...}: the heap a JSON Lines input holds (used heap after a full collection, less the heap
 *       before) read whole ({@code JsonLinesArticles.read}, what {@code parallax corpus} did) and read on demand
 *       ({@code JsonLinesArticles.onDemand}, what it does now), with the CPU time of each.</li>
 * </ul>
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data group
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data analyze
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data memory
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data run 1000 1
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data run 1000 2
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data jsonl 10000 /tmp/feed-10k.jsonl
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data input /tmp/feed-10k.jsonl
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data title 1000,10000,50000
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.CorpusProbe ../shared/data title 1000,10000,50000 5
 * </pre>
 */
public final class CorpusProbe {
  /** How far apart the copies of the real articles are: more than the real articles' own span of dates. */
  static final long ERA_DAYS = 10_000;

  private CorpusProbe() {}

  /** Runs one workload; see the class comment. */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    if (!Files.isDirectory(data.resolve("basil")) || !Files.isDirectory(data.resolve("ecbplus"))) {
      System.out.println("No data under " + data.toAbsolutePath() + ": nothing to measure.");
      return;
    }
    String mode = args.length > 1 ? args[1] : "group";
    if (mode.equals("jsonl")) {
      writeJsonLines(data, Integer.parseInt(args[2]), Path.of(args[3]));
      return;
    }
    if (mode.equals("title")) {
      title(Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray(),
          args.length > 3 ? Integer.parseInt(args[3]) : 0);
      return;
    }
    if (mode.equals("input")) {
      for (int i = 2; i < args.length; i++) {
        input(Path.of(args[i]));
      }
      return;
    }
    Parallax parallax = Parallax.create();
    if (mode.equals("memory")) {
      memory(parallax, data);
      int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
      int keep = args.length > 3 ? Integer.parseInt(args[3]) : Corpus.DEFAULT_KEEP_ANALYZED;
      List<Integer> sizes = new ArrayList<>();
      for (int i = 4; i < args.length; i++) {
        sizes.add(Integer.parseInt(args[i]));
      }
      for (int n : sizes.isEmpty() ? List.of(1_000, 10_000) : sizes) {
        runMemory(parallax, data, n, threads, keep);
      }
      return;
    }
    List<AnalyzedArticle> real = new ArrayList<>();
    real.addAll(GroupingEvaluation.basil(parallax, data.resolve("basil")).articles());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "train").articles());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "dev").articles());
    switch (mode) {
      case "group" -> group(real);
      case "analyze" -> analyze(parallax, real);
      case "run" -> run(parallax, real, Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray(),
          Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : Corpus.DEFAULT_KEEP_ANALYZED,
          args.length > 5 ? Integer.parseInt(args[5]) : 500);
      case "scaling" -> scaling(parallax, real, args.length > 2 ? Integer.parseInt(args[2]) : 5_000,
          args.length > 3 ? Integer.parseInt(args[3]) : 3);
      default -> throw new IllegalArgumentException("mode is group, analyze or run: " + mode);
    }
  }

  /**
   * The {@code title} workload: one event of each size, clustered and named, timed (wall and process CPU); all on one
   * day, or {@code perDay} articles a day when it is positive (a story followed for weeks, most of its members older
   * than the window).
   */
  static void title(int[] sizes, int perDay) {
    java.util.Random random = new java.util.Random(37);
    String[] pool = new String[200];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = "w" + Integer.toString(i * 7919 % 1000 + 1000, 36);
    }
    for (int n : sizes) {
      List<dev.parallax.corpus.ArticleSketch> keys = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < 8; w++) {
          t.append(w > 0 ? " " : "").append(pool[Math.min(pool.length - 1, (int) Math.abs(random.nextGaussian() * 40))]);
        }
        keys.add(dev.parallax.corpus.ArticleSketch.key(String.format(Locale.ROOT, "a%07d", i), "outlet " + (i % 50),
            LocalDate.of(2024, 1, 1).toEpochDay() + (perDay > 0 ? i / perDay : 0), t.toString()));
      }
      List<dev.parallax.corpus.ScoredPair> matches = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        for (int j = Math.max(0, i - 6); j < i; j++) {
          matches.add(new dev.parallax.corpus.ScoredPair(keys.get(i).id(), keys.get(j).id(), 0.6));
        }
      }
      MinHashGrouper grouper = MinHashGrouper.standard();
      grouper.cluster(keys.subList(0, Math.min(n, 500)), matches.subList(0, 0));   // class loading out of the timing
      long cpu0 = cpu();
      long wall0 = System.nanoTime();
      List<dev.parallax.corpus.CorpusEvent> events = grouper.cluster(keys, matches);
      double wall = (System.nanoTime() - wall0) / 1e9;
      double cpu = (cpu() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT, "title: %,d articles%s, %d event(s), largest %,d: %.2f s wall, %.2f s CPU; title '%s'%n",
          n, perDay > 0 ? " (" + perDay + " a day)" : "", events.size(), events.stream().mapToInt(dev.parallax.corpus.CorpusEvent::size).max().orElse(0), wall, cpu,
          events.get(0).title());
    }
  }

  static Article copy(Article a, int k) {
    if (k == 0) {
      return a;
    }
    LocalDate day = a.published().orElse(LocalDate.of(2010, 1, 1)).plusDays(ERA_DAYS * k);
    return new Article(a.id() + "~" + k, a.outlet(), Optional.of(day), a.title(), a.text(), a.body(), a.removed());
  }

  static AnalyzedArticle copy(AnalyzedArticle a, int k) {
    return k == 0 ? a : new AnalyzedArticle(copy(a.article(), k), a.sentences(), a.quotes(), a.mentions());
  }

  /** The first {@code n} synthetic articles, copy by copy. */
  static List<AnalyzedArticle> corpus(List<AnalyzedArticle> real, int n) {
    return copies(real, n, CorpusProbe::copy);
  }

  /** The first {@code n} of {@code real}'s copies 0, 1, 2, ..., each made by {@code copy}. */
  private static <T> List<T> copies(List<T> real, int n, BiFunction<T, Integer, T> copy) {
    List<T> out = new ArrayList<>(n);
    for (int k = 0; out.size() < n; k++) {
      for (T a : real) {
        if (out.size() == n) {
          break;
        }
        out.add(copy.apply(a, k));
      }
    }
    return out;
  }

  /** CPU time the JIT compilers have spent so far, in nanoseconds (0 where the JVM does not say). */
  private static long compilerCpu() {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000L : 0;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static void group(List<AnalyzedArticle> real) {
    MinHashGrouper grouper = EventGroupers.minHash();
    grouper.group(corpus(real, 2000));   // warm-up
    System.out.println("| articles | events | CPU s | wall s | articles per CPU-second | session heap MB | heap per 10k articles MB |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      List<AnalyzedArticle> articles = corpus(real, n);
      long base = usedAfterGc();
      long c0 = cpu();
      long t0 = System.nanoTime();
      EventGrouper.Session s = grouper.start();
      s.add(articles);
      int events = s.events().size();
      double cpu = (cpu() - c0) / 1e9;
      double wall = (System.nanoTime() - t0) / 1e9;
      articles = null;
      long held = usedAfterGc() - base + 0 * events;
      System.out.printf(Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %,.0f | %.1f | %.1f |%n", n, events, cpu, wall, n / cpu,
          held / 1e6, held / 1e6 * 10_000 / n);
      if (s.events().isEmpty()) {
        System.out.println("(no events)");
      }
    }
  }

  /** The heap that analyzed articles hold (what an in-process run would hold if it kept every one). */
  static void memory(Parallax parallax, Path data) {
    long base = usedAfterGc();
    List<AnalyzedArticle> real = new ArrayList<>();
    real.addAll(GroupingEvaluation.basil(parallax, data.resolve("basil")).articles());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "train").articles());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "dev").articles());
    long held = usedAfterGc() - base;
    long chars = real.stream().mapToLong(a -> a.article().text().length()).sum();
    System.out.printf(Locale.ROOT, "analyzed articles: %d (%,d chars of text), %.1f MB held, %.1f KB per article, %.0f MB per 10k%n",
        real.size(), chars, held / 1e6, held / 1e3 / real.size(), held / 1e6 * 10_000 / real.size());
  }

  /**
   * The heap a whole corpus run on {@code n} synthetic articles holds above its input: used heap after a full
   * collection once every article is analyzed (sketches and kept analyzed articles, before grouping), when the
   * events are known (before any comparison) and half way through the comparisons, less the heap before the run
   * (models and the input articles, which the caller holds).
   */
  static void runMemory(Parallax parallax, Path data, int n, int threads, int keep) {
    List<Article> articles = inputs(parallax, data, n);
    Corpus corpus = Corpus.builder(parallax).threads(threads).keepAnalyzed(keep).build();
    long base = usedAfterGc();
    long[] held = new long[3];
    long c0 = cpu();
    long t0 = System.nanoTime();
    CorpusReport r = corpus.run(articles, new EventSink() {
      private int seen;
      private int total;

      @Override
      public void analyzed(int done, int of) {
        if (done == of) {
          held[0] = usedAfterGc() - base;
        }
      }

      @Override
      public void grouped(int events) {
        total = events;
        held[1] = usedAfterGc() - base;
      }

      @Override
      public void accept(EventResult result) {
        if (++seen == total / 2) {
          held[2] = usedAfterGc() - base;
        }
      }
    });
    double cpu = (cpu() - c0) / 1e9;
    double wall = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "run of %,d articles, %d threads, %,d analyzed articles kept, %,d events: held after analysis"
        + " %.1f MB (%.0f MB per 10k), after grouping %.1f MB (%.0f MB per 10k), half way through the comparisons %.1f MB"
        + " (%.0f MB per 10k); %.1f CPU s, %.1f wall s (the measurements' full collections included)%n", n, threads, keep, r.events().size(),
        held[0] / 1e6, held[0] / 1e6 * 10_000 / n, held[1] / 1e6, held[1] / 1e6 * 10_000 / n, held[2] / 1e6,
        held[2] / 1e6 * 10_000 / n, cpu, wall);
  }

  /** {@code n} synthetic input articles (not analyzed: what a caller hands to a run). */
  static List<Article> inputs(Parallax parallax, Path data, int n) {
    List<Article> real = new ArrayList<>();
    real.addAll(GroupingEvaluation.basil(parallax, data.resolve("basil")).articles().stream().map(AnalyzedArticle::article).toList());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "train").articles().stream().map(AnalyzedArticle::article).toList());
    real.addAll(GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "dev").articles().stream().map(AnalyzedArticle::article).toList());
    return copies(real, n, CorpusProbe::copy);
  }

  /** What a JSON Lines input holds, read whole and read on demand. */
  static void input(Path file) {
    JsonLinesArticles.onDemand(file);   // warm-up (and the file into the page cache)
    for (boolean whole : new boolean[] {true, false}) {
      long base = usedAfterGc();
      long c0 = cpu();
      List<Article> articles = whole ? JsonLinesArticles.read(file) : JsonLinesArticles.onDemand(file);
      double cpu = (cpu() - c0) / 1e9;
      long held = usedAfterGc() - base;
      long c1 = cpu();
      long chars = 0;
      for (Article a : articles) {
        chars += a.text().length();
      }
      double pass = (cpu() - c1) / 1e9;
      System.out.printf(Locale.ROOT, "%s: %,d articles (%,d chars of text), %.1f MB held (%.2f MB per 10k), %.1f CPU s to read,"
          + " %.1f CPU s for one pass over the list%n", whole ? "read whole" : "on demand", articles.size(), chars, held / 1e6,
          held / 1e6 * 10_000 / articles.size(), cpu, pass);
    }
  }

  /** Writes {@code n} synthetic articles (BASIL, then ECB+ train and dev, copy by copy) as JSON Lines. */
  static void writeJsonLines(Path data, int n, Path file) {
    List<Article> real = new ArrayList<>(ArticleReader.withManifest(data.resolve("basil/MANIFEST.tsv")).readManifestFiles());
    ArticleReader ecb = ArticleReader.withManifest(data.resolve("ecbplus/MANIFEST.tsv"));
    ObjectMapper mapper = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> rows = Files.readAllLines(data.resolve("ecbplus/MANIFEST.tsv"), StandardCharsets.UTF_8);
      for (String split : List.of("train", "dev")) {
        for (String row : rows.subList(1, rows.size())) {
          String[] r = row.split("\t", -1);
          if (r.length > 5 && r[5].equals(split)) {
            real.add(ecb.read(data.resolve("ecbplus").resolve(r[0])));
          }
        }
      }
      for (Article c : copies(real, n, CorpusProbe::copy)) {   // copies share the real articles' text
        ObjectNode o = mapper.createObjectNode();
        o.put("id", c.id());
        o.put("outlet", c.outlet());
        o.put("published", c.published().map(LocalDate::toString).orElse(""));
        o.put("title", c.title());
        o.put("text", c.text());
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "wrote %,d articles (%,d bytes) to %s%n", n, file.toFile().length(), file);
  }

  static void analyze(Parallax parallax, List<AnalyzedArticle> real) {
    List<Article> articles = real.stream().map(AnalyzedArticle::article).toList();
    for (Article a : articles) {
      parallax.analyze(a);   // warm-up
    }
    long c0 = cpu();
    long t0 = System.nanoTime();
    for (Article a : articles) {
      parallax.analyze(a);
    }
    double cpu = (cpu() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "analysis: %d articles, %.2f CPU s, %.2f wall s, %,.0f articles per CPU-second%n",
        articles.size(), cpu, (System.nanoTime() - t0) / 1e9, articles.size() / cpu);
  }

  static void run(Parallax parallax, List<AnalyzedArticle> real, int[] sizes, int threads, int keep, int warm) {
    Corpus corpus = Corpus.builder(parallax).threads(threads).keepAnalyzed(keep).build();
    corpus.run(corpus(real, warm).stream().map(AnalyzedArticle::article).toList());   // warm-up
    for (int n : sizes) {
      run(corpus, real, n, threads, keep);
    }
  }

  private static void run(Corpus corpus, List<AnalyzedArticle> real, int n, int threads, int keep) {
    List<Article> articles = corpus(real, n).stream().map(AnalyzedArticle::article).toList();
    long c0 = cpu();
    long t0 = System.nanoTime();
    CorpusReport r = corpus.run(articles);
    double cpu = (cpu() - c0) / 1e9;
    double wall = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "run: %,d articles, %d threads, %,d kept, %,d events (%,d compared): %.1f CPU s, %.1f wall s,"
        + " %.1f articles per CPU-second, %.1f articles per wall second%n", n, threads, keep, r.events().size(), r.comparedEvents(),
        cpu, wall, n / cpu, n / wall);
  }

  static void scaling(Parallax parallax, List<AnalyzedArticle> real, int n, int rounds) {
    List<Article> articles = corpus(real, n).stream().map(AnalyzedArticle::article).toList();
    Corpus one = Corpus.builder(parallax).threads(1).build();
    Corpus two = Corpus.builder(parallax).threads(2).build();
    for (int warm = 1; warm <= 12; warm++) {
      long jit = compilerCpu();
      long t0 = System.nanoTime();
      two.run(articles);
      double jitShare = (compilerCpu() - jit) / (double) (System.nanoTime() - t0);
      System.out.printf(Locale.ROOT, "warm-up run %d: %.1f wall s, compilers busy %.0f%% of it%n", warm,
          (System.nanoTime() - t0) / 1e9, 100 * jitShare);
      if (jitShare < 0.01) {
        break;
      }
    }
    System.out.println("| threads | wall s | process CPU s | compiler time s | articles per wall second |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int r = 0; r < rounds; r++) {
      for (Corpus c : List.of(one, two)) {
        long jit = compilerCpu();
        long c0 = cpu();
        long t0 = System.nanoTime();
        c.run(articles);
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.0f |%n", c.threads(), wall, (cpu() - c0) / 1e9,
            (compilerCpu() - jit) / 1e9, n / wall);
      }
    }
  }
}
