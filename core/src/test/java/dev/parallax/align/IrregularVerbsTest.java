package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IrregularVerbsTest {
  private final IrregularVerbs verbs = IrregularVerbs.standard();

  @Test
  void pastFormsTakeTheirBaseStem() {
    assertThat(verbs.base("fell")).isEqualTo("fall");
    assertThat(verbs.base("fallen")).isEqualTo("fall");
    assertThat(verbs.base("struck")).isEqualTo("strike");
    assertThat(verbs.base("tore")).isEqualTo("tear");
  }

  @Test
  void otherStemsAreLeftAlone() {
    assertThat(verbs.base("fall")).isEqualTo("fall");
    assertThat(verbs.base("left")).isEqualTo("left");   // a direction as often as a verb: not in the list
    assertThat(verbs.base("")).isEmpty();
  }
}
