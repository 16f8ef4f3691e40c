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
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import dev.parallax.compare.FramingSummary;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built comparison of three invented outlets reporting the closing of the Lindby bridge, each test giving the
 * passages, omissions and quotes it needs, so that what the reports say can be read without the rest of the pipeline.
 * The Lindby Courier ("courier") writes first; the Kesra Post ("post") and the Marlow Gazette ("gazette") follow.
 */
final class BridgeStory {
  static final LocalDate DAY = LocalDate.of(2031, 5, 6);

  static final AnalyzedArticle COURIER = article("courier", "Lindby Courier", List.of(
      "Lindby bridge shut after engineers find crack",
      "The Lindby bridge was shut on Monday after engineers found a crack in its main span, mayor Jane Doe said.",
      "Ferry owner Karl Lind will add two crossings a day.",
      "Repairs will cost 4 million crowns, the council said.",
      "The bridge opened in 1962."), "Subscribe to our newsletter");
  static final AnalyzedArticle POST = article("post", "Kesra Post", List.of(
      "Cracked Lindby bridge closed",
      "Mayor Jane Doe closed the Lindby bridge on Monday after a crack was found in its main span.",
      "Drivers face a detour of 40 kilometres."), "");
  static final AnalyzedArticle GAZETTE = article("gazette", "Marlow Gazette", List.of(
      "Lindby closes its bridge",
      "Engineers found a crack in the main span of the Lindby bridge, which was shut on Monday.",
      "The ferry will run more often while the bridge is closed."), "");

  private BridgeStory() {}

  /** The three articles' comparison with the given passages, omissions and quotes. */
  static Comparison with(List<Passage> passages, List<Omission> omissions, List<QuoteGroup> quotes) {
    return with(List.of(COURIER, POST, GAZETTE), passages, omissions, quotes);
  }

  /** The comparison of {@code articles} (all on the main event) with the given passages, omissions and quotes. */
  static Comparison with(List<AnalyzedArticle> articles, List<Passage> passages, List<Omission> omissions,
      List<QuoteGroup> quotes) {
    List<ArticleEvent> events = articles.stream().map(a -> new ArticleEvent(a.id(), EventMembership.MAIN,
        "shares a passage with the other articles", EventBasis.SHARES_FACTS)).toList();
    List<OutletSummary> outlets = articles.stream().map(a -> new OutletSummary(a.id(), 0.5, 0.2, List.of(),
        new FramingSummary(List.of(), 40))).toList();
    return new Comparison("lexical", articles, events, passages, List.of(), List.of(), quotes, List.of(), List.of(),
        omissions, outlets);
  }

  /** The bridge's closing, which all three carry (their second sentences), at salience 0.9. */
  static Passage closing() {
    return passage("p1", 0.9, member("courier", 1), member("post", 1), member("gazette", 1));
  }

  /** A passage of one article's sentence. */
  static Passage passage(String id, double salience, PassageMember... members) {
    return new Passage(id, salience, List.of(members), 1.0);
  }

  /** Sentence {@code sentence} of {@code article} as a passage member. */
  static PassageMember member(String article, int sentence) {
    return new PassageMember(article, List.of(sentence));
  }

  /** An omission of {@code passage} by {@code article}, with its closest sentence {@code sentence} at {@code score}. */
  static Omission omission(AnalyzedArticle article, String passage, double salience, List<String> coveredBy,
      int sentence, double score) {
    Sentence s = article.sentences().get(sentence);
    return new Omission(article.id(), passage, salience, coveredBy,
        Optional.of(new Omission.Closest(s.index(), s.text(), s.start(), s.end(), score)));
  }

  /** An article of one headline and body sentences, with one removal when {@code removed} is not empty. */
  static AnalyzedArticle article(String id, String outlet, List<String> sentences, String removed) {
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
      removals = List.of(new Removal(start, text.length(), removed, RemovalReason.FOOTER));
    }
    Article a = Article.of(id, outlet, DAY, sentences.get(0), text.toString()).withBody(List.of(), removals);
    return new AnalyzedArticle(a, out, List.of(), List.of());
  }
}
