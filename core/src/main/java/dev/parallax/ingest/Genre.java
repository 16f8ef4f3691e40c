package dev.parallax.ingest;

/**
 * What kind of piece a page says an article is, by its own marks ({@link GenreMark}): a kicker, a label in the title,
 * the section in its address or its metadata. Information for the reader only: no comparison reads it.
 */
public enum Genre {
  /** The page marks it as nothing: most news reports, but also any opinion piece whose page carries no mark. */
  UNMARKED,
  /** The page marks it as opinion: an opinion column, an editorial, a commentary, an op-ed, letters to the editor. */
  OPINION,
  /** The page marks it as analysis: a reporter's reading of the news, neither a plain report nor an opinion. */
  ANALYSIS
}
