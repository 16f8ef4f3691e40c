package dev.parallax.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day an article came out, read from a date line near the top of its text that gives its publication day
 * and a time: the latest such line, so that an update's time ("Updated: March 14, 2026 9:10 AM") is taken over the
 * first version's ("March 14, 2026 7:05 AM"), since the text is the updated one. A time is read only on a line of the
 * day the article is dated ({@link Article#published()}), never from the story.
 *
 * <table>
 *   <caption>Top lines read, the article dated 2026-03-14</caption>
 *   <tr><th>line</th><th>time</th></tr>
 *   <tr><td>{@code March 14, 2026 7:05 AM}</td><td>07:05</td></tr>
 *   <tr><td>{@code Updated: March 14, 2026 9:10 AM}</td><td>09:10 (and it wins over a 7:05 line)</td></tr>
 *   <tr><td>{@code Posted Sat 14 Mar 2026, 14:20 GMT}</td><td>14:20 GMT</td></tr>
 *   <tr><td>{@code 2026-03-14T09:10:00Z}</td><td>09:10 Z</td></tr>
 *   <tr><td>{@code Updated: March 15, 2026 8:00 AM}</td><td>none: another day than the article's</td></tr>
 *   <tr><td>{@code March 14, 2026}</td><td>none: no time</td></tr>
 * </table>
 *
 * <p>Two times compare only when both name the same zone or neither names one ({@link Clock#comparable}): "9:10 AM
 * EST" of one outlet and "14:20 GMT" of another are not put in order.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Article a = Article.of("v2", "Lindby Gazette", LocalDate.of(2026, 3, 14), "",
 *     "Quay fire out\n\nMarch 14, 2026 7:05 AM\nUpdated: March 14, 2026 9:10 AM\n\nThe fire is out.");
 * PublishedTime.of(a);   // 09:10
 * }</pre>
 */
public final class PublishedTime {
  /** A label a line of the update's date starts with: "Updated:", "Last updated on", "Modified". */
  private static final Pattern UPDATE_LABEL = Pattern.compile("\\A(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*:?\\s*",
      Pattern.CASE_INSENSITIVE);
  /** A time of day: "9:10 AM", "7 a.m.", "14:20", with a zone after it ("EST", "GMT") when one is written. */
  private static final Pattern TIME = Pattern.compile("(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:([ap])\\.?m\\.?"
      + "(?![a-z])|(?<=\\d{2}))(?:\\s+([A-Z]{2,4})\\b)?", Pattern.CASE_INSENSITIVE);
  /** An ISO timestamp alone on its line, as feeds and page metadata write it: "2026-03-14T09:10:00Z". */
  private static final Pattern ISO = Pattern.compile("\\A(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}"
      + "(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?\\z");

  private PublishedTime() {}

  /**
   * A time of day, with the zone its line names ("GMT", "+01:00", "Z"; empty when none).
   *
   * @param time the time
   * @param zone the zone as written, upper case; empty when the line names none
   */
  public record Clock(LocalTime time, String zone) {
    /** Checks the arguments. */
    public Clock {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(zone, "zone");
    }

    /** Whether this time and {@code other} can be put in order: both in the zone they name, or neither names one. */
    public boolean comparable(Clock other) {
      return zone.equals(other.zone);
    }

    /** Whether this time is earlier than {@code other}, the two {@linkplain #comparable comparable}. */
    public boolean isBefore(Clock other) {
      return comparable(other) && time.isBefore(other.time);
    }

    @Override
    public String toString() {
      return time + (zone.isEmpty() ? "" : " " + zone);
    }
  }

  /**
   * The latest time of day given on a date line of {@code article}'s publication day among its top lines, if any; empty
   * when the article has no date.
   */
  public static Optional<Clock> of(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = article.published().get();
    String text = article.text();
    Clock latest = null;
    int start = 0;
    int lines = 0;
    while (start < text.length() && lines < DateLine.TOP_LINES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      if (line.split("\\s+").length > DateLine.MAX_TOP_WORDS) {
        continue; // a headline or the story: its times are the event's, not the article's
      }
      Optional<Clock> t = onLine(line, day);
      if (t.isPresent() && (latest == null || latest.comparable(t.get()) && t.get().time().isAfter(latest.time()))) {
        latest = t.get();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The time {@code line} gives when it is a date line of {@code day} with a time. */
  static Optional<Clock> onLine(String line, LocalDate day) {
    Matcher iso = ISO.matcher(line);
    if (iso.matches()) {
      LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
      int h = Integer.parseInt(iso.group(4));
      int m = Integer.parseInt(iso.group(5));
      return d.equals(day) && h < 24 && m < 60
          ? Optional.of(new Clock(LocalTime.of(h, m), iso.group(6) == null ? "" : iso.group(6).toUpperCase(Locale.ROOT)))
          : Optional.empty();
    }
    String rest = UPDATE_LABEL.matcher(line).replaceFirst("");
    if (!DateLine.of(rest).equals(Optional.of(day))) {
      return Optional.empty();
    }
    Matcher t = TIME.matcher(rest);
    while (t.find()) {
      int h = Integer.parseInt(t.group(1));
      int m = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
      if (t.group(3) == null && t.group(2) == null || m > 59) {
        continue; // "14" alone is the day of "14 March", not a time
      }
      if (t.group(3) != null) {
        if (h < 1 || h > 12) {
          continue;
        }
        h = h % 12 + (t.group(3).equalsIgnoreCase("p") ? 12 : 0);
      } else if (h > 23) {
        continue;
      }
      String zone = t.group(4) == null ? "" : t.group(4).toUpperCase(Locale.ROOT);
      return Optional.of(new Clock(LocalTime.of(h, m), zone));
    }
    return Optional.empty();
  }
}
