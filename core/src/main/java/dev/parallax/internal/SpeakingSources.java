package dev.parallax.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bodies and documents that news writing lets speak without a person ("“…,” the indictment said", "the company
 * said"), read from {@code dev/parallax/lexicon/sources.txt}. Such a speaker is written as the outlet wrote it, in
 * lower case ("indictment", "Trump's campaign"), never a person's name ("Margaret Court"). Internal: not part of the
 * API. Immutable; loaded once per JVM.
 */
public final class SpeakingSources {
  private static final Set<String> WORDS = ResourceLines.read("dev/parallax/lexicon/sources.txt").stream()
      .flatMap(line -> Arrays.stream(line.toLowerCase(Locale.ROOT).split("\\s+")))
      .collect(Collectors.toUnmodifiableSet());

  private SpeakingSources() {}

  /** The words of the list, lower case. */
  public static Set<String> words() {
    return WORDS;
  }

  /** Whether a speaker as written is a body or document: its last word is on the list and written in lower case. */
  public static boolean isSource(String speaker) {
    String s = speaker.strip();
    String last = s.substring(s.lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isLowerCase(last.codePointAt(0)) && WORDS.contains(last.toLowerCase(Locale.ROOT));
  }
}
