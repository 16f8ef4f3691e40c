package dev.parallax.corpus;

import java.util.Optional;

/**
 * Receives a corpus run's events as they are compared, in event order and on the calling thread, so that a
 * caller can write each one and drop it (a corpus need not fit in memory as comparisons), and can resume an
 * interrupted run by giving back the findings of events it already holds.
 *
 * <p>Implementations need not be thread-safe: a run calls them from one thread.
 */
public interface EventSink {
  /** A sink that keeps nothing. */
  EventSink NONE = r -> { };

  /** The findings of {@code event} when it was compared in an earlier run and need not be again; empty by default. */
  default Optional<EventFindings> resume(CorpusEvent event) {
    return Optional.empty();
  }

  /** Progress: {@code done} of {@code total} articles analyzed (called now and then). */
  default void analyzed(int done, int total) {}

  /** Progress: the events are known, {@code total} of them. */
  default void grouped(int total) {}

  /** One event, compared (or resumed, or of one article). */
  void accept(EventResult result);
}
