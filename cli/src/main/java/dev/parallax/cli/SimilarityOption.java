package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.align.Similarities;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --semantic} option shared by {@code compare} and {@code pairs}, and the facade it selects. */
final class SimilarityOption {
  @Option(names = "--semantic", description = "Use sentence embeddings (all-MiniLM-L6-v2, offline) blended with the"
      + " lexical similarity; slower, finds paraphrases in other words. Needs the embeddings module"
      + " (" + SemanticPlugin.BUILD + ").")
  boolean semantic;

  /**
   * Fails fast, before any work, when {@code --semantic} is given and the embeddings module is missing.
   *
   * @throws dev.parallax.ParallaxException naming how to build the module
   */
  void check() {
    if (semantic) {
      SemanticPlugin.standard().factory();
    }
  }

  /**
   * The facade with the chosen similarity. With {@code --semantic} the embedding model starts loading in the
   * background at once and the facade waits for it only when it aligns, so reading and analysing the
   * articles overlap the model's second of loading.
   */
  Parallax parallax() {
    return parallax(Parallax.DEFAULT_DEADLINE);
  }

  /** The facade with the chosen similarity and a run deadline. */
  Parallax parallax(Duration deadline) {
    Parallax.Builder b = Parallax.builder().deadline(deadline);
    if (semantic) {
      var factory = SemanticPlugin.standard().factory();
      b.similarity(BackgroundSimilarity.start(() -> SemanticPlugin.create(factory, Similarities.lexical())));
    }
    return b.build();
  }
}
