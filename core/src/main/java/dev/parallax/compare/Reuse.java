package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * Text that one outlet reuses from another, with the evidence.
 *
 * @param from the source article's id
 * @param to the id of the article that reuses the text
 * @param spans the shared runs of text
 * @param chars the number of shared characters in the copying article
 * @param direction how the direction was decided: "published earlier (…)", "longer context (…)" when dates
 *     tie or are missing, "input order (…)" when nothing else decides
 */
public record Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction) {
  /** Validates and copies. */
  public Reuse {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(direction, "direction");
    spans = List.copyOf(spans);
  }
}
