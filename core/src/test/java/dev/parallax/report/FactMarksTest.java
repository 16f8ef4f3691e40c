package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML marks a name, number or date as a changed fact only where it differs from the reference version. */
class FactMarksTest {
  private static final Parallax PARALLAX = Parallax.create();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static Document page(String first, String second, String third) {
    Comparison c = PARALLAX.compare(List.of(
        Article.of("a", "Courier", DAY, "", first),
        Article.of("b", "Gazette", DAY, "", second),
        Article.of("c", "Herald", DAY, "", third)));
    return Jsoup.parse(HtmlReport.render(c));
  }

  @Test
  void namesNumbersAndDaysTheReferenceAlsoStatesAreNotMarked() {
    Document page = page(
        "Fire chief Elena Varga said on Tuesday that 12 people were hurt when the roof of the Harbour Street"
            + " warehouse collapsed during the storm.",
        "Twelve people were hurt, fire chief Elena Varga said on Tuesday, after the roof of the Harbour Street"
            + " warehouse collapsed in the storm. 12 were taken to hospital, Varga said.",
        "On Tuesday, fire chief Elena Varga said 12 people were hurt when the storm brought down the roof of the"
            + " Harbour Street warehouse.");
    assertThat(page.select("tr.passage mark.g-fact").eachText())
        .noneMatch(t -> t.contains("Varga") || t.contains("Tuesday") || t.equals("12") || t.contains("Harbour"));
  }

  @Test
  void aNumberThatDiffersFromTheReferenceIsMarked() {
    Document page = page(
        "Fire chief Elena Varga said on Tuesday that 12 people were hurt when the roof of the Harbour Street"
            + " warehouse collapsed during the storm.",
        "Fire chief Elena Varga said on Tuesday that 12 people were hurt when the roof of the Harbour Street"
            + " warehouse collapsed in the storm.",
        "Fire chief Elena Varga said on Tuesday that 15 people were hurt when the roof of the Harbour Street"
            + " warehouse collapsed in the storm.");
    assertThat(page.select("tr.passage td[data-article=c] mark.g-fact").eachText()).anyMatch(t -> t.contains("15"));
    assertThat(page.select("tr.passage mark.g-fact").eachText()).noneMatch(t -> t.contains("Varga"));
  }
}
