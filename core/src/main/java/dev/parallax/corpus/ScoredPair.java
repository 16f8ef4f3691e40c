package dev.parallax.corpus;

import java.io.Serializable;
import java.util.Objects;

/**
 * A verified candidate pair: two articles and their same-event score.
 *
 * @param later the id of the article that comes later (by day, then id)
 * @param earlier the id of the earlier article
 * @param score the same-event score, in [0, 1]
 */
public record ScoredPair(String later, String earlier, double score) implements Serializable {
  /** Validates. */
  public ScoredPair {
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(earlier, "earlier");
  }
}
