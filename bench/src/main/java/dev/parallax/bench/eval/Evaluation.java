package dev.parallax.bench.eval;

import dev.parallax.PairScore;
import dev.parallax.Parallax;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Measures the quality of Parallax's default similarity on public paraphrase data: MSRP (paraphrase or
 * not: accuracy, precision, recall, F1 at the similarity's own threshold, ROC AUC, and the best-F1
 * threshold for information) and STS-B (graded similarity: Pearson and Spearman, overall and per genre).
 *
 * <p>Pairs are scored with {@link Parallax#scorePairs}, the same code and the same similarity instance as
 * {@code parallax pairs} and alignment; the similarity is bound to all the pairs of one file at once. The
 * data is read from {@code DATA_DIR} ({@code msrp/train.tsv}, {@code stsb/train.tsv}); when it is absent
 * the program says so and exits 0. Prints a Markdown report on standard output. A second argument names
 * another stock similarity to evaluate instead of the default: {@code paraphrase}
 * ({@link Similarities#paraphrase()}).
 *
 * <p>{@code -Dparallax.split=test} reads the {@code test.tsv} files instead: for the reported figure only,
 * never for choosing anything.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.Evaluation ../shared/data
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.Evaluation ../shared/data paraphrase
 * </pre>
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * MSRP figures.
   *
   * @param pairs number of pairs
   * @param positives number of pairs labelled paraphrase
   * @param atDefault classification at the similarity's threshold
   * @param rocAuc ROC AUC of the scores
   * @param best the best-F1 threshold found on the same data (for information)
   */
  public record MsrpResult(int pairs, int positives, Metrics.Classification atDefault, double rocAuc,
      Metrics.Classification best) {}

  /**
   * STS-B figures for one group of pairs.
   *
   * @param group genre, or {@code "all"}
   * @param pairs number of pairs
   * @param pearson Pearson correlation of score and gold similarity
   * @param spearman Spearman correlation
   */
  public record Correlation(String group, int pairs, double pearson, double spearman) {}

  private static SentenceSimilarity similarityNamed(String name) {
    return switch (name) {
      case "lexical" -> Similarities.lexical();
      case "paraphrase" -> Similarities.paraphrase();
      default -> throw new IllegalArgumentException("unknown similarity '" + name + "': lexical or paraphrase");
    };
  }

  /**
   * Runs the evaluation; the first argument is the data folder (default {@code ../shared/data}), the
   * optional second the similarity ({@code lexical}, the default, or {@code paraphrase}).
   */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : System.getProperty("parallax.sharedData", "../shared/data"));
    String split = System.getProperty("parallax.split", "train");   // "test" only for the reported figure
    String setName = split.equals("train") ? "training set" : split + " set";
    Path msrp = data.resolve("msrp/" + split + ".tsv");
    Path stsb = data.resolve("stsb/" + split + ".tsv");
    if (!Files.isRegularFile(msrp) && !Files.isRegularFile(stsb)) {
      System.out.println("Evaluation skipped: no msrp/" + split + ".tsv or stsb/" + split + ".tsv under "
          + data.toAbsolutePath());
      return;
    }
    long t0 = System.nanoTime();
    Parallax parallax = args.length > 1 ? Parallax.builder().similarity(similarityNamed(args[1])).build()
        : Parallax.create();
    SentenceSimilarity sim = parallax.similarity();
    System.out.printf(Locale.ROOT, "Similarity: `%s`, threshold %.3f%n%n", sim.name(), sim.threshold());
    if (Files.isRegularFile(msrp)) {
      MsrpResult r = msrp(parallax, LabeledPairs.read(msrp, "label", null, Integer.MAX_VALUE));
      System.out.println("MSRP " + setName + " (" + r.pairs() + " pairs, " + r.positives() + " paraphrases):");
      System.out.println();
      System.out.println("| threshold | accuracy | precision | recall | F1 | ROC AUC |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      row(r.atDefault(), "default " + fmt3(r.atDefault().threshold()), r.rocAuc());
      row(r.best(), "best-F1 " + fmt3(r.best().threshold()) + " (tuned on these data)", r.rocAuc());
      System.out.println();
    } else {
      System.out.println("MSRP skipped: " + msrp + " is absent.\n");
    }
    if (Files.isRegularFile(stsb)) {
      List<Correlation> rows = stsb(parallax, LabeledPairs.read(stsb, "score", "genre", Integer.MAX_VALUE));
      System.out.println("STS-B " + setName + ":");
      System.out.println();
      System.out.println("| genre | pairs | Pearson | Spearman |");
      System.out.println("|---|---:|---:|---:|");
      for (Correlation c : rows) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", c.group(), c.pairs(), c.pearson(), c.spearman());
      }
      System.out.println();
    } else {
      System.out.println("STS-B skipped: " + stsb + " is absent.\n");
    }
    System.out.printf(Locale.ROOT, "Took %.1f s (model loading included).%n", (System.nanoTime() - t0) / 1e9);
  }

  /** Scores MSRP-style labelled pairs and computes the classification figures. */
  public static MsrpResult msrp(Parallax parallax, LabeledPairs data) {
    double[] scores = scores(parallax, data);
    boolean[] labels = data.labels();
    int positives = 0;
    for (boolean l : labels) {
      positives += l ? 1 : 0;
    }
    return new MsrpResult(labels.length, positives,
        Metrics.classify(scores, labels, parallax.similarity().threshold()),
        Metrics.rocAuc(scores, labels), Metrics.bestF1(scores, labels));
  }

  /** Scores STS-style graded pairs; the first row is all pairs, then one per group in name order. */
  public static List<Correlation> stsb(Parallax parallax, LabeledPairs data) {
    double[] scores = scores(parallax, data);
    List<Correlation> out = new ArrayList<>();
    out.add(new Correlation("all", scores.length, Metrics.pearson(scores, data.gold()), Metrics.spearman(scores, data.gold())));
    for (String g : new TreeSet<>(data.group())) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < scores.length; i++) {
        if (data.group().get(i).equals(g)) {
          idx.add(i);
        }
      }
      double[] s = new double[idx.size()];
      double[] y = new double[idx.size()];
      for (int k = 0; k < s.length; k++) {
        s[k] = scores[idx.get(k)];
        y[k] = data.gold()[idx.get(k)];
      }
      out.add(new Correlation(g, s.length, Metrics.pearson(s, y), Metrics.spearman(s, y)));
    }
    return out;
  }

  private static double[] scores(Parallax parallax, LabeledPairs data) {
    List<PairScore> scored = parallax.scorePairs(data.pairs());
    double[] out = new double[scored.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scored.get(i).score();
    }
    return out;
  }

  private static void row(Metrics.Classification c, String label, double auc) {
    System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f%% | %.1f | %.3f |%n", label, 100 * c.accuracy(),
        100 * c.precision(), 100 * c.recall(), 100 * c.f1(), auc);
  }

  private static String fmt3(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
