package dev.parallax.embeddings;

import dev.parallax.Parallax;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;

/** Objects the tests share because they are costly to build; all are immutable. */
final class Shared {
  /** The default analyzer (language models loaded once). */
  static final Analyzer ANALYZER = EnglishAnalyzer.create(EnglishModels.load());

  /** The default facade over {@link #ANALYZER}. */
  static final Parallax PARALLAX = Parallax.builder().analyzer(ANALYZER).build();

  /** The stock semantic similarity over the stock lexical one (model loaded once). */
  static final BlendedSimilarity SEMANTIC = (BlendedSimilarity) EmbeddingSimilarities.semantic(Similarities.lexical());

  /** The seed articles, analyzed. */
  static final Seeds SEEDS = new Seeds(PARALLAX);

  private Shared() {}
}
