package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.standard();

  @Test
  void wordsOfOneCommonSenseAreSynonymsThoughTheCorpusTaggedOnlyOneOfThem() {
    // "were fired" / "were sacked", "were hurt" / "were injured", "was charged" / "was accused" (as stems)
    assertThat(lexicon.synonyms("fire", "sack")).isTrue();
    assertThat(lexicon.synonyms("hurt", "injur")).isTrue();
    assertThat(lexicon.synonyms("charg", "accus")).isTrue();
  }

  @Test
  void aVerbIsASynonymOfWhatItCauses() {
    // "twenty workers were killed" / "twenty workers died"
    assertThat(lexicon.synonyms("kill", "die")).isTrue();
    assertThat(lexicon.synonyms("die", "kill")).isTrue();
  }
}
