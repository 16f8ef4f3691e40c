package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.bench.eval.ExtractionEvaluation.Figures;
import dev.parallax.bench.eval.ExtractionEvaluation.Match;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.ArticleReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article-extraction benchmark's measure, on cases small enough to count by hand. */
class ExtractionEvaluationTest {
  private static final String BODY = "The council voted on Tuesday to close the bridge to cars.";

  @Test
  void theSameTextIsAPerfectExtraction() {
    Match m = ExtractionEvaluation.match(BODY, "The council voted on Tuesday to close the bridge to cars.");
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
  }

  @Test
  void punctuationAndLineBreaksDoNotCountOnlyWordsDo() {
    Match m = ExtractionEvaluation.match(BODY, "The council voted on Tuesday\n\nto close the bridge, to cars");
    assertThat(m.f1()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionAndMissingTextLowersRecall() {
    // 11 words give 8 shingles of 4 words; 5 more words add 5 shingles that the gold body lacks.
    Match extra = ExtractionEvaluation.match(BODY, BODY + " Sign up for our newsletter");
    assertThat(extra.recall()).isEqualTo(1.0);
    assertThat(extra.precision()).isCloseTo(8.0 / 13, within(1e-9));
    // The first 8 words give 5 of the 8 shingles.
    Match half = ExtractionEvaluation.match(BODY, "The council voted on Tuesday to close the");
    assertThat(half.precision()).isEqualTo(1.0);
    assertThat(half.recall()).isCloseTo(5.0 / 8, within(1e-9));
  }

  @Test
  void nothingExtractedScoresZeroAndEachPageWeighsTheSame() {
    Match nothing = ExtractionEvaluation.match(BODY, "");
    assertThat(nothing.recall()).isZero();
    assertThat(nothing.f1()).isZero();
    Match perfect = ExtractionEvaluation.match("A short one of five words.", "A short one of five words.");
    // No precision for an empty extraction: the mean precision is the perfect page's; recall is (0 + 1) / 2.
    Figures f = ExtractionEvaluation.figures(List.of(nothing, perfect));
    assertThat(f.precision()).isEqualTo(1.0);
    assertThat(f.recall()).isEqualTo(0.5);
    assertThat(f.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void theDateInAPagesAddress() {
    assertThat(ExtractionEvaluation.urlDate("https://www.cnn.com/2019/11/18/politics/trump-health/index.html"))
        .contains(java.time.LocalDate.of(2019, 11, 18));
    assertThat(ExtractionEvaluation.urlDate("https://www.latimes.com/business/story/2019-11-19/gannett-merger"))
        .contains(java.time.LocalDate.of(2019, 11, 19));
    assertThat(ExtractionEvaluation.urlDate("https://www.bbc.com/news/world-europe-50473792")).isEmpty();
    assertThat(ExtractionEvaluation.urlDate("https://example.com/2019/13/45/not-a-day")).isEmpty();
  }

  @Test
  void theStoryOfAPageLeavesOutTheHeadline() {
    String page = "<html><head><title>Bridge closed to cars</title></head><body><article><h1>Bridge closed to cars</h1>"
        + "<p>" + BODY + "</p><p>Repairs are expected to take at least eighteen months, the council said.</p>"
        + "</article></body></html>";
    String story = ExtractionEvaluation.storyOf(Cleaners.standard().clean(ArticleReader.create().fromHtml("p", page)));
    assertThat(story).startsWith(BODY).doesNotContain("Bridge closed");
  }
}
