package dev.parallax.internal;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order in which a comparison's steps take its articles, by what the articles are rather than where they were
 * given: by text, then title, outlet, date and id, and the order given only for two articles alike in all of these.
 * Steps whose ties and greedy choices go to the article met first (the aligner's merges, the quotes' grouping, the
 * discrepancies filed under the first value's passage) take the articles in this order, so that the same articles
 * given in another order get the same findings. Stateless.
 *
 * <pre>{@code
 * int[] order = ArticleOrder.of(articles); // the k-th article of this order is articles.get(order[k])
 * }</pre>
 */
public final class ArticleOrder {
  private static final Comparator<Article> BY_CONTENT = Comparator.comparing(Article::text)
      .thenComparing(Article::title)
      .thenComparing(Article::outlet)
      .thenComparing(a -> a.published().map(LocalDate::toString).orElse(""))
      .thenComparing(Article::id);

  private ArticleOrder() {}

  /**
   * The positions of {@code articles} in their own order: the k-th article of that order is {@code
   * articles.get(result[k])}; empty for no articles.
   */
  public static int[] of(List<AnalyzedArticle> articles) {
    return IntStream.range(0, articles.size()).boxed()
        .sorted(Comparator.comparing((Integer a) -> articles.get(a).article(), BY_CONTENT))
        .mapToInt(Integer::intValue).toArray();
  }

  /** {@code articles} in their own order ({@link #of}). */
  public static List<AnalyzedArticle> sorted(List<AnalyzedArticle> articles) {
    return IntStream.of(of(articles)).mapToObj(articles::get).toList();
  }
}
