package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * The benchmark workloads timed by the CPU time of the working thread as well as by the wall clock: on a
 * shared machine (other processes competing for the cores) wall-clock time measures the contention as much
 * as the code, while the thread's CPU time does not. Prints Markdown tables of medians.
 *
 * <p>The number of similarity calls per comparison (counted in a separate, untimed run) shows the aligner's
 * work independently of the machine: it should grow about linearly with N.
 *
 * <p>Workloads (all from {@link Seeds} and {@link VariantGenerator} with seed 42): one event of N = 2, 5,
 * 10, 20, 40, 80 articles; five articles of about 2.5, 5, 10, 20 and 40 kB each; and analysis throughput
 * (the stages of {@link AnalysisBenchmark}) on the five cleaned seeds; {@code analysis} as third argument runs
 * only that part. Each workload is
 * warmed up for {@code WARMUP} seconds of CPU, then run until {@code MEASURE} seconds of CPU (at least 3
 * runs, at most 200). A series stops after a row slower than 3 s. Before the first workload, the seeds and a
 * 20-article event are compared in turn until the JIT compilers are idle (about a minute on two cores): a
 * few seconds of warm-up per workload leave the C2 compiler at work and the code partly compiled.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xms1g -Xmx1g -cp bench/target/benchmarks.jar dev.parallax.bench.CpuTimeProbe [WARMUP MEASURE [analysis]]
 * </pre>
 */
