package dev.parallax.internal;

import dev.parallax.corpus.ArticleSketch;
import dev.parallax.corpus.CorpusEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles of a corpus run's events that have no day, for {@link dev.parallax.corpus.CorpusReport#undated()}: one
 * list for both engines (the corpus's own and the cluster's). Internal: not part of the API. Stateless.
 */
public final class UndatedArticles {
  private UndatedArticles() {}

  /** The ids of {@code events}' articles whose key in {@code keys} has no day, in event order. */
  public static List<String> of(List<CorpusEvent> events, List<ArticleSketch> keys) {
    Set<String> none = new HashSet<>();
    for (ArticleSketch k : keys) {
      if (k.day() == ArticleSketch.NO_DAY) {
        none.add(k.id());
      }
    }
    List<String> out = new ArrayList<>();
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        if (none.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }
}
