package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.Comparers;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;

/**
 * Two invented outlets whose death tolls differ, where the aligner put the Lindby Courier's toll (p2) beside the Kesra
 * Post's sentence about an older quake and left the Post's toll alone (p3): a discrepancy found across passages.
 */
final class TollInTwoPassages {
  private static final Parallax PARALLAX = Parallax.create();

  private TollInTwoPassages() {}

  static Comparison create() {
    AnalyzedArticle courier = PARALLAX.analyze(Article.of("a", "Lindby Courier", LocalDate.of(2026, 3, 4), "",
        "A strong earthquake shook the Kesra valley on Monday.\n\n"
            + "At least 230 people were killed after the quake toppled dozens of buildings in Norrby."));
    AnalyzedArticle post = PARALLAX.analyze(Article.of("b", "Kesra Post", LocalDate.of(2026, 3, 4), "",
        "Rescuers found a girl alive in a Norrby school that collapsed in Monday's quake, a quake that killed "
            + "223 people.\n\n"
            + "Monday's quake struck on the anniversary of an older quake that toppled buildings in Norrby."));
    Alignment alignment = new Alignment(List.of(new ArticleEvent("a", EventMembership.MAIN, "test"),
        new ArticleEvent("b", EventMembership.MAIN, "test")), List.of(
        new Passage("p1", 1.0, List.of(new PassageMember("a", List.of(0))), 1.0),
        new Passage("p2", 0.8, List.of(new PassageMember("a", List.of(1)), new PassageMember("b", List.of(1))), 0.3),
        new Passage("p3", 0.5, List.of(new PassageMember("b", List.of(0))), 1.0)));
    return Comparers.standard().compare(List.of(courier, post), alignment, "test");
  }
}
