package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.internal.FileStamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Lists of articles that read each article when it is asked for, so that {@code parallax corpus} does not hold
 * the text of its whole input: article files read again with their {@link ArticleReader} (and its manifest),
 * and several such lists one after the other. Each file is read once up front to check it, as before; a file
 * whose size, modification time or identity has changed when it is read again fails the run with one clear line rather
 * than give another article than the one first read. Thread-safe.
 */
final class OnDemandArticles {
  private OnDemandArticles() {}

  /**
   * The articles of {@code files}, each read by {@code reader} now (to check it) and again on each {@code get}.
   * A file that is not a regular file (a pipe, a device) cannot be read twice and is held as read.
   */
  static List<Article> files(ArticleReader reader, List<Path> files) {
    return files(reader, files, ArticleReader::idOf);
  }

  /**
   * The articles of {@code files} as {@link #files(ArticleReader, List)} gives them, each with the id {@code idOf}
   * gives its file instead of its file name ({@link ArticleReader#read(Path, String)}: an article without an outlet
   * takes that id as its outlet, as it would its file name; a given outlet stays, whatever it is).
   */
  static List<Article> files(ArticleReader reader, List<Path> files, Function<Path, String> idOf) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(idOf, "idOf");
    List<Path> paths = List.copyOf(files);
    FileStamp[] stamps = new FileStamp[paths.size()];
    Map<Integer, Article> held = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      Path p = paths.get(i);
      Article a = reader.read(p, idOf.apply(p));
      if (Files.isRegularFile(p)) {
        stamps[i] = FileStamp.of(p);
      } else {
        held.put(i, a);
      }
    }
    return new FileList(reader, idOf, paths, stamps, Map.copyOf(held));
  }

  /** The articles of {@code parts}, one list after the other; reads nothing itself. */
  static List<Article> concat(List<List<Article>> parts) {
    List<List<Article>> nonEmpty = new ArrayList<>();
    for (List<Article> p : parts) {
      if (!p.isEmpty()) {
        nonEmpty.add(p);
      }
    }
    return nonEmpty.size() == 1 ? nonEmpty.get(0) : new Concat(List.copyOf(nonEmpty));
  }

  /** Article files read on demand. */
  private static final class FileList extends AbstractList<Article> implements RandomAccess {
    private final ArticleReader reader;
    private final Function<Path, String> idOf;
    private final List<Path> paths;
    private final FileStamp[] stamps;
    private final Map<Integer, Article> held;

    FileList(ArticleReader reader, Function<Path, String> idOf, List<Path> paths, FileStamp[] stamps,
        Map<Integer, Article> held) {
      this.reader = reader;
      this.idOf = idOf;
      this.paths = paths;
      this.stamps = stamps;
      this.held = held;
    }

    @Override
    public Article get(int index) {
      Article kept = held.get(Objects.checkIndex(index, paths.size()));
      if (kept != null) {
        return kept;
      }
      Path p = paths.get(index);
      Article a = reader.read(p, idOf.apply(p));
      if (!FileStamp.of(p).equals(stamps[index])) {   // after reading: a change during the read shows too
        throw new InvalidInputException(p + ": changed while the corpus was being read (its size or modification time"
            + " is not what it was at the start); run again on files that do not change");
      }
      return a;
    }

    @Override
    public int size() {
      return paths.size();
    }
  }

  /** Non-empty lists one after the other. */
  private static final class Concat extends AbstractList<Article> implements RandomAccess {
    private final List<List<Article>> parts;
    private final int[] starts;
    private final int size;

    Concat(List<List<Article>> parts) {
      this.parts = parts;
      this.starts = new int[parts.size()];
      int n = 0;
      for (int i = 0; i < parts.size(); i++) {
        starts[i] = n;
        n = Math.addExact(n, parts.get(i).size());
      }
      this.size = n;
    }

    @Override
    public Article get(int index) {
      Objects.checkIndex(index, size);
      int part = Arrays.binarySearch(starts, index);   // no part is empty, so the starts are distinct
      if (part < 0) {
        part = -part - 2;
      }
      return parts.get(part).get(index - starts[part]);
    }

    @Override
    public int size() {
      return size;
    }
  }

}
