package dev.parallax.corpus;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import java.util.Objects;

/**
 * Finds the events of a corpus: which articles report the same event.
 *
 * <p>Implementations are immutable and thread-safe; each {@link #start()} returns a fresh, single-threaded
 * {@link Session} that keeps the state of one run, so that articles can be added in time-sorted batches and
 * an event can grow over days.
 *
 * <pre>{@code
 * EventGrouper grouper = EventGroupers.minHash();
 * EventGrouper.Session s = grouper.start();
 * s.add(mondaysArticles);
 * s.add(tuesdaysArticles);
 * List<CorpusEvent> events = s.events();
 * }</pre>
 */
public interface EventGrouper {
  /** A new, empty grouping run. */
  Session start();

  /**
   * What grouping keeps of one analyzed article: a {@link Session} given the sketches of a batch finds the same
   * events as given the analyzed articles, so that a caller need not hold analyzed articles while it groups.
   */
  ArticleSketch sketch(AnalyzedArticle article);

  /** Groups {@code articles} in one batch: {@code start()}, {@code add(articles)}, {@code events()}. */
  default List<CorpusEvent> group(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    Session s = start();
    s.add(articles);
    return s.events();
  }

  /** One grouping run; not thread-safe. */
  interface Session {
    /**
     * Adds a batch of articles. Within a batch any order is fine (they are sorted by day, then id); across
     * batches, a later batch should not hold articles older than the window of an earlier one.
     *
     * @throws IllegalArgumentException when an id was added before
     */
    void add(List<AnalyzedArticle> batch);

    /**
     * Adds a batch of articles by their {@link EventGrouper#sketch sketches}, made by this session's grouper:
     * the same as {@link #add} with the analyzed articles.
     *
     * @throws IllegalArgumentException when an id was added before
     */
    void addSketches(List<ArticleSketch> batch);

    /** The events so far, in order of their first article (day, then id); ids are stable across batches. */
    List<CorpusEvent> events();

    /**
     * The verified pairs of each article that is alone in its event so far, for {@link LoneArticles#join} after the
     * events are cut; empty when the grouper keeps none.
     */
    default List<ScoredPair> loneMatches() {
      return List.of();
    }
  }
}
