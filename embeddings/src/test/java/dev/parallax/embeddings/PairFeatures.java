package dev.parallax.embeddings;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.Set;
import java.util.TreeSet;

/** Simple symmetric features of a sentence pair, from their tokens, tried in the learned blends of {@link BlendFit}. */
final class PairFeatures {
  private PairFeatures() {}

  /** Content tokens of the shorter sentence over those of the longer, in [0, 1]; 0 when either has none. */
  static double lengthRatio(Sentence a, Sentence b) {
    int x = contentCount(a);
    int y = contentCount(b);
    return x == 0 || y == 0 ? 0.0 : (double) Math.min(x, y) / Math.max(x, y);
  }

  /** 1 when one sentence has a number the other lacks, else 0. */
  static double numberMismatch(Sentence a, Sentence b) {
    return numbers(a).equals(numbers(b)) ? 0.0 : 1.0;
  }

  private static int contentCount(Sentence s) {
    int n = 0;
    for (Token t : s.tokens()) {
      if (t.isContent()) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> numbers(Sentence s) {
    Set<String> out = new TreeSet<>();
    for (Token t : s.tokens()) {
      if (t.kind() == TokenKind.NUMBER) {
        out.add(t.norm());
      }
    }
    return out;
  }
}
