package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventBasis;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.TextSpan;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.compare.Edit;
import dev.parallax.compare.EditKind;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.FramingCue;
import dev.parallax.compare.FramingKind;
import dev.parallax.compare.FramingSummary;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.PairDifference;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.compare.ReuseSpan;
import dev.parallax.compare.WordingDiff;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.GenreMark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built comparison of three outlets reporting Lavrov's OSCE warning and one later article, with
 * every kind of finding filled in, so that the reports can be tested without the rest of the pipeline.
 */
final class SampleComparison {
  private SampleComparison() {}

  static final String RT_NATO = "NATO refuses to consider our proposals, Lavrov told the OSCE meeting in Stockholm.";

  /** The sample, with {@code hostile} appended to the RT article as an extra sentence carried by RT alone. */
  static Comparison create(String hostile) {
    List<String> rtSentences = new ArrayList<>(List.of(
        "Lavrov warns of return to 'nightmare' of military confrontation in Europe",
        "Russian Foreign Minister Sergei Lavrov said on Thursday that Europe risks a return to the "
            + "\"nightmare scenario of military confrontation\".",
        RT_NATO,
        "Moscow has proposed a pact on European security guarantees."));
    if (!hostile.isEmpty()) {
      rtSentences.add(hostile);
    }
    AnalyzedArticle rt = article("001_rt", "RT", LocalDate.of(2021, 12, 2), rtSentences,
        "READ MORE: Putin says the West takes Russia's red lines too lightly");
    AnalyzedArticle bi = article("002_bi", "Business Insider", LocalDate.of(2021, 12, 2), List.of(
        "Russia's Lavrov warns of 'nightmarish' military confrontation as Ukraine tensions rise",
        "Russian Foreign Minister Sergei Lavrov warned on Thursday that Europe could see the "
            + "\"nightmare scenario of military confrontation\" return.",
        "Ukraine says Russia has massed 94,000 troops near the border.",
        "Blinken warned of \"serious consequences\" if Russia invades, and met Lavrov afterwards."), "");
    AnalyzedArticle zh = article("003_zh", "ZeroHedge", LocalDate.of(2021, 12, 3), List.of(
        "Lavrov Warns Of 'Nightmare' Military Confrontation",
        "Russian Foreign Minister Sergei Lavrov claimed Thursday that Europe risks a return to the "
            + "\"nightmare scenario of military confrontation\".",
        "Kyiv claims more than 90,000 Russian troops are near the border.",
        "NATO refuses to consider our proposals, Lavrov told the OSCE meeting."), "");
    AnalyzedArticle later = article("004_later", "unnamed outlet", LocalDate.of(2021, 12, 24), List.of(
        "Lavrov says talks with NATO on security guarantees must start in January."), "");

    List<ArticleEvent> events = List.of(
        new ArticleEvent("001_rt", EventMembership.MAIN, "shares 4 passages with 2 other articles",
            EventBasis.SHARES_FACTS),
        new ArticleEvent("002_bi", EventMembership.MAIN, "shares 3 passages with 2 other articles",
            EventBasis.SHARES_FACTS),
        new ArticleEvent("003_zh", EventMembership.MAIN, "shares 4 passages with 2 other articles",
            EventBasis.SHARES_FACTS),
        new ArticleEvent("004_later", EventMembership.OTHER, "published 22 days after the others and shares no passage",
            EventBasis.PUBLISHED_APART));

    List<Passage> passages = new ArrayList<>(List.of(
        passage("p1", 0.95, 0.82, member("001_rt", 1), member("002_bi", 1), member("003_zh", 1)),
        passage("p2", 0.8, 0.55, member("001_rt", 0), member("002_bi", 0), member("003_zh", 0)),
        passage("p3", 0.7, 0.41, member("002_bi", 2), member("003_zh", 2)),
        passage("p4", 0.6, 0.9, member("001_rt", 2), member("003_zh", 3)),
        passage("p5", 0.4, 1.0, member("002_bi", 3)),
        passage("p6", 0.3, 1.0, member("001_rt", 3))));
    if (!hostile.isEmpty()) {
      passages.add(passage("p7", 0.1, 1.0, member("001_rt", 4)));
    }

    List<WordingDiff> wording = List.of(
        new WordingDiff("p1", "001_rt", 0.18, List.of(
            new PairDifference("001_rt", "002_bi", 0.24), new PairDifference("001_rt", "003_zh", 0.08),
            new PairDifference("002_bi", "003_zh", 0.27)), List.of(
            edit(EditKind.ATTRIBUTION, rt, 1, "said", bi, 1, "warned"),
            edit(EditKind.HEDGE, rt, 1, "risks a return to", bi, 1, "could see"),
            edit(EditKind.ATTRIBUTION, rt, 1, "said", zh, 1, "claimed"),
            edit(EditKind.OTHER, rt, 1, "on", zh, 1, ""))),
        new WordingDiff("p2", "001_rt", 0.45, List.of(), List.of(
            edit(EditKind.INTENSIFIER, rt, 0, "nightmare", bi, 0, "nightmarish"))),
        new WordingDiff("p3", "002_bi", 0.59, List.of(), List.of(
            edit(EditKind.ATTRIBUTION, bi, 2, "says", zh, 2, "claims"),
            edit(EditKind.NUMBER, bi, 2, "94,000", zh, 2, "more than 90,000"))),
        new WordingDiff("p4", "001_rt", 0.1, List.of(), List.of(
            edit(EditKind.CLAUSE, rt, 2, "in Stockholm", zh, 3, ""))));

    List<FramingCue> framing = List.of(
        new FramingCue("003_zh", FramingKind.ATTRIBUTION, "claimed", 1, 0, 0),
        new FramingCue("003_zh", FramingKind.ATTRIBUTION, "claims", 2, 0, 0));

    List<QuoteGroup> quotes = List.of(
        new QuoteGroup("q1", "Sergei Lavrov", List.of(
            new QuoteVariant("001_rt", 1, "nightmare scenario of military confrontation", Fidelity.VERBATIM,
                Optional.empty(), Optional.of("Sergei Lavrov")),
            new QuoteVariant("002_bi", 1, "nightmare scenario of military confrontation", Fidelity.VERBATIM,
                Optional.of("Reuters"), Optional.of("Maria Zakharova")),
            new QuoteVariant("002_bi", 0, "nightmarish", Fidelity.ALTERED, Optional.empty()),
            new QuoteVariant("003_zh", 1, "nightmare scenario of military confrontation", Fidelity.VERBATIM,
                Optional.empty()))),
        new QuoteGroup("q2", "Antony Blinken", List.of(
            new QuoteVariant("002_bi", 3, "serious consequences", Fidelity.UNIQUE, Optional.empty()))));

    int rtNato = rt.sentences().get(2).start();
    int zhNato = zh.sentences().get(3).start();
    List<Reuse> reuse = List.of(new Reuse("001_rt", "003_zh",
        List.of(new ReuseSpan(rtNato, rtNato + 59, zhNato, zhNato + 59)), 59, "published earlier",
        ReuseBasis.PUBLISHED_EARLIER));

    List<Discrepancy> discrepancies = List.of(new Discrepancy(DiscrepancyKind.NUMBER, "p3", List.of(
        value(bi, 2, "94,000 troops"),
        value(zh, 2, "more than 90,000 Russian troops"))));

    List<Omission> omissions = new ArrayList<>(List.of(
        new Omission("001_rt", "p3", 0.7, List.of("002_bi", "003_zh")),
        new Omission("001_rt", "p5", 0.4, List.of("002_bi")),
        new Omission("002_bi", "p4", 0.6, List.of("001_rt", "003_zh")),
        new Omission("002_bi", "p6", 0.3, List.of("001_rt")),
        new Omission("003_zh", "p5", 0.4, List.of("002_bi")),
        new Omission("003_zh", "p6", 0.3, List.of("001_rt"))));
    if (!hostile.isEmpty()) {
      omissions.add(4, new Omission("002_bi", "p7", 0.1, List.of("001_rt")));
      omissions.add(new Omission("003_zh", "p7", 0.1, List.of("001_rt")));
    }

    List<OutletSummary> outlets = List.of(
        new OutletSummary("001_rt", 0.7067, 0.3279, hostile.isEmpty() ? List.of("p6") : List.of("p6", "p7"),
            new FramingSummary(List.of(), 52)),
        new OutletSummary("002_bi", 0.76, 0.2609, List.of("p5"), new FramingSummary(List.of(), 58)),
        new OutletSummary("003_zh", 0.8133, 0.1867, List.of(), new FramingSummary(List.of(
            new FramingSummary.KindCount(FramingKind.ATTRIBUTION, 2, 40.0, List.of("claimed", "claims"))), 50)));

    return new Comparison("lexical", List.of(rt, bi, zh, later), events, passages, wording, framing, quotes, reuse,
        discrepancies, omissions, outlets);
  }

