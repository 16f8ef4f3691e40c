package dev.parallax.align;

import dev.parallax.internal.ResourceLines;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One thing named in other words: the key under which a set of articles' name words are compared, so that a people's
 * or country's adjective counts as its country and a plural as its singular. Immutable and thread-safe; the list is
 * loaded once.
 *
 * <table>
 *   <caption>Name words of one set of articles and their keys</caption>
 *   <tr><th>the set's name words</th><th>word</th><th>key</th></tr>
 *   <tr><td>any</td><td>{@code iranian}</td><td>{@code iran} (an adjective of {@code demonyms.txt})</td></tr>
 *   <tr><td>any</td><td>{@code french}</td><td>{@code france}</td></tr>
 *   <tr><td>{@code falcons}, {@code falcon}</td><td>{@code falcons}</td><td>{@code falcon} (the set writes both)</td></tr>
 *   <tr><td>{@code falcons} only</td><td>{@code falcons}</td><td>{@code falcons}</td></tr>
 *   <tr><td>{@code ross}, {@code ros}</td><td>{@code ross}</td><td>{@code ross} (a double s is no plural)</td></tr>
 * </table>
 *
 * <p>The adjectives are the one-word rows of {@code demonyms.txt} (our own list, Apache-2.0, with the ISO 3166 names)
 * that share their first two letters with another word of their country; a capital written otherwise stays a place of
 * its own ("Helsinki"), one written alike counts as its country ("Taipei" as Taiwan).
 *
 * <p>A possessive needs no key of its own: the tokenizer writes {@code 's} as a token apart ("Strand's" is "Strand").
 * Places within places (a city and its state) are not equivalent here: that needs a gazetteer.
 */
final class NameEquivalence {
  private static final String DEMONYMS = "dev/parallax/lexicon/demonyms.txt";

  private static final class Holder {
    static final NameEquivalence STANDARD = load();
  }

  /** Adjectives and names of a country, one word, to the country's key ("iranian" to "iran"). */
  private final Map<String, String> countries;

  private NameEquivalence(Map<String, String> countries) {
    this.countries = Map.copyOf(countries);
  }

  /** The shipped equivalence: the one-word country names and adjectives of {@code demonyms.txt}. */
  static NameEquivalence standard() {
    return Holder.STANDARD;
  }

  private static NameEquivalence load() {
    Map<String, String> country = new HashMap<>();
    Map<String, java.util.Set<String>> words = new HashMap<>();   // by country key, the key among them
    for (String line : ResourceLines.read(DEMONYMS)) {
      String[] r = line.split("\t");
      if (r.length == 2 && r[0].strip().chars().allMatch(Character::isLetter)) {
        country.putIfAbsent(r[0].strip(), r[1].strip());
        words.computeIfAbsent(r[1].strip(), k -> new java.util.HashSet<>(Set.of(k))).add(r[0].strip());
      }
    }
    // a people's adjective is formed from its country's name ("Finnish", "Iranian", "British" beside "Britain"); a
    // capital the file does not mark as one ("Helsinki") is named otherwise: a place of its own, left out
    Map<String, String> countries = new HashMap<>();
    for (Map.Entry<String, String> e : country.entrySet()) {
      String w = e.getKey();
      boolean formed = false;
      for (String other : words.get(e.getValue())) {
        formed |= !other.equals(w) && other.regionMatches(0, w, 0, 2);
      }
      if (formed) {
        countries.put(w, e.getValue());
      }
    }
    return new NameEquivalence(countries);
  }

  /**
   * The keys of a set's name words (lower case, without dots and hyphens): a country's adjective its country, a word
   * ending in one s whose singular the set also writes as a name that singular. Words without another key are left
   * out of the map.
   */
  Map<String, String> keys(Set<String> words) {
    Map<String, String> out = new HashMap<>();
    for (String w : words) {
      String country = countries.get(w);
      if (country != null && !country.equals(w)) {
        out.put(w, country);
      }
    }
    for (String w : words) {
      if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && words.contains(w.substring(0, w.length() - 1))) {
        String one = w.substring(0, w.length() - 1);
        out.put(w, out.getOrDefault(one, one));
      }
    }
    return out;
  }

  /** The key of {@code word} among {@code keys} (from {@link #keys}): its own when it has no other. */
  static String key(String word, Map<String, String> keys) {
    return keys.getOrDefault(word, word);
  }
}
