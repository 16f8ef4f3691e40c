package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundsTest {
  /** The parts of {@code word} (a word of {@code one}) when the sentences {@code one} and {@code other} are bound together. */
  private static String partsOf(String word, String one, String other) {
    Sentence a = TextSentences.of(one);
    Compounds compounds = Compounds.of(List.of(a, TextSentences.of(other)), Lexicon.standard());
    Token token = a.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    List<String> parts = compounds.parts(token.lemma());
    return parts == null ? "none" : String.join(" ", parts);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ranked-choice | Lindby adopts ranked-choice voting.   | Lindby backs ranked choice voting.        | rank choic
      Ranked-Choice | Lindby Adopts Ranked-Choice Voting    | The town will use ranked choice voting.    | rank choic
      worksite      | Police raided a worksite in Lindby.   | Police raided work sites in Lindby.        | work site
      lockdowns     | Lindby ended its lockdowns.           | Lindby will lock down again.               | none
      healthcare    | Lindby cut healthcare spending.       | Lindby cut spending on hospitals.          | none
      spokesperson  | The spokesperson spoke.               | A spokesperson Ned Lind spoke.             | none
      worksite      | Police raided a worksite in Lindby.   | Police raided a site where people work.    | none
      """)
  void aWordIsReadAsTheTwoWordsItIsWrittenAsElsewhere(String word, String one, String other, String expected) {
    assertThat(partsOf(word.strip(), one.strip(), other.strip())).isEqualTo(expected.strip());
  }
}
