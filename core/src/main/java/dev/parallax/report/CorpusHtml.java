package dev.parallax.report;

import dev.parallax.compare.FramingKind;
import dev.parallax.corpus.ArticleUse;
import dev.parallax.corpus.CorpusArticle;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.OutletArticles;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.corpus.Proportion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders corpus mode's HTML index: the events (each linking to its side-by-side page) and a small table of
 * the outlet profiles with their 95% Wilson intervals, the outlets seen in most events first. Self-contained, all
 * text escaped.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String html = CorpusHtml.render(report, e -> "events/" + e.id() + ".html");
 * }</pre>
 */
public final class CorpusHtml {
  /** What each figure of the outlets' table is out of, under its heading: a rate a reader can check. */
  private static final String OUT_OF_ROW = "<tr class=\"of\"><td>out of:</td><td>covered with another outlet</td>"
      + "<td>events sharing a passage</td><td>events</td><td>events</td><td>its quotes another outlet carries</td>"
      + "<td>its quotes another outlet carries</td><td>its passages, in events sharing a passage</td><td>events</td></tr>\n";

  private CorpusHtml() {}

  /**
   * The index page.
   *
   * @param pageOf the link of an event's side-by-side page, or {@code null} when it has none (one article)
   */
  public static String render(CorpusReport report, Function<CorpusEvent, String> pageOf) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(pageOf, "pageOf");
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Parallax corpus</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}td.n{text-align:right}")
        .append(".ci{color:#666;font-size:.85em}summary{cursor:pointer}.ev{display:block;text-align:left;max-width:16em}")
        .append("tr.of td{color:#666;font-size:.8em;font-style:italic}")
        .append("</style></head><body>\n");
    sb.append("<h1>Parallax corpus</h1>\n<p>").append(report.articles()).append(" articles, ").append(report.events().size())
        .append(" events, ").append(report.comparedEvents()).append(" compared (two articles or more)");
    if (!report.skipped().isEmpty()) {
      sb.append(", ").append(report.skipped().size()).append(" articles skipped");
    }
    if (!report.undated().isEmpty()) {
      int n = report.undated().size();
      sb.append(", ").append(n).append(n == 1 ? " article" : " articles").append(" without a readable date (grouped"
          + " without the date window: listed under <code>undated</code> in outlets.json)");
    }
    sb.append(".</p>\n");
    if (!report.uses().isEmpty()) {
      sb.append("<p class=\"uses\">").append(uses(report.articleTotals()))
          .append(" (per outlet: <a href=\"#articles\">articles by outlet</a>).</p>\n");
    }
    sb.append("<h2>Outlets across events</h2>\n<p>Each outlet's rates over the events it covers with at least one"
        + " other outlet, the outlets seen in most events first; in brackets the 95% Wilson interval (for quotes and"
        + " passages also the interval by event, see below) and the count (a rate over a few events says little: read its"
        + " interval); open a figure for the events behind it. The row under the"
        + " headings says what each figure is out of: the quote columns count quotes, not events, and the omission and"
        + " exclusive columns leave out the events whose articles share no passage (opinion pieces on one subject,"
        + " articles nothing joins), where every fact of each is the others' omission, so their totals can be smaller"
        + " than the outlet's events.</p>\n"
        + "<table><tr><th>outlet</th><th>events</th>"
        + "<th>leaves out a salient fact</th><th>loaded words</th><th>hedges</th><th>quotes verbatim</th>"
        + "<th>quotes altered</th><th>passages its own</th><th>copies</th></tr>\n"
        + OUT_OF_ROW);
    Map<String, EventLink> pages = new HashMap<>(); // event id -> its page and title, for the events behind each figure
    for (CorpusEvent e : report.events()) {
      String link = pageOf.apply(e);
      if (link != null) {
        pages.put(e.id(), new EventLink(link, e.title()));
      }
    }
    for (OutletProfile p : byEventsCovered(report.outlets())) {
      sb.append("<tr><td>").append(Html.escape(p.outlet())).append("</td><td class=\"n\">").append(p.events().size()).append("</td>");
      cell(sb, p.omitsSalient(), pages, Unit.EVENTS, "#omissions");
      cell(sb, kind(p, FramingKind.LOADED), pages, Unit.EVENTS, FRAMING);
      cell(sb, kind(p, FramingKind.HEDGE), pages, Unit.EVENTS, FRAMING);
      cell(sb, p.verbatim(), pages, Unit.QUOTES, "#quotes");
      cell(sb, p.altered(), pages, Unit.QUOTES, "#quotes");
      cell(sb, p.exclusivePassages(), pages, Unit.PASSAGES, "#passages");
      cell(sb, p.copies(), pages, Unit.EVENTS, "#copying");
      sb.append("</tr>\n");
    }
    sb.append("</table>\n").append(counted());
    otherFigures(sb, report.outlets(), pages);
    if (!report.uses().isEmpty()) {
      articlesByOutlet(sb, report.outletArticles());
    }
    Map<String, List<CorpusArticle>> byEvent = new HashMap<>();
    report.uses().forEach(a -> byEvent.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a));
    sb.append("<h2>Events</h2>\n<p>Each event's title is the headline of one of its articles: of those that state"
        + " something rather than ask or announce an explainer, the one that shares most words with the others'"
        + " headlines (on a tie the earliest). Its page, a"
        + " click on the title away, carries the same title and compares its articles side by side. An event of one"
        + " article has no page: there is nothing to compare it with. Its outlets are named once each, in the order of"
        + " their first articles, with their number of articles when they have several (×2); an article its"
        + " comparison set apart (another event, or nothing shared with the"
        + " others) is marked <i>set apart</i> and counts in no outlet's profile; of two articles that their comparison"
        + " tells apart, neither is more the event than the other, so each is marked <i>alone</i> and neither"
        + " counts.</p>\n"
        + "<table><tr><th>event</th><th>title</th><th>dates</th><th>articles</th><th>outlets</th></tr>\n");
    for (CorpusEvent e : report.events()) {
      String link = pageOf.apply(e);
      sb.append("<tr><td>");
      if (link != null) {
        sb.append("<a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(e.id())).append("</a>");
      } else {
        sb.append(Html.escape(e.id()));
      }
      sb.append("</td><td>");
      if (link != null && !e.title().isBlank()) {
        sb.append("<a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(e.title())).append("</a>");
      } else {
        sb.append(Html.escape(e.title()));
      }
      sb.append("</td><td>")
          .append(e.first().map(Object::toString).orElse("")).append(e.last().equals(e.first()) ? "" : " – " + e.last().map(Object::toString).orElse(""))
          .append("</td><td class=\"n\">").append(e.size()).append("</td><td>");
      outlets(sb, byEvent.getOrDefault(e.id(), List.of()), e.size());
      sb.append("</td></tr>\n");
    }
    sb.append("</table>\n</body></html>\n");
    return sb.toString();
  }

  /**
   * An event's outlets, each once in the order of its first article: "Daily Beacon ×2, Metro Wire <i>(set
   * apart)</i>"; an outlet of several articles says how many of them are set apart or alone ("<i>(1 set apart)</i>").
   */
  private static void outlets(StringBuilder sb, List<CorpusArticle> members, int eventSize) {
    Map<String, int[]> byOutlet = new java.util.LinkedHashMap<>();   // outlet -> articles, set apart, alone
    for (CorpusArticle a : members) {
      int[] n = byOutlet.computeIfAbsent(a.outlet(), k -> new int[3]);
      n[0]++;
      if (a.use() == ArticleUse.SET_APART) {
        n[1]++;
      } else if (a.use() == ArticleUse.ALONE && eventSize > 1) {
        n[2]++;
      }
    }
    String sep = "";
    for (Map.Entry<String, int[]> o : byOutlet.entrySet()) {
      int[] n = o.getValue();
      sb.append(sep).append(Html.escape(o.getKey())).append(n[0] > 1 ? " ×" + n[0] : "");
      if (n[1] > 0) {
        sb.append(" <i>(").append(n[0] > 1 ? n[1] + " " : "").append("set apart)</i>");
      }
      if (n[2] > 0) {
        sb.append(" <i>(").append(n[0] > 1 ? n[2] + " " : "").append("alone)</i>");
      }
      sep = ", ";
    }
  }

  /** How many articles the profiles count and why not the others, in a reader's words. */
  private static String uses(OutletArticles t) {
    StringBuilder sb = new StringBuilder();
    sb.append("The outlet profiles count ").append(t.profiled()).append(" of the ").append(t.articles())
        .append(" articles of the events (one per outlet and event covered by two outlets or more); not counted: ")
        .append(t.alone()).append(" alone in their event, ").append(t.setApart())
        .append(" set apart by their event's comparison, ").append(t.notFirst())
        .append(" second articles of an outlet in one event (its first counts), ").append(t.oneOutlet())
        .append(" in events of one outlet");
    if (t.notCompared() > 0) {
      sb.append(", ").append(t.notCompared()).append(" in events whose comparison failed");
    }
    return sb.toString();
  }

  /** The table of every outlet's articles, the outlets with most articles first: what its profile rests on. */
  private static void articlesByOutlet(StringBuilder sb, List<OutletArticles> counts) {
    List<OutletArticles> rows = new ArrayList<>(counts);
    rows.sort(Comparator.comparingInt((OutletArticles a) -> -a.articles()).thenComparing(OutletArticles::outlet));
    sb.append("<h2 id=\"articles\">Articles by outlet</h2>\n<p>Every outlet of the corpus, those with a profile and"
        + " those without: how many of its articles its profile counts, and why the others are not counted. <b>Alone</b>:"
        + " no other article reports its event. <b>Set apart</b>: its event's comparison found it reports another event,"
        + " or shares nothing with the others. <b>Not first</b>: a second article of the outlet in one event, where its"
        + " first counts. <b>One outlet</b>: in an event whose compared articles are all of one outlet. <b>Not"
        + " compared</b>: in an event whose comparison failed.</p>\n"
        + "<table><tr><th>outlet</th><th>articles</th><th>profiled</th><th>alone</th><th>set apart</th>"
        + "<th>not first</th><th>one outlet</th><th>not compared</th></tr>\n");
    for (OutletArticles a : rows) {
      sb.append("<tr><td>").append(Html.escape(a.outlet())).append("</td>");
      for (int n : new int[] {a.articles(), a.profiled(), a.alone(), a.setApart(), a.notFirst(), a.oneOutlet(),
          a.notCompared()}) {
        sb.append("<td class=\"n\">").append(n).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  /**
   * What makes an event (or a quote) count in each column, in a reader's words, so that a figure can be checked on the
   * pages of the events behind it: the salience from which an omitted fact counts ({@link EventFindings#SALIENT}) is
   * the one printed beside each omission there.
   */
  private static String counted() {
    return "<p class=\"counted\">What each column counts. <b>Leaves out a salient fact</b>: an event where the outlet"
        + " leaves out a passage of salience " + String.format(Locale.ROOT, "%.2f", EventFindings.SALIENT)
        + " or more (the salience printed beside each omission on the event's page) that another outlet carries."
        + " <b>Loaded words</b>, <b>hedges</b>: an event where the outlet's own words hold at least one."
        + " <b>Quotes verbatim</b>, <b>quotes altered</b>: its quotes that another outlet prints too, given in the same"
        + " words, or with other words inside the quotation marks (a quote another outlet only restates in its own"
        + " words is not counted: no one else gives its words); the quotes of one event go together, so their Wilson"
        + " interval, which treats each as independent, is too narrow, the more so when they sit in a few events: read"
        + " the interval <i>by event</i> beside it, from resampling the outlet's events (2,000 times, each event with all"
        + " its quotes), which allows for that. It is given over " + Proportion.MIN_RESAMPLED_EVENTS + " events or"
        + " more, and not for a count of none or of all: over fewer events, or when every draw gives the same rate,"
        + " resampling claims a certainty it has not, and Wilson's interval is the one to read."
        + " <b>Passages its own</b>: its passages (facts, each"
        + " one sentence or a few) that no other outlet carries, out of all its passages in the events sharing a passage:"
        + " how much of what it reports no one else reports; it opens to the events with at least one (the"
        + " <i>exclusive events</i> of the second table). <b>Copies</b>: an event where it reuses another outlet's text, the direction"
        + " resting on evidence (published earlier, credits the source, or the longer context), not on the input"
        + " order.</p>\n";
  }

  /** What each figure of the second table is out of, under its heading. */
  private static final String OTHER_OUT_OF_ROW = "<tr class=\"of\"><td>out of:</td><td>events sharing a passage</td>"
      + "<td>events</td><td>events</td><td>events</td><td>events</td><td>events</td>"
      + "<td>its quotes another outlet carries</td><td>its quotes another outlet carries</td>"
      + "<td>events sharing a passage</td></tr>\n";

  /**
   * The second table: every figure of {@code outlets.json} the first leaves out (the other framing cues, the other quote
   * fidelities, the mean omission score), so that the page shows all of them, each opening to its events.
   */
  private static void otherFigures(StringBuilder sb, List<OutletProfile> profiles, Map<String, EventLink> pages) {
    sb.append("<h2>Outlets: the other figures</h2>\n<p>The figures of <code>outlets.json</code> the table above leaves"
        + " out, in the same order of outlets and the same form. <b>Mean omission score</b>: the salience-weighted share"
        + " of the other outlets' passages it leaves out, averaged over the events sharing a passage (0 to 1, no"
        + " interval). <b>Certainty</b>, <b>attribution</b>, <b>distancing</b>, <b>scare quotes</b>,"
        + " <b>intensifiers</b>: an event where the outlet's own words hold at least one. <b>Quotes truncated</b>,"
        + " <b>quotes paraphrased</b>: its quotes that another outlet prints too, cut short, or given without quotation"
        + " marks. <b>Exclusive events</b>: an event where it carries at least one passage no other outlet has (one"
        + " sentence of its own is enough, so it is near 100% for most outlets: the first table's <i>passages its own</i>"
        + " tells outlets apart).</p>\n"
        + "<table><tr><th>outlet</th><th>mean omission score</th><th>certainty</th><th>attribution</th>"
        + "<th>distancing</th><th>scare quotes</th><th>intensifiers</th><th>quotes truncated</th>"
        + "<th>quotes paraphrased</th><th>exclusive events</th></tr>\n" + OTHER_OUT_OF_ROW);
    for (OutletProfile p : byEventsCovered(profiles)) {
      sb.append("<tr><td>").append(Html.escape(p.outlet())).append("</td><td class=\"n\">")
          .append(p.omitsSalient().total() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", p.meanOmissionScore()))
          .append("</td>");
      cell(sb, kind(p, FramingKind.CERTAINTY), pages, Unit.EVENTS, FRAMING);
      cell(sb, kind(p, FramingKind.ATTRIBUTION), pages, Unit.EVENTS, FRAMING);
      cell(sb, kind(p, FramingKind.DISTANCING), pages, Unit.EVENTS, FRAMING);
      cell(sb, kind(p, FramingKind.SCARE_QUOTE), pages, Unit.EVENTS, FRAMING);
      cell(sb, kind(p, FramingKind.INTENSIFIER), pages, Unit.EVENTS, FRAMING);
      cell(sb, p.truncated(), pages, Unit.QUOTES, "#quotes");
      cell(sb, p.paraphrased(), pages, Unit.QUOTES, "#quotes");
      cell(sb, p.exclusives(), pages, Unit.EVENTS, "#passages");
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  /** The profiles, the outlets seen in most events first (then by name): the best measured lead the table. */
  private static List<OutletProfile> byEventsCovered(List<OutletProfile> profiles) {
    List<OutletProfile> out = new ArrayList<>(profiles);
    out.sort(Comparator.comparingInt((OutletProfile p) -> -p.events().size()).thenComparing(OutletProfile::outlet));
    return out;
  }

  private static Proportion kind(OutletProfile p, FramingKind kind) {
    return p.framing().stream().filter(k -> k.kind() == kind).findFirst().map(OutletProfile.KindRate::events)
        .orElse(Proportion.wilson(0, 0, List.of()));
  }

  /**
   * Where a framing figure's events open: the page's coverage table, which lists each outlet's cues, each linked to
   * the row that shows its sentence, where it is underlined.
   */
  private static final String FRAMING = "#outlets";

  /** An event's page and title, for the links of the events behind a figure. */
  private record EventLink(String href, String title) {}

  /**
   * One figure in {@code unit}: its rate, interval and count, which open (a {@code details} element, no script) to the
   * events behind the count; a figure that counts quotes says so after its count, and opens to the events where they
   * are, which are fewer than the quotes. Each event with a page is linked to it, named by its title (its id in the
   * {@code title} attribute, shown on hover), at {@code section}: the part of the page that holds what the figure
   * counts; the events are parted by semicolons, as titles hold commas.
   */
  private static void cell(StringBuilder sb, Proportion p, Map<String, EventLink> pages, Unit unit, String section) {
    sb.append("<td class=\"n\">");
    if (p.total() == 0) {
      sb.append("–</td>");
      return;
    }
    // a figure over quotes or passages adds the interval from resampling events, which allows for those of one event
    // going together: "55% [49–60; by event 48–61] 157/287 quotes"
    String byEvent = p.bootstrap().map(b -> String.format(Locale.ROOT, "; by event %.0f–%.0f", 100 * b.low(),
        100 * b.high())).orElse("");
    String figure = String.format(Locale.ROOT, "%.0f%% <span class=\"ci\">[%.0f–%.0f%s] %d/%d%s</span>", 100 * p.rate(),
        100 * p.low(), 100 * p.high(), byEvent, p.count(), p.total(), unit.suffix);
    if (p.events().isEmpty()) {
      sb.append(figure).append("</td>");
      return;
    }
    sb.append("<details><summary>").append(figure).append("</summary><span class=\"ev\">").append(unit.eventsLead);
    String sep = "";
    for (String id : p.events()) {
      EventLink link = pages.get(id);
      sb.append(sep);
      if (link != null) {
        // named by its title (its id on hover), linked to the section of its page that holds what the figure counts
        sb.append("<a href=\"").append(Html.escape(link.href() + section)).append("\" title=\"")
            .append(Html.escape(id)).append("\">").append(Html.escape(link.title().isBlank() ? id : link.title()))
            .append("</a>");
      } else {
        sb.append(Html.escape(id));
      }
      sep = "; ";
    }
    sb.append("</span></details></td>");
  }

  /** What a figure counts: events (the default, nothing added) or quotes (named, with the events they are in). */
  private enum Unit {
    EVENTS("", ""), QUOTES(" quotes", "in events "), PASSAGES(" passages", "in events ");

    final String suffix;
    final String eventsLead;

    Unit(String suffix, String eventsLead) {
      this.suffix = suffix;
      this.eventsLead = eventsLead;
    }
  }
}
