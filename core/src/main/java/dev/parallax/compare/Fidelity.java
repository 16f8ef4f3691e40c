package dev.parallax.compare;

/** How faithfully an outlet's version of a quote matches the other outlets' versions. */
public enum Fidelity {
  /**
   * The same words as another outlet's version; also the version the others are read against (the longer one they
   * cut, the quoted words another outlet reprints without quotation marks or restates in its own words).
   */
  VERBATIM,
  /** A contiguous part of a longer version. */
  TRUNCATED,
  /** Inside the quotation marks the words differ ("nightmare" for "nightmarish"). */
  ALTERED,
  /** The content without quotation marks. */
  PARAPHRASE,
  /** Only this outlet carries the quote, quoted or in its own words: nothing to compare with. */
  UNIQUE
}
