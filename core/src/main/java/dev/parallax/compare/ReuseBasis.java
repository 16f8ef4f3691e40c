package dev.parallax.compare;

/**
 * How the direction of a {@link Reuse} (which article is the source) was decided, as a closed set; the prose
 * with the evidence is {@link Reuse#direction()}.
 */
public enum ReuseBasis {
  /** The source was published on an earlier date. */
  PUBLISHED_EARLIER,
  /** The dates tie or one is missing; the copier names the source outlet where it prints the shared words. */
  CREDITS_SOURCE,
  /**
   * The dates tie or one is missing, and neither or both credit the other; the shared text sits inside more of the
   * source's own text.
   */
  LONGER_CONTEXT,
  /** Dates and context tie; the source is the article given first. */
  INPUT_ORDER,
  /** The comparer gave no machine-readable basis (a reuse built without one); read the direction. */
  UNSPECIFIED
}
