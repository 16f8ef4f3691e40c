package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.compare.Comparers;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The HTML page of a hand-built comparison of RT, Business Insider and ZeroHedge. */
class HtmlReportTest {
  private static final String HOSTILE = "Click <script>alert('x')</script><img src=x onerror=\"alert(1)\"> "
      + "now\" onmouseover=\"alert(2)\" & <a href=\"javascript:alert(3)\">here</a></td></tr></table><style>body{}</style>";

  private static final Parallax PARALLAX = Parallax.create();

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
  void anArticleItsPageMarksAsOpinionIsNamedInTheHeader() {
    Document marked = Jsoup.parse(HtmlReport.render(SampleComparison.withOpinionKicker(sample, "003_zh")));
    assertThat(marked.select("header p.genre").eachText())
        .containsExactly("ZeroHedge: the page marks it as opinion (kicker \"Opinion\")");
    assertThat(page.select("p.genre")).isEmpty();
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
  void aPassageOnlyLaterArticlesCarryShowsApartFromTheOmissionsThatCount() {
    // Business Insider, published after RT, is the only one with p5: RT's gap says so and is not counted as left out
    Document d = Jsoup.parse(HtmlReport.render(SampleComparison.withReportedLater(sample, "001_rt", "p5")));
    assertThat(d.selectFirst("tr[data-passage=p5] td[data-article=001_rt]").text()).isEqualTo("reported only later");
    assertThat(d.selectFirst("tr[data-passage=p3] td[data-article=001_rt]").text()).isEqualTo("not reported");
    Element rt = d.selectFirst("h3[data-omissions=001_rt]");
    assertThat(rt.text()).contains("leaves out 1 passage").doesNotContain("2 passages");
    assertThat(d.selectFirst("details[data-later=001_rt] > summary").text())
        .isEqualTo("1 passage reported only by later articles (published on a later day or later the same day): not"
            + " counted as left out");
    assertThat(d.select("ol.later li")).extracting(li -> li.id()).hasSize(1);
    assertThat(d.selectFirst("ol.later li").text()).startsWith("p5");
    // ZeroHedge's two gaps both stand only in later articles: it leaves out nothing that counts
    Document z = Jsoup.parse(HtmlReport.render(SampleComparison.withReportedLater(sample, "003_zh", "p5", "p6")));
    assertThat(z.selectFirst("h3[data-omissions=003_zh]").text())
        .endsWith("leaves out nothing but what only later articles report");
    assertThat(z.selectFirst("details[data-later=003_zh] > summary").text()).startsWith("2 passages reported only by later articles");
    // unmarked, the page is as before
    assertThat(page.select("ol.later")).isEmpty();
    assertThat(page.select("td.gap")).extracting(Element::text).containsOnly("not reported");
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
    // The conflicting fact is marked whole, before the number edit inside it.
    assertThat(zh.select("mark.g-fact").eachText()).containsExactly("more than 90,000 Russian troops");
    Element bi = page.selectFirst("tr[data-passage=p3] td[data-article=002_bi]");
    assertThat(bi.select("mark.g-fact").eachText()).containsExactly("94,000 troops");
    Element reference = page.selectFirst("tr[data-passage=p1] td[data-article=001_rt]");
    assertThat(reference.hasClass("ref")).isTrue();
    assertThat(reference.select("mark").eachText()).contains("said");
  }

  @Test
  void aRepeatedWordIsMarkedWhereItChanged() {
    // "said" stands twice in each sentence; only the second one differs between the versions.
    Document changedToSaid = twoVersions("The minister said the talks failed and warned the West.",
        "The minister said the talks failed and said the West.");
    assertThat(marked(changedToSaid.selectFirst("td[data-article=b]"), "mark.g-frame"))
        .isEqualTo("The minister said the talks failed and [said] the West.");
    assertThat(marked(changedToSaid.selectFirst("td[data-article=a]"), "mark.g-ref"))
        .isEqualTo("The minister said the talks failed and [warned] the West.");
    Document changedFromSaid = twoVersions("The minister said the talks failed and said the West.",
        "The minister said the talks failed and warned the West.");
    assertThat(marked(changedFromSaid.selectFirst("td[data-article=a]"), "mark.g-ref"))
        .isEqualTo("The minister said the talks failed and [said] the West.");
  }

  @Test
  void wordsThatStandApartAreMarkedRunByRun() {
    Document d = twoVersions("Officials met in Stockholm.", "Officials from Russia and Ukraine met in Stockholm.");
    Element cell = d.selectFirst("td[data-article=b]");
    // One entity edit, "Russia … Ukraine": each name is marked, the "and" between them is not an entity.
    assertThat(marked(cell, "mark.g-fact")).isEqualTo("Officials from [Russia] and [Ukraine] met in Stockholm.");
    assertThat(cell.select("mark.g-fact").eachAttr("title")).containsOnly("entity:  \u2192 Russia \u2026 Ukraine");
  }

  @Test
  void aRewrittenClauseIsListedButNotMarked() {
    // A long rewording would colour the whole sentence, or scattered pieces of it; it is listed instead,
    // and the loaded word stays marked.
    Document d = twoVersions("The minister said the talks in the capital had failed after a long night.",
        "The minister irresponsibly said the meeting was a complete disaster for everyone involved in it.");
    Element cell = d.selectFirst("td[data-article=b]");
    assertThat(cell.select("mark.g-frame").eachText()).contains("irresponsibly");
    assertThat(cell.select("mark.g-words").eachText()).allMatch(run -> run.split("\\s+").length <= 4)
        .noneMatch(run -> run.contains("disaster") || run.contains("everyone"));
    assertThat(cell.select("details.edits").text()).contains("complete disaster");
  }

  @Test
  void conflictingValuesAreMarkedWhereTheyStand() {
    Document d = twoVersions("Ukraine says 90,000 troops are near the border, and NATO says 100,000 troops.",
        "Of its 94,000 reservists, Ukraine says 94,000 troops are near the border.");
    String fact = "mark.g-fact[title=number differs between outlets]";
    assertThat(marked(d.selectFirst("td[data-article=a]"), fact))
        .isEqualTo("Ukraine says [90,000 troops] are near the border, and NATO says [100,000 troops].");
    // The reservists are another quantity: the first "94,000" is a number edit, not the conflicting value.
    assertThat(marked(d.selectFirst("td[data-article=b]"), fact))
        .isEqualTo("Of its 94,000 reservists, Ukraine says [94,000 troops] are near the border.");
    assertThat(d.selectFirst("#discrepancies").text())
        .contains("a 90,000 troops, 100,000 troops \u00b7 b 94,000 troops");
  }

  @Test
  void anOutletWhoseValueStandsInAnotherPassageIsNotMarkedAsLeavingTheFactOut() {
    Document d = Jsoup.parse(HtmlReport.render(TollInTwoPassages.create()));
    // the Courier's toll stands in p2; the Post's, which it contradicts, alone in p3
    Element p3 = d.selectFirst("tr[data-passage=p3] td[data-article=a]");
    assertThat(p3.hasClass("gap")).isFalse();
    assertThat(p3.text()).isEqualTo("stated in p2: At least 230 people").doesNotContain("not reported");
    assertThat(p3.selectFirst("a").attr("href")).isEqualTo("#p2");
    assertThat(marked(d.selectFirst("tr[data-passage=p2] td[data-article=a]"), "mark.g-fact"))
        .isEqualTo("[At least 230 people] were killed after the quake toppled dozens of buildings in Norrby.");
    assertThat(d.selectFirst("tr[data-passage=p2] td[data-article=a] mark.g-fact").attr("title"))
        .isEqualTo("number differs between outlets (see p3)");
    assertThat(d.selectFirst("#discrepancies").text())
        .contains("number in p3: Lindby Courier At least 230 people (in p2) \u00b7 Kesra Post 223 people");
    // the Post's own version, alone in its row, is marked as contradicted too
    assertThat(marked(d.selectFirst("tr[data-passage=p3] td[data-article=b]"), "mark.g-fact"))
        .endsWith("a quake that killed [223 people].");
    // a passage no value is quoted from stays "not reported"
    assertThat(d.selectFirst("tr[data-passage=p1] td[data-article=b]").text()).isEqualTo("not reported");
  }

  @Test
  void outletsThatAgreeOnAFactAreListedTogether() {
    String flood = "Floods in the Kesra valley forced %s residents from their homes on %s, the regional governor said.";
    Document d = Jsoup.parse(HtmlReport.render(PARALLAX.compare(List.of(
        Article.of("a", "Lindby Courier", null, "", String.format(flood, "12,000", "Monday")),
        Article.of("b", "Kesra Post", null, "",
            String.format(flood.replace("residents", "valley residents"), "12,000", "Monday")),
        Article.of("c", "Norrby Times", null, "", String.format(flood, "15,000", "Tuesday"))))));
    assertThat(d.selectFirst("#discrepancies").text())
        .contains("Lindby Courier 12,000 residents and Kesra Post 12,000 valley residents \u00b7 Norrby Times "
            + "15,000 residents")
        .contains("Lindby Courier and Kesra Post Monday \u00b7 Norrby Times Tuesday");
  }

  @Test
  void quotesCarryFidelityBadges() {
    Element headline = page.selectFirst("tr[data-passage=p2] td[data-article=002_bi]");
    assertThat(headline.select(".badge").eachText()).containsExactly("altered");
    assertThat(page.selectFirst("tr[data-passage=p1] td[data-article=003_zh] .badge").text()).isEqualTo("verbatim");
    assertThat(page.select("#quotes .badge.f-altered")).hasSize(1);
  }

  @Test
  void aReversedVersionIsMarkedAsTheTextSummaryMarksIt() {
    Comparison c = SampleComparison.create();
    var turned = new QuoteGroup("q9", "Karl Lind", List.of(
        new QuoteVariant("001_rt", 0, "The Lindby ferry isn't losing money",
            Fidelity.ALTERED, Optional.empty(), Optional.of("Karl Lind"), true),
        new QuoteVariant("002_bi", 0, "The Lindby ferry is losing money",
            Fidelity.ALTERED, Optional.empty(), Optional.of("Karl Lind"), false)));
    Document d = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(),
        c.wording(), c.framing(), List.of(turned), c.reuse(), c.discrepancies(), c.omissions(), c.outlets())));
    assertThat(d.select("#quotes .badge.f-altered").eachText())
        .containsExactlyInAnyOrder("altered, meaning reversed", "altered");
  }

  @Test
  void twoVersionsNeitherConfirmedSayWhichIsTheSpeakersIsUnknown() {
    // each version is altered only against the other: the page says so, as the text summary does
    Comparison c = SampleComparison.create();
    var differ = new QuoteGroup("q9", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.ALTERED, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge is shut for the winter", Fidelity.ALTERED, Optional.empty())));
    Document d = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(),
        c.wording(), c.framing(), List.of(differ), c.reuse(), c.discrepancies(), c.omissions(), c.outlets())));
    assertThat(d.select("#quotes tbody th").text())
        .isEqualTo("Jane Doe the versions differ and no outlet confirms one: which is the speaker's is unknown");

    // when a third outlet prints the RT's words, the Business Insider's version is the one that differs
    var confirmed = new QuoteGroup("q9", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge is shut for the winter", Fidelity.ALTERED, Optional.empty()),
        new QuoteVariant("003_zh", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty())));
    Document one = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(),
        c.wording(), c.framing(), List.of(confirmed), c.reuse(), c.discrepancies(), c.omissions(), c.outlets())));
    assertThat(one.select("#quotes tbody th").text()).isEqualTo("Jane Doe");
  }

  @Test
  void aPageGivenTheEventsNameCarriesItAndABlankNameFallsBackToTheSharedHeadline() {
    // corpus mode names an event by its earliest headline in its index: the event's page must carry the same name
    Document named = Jsoup.parse(HtmlReport.render(sample, "Lindby talks end without a deal"));
    assertThat(named.selectFirst("p.event").text()).isEqualTo("Lindby talks end without a deal");
    assertThat(named.title()).isEqualTo("Parallax: how 3 outlets report \u201cLindby talks end without a deal\u201d");
    assertThat(HtmlReport.render(sample, " ")).isEqualTo(HtmlReport.render(sample));
  }

  @Test
  void aCorpusEventsPageSaysWhichEventItIsAndLinksBackToTheIndex() {
    // a researcher follows "e4" from a figure of the corpus index: the page says it is e4, and the way back
    java.util.Optional<LocalDate> day = java.util.Optional.of(LocalDate.of(2026, 3, 2));
    dev.parallax.corpus.CorpusEvent e4 = new dev.parallax.corpus.CorpusEvent("e4", "Lindby talks end without a deal",
        List.of("001_rt", "002_bi", "003_zh"), day, day);
    Document d = Jsoup.parse(HtmlReport.render(sample, e4, "../index.html"));
    Element where = d.selectFirst("header p.corpus");
    assertThat(where.text()).isEqualTo("Corpus index \u203a event e4");
    assertThat(where.selectFirst("a").attr("href")).isEqualTo("../index.html");
    assertThat(d.selectFirst("p.event").text()).isEqualTo("Lindby talks end without a deal");
    assertThat(page.select("p.corpus")).as("a page of one comparison is no corpus event").isEmpty();
  }

  @Test
  void anOmissionAndItsEmptyCellLinkToEachOther() {
    // on a long page the reader jumps from an omission to its row in the table and back, without scrolling
    for (dev.parallax.compare.Omission o : sample.omissions()) {
      Element gap = page.selectFirst("tr[data-passage=" + o.passage() + "] td.gap[data-article=" + o.article() + "]");
      Element entry = page.getElementById(gap.selectFirst("a[href^=#]").attr("href").substring(1));
      assertThat(entry.parents()).anyMatch(e -> e.id().equals("omissions"));
      assertThat(entry.selectFirst("a[href]").attr("href")).isEqualTo("#" + o.passage());
      assertThat(entry.text()).contains(o.passage());
    }
    assertThat(page.select("#omissions ol.omissions > li[id]")).hasSize(sample.omissions().size());
  }

  @Test
  void aQuoteVersionAndItsRowInTheQuotesTableLinkToEachOther() {
    // the badge in a passage's cell opens the quote with every outlet's version; each version links to its passage
    Element badge = page.selectFirst("tr[data-passage=p2] td[data-article=002_bi] a.qlink");
    Element quote = page.getElementById(badge.attr("href").substring(1));
    assertThat(quote.hasClass("quote")).isTrue();
    String group = quote.attr("data-quote");
    for (Element version : page.select("#quotes tr.quote[data-quote=" + group + "]")) {
      Element link = version.selectFirst("a[href^=#p]");
      Element row = page.getElementById(link.attr("href").substring(1));
      assertThat(row.hasClass("passage")).isTrue();
      assertThat(row.select("a.qlink[href=#" + group + "]")).isNotEmpty();
    }
  }

  @Test
  void wordsAnOutletGivesToSomeoneElseSaySo() {
    assertThat(page.select("#quotes tr.quote").eachText()).anySatisfy(row -> assertThat(row)
        .contains("Business Insider", "given to Maria Zakharova"));
    assertThat(page.select("#quotes tr.quote").eachText()).filteredOn(row -> row.contains("RT"))
        .noneMatch(row -> row.contains("given to"));
  }

  @Test
  void coverageChartHasABarPerOutlet() {
    assertThat(page.select("#outlets tr[data-outlet]").eachAttr("data-outlet"))
        .containsExactly("001_rt", "002_bi", "003_zh");
    assertThat(page.selectFirst("#outlets tr[data-outlet=003_zh] .bar.cov span").attr("style")).isEqualTo("width:81.3%");
  }

  @Test
  void aFactOnlyOneOutletsTwoArticlesCarryIsFoldedAmongTheLessWidelyCarried() {
    // four articles on the event: two of the Lindby Courier, one of the Kesra Post, one of the Eastvale Herald, which
    // leaves out every passage; p4 stands only in the Courier's two articles, so one of the Herald's two other
    // outlets carries it, not most of them, and it is folded with p5, which the Kesra Post alone carries
    Comparison c = SampleComparison.create();
    List<AnalyzedArticle> articles = c.articles().stream().map(a -> new AnalyzedArticle(a.article().withMetadata(
        switch (a.id()) {
          case "001_rt", "003_zh" -> "Lindby Courier";
          case "002_bi" -> "Kesra Post";
          default -> "Eastvale Herald";
        }, a.article().published()), a.sentences(), a.quotes(), a.mentions())).toList();
    List<ArticleEvent> events = articles.stream()
        .map(a -> new ArticleEvent(a.id(), EventMembership.MAIN, "shares passages")).toList();
    List<dev.parallax.compare.Omission> omissions = List.of(
        new dev.parallax.compare.Omission("004_later", "p1", 0.95, List.of("001_rt", "002_bi", "003_zh")),
        new dev.parallax.compare.Omission("004_later", "p2", 0.8, List.of("001_rt", "002_bi", "003_zh")),
        new dev.parallax.compare.Omission("004_later", "p3", 0.7, List.of("002_bi", "003_zh")),
        new dev.parallax.compare.Omission("004_later", "p4", 0.6, List.of("001_rt", "003_zh")),
        new dev.parallax.compare.Omission("004_later", "p5", 0.4, List.of("002_bi")));
    Document d = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), articles, events, c.passages(),
        c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), omissions, c.outlets())));
    assertThat(d.select("#omissions > ol.omissions > li").eachAttr("id")).containsExactly("o3-p1", "o3-p2", "o3-p3");
    assertThat(d.selectFirst("#omissions details.more summary").text())
        .isEqualTo("2 more, carried by fewer outlets or less salient");
    assertThat(d.select("#omissions details.more li").eachAttr("id")).containsExactly("o3-p4", "o3-p5");
  }

  @Test
  void anOmissionShowsTheClosestSentenceOfTheOutletThatLeavesItOut() {
    Comparison c = SampleComparison.create();
    dev.parallax.compare.Omission first = c.omissions().get(0);
    dev.parallax.analyze.Sentence s = c.article(first.article()).orElseThrow().sentences().get(1);
    List<dev.parallax.compare.Omission> omissions = new java.util.ArrayList<>(c.omissions());
    omissions.set(0, new dev.parallax.compare.Omission(first.article(), first.passage(), first.salience(),
        first.coveredBy(), java.util.Optional.of(new dev.parallax.compare.Omission.Closest(s.index(), s.text(),
            s.start(), s.end(), 0.123))));
    Document d = Jsoup.parse(HtmlReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(),
        c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), omissions, c.outlets())));
    var closest = d.selectFirst("#omissions q.closest");
    assertThat(closest.text()).isEqualTo(s.text());
    assertThat(closest.attr("data-start")).isEqualTo(String.valueOf(s.start()));
    assertThat(closest.parent().text()).contains("similarity 0.12");
    assertThat(d.select("#omissions q.closest")).hasSize(1);
    assertThat(d.selectFirst("style").data())
        .as("a whole sentence, which may open with its own quotation mark, is set apart without added marks")
        .contains("q.closest{quotes:none");
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
  void aHeadlineStandsOnItsOwnLineInItsCell() {
    // a headline has no full stop: run into the lead it would read "... after storm The Lindby bridge ..."
    AnalyzedArticle x = PARALLAX.analyze(Article.of("a", "a", LocalDate.of(2021, 12, 2), "",
        "Lindby bridge closes after storm\n\nThe Lindby bridge closed on Friday after a storm damaged its deck."));
    AnalyzedArticle y = PARALLAX.analyze(Article.of("b", "b", LocalDate.of(2021, 12, 3), "",
        "Storm shuts Lindby bridge\n\nA storm damaged the deck of the Lindby bridge, which closed on Friday."));
    assertThat(x.sentences()).extracting(Sentence::role).containsExactly(SentenceRole.HEADLINE, SentenceRole.BODY);
    Passage p = new Passage("p1", 1.0,
        List.of(new PassageMember("a", List.of(0, 1)), new PassageMember("b", List.of(0, 1))), 1.0);
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("b", EventMembership.MAIN, "test")), List.of(p));
    Document d = Jsoup.parse(HtmlReport.render(Comparers.standard().compare(List.of(x, y), alignment, "test")));

    Element cell = d.selectFirst("tr[data-passage=p1] td[data-article=b]");
    assertThat(cell.selectFirst(".headline").text()).isEqualTo("Storm shuts Lindby bridge");
    assertThat(cell.selectFirst(".headline").nextElementSibling().tagName()).isEqualTo("br");
    assertThat(cell.select("br")).hasSize(1);
  }

  @Test
  void aPassageOneOutletCarriesShowsNoWordingDifference() {
    // one version has nothing to differ from: "wording differs 0%" would say both outlets wrote the same words
    AnalyzedArticle x = PARALLAX.analyze(Article.of("a", "a", LocalDate.of(2021, 12, 2), "",
        "The Lindby bridge closed on Friday. Mayor Eva Strand visited the site."));
    AnalyzedArticle y = PARALLAX.analyze(Article.of("b", "b", LocalDate.of(2021, 12, 3), "",
        "The Lindby bridge closed on Friday after a storm."));
    Passage shared = new Passage("p1", 1.0, List.of(new PassageMember("a", List.of(0)), new PassageMember("b", List.of(0))),
        0.8);
    Passage alone = new Passage("p2", 0.2, List.of(new PassageMember("a", List.of(1))), 1.0);
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("b", EventMembership.MAIN, "test")), List.of(shared, alone));
    Document d = Jsoup.parse(HtmlReport.render(Comparers.standard().compare(List.of(x, y), alignment, "test")));

    assertThat(d.selectFirst("tr[data-passage=p1] th.pcol").text()).contains("2 of 2 outlets", "wording differs");
    assertThat(d.selectFirst("tr[data-passage=p2] th.pcol").text()).contains("1 of 2 outlets")
        .doesNotContain("wording differs");
  }

  @Test
  void howToReadThisPageIsFoldedAboveTheTable() {
    // a reader sees the heading and opens it when wanted; the table is not pushed below six paragraphs
    Element folded = page.selectFirst("#legend > details");
    assertThat(folded).isNotNull();
    assertThat(folded.hasAttr("open")).isFalse();
    assertThat(folded.selectFirst("summary").text()).isEqualTo("How to read this page");
    assertThat(folded.selectFirst("li").text()).startsWith("The table has one column per outlet");
    assertThat(page.select("#legend > ul")).isEmpty();
  }

  @Test
  void theSalienceLegendSaysItsShareCountsOutlets() {
    // PassageDrafter's 0.7 is the share of the event's other outlets carrying a passage, not of its articles: one
    // outlet's two articles on the event count once, and the legend must say what is computed
    String legend = page.selectFirst("#legend").text();
    assertThat(legend).contains("0.7 for the share of the event's other outlets that carry it (an outlet's two"
        + " articles count once; 1 when there is one outlet)", "0.1 when it holds a headline or a summary bullet")
        .doesNotContain("articles count as two");
  }

  @Test
  void thePageCountsOutletsNotArticles() {
    // three articles of two outlets: the Lindby Courier's two articles are one outlet, in the heading, the title
    // and each row's "N of M outlets"; a passage only the Courier's two articles carry still compares two versions
    AnalyzedArticle a = PARALLAX.analyze(Article.of("a", "Lindby Courier", LocalDate.of(2021, 12, 2), "",
        "The Lindby bridge closed on Friday. Mayor Eva Strand visited the site. Karl Lind runs the ferry."));
    AnalyzedArticle a2 = PARALLAX.analyze(Article.of("a2", "Lindby Courier", LocalDate.of(2021, 12, 3), "",
        "The Lindby bridge was closed on Friday. Mayor Eva Strand went to the site on Saturday."));
    AnalyzedArticle b = PARALLAX.analyze(Article.of("b", "Kesra Post", LocalDate.of(2021, 12, 3), "",
        "The Lindby bridge closed on Friday after a storm."));
    Passage all = new Passage("p1", 1.0, List.of(new PassageMember("a", List.of(0)), new PassageMember("a2", List.of(0)),
        new PassageMember("b", List.of(0))), 0.8);
    Passage courier = new Passage("p2", 0.5, List.of(new PassageMember("a", List.of(1)),
        new PassageMember("a2", List.of(1))), 0.6);
    Passage alone = new Passage("p3", 0.1, List.of(new PassageMember("a", List.of(2))), 1.0);
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("a2", EventMembership.MAIN, "test"), new ArticleEvent("b", EventMembership.MAIN, "test")),
        List.of(all, courier, alone));
    Document d = Jsoup.parse(HtmlReport.render(Comparers.standard().compare(List.of(a, a2, b), alignment, "test")));

    assertThat(d.selectFirst("header h1").text()).isEqualTo("How 2 outlets report the same event");
    assertThat(d.title()).startsWith("Parallax: how 2 outlets report ");
    assertThat(d.selectFirst("tr[data-passage=p1] th.pcol").text()).contains("2 of 2 outlets");
    assertThat(d.selectFirst("tr[data-passage=p2] th.pcol").text()).contains("1 of 2 outlets", "wording differs");
    assertThat(d.selectFirst("tr[data-passage=p3] th.pcol").text()).contains("1 of 2 outlets")
        .doesNotContain("wording differs");
  }

  @Test
  void aPageOfOneOutletsArticlesSaysOutletInTheSingular() {
    AnalyzedArticle a = PARALLAX.analyze(Article.of("a", "Lindby Courier", LocalDate.of(2021, 12, 2), "",
        "The Lindby bridge closed on Friday."));
    AnalyzedArticle a2 = PARALLAX.analyze(Article.of("a2", "Lindby Courier", LocalDate.of(2021, 12, 3), "",
        "The Lindby bridge was closed on Friday."));
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("a2", EventMembership.MAIN, "test")), List.of(new Passage("p1", 1.0,
        List.of(new PassageMember("a", List.of(0)), new PassageMember("a2", List.of(0))), 0.8)));
    Document d = Jsoup.parse(HtmlReport.render(Comparers.standard().compare(List.of(a, a2), alignment, "test")));

    assertThat(d.title()).startsWith("Parallax: how 1 outlet reports ");
    assertThat(d.selectFirst("header h1").text()).isEqualTo("How 1 outlet reports the same event");
  }

  /**
   * The page for two one-sentence articles compared as one passage by the standard comparer; {@code a} is
   * published first, so it is the reference.
   */
  private static Document twoVersions(String a, String b) {
    AnalyzedArticle x = PARALLAX.analyze(Article.of("a", "a", LocalDate.of(2021, 12, 2), "", a));
    AnalyzedArticle y = PARALLAX.analyze(Article.of("b", "b", LocalDate.of(2021, 12, 3), "", b));
    Passage p = new Passage("p1", 1.0, List.of(new PassageMember("a", List.of(0)), new PassageMember("b", List.of(0))), 1.0);
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("b", EventMembership.MAIN, "test")), List.of(p));
    return Jsoup.parse(HtmlReport.render(Comparers.standard().compare(List.of(x, y), alignment, "test")));
  }

  /** A cell's sentences with the marks that match {@code selector} in brackets ("failed and [said] the West"). */
  @Test
  void eachFramingCueLeadsToTheRowOfItsSentenceWhereItIsUnderlined() {
    String flood = "floods in the Kesra valley forced 12,000 residents from their homes on Monday, the regional governor"
        + " said.";
    Document d = Jsoup.parse(HtmlReport.render(PARALLAX.compare(List.of(
        Article.of("a", "Lindby Courier", null, "", "Massive " + flood + " The old dam may fail again before the"
            + " spring thaw, engineers in Lindby fear."),
        Article.of("b", "Kesra Post", null, "", "The " + flood + " Engineers will inspect the old dam in Lindby on"
            + " Friday.")))));
    Element courier = d.selectFirst("#outlets tr[data-outlet=a]");
    assertThat(courier.text()).endsWith("1 hedge: may; 1 intensifier: Massive");
    assertThat(courier.select("a.cue").eachText()).containsExactly("may", "Massive");
    for (Element cue : courier.select("a.cue")) {
      // the link opens the row of the cue's sentence, and there the cue is underlined
      Element cell = d.selectFirst("tr[data-passage=" + cue.attr("href").substring(1) + "] td[data-article=a]");
      assertThat(cell.select("mark.g-cue").eachText()).contains(cue.text());
      assertThat(cell.select("mark.g-cue").eachAttr("title")).anyMatch(t -> t.contains("framing cue"));
      assertThat(cue.attr("title")).contains(cue.text());
    }
    // near variant: an outlet without cues says so, with nothing to follow
    Element post = d.selectFirst("#outlets tr[data-outlet=b]");
    assertThat(post.select(".cue")).isEmpty();
    assertThat(post.text()).endsWith("none found");
  }

  private static String marked(Element cell, String selector) {
    StringBuilder sb = new StringBuilder();
    for (Node n : cell.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (n instanceof Element e && e.tagName().equals("mark")) {
        sb.append(e.is(selector) ? "[" + e.wholeText() + "]" : e.wholeText());
      }
    }
    return sb.toString();
  }

  @Test
  void cutTextEndsBetweenWords() {
    // a cut falls between two words when one ends near the end of the room, so no word is shown cut short
    assertThat(HtmlReport.truncate("Karl Lind opened the harbour bridge in Lindby on Friday.", 27))
        .isEqualTo("Karl Lind opened the\u2026");
    // one long word is cut where the room ends; a text that fits is left whole
    assertThat(HtmlReport.truncate("Lindbyharbourbridgecouncil", 10)).isEqualTo("Lindbyhar\u2026");
    assertThat(HtmlReport.truncate("Karl Lind   opened it.", 27)).isEqualTo("Karl Lind opened it.");
  }

  @Test
  void escaperCoversTheCharactersThatMatter() {
    assertThat(Html.escape("<script>")).isEqualTo("&lt;script&gt;");
    assertThat(Html.escape("a\"b'c&d")).isEqualTo("a&quot;b&#39;c&amp;d");
    assertThat(Html.escape("a\u0000b\u001bc")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(Html.escape("")).isEmpty();
  }

  @Test
  void aGapTheOmissionsDoNotListIsNotCalledNotReported() {
    // The Courier's ferry crossings (p2): the Post leaves them out (listed below), the Gazette's "The ferry will run
    // more often" may say it in other words, so no omission is listed for it; its cell must not say "not reported".
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p2", 0.2, List.of("courier"), 2, 0.08)), List.of());
    Document d = Jsoup.parse(HtmlReport.render(c));
    Element post = d.selectFirst("tr[data-passage=p2] td[data-article=post]");
    assertThat(post.text()).isEqualTo("not reported");
    assertThat(post.hasClass("unmatched")).isFalse();
    assertThat(post.selectFirst("a").attr("href")).isEqualTo("#" + d.selectFirst("#omissions li").id());
    Element gazette = d.selectFirst("tr[data-passage=p2] td[data-article=gazette]");
    assertThat(gazette.hasClass("gap")).isTrue();
    assertThat(gazette.hasClass("unmatched")).isTrue();
    assertThat(gazette.text()).isEqualTo("not matched");
    assertThat(gazette.selectFirst("span").attr("title")).startsWith("no sentence of Marlow Gazette stands in this row,"
        + " but it is not counted as leaving the passage out: one of its sentences may report the fact in other words");
    assertThat(d.selectFirst("#omissions").text()).doesNotContain("Marlow Gazette gazette leaves out 1");
    assertThat(d.selectFirst("#legend").text()).contains("not matched one that no sentence of this outlet was matched"
        + " with, yet is not counted as left out either");
  }

  @Test
  void anUnrelatedClosestSentenceIsNotShownAsTheOutletsVersion() {
    // The Post "leaves out" the bridge's opening year; its closest sentence, about a detour, shares nothing with it
    // (0.02): shown as "closest", it would read as the Post's version of the fact. The Gazette's closest sentence on
    // the ferry (0.12) is a near miss a reader must see to judge the omission.
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2)),
        BridgeStory.passage("p3", 0.1, BridgeStory.member("courier", 4))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p3", 0.1, List.of("courier"), 2, 0.02),
            BridgeStory.omission(BridgeStory.GAZETTE, "p2", 0.2, List.of("courier"), 2, 0.12)), List.of());
    Document d = Jsoup.parse(HtmlReport.render(c));
    Element post = d.selectFirst("h3[data-omissions=post] + ol li");
    assertThat(post.select("q.closest")).isEmpty();
    assertThat(post.text()).contains("no sentence of Kesra Post comes close (the closest scores 0.02)")
        .doesNotContain("Drivers face a detour");
    Element gazette = d.selectFirst("h3[data-omissions=gazette] + ol li");
    assertThat(gazette.selectFirst("q.closest").text()).isEqualTo("The ferry will run more often while the bridge is"
        + " closed.");
    assertThat(gazette.text()).contains("closest in Marlow Gazette (similarity 0.12, not counted as reporting it)")
        .doesNotContain("comes close");
  }

  @Test
  void anOutletWhosePassagesAreNotMatchedIsNotSaidToLeaveOutNothing() {
    // the Gazette's cells for p2 and p3 are grey "not matched": its heading does not say it leaves out nothing
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2)),
        BridgeStory.passage("p3", 0.1, BridgeStory.member("courier", 4))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p3", 0.1, List.of("courier"), 2, 0.02)), List.of());
    Document d = Jsoup.parse(HtmlReport.render(c));
    assertThat(d.select("td.gap.unmatched[data-article=gazette]")).hasSize(2);
    assertThat(d.selectFirst("h3[data-omissions=gazette]").text())
        .isEqualTo("Marlow Gazette gazette leaves out nothing counted as left out");
    assertThat(d.selectFirst("p[data-unmatched=gazette]").text()).startsWith("2 passages the other outlets carry"
        + " (p2, p3) match none of its sentences, yet are not counted as left out:");
    // the near variant: the Courier carries every passage, and leaves out nothing the others carry
    assertThat(d.selectFirst("h3[data-omissions=courier]").text())
        .isEqualTo("Lindby Courier courier leaves out nothing the other outlets carry");
    assertThat(d.select("p[data-unmatched=courier]")).isEmpty();
  }

  @Test
  void aPassageOnlyTheOutletsOwnOtherArticleCarriesIsNotOneTheOtherOutletsCarry() {
    // the Lindby Courier ran a second, evening article: the ferry timetable only it gives is the Courier's own, so the
    // Courier's morning article is not said to miss a passage "the other outlets carry" (the Gazette leaves it out)
    AnalyzedArticle evening = BridgeStory.article("courier-evening", "Lindby Courier", List.of(
        "Lindby ferry doubles its crossings",
        "The Lindby bridge stays shut after engineers found a crack in its main span.",
        "The ferry now leaves every half hour."), "");
    Comparison c = BridgeStory.with(List.of(BridgeStory.COURIER, evening, BridgeStory.POST, BridgeStory.GAZETTE),
        List.of(BridgeStory.closing(), BridgeStory.passage("p2", 0.3, BridgeStory.member("courier-evening", 2))),
        List.of(BridgeStory.omission(BridgeStory.GAZETTE, "p2", 0.3, List.of("courier-evening"), 2, 0.12)), List.of());
    Document d = Jsoup.parse(HtmlReport.render(c));
    assertThat(d.selectFirst("h3[data-omissions=courier]").text())
        .isEqualTo("Lindby Courier courier leaves out nothing the other outlets carry");
    assertThat(d.select("p[data-unmatched=courier]")).isEmpty();
    // the near variant: for the Post, the Courier is another outlet, and its timetable one the Post does not match
    assertThat(d.selectFirst("h3[data-omissions=post]").text())
        .isEqualTo("Kesra Post post leaves out nothing counted as left out");
    assertThat(d.selectFirst("p[data-unmatched=post]").text()).startsWith("1 passage the other outlets carry (p2)"
        + " matches none of its sentences, yet is not counted as left out:");
  }

  @Test
  void anOutletThatLeavesOutNothingIsSaidToLeaveOutNothing() {
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2), BridgeStory.member("gazette", 2))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p2", 0.2, List.of("courier", "gazette"), 2, 0.08)), List.of());
    Document d = Jsoup.parse(HtmlReport.render(c));
    assertThat(d.selectFirst("h3[data-omissions=courier]").text())
        .isEqualTo("Lindby Courier courier leaves out nothing the other outlets carry");
    assertThat(d.selectFirst("h3[data-omissions=post]").text()).isEqualTo("Kesra Post post leaves out 1 passage");
    assertThat(d.select("#omissions h3")).hasSize(3);
  }

  @Test
  void aQuoteAnOutletPrintsTwiceStandsInOneRow() {
    // The Courier prints Jane Doe's words in its headline and its lead, both in p1; the Post cuts them short. The
    // quotes table gives the Courier one row that says it printed them twice, and the Courier's cell one badge; its
    // other, different words stay a row of their own.
    AnalyzedArticle courier = BridgeStory.article("courier", "Lindby Courier", List.of(
        "Mayor: bridge \u201cwill stay shut all summer\u201d",
        "The Lindby bridge \u201cwill stay shut all summer\u201d, mayor Jane Doe said, adding \u201cwe have no"
            + " choice\u201d."), "");
    AnalyzedArticle post = BridgeStory.article("post", "Kesra Post", List.of("Lindby bridge closed",
        "Mayor Jane Doe said the bridge \u201cwill stay shut\u201d."), "");
    QuoteGroup summer = new QuoteGroup("q1", "Jane Doe", List.of(
        new QuoteVariant("courier", 0, "will stay shut all summer", Fidelity.VERBATIM, Optional.empty(),
            Optional.of("Jane Doe")),
        new QuoteVariant("courier", 1, "will stay shut all summer", Fidelity.VERBATIM, Optional.empty(),
            Optional.of("Jane Doe")),
        new QuoteVariant("courier", 1, "we have no choice", Fidelity.UNIQUE, Optional.empty(), Optional.of("Jane Doe")),
        new QuoteVariant("post", 1, "will stay shut", Fidelity.TRUNCATED, Optional.empty(), Optional.of("Jane Doe"))));
    Comparison c = BridgeStory.with(List.of(courier, post), List.of(new Passage("p1", 1.0,
        List.of(new PassageMember("courier", List.of(0, 1)), new PassageMember("post", List.of(1))), 0.6)), List.of(),
        List.of(summer));
    Document d = Jsoup.parse(HtmlReport.render(c));
    List<String> rows = d.select("#quotes tr.quote").eachText();
    assertThat(rows).hasSize(3);
    assertThat(d.selectFirst("#quotes th[rowspan]").attr("rowspan")).isEqualTo("3");
    assertThat(rows.get(0)).contains("Lindby Courier", "will stay shut all summer", "printed twice by this outlet");
    assertThat(rows.get(1)).contains("we have no choice").doesNotContain("printed");
    assertThat(rows.get(2)).contains("Kesra Post", "will stay shut").doesNotContain("printed");
    assertThat(d.select("tr[data-passage=p1] td[data-article=courier] a.qlink")).hasSize(2);
  }

  @Test
  void articlesWithNothingRemovedAreNamedOnOneLine() {
    // Cleaning took the Courier's newsletter box and nothing from the two others: one fold to open, one line for them
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing()), List.of(), List.of());
    Element removed = Jsoup.parse(HtmlReport.render(c)).selectFirst("#removed");
    assertThat(removed.select("details")).hasSize(1);
    assertThat(removed.selectFirst("details summary").text()).isEqualTo("Lindby Courier courier: 1 removal");
    assertThat(removed.selectFirst("p.untouched").text()).isEqualTo("Nothing was removed from Kesra Post and Marlow"
        + " Gazette.");
    assertThat(removed.text()).doesNotContain("0 removals");
    // nothing removed from any: no fold, no "open to check"
    Comparison none = BridgeStory.with(List.of(BridgeStory.POST, BridgeStory.GAZETTE), List.of(
        BridgeStory.passage("p1", 1.0, BridgeStory.member("post", 1), BridgeStory.member("gazette", 1))), List.of(),
        List.of());
    Element nothing = Jsoup.parse(HtmlReport.render(none)).selectFirst("#removed");
    assertThat(nothing.select("details")).isEmpty();
    assertThat(nothing.text()).isEqualTo("What cleaning removed Nothing was removed from Kesra Post and Marlow Gazette.");
  }
}
