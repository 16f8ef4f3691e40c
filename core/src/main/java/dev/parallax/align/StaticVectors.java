package dev.parallax.align;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * A static word-vector table distilled from all-MiniLM-L6-v2 ({@code static-vectors.bin}, made by
 * {@code dev.parallax.embeddings.StaticTableDistiller}; see {@code docs/alignment.md}): one int8 direction
 * per whole word of the model's vocabulary, so that the cosine of two words says how related they are
 * ("hurt" / "injured" 0.54, "killed" / "dead" 0.66, unrelated words about 0).
 *
 * <p>A word is found by its lower-case surface form, else by its stem (the Snowball stem core's tokens carry
 * as their lemma): the stem stands for the vocabulary word of that stem that comes first in the model's
 * vocabulary ("injures" has no row of its own; its stem "injur" finds "injured").
 *
 * <p>Immutable and thread-safe; loaded once per JVM, on first use.
 */
final class StaticVectors {
  static final String RESOURCE = "static-vectors.bin";

  private final int dims;
  /** Row-major int8 components. */
  private final byte[] matrix;
  /** Word or stem -> row. */
  private final Map<String, Integer> rowOf;

  private StaticVectors(int dims, byte[] matrix, Map<String, Integer> rowOf) {
    this.dims = dims;
    this.matrix = matrix;
    this.rowOf = rowOf;
  }

  /** The shipped table. */
  static StaticVectors standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final StaticVectors STANDARD = read(RESOURCE);
  }

  /** Number of components of each vector. */
  int dims() {
    return dims;
  }

  /** The row of a word given by its lower-case form and its stem, or -1 when the table has neither. */
  int row(String norm, String stem) {
    Integer r = rowOf.get(norm);
    if (r == null) {
      r = rowOf.get(stem);
    }
    return r == null ? -1 : r;
  }

  /** The unit vector of a row. */
  float[] vector(int row) {
    float[] v = new float[dims];
    double norm = 0;
    int base = row * dims;
    for (int d = 0; d < dims; d++) {
      v[d] = matrix[base + d];
      norm += (double) v[d] * v[d];
    }
    float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < dims; d++) {
      v[d] *= inv;
    }
    return v;
  }

  /** The dot product of two vectors of equal length (the cosine of two unit vectors). */
  static double dot(float[] a, float[] b) {
    // four running sums: independent additions the processor overlaps (a quarter of the time of one sum)
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < a.length; d += 4) {
      s0 += a[d] * b[d];
      s1 += a[d + 1] * b[d + 1];
      s2 += a[d + 2] * b[d + 2];
      s3 += a[d + 3] * b[d + 3];
    }
    for (; d < a.length; d++) {
      s0 += a[d] * b[d];
    }
    return (s0 + s1) + (s2 + s3);
  }

  static StaticVectors read(String resource) {
    try (InputStream in = Objects.requireNonNull(StaticVectors.class.getResourceAsStream(resource), resource);
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      byte[] magic = new byte[4];
      data.readFully(magic);
      int version = data.readInt();
      if (!new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals("PXSV") || version != 1) {
        throw new IllegalStateException(resource + " is not a version 1 static-vector table");
      }
      int rows = data.readInt();
      int dims = data.readInt();
      String[] words = new String[rows];
      for (int i = 0; i < rows; i++) {
        words[i] = data.readUTF();
      }
      byte[] matrix = new byte[rows * dims];
      data.readFully(matrix);
      Map<String, Integer> rowOf = new HashMap<>(rows * 3);
      for (int i = 0; i < rows; i++) {
        rowOf.put(words[i], i);
      }
      SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
      for (int i = 0; i < rows; i++) {
        String stem = stemmer.stem(words[i]).toString();
        rowOf.putIfAbsent(stem, i);
      }
      return new StaticVectors(dims, matrix, Map.copyOf(rowOf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
