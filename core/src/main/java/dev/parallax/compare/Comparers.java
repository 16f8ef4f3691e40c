package dev.parallax.compare;

import dev.parallax.Comparison;
import java.util.List;

/** Stock {@link Comparer}s. */
public final class Comparers {
  private Comparers() {}

  /** The default comparer. TODO(compare): wording, framing, quotes, reuse, discrepancies, omissions. */
  public static Comparer standard() {
    return (articles, alignment, similarityName) -> new Comparison(similarityName, articles, alignment.events(),
        alignment.passages(), List.of(), List.of(), List.of(), List.of(), List.of(),
        OmissionFinder.find(articles, alignment),
        OutletSummaries.summarize(articles, alignment, OutletSummaries::wordsOnly));
  }
}
