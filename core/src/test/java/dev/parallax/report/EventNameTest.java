package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event is named by the headline the articles share, not by the first article's headline. */
class EventNameTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static Article article(String id, String title, String body) {
    return Article.of(id, id, DAY, title, body);
  }

  @Test
  void aRoundUpsHeadlineLosesToTheOneTheOtherArticlesShare() {
    String fact = "The roof of the Harbour Street warehouse collapsed in the storm on Tuesday, fire chief Elena Varga"
        + " said, and twelve workers were hurt. ";
    Comparison c = Parallax.create().compare(List.of(
        article("roundup", "Is the city ready for winter? Ten questions for the council",
            fact + "The council will meet on Friday to discuss the budget for road repairs and snow clearing."),
        article("courier", "Warehouse roof collapses in storm, twelve hurt",
            fact + "Firefighters searched the warehouse through the night."),
        article("gazette", "Twelve hurt as storm brings down warehouse roof",
            fact + "The warehouse owner said the building had been inspected last year.")));

    String text = TextReport.render(c);
    String html = HtmlReport.render(c);

    assertThat(text).doesNotContain("Event: Is the city ready").containsPattern("Event: (Warehouse roof|Twelve hurt)");
    assertThat(html).doesNotContain("<title>Parallax: how 3 outlets report \u201cIs the city");
  }

  @Test
  void aBriefWithoutAHeadlineDoesNotNameTheEvent() {
    String fact = "The roof of the Harbour Street warehouse collapsed in the storm on Tuesday, fire chief Elena Varga"
        + " said, and twelve workers were hurt. ";
    Comparison c = Parallax.create().compare(List.of(
        article("brief", "", "The roof of the Harbour Street warehouse collapsed in the storm on Tuesday and twelve "
            + "workers were hurt, fire chief Elena Varga said. Firefighters searched the warehouse."),
        article("courier", "Warehouse roof collapses in storm, twelve hurt",
            fact + "Firefighters searched the warehouse through the night."),
        article("gazette", "Storm brings down roof of warehouse",
            fact + "The warehouse owner said the building had been inspected last year.")));
    assertThat(TextReport.render(c)).containsPattern("Event: (Warehouse roof collapses|Storm brings down)");
  }

  @Test
  void oneArticleIsNamedByItsHeadlineAndNoneByNothing() {
    assertThat(EventName.of(List.of())).isEmpty();
  }
}
