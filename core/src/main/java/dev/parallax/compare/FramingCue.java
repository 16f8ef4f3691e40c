package dev.parallax.compare;

import java.util.Objects;

/**
 * A framing cue in one article: a word or phrase that colours the reporting.
 *
 * @param article the article's id
 * @param kind what kind of cue
 * @param text the words as written (a scare quote's in their marks, without the comma or full stop the closing mark
 *     stands after)
 * @param sentence index of the sentence
 * @param start offset in the article's text
 * @param end offset after the cue
 */
public record FramingCue(String article, FramingKind kind, String text, int sentence, int start, int end) {
  /** Validates the fields. */
  public FramingCue {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
