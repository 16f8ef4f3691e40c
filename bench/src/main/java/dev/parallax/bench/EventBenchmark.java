package dev.parallax.bench;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One event end to end: {@link Parallax#compare(List)} on N articles (clean, analyze, align, compare),
 * warm, called from one thread (which, with {@code parallel=true}, the default, shares the comparison's independent
 * parts with the common fork-join pool). Nothing is cached between calls except the facade and its loaded models; the articles
 * are read once (ingest is not timed).
 *
 * <p>Workload: N = 5 is the five seed articles of {@code examples/data/lavrov-nightmare/} as they are; N = 2
 * is the first two; N = 10 and 20 are the seeds plus variants made by {@link VariantGenerator} (seed 42).
 * Targets: median at most 20 ms for N = 5 and 80 ms for N = 20. Reported in sample-time mode, so the
 * output has the median ({@code p0.50}).
 *
 * <p>Warm-up is two minutes (24 iterations of 5 s): the C2 compiler needs 60–75 s of CPU to compile the whole
 * pipeline (its large methods are compiled several times over as new inputs deoptimize them), and with a few
 * seconds of warm-up the measured iterations still run partly compiled code: the N = 20 median fell from
 * 146 ms in the second warm-up iteration to 80–100 ms from the sixth on (docs/performance.md). With
 * {@code parallel=true} the comparison keeps both cores busy and the compiler gets less of them: after one minute
 * the N = 20 median was still 103–170 ms, after two it is 65–67 ms (28th session).
 *
 * <p>One fork is one outcome of the JIT compiler and one slice of a shared machine's speed: two single-fork runs of
 * one build minutes apart gave N = 20 medians of 95.7 and 67.2 ms while each run's iterations agreed within 4–8 ms
 * (35th session). For a figure to hold against the target, run five forks ({@code -f 5 -p n=20}, about 11 minutes),
 * read each fork's median from its iteration lines and report the median of the five with their range (the
 * {@code p0.50} JMH prints pools all forks' samples). To compare two builds, use {@link TwoBuildsProbe}.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar EventBenchmark -f 1 -p n=5,20
 * java -jar bench/target/benchmarks.jar EventBenchmark -f 5 -p n=20 -p parallel=true
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 24, time = 5)
@Measurement(iterations = 5, time = 2)
public class EventBenchmark {
  @Param({"2", "5", "10", "20"})
  int n;

  /** Whether one comparison does its independent parts at once ({@code Parallax.Builder.parallel}, the default). */
  @Param({"true", "false"})
  boolean parallel;

  Parallax parallax;
  List<Article> articles;

  /** Loads the models and builds the event. */
  @Setup
  public void setUp() {
    parallax = Parallax.builder().parallel(parallel).build();
    articles = new VariantGenerator(42).event(Seeds.load(), n);
  }

  /** Compares the N articles. */
  @Benchmark
  public Comparison compare() {
    return parallax.compare(articles);
  }
}
