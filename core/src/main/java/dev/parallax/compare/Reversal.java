package dev.parallax.compare;

import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two versions of one quote say opposite things: a word of substance both print, followed by the same word,
 * is negated in one and not in the other ("isn't losing money" / "is losing money"), and the two print a different
 * number of negations, so one is not the same denial written another way. The word after it keeps two sentences of
 * one statement that share a verb apart ("does not discriminate" / "its aim is to discriminate against cheats"), and
 * the words of substance after it must be of one thing: when both versions go on with some and they share none, the
 * negation denies another thing than the other version affirms ("money I shouldn't have used for my boat" / "money
 * that should have been used for the school": both say the money went where it should not). Stateless.
 *
 * <table>
 *   <caption>two versions of one quote</caption>
 *   <tr><td>“The ferry isn't losing money” / “The ferry is losing money”</td><td>reversed</td></tr>
 *   <tr><td>“We shouldn't have spent it” / “We should have spent it on the school”</td><td>reversed</td></tr>
 *   <tr><td>“I used funds I shouldn't have used for my boat” / “I used funds that should have been used for the
 *       school”</td><td>not reversed: the words after “used for” differ, two uses of the funds</td></tr>
 *   <tr><td>“I shouldn't have used the funds for my boat” / “I should have used the funds for my boat”</td>
 *       <td>reversed</td></tr>
 *   <tr><td>“I don't think it was fair” / “I think it was not fair”</td><td>not reversed: one negation each</td></tr>
 *   <tr><td>“We are not leaving. We will stay” / “We will stay”</td><td>not reversed: no word negated in one
 *       only</td></tr>
 *   <tr><td>“It isn't making money” / “It is losing money”</td><td>not reversed: “money” is negated in
 *       neither</td></tr>
 *   <tr><td>“The law does not discriminate” / “Its aim is to discriminate against cheats”</td><td>not reversed: the
 *       words after “discriminate” differ</td></tr>
 *   <tr><td>“We cannot afford the ferry” / “We can't afford the ferry”</td><td>not reversed: “cannot” is “can” and
 *       “not”, one negation each</td></tr>
 *   <tr><td>“We cannot afford the ferry” / “We can afford the ferry”</td><td>reversed</td></tr>
 *   <tr><td>“Repairs will take weeks, if not months” / “Repairs will take months”</td><td>not reversed: a “not”
 *       after “if”, “or”, “but” or a comma is an estimate or an aside, no denial</td></tr>
 *   <tr><td>“We will no longer run the night ferry” / “We will run the night ferry”</td><td>reversed: “no longer”
 *       and “never again” negate the word after them</td></tr>
 *   <tr><td>“Lindby never won the cup” / “Lindby won the cup”</td><td>reversed: “won” is an auxiliary only in
 *       “won't”</td></tr>
 *   <tr><td>“Who doesn't want a safe ferry?” / “Everybody wants a safe ferry”</td><td>not reversed: a negation
 *       in a question denies nothing</td></tr>
 *   <tr><td>“We do not yet know who sank the ferry” / “We know who sank the ferry”</td><td>reversed: the adverb
 *       dropped with the negation is passed over</td></tr>
 *   <tr><td>“We do not yet know who sank the ferry” / “We do not know who sank the ferry yet”</td><td>not
 *       reversed: both deny</td></tr>
 *   <tr><td>“We not only fixed the ferry but painted it” / “We fixed the ferry and painted it”</td><td>not
 *       reversed: “not only” adds</td></tr>
 * </table>
 */
final class Reversal {
  /**
   * Words that deny what follows them, as tokens' normalized forms ("n't" and "'t" are what a contraction leaves):
   * the one list for the comparison's token-level negation tests ({@link WordSense} reads it too).
   */
  static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nor", "'t", "n't");
  /**
   * Auxiliaries and the "n" a negated one leaves: they carry the negation, they are not what it negates. "won" is
   * one only before "n't" ({@link #auxiliary}): otherwise it is the verb ("never won the cup").
   */
  private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "have",
      "has", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must",
      "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "wouldn", "couldn", "shouldn", "haven", "hasn",
      "hadn", "ca", "wo", "ai", "ain");
  /** Words after which a "not", "no" or "never" denies nothing: "weeks, if not months", "whether or not", "but not". */
  private static final Set<String> NOT_A_DENIAL_AFTER = Set.of(",", "if", "or", "but");
  /** The word that ends a negation of two words, by its first: "no longer", "never again". */
  private static final Map<String, String> SECOND_WORD = Map.of("no", "longer", "never", "again");
  /**
   * Adverbs of time and degree that stand between a negation and its verb ("not yet known", "never once ran"); not
   * "only" or "just", whose "not" adds rather than denies ("not only fixed it but painted it").
   */
  private static final Set<String> ADVERBS = Set.of("yet", "even", "ever", "always", "once", "still", "quite", "now",
      "currently", "necessarily", "really", "fully", "entirely", "actually", "exactly", "immediately", "certainly",
      "completely", "clearly", "properly", "usually", "often", "altogether");
  /** How many words of substance after a negated word tell what it is said of ({@link #object}). */
  private static final int OBJECT_WORDS = 3;

  /** A word of a version as read here: "cannot" is two, "can" and "not". */
  private record Word(String norm, String lemma, boolean word, boolean content) {}

  /** How a word reads in a version: negated, plain, or both at different places. */
  private enum Reading {
    /** Every occurrence has a negation right before it (only auxiliaries between). */
    NEGATED,
    /** No occurrence has. */
    PLAIN,
    /** Some occurrences have, some have not. */
    BOTH;

    /** This reading together with {@code other}'s, of another occurrence of the same word. */
    Reading and(Reading other) {
      return this == other ? this : BOTH;
    }
  }

  private Reversal() {}

  /** Whether versions {@code a} and {@code b}, all their tokens in order, say opposite things. */
  static boolean of(List<Token> a, List<Token> b) {
    List<Word> wa = words(a);
    List<Word> wb = words(b);
    if (negations(wa) == negations(wb)) {
      return false;
    }
    Map<String, Reading> x = new HashMap<>();
    Map<String, Set<String>> xObjects = new HashMap<>();
    negatedWords(wa, lemmas(wb), x, xObjects);
    Map<String, Reading> y = new HashMap<>();
    Map<String, Set<String>> yObjects = new HashMap<>();
    negatedWords(wb, lemmas(wa), y, yObjects);
    for (Map.Entry<String, Reading> e : x.entrySet()) {
      Reading other = y.get(e.getKey());
      if (other != null && other != Reading.BOTH && e.getValue() != Reading.BOTH && other != e.getValue()
          && sameObject(xObjects.get(e.getKey()), yObjects.get(e.getKey()))) {
        return true; // negated in one version only, and only printed plain in the other, of the same thing
      }
    }
    return false;
  }

  /**
   * Whether two versions' words after a verb can be of one thing: one prints none, or they share a word ("used for
   * personal purposes" / "used for my campaign" are two purposes of the money, not one denied and one affirmed).
   */
  private static boolean sameObject(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
  }

  /** The words of {@code tokens}, "cannot" read as "can" and "not". */
  private static List<Word> words(List<Token> tokens) {
    List<Word> out = new ArrayList<>(tokens.size() + 1);
    for (Token t : tokens) {
      String n = t.norm().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
      boolean word = t.kind() == TokenKind.WORD;
      if (word && n.equals("cannot")) {
        out.add(new Word("can", "can", true, false));
        out.add(new Word("not", "not", true, false));
      } else {
        out.add(new Word(n, t.lemma().toLowerCase(Locale.ROOT), word, t.isContent()));
      }
    }
    return out;
  }

  private static int negations(List<Word> words) {
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (negation(words, i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether word {@code i} is a negation that denies something: not after "if", "or", "but" or a comma ("weeks, if
   * not months", "whether or not") unless it is "nor", and not in a question ("Who doesn't want a safe ferry?").
   */
  private static boolean negation(List<Word> words, int i) {
    String w = words.get(i).norm();
    if (!NEGATIONS.contains(w)) {
      return false;
    }
    if (!w.equals("nor") && i > 0 && NOT_A_DENIAL_AFTER.contains(words.get(i - 1).norm())) {
      return false;
    }
    for (int k = i + 1; k < words.size(); k++) {
      String end = words.get(k).norm();
      if (end.equals("?")) {
        return false;
      }
      if (end.equals(".") || end.equals("!")) {
        break;
      }
    }
    return true;
  }

  /** Whether word {@code i} is an auxiliary, or the "n" a negated one leaves ("won" only before "n't"). */
  private static boolean auxiliary(List<Word> words, int i) {
    String w = words.get(i).norm();
    if (w.equals("won")) {
      return i + 1 < words.size() && (words.get(i + 1).norm().equals("n't") || words.get(i + 1).norm().equals("'t"));
    }
    return AUXILIARIES.contains(w);
  }

  /** Whether word {@code i} is the second word of a negation of two ("no longer", "never again"). */
  private static boolean secondWord(List<Word> words, int i) {
    return i > 0 && words.get(i).norm().equals(SECOND_WORD.get(words.get(i - 1).norm())) && negation(words, i - 1);
  }

  /** The lemmas of a version's words. */
  private static Set<String> lemmas(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (Word w : words) {
      out.add(w.lemma());
    }
    return out;
  }

  /**
   * Puts each word of substance's lemma with the word after it (none before punctuation) in {@code out}, by how its
   * occurrences read ({@link #negated}, a word the other version does not print passed over, see {@code elsewhere}),
   * and in {@code objects} the words of substance its occurrences go on with ({@link #object}).
   */
  private static void negatedWords(List<Word> words, Set<String> elsewhere, Map<String, Reading> out,
      Map<String, Set<String>> objects) {
    for (int i = 0; i < words.size(); i++) {
      Word t = words.get(i);
      String w = t.norm();
      if (!t.word() || !t.content() || NEGATIONS.contains(w) || auxiliary(words, i) || secondWord(words, i)
          || QuoteMatcher.STOP.contains(w)) {
        continue;
      }
      String next = i + 1 < words.size() && words.get(i + 1).word() ? words.get(i + 1).norm() : "";
      String key = t.lemma() + ' ' + next;
      out.merge(key, negated(words, i, elsewhere) ? Reading.NEGATED : Reading.PLAIN, Reading::and);
      objects.computeIfAbsent(key, k -> new HashSet<>()).addAll(object(words, i));
    }
  }

  /**
   * The lemmas of the first {@value #OBJECT_WORDS} words of substance after word {@code i}, up to the next punctuation:
   * what the word is said of ("used for personal purposes": "person", "purpos"), function words passed over.
   */
  private static List<String> object(List<Word> words, int i) {
    List<String> out = new ArrayList<>(OBJECT_WORDS);
    for (int k = i + 1; k < words.size() && out.size() < OBJECT_WORDS; k++) {
      Word t = words.get(k);
      if (!t.word()) {
        break;
      }
      if (t.content() && !NEGATIONS.contains(t.norm()) && !auxiliary(words, k) && !secondWord(words, k)
          && !QuoteMatcher.STOP.contains(t.norm())) {
        out.add(t.lemma());
      }
    }
    return out;
  }

  /**
   * Whether a negation stands right before word {@code i}, only auxiliaries between ("isn't losing", "shouldn't
   * have been used", "will no longer run"): in "isn't making money" the negation is of "making", not of "money". One
   * {@linkplain #ADVERBS adverb} between that the other version does not print (its lemmas: {@code elsewhere}) is
   * passed over too: a version that drops the negation drops the adverb after it with it ("we do not yet know" / "we
   * know", "it has not always worked" / "it has worked"), and the verb is what is denied; not another word ("isn't
   * making money" / "is losing money": "making" is what is denied), nor "only" or "just", whose "not" adds to the
   * verb rather than denying it ("we not only built the bridge but …").
   */
  private static boolean negated(List<Word> words, int i, Set<String> elsewhere) {
    boolean passed = false;
    for (int k = i - 1; k >= 0; k--) {
      if (negation(words, k)) {
        return true;
      }
      Word w = words.get(k);
      if (!w.word()) {
        return false;
      }
      if (auxiliary(words, k) || secondWord(words, k)) {
        continue;
      }
      if (passed || !ADVERBS.contains(w.norm()) || elsewhere.contains(w.lemma())) {
        return false;
      }
      passed = true;
    }
    return false;
  }
}
