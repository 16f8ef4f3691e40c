package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stock {@link SentenceSimilarity} measures. */
public final class Similarities {
  private Similarities() {}

  /** The default lexical similarity. TODO(alignment): IDF, n-grams, synonyms, anchors. */
  public static SentenceSimilarity lexical() {
    return new SentenceSimilarity() {
      @Override
      public String name() {
        return "lexical";
      }

      @Override
      public double threshold() {
        return 0.5;
      }

      @Override
      public Scorer bind(List<Sentence> corpus) {
        return (a, b) -> {
          Set<String> x = lemmas(a);
          Set<String> y = lemmas(b);
          if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
          }
          Set<String> inter = new HashSet<>(x);
          inter.retainAll(y);
          return inter.size() / Math.sqrt((double) x.size() * y.size());
        };
      }
    };
  }

  private static Set<String> lemmas(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      if (t.isContent()) {
        out.add(t.lemma());
      }
    }
    return out;
  }
}
