package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void perfectRankingHasRocAucOne() {
    assertThat(Metrics.rocAuc(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {T, T, F, F})).isEqualTo(1.0);
  }

  @Test
  void reversedRankingHasRocAucZero() {
    assertThat(Metrics.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {T, T, F, F})).isEqualTo(0.0);
  }

  @Test
  void allScoresTiedHasRocAucOneHalf() {
    assertThat(Metrics.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {T, F, T, F})).isEqualTo(0.5);
  }

  @Test
  void rocAucCountsOneMisorderedPairOfFour() {
    // positives 0.9, 0.4; negatives 0.6, 0.2: of the four positive-negative pairs, (0.4, 0.6) is misordered
    assertThat(Metrics.rocAuc(new double[] {0.9, 0.4, 0.6, 0.2}, new boolean[] {T, T, F, F})).isEqualTo(0.75);
  }

  @Test
  void rocAucNeedsBothClasses() {
    assertThatThrownBy(() -> Metrics.rocAuc(new double[] {0.1, 0.2}, new boolean[] {T, T}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 negative");
  }

  @Test
  void classificationCountsAtThreshold() {
    // predicted positive: 0.9 (T), 0.7 (F), 0.5 (T); negative: 0.4 (T), 0.1 (F)
    Metrics.Classification c = Metrics.classify(
        new double[] {0.9, 0.7, 0.5, 0.4, 0.1}, new boolean[] {T, F, T, T, F}, 0.5);
    assertThat(c.accuracy()).isEqualTo(3.0 / 5);
    assertThat(c.precision()).isEqualTo(2.0 / 3);
    assertThat(c.recall()).isEqualTo(2.0 / 3);
    assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void noPredictedPositivesGivesPrecisionAndF1Zero() {
    Metrics.Classification c = Metrics.classify(new double[] {0.1, 0.2}, new boolean[] {T, F}, 0.5);
    assertThat(c.precision()).isZero();
    assertThat(c.f1()).isZero();
    assertThat(c.accuracy()).isEqualTo(0.5);
  }

  @Test
  void bestF1ThresholdSeparatesAPerfectRanking() {
    Metrics.Classification best = Metrics.bestF1(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {T, T, F, F});
    assertThat(best.threshold()).isEqualTo(0.8);
    assertThat(best.f1()).isEqualTo(1.0);
    assertThat(best.accuracy()).isEqualTo(1.0);
  }

  @Test
  void bestF1NeverSplitsTiedScores() {
    Metrics.Classification best = Metrics.bestF1(new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {T, T, F, F});
    assertThat(best.threshold()).isIn(0.9, 0.5, 0.1);
  }

  @Test
  void pearsonOfALinearRelationIsOne() {
    assertThat(Metrics.pearson(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9})).isCloseTo(1.0, within(1e-12));
    assertThat(Metrics.pearson(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void spearmanOfAMonotoneRelationIsOneWherePearsonIsNot() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {1, 4, 9, 16, 100};
    assertThat(Metrics.spearman(x, y)).isCloseTo(1.0, within(1e-12));
    assertThat(Metrics.pearson(x, y)).isLessThan(0.95);
  }

  @Test
  void tiesShareTheirAverageRank() {
    assertThat(Metrics.ranks(new double[] {10, 20, 20, 30})).containsExactly(1.0, 2.5, 2.5, 4.0);
  }

  @Test
  void constantSeriesHasNoCorrelation() {
    assertThat(Metrics.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
  }

  @Test
  void correlationIsSymmetric() {
    double[] x = {0.1, 0.7, 0.3, 0.9, 0.5};
    double[] y = {1.0, 4.5, 2.0, 3.5, 3.0};
    assertThat(Metrics.pearson(x, y)).isEqualTo(Metrics.pearson(y, x));
    assertThat(Metrics.spearman(x, y)).isEqualTo(Metrics.spearman(y, x));
  }

  @Test
  void lengthsMustAgree() {
    assertThatThrownBy(() -> Metrics.pearson(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metrics.classify(new double[0], new boolean[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
