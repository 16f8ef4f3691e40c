package dev.parallax.align;

import dev.parallax.internal.Names;
import java.util.List;
import java.util.Objects;

/**
 * One article's share of a {@link Passage}: the indices of its sentences that carry the fact.
 *
 * @param article the article's id
 * @param sentences indices into that article's sentences, ascending, not empty
 */
public record PassageMember(String article, List<Integer> sentences) {
  /** Validates and copies. */
  public PassageMember {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("member '" + Names.quote(article) + "' has no sentences");
    }
  }
}
