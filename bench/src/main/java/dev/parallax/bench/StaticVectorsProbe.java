package dev.parallax.bench;

import dev.parallax.Parallax;
import dev.parallax.align.SameFactFeatures;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the static word-vector table costs: loading it (once per JVM), preparing a run's sentences (their
 * words' vectors and sentence vectors), and scoring one sentence pair (soft word overlap both ways and the
 * sentence cosine, {@link SameFactFeatures#staticScores}), on the five seeds. Wall clock, after warm-up;
 * read the per-pair figure as an order of magnitude.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.StaticVectorsProbe
 * </pre>
 */
public final class StaticVectorsProbe {
  private StaticVectorsProbe() {}

  /** No arguments. */
  public static void main(String[] args) {
    Parallax parallax = Parallax.builder().build();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (Article a : Seeds.load()) {
      analyzed.add(parallax.analyze(a));
    }
    long t0 = System.nanoTime();
    SameFactFeatures first = SameFactFeatures.of(analyzed, Similarities.lexical());
    long t1 = System.nanoTime();
    first.staticScores(0, 0, 1, 0);   // loads the table and prepares the run
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "features of the seeds %.1f ms; first static score (table load + run) %.1f ms%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    double sink = 0;
    long pairs = 0;
    long prepare = 0;
    long score = 0;
    for (int round = 0; round < 60; round++) {
      SameFactFeatures f = SameFactFeatures.of(analyzed, Similarities.lexical());
      long a = System.nanoTime();
      sink += f.staticScores(0, 0, 1, 0)[2];
      long b = System.nanoTime();
      long n = 0;
      for (int x = 0; x < analyzed.size(); x++) {
        for (int y = x + 1; y < analyzed.size(); y++) {
          for (int i = 0; i < analyzed.get(x).sentences().size(); i++) {
            for (int j = 0; j < analyzed.get(y).sentences().size(); j++) {
              double[] s = f.staticScores(x, i, y, j);
              sink += s[0] + s[2];
              n++;
            }
          }
        }
      }
      long c = System.nanoTime();
      if (round >= 20) {   // the first rounds warm up
        prepare += b - a;
        score += c - b;
        pairs += n;
      }
    }
    System.out.printf(Locale.ROOT, "per run: prepare the seeds' sentences %.2f ms; per sentence pair %.2f µs "
        + "(%d pairs per run; checksum %.3f)%n", prepare / 40 / 1e6, score / 1e3 / pairs, pairs / 40, sink);
  }
}
