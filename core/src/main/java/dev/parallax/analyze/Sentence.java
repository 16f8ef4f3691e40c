package dev.parallax.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article, with its offsets into the article's original text and its tokens.
 *
 * @param index position among the article's sentences, from 0
 * @param text the sentence as it appears in the article
 * @param start offset in the article's text (inclusive)
 * @param end offset in the article's text (exclusive)
 * @param role headline, bullet, body or embedded
 * @param tokens the sentence's tokens, in order
 */
public record Sentence(int index, String text, int start, int end, SentenceRole role, List<Token> tokens) {
  /** Validates and copies. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    tokens = List.copyOf(tokens);
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
    }
  }

  /** Whether the sentence is the outlet's own reporting (headline, bullet or body, not embedded content). */
  public boolean isReporting() {
    return role != SentenceRole.EMBEDDED;
  }
}
