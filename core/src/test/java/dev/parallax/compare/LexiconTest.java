package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped word lists as the comparison stage reads them. */
class LexiconTest {

  @Test
  void aCountryIsKnownByItsNameAndAdjectiveButNotByItsCapital() {
    assertThat(Lexicon.COUNTRIES)
        .containsEntry("iranian", "iran")
        .containsEntry("finland", "finland")
        .containsEntry("united states", "us")
        .doesNotContainKeys("moscow", "kyiv", "tehran", "helsinki", "new delhi", "nairobi", "taipei", "hanoi");
  }
}
