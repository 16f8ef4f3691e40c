package dev.parallax.corpus;

import java.util.List;

/**
 * The result of a corpus run: its events, its outlet profiles, and the articles it had to leave out.
 * Each event's comparison went to the run's {@link EventSink}.
 *
 * @param articles number of articles given
 * @param events the events, in order of their first article
 * @param outlets one profile per outlet, by outlet name
 * @param skipped articles left out, in input order
 */
public record CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped) {
  /** The schema identifier of the corpus summary ({@code outlets.json}). */
  public static final String SCHEMA = "parallax-corpus/1";

  /** Validates and copies. */
  public CorpusReport {
    events = List.copyOf(events);
    outlets = List.copyOf(outlets);
    skipped = List.copyOf(skipped);
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0: " + articles);
    }
  }

  /** Number of events with at least two articles (the ones compared). */
  public long comparedEvents() {
    return events.stream().filter(e -> e.size() > 1).count();
  }
}
