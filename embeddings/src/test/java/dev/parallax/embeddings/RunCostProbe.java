package dev.parallax.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.parallax.Parallax;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Splits the CPU time of one ONNX run of the sentence encoder into a part per run and a part per token, and
 * prints what the distinct sentences of the five seeds cost: how much of the unseen-articles cost batching could
 * remove at best (the part per run) and how much any encoder with this model's work per token keeps.
 *
 * <p>Per pass, on one thread: the seeds' texts encoded one by one as {@link OnnxEncoder} does; then 100 runs of
 * synthetic inputs of 4 and of 64 word pieces, whose times give the straight line {@code per run + per token ×
 * tokens}. Prints the seeds' token counts once (median, 90th percentile, largest: whether the 128-token cut
 * ever applies).
 *
 * <p>Run from the project root (class path as for {@link SemanticCompareBenchmark}); the optional argument is
 * an ONNX file to run instead of the shipped model, such as one written by {@link TruncatedModel}:
 * <pre>
 * java -cp ... dev.parallax.embeddings.RunCostProbe [passes, default 5] [model.onnx]
 * </pre>
 */
public final class RunCostProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int SHORT = 4;
  private static final int LONG = 64;
  private static final int RUNS = 100;

  private RunCostProbe() {}

  /** Runs the passes; see the class comment. */
  public static void main(String[] args) throws IOException, OrtException {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    WordPieceTokenizer tokenizer;
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer = WordPieceTokenizer.read(in, OnnxEncoder.MAX_TOKENS);
    }
    List<long[]> ids = seedTexts().stream().map(tokenizer::encode).toList();
    int[] lengths = ids.stream().mapToInt(a -> a.length).sorted().toArray();
    int tokens = Arrays.stream(lengths).sum();
    System.out.printf(Locale.ROOT, "%d distinct seed texts, %d word pieces: median %d, 90th percentile %d, largest %d%n",
        lengths.length, tokens, lengths[lengths.length / 2], lengths[lengths.length * 9 / 10],
        lengths[lengths.length - 1]);
    byte[] model;
    if (args.length > 1) {
      model = Files.readAllBytes(Path.of(args[1]));
    } else {
      try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
        model = in.readAllBytes();
      }
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      try (OrtSession session = environment.createSession(model, options)) {
        for (int p = 0; p < passes; p++) {
          long c0 = THREADS.getCurrentThreadCpuTime();
          for (long[] x : ids) {
            SessionOptionsProbe.run(environment, session, x);
          }
          double seeds = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
          double shortRun = perRun(environment, session, SHORT);
          double longRun = perRun(environment, session, LONG);
          double perToken = (longRun - shortRun) / (LONG - SHORT);
          double perRun = shortRun - perToken * SHORT;
          System.out.printf(Locale.ROOT, "pass %d: seeds %.1f ms CPU (%.2f ms per text); line: %.3f ms per run + %.4f ms"
              + " per token, so %.1f ms of runs + %.1f ms of tokens for the seeds%n", p, seeds, seeds / ids.size(),
              perRun, perToken, perRun * ids.size(), perToken * tokens);
        }
      }
    }
  }

  private static List<String> seedTexts() {
    Parallax parallax = Parallax.builder().analyzer(EnglishAnalyzer.create(EnglishModels.load())).build();
    LinkedHashSet<String> texts = new LinkedHashSet<>();
    for (Article a : SemanticCompareBenchmark.articles(Path.of("examples/data/lavrov-nightmare"), 5)) {
      for (Sentence s : parallax.analyze(a).sentences()) {
        texts.add(s.text());
      }
    }
    return List.copyOf(texts);
  }

  /** CPU milliseconds of one run on a synthetic input of {@code length} word pieces, after a warm-up. */
  private static double perRun(OrtEnvironment environment, OrtSession session, int length) throws OrtException {
    long[] ids = new long[length];
    for (int i = 0; i < length; i++) {
      ids[i] = 2000 + i;
    }
    ids[0] = 101;  // [CLS]
    ids[length - 1] = 102;  // [SEP]
    for (int i = 0; i < RUNS / 10; i++) {
      SessionOptionsProbe.run(environment, session, ids);
    }
    long c0 = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < RUNS; i++) {
      SessionOptionsProbe.run(environment, session, ids);
    }
    return (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / RUNS;
  }

}
