package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * A fact that the members of one passage state differently.
 *
 * @param kind number, date or name
 * @param passage the passage's id
 * @param values each article's value, in member order
 */
public record Discrepancy(DiscrepancyKind kind, String passage, List<Value> values) {
  /** Validates and copies. */
  public Discrepancy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(passage, "passage");
    values = List.copyOf(values);
  }

  /**
   * One article's value.
   *
   * @param article the article's id
   * @param value the value as written ("more than 94,000 Russian soldiers")
   * @param sentence index of the sentence that states it
   */
  public record Value(String article, String value, int sentence) {
    /** Validates the fields. */
    public Value {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(value, "value");
    }
  }
}
