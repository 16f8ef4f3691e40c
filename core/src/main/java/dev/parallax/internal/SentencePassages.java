package dev.parallax.internal;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which passage holds each sentence, by article id and sentence index, for the comparers and the HTML report alike.
 * Internal: not part of the API. Stateless.
 */
public final class SentencePassages {
  private SentencePassages() {}

  /**
   * The id of the first of {@code passages} that holds each sentence, by article id and then sentence index (a
   * sentence two passages hold keeps the first); a sentence no passage holds is absent. The maps are new and mutable.
   */
  public static Map<String, Map<Integer, String>> of(List<Passage> passages) {
    Map<String, Map<Integer, String>> out = new HashMap<>();
    for (Passage p : passages) {
      for (PassageMember m : p.members()) {
        for (int si : m.sentences()) {
          out.computeIfAbsent(m.article(), k -> new HashMap<>()).putIfAbsent(si, p.id());
        }
      }
    }
    return out;
  }
}
