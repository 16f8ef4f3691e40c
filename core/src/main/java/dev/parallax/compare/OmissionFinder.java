package dev.parallax.compare;

import dev.parallax.align.Alignment;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds, for every main-event article, the passages other main-event articles carry and it leaves out.
 *
 * <p>An article "carries" a passage when the aligner made one of its sentences a member of it, so an
 * outlet that reports a fact in other words has not omitted it. Articles of another event get no
 * omissions. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>one main-event article</td><td>no omissions (nobody else carries anything)</td></tr>
 *   <tr><td>a passage carried by every main-event article</td><td>no omission for it</td></tr>
 *   <tr><td>a passage carried only by other-event articles</td><td>no omission for it</td></tr>
 *   <tr><td>a headline "at least 73 dead" that an article leaves out while its own body gives the toll as 247
 *       ({@code restated}, see {@link DiscrepancyFinder#restatesFigures})</td><td>no omission: the article
 *       reports the fact, with another figure</td></tr>
 * </table>
 */
final class OmissionFinder {
  private OmissionFinder() {}

  /** Omissions by article in article order, then most salient first (ties in passage order). */
  static List<Omission> find(List<AnalyzedArticle> articles, Alignment alignment) {
    return find(articles, alignment, (id, p) -> false);
  }

  /**
   * Omissions by article in article order, then most salient first (ties in passage order), leaving out the
   * passages an article does not carry but {@code restated} says it reports in other sentences.
   */
  static List<Omission> find(List<AnalyzedArticle> articles, Alignment alignment, BiPredicate<String, Passage> restated) {
    List<String> main = mainIds(articles, alignment);
    Set<String> isMain = new HashSet<>(main);
    List<Omission> out = new ArrayList<>();
    for (String id : main) {
      List<Omission> mine = new ArrayList<>();
      for (Passage p : alignment.passages()) {
        if (p.carriedBy(id) || restated.test(id, p)) {
          continue;
        }
        List<String> coveredBy = p.articles().stream().filter(isMain::contains).toList();
        if (!coveredBy.isEmpty()) {
          mine.add(new Omission(id, p.id(), p.salience(), coveredBy));
        }
      }
      mine.sort(Comparator.comparingDouble(Omission::salience).reversed()); // stable: ties keep passage order
      out.addAll(mine);
    }
    return out;
  }

  /** The ids of the main-event articles, in article order. */
  static List<String> mainIds(List<AnalyzedArticle> articles, Alignment alignment) {
    return articles.stream().map(AnalyzedArticle::id).filter(alignment::isMain).toList();
  }
}
