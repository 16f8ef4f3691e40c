package dev.parallax.corpus;

import java.util.Objects;

/**
 * An article a corpus run left out, and why.
 *
 * @param article the article's id
 * @param reason one line, e.g. "no English sentence left after cleaning"
 */
public record Skipped(String article, String reason) {
  /** Validates. */
  public Skipped {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(reason, "reason");
  }
}
