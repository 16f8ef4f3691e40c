package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The edge cases of {@link TextSpan}, one per row of its Javadoc table. */
class TextSpanTest {
  @Test
  void emptySpanHasLengthZero() {
    assertThat(new TextSpan(3, 3).length()).isZero();
  }

  @Test
  void lengthIsTheNumberOfCharacters() {
    String text = "Lavrov said on Thursday";
    TextSpan said = new TextSpan(7, 11);
    assertThat(text.substring(said.start(), said.end())).isEqualTo("said");
    assertThat(said.length()).isEqualTo(4);
  }

  @Test
  void negativeOrBackwardSpansAreRefused() {
    assertThatThrownBy(() -> new TextSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> new TextSpan(5, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 2)");
  }
}
