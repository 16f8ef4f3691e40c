package dev.parallax.analyze;

import java.util.Objects;

/**
 * A factual anchor in a sentence: a number, a date, a weekday or a name.
 *
 * @param kind what it is
 * @param text the characters as written ("more than 90,000 troops")
 * @param value the normalized value used for comparison ("90000 troops", "2021-12-02", "thursday", "sergei lavrov")
 * @param unit the counted thing for numbers ("troops"), empty otherwise
 * @param sentence index of the sentence
 * @param start offset in the article's text
 * @param end offset after the mention
 */
public record Mention(MentionKind kind, String text, String value, String unit, int sentence, int start, int end) {
  /** Validates the fields. */
  public Mention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}
