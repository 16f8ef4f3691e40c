package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventBasis;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.PublishedTime;
import dev.parallax.internal.Generations;
import dev.parallax.internal.LateDates;
import dev.parallax.internal.SpeakingSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A short plain-text summary of a {@link Comparison} for a terminal: the event, the outlets with their
 * coverage and framing cues, the top passages with who carries them, the top omissions (each with the omitting
 * outlet's closest sentence, or "no sentence … comes close" when it scores under 0.05), quote fidelity findings
 * (each with its passage and the other outlet's version it was judged against)
 * and quotes that outlets give to different people, discrepancies, copying, and the articles about another event.
 *
 * <p>Control characters in article text are replaced, so a hostile page cannot move the cursor or recolour
 * the terminal. Stateless, thread-safe and deterministic.
 *
 * <pre>{@code
 * System.out.print(TextReport.render(comparison));
 * }</pre>
 */
public final class TextReport {
  private static final int TOP_PASSAGES = 8;
  private static final int TOP_OMISSIONS = 3;
  private static final int TOP_FINDINGS = 8;
  private static final int SNIPPET = 100;
  /** The width notes are wrapped to, as the note under the outlets' table is. */
  private static final int LINE = 110;
  /** Words shown before the words another outlet's version shares with a quote. */
  private static final int CONTEXT_WORDS = 3;
  /** What the reports say under the event when {@link Comparison#mainArticlesShareNothing()}. */
  static final String NOTHING_SHARED = "No fact is carried by two of these articles: they may be opinion pieces or"
      + " about different events, and each one's facts are listed as the others' omissions.";

  /** How the omission score weighs what an outlet leaves out, in a reader's words (text and HTML alike). */
  static final String OMISSION_WEIGHT = "weighted by salience too, so passages at salience 0.00 add nothing to it";

  private TextReport() {}

  /** The summary as text, ending with a newline. */
  public static String render(Comparison c) {
    Objects.requireNonNull(c, "comparison");
    StringBuilder sb = new StringBuilder();
    OutletLabels labels = new OutletLabels(c);
    List<AnalyzedArticle> main = new ArrayList<>();
    List<AnalyzedArticle> other = new ArrayList<>();
    for (AnalyzedArticle a : c.articles()) {
      (isOther(c, a.id()) ? other : main).add(a);
    }
    // outlets, not articles: one outlet's two articles on the event are one outlet
    long outlets = OutletLabels.count(main);
    sb.append("Parallax: ").append(c.articles().size()).append(c.articles().size() == 1 ? " article, " : " articles, ")
        .append(outlets).append(outlets == 1 ? " outlet" : " outlets").append(" on the main event, ")
        .append(c.passages().size()).append(c.passages().size() == 1 ? " passage" : " passages")
        .append(shared(c, main)).append(" (similarity: ").append(clean(c.similarity())).append(")\n");
    if (!main.isEmpty()) {
      sb.append("Event: ").append(snippet(EventName.of(main))).append('\n');
    }
    for (AnalyzedArticle a : c.articles()) {   // information only: no figure below reads it
      a.article().genreMark().ifPresent(m -> sb.append(clean(labels.of(a.id()))).append(": ")
          .append(clean(ReaderNames.genre(m))).append('\n'));
    }
    if (c.mainArticlesShareNothing()) {
      sb.append("Note: ").append(NOTHING_SHARED).append('\n');
    }
    lateDateNotes(c, labels).forEach(n -> sb.append("Note: ").append(clean(n)).append('\n'));
    if (outlets == 1 && !other.isEmpty()) {
      // the user gave several outlets and the table below shows one: say why before the table does
      sb.append("Note: only one outlet is on the main event; ").append(other.size() == 1 ? "the other article is"
          : "the other " + other.size() + " articles are").append(' ').append(setApartWords(c)).append(" (listed at the end), so"
          + " nothing is compared across outlets.\n");
    }

    int width = Math.max(20, main.stream().mapToInt(a -> clean(labels.of(a.id())).length()).max().orElse(0));
    sb.append('\n')
        .append(String.format(Locale.ROOT, "%-" + (width + 2) + "s  coverage  omission  only-here%n", "Outlets"));
    Map<String, OutletSummary> summaries = new HashMap<>();
    c.outlets().forEach(o -> summaries.putIfAbsent(o.article(), o));
    for (AnalyzedArticle a : main) {
      OutletSummary o = summaries.get(a.id());
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", clean(labels.of(a.id())), o == null ? "-"
          : String.format(Locale.ROOT, "%7.0f%%  %7.0f%%  %9d", 100 * o.coverage(), 100 * o.omissionScore(),
              o.exclusives().size())));
    }
    // the omission score is weighted like coverage: an outlet that leaves out only passages at salience 0.00 scores 0%
    // beside "leaves out 2 passages", which reads as a wrong figure unless the note says so
    sb.append(wrapped("(coverage: how much of the whole story, weighted by salience, the outlet carries; omission: how"
        + " much of what the other outlets report it leaves out, " + OMISSION_WEIGHT + "; only-here: passages no other"
        + " outlet carries)", "  "));

    sb.append("\nFraming (cues in each outlet's own words: hedges, distancing, scare quotes, loaded words and more)\n");
    for (AnalyzedArticle a : main) {
      OutletSummary o = summaries.get(a.id());
      if (o != null) {
        sb.append("  ").append(clean(labels.of(a.id()))).append(": ").append(clean(HtmlReport.framing(o.framing())))
            .append('\n');
      }
    }

    sb.append("\nTop passages\n");
    int shown = 0;
    for (Passage p : c.passages()) {
      if (shown++ >= TOP_PASSAGES) {
        sb.append("  ... and ").append(c.passages().size() - TOP_PASSAGES).append(" more\n");
        break;
      }
      sb.append(String.format(Locale.ROOT, "  %-4s salience %.2f  carried by %s%n", clean(p.id()), p.salience(),
          carriers(labels, main, p.articles(), "")));
      sb.append("       ").append(passageSnippet(c, p)).append('\n');
    }
    if (c.passages().isEmpty()) {
      sb.append("  (none)\n");
    }
    // the omissions are written first: the salience note under the passages explains a 0.00 only when one is printed
    StringBuilder left = new StringBuilder();
    boolean zeroShown = c.passages().stream().limit(TOP_PASSAGES).anyMatch(p -> HtmlReport.showsAsZero(p.salience()));
    boolean any = false;
    Map<String, String> outletOfMain = KeyOmissions.outletsOf(main);
    for (AnalyzedArticle a : main) {
      // what only later articles carry is not counted: said apart, after the omissions that count
      List<Omission> list = c.omissionsOf(a.id());
      List<String> later = c.reportedLaterOf(a.id()).stream()
          .map(o -> (o.isPart() ? "part of " : "") + clean(o.passage())).toList();
      if (list.isEmpty() && later.isEmpty()) {
        // said, not skipped: a reader cannot tell an outlet left off the list from one that leaves out nothing
        if (!c.omissions().isEmpty()) {
          // passages the others carry that match none of its sentences are said, not hidden behind "nothing"
          List<String> unmatched = HtmlReport.unmatched(c, a.id(), outletOfMain);
          if (unmatched.isEmpty()) {
            left.append("  ").append(clean(labels.of(a.id()))).append(" leaves out ").append(HtmlReport.NOTHING_LEFT_OUT)
                .append('\n');
          } else {
            left.append(wrapped(clean(labels.of(a.id())) + " leaves out " + HtmlReport.NOTHING_COUNTED + "; "
                + HtmlReport.notMatched(unmatched.stream().map(TextReport::clean).toList()), "  "));
          }
        }
        continue;
      }
      any = true;
      String laterLine = later.size() + (later.size() == 1 ? " passage" : " passages")
          + " reported only by later articles, not counted as left out: " + ids(later);
      if (list.isEmpty()) {
        left.append(wrapped(clean(labels.of(a.id())) + ": " + laterLine, "  "));
        continue;
      }
      List<Omission> key = KeyOmissions.shown(list, outletOfMain);
      List<Omission> top = key.subList(0, Math.min(TOP_OMISSIONS, key.size()));
      left.append("  ").append(clean(labels.of(a.id()))).append(" leaves out ").append(HtmlReport.leftOut(list))
          .append(list.size() > top.size() ? "; the ones that matter most:\n" : ":\n");
      for (Omission o : top) {
        zeroShown |= HtmlReport.showsAsZero(o.salience());
        left.append(String.format(Locale.ROOT, "    %-4s salience %.2f, in %s: %s%n", clean(o.passage()), o.salience(),
            carriers(labels, main, o.coveredBy(), a.id()), o.part().map(x -> HtmlReport.PART_OF + ", in "
                + clean(labels.of(x.article())) + "'s words: " + snippet(x.text()))
                .orElseGet(() -> c.passage(o.passage()).map(p -> passageSnippet(c, p)).orElse(""))));
        left.append(closest(o, clean(labels.of(a.id()))));
      }
      if (list.size() > top.size()) {
        left.append("    ... and ").append(list.size() - top.size())
            .append(" carried by fewer outlets or less salient (all are in the HTML and JSON reports)\n");
      }
      if (!later.isEmpty()) {
        left.append(wrapped("also " + laterLine, "    "));
      }
    }
    if (!any) {
      left.setLength(0);
      left.append("  (none)\n");
    }
    if (zeroShown) {
      // a 0.00 beside a lead reads as "worthless": say what the figure weighs
      sb.append(wrapped("(salience, 0 to 1: " + HtmlReport.SALIENCE + ")", "  "));
    }
    sb.append("\nTop omissions\n").append(left);

    sb.append("\nQuotes\n");
    // One line per distinct finding: an outlet that prints the same altered quote twice is listed once.
    Set<String> findings = new LinkedHashSet<>();
    for (QuoteGroup g : c.quotes()) {
      boolean unknownOriginal = versionsDifferWithNoneConfirmed(c, g);
      if (unknownOriginal && findings.size() < TOP_FINDINGS) {
        findings.add(versionsDiffer(c, labels, g));
      }
      for (QuoteVariant v : g.variants()) {
        if (v.fidelity() == Fidelity.VERBATIM || v.fidelity() == Fidelity.UNIQUE || findings.size() >= TOP_FINDINGS
            || unknownOriginal && v.fidelity() == Fidelity.ALTERED) {
          continue;
        }
        // whom this outlet gives the words to, else the name most outlets give (also for "the statement said")
        String named = v.speaker().filter(who -> !SpeakingSources.isSource(who)).orElse(g.speaker());
        String speaker = named.isEmpty() ? "someone" : clean(named);
        // a paraphrase is the outlet's own sentence, not a quote: say so
        String says = v.fidelity() == Fidelity.PARAPHRASE
            ? " gives " + speaker + (speaker.endsWith("s") ? "'" : "'s") + " words without quotation marks: \""
            : " quotes " + speaker + " as \"";
        String kind = ReaderNames.of(v.fidelity()) + (v.reversed() ? ", meaning reversed" : "");
        findings.add("  " + kind + ": " + clean(labels.of(v.article())) + says
            + snippet(v.text()) + "\"\n" + comparedWith(c, labels, g, v));
      }
    }
    findings.forEach(sb::append);
    int told = 0;
    for (QuoteGroup g : c.quotes()) {
      String line = attributedDifferently(g, labels);
      if (!line.isEmpty() && told++ < TOP_FINDINGS) {
        sb.append(line);
      }
    }
    // by outlet, not by article: one outlet's two articles that print a quote do not share it with another outlet
    List<QuoteGroup> sharedGroups = c.quotes().stream().filter(g -> printedByOutlets(c, g) > 1).toList();
    long shared = sharedGroups.size();
    long sameWords = sharedGroups.stream()
        .filter(g -> g.variants().stream().anyMatch(v -> sameWordsAsAnotherOutlet(c, g, v))).count();
    if (c.quotes().isEmpty()) {
      sb.append("  No quotes found.\n");
    } else if (shared == 0) {
      // no quote two outlets print: no outlet quotes another's words, and a row of zeros says nothing more (the
      // findings above, if any, compare one outlet's articles with each other)
      sb.append("  ").append(c.quotes().size()).append(c.quotes().size() == 1 ? " quote" : " quotes")
          .append(" found, none printed by more than one outlet")
          .append(findings.isEmpty() ? ", so no version can be checked against another" : "").append('\n');
    } else {
      sb.append("  ").append(c.quotes().size()).append(c.quotes().size() == 1 ? " quote" : " quotes").append(" found, ")
          .append(shared).append(" of them printed by more than one outlet, ")
          .append(sameWords == 0 ? "none" : sameWords).append(" of those in the same words by two outlets or more")
          .append(findings.isEmpty() ? "; no quote altered, cut short or paraphrased" : "").append('\n');
    }

    sb.append("\nDiscrepancies\n");
    for (int i = 0; i < Math.min(TOP_FINDINGS, c.discrepancies().size()); i++) {
      Discrepancy d = c.discrepancies().get(i);
      sb.append("  ").append(ReaderNames.of(d.kind())).append(" in ").append(clean(d.passage())).append(": ");
      // a value found in another passage names it: "Lindby Post "230 people" (in p3) vs Kesra Times "223 people""
      Readings.write(d, c, sb, id -> clean(labels.of(id)),
          v -> '"' + snippet(v.value()) + '"' + v.passage().map(q -> " (in " + clean(q) + ")").orElse(""), " vs ");
      sb.append('\n');
      // the words around each value: the passage's first shown sentence may hold neither
      Set<String> sentences = new HashSet<>();
      for (Discrepancy.Value v : d.values()) {
        c.article(v.article()).filter(a -> sentences.add(v.article() + "\u0000" + v.sentence()))
            .flatMap(a -> around(a, v)).ifPresent(words -> sb.append("    ").append(clean(labels.of(v.article())))
                .append(": \"").append(words).append("\"\n"));
      }
    }
    if (c.discrepancies().isEmpty()) {
      sb.append("  (none)\n");
    }

    sb.append("\nCopying\n");
    List<String> sameTexts = sameTexts(c, labels);
    sameTexts.forEach(line -> sb.append("  ").append(clean(line)).append('\n'));
    for (int i = 0; i < Math.min(TOP_FINDINGS, c.reuse().size()); i++) {
      Reuse r = c.reuse().get(i);
      if (r.basis() == ReuseBasis.INPUT_ORDER) {
        // nothing tells which came first: the line states no direction the order of the inputs alone would give it
        sb.append("  ").append(clean(labels.of(r.to()))).append(" and ").append(clean(labels.of(r.from())))
            .append(" share ").append(r.chars()).append(" characters (which came first is unknown)");
      } else {
        sb.append("  ").append(clean(labels.of(r.to()))).append(" reuses ").append(r.chars()).append(" characters of ")
            .append(clean(labels.of(r.from()))).append("'s text (").append(clean(whoWasFirst(c, labels, r))).append(")");
      }
      sb.append(clean(sameOutletNote(c, r)));
      sb.append(r.credit().map(x -> ", credited: \"" + clean(x) + "\"").orElse("")).append('\n');
    }
    if (c.reuse().isEmpty() && sameTexts.isEmpty()) {
      sb.append("  (none)\n");
    }

    if (!other.isEmpty()) {
      sb.append(anyNotEnglish(c) ? "\nLeft out of the comparison\n" : "\nAbout another event (left out)\n");
      for (AnalyzedArticle a : other) {
        String reason = c.events().stream().filter(e -> e.article().equals(a.id())).map(ArticleEvent::reason)
            .findFirst().orElse("");
        sb.append("  ").append(clean(labels.of(a.id()))).append(": ").append(clean(reason)).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * How many of the passages two or more outlets carry, as the reports say it after the passage count: most passages
   * of independently written articles are one outlet's own, and "12 passages aligned across three outlets" reads as
   * twelve shared facts. Outlets are counted by name, an outlet's two articles counting once.
   *
   * <table>
   *   <caption>Cases</caption>
   *   <tr><th>main-event outlets, passages, carried by two or more outlets</th><th>words</th></tr>
   *   <tr><td>one outlet, one article</td><td>(nothing)</td></tr>
   *   <tr><td>one outlet, 2 articles, 15 passages, 4 in both</td><td>", 4 of them carried by both articles"</td></tr>
   *   <tr><td>3, no passage</td><td>(nothing)</td></tr>
   *   <tr><td>3, 12 passages, 3 shared</td><td>", 3 of them carried by two or more outlets"</td></tr>
   *   <tr><td>3, 11 passages, none shared</td><td>", none of them carried by two outlets"</td></tr>
   *   <tr><td>2, 1 passage, shared</td><td>", carried by both outlets"</td></tr>
   * </table>
   */
  static String shared(Comparison c, List<AnalyzedArticle> main) {
    long outlets = OutletLabels.count(main);
    if (main.size() < 2 || c.passages().isEmpty()) {
      return "";
    }
    // one outlet's articles: what they share is counted by article, so the line does not lose its clause
    boolean byArticle = outlets < 2;
    Map<String, String> carrierOf = byArticle
        ? main.stream().collect(Collectors.toMap(AnalyzedArticle::id, AnalyzedArticle::id, (x, y) -> x))
        : KeyOmissions.outletsOf(main);
    String unit = byArticle ? "article" : "outlet";
    long carried = c.passages().stream()
        .filter(p -> p.articles().stream().filter(carrierOf::containsKey).map(carrierOf::get).distinct().count() > 1)
        .count();
    if (carried == 0) {
      return c.passages().size() == 1 ? ", carried by one " + unit + " only"
          : ", none of them carried by two " + unit + "s";
    }
    long carriers = byArticle ? main.size() : outlets;
    String some = byArticle ? "two or more of its articles" : "two or more outlets";
    if (c.passages().size() == 1) {
      return ", carried by " + (carriers == 2 ? "both " + unit + "s" : some);
    }
    // of two outlets a count still reads "two or more outlets" (of two articles, "both articles")
    String many = byArticle && carriers == 2 ? "both articles" : some;
    return ", " + (carried == c.passages().size() ? "all" : String.valueOf(carried)) + " of them carried by " + many;
  }

  /** The article's title, or its first sentence when it has none (plain text files carry no title). */
  static String headline(AnalyzedArticle a) {
    return EventName.headline(a);
  }

  /**
   * One line for each article whose text after cleaning is the same, sentence for sentence, as an article given
   * before it ("a2 is the same text as a"): two copies of one file, or one story a site printed twice.
   */
  private static List<String> sameTexts(Comparison c, OutletLabels labels) {
    List<String> lines = new ArrayList<>();
    List<List<String>> texts = c.articles().stream()
        .map(a -> a.sentences().stream().map(Sentence::text).toList()).toList();
    for (int j = 1; j < texts.size(); j++) {
      int first = texts.subList(0, j).indexOf(texts.get(j));
      if (first >= 0 && !texts.get(j).isEmpty()) {
        lines.add(labels.of(c.articles().get(j).id()) + " is the same text as "
            + labels.of(c.articles().get(first).id()));
      }
    }
    return lines;
  }

  /**
   * "early published first, on 2026-03-14 at 07:05; updated at 09:10" when both came out on one day at times their date
   * lines give ({@link PublishedTime}), else empty.
   */
  private static Optional<String> sameDayTimes(Comparison c, OutletLabels labels, Reuse r) {
    Optional<Article> from = c.article(r.from()).map(AnalyzedArticle::article);
    Optional<Article> to = c.article(r.to()).map(AnalyzedArticle::article);
    if (from.isEmpty() || to.isEmpty() || from.get().published().isEmpty()
        || !from.get().published().equals(to.get().published())) {
      return Optional.empty();
    }
    Optional<PublishedTime.Clock> first = PublishedTime.of(from.get());
    Optional<PublishedTime.Clock> then = PublishedTime.of(to.get());
    if (first.isEmpty() || then.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(labels.of(r.from()) + " published first, on " + from.get().published().get() + " at "
        + first.get() + "; " + labels.of(r.to()) + " at " + then.get());
  }

  /**
   * "; two versions of one outlet's article" when both articles of {@code r} are one outlet's (its first version and
   * an update), else empty: the line is about an outlet's revision, not about one outlet copying another.
   */
  static String sameOutletNote(Comparison c, Reuse r) {
    Optional<String> from = c.article(r.from()).map(a -> a.article().outlet());
    return from.isPresent() && from.equals(c.article(r.to()).map(a -> a.article().outlet()))
        ? "; two versions of one outlet's article" : "";
  }

  /** Why the source is taken to be the source, in plain words. */
  static String whoWasFirst(Comparison c, OutletLabels labels, Reuse r) {
    String from = labels.of(r.from());
    return switch (r.basis()) {
      case PUBLISHED_EARLIER -> sameDayTimes(c, labels, r).orElse(from + " published first, on " + c.article(r.from())
          .flatMap(a -> a.article().published()).map(Object::toString).orElse("an earlier day") + "; "
          + labels.of(r.to()) + " on " + c.article(r.to()).flatMap(a -> a.article().published()).map(Object::toString)
          .orElse("a later day"));
      case CREDITS_SOURCE -> "same day or no dates; " + labels.of(r.to()) + " names " + from
          + " where it prints the shared words";
      case LONGER_CONTEXT -> "same day or no dates; " + from + "'s version has more of its own text around the shared"
          + " words, so it is taken as the source";
      case INPUT_ORDER -> "same day or no dates, so which came first is unknown; " + from + " was given first";
      default -> r.direction();
    };
  }

  /**
   * Whether the comparison set apart an article as not English ({@link EventBasis#NOT_ENGLISH}): the reports then say
   * "left out of the comparison" where they say "about another event", since that article may well report the event.
   */
  static boolean anyNotEnglish(Comparison c) {
    return c.events().stream().anyMatch(e -> e.basis() == EventBasis.NOT_ENGLISH);
  }

  /** What the articles set apart are, in the reports' words: "about another event", or "left out of the comparison". */
  static String setApartWords(Comparison c) {
    return anyNotEnglish(c) ? "left out of the comparison" : "about another event";
  }

  /**
   * The notes of the main event's articles dated more than a year after every other compared article ({@link
   * LateDates}), as the reports print them: "gazette is dated 2099-01-01, 74 years after the latest other article
   * (2024-05-06): the date sets no article apart but is taken as given for which came first; check it". An article set
   * apart has the note in its reason, which the reports print already; none when no article is dated so late.
   */
  static List<String> lateDateNotes(Comparison c, OutletLabels labels) {
    List<Article> compared = c.articles().stream().filter(a -> c.events().stream().noneMatch(e -> e.article()
        .equals(a.id()) && e.basis() == EventBasis.NOT_ENGLISH)).map(AnalyzedArticle::article).toList();
    return LateDates.of(compared).stream().filter(l -> !isOther(c, l.article()))
        .map(l -> labels.of(l.article()) + " is " + l.note()).toList();
  }

  private static boolean isOther(Comparison c, String id) {
    return c.events().stream().anyMatch(e -> e.article().equals(id) && e.membership() == EventMembership.OTHER);
  }

  /**
   * Who carries a passage, in the fewest words a reader can check: every outlet's name, or, when the list would name
   * {@value #MANY} outlets or more and at most half as many are left out, the count and the ones left out (six names
   * of eleven stay six names: "all but" five more would be no shorter to check).
   *
   * <table>
   *   <caption>Cases (main-event outlets, one article each)</caption>
   *   <tr><th>outlets, carrying, {@code omitting}</th><th>words</th></tr>
   *   <tr><td>4, 3 of them, none</td><td>"Alpha, Beta, Gamma"</td></tr>
   *   <tr><td>4, all, none</td><td>"all 4 outlets"</td></tr>
   *   <tr><td>11, 10 of them, none</td><td>"10 of 11 outlets, all but Kappa"</td></tr>
   *   <tr><td>11, the 10 others, Kappa</td><td>"all 10 other outlets"</td></tr>
   *   <tr><td>11, 8 of them, none</td><td>"8 of 11 outlets, all but Iota, Kappa, Lambda"</td></tr>
   *   <tr><td>11, 6 of them, none</td><td>the six names</td></tr>
   * </table>
   *
   * <p>When one outlet gave two articles the names are listed, as the labels then name articles, not outlets.
   *
   * @param omitting the article that leaves the passage out, whose outlet is none of the others; "" for none
   */
  private static String carriers(OutletLabels labels, List<AnalyzedArticle> main, List<String> ids, String omitting) {
    List<String> named = ids.stream().map(labels::of).distinct().toList();
    List<String> all = main.stream().map(AnalyzedArticle::id).filter(id -> !id.equals(omitting)).map(labels::of)
        .distinct().toList();
    boolean oneArticleEach = OutletLabels.count(main) == main.size();
    if (!oneArticleEach || named.size() < MANY || !all.containsAll(named)
        || 2 * (all.size() - named.size()) > named.size()) {
      return outlets(labels, ids);
    }
    String others = omitting.isEmpty() ? " outlets" : " other outlets";
    if (named.size() == all.size()) {
      return "all " + all.size() + others;
    }
    List<String> left = all.stream().filter(x -> !named.contains(x)).toList();
    return named.size() + " of " + all.size() + others + ", all but " + clean(String.join(", ", left));
  }

  /**
   * The line under an omission that lets a reader judge it: the omitting outlet's closest sentence, or, when it scores
   * under {@link HtmlReport#CLOSEST_FLOOR}, that none comes close; nothing when the comparer looked for none.
   */
  private static String closest(Omission o, String outlet) {
    return o.closest().map(cl -> "         " + (HtmlReport.comesClose(cl.score())
        ? String.format(Locale.ROOT, "closest in %s (similarity %.2f): %s", outlet, cl.score(),
            snippet(cl.text()))
        : clean(HtmlReport.nothingClose(outlet, cl.score()))) + "\n").orElse("");
  }

  /**
   * Passage ids for a line of text: all of them up to {@value #IDS}, else the first {@value #IDS} and how many more (the
   * summary prints a few passages, so a long run of ids names passages the reader can find only in the other reports).
   */
  static String ids(List<String> ids) {
    return ids.size() <= IDS ? String.join(", ", ids) : String.join(", ", ids.subList(0, IDS)) + " and "
        + (ids.size() - IDS) + " more (all are in the HTML and JSON reports)";
  }

  /** How many passage ids {@link #ids} writes out. */
  private static final int IDS = 8;

  /** From how many outlets on a list {@link #carriers} counts them instead of naming them all. */
  private static final int MANY = 4;

  private static String outlets(OutletLabels labels, List<String> ids) {
    return clean(String.join(", ", ids.stream().map(labels::of).toList()));
  }

  private static String passageSnippet(Comparison c, Passage p) {
    return PassageFace.of(c, p).map(s -> snippet(s.text())).orElse("");
  }

  /** How many outlets print a version of the quote (an outlet's articles count once). */
  /**
   * Whether two or more outlets print a quote in words that differ, none of them confirmed by another outlet's same
   * words (no version is verbatim) and none reversing another's meaning: then each is "altered" only against the
   * others, and which is the speaker's is unknown, so the summary says that once rather than accusing each outlet.
   */
  static boolean versionsDifferWithNoneConfirmed(Comparison c, QuoteGroup g) {
    List<QuoteVariant> altered = g.variants().stream().filter(v -> v.fidelity() == Fidelity.ALTERED).toList();
    return altered.stream().map(v -> outletOf(c, v.article())).distinct().count() >= 2
        && g.variants().stream().noneMatch(v -> v.fidelity() == Fidelity.VERBATIM || v.reversed());
  }

  /**
   * The one line for a quote whose versions differ with none confirmed: "altered: the versions of Ann Ward's words
   * differ in p1 (Lindby Post: "...", Kelby Star: "..."); which is the speaker's is unknown".
   */
  private static String versionsDiffer(Comparison c, OutletLabels labels, QuoteGroup g) {
    String speaker = g.speaker().isEmpty() ? "someone" : clean(g.speaker());
    Map<String, List<String>> byOutlet = new LinkedHashMap<>();
    String passage = "";
    for (QuoteVariant v : g.variants()) {
      if (v.fidelity() != Fidelity.ALTERED) {
        continue;
      }
      List<String> texts = byOutlet.computeIfAbsent(clean(labels.of(v.article())), k -> new ArrayList<>());
      String quoted = "\"" + snippet(v.text()) + "\"";
      if (!texts.contains(quoted)) {
        texts.add(quoted);
      }
      if (passage.isEmpty()) {
        passage = c.passages().stream().filter(p -> p.member(v.article()) != null
            && p.member(v.article()).sentences().contains(v.sentence())).map(p -> " in " + clean(p.id()))
            .findFirst().orElse("");
      }
    }
    List<String> versions = new ArrayList<>();
    byOutlet.forEach((outlet, texts) -> versions.add(outlet + ": " + String.join(", ", texts)));
    return "  " + ReaderNames.of(Fidelity.ALTERED) + ": the versions of " + speaker
        + (speaker.endsWith("s") ? "'" : "'s") + " words differ" + passage + " (" + String.join("; ", versions)
        + "); which is the speaker's is unknown\n";
  }

  /**
   * How many outlets print quote {@code g}: an outlet that only restates it in its own words ({@link
   * Fidelity#PARAPHRASE}, "Mayor Jane Doe said the town would rebuild") prints no version of it.
   */
  private static long printedByOutlets(Comparison c, QuoteGroup g) {
    return g.variants().stream().filter(v -> v.fidelity() != Fidelity.PARAPHRASE).map(v -> outletOf(c, v.article()))
        .distinct().count();
  }

  /**
   * Whether {@code v} is an outlet quoting the same words as another outlet: it is verbatim and so is a version of
   * another outlet. A version verbatim only because the others cut it short or changed its words (the fuller
   * version, the earliest one read against) has no other outlet's same words; nor has one outlet repeating itself
   * (its two articles verbatim, no other outlet's version), nor the quoted version another outlet only paraphrases
   * ({@link QuoteGroup#sameWordsElsewhere}).
   */
  private static boolean sameWordsAsAnotherOutlet(Comparison c, QuoteGroup g, QuoteVariant v) {
    if (!g.sameWordsElsewhere(v)) {
      return false; // not verbatim, or only the words another outlet paraphrases
    }
    String outlet = outletOf(c, v.article());
    return g.variants().stream().anyMatch(o -> o.fidelity() == Fidelity.VERBATIM
        && !outletOf(c, o.article()).equals(outlet));
  }

  /** The outlet of article {@code id}; the id itself when the comparison has no such article. */
  private static String outletOf(Comparison c, String id) {
    return c.article(id).map(a -> a.article().outlet()).orElse(id);
  }

  /**
   * The line under a quote finding that lets a reader check it: the passage the quote stands in and the other
   * outlet's version it was judged against, the one sharing the most words with it ("    in p3; Beta News's
   * version: "…""), or the empty string when no other outlet prints the quote. A truncated version is judged against
   * its own article's longer versions too: a headline's cut of the article's own quote is read against that quote.
   */
  private static String comparedWith(Comparison c, OutletLabels labels, QuoteGroup g, QuoteVariant v) {
    Set<String> words = words(v.text());
    QuoteVariant best = null;
    long bestShared = -1;
    for (QuoteVariant o : g.variants()) {
      if (o.article().equals(v.article()) && (v.fidelity() != Fidelity.TRUNCATED || o.sentence() == v.sentence()
          || o.text().length() <= v.text().length())) {
        continue;
      }
      long shared = words(o.text()).stream().filter(words::contains).count();
      if (shared > bestShared || (shared == bestShared && o.text().length() > best.text().length())) {
        best = o;
        bestShared = shared;
      }
    }
    if (best == null) {
      return "";
    }
    String passage = c.passages().stream().filter(p -> p.member(v.article()) != null
        && p.member(v.article()).sentences().contains(v.sentence())).map(p -> "in " + clean(p.id()) + "; ")
        .findFirst().orElse("");
    String other = clean(labels.of(best.article()));
    return "    " + passage + other + (other.endsWith("s") ? "'" : "'s") + " version: \"" + around(best.text(), words)
        + "\"\n";
  }

  /**
   * A snippet of {@code text} that shows the words it shares with a quote: from a few words before the first two
   * shared words in a row (else the first shared word), with an ellipsis for what it skips.
   */
  private static String around(String text, Set<String> shared) {
    String[] tokens = clean(text).strip().split("\\s+");
    int first = -1;
    for (int i = 0; i < tokens.length && first < 0; i++) {
      if (!Collections.disjoint(words(tokens[i]), shared)
          && (i + 1 == tokens.length || !Collections.disjoint(words(tokens[i + 1]), shared))) {
        first = i;
      }
    }
    for (int i = 0; i < tokens.length && first < 0; i++) {
      if (!Collections.disjoint(words(tokens[i]), shared)) {
        first = i;
      }
    }
    int from = Math.max(0, first - CONTEXT_WORDS);
    String shown = String.join(" ", Arrays.asList(tokens).subList(from, tokens.length));
    return from > 0 ? "\u2026" + snippet(shown) : snippet(shown);
  }

  /** A text's words in lower case, letters and digits only. */
  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * A line saying that outlets give a quote's words to different people ("attributed differently: Alpha Daily gives
   * "…" to Karl Lind, Beta News to Jane Doe"), or the empty string. Only names count, each outlet's first, not a body
   * or document ("the statement") nor a description in lower case ("a Democratic senator"); names of one family name
   * ("Roger Stone", "Roger J. Stone Jr.") are one person.
   */
  private static String attributedDifferently(QuoteGroup g, OutletLabels labels) {
    Map<String, QuoteVariant> byArticle = new LinkedHashMap<>();
    Set<String> families = new LinkedHashSet<>();
    for (QuoteVariant v : g.variants()) {
      String name = v.speaker().orElse("");
      if (v.fidelity() != Fidelity.PARAPHRASE && isName(name) && !byArticle.containsKey(v.article())) {
        byArticle.put(v.article(), v);
        families.add(familyName(name));
      }
    }
    if (families.size() < 2) {
      return "";
    }
    StringBuilder line = new StringBuilder("  attributed differently: ");
    boolean first = true;
    for (QuoteVariant v : byArticle.values()) {
      line.append(first ? "" : ", ").append(clean(labels.of(v.article())))
          .append(first ? " gives \"" + snippet(v.text()) + "\" to " : " to ").append(clean(v.speaker().orElseThrow()));
      first = false;
    }
    return line.append('\n').toString();
  }

  /** Whether a speaker is written as a name: its first and last words capitalised, and no body or document. */
  private static boolean isName(String speaker) {
    String[] words = speaker.strip().split("\\s+");
    return !speaker.isBlank() && !SpeakingSources.isSource(speaker) && Character.isUpperCase(words[0].codePointAt(0))
        && Character.isUpperCase(familyName(speaker).codePointAt(0));
  }

  /** A name's last word, without a generational suffix ("Jr.", "III") or a period. */
  private static String familyName(String name) {
    String[] words = name.strip().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && Generations.is(words[last])) {
      last--;
    }
    String w = words[last].replace(".", "").replace(",", "");
    return w.isEmpty() ? words[last] : w;
  }

  /**
   * {@code text} in lines of at most {@value #LINE} characters, each opening with {@code indent}, broken between
   * words.
   */
  static String wrapped(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > LINE) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
      }
      line.append(line.length() > indent.length() ? " " : "").append(word);
    }
    return out.append(line).append('\n').toString();
  }

  private static String snippet(String text) {
    return HtmlReport.truncate(clean(text), SNIPPET);
  }

  /** How many characters of a value's sentence the summary shows on each side of the value, at most. */
  private static final int AROUND = 60;

  /**
   * The words around a discrepancy's value in its sentence, up to {@value #AROUND} characters each side, cut at a word
   * and marked "..." where the sentence goes on: {@code ...the harbour board on Wednesday ordered all ferry crews...};
   * empty when the value's sentence is not the article's (a value built by hand).
   */
  static Optional<String> around(AnalyzedArticle a, Discrepancy.Value v) {
    if (v.sentence() < 0 || v.sentence() >= a.sentences().size()) {
      return Optional.empty();
    }
    Sentence s = a.sentences().get(v.sentence());
    String text = a.article().text();
    int from = Math.max(0, Math.min(s.start(), text.length()));
    int to = Math.max(from, Math.min(s.end(), text.length()));
    if (v.start() < from || v.end() > to) {
      return Optional.empty();
    }
    int left = Math.max(from, v.start() - AROUND);
    if (left > from) {
      int space = text.indexOf(' ', left);
      left = space < 0 || space >= v.start() ? left : space + 1;
    }
    int right = Math.min(to, v.end() + AROUND);
    if (right < to) {
      int space = text.lastIndexOf(' ', right);
      right = space <= v.end() ? right : space;
    }
    String words = clean(text.substring(left, right)).replaceAll("\\s+", " ").strip();
    return Optional.of((left > from ? "..." : "") + words + (right < to ? "..." : ""));
  }

  /** Replaces control characters (escape sequences included) and bidi controls so text cannot steer the terminal. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\n' || ch == '\t' || ch == '\r') {
        sb.append(' ');
      } else if (Character.isISOControl(ch) || (ch >= '\u202A' && ch <= '\u202E')
          || (ch >= '\u2066' && ch <= '\u2069')) {
        sb.append('\uFFFD');
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
