package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML page of a hand-built comparison of RT, Business Insider and ZeroHedge. */
class HtmlReportTest {
  private static final String HOSTILE = "Click <script>alert('x')</script><img src=x onerror=\"alert(1)\"> "
      + "now\" onmouseover=\"alert(2)\" & <a href=\"javascript:alert(3)\">here</a></td></tr></table><style>body{}</style>";

  private final Comparison sample = SampleComparison.create();
  private final Document page = Jsoup.parse(HtmlReport.render(sample));

  @Test
  void oneColumnPerMainEventOutletAndTheOtherEventLeftOut() {
    assertThat(page.select("table.side thead th.outlet").eachAttr("data-article"))
        .containsExactly("001_rt", "002_bi", "003_zh");
    assertThat(page.select("table.side thead th.outlet").text()).contains("RT", "Business Insider", "ZeroHedge")
        .doesNotContain("004_later");
  }

  @Test
  void oneRowPerPassageMostSalientFirst() {
    assertThat(page.select("tr.passage").eachAttr("data-passage")).containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
    for (Element row : page.select("tr.passage")) {
      assertThat(row.select("td")).hasSize(3);
    }
  }

  @Test
  void alignedSentencesStandInTheSameRow() {
    Element nato = page.selectFirst("tr[data-passage=p4]");
    assertThat(nato.selectFirst("td[data-article=001_rt]").text()).contains("NATO refuses to consider our proposals");
    assertThat(nato.selectFirst("td[data-article=003_zh]").text()).contains("NATO refuses to consider our proposals");
  }

  @Test
  void omittedPassageIsAVisibleGap() {
    // RT does not report the Ukrainian troop estimate; Business Insider does not report NATO's refusal.
    assertThat(page.selectFirst("tr[data-passage=p3] td[data-article=001_rt]").hasClass("gap")).isTrue();
    assertThat(page.selectFirst("tr[data-passage=p3] td[data-article=001_rt]").text()).isEqualTo("not reported");
    assertThat(page.selectFirst("tr[data-passage=p4] td[data-article=002_bi]").hasClass("gap")).isTrue();
    assertThat(page.select("td.gap")).hasSize(sample.omissions().size());
  }

  @Test
  void changedWordsAreMarkedInsideThePassage() {
    Element warned = page.selectFirst("tr[data-passage=p1] td[data-article=002_bi]");
    assertThat(warned.select("mark.g-frame").eachText()).contains("warned", "could see");
    assertThat(warned.selectFirst("details.edits summary").text()).isEqualTo("2 wording changes");
    assertThat(warned.select("details.edits .edit").eachText()).containsExactly("said \u2192 warned attribution",
        "risks a return to \u2192 could see hedge");
    Element zh = page.selectFirst("tr[data-passage=p3] td[data-article=003_zh]");
    assertThat(zh.select("mark.g-fact").eachText()).contains("more than 90,000");
    Element bi = page.selectFirst("tr[data-passage=p3] td[data-article=002_bi]");
    assertThat(bi.select("mark.g-fact").eachText()).containsExactly("94,000 troops");
    Element reference = page.selectFirst("tr[data-passage=p1] td[data-article=001_rt]");
    assertThat(reference.hasClass("ref")).isTrue();
    assertThat(reference.select("mark").eachText()).contains("said");
  }

  @Test
  void quotesCarryFidelityBadges() {
    Element headline = page.selectFirst("tr[data-passage=p2] td[data-article=002_bi]");
    assertThat(headline.select(".badge").eachText()).containsExactly("altered");
    assertThat(page.selectFirst("tr[data-passage=p1] td[data-article=003_zh] .badge").text()).isEqualTo("verbatim");
    assertThat(page.select("#quotes .badge.f-altered")).hasSize(1);
  }

  @Test
  void coverageChartHasABarPerOutlet() {
    assertThat(page.select("#outlets tr[data-outlet]").eachAttr("data-outlet"))
        .containsExactly("001_rt", "002_bi", "003_zh");
    assertThat(page.selectFirst("#outlets tr[data-outlet=003_zh] .bar.cov span").attr("style")).isEqualTo("width:81.3%");
  }

  @Test
  void findingsSectionsNameTheOutlets() {
    assertThat(page.selectFirst("#omissions").text()).contains("RT", "leaves out 2 passages", "Ukraine says Russia");
    assertThat(page.selectFirst("#discrepancies").text()).contains("94,000 troops", "more than 90,000 Russian troops");
    assertThat(page.selectFirst("#copying").text()).contains("ZeroHedge reuses 59 characters from RT");
    assertThat(page.selectFirst("#other").text()).contains("004_later", "published 22 days after");
  }

  @Test
  void removedChromeIsFoldedAway() {
    Element details = page.select("#removed details").first();
    assertThat(details.selectFirst("summary").text()).contains("RT", "1 removal");
    assertThat(details.text()).contains("READ MORE");
  }

  @Test
  void pageIsSelfContained() {
    assertThat(page.select("script, link, iframe, img, object, embed")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.head().select("meta[charset]").attr("charset")).isEqualTo("utf-8");
  }

  @Test
  void hostileArticleTextCannotInjectMarkup() {
    String html = HtmlReport.render(SampleComparison.create(HOSTILE));
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, img, style:not(head style), a[href^=javascript]")).isEmpty();
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(d.select("tr.passage")).hasSize(7);
    assertThat(d.selectFirst("tr[data-passage=p7] td[data-article=001_rt]").text()).isEqualTo(HOSTILE);
    assertThat(html).doesNotContain("<script").doesNotContain("<img");
  }

  @Test
  void hostileOutletNameCannotInjectMarkup() {
    Comparison c = SampleComparison.create();
    String outlet = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
    var renamed = c.articles().stream().map(a -> a.id().equals("002_bi")
        ? new dev.parallax.analyze.AnalyzedArticle(a.article().withMetadata(outlet, a.article().published()),
            a.sentences(), a.quotes(), a.mentions())
        : a).toList();
    Document d = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), renamed, c.events(), c.passages(),
        c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets())));
    assertThat(d.select("script, img")).isEmpty();
    assertThat(d.selectFirst("th.outlet[data-article=002_bi]").text()).startsWith(outlet);
  }

  @Test
  void sameComparisonGivesTheSameBytes() {
    assertThat(HtmlReport.render(SampleComparison.create())).isEqualTo(HtmlReport.render(SampleComparison.create()));
  }

  @Test
  void escaperCoversTheCharactersThatMatter() {
    assertThat(Html.escape("<script>")).isEqualTo("&lt;script&gt;");
    assertThat(Html.escape("a\"b'c&d")).isEqualTo("a&quot;b&#39;c&amp;d");
    assertThat(Html.escape("a\u0000b\u001bc")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(Html.escape("")).isEmpty();
  }
}
