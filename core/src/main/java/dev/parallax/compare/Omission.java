package dev.parallax.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A passage that other outlets carry and this article leaves out, or a part of a passage it carries that two other
 * outlets carry and it leaves out, with the sentence of this article that comes closest to it, so that a reader can
 * judge.
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
 * @param part empty when the article leaves out the whole passage; otherwise the part of {@code passage} it leaves
 *     out, as one outlet of {@code coveredBy} words it, while the article carries the rest of the passage (it is one
 *     of the passage's members): "Schools will stay closed until Monday, and the main bridge remains shut" where it
 *     says only "Schools will remain closed until Monday." ({@link #isPart()})
 */
public record Omission(String article, String passage, double salience, List<String> coveredBy,
    Optional<Closest> closest, boolean reportedLater, Optional<Part> part) {
  /** Validates and copies. */
  public Omission {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(passage, "passage");
    coveredBy = List.copyOf(coveredBy);
    Objects.requireNonNull(closest, "closest");
    Objects.requireNonNull(part, "part");
  }

  /** The omission of a whole passage. */
  public Omission(String article, String passage, double salience, List<String> coveredBy,
      Optional<Closest> closest, boolean reportedLater) {
    this(article, passage, salience, coveredBy, closest, reportedLater, Optional.empty());
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

  /** Whether the article leaves out only a part of the passage, carrying the rest ({@link #part()} present). */
  public boolean isPart() {
    return part.isPresent();
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

  /**
   * The part of a passage's fact that an article leaves out, as one outlet that carries it words it: a clause of that
   * outlet's sentence, joined to the rest by ", and", ", but", ", while" or ";".
   *
   * @param article the id of the article whose words these are (one of the omission's {@code coveredBy})
   * @param sentence the index of its sentence that holds the part
   * @param text the part as it stands in that article
   * @param start offset of the part in that article's text (inclusive)
   * @param end offset of the part in that article's text (exclusive)
   */
  public record Part(String article, int sentence, String text, int start, int end) {
    /** Validates the fields. */
    public Part {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      if (sentence < 0 || start < 0 || end < start) {
        throw new IllegalArgumentException("bad part of sentence " + sentence + " [" + start + ", " + end + ")");
      }
    }
  }
}
