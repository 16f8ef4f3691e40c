package dev.parallax.cli;

import dev.parallax.internal.LateDates;
import dev.parallax.internal.Names;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles of a corpus run dated more than a year after every other article's date, or after the last day of the
 * latest batch grouped before (an earlier run's, or a {@code --batch-end}), by the rule a comparison reads
 * ({@link LateDates#isLate(LocalDate, LocalDate)}): most often a date typed wrong (2099 for 2024), which the grouping
 * reads as given (its date window, its batches). Named on stderr with the feed's line and
 * the value it gives, as a date not read is ({@link CorpusCommand#unreadDatesNote}); the date is taken as given. The
 * rule reads the input only, never the clock. Stateless.
 */
final class FarDates {
  /** How many articles a note names before "and N more". */
  private static final int SHOWN = 5;

  private FarDates() {}

  /**
   * One article dated too far on.
   *
   * @param id its id
   * @param date its date
   * @param against the date it is more than a year after
   * @param batch whether {@code against} is a batch's last day (else the latest other article's date)
   */
  record Far(String id, LocalDate date, LocalDate against, boolean batch) {
    /** "78 years after the latest other, 2021-10-18", "2 years after the last batch's end, 2021-10-18". */
    String after() {
      return LateDates.years(against, date) + " after " + (batch ? "the last batch's end, "
          : "the latest other, ") + against;
    }
  }

  /**
   * The articles of {@code days} (id to date, the dated articles of the run) dated more than a year after every other
   * one's date, or, when {@code lastBatchEnd} is given, after it; in id order.
   *
   * <table>
   *   <caption>Dates, and who is named</caption>
   *   <tr><th>dates</th><th>last batch end</th><th>named</th></tr>
   *   <tr><td>2021-10-18, 2021-10-19, 2099-10-18</td><td>none</td><td>the third, 77 years after 2021-10-19</td></tr>
   *   <tr><td>2021-10-18, 2099-10-18, 2099-10-18</td><td>none</td><td>none: each has another of its date</td></tr>
   *   <tr><td>2021-10-18, 2099-10-18, 2099-10-18</td><td>2021-10-18</td><td>the two, against the batch's end</td></tr>
   *   <tr><td>2021-10-18, 2022-10-18</td><td>none</td><td>none: one year is not more than a year</td></tr>
   * </table>
   */
  static List<Far> of(Map<String, LocalDate> days, Optional<LocalDate> lastBatchEnd) {
    LocalDate latest = null;
    LocalDate second = null;
    for (LocalDate d : days.values()) {
      if (latest == null || d.isAfter(latest)) {
        second = latest;
        latest = d;
      } else if (second == null || d.isAfter(second)) {
        second = d;
      }
    }
    List<Far> far = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : days.entrySet()) {
      LocalDate d = e.getValue();
      if (second != null && d.equals(latest) && LateDates.isLate(d, second)) {
        far.add(new Far(e.getKey(), d, second, false));
      } else if (lastBatchEnd.isPresent() && LateDates.isLate(d, lastBatchEnd.get())) {
        far.add(new Far(e.getKey(), d, lastBatchEnd.get(), true));
      }
    }
    far.sort((a, b) -> a.id().compareTo(b.id()));
    return List.copyOf(far);
  }

  /**
   * The note naming {@code far}: each by its feed's line and the value it gives when a feed of {@code feeds} holds it
   * ("feed.jsonl line 12: published '2099-10-18' (78 years after the latest other, 2021-10-18)"), in the feeds' order,
   * then the others by their id and date; the first {@value #SHOWN}, then "and N more". Empty when {@code far} is. A
   * feed line the run left out ({@code skippedLines}, as {@link dev.parallax.corpus.BadLine#where()} names it) is
   * passed over.
   */
  static Optional<String> note(List<Far> far, List<Path> feeds, Set<String> skippedLines) {
    if (far.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Far> byId = new HashMap<>();
    far.forEach(f -> byId.put(f.id(), f));
    Map<String, String> named = new LinkedHashMap<>();
    for (Path p : feeds) {
      CorpusCommand.feedLines(p, skippedLines, (number, node) -> {
        Far f = byId.get(node.path("id").asText(""));
        if (f != null && !named.containsKey(f.id())) {
          named.put(f.id(), p + " line " + number + ": published '" + Names.quote(node.path("published").asText(""))
              + "' (" + f.after() + ")");
        }
      });
    }
    List<String> shown = new ArrayList<>(named.values());   // in the feeds' order, then the others by id
    for (Far f : far) {
      if (!named.containsKey(f.id())) {
        shown.add("article " + Names.quote(f.id()) + " " + f.date() + " (" + f.after() + ")");
      }
    }
    int more = shown.size() - SHOWN;
    return Optional.of("dated more than a year after every other article" + (far.stream().anyMatch(Far::batch)
        ? " or the last batch's end" : "") + ": " + String.join("; ", shown.subList(0, Math.min(SHOWN, shown.size())))
        + (more > 0 ? " (and " + more + " more)" : "") + "; such a date is taken as given, and the grouping reads it:"
        + " check " + (far.size() == 1 ? "it" : "them"));
  }
}
