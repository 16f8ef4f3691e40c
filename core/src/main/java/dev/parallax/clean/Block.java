package dev.parallax.clean;

import java.util.Objects;

/**
 * A run of an article's text kept by cleaning: a paragraph or line of the story, or embedded content
 * (a tweet, a caption kept for reference) that is not the outlet's own reporting.
 *
 * @param start offset of the first character in the article's text (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the characters {@code [start, end)} of the article's text
 * @param kind whether this is the story or embedded content
 */
public record Block(int start, int end, String text, BlockKind kind) {
  /** Validates the span. */
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ") for " + text.length() + " chars");
    }
  }
}
