/**
 * Ingest: reads articles from text, HTML or pasted web pages, with metadata from a manifest, a date
 * marker or HTML {@code <meta>} tags.
 *
 * <p>Key types: {@link dev.parallax.ingest.Article}, {@link dev.parallax.ingest.ArticleReader},
 * {@link dev.parallax.ingest.Manifest}, and {@link dev.parallax.ingest.GenreMark}: a page's own mark of an opinion or
 * analysis piece ({@link dev.parallax.ingest.Genre}).
 */
package dev.parallax.ingest;
