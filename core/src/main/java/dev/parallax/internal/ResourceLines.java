package dev.parallax.internal;

import dev.parallax.ParallaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists and tables Parallax ships as class-path resources. Internal: not part of the API.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /**
   * The lines of a UTF-8 resource, stripped, without blank lines and {@code #} comments.
   *
   * @param path the resource's path from the class-path root, e.g. {@code dev/parallax/align/stopwords.txt}
   * @throws ParallaxException when the resource is missing or unreadable (a broken build, not bad input)
   */
  public static List<String> read(String path) {
    try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ParallaxException("resource " + path + " is not on the class path");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new ParallaxException("cannot read resource " + path + ": " + e.getMessage(), e);
    }
  }
}
