package dev.parallax.embeddings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits the learned blend of {@link EmbeddingSimilarities}: a logistic regression of the MSRP paraphrase label
 * on a few pair features, and the F1-best probability threshold; reports the training F1 and the 10-fold
 * cross-validated F1 (folds by pair index modulo 10; each fold's threshold is chosen on its nine training
 * folds, and the held-out decisions of all folds are pooled into one F1).
 *
 * <p>Input: the table written by {@link ModelSurvey} (columns {@code gold lexical length numbers} and one
 * cosine per model). Arguments: the table, the model column, then the feature set, one of
 * {@code blend} or {@code blend:W} (the fixed blend {@code W * c + (1 - W) * lexical}, default
 * {@link EmbeddingSimilarities#WEIGHT}: only the threshold is fitted; a {@code +guard} suffix adds the
 * lexical guard of {@link BlendedSimilarity}), {@code cos+lex}, {@code cos+lex+num},
 * {@code cos+lex+len}, {@code cos+lex+len+num}, or {@code cols:a,b,max(c|d),min(e|f)} (any columns of the
 * table, as they are: for the token-alignment features of {@link PairFeatureSurvey}); optionally the cosine
 * floor (default
 * {@link EmbeddingSimilarities#COSINE_FLOOR}).
 * <pre>
 * java -cp ... dev.parallax.embeddings.BlendFit /tmp/survey.tsv minilm-q cos+lex+len+num
 * java -cp ... dev.parallax.embeddings.BlendFit /tmp/survey.tsv bge-q blend:0.70 0.7
 * </pre>
 * Features: {@code c = max(0, (cosine - floor) / (1 - floor))}, the lexical score, and the length ratio and
 * number mismatch of {@link PairFeatures}.
 *
 * <p>None of the fitted blends is shipped: on MSRP they gain at most 0.5 F1 point over the fixed blend, and
 * the ones that gain move the weight towards the lexical part, which loses the seeds' reworded denial (see the
 * module README).
 */
public final class BlendFit {
  private BlendFit() {}

  /** Fitted weights: intercept first, then one per feature; and the decision threshold on the probability. */
  record Fit(double[] beta, double threshold) {}

  /** Runs the fit; see the class comment. */
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    List<String> header = Arrays.asList(lines.get(0).split("\t"));
    String set = args.length > 2 ? args[2] : "cos+lex+len+num";
    int model = set.startsWith("cols:") ? -1 : column(header, args[1]);
    double floor = args.length > 3 ? Double.parseDouble(args[3]) : EmbeddingSimilarities.COSINE_FLOOR;
    boolean guard = set.endsWith("+guard");
    String base = guard ? set.substring(0, set.length() - 6) : set;
    double weight = base.startsWith("blend:") ? Double.parseDouble(base.substring(6)) : EmbeddingSimilarities.WEIGHT;
    int n = lines.size() - 1;
    double[] y = new double[n];
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split("\t");
      y[i] = Double.parseDouble(f[0]);
      double lex = Double.parseDouble(f[1]);
      double len = Double.parseDouble(f[2]);
      double num = Double.parseDouble(f[3]);
      double c = model < 0 ? 0 : Math.max(0, (Double.parseDouble(f[model]) - floor) / (1 - floor));
      x[i] = set.startsWith("cols:") ? columns(set.substring(5), header, f)
          : set.startsWith("blend") ? new double[] {weight * c + (1 - weight) * lex, lex} : switch (set) {
        case "cos+lex" -> new double[] {c, lex};
        case "cos+lex+len" -> new double[] {c, lex, len};
        case "cos+lex+num" -> new double[] {c, lex, num};
        case "cos+lex+len+num" -> new double[] {c, lex, len, num};
        default -> throw new IllegalArgumentException("unknown feature set " + set);
      };
    }
    boolean fitted = !set.startsWith("blend");
    Fit all = fitted ? fit(x, y) : new Fit(null, bestBlendThreshold(x, y, guard));
    double[] trainScores = fitted ? predict(all.beta(), x) : blendScores(x, all.threshold(), guard);
    SemanticEvaluation.Binary train = SemanticEvaluation.binary(trainScores, y, all.threshold());
    // Cross-validation: held-out decisions pooled over the ten folds.
    double[] heldOut = new double[n];
    for (int fold = 0; fold < 10; fold++) {
      List<double[]> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % 10 != fold) {
          tx.add(x[i]);
          ty.add(y[i]);
        }
      }
      double[][] fx = tx.toArray(new double[0][]);
      double[] fy = ty.stream().mapToDouble(Double::doubleValue).toArray();
      Fit f = fitted ? fit(fx, fy) : new Fit(null, bestBlendThreshold(fx, fy, guard));
      for (int i = fold; i < n; i += 10) {
        double s = fitted ? predict(f.beta(), new double[][] {x[i]})[0]
            : blendScores(new double[][] {x[i]}, f.threshold(), guard)[0];
        heldOut[i] = s >= f.threshold() ? 1 : 0;
      }
    }
    SemanticEvaluation.Binary cv = SemanticEvaluation.binary(heldOut, y, 0.5);
    System.out.printf(Locale.ROOT, "%s %s: train acc %.1f F1 %.1f (t=%.2f) | 10-fold CV acc %.1f F1 %.1f | beta %s%n",
        args[1], set, 100 * train.accuracy(), 100 * train.f1(), all.threshold(), 100 * cv.accuracy(), 100 * cv.f1(),
        all.beta() == null ? "-" : Arrays.toString(Arrays.stream(all.beta()).map(b -> Math.round(b * 1000) / 1000.0).toArray()));
  }

  /**
   * The named columns of one row: each item of the comma-separated {@code spec} is a column name, or
   * {@code max(a|b)} / {@code min(a|b)} of two columns (for features measured once per side of the pair).
   */
  static double[] columns(String spec, List<String> header, String[] row) {
    return Arrays.stream(spec.split(",")).mapToDouble(item -> {
      if (item.startsWith("max(") || item.startsWith("min(")) {
        String[] two = item.substring(4, item.length() - 1).split("\\|");
        double a = Double.parseDouble(row[column(header, two[0])]);
        double b = Double.parseDouble(row[column(header, two[1])]);
        return item.startsWith("max(") ? Math.max(a, b) : Math.min(a, b);
      }
      return Double.parseDouble(row[column(header, item)]);
    }).toArray();
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return i;
  }

  /**
   * The fixed blend's scores ({@code x[i] = {blend, lexical}}); with the guard, the lexical score mapped onto
   * threshold {@code t} (as in {@link BlendedSimilarity}, for the stock lexical threshold) when it is higher.
   */
  private static double[] blendScores(double[][] x, double t, boolean guard) {
    double scale = Math.min(1, t / dev.parallax.align.Similarities.lexical().threshold());
    return Arrays.stream(x).mapToDouble(r -> guard ? Math.max(r[0], r[1] * scale) : r[0]).toArray();
  }

  /** The F1-best threshold of the fixed blend (0.01 to 0.99); ties go to the lower. */
  private static double bestBlendThreshold(double[][] x, double[] y, boolean guard) {
    double best = 0.01;
    double bestF1 = -1;
    for (int t = 1; t <= 99; t++) {
      double f1 = SemanticEvaluation.binary(blendScores(x, t / 100.0, guard), y, t / 100.0).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  /** Logistic regression by Newton's method (a tiny ridge keeps the Hessian invertible), then the threshold. */
  static Fit fit(double[][] x, double[] y) {
    int k = x[0].length + 1;
    double[] beta = new double[k];
    for (int iter = 0; iter < 30; iter++) {
      double[] grad = new double[k];
      double[][] hess = new double[k][k];
      for (int i = 0; i < x.length; i++) {
        double[] r = withIntercept(x[i]);
        double p = sigmoid(dot(beta, r));
        for (int a = 0; a < k; a++) {
          grad[a] += (y[i] - p) * r[a];
          for (int b = 0; b < k; b++) {
            hess[a][b] += p * (1 - p) * r[a] * r[b];
          }
        }
      }
      for (int a = 0; a < k; a++) {
        hess[a][a] += 1e-6;
      }
      double[] step = solve(hess, grad);
      for (int a = 0; a < k; a++) {
        beta[a] += step[a];
      }
    }
    return new Fit(beta, bestThreshold(predict(beta, x), y));
  }

  static double[] predict(double[] beta, double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = sigmoid(dot(beta, withIntercept(x[i])));
    }
    return out;
  }

  /** The F1-best threshold from 0.01 to 0.99 (step 0.01); ties go to the lower. */
  static double bestThreshold(double[] scores, double[] labels) {
    double best = 0.01;
    double bestF1 = -1;
    for (int t = 1; t <= 99; t++) {
      double f1 = SemanticEvaluation.binary(scores, labels, t / 100.0).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  private static double[] withIntercept(double[] r) {
    double[] out = new double[r.length + 1];
    out[0] = 1;
    System.arraycopy(r, 0, out, 1, r.length);
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] m, double[] v) {
    int n = v.length;
    double[][] a = new double[n][];
    double[] b = v.clone();
    for (int i = 0; i < n; i++) {
      a[i] = m[i].clone();
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        b[r] -= f * b[c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
