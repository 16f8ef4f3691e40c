package dev.parallax.internal;

/**
 * What counts as white space in news text: Java's white space and space separators, plus zero-width
 * spaces and joiners, the byte-order mark and bidirectional marks, which pasted pages carry invisibly.
 * Internal: not part of the API. Stateless and thread-safe.
 */
public final class Blanks {
  private Blanks() {}

  /** Whether {@code c} is white space, a no-break or zero-width space, a byte-order mark or a direction mark. */
  public static boolean isBlank(char c) {
    if (c > ' ' && c < '\u007F') {
      return false; // printable ASCII, most of any text: none of the tests below holds
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
        || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u200E' || c == '\u200F'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /**
   * {@code text} with every space separator other than the plain space (the no-break space U+00A0, the narrow no-break
   * space, thin, en and em spaces, the ideographic space) written as a plain space: one character for one, so offsets
   * hold. Web pages put a no-break space between a name and "said" as often as a plain one, and patterns that read
   * white space as {@code \s} see none there. The same string when it has none.
   */
  public static String plainSpaces(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
      }
    }
    return out == null ? text : new String(out);
  }

  /** Whether {@code text} holds nothing but blanks (true for the empty string). */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of words in {@code text}: pieces between white space or space separators (the no-break space
   * included) that hold a letter or a digit, so a lone dash or bullet is no word.
   */
  public static int wordCount(CharSequence text) {
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
      }
    }
    return n;
  }
}
