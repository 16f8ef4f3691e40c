package dev.parallax.clean;

import java.util.HashSet;
import java.util.Set;

/** A line's content words for telling what it is about: not function words, cut to five letters. */
final class ContentWords {
  private ContentWords() {}

  /** The line's words of three letters or more that are not function words, cut so that "troops" meets "troop". */
  static Set<String> of(LineShape s) {
    Set<String> stems = new HashSet<>();
    for (String w : s.lowerWords) {
      if (w.length() >= 3 && !Vocabulary.STOP_WORDS.contains(w)) {
        stems.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return stems;
  }

  /** How many of {@code words} are in {@code others}. */
  static int shared(Set<String> words, Set<String> others) {
    int shared = 0;
    for (String w : words) {
      if (others.contains(w)) {
        shared++;
      }
    }
    return shared;
  }
}
