package dev.parallax.compare;

import dev.parallax.align.Alignment;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Builds one {@link OutletSummary} per main-event article: coverage, omission score and exclusives.
 *
 * <p>Passages are weighted by salience. When every passage has salience 0 (an aligner that does not rank),
 * each passage weighs the same, so the scores stay meaningful. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>no passages</td><td>coverage 0, omission score 0, no exclusives</td></tr>
 *   <tr><td>nothing carried by the other articles</td><td>omission score 0</td></tr>
 *   <tr><td>a passage it does not carry that only articles of later days carry (all dates known)</td><td>left out
 *       of its omission score altogether, as it is not its omission ({@link PublicationOrder#onlyLater})</td></tr>
 *   <tr><td>one main-event article</td><td>no exclusives: "only it" needs someone else to compare with</td></tr>
 *   <tr><td>an article of another event</td><td>no summary</td></tr>
 * </table>
 */
final class OutletSummaries {
  private OutletSummaries() {}

  /**
   * One summary per main-event article, in article order.
   *
   * @param framing the framing summary of one article
   */
  static List<OutletSummary> summarize(List<AnalyzedArticle> articles, Alignment alignment,
      Function<AnalyzedArticle, FramingSummary> framing) {
    return summarize(articles, alignment, framing, (id, p) -> false);
  }

  /**
   * One summary per main-event article, in article order; a passage that {@code restated} says an article
   * reports in other sentences (see {@link OmissionFinder}) is not omitted by it.
   *
   * @param framing the framing summary of one article
   */
  static List<OutletSummary> summarize(List<AnalyzedArticle> articles, Alignment alignment,
      Function<AnalyzedArticle, FramingSummary> framing, BiPredicate<String, Passage> restated) {
    Set<String> main = new HashSet<>(OmissionFinder.mainIds(articles, alignment));
    PublicationOrder order = PublicationOrder.of(articles);
    boolean weighted = alignment.passages().stream().anyMatch(p -> p.salience() > 0);
    List<OutletSummary> out = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      if (!main.contains(a.id())) {
        continue;
      }
      String id = a.id();
      double total = 0;
      double carried = 0;
      double byOthers = 0;
      double omitted = 0;
      List<String> exclusives = new ArrayList<>();
      for (Passage p : alignment.passages()) {
        double w = weighted ? p.salience() : 1.0;
        boolean mine = p.carriedBy(id);
        List<String> carriers = p.articles().stream().filter(main::contains).toList();
        boolean others = carriers.stream().anyMatch(o -> !o.equals(id));
        boolean later = others && !mine && order.onlyLater(id, carriers); // not its omission
        total += w;
        if (mine) {
          carried += w;
          if (!others && main.size() > 1) {
            exclusives.add(p.id());
          }
        }
        if (others && !later) {
          byOthers += w;
          if (!mine && !restated.test(id, p)) {
            omitted += w;
          }
        }
      }
      out.add(new OutletSummary(id, share(carried, total), share(omitted, byOthers), exclusives, framing.apply(a)));
    }
    return out;
  }

  private static double share(double part, double whole) {
    return whole <= 0 ? 0.0 : Math.min(1.0, Math.max(0.0, part / whole));
  }
}
