package dev.parallax;

import java.util.Objects;

/**
 * The similarity of one {@link TextPair} and the aligner's decision on it.
 *
 * @param id the pair's identifier
 * @param score the similarity in [0, 1], exactly as the aligner computes it
 * @param same whether {@code score} reaches the similarity's threshold: the two texts report the same thing
 */
public record PairScore(String id, double score, boolean same) {
  /** Validates the fields. */
  public PairScore {
    Objects.requireNonNull(id, "id");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score " + score + " of pair " + id + " is outside [0, 1]");
    }
  }
}
