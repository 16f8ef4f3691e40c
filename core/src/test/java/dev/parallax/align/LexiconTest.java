package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void wordsThatMostlyNameAnActionAreEventWords() {
    Lexicon lexicon = Lexicon.standard();
    // stems, as the analyzer writes a token's lemma ("arrested" and "arrest" to "arrest", "death" to "death")
    assertThat(lexicon.isEventWord("arrest")).isTrue();
    assertThat(lexicon.isEventWord("death")).isTrue();
    assertThat(lexicon.isEventWord("resign")).isTrue();
    assertThat(lexicon.isEventWord("earthquak")).isTrue();
  }

  @Test
  void peopleAndThingsAreNoEventWords() {
    Lexicon lexicon = Lexicon.standard();
    assertThat(lexicon.isEventWord("polic")).isFalse();
    assertThat(lexicon.isEventWord("worker")).isFalse();
    assertThat(lexicon.isEventWord("plant")).isFalse();
  }
}
