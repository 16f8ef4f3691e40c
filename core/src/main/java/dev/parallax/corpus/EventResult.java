package dev.parallax.corpus;

import dev.parallax.Comparison;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a corpus run with its comparison.
 *
 * @param event the event
 * @param comparison its comparison; empty for an event of one article, one that failed, or one resumed
 * @param findings the per-outlet facts its profile counts (no outlet when there is no comparison)
 * @param error why the comparison failed, empty when it did not
 */
public record EventResult(CorpusEvent event, Optional<Comparison> comparison, EventFindings findings, Optional<String> error) {
  /** Validates. */
  public EventResult {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(error, "error");
  }
}
