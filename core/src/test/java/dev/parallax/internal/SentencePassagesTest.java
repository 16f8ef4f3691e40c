package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SentencePassages}: which passage holds each sentence, the first when two do. */
class SentencePassagesTest {
  @Test
  void aSentenceTwoPassagesHoldBelongsToTheFirst() {
    Passage ferry = new Passage("p1", 1.0, List.of(new PassageMember("courier", List.of(0, 2)),
        new PassageMember("gazette", List.of(1))), 0.8);
    Passage pier = new Passage("p2", 0.5, List.of(new PassageMember("courier", List.of(2, 3))), 1.0);

    Map<String, Map<Integer, String>> of = SentencePassages.of(List.of(ferry, pier));

    assertThat(of.get("courier")).containsExactlyInAnyOrderEntriesOf(Map.of(0, "p1", 2, "p1", 3, "p2"));
    assertThat(of.get("gazette")).containsExactlyInAnyOrderEntriesOf(Map.of(1, "p1"));
  }

  @Test
  void noPassagesHoldNoSentence() {
    assertThat(SentencePassages.of(List.of())).isEmpty();
  }
}
