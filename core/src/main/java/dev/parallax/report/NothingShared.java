package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the main-event articles of a comparison share no fact at all: two or more of them, and no passage that
 * two of them carry (opinion pieces on one subject, or articles about different events that nothing set apart).
 * Every fact of each is then one of the others' omissions, which the reports say rather than let stand as findings.
 */
final class NothingShared {
  /** What the reports print when {@link #among} holds. */
  static final String NOTE = "No fact is carried by two of these articles: they may be opinion pieces or about different"
      + " events, and each one's facts are listed as the others' omissions.";

  private NothingShared() {}

  /** Whether {@code main}, two articles or more, share no passage in {@code c}. */
  static boolean among(Comparison c, List<AnalyzedArticle> main) {
    if (main.size() < 2) {
      return false;
    }
    Set<String> ids = new HashSet<>();
    main.forEach(a -> ids.add(a.id()));
    for (Passage p : c.passages()) {
      if (p.articles().stream().filter(ids::contains).count() >= 2) {
        return false;
      }
    }
    return true;
  }
}
