/**
 * Compare: how aligned articles differ — wording, framing, quotes and their fidelity, copying,
 * conflicting facts, omissions and coverage.
 *
 * <p>Every step reads the main-event articles and the alignment's passages and is pure. Word lists live
 * under {@code dev/parallax/lexicon/} (see its README for sources and licence).
 *
 * <p>Key types: {@link dev.parallax.compare.Comparer}, {@link dev.parallax.compare.Comparers},
 * {@link dev.parallax.compare.WordingDiff}, {@link dev.parallax.compare.Edit},
 * {@link dev.parallax.compare.Framing}, {@link dev.parallax.compare.FramingSummary},
 * {@link dev.parallax.compare.QuoteGroup}, {@link dev.parallax.compare.Reuse}, {@link dev.parallax.compare.ReuseBasis},
 * {@link dev.parallax.compare.Discrepancy}, {@link dev.parallax.compare.Omission},
 * {@link dev.parallax.compare.OutletSummary}.
 */
package dev.parallax.compare;
