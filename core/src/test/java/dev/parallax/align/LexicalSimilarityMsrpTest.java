package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The default lexical similarity on generic paraphrase data: the MSRP training set (shared evaluation data,
 * skipped when absent). Training-set figures; see docs/alignment.md.
 */
class LexicalSimilarityMsrpTest {
  @Test
  void separatesParaphrasesFromNonParaphrasesAtItsDefaultThreshold() throws Exception {
    Optional<MsrpData> data = MsrpData.train();
    Assumptions.assumeTrue(data.isPresent(), "MSRP training data not found under parallax.sharedData");
    MsrpData d = data.get();
    SentenceSimilarity lexical = Similarities.lexical();
    MsrpData.Scores s = d.evaluate(d.score(lexical.bind(d.corpus())), lexical.threshold());
    // Word-overlap baselines reach about 72% accuracy and 81% F1 on this data.
    assertThat(s.f1()).as("F1 %s", s).isGreaterThan(81.5);
    assertThat(s.accuracy()).as("accuracy %s", s).isGreaterThan(70.5);
  }
}
