package dev.parallax.compare;

import dev.parallax.Comparison;
import dev.parallax.align.Alignment;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;

/**
 * Finds how aligned articles differ: wording, framing, quotes, reuse, discrepancies, omissions.
 *
 * <p>Implementations are immutable, thread-safe and pure.
 */
public interface Comparer {
  /**
   * Compares {@code articles} given their {@code alignment}.
   *
   * @param similarityName the name of the similarity that produced the alignment, reported in the result
   */
  Comparison compare(List<AnalyzedArticle> articles, Alignment alignment, String similarityName);
}
