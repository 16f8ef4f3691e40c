package dev.parallax.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text that one outlet reuses from another, with the evidence.
 *
 * @param from the source article's id
 * @param to the id of the article that reuses the text
 * @param spans the shared runs of text
 * @param chars the number of shared characters in the copying article
 * @param direction how the direction was decided, in plain words with the evidence: "published earlier: …",
 *     "credits the source: …" or "longer context: …" when dates tie or are missing, "input order: …" when nothing
 *     else decides
 * @param basis the same decision as a closed set: {@link ReuseBasis#PUBLISHED_EARLIER},
 *     {@link ReuseBasis#CREDITS_SOURCE}, {@link ReuseBasis#LONGER_CONTEXT} or {@link ReuseBasis#INPUT_ORDER}
 * @param credit the sentence of the reusing article, next to the reused text, that names the source outlet ("Here's
 *     an excerpt from the Times report:"): a credited excerpt, not a silent copy; empty when none does
 */
public record Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction, ReuseBasis basis,
    Optional<String> credit) {
  /** Validates and copies. */
  public Reuse {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(credit, "credit");
    spans = List.copyOf(spans);
  }

  /** A reuse whose copy names no source. */
  public Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction, ReuseBasis basis) {
    this(from, to, spans, chars, direction, basis, Optional.empty());
  }

  /** A reuse without a machine-readable basis for its direction ({@link ReuseBasis#UNSPECIFIED}). */
  public Reuse(String from, String to, List<ReuseSpan> spans, int chars, String direction) {
    this(from, to, spans, chars, direction, ReuseBasis.UNSPECIFIED, Optional.empty());
  }
}
