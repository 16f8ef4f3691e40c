package dev.parallax.embeddings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a static word-vector table ({@code static-vectors.bin}; measured for core, not shipped, see
 * {@code docs/alignment.md}): the Model2Vec method
 * applied to all-MiniLM-L6-v2. Every whole word of the model's WordPiece vocabulary (lower-case letters
 * only, at least two; no {@code ##} continuation, no {@code [unused]} or special token) is embedded alone by
 * the model with the module's mean pooling; the vectors are mean-centred and reduced by PCA; each row is
 * scaled to unit length and quantised to int8 (per-row scale: the largest component becomes ±127; the scale
 * is not stored, since only directions are used).
 *
 * <p>Deterministic: one ONNX run per word on one thread (the quantized model's vectors depend on the batch),
 * words in vocabulary order, a cyclic Jacobi eigen-decomposition with fixed sweep order and a sign convention,
 * so the same command on the same machine writes a byte-identical file. A development tool, never run in
 * tests or CI (about a minute).
 *
 * <pre>
 * mvn -B -q -pl cli,embeddings -am package -DskipTests
 * java -cp embeddings/target/parallax-embeddings.jar:cli/target/parallax.jar \
 *     dev.parallax.embeddings.StaticTableDistiller /tmp/static-vectors.bin [dims]
 * </pre>
 *
 * <p>File format (big-endian): the ASCII magic {@code PXSV}, an int version (1), an int row count, an int
 * dimension count; one modified-UTF-8 string per row (the word, {@link DataOutputStream#writeUTF}); then the
 * rows' int8 components, row after row.
 */
public final class StaticTableDistiller {
  /** Dimensions kept by default: on ECB+ dev as good as 256, at half the size and cost (docs/alignment.md). */
  static final int DIMS = 128;
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private StaticTableDistiller() {}

  /** Arguments: the file to write, optionally the number of dimensions to keep. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: StaticTableDistiller OUT.bin [dims]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int dims = args.length > 1 ? Integer.parseInt(args[1]) : DIMS;
    List<String> words = vocabulary();
    System.out.printf(Locale.ROOT, "%d words%n", words.size());
    OnnxEncoder encoder = OnnxEncoder.allMiniLmL6V2Quantized();
    int width = 0;
    double[][] x = new double[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      float[] v = encoder.encode(List.of(words.get(i)), 1).get(0);
      width = v.length;
      x[i] = new double[width];
      for (int d = 0; d < width; d++) {
        x[i][d] = v[d];
      }
      if ((i + 1) % 5000 == 0) {
        System.out.printf(Locale.ROOT, "  embedded %d%n", i + 1);
      }
    }
    if (dims < 1 || dims > width) {
      throw new IllegalArgumentException("dims must be in [1, " + width + "], got " + dims);
    }
    byte[][] rows = reduce(x, dims);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(os))) {
      data.writeBytes("PXSV");
      data.writeInt(1);
      data.writeInt(rows.length);
      data.writeInt(dims);
      for (String w : words) {
        data.writeUTF(w);
      }
      for (byte[] r : rows) {
        data.write(r);
      }
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d words x %d dims, %d bytes%n", out, rows.length, dims, Files.size(out));
  }

  /** The whole words of the model's vocabulary, in id order. */
  static List<String> vocabulary() throws IOException {
    JsonNode root;
    try (InputStream in = StaticTableDistiller.class.getResourceAsStream(TOKENIZER)) {
      if (in == null) {
        throw new IOException(TOKENIZER + " is not on the class path");
      }
      root = new ObjectMapper().readTree(in);
    }
    Map<Integer, String> byId = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("model").path("vocab").properties()) {
      String piece = e.getKey();
      if (piece.length() >= 2 && piece.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        byId.put(e.getValue().intValue(), piece);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Mean-centres, projects on the top {@code dims} principal components, scales rows to unit length, quantises. */
  static byte[][] reduce(double[][] x, int dims) {
    int n = x.length;
    int width = x[0].length;
    double[] mean = new double[width];
    for (double[] r : x) {
      for (int d = 0; d < width; d++) {
        mean[d] += r[d];
      }
    }
    for (int d = 0; d < width; d++) {
      mean[d] /= n;
    }
    double[][] cov = new double[width][width];
    double[] c = new double[width];
    for (double[] r : x) {
      for (int d = 0; d < width; d++) {
        c[d] = r[d] - mean[d];
      }
      for (int a = 0; a < width; a++) {
        double ca = c[a];
        double[] row = cov[a];
        for (int b = a; b < width; b++) {
          row[b] += ca * c[b];
        }
      }
    }
    for (int a = 0; a < width; a++) {
      for (int b = a; b < width; b++) {
        cov[a][b] /= n - 1;
        cov[b][a] = cov[a][b];
      }
    }
    double[][] vectors = new double[width][width];
    double[] values = jacobi(cov, vectors);
    Integer[] order = new Integer[width];
    for (int i = 0; i < width; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, q) -> p.equals(q) ? 0 : values[p] != values[q]
        ? Double.compare(values[q], values[p]) : Integer.compare(p, q));
    double total = 0;
    double kept = 0;
    for (int i = 0; i < width; i++) {
      total += values[i];
      if (i < dims) {
        kept += values[order[i]];
      }
    }
    System.out.printf(Locale.ROOT, "PCA: %d of %d components keep %.1f%% of the variance%n", dims, width,
        100 * kept / total);
    double[][] basis = new double[dims][width];
    for (int k = 0; k < dims; k++) {
      int col = order[k];
      int big = 0;
      for (int d = 0; d < width; d++) {
        basis[k][d] = vectors[d][col];
        if (Math.abs(basis[k][d]) > Math.abs(basis[k][big])) {
          big = d;
        }
      }
      if (basis[k][big] < 0) {   // sign convention: the largest component positive
        for (int d = 0; d < width; d++) {
          basis[k][d] = -basis[k][d];
        }
      }
    }
    byte[][] out = new byte[n][dims];
    double[] p = new double[dims];
    for (int i = 0; i < n; i++) {
      double max = 0;
      for (int k = 0; k < dims; k++) {
        double s = 0;
        for (int d = 0; d < width; d++) {
          s += (x[i][d] - mean[d]) * basis[k][d];
        }
        p[k] = s;
        max = Math.max(max, Math.abs(s));
      }
      for (int k = 0; k < dims; k++) {
        out[i][k] = max == 0 ? 0 : (byte) Math.round(p[k] / max * 127);
      }
    }
    return out;
  }

  /**
   * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (destroys {@code a}): returns the
   * eigenvalues, and the eigenvectors as the columns of {@code v}.
   */
  static double[] jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(v[i], 0);
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double diag = 0;
      for (int p = 0; p < n; p++) {
        diag += a[p][p] * a[p][p];
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off <= 1e-30 * diag) {
        break;
      }
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p][q];
          if (Math.abs(apq) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double cs = 1 / Math.sqrt(t * t + 1);
          double sn = t * cs;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = cs * akp - sn * akq;
            a[k][q] = sn * akp + cs * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = cs * apk - sn * aqk;
            a[q][k] = sn * apk + cs * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = cs * vkp - sn * vkq;
            v[k][q] = sn * vkp + cs * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }
}
