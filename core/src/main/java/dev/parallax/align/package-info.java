/**
 * Alignment: which articles report the event being compared, and which of their sentences report the same
 * fact, claim or quote across outlets.
 *
 * <p>Key types: {@link dev.parallax.align.SentenceSimilarity} (one number in [0, 1] with a "same thing"
 * threshold; stock measure {@link dev.parallax.align.Similarities#lexical()}),
 * {@link dev.parallax.align.Aligner} (stock {@link dev.parallax.align.Aligners#standard(SentenceSimilarity)}),
 * and the results {@link dev.parallax.align.Alignment}, {@link dev.parallax.align.Passage},
 * {@link dev.parallax.align.PassageMember}, {@link dev.parallax.align.ArticleEvent},
 * {@link dev.parallax.align.EventMembership} and {@link dev.parallax.align.EventBasis}. How it works and how well: {@code docs/alignment.md}.
 */
package dev.parallax.align;
