package dev.parallax.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in quotation marks that the text itself says name a thing ("the so-called “zero day” flaw"), which are no
 * one's words: what the quote finder (no speaker for them) and quote matching (no quote at all) both ask. Internal:
 * not part of the API. Stateless.
 */
public final class QuotedTerms {
  /** The most words of a term in quotation marks. */
  public static final int MAX_WORDS = 3;

  private static final Pattern TERM_BEFORE = Pattern.compile(
      "(?:\\bso-called|\\bdubbed|\\bnicknamed|\\bknown as|\\bthey (?:used to )?call(?:ed)?(?: him| her| it| them)?"
          + "|\\brumou?red to be)(?: the| a| an)?$");
  private static final Pattern TERM_AFTER = Pattern.compile("[^.;:!?]{0,20}\\bin (?:\\w+ ){0,2}parlance\\b");

  private QuotedTerms() {}

  /**
   * Whether the words around the quotation {@code [from, to)} of {@code text} (inside the marks) say it names a thing:
   * "so-called", "dubbed", "nicknamed", "known as", "they called" or "rumored to be" right before it, or "in …
   * parlance" right after it ("what she termed “…”" and "the phrase “…”" are often someone's words, and are not
   * terms here). Blanks inside the marks, after {@code from}'s opening one or before {@code to}'s closing one, are
   * passed over.
   */
  public static boolean namesATerm(String text, int from, int to) {
    int mark = from;
    while (mark > 0 && Character.isWhitespace(text.charAt(mark - 1))) {
      mark--;
    }
    if (mark > 0) {
      mark--; // the opening mark
    }
    String before = text.substring(Math.max(0, mark - 30), mark).toLowerCase(Locale.ROOT).stripTrailing();
    if (TERM_BEFORE.matcher(before).find()) {
      return true;
    }
    int close = Math.min(to, text.length());
    while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
      close++;
    }
    if (close < text.length()) {
      close++; // the closing mark
    }
    String after = text.substring(close, Math.min(text.length(), close + 39));
    return TERM_AFTER.matcher(after).lookingAt();
  }
}
