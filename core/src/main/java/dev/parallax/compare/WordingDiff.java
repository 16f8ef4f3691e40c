package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * How the members of one passage differ in wording.
 *
 * @param passage the passage's id
 * @param reference the article whose version the edits are measured against: the earliest published member
 *     (members without a date after dated ones); of several published the same day, the one whose words differ
 *     least from all the members' (up to 32 members), then the first in the articles' own order (by their text, as
 *     {@code dev.parallax.internal.ArticleOrder} orders them), whatever the order given
 * @param score mean pairwise difference in [0, 1]: 0 = same words, 1 = nothing shared; 0 for one member.
 *     A pair's difference is 1 minus the Dice coefficient of the two members' multisets of word stems
 * @param pairs the difference of every pair of members (of each member and the reference when the passage
 *     has more than 32 members)
 * @param edits typed token-level edits of each member against the reference
 * @param coarse true when a limit made the comparison cheaper: a member and the reference too long together
 *     to diff word by word (their differing middle is one edit), or too many members to pair them all
 */
public record WordingDiff(String passage, String reference, double score, List<PairDifference> pairs, List<Edit> edits,
    boolean coarse) {
  /** Validates and copies. */
  public WordingDiff {
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(reference, "reference");
    pairs = List.copyOf(pairs);
    edits = List.copyOf(edits);
  }

  /** A wording difference computed in full (not {@link #coarse()}). */
  public WordingDiff(String passage, String reference, double score, List<PairDifference> pairs, List<Edit> edits) {
    this(passage, reference, score, pairs, edits, false);
  }
}
