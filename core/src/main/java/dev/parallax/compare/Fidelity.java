package dev.parallax.compare;

/** How faithfully an outlet's version of a quote matches the other outlets' versions. */
public enum Fidelity {
  /**
   * The same words as another outlet's version; also the version the others are read against (the longer one they
   * cut, the quoted words another outlet reprints without quotation marks or restates in its own words; when no two
   * outlets print the same words, the fuller version of the one article published before the others).
   */
  VERBATIM,
  /** A contiguous part of a longer version. */
  TRUNCATED,
  /**
   * Inside the quotation marks the words differ ("nightmare" for "nightmarish"): the version that departs from the
   * others' wording; every differing version when nothing says which one departs.
   */
  ALTERED,
  /** The content without quotation marks. */
  PARAPHRASE,
  /** Only this outlet carries the quote, quoted or in its own words: nothing to compare with. */
  UNIQUE
}
