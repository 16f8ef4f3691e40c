package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Reports of comparisons with nothing to show still render, say so in words, and stay valid. */
class DegenerateComparisonTest {
  private static AnalyzedArticle bare(String id) {
    return new AnalyzedArticle(Article.of(id, "Outlet " + id, null, "", ""), List.of(), List.of(), List.of());
  }

  private static final Comparison NOTHING_ALIGNED = new Comparison("lexical", List.of(bare("a"), bare("b")),
      List.of(new ArticleEvent("a", EventMembership.MAIN, "only article left"),
          new ArticleEvent("b", EventMembership.OTHER, "shares no passage")),
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void htmlSaysThereIsNothingInsteadOfAnEmptyTable() {
    var page = Jsoup.parse(HtmlReport.render(NOTHING_ALIGNED));
    assertThat(page.selectFirst("#passages").text()).contains("No passages were aligned.");
    assertThat(page.selectFirst("#omissions").text()).contains("No outlet leaves out");
    assertThat(page.selectFirst("#other").text()).contains("shares no passage");
  }

  @Test
  void textSaysNoneForEachEmptySection() {
    String text = TextReport.render(NOTHING_ALIGNED);
    assertThat(text).startsWith("Parallax: 2 articles, 1 outlet on the main event, 0 passages");
    assertThat(text).contains("Top passages\n  (none)", "Discrepancies\n  (none)", "Copying\n  (none)");
    assertThat(text).contains("Outlet b: shares no passage");
  }

  @Test
  void oneOutletLeftOnTheMainEventIsSaidBeforeTheTableAndNoQuoteIsSaidInThreeWords() {
    // two outlets given, the table shows one: the reader is told why before reading it
    String text = TextReport.render(NOTHING_ALIGNED);
    String note = "Note: only one outlet is on the main event; the other article is about another event (listed at the"
        + " end), so nothing is compared across outlets.\n";
    assertThat(text).contains(note, "Quotes\n  No quotes found.\n");
    assertThat(text.indexOf(note)).isLessThan(text.indexOf("Outlets"));
    // the near variant: three outlets on the main event and one article set apart, with quotes
    String sample = TextReport.render(SampleComparison.create());
    assertThat(sample).doesNotContain("only one outlet").doesNotContain("No quotes found.").contains(" quotes found, ");
  }

  @Test
  void jsonOfAnEmptyComparisonIsStillAReport() {
    assertThat(JsonReport.toJson(NOTHING_ALIGNED)).contains("\"passages\" : [ ]", "\"outlets\" : [ ]");
  }
}
