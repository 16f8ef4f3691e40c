package dev.parallax.analyze;

/** Where a sentence stands in its article. */
public enum SentenceRole {
  /** The article's headline. */
  HEADLINE,
  /** A bullet of a summary list. */
  BULLET,
  /** Ordinary reporting. */
  BODY,
  /** Embedded content (a tweet): kept for display, not compared as the outlet's reporting. */
  EMBEDDED
}
