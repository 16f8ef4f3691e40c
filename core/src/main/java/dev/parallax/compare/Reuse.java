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
 * @param direction how the direction was decided, in plain words with the evidence: "published earlier: …",
 *     "longer context: …" when dates tie or are missing, "input order: …" when nothing else decides
 * @param basis the same decision as a closed set: {@link ReuseBasis#PUBLISHED_EARLIER},
 *     {@link ReuseBasis#LONGER_CONTEXT} or {@link ReuseBasis#INPUT_ORDER}
 */
public record Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction, ReuseBasis basis) {
  /** Validates and copies. */
  public Reuse {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(basis, "basis");
    spans = List.copyOf(spans);
  }

  /** A reuse without a machine-readable basis for its direction ({@link ReuseBasis#UNSPECIFIED}). */
  public Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction) {
    this(from, to, spans, chars, direction, ReuseBasis.UNSPECIFIED);
  }
}
