package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteVariantTest {
  private static QuoteVariant reversed(Fidelity f) {
    return new QuoteVariant("a", 0, "The Lindby ferry isn't losing money", f, Optional.empty(),
        Optional.of("Karl Lind"), true);
  }

  @Test
  void onlyAnAlteredVersionIsReversed() {
    assertThat(reversed(Fidelity.ALTERED).reversed()).isTrue();
    for (Fidelity f : Fidelity.values()) {
      if (f != Fidelity.ALTERED) {
        assertThatThrownBy(() -> reversed(f)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(f.name());
      }
    }
  }
}
