package dev.parallax.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number joined by a hyphen to the word it counts or measures: {@code 32-year-old}, {@code 150-metre},
 * {@code 170,000-square-foot}. The analyzer reads its value and unit from it; the event decision and the
 * discrepancy finder treat it as a description (an age, a size), not a count. Internal: not part of the API.
 * Stateless and thread-safe.
 */
public final class NumberCompounds {
  private static final Pattern COMPOUND = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)-(\\p{L}+(?:-\\p{L}+)*)");

  private NumberCompounds() {}

  /** Whether {@code text} (a number as written) is a compound. */
  public static boolean isCompound(String text) {
    return COMPOUND.matcher(text).matches();
  }

  /**
   * A matcher that matched {@code text} as a compound, its groups the number ({@code 1}, commas kept) and the
   * word ({@code 2}); null when {@code text} is none.
   */
  public static Matcher match(String text) {
    Matcher m = COMPOUND.matcher(text);
    return m.matches() ? m : null;
  }
}
