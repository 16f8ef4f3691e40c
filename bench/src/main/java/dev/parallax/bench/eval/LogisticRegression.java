package dev.parallax.bench.eval;

import java.util.List;

/**
 * Fits the logistic regressions of the model-fitting programs ({@code SameFactTraining}, {@code EventModelFit})
 * by Newton's method with an L2 penalty on the weights. Stateless; deterministic (fixed order of sums).
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  /**
   * The weights, intercept included, that fit {@code y} from {@code x}.
   *
   * @param x one row per example, each with a constant 1 at {@code intercept}
   * @param y one label per row
   * @param intercept the index of the constant column, which {@code ridge} leaves alone
   * @param ridge the L2 penalty of every other weight
   * @param interceptRidge a penalty on the intercept alone (0 for none)
   * @param iterations at most this many Newton steps
   * @param tolerance stop once a step's squared length is below this
   */
  public static double[] fit(List<double[]> x, List<Boolean> y, int intercept, double ridge, double interceptRidge,
      int iterations, double tolerance) {
    int d = x.get(0).length;
    double[] w = new double[d];
    for (int iter = 0; iter < iterations; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int r = 0; r < x.size(); r++) {
        double[] row = x.get(r);
        double p = probability(w, row);
        double err = p - (y.get(r) ? 1 : 0);
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          grad[i] += err * row[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += v * row[i] * row[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        if (i != intercept) {
          grad[i] += ridge * w[i];
          hess[i][i] += ridge;
        }
      }
      hess[intercept][intercept] += interceptRidge;
      double[] step = LinearSystems.solve(hess, grad);
      double norm = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        norm += step[i] * step[i];
      }
      if (norm < tolerance) {
        break;
      }
    }
    return w;
  }

  /** The model's probability for one row (with its constant column). */
  public static double probability(double[] w, double[] row) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * row[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
