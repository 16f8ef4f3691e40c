package dev.parallax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a site speaking of its cookies to the reader ("We use cookies to give you the best experience on our
 * website."): "cookie" or "cookies", "we", "our" or "us" (not the country, "US"), and "you" or "your". One rule for
 * the cleaner's furniture lines and the date line's search, which passes over such a notice above the story.
 * Internal: not part of the API. Stateless and thread-safe.
 */
public final class CookieNotice {
  private CookieNotice() {}

  /** Whether {@code words}, as written and without the punctuation around them, hold all three kinds of word. */
  public static boolean inWords(List<String> words) {
    boolean cookies = false;
    boolean site = false;
    boolean reader = false;
    for (String raw : words) {
      String w = raw.toLowerCase(Locale.ROOT);
      cookies |= w.equals("cookie") || w.equals("cookies");
      site |= w.equals("we") || w.equals("our") || w.equals("us") && !raw.equals("US");
      reader |= w.equals("you") || w.equals("your");
    }
    return cookies && site && reader;
  }

  /** Whether {@code line}'s words (split at blanks, punctuation around each dropped) are a cookie notice's. */
  public static boolean inLine(String line) {
    List<String> words = new ArrayList<>();
    for (String token : line.split("\\s+")) {
      int a = 0;
      int b = token.length();
      while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        words.add(token.substring(a, b));
      }
    }
    return inWords(words);
  }
}
