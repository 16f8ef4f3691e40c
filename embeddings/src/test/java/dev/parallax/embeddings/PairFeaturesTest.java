package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.Sentence;
import org.junit.jupiter.api.Test;

/** The simple pair features tried in the learned blends. */
class PairFeaturesTest {
  private static Sentence s(String text) {
    return PairCorpus.sentence(text, Shared.ANALYZER);
  }

  @Test
  void aDifferentTroopCountIsANumberMismatch() {
    assertThat(PairFeatures.numberMismatch(s("Russia has massed 90,000 troops."), s("Russia has massed 94,000 troops.")))
        .isEqualTo(1.0);
    assertThat(PairFeatures.numberMismatch(s("Russia has massed 90,000 troops."), s("Moscow gathered 90,000 soldiers.")))
        .isZero();
    assertThat(PairFeatures.numberMismatch(s("Lavrov spoke."), s("The minister spoke on Thursday."))).isZero();
  }

  @Test
  void lengthRatioComparesContentWordsAndIsSymmetric() {
    Sentence shortOne = s("Lavrov spoke.");
    Sentence longOne = s("Lavrov spoke in Stockholm on Thursday.");
    assertThat(PairFeatures.lengthRatio(shortOne, longOne)).isEqualTo(2.0 / 6.0)
        .isEqualTo(PairFeatures.lengthRatio(longOne, shortOne));
    assertThat(PairFeatures.lengthRatio(s("— —"), longOne)).isZero();
  }
}
