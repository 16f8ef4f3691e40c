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
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
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
 * {@code local[1]} session and a new {@code local[2]} session, alternately, twice (optional arguments: the most
 * warm-up runs, default 12, and the rounds, default 2). Each row says when it ended, to tell the rows timed while
 * another process used the machine.
 *
 * <pre>
 * mvn -B -q -o -pl spark -am test-compile -DskipTests
 * mvn -B -q -o -pl spark dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
 *   --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
 *   --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
 *   -cp spark/target/classes:spark/target/test-classes:$(cat /tmp/cp.txt) dev.parallax.spark.SparkProbe ../shared/data 1000 'local[2]'
 * # local[1] against local[2] with the JIT warm (same flags and class path):
 * java ... dev.parallax.spark.SparkProbe ../shared/data 3000 scaling
 * # where the wall time of a local[2] and a local[1] run goes (tasks at once, per stage), after at most 6 warm-ups:
 * java ... dev.parallax.spark.SparkProbe ../shared/data 1500 profile 6
 * </pre>
 */
public final class SparkProbe {
  private SparkProbe() {}

  /** Runs the probe; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path basil = Path.of(args[0], "basil", "MANIFEST.tsv");
    int n = Integer.parseInt(args[1]);
    String master = args[2];
    List<Article> real = ArticleReader.withManifest(basil).readManifestFiles();
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    if (master.equals("scaling")) {
      scaling(real, n, warmUps, args.length > 4 ? Integer.parseInt(args[4]) : 2);
      return;
    }
    if (master.equals("profile")) {
      profile(real, n, warmUps);
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

  /**
   * Runs the job on {@code local[2]} up to {@code warmUps} times, until the JIT compilers were busy less than
   * {@code idle} of a run's wall time.
   */
  private static void warmUp(List<Article> real, int n, int warmUps, double idle) {
    for (int warm = 1; warm <= warmUps; warm++) {
      double[] r = timed("local[2]", real, n);
      System.out.printf(Locale.ROOT, "warm-up run %d on local[2]: %.1f s wall, compilers busy %.0f%% of it%n", warm, r[0],
          100 * r[2]);
      if (r[2] < idle) {
        break;
      }
    }
  }

  private static void scaling(List<Article> real, int n, int warmUps, int rounds) {
    warmUp(real, n, warmUps, 0.05);
    System.out.println("| master | wall s | process CPU s | articles per wall second | ms CPU per article | ended (UTC) |");
    System.out.println("|---|---:|---:|---:|---:|---|");
    for (int round = 0; round < rounds; round++) {
      for (String master : List.of("local[1]", "local[2]")) {
        double[] r = timed(master, real, n);
        System.out.printf(Locale.ROOT, "| `%s` | %.1f | %.1f | %.0f | %.1f | %s |%n", master, r[0], r[1], n / r[0], 1e3 * r[1] / n,
            java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
      }
    }
  }

  /** One task as the listener saw it: stage, stage name, launch and finish times (ms), run and CPU time (ms). */
  private record TaskSpan(int stage, long launch, long finish, long runMs, long cpuMs) {}

  /** Records every task of a session, and each stage's name. */
  private static final class TaskRecorder extends SparkListener {
    final List<TaskSpan> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, String> stageNames = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
      long run = e.taskMetrics() == null ? 0 : e.taskMetrics().executorRunTime();
      long cpu = e.taskMetrics() == null ? 0 : e.taskMetrics().executorCpuTime() / 1_000_000;
      tasks.add(new TaskSpan(e.stageId(), e.taskInfo().launchTime(), e.taskInfo().finishTime(), run, cpu));
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
      stageNames.put(e.stageInfo().stageId(), e.stageInfo().name());
    }
  }

