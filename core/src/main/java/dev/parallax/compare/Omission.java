package dev.parallax.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A passage that other outlets carry and this article leaves out, with the sentence of this article that
 * comes closest to it, so that a reader can judge.
 *
 * <p>An article leaves a passage out only when no sentence of its whole text may report the fact, by a check looser
 * than alignment's (see {@link Comparers#standard(dev.parallax.align.SentenceSimilarity)}): none reaches the
 * check's bar with a sentence of the passage and shares informative words with it, none gives the passage's figure
 * with words of it, none quotes the passage's remark in the same words, and so on. The closest sentence is the one
 * that came nearest without passing.
 *
 * <p>A passage that only articles published on a later day carry (every date known) is listed but marked
 * {@code reportedLater}: the fact may have happened, or come out, after the article was written, so it is not counted
 * as the article's omission, neither in its omission score nor in corpus profiles; reports show it apart.
 *
 * @param article the id of the article that leaves it out
 * @param passage the passage's id
 * @param salience the passage's salience, in [0, 1]
 * @param coveredBy the ids of the articles that do carry it
 * @param closest the sentence of the omitting article most similar to the passage, with its score; empty when
 *     the comparer did not look for one (or the article has no sentence of its own reporting)
 * @param reportedLater whether every article of {@code coveredBy} was published on a later day than the omitting
 *     article (all dates known): then it is not counted as the article's omission
 */
public record Omission(String article, String passage, double salience, List<String> coveredBy,
    Optional<Closest> closest, boolean reportedLater) {
  /** Validates and copies. */
  public Omission {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(passage, "passage");
    coveredBy = List.copyOf(coveredBy);
    Objects.requireNonNull(closest, "closest");
  }

  /** An omission that counts ({@code reportedLater} false). */
  public Omission(String article, String passage, double salience, List<String> coveredBy,
      Optional<Closest> closest) {
    this(article, passage, salience, coveredBy, closest, false);
  }

  /** An omission that counts, without a closest sentence. */
  public Omission(String article, String passage, double salience, List<String> coveredBy) {
    this(article, passage, salience, coveredBy, Optional.empty());
  }

  /** Whether it counts as the article's omission: not when only later articles carry the passage. */
  public boolean counts() {
    return !reportedLater;
  }

  /**
   * The sentence of the omitting article that comes closest to the passage it leaves out.
   *
   * @param sentence the sentence's index in the omitting article
   * @param text the sentence as it stands in the article
   * @param start offset of the sentence in the article's text (inclusive)
   * @param end offset of the sentence in the article's text (exclusive)
   * @param score its best similarity with a sentence of the passage, in [0, 1]
   */
  public record Closest(int sentence, String text, int start, int end, double score) {
    /** Validates the fields. */
    public Closest {
      Objects.requireNonNull(text, "text");
      if (sentence < 0 || start < 0 || end < start) {
        throw new IllegalArgumentException("bad closest sentence " + sentence + " [" + start + ", " + end + ")");
      }
    }
  }
}
