package dev.parallax.align;

import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.NumberCompounds;
import dev.parallax.internal.NumberScales;
import dev.parallax.internal.NumberWords;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a sentence as the aligner compares them: by their value, however each outlet writes them, so
 * that two sentences giving one figure share it. A figure's term is {@code #} and its value:
 *
 * <table>
 *   <caption>Figures and their terms</caption>
 *   <tr><th>as written</th><th>term</th></tr>
 *   <tr><td>{@code 30,000}, {@code 30 thousand}, {@code thirty thousand}</td><td>{@code #30000} (and the word
 *       {@code thousand} where written)</td></tr>
 *   <tr><td>{@code 30K}</td><td>{@code #30000}, and the "K" reads as {@code thousand}</td></tr>
 *   <tr><td>{@code 1,200,000}, {@code 1.2 million}</td><td>{@code #1200000}</td></tr>
 *   <tr><td>{@code $3bn}, {@code 3 billion}</td><td>{@code #3000000000}</td></tr>
 *   <tr><td>{@code Eighteen}, {@code 18}; {@code two dozen}, {@code 24}</td><td>{@code #18}; {@code #24}</td></tr>
 *   <tr><td>{@code 2-1}, {@code 2–1} (en dash), {@code 2-to-1}</td><td>{@code #2-1}</td></tr>
 *   <tr><td>{@code 32-year-old}, {@code 1.50}</td><td>as written: {@code #32-year-old}, {@code #1.50}</td></tr>
 *   <tr><td>{@code one} alone, {@code million} alone</td><td>none: words ("one of them")</td></tr>
 * </table>
 *
 * <p>A word of scale also stays a word of the sentence, and letters of scale read as that word ("500M" and
 * "500 million" both give {@code #500000000} and {@code million}), so that a figure two sentences write alike
 * weighs as before; "dozen" and "hundred" after a number word, and the dash and second number of a score, are
 * part of their figure. Stateless.
 */
final class FigureTerms {
  /** The mark of a token that is part of the figure before it ("K" of "30K", "million" of "1.2 million"). */
  static final String PART = "";

  private FigureTerms() {}

  /** Whether a term of {@link #of} is a figure's ({@code #} and its value), not a word's or a part's. */
  static boolean isFigure(String term) {
    return term != null && term.startsWith("#");
  }

  /**
   * Per token of a sentence: the term of the figure it begins ({@code #} and its value), the word it reads as
   * when it is letters of scale written against a figure ({@code million} for the "M" of "500M"), {@link #PART}
   * when it is part of the figure before it ("dozen" of "two dozen", the dash and second number of "2–1"), or
   * null when it is none of these (a word of scale after a figure stays a word of its own: "million").
   */
  static String[] of(List<Token> tokens) {
    int size = tokens.size();
    String[] out = new String[size];
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.NUMBER) {
        i = written(tokens, i, out);
      } else if (t.kind() == TokenKind.WORD) {
        i = spelled(tokens, i, out);
      }
    }
    return out;
  }

  /** Reads the figure written in digits at {@code i}; returns the index of its last token. */
  private static int written(List<Token> tokens, int i, String[] out) {
    String lemma = tokens.get(i).lemma();
    if (NumberCompounds.isCompound(lemma)) {
      out[i] = "#" + lemma;
      return i;
    }
    if (lemma.matches("\\d+-to-\\d+")) {
      out[i] = "#" + lemma.replace("-to-", "-");
      return i;
    }
    if (i + 2 < tokens.size() && joined(tokens, i, i + 1) && joined(tokens, i + 1, i + 2)
        && tokens.get(i + 1).norm().equals("-") && tokens.get(i + 2).kind() == TokenKind.NUMBER
        && isDigits(lemma) && isDigits(tokens.get(i + 2).lemma())) {
      // "2–1": the tokenizer splits digits at an en dash, which writes a score like "2-1"
      out[i] = "#" + lemma + "-" + tokens.get(i + 2).lemma();
      out[i + 1] = PART;
      out[i + 2] = PART;
      return i + 2;
    }
    long scale = 0;
    if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.WORD) {
      Token next = tokens.get(i + 1);
      boolean money = i > 0 && NumberScales.currencySign(tokens.get(i - 1).text());
      boolean code = i + 2 < tokens.size() && joined(tokens, i + 1, i + 2)
          && tokens.get(i + 2).kind() == TokenKind.NUMBER; // "4K9": a code, letters inside it
      scale = joined(tokens, i, i + 1) ? code ? 0 : NumberScales.suffix(next.text(), money)
          : NumberScales.word(next.norm());
    }
    String value = scale > 0 ? times(lemma, scale) : null;
    if (value == null) {
      out[i] = "#" + lemma;
      return i;
    }
    out[i] = "#" + value;
    // the word of scale stays a word of the sentence, as written ("million") or for its letters ("M" of "500M")
    out[i + 1] = joined(tokens, i, i + 1) ? NumberScales.wordOf(scale) : null;
    return i + 1;
  }

  /** Reads a figure written in words at {@code i} ("nine", "two dozen", "thirty thousand"), if any. */
  private static int spelled(List<Token> tokens, int i, String[] out) {
    long value = NumberWords.spelled(tokens.get(i).norm());
    if (value == 0) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && NumberWords.multiplier(tokens.get(end).norm()) > 0) {
      value *= NumberWords.multiplier(tokens.get(end).norm());
      end++;
    }
    int multiplied = end;
    if (end < tokens.size() && NumberScales.word(tokens.get(end).norm()) > 0) {
      value *= NumberScales.word(tokens.get(end).norm());
      end++;
    }
    if (value == 1 && end == i + 1) {
      return i; // "one" alone is as often a pronoun as a count
    }
    out[i] = "#" + value;
    for (int k = i + 1; k < multiplied; k++) {
      out[k] = PART;
    }
    return end - 1;
  }

  /** {@code number} (digits, perhaps a decimal point) times {@code scale}, in plain digits; null if unreadable. */
  private static String times(String number, long scale) {
    try {
      return new BigDecimal(number).multiply(BigDecimal.valueOf(scale)).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether token {@code b} follows token {@code a} with no space between them. */
  private static boolean joined(List<Token> tokens, int a, int b) {
    return tokens.get(a).end() == tokens.get(b).start();
  }

  private static boolean isDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
