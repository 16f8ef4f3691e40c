package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.align.Similarities;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation runner on a slice of the shared MSRP data; skipped when the data is absent. */
class SemanticEvaluationTest {
  @Test
  void semanticBlendFindsParaphrasesBetterThanWordsAlone() {
    assumeTrue(PairCorpus.sharedData().isPresent(), "shared data absent");
    Path data = PairCorpus.sharedData().orElseThrow();
    PairCorpus slice = PairCorpus.msrp(data, Shared.ANALYZER, 300);
    List<SemanticEvaluation.Binary> rows = SemanticEvaluation.msrpRows(slice, Similarities.lexical(), Shared.SEMANTIC);
    assertThat(rows.get(1).f1()).isGreaterThan(rows.get(0).f1());
  }

  @Test
  void metricsOnSmallTables() {
    double[] labels = {1, 1, 0, 0};
    assertThat(SemanticEvaluation.binary(new double[] {0.9, 0.4, 0.7, 0.1}, labels, 0.5))
        .isEqualTo(new SemanticEvaluation.Binary(0.5, 0.5));
    assertThat(SemanticEvaluation.binary(new double[] {0.1, 0.1, 0.1, 0.1}, labels, 0.5).f1()).isZero();
    assertThat(SemanticEvaluation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isEqualTo(1.0);
    assertThat(SemanticEvaluation.spearman(new double[] {1, 2, 3}, new double[] {1, 8, 27})).isEqualTo(1.0);
    assertThat(SemanticEvaluation.pearson(new double[] {1, 1}, new double[] {2, 3})).isZero();
  }
}
