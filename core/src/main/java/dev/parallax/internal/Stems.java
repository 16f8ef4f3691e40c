package dev.parallax.internal;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The stem the analyzer gives a word: its Snowball (Porter2) stem, with the forms of one short verb made to meet.
 * Snowball keeps the final "e" of a word whose only vowels end it ("sues" and "sue" to "sue") but drops it from the
 * "-ed" and "-ing" forms ("sued", "suing" to "su"). Here an "-ed" or "-ing" form whose stem ends in a vowel takes
 * the stem of its "-es" form when that stem is its own and an "e" (and its "-s" form is no word of that stem):
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>word</th><th>Snowball</th><th>here</th></tr>
 * <tr><td>sues, sued, suing</td><td>sue, su, su</td><td>sue, sue, sue</td></tr>
 * <tr><td>glues, glued</td><td>glue, glu</td><td>glue, glue</td></tr>
 * <tr><td>tries, tried, trying</td><td>tri, tri, tri</td><td>tri (kept: "tries" stems to "tri")</td></tr>
 * <tr><td>boos, booed</td><td>boo, boo</td><td>boo (kept: "boos" stems to "boo")</td></tr>
 * <tr><td>who, FBI</td><td>who, fbi</td><td>who, fbi (kept: no "-ed" or "-ing")</td></tr>
 * </table>
 *
 * <p>Internal: not part of the API. Stateless; the caller's stemmer is not thread-safe, so each caller passes its own.
 */
public final class Stems {
  private Stems() {}

  /** The analyzer's stem of a lower-case {@code word}: the word itself when it has at most two letters. */
  public static String of(SnowballStemmer stemmer, String word) {
    if (word.length() <= 2) {
      return word;
    }
    String stem = stemmer.stem(word).toString();
    int n = stem.length();
    if (!(word.endsWith("ed") || word.endsWith("ing")) || n < 2 || "aiou".indexOf(stem.charAt(n - 1)) < 0) {
      return stem;
    }
    String withE = stem + "e";
    return stemmer.stem(stem + "es").toString().equals(withE) && !stemmer.stem(stem + "s").toString().equals(stem)
        ? withE : stem;
  }
}
