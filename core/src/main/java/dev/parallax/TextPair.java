package dev.parallax;

import java.util.Objects;

/**
 * Two texts to score for similarity: a sentence pair from a paraphrase corpus, or two short passages.
 *
 * <p>Each text may hold several sentences; {@link Parallax#scorePairs(java.util.List)} scores each text
 * as one passage. Empty texts are allowed and score 0.0.
 *
 * <pre>{@code
 * TextPair p = new TextPair("1", "Mayor Lind warned of a flood.", "Lind spoke of a flood risk.");
 * }</pre>
 *
 * @param id the caller's identifier, reported back with the score
 * @param a the first text
 * @param b the second text
 */
public record TextPair(String id, String a, String b) {
  /** Validates the fields. */
  public TextPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
