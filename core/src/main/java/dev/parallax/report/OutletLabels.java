package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.HashMap;
import java.util.Map;

/**
 * How reports name an article: its outlet ("RT"), or its outlet and id when several articles share the
 * outlet's name ("unnamed outlet 000_de84..."), so that a reader can always tell them apart.
 */
final class OutletLabels {
  private final Map<String, String> labels = new HashMap<>();

  OutletLabels(Comparison c) {
    Map<String, Integer> uses = new HashMap<>();
    for (AnalyzedArticle a : c.articles()) {
      uses.merge(a.article().outlet(), 1, Integer::sum);
    }
    for (AnalyzedArticle a : c.articles()) {
      String outlet = a.article().outlet();
      labels.putIfAbsent(a.id(), uses.get(outlet) > 1 && !outlet.equals(a.id()) ? outlet + " " + a.id() : outlet);
    }
  }

  /** The label of article {@code id}; the id itself when the comparison has no such article. */
  String of(String id) {
    return labels.getOrDefault(id, id);
  }
}
