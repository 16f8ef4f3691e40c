package dev.parallax.internal;

import java.nio.charset.StandardCharsets;

/** The size of a string in UTF-8, measured only when it may pass a limit. Internal: not part of the API. Stateless. */
public final class Utf8Size {
  private Utf8Size() {}

  /**
   * The size of {@code value} in UTF-8 bytes when it is more than {@code limit}, or -1 when it is within it. A string
   * of at most a third of the limit in chars is within it unmeasured: a char is at most three UTF-8 bytes (a surrogate
   * pair, two chars, is four).
   */
  public static long over(String value, long limit) {
    if ((long) value.length() * 3 <= limit) {
      return -1;
    }
    long bytes = value.getBytes(StandardCharsets.UTF_8).length;
    return bytes > limit ? bytes : -1;
  }
}
