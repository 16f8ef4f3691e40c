package dev.parallax.align;

import java.util.List;

/**
 * The result of alignment: which articles report the main event, and the passages across them.
 *
 * @param events one decision per article, in the order the articles were given
 * @param passages the passages of the main event, most salient first
 */
public record Alignment(List<ArticleEvent> events, List<Passage> passages) {
  /** Copies the lists. */
  public Alignment {
    events = List.copyOf(events);
    passages = List.copyOf(passages);
  }

  /** Whether {@code articleId} is part of the main event. */
  public boolean isMain(String articleId) {
    return events.stream()
        .anyMatch(e -> e.article().equals(articleId) && e.membership() == EventMembership.MAIN);
  }
}
