package dev.parallax.internal;

import java.util.Map;

/**
 * What a word or letters of scale multiply a figure by: a word after it ({@code 2.5 million}) or letters written
 * against it ({@code 12K}, {@code $3.5bn}, {@code 1.2M}). The analyzer reads a number's value with it and the
 * discrepancy finder a range's shared scale, so both read one figure alike. Internal: not part of the API.
 * Stateless and thread-safe.
 */
public final class NumberScales {
  /** Words of scale written after a figure. */
  private static final Map<String, Long> WORDS = Map.of("thousand", 1_000L, "million", 1_000_000L,
      "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

  /**
   * Letters of scale written against a figure, as written: "12K jobs", "1.2M people", "$3B", "$3.5bn", "$40mn",
   * "$1.2tn". Other letters there are no scale: "4G", "3D", "9mm".
   */
  private static final Map<String, Long> SUFFIXES = Map.of("K", 1_000L, "k", 1_000L, "M", 1_000_000L,
      "B", 1_000_000_000L, "bn", 1_000_000_000L, "mn", 1_000_000L, "tn", 1_000_000_000_000L);

  /**
   * Single lower-case letters that are a scale only after a currency sign: "$5m", "$3b" are sums, but "a 5m wall"
   * measures metres.
   */
  private static final Map<String, Long> MONEY_SUFFIXES = Map.of("m", 1_000_000L, "b", 1_000_000_000L);

  private NumberScales() {}

  /** The word of scale that multiplies by {@code scale} ("million" for 1,000,000), or "" for none. */
  public static String wordOf(long scale) {
    for (Map.Entry<String, Long> e : WORDS.entrySet()) {
      if (e.getValue() == scale) {
        return e.getKey();
      }
    }
    return "";
  }

  /** What a word of scale after a figure multiplies it by ({@code norm} lower case: "million"), or 0 for none. */
  public static long word(String norm) {
    return WORDS.getOrDefault(norm, 0L);
  }

  /** Whether a token's text is a currency sign ("$", "\u00A3", "\u20AC", "\u00A5"): letters after its figure are money's. */
  public static boolean currencySign(String text) {
    return text.length() == 1 && Character.getType(text.charAt(0)) == Character.CURRENCY_SYMBOL;
  }

  /**
   * What letters written right against a figure multiply it by ({@code text} as written: "K" of "12K"), or 0 for
   * none; {@code money} when a currency sign stands before the figure ("$5m").
   */
  public static long suffix(String text, boolean money) {
    Long v = SUFFIXES.get(text);
    if (v == null && money) {
      v = MONEY_SUFFIXES.get(text);
    }
    return v == null ? 0L : v;
  }
}
