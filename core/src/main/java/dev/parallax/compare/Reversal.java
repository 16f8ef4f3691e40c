package dev.parallax.compare;

import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two versions of one quote say opposite things: a word of substance both print, followed by the same word,
 * is negated in one and not in the other ("isn't losing money" / "is losing money"), and the two print a different
 * number of negations, so one is not the same denial written another way. The word after it keeps two sentences of
 * one statement that share a verb apart ("does not discriminate" / "its aim is to discriminate against cheats").
 * Stateless.
 *
 * <table>
 *   <caption>two versions of one quote</caption>
 *   <tr><td>“The ferry isn't losing money” / “The ferry is losing money”</td><td>reversed</td></tr>
 *   <tr><td>“We shouldn't have spent it” / “We should have spent it on the school”</td><td>reversed</td></tr>
 *   <tr><td>“I don't think it was fair” / “I think it was not fair”</td><td>not reversed: one negation each</td></tr>
 *   <tr><td>“We are not leaving. We will stay” / “We will stay”</td><td>not reversed: no word negated in one
 *       only</td></tr>
 *   <tr><td>“It isn't making money” / “It is losing money”</td><td>not reversed: “money” is negated in
 *       neither</td></tr>
 *   <tr><td>“The law does not discriminate” / “Its aim is to discriminate against cheats”</td><td>not reversed: the
 *       words after “discriminate” differ</td></tr>
 * </table>
 */
final class Reversal {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "'t", "n't");
  /** Auxiliaries and the "n" a negated one leaves: they carry the negation, they are not what it negates. */
  private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "have",
      "has", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must",
      "won", "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "wouldn", "couldn", "shouldn", "haven", "hasn",
      "hadn", "ca", "wo");
  /** How a word reads in a version: negated, plain, or both at different places. */
  private static final int NEGATED = 1;
  private static final int PLAIN = 2;
  private static final int BOTH = NEGATED | PLAIN;

  private Reversal() {}

  /** Whether versions {@code a} and {@code b}, all their tokens in order, say opposite things. */
  static boolean of(List<Token> a, List<Token> b) {
    if (negations(a) == negations(b)) {
      return false;
    }
    Map<String, Integer> x = negatedWords(a);
    Map<String, Integer> y = negatedWords(b);
    for (Map.Entry<String, Integer> e : x.entrySet()) {
      Integer other = y.get(e.getKey());
      if (other != null && (e.getValue() | other) == (NEGATED | PLAIN) && e.getValue() != BOTH && other != BOTH) {
        return true; // negated in one version only, and only printed plain in the other
      }
    }
    return false;
  }

  private static int negations(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      if (NEGATIONS.contains(norm(t))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Each word of substance's stem with the word after it (none before punctuation): {@link #NEGATED}, {@link #PLAIN}
   * or both, by how its occurrences read.
   */
  private static Map<String, Integer> negatedWords(List<Token> tokens) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = norm(t);
      if (t.kind() != TokenKind.WORD || !t.isContent() || NEGATIONS.contains(w) || AUXILIARIES.contains(w)
          || QuoteMatcher.STOP.contains(w)) {
        continue;
      }
      String next = i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.WORD ? norm(tokens.get(i + 1)) : "";
      out.merge(t.lemma().toLowerCase(Locale.ROOT) + ' ' + next, negated(tokens, i) ? NEGATED : PLAIN, (p, q) -> p | q);
    }
    return out;
  }

  /**
   * Whether a negation stands right before token {@code i}, only auxiliaries between ("isn't losing", "shouldn't
   * have been used"): in "isn't making money" the negation is of "making", not of "money".
   */
  private static boolean negated(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      String w = norm(t);
      if (NEGATIONS.contains(w)) {
        return true;
      }
      if (t.kind() != TokenKind.WORD || !AUXILIARIES.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static String norm(Token t) {
    return t.norm().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
