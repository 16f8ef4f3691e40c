package dev.parallax.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given names that can name the same person: a formal name and its short forms ("James", "Jim", "Jimmy"),
 * read from {@code dev/parallax/lexicon/given-names.txt}. Internal: not part of the API. Immutable and
 * thread-safe; {@link #standard()} loads the list once per JVM.
 *
 * <pre>{@code
 * GivenNames.standard().samePerson("jim", "james")   // true
 * }</pre>
 */
public final class GivenNames {
  private final Map<String, Set<Integer>> groupsOf;
  private final List<List<String>> wordGroups;

  private GivenNames(Map<String, Set<Integer>> groupsOf, List<List<String>> wordGroups) {
    this.groupsOf = groupsOf;
    this.wordGroups = wordGroups;
  }

  /** The shipped list, loaded on first use. */
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
   * The groups of names that are safe to match as words: without the entries that are also common English
   * words ("bill", "rob"), which count for person names only.
   */
  public List<List<String>> wordGroups() {
    return wordGroups;
  }

  private static final class Holder {
    static final GivenNames STANDARD = load(ResourceLines.read("dev/parallax/lexicon/given-names.txt"));
  }

  static GivenNames load(List<String> lines) {
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
    return new GivenNames(Map.copyOf(frozen), List.copyOf(words));
  }
}
