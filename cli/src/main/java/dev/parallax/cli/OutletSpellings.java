package dev.parallax.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Outlet names of one corpus that may be one outlet spelled two ways, for a notice on standard error: names that differ
 * only by a leading "The", by case, or by punctuation and spaces ("The Daily Lindby", "Daily Lindby", "daily-lindby"),
 * as a feed mixed from several sources or crawlers gives them. They are not merged: "The Lindby Post" and "Lindby Post" may be two
 * papers, which only the user knows. Stateless.
 *
 * <table>
 *   <caption>Cases</caption>
 *   <tr><th>outlets</th><th>notice</th></tr>
 *   <tr><td>The Daily Lindby, Daily Lindby, Kesra Times</td><td>names the first two</td></tr>
 *   <tr><td>Kesra Times, KESRA TIMES, Kesra-Times</td><td>names all three</td></tr>
 *   <tr><td>Kesra Times, Kesra Tribune</td><td>none</td></tr>
 *   <tr><td>Theatre Weekly, Atre Weekly</td><td>none ("The" is a word of its own)</td></tr>
 * </table>
 */
final class OutletSpellings {
  /** How many groups a notice names before "...". */
  private static final int SHOWN = 3;

  private OutletSpellings() {}

  /** The notice for {@code outlets} (each name once, in the order to name them), or empty when no two are alike. */
  static Optional<String> of(Collection<String> outlets) {
    Map<String, Set<String>> byKey = new LinkedHashMap<>();
    for (String outlet : outlets) {
      String key = key(outlet);
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(outlet);
      }
    }
    List<String> groups = new ArrayList<>();
    for (Set<String> names : byKey.values()) {
      if (names.size() > 1) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        groups.add(ErrorHandler.listed(quoted));
      }
    }
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    String shown = String.join("; ", groups.subList(0, Math.min(SHOWN, groups.size())))
        + (groups.size() > SHOWN ? "; and " + (groups.size() - SHOWN) + " more" : "");
    return Optional.of("outlet names that differ only by a leading \"The\", case or punctuation: " + shown
        + "; each name is profiled as an outlet of its own: if they are one outlet, give it one name in the input"
        + " (a .jsonl line's \"outlet\", a manifest's outlet column)");
  }

  /** The name without a leading "The", in lower case, letters and digits only: "The Daily-Lindby" is "dailylindby". */
  static String key(String outlet) {
    String s = outlet.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("the ") || s.startsWith("the\u00A0")) {
      s = s.substring(4);
    }
    StringBuilder key = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
