package dev.parallax.internal;

/**
 * Makes text from outside (file names, manifest cells, system messages) safe inside a one-line message:
 * line breaks, terminal escape sequences, other control characters and bidirectional controls are written
 * as Java-style escapes (a backslash and {@code n}, or a backslash, {@code u} and four hex digits), so a hostile name can neither break the
 * line nor reach a terminal raw. Internal: not part of the API. Stateless and thread-safe.
 *
 * <pre>{@code
 * Names.quote("a\nb.txt")   // "a\\nb.txt"
 * }</pre>
 */
public final class Names {
  private Names() {}

  /** {@code text} with every control, line-separator and bidirectional-control character escaped. */
  public static String quote(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String esc = escape(c);
      if (esc != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (esc != null) {
          sb.append(esc);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** How many characters of a text {@link #excerpt} keeps, its "..." included. */
  static final int EXCERPT_CHARS = 60;

  /**
   * {@code text} as a message shows a sentence or span of an article: cut to its first 57 characters and "..." when it
   * is longer than 60 (never between the two halves of a surrogate pair), then {@linkplain #quote quoted}.
   */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return quote(text);
    }
    int cut = EXCERPT_CHARS - 3;
    if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return quote(text.substring(0, cut)) + "...";
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean control = c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
    return control ? String.format("\\u%04x", (int) c) : null;
  }
}
