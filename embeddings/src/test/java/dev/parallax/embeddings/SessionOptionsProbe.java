package dev.parallax.embeddings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.parallax.Parallax;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 session of {@link OnnxEncoder} under other ONNX Runtime session options: CPU time per
 * sentence on one thread, and every float of the model's last layer written to a file, so that two option
 * sets (or two ONNX Runtime versions on the class path) can be checked for bit-identical output with
 * {@code cmp}. How the options in the module README's Speed section were measured.
 *
 * <p>Texts: the distinct sentences of the five seeds, then both sentences of the first {@code pairs} MSRP
 * training pairs when {@code ../shared/data/msrp/train.tsv} (or {@code -Dparallax.data=DIR}) is there. Options,
 * comma-separated, applied on top of the encoder's own (one intra-op and one inter-op thread): {@code base}
 * (nothing more), {@code nospin}, {@code ftz} (denormals as zero), {@code basic}, {@code extended},
 * {@code none} (graph optimization level), {@code noarena}, {@code nopattern} (memory pattern).
 *
 * <p>Run from the project root (class path as for {@link SemanticCompareBenchmark}):
 * <pre>
 * java -cp ... dev.parallax.embeddings.SessionOptionsProbe base /tmp/base.bin 1000 5
 * java -cp ... dev.parallax.embeddings.SessionOptionsProbe extended /tmp/extended.bin 1000 5
 * cmp /tmp/base.bin /tmp/extended.bin
 * </pre>
 * (arguments: options, output file, MSRP pairs, passes).
 */
public final class SessionOptionsProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SessionOptionsProbe() {}

  /** Encodes the texts {@code passes} times, prints CPU per sentence, writes the first pass's last layer. */
  public static void main(String[] args) throws IOException, OrtException {
    String options = args[0];
    Path out = Path.of(args[1]);
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    List<String> texts = texts(pairs);
    WordPieceTokenizer tokenizer;
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer = WordPieceTokenizer.read(in, OnnxEncoder.MAX_TOKENS);
    }
    List<long[]> ids = texts.stream().map(tokenizer::encode).toList();
    byte[] model;
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
      model = in.readAllBytes();
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions o = sessionOptions(options);
        OrtSession session = environment.createSession(model, o)) {
      System.out.printf("%s: %d texts, %.1f tokens on average%n", options, texts.size(),
          ids.stream().mapToInt(a -> a.length).average().orElse(0));
      for (int p = 0; p < passes; p++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        try (OutputStream file = p == 0 ? Files.newOutputStream(out) : OutputStream.nullOutputStream();
            DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
          for (long[] x : ids) {
            for (float[] token : run(environment, session, x)) {
              for (float f : token) {
                data.writeInt(Float.floatToRawIntBits(f));
              }
            }
          }
        }
        System.out.printf("pass %d: %.3f ms CPU per sentence%n", p,
            (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / ids.size());
      }
    }
  }

  private static OrtSession.SessionOptions sessionOptions(String options) throws OrtException {
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    o.setIntraOpNumThreads(1);
    o.setInterOpNumThreads(1);
    for (String a : options.split(",")) {
      switch (a) {
        case "base" -> { }
        case "nospin" -> o.addConfigEntry("session.intra_op.allow_spinning", "0");
        case "ftz" -> o.addConfigEntry("session.set_denormal_as_zero", "1");
        case "basic" -> o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
        case "extended" -> o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
        case "none" -> o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
        case "noarena" -> o.setCPUArenaAllocator(false);
        case "nopattern" -> o.setMemoryPatternOptimization(false);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return o;
  }

  /** The last layer of one text's word pieces {@code ids} (one batch of its own, as {@link OnnxEncoder} runs it). */
  static float[][] run(OrtEnvironment environment, OrtSession session, long[] ids) throws OrtException {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
      try (OrtSession.Result result = session.run(inputs)) {
        return ((float[][][]) result.get(0).getValue())[0];
      }
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static List<String> texts(int pairs) throws IOException {
    Parallax parallax = Parallax.builder().analyzer(EnglishAnalyzer.create(EnglishModels.load())).build();
    LinkedHashSet<String> texts = new LinkedHashSet<>();
    for (Article a : SemanticCompareBenchmark.articles(Path.of("examples/data/lavrov-nightmare"), 5)) {
      for (Sentence s : parallax.analyze(a).sentences()) {
        texts.add(s.text());
      }
    }
    List<String> out = new ArrayList<>(texts);
    Path msrp = Path.of(System.getProperty("parallax.data", "../shared/data"), "msrp", "train.tsv");
    if (pairs > 0 && Files.isRegularFile(msrp)) {
      List<String> lines = Files.readAllLines(msrp);
      for (String line : lines.subList(1, Math.min(lines.size(), 1 + pairs))) {
        String[] f = line.split("\t");
        out.add(f[1]);
        out.add(f[2]);
      }
    }
    return out;
  }
}
