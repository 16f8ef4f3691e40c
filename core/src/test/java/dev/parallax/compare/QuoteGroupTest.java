package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteGroupTest {
  private static final String WORDS = "The ferry to Lindby will run every hour from May";

  private static QuoteVariant version(String article, Fidelity f) {
    return new QuoteVariant(article, 0, WORDS, f, Optional.empty());
  }

  private static boolean sameWords(Fidelity a, Fidelity b) {
    QuoteVariant first = version("a", a);
    return new QuoteGroup("q1", "Karl Lind", List.of(first, version("b", b))).sameWordsElsewhere(first);
  }

  @Test
  void aVersionAnotherOutletQuotesOrCutsGivesTheSameWords() {
    assertThat(sameWords(Fidelity.VERBATIM, Fidelity.VERBATIM)).isTrue();
    assertThat(sameWords(Fidelity.VERBATIM, Fidelity.TRUNCATED)).isTrue();
  }

  @Test
  void theQuotedVersionAnotherOutletOnlyParaphrasesGivesNoOnesSameWords() {
    assertThat(sameWords(Fidelity.VERBATIM, Fidelity.PARAPHRASE)).isFalse();
  }

  @Test
  void anAlteredVersionIsNotTheSameWords() {
    assertThat(sameWords(Fidelity.ALTERED, Fidelity.VERBATIM)).isFalse();
  }

  @Test
  void aVersionAloneGivesNoOnesSameWords() {
    QuoteVariant only = version("a", Fidelity.VERBATIM);
    assertThat(new QuoteGroup("q1", "Karl Lind", List.of(only)).sameWordsElsewhere(only)).isFalse();
  }
}
