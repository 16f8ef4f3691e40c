package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractionsTest {
  /** The words compared of a one-sentence article, contractions spelt out. */
  private static String words(String text) {
    AnalyzedArticle a = Fixtures.article("a", null, text);
    return String.join(" ", Contractions.words(a.sentences().get(0).tokens(), QuoteMatcher::wordOf).stream()
        .map(Contractions.Spelt::word).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      She's determined to stay.          | she 's determined to stay
      She is determined to stay.         | she is determined to stay
      We don't sell tickets.             | we do not sell tickets
      We do not sell tickets.            | we do not sell tickets
      They won't close it.               | they will not close it
      We can't afford it.                | we can not afford it
      We cannot afford it.               | we can not afford it
      It's over, we're done.             | it 's over we are done
      I'm sure they've gone.             | i am sure they have gone
      We'll see.                         | we will see
      I'd go.                            | i 'd go
      Let's go.                          | let us go
      Lind's plan is ready.              | lind plan is ready
      The plan is ready.                 | the plan is ready
      """)
  void contractionsAreSpeltOut(String text, String expected) {
    assertThat(words(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      He’s sure they’ve gone and won’t come back. | he 's sure they have gone and will not come back
      """)
  void typographicApostrophesAreTheSame(String text, String expected) {
    assertThat(words(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      's    | is    | true
      's    | has   | true
      'd    | would | true
      'd    | had   | true
      is    | has   | false
      would | had   | false
      's    | was   | false
      """)
  void anAmbiguousContractionIsTheSameAsEitherWord(String a, String b, boolean same) {
    assertThat(Contractions.same(a, b)).isEqualTo(same);
    assertThat(Contractions.same(b, a)).isEqualTo(same);
    if (same) {
      assertThat(Contractions.hash(a)).isEqualTo(Contractions.hash(b));
    }
  }

  @Test
  void aRunOfWordsIsFoundWithEitherReading() {
    List<String> whole = List.of("but", "it", "'s", "not", "enough");
    assertThat(Contractions.indexOf(whole, List.of("it", "is", "not"))).isEqualTo(1);
    assertThat(Contractions.indexOf(whole, List.of("it", "has", "not"))).isEqualTo(1);
    assertThat(Contractions.indexOf(whole, List.of("it", "was", "not"))).isEqualTo(-1);
    assertThat(Contractions.same(List.of("he", "'s", "gone"), List.of("he", "has", "gone"))).isTrue();
    assertThat(Contractions.same(List.of("he", "is", "gone"), List.of("he", "has", "gone"))).isFalse();
  }

  @Test
  void eachWordKeepsTheTokenItIsReadFrom() {
    AnalyzedArticle a = Fixtures.article("a", null, "We don't sell tickets.");
    List<Contractions.Spelt> w = Contractions.words(a.sentences().get(0).tokens(), QuoteMatcher::wordOf);
    assertThat(w).extracting(s -> s.token().text()).containsExactly("We", "don", "'t", "sell", "tickets");
  }
}
