package dev.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Irregular past forms to their base form, as stems ({@code fell} and {@code fallen} to {@code fall}), so
 * that "the climber fell" and "a fall" share a word. Read once from {@code irregular-verbs.txt};
 * immutable and thread-safe.
 */
final class IrregularVerbs {
  private final Map<String, String> base;

  private IrregularVerbs(Map<String, String> base) {
    this.base = Map.copyOf(base);
  }

  static IrregularVerbs standard() {
    return Holder.STANDARD;
  }

  /** The base stem of a stem, or the stem itself when it is no irregular form. */
  String base(String stem) {
    return base.getOrDefault(stem, stem);
  }

  private static final class Holder {
    static final IrregularVerbs STANDARD = load();
  }

  private static IrregularVerbs load() {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(IrregularVerbs.class.getResourceAsStream("irregular-verbs.txt"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] forms = line.trim().split("\\s+");
        String root = stemmer.stem(forms[forms.length - 1]).toString();
        for (int i = 0; i < forms.length - 1; i++) {
          String stem = stemmer.stem(forms[i]).toString();
          if (!stem.equals(root)) {
            map.put(stem, root);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IrregularVerbs(map);
  }
}
