package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Core loads the sentence model only; a consumer does not download models that only the benchmark uses. */
class EnglishModelsTest {
  @Test
  void theSentenceModelLoads() {
    assertThat(EnglishModels.load().sentenceModel()).isNotNull();
  }

  @Test
  void thePosLemmatizerAndTokenizerModelsAreNotOnCoresClassPath() {
    ClassLoader cl = EnglishModels.class.getClassLoader();
    assertThat(cl.getResource("opennlp-en-ud-ewt-pos-1.2-2.5.0.bin")).isNull();
    assertThat(cl.getResource("opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin")).isNull();
    assertThat(cl.getResource("opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin")).isNull();
  }
}