  /**
   * Where the wall time of one run goes: how long no task, one task, two tasks... ran at once (no task running
   * means the driver works: planning, collecting, its own serial steps), and per stage its tasks, their summed
   * run time and the longest task.
   */
  private static void profile(List<Article> real, int n, int warmUps) throws java.util.concurrent.TimeoutException {
    warmUp(real, n, warmUps, 0.10);
    for (String master : List.of("local[2]", "local[1]", "local[2]")) {
      SparkSession spark = session(master);
      try {
        Dataset<Row> input = rows(spark, real, n).cache();
        input.count();
        TaskRecorder rec = new TaskRecorder();
        spark.sparkContext().addSparkListener(rec);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long g0 = gcMillis();
        long j0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double c0 = cpuSeconds();
        long d0 = threads.getCurrentThreadCpuTime();
        long t0 = System.currentTimeMillis();
        Dataset<Row> events = SparkCorpus.standard().run(input).events();
        events.count();
        long t1 = System.currentTimeMillis();
        double driver = (threads.getCurrentThreadCpuTime() - d0) / 1e9;
        double cpu = cpuSeconds() - c0;
        spark.sparkContext().listenerBus().waitUntilEmpty();
        System.out.printf(Locale.ROOT, "%n%s: %,d articles, %.1f s wall, %.1f s process CPU (%.1f ms per article), of which"
            + " the driver's thread %.1f s; collectors %.1f s, compilers %.1f s (thread time, not CPU)%n", master, n,
            (t1 - t0) / 1e3, cpu, 1e3 * cpu / n, driver, (gcMillis() - g0) / 1e3,
            (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - j0) / 1e3);
        printProfile(rec, t0, t1);
        if (java.util.Arrays.asList(events.columns()).contains("findings")) {
          Row sizes = events.agg(org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.length(events.col("line"))),
              org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.length(events.col("findings")))).first();
          System.out.printf(Locale.ROOT, "%,d events: lines %,d characters (%.0f per article), findings %,d characters"
              + " (%.0f per event) -- only the findings reach the driver%n", events.count(), sizes.getLong(0),
              (double) sizes.getLong(0) / n, sizes.getLong(1), (double) sizes.getLong(1) / events.count());
        }
      } finally {
        spark.stop();
      }
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static void printProfile(TaskRecorder rec, long t0, long t1) {
    List<TaskSpan> tasks;
    synchronized (rec.tasks) {
      tasks = new ArrayList<>(rec.tasks);
    }
    // Concurrency over time: a sweep over task starts and ends.
    List<long[]> edges = new ArrayList<>();
    for (TaskSpan t : tasks) {
      edges.add(new long[] {Math.max(t.launch(), t0), 1});
      edges.add(new long[] {Math.min(t.finish(), t1), -1});
    }
    edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long[] at = new long[8];
    long last = t0;
    int running = 0;
    for (long[] e : edges) {
      at[Math.min(running, 7)] += e[0] - last;
      last = e[0];
      running += (int) e[1];
    }
    at[Math.min(running, 7)] += t1 - last;
    System.out.printf(Locale.ROOT, "tasks running at once: none %.1f s (driver), one %.1f s, two or more %.1f s%n", at[0] / 1e3,
        at[1] / 1e3, (t1 - t0 - at[0] - at[1]) / 1e3);
    Map<Integer, long[]> byStage = new java.util.TreeMap<>();
    for (TaskSpan t : tasks) {
      long[] s = byStage.computeIfAbsent(t.stage(), k -> new long[] {0, 0, 0, 0, Long.MAX_VALUE, 0});
      s[0]++;
      s[1] += t.runMs();
      s[2] += t.cpuMs();
      s[3] = Math.max(s[3], t.finish() - t.launch());
      s[4] = Math.min(s[4], t.launch());
      s[5] = Math.max(s[5], t.finish());
    }
    System.out.println("| stage | name | tasks | task run s | task CPU s | longest task s | span s |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|");
    long sumRun = 0;
    for (Map.Entry<Integer, long[]> e : byStage.entrySet()) {
      long[] s = e.getValue();
      sumRun += s[1];
      if (s[1] < 50 && s[3] < 50) {
        continue;
      }
      System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(),
          rec.stageNames.getOrDefault(e.getKey(), "?"), s[0], s[1] / 1e3, s[2] / 1e3, s[3] / 1e3, (s[5] - s[4]) / 1e3);
    }
    long sumCpu = 0;
    for (TaskSpan t : tasks) {
      sumCpu += t.cpuMs();
    }
    System.out.printf(Locale.ROOT, "all tasks: %d, %.1f s of task run time, %.1f s of task CPU%n", tasks.size(), sumRun / 1e3,
        sumCpu / 1e3);
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
