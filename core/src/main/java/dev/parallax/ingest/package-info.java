/**
 * Ingest: reads articles from text, HTML or pasted web pages, with metadata from a manifest, a date
 * marker or HTML {@code <meta>} tags.
 *
 * <p>Key types: {@link dev.parallax.ingest.Article}, {@link dev.parallax.ingest.ArticleReader},
 * {@link dev.parallax.ingest.Manifest}.
 */
package dev.parallax.ingest;
