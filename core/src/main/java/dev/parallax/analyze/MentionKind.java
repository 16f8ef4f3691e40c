package dev.parallax.analyze;

/** The kind of a factual anchor found in a sentence. */
public enum MentionKind {
  /** A quantity, with its unit when there is one: {@code 90,000 troops}, {@code 13,000 people}. */
  NUMBER,
  /** A calendar date or year: {@code December 2, 2021}, {@code Nov.23}, {@code 2014}. */
  DATE,
  /** A day of the week: {@code Thursday}. */
  WEEKDAY,
  /** A capitalised name: a person, place or organisation. */
  NAME
}
