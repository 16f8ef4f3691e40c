package dev.parallax.report;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.TextSpan;
import dev.parallax.clean.Removal;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.compare.Edit;
import dev.parallax.compare.EditKind;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.FramingCue;
import dev.parallax.compare.FramingSummary;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.compare.ReuseSpan;
import dev.parallax.compare.WordingDiff;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.internal.Blanks;
import dev.parallax.internal.SentencePassages;
import dev.parallax.internal.SpeakingSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Comparison} as one self-contained HTML page a person can read without knowing the JSON.
 *
 * <p>The page has a side-by-side table with one column per main-event outlet and one row per passage, most
 * salient first (so the gaps near the top are the omissions that matter); changed words are marked inside
 * each outlet's version, quotes carry a fidelity badge, and a passage an outlet leaves out shows as an empty
 * "not reported" cell (a grey "not matched" one when no omission is listed for it: a sentence of the outlet may give
 * the fact in other words; one whose fact it states in another passage's sentence, with a figure or date that differs
 * from the others', says "stated in pN" instead). Below come a coverage chart, the omissions, quotes, discrepancies,
 * copying, the articles about other events, and the page chrome cleaning removed (folded).
 *
 * <p>Safe and deterministic: every piece of article text is escaped (a hostile page cannot inject markup or
 * script); the page loads nothing from elsewhere (inline CSS, no script); the same comparison gives the same
 * bytes. Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), HtmlReport.render(comparison));
 * }</pre>
 */
public final class HtmlReport {
  private static final int SNIPPET = 160;
  private static final int EDIT_TEXT = 60;
  /** Other-wording runs longer than this many words are listed, not marked (see {@link #markable}). */
  static final int MAX_MARKED_REWORDING = 4;

  private HtmlReport() {}

  /**
   * The report as a complete HTML document, ending with a newline; the event is named by the headline the articles
   * share most words with.
   */
  public static String render(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    return new Page(comparison, "", Optional.empty()).render();
  }

