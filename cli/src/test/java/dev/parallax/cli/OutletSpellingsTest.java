package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The notice on outlet names that may be one outlet spelled two ways, one row of its Javadoc table per case. */
class OutletSpellingsTest {
  @Test
  void aLeadingTheNamesTheTwoSpellings() {
    assertThat(OutletSpellings.of(List.of("The Daily Lindby", "Daily Lindby", "Kesra Times")))
        .hasValueSatisfying(note -> assertThat(note).contains("'The Daily Lindby' and 'Daily Lindby';")
            .doesNotContain("Kesra"));
  }

  @Test
  void caseAndPunctuationNameAllThree() {
    assertThat(OutletSpellings.of(List.of("Kesra Times", "KESRA TIMES", "Kesra-Times")))
        .hasValueSatisfying(note -> assertThat(note).contains("'Kesra Times', 'KESRA TIMES' and 'Kesra-Times';"));
  }

  @Test
  void twoOutletsOfOneTownAreNotNamed() {
    assertThat(OutletSpellings.of(List.of("Kesra Times", "Kesra Tribune"))).isEmpty();
  }

  @Test
  void theAsPartOfAWordIsKept() {
    assertThat(OutletSpellings.of(List.of("Theatre Weekly", "Atre Weekly"))).isEmpty();
  }
}
