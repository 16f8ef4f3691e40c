package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.PublishedTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each article of one comparison came out: its day and, where a date line gives it, its time of day
 * ({@link PublishedTime}), read once per comparison, since whether a passage is "reported only later" is asked for
 * every passage and every article. Immutable; built by the omission finder, the part finder and the outlet summaries.
 */
final class PublicationOrder {
  private final Map<String, Optional<LocalDate>> days = new HashMap<>();
  private final Map<String, Optional<PublishedTime.Clock>> times = new HashMap<>();

  private PublicationOrder(List<AnalyzedArticle> articles) {
    for (AnalyzedArticle a : articles) {
      days.put(a.id(), a.article().published());
      times.put(a.id(), a.article().published().isPresent() ? PublishedTime.of(a.article()) : Optional.empty());
    }
  }

  /** The order of {@code articles}, each article's date line read once. */
  static PublicationOrder of(List<AnalyzedArticle> articles) {
    return new PublicationOrder(articles);
  }

  /**
   * Whether every article of {@code carriers} other than {@code id} was published on a later day than article
   * {@code id}, or later the same day by the times their date lines give ({@link #laterSameDay}), all dates known:
   * what only later articles report may have happened, or come out, after it was written, so it is not said to leave
   * it out ("Council passes the budget" of Wednesday is not omitted by Monday's "Council to vote on the budget"). An
   * article without a date, or any carrier of the same day (and no later time), an earlier day or no date, keeps the
   * omission. No carrier besides {@code id} is not "only later".
   */
  boolean onlyLater(String id, List<String> carriers) {
    Optional<LocalDate> day = days.getOrDefault(id, Optional.empty());
    if (day.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (String other : carriers) {
      if (other.equals(id)) {
        continue;
      }
      Optional<LocalDate> theirs = days.getOrDefault(other, Optional.empty());
      if (theirs.isEmpty() || !theirs.get().isAfter(day.get()) && !laterSameDay(id, other, day.get(), theirs.get())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether article {@code theirs} came out later on the day article {@code mine} came out, by the times their date
   * lines give ("March 14, 2026 7:05 AM" and "Updated: March 14, 2026 9:10 AM"), in the same zone or both in none: an
   * update of the same morning may report what happened after the first version.
   */
  private boolean laterSameDay(String mine, String theirs, LocalDate myDay, LocalDate theirDay) {
    if (!myDay.equals(theirDay)) {
      return false;
    }
    Optional<PublishedTime.Clock> a = times.getOrDefault(mine, Optional.empty());
    Optional<PublishedTime.Clock> b = times.getOrDefault(theirs, Optional.empty());
    return a.isPresent() && b.isPresent() && a.get().isBefore(b.get());
  }
}
