package dev.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 *     passage's fact but stands in another passage: that value's {@link Value#passage()} names it); for a standing
 *     quantity (a population) that two articles state in different
 *     passages about the same place, or a precise figure misprinted (16,141,242 / 16,141,241), the passage of
 *     the first value
 * @param values each article's values with where each stands: articles in member order, an article's values in
 *     text order. An article that states two different values in the passage ("90,000 troops" here, "100,000
 *     troops" there) has one entry for each; a value it repeats is listed once, where it first appears. The JSON
 *     report writes this list as {@code evidence} and its {@code values} object keeps each article's first value
 */
public record Discrepancy(DiscrepancyKind kind, String passage, List<Value> values) {
  /** Validates and copies; a value said to stand in {@code passage} itself gets no passage of its own. */
  public Discrepancy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(passage, "passage");
    String own = passage;
    values = values.stream().map(v -> v.passage().filter(own::equals).isPresent()
        ? new Value(v.article(), v.value(), v.sentence(), v.start(), v.end()) : v).toList();
  }

  /**
   * Whether a value stands in another passage than {@link #passage()}: the discrepancy was found across passages
   * (a sentence that reports the passage's fact elsewhere, a standing quantity, a vote's tally, a misprint).
   */
  public boolean acrossPassages() {
    return values.stream().anyMatch(v -> v.passage().isPresent());
  }

  /**
   * The discrepancy as a line of prose, articles by id: {@code number in p3: 002_bi "94,000 troops" vs 003_zh
   * "more than 90,000 Russian troops"}; a second value of one article follows its first after a comma, and a value
   * that stands in another passage is followed by it: {@code number in p4: a "230 people" (in p3) vs b "223
   * people"}.
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
      v.passage().ifPresent(q -> sb.append(" (in ").append(q).append(')'));
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
   * @param passage the passage that holds the value's sentence, when it is not the discrepancy's own passage (a
   *     value found across passages: "230 people" in p3 against "223 people" in p4); empty when the value stands in
   *     the discrepancy's passage
   */
  public record Value(String article, String value, int sentence, int start, int end, Optional<String> passage) {
    /** Validates the fields. */
    public Value {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(passage, "passage");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad value span [" + start + ", " + end + ")");
      }
    }

    /** A value that stands in the discrepancy's own passage. */
    public Value(String article, String value, int sentence, int start, int end) {
      this(article, value, sentence, start, end, Optional.empty());
    }

    /** This value, standing in {@code passage} (another passage than the discrepancy's). */
    Value in(String passage) {
      return new Value(article, value, sentence, start, end, Optional.of(passage));
    }

    /**
     * {@code 002_bi "94,000 troops" (sentence 2, characters 120-133)}; {@code (sentence 2, characters 120-133, in p3)}
     * for a value that stands in another passage than the discrepancy's.
     */
    @Override
    public String toString() {
      return article + " \"" + value + "\" (sentence " + sentence + ", characters " + start + "-" + end
          + passage.map(p -> ", in " + p).orElse("") + ")";
    }
  }
}
