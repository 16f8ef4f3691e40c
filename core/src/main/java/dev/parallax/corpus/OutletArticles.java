package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many of an outlet's articles (or of all articles) its profile counts, and why the others are not counted.
 * {@code profiled + alone + setApart + notFirst + oneOutlet + notCompared == articles}.
 *
 * @param outlet the outlet; empty for the total of all outlets
 * @param articles its articles that were grouped into events (articles skipped before grouping are not here)
 * @param profiled counted in its profile ({@link ArticleUse#PROFILED})
 * @param alone alone in their event ({@link ArticleUse#ALONE})
 * @param setApart set apart by their event's comparison ({@link ArticleUse#SET_APART})
 * @param notFirst second or later articles of the outlet in one event ({@link ArticleUse#NOT_FIRST})
 * @param oneOutlet in events whose compared articles are of one outlet ({@link ArticleUse#ONE_OUTLET})
 * @param notCompared in events whose comparison failed ({@link ArticleUse#NOT_COMPARED})
 */
public record OutletArticles(String outlet, int articles, int profiled, int alone, int setApart, int notFirst,
    int oneOutlet, int notCompared) {
  /** Validates: no count below 0, and the uses add up to the articles. */
  public OutletArticles {
    Objects.requireNonNull(outlet, "outlet");
    if (Math.min(Math.min(profiled, alone), Math.min(Math.min(setApart, notFirst), Math.min(oneOutlet, notCompared))) < 0
        || profiled + alone + setApart + notFirst + oneOutlet + notCompared != articles) {
      throw new IllegalArgumentException("counts of " + outlet + " do not add up to " + articles);
    }
  }

  /** One count per outlet of {@code articles}, by outlet name. */
  public static List<OutletArticles> byOutlet(List<CorpusArticle> articles) {
    Map<String, int[]> counts = new TreeMap<>();
    for (CorpusArticle a : articles) {
      counts.computeIfAbsent(a.outlet(), k -> new int[ArticleUse.values().length])[a.use().ordinal()]++;
    }
    List<OutletArticles> out = new ArrayList<>(counts.size());
    counts.forEach((outlet, c) -> out.add(of(outlet, c)));
    return out;
  }

  /** The counts of all {@code articles} together, under an empty outlet name. */
  public static OutletArticles total(List<CorpusArticle> articles) {
    int[] c = new int[ArticleUse.values().length];
    articles.forEach(a -> c[a.use().ordinal()]++);
    return of("", c);
  }

  private static OutletArticles of(String outlet, int[] c) {
    int n = 0;
    for (int x : c) {
      n += x;
    }
    return new OutletArticles(outlet, n, c[ArticleUse.PROFILED.ordinal()], c[ArticleUse.ALONE.ordinal()],
        c[ArticleUse.SET_APART.ordinal()], c[ArticleUse.NOT_FIRST.ordinal()], c[ArticleUse.ONE_OUTLET.ordinal()],
        c[ArticleUse.NOT_COMPARED.ordinal()]);
  }
}
