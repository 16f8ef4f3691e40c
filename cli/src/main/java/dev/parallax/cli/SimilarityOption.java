package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.align.Similarities;
import dev.parallax.embeddings.EmbeddingSimilarities;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --semantic} option shared by {@code compare} and {@code pairs}, and the facade it selects. */
final class SimilarityOption {
  @Option(names = "--semantic", description = "Use sentence embeddings (all-MiniLM-L6-v2, offline) blended with the"
      + " lexical similarity; slower, finds paraphrases in other words.")
  boolean semantic;

  /** The facade with the chosen similarity; the embedding model is loaded only when {@code --semantic} is given. */
  Parallax parallax() {
    return parallax(Parallax.DEFAULT_DEADLINE);
  }

  /** The facade with the chosen similarity and a run deadline. */
  Parallax parallax(Duration deadline) {
    Parallax.Builder b = Parallax.builder().deadline(deadline);
    if (semantic) {
      b.similarity(EmbeddingSimilarities.semantic(Similarities.lexical()));
    }
    return b.build();
  }
}