  /**
   * The report with the event named {@code eventName}, so that a page named elsewhere (corpus mode's index names an
   * event by its earliest headline) carries the same name; a blank name is the headline the articles share most
   * words with, as {@link #render(Comparison)} gives.
   */
  public static String render(Comparison comparison, String eventName) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(eventName, "eventName");
    return new Page(comparison, eventName.strip(), Optional.empty()).render();
  }

  /**
   * The page of one event of corpus mode: named as the index names it (its title), it says which event it is
   * ("event e4 of the corpus") and links back to the index at {@code indexLink}, so that a reader who follows a
   * figure of the index to this page can tell which event it is and go back to the figure.
   *
   * @param indexLink the corpus index, relative to this page (e.g. {@code ../index.html})
   */
  public static String render(Comparison comparison, CorpusEvent event, String indexLink) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(indexLink, "indexLink");
    return new Page(comparison, event.title().strip(), Optional.of(new InCorpus(event.id(), indexLink))).render();
  }

  /** Where a corpus event's page stands: the event's id and the link back to the index. */
  private record InCorpus(String event, String indexLink) {}

  /** Builds one page; holds per-render state, never shared. */
  private static final class Page {
    private final Comparison c;
    private final List<AnalyzedArticle> main = new ArrayList<>();
    private final List<AnalyzedArticle> other = new ArrayList<>();
    private final Map<String, ArticleEvent> events = new LinkedHashMap<>();
    private final Map<String, AnalyzedArticle> byId = new HashMap<>();
    private final Map<String, Passage> passages = new HashMap<>();
    private final Map<String, WordingDiff> wording = new HashMap<>();
    /** Each article's place in the input, for anchors that hold no article text. */
    private final Map<String, Integer> order = new HashMap<>();
    /** The omissions listed, as anchors ({@link #omissionAnchor}). */
    private final Set<String> omitted = new HashSet<>();

    /** The omissions listed that only later articles carry ({@link Omission#reportedLater()}), as anchors. */
    private final Set<String> later = new HashSet<>();
    private final StringBuilder sb = new StringBuilder(256 * 1024);
    private final OutletLabels labels;
    private final ListMultimap<String, Discrepancy> discrepancies;
    /**
     * The values found across passages ({@link Discrepancy.Value#passage()}), by the passage and article where they
     * stand ({@link #at}), each with the passage of its discrepancy.
     */
    private final Map<String, List<Map.Entry<Discrepancy, Discrepancy.Value>>> acrossPassages = new HashMap<>();
    /** The event's name: the one given, else the headline the main articles share most. */
    private final String eventName;
    /** How many outlets the main articles come from (an outlet's articles count once). */
    private final long mainOutlets;

    /** The corpus event this page shows, when it is one. */
    private final Optional<InCorpus> inCorpus;
    /** Each article's framing cues, in order of position. */
    private final Map<String, List<FramingCue>> cues = new HashMap<>();
    /** The first passage whose row shows a sentence, by article and sentence. */
    private final Map<String, Map<Integer, String>> rowOf;

    Page(Comparison c, String eventName, Optional<InCorpus> inCorpus) {
      this.c = c;
      this.inCorpus = inCorpus;
      this.labels = new OutletLabels(c);
      this.rowOf = SentencePassages.of(c.passages());
      this.discrepancies = Multimaps.index(c.discrepancies(), Discrepancy::passage);
      for (Discrepancy d : c.discrepancies()) {
        for (Discrepancy.Value v : d.values()) {
          v.passage().ifPresent(q -> acrossPassages.computeIfAbsent(at(q, v.article()), k -> new ArrayList<>())
              .add(Map.entry(d, v)));
        }
      }
      c.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
      c.articles().forEach(a -> order.putIfAbsent(a.id(), order.size()));
      // a part left out is of a passage the article carries: its cell shows the article's sentence
      c.omissions().stream().filter(o -> !o.isPart()).forEach(o -> omitted.add(omissionAnchor(o.article(), o.passage())));
      c.omissions().stream().filter(o -> !o.isPart() && o.reportedLater())
          .forEach(o -> later.add(omissionAnchor(o.article(), o.passage())));
      c.passages().forEach(p -> passages.putIfAbsent(p.id(), p));
      c.framing().forEach(f -> cues.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f));
      c.wording().forEach(w -> wording.putIfAbsent(w.passage(), w));
      for (ArticleEvent e : c.events()) {
        events.put(e.article(), e);
      }
      for (AnalyzedArticle a : c.articles()) {
        ArticleEvent e = events.get(a.id());
        if (e != null && e.membership() == EventMembership.OTHER) {
          other.add(a);
        } else {
          main.add(a);
        }
      }
      this.eventName = eventName.isEmpty() ? EventName.of(main) : eventName;
      this.mainOutlets = OutletLabels.count(main);
    }

    String render() {
      sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Parallax\">\n")
          .append("<title>").append(Html.escape(title())).append("</title>\n<style>\n").append(CSS)
          .append("</style>\n</head>\n<body>\n");
      header();
      legend();
      outlets();
      sideBySide();
      omissions();
      quotes();
      discrepancies();
      copying();
      otherEvents();
      removed();
      sb.append("<footer>Generated by Parallax (").append(Html.escape(JsonReport.SCHEMA))
          .append(", similarity: ").append(Html.escape(c.similarity())).append(").</footer>\n</body>\n</html>\n");
      return sb.toString();
    }

    private String title() {
      return "Parallax: how " + mainOutlets + (mainOutlets == 1 ? " outlet reports " : " outlets report ")
          + (main.isEmpty() ? "the event" : "\u201c" + truncate(eventName, 80) + "\u201d");
    }

    private void header() {
      sb.append("<header>\n");
      // styled in place, so that a page of one comparison keeps its bytes
      inCorpus.ifPresent(where -> sb.append("<p class=\"corpus\" style=\"margin:.8rem 0 0;color:#5b6570\"><a href=\"")
          .append(Html.escape(where.indexLink())).append("\">Corpus index</a> &rsaquo; event ")
          .append(Html.escape(where.event())).append("</p>\n"));
      // articles that share no fact may not be about one event: the heading does not say they are (the note says why)
      sb.append("<h1>How ").append(mainOutlets).append(mainOutlets == 1 ? " outlet reports" : " outlets report")
          .append(c.mainArticlesShareNothing() ? " the event, with no fact in common" : " the same event")
          .append("</h1>\n");
      if (!main.isEmpty()) {
        sb.append("<p class=\"event\">").append(Html.escape(truncate(eventName, SNIPPET))).append("</p>\n");
      }
      sb.append("<p class=\"sub\">");
      sb.append(c.articles().size()).append(c.articles().size() == 1 ? " article" : " articles").append(" compared; ")
          .append(c.passages().size()).append(c.passages().size() == 1 ? " passage" : " passages")
          .append(" (facts, claims, quotes) from ").append(Html.escape(join(outletNames(main))))
          .append(Html.escape(TextReport.shared(c, main)));
      if (!other.isEmpty()) {
        sb.append("; ").append(other.size()).append(other.size() == 1 ? " article is" : " articles are")
            .append(' ').append(TextReport.setApartWords(c)).append(" (<a href=\"#other\">listed below</a>)");
      }
      sb.append(".</p>\n");
      if (c.mainArticlesShareNothing()) {
        sb.append("<p class=\"note\">").append(Html.escape(TextReport.NOTHING_SHARED)).append("</p>\n");
      }
      for (AnalyzedArticle a : c.articles()) {   // information only: no figure on the page reads it
        a.article().genreMark().ifPresent(m -> sb.append("<p class=\"note genre\">")
            .append(Html.escape(labels.of(a.id()) + ": " + ReaderNames.genre(m))).append("</p>\n"));
      }
      TextReport.lateDateNotes(c, labels).forEach(n -> sb.append("<p class=\"note\">").append(Html.escape(n))
          .append("</p>\n"));
      sb.append("</header>\n");
    }

    private void legend() {
      // folded: six paragraphs above the table hide it from a reader who knows the page, or wants the table first
      sb.append("<section id=\"legend\"><details><summary><h2>How to read this page</h2></summary>\n<ul>\n")
          .append("<li>The table has <b>one column per outlet</b> and <b>one row per passage</b>: the sentences")
          .append(" of different outlets that report the same fact stand in the same row. Rows are ordered")
          .append(" <b>most salient first</b> (facts most outlets carry and the story turns on), so an empty")
          .append(" cell near the top is an omission that matters.</li>\n")
          .append("<li><span class=\"gap-sample\">not reported</span> marks a passage that other outlets carry")
          .append(" and this one leaves out; <span class=\"gap-sample\">reported only later</span> one that only")
          .append(" articles published later (a later day, or later the same day by their times) carry: it may have")
          .append(" happened after this one came out, so it is")
          .append(" not counted as left out; <span class=\"gap-sample unmatched\">not matched</span> one that no sentence")
          .append(" of this outlet was matched with, yet is not counted as left out either: ").append(UNMATCHED)
          .append(". <i>Stated in pN</i> marks one that this outlet reports in a sentence of")
          .append(" another passage, with a figure or date that differs from the others' (listed under facts stated")
          .append(" differently).</li>\n")
          .append("<li>Each row has a <span class=\"refmark\">reference</span> version: that of the outlet that")
          .append(" published first among those carrying the passage (the one given first when dates tie). It is")
          .append(" chosen row by row, so it can stand in a different column from one row to the next. The other")
          .append(" versions are marked where they differ from it: <mark class=\"g-words\">other words</mark> (changes")
          .append(" of up to ").append(MAX_MARKED_REWORDING)
          .append(" words; longer rewrites are listed under each cell's wording changes),")
          .append(" <mark class=\"g-frame\">framing (attribution, hedge, loaded or stronger word)</mark>,")
          .append(" <mark class=\"g-fact\">facts (a number, date or name the reference does not state, or states")
          .append(" differently)</mark>. In the reference version itself,")
          .append(" <mark class=\"g-ref\">a dotted underline</mark>")
          .append(" marks the words another outlet changed (point at it to see which), and a red fact mark a value")
          .append(" other outlets contradict. <mark class=\"g-cue\">A solid underline</mark> marks each outlet's own")
          .append(" framing cues, those counted under <a href=\"#outlets\">Coverage by outlet</a> (point at it to see")
          .append(" its kind).</li>\n")
          .append("<li>Under each passage's number: its salience (how central it is to the story, 0 to 1: ")
          .append(Html.escape(SALIENCE)).append("), how many")
          .append(" outlets carry it, and <i>wording differs N%</i>: how different the versions' words are, on average")
          .append(" over every two versions (0% the same words, 100% no word in common), shown when two or more")
          .append(" outlets carry it.</li>\n")
          .append("<li>Quote badges: ");
      for (Fidelity f : Fidelity.values()) {
        badge(f);
        sb.append(' ');
      }
      sb.append("&mdash; verbatim: same words as another outlet, or the version the others cut or paraphrase;")
          .append(" truncated: part of a longer version; altered: different words inside the quotation marks;")
          .append(" paraphrase: no quotation marks; unique: no other outlet quotes or paraphrases it.</li>\n")
          .append("<li>Coverage is the share of the whole story (weighted by salience) an outlet carries; the omission")
          .append(" score is the share of what the <i>other</i> outlets report that it leaves out, ")
          .append(Html.escape(TextReport.OMISSION_WEIGHT)).append(", so the two need")
          .append(" not add up to 100%. Only here counts the passages no other outlet carries.</li>\n")
          .append("<li>Omissions list first the facts most of the other outlets carry (at most ")
          .append(KeyOmissions.MAX_SHOWN)
          .append(" per outlet); the rest are folded below them.</li>\n</ul>\n</details></section>\n");
    }

    private void outlets() {
      sb.append("<section id=\"outlets\"><h2>Coverage by outlet</h2>\n<table class=\"chart\">\n")
          .append("<thead><tr><th>Outlet</th><th>Coverage</th><th>Omission score</th><th>Only here</th>")
          .append("<th>Framing cues</th></tr></thead>\n<tbody>\n");
      for (OutletSummary o : c.outlets()) {
        AnalyzedArticle a = byId.get(o.article());
        sb.append("<tr data-outlet=\"").append(Html.escape(o.article())).append("\"><th>")
            .append(Html.escape(a == null ? o.article() : a.article().outlet()))
            .append(" <span class=\"id\">").append(Html.escape(o.article())).append("</span></th>");
        bar(o.coverage(), "cov");
        bar(o.omissionScore(), "omi");
        sb.append("<td>").append(o.exclusives().size()).append(o.exclusives().size() == 1 ? " passage" : " passages")
            .append("</td><td>");
        framingCues(o);
        sb.append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * An outlet's framing cues by kind, each cue linked to the row of the side-by-side table that shows its sentence
     * (where it is underlined), its sentence shown on hover: "1 loaded word: rogue", "3 hedges: could, reportedly,
     * could". A cue whose sentence no row shows is not linked; a summary without its cues (a comparison built by hand)
     * shows its examples.
     */
    private void framingCues(OutletSummary o) {
      FramingSummary f = o.framing();
      List<FramingCue> own = cues.getOrDefault(o.article(), List.of());
      if (f.counts().isEmpty() || own.isEmpty()) {
        sb.append(Html.escape(framing(f)));
        return;
      }
      AnalyzedArticle a = byId.get(o.article());
      boolean firstKind = true;
      for (FramingSummary.KindCount k : f.counts()) {
        sb.append(firstKind ? "" : "; ").append(ReaderNames.counted(k.count(), k.kind())).append(": ");
        firstKind = false;
        boolean first = true;
        for (FramingCue cue : own) {
          if (cue.kind() != k.kind()) {
            continue;
          }
          sb.append(first ? "" : ", ");
          first = false;
          String row = rowOf.getOrDefault(cue.article(), Map.of()).get(cue.sentence());
          String sentence = a != null && cue.sentence() >= 0 && cue.sentence() < a.sentences().size()
              ? a.sentences().get(cue.sentence()).text() : "";
          if (row != null) {
            sb.append("<a class=\"cue\" href=\"#").append(Html.escape(row)).append("\" title=\"")
                .append(Html.escape(row + ": " + sentence)).append("\">");
          } else {
            sb.append("<span class=\"cue\" title=\"").append(Html.escape("in no row of the side-by-side table: "
                + sentence)).append("\">");
          }
          sb.append(Html.escape(cue.text())).append(row != null ? "</a>" : "</span>");
        }
      }
    }

    private void bar(double value, String kind) {
      String pct = String.format(Locale.ROOT, "%.1f", 100 * clamp(value));
      sb.append("<td><div class=\"bar ").append(kind).append("\" role=\"img\" aria-label=\"").append(pct)
          .append(" percent\"><span style=\"width:").append(pct).append("%\"></span></div><span class=\"pct\">")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * clamp(value))).append("</span></td>");
    }

    private void sideBySide() {
      sb.append("<section id=\"passages\"><h2>Side by side</h2>\n");
      if (c.passages().isEmpty()) {
        sb.append("<p>No passages were aligned.</p>\n</section>\n");
        return;
      }
      // Many outlets: keep each column readable and let the table scroll sideways instead of squeezing.
      sb.append("<div class=\"scroll\"><table class=\"side\" style=\"min-width:").append(9 + 14 * main.size())
          .append("rem\">\n<thead><tr><th class=\"pcol\">Passage</th>");
      for (AnalyzedArticle a : main) {
        sb.append("<th class=\"outlet\" data-article=\"").append(Html.escape(a.id())).append("\">")
            .append(Html.escape(a.article().outlet())).append("<br><span class=\"id\">").append(Html.escape(a.id()));
        a.article().published().ifPresent(d -> sb.append(" &middot; ").append(d));
        sb.append("</span></th>");
      }
      sb.append("</tr></thead>\n<tbody>\n");
      for (Passage p : c.passages()) {
        row(p);
      }
      sb.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void row(Passage p) {
      Optional<WordingDiff> w = Optional.ofNullable(wording.get(p.id()));
      List<AnalyzedArticle> carriers = main.stream().filter(a -> p.carriedBy(a.id())).toList();
      sb.append("<tr class=\"passage\" id=\"").append(Html.escape(p.id())).append("\" data-passage=\"")
          .append(Html.escape(p.id())).append("\"><th class=\"pcol\">").append(Html.escape(p.id()))
          .append("<div class=\"bar sal\" title=\"salience\"><span style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", 100 * clamp(p.salience()))).append("%\"></span></div>")
          .append("<span class=\"meta\">salience ").append(String.format(Locale.ROOT, "%.2f", p.salience()));
      if (showsAsZero(p.salience())) {
        sb.append(" <i>").append(AT_THE_END).append("</i>");   // not "worthless": where it stands, and who carries it
      }
      // outlets, not articles: one outlet's two articles that carry the passage are one outlet
      sb.append("<br>").append(OutletLabels.count(carriers)).append(" of ").append(mainOutlets).append(" outlets");
      // One version has nothing to differ from: "wording differs 0%" would read as the same words in every outlet.
      if (w.isPresent() && carriers.size() > 1) {
        sb.append("<br>wording differs ").append(String.format(Locale.ROOT, "%.0f%%", 100 * clamp(w.get().score())));
      }
      if (w.isPresent() && p.members().size() > 1) {
        sb.append("<br>reference: ").append(Html.escape(outletName(w.get().reference())));
      }
      sb.append("</span></th>");
      for (AnalyzedArticle a : main) {
        PassageMember m = p.member(a.id());
        List<Map.Entry<Discrepancy, Discrepancy.Value>> elsewhere = new ArrayList<>();
        for (Discrepancy d : discrepancies.get(p.id())) {
          d.values().stream().filter(v -> v.article().equals(a.id()) && v.passage().isPresent())
              .forEach(v -> elsewhere.add(Map.entry(d, v)));
        }
        if (m == null && !elsewhere.isEmpty()) {
          // the outlet states this passage's fact in another passage's sentence, with a value that differs from the
          // others': it reports the fact, so the cell says where, never "not reported"
          statedElsewhere(a, elsewhere);
        } else if (m == null) {
          // an omission listed below is one click away, and its entry links back to this row
          String anchor = omissionAnchor(a.id(), p.id());
          // no omission listed: a sentence of the outlet may give the fact in other words, or the passage states none,
          // and "not reported" would contradict the omissions list below
          boolean listed = later.contains(anchor) || omitted.contains(anchor);
          sb.append("<td class=\"gap").append(listed ? "" : " unmatched").append("\" data-article=\"")
              .append(Html.escape(a.id())).append("\" data-outlet=\"").append(Html.escape(outletName(a.id())))
              .append("\">");
          if (later.contains(anchor)) {
            sb.append("<a href=\"#").append(Html.escape(anchor)).append("\" title=\"reported only by articles")
                .append(" published later than ").append(Html.escape(outletName(a.id())))
                .append(": not counted as left out\">reported only later</a></td>");
          } else if (omitted.contains(anchor)) {
            sb.append("<a href=\"#").append(Html.escape(anchor)).append("\" title=\"see it among what ")
                .append(Html.escape(outletName(a.id()))).append(" leaves out\">not reported</a></td>");
          } else {
            sb.append("<span title=\"no sentence of ").append(Html.escape(outletName(a.id())))
                .append(" stands in this row, but it is not counted as leaving the passage out: ").append(UNMATCHED)
                .append("\">not matched</span></td>");
          }
        } else {
          cell(a, p, m, w.orElse(null));
        }
      }
      sb.append("</tr>\n");
    }

    /** The key of a passage and an article in {@link #acrossPassages}. */
    private static String at(String passage, String article) {
      return passage + '\u0000' + article;
    }

    /**
     * The cell of an outlet that states the passage's fact only in a sentence of another passage, with a figure or
     * date that differs from the others': where it stands, and its values.
     */
    private void statedElsewhere(AnalyzedArticle a, List<Map.Entry<Discrepancy, Discrepancy.Value>> values) {
      sb.append("<td class=\"elsewhere\" data-article=\"").append(Html.escape(a.id())).append("\" data-outlet=\"")
          .append(Html.escape(outletName(a.id()))).append("\">stated in ");
      String last = null;
      for (Map.Entry<Discrepancy, Discrepancy.Value> e : values) {
        Discrepancy.Value v = e.getValue();
        String q = v.passage().orElseThrow();
        if (!q.equals(last)) {
          sb.append(last == null ? "" : "; in ").append("<a href=\"#").append(Html.escape(q)).append("\">")
              .append(Html.escape(q)).append("</a>: ");
        } else {
          sb.append(", ");
        }
        last = q;
        sb.append("<mark class=\"g-fact\" title=\"").append(ReaderNames.of(e.getKey().kind()))
            .append(" differs between outlets\">").append(Html.escape(v.value())).append("</mark>");
      }
      sb.append("</td>");
    }

    private void cell(AnalyzedArticle a, Passage p, PassageMember m, WordingDiff w) {
      boolean reference = w != null && w.reference().equals(a.id()) && p.members().size() > 1;
      sb.append("<td class=\"member").append(reference ? " ref" : "").append("\" data-article=\"")
          .append(Html.escape(a.id())).append("\" data-outlet=\"").append(Html.escape(outletName(a.id())))
          .append(reference ? " (reference)" : "").append("\">");
      // Marks claim characters in this order: conflicting facts, this outlet's own edits, (in the reference version)
      // the words other outlets changed, then its framing cues. All are placed by offsets, never by searching text.
      List<Mark> marks = new ArrayList<>();
      List<Mark> referenceMarks = new ArrayList<>();
      List<Edit> edits = new ArrayList<>();
      // A name, number or date the reference version also states is the same fact, moved or repeated: only
      // what the reference does not say is marked as a changed fact.
      Set<String> said = reference || w == null ? Set.of() : referenceWords(p, w);
      if (w != null) {
        for (Edit e : w.edits()) {
          if (e.article().equals(a.id())) {
            edits.add(e);
            List<TextSpan> spans = markable(e, e.toSpans(), a);
            if (group(e.kind()).equals("g-fact")) {
              spans = spans.stream().filter(s -> !statedIn(said, a.article().text(), s)).toList();
            }
            marks.add(new Mark(spans, group(e.kind()),
                ReaderNames.of(e.kind()) + ": " + e.from() + " \u2192 " + e.to()));
          } else if (reference) {
            // a framing cue another outlet changed stays underlined as a cue, and says so on hover
            List<TextSpan> spans = markable(e, e.fromSpans(), a);
            Optional<FramingCue> cue = cueIn(a.id(), spans);
            referenceMarks.add(new Mark(spans, cue.isPresent() ? "g-ref g-cue" : "g-ref",
                "changed by " + outletName(e.article()) + cue.map(f -> "; " + cueTitle(f)).orElse("")));
          }
        }
      }
      int facts = 0;
      for (Discrepancy d : discrepancies.get(p.id())) {
        for (Discrepancy.Value v : d.values()) {
          // a passage's only version (its fact contradicted from another passage) has no reference to agree with
          if (v.article().equals(a.id())
              && (reference || p.members().size() == 1 || !agreesWithReference(d, w, v))) {
            marks.add(facts++, new Mark(List.of(new TextSpan(v.start(), v.end())), "g-fact",
                ReaderNames.of(d.kind()) + " differs between outlets"));
          }
        }
      }
      // a value of this passage compared with another passage's fact, where that discrepancy is listed
      for (Map.Entry<Discrepancy, Discrepancy.Value> e : acrossPassages.getOrDefault(at(p.id(), a.id()), List.of())) {
        Discrepancy.Value v = e.getValue();
        marks.add(facts++, new Mark(List.of(new TextSpan(v.start(), v.end())), "g-fact",
            ReaderNames.of(e.getKey().kind()) + " differs between outlets (see " + e.getKey().passage() + ")"));
      }
      marks.addAll(referenceMarks);
      // the outlet's own framing cues, underlined where no mark above claims their characters
      for (FramingCue cue : cues.getOrDefault(a.id(), List.of())) {
        if (m.sentences().contains(cue.sentence())) {
          marks.add(new Mark(List.of(new TextSpan(cue.start(), cue.end())), "g-cue", cueTitle(cue)));
        }
      }
      boolean first = true;
      boolean afterHeadline = false;
      for (int idx : m.sentences()) {
        if (idx < 0 || idx >= a.sentences().size()) {
          continue;
        }
        Sentence s = a.sentences().get(idx);
        boolean headline = s.role() == SentenceRole.HEADLINE;
        if (!first) {
          // a headline has no full stop: it stands on a line of its own, not run into the lead
          sb.append(headline || afterHeadline ? "<br>" : " ");
        }
        first = false;
        afterHeadline = headline;
        if (headline) {
          sb.append("<span class=\"headline\">");
        }
        highlight(s, marks);
        if (headline) {
          sb.append("</span>");
        }
      }
      List<Map.Entry<QuoteVariant, String>> variants = new ArrayList<>();   // this cell's quote versions, their groups
      for (QuoteGroup g : c.quotes()) {
        Set<List<Object>> seen = new HashSet<>();   // the same words printed twice in the cell are one badge
        for (QuoteVariant v : g.variants()) {
          if (v.article().equals(a.id()) && m.sentences().contains(v.sentence()) && seen.add(sameBadge(v))) {
            variants.add(Map.entry(v, g.id()));
          }
        }
      }
      if (!variants.isEmpty() || reference || !edits.isEmpty()) {
        sb.append("<div class=\"notes\">");
        if (reference) {
          sb.append("<span class=\"refmark\">reference</span> ");
        }
        for (Map.Entry<QuoteVariant, String> e : variants) {
          QuoteVariant v = e.getKey();
          // the badge opens the quote's row in the quotes table, where every outlet's version stands
          sb.append("<a class=\"qlink\" href=\"#").append(Html.escape(e.getValue()))
              .append("\" title=\"every outlet's version of this quote\">");
          badge(v);
          sb.append("</a><q>").append(Html.escape(truncate(v.text(), 60))).append("</q>");
          v.citedSource().ifPresent(src -> sb.append(" <span class=\"meta\">via ").append(Html.escape(src))
              .append("</span>"));
          sb.append(' ');
        }
        if (!edits.isEmpty()) {
          // The marks in the text show where; the list (folded, it can be long) says what each change was.
          sb.append("<details class=\"edits\"><summary>").append(edits.size())
              .append(edits.size() == 1 ? " wording change" : " wording changes").append("</summary>");
          for (Edit e : edits) {
            sb.append("<span class=\"edit ").append(group(e.kind())).append("\">")
                .append(Html.escape(e.from().isEmpty() ? "\u2205" : truncate(e.from(), EDIT_TEXT))).append(" \u2192 ")
                .append(Html.escape(e.to().isEmpty() ? "\u2205" : truncate(e.to(), EDIT_TEXT))).append(" <i>")
                .append(ReaderNames.of(e.kind())).append("</i></span> ");
          }
          sb.append("</details>");
        }
        sb.append("</div>");
      }
      sb.append("</td>");
    }

    /** The first framing cue of {@code article} that shares a character with {@code spans}, if any. */
    private Optional<FramingCue> cueIn(String article, List<TextSpan> spans) {
      for (FramingCue cue : cues.getOrDefault(article, List.of())) {
        for (TextSpan span : spans) {
          if (cue.start() < span.end() && span.start() < cue.end()) {
            return Optional.of(cue);
          }
        }
      }
      return Optional.empty();
    }

    private static String cueTitle(FramingCue cue) {
      return "framing cue: " + ReaderNames.noun(cue.kind());
    }

    /** The words of the passage's reference version (see {@link #words(String, Set)}). */
    private Set<String> referenceWords(Passage p, WordingDiff w) {
      PassageMember ref = p.member(w.reference());
      AnalyzedArticle a = byId.get(w.reference());
      Set<String> out = new HashSet<>();
      if (ref != null && a != null) {
        for (int idx : ref.sentences()) {
          if (idx >= 0 && idx < a.sentences().size()) {
            words(a.sentences().get(idx).text(), out);
          }
        }
      }
      return out;
    }

    /**
     * Whether {@code v} states what the reference version's own value states: the same numbers for a number
     * ("90,000 Russian troops" and "90,000 troops"), the same words otherwise.
     */
    private static boolean agreesWithReference(Discrepancy d, WordingDiff w, Discrepancy.Value v) {
      Set<String> said = referenceValues(d, w);
      Set<String> stated = words(v.value(), new HashSet<>());
      if (d.kind() == DiscrepancyKind.NUMBER) {
        said.removeIf(s -> !Character.isDigit(s.charAt(0)));
        stated.removeIf(s -> !Character.isDigit(s.charAt(0)));
      }
      return !said.isEmpty() && !stated.isEmpty() && said.containsAll(stated);
    }

    /** The words of the reference version's own values in a discrepancy; none when there is no reference. */
    private static Set<String> referenceValues(Discrepancy d, WordingDiff w) {
      Set<String> out = new HashSet<>();
      if (w != null) {
        d.values().stream().filter(v -> v.article().equals(w.reference())).forEach(v -> words(v.value(), out));
      }
      return out;
    }

    /**
     * The sentence with the marks' spans (offsets in the article's text) marked; where marks overlap, the
     * characters go to the mark listed first.
     */
    private void highlight(Sentence s, List<Mark> marks) {
      String text = s.text();
      if (text.length() != s.end() - s.start()) {
        // A custom analyzer changed the sentence's text (normalized it): offsets into the article no longer
        // point into this text, so it is shown unmarked rather than marked in the wrong places.
        Html.escapeTo(sb, text, 0, text.length());
        return;
      }
      int[] owner = new int[text.length()];
      Arrays.fill(owner, -1);
      for (int i = 0; i < marks.size(); i++) {
        for (TextSpan span : marks.get(i).spans()) {
          int from = Math.max(0, span.start() - s.start());
          int to = Math.min(text.length(), span.end() - s.start());
          // Whole code points only: a mark never splits a surrogate pair.
          from -= from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
          to += to > 0 && to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
          for (int k = from; k < to; k++) {
            if (owner[k] < 0) {
              owner[k] = i;
            }
          }
        }
      }
      int pos = 0;
      while (pos < text.length()) {
        int end = pos + 1;
        while (end < text.length() && owner[end] == owner[pos]) {
          end++;
        }
        if (owner[pos] < 0) {
          Html.escapeTo(sb, text, pos, end);
        } else {
          Mark mk = marks.get(owner[pos]);
          sb.append("<mark class=\"").append(mk.css()).append("\" title=\"").append(Html.escape(mk.title()))
              .append("\">");
          Html.escapeTo(sb, text, pos, end);
          sb.append("</mark>");
        }
        pos = end;
      }
    }

    private void omissions() {
      sb.append("<section id=\"omissions\"><h2>What each outlet leaves out</h2>\n");
      if (c.omissions().isEmpty()) {
        sb.append("<p>No outlet leaves out a passage the others carry.</p>\n</section>\n");
        return;
      }
      Map<String, String> outletOfMain = KeyOmissions.outletsOf(main);
      for (AnalyzedArticle a : main) {
        // what only later articles carry is listed apart, after the omissions that count
        List<Omission> list = c.omissionsOf(a.id());
        List<Omission> afterIt = c.reportedLaterOf(a.id());
        if (list.isEmpty() && afterIt.isEmpty()) {
          // said, not skipped: a reader cannot tell an outlet left off the list from one that leaves out nothing; an
          // outlet with grey "not matched" cells in the table is not said to leave out nothing the others carry
          List<String> unmatched = unmatched(c, a.id(), outletOfMain);
          sb.append("<h3 data-omissions=\"").append(Html.escape(a.id())).append("\">")
              .append(Html.escape(a.article().outlet())).append(" <span class=\"id\">").append(Html.escape(a.id()))
              .append("</span> leaves out ").append(unmatched.isEmpty() ? NOTHING_LEFT_OUT : NOTHING_COUNTED)
              .append("</h3>\n");
          if (!unmatched.isEmpty()) {
            sb.append("<p class=\"unmatched-note\" data-unmatched=\"").append(Html.escape(a.id())).append("\">")
                .append(Html.escape(notMatched(unmatched))).append(".</p>\n");
          }
          continue;
        }
        List<Omission> key = KeyOmissions.shown(list, outletOfMain);
        sb.append("<h3 data-omissions=\"").append(Html.escape(a.id())).append("\">")
            .append(Html.escape(a.article().outlet())).append(" <span class=\"id\">").append(Html.escape(a.id()))
            .append("</span> leaves out ");
        if (list.isEmpty()) {
          sb.append("nothing but what only later articles report</h3>\n");
        } else {
          sb.append(Html.escape(leftOut(list))).append("</h3>\n<ol class=\"omissions\">\n");
          for (Omission o : key) {
            omission(o, a.id());
          }
          sb.append("</ol>\n");
        }
        if (list.size() > key.size()) {
          sb.append("<details class=\"more\"><summary>").append(list.size() - key.size())
              .append(" more, carried by fewer outlets or less salient</summary>\n<ol class=\"omissions\">\n");
          for (Omission o : list) {
            if (!key.contains(o)) {
              omission(o, a.id());
            }
          }
          sb.append("</ol>\n</details>\n");
        }
        if (!afterIt.isEmpty()) {
          // folded like the less salient omissions: the page stays a few screens tall
          sb.append("<details class=\"more later\" data-later=\"").append(Html.escape(a.id())).append("\"><summary>")
              .append(Html.escape(leftOut(afterIt)))
              .append(" reported only by later articles (published on a later day or later the same day): not counted as"
                  + " left out")
              .append("</summary>\n<ol class=\"omissions later\">\n");
          for (Omission o : afterIt) {
            omission(o, a.id());
          }
          sb.append("</ol>\n</details>\n");
        }
      }
      sb.append("</section>\n");
    }

    private void omission(Omission o, String article) {
      // a part's anchor names where its words start: an article may leave out two parts of one passage it carries
      String anchor = omissionAnchor(article, o.passage()) + o.part().map(x -> "-part" + x.start()).orElse("");
      sb.append("<li id=\"").append(Html.escape(anchor)).append("\"><a href=\"#")
          .append(Html.escape(o.passage())).append("\">").append(Html.escape(o.passage()))
          .append("</a> <span class=\"meta\">salience ").append(String.format(Locale.ROOT, "%.2f", o.salience()))
          .append(", carried by ").append(Html.escape(join(outletNamesOf(o.coveredBy())))).append("</span><br>");
      if (o.part().isPresent()) {
        Omission.Part part = o.part().get();
        sb.append("<span class=\"meta\">").append(Html.escape(PART_OF)).append(", in ")
            .append(Html.escape(outletName(part.article()))).append("'s words:</span> <q class=\"part\" data-article=\"")
            .append(Html.escape(part.article())).append("\" data-sentence=\"").append(part.sentence())
            .append("\" data-start=\"").append(part.start()).append("\" data-end=\"").append(part.end()).append("\">")
            .append(Html.escape(truncate(part.text(), SNIPPET))).append("</q>");
      } else {
        sb.append(Html.escape(Optional.ofNullable(passages.get(o.passage())).map(this::snippet).orElse("")));
      }
      o.closest().filter(cl -> comesClose(cl.score())).ifPresent(cl -> sb.append("<br><span class=\"meta\">closest in ")
          .append(Html.escape(outletName(article))).append(" (similarity ")
          .append(String.format(Locale.ROOT, "%.2f", cl.score()))
          .append(", not counted as reporting it):</span> <q class=\"closest\" data-sentence=\"")
          .append(cl.sentence()).append("\" data-start=\"").append(cl.start()).append("\" data-end=\"").append(cl.end())
          .append("\">").append(Html.escape(truncate(cl.text(), SNIPPET))).append("</q>"));
      // an unrelated sentence shown as "closest" reads as the outlet's version of the fact: say none comes close
      o.closest().filter(cl -> !comesClose(cl.score())).ifPresent(cl -> sb.append("<br><span class=\"meta none-close\">")
          .append(Html.escape(nothingClose(outletName(article), cl.score()))).append("</span>"));
      sb.append("</li>\n");
    }

    private void quotes() {
      sb.append("<section id=\"quotes\"><h2>Quotes and how faithfully they were quoted</h2>\n");
      if (c.quotes().isEmpty()) {
        sb.append("<p>No quotes found.</p>\n</section>\n");
        return;
      }
      sb.append("<table class=\"list\"><thead><tr><th>Speaker</th><th>Outlet</th><th>Fidelity</th><th>Words</th>")
          .append("<th>Passage</th></tr></thead>\n<tbody>\n");
      for (QuoteGroup g : c.quotes()) {
        boolean first = true;
        // an outlet that prints the same words twice (headline and body) gets one row, which says so
        Map<List<Object>, Integer> rows = new LinkedHashMap<>();
        Map<List<Object>, QuoteVariant> shown = new LinkedHashMap<>();
        for (QuoteVariant v : g.variants()) {
          List<Object> key = sameRow(v);
          rows.merge(key, 1, Integer::sum);
          shown.putIfAbsent(key, v);
        }
        for (Map.Entry<List<Object>, QuoteVariant> row : shown.entrySet()) {
          QuoteVariant v = row.getValue();
          int times = rows.get(row.getKey());
          sb.append("<tr class=\"quote\" data-quote=\"").append(Html.escape(g.id())).append('"');
          if (first) {
            sb.append(" id=\"").append(Html.escape(g.id())).append('"');   // the target of the passages' badges
          }
          sb.append('>');
          if (first) {
            sb.append("<th rowspan=\"").append(shown.size()).append("\">")
                .append(Html.escape(g.speaker().isEmpty() ? "(unknown speaker)" : g.speaker()));
            if (TextReport.versionsDifferWithNoneConfirmed(c, g)) {
              // each version is "altered" only against the others, as the text summary says in words
              sb.append("<br><span class=\"meta\">the versions differ and no outlet confirms one: which is the"
                  + " speaker's is unknown</span>");
            }
            sb.append("</th>");
            first = false;
          }
          sb.append("<td>").append(Html.escape(outletName(v.article()))).append("</td><td>");
          badge(v);
          sb.append("</td><td><q>").append(Html.escape(v.text())).append("</q>");
          v.citedSource().ifPresent(src -> sb.append(" <span class=\"meta\">credited to ").append(Html.escape(src))
              .append("</span>"));
          if (times > 1) {
            sb.append(" <span class=\"meta\">printed ").append(times == 2 ? "twice" : times + " times")
                .append(" by this outlet</span>");
          }
          // words this outlet gives to someone other than the name most outlets give; "the statement said" gives a
          // person's words to their statement, which is no other speaker
          v.speaker().filter(who -> !who.equals(g.speaker()) && !SpeakingSources.isSource(who))
              .ifPresent(who -> sb.append(" <span class=\"meta\">given to ").append(Html.escape(who))
                  .append("</span>"));
          sb.append("</td><td>");
          passageOf(v).ifPresentOrElse(id -> sb.append("<a href=\"#").append(Html.escape(id)).append("\">")
              .append(Html.escape(id)).append("</a>"), () -> sb.append("&ndash;"));
          sb.append("</td></tr>\n");
        }
      }
      sb.append("</tbody></table>\n</section>\n");
    }

    private void discrepancies() {
      sb.append("<section id=\"discrepancies\"><h2>Facts stated differently</h2>\n");
      if (c.discrepancies().isEmpty()) {
        sb.append("<p>No numbers, dates or names conflict between outlets.</p>\n</section>\n");
        return;
      }
      sb.append("<ul class=\"findings\">\n");
      for (Discrepancy d : c.discrepancies()) {
        sb.append("<li><span class=\"kind\">").append(ReaderNames.of(d.kind())).append("</span> in <a href=\"#")
            .append(Html.escape(d.passage())).append("\">").append(Html.escape(d.passage())).append("</a>: ");
        // a value found in another passage names it, linked: "230 people (in p3)"
        Readings.write(d, c, sb, id -> "<b>" + Html.escape(outletName(id)) + "</b>",
            v -> "<mark class=\"g-fact\">" + Html.escape(v.value()) + "</mark>" + v.passage().map(q ->
                " <span class=\"meta\">(in <a href=\"#" + Html.escape(q) + "\">" + Html.escape(q) + "</a>)</span>")
                .orElse(""), " &middot; ");
        sb.append("</li>\n");
      }
      sb.append("</ul>\n</section>\n");
    }

    private void copying() {
      sb.append("<section id=\"copying\"><h2>Copying between outlets</h2>\n");
      if (c.reuse().isEmpty()) {
        sb.append("<p>No outlet reuses another's text.</p>\n</section>\n");
        return;
      }
      sb.append("<ul class=\"findings\">\n");
      for (Reuse r : c.reuse()) {
        if (r.basis() == ReuseBasis.INPUT_ORDER) {
          // nothing tells which came first: no direction that the order of the inputs alone would give it
          sb.append("<li><b>").append(Html.escape(outletName(r.to()))).append("</b> and <b>")
              .append(Html.escape(outletName(r.from()))).append("</b> share ").append(r.chars())
              .append(" characters <span class=\"meta\">(which came first is unknown: neither the dates nor the text"
                  + " around the shared words tell)</span>");
        } else {
          sb.append("<li><b>").append(Html.escape(outletName(r.to()))).append("</b> reuses ").append(r.chars())
              .append(" characters from <b>").append(Html.escape(outletName(r.from())))
              .append("</b> <span class=\"meta\">(")
              .append(Html.escape(r.direction())).append(")</span>");
        }
        if (!TextReport.sameOutletNote(c, r).isEmpty()) {
          sb.append(" <span class=\"meta\">(two versions of one outlet's article)</span>");
        }
        r.credit().ifPresent(x -> sb.append("<br><span class=\"meta\">It credits the source: <q>")
            .append(Html.escape(truncate(x, 300))).append("</q></span>"));
        AnalyzedArticle to = byId.get(r.to());
        if (to != null && !r.spans().isEmpty()) {
          sb.append("<ul>");
          int shown = 0;
          for (ReuseSpan s : r.spans()) {
            if (shown++ >= 3) {
              sb.append("<li class=\"meta\">and ").append(r.spans().size() - 3).append(" more</li>");
              break;
            }
            String text = to.article().text();
            int start = Math.max(0, Math.min(s.toStart(), text.length()));
            int end = Math.max(start, Math.min(s.toEnd(), text.length()));
            sb.append("<li><q>").append(Html.escape(truncate(text.substring(start, end), 300))).append("</q></li>");
          }
          sb.append("</ul>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n</section>\n");
    }

    private void otherEvents() {
      sb.append("<section id=\"other\"><h2>Articles ").append(TextReport.setApartWords(c)).append("</h2>\n");
      if (other.isEmpty()) {
        sb.append("<p>Every article reports the same event.</p>\n</section>\n");
        return;
      }
      sb.append("<p>These were left out of the comparison.</p>\n<ul class=\"findings\">\n");
      for (AnalyzedArticle a : other) {
        sb.append("<li data-other=\"").append(Html.escape(a.id())).append("\"><b>")
            .append(Html.escape(a.article().outlet())).append("</b> <span class=\"id\">").append(Html.escape(a.id()));
        a.article().published().ifPresent(d -> sb.append(" &middot; ").append(d));
        sb.append("</span>: ").append(Html.escape(truncate(TextReport.headline(a), 140)))
            .append("<br><span class=\"meta\">")
            .append(Html.escape(events.get(a.id()).reason())).append("</span></li>\n");
      }
      sb.append("</ul>\n</section>\n");
    }

    private void removed() {
      sb.append("<section id=\"removed\"><h2>What cleaning removed</h2>\n");
      // an article with nothing removed has nothing to open: its name goes on one line, not on a fold of its own
      List<AnalyzedArticle> untouched = c.articles().stream().filter(a -> a.article().removed().isEmpty()).toList();
      if (untouched.size() < c.articles().size()) {
        sb.append("<p>Page chrome (menus, links, captions, footers) removed before comparing; open to check.</p>\n");
      }
      for (AnalyzedArticle a : c.articles()) {
        List<Removal> rs = a.article().removed();
        if (rs.isEmpty()) {
          continue;
        }
        sb.append("<details><summary>").append(Html.escape(a.article().outlet())).append(" <span class=\"id\">")
            .append(Html.escape(a.id())).append("</span>: ").append(rs.size())
            .append(rs.size() == 1 ? " removal" : " removals").append("</summary>\n");
        sb.append("<ol class=\"removed\">");
        for (Removal r : rs) {
          sb.append("<li><span class=\"kind\">").append(ReaderNames.of(r.reason())).append("</span> ")
              .append(Html.escape(truncate(r.text(), 400))).append("</li>");
        }
        sb.append("</ol>\n");
        sb.append("</details>\n");
      }
      if (!untouched.isEmpty()) {
        sb.append("<p class=\"untouched\">Nothing was removed from ").append(Html.escape(join(outletNames(untouched))))
            .append(".</p>\n");
      }
      sb.append("</section>\n");
    }

    /** A version's fidelity, "altered, meaning reversed" when it says the opposite, as the text summary writes it. */
    private void badge(QuoteVariant v) {
      badge(v.fidelity(), v.reversed() ? ", meaning reversed" : "");
    }

    private void badge(Fidelity f) {
      badge(f, "");
    }

    private void badge(Fidelity f, String more) {
      sb.append("<span class=\"badge f-").append(JsonNames.of(f)).append("\">").append(ReaderNames.of(f))
          .append(more).append("</span>");
    }

    private String snippet(Passage p) {
      return PassageFace.of(c, p).map(s -> outletName(PassageFace.member(c, p).article()) + ": " + truncate(s.text(), SNIPPET))
          .orElse("");
    }

    private String outletName(String id) {
      return labels.of(id);
    }

    /**
     * The anchor of {@code article}'s omission of {@code passage} in the omissions list: "o" and the article's place
     * in the input, so no article id (which may hold any character) goes into a link.
     */
    private String omissionAnchor(String article, String passage) {
      return "o" + order.getOrDefault(article, -1) + "-" + passage;
    }

    /** The id of the passage whose row shows {@code v}'s sentence, when one does. */
    private Optional<String> passageOf(QuoteVariant v) {
      return c.passages().stream().filter(p -> p.member(v.article()) != null
          && p.member(v.article()).sentences().contains(v.sentence())).map(Passage::id).findFirst();
    }

    /**
     * What a row of the quotes table shows of a version: two versions of one group that agree on it (an outlet printing
     * the same words in its headline and its body) are one row.
     */
    private List<Object> sameRow(QuoteVariant v) {
      return List.of(v.article(), v.text(), v.fidelity(), v.reversed(), v.citedSource(), v.speaker(),
          passageOf(v).orElse(""));
    }

    private List<String> outletNamesOf(List<String> ids) {
      return ids.stream().map(this::outletName).toList();
    }

    private List<String> outletNames(List<AnalyzedArticle> articles) {
      return articles.stream().map(a -> labels.of(a.id())).toList();
    }
  }

  /** What a quote badge in a cell shows of a version: versions that agree on it are one badge. */
  private static List<Object> sameBadge(QuoteVariant v) {
    return List.of(v.text(), v.fidelity(), v.reversed(), v.citedSource());
  }

  /** Characters to mark (offsets in the article's text), their CSS class and their tooltip. */
  private record Mark(List<TextSpan> spans, String css, String title) {}

  /**
   * The spans of an edit worth marking in the text: all of them for framing and facts; for other wording,
   * only when the edit changes at most {@link #MAX_MARKED_REWORDING} words in all. A longer edit is a rewrite,
   * not a changed word: marking it would colour whole sentences (or scattered pieces of one) and hide the
   * changes that matter; it stays listed under the cell's wording changes, and in the JSON.
   */
  private static List<TextSpan> markable(Edit e, List<TextSpan> spans, AnalyzedArticle in) {
    if (!group(e.kind()).equals("g-words")) {
      return spans;
    }
    String text = in.article().text();
    int words = 0;
    for (TextSpan span : spans) {
      words += span.end() <= text.length()
          ? Blanks.wordCount(text.substring(span.start(), span.end()))
          : MAX_MARKED_REWORDING + 1;
    }
    return words <= MAX_MARKED_REWORDING ? spans : List.of();
  }

  /**
   * Whether every word and number of {@code text}'s span is in {@code said}: then the span states nothing the
   * reference does not. An empty {@code said} (no reference) contains nothing.
   */
  private static boolean statedIn(Set<String> said, String text, TextSpan span) {
    if (said.isEmpty() || span.end() > text.length()) {
      return false;
    }
    Set<String> words = words(text.substring(span.start(), span.end()), new HashSet<>());
    return !words.isEmpty() && said.containsAll(words);
  }

  /**
   * Adds the words of {@code text} to {@code into}, lower-cased, a number without its thousands separators
   * ("90,000" and "90000" are one number) and a possessive without its "s" ("Lavrov's" is "lavrov").
   */
  static Set<String> words(String text, Set<String> into) {
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      StringBuilder w = new StringBuilder();
      while (i < text.length()) {
        char ch = text.charAt(i);
        boolean separator = (ch == ',' || ch == '.') && w.length() > 0 && Character.isDigit(w.charAt(w.length() - 1))
            && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (Character.isLetterOrDigit(ch)) {
          w.append(Character.toLowerCase(ch));
        } else if (separator) {
          if (ch == '.') {
            w.append('.');
          }
        } else {
          break;
        }
        i++;
      }
      String word = w.toString();
      if (!word.equals("s")) {
        into.add(word);
      }
    }
    return into;
  }

  /** The colour group of an edit kind: other words, framing, or facts. */
  static String group(EditKind kind) {
    return switch (kind) {
      case SYNONYM, CLAUSE, OTHER -> "g-words";
      case INTENSIFIER, SOFTENER, HEDGE, ATTRIBUTION, DISTANCING, LOADED -> "g-frame";
      case NUMBER, DATE, ENTITY -> "g-fact";
    };
  }

  /**
   * An outlet's framing cues in words, each count with a noun of its number: "2 hedges (may, reportedly), 1 loaded
   * word (irresponsibly)", or "none found". When the count is larger than the examples (a word used twice is one
   * example), the examples say so: "3 attributions (e.g. accusing, accused)".
   */
  static String framing(FramingSummary f) {
    if (f.counts().isEmpty()) {
      return "none found";
    }
    StringBuilder s = new StringBuilder();
    for (FramingSummary.KindCount k : f.counts()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(ReaderNames.counted(k.count(), k.kind()));
      if (!k.examples().isEmpty()) {
        s.append(k.examples().size() < k.count() ? " (e.g. " : " (").append(String.join(", ", k.examples())).append(')');
      }
    }
    return s.toString();
  }

  /**
   * What salience weighs, in a reader's words, as {@code PassageDrafter} computes it (see {@code Aligners.standard}):
   * the share counts outlets, so an outlet's two articles on the event count once; a passage one outlet carries
   * scores at most 0.3, and 0.00 where it stands last in its text, which in a text of a headline and one paragraph is
   * the lead.
   */
  static final String SALIENCE = "0.7 for the share of the event's other outlets that carry it (an outlet's two"
      + " articles count once; 1 when there is one outlet), 0.2 for how early it stands in the texts that carry"
      + " it, on average, from 1 for the first sentence to 0 for the last whatever the text's length, 0.1 when it"
      + " holds a headline or a summary bullet; so 0.00 marks a passage one outlet carries at the end of its text,"
      + " which in a text of a headline and one paragraph is its lead";
  /** The note beside a salience shown as 0.00. */
  static final String AT_THE_END = "(one outlet, at the end of its text)";

  /**
   * Why an empty cell is not an omission, in a reader's words: the omission check, looser than alignment, found that a
   * sentence of the outlet may give the fact in other words, or that the passage states no fact of its own.
   */
  static final String UNMATCHED = "one of its sentences may report the fact in other words, or the passage states no"
      + " fact of its own (a teaser, an aside)";

  /**
   * The least similarity at which an omission's closest sentence is shown as such: under it the sentence shares next to
   * nothing with the passage, and shown beside it would read as the outlet's version of the fact. On the 505 AllSides
   * stories 1,576 of 5,786 omissions have a closest sentence under 0.05; of 40 of them read, none reports the fact,
   * while from 0.05 up more and more are near misses (a reader's check of an omission needs those).
   */
  static final double CLOSEST_FLOOR = 0.05;

  /** Whether an omission's closest sentence, at this similarity, comes close enough to be shown. */
  static boolean comesClose(double score) {
    return score >= CLOSEST_FLOOR;
  }

  /** What the reports say instead of a closest sentence under {@link #CLOSEST_FLOOR}: that none comes close. */
  static String nothingClose(String outlet, double score) {
    return "no sentence of " + outlet + " comes close (the closest scores "
        + String.format(Locale.ROOT, "%.2f", score) + ")";
  }

  /** What the reports say of an outlet that leaves out no passage another outlet carries. */
  static final String NOTHING_LEFT_OUT = "nothing the other outlets carry";

  /**
   * What the reports say of an outlet that is listed as leaving out nothing while some passages other outlets carry
   * match none of its sentences ({@link #unmatched}): "nothing the other outlets carry" would overstate it.
   */
  static final String NOTHING_COUNTED = "nothing counted as left out";

  /** What a part omission's line says before the part's words (text and HTML alike). */
  static final String PART_OF = "carries the passage without this part";

  /**
   * How much {@code omissions} (of one article) leave out, in words: "2 passages", "part of 1 passage it carries",
   * "1 passage and part of 2 it carries".
   */
  static String leftOut(List<Omission> omissions) {
    long parts = omissions.stream().filter(Omission::isPart).count();
    long whole = omissions.size() - parts;
    String wholeWords = whole + (whole == 1 ? " passage" : " passages");
    if (parts == 0) {
      return wholeWords;
    }
    return whole == 0 ? "part of " + parts + (parts == 1 ? " passage" : " passages") + " it carries"
        : wholeWords + " and part of " + parts + " it carries";
  }

  /**
   * The passages, in passage order, that a main-event article of another outlet carries ({@code outletOfMain}: the
   * outlet of each main-event article, by id) and article {@code id} neither carries, nor is listed as leaving out
   * (counted or reported only later), nor states in another passage's sentence with a value that differs (a
   * discrepancy's value placed in that other passage): the passages whose cell in its column is a grey "not matched"
   * one and that "the other outlets carry". A passage only articles about another event carry, or only other articles
   * of the same outlet, is none of them.
   */
  static List<String> unmatched(Comparison c, String id, Map<String, String> outletOfMain) {
    Set<String> listed = new HashSet<>();
    c.omissionsOf(id).forEach(o -> listed.add(o.passage()));
    c.reportedLaterOf(id).forEach(o -> listed.add(o.passage()));
    for (Discrepancy d : c.discrepancies()) {
      if (d.values().stream().anyMatch(v -> v.article().equals(id) && v.passage().isPresent())) {
        listed.add(d.passage());
      }
    }
    String own = outletOfMain.getOrDefault(id, id);
    return c.passages().stream().filter(p -> !p.carriedBy(id) && !listed.contains(p.id())
        && p.articles().stream().anyMatch(x -> outletOfMain.containsKey(x) && !outletOfMain.get(x).equals(own)))
        .map(Passage::id).toList();
  }

  /**
   * What the reports say of the passages {@code ids} ({@link #unmatched}, as printed) of an outlet listed as leaving
   * out nothing: how many, which, and why they are not counted.
   */
  static String notMatched(List<String> ids) {
    return (ids.size() == 1 ? "1 passage the other outlets carry (" : ids.size() + " passages the other outlets carry (")
        + String.join(", ", ids) + (ids.size() == 1 ? ") matches none of its sentences, yet is"
            : ") match none of its sentences, yet are") + " not counted as left out: " + UNMATCHED;
  }

  /** Whether a salience prints as 0.00. */
  static boolean showsAsZero(double salience) {
    return clamp(salience) < 0.005;
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static String join(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "no outlet" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * {@code s} with runs of white space collapsed to one space, cut to {@code max} characters with an ellipsis: between
   * two words when one ends in the last third of the room ("Karl Lind opened the…"), inside a word only when no word
   * ends there (one long word).
   */
  static String truncate(String s, int max) {
    StringBuilder t = new StringBuilder(Math.min(s.length(), max + 1));
    boolean space = false;
    for (int i = 0; i < s.length() && t.length() <= max; i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch)) {
        space = t.length() > 0;
      } else {
        if (space) {
          t.append(' ');
          space = false;
        }
        t.append(ch);
      }
    }
    if (t.length() <= max) {
      return t.toString();
    }
    int cut = max - 1;
    int lastSpace = t.lastIndexOf(" ", cut);
    if (lastSpace >= max * 2 / 3) {
      cut = lastSpace;   // the words before the cut stay whole
    } else if (Character.isHighSurrogate(t.charAt(cut - 1))) {
      cut--;
    }
    t.setLength(cut);
    return t.append('\u2026').toString();
  }

  private static final String CSS = """
      :root{--ink:#1d232b;--muted:#5b6570;--line:#d5dbe1;--gap:#f6f0f0;--head:#eef2f6}
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);\
      margin:0 auto;padding:0 1.2rem 3rem;max-width:1800px}
      header h1{margin:1.2rem 0 .2rem;font-size:1.6rem}
      .sub{color:var(--muted);margin:0 0 1rem}
      .note{border-left:4px solid #c98a2b;background:#fdf6ea;padding:.4rem .7rem;margin:0 0 1rem}
      h2{font-size:1.2rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
      h3{font-size:1rem;margin:1rem 0 .3rem}
      .id,.meta{color:var(--muted);font-size:.82em;font-weight:normal}
      q.closest{quotes:none;font-style:italic}
      #legend ul{margin:.3rem 0;padding-left:1.2rem}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse}
      table.side{width:100%;table-layout:fixed}
      table.side th,table.side td{border:1px solid var(--line);padding:.45rem .55rem;vertical-align:top;\
      text-align:left;overflow-wrap:anywhere}
      table.side thead th{background:var(--head);position:sticky;top:0}
      th.pcol{width:8.5rem;background:#fafbfc;font-weight:600}
      td.gap a{color:inherit}
      td.gap{background:repeating-linear-gradient(135deg,var(--gap),var(--gap) 8px,#fff 8px,#fff 16px);color:#a04040;\
      font-style:italic;text-align:center;vertical-align:middle}
      td.elsewhere{color:var(--muted);font-style:italic;vertical-align:middle}
      .gap-sample{background:var(--gap);color:#a04040;font-style:italic;padding:0 .3rem;border:1px dashed #d9b3b3}
      td.gap.unmatched{background:#fafbfc;color:var(--muted)}
      .gap-sample.unmatched{background:#fafbfc;color:var(--muted);border-color:var(--line)}
      td.ref{background:#fbfdff}
      .headline{font-weight:600}
      .refmark{font-size:.75em;border:1px solid #8aa4c0;color:#35597f;border-radius:3px;padding:0 .25rem}
      mark{border-radius:2px;padding:0 1px}
      mark.g-words{background:#fff1a8}
      mark.g-frame{background:#ffd2a6}
      mark.g-fact{background:#ffb3b3}
      mark.g-ref{background:none;text-decoration:underline dotted #8aa4c0;text-decoration-thickness:2px}
      mark.g-cue,mark.g-ref.g-cue{background:none;text-decoration:underline solid #d9822b;\
      text-decoration-thickness:2px}
      .notes{margin-top:.35rem;font-size:.82em;line-height:1.7}
      .edit{display:inline-block;border-radius:3px;padding:0 .25rem;margin:0 .15rem .1rem 0}
      details.edits summary{color:var(--muted)}
      .edit.g-words{background:#fff8d6}.edit.g-frame{background:#ffe9d4}.edit.g-fact{background:#ffdede}
      .badge{display:inline-block;font-size:.75em;font-weight:600;border-radius:9px;padding:0 .45rem;\
      margin-right:.2rem;color:#fff}
      .f-verbatim{background:#2e7d4f}.f-truncated{background:#8a6d1a}.f-altered{background:#b3261e}\
      .f-paraphrase{background:#5a5fa8}.f-unique{background:#6b7480}
      .bar{display:inline-block;width:9rem;height:.7rem;background:#edf0f3;border-radius:3px;vertical-align:middle;\
      overflow:hidden}
      .bar span{display:block;height:100%}
      .bar.cov span{background:#2f6fb0}.bar.omi span{background:#c0504d}.bar.sal span{background:#7a8793}
      th.pcol .bar{width:100%;display:block;margin:.2rem 0}
      .pct{margin-left:.4rem;font-variant-numeric:tabular-nums}
      table.chart th,table.chart td,table.list th,table.list td{padding:.3rem .7rem;\
      border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      .kind{font-size:.78em;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
      ol.omissions li,ul.findings li{margin-bottom:.4rem}
      tr.passage,tr.quote,ol.omissions li{scroll-margin-top:5rem}
      tr.passage:target th.pcol,tr.quote:target,ol.omissions li:target{background:#fff6cc}
      a.qlink{text-decoration:none}
      details{margin:.3rem 0}summary{cursor:pointer}#legend summary h2{display:inline}
      ol.removed{font-size:.85em;color:var(--muted)}
      footer{margin-top:2.5rem;color:var(--muted);font-size:.8em}
      .event{font-size:1.1rem;margin:.2rem 0}
      @media (max-width:900px){
      body{padding:0 .6rem 2rem;font-size:14px}
      .scroll{overflow-x:visible}
      table.side{min-width:0 !important;table-layout:auto}
      table.side thead{display:none}
      table.side,table.side tbody,table.side tr,table.side th.pcol,table.side td{display:block;width:auto}
      table.side tr.passage{border:1px solid var(--line);margin:0 0 1rem}
      table.side th,table.side td{border:0;border-top:1px solid var(--line)}
      table.side td::before{content:attr(data-outlet);display:block;font-weight:600;font-size:.82em;\
      color:var(--muted);font-style:normal}
      table.side td.gap{text-align:left}
      th.pcol .bar{width:9rem}
      .bar{width:5rem}
      table.chart,table.list{width:100%}
      table.chart td,table.list td{overflow-wrap:break-word}
      table.chart th,table.chart td,table.list th,table.list td{padding:.25rem .35rem}
      }
      """;
}
