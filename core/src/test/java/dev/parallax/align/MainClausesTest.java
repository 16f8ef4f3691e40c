package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainClausesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Cases fell below 300 in Lindby on Monday, sparking hopes that the schools reopen.   | Cases fell below 300 in Lindby on Monday
      Jane Doe resigned as mayor on Friday amid a row over the harbour tunnel budget.              | Jane Doe resigned as mayor on Friday
      The council approved the budget of 40 million on Friday; the vote was close.        | The council approved the budget of 40 million on Friday
      Karl Lind won 52% of the vote in Lindby — the best result of his party in decades.  | Karl Lind won 52% of the vote in Lindby
      The town hired 30 new teachers this year, as the number of pupils keeps growing.    | The town hired 30 new teachers this year
      LINDBY — Jane Doe resigned on Friday after a row over the budget.                   | none
      Jane Doe resigned, saying she needed more time for her family and her work.         | none
      Jane Doe, Lindby's mayor since 2019, resigned on Friday.                            | none
      Jane Doe resigned.                                                                  | none
      """)
  void theMainClauseIsTheFactBeforeWhatTrails(String sentence, String mainClause) {
    Optional<Sentence> clause = MainClauses.of(TextSentences.of(sentence));
    assertThat(clause.map(Sentence::text).orElse("none")).isEqualTo(mainClause);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Cases fell below 300 in Lindby on Monday, sparking hopes that the schools reopen.
      Jane Doe resigned as mayor on Friday amid a row over the harbour tunnel budget.
      """)
  void theMainClauseKeepsTheSentencesPlaceAndTokens(String sentence) {
    Sentence whole = TextSentences.of(sentence);
    Sentence clause = MainClauses.of(whole).orElseThrow();
    assertThat(clause.index()).isEqualTo(whole.index());
    assertThat(clause.start()).isEqualTo(whole.start());
    assertThat(clause.role()).isEqualTo(whole.role());
    assertThat(whole.tokens()).startsWith(clause.tokens().toArray(Token[]::new));
    assertThat(whole.text()).startsWith(clause.text());
  }
}
