package dev.parallax.internal;

import java.util.Map;

/**
 * Numbers written as words: one to twenty, the tens, their compounds ("twenty-one"), "dozen" and "hundred". The
 * analyzer reads a number mention's value with it and the aligner a figure's, so both read "nine" as 9. Internal:
 * not part of the API. Stateless and thread-safe.
 */
public final class NumberWords {
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
      Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
      Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
      Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("dozen", 12L),
      Map.entry("hundred", 100L));

  private NumberWords() {}

  /** The value of a number written as a word ({@code norm} lower case: "eight", "twenty-one"), or 0 for none. */
  public static long spelled(String norm) {
    if (norm.length() < 3 || norm.length() > 13 || "otfsendh".indexOf(norm.charAt(0)) < 0) {
      return 0; // no number word starts otherwise
    }
    Long v = WORDS.get(norm);
    if (v != null) {
      return v;
    }
    int dash = norm.indexOf('-');
    if (dash > 0) {
      Long tens = WORDS.get(norm.substring(0, dash));
      Long ones = WORDS.get(norm.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones >= 1 && ones <= 9) {
        return tens + ones;
      }
    }
    return 0;
  }

  /**
   * What a word after a number word multiplies it by: 12 for "dozen" and 100 for "hundred" ("two dozen", "three
   * hundred"), else 0.
   */
  public static long multiplier(String norm) {
    return norm.equals("dozen") ? 12L : norm.equals("hundred") ? 100L : 0L;
  }
}
