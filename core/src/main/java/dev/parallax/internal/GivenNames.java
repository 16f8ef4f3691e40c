package dev.parallax.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The given names Parallax knows: those that can name the same person, a formal name and its short forms ("James",
 * "Jim", "Jimmy", {@code dev/parallax/lexicon/given-names.txt}), and those borne almost always by one sex ("Lisa":
 * female, {@code given-name-genders.txt}). Internal: not part of the API. Immutable and thread-safe; {@link
 * #standard()} loads both lists once per JVM, the one place they are read.
 *
 * <pre>{@code
 * GivenNames.standard().samePerson("jim", "james")   // true
 * GivenNames.standard().sexOf("lisa")                // Optional[FEMALE]
 * GivenNames.standard().isGivenName("Jordan")        // true if either list holds it
 * }</pre>
 */
public final class GivenNames {
  /** The sex a given name is borne by almost always. */
  public enum Sex { FEMALE, MALE }

  private final Map<String, Set<Integer>> groupsOf;
  private final List<List<String>> wordGroups;
  private final Map<String, Sex> sexes;

  private GivenNames(Map<String, Set<Integer>> groupsOf, List<List<String>> wordGroups, Map<String, Sex> sexes) {
    this.groupsOf = groupsOf;
    this.wordGroups = wordGroups;
    this.sexes = sexes;
  }

  /** The shipped lists, loaded on first use. */
  public static GivenNames standard() {
    return Holder.STANDARD;
  }

  /** Whether two lower-case given names can name one person: equal, or a formal name and its short form. */
  public boolean samePerson(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Set<Integer> ga = groupsOf.get(a.toLowerCase(Locale.ROOT));
    Set<Integer> gb = groupsOf.get(b.toLowerCase(Locale.ROOT));
    return ga != null && gb != null && !Collections.disjoint(ga, gb);
  }

  /** Whether {@code name} (any case) is one of the listed given names ("james", "jim"). */
  public boolean isListed(String name) {
    return groupsOf.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The sex {@code name} (any case) is borne by almost always ({@code given-name-genders.txt}); empty when the list
   * does not hold it, as for names given to both ("Jordan").
   */
  public Optional<Sex> sexOf(String name) {
    return Optional.ofNullable(sexes.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code word} (any case) is a given name of either list ("Jim", "Lisa"). */
  public boolean isGivenName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return sexes.containsKey(w) || groupsOf.containsKey(w);
  }

  /**
   * The groups of names that are safe to match as words: without the entries that are also common English
   * words ("bill", "rob"), which count for person names only.
   */
  public List<List<String>> wordGroups() {
    return wordGroups;
  }

  private static final class Holder {
    static final GivenNames STANDARD = load(ResourceLines.read("dev/parallax/lexicon/given-names.txt"),
        ResourceLines.read("dev/parallax/lexicon/given-name-genders.txt"));
  }

  /** The lists from the lines of {@code given-names.txt} and of {@code given-name-genders.txt}. */
  static GivenNames load(List<String> lines, List<String> genderLines) {
    Map<String, Set<Integer>> groupsOf = new HashMap<>();
    List<List<String>> words = new ArrayList<>();
    for (int g = 0; g < lines.size(); g++) {
      List<String> safe = new ArrayList<>();
      for (String entry : lines.get(g).split("\\s+")) {
        boolean alsoAWord = entry.startsWith("~");
        String name = (alsoAWord ? entry.substring(1) : entry).toLowerCase(Locale.ROOT);
        groupsOf.computeIfAbsent(name, k -> new HashSet<>()).add(g);
        if (!alsoAWord) {
          safe.add(name);
        }
      }
      if (safe.size() > 1) {
        words.add(List.copyOf(safe));
      }
    }
    Map<String, Set<Integer>> frozen = new HashMap<>();
    groupsOf.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    Map<String, Sex> sexes = new HashMap<>();
    for (String line : genderLines) {
      String[] r = line.split("\t");
      if (r.length != 2 || !r[1].equals("female") && !r[1].equals("male")) {
        throw new IllegalStateException("given-name-genders.txt: want \"name<TAB>female|male\", got " + line);
      }
      sexes.put(r[0], r[1].equals("female") ? Sex.FEMALE : Sex.MALE);
    }
    return new GivenNames(Map.copyOf(frozen), List.copyOf(words), Map.copyOf(sexes));
  }
}
