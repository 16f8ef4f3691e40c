package dev.parallax.bench;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * How the cost of one comparison grows with the number of articles and with their length.
 *
 * <p>Workloads ({@link VariantGenerator}, seed 42): {@code byCount} compares the seeds plus variants,
 * N = 5, 10, 20, 40, 80 articles of seed length (about 3 kB each); {@code byLength} compares five articles
 * of about 2.5, 5, 10, 20 and 40 kB each (long reports that retell the story several times, see
 * {@link VariantGenerator#longArticle}). Average time per comparison; a cost linear in N or in length
 * doubles from one row to the next. The setup prints the workload size (articles, characters) of each row.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ScalingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScalingBenchmark {
  /** Number of articles ({@code byCount}) or thousands of characters per article ({@code byLength}). */
  @Param({"5", "10", "20", "40", "80"})
  int size;

  Parallax parallax;
  List<Article> byCount;
  List<Article> byLength;

  /** Loads the models and builds both workloads. */
  @Setup
  public void setUp() {
    parallax = Parallax.create();
    List<Article> seeds = Seeds.load();
    byCount = new VariantGenerator(42).event(seeds, size);
    int chars = size * 500;
    VariantGenerator g = new VariantGenerator(42);
    byLength = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<Article> rotated = new ArrayList<>(seeds.subList(i, seeds.size()));
      rotated.addAll(seeds.subList(0, i));
      byLength.add(g.longArticle(rotated, chars, "long-" + i));
    }
    System.out.printf(Locale.ROOT, "%n[workload] byCount: %d articles, %d chars; byLength: 5 articles, %d chars%n",
        byCount.size(), chars(byCount), chars(byLength));
  }

  private static long chars(List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      n += a.text().length();
    }
    return n;
  }

  /** N articles of seed length. */
  @Benchmark
  public Comparison byCount() {
    return parallax.compare(byCount);
  }

  /** Five articles of {@code size * 500} characters each. */
  @Benchmark
  public Comparison byLength() {
    return parallax.compare(byLength);
  }
}
