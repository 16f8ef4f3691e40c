package dev.parallax.compare;

import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of a version with its contractions spelt out, for comparing versions word for word: "he's" and "he is",
 * "don't" and "do not", "can't", "cannot" and "can not" are the same words, house style or the transcriber's ear, no
 * alteration. A possessive "'s" ("Lind's plan") is no word, as before. An "'s" after a pronoun ("he's", "it's") is
 * the same word as "is" and as "has", and a "'d" ("I'd") as "would" and as "had" ({@link #same(String, String)}),
 * while "is" and "has" stay two words. Stateless.
 *
 * <table>
 *   <caption>written words and the words compared</caption>
 *   <tr><td>he's determined</td><td>he 's determined: the same as "he is determined" and "he has
 *       determined"</td></tr>
 *   <tr><td>we don't / we do not</td><td>we do not</td></tr>
 *   <tr><td>won't / will not; can't / cannot / can not</td><td>will not; can not</td></tr>
 *   <tr><td>I'm / I am; we're / we are; they've / they have; we'll / we will</td><td>i am; we are; they have;
 *       we will</td></tr>
 *   <tr><td>I'd</td><td>i 'd: the same as "I would" and "I had"</td></tr>
 *   <tr><td>let's / let us</td><td>let us</td></tr>
 *   <tr><td>Lind's plan</td><td>lind plan (the possessive is no word)</td></tr>
 *   <tr><td>the plan is ready</td><td>the plan is ready ("is" after a noun stays "is")</td></tr>
 * </table>
 */
final class Contractions {
  /** One word compared and the token it is read from ("do" and "not" both from "don't"'s tokens). */
  record Spelt(String word, Token token) {}

  /** The word an "'s" after a pronoun is: "is" or "has". */
  static final String IS_OR_HAS = "'s";
  /** The word a "'d" after a pronoun is: "would" or "had". */
  static final String WOULD_OR_HAD = "'d";

  /** The auxiliary a negated one is, by the word the tokenizer leaves before "'t". */
  private static final Map<String, String> NEGATED = Map.ofEntries(Map.entry("don", "do"), Map.entry("doesn", "does"),
      Map.entry("didn", "did"), Map.entry("isn", "is"), Map.entry("aren", "are"), Map.entry("wasn", "was"),
      Map.entry("weren", "were"), Map.entry("haven", "have"), Map.entry("hasn", "has"), Map.entry("hadn", "had"),
      Map.entry("wouldn", "would"), Map.entry("couldn", "could"), Map.entry("shouldn", "should"),
      Map.entry("mustn", "must"), Map.entry("needn", "need"), Map.entry("mightn", "might"), Map.entry("won", "will"),
      Map.entry("ca", "can"), Map.entry("can", "can"), Map.entry("shan", "shall"));
  /** The letters written after a day's figure ("31st"), no word of their own. */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  /** Words a transcript writes as said that another writes in full ("gonna" / "going to"). */
  private static final Map<String, List<String>> SLURRED = Map.of("gonna", List.of("going", "to"),
      "wanna", List.of("want", "to"), "gotta", List.of("got", "to"));
  /** Clitics that stand for one word whatever comes before them. */
  private static final Map<String, String> CLITICS = Map.of("'re", "are", "'m", "am", "'ve", "have", "'ll", "will");
  /** Words after which "'s" is "is" or "has", never a possessive ("it's", "there's", "who's"). */
  private static final Set<String> IS_PRONOUNS = Set.of("he", "she", "it", "that", "there", "here", "what", "who",
      "where", "how", "when", "why");
  /** Words after which "'d" is "would" or "had" ("I'd", "they'd"). */
  private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they", "that", "there",
      "who", "what");

  private Contractions() {}

  /**
   * The words of {@code tokens} (a version's words and the clitics after them, in text order), each as
   * {@code wordOf} writes it, contractions spelt out; punctuation other than a clitic is passed over.
   */
  static List<Spelt> words(List<Token> tokens, Function<Token, String> wordOf) {
    List<Spelt> out = new ArrayList<>(tokens.size() + 2);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String previous = out.isEmpty() ? "" : out.get(out.size() - 1).word();
      boolean afterWord = i > 0 && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).isContent();
      if (clitic(t)) {
        String c = t.norm();
        if (!afterWord) {
          continue;
        }
        if (c.equals("'t")) {
          out.add(new Spelt("not", t));
        } else if (CLITICS.containsKey(c)) {
          out.add(new Spelt(CLITICS.get(c), t));
        } else if (c.equals("'s") && previous.equals("let")) {
          out.add(new Spelt("us", t));
        } else if (c.equals("'s") && IS_PRONOUNS.contains(previous)) {
          out.add(new Spelt(IS_OR_HAS, t));
        } else if (c.equals("'d") && SUBJECTS.contains(previous)) {
          out.add(new Spelt(WOULD_OR_HAD, t));
        }
        continue; // a possessive "'s", or a clitic after no word: no word of its own
      }
      if (!t.isContent() && !t.text().equals("&") && !t.text().equals("%")) {
        continue;
      }
      if (t.kind() == TokenKind.WORD && ORDINAL_SUFFIXES.contains(t.norm()) && i > 0
          && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).kind() == TokenKind.NUMBER) {
        continue; // "31st" is the day "31" as "Aug. 31" writes it
      }
      String w = wordOf.apply(t);
      if (w.equals("the") && MonthNames.NAMES.contains(previous) && i + 1 < tokens.size()
          && tokens.get(i + 1).kind() == TokenKind.NUMBER) {
        continue; // "August the 31st" is "August 31" said aloud
      }
      if (SLURRED.containsKey(w)) {
        for (String x : SLURRED.get(w)) {
          out.add(new Spelt(x, t));
        }
        continue;
      }
      boolean negated = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
          && tokens.get(i + 1).norm().equals("'t") && t.kind() == TokenKind.WORD;
      if (negated && NEGATED.containsKey(w)) {
        out.add(new Spelt(NEGATED.get(w), t));
      } else if (w.equals("cannot")) {
        out.add(new Spelt("can", t));
        out.add(new Spelt("not", t));
      } else {
        out.add(new Spelt(w, t));
      }
    }
    return out;
  }

  /**
   * Whether two words compared are the same: equal, or an "'s" and "is" or "has", or a "'d" and "would" or "had".
   * Symmetric, not transitive ("is" and "has" are two words).
   */
  static boolean same(String a, String b) {
    return a.equals(b) || either(a, b) || either(b, a);
  }

  private static boolean either(String contracted, String word) {
    return contracted.equals(IS_OR_HAS) && (word.equals("is") || word.equals("has"))
        || contracted.equals(WOULD_OR_HAD) && (word.equals("would") || word.equals("had"));
  }

  /** Whether two lists of words compared are the same word for word ({@link #same(String, String)}). */
  static boolean same(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code part} first stands in a row in {@code whole} ({@link #same(String, String)} words), or -1. */
  static int indexOf(List<String> whole, List<String> part) {
    for (int at = 0; at + part.size() <= whole.size(); at++) {
      if (same(whole.subList(at, at + part.size()), part)) {
        return at;
      }
    }
    return -1;
  }

  /** A hash that the words {@link #same(String, String) the same} as a word share: "'s", "is" and "has" one. */
  static int hash(String w) {
    return switch (w) {
      case IS_OR_HAS, "is", "has" -> IS_OR_HAS.hashCode();
      case WOULD_OR_HAD, "would", "had" -> WOULD_OR_HAD.hashCode();
      default -> w.hashCode();
    };
  }

  /** Whether a token is a clitic the tokenizer keeps apart ("'s", "'t", "'re", "'m", "'ve", "'ll", "'d"). */
  static boolean clitic(Token t) {
    String n = t.norm();
    return t.kind() != TokenKind.WORD && n.length() >= 2 && n.charAt(0) == '\'' && Character.isLetter(n.charAt(1));
  }
}
