package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * One quote as printed by one or more outlets.
 *
 * @param id stable identifier within a comparison ({@code q1}, ...)
 * @param speaker the speaker's name resolved across outlets ("Karl Lind"), or empty when unknown
 * @param variants each outlet's version
 */
public record QuoteGroup(String id, String speaker, List<QuoteVariant> variants) {
  /** Validates and copies. */
  public QuoteGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    variants = List.copyOf(variants);
  }
}
