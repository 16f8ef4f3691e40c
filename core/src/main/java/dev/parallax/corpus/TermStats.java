package dev.parallax.corpus;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many articles of a corpus carry each term: the document frequencies that weight rare terms above
 * common ones when two articles are compared.
 *
 * <p>Immutable and thread-safe. Only terms found in at least two articles are kept: a term of one article
 * cannot be shared by a pair, and its weight (the highest) follows from the article count alone.
 *
 * <pre>{@code
 * TermStats stats = TermStats.of(sketches);
 * double w = stats.idf(term);
 * }</pre>
 */
public final class TermStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long articles;
  private final Map<Long, Integer> frequencies;

  private TermStats(long articles, Map<Long, Integer> frequencies) {
    this.articles = articles;
    this.frequencies = Map.copyOf(frequencies);
  }

  /** The statistics of {@code sketches}. */
  public static TermStats of(Iterable<ArticleSketch> sketches) {
    Objects.requireNonNull(sketches, "sketches");
    Map<Long, Integer> df = new HashMap<>();
    long n = 0;
    for (ArticleSketch s : sketches) {
      n++;
      for (int i = 0; i < s.termCount(); i++) {
        df.merge(s.term(i), 1, Integer::sum);
      }
    }
    return of(n, df);
  }

  /** Statistics from counts computed elsewhere (a cluster job): {@code articles} and each term's article count. */
  public static TermStats of(long articles, Map<Long, Integer> frequencies) {
    Objects.requireNonNull(frequencies, "frequencies");
    Map<Long, Integer> kept = new HashMap<>();
    frequencies.forEach((t, f) -> {
      if (f >= 2) {
        kept.put(t, f);
      }
    });
    return new TermStats(articles, kept);
  }

  /** Number of articles counted. */
  public long articles() {
    return articles;
  }

  /** Number of distinct terms kept (those in two articles or more). */
  public int size() {
    return frequencies.size();
  }

  /** Whether at least two articles carry {@code term} (only such a term can be shared by a pair). */
  public boolean shared(long term) {
    return frequencies.containsKey(term);
  }

  /** The inverse document frequency of {@code term}: {@code 1 + ln((N + 1) / (df + 1))}, at least 1. */
  public double idf(long term) {
    int df = frequencies.getOrDefault(term, 1);
    return 1.0 + Math.log((articles + 1.0) / (df + 1.0));
  }
}
