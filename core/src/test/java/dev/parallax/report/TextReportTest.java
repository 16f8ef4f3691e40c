package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The terminal summary of a hand-built comparison of RT, Business Insider and ZeroHedge. */
class TextReportTest {
  private final Comparison sample = SampleComparison.create();
  private final String text = TextReport.render(sample);

  @Test
  void passagesOnlyLaterArticlesCarryAreSaidApartAndNotCountedAsLeftOut() {
    String t = TextReport.render(SampleComparison.withReportedLater(sample, "001_rt", "p5"));
    assertThat(t).contains("RT leaves out 1 passage:")
        .contains("    also 1 passage reported only by later articles, not counted as left out: p5\n");
    String all = TextReport.render(SampleComparison.withReportedLater(sample, "003_zh", "p5", "p6"));
    assertThat(all).contains("  ZeroHedge: 2 passages reported only by later articles, not counted as left out: p5, p6\n")
        .doesNotContain("ZeroHedge leaves out");
    // unmarked, every omission counts and nothing is said of later articles
    assertThat(text).contains("RT leaves out 2 passages").doesNotContain("later articles");
  }

  @Test
  void anArticleItsPageMarksAsOpinionIsNamedUnderTheEvent() {
    String t = TextReport.render(SampleComparison.withOpinionKicker(sample, "003_zh"));
    assertThat(t).contains("military confrontation in Europe\n"
        + "ZeroHedge: the page marks it as opinion (kicker \"Opinion\")\n");
    assertThat(text).doesNotContain("the page marks it");
  }

  @Test
  void namesTheEventAndTheOutlets() {
    assertThat(text).startsWith("Parallax: 4 articles, 3 outlets on the main event, 6 passages");
    assertThat(text).contains("Event: Lavrov warns of return to 'nightmare'");
    assertThat(text).containsPattern("\n  RT\\s+71%\\s+33%\\s+1\n");
    assertThat(text).containsPattern("\n  ZeroHedge\\s+81%");
  }

  @Test
  void coverageOmissionAndOnlyHereAreExplainedUnderTheTable() {
    assertThat(text.replace("\n  ", " ")).contains("(coverage: how much of the whole story, weighted by salience, the"
        + " outlet carries; omission: how much of what the other outlets report it leaves out, weighted by salience too,"
        + " so passages at salience 0.00 add nothing to it; only-here: passages no other outlet carries)\n");
    assertThat(text.lines().filter(l -> l.length() > 110)).as("note lines wrapped").noneMatch(l -> l.contains("omission"));
  }

