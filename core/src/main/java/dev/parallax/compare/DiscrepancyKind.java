package dev.parallax.compare;

/** What kind of fact conflicts between outlets. */
public enum DiscrepancyKind {
  /** A quantity: 90,000 versus 94,000 troops. */
  NUMBER,
  /** A date or weekday: Thursday versus Friday. */
  DATE,
  /** A name. */
  NAME
}
