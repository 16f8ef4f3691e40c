package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Omission;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fact only articles of a later day carry: the first report is not charged with leaving it out, yet every report
 * still shows it, apart.
 */
class ReportedLaterTest {
  private static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
  }

  /** Monday's Marlow Gazette announces the vote; the Coast Post and the Eastvale Daily report its outcome. */
  private static Comparison harbourVote(String gazetteDay) {
    return parallax.compare(List.of(
        Article.of("gazette", "Marlow Gazette", LocalDate.parse(gazetteDay), "", "Council to vote on harbour wall\n\n"
            + "The Marlow town council will vote on Tuesday on a plan to rebuild the harbour wall, which storms damaged"
            + " in January. Mayor Ines Varga said the town could not wait another winter."),
        Article.of("post", "Coast Post", LocalDate.parse("2031-03-04"), "", "Marlow council approves harbour wall\n\n"
            + "The Marlow town council voted on Tuesday for a plan to rebuild the harbour wall, which storms damaged in"
            + " January. The plan passed by seven votes to two, and work will begin in May at a cost of four million"
            + " euros."),
        Article.of("daily", "Eastvale Daily", LocalDate.parse("2031-03-04"), "", "Harbour wall plan passes in Marlow\n\n"
            + "Councillors in Marlow approved the rebuilding of the storm-damaged harbour wall on Tuesday. The plan"
            + " passed by seven votes to two, and work will begin in May at a cost of four million euros.")));
  }

  @Test
  void theOutcomeOnlyLaterReportsCarryIsListedMarkedAndNotCountedAgainstTheFirstReport() throws Exception {
    Comparison c = harbourVote("2031-03-03");
    // the API says what the reports say: nothing counted as left out, one passage only later articles carry
    assertThat(c.omissionsOf("gazette")).isEmpty();
    List<Omission> gazette = c.reportedLaterOf("gazette");
    assertThat(gazette).hasSize(1);
    assertThat(c.omissions()).contains(gazette.get(0));
    Omission outcome = gazette.get(0);
    assertThat(outcome.reportedLater()).isTrue();
    assertThat(outcome.coveredBy()).containsExactly("post", "daily");
    assertThat(gazetteScore(c)).isZero();

    JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(c));
    assertThat(json.get("omissions")).hasSize(c.omissions().size());
    assertThat(json.at("/omissions/0/article").asText()).isEqualTo("gazette");
    assertThat(json.at("/omissions/0/reportedLater").asBoolean()).isTrue();
    assertThat(json.at("/omissions/1").has("reportedLater")).isFalse();

    Document page = Jsoup.parse(HtmlReport.render(c));
    assertThat(page.selectFirst("tr[data-passage=" + outcome.passage() + "] td[data-article=gazette]").text())
        .isEqualTo("reported only later");
    assertThat(page.selectFirst("h3[data-omissions=gazette]").text())
        .endsWith("leaves out nothing but what only later articles report");

    assertThat(TextReport.render(c)).contains("  Marlow Gazette: 1 passage reported only by later articles, not counted"
        + " as left out: " + outcome.passage()).doesNotContain("Marlow Gazette leaves out");
  }

  @Test
  void whatOnlyALaterVersionOfTheSameMorningCarriesIsReportedLater() {
    // two versions of one outlet's article, the update given first: its new quote is not the first version's omission
    Comparison c = parallax.compare(List.of(
        Article.of("updated", "Marlow Gazette", LocalDate.parse("2031-03-03"), "", "Marlow harbour wall gives way\n\n"
            + "March 3, 2031 7:10 AM\nUpdated: March 3, 2031 10:25 AM\n\nA section of the Marlow harbour wall collapsed"
            + " into the sea early on Monday, flooding the fish market, the harbour master said.\n\n\"We will have the"
            + " market open again by Friday, whatever it takes,\" Mayor Ines Varga said at a late-morning briefing."),
        Article.of("early", "Marlow Gazette", LocalDate.parse("2031-03-03"), "", "Marlow harbour wall gives way\n\n"
            + "March 3, 2031 7:10 AM\n\nA section of the Marlow harbour wall collapsed into the sea early on Monday,"
            + " flooding the fish market, the harbour master said.")));
    assertThat(c.omissionsOf("early")).isEmpty();
    assertThat(c.reportedLaterOf("early")).singleElement().satisfies(o -> assertThat(o.coveredBy())
        .containsExactly("updated"));
  }

  @Test
  void theSameOutcomeReportedTheSameDayIsAnOmissionThatCounts() throws Exception {
    Comparison c = harbourVote("2031-03-04");
    List<Omission> gazette = c.omissionsOf("gazette");
    assertThat(gazette).hasSize(1);
    assertThat(gazette.get(0).reportedLater()).isFalse();
    assertThat(c.reportedLaterOf("gazette")).isEmpty();
    assertThat(gazetteScore(c)).isGreaterThan(0);
    assertThat(JsonReport.toJson(c)).doesNotContain("reportedLater");
    assertThat(Jsoup.parse(HtmlReport.render(c)).select("td.gap")).extracting(e -> e.text())
        .containsOnly("not reported");
    assertThat(TextReport.render(c)).contains("Marlow Gazette leaves out 1 passage").doesNotContain("later articles");
  }

  private static double gazetteScore(Comparison c) {
    return c.outlets().stream().filter(o -> o.article().equals("gazette")).findFirst().orElseThrow().omissionScore();
  }
}
