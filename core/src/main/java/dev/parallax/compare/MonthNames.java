package dev.parallax.compare;

import java.util.Map;
import java.util.Set;

/** The months' names and the abbreviations outlets write for them, as the comparer's rules read dates in words. */
final class MonthNames {
  private MonthNames() {}

  /** The twelve months, in lower case. */
  static final Set<String> NAMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  /** The abbreviations of months' names (lower case, without their period) and the month each stands for. */
  static final Map<String, String> OF_ABBREVIATION = Map.ofEntries(Map.entry("jan", "january"),
      Map.entry("feb", "february"), Map.entry("mar", "march"), Map.entry("apr", "april"), Map.entry("jun", "june"),
      Map.entry("jul", "july"), Map.entry("aug", "august"), Map.entry("sep", "september"),
      Map.entry("sept", "september"), Map.entry("oct", "october"), Map.entry("nov", "november"),
      Map.entry("dec", "december"));

  /** Abbreviations that are also names of their own ("Mar", "Jun", "Jul"): a month only where a date tells it. */
  static final Set<String> ALSO_NAMES = Set.of("mar", "jun", "jul");
}
