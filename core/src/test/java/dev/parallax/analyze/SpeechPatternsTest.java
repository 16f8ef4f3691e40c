package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
