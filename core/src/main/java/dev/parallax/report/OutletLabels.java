package dev.parallax.report;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How reports name an article: its outlet ("RT"), or its outlet and id when several articles share the
 * outlet's name ("unnamed outlet 000_de84..."), so that a reader can always tell them apart. Immutable.
 */
final class OutletLabels {
  private final ImmutableMap<String, String> labels;

  OutletLabels(Comparison c) {
    Multiset<String> uses = HashMultiset.create();
    c.articles().forEach(a -> uses.add(a.article().outlet()));
    Map<String, String> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : c.articles()) {
      String outlet = a.article().outlet();
      byId.putIfAbsent(a.id(), uses.count(outlet) > 1 && !outlet.equals(a.id()) ? outlet + " " + a.id() : outlet);
    }
    labels = ImmutableMap.copyOf(byId);
  }

  /**
   * How many outlets {@code articles} come from: an outlet's articles count once, so three articles of two
   * outlets are two outlets. Outlets are told apart by name, as {@code Article.outlet()} gives it.
   */
  static long count(Collection<AnalyzedArticle> articles) {
    return articles.stream().map(a -> a.article().outlet()).distinct().count();
  }

  /** The label of article {@code id}; the id itself when the comparison has no such article. */
  String of(String id) {
    return labels.getOrDefault(id, id);
  }
}
