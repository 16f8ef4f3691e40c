package dev.parallax.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The words after a surname that say which generation bears it ({@code Jr.}, {@code Sr.}, {@code III}), for the
 * quote finder's names and the comparison's speakers alike: "Jesse Jackson Jr." is a Jackson, and "Donald Trump
 * Jr." is not "Donald Trump". Internal: not part of the API. Stateless and thread-safe.
 */
public final class Generations {
  private static final Set<String> WORDS = Set.of("jr", "sr", "ii", "iii", "iv");

  private Generations() {}

  /** Whether {@code word} names a generation, in any case, with or without its period. */
  public static boolean is(String word) {
    return WORDS.contains(normal(word));
  }

  /** The generation that ends {@code name} in lower case without its period ("jr", "iii"), or an empty string. */
  public static String of(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return name.indexOf(' ') > 0 && is(last) ? normal(last) : "";
  }

  /** {@code name} without the generation that ends it: "Jesse Jackson Jr." is "Jesse Jackson". */
  public static String without(String name) {
    return of(name).isEmpty() ? name : name.substring(0, name.lastIndexOf(' '));
  }

  private static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
