package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The measurements the cleaning rules read from a line. */
class LineShapeTest {
  private static LineShape shape(String line) {
    return LineShape.of(line, 0, line.length());
  }

  @ParameterizedTest(name = "[{0}] from {1} to {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "Jane van Doe|0|3|true",
      "Lindby Valley News|0|3|true",
      "by Lindby Post|0|3|false",
      "by Lindby Post|1|3|true",
      "Storm closes Lindby bridge|0|4|false",
      "Storm closes Lindby bridge|2|3|true",
      "Storm closes Lindby bridge|1|1|true",
  })
  void capitalisedOrParticles(String line, int from, int to, boolean names) {
    assertThat(shape(line).capitalisedOrParticles(from, to)).isEqualTo(names);
  }

  @ParameterizedTest(name = "[{0}] score={1}")
  @CsvSource(delimiter = '|', value = {
      "Lindby 3-1 Strand|true",
      "Lindby FC 0\u20132 Strand United (aggregate 4-4)|true",
      "Lindby Lions 112-104 Strand Hawks|true",
      "ISL 2019-20 Semifinals|false",
      "Lindby won 3-1 at home|false",
      "Lindby 3-1|false",
      "Lindby 3-1a Strand|false",
      "Lindby 4 > Strand 2|false",
      // one result only, not a ticker of several, nor a row of names around one
      "Lindby FC 3-1 Strand United (Aggregate Lindby FC 5-4 Strand United)|true",
      "Lindby Town 2-1 Strand Rovers Eva City 0-0 Karl United Lindby FC 3-3 Strand FC Mill Town 1-4 Brook Athletic|false",
      "Lindby Town 2-1 Strand Rovers Eva City 0-0 Karl United|false",
      "Lindby FC 3-1 Strand United (Eva City 0-0 Karl United)|false",
      "Home News Sport Football Lindby 2-1 Strand Cricket Tennis Golf Rugby|false",
  })
  void matchScore(String line, boolean score) {
    assertThat(shape(line).holdsAScore()).isEqualTo(score);
  }

  @ParameterizedTest(name = "[{0}] terminal={1}")
  @CsvSource(delimiter = '|', value = {
      "He left.|true",
      "“It is over,” he said.”|true",
      "Is it war?|true",
      "held in Sweden:|true",
      "(Lindwire)|false",
      "Accept cookies|false",
      "“severe consequences.”|true",
      "Get short URL|false",
  })
  void sentenceEnding(String line, boolean terminal) {
    assertThat(shape(line).terminal).isEqualTo(terminal);
  }

  @Test
  void functionWordsAndCapitals() {
    LineShape s = shape("Russia warns about ‘nightmare scenario’ of military confrontation in Europe");
    assertThat(s.words).isEqualTo(10);
    assertThat(s.stopWords).isEqualTo(3);
    assertThat(s.capitalized).isEqualTo(2);
    assertThat(s.lowerWords).contains("nightmare", "scenario");
  }

  @Test
  void urlsAreCountedApartFromWords() {
    LineShape s = shape("from Example Wire https://t.example/x1 pic.example.com/AbC");
    assertThat(s.urlTokens).isEqualTo(2);
    assertThat(s.words).isEqualTo(3);
    assertThat(s.urlShare()).isGreaterThan(0.5);
    assertThat(shape("at www.example.org/report, officials said").urlTokens).isEqualTo(1);
    assertThat(shape("U.S. and e.g. are not addresses, nor is 3.5/4").urlTokens).isZero();
  }

  @Test
  void scriptsOfLetters() {
    assertThat(shape("العربيةespрусdefr").foreignShare()).isGreaterThan(0.5);
    assertThat(shape("Oslobođenje, Málaga, Zürich").foreignShare()).isZero();
    assertThat(shape("1 2 3").foreignShare()).isZero();
  }

  @Test
  void oddSpacesSeparateWords() {
    assertThat(shape("By\u00A0Jonny\u200BTickle").words).isEqualTo(3);
  }

  @Test
  void emptyLine() {
    LineShape s = shape("");
    assertThat(s.words).isZero();
    assertThat(s.stopRatio()).isZero();
    assertThat(s.urlShare()).isZero();
    assertThat(s.terminal).isFalse();
    assertThat(s.isProse()).isFalse();
  }

  @Test
  void veryLongLineKeepsCountsButNoWordList() {
    LineShape s = shape("the word ".repeat(10_000));
    assertThat(s.words).isEqualTo(20_000);
    assertThat(s.stopWords).isEqualTo(10_000);
    assertThat(s.lowerWords).isEmpty();
  }
}
