package dev.parallax.align;

import java.util.Arrays;
import java.util.Random;

/**
 * Fits the lexical similarity's blend ({@link LexicalSimilarity#BLEND}, {@link LexicalSimilarity#BLEND_SCALE}
 * and the default threshold) on the MSRP training set by logistic regression, and reports the training fit
 * and 10-fold cross-validated figures. Not a test: run it by hand and copy the printed constants.
 *
 * <pre>
 * mvn -B -q -o -pl core test-compile
 * mvn -B -q -o -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt) \
 *     -Dparallax.sharedData=../shared/data dev.parallax.align.MsrpFit
 * </pre>
 */
final class MsrpFit {
  private static final double L2 = 1e-3;


  private MsrpFit() {}

  public static void main(String[] args) throws Exception {
    MsrpData d = MsrpData.train().orElseThrow(() -> new IllegalStateException("no MSRP data"));
    LexicalSimilarity.Bound bound = (LexicalSimilarity.Bound) Similarities.paraphrase().bind(d.corpus());
    int n = d.a().size();
    int k = LexicalSimilarity.FEATURES.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double[] f = bound.features(d.a().get(i), d.b().get(i));
      x[i] = f == null ? new double[k] : f;
      y[i] = d.paraphrase()[i] ? 1 : 0;
    }
    double[] w = fit(x, y, all(n));
    double t = bestF1Threshold(x, y, w, all(n));
    System.out.println("features " + LexicalSimilarity.FEATURES);
    System.out.println("intercept " + w[0] + " weights " + Arrays.toString(Arrays.copyOfRange(w, 1, k + 1)));
    // Scale: the blend 1 + sum w_i (f_i - 1) / scale tracks the pooled share (feature 0) in least squares.
    double uv = 0;
    double uu = 0;
    for (int i = 0; i < n; i++) {
      double u = 0;
      for (int j = 0; j < k; j++) {
        u += w[j + 1] * (x[i][j] - 1);
      }
      uv += u * (x[i][0] - 1);
      uu += u * u;
    }
    double scale = uu / uv;
    double zId = w[0];
    for (int j = 0; j < k; j++) {
      zId += w[j + 1];
    }
    System.out.printf("cut z %.4f, scale %.4f: threshold %.4f%n", t, scale, 1 + (t - zId) / scale);
    boolean[] train = new boolean[n];
    for (int i = 0; i < n; i++) {
      train[i] = z(w, x[i]) >= t;
    }
    System.out.println("training fit " + figures(train, y));
    boolean[] cv = new boolean[n];
    int[] order = shuffled(n, new Random(1));
    for (int fold = 0; fold < 10; fold++) {
      boolean[] in = new boolean[n];
      for (int r = 0; r < n; r++) {
        in[order[r]] = r % 10 != fold;
      }
      double[] wf = fit(x, y, in);
      double tf = bestF1Threshold(x, y, wf, in);
      for (int i = 0; i < n; i++) {
        if (!in[i]) {
          cv[i] = z(wf, x[i]) >= tf;
        }
      }
    }
    System.out.println("10-fold cross-validated " + figures(cv, y));
    SentenceSimilarity lexical = Similarities.paraphrase();
    double[] shipped = d.score(lexical.bind(d.corpus()));
    SentenceSimilarity pooled = Similarities.lexical();
    System.out.printf("Similarities.lexical() at its threshold %.3f: %s%n", pooled.threshold(),
        d.evaluate(d.score(pooled.bind(d.corpus())), pooled.threshold()));
    System.out.printf("Similarities.paraphrase() at its threshold %.3f: %s%n", lexical.threshold(),
        d.evaluate(shipped, lexical.threshold()));
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    return b;
  }

  private static int[] shuffled(int n, Random random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  }

  static double z(double[] w, double[] f) {
    double s = w[0];
    for (int j = 0; j < f.length; j++) {
      s += w[j + 1] * f[j];
    }
    return s;
  }

  /** L2-regularised logistic regression by Newton's method on the rows marked {@code in}. */
  static double[] fit(double[][] x, double[] y, boolean[] in) {
    int k = x[0].length + 1;
    double[] w = new double[k];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[k];
      double[][] h = new double[k][k];
      for (int i = 0; i < x.length; i++) {
        if (!in[i]) {
          continue;
        }
        double p = 1 / (1 + Math.exp(-z(w, x[i])));
        for (int a = 0; a < k; a++) {
          double xa = a == 0 ? 1 : x[i][a - 1];
          g[a] += (p - y[i]) * xa;
          for (int b = 0; b < k; b++) {
            double xb = b == 0 ? 1 : x[i][b - 1];
            h[a][b] += p * (1 - p) * xa * xb;
          }
        }
      }
      for (int a = 1; a < k; a++) {
        g[a] += L2 * w[a];
        h[a][a] += L2;
      }
      double[] step = solve(h, g);
      for (int a = 0; a < k; a++) {
        w[a] -= step[a];
      }
    }
    return w;
  }

  private static double[] solve(double[][] m, double[] v) {
    int k = v.length;
    double[][] a = new double[k][k + 1];
    for (int i = 0; i < k; i++) {
      System.arraycopy(m[i], 0, a[i], 0, k);
      a[i][k] = v[i];
    }
    for (int c = 0; c < k; c++) {
      int p = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[p];
      a[p] = tmp;
      for (int r = 0; r < k; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int j = c; j <= k; j++) {
            a[r][j] -= f * a[c][j];
          }
        }
      }
    }
    double[] out = new double[k];
    for (int i = 0; i < k; i++) {
      out[i] = a[i][k] / a[i][i];
    }
    return out;
  }

  /** The value of z at or above which "paraphrase" gives the best F1 on the rows marked {@code in}. */
  static double bestF1Threshold(double[][] x, double[] y, double[] w, boolean[] in) {
    double[] zs = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      zs[i] = z(w, x[i]);
    }
    double best = -1;
    double bestT = 0;
    for (int step = -400; step <= 400; step++) {
      double t = step / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < x.length; i++) {
        if (!in[i]) {
          continue;
        }
        boolean yes = zs[i] >= t;
        tp += yes && y[i] > 0 ? 1 : 0;
        fp += yes && y[i] == 0 ? 1 : 0;
        fn += !yes && y[i] > 0 ? 1 : 0;
      }
      double f = 2.0 * tp / (2.0 * tp + fp + fn);
      if (f > best) {
        best = f;
        bestT = t;
      }
    }
    return bestT;
  }

  static String figures(boolean[] yes, double[] y) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < yes.length; i++) {
      if (yes[i]) {
        tp += y[i] > 0 ? 1 : 0;
        fp += y[i] > 0 ? 0 : 1;
      } else {
        fn += y[i] > 0 ? 1 : 0;
        tn += y[i] > 0 ? 0 : 1;
      }
    }
    double p = (double) tp / (tp + fp);
    double r = (double) tp / (tp + fn);
    return String.format("accuracy %.1f precision %.1f recall %.1f F1 %.2f", 100.0 * (tp + tn) / yes.length,
        100 * p, 100 * r, 200 * p * r / (p + r));
  }
}
