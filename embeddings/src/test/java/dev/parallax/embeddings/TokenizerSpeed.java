package dev.parallax.embeddings;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Measures {@link WordPieceTokenizer} against DJL's HuggingFace tokenizer: tokens per second on the MSRP
 * training sentences (median of five single-threaded passes after three warm-up passes), and how many of
 * the MSRP and STS-B training sentences get the same ids. Not a test; run it by hand (see the module README):
 *
 * <pre>
 * java -cp ... dev.parallax.embeddings.TokenizerSpeed /work/shared/data [tokenizer resource ...]
 * </pre>
 *
 * <p>Without resources it measures all-MiniLM-L6-v2's tokenizer; with them (e.g.
 * {@code /bge-small-en-v1.5-q-tokenizer.json}, their jars on the class path) each of those.
 */
public final class TokenizerSpeed {
  private TokenizerSpeed() {}

  /** Prints one block per tokenizer. */
  public static void main(String[] args) {
    List<String> all = WordPieceTokenizerTest.pairSentences(Path.of(args[0]));
    List<String> msrp = WordPieceTokenizerTest.sentencesOf(Path.of(args[0], "msrp", "train.tsv"));
    List<String> resources = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
        : List.of(WordPieceTokenizerTest.RESOURCE);
    for (String resource : resources) {
      WordPieceTokenizer ours = WordPieceTokenizerTest.read(resource);
      try (HuggingFaceTokenizer djl = WordPieceTokenizerTest.reference(resource)) {
        int same = 0;
        for (String t : all) {
          same += Arrays.equals(ours.encode(t), djl.encode(t).getIds()) ? 1 : 0;
        }
        System.out.printf("%s: %d of %d MSRP and STS-B sentences with the same ids%n", resource, same, all.size());
        report("WordPieceTokenizer", msrp, t -> ours.encode(t).length);
        report("DJL HuggingFaceTokenizer", msrp, t -> djl.encode(t).getIds().length);
      }
    }
  }

  private static void report(String name, List<String> texts, ToIntFunction<String> tokenize) {
    long tokens = 0;
    double[] seconds = new double[5];
    for (int pass = -3; pass < seconds.length; pass++) {
      long start = System.nanoTime();
      tokens = 0;
      for (String t : texts) {
        tokens += tokenize.applyAsInt(t);
      }
      if (pass >= 0) {
        seconds[pass] = (System.nanoTime() - start) / 1e9;
      }
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    System.out.printf("  %-25s %,d sentences, %,d tokens: %.0f ms per pass, %,.0f tokens/s, %,.0f sentences/s%n",
        name, texts.size(), tokens, median * 1000, tokens / median, texts.size() / median);
  }
}
