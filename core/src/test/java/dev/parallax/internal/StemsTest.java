package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // the forms of one short verb meet: Snowball alone gives "sue", "su", "su"
      "sues, sue", "sued, sue", "suing, sue", "glues, glue", "glued, glue", "queued, queue",
      // near variants that keep Snowball's stem
      "tries, tri", "tried, tri", "trying, tri", "booed, boo", "boos, boo", "agreed, agre",
      "who, who", "fbi, fbi", "joe, joe", "menu, menu", "go, go"})
  void stemOfAWord(String word, String stem) {
    assertThat(Stems.of(new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH), word)).isEqualTo(stem);
  }
}
