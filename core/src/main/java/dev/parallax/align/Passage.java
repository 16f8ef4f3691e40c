package dev.parallax.align;

import java.util.List;
import java.util.Objects;

/**
 * One fact, claim or quote as reported across outlets: the sentences of each article that carry it.
 *
 * @param id identifier within a comparison ({@code p1}, {@code p2}, ... in order of salience): the same articles in
 *     the same order always get the same ids, but passages of equal salience are numbered in the order of their
 *     articles, so giving the articles in another order may number them otherwise (match passages across
 *     comparisons by their members, not their ids)
 * @param salience how central the passage is to the story, in [0, 1]: a sum of weighted parts computed in
 *     {@code double}, so the top passage may read 0.9999999999999999 rather than 1 (the JSON report rounds every
 *     score to four decimals and writes 1); compare with a tolerance, or round as the reports do
 * @param members one per article that carries it, in the order the articles were given
 * @param similarity mean similarity between members of different articles, in [0, 1]; 1.0 for one member
 *     (the default aligner takes the mean over the first dozen sentences to join a passage: exact for
 *     events of up to a dozen outlets)
 */
public record Passage(String id, double salience, List<PassageMember> members, double similarity) {
  /** Validates and copies. */
  public Passage {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("passage " + id + " has no members");
    }
  }

  /** Whether {@code articleId} carries this passage. */
  public boolean carriedBy(String articleId) {
    return member(articleId) != null;
  }

  /**
   * The member for {@code articleId}, or {@code null} when that article does not carry this passage (unlike
   * {@code Comparison.passage(id)}, which returns an {@code Optional}; {@link #carriedBy} tests without a null).
   */
  public PassageMember member(String articleId) {
    for (PassageMember m : members) {
      if (m.article().equals(articleId)) {
        return m;
      }
    }
    return null;
  }

  /** The ids of the articles that carry this passage, in member order. */
  public List<String> articles() {
    return members.stream().map(PassageMember::article).toList();
  }
}
