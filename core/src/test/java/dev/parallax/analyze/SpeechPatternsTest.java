package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpeechPatternsTest {
  @Test
  void verbsGroupedByFirstLetterMatchWhatTheirPlainListMatches() {
    List<String> verbs = List.of("said", "says", "say", "told", "stated", "shot\\s+back", "charged(?=\\s+that\\b)");
    Pattern grouped = Pattern.compile("\\b" + SpeechPatterns.byFirstLetter(verbs) + "\\b");
    Pattern plain = Pattern.compile("\\b(?:" + String.join("|", verbs) + ")\\b");
    for (String text : List.of("she says so", "he said it", "they say", "Doe told them", "he shot  back", "she charged that",
        "he charged them", "the state stated", "sayings")) {
      assertThat(grouped.matcher(text).results().map(m -> m.start() + ":" + m.group()).toList())
          .as(text).isEqualTo(plain.matcher(text).results().map(m -> m.start() + ":" + m.group()).toList());
    }
  }

  @Test
  void anAlternativeThatDoesNotStartWithALowerCaseLetterIsRefused() {
    assertThatThrownBy(() -> SpeechPatterns.byFirstLetter(List.of("said", "(?:a|b)x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpeechPatterns.byFirstLetter(List.of("Said"))).isInstanceOf(IllegalArgumentException.class);
  }

  /** A text that counts how often the regex engine reads one of its characters. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void findingANameInProseReadsEachCharacterAFewTimesNotOncePerParticle() {
    String prose = "the ferry to the island left late, and the harbour board said it would review the timetable "
        + "before the winter, while the tide tables were printed again for the district. ";
    CountingText text = new CountingText(prose.repeat(20) + "Captain Ilse Brandvik said so.");
    Matcher m = Pattern.compile(SpeechPatterns.NAME).matcher(text);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("Captain Ilse Brandvik");
    assertThat(text.reads).as("characters read").isLessThan(5L * text.length());
  }

  @Test
  void aSurnameWithItsParticleJoinedIsStillOneNameAndABrandsPrefixIsNot() {
    Pattern name = Pattern.compile(SpeechPatterns.NAME);
    assertThat(name.matcher("as deMarco told the council").results().map(r -> r.group(1)).toList())
        .containsExactly("deMarco");
    assertThat(name.matcher("the eHarbor app, said Tove vanLier").results().map(r -> r.group(1)).toList())
        .containsExactly("Tove vanLier");
    assertThat(PersonName.joinedParticle("deMarco")).isTrue();
    assertThat(PersonName.joinedParticle("delivery")).isFalse();
    assertThat(PersonName.joinedParticle("eHarbor")).isFalse();
  }
}
