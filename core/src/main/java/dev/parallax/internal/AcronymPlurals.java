package dev.parallax.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An acronym's plural written after a figure as the thing it counts ({@code four TDs}, {@code 12 MPs}), read alike by
 * the analyzer (a number's unit) and the discrepancy finder (an amount's counted thing). Internal: not part of the
 * API. Stateless and thread-safe.
 */
public final class AcronymPlurals {
  /** Two or more capitals and a plural "s": "TDs", "MPs"; not a name ("Owls") or an acronym alone ("NATO"). */
  private static final Pattern PLURAL = Pattern.compile("\\p{Lu}{2,}s");

  private AcronymPlurals() {}

  /** The acronym of a plural as a lower-case singular ("td" for "TDs"), or "" when {@code word} is none. */
  public static String singular(String word) {
    return PLURAL.matcher(word).matches() ? word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT) : "";
  }
}
