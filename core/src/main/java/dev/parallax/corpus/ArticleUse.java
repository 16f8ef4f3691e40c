package dev.parallax.corpus;

/** What the outlet profiles of a corpus run made of one article: profiled, or why not. */
public enum ArticleUse {
  /** Counted in its outlet's profile: the outlet's first article in an event covered by at least two outlets. */
  PROFILED,
  /**
   * Alone in its event: no other article reports it, so there is nothing to compare it with; also either article of a
   * two-article event whose comparison told the two apart, since neither is more the event than the other.
   */
  ALONE,
  /** Set apart by its event's comparison: it reports another event, or shares nothing with the event's articles. */
  SET_APART,
  /** A second (or later) article of its outlet in one event: the outlet's first one counts for it. */
  NOT_FIRST,
  /** In an event whose compared articles come from one outlet: nothing to compare that outlet with. */
  ONE_OUTLET,
  /** In an event whose comparison failed (its {@code events.jsonl} line says why). */
  NOT_COMPARED
}
