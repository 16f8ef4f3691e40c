package dev.parallax.align;

import dev.parallax.internal.GivenNames;
import dev.parallax.internal.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The word lists lexical similarity needs: function words to ignore and synonym groups of Snowball stems
 * (generated once from WordNet 3.1 by {@code SynonymTableGenerator}; see {@code WORDNET-LICENSE.txt}), plus
 * the groups of given names that can name one person ({@link GivenNames}).
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the shipped lists once per JVM (about 85 KB).
 */
final class Lexicon {
  private final Set<String> stopWords;
  private final Map<String, int[]> groups;

  Lexicon(Set<String> stopWords, Map<String, int[]> groups) {
    this.stopWords = Set.copyOf(stopWords);
    this.groups = Map.copyOf(groups);
  }

  /** The shipped lists, loaded on first use. */
  static Lexicon standard() {
    return Holder.STANDARD;
  }

  /** Whether {@code norm} (a lower-cased surface form) is a function word. */
  boolean isStopWord(String norm) {
    return stopWords.contains(norm);
  }

  /** Whether two different stems share a synonym group. */
  boolean synonyms(String stemA, String stemB) {
    int[] a = groups.get(stemA);
    int[] b = groups.get(stemB);
    if (a == null || b == null) {
      return false;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** The synonym groups of {@code stem}, ascending; empty when it has none. Callers must not modify it. */
  int[] groupsOf(String stem) {
    int[] g = groups.get(stem);
    return g == null ? NONE : g;
  }

  private static final int[] NONE = new int[0];

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  private static Lexicon load() {
    Set<String> stop = new HashSet<>(readLines("stopwords.txt"));
    Map<String, List<Integer>> byStem = new HashMap<>();
    List<String> lines = readLines("synonyms.txt");
    for (int g = 0; g < lines.size(); g++) {
      for (String stem : lines.get(g).split(" ")) {
        byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(g);
      }
    }
    // a formal given name and its short forms are one group too ("James", "Jim"), by stem like the rest
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    List<List<String>> names = GivenNames.standard().wordGroups();
    for (int g = 0; g < names.size(); g++) {
      for (String name : names.get(g)) {
        String stem = name.length() <= 2 ? name : stemmer.stem(name).toString();
        List<Integer> ids = byStem.computeIfAbsent(stem, k -> new ArrayList<>());
        if (!ids.contains(lines.size() + g)) {
          ids.add(lines.size() + g);
        }
      }
    }
    Map<String, int[]> groups = new HashMap<>();
    byStem.forEach((stem, ids) -> groups.put(stem, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new Lexicon(stop, groups);
  }

  private static List<String> readLines(String name) {
    return ResourceLines.read("dev/parallax/align/" + name);
  }

}
