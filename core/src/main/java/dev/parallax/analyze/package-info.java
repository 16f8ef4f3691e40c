/**
 * Analyze: sentences, tokens, stems, quotes and factual anchors (numbers, dates, weekdays, names) of a
 * cleaned article, with offsets into its original text.
 *
 * <p>Key types: {@link dev.parallax.analyze.Analyzer}, {@link dev.parallax.analyze.EnglishAnalyzer},
 * {@link dev.parallax.analyze.EnglishModels}, {@link dev.parallax.analyze.AnalyzedArticle},
 * {@link dev.parallax.analyze.Sentence}, {@link dev.parallax.analyze.Token},
 * {@link dev.parallax.analyze.Quote}, {@link dev.parallax.analyze.Mention}, {@link dev.parallax.analyze.TextSpan}.
 */
package dev.parallax.analyze;
