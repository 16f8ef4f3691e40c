package dev.parallax.clean;

import dev.parallax.ingest.Article;

/**
 * Removes page chrome (menus, captions, teasers, footers, feed links) from an article and keeps every
 * sentence of the story.
 *
 * <p>Implementations are immutable and thread-safe, and pure: the same article gives the same result.
 * They never change {@link Article#text()}; they return the article with its {@link Article#body()} and
 * {@link Article#removed()} set, so every removal can be shown in the original text.
 */
public interface Cleaner {
  /** Returns {@code article} with its story blocks and the removals that produced them. */
  Article clean(Article article);
}
