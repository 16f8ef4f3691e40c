package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * One outlet's framing cues counted by kind, and per thousand words so outlets of different length compare.
 *
 * @param counts one entry per kind that occurs, in {@link FramingKind} order
 * @param words the number of words in the outlet's reporting
 */
public record FramingSummary(List<KindCount> counts, int words) {
  /** Copies. */
  public FramingSummary {
    counts = List.copyOf(counts);
  }

  /**
   * The cues of one kind.
   *
   * @param kind the kind
   * @param count how many cues of this kind
   * @param perThousandWords {@code count * 1000 / words}; 0 when there are no words
   * @param examples up to a few of the cues' texts, in order of appearance
   */
  public record KindCount(FramingKind kind, int count, double perThousandWords, List<String> examples) {
    /** Validates and copies. */
    public KindCount {
      Objects.requireNonNull(kind, "kind");
      examples = List.copyOf(examples);
    }
  }
}
