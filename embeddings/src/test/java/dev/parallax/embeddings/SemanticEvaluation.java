package dev.parallax.embeddings;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the lexical similarity and the semantic blend on the shared pair data: MSRP (accuracy and F1
 * of "score at or above the threshold" against the paraphrase label) and STS-B (Pearson and Spearman
 * correlation with the 0–5 gold score). It also prints the MSRP grid from which
 * {@link EmbeddingSimilarities#WEIGHT} and {@link EmbeddingSimilarities#THRESHOLD} were chosen.
 *
 * <p>Run from the project root (about two minutes on one core):
 * <pre>
 * mvn -B -q -o -pl embeddings -am test-compile
 * mvn -B -q -o -pl embeddings dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp embeddings/target/test-classes:embeddings/target/classes:core/target/classes:$(cat embeddings/target/cp.txt) \
 *     dev.parallax.embeddings.SemanticEvaluation /work/shared/data
 * </pre>
 * {@link SemanticEvaluationTest} runs the same code on a slice of MSRP as part of the test suite.
 */
public final class SemanticEvaluation {
  /** F1 points within which a weight counts as tied with the best (about one standard error on MSRP). */
  static final double F1_TOLERANCE = 0.005;

  private SemanticEvaluation() {}

  /** Gold values and the two parts of the score for each pair of a corpus. */
  record Parts(double[] gold, double[] lexical, double[] cosine, double floor, double lexicalThreshold) {
    /** The blend with weight {@code weight}, keeping the lexical decision at threshold {@code threshold}. */
    double[] blend(double weight, double threshold) {
      double[] out = new double[gold.length];
      for (int i = 0; i < out.length; i++) {
        double c = Math.max(0, (cosine[i] - floor) / (1 - floor));
        out[i] = Math.max(weight * c + (1 - weight) * lexical[i], lexical[i] * Math.min(1, threshold / lexicalThreshold));
      }
      return out;
    }
  }

  /** Accuracy and F1 of a binary decision against 0/1 labels. */
  record Binary(double accuracy, double f1) {}

  /** Scores every pair of {@code corpus} with a scorer bound to all of its sentences. */
  static Parts parts(PairCorpus corpus, BlendedSimilarity similarity) {
    BlendedSimilarity.BlendedScorer scorer = (BlendedSimilarity.BlendedScorer) similarity.bind(corpus.sentences());
    int n = corpus.pairs().size();
    double[] gold = new double[n];
    double[] lex = new double[n];
    double[] cos = new double[n];
    for (int i = 0; i < n; i++) {
      PairCorpus.Pair p = corpus.pairs().get(i);
      gold[i] = p.gold();
      lex[i] = scorer.lexical(p.a(), p.b());
      cos[i] = scorer.cosine(p.a(), p.b());
    }
    return new Parts(gold, lex, cos, similarity.floor(), similarity.lexicalThreshold());
  }

  static Binary binary(double[] scores, double[] labels, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int right = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean said = scores[i] >= threshold;
      boolean truth = labels[i] >= 0.5;
      if (said == truth) {
        right++;
      }
      if (said && truth) {
        tp++;
      } else if (said) {
        fp++;
      } else if (truth) {
        fn++;
      }
    }
    double f1 = tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
    return new Binary(scores.length == 0 ? 0.0 : (double) right / scores.length, f1);
  }

  static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0.0 : sxy / Math.sqrt(sxx * syy);
  }

  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  private static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; ) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[order[k]] = (i + j) / 2.0;
      }
      i = j + 1;
    }
    return r;
  }

  /** The threshold (0.10 to 0.90, step 0.01) with the best F1 for {@code scores}; ties go to the lower. */
  static double bestThreshold(double[] scores, double[] labels) {
    double best = 0.10;
    double bestF1 = -1;
    for (int t = 10; t <= 90; t++) {
      double f1 = binary(scores, labels, t / 100.0).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  /**
   * The chosen blend: for each weight (0 to 1, step 0.05) the F1-best threshold (0.10 to 0.90, step 0.01;
   * the score depends on it through the lexical term); among the weights within
   * {@link #F1_TOLERANCE} of the best F1, the largest cosine weight (the cosine is what the lexical
   * similarity lacks; within the tolerance MSRP cannot tell the weights apart).
   */
  static double[] chooseBlend(Parts msrp, StringBuilder log) {
    double[] f1s = new double[21];
    double[] ts = new double[21];
    double top = 0;
    for (int k = 0; k <= 20; k++) {
      double bestF1 = -1;
      for (int t = 10; t <= 90; t++) {
        double f1 = binary(msrp.blend(k / 20.0, t / 100.0), msrp.gold(), t / 100.0).f1();
        if (f1 > bestF1 + 1e-12) {
          bestF1 = f1;
          ts[k] = t / 100.0;
        }
      }
      double[] s = msrp.blend(k / 20.0, ts[k]);
      f1s[k] = bestF1;
      top = Math.max(top, f1s[k]);
      log.append(String.format(Locale.ROOT, "  w=%.2f  t=%.2f  F1=%.2f  acc=%.2f%n", k / 20.0, ts[k], 100 * f1s[k],
          100 * binary(s, msrp.gold(), ts[k]).accuracy()));
    }
    for (int k = 20; k >= 0; k--) {
      if (f1s[k] >= top - F1_TOLERANCE) {
        return new double[] {k / 20.0, ts[k]};
      }
    }
    throw new AssertionError("unreachable");
  }

  /** Runs the evaluation on the shared data folder given as the only argument. */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : System.getProperty("parallax.sharedData", "../shared/data"));
    Analyzer analyzer = EnglishAnalyzer.create(EnglishModels.load());
    SentenceSimilarity lexical = Similarities.lexical();
    BlendedSimilarity semantic = (BlendedSimilarity) EmbeddingSimilarities.semantic(lexical);
    Parts msrp = parts(PairCorpus.msrp(data, analyzer), semantic);
    Parts stsb = parts(PairCorpus.stsb(data, analyzer), semantic);
    String dump = System.getProperty("parallax.evalDump");
    if (dump != null) {
      dump(msrp, Path.of(dump + "-msrp.tsv"));
      dump(stsb, Path.of(dump + "-stsb.tsv"));
    }
    StringBuilder out = new StringBuilder();
    double sum = 0;
    int count = 0;
    for (int i = 0; i < stsb.gold().length; i++) {
      if (stsb.gold()[i] >= 1 && stsb.gold()[i] <= 2) {
        sum += stsb.cosine()[i];
        count++;
      }
    }
    out.append(String.format(Locale.ROOT, "mean cosine of the STS-B pairs rated 1 to 2 (the floor's rule): %.3f"
        + " (floor in use: %.2f)%n%n", sum / count, semantic.floor()));
    out.append("| similarity | MSRP acc | MSRP F1 | STS-B Pearson | STS-B Spearman |\n|---|---|---|---|---|\n");
    row(out, lexical.name() + " (t=" + lexical.threshold() + ")", msrp.lexical(), lexical.threshold(), msrp, stsb.lexical(), stsb);
    double[] ms = msrp.blend(semantic.weight(), semantic.threshold());
    double[] ss = stsb.blend(semantic.weight(), semantic.threshold());
    row(out, semantic.name() + " (w=" + semantic.weight() + ", t=" + semantic.threshold() + ", floor="
        + semantic.floor() + ")", ms,
        semantic.threshold(), msrp, ss, stsb);
    StringBuilder grid = new StringBuilder("MSRP grid (best threshold per cosine weight w):\n");
    double[] chosen = chooseBlend(msrp, grid);
    out.append('\n').append(grid).append(String.format(Locale.ROOT,
        "chosen by the rule: w=%.2f t=%.2f (constants in use: w=%.2f t=%.2f)%n", chosen[0], chosen[1],
        semantic.weight(), semantic.threshold()));
    System.out.print(out);
  }

  /** Writes {@code lexical cosine gold} per pair, for analysis outside Java. */
  private static void dump(Parts p, Path file) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.gold().length; i++) {
      b.append(p.lexical()[i]).append('\t').append(p.cosine()[i]).append('\t').append(p.gold()[i]).append('\n');
    }
    try {
      java.nio.file.Files.writeString(file, b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void row(StringBuilder out, String name, double[] msrpScores, double threshold, Parts msrp,
      double[] stsbScores, Parts stsb) {
    Binary b = binary(msrpScores, msrp.gold(), threshold);
    out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.3f | %.3f |%n", name, 100 * b.accuracy(),
        100 * b.f1(), pearson(stsbScores, stsb.gold()), spearman(stsbScores, stsb.gold())));
  }

  /** For tests: the evaluation rows on a slice of MSRP. */
  static List<Binary> msrpRows(PairCorpus msrp, SentenceSimilarity lexical, BlendedSimilarity semantic) {
    Parts p = parts(msrp, semantic);
    return List.of(binary(p.lexical(), p.gold(), lexical.threshold()),
        binary(p.blend(semantic.weight(), semantic.threshold()), p.gold(), semantic.threshold()));
  }
}
