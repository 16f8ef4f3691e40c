package dev.parallax.compare;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence's best similarity with one outlet's sentences of a passage, remembered for one comparison: the omission
 * check asks it for an article's sentences against a passage, and the relay asks it again for the same sentences when
 * they stand in another passage, or the closest sentence once more when a shared figure chose it.
 *
 * <p>Remembers by identity of the outlet's sentence list (one per passage and outlet, see the omission check's
 * wording) and of the sentence: not thread-safe, one per comparison.
 */
final class BestScores {
  private final SentenceSimilarity.Scorer scorer;
  private final Map<List<Sentence>, Map<Sentence, Double>> best = new IdentityHashMap<>();

  BestScores(SentenceSimilarity.Scorer scorer) {
    this.scorer = scorer;
  }

  /** The best similarity of {@code s} with one of {@code theirs} (0 when there are none). */
  double best(Sentence s, List<Sentence> theirs) {
    return best.computeIfAbsent(theirs, k -> new IdentityHashMap<>())
        .computeIfAbsent(s, k -> bestOf(scorer, s, theirs));
  }

  /** The best similarity of {@code s} with one of {@code theirs} (0 when there are none), scored now. */
  static double bestOf(SentenceSimilarity.Scorer scorer, Sentence s, List<Sentence> theirs) {
    double max = 0;
    for (Sentence t : theirs) {
      max = Math.max(max, scorer.score(s, t));
    }
    return max;
  }

  /** The mean over outlets of a sentence's best similarity with each outlet's sentences. */
  double mean(Sentence s, List<List<Sentence>> outlets) {
    double sum = 0;
    for (List<Sentence> theirs : outlets) {
      sum += best(s, theirs);
    }
    return sum / outlets.size();
  }

  /**
   * Whether {@link #mean} reaches {@code bar}: stops as soon as the outlets scored so far reach it, or can no longer
   * reach it (each outlet adds between 0 and 1).
   */
  boolean reaches(Sentence s, List<List<Sentence>> outlets, double bar) {
    double need = bar * outlets.size();
    double sum = 0;
    int left = outlets.size();
    for (List<Sentence> theirs : outlets) {
      if (sum + left-- < need) {
        return false;
      }
      sum += best(s, theirs);
      if (sum >= need) {
        return true;
      }
    }
    return false;
  }
}
