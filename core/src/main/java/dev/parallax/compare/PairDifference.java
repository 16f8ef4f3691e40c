package dev.parallax.compare;

import java.util.Objects;

/**
 * The wording difference between two members of one passage.
 *
 * @param a one article's id
 * @param b the other article's id
 * @param score 0 when both use the same words, 1 when they share none
 */
public record PairDifference(String a, String b, double score) {
  /** Validates the fields. */
  public PairDifference {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
