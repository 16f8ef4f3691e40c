package dev.parallax.align;

import dev.parallax.internal.Deadline;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Specific evidence that two sentences share content: on each side, every informative word (see {@link
 * BlockingKeys#isInformative}) the other sentence also uses counts 1 (2 for a number the same word governs
 * in both), one it only echoes (a synonym, a derived form, a close number) counts 0.5; the smaller side is
 * the evidence. Words every other sentence of the story uses ("Russia", "military") are the topic, not a
 * fact, and count nothing.
 *
 * <p>Keeps the last two nodes' keys marked (see {@link NodeMarks}): not thread-safe, one per alignment call and thread
 * ({@link #forAnotherThread}).
 */
final class SharedEvidence {
  /** The tables of the key marks: exact keys, soft keys. */
  private static final int EXACT = 0;
  private static final int SOFT = 1;

  private final BlockingKeys keys;
  /** Node -> ids of its words' exact keys (ids dense in this call, equal for equal keys). */
  private final int[][] exactIds;
  /** Node -> ids of its soft keys. */
  private final int[][] softIds;
  /** Node -> its informative words: exact key id. */
  private final int[][] informativeIds;
  /** Node -> per informative word: the ids of its soft keys. */
  private final int[][][] informativeSoftIds;
  /** Node -> per informative word: its exact key, when a word governs it as a number, else null. */
  private final String[][] headedKeys;
  /** One node's exact keys (table {@link #EXACT}) and soft keys ({@link #SOFT}) marked, for {@link #side}. */
  private final NodeMarks keyMarks;

  /** Turns the words and soft keys of the {@code size} nodes into ids for {@link #side}. */
  SharedEvidence(int size, BlockingKeys keys) {
    this.keys = keys;
    Map<String, Integer> ids = new HashMap<>();
    exactIds = new int[size][];
    softIds = new int[size][];
    informativeIds = new int[size][];
    informativeSoftIds = new int[size][][];
    headedKeys = new String[size][];
    for (int g = 0; g < size; g++) {
      Deadline.check(); // tens of thousands of sentences in a pasted archive
      Map<String, List<String>> w = keys.words(g);
      exactIds[g] = new int[w.size()];
      int informative = 0;
      for (String key : w.keySet()) {
        informative += keys.isInformative(key) ? 1 : 0;
      }
      informativeIds[g] = new int[informative];
      informativeSoftIds[g] = new int[informative][];
      headedKeys[g] = new String[informative];
      int e = 0;
      int k = 0;
      int softCount = 0;
      for (List<String> wordSoft : w.values()) {
        softCount += wordSoft.size();
      }
      int[] soft = new int[softCount];
      softCount = 0;
      for (Map.Entry<String, List<String>> word : w.entrySet()) {
        int id = ids.computeIfAbsent(word.getKey(), x -> ids.size());
        exactIds[g][e++] = id;
        int[] wordSoft = idsOf(word.getValue(), ids);
        // the soft keys of all the node's words, a key repeated as often as words have it (marked once)
        System.arraycopy(wordSoft, 0, soft, softCount, wordSoft.length);
        softCount += wordSoft.length;
        if (!keys.isInformative(word.getKey())) {
          continue;
        }
        informativeIds[g][k] = id;
        informativeSoftIds[g][k] = wordSoft;
        headedKeys[g][k] = keys.isGovernedNumber(g, word.getKey()) ? word.getKey() : null;
        k++;
      }
      softIds[g] = soft;
    }
    keyMarks = new NodeMarks(ids.size(), ids.size());
  }

  /** The same evidence, read from the same tables with marks of its own: for another thread of the same call. */
  private SharedEvidence(SharedEvidence of) {
    keys = of.keys;
    exactIds = of.exactIds;
    softIds = of.softIds;
    informativeIds = of.informativeIds;
    informativeSoftIds = of.informativeSoftIds;
    headedKeys = of.headedKeys;
    keyMarks = of.keyMarks.another();
  }

  /** This evidence for another thread: the same tables, its own marks (the tables are only read after building). */
  SharedEvidence forAnotherThread() {
    return new SharedEvidence(this);
  }

  /** The evidence between two nodes: the smaller of the two sides' sums. */
  double between(int x, int y) {
    return Math.min(side(x, y), side(y, x));
  }

  /** What node {@code x}'s informative words find in node {@code y}. */
  private double side(int x, int y) {
    // the sum of halves and units is exact in any order: the same as a walk over the words by key
    double sum = 0;
    NodeMarks.Slot other = marked(y, x);
    int[] informative = informativeIds[x];
    for (int i = 0; i < informative.length; i++) {
      if (other.has(EXACT, informative[i])) {
        sum += headedKeys[x][i] != null && keys.sameHead(x, y, headedKeys[x][i]) ? 2.0 : 1.0;
      } else {
        for (int soft : informativeSoftIds[x][i]) {
          if (other.has(SOFT, soft)) {
            sum += 0.5;
            break;
          }
        }
      }
    }
    return sum;
  }

  private static int[] idsOf(Collection<String> keys, Map<String, Integer> ids) {
    int[] out = new int[keys.size()];
    int i = 0;
    for (String key : keys) {
      out[i++] = ids.computeIfAbsent(key, x -> ids.size());
    }
    return out;
  }

  /** The slot holding node {@code y}'s keys, marking them now if neither slot does (never evicting {@code keep}'s). */
  private NodeMarks.Slot marked(int y, int keep) {
    NodeMarks.Slot m = keyMarks.holding(y);
    if (m == null) {
      m = keyMarks.claim(y, keep);
      for (int id : exactIds[y]) {
        m.mark(EXACT, id);
      }
      for (int id : softIds[y]) {
        m.mark(SOFT, id);
      }
    }
    return m;
  }
}