  @Test
  void anOmissionScoreOfZeroBesideLeftOutPassagesIsExplained() {
    // the Kesra Post leaves out only the Lindby Courier's last sentence, which no other outlet carries: salience 0.00,
    // so its omission score is 0% although it "leaves out 1 passage"; the note under the table says why
    List<Article> two = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge shut\n\nThe Lindby bridge was shut on Monday after"
            + " engineers found a crack in its main span, mayor Jane Doe said. Karl Lind, who runs the ferry, will add"
            + " two crossings a day.\n"),
        Article.of("b", "Kesra Post", null, "", "Lindby bridge shut\n\nThe Lindby bridge was shut on Monday after"
            + " engineers found a crack in its main span, mayor Jane Doe said.\n"));
    Comparison c = Parallax.create().compare(two);
    String summary = TextReport.render(c);
    assertThat(summary).containsPattern("\n  Kesra Post\\s+\\d+%\\s+0%").contains("Kesra Post leaves out 1 passage");
    assertThat(summary.replace("\n  ", " ")).contains("weighted by salience too, so passages at salience 0.00 add"
        + " nothing to it");
    assertThat(Jsoup.parse(HtmlReport.render(c)).selectFirst("#legend").text()).contains("the omission score is the share"
        + " of what the other outlets report that it leaves out, weighted by salience too, so passages at salience 0.00"
        + " add nothing to it");
  }

  @Test
  void theHeaderSaysHowManyPassagesTwoOutletsShare() {
    // six passages, four of them carried by two or three outlets: "6 passages" alone reads as six shared facts
    assertThat(text).startsWith("Parallax: 4 articles, 3 outlets on the main event, 6 passages, 4 of them carried by"
        + " two or more outlets (similarity: ");
    assertThat(Jsoup.parse(HtmlReport.render(sample)).selectFirst("header p.sub").text())
        .startsWith("4 articles compared; 6 passages (facts, claims, quotes) from RT, Business Insider and ZeroHedge,"
            + " 4 of them carried by two or more outlets;");
    // outlets, not articles: when two of the articles are one outlet's, the passage only they carry is not shared
    Comparison twoOutlets = withOneOutlet(SampleComparison.create(), "Lindby Courier", "001_rt", "003_zh");
    assertThat(TextReport.render(twoOutlets)).startsWith("Parallax: 4 articles, 2 outlets on the main event, 6 passages,"
        + " 3 of them carried by two or more outlets (");
    // and one outlet's articles are counted by article: what two of them carry is still said (39th session)
    assertThat(TextReport.render(withOneOutlet(SampleComparison.create(), "Lindby Courier", "001_rt", "002_bi", "003_zh")))
        .startsWith("Parallax: 4 articles, 1 outlet on the main event, 6 passages, 4 of them carried by two or more of"
            + " its articles (similarity: ");
  }

  @Test
  void noQuotesIsSaidInWordsNotAsARowOfZeros() {
    assertThat(TextReport.render(withQuotes(sample))).contains("\nQuotes\n  No quotes found.\n\nDiscrepancies")
        .doesNotContain("0 quotes found");
    // one outlet's quote alone: nothing another outlet prints to check it against
    String alone = TextReport.render(withQuotes(sample, new QuoteGroup("q1", "Jane Doe", List.of(
        new QuoteVariant("002_bi", 1, "The bridge stays shut until spring", Fidelity.UNIQUE, Optional.empty())))));
    assertThat(alone).contains("\n  1 quote found, none printed by more than one outlet, so no version can be checked"
        + " against another\n").doesNotContain("0 times");
  }

  @Test
  void eachOutletsFramingCuesAreListedWithTheirWords() {
    assertThat(text).contains("\nFraming (cues in each outlet's own words");
    assertThat(text).contains("\n  ZeroHedge: 2 attributions (claimed, claims)\n");
    assertThat(text).contains("\n  Business Insider: none found\n");
  }

  @Test
  void outletLabelsAreNeitherCutNorRepeatTheFileId() {
    Comparison c = SampleComparison.create();
    var renamed = c.articles().stream().map(a -> a.id().equals("002_bi")
        ? new dev.parallax.analyze.AnalyzedArticle(a.article().withMetadata("A Very Long Outlet Name Of The Evening Press",
            a.article().published()), a.sentences(), a.quotes(), a.mentions())
        : a.id().equals("001_rt")
        ? new dev.parallax.analyze.AnalyzedArticle(a.article().withMetadata("001_rt", a.article().published()),
            a.sentences(), a.quotes(), a.mentions())
        : a).toList();
    String t = TextReport.render(new Comparison(c.similarity(), renamed, c.events(), c.passages(), c.wording(),
        c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()));
    assertThat(t).containsPattern("\n  A Very Long Outlet Name Of The Evening Press\\s+76%")
        .containsPattern("\n  001_rt\\s+71%").doesNotContain("(001_rt)").doesNotContain("\u2026 ");
  }

  @Test
  void quotesAndCopyingAreSaidInPlainWords() {
    assertThat(text).contains("2 quotes found, 1 of them printed by more than one outlet, 1 of those in the same words"
        + " by two outlets or more");
    assertThat(text).contains("ZeroHedge reuses 59 characters of RT's text (RT published first, on 2021-12-02;"
        + " ZeroHedge on 2021-12-03)");
  }

  @Test
  void aQuoteInTwoArticlesOfOneOutletIsNotPrintedByTwoOutlets() {
    // RT's article and ZeroHedge's become two articles of Business Insider: "nightmare scenario of military
    // confrontation" is then printed by one outlet only, three times
    String t = TextReport.render(withOneOutlet(SampleComparison.create(), "Business Insider", "001_rt", "003_zh"));
    assertThat(t).contains("2 quotes found, none printed by more than one outlet\n");
  }

  @Test
  void aQuoteOneOutletRepeatsIsNotQuotedInTheSameWordsAsAnother() {
    // the Lindby Courier's two articles print Jane Doe's words alike, the Kesra Post other words: the Courier
    // repeats itself, and no outlet quotes the same words as another
    Comparison c = withOneOutlet(withOneOutlet(SampleComparison.create(), "Lindby Courier", "001_rt", "003_zh"),
        "Kesra Post", "002_bi");
    String t = TextReport.render(withQuotes(c, new QuoteGroup("q1", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge is shut for the winter", Fidelity.ALTERED, Optional.empty()),
        new QuoteVariant("003_zh", 1, "the bridge stays shut until spring.", Fidelity.VERBATIM, Optional.empty())))));
    assertThat(t).contains("1 quote found, 1 of them printed by more than one outlet, none of those in the same words"
        + " by two outlets or more");
    // and when the Kesra Post prints those words too, each of the three versions is the same words as another outlet's
    String same = TextReport.render(withQuotes(c, new QuoteGroup("q1", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("003_zh", 1, "the bridge stays shut until spring.", Fidelity.VERBATIM, Optional.empty())))));
    assertThat(same).contains("1 quote found, 1 of them printed by more than one outlet, 1 of those in the same words"
        + " by two outlets or more");
  }

  /** The comparison with {@code quotes} in place of its own, everything else as it was. */
  private static Comparison withQuotes(Comparison c, QuoteGroup... quotes) {
    return new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(), c.framing(),
        List.of(quotes), c.reuse(), c.discrepancies(), c.omissions(), c.outlets());
  }

  @Test
  void theHeaderCountsOutletsNotArticles() {
    // the same: three articles on the main event, all of one outlet
    String t = TextReport.render(withOneOutlet(SampleComparison.create(), "Business Insider", "001_rt", "003_zh"));
    assertThat(t).startsWith("Parallax: 4 articles, 1 outlet on the main event, 6 passages");
  }

  /** The comparison with the articles {@code ids} given to {@code outlet}, everything else as it was. */
  private static Comparison withOneOutlet(Comparison c, String outlet, String... ids) {
    List<String> moved = List.of(ids);
    var articles = c.articles().stream().map(a -> moved.contains(a.id())
        ? new dev.parallax.analyze.AnalyzedArticle(a.article().withMetadata(outlet, a.article().published()),
            a.sentences(), a.quotes(), a.mentions())
        : a).toList();
    return new Comparison(c.similarity(), articles, c.events(), c.passages(), c.wording(), c.framing(), c.quotes(),
        c.reuse(), c.discrepancies(), c.omissions(), c.outlets());
  }

  @Test
  void topPassagesSayWhoCarriesThem() {
    assertThat(text).contains("p1   salience 0.95  carried by RT, Business Insider, ZeroHedge");
    assertThat(text).contains("p3   salience 0.70  carried by Business Insider, ZeroHedge");
  }

  @Test
  void aPassageMostOutletsCarryIsCountedAndTheOnesLeftOutAreNamed() {
    // five outlets: all five report the repairs, four the crack; ten names on a line are hard to check, "all but
    // the Eastvale Herald" is not
    String crack = "The Lindby bridge was shut on Monday after engineers found a crack in its main span.";
    String repairs = "Mayor Jane Doe said the repairs would take a month and cost 2 million crowns.";
    List<Article> five = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge shut\n\n" + crack + " " + repairs + "\n"),
        Article.of("b", "Kesra Post", null, "", "Crack shuts Lindby bridge\n\n" + crack + " " + repairs + "\n"),
        Article.of("c", "Norrby Times", null, "", "Lindby bridge closed\n\n" + crack + " " + repairs + "\n"),
        Article.of("d", "Strand Radio", null, "", "Bridge shut in Lindby\n\n" + crack + " " + repairs + "\n"),
        Article.of("e", "Eastvale Herald", null, "", "Lindby repairs to take a month\n\n" + repairs + "\n"));
    Comparison c = Parallax.create().compare(five);
    String summary = TextReport.render(c);
    assertThat(summary).contains("  carried by 4 of 5 outlets, all but Eastvale Herald\n")
        .contains("  carried by all 5 outlets\n")
        .containsPattern("\n  Eastvale Herald leaves out [^\n]*\n    p\\d+ +salience [0-9.]+, in all 4 other outlets: ")
        .doesNotContain("Lindby Courier, Kesra Post, Norrby Times, Strand Radio");
    // when one outlet gave two of the articles, the names are listed: a count of outlets would not match them
    List<Article> twoOfOne = five.stream().map(x -> x.id().equals("d")
        ? x.withMetadata("Kesra Post", x.published()) : x).toList();
    assertThat(TextReport.render(Parallax.create().compare(twoOfOne)))
        .contains("carried by Lindby Courier, Kesra Post b, Norrby Times, Kesra Post d")
        .doesNotContain("all but");
  }

  @Test
  void topOmissionsComeMostSalientFirst() {
    assertThat(text).contains("RT leaves out 2 passages:\n    p3   salience 0.70, in Business Insider, ZeroHedge: "
        + "Ukraine says Russia has massed 94,000 troops");
    assertThat(text.indexOf("    p3 ")).isLessThan(text.indexOf("    p5 "));
  }

  @Test
  void reportsQuoteFidelityDiscrepanciesCopyingAndOtherEvents() {
    assertThat(text).contains("altered: Business Insider quotes Sergei Lavrov as \"nightmarish\"");
    assertThat(text).contains("number in p3: Business Insider \"94,000 troops\" vs ZeroHedge \"more than 90,000 Russian troops\"");
    assertThat(text).contains("ZeroHedge reuses 59 characters of RT's text (RT published first");
    assertThat(text).contains("About another event (left out)\n  unnamed outlet: published 22 days after");
  }

  @Test
  void terminalControlCharactersInArticleTextAreNeutralised() {
    String t = TextReport.render(SampleComparison.create("Evil \u001b[2J\u001b]0;title\u0007 text \u202Ereversed"));
    assertThat(t).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E");
  }

  @Test
  void outletsSharingANameAreToldApartByTheirIds() {
    Comparison c = SampleComparison.create();
    var renamed = c.articles().stream().map(a -> a.id().equals("001_rt") || a.id().equals("003_zh")
        ? new dev.parallax.analyze.AnalyzedArticle(a.article().withMetadata("unnamed outlet", a.article().published()),
            a.sentences(), a.quotes(), a.mentions())
        : a).toList();
    Comparison twins = new Comparison(c.similarity(), renamed, c.events(), c.passages(), c.wording(), c.framing(),
        c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets());
    assertThat(TextReport.render(twins)).contains("unnamed outlet 003_zh reuses 59 characters of unnamed outlet 001_rt's text");
    assertThat(HtmlReport.render(twins)).contains("carried by unnamed outlet 001_rt");
  }

  @Test
  void outletsThatAgreeAreListedTogetherAgainstTheOneThatDiffers() {
    String flood = "Floods in the Kesra valley forced %s residents from their homes on %s, the regional governor said.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", null, "", String.format(flood, "12,000", "Monday")),
        Article.of("b", "Kesra Post", null, "",
            String.format(flood.replace("residents", "valley residents"), "12,000", "Monday")),
        Article.of("c", "Norrby Times", null, "", String.format(flood, "15,000", "Tuesday"))));
    assertThat(TextReport.render(c))
        .containsPattern("number in p\\d+: Lindby Courier \"12,000 residents\" and Kesra Post \"12,000 valley "
            + "residents\" vs Norrby Times \"15,000 residents\"\n")
        .containsPattern("date in p\\d+: Lindby Courier and Kesra Post \"Monday\" vs Norrby Times \"Tuesday\"\n");
    // three outlets, three figures: each against the others
    Comparison three = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", null, "", String.format(flood, "12,000", "Monday")),
        Article.of("b", "Kesra Post", null, "", String.format(flood, "14,000", "Monday")),
        Article.of("c", "Norrby Times", null, "", String.format(flood, "15,000", "Monday"))));
    assertThat(TextReport.render(three)).containsPattern("number in p\\d+: Lindby Courier \"12,000 residents\" vs "
        + "Kesra Post \"14,000 residents\" vs Norrby Times \"15,000 residents\"\n");
  }

  @Test
  void aDiscrepancyShowsTheWordsAroundEachValue() {
    // The passage opens with a headline that states neither day: the summary shows where each day is written.
    String lead = "Floods in the Kesra valley forced 12,000 residents from their homes on %s, the regional governor"
        + " said at a briefing in Lindby after a night of rain.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", null, "Kesra valley floods drive thousands from their homes",
            String.format(lead, "Monday")),
        Article.of("b", "Norrby Times", null, "Kesra valley floods drive thousands from their homes",
            String.format(lead, "Tuesday"))));
    String text = TextReport.render(c);
    assertThat(text).containsPattern("date in p\\d+: Lindby Courier \"Monday\" vs Norrby Times \"Tuesday\"\n"
        + "    Lindby Courier: \"\\.\\.\\.[^\"\n]* from their homes on Monday, the regional governor said[^\"\n]*\"\n"
        + "    Norrby Times: \"\\.\\.\\.[^\"\n]* from their homes on Tuesday, the regional governor said[^\"\n]*\"\n");
  }

  @Test
  void copyingWhoseDirectionOnlyTheInputOrderGivesStatesNone() {
    // Same day, no credit, as much of their own text around the shared words: nothing tells which came first.
    String shared = "Fire crews fought the blaze at the Kesra paper mill for six hours before it was brought under"
        + " control shortly after midnight, and the regional fire service said the storage hall where it started was"
        + " destroyed. Two hundred workers were sent home and the mill will stay closed until the end of the week,"
        + " the owner told reporters at the gate on Wednesday morning.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", java.time.LocalDate.of(2026, 5, 6), "", "Smoke hung over Kesra all night. "
            + shared + " Residents were told to keep their windows shut."),
        Article.of("b", "Norrby Times", java.time.LocalDate.of(2026, 5, 6), "", "Kesra woke to a sky full of ash. "
            + shared + " Schools nearby opened as usual on Wednesday.")));
    assertThat(c.reuse()).singleElement().satisfies(r -> {
      assertThat(r.basis()).isEqualTo(dev.parallax.compare.ReuseBasis.INPUT_ORDER);
      // the JSON keeps the direction the comparer took, with its basis
      assertThat(r.from()).isEqualTo("a");
    });
    String text = TextReport.render(c);
    assertThat(text).containsPattern("\n  Norrby Times and Lindby Courier share \\d+ characters \\(which came first is"
        + " unknown\\)\n").doesNotContain("reuses").doesNotContain("was given first");
    assertThat(HtmlReport.render(c)).containsPattern("<b>Norrby Times</b> and <b>Lindby Courier</b> share \\d+"
        + " characters <span class=\"meta\">\\(which came first is unknown").doesNotContain("</b> reuses ");
    // near variant: a day apart, the earlier one is the source, and the line says so
    Comparison dated = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", java.time.LocalDate.of(2026, 5, 6), "", "Smoke hung over Kesra all night. "
            + shared + " Residents were told to keep their windows shut."),
        Article.of("b", "Norrby Times", java.time.LocalDate.of(2026, 5, 7), "", "Kesra woke to a sky full of ash. "
            + shared + " Schools nearby opened as usual on Wednesday.")));
    assertThat(TextReport.render(dated)).contains("Norrby Times reuses ").contains(" characters of Lindby Courier's text"
        + " (Lindby Courier published first, on 2026-05-06");
  }

  @Test
  void aValueFoundInAnotherPassageNamesIt() {
    assertThat(TextReport.render(TollInTwoPassages.create()))
        .contains("number in p3: Lindby Courier \"At least 230 people\" (in p2) vs Kesra Post \"223 people\"\n");
  }

  @Test
  void anArticleWithTwoValuesIsNamedOnce() {
    Comparison c = SampleComparison.create();
    var d = c.discrepancies().get(0);
    var bi = d.values().get(0);
    var second = new dev.parallax.compare.Discrepancy.Value(bi.article(), "95,000 troops", bi.sentence(), bi.start(),
        bi.start() + 13);
    var values = new java.util.ArrayList<>(d.values());
    values.add(1, second);
    Comparison two = new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(), c.framing(),
        c.quotes(), c.reuse(), List.of(new dev.parallax.compare.Discrepancy(d.kind(), d.passage(), values)),
        c.omissions(), c.outlets());
    assertThat(TextReport.render(two)).contains("number in p3: Business Insider \"94,000 troops\", \"95,000 troops\" "
        + "vs ZeroHedge \"more than 90,000 Russian troops\"");
  }

  @Test
  void theSameAlteredQuotePrintedTwiceIsListedOnce() {
    Comparison c = SampleComparison.create();
    var twice = new QuoteGroup("q9", "Sergei Lavrov", List.of(
        new QuoteVariant("002_bi", 0, "nightmarish", Fidelity.ALTERED,
            Optional.empty()),
        new QuoteVariant("002_bi", 2, "nightmarish", Fidelity.ALTERED,
            Optional.empty())));
    Comparison doubled = new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(),
        c.framing(), List.of(twice), c.reuse(), c.discrepancies(), c.omissions(), c.outlets());
    String t = TextReport.render(doubled);
    assertThat(t.split("quotes Sergei Lavrov as \"nightmarish\"", -1)).hasSize(2);
  }

  @Test
  void twoVersionsNeitherConfirmedAreOneFindingNotTwoAccusations() {
    Comparison c = SampleComparison.create();
    String t = renderWithQuotes(c, new QuoteGroup("q9", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.ALTERED, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge is shut for the winter", Fidelity.ALTERED, Optional.empty()))));
    assertThat(t).contains("  altered: the versions of Jane Doe's words differ in p1 (RT: \"The bridge stays shut until"
        + " spring\"; Business Insider: \"The bridge is shut for the winter\"); which is the speaker's is unknown\n")
        .doesNotContain("quotes Jane Doe as");

    // when a third outlet prints the RT's words, the Business Insider's version is the one that differs
    String confirmed = renderWithQuotes(c, new QuoteGroup("q9", "Jane Doe", List.of(
        new QuoteVariant("001_rt", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 1, "The bridge is shut for the winter", Fidelity.ALTERED, Optional.empty()),
        new QuoteVariant("003_zh", 1, "The bridge stays shut until spring", Fidelity.VERBATIM, Optional.empty()))));
    assertThat(confirmed).contains("altered: Business Insider quotes Jane Doe as \"The bridge is shut for the winter\"")
        .doesNotContain("which is the speaker's is unknown");
  }

  @Test
  void wordsThatTwoOutletsGiveToTwoPeopleAreSaidToBeAttributedDifferently() {
    Comparison c = SampleComparison.create();
    String words = "This bridge will finally connect the two halves of our town,";
    String t = renderWithQuotes(c, new QuoteGroup("q9", "Karl Lind", List.of(given("001_rt", 0, words, "Karl Lind"),
        given("002_bi", 2, words, "Jane Doe"), given("003_zh", 1, words, "Karl J. Lind Jr."))));
    assertThat(t).contains("  attributed differently: RT gives \"" + words + "\" to Karl Lind, Business Insider to Jane "
        + "Doe, ZeroHedge to Karl J. Lind Jr.\n");

    // one person's name written two ways, or a document that carries the words, is no other attribution
    assertThat(renderWithQuotes(c, new QuoteGroup("q9", "Karl Lind", List.of(given("001_rt", 0, words, "Karl Lind"),
        given("002_bi", 2, words, "statement"), given("003_zh", 1, words, "Karl J. Lind Jr.")))))
        .doesNotContain("attributed differently");
  }

  /** A verbatim version of {@code words} that the outlet of {@code article} gives to {@code speaker}. */
  private static QuoteVariant given(String article, int sentence, String words, String speaker) {
    return new QuoteVariant(article, sentence, words, Fidelity.VERBATIM, Optional.empty(), Optional.of(speaker));
  }

  /** The text summary of {@code c} with {@code quote} in place of its own quotes. */
  private static String renderWithQuotes(Comparison c, QuoteGroup quote) {
    return TextReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(),
        c.framing(), List.of(quote), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()));
  }

  @Test
  void anOutletThatOnlyRestatesAQuoteNeitherPrintsItNorQuotesItsWords() {
    // the Herald quotes Karl Lind, the Courier restates him: the quoted version is what the paraphrase is read against
    var restated = new QuoteGroup("q9", "Karl Lind", List.of(
        new QuoteVariant("001_rt", 0, "The ferry to Lindby will run every hour from May", Fidelity.VERBATIM,
            Optional.empty()),
        new QuoteVariant("002_bi", 2, "Karl Lind said the Lindby ferry would run hourly from May", Fidelity.PARAPHRASE,
            Optional.empty())));
    // the Courier's sentence is no second printing of the quote: only the Herald prints it
    assertThat(renderWithQuotes(SampleComparison.create(), restated)).contains("1 quote found, none printed by more"
        + " than one outlet\n");
    // beside a third outlet's same words the quote is shared and quoted alike, the restatement changing neither
    var quoted = new QuoteGroup("q9", "Karl Lind", List.of(restated.variants().get(0), restated.variants().get(1),
        new QuoteVariant("003_zh", 1, "The ferry to Lindby will run every hour from May", Fidelity.VERBATIM,
            Optional.empty())));
    assertThat(renderWithQuotes(SampleComparison.create(), quoted)).contains("1 quote found, 1 of them printed by more"
        + " than one outlet, 1 of those in the same words by two outlets or more");
  }

  @Test
  void aFullerVersionOthersCutOrChangeIsNotQuotedInTheSameWordsAsAnother() {
    // the Herald's version is verbatim because the Courier cuts it short and the Post changes a word: no two outlets
    // print the same words
    var cut = new QuoteGroup("q9", "Karl Lind", List.of(
        new QuoteVariant("001_rt", 0, "The ferry will run every hour, and the bridge will reopen in May",
            Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 2, "the bridge will reopen in May", Fidelity.TRUNCATED, Optional.empty()),
        new QuoteVariant("003_zh", 1, "The ferry will run each hour, and the bridge will reopen in May",
            Fidelity.ALTERED, Optional.empty())));
    assertThat(renderWithQuotes(SampleComparison.create(), cut)).contains("1 quote found, 1 of them printed by"
        + " more than one outlet, none of those in the same words by two outlets or more");
  }

  @Test
  void aParaphraseIsNotCalledAQuote() {
    Comparison c = SampleComparison.create();
    var restated = new QuoteGroup("q9", "Sergei Lavrov", List.of(
        new QuoteVariant("001_rt", 0, "We are seeing a return to the nightmare",
            Fidelity.VERBATIM, Optional.empty()),
        new QuoteVariant("002_bi", 2, "Lavrov said Europe was returning to a nightmare",
            Fidelity.PARAPHRASE, Optional.empty())));
    String t = TextReport.render(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(),
        c.framing(), List.of(restated), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()));
    assertThat(t).contains("paraphrase: Business Insider gives Sergei Lavrov's words without quotation marks: "
        + "\"Lavrov said Europe was returning to a nightmare\"").doesNotContain("quotes Sergei Lavrov as");
  }

  @Test
  void aMainArticleDatedYearsAfterTheOtherIsNamedInTheSummaryAndThePage() {
    // 2099 typed for 2024: both reports tell one story, and the reader of the summary or the page is told to check it
    Article courier = Article.of("courier", "Lindby Courier", LocalDate.of(2024, 5, 6), "", "Lindby opens its library"
        + "\n\nMayor Jane Doe opened the new Lindby library on Tuesday. The building cost 4 million crowns, the council"
        + " said.\n");
    Article post = Article.of("post", "Lindby Post", LocalDate.of(2099, 5, 6), "", "Library opens in Lindby\n\nThe new"
        + " library in Lindby opened on Tuesday, and Mayor Jane Doe cut the ribbon. The building cost 4 million crowns."
        + "\n");
    Comparison c = Parallax.create().compare(List.of(courier, post));

    String note = "Lindby Post is dated 2099-05-06, 75 years after the latest other article (2024-05-06): the date sets"
        + " no article apart but is taken as given for which came first; check it";
    assertThat(TextReport.render(c)).contains("\nNote: " + note + "\n");
    assertThat(Jsoup.parse(HtmlReport.render(c)).select("header p.note").eachText()).containsExactly(note);
  }

  @Test
  void articlesThatShareNoFactAreSaidToShareNone() {
    // three columns on three subjects: every fact of each is the others' "omission", which the summary says up front
    List<Article> columns = List.of(
        Article.of("o1", "Lindby Courier", null, "", "Why Lindby needs a new harbour\n\nThe old harbour of Lindby has"
            + " served the town for a century. It is time to build a new one. Fishermen deserve better docks.\n"),
        Article.of("o2", "Kesra Post", null, "", "The council should stop taxing bakers\n\nEvery morning the bakers of"
            + " Kesra rise before dawn. The council rewards them with a tax that no other trade pays.\n"),
        Article.of("o3", "Eastvale Herald", null, "", "Our schools are failing our children\n\nTeachers in Eastvale"
            + " tell me the classrooms are crowded. Parents say the books are old.\n"));
    Comparison c = Parallax.create().compare(columns);
    assertThat(TextReport.render(c)).contains("\nNote: No fact is carried by two of these articles");
    assertThat(HtmlReport.render(c)).contains("<p class=\"note\">No fact is carried by two of these articles");
    // nor do the header and the heading say otherwise
    assertThat(TextReport.render(c)).containsPattern("^Parallax: 3 articles, 3 outlets on the main event, \\d+ passages,"
        + " none of them carried by two outlets \\(");
    Document page = Jsoup.parse(HtmlReport.render(c));
    assertThat(page.selectFirst("header h1").text()).isEqualTo("How 3 outlets report the event, with no fact in common");
    assertThat(page.selectFirst("header p.sub").text()).contains(", none of them carried by two outlets");
    assertThat(Jsoup.parse(HtmlReport.render(sample)).selectFirst("header h1").text())
        .isEqualTo("How 3 outlets report the same event");
    // nor does an article's reason claim names it does not share
    assertThat(c.events()).extracting(e -> e.reason()).allSatisfy(r -> assertThat(r)
        .doesNotContain("its names and figures are theirs").contains("nothing sets it apart"));
    assertThat(text).doesNotContain("No fact is carried");
    assertThat(HtmlReport.render(sample)).doesNotContain("No fact is carried");
  }

  @Test
  void framingCueKindsAreWrittenInWordsNotAsJsonNames() {
    // a scare quote is "scare quote" to a reader; "scareQuote" is the JSON's name for it
    List<Article> two = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge closes\n\nThe council closed the Lindby bridge on"
            + " Friday as a \u201cprecaution\u201d after the storm.\n"),
        Article.of("b", "Kesra Post", null, "", "Storm shuts Lindby bridge\n\nThe Lindby bridge was closed on Friday"
            + " after the storm, mayor Eva Strand said.\n"));
    Comparison c = Parallax.create().compare(two);
    assertThat(TextReport.render(c)).contains("\n  Lindby Courier: 1 scare quote (\u201cprecaution\u201d)\n")
        .doesNotContain("scareQuote");
    // the HTML lists each cue, linked to its sentence's row (40th session)
    assertThat(Jsoup.parse(HtmlReport.render(c)).selectFirst("#outlets tr[data-outlet=a] td:last-child").text())
        .isEqualTo("1 scare quote: \u201cprecaution\u201d");
    assertThat(HtmlReport.render(c)).doesNotContain(">1 scareQuote");
  }

  @Test
  void twoVersionsOfOneOutletsArticleAreSaidToBeSoWithTheirTimes() {
    String story = "A fire destroyed the old grain store on the Lindby quay overnight, and crews from three towns fought it"
        + " until dawn, the harbour master said.\n\nNobody was hurt, but the smoke closed the coast road for four hours"
        + " while the wind carried it inland.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("updated", "Lindby Gazette", java.time.LocalDate.of(2030, 5, 11), "", "Grain store burns\n\n"
            + "Updated: May 11, 2030 9:40 AM\n\n" + story + "\n\nThe owner said he would rebuild."),
        Article.of("early", "Lindby Gazette", java.time.LocalDate.of(2030, 5, 11), "", "Grain store burns\n\n"
            + "May 11, 2030 7:05 AM\n\n" + story)));
    assertThat(TextReport.render(c)).containsPattern("\n  Lindby Gazette updated reuses \\d+ characters of Lindby"
        + " Gazette early's text \\(Lindby Gazette early published first, on 2030-05-11 at 07:05; Lindby Gazette updated"
        + " at 09:40\\); two versions of one outlet's article\n");
    assertThat(HtmlReport.render(c)).contains("<span class=\"meta\">(two versions of one outlet's article)</span>");
  }

  @Test
  void twoCopiesOfOneArticleAreSaidToBeTheSameText() {
    // the same file given twice under two names: the reader is told so, not only that one "reuses" the other
    String story = "Lindby bridge shut\n\nThe Lindby bridge was shut on Monday after engineers found a crack in its"
        + " main span, mayor Jane Doe said. Repairs will take a month, and traffic will go through Norrby.\n";
    Comparison same = Parallax.create().compare(List.of(Article.of("a", "a", null, "", story),
        Article.of("a2", "a2", null, "", story)));
    assertThat(TextReport.render(same)).contains("\nCopying\n  a2 is the same text as a\n");
    Comparison edited = Parallax.create().compare(List.of(Article.of("a", "a", null, "", story),
        Article.of("a2", "a2", null, "", story.replace("a month", "six weeks"))));
    assertThat(TextReport.render(edited)).doesNotContain("the same text as");
  }

  @Test
  void framingCountsReadAsPluralsAboveOne() {
    // "2 hedge" reads as a slip: a count of two or more takes the plural, in the text and in the HTML alike
    List<Article> two = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge shuts\n\nThe Lindby bridge may close on Friday"
            + " and reportedly needs new railings, mayor Eva Strand said.\n"),
        Article.of("b", "Kesra Post", null, "", "Lindby bridge to close\n\nThe Lindby bridge will close on Friday"
            + " for new railings, mayor Eva Strand said.\n"));
    Comparison c = Parallax.create().compare(two);
    assertThat(TextReport.render(c)).contains("\n  Lindby Courier: 2 hedges (may, reportedly)\n");
    assertThat(Jsoup.parse(HtmlReport.render(c)).selectFirst("#outlets tr[data-outlet=a] td:last-child").text())
        .isEqualTo("2 hedges: may, reportedly");
  }

  @Test
  void aLeadAtSalienceZeroIsExplainedNotLeftToReadAsWorthless() {
    // Lindby Courier gives a headline and one paragraph, which no other outlet carries: its lead is the last
    // sentence of its text and one outlet's, so its salience is 0.00. The reader is told what that figure weighs.
    List<Article> two = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge shut\n\nKarl Lind, who runs the ferry, said he would"
            + " add two crossings a day while the bridge stays closed.\n"),
        Article.of("b", "Kesra Post", null, "", "Lindby bridge shut\n\nThe Lindby bridge was shut on Monday after"
            + " engineers found a crack in its main span, mayor Jane Doe said. Repairs will take a month.\n"));
    Comparison c = Parallax.create().compare(two);
    assertThat(c.passages()).anySatisfy(p -> assertThat(p.salience()).isZero());
    String summary = TextReport.render(c);
    assertThat(summary).contains("\n  (salience, 0 to 1: 0.7 for the share of the event's other outlets that carry it");
    assertThat(summary.replace("\n  ", " ")).contains(" so 0.00 marks a passage one outlet carries at the end of its"
        + " text, which in a text of a headline and one paragraph is its lead)\n");
    assertThat(summary.lines().filter(l -> l.length() > 110)).as("note lines wrapped").noneMatch(l -> l.contains("salience,"));
    Document page = Jsoup.parse(HtmlReport.render(c));
    for (var p : c.passages()) {
      String meta = page.selectFirst("tr[data-passage=" + p.id() + "] th.pcol .meta").text();
      assertThat(meta.contains("(one outlet, at the end of its text)")).as(meta).isEqualTo(p.salience() < 0.005);
    }
    assertThat(page.selectFirst("#legend").text()).contains("0.00 marks a passage one outlet carries at the end of its text");
    // and a comparison with no passage at 0.00 carries no such note
    assertThat(text).doesNotContain("(salience, 0 to 1");
  }

  @Test
  void aQuoteFindingNamesItsPassageAndTheVersionItWasJudgedAgainst() {
    // "truncated" alone cannot be checked: the reader needs the fuller words and where they stand
    List<Article> two = List.of(
        Article.of("a", "Lindby Courier", null, "", "Lindby bridge stays shut\n\nThe Lindby bridge will stay shut,"
            + " mayor Jane Doe said on Friday. \u201cThe bridge will stay closed until the engineers have checked its"
            + " deck and its railings,\u201d Doe said.\n"),
        Article.of("b", "Kesra Post", null, "", "Lindby bridge to stay closed\n\nMayor Jane Doe said on Friday the"
            + " Lindby bridge \u201cwill stay closed until the engineers have checked its deck.\u201d\n"));
    String summary = TextReport.render(Parallax.create().compare(two));
    assertThat(summary).containsPattern("truncated: Kesra Post quotes Jane Doe as \"[^\n]*\"\n    in p\\d+;"
        + " Lindby Courier's version: \"The bridge will stay closed until the engineers have checked its"
        + " deck and its railings\"\n");
  }

  @Test
  void aPassageOnlyTheOutletsOwnOtherArticleCarriesIsNotOneTheOtherOutletsCarry() {
    // the Lindby Courier's evening article alone gives the ferry timetable: its morning article leaves out nothing the
    // other outlets carry, while for the Post it is a passage of another outlet that no sentence of the Post matches
    dev.parallax.analyze.AnalyzedArticle evening = BridgeStory.article("courier-evening", "Lindby Courier", List.of(
        "Lindby ferry doubles its crossings",
        "The Lindby bridge stays shut after engineers found a crack in its main span.",
        "The ferry now leaves every half hour."), "");
    String t = TextReport.render(BridgeStory.with(List.of(BridgeStory.COURIER, evening, BridgeStory.POST,
        BridgeStory.GAZETTE), List.of(BridgeStory.closing(), BridgeStory.passage("p2", 0.3,
        BridgeStory.member("courier-evening", 2))), List.of(BridgeStory.omission(BridgeStory.GAZETTE, "p2", 0.3,
        List.of("courier-evening"), 2, 0.12)), List.of()));
    assertThat(t).contains("\n  Lindby Courier courier leaves out nothing the other outlets carry\n")
        .contains("\n  Kesra Post leaves out nothing counted as left out; 1 passage the other outlets carry (p2)");
  }

  @Test
  void theSalienceNoteExplainsA000OnlyWhenOneIsPrinted() {
    // Nine passages: the Courier's last sentence, alone at 0.00, is the ninth, below the eight top passages, and no
    // outlet's top omission is at 0.00: the note that explains a 0.00 explains nothing the reader sees.
    List<dev.parallax.align.Passage> nine = new java.util.ArrayList<>(List.of(BridgeStory.closing()));
    for (int i = 2; i <= 8; i++) {
      nine.add(BridgeStory.passage("p" + i, 0.5 - i * 0.02, BridgeStory.member("post", 1)));
    }
    nine.add(BridgeStory.passage("p9", 0.0, BridgeStory.member("courier", 4)));
    List<dev.parallax.compare.Omission> leftOut = List.of(
        BridgeStory.omission(BridgeStory.GAZETTE, "p2", 0.46, List.of("post"), 2, 0.1),
        BridgeStory.omission(BridgeStory.GAZETTE, "p3", 0.44, List.of("post"), 2, 0.1),
        BridgeStory.omission(BridgeStory.GAZETTE, "p4", 0.42, List.of("post"), 2, 0.1),
        BridgeStory.omission(BridgeStory.GAZETTE, "p9", 0.0, List.of("courier"), 2, 0.1));
    String unseen = TextReport.render(BridgeStory.with(nine, leftOut, List.of()));
    assertThat(unseen).contains("  ... and 1 more\n").doesNotContain("p9   salience 0.00")
        .doesNotContain("(salience, 0 to 1");
    // the same 0.00 among an outlet's top three omissions is printed, and explained
    String seen = TextReport.render(BridgeStory.with(nine, List.of(leftOut.get(0), leftOut.get(3)), List.of()));
    assertThat(seen).contains("p9   salience 0.00, in Lindby Courier: The bridge opened in 1962.")
        .contains("\n  (salience, 0 to 1: 0.7 for the share");
  }

  @Test
  void anOmissionShowsTheClosestSentenceOrSaysNoneComesClose() {
    // The Gazette's "The ferry will run more often" (0.12) lets a reader judge whether it left the ferry crossings
    // out; the Post's sentence on a detour (0.02) shares nothing with the bridge's opening year, so none is shown.
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2)),
        BridgeStory.passage("p3", 0.1, BridgeStory.member("courier", 4))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p3", 0.1, List.of("courier"), 2, 0.02),
            BridgeStory.omission(BridgeStory.GAZETTE, "p2", 0.2, List.of("courier"), 2, 0.12)), List.of());
    String summary = TextReport.render(c);
    assertThat(summary).contains("    p3   salience 0.10, in Lindby Courier: The bridge opened in 1962.\n"
        + "         no sentence of Kesra Post comes close (the closest scores 0.02)\n");
    assertThat(summary).contains("    p2   salience 0.20, in Lindby Courier: Ferry owner Karl Lind will add two crossings"
        + " a day.\n         closest in Marlow Gazette (similarity 0.12): The ferry will run more often"
        + " while the bridge is closed.\n");
    assertThat(summary).doesNotContain("Drivers face a detour");
  }

  @Test
  void anOutletWhosePassagesAreNotMatchedIsNotSaidToLeaveOutNothing() {
    // The Courier alone carries p2 and p3; the Post is listed as leaving out p3, the Gazette is listed as leaving out
    // nothing, but p2 and p3 match none of its sentences (its grey "not matched" cells in the HTML)
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2)),
        BridgeStory.passage("p3", 0.1, BridgeStory.member("courier", 4))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p3", 0.1, List.of("courier"), 2, 0.02)), List.of());
    String summary = TextReport.render(c);
    assertThat(summary).doesNotContain("Marlow Gazette leaves out nothing the other outlets carry")
        .contains("\n  Marlow Gazette leaves out nothing counted as left out;")
        .contains("\n  Lindby Courier leaves out nothing the other outlets carry\n")
        .contains("\n  Kesra Post leaves out 1 passage:\n");
    assertThat(summary.replaceAll("\\s+", " ")).contains("Marlow Gazette leaves out nothing counted as left out; 2"
        + " passages the other outlets carry (p2, p3) match none of its sentences, yet are not counted as left out: one"
        + " of its sentences may report the fact in other words");
  }

  @Test
  void anOutletThatLeavesOutNothingIsSaidToLeaveOutNothing() {
    Comparison c = BridgeStory.with(List.of(BridgeStory.closing(),
        BridgeStory.passage("p2", 0.2, BridgeStory.member("courier", 2), BridgeStory.member("gazette", 2))),
        List.of(BridgeStory.omission(BridgeStory.POST, "p2", 0.2, List.of("courier", "gazette"), 2, 0.08)), List.of());
    String summary = TextReport.render(c);
    assertThat(summary).contains("\n  Lindby Courier leaves out nothing the other outlets carry\n")
        .contains("\n  Kesra Post leaves out 1 passage:\n")
        .contains("\n  Marlow Gazette leaves out nothing the other outlets carry\n");
    // when no outlet leaves anything out, one "(none)" says it for all
    String none = TextReport.render(BridgeStory.with(List.of(BridgeStory.closing()), List.of(), List.of()));
    assertThat(none).contains("Top omissions\n  (none)\n").doesNotContain("leaves out nothing");
  }

  @Test
  void aLongRunOfPassagesOnlyLaterArticlesCarryIsCut() {
    // The Post came out a day before the others: the ten passages only they carry are counted, eight named
    List<dev.parallax.align.Passage> passages = new java.util.ArrayList<>(List.of(BridgeStory.closing()));
    List<dev.parallax.compare.Omission> later = new java.util.ArrayList<>();
    for (int i = 2; i <= 11; i++) {
      passages.add(BridgeStory.passage("p" + i, 0.3, BridgeStory.member("courier", 2)));
      later.add(new dev.parallax.compare.Omission("post", "p" + i, 0.3, List.of("courier"), Optional.empty(), true));
    }
    String summary = TextReport.render(BridgeStory.with(passages, later, List.of()));
    assertThat(summary.replace("\n  ", " ")).contains("Kesra Post: 10 passages reported only by later articles, not"
        + " counted as left out: p2, p3, p4, p5, p6, p7, p8, p9 and 2 more (all are in the HTML and JSON reports)");
    // a short run is named whole
    String three = TextReport.render(BridgeStory.with(passages, later.subList(0, 3), List.of()));
    assertThat(three).contains("  Kesra Post: 3 passages reported only by later articles, not counted as left out: p2,"
        + " p3, p4\n");
  }
}
