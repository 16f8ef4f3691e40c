package dev.parallax.bench.eval;

import java.util.Arrays;

/**
 * Solves the small dense linear systems of the model-fitting programs (Newton steps of a logistic
 * regression), by Gaussian elimination with partial pivoting. Stateless.
 */
public final class LinearSystems {
  private LinearSystems() {}

  /**
   * The {@code x} with {@code a·x = b}.
   *
   * @param a a square, non-singular matrix (left unchanged)
   * @param b the right-hand side, as long as {@code a} (left unchanged)
   */
  public static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
