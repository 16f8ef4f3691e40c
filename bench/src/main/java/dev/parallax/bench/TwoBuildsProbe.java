package dev.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of Parallax timed against each other in one JVM: each benchmark jar is loaded by its own class
 * loader, and {@code Parallax.compare} of one build and of the other alternate call by call on the events of
 * {@link EventBenchmark} (the seeds plus {@link VariantGenerator} variants, seed 42), each call timed by the CPU
 * time of the working thread. Run one after the other, two builds meet a machine whose speed drifts by 20–40%
 * between minutes when others share it (docs/performance.md); alternating calls, they meet the same machine, so
 * their ratio holds even when the absolute figures do not. Before timing, the JSON reports of the two builds are
 * compared for every N ({@code identical} or {@code DIFFERENT}): a speed change that is meant to change nothing
 * shows it here.
 *
 * <p>Both builds are warmed up together for {@code WARMUP} seconds of CPU (the C2 compiler needs a minute or
 * more for one build's pipeline, see {@link EventBenchmark}), then each N is measured until {@code MEASURE}
 * seconds of CPU (at least 5 calls of each build). Prints the median CPU time of each build and their ratio.
 *
 * <p>With {@code --parallel} first, both builds compare with {@code Builder.parallel(true)} (the default) and each call
 * is timed by the wall clock, as {@link EventBenchmark} times it, warm-up and measuring counted in seconds of wall
 * time: what a comparison's parts done at once gain, alternating call by call so that both builds meet the same
 * load; the JSON reports checked are those of the parallel runs.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests   # in each checkout
 * java -Xms1g -Xmx1g -cp bench/target/benchmarks.jar dev.parallax.bench.TwoBuildsProbe [--parallel] \
 *     OLD/bench/target/benchmarks.jar NEW/bench/target/benchmarks.jar WARMUP MEASURE N...
 * </pre>
 */
public final class TwoBuildsProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TwoBuildsProbe() {}

  /**
   * The build's facade on the calling thread only, as the CPU time measured is this thread's: a build with
   * {@code Builder.parallel} would otherwise hand part of each comparison to the common pool. With {@code
   * --parallel}, the facade with its parts at once, as the wall clock is what is measured then.
   */
  private static Object facade(Class<?> facade, boolean wall) throws ReflectiveOperationException {
    Object builder = facade.getMethod("builder").invoke(null);
    try {
      builder = builder.getClass().getMethod("parallel", boolean.class).invoke(builder, wall);
    } catch (NoSuchMethodException olderBuild) {
      // builds before the 28th session compare on the calling thread anyway
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /**
   * One build: its facade, its {@code compare} and {@code JsonReport.toJson}, its copy of each event, and whether it
   * compares with its parts at once, timed by the wall clock.
   */
  private record Build(Object parallax, Method compare, Method toJson, List<Object> events, boolean wall) {
    static Build load(Path jar, int[] sizes, boolean wall) throws ReflectiveOperationException, MalformedURLException {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> facade = loader.loadClass("dev.parallax.Parallax");
      Object parallax = facade(facade, wall);
      Method compare = facade.getMethod("compare", List.class);
      Method toJson = loader.loadClass("dev.parallax.report.JsonReport")
          .getMethod("toJson", loader.loadClass("dev.parallax.Comparison"));
      Object seeds = loader.loadClass("dev.parallax.bench.Seeds").getMethod("load").invoke(null);
      Class<?> generator = loader.loadClass("dev.parallax.bench.VariantGenerator");
      List<Object> events = new ArrayList<>();
      for (int n : sizes) {
        Object g = generator.getConstructor(long.class).newInstance(42L);
        events.add(generator.getMethod("event", List.class, int.class).invoke(g, seeds, n));
      }
      return new Build(parallax, compare, toJson, events, wall);
    }

    Object compare(int event) throws ReflectiveOperationException {
      return compare.invoke(parallax, events.get(event));
    }

    String json(int event) throws ReflectiveOperationException {
      return (String) toJson.invoke(null, compare(event));
    }

    /** CPU nanoseconds of one comparison (wall-clock nanoseconds with {@code --parallel}). */
    long time(int event) throws ReflectiveOperationException {
      long start = clock(wall);
      compare(event);
      return clock(wall) - start;
    }
  }

  /** Loads both builds, checks their reports agree, and prints one line per N. */
  public static void main(String[] options) throws ReflectiveOperationException, MalformedURLException {
    boolean wall = options.length > 0 && options[0].equals("--parallel");
    String[] args = wall ? java.util.Arrays.copyOfRange(options, 1, options.length) : options;
    if (args.length < 5) {
      throw new IllegalArgumentException("usage: TwoBuildsProbe [--parallel] OLD.jar NEW.jar WARMUP MEASURE N...");
    }
    double warmup = Double.parseDouble(args[2]);
    double measure = Double.parseDouble(args[3]);
    int[] sizes = new int[args.length - 4];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = Integer.parseInt(args[i + 4]);
    }
    Build old = Build.load(Path.of(args[0]), sizes, wall);
    Build now = Build.load(Path.of(args[1]), sizes, wall);
    for (int e = 0; e < sizes.length; e++) {
      String a = old.json(e);
      String b = now.json(e);
      System.out.printf(Locale.ROOT, "N = %d: JSON reports %s (%,d characters)%n", sizes[e],
          a.equals(b) ? "identical" : "DIFFERENT", a.length());
    }
    long start = clock(wall);
    while (clock(wall) - start < warmup * 1e9) {
      for (int e = 0; e < sizes.length; e++) {
        old.compare(e);
        now.compare(e);
      }
    }
    String what = wall ? "wall" : "CPU";
    System.out.println("| N | old " + what + " median | new " + what + " median | new / old | calls of each |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int e = 0; e < sizes.length; e++) {
      List<Long> a = new ArrayList<>();
      List<Long> b = new ArrayList<>();
      long from = clock(wall);
      while (clock(wall) - from < measure * 1e9 || a.size() < 5) {
        a.add(old.time(e));
        b.add(now.time(e));
      }
      double ma = median(a) / 1e6;
      double mb = median(b) / 1e6;
      System.out.printf(Locale.ROOT, "| %d | %.1f ms | %.1f ms | %.3f | %d |%n", sizes[e], ma, mb, mb / ma, a.size());
    }
  }

  /** The working thread's CPU time in nanoseconds, or the wall clock's with {@code --parallel}. */
  private static long clock(boolean wall) {
    return wall ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
