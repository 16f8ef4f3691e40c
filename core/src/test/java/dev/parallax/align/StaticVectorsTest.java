package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The static word-vector table relates words that share no letters ("hurt" and "injured"), finds an inflection
 * the model's vocabulary lacks by its stem, and through it a reworded sentence scores above an unrelated one.
 */
class StaticVectorsTest {
  private static final StaticVectors TABLE = StaticVectors.standard();

  private static double cosine(String a, String b) {
    int x = TABLE.row(a, a);
    int y = TABLE.row(b, b);
    assertThat(x).as(a).isNotNegative();
    assertThat(y).as(b).isNotNegative();
    return StaticVectors.dot(TABLE.vector(x), TABLE.vector(y));
  }

  @Test
  void wordsOfOneMeaningAreCloserThanUnrelatedWords() {
    assertThat(cosine("hurt", "injured")).isGreaterThan(0.4);
    assertThat(cosine("killed", "dead")).isGreaterThan(0.5);
    assertThat(cosine("workers", "employees")).isGreaterThan(0.6);
    assertThat(cosine("hurt", "budget")).isLessThan(0.2);
    assertThat(cosine("earthquake", "election")).isLessThan(0.2);
  }

  @Test
  void vectorsAreUnitLength() {
    float[] v = TABLE.vector(TABLE.row("fire", "fire"));
    assertThat(StaticVectors.dot(v, v)).isCloseTo(1.0, within(1e-5));
    assertThat(v).hasSize(TABLE.dims());
  }

  @Test
  void anInflectionOutsideTheVocabularyIsFoundByItsStem() {
    assertThat(TABLE.row("injures", "xyz")).isEqualTo(-1);
    int row = TABLE.row("injures", "injur");   // Snowball stem, as core's tokens carry it
    assertThat(row).isNotNegative();
    assertThat(StaticVectors.dot(TABLE.vector(row), TABLE.vector(TABLE.row("hurt", "hurt")))).isGreaterThan(0.4);
  }

  @Test
  void anUnknownWordHasNoRow() {
    assertThat(TABLE.row("qzxvbnw", "qzxvbnw")).isEqualTo(-1);
  }

  @Test
  void aRewordedSentenceScoresAboveAnUnrelatedOne() {
    LocalDate day = LocalDate.of(2024, 3, 5);
    AnalyzedArticle a = TextSentences.analyzer().analyze(Article.of("a", "a", day, "",
        "Three miners were injured in the blast at the quarry."));
    AnalyzedArticle b = TextSentences.analyzer().analyze(Article.of("b", "b", day, "",
        "Explosion hurts three workers at a mine.\n\nThe council approved the school budget on Tuesday."));
    SameFactFeatures f = SameFactFeatures.of(List.of(a, b), Similarities.lexical());
    double[] reworded = f.staticScores(0, 0, 1, 0);
    double[] unrelated = f.staticScores(0, 0, 1, 1);
    assertThat(reworded[0]).isGreaterThan(unrelated[0]);   // soft overlap, lesser direction
    assertThat(reworded[2]).isGreaterThan(0.5).isGreaterThan(unrelated[2] + 0.3);   // sentence cosine
    assertThat(reworded[0]).isBetween(0.0, 1.0);
    assertThat(reworded[1]).isBetween(reworded[0], 1.0);
  }
}
