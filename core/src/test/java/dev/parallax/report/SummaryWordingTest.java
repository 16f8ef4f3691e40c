package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.FramingKind;
import dev.parallax.compare.FramingSummary;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summaries' words say what the figures beside them count. */
class SummaryWordingTest {
  private static final ArticleReader READER = ArticleReader.create();

  private static Article article(String id, String outlet, String text) {
    return READER.fromText(id, text).withMetadata(outlet, Optional.of(LocalDate.of(2031, 6, 6)));
  }

  private static final String MORNING = "Ferry to Orsk runs aground\n\nThe night ferry to Orsk ran aground off Kelby"
      + " Point on Friday, and forty passengers were taken ashore by lifeboat. The coastguard said no one was hurt.";
  private static final String EVENING = "Orsk ferry towed free\n\nThe night ferry to Orsk, which ran aground off Kelby"
      + " Point on Friday, was towed free by two tugs in the evening. Forty passengers were taken ashore by lifeboat.";

  @Test
  void aCountLargerThanItsExamplesSaysTheyAreExamples() {
    FramingSummary three = new FramingSummary(List.of(
        new FramingSummary.KindCount(FramingKind.ATTRIBUTION, 3, 10.0, List.of("accusing", "accused"))), 300);
    assertThat(HtmlReport.framing(three)).isEqualTo("3 attributions (e.g. accusing, accused)");
    // every cue shown: the plain list
    FramingSummary two = new FramingSummary(List.of(
        new FramingSummary.KindCount(FramingKind.HEDGE, 2, 5.0, List.of("may", "reportedly"))), 400);
    assertThat(HtmlReport.framing(two)).isEqualTo("2 hedges (may, reportedly)");
  }

  @Test
  void twoArticlesOfOneOutletSayWhatTheyShare() {
    Comparison c = Parallax.create().compare(List.of(article("morning", "Kelby Tidings", MORNING),
        article("evening", "Kelby Tidings", EVENING)));
    String first = TextReport.render(c).lines().filter(l -> l.startsWith("Parallax:")).findFirst().orElseThrow();
    assertThat(first).contains("2 articles, 1 outlet on the main event").containsPattern(
        ", (\\d+|all) of them carried by both articles|, carried by both articles");
  }

  @Test
  void twoOutletsStillCountByOutlet() {
    Comparison c = Parallax.create().compare(List.of(article("morning", "Kelby Tidings", MORNING),
        article("evening", "Orsk Mercury", EVENING)));
    String first = TextReport.render(c).lines().filter(l -> l.startsWith("Parallax:")).findFirst().orElseThrow();
    assertThat(first).containsPattern("of them carried by two or more outlets|carried by both outlets")
        .doesNotContain("articles (");
  }
}
