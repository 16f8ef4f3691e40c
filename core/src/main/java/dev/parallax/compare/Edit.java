package dev.parallax.compare;

import java.util.Objects;

/**
 * One typed wording change of an article's version of a passage against the passage's reference version.
 *
 * @param article the article whose wording differs from the reference
 * @param kind what kind of change it is
 * @param from the reference's words (empty when words were added)
 * @param to this article's words (empty when words were dropped)
 */
public record Edit(String article, EditKind kind, String from, String to) {
  /** Validates the fields. */
  public Edit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
