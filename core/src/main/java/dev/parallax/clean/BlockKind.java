package dev.parallax.clean;

/** What a kept {@link Block} of an article is. */
public enum BlockKind {
  /** The headline of the story. */
  HEADLINE,
  /** The outlet's own reporting. */
  STORY,
  /** Content embedded from elsewhere (a tweet, a post): shown, but not compared as the outlet's reporting. */
  EMBEDDED
}
