package dev.parallax.report;

/**
 * Escapes text for HTML element content and quoted attribute values: nothing in the text can open a tag,
 * close an attribute or start an entity. Stateless.
 *
 * <table>
 *   <caption>Cases</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>{@code <script>}</td><td>{@code &lt;script&gt;}</td></tr>
 *   <tr><td>{@code a"b'c&d}</td><td>{@code a&quot;b&#39;c&amp;d}</td></tr>
 *   <tr><td>a NUL or other C0 control character (not tab or newline)</td><td>U+FFFD</td></tr>
 *   <tr><td>the empty string</td><td>the empty string</td></tr>
 *   <tr><td>a bidirectional embedding, override or isolate left open (U+202E, U+2066 ...)</td><td>closed at
 *       the end of the text (U+202C, U+2069), so a hostile outlet name or article cannot reorder what
 *       follows it on the page</td></tr>
 * </table>
 */
final class Html {
  private Html() {}

  /** {@code text} escaped for element content and double- or single-quoted attributes. */
  static String escape(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escapeTo(sb, text, 0, text.length());
    return sb.toString();
  }

  /** Appends {@code text[start, end)} escaped to {@code sb}. */
  static void escapeTo(StringBuilder sb, CharSequence text, int start, int end) {
    int run = start;
    int embeddings = 0;
    int isolates = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' && c != '\u202C') {
        embeddings++;
      } else if (c == '\u202C') {
        embeddings = Math.max(0, embeddings - 1);
      } else if (c >= '\u2066' && c <= '\u2068') {
        isolates++;
      } else if (c == '\u2069') {
        isolates = Math.max(0, isolates - 1);
      }
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\t', '\n', '\r' -> null;
        default -> c < 0x20 || c == 0x7f ? "\uFFFD" : null;
      };
      if (replacement != null) {
        sb.append(text, run, i).append(replacement);
        run = i + 1;
      }
    }
    sb.append(text, run, end);
    // close what the text left open: an override must not run on into the next outlet's words
    sb.append("\u202C".repeat(embeddings)).append("\u2069".repeat(isolates));
  }
}
