package dev.parallax.internal;

import java.util.Locale;

/**
 * The site's name that pages and pasted articles append to a headline ("Best gadgets of 2019 | ZDNet", "... -
 * Fox News"). Internal: not part of the API. Stateless and thread-safe.
 */
public final class SiteNames {
  private SiteNames() {}

  /**
   * The index of the space before the last separator ({@code |}, {@code -}, {@code –}, {@code —}) that stands
   * between spaces in {@code text}, trailing blanks aside, found in one scan from the end; -1 when there is none.
   */
  public static int lastSeparator(String text) {
    String t = text.stripTrailing();
    for (int i = t.length() - 2; i >= 1; i--) {
      char c = t.charAt(i);
      if ((c == '|' || c == '-' || c == '\u2013' || c == '\u2014') && Character.isWhitespace(t.charAt(i - 1))
          && Character.isWhitespace(t.charAt(i + 1))) {
        return i - 1;
      }
    }
    return -1;
  }

  /** The letters and digits of {@code text} in lower case, without a leading "the" ("nytimes" for "The NY Times"). */
  public static String lettersAndDigits(String text) {
    StringBuilder sb = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isLetterOrDigit(lower.charAt(i))) {
        sb.append(lower.charAt(i));
      }
    }
    String joined = sb.toString();
    return joined.startsWith("the") && joined.length() > 6 ? joined.substring(3) : joined;
  }

  /**
   * Where the site's name {@code site} appended to {@code line} starts (the space before its separator), or -1 when
   * the part after the last separator is not that name or nothing would be left before it.
   */
  public static int suffixStart(String line, String site) {
    int sep = lastSeparator(line);
    String name = lettersAndDigits(site);
    if (sep <= 0 || name.isEmpty() || !lettersAndDigits(line.substring(sep + 2)).equals(name)) {
      return -1;
    }
    return line.substring(0, sep).isBlank() ? -1 : sep;
  }
}
