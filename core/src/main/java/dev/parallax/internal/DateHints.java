package dev.parallax.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to write a date given with slashes as {@code YYYY-MM-DD}, for the messages that name a date a manifest's cell or
 * a feed's line gives and that is not read: one wording for both. Internal: not part of the API. Stateless.
 */
public final class DateHints {
  /** A date with slashes, {@code 18/10/2021}: refused ({@code 10/11/2021} reads two ways), but rewritten for the user. */
  private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

  private DateHints() {}

  /**
   * The hint after a date that is not {@code YYYY-MM-DD}, with its leading space; empty when the value is no slashed
   * date.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>value</th><th>hint</th></tr>
   *   <tr><td>{@code 18/10/2021}</td><td>{@code  (write 2021-10-18)}</td></tr>
   *   <tr><td>{@code 10/18/2021}</td><td>{@code  (write 2021-10-18)}</td></tr>
   *   <tr><td>{@code 10/11/2021}</td><td>{@code  (day or month first? write it as YYYY-MM-DD)}</td></tr>
   *   <tr><td>{@code yesterday}</td><td>the empty string</td></tr>
   * </table>
   */
  public static String of(String value) {
    Matcher dayFirst = SLASHED_DATE.matcher(value.trim());
    if (!dayFirst.lookingAt()) {
      return "";
    }
    int a = Integer.parseInt(dayFirst.group(1));
    int b = Integer.parseInt(dayFirst.group(2));
    int day = a > 12 ? a : b > 12 ? b : -1;   // 18/10/2021 or 10/18/2021 can be read one way only
    int month = a > 12 ? b : a;
    return day > 0 && month <= 12
        ? " (write " + String.format(Locale.ROOT, "%s-%02d-%02d", dayFirst.group(3), month, day) + ")"
        : " (day or month first? write it as YYYY-MM-DD)";
  }
}
