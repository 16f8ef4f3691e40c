package dev.parallax.ingest;

import dev.parallax.internal.CookieNotice;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 *   <tr><td>{@code Posted at 7:28 PM, Oct 3, 2017}</td><td>2017-10-03 (the time first)</td></tr>
 *   <tr><td>{@code 2017-09-20}</td><td>2017-09-20</td></tr>
 *   <tr><td>{@code 05/09/2017}</td><td>none: the 5th of September or May the 9th</td></tr>
 *   <tr><td>{@code 05/09/2017}, on a page that writes {@code Updated: 14/09/2017}</td><td>2017-09-05 (the page
 *   writes its day first)</td></tr>
 *   <tr><td>{@code Published: 05/05/2017}</td><td>2017-05-05 (day and month the same: read either way round)</td></tr>
 *   <tr><td>{@code Updated: September 21, 2017}</td><td>none: the date of an update, not of publication</td></tr>
 *   <tr><td>{@code On September 20, 2017 the quake struck.}</td><td>none: a sentence of the story</td></tr>
 * </table>
 *
 * <p>A date line stands among the page's top lines, above its story: among the first {@link #TOP_LINES} lines with
 * words, with a line of prose (more than {@link #MAX_TOP_WORDS} words) somewhere below it, and before the story
 * begins. The story begins at its first paragraph followed by another: a line of prose that ends a sentence and
 * whose next line with words is prose too, or the third line of prose from the top. A long headline and a
 * one-sentence dek above the date line are no story (each stands alone above the byline or the date), so the date
 * line under them is read; a date standing alone inside the story, or below its last paragraph, never is.
 *
 * <table>
 *   <caption>Where a date line is read</caption>
 *   <tr><th>page, line by line</th><th>date</th></tr>
 *   <tr><td>menu lines, a headline of 14 words, a dek of one sentence, a byline, the date line, the
 *   story</td><td>the date line's</td></tr>
 *   <tr><td>a headline, two paragraphs of the story, a date alone on its line, more story</td><td>none: the
 *   story began above it</td></tr>
 *   <tr><td>a headline, a paragraph, a date alone on the last line</td><td>none: no story below it</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class DateLine {
  /**
   * The most lines with words, from the top of the page, that are read for a date line (menus, sign-in and cookie
   * lines, a trending list, headline, dek, byline): the story's start ends the search sooner. Twelve missed the
   * date line under a pasted page's menu of ten sections and its cookie banner.
   */
  static final int TOP_LINES = 40;
  /** A line of more words than this is prose: a long headline, a dek or a paragraph of the story. */
  static final int MAX_TOP_WORDS = 12;
  /** The lines of prose a page may hold above its date line: a headline and a dek; a third is the story. */
  static final int MAX_PROSE_ABOVE = 2;
  /** A line that ends a sentence: a full stop, a question or an exclamation mark, maybe inside quotes or brackets. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201D)\\]]*\\z");

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
      + "\\.?,?\\s+)?";
  private static final String LABEL = "(?:(?:first\\s+)?(?:published|posted)(?:\\s+on)?|date[d]?)?\\s*:?\\s*";
  private static final String TIME = "(?:\\s*[,|\\-\u2013\u2014]?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?"
      + "\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?";
  /** A time before the date, as in "Posted at 7:28 PM, Mar 18, 2023". */
  private static final String TIME_FIRST = "(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?"
      + "\\s*[,|\\-\u2013\u2014]?\\s*(?:on\\s+)?)?";
  private static final Pattern LINE = Pattern.compile("\\A" + LABEL + TIME_FIRST + WEEKDAY + "(?:"
      + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"          // September 20, 2017
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})"  // 20 September 2017
      + "|(\\d{4})-(\\d{2})-(\\d{2})"                                 // 2017-09-20
      + "|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})"                       // 22/09/2017
      + ")" + TIME + "\\s*\\z", Pattern.CASE_INSENSITIVE);

  /** A date with slashes or dots anywhere in a page: "14/03/2026", "3.14.2026". */
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.]\\d{4}(?![\\d/.]\\d)");

  /** A ticker's label: "BREAKING:", "Breaking News -", "JUST IN |", "DEVELOPING:", "LIVE UPDATES:". */
  private static final Pattern TICKER = Pattern.compile("(?:breaking(?:\\s+news)?|just\\s+in|developing(?:\\s+story)?"
      + "|live(?:\\s+updates)?)\\s*[:|\\-\u2013\u2014]\\s", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateLine() {}

  /** The date of the first date line among the top lines of {@code text} from {@code from} on; empty when none. */
  static Optional<LocalDate> near(String text, int from) {
    List<String> lines = new ArrayList<>();
    int start = from;
    while (start < text.length() && lines.size() <= TOP_LINES) { // one line more: what stands below the last
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (!line.isEmpty() && line.chars().anyMatch(Character::isLetterOrDigit) && !isChrome(line)) {
        lines.add(line);
      }
    }
    int proseAbove = 0;
    for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
      String line = lines.get(i);
      if (isProse(line)) {
        proseAbove++;
        boolean paragraphFollows = i + 1 < lines.size() && isProse(lines.get(i + 1))
            && SENTENCE_END.matcher(line).find();
        if (proseAbove > MAX_PROSE_ABOVE || paragraphFollows) {
          return Optional.empty(); // the story has begun
        }
        continue;
      }
      Optional<LocalDate> date = of(line, () -> dayFirst(text.substring(from)));
      if (date.isPresent() && storyBelow(text, start, lines, i)) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a top line is the site's, not the story's, though long enough to read as prose: a news ticker ("BREAKING:
   * Police say the fire is under control; residents may return tonight.") or a cookie notice ("We use cookies to give
   * you the best experience on our website. ...", {@link CookieNotice}). Passed over, so that neither reads as the
   * story's first paragraph above the date line.
   */
  private static boolean isChrome(String line) {
    return TICKER.matcher(line).lookingAt() || CookieNotice.inLine(line);
  }

  private static boolean isProse(String line) {
    return line.split("\\s+").length > MAX_TOP_WORDS;
  }

  /** Whether a line of prose stands below line {@code i}: among the lines read, or in the rest of the text. */
  private static boolean storyBelow(String text, int restFrom, List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (isProse(lines.get(j))) {
        return true;
      }
    }
    int start = restFrom;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (isProse(text.substring(start, end).strip())) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** The date {@code line} holds when it is a date line; empty otherwise, and for a date that reads two ways. */
  static Optional<LocalDate> of(String line) {
    return of(line, Optional::empty);
  }

  /**
   * The date {@code line} holds when it is a date line, a date that reads two ways ({@code 11/03/2026}) read in the
   * page's own order ({@code dayFirst}: true when its day comes first, empty when the page does not tell); empty
   * otherwise.
   */
  private static Optional<LocalDate> of(String line, Supplier<Optional<Boolean>> dayFirst) {
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
      } else if (a == b) {
        return date(m.group(12), a, m.group(10)); // 05/05/2017: either way round the same day
      }
      // 05/09/2017 may be read either way: as the page's other dates are written, or not at all
      Optional<Boolean> order = dayFirst.get();
      return order.isEmpty() ? Optional.empty()
          : order.get() ? date(m.group(12), b, m.group(10)) : date(m.group(12), a, m.group(11));
    } catch (DateTimeException e) {
      return Optional.empty(); // February 30
    }
  }

  /**
   * How {@code text} writes its dates with slashes or dots, told by those that read one way only: true when the day
   * comes first ("Updated: 14/03/2026"), false when the month does ("03/14/2026"); empty when none tells, or they
   * disagree.
   */
  static Optional<Boolean> dayFirst(String text) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    Matcher m = SLASHED.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      dayFirst |= a > 12 && a <= 31 && b <= 12;
      monthFirst |= b > 12 && b <= 31 && a <= 12;
    }
    return dayFirst == monthFirst ? Optional.empty() : Optional.of(dayFirst);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
  }
}
