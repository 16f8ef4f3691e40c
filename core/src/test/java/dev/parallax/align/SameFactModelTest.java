package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SameFactModelTest {
  @Test
  void theShippedModelHasAWeightForEveryFeatureAndLevelsInRange() {
    SameFactModel model = SameFactModel.standard();
    assertThat(model.edge()).isBetween(0.0, 1.0);
    assertThat(model.link()).isBetween(0.0, 1.0);
    double[] none = new double[PairFeatures.NAMES.size()];
    assertThat(model.probability(none)).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void moreSharedWordsMakeTheSameFactMoreLikely() {
    SameFactModel model = SameFactModel.standard();
    double[] little = new double[PairFeatures.NAMES.size()];
    double[] much = new double[PairFeatures.NAMES.size()];
    Arrays.fill(much, 0.0);
    much[PairFeatures.NAMES.indexOf("sim")] = 2.0;
    assertThat(model.probability(much)).isGreaterThan(model.probability(little));
  }

  @Test
  void aSimilarityWithoutAModelOfItsOwnUsesTheStandardOne() {
    assertThat(SameFactModel.forSimilarity("some-custom-similarity")).isSameAs(SameFactModel.standard());
    assertThat(SameFactModel.resourceFor("all-minilm-l6-v2-q+lexical"))
        .isEqualTo("same-fact-model-all-minilm-l6-v2-q-lexical.tsv");
  }

  @Test
  void aModelFittedForAnotherSimilarityMayNameItsOwnFactLevel() {
    assertThat(SameFactModel.standard().fact()).isEqualTo(StandardAligner.FACT);
    SameFactModel own = SameFactModel.forSimilarity("test own fact");
    assertThat(own).isNotSameAs(SameFactModel.standard());
    assertThat(own.fact()).isEqualTo(1.2);
    assertThat(own.edge()).isEqualTo(0.9);
  }

  @Test
  void aFactLevelMustBePositive() {
    assertThatThrownBy(() -> new SameFactModel(new double[PairFeatures.NAMES.size()], 0, 0.5, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightsMustMatchTheFeatures() {
    assertThatThrownBy(() -> new SameFactModel(new double[2], 0, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
