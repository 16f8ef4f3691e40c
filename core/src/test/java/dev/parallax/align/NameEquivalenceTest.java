package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys under which one set's name words are compared, one row per case of {@link NameEquivalence}'s table. */
class NameEquivalenceTest {
  private static String keyOf(String word, String... setWords) {
    Map<String, String> keys = NameEquivalence.standard().keys(Set.of(setWords));
    return NameEquivalence.key(word, keys);
  }

  @Test
  void aPeoplesAdjectiveIsItsCountry() {
    assertThat(keyOf("finnish", "finnish", "lindby")).isEqualTo("finland");
    assertThat(keyOf("finland", "finland", "finnish")).isEqualTo("finland");
  }

  @Test
  void aCapitalIsAPlaceOfItsOwn() {
    assertThat(keyOf("helsinki", "helsinki", "finland")).isEqualTo("helsinki");
  }

  @Test
  void aPluralIsItsSingularWhenTheSetWritesBoth() {
    assertThat(keyOf("hawks", "hawks", "hawk")).isEqualTo("hawk");
    assertThat(keyOf("hawk", "hawks", "hawk")).isEqualTo("hawk");
    // near variants: a plural alone keeps its key, and a double s is no plural
    assertThat(keyOf("hawks", "hawks", "lindby")).isEqualTo("hawks");
    assertThat(keyOf("voss", "voss", "vos")).isEqualTo("voss");
  }

  @Test
  void aWordWithoutAnotherNameIsItsOwnKey() {
    assertThat(keyOf("lindby")).isEqualTo("lindby");
    assertThat(NameEquivalence.standard().keys(Set.of())).isEmpty();
  }
}
