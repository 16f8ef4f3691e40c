package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Names}: outside text made safe inside a one-line message, and cut to an excerpt there. */
class NamesTest {
  @Test
  void aLineBreakAndAnEscapeSequenceAreWrittenOut() {
    assertThat(Names.quote("Kelby\nTidings\u001b[31m.txt")).isEqualTo("Kelby\\nTidings\\u001b[31m.txt");
    assertThat(Names.quote("Orsk Mercury")).isEqualTo("Orsk Mercury");
  }

  @Test
  void aShortSentenceIsShownWhole() {
    assertThat(Names.excerpt("The ferry to Orsk ran aground on Tuesday.")).isEqualTo(
        "The ferry to Orsk ran aground on Tuesday.");
    String sixty = "The ferry to Orsk ran aground on Tuesday near the Kelby pier";
    assertThat(sixty).hasSize(60);
    assertThat(Names.excerpt(sixty)).isEqualTo(sixty);
  }

  @Test
  void aLongSentenceIsCutAndItsControlsWrittenOut() {
    String sentence = "The ferry to Orsk ran aground on Tuesday\nnear the Kelby pier, its captain said.";
    assertThat(Names.excerpt(sentence)).isEqualTo("The ferry to Orsk ran aground on Tuesday\\nnear the Kelby p...");
    // a control past the cut is not shown at all; the cut never splits a character written as two chars
    assertThat(Names.excerpt("x".repeat(56) + "\uD83D\uDEA2 ferry" + "\u202E")).isEqualTo("x".repeat(56) + "...");
    assertThat(Names.excerpt("x".repeat(55) + "\uD83D\uDEA2 ferry aground")).isEqualTo(
        "x".repeat(55) + "\uD83D\uDEA2...");
  }
}
