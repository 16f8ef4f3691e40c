package dev.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A fact that the members of one passage state differently.
 *
 * <p>Only figures stated as facts are compared: a figure after a word of projection or need in its clause ("Repairs
 * will cost 4 million dollars" / "Repairs could cost 6 million dollars"), a clock reading, and a figure that counts
 * nothing named are never a discrepancy, though the passage's {@link WordingDiff} shows the changed figure as an
 * {@link EditKind#NUMBER} edit. The list of what is not compared, and why, is in {@code docs/json.md}
 * ("discrepancy").
 *
 * @param kind number, date or name
 * @param passage the passage's id (a figure or date may come from another outlet's sentence that reports the
 *     passage's fact but stands in another passage: the value's sentence says which); for a standing quantity (a
 *     population) that two articles state in different
 *     passages about the same place, or a precise figure misprinted (16,141,242 / 16,141,241), the passage of
 *     the first value
 * @param values each article's values with where each stands: articles in member order, an article's values in
 *     text order. An article that states two different values in the passage ("90,000 troops" here, "100,000
 *     troops" there) has one entry for each; a value it repeats is listed once, where it first appears. The JSON
 *     report writes this list as {@code evidence} and its {@code values} object keeps each article's first value
 */
public record Discrepancy(DiscrepancyKind kind, String passage, List<Value> values) {
  /** Validates and copies. */
  public Discrepancy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(passage, "passage");
    values = List.copyOf(values);
  }

  /**
   * The discrepancy as a line of prose, articles by id: {@code number in p3: 002_bi "94,000 troops" vs 003_zh
   * "more than 90,000 Russian troops"}; a second value of one article follows its first after a comma.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(kind.name().toLowerCase(Locale.ROOT)).append(" in ").append(passage)
        .append(':');
    String previous = null;
    for (Value v : values) {
      if (v.article().equals(previous)) {
        sb.append(", \"").append(v.value()).append('"');
      } else {
        sb.append(previous == null ? " " : " vs ").append(v.article()).append(" \"").append(v.value()).append('"');
      }
      previous = v.article();
    }
    return sb.toString();
  }

  /**
   * One value as one article states it, and where.
   *
   * @param article the article's id
   * @param value the value as written ("more than 94,000 Russian soldiers"): the article's text from
   *     {@code start} to {@code end}
   * @param sentence index of the sentence that states it
   * @param start offset of the value's first character in the article's text (inclusive)
   * @param end offset after the value's last character (exclusive)
   */
  public record Value(String article, String value, int sentence, int start, int end) {
    /** Validates the fields. */
    public Value {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(value, "value");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad value span [" + start + ", " + end + ")");
      }
    }

    /** {@code 002_bi "94,000 troops" (sentence 2, characters 120-133)}. */
    @Override
    public String toString() {
      return article + " \"" + value + "\" (sentence " + sentence + ", characters " + start + "-" + end + ")";
    }
  }
}
