/**
 * Parallax compares how different news outlets report the same event.
 *
 * <p>The front door is {@link dev.parallax.Parallax}: build one, then call
 * {@link dev.parallax.Parallax#compare(java.util.List)} on articles read with
 * {@link dev.parallax.ingest.ArticleReader}. The result is a {@link dev.parallax.Comparison}; write it with
 * {@link dev.parallax.report.JsonReport}. Problems a caller can act on are
 * {@link dev.parallax.ParallaxException}s.
 *
 * <p>The sub-packages follow the pipeline: {@code ingest → clean → analyze → align → compare → report}.
 */
package dev.parallax;
