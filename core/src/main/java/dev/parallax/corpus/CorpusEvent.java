package dev.parallax.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event found in a corpus: the articles that report it.
 *
 * @param id the event's id, derived from its earliest article ({@link EventIds}): it stays when later articles are added
 * @param title of the headlines that state something rather than ask or announce an explainer (all when none does), the
 *     one that shares most words with its other articles' headlines (on a tie, or with fewer than three headlines, the
 *     earliest), empty when no article has one
 * @param articles its articles' ids, by day then id
 * @param first the earliest publication day, when any article has one
 * @param last the latest publication day, when any article has one
 */
public record CorpusEvent(String id, String title, List<String> articles, Optional<LocalDate> first, Optional<LocalDate> last) {
  /** Validates and copies. */
  public CorpusEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no article");
    }
  }

  /** Number of articles. */
  public int size() {
    return articles.size();
  }
}
