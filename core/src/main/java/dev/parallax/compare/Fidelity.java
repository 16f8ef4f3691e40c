package dev.parallax.compare;

/** How faithfully an outlet's version of a quote matches the other outlets' versions. */
public enum Fidelity {
  /** The same words as another outlet's version. */
  VERBATIM,
  /** A contiguous part of a longer version. */
  TRUNCATED,
  /** Inside the quotation marks the words differ ("nightmare" for "nightmarish"). */
  ALTERED,
  /** The content without quotation marks. */
  PARAPHRASE,
  /** Only this outlet carries the quote: nothing to compare with. */
  UNIQUE
}
