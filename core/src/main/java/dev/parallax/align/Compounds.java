package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compounds a set of sentences writes both as one word, closed or hyphenated ("worksite", "ranked-choice"), and
 * open, as two neighbouring words ("work sites", "ranked choice"): outlets spell a compound their own way, so the one
 * word reads as the two words of its open spelling and both spellings share their terms.
 *
 * <p>Only a compound the sentences write both ways is split: "healthcare" stays one word unless some sentence writes
 * "health care". Both words of the open spelling are content words of three letters or more ("shut down" is no
 * compound: "down" is a function word).
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>one sentence</th><th>another sentence</th><th>the one word reads as</th></tr>
 *   <tr><td>ranked-choice voting</td><td>ranked choice voting</td><td>{@code rank}, {@code choic}</td></tr>
 *   <tr><td>raids at a worksite</td><td>raids at work sites</td><td>{@code work}, {@code site}</td></tr>
 *   <tr><td>healthcare</td><td>(no sentence writes "health care")</td><td>{@code healthcar}, as before</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe; one per bound corpus. {@link #NONE} knows no compound.
 */
final class Compounds {
  /** Knows no compound: every word is read as it is. */
  static final Compounds NONE = new Compounds(Map.of());

  /** Shortest word of an open compound. */
  static final int MIN_PART = 3;

  /** The lemma of a compound written as one word to the lemmas of its two words, as the sentences write them open. */
  private final Map<String, List<String>> partsOf;

  private Compounds(Map<String, List<String>> partsOf) {
    this.partsOf = Map.copyOf(partsOf);
  }

  /**
   * The compounds the sentences write both as one word and as two neighbouring words ({@code lexicon} says which
   * words are function words); each compound's parts as it is first written open.
   */
  static Compounds of(List<Sentence> sentences, Lexicon lexicon) {
    // the compounds written as one word, by their letters without hyphens or a plural s
    Map<String, Set<String>> closed = new HashMap<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        String letters = t.norm().replace("-", "");
        if (t.kind() == TokenKind.WORD && letters.length() >= 2 * MIN_PART && isLetters(letters)) {
          closed.computeIfAbsent(key(letters), k -> new HashSet<>()).add(t.lemma());
        }
      }
    }
    Map<String, List<String>> partsOf = new HashMap<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        if (isPart(a, lexicon) && isPart(b, lexicon) && b.start() == a.end() + 1) {
          Set<String> lemmas = closed.get(key(a.norm() + b.norm()));
          if (lemmas != null) {
            for (String lemma : lemmas) {
              partsOf.putIfAbsent(lemma, List.of(a.lemma(), b.lemma()));
            }
          }
        }
      }
    }
    return partsOf.isEmpty() ? NONE : new Compounds(partsOf);
  }

  /** The two words a one-word compound with this lemma is written as elsewhere, or null when it is no such word. */
  List<String> parts(String lemma) {
    return partsOf.get(lemma);
  }

  /** A compound's letters without a plural s, so that "worksites" and "work site" meet. */
  private static String key(String letters) {
    return letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
  }

  private static boolean isPart(Token t, Lexicon lexicon) {
    return t.kind() == TokenKind.WORD && t.norm().length() >= MIN_PART && isLetters(t.norm())
        && !lexicon.isStopWord(t.norm());
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
