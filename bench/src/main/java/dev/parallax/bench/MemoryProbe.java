package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap one comparison needs: for the 20-article event of {@link EventBenchmark} and for a
 * 1 MB article compared with one seed.
 *
 * <p>Method: build the facade and the inputs, warm up with three comparisons, then force a full
 * collection and note the heap in use (the baseline: models and inputs). Reset the peak of every heap
 * pool, run one comparison, and read the pools' peaks ({@link MemoryPoolMXBean#getPeakUsage()}); their
 * sum less the baseline is the <em>peak heap above baseline</em>. Run it with the serial collector, a small
 * young generation ({@code -Xmn8m}, so garbage is collected every few megabytes and the peak tracks what is
 * live) and no thread-local allocation buffers ({@code -XX:-UseTLAB}, so every allocation shows in the
 * pools at once): the figure is then an upper bound of the live working set plus at most 8 MB of young
 * garbage (pool peaks taken at different moments are added). It also reports the bytes the comparing
 * thread allocated ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which does not
 * depend on the collector. Times in this run are slowed by the settings and are for orientation only.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -XX:+UseSerialGC -Xms2g -Xmx2g -Xmn8m -XX:-UseTLAB -cp bench/target/benchmarks.jar dev.parallax.bench.MemoryProbe
 * </pre>
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /** Prints one line per workload. */
  public static void main(String[] args) {
    // on the calling thread only: the allocation counted is this thread's
    Parallax parallax = Parallax.builder().parallel(false).build();
    List<Article> seeds = Seeds.load();
    List<Article> twenty = new VariantGenerator(42).event(seeds, 20);
    Article big = new VariantGenerator(42).longArticle(seeds, 1_000_000, "long-1mb");
    List<Article> bigPair = List.of(big, seeds.get(1));
    System.out.println("| workload | input chars | allocated per comparison | peak heap above baseline | time (one run) |");
    System.out.println("|---|---:|---:|---:|---:|");
    probe(parallax, "N = 5 (the seeds)", seeds);
    probe(parallax, "N = 20 (seeds + 15 variants)", twenty);
    probe(parallax, "1 MB article + 1 seed", bigPair);
  }

  private static void probe(Parallax parallax, String name, List<Article> articles) {
    for (int i = 0; i < 3; i++) {
      parallax.compare(articles);
    }
    long baseline = usedAfterGc();
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long allocBefore = threads.getThreadAllocatedBytes(tid);
    long t0 = System.nanoTime();
    Object result = parallax.compare(articles);
    long nanos = System.nanoTime() - t0;
    long allocated = threads.getThreadAllocatedBytes(tid) - allocBefore;
    long peak = 0;
    for (MemoryPoolMXBean p : pools) {
      peak += p.getPeakUsage().getUsed();
    }
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
    }
    System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %.0f ms |%n", name, chars, mb(allocated),
        mb(peak - baseline), nanos / 1e6);
    java.util.Objects.requireNonNull(result, "result");
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