public final class CpuTimeProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** A series stops after a row whose median CPU time exceeds this, to keep the run short. */
  private static final double STOP_MS = 3_000;

  private CpuTimeProbe() {}

  /** Median CPU and wall time of one run, in milliseconds, and the number of runs measured. */
  private record Timing(double cpuMs, double wallMs, double cpuP90Ms, int runs) {}

  /** Runs every workload and prints the tables. */
  public static void main(String[] args) {
    double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    double measure = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    if (args.length > 2 && args[2].equals("analysis")) {
      analysis(warmup, measure);
      return;
    }
    // on the calling thread only: the CPU time measured is this thread's
    Parallax parallax = Parallax.builder().parallel(false).build();
    CountingSimilarity counting = new CountingSimilarity(parallax.similarity());
    Parallax counted = Parallax.builder().similarity(counting).parallel(false).build();
    List<Article> seeds = Seeds.load();

    settleCompiler(parallax, seeds);
    System.out.println("One event end to end (`Parallax.compare`), by number of articles:");
    System.out.println();
    System.out.println("| N | chars | sentences | similarity calls | CPU median | CPU p90 | wall median | CPU per article | runs |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    double previousMs = 0;
    for (int n : new int[] {2, 5, 10, 20, 40, 80}) {
      if (previousMs > STOP_MS) {
        System.out.printf(Locale.ROOT, "| %d | not run: the previous row took over %.0f s |||||||| %n", n, STOP_MS / 1000);
        continue;
      }
      List<Article> event = new VariantGenerator(42).event(seeds, n);
      Timing t = time(() -> parallax.compare(event), warmup, measure);
      long calls = counting.count(() -> counted.compare(event));
      System.out.printf(Locale.ROOT, "| %d | %,d | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %d |%n", n,
          chars(event), sentences(parallax, event), calls, t.cpuMs(), t.cpuP90Ms(), t.wallMs(), t.cpuMs() / n, t.runs());
      previousMs = t.cpuMs();
    }
    System.out.println();
    System.out.println("Five articles, by article length:");
    System.out.println();
    System.out.println("| chars per article (target) | total chars | sentences | similarity calls | CPU median | CPU p90 | wall median | CPU per 10k chars | runs |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    previousMs = 0;
    for (int size : new int[] {2_500, 5_000, 10_000, 20_000, 40_000}) {
      if (previousMs > STOP_MS) {
        System.out.printf(Locale.ROOT, "| %,d | not run: the previous row took over %.0f s |||||||| %n", size, STOP_MS / 1000);
        continue;
      }
      VariantGenerator g = new VariantGenerator(42);
      List<Article> five = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        List<Article> rotated = new ArrayList<>(seeds.subList(i, seeds.size()));
        rotated.addAll(seeds.subList(0, i));
        five.add(g.longArticle(rotated, size, "long-" + i));
      }
      Timing t = time(() -> parallax.compare(five), warmup, measure);
      long calls = counting.count(() -> counted.compare(five));
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %d |%n", size,
          chars(five), sentences(parallax, five), calls, t.cpuMs(), t.cpuP90Ms(), t.wallMs(),
          t.cpuMs() * 10_000 / chars(five), t.runs());
      previousMs = t.cpuMs();
    }
    System.out.println();
    analysis(warmup, measure);
  }

  /**
   * Compares the seeds and a 20-article event in turn until the JIT compilers have been idle for 5 s running
   * (at most 3 minutes): the C2 compiler needs about a minute of CPU for the whole pipeline, and a workload
   * measured before that runs partly compiled code. Prints how long it took.
   */
  private static void settleCompiler(Parallax parallax, List<Article> seeds) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    List<Article> twenty = new VariantGenerator(42).event(seeds, 20);
    long start = System.nanoTime();
    long windowStart = start;
    long compiledAtWindowStart = jit.getTotalCompilationTime();
    while (System.nanoTime() - start < 180e9) {
      consume(parallax.compare(seeds));
      consume(parallax.compare(twenty));
      long now = System.nanoTime();
      if (now - windowStart >= 5e9) {
        long compiledMs = jit.getTotalCompilationTime() - compiledAtWindowStart;
        if (compiledMs < 0.02 * (now - windowStart) / 1e6) {
          break;
        }
        windowStart = now;
        compiledAtWindowStart = jit.getTotalCompilationTime();
      }
    }
    System.out.printf(Locale.ROOT, "(JIT warm-up: %.0f s of comparisons until the compilers were idle)%n%n",
        (System.nanoTime() - start) / 1e9);
  }

  /** The stages of {@link AnalysisBenchmark}, on the same input, timed by CPU. */
  private static void analysis(double warmup, double measure) {
    AnalysisBenchmark b = new AnalysisBenchmark();
    b.setUp();
    int tokens = b.tokenCount;
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"Parallax analyzer (all of analysis)",
        time(() -> b.cleaned.stream().map(b.analyzer::analyze).toList(), warmup, measure)});
    rows.add(new Object[] {"OpenNLP SentenceDetectorME (UD English)",
        time(() -> b.lines.stream().map(b.detector::sentPosDetect).toList(), warmup, measure)});
    rows.add(new Object[] {"OpenNLP SimpleTokenizer",
        time(() -> b.sentences.stream().map(SimpleTokenizer.INSTANCE::tokenizePos).toList(), warmup, measure)});
    rows.add(new Object[] {"Snowball stems",
        time(() -> b.words.stream().map(w -> b.stemmer.stem(w).toString()).toList(), warmup, measure)});
    rows.add(new Object[] {"OpenNLP POSTaggerME (UD English), reference",
        time(() -> b.tokenized.stream().map(b.tagger::tag).toList(), warmup, measure)});
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < b.tokenized.size(); i++) {
      index.add(i);
    }
    rows.add(new Object[] {"OpenNLP LemmatizerME (UD English, tagged input), reference",
        time(() -> index.stream().map(i -> b.lemmatizer.lemmatize(b.tokenized.get(i), b.tags.get(i))).toList(),
            warmup, measure)});
    System.out.println("Analysis throughput on the five cleaned seeds (" + tokens + " tokens), by CPU time:");
    System.out.println();
    System.out.println("| stage | CPU median per pass | tokens/s/core (CPU) | tokens/s (wall) |");
    System.out.println("|---|---:|---:|---:|");
    for (Object[] r : rows) {
      Timing t = (Timing) r[1];
      System.out.printf(Locale.ROOT, "| %s | %.2f ms | %,.0f | %,.0f |%n", r[0], t.cpuMs(),
          tokens / t.cpuMs() * 1000, tokens / t.wallMs() * 1000);
    }
  }

  private static Timing time(Supplier<?> work, double warmupSeconds, double measureSeconds) {
    long start = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - start < warmupSeconds * 1e9) {
      consume(work.get());
    }
    List<Long> cpu = new ArrayList<>();
    List<Long> wall = new ArrayList<>();
    long begin = THREADS.getCurrentThreadCpuTime();
    while ((THREADS.getCurrentThreadCpuTime() - begin < measureSeconds * 1e9 || cpu.size() < 3) && cpu.size() < 200) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      consume(work.get());
      wall.add(System.nanoTime() - w0);
      cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
    }
    return new Timing(quantile(cpu, 0.5) / 1e6, quantile(wall, 0.5) / 1e6, quantile(cpu, 0.9) / 1e6, cpu.size());
  }

  private static double quantile(List<Long> values, double q) {
    long[] v = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(v);
    return v[Math.min(v.length - 1, (int) Math.floor(q * v.length))];
  }

  private static void consume(Object result) {
    java.util.Objects.requireNonNull(result, "result");
  }

  private static int sentences(Parallax parallax, List<Article> articles) {
    int n = 0;
    for (Article a : articles) {
      n += parallax.analyze(a).sentences().size();
    }
    return n;
  }

  /** Wraps a similarity and counts the pairs its bound scorers score: the aligner's work, machine-independent. */
  private static final class CountingSimilarity implements SentenceSimilarity {
    private final SentenceSimilarity delegate;
    private final AtomicLong calls = new AtomicLong();

    CountingSimilarity(SentenceSimilarity delegate) {
      this.delegate = delegate;
    }

    long count(Runnable work) {
      calls.set(0);
      work.run();
      return calls.get();
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public double threshold() {
      return delegate.threshold();
    }

    @Override
    public Scorer bind(List<Sentence> corpus) {
      Scorer bound = delegate.bind(corpus);
      return (a, b) -> {
        calls.incrementAndGet();
        return bound.score(a, b);
      };
    }
  }

  private static long chars(List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      n += a.text().length();
    }
    return n;
  }
}
