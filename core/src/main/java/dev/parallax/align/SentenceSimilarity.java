package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import java.util.List;

/**
 * How alike two sentences are, in [0, 1], where 1 means they report the same thing in the same words.
 *
 * <p>A similarity is bound to the sentences at hand before use ({@link #bind(List)}): measures that weight
 * words by informativeness compute their statistics there. The same bound scorer serves alignment,
 * {@code parallax pairs} and evaluation, so a score has one meaning everywhere.
 *
 * <p>Implementations are immutable and thread-safe; a bound {@link Scorer} is too.
 */
public interface SentenceSimilarity {
  /** A short name reported in output ({@code "lexical"}, or a model name). */
  String name();

  /** The score at or above which two sentences are taken to report the same thing. */
  double threshold();

  /**
   * Binds this similarity to a corpus: the sentences of all the articles being compared (or all the
   * sentences of a pair file). Statistics such as inverse document frequency come from there.
   */
  Scorer bind(List<Sentence> corpus);

  /** A similarity bound to a corpus. Symmetric; 1.0 for a sentence with itself; 0.0 when either is empty. */
  interface Scorer {
    /** The similarity of {@code a} and {@code b} in [0, 1]. */
    double score(Sentence a, Sentence b);
  }
}
