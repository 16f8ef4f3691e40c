package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Time and peak memory against input size for each class of hostile input of issue 15: nested and
 * unclosed HTML blocks (reading), a sentence full of quotes (analysis), a very long sentence against its
 * reverse (wording differences), two long articles of unique sentences (discrepancies, omissions), and
 * many articles in one event (the whole comparison). Each row is one run after a warm-up at the smallest
 * size; "growth" is the ratio of time to the previous row's, against the ratio of sizes.
 *
 * <p>Memory is the sum of the heap pools' peaks during the run less the heap in use before it (after a
 * full collection), and the bytes the thread allocated. Run it with the serial collector and a small
 * young generation, as {@link MemoryProbe}, so the peak tracks what is live.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -XX:+UseSerialGC -Xms2g -Xmx2g -Xmn16m -cp bench/target/benchmarks.jar dev.parallax.bench.RobustnessProbe [CASE...]
 * </pre>
 *
 * <p>Cases: {@code pre}, {@code blockquote}, {@code title}, {@code comments}, {@code lists}, {@code quotes}, {@code reverse},
 * {@code unique}, {@code many}, {@code teasers}; none given runs them all. A run that overruns the 5-minute deadline prints
 * the deadline error and ends its series.
 */
public final class RobustnessProbe {
  private RobustnessProbe() {}

  /** Prints one table per case. */
  public static void main(String[] args) {
    List<String> cases = args.length == 0
        ? List.of("pre", "blockquote", "title", "comments", "lists", "quotes", "reverse", "unique", "many", "teasers")
        : List.of(args);
    Parallax parallax = Parallax.builder().deadline(Duration.ofMinutes(5)).build();
    List<Article> seeds = Seeds.load();
    ArticleReader reader = ArticleReader.create();
    for (String c : cases) {
      switch (c) {
        case "pre" -> series("HTML, nested <pre> (read)", "depth", new int[] {1_400, 2_800, 5_600, 11_200, 22_400},
            d -> () -> reader.fromHtml("p", HostileInputs.nestedBlocks("pre", d)).text().length());
        case "blockquote" -> series("HTML, nested <blockquote> (read)", "depth", new int[] {2_500, 5_000, 10_000, 20_000, 40_000},
            d -> () -> reader.fromHtml("q", HostileInputs.nestedBlocks("blockquote", d)).text().length());
        case "title" -> series("HTML, a title of separators (read)", "separators", new int[] {10_000, 20_000, 40_000, 80_000},
            n -> () -> reader.fromHtml("t", HostileInputs.separatorTitle(n)).title().length());
        case "comments" -> series("HTML, nested <div class=comment> (read)", "depth", new int[] {2_500, 5_000, 10_000, 20_000},
            d -> () -> reader.fromHtml("c", HostileInputs.nestedBlocks("div class=comment", d)).text().length());
        case "lists" -> series("HTML, unclosed <ul><li> around paragraphs (read + compare with a seed)", "depth",
            new int[] {200, 400, 800, 1_600, 3_200},
            d -> () -> parallax.compare(List.of(reader.fromHtml("l", HostileInputs.unclosedLists(d)), seeds.get(0)))
                .passages().size());
        case "quotes" -> series("one sentence with many quotes (analyze)", "quotes", new int[] {500, 1_000, 2_000, 4_000, 8_000},
            q -> () -> parallax.analyze(HostileInputs.article("q", HostileInputs.manyQuotes(q))).quotes().size());
        case "reverse" -> series("a long sentence against its reverse (compare)", "words", new int[] {2_500, 5_000, 10_000, 20_000, 40_000},
            w -> () -> {
              List<String> s = HostileInputs.sentenceAndReverse(w);
              return parallax.compare(List.of(HostileInputs.article("a", s.get(0)), HostileInputs.article("b", s.get(1))))
                  .passages().size();
            });
        case "unique" -> series("two articles of unique sentences (compare)", "chars each", new int[] {125_000, 250_000, 500_000, 1_000_000, 2_000_000},
            n -> () -> parallax.compare(List.of(HostileInputs.article("a", HostileInputs.uniqueSentences(1, n)),
                HostileInputs.article("b", HostileInputs.uniqueSentences(2, n)))).passages().size());
        case "many" -> series("many articles: seeds + variants (compare)", "articles", new int[] {20, 80, 200, 400, 800},
            n -> {
              List<Article> event = new VariantGenerator(42).event(seeds, n);
              return () -> parallax.compare(event).passages().size();
            });
        case "teasers" -> series("a pasted page with teaser cards below the story (clean)", "cards",
            new int[] {2_500, 5_000, 10_000, 20_000, 40_000},
            n -> () -> Cleaners.standard().clean(HostileInputs.article("t", HostileInputs.teaserCards(n))).body().size());
        default -> System.out.println("unknown case " + c);
      }
    }
  }

  /** A run whose result is a size, so the work cannot be optimized away. */
  interface Run {
    int run();
  }

  private static void series(String title, String unit, int[] sizes, IntFunction<Run> make) {
    System.out.println();
    System.out.println("### " + title);
    System.out.println();
    System.out.printf(Locale.ROOT, "| %s | wall | CPU | allocated | peak heap above baseline | growth (time / size) | result |%n", unit);
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    try {
      make.apply(sizes[0]).run();   // warm-up
    } catch (RuntimeException e) {
      System.out.println("warm-up failed: " + e.getMessage());
      return;
    }
    double previous = 0;
    for (int i = 0; i < sizes.length; i++) {
      Run run = make.apply(sizes[i]);
      long baseline = usedAfterGc();
      List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long alloc0 = threads.getCurrentThreadAllocatedBytes();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      String result;
      try {
        result = Integer.toString(run.run());
      } catch (RuntimeException e) {
        result = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      double wall = (System.nanoTime() - t0) / 1e6;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      long allocated = threads.getCurrentThreadAllocatedBytes() - alloc0;
      long peak = 0;
      for (MemoryPoolMXBean p : pools) {
        peak += p.getPeakUsage().getUsed();
      }
      String growth = i == 0 ? "" : String.format(Locale.ROOT, "%.1f× / %.1f×", cpu / previous, sizes[i] / (double) sizes[i - 1]);
      System.out.printf(Locale.ROOT, "| %,d | %,.0f ms | %,.0f ms | %s | %s | %s | %s |%n", sizes[i], wall, cpu, mb(allocated),
          mb(Math.max(0, peak - baseline)), growth, result);
      previous = Math.max(cpu, 0.001);
      if (!result.chars().allMatch(Character::isDigit)) {
        return;
      }
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
  }

}