  static Comparison create() {
    return create("");
  }

  private static AnalyzedArticle article(String id, String outlet, LocalDate date, List<String> sentences,
      String removed) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      int start = text.length();
      text.append(s);
      out.add(new Sentence(out.size(), s, start, text.length(),
          out.isEmpty() ? SentenceRole.HEADLINE : SentenceRole.BODY, List.of()));
      text.append("\n\n");
    }
    List<Removal> removals = List.of();
    if (!removed.isEmpty()) {
      int start = text.length();
      text.append(removed);
      removals = List.of(new Removal(start, text.length(), removed, RemovalReason.TEASER));
    }
    Article a = Article.of(id, outlet, date, sentences.get(0), text.toString()).withBody(List.of(), removals);
    return new AnalyzedArticle(a, out, List.of(), List.of());
  }

  /**
   * Where the {@code occurrence}-th (from 1) whole-word {@code phrase} stands in sentence {@code sentence} of
   * {@code a}, as offsets in the article's text.
   */
  static TextSpan span(AnalyzedArticle a, int sentence, String phrase, int occurrence) {
    Sentence s = a.sentences().get(sentence);
    int seen = 0;
    for (int at = s.text().indexOf(phrase); at >= 0; at = s.text().indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(s.text().charAt(at - 1)))
          && (end == s.text().length() || !Character.isLetterOrDigit(s.text().charAt(end)));
      if (whole && ++seen == occurrence) {
        return new TextSpan(s.start() + at, s.start() + end);
      }
    }
    throw new AssertionError(a.id() + " sentence " + sentence + " has no " + occurrence + ". \"" + phrase + "\"");
  }

  /** The spans of {@code phrase} (its first whole-word occurrence in the sentence); none when it is empty. */
  private static List<TextSpan> spans(AnalyzedArticle a, int sentence, String phrase) {
    return phrase.isEmpty() ? List.of() : List.of(span(a, sentence, phrase, 1));
  }

  /** An edit of {@code other} against {@code ref}, with the spans of the words in each. */
  private static Edit edit(EditKind kind, AnalyzedArticle ref, int refSentence, String from, AnalyzedArticle other,
      int otherSentence, String to) {
    return new Edit(other.id(), kind, from, to, spans(ref, refSentence, from), spans(other, otherSentence, to));
  }

  /** A discrepancy value where it stands in the sentence. */
  private static Discrepancy.Value value(AnalyzedArticle a, int sentence, String value) {
    TextSpan at = span(a, sentence, value, 1);
    return new Discrepancy.Value(a.id(), value, sentence, at.start(), at.end());
  }

  private static PassageMember member(String article, int sentence) {
    return new PassageMember(article, List.of(sentence));
  }

  private static Passage passage(String id, double salience, double similarity, PassageMember... members) {
    return new Passage(id, salience, List.of(members), similarity);
  }

  /**
   * {@code c} with the omissions of {@code passages} by {@code article} marked as carried only by later articles
   * ({@link Omission#reportedLater()}).
   */
  static Comparison withReportedLater(Comparison c, String article, String... passages) {
    List<String> marked = List.of(passages);
    List<Omission> omissions = c.omissions().stream().map(o -> o.article().equals(article)
        && marked.contains(o.passage())
        ? new Omission(o.article(), o.passage(), o.salience(), o.coveredBy(), o.closest(), true) : o).toList();
    return new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(), c.framing(), c.quotes(),
        c.reuse(), c.discrepancies(), omissions, c.outlets());
  }

  /** {@code c} with {@code article}'s page marking it as opinion by the kicker "Opinion" over its headline. */
  static Comparison withOpinionKicker(Comparison c, String article) {
    Optional<GenreMark> kicker = GenreMark.ofKicker("Opinion");
    List<AnalyzedArticle> articles = c.articles().stream().map(a -> !a.id().equals(article) ? a
        : new AnalyzedArticle(a.article().withGenreMark(kicker), a.sentences(), a.quotes(), a.mentions())).toList();
    return new Comparison(c.similarity(), articles, c.events(), c.passages(), c.wording(), c.framing(), c.quotes(),
        c.reuse(), c.discrepancies(), c.omissions(), c.outlets());
  }
}
