package dev.parallax.bench.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Quality metrics for a similarity: classification at a threshold, ROC AUC, best-F1 threshold, and
 * Pearson and Spearman correlation.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>no predicted positives</td><td>precision 0.0 (and F1 0.0)</td></tr>
 *   <tr><td>no positive or no negative labels</td><td>{@link #rocAuc} throws {@link IllegalArgumentException}</td></tr>
 *   <tr><td>tied scores</td><td>ROC AUC counts a tie between a positive and a negative as half; ranks are averaged</td></tr>
 *   <tr><td>a constant series</td><td>{@link #pearson} and {@link #spearman} return {@code NaN}</td></tr>
 *   <tr><td>arrays of different lengths, or empty</td><td>{@link IllegalArgumentException}</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
public final class Metrics {
  private Metrics() {}

  /**
   * Classification figures at one threshold (a pair is predicted positive when its score is at least the
   * threshold).
   *
   * @param threshold the threshold used
   * @param accuracy share of pairs predicted right, in [0, 1]
   * @param precision share of predicted positives that are positive, in [0, 1]
   * @param recall share of positives predicted positive, in [0, 1]
   * @param f1 harmonic mean of precision and recall, in [0, 1]
   */
  public record Classification(double threshold, double accuracy, double precision, double recall, double f1) {}

  /** Accuracy, precision, recall and F1 when {@code score >= threshold} predicts a positive. */
  public static Classification classify(double[] scores, boolean[] labels, double threshold) {
    check(scores.length, labels.length);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] >= threshold;
      if (predicted && labels[i]) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (labels[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return counts(threshold, tp, fp, fn, tn);
  }

  private static Classification counts(double threshold, int tp, int fp, int fn, int tn) {
    double precision = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    double accuracy = (double) (tp + tn) / (tp + fp + fn + tn);
    return new Classification(threshold, accuracy, precision, recall, f1);
  }

  /**
   * The threshold, among the scores seen, that gives the highest F1 (the highest such threshold on ties).
   * For information: tuning it on the data it is measured on flatters the result.
   */
  public static Classification bestF1(double[] scores, boolean[] labels) {
    check(scores.length, labels.length);
    Integer[] order = byScoreDescending(scores);
    int positives = 0;
    for (boolean l : labels) {
      positives += l ? 1 : 0;
    }
    int n = scores.length;
    Classification best = null;
    int tp = 0;
    int fp = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (labels[i]) {
        tp++;
      } else {
        fp++;
      }
      boolean lastOfTie = k + 1 == n || scores[order[k + 1]] != scores[i];
      if (!lastOfTie) {
        continue;
      }
      int fn = positives - tp;
      int tn = n - positives - fp;
      Classification c = counts(scores[i], tp, fp, fn, tn);
      if (best == null || c.f1() > best.f1()) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Area under the ROC curve: the probability that a random positive scores above a random negative,
   * ties counting half. 1.0 for a perfect ranking, 0.5 for a random one.
   */
  public static double rocAuc(double[] scores, boolean[] labels) {
    check(scores.length, labels.length);
    double[] ranks = ranks(scores);
    long positives = 0;
    double rankSum = 0;
    for (int i = 0; i < scores.length; i++) {
      if (labels[i]) {
        positives++;
        rankSum += ranks[i];
      }
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("ROC AUC needs positive and negative labels; got " + positives
          + " positive and " + negatives + " negative");
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Pearson's linear correlation of {@code x} and {@code y}, in [-1, 1]. */
  public static double pearson(double[] x, double[] y) {
    check(x.length, y.length);
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman's rank correlation (Pearson on average ranks), in [-1, 1]. */
  public static double spearman(double[] x, double[] y) {
    check(x.length, y.length);
    return pearson(ranks(x), ranks(y));
  }

  /** Ranks from 1, ties sharing their average rank. */
  static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
    double[] ranks = new double[values.length];
    int k = 0;
    while (k < order.length) {
      int end = k;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[k]]) {
        end++;
      }
      double rank = (k + end) / 2.0 + 1;
      for (int j = k; j <= end; j++) {
        ranks[order[j]] = rank;
      }
      k = end + 1;
    }
    return ranks;
  }

  private static Integer[] byScoreDescending(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
    return order;
  }

  private static void check(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("scores and labels differ in length: " + a + " and " + b);
    }
    if (a == 0) {
      throw new IllegalArgumentException("no values");
    }
  }
}
