package dev.parallax.analyze;

/**
 * A run of characters of an article, as offsets into the article's text as ingested ({@code Article.text()}),
 * like every other offset in Parallax. Immutable.
 *
 * <pre>{@code
 * String words = article.text().substring(span.start(), span.end());
 * }</pre>
 *
 * <table>
 *   <caption>edge cases</caption>
 *   <tr><th>span</th><th>result</th></tr>
 *   <tr><td>{@code new TextSpan(3, 3)}</td><td>an empty span, length 0</td></tr>
 *   <tr><td>{@code new TextSpan(-1, 2)} or {@code new TextSpan(5, 2)}</td><td>{@code IllegalArgumentException}</td></tr>
 * </table>
 *
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 */
public record TextSpan(int start, int end) {
  /** Validates the offsets. */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }
}
