package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparers;
import dev.parallax.ingest.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where one comparison's time goes, stage by stage: {@link Parallax#analyze} (clean and analyze each
 * article), the default aligner, the default comparer, each timed by the CPU time of the working thread
 * (mean of 30 runs after 20 warm-up runs; 10 runs for N = 40). Workloads: the events of
 * {@link EventBenchmark} (seeds plus {@link VariantGenerator} variants, seed 42) for N = 5, 20, 40.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xms1g -Xmx1g -cp bench/target/benchmarks.jar dev.parallax.bench.StageProbe
 * </pre>
 */
public final class StageProbe {
  private StageProbe() {}

  /** Prints one Markdown row per N. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Parallax parallax = Parallax.create();
    SentenceSimilarity similarity = parallax.similarity();
    Aligner aligner = Aligners.standard(similarity);
    Comparer comparer = Comparers.standard();
    List<Article> seeds = Seeds.load();
    System.out.println("| N | clean + analyze | align | compare | total |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int n : new int[] {5, 20, 40}) {
      List<Article> event = new VariantGenerator(42).event(seeds, n);
      int runs = n >= 40 ? 10 : 30;
      long[] total = new long[3];
      for (int r = 0; r < runs + 20; r++) {
        long c0 = threads.getCurrentThreadCpuTime();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (Article a : event) {
          analyzed.add(parallax.analyze(a));
        }
        long c1 = threads.getCurrentThreadCpuTime();
        Alignment alignment = aligner.align(analyzed);
        long c2 = threads.getCurrentThreadCpuTime();
        Objects.requireNonNull(comparer.compare(analyzed, alignment, similarity.name()));
        long c3 = threads.getCurrentThreadCpuTime();
        if (r >= 20) {
          total[0] += c1 - c0;
          total[1] += c2 - c1;
          total[2] += c3 - c2;
        }
      }
      double a = total[0] / 1e6 / runs;
      double b = total[1] / 1e6 / runs;
      double c = total[2] / 1e6 / runs;
      System.out.printf(Locale.ROOT, "| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", n, a, b, c, a + b + c);
    }
  }
}
