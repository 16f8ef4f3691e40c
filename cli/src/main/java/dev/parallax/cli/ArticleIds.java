package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The article files given to one command, by the id each will have ({@link ArticleReader#idOf}): a second file with
 * an id already given (a crawl's folders each with its {@code 1.html}) is refused, naming both files. Holds one run's
 * state; not thread-safe.
 */
final class ArticleIds {
  private final Map<String, Path> fileById = new HashMap<>();
  private final Function<Path, String> idOf;
  private final String remedy;

  /** Ids as {@link ArticleReader#idOf} gives them; a clash is resolved by renaming a file. */
  ArticleIds() {
    this(ArticleReader::idOf, "rename one (an article's id is its file name without extension)");
  }

  /** Ids as {@code idOf} gives them; a clash's message ends with {@code remedy}, what the user can do. */
  ArticleIds(Function<Path, String> idOf, String remedy) {
    this.idOf = idOf;
    this.remedy = remedy;
  }

  /** Adds {@code file}; throws {@link InvalidInputException} naming it and the earlier file when their ids meet. */
  void add(Path file) {
    String id = idOf.apply(file);
    Path before = fileById.putIfAbsent(id, file);
    if (before != null && Outputs.sameFile(before, file)) {
      throw new InvalidInputException(file + ": given twice" + (before.equals(file) ? "" : " (also as " + before + ")")
          + "; name each article once");
    }
    if (before != null) {
      throw new InvalidInputException("two files give the article id '" + id + "': " + before + " and " + file
          + "; " + remedy);
    }
  }
}
