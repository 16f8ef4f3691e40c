package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;

/**
 * Groups the sentences of N articles into passages that report the same thing, and decides which
 * articles report the main event.
 *
 * <p>Implementations are immutable, thread-safe and pure.
 */
public interface Aligner {
  /** Aligns {@code articles} (at least one), in the order given. */
  Alignment align(List<AnalyzedArticle> articles);
}
