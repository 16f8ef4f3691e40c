/**
 * Align: groups the sentences of N articles into passages that report the same fact, and decides which
 * articles report the main event.
 *
 * <p>Key types: {@link dev.parallax.align.SentenceSimilarity}, {@link dev.parallax.align.Similarities},
 * {@link dev.parallax.align.Aligner}, {@link dev.parallax.align.Aligners},
 * {@link dev.parallax.align.Alignment}, {@link dev.parallax.align.Passage},
 * {@link dev.parallax.align.ArticleEvent}.
 */
package dev.parallax.align;
