package dev.parallax.report;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.Omission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which of an outlet's omissions a report shows unfolded: the facts most of the other outlets carry, most
 * salient first, at most {@value #MAX_SHOWN}; when fewer than {@value #MIN_SHOWN} are carried that widely,
 * the most salient others fill up to {@value #MIN_SHOWN}. The rest are folded (HTML) or counted (text).
 * Outlets are counted by name ({@code Article.outlet()}): an outlet's two articles that carry a fact are one
 * outlet, and the omitting article's own outlet is none of the others.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>omissions</th><th>shown</th></tr>
 *   <tr><td>none</td><td>none</td></tr>
 *   <tr><td>two, each carried by one other outlet of three</td><td>both</td></tr>
 *   <tr><td>ten, each carried by every other outlet</td><td>the five most salient</td></tr>
 *   <tr><td>one carried by two articles of one outlet, of two other outlets</td><td>not among the widely
 *   carried</td></tr>
 * </table>
 */
final class KeyOmissions {
  static final int MAX_SHOWN = 5;
  static final int MIN_SHOWN = 3;

  private KeyOmissions() {}

  /**
   * The omissions to show, in the given order (most salient first).
   *
   * @param omissions one article's omissions, most salient first
   * @param outlets the outlet of each main-event article, by article id
   */
  static List<Omission> shown(List<Omission> omissions, Map<String, String> outlets) {
    if (omissions.isEmpty()) {
      return List.of();
    }
    String own = outlets.get(omissions.get(0).article());
    long otherOutlets = outlets.values().stream().filter(o -> !o.equals(own)).distinct().count();
    List<Omission> shown = new ArrayList<>();
    for (Omission o : omissions) {
      if (shown.size() < MAX_SHOWN && 2 * otherOutletsCarrying(o, outlets, own) > otherOutlets) {
        shown.add(o);
      }
    }
    for (Omission o : omissions) {
      if (shown.size() >= MIN_SHOWN) {
        break;
      }
      if (!shown.contains(o)) {
        shown.add(o);
      }
    }
    List<Omission> ordered = new ArrayList<>(omissions);
    ordered.retainAll(shown);
    return List.copyOf(ordered);
  }

  /** The outlet of each of {@code articles}, by article id, as {@link #shown} takes them. */
  static Map<String, String> outletsOf(List<AnalyzedArticle> articles) {
    Map<String, String> outlets = new LinkedHashMap<>();
    articles.forEach(a -> outlets.putIfAbsent(a.id(), a.article().outlet()));
    return outlets;
  }

  /** How many outlets other than {@code own} carry what {@code o} leaves out, an outlet's articles counting once. */
  private static long otherOutletsCarrying(Omission o, Map<String, String> outlets, String own) {
    return o.coveredBy().stream().map(id -> outlets.getOrDefault(id, id)).filter(x -> !Objects.equals(x, own))
        .distinct().count();
  }
}
