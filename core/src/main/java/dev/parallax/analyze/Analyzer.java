package dev.parallax.analyze;

import dev.parallax.ingest.Article;

/**
 * Splits a cleaned article into sentences and tokens and finds its quotes and factual anchors.
 *
 * <p>Implementations are immutable and thread-safe; models are loaded once per instance and shared.
 */
public interface Analyzer {
  /** Analyzes the story and embedded blocks of {@code article}. */
  AnalyzedArticle analyze(Article article);
}
