package dev.parallax.report;

import java.util.Locale;

/**
 * The words a reader sees for a closed set in the HTML page and the text summary: {@code SCARE_QUOTE} becomes
 * "scare quote", where the JSON name ({@link JsonNames}) is "scareQuote". Stateless.
 *
 * <table>
 *   <caption>Cases</caption>
 *   <tr><th>constant</th><th>reader's words</th></tr>
 *   <tr><td>{@code HEDGE}</td><td>hedge</td></tr>
 *   <tr><td>{@code SCARE_QUOTE}</td><td>scare quote</td></tr>
 *   <tr><td>{@code FOREIGN_SCRIPT}</td><td>foreign script</td></tr>
 * </table>
 */
final class ReaderNames {
  private ReaderNames() {}

  /** The reader's words for an enum constant: its name in lower case, words apart. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
