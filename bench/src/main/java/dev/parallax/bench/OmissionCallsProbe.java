package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.Passage;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Comparers;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The similarity calls one comparison's checks make, by the line of the comparer that asks for them: a count that is
 * the same on any machine, where the CPU time of a shared machine is not. For each N it prints the number of main-event
 * articles, passages and (article, passage) checks (an article against a passage it does not carry), the mean number
 * of outlets those passages have, and the calls of the comparer's scorer, each attributed to the first frame in
 * {@code dev.parallax.compare} outside its score memo ({@code BestScores}) as {@code Class.method:line}.
 *
 * <p>Workloads: the events of {@link EventBenchmark} (N = 5 the seeds as they are, larger N the seeds plus
 * {@link VariantGenerator} variants, seed 42). Walking the stack makes each call slow: the program counts, it does
 * not time.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.OmissionCallsProbe 5 10 20 40 80
 * </pre>
 */
public final class OmissionCallsProbe {
  private OmissionCallsProbe() {}

  /** Prints one block per N given (5, 10, 20 and 40 when none is). */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {5, 10, 20, 40} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    Parallax parallax = Parallax.builder().parallel(false).build();
    List<Article> seeds = Seeds.load();
    for (int n : sizes) {
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (Article a : new VariantGenerator(42).event(seeds, n)) {
        analyzed.add(parallax.analyze(a));
      }
      Alignment alignment = Aligners.standard(parallax.similarity()).align(analyzed);
      long checks = 0;
      long outlets = 0;
      int main = 0;
      for (AnalyzedArticle a : analyzed) {
        main += alignment.isMain(a.id()) ? 1 : 0;
      }
      for (Passage p : alignment.passages()) {
        for (AnalyzedArticle a : analyzed) {
          if (alignment.isMain(a.id()) && !p.carriedBy(a.id())) {
            checks++;
            outlets += p.members().size();
          }
        }
      }
      Map<String, LongAdder> calls = new ConcurrentSkipListMap<>();
      Comparers.standard(counting(Similarities.lexical(), calls)).compare(analyzed, alignment, "lexical");
      long all = calls.values().stream().mapToLong(LongAdder::sum).sum();
      System.out.printf(Locale.ROOT, "N = %d: %d main-event articles, %d passages, %d checks, %.1f outlets per check,"
          + " %d similarity calls%n", n, main, alignment.passages().size(), checks,
          checks == 0 ? 0.0 : (double) outlets / checks, all);
      calls.forEach((caller, count) -> System.out.printf(Locale.ROOT, "  %,9d  %s%n", count.sum(), caller));
    }
  }

  /** {@code similarity}, each call of its bound scorer counted under the comparer's line that made it. */
  private static SentenceSimilarity counting(SentenceSimilarity similarity, Map<String, LongAdder> calls) {
    StackWalker walker = StackWalker.getInstance();
    return new SentenceSimilarity() {
      @Override
      public String name() {
        return similarity.name();
      }

      @Override
      public double threshold() {
        return similarity.threshold();
      }

      @Override
      public Scorer bind(List<Sentence> corpus) {
        Scorer scorer = similarity.bind(corpus);
        return (a, b) -> {
          String caller = walker.walk(frames -> frames
              .filter(f -> f.getClassName().startsWith("dev.parallax.compare.")
                  && !f.getClassName().endsWith(".BestScores"))
              .findFirst()
              .map(f -> f.getClassName().substring("dev.parallax.compare.".length()) + '.' + f.getMethodName() + ':'
                  + f.getLineNumber())
              .orElse("(outside the comparer)"));
          calls.computeIfAbsent(caller, k -> new LongAdder()).increment();
          return scorer.score(a, b);
        };
      }
    };
  }
}
