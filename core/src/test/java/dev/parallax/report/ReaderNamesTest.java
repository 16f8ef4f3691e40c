package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.compare.FramingKind;
import dev.parallax.ingest.Genre;
import dev.parallax.ingest.GenreMark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's words for closed sets, and counts of framing cues that read as English. */
class ReaderNamesTest {
  @ParameterizedTest
  @CsvSource({
      "1, HEDGE, 1 hedge",
      "4, HEDGE, 4 hedges",
      "3, ATTRIBUTION, 3 attributions",
      "2, SCARE_QUOTE, 2 scare quotes",
      "1, LOADED, 1 loaded word",
      "2, LOADED, 2 loaded words",
      "1, DISTANCING, 1 distancing word",
      "2, CERTAINTY, 2 certainty markers",
      "5, INTENSIFIER, 5 intensifiers"})
  void aCountTakesTheNumberOfItsNoun(long count, FramingKind kind, String words) {
    assertThat(ReaderNames.counted(count, kind)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "OPINION  | KICKER   | Opinion     | the page marks it as opinion (kicker \"Opinion\")",
      "OPINION  | TITLE    | Editorial   | the page marks it as opinion (title label \"Editorial\")",
      "ANALYSIS | URL      | analysis    | the page marks it as analysis (address folder /analysis/)",
      "OPINION  | METADATA | Commentary  | the page marks it as opinion (metadata \"Commentary\")"})
  void aGenreMarkSaysWhereThePageMarksIt(Genre genre, GenreMark.Source source, String text, String words) {
    assertThat(ReaderNames.genre(new GenreMark(genre, source, text))).isEqualTo(words);
  }
}
