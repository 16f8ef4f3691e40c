package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Speakers#afterCapitalisedWord}: a title word that stands inside a name, found without a compiled pattern. */
class SpeakersInnerWordTest {
  @Test
  void aWordRightAfterACapitalisedWordStandsInsideAName() {
    assertThat(Speakers.afterCapitalisedWord("Warden Orla Brenning Tusk opened the weir.", "Tusk")).isTrue();
    assertThat(Speakers.afterCapitalisedWord("said O'Hara-Vell\u00A0Tusk, smiling", "Tusk")).isTrue();
    assertThat(Speakers.afterCapitalisedWord("the mcQuarrie Tusk estate", "Tusk")).isTrue();
  }

  @Test
  void theSameWordOpeningANameOrAfterALowerCaseWordDoesNot() {
    assertThat(Speakers.afterCapitalisedWord("Tusk Orla Brenning opened the weir.", "Tusk")).isFalse();
    assertThat(Speakers.afterCapitalisedWord("as warden Tusk Brenning said", "Tusk")).isFalse();
    assertThat(Speakers.afterCapitalisedWord("Orla Tuskany opened the weir.", "Tusk")).isFalse();
    assertThat(Speakers.afterCapitalisedWord("Orla, Tusk said.", "Tusk")).isFalse();
    assertThat(Speakers.afterCapitalisedWord("Tusk", "Tusk")).isFalse();
  }

  @Test
  void aLaterPlaceCountsWhenTheFirstDoesNot() {
    assertThat(Speakers.afterCapitalisedWord("warden Tusk met Orla Tusk at noon", "Tusk")).isTrue();
  }
}
