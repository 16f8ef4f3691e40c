package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.compare.FramingKind;
import dev.parallax.corpus.CorpusArticle;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.OutletFinding;
import dev.parallax.corpus.OutletProfile;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Corpus mode's HTML index. */
class CorpusHtmlTest {
  private static OutletFinding seen(String outlet) {
    return new OutletFinding(outlet, outlet.toLowerCase(Locale.ROOT), 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false);
  }

  @Test
  void outletsSeenInMoreEventsComeFirst() {
    // An outlet seen in one event shows 100% exclusives like one seen in three: the table leads with the better measured.
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(seen("Zeta Post"), seen("Alpha Times"))),
        new EventFindings("e2", List.of(seen("Zeta Post"), seen("Mid Herald"))),
        new EventFindings("e3", List.of(seen("Zeta Post"), seen("Mid Herald")))));
    String html = CorpusHtml.render(new CorpusReport(6, List.of(), profiles, List.of()), e -> null);
    assertThat(html.indexOf("<td>Zeta Post</td>")).isPositive().isLessThan(html.indexOf("<td>Mid Herald</td>"));
    assertThat(html.indexOf("<td>Mid Herald</td>")).isLessThan(html.indexOf("<td>Alpha Times</td>"));
  }

  @Test
  void eachFigureOpensToTheEventsBehindItLinkedToTheirPages() {
    // "Zeta Post leaves out a salient fact in 1 of 2 events": which one, a click away
    OutletFinding omits = new OutletFinding("Zeta Post", "z1", 0.6, true, List.of(), 0, 0, 0, 0, 0, false, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(omits, seen("Alpha Times"))),
        new EventFindings("e2", List.of(seen("Zeta Post"), seen("Alpha Times")))));
    Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 3, 2));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Fire in Lindby", List.of("z1", "a1"), day, day),
        new CorpusEvent("e2", "Lindby council vote", List.of("z2", "a2"), day, day));
    String html = CorpusHtml.render(new CorpusReport(4, events, profiles, List.of()), e -> "events/" + e.id() + ".html");
    String zeta = html.substring(html.indexOf("<td>Zeta Post</td>"), html.indexOf("</tr>", html.indexOf("<td>Zeta Post</td>")));
    assertThat(zeta).contains("<details><summary>50% <span class=\"ci\">[")
        .contains("1/2</span></summary><span class=\"ev\"><a href=\"events/e1.html#omissions\" title=\"e1\">"
            + "Fire in Lindby</a></span></details>");
  }

  /** Each event behind a figure is named by its title and opens its page where the figure's kind of finding is. */
  @Test
  void theEventsBehindAFigureAreNamedByTheirTitlesAndOpenWhereTheFigureIs() {
    OutletFinding copies = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(), 0, 0, 0, 0, 0, false, true);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(copies, seen("Alpha Times")))));
    Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 3, 2));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Ferry \"strike\" ends in Ostvik", List.of("z1", "a1"), day,
        day));
    String html = CorpusHtml.render(new CorpusReport(2, events, profiles, List.of()), e -> "events/" + e.id() + ".html");
    assertThat(html).contains("<a href=\"events/e1.html#copying\" title=\"e1\">Ferry &quot;strike&quot; ends in Ostvik</a>");
    // near variant: an event without a page is named by its id alone, as before
    String noPages = CorpusHtml.render(new CorpusReport(2, events, profiles, List.of()), e -> null);
    assertThat(noPages).doesNotContain("ends in Ostvik</a>").contains("<span class=\"ev\">e1</span>");
  }

  /** A framing figure opens the event's coverage table, where each cue links to its sentence. */
  @Test
  void aFramingFigureOpensTheEventsListOfCuesNotTheSideBySideTable() {
    OutletFinding loaded = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(FramingKind.LOADED), 0, 0, 0, 0, 0,
        true, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(loaded, seen("Alpha Times")))));
    Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 3, 2));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Fire in Lindby", List.of("z1", "a1"), day, day));
    String html = CorpusHtml.render(new CorpusReport(2, events, profiles, List.of()), e -> "events/" + e.id() + ".html");
    assertThat(html).contains("<a href=\"events/e1.html#outlets\" title=\"e1\">Fire in Lindby</a>");
    // near variant: the passages an outlet alone carries still open the side-by-side table
    assertThat(html).contains("<a href=\"events/e1.html#passages\" title=\"e1\">Fire in Lindby</a>");
  }

  @Test
  void eachColumnSaysWhatMakesAnEventCountSoAFigureCanBeCheckedOnItsEvents() {
    // "Zeta Post leaves out a salient fact in e1": on e1's page its omissions print their salience, so the index says
    // from which salience an omitted fact counts, and what a hedge or an exclusive event is
    OutletFinding omits = new OutletFinding("Zeta Post", "z1", 0.6, true, List.of(), 0, 0, 0, 0, 0, false, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(new EventFindings("e1", List.of(omits, seen("Alpha Times")))));
    String html = CorpusHtml.render(new CorpusReport(2, List.of(), profiles, List.of()), e -> null);
    String counted = html.substring(html.indexOf("</table>"), html.indexOf("<h2>Events</h2>"));
    assertThat(counted).contains("leaves out a passage of salience 0.50 or more")
        .contains("the salience printed beside each omission on the event's page")
        .contains("<b>Loaded words</b>, <b>hedges</b>: an event where the outlet's own words hold at least one")
        .contains("<b>Passages its own</b>: its passages (facts, each one sentence or a few) that no other outlet"
            + " carries, out of all its passages")
        .contains("<b>Exclusive events</b>: an event where it carries at least one passage no other outlet has")
        .contains("the quotes of one event go together, so their Wilson interval, which treats each as independent, is"
            + " too narrow")
        .contains("read the interval <i>by event</i> beside it, from resampling the outlet's events");
  }

  @Test
  void theFirstTableShowsTheShareOfAnOutletsPassagesNoOtherOutletCarries() {
    // the Zeta Post reports 10 facts in two events, 3 of them alone; the Alpha Times 8, all of them shared but one
    OutletFinding zeta1 = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false, 6, 2);
    OutletFinding zeta2 = new OutletFinding("Zeta Post", "z2", 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false, 4, 1);
    OutletFinding alpha1 = new OutletFinding("Alpha Times", "a1", 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false, 5, 1);
    OutletFinding alpha2 = new OutletFinding("Alpha Times", "a2", 0.0, false, List.of(), 0, 0, 0, 0, 0, false, false, 3, 0);
    List<OutletProfile> profiles = OutletProfile.of(List.of(new EventFindings("e1", List.of(zeta1, alpha1)),
        new EventFindings("e2", List.of(zeta2, alpha2))));
    String html = CorpusHtml.render(new CorpusReport(4, List.of(), profiles, List.of()), e -> null);
    String zeta = html.substring(html.indexOf("<td>Zeta Post</td>"), html.indexOf("</tr>", html.indexOf("<td>Zeta Post</td>")));
    assertThat(zeta).contains("30% <span class=\"ci\">[").contains("3/10 passages</span>");
    String alpha = html.substring(html.indexOf("<td>Alpha Times</td>"), html.indexOf("</tr>", html.indexOf("<td>Alpha Times</td>")));
    assertThat(alpha).contains("13% <span class=\"ci\">[").contains("1/8 passages</span>");
    // both carry a passage of their own in an event: the event figure cannot tell them apart, and stays in the second table
    assertThat(profiles).extracting(p -> p.exclusives().count()).containsExactly(1, 2);
  }

  @Test
  void anEventsTitleLinksToItsPageAndAnEventOfOneArticleHasNoLink() {
    // a reader clicks the headline, not the id; the page carries the same title
    Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 3, 2));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Fire in Lindby", List.of("z1", "a1"), day, day),
        new CorpusEvent("e2", "Lindby council vote", List.of("z2"), day, day));
    String html = CorpusHtml.render(new CorpusReport(3, events, List.of(), List.of()),
        e -> e.size() > 1 ? "events/" + e.id() + ".html" : null);
    assertThat(html).contains("<td><a href=\"events/e1.html\">Fire in Lindby</a></td>")
        .contains("<td>Lindby council vote</td>").contains("Each event's title is the headline of one of its articles: of those that state something"
            + " rather than ask or announce an explainer, the one that shares most words with the others' headlines");
  }

  @Test
  void eachFigureSaysWhatItIsOutOfAndQuoteFiguresCountQuotes() {
    // Karl Lind is quoted in both events; Zeta Post gives him word for word three times out of four, in two events.
    // Its omission figure is out of one event only: in e2 the two articles share no passage at all.
    OutletFinding quoting = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(), 3, 2, 0, 1, 0, true, false);
    OutletFinding quotingAgain = new OutletFinding("Zeta Post", "z2", 0.0, false, List.of(), 1, 1, 0, 0, 0, true, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(quoting, seen("Alpha Times"))),
        new EventFindings("e2", List.of(quotingAgain, seen("Alpha Times")), true)));
    String html = CorpusHtml.render(new CorpusReport(4, List.of(), profiles, List.of()), e -> null);
    String zeta = html.substring(html.indexOf("<td>Zeta Post</td>"), html.indexOf("</tr>", html.indexOf("<td>Zeta Post</td>")));
    assertThat(zeta).contains("3/4 quotes</span></summary><span class=\"ev\">in events e1; e2</span>")
        .contains("0/1</span>");
    int of = html.indexOf("<tr class=\"of\">");
    assertThat(of).isPositive();
    assertThat(html.substring(of, html.indexOf("</tr>", of))).contains("<td>events sharing a passage</td><td>events</td>"
        + "<td>events</td><td>its quotes another outlet carries</td><td>its quotes another outlet carries</td>");
    assertThat(html).contains("the quote columns count quotes, not events", "An event of one article has no page");
  }
  @Test
  void aQuoteFigureShowsItsIntervalByEventBesideWilsonsAndAnEventFigureDoesNot() {
    // Over ten events the Zeta Post quotes Karl Lind word for word twice in e0, e2, e4, ... and alters both of his
    // quotes in e1, e3, ...
    OutletFinding faithful = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(), 2, 2, 0, 0, 0, true, false);
    OutletFinding altering = new OutletFinding("Zeta Post", "z2", 0.0, false, List.of(), 2, 0, 0, 2, 0, true, false);
    List<EventFindings> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      events.add(new EventFindings("e" + i, List.of(i % 2 == 0 ? faithful : altering, seen("Alpha Times"))));
    }
    String html = CorpusHtml.render(new CorpusReport(20, List.of(), OutletProfile.of(events), List.of()), e -> null);
    String zeta = html.substring(html.indexOf("<td>Zeta Post</td>"), html.indexOf("</tr>", html.indexOf("<td>Zeta Post</td>")));
    // 10 of 20 verbatim: Wilson [30–70]; by event wider, as it is five events of ten that decide it
    assertThat(zeta).containsPattern("50% <span class=\"ci\">\\[30–70; by event (1\\d|2\\d)–(7\\d|8\\d)\\] 10/20 quotes</span>");
    // verbatim and altered carry one; the figures over events (omissions, framing, copies) Wilson's alone
    assertThat(zeta.split("by event", -1)).hasSize(3);
  }

  @Test
  void aQuoteFigureOverTwoEventsOrOfNoneHasNoIntervalByEvent() {
    // The Zeta Post quotes Karl Lind word for word four times in e1 and alters all four of his quotes in e2: drawing
    // two events from two would give 0, 50 or 100%; and none of its quotes is cut short, which resampling would call
    // certain ("by event 0–0")
    OutletFinding faithful = new OutletFinding("Zeta Post", "z1", 0.0, false, List.of(), 4, 4, 0, 0, 0, true, false);
    OutletFinding altering = new OutletFinding("Zeta Post", "z2", 0.0, false, List.of(), 4, 0, 0, 4, 0, true, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(faithful, seen("Alpha Times"))),
        new EventFindings("e2", List.of(altering, seen("Alpha Times")))));
    String html = CorpusHtml.render(new CorpusReport(4, List.of(), profiles, List.of()), e -> null);
    String zeta = html.substring(html.indexOf("<td>Zeta Post</td>"), html.indexOf("</tr>", html.indexOf("<td>Zeta Post</td>")));
    assertThat(zeta).contains("50% <span class=\"ci\">[22–78] 4/8 quotes</span>").doesNotContain("by event");
    assertThat(html).contains("It is given over 10 events or more, and not for a count of none or of all");
  }

  @Test
  void everyFigureOfTheOutletsSummaryIsOnThePage() {
    // Zeta Post cuts Karl Lind's quote short in e1 and restates it in its own words in e2: figures a researcher looks
    // for beside the verbatim and altered ones, with the mean omission score, each opening to its events
    OutletFinding cuts = new OutletFinding("Zeta Post", "z1", 0.4, false, List.of(), 2, 1, 1, 0, 0, true, false);
    OutletFinding restates = new OutletFinding("Zeta Post", "z2", 0.2, false, List.of(), 1, 0, 0, 0, 1, true, false);
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(cuts, seen("Alpha Times"))),
        new EventFindings("e2", List.of(restates, seen("Alpha Times")))));
    String html = CorpusHtml.render(new CorpusReport(4, List.of(), profiles, List.of()), e -> null);
    assertThat(html).contains("<th>mean omission score</th><th>certainty</th><th>attribution</th><th>distancing</th>"
        + "<th>scare quotes</th><th>intensifiers</th><th>quotes truncated</th><th>quotes paraphrased</th>");
    int row = html.lastIndexOf("<tr><td>Zeta Post</td>");
    String zeta = html.substring(row, html.indexOf("</tr>", row));
    assertThat(zeta).startsWith("<tr><td>Zeta Post</td><td class=\"n\">0.30</td>")
        .contains("1/3 quotes</span></summary><span class=\"ev\">in events e1</span>")
        .contains("1/3 quotes</span></summary><span class=\"ev\">in events e2</span>");
  }

  @Test
  void theIndexSaysWhichArticlesTheProfilesCountAndMarksTheArticlesSetApart() {
    // e1: the Valley News piece reports another fire, set apart; e2: a Courier story nobody else reports
    Optional<LocalDate> day = Optional.of(LocalDate.of(2031, 5, 6));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Fire in Lindby", List.of("c1", "p1", "v1"), day, day),
        new CorpusEvent("e2", "Lindby harbour reopens", List.of("c2"), day, day));
    List<EventFindings> findings = List.of(
        new EventFindings("e1", List.of(seen("Lindby Courier", "c1"), seen("Ostra Post", "p1")), false, List.of("v1")),
        new EventFindings("e2", List.of()));
    Map<String, String> outlets = Map.of("c1", "Lindby Courier", "c2", "Lindby Courier", "p1", "Ostra Post",
        "v1", "Valley News");
    CorpusReport report = new CorpusReport(4, events, OutletProfile.of(findings), List.of(),
        CorpusArticle.of(events, findings, outlets::get));
    String html = CorpusHtml.render(report, e -> e.size() > 1 ? "events/" + e.id() + ".html" : null);
    assertThat(html).contains("The outlet profiles count 2 of the 4 articles of the events")
        .contains("1 alone in their event, 1 set apart by their event's comparison");
    // Valley News has no profile, but its row in the table of articles says why
    assertThat(html).contains("<tr><td>Valley News</td><td class=\"n\">1</td><td class=\"n\">0</td>"
        + "<td class=\"n\">0</td><td class=\"n\">1</td>");
    // the event list names each article's outlet and marks the one set apart
    String e1 = html.substring(html.lastIndexOf("<a href=\"events/e1.html\">e1</a>"));
    assertThat(e1.substring(0, e1.indexOf("</tr>")))
        .endsWith("<td>Lindby Courier, Ostra Post, Valley News <i>(set apart)</i></td>");
  }

  @Test
  void anOutletOfSeveralArticlesIsNamedOnceWithItsCount() {
    // e1: two Courier reports, one set apart (another fire), and one Ostra Post report
    Optional<LocalDate> day = Optional.of(LocalDate.of(2031, 5, 6));
    List<CorpusEvent> events = List.of(new CorpusEvent("e1", "Fire in Lindby", List.of("c1", "c2", "p1"), day, day));
    List<EventFindings> findings = List.of(
        new EventFindings("e1", List.of(seen("Lindby Courier", "c1"), seen("Ostra Post", "p1")), false, List.of("c2")));
    Map<String, String> outlets = Map.of("c1", "Lindby Courier", "c2", "Lindby Courier", "p1", "Ostra Post");
    CorpusReport report = new CorpusReport(3, events, OutletProfile.of(findings), List.of(),
        CorpusArticle.of(events, findings, outlets::get));
    String html = CorpusHtml.render(report, e -> "events/" + e.id() + ".html");
    String e1 = html.substring(html.lastIndexOf("<a href=\"events/e1.html\">e1</a>"));
    assertThat(e1.substring(0, e1.indexOf("</tr>")))
        .endsWith("<td>Lindby Courier \u00d72 <i>(1 set apart)</i>, Ostra Post</td>");
  }

  @Test
  void anIndexWithoutTheArticlesUsesSaysNothingOfThem() {
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(seen("Zeta Post"), seen("Alpha Times")))));
    String html = CorpusHtml.render(new CorpusReport(2, List.of(), profiles, List.of()), e -> null);
    assertThat(html).doesNotContain("The outlet profiles count").doesNotContain("Articles by outlet");
  }

  private static OutletFinding seen(String outlet, String article) {
    return new OutletFinding(outlet, article, 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false);
  }
}
