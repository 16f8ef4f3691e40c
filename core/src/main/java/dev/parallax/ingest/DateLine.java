package dev.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a pasted page, read from a line near its top that holds a date and nothing else but a
 * label, a weekday and a time: a line, not any date in the story.
 *
 * <table>
 *   <caption>Lines read</caption>
 *   <tr><th>line</th><th>date</th></tr>
 *   <tr><td>{@code September 20, 2017 4:48 PM}</td><td>2017-09-20</td></tr>
 *   <tr><td>{@code Published: 22/09/2017}</td><td>2017-09-22 (day first: 22 is no month)</td></tr>
 *   <tr><td>{@code Posted Tue 3 Oct 2017, 09:15 BST}</td><td>2017-10-03</td></tr>
 *   <tr><td>{@code 2017-09-20}</td><td>2017-09-20</td></tr>
 *   <tr><td>{@code 05/09/2017}</td><td>none: the 5th of September or May the 9th</td></tr>
 *   <tr><td>{@code Updated: September 21, 2017}</td><td>none: the date of an update, not of publication</td></tr>
 *   <tr><td>{@code On September 20, 2017 the quake struck.}</td><td>none: a sentence of the story</td></tr>
 * </table>
 *
 * <p>Only the first {@link #TOP_LINES} lines with words are read, and none after a line of prose (more than {@link
 * #MAX_TOP_WORDS} words), so a date inside the story is never taken. Stateless and thread-safe.
 */
final class DateLine {
  /** The most lines with words, from the top of the page, that are read for a date line. */
  static final int TOP_LINES = 6;
  /** A line of more words than this is the story's prose: no date line is looked for below it. */
  static final int MAX_TOP_WORDS = 12;

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
      + "\\.?,?\\s+)?";
  private static final String LABEL = "(?:(?:first\\s+)?(?:published|posted)(?:\\s+on)?|date[d]?)?\\s*:?\\s*";
  private static final String TIME = "(?:\\s*[,|\\-\u2013\u2014]?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?"
      + "\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?";
  private static final Pattern LINE = Pattern.compile("\\A" + LABEL + WEEKDAY + "(?:"
      + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"          // September 20, 2017
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})"  // 20 September 2017
      + "|(\\d{4})-(\\d{2})-(\\d{2})"                                 // 2017-09-20
      + "|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})"                       // 22/09/2017
      + ")" + TIME + "\\s*\\z", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateLine() {}

  /** The date of the first date line among the top lines of {@code text} from {@code from} on; empty when none. */
  static Optional<LocalDate> near(String text, int from) {
    int seen = 0;
    int start = from;
    while (start < text.length() && seen < TOP_LINES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty() || !line.chars().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      seen++;
      if (line.split("\\s+").length > MAX_TOP_WORDS) {
        return Optional.empty();
      }
      Optional<LocalDate> date = of(line);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The date {@code line} holds when it is a date line; empty otherwise. */
  static Optional<LocalDate> of(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      if (m.group(1) != null) {
        return date(m.group(3), month(m.group(1)), m.group(2));
      } else if (m.group(5) != null) {
        return date(m.group(6), month(m.group(5)), m.group(4));
      } else if (m.group(7) != null) {
        return date(m.group(7), Integer.parseInt(m.group(8)), m.group(9));
      }
      int a = Integer.parseInt(m.group(10));
      int b = Integer.parseInt(m.group(11));
      if (a > 12 && b <= 12) {
        return date(m.group(12), b, m.group(10)); // 22/09/2017: the day first
      } else if (b > 12 && a <= 12) {
        return date(m.group(12), a, m.group(11)); // 09/22/2017: the month first
      }
      return Optional.empty(); // 05/09/2017 may be read either way
    } catch (DateTimeException e) {
      return Optional.empty(); // February 30
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
  }
}
