package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link StaticVectors} table says of two sentences, through their content words (names, numbers
 * and verbs of saying apart: those are matched exactly elsewhere), each weighted as {@link PairFeatures}
 * weighs it (by its rarity among the run's sentences, SIF-like):
 *
 * <ul>
 *   <li>{@link #sentenceCosine}: the cosine of the two weighted mean word vectors;
 *   <li>{@link #coverage}: each word of one sentence matched to the most related word of the other
 *       (BERTScore-like; a word both use counts 1, a cosine at or below {@link #FLOOR} counts 0).
 * </ul>
 *
 * <p>Bound to the sentences of one alignment run; immutable once built.
 */
final class SoftOverlap {
  /** A best word cosine at or below this is no evidence; above it, rescaled to (0, 1]. */
  static final double FLOOR = 0.3;

  /** Node -> per content word: its id in the run (the same word, the same id). */
  private final int[][] ids;
  private final double[][] weights;
  /** Node -> per key: its unit vector, or null when the table has no row for the word. */
  private final float[][][] vectors;
  /** Node -> its weighted mean word vector, unit length (all zero when it has no word with a vector). */
  private final float[][] sentenceVectors;

  /**
   * @param terms per node, its content keys (stems, {@code #number}) with their weights
   * @param names per node, the keys that are names
   */
  SoftOverlap(List<Sentence> sentences, List<Map<String, Double>> terms, List<Set<String>> names, Lexicon lexicon,
      StaticVectors table) {
    int n = sentences.size();
    ids = new int[n][];
    Map<String, Integer> idOf = new HashMap<>();
    weights = new double[n][];
    vectors = new float[n][][];
    sentenceVectors = new float[n][];
    Map<Integer, float[]> unit = new HashMap<>();
    for (int g = 0; g < n; g++) {
      Map<String, float[]> words = new LinkedHashMap<>();
      Map<String, Double> w = terms.get(g);
      for (Token t : sentences.get(g).tokens()) {
        if (t.kind() != TokenKind.WORD || t.norm().length() <= 2 || lexicon.isStopWord(t.norm())) {
          continue;
        }
        String key = IrregularVerbs.standard().base(t.lemma());
        if (words.containsKey(key) || !w.containsKey(key) || names.get(g).contains(key)
            || PairFeatures.REPORTING.contains(key)) {
          continue;
        }
        int row = table.row(t.norm(), key);
        words.put(key, row < 0 ? null : unit.computeIfAbsent(row, table::vector));
      }
      String[] keys = words.keySet().toArray(new String[0]);
      ids[g] = new int[keys.length];
      weights[g] = new double[keys.length];
      vectors[g] = new float[keys.length][];
      float[] sum = new float[table.dims()];
      for (int i = 0; i < keys.length; i++) {
        ids[g][i] = idOf.computeIfAbsent(keys[i], k -> idOf.size());
        weights[g][i] = w.get(keys[i]);
        float[] v = words.get(keys[i]);
        vectors[g][i] = v;
        for (int d = 0; v != null && d < sum.length; d++) {
          sum[d] += (float) weights[g][i] * v[d];
        }
      }
      double norm = Math.sqrt(StaticVectors.dot(sum, sum));
      for (int d = 0; d < sum.length && norm > 0; d++) {
        sum[d] /= (float) norm;
      }
      sentenceVectors[g] = sum;
    }
  }

  /** The cosine of the two sentences' weighted mean word vectors, in [-1, 1]; 0 when either has none. */
  double sentenceCosine(int x, int y) {
    return StaticVectors.dot(sentenceVectors[x], sentenceVectors[y]);
  }

  /**
   * The weighted share of each sentence's content words that the other has, or has a related word for
   * (counted by how related): {@code {x → y, y → x}}, each in [0, 1], 0 for a sentence without content words.
   * One pass over the pairs of their words.
   */
  double[] coverage(int x, int y) {
    int nx = ids[x].length;
    int ny = ids[y].length;
    double[] bestX = new double[nx];
    double[] bestY = new double[ny];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        double m;
        if (ids[x][i] == ids[y][j]) {
          m = 1.0;
        } else if (vectors[x][i] == null || vectors[y][j] == null) {
          continue;
        } else {
          m = StaticVectors.dot(vectors[x][i], vectors[y][j]);
        }
        bestX[i] = Math.max(bestX[i], m);
        bestY[j] = Math.max(bestY[j], m);
      }
    }
    return new double[] {share(x, bestX), share(y, bestY)};
  }

  private double share(int g, double[] best) {
    double total = 0;
    double hit = 0;
    for (int i = 0; i < best.length; i++) {
      double m = best[i] >= 1.0 ? 1.0 : best[i] <= FLOOR ? 0.0 : (best[i] - FLOOR) / (1 - FLOOR);
      total += weights[g][i];
      hit += weights[g][i] * m;
    }
    return total == 0 ? 0.0 : hit / total;
  }
}
