package dev.parallax.spark;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the Spark job in local mode (not a test: a program, kept with the tests so that it is not shipped):
 * N synthetic articles built from BASIL's 300 (copy {@code k} moved {@code 10,000 k} days later, as in the bench
 * module's {@code CorpusProbe}), one warm-up run and one timed run, on the master given ({@code local[1]},
 * {@code local[2]}). Prints wall time, process CPU time and articles per second.
 *
 * <p>With {@code scaling} as the master, it measures {@code local[1]} against {@code local[2]} in one JVM: it
 * runs the job on {@code local[2]} until the JIT compilers were idle for most of a run (the C2 compiler needs
 * about a minute of CPU for the pipeline; a short warm-up measures it, not the job), then times the job on a new
 * {@code local[1]} session and a new {@code local[2]} session, alternately, twice.
 *
 * <pre>
 * mvn -B -q -pl spark -am test-compile -DskipTests
 * mvn -B -q -pl spark dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
 *   --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
 *   --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
 *   -cp spark/target/classes:spark/target/test-classes:$(cat /tmp/cp.txt) dev.parallax.spark.SparkProbe ../shared/data 1000 'local[2]'
 * # local[1] against local[2] with the JIT warm (same flags and class path):
 * java ... dev.parallax.spark.SparkProbe ../shared/data 3000 scaling
 * </pre>
 */
public final class SparkProbe {
  private SparkProbe() {}

  /** Runs the probe; see the class comment. */
  public static void main(String[] args) {
    Path basil = Path.of(args[0], "basil", "MANIFEST.tsv");
    int n = Integer.parseInt(args[1]);
    String master = args[2];
    List<Article> real = ArticleReader.withManifest(basil).readManifestFiles();
    if (master.equals("scaling")) {
      scaling(real, n);
      return;
    }
    SparkSession spark = session(master);
    try {
      Dataset<Row> warm = rows(spark, real, Math.min(n, 300));
      SparkCorpus.standard().run(warm).events().count();
      Dataset<Row> input = rows(spark, real, n).cache();
      input.count();
      long c0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      long t0 = System.nanoTime();
      SparkCorpus.Result r = SparkCorpus.standard().run(input);
      long events = r.events().count();
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "%s: %,d articles, %,d events, %.1f s wall, %.1f s CPU, %.1f articles per wall second%n",
          master, n, events, wall, cpu, n / wall);
    } finally {
      spark.stop();
    }
  }

  private static SparkSession session(String master) {
    return SparkSession.builder().master(master).appName("parallax-probe").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8").getOrCreate();
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /** Runs the job once on a new session of {@code master}: wall seconds, CPU seconds and compiler share. */
  private static double[] timed(String master, List<Article> real, int n) {
    SparkSession spark = session(master);
    try {
      Dataset<Row> input = rows(spark, real, n).cache();
      input.count();
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      long j0 = jit.getTotalCompilationTime();
      double c0 = cpuSeconds();
      long t0 = System.nanoTime();
      SparkCorpus.standard().run(input).events().count();
      double wall = (System.nanoTime() - t0) / 1e9;
      return new double[] {wall, cpuSeconds() - c0, (jit.getTotalCompilationTime() - j0) / 1e3 / wall};
    } finally {
      spark.stop();
    }
  }

  private static void scaling(List<Article> real, int n) {
    for (int warm = 1; warm <= 12; warm++) {
      double[] r = timed("local[2]", real, n);
      System.out.printf(Locale.ROOT, "warm-up run %d on local[2]: %.1f s wall, compilers busy %.0f%% of it%n", warm, r[0],
          100 * r[2]);
      if (r[2] < 0.05) {
        break;
      }
    }
    System.out.println("| master | wall s | process CPU s | articles per wall second |");
    System.out.println("|---|---:|---:|---:|");
    for (int round = 0; round < 2; round++) {
      for (String master : List.of("local[1]", "local[2]")) {
        double[] r = timed(master, real, n);
        System.out.printf(Locale.ROOT, "| `%s` | %.1f | %.1f | %.0f |%n", master, r[0], r[1], n / r[0]);
      }
    }
  }

  private static Dataset<Row> rows(SparkSession spark, List<Article> real, int n) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; rows.size() < n; k++) {
      for (Article a : real) {
        if (rows.size() == n) {
          break;
        }
        LocalDate day = a.published().orElse(LocalDate.of(2010, 1, 1)).plusDays(10_000L * k);
        rows.add(RowFactory.create(k == 0 ? a.id() : a.id() + "~" + k, a.outlet(), day.toString(), null, a.title(), a.text(), null));
      }
    }
    return spark.createDataFrame(rows, Schemas.ARTICLES);
  }
}
