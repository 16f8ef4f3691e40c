package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.RemovalReason;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.JsonReport;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two outlets' pages compared as served (HTML): what each page's extraction dropped is listed as removed, and a quote
 * an outlet prints only in a pull quote is not one it leaves out.
 */
class HtmlPagesComparedTest {
  private static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
  }

  private static final String QUOTE = "\u201CWe will not reopen the tunnel until every lamp has been checked,\u201D";

  /** The Orla Tribune prints the engineer's words in a pull quote only; its paragraphs do not repeat them. */
  private static String tribune(String pullQuoteClass) {
    return "<html><head><title>Tunnel shut after flood</title><meta property='og:site_name' content='Orla Tribune'>"
        + "<meta property='article:published_time' content='2025-02-11'></head><body>"
        + "<nav><a href='/'>Front page</a> <a href='/city'>City news</a> <a href='/weather'>Weather</a></nav>"
        + "<article><h1>Tunnel shut after flood</h1>"
        + "<p>The river tunnel in Orla was shut on Monday after floodwater reached its lighting, the roads office said.</p>"
        + "<p>Chief engineer Mara Lisk said crews would pump the tunnel dry overnight and inspect the cables.</p>"
        + "<aside class='" + pullQuoteClass + "'>" + QUOTE + " Lisk said.</aside>"
        + "<p>Drivers were sent over the old bridge, where queues reached two kilometres by the evening.</p>"
        + "</article><footer>\u00A9 2025 Orla Tribune. All rights reserved.</footer></body></html>";
  }

  /** The Keld Herald prints the same words in its paragraphs. */
  private static final String HERALD = "<html><head><title>Orla tunnel closed by flood</title>"
      + "<meta property='og:site_name' content='Keld Herald'><meta property='article:published_time' content='2025-02-11'>"
      + "</head><body><article><h1>Orla tunnel closed by flood</h1>"
      + "<p>Orla's river tunnel was closed on Monday after floodwater reached its lighting.</p>"
      + "<p>Chief engineer Mara Lisk said crews would pump it dry overnight. " + QUOTE + " she said.</p>"
      + "<p>Traffic was sent over the old bridge, with queues of two kilometres by the evening.</p>"
      + "</article></body></html>";

  @Test
  void aQuotePrintedOnlyInAPullQuoteIsNotLeftOut() {
    ArticleReader reader = ArticleReader.create();
    Comparison c = parallax.compare(List.of(reader.fromHtml("tribune", tribune("pullquote")),
        reader.fromHtml("herald", HERALD)));
    assertThat(c.omissions()).filteredOn(o -> o.article().equals("tribune")).isEmpty();
    // the page's menu and footer are listed as removed, in the JSON and on the report's page
    Article tribune = c.articles().get(0).article();
    assertThat(tribune.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactly(
        "NAVIGATION: Front page City news Weather", "FOOTER: \u00A9 2025 Orla Tribune. All rights reserved.");
    assertThat(JsonReport.toJson(c)).contains("\"reason\" : \"footer\"");
    Element removed = Jsoup.parse(HtmlReport.render(c)).selectFirst("#removed");
    assertThat(removed.selectFirst("details summary").text()).isEqualTo("Orla Tribune tribune: 2 removals");
    assertThat(removed.text()).contains("Front page City news Weather");
  }

  @Test
  void anAsideWithoutAPullQuoteNameIsStillDropped() {
    // the near case: an aside not named a pull quote is page chrome as before, shown as removed (a teaser, by its tag)
    Article tribune = ArticleReader.create().fromHtml("tribune", tribune("box"));
    assertThat(tribune.cleanedText()).doesNotContain("every lamp");
    assertThat(tribune.removed()).anyMatch(r -> r.reason() == RemovalReason.TEASER && r.text().contains("every lamp"));
  }
}
