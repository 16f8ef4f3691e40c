package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link QuoteFinder#wholeWord}: where a surname stands as a word, found without a compiled pattern. */
class QuoteFinderWholeWordTest {
  @Test
  void aSurnameIsFoundWhereNoLetterTouchesIt() {
    assertThat(QuoteFinder.wholeWord("Brenning and two rowers testified.", "Brenning")).isEqualTo(0);
    assertThat(QuoteFinder.wholeWord("Orla Brenning, a rower", "Brenning")).isEqualTo(5);
    assertThat(QuoteFinder.wholeWord("(Brenning)", "Brenning")).isEqualTo(1);
  }

  @Test
  void insideALongerWordItIsNotThere() {
    assertThat(QuoteFinder.wholeWord("Brenningsholm and Brenning met.", "Brenning")).isEqualTo(18);
    assertThat(QuoteFinder.wholeWord("\u00C9Brenning met.", "Brenning")).isEqualTo(-1);
    assertThat(QuoteFinder.wholeWord("Brenning\u00E9 met.", "Brenning")).isEqualTo(-1);
    assertThat(QuoteFinder.wholeWord("brenning met.", "Brenning")).isEqualTo(-1);
  }
}
