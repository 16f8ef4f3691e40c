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
 * pool, run one comparison, and read the pools' peaks ({@link MemoryPoolMXBean#getPeakUsage()}): the
 * sum less the baseline is the <em>peak heap above baseline</em>. The peak counts garbage not yet
 * collected, so it depends on the collector; run it with the serial collector and a fixed heap (below)
 * for comparable figures. It also reports the bytes the comparing thread allocated
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which does not depend on the collector,
 * and the heap still in use after a full collection once the result is held (the result's size).
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -XX:+UseSerialGC -Xms2g -Xmx2g -cp bench/target/benchmarks.jar dev.parallax.bench.MemoryProbe
 * </pre>
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /** Prints one line per workload. */
  public static void main(String[] args) {
    Parallax parallax = Parallax.create();
    List<Article> seeds = Seeds.load();
    List<Article> twenty = new VariantGenerator(42).event(seeds, 20);
    Article big = new VariantGenerator(42).longArticle(seeds, 1_000_000, "long-1mb");
    List<Article> bigPair = List.of(big, seeds.get(1));
    System.out.println("| workload | input chars | allocated per comparison | peak heap above baseline | result retained | time (one run) |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
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
    long retained = usedAfterGc() - baseline;
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
    }
    System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %.0f ms |%n", name, chars, mb(allocated),
        mb(peak - baseline), mb(Math.max(0, retained)), nanos / 1e6);
    if (result.hashCode() == 42) {
      System.out.print("");
    }
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
