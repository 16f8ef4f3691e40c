package dev.parallax.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs of words two texts print alike: what quote matching and the aligner's two-speakers rule both ask. */
public final class WordRuns {
  private WordRuns() {}

  /**
   * Whether {@code a} and {@code b} have the same {@code n} words in a row somewhere (always, for {@code n} of zero or
   * less); linear in their lengths.
   */
  public static boolean sharesRun(List<String> a, List<String> b, int n) {
    if (n <= 0) {
      return true;
    }
    if (a.size() < n || b.size() < n) {
      return false;
    }
    Set<List<String>> runs = new HashSet<>();
    for (int i = 0; i + n <= a.size(); i++) {
      runs.add(a.subList(i, i + n));
    }
    for (int j = 0; j + n <= b.size(); j++) {
      if (runs.contains(b.subList(j, j + n))) {
        return true;
      }
    }
    return false;
  }
}
