package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A line of a JSON Lines feed that holds no article Parallax can read, left out of the run: its file, its number and
 * why ({@link JsonLinesArticles#onDemand(Path, java.util.function.Consumer)}). A line whose article is kept without a
 * part of it, a date not read, is told by one too ({@link JsonLinesArticles#onDemand(Path,
 * java.util.function.Consumer, java.util.function.Consumer, java.util.function.Consumer)}).
 *
 * <p>An immutable value.
 *
 * <pre>{@code
 * List<BadLine> bad = new ArrayList<>();
 * List<Article> feed = JsonLinesArticles.onDemand(Path.of("feed.jsonl"), bad::add);
 * bad.forEach(b -> System.err.println(b.where() + ": " + b.reason()));   // feed.jsonl:12: not a JSON object
 * }</pre>
 *
 * @param file the feed
 * @param line the line's number, from 1
 * @param reason why it was left out (or what of it was not read), one line without the file and line ("not a JSON
 *     object", "no \"id\"")
 */
public record BadLine(Path file, int line, String reason) {
  /** Validates. */
  public BadLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1, got " + line);
    }
  }

  /** The file and line, as error messages name them: {@code feed.jsonl:12}. */
  public String where() {
    return file + ":" + line;
  }
}
