package dev.parallax.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves the names outlets give one person to one name: "Lavrov", "Sergei Lavrov" and "Sergey Lavrov"
 * become the full form most outlets use.
 *
 * <p>Two names are the same person when their last words (surnames) are equal after folding case and
 * accents, and their given names are equal, one is missing, or they differ by at most two letters
 * (transliterations: Sergei, Sergey). The canonical form is the full name used by the most articles; ties
 * go to the one seen first. Built per comparison; immutable once built.
 */
final class Speakers {
  private static final int TRANSLITERATION_EDITS = 2;

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private final Map<String, String> canonical;

  private Speakers(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  /**
   * Builds the resolution from names in order of appearance.
   *
   * @param names each article's names, articles in input order
   */
  static Speakers of(List<List<String>> names) {
    Map<String, Map<String, Integer>> support = new LinkedHashMap<>();
    for (List<String> article : names) {
      for (String n : new java.util.LinkedHashSet<>(article)) {
        support.computeIfAbsent(surname(n), k -> new LinkedHashMap<>()).merge(n, 1, Integer::sum);
      }
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    for (Map<String, Integer> forms : support.values()) {
      List<List<String>> clusters = new ArrayList<>();
      for (String f : forms.keySet()) {
        if (given(f).isEmpty()) {
          continue;
        }
        List<String> home = null;
        for (List<String> c : clusters) {
          if (samePerson(c.get(0), f)) {
            home = c;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          clusters.add(home);
        }
        home.add(f);
      }
      for (List<String> c : clusters) {
        String best = c.get(0);
        for (String f : c) {
          if (forms.get(f) > forms.get(best)) {
            best = f;
          }
        }
        for (String f : c) {
          canonical.put(f, best);
        }
      }
      // a bare surname goes to the only person with that surname
      if (clusters.size() == 1) {
        for (String f : forms.keySet()) {
          canonical.putIfAbsent(f, canonical.get(clusters.get(0).get(0)));
        }
      }
    }
    return new Speakers(canonical);
  }

  /** The canonical form of {@code name}; the name itself when it is not known. */
  String resolve(String name) {
    return canonical.getOrDefault(name, name);
  }

  static boolean samePerson(String a, String b) {
    if (!surname(a).equals(surname(b))) {
      return false;
    }
    String ga = given(a);
    String gb = given(b);
    return ga.isEmpty() || gb.isEmpty() || ga.equals(gb)
        || LevenshteinDistance.getDefaultInstance().apply(ga, gb) <= TRANSLITERATION_EDITS;
  }

  static String surname(String name) {
    String f = fold(name);
    int sp = f.lastIndexOf(' ');
    return sp < 0 ? f : f.substring(sp + 1);
  }

  static String given(String name) {
    String f = fold(name);
    int sp = f.lastIndexOf(' ');
    return sp < 0 ? "" : f.substring(0, sp);
  }

  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).strip();
  }
}
