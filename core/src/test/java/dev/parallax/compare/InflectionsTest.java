package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionsTest {
  private static String key(String word) {
    return Inflections.key(word, new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString());
  }

  @ParameterizedTest(name = "{0} and {1} are inflections or plain derivations of one word")
  @CsvSource({"school, schools", "response, responses", "deny, denies", "denied, denying", "study, studied",
      "stop, stopped", "plan, planning", "agree, agreed", "agree, agreeing", "use, using", "tax, taxes",
      "organization, organizations", "organize, organized", "organizes, organizing", "city, cities",
      "responsibility, responsibilities", "kindness, kindnesses", "announce, announcement", "secure, security",
      "kind, kindness", "public, publicly", "basic, basically", "responsible, responsibly",
      "responsible, responsibility", "easy, easily", "happy, happily", "primary, primarily", "heavy, heavily",
      "family, families", "happily, happiness"})
  void inflectionsShareAKey(String a, String b) {
    assertThat(key(a)).isEqualTo(key(b));
  }

  @ParameterizedTest(name = "{0} and {1} are two words")
  @CsvSource({"responses, responsibly", "response, responsible", "response, responsibility", "organ, organized",
      "nation, national", "organization, organize", "day, daily"})
  void otherWordsOfOneStemDoNot(String a, String b) {
    assertThat(key(a)).isNotEqualTo(key(b));
  }

  @ParameterizedTest(name = "{0} with stem {1} keys as {2}")
  @CsvSource({"responses, respons, respons", "responsibly, respons, respons~ibl", "studying, studi, studi",
      "skies, sky, sky", "'', '', ''"})
  void keys(String form, String stem, String key) {
    assertThat(Inflections.key(form, stem)).isEqualTo(key);
  }
}
