package dev.parallax.clean;

import java.util.Objects;

/**
 * A run of an article's text that cleaning removed, and why.
 *
 * @param start offset of the first removed character in the article's text (inclusive)
 * @param end offset after the last removed character (exclusive)
 * @param text the removed characters
 * @param reason why they were removed
 */
public record Removal(int start, int end, String text, RemovalReason reason) {
  /** Validates the span. */
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad removal span [" + start + ", " + end + ") for " + text.length() + " chars");
    }
  }
}
