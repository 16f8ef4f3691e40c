package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link QuoteFinder#wholeWord} and {@link QuoteFinder#lastWholeWord}: where a surname stands as a word. */
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

  @Test
  void theLastPlaceASurnameStandsIsFoundFromTheEnd() {
    assertThat(QuoteFinder.lastWholeWord("Brenning thanked Ostvik; Brenning left.", "Brenning")).isEqualTo(25);
    // a longer word after the last whole one is passed over, as is a letter right before it
    assertThat(QuoteFinder.lastWholeWord("Brenning met Brenningsholm.", "Brenning")).isEqualTo(0);
    assertThat(QuoteFinder.lastWholeWord("Brenning met \u00C9Brenning.", "Brenning")).isEqualTo(0);
    // at either end of the text, and not at all
    assertThat(QuoteFinder.lastWholeWord("Ostvik thanked Brenning", "Brenning")).isEqualTo(15);
    assertThat(QuoteFinder.lastWholeWord("Brenningsholm", "Brenning")).isEqualTo(-1);
    assertThat(QuoteFinder.lastWholeWord("", "Brenning")).isEqualTo(-1);
  }
}
