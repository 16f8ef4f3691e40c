package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder of {@code parallax corpus}: which files in it the command owns, and the refusal of a folder whose
 * files of those names the user wrote. The command owns {@code index.html}, {@code outlets.json},
 * {@code events.jsonl}, the pages under {@code events/} and the resume cache {@code .parts/}; it replaces them only
 * when each is absent or recognisably its own (by content, as {@code compare} recognises its reports), so a folder
 * of the user's own pages is never overwritten. Stateless.
 */
final class CorpusFolder {
  /** The events' pages, replaced as a whole at the end of a run. */
  static final String PAGES = "events";
  /** Where a run writes the events' pages before moving them in as {@link #PAGES}. */
  static final String NEW_PAGES = ".events-new";
  /** Where the pages of the previous run go while the new ones are moved in; deleted right after. */
  static final String OLD_PAGES = ".events-old";
  private static final int PEEK = 4096;

  private CorpusFolder() {}

  /**
   * Refuses an {@code --out} that names no folder (empty, or {@code -}, which means standard output elsewhere), that
   * is a file, or that holds a file of one of the command's names which the command did not write.
   */
  static void requireUsable(Path out) {
    String given = out.toString();
    if (given.isEmpty()) {
      throw new InvalidInputException("--out: an empty folder name was given; name the output folder (. for this one)");
    }
    if (given.equals("-")) {
      throw new InvalidInputException("--out -: a corpus is a folder of files and cannot go to standard output;"
          + " name the output folder");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InvalidInputException(out + ": is a file; --out needs a folder");
    }
    for (String name : List.of("index.html", "outlets.json", "events.jsonl")) {
      Path f = out.resolve(name);
      if (Files.exists(f) && !ownTopFile(f)) {
        throw notOurs(f);
      }
    }
    Path pages = out.resolve(PAGES);
    if (Files.exists(pages) && !Files.isDirectory(pages)) {
      throw notOurs(pages);
    }
    if (Files.isDirectory(pages)) {
      try (Stream<Path> files = Files.list(pages)) {
        Optional<Path> foreign = files.sorted().filter(p -> !Files.isRegularFile(p)
            || NotAnArticle.parallaxReport(p).isEmpty()).findFirst();
        if (foreign.isPresent()) {
          throw notOurs(foreign.get());
        }
      } catch (IOException e) {
        throw new InvalidInputException(pages + ": cannot list the folder (" + e.getMessage() + ")", e);
      }
    }
  }

  private static InvalidInputException notOurs(Path f) {
    return new InvalidInputException(f + ": exists and was not written by parallax corpus; refusing to overwrite it:"
        + " name another --out folder, or move this file away first");
  }

  /**
   * Whether {@code f}, one of the top-level files, is this command's: the index page (its title), the outlets'
   * summary (its schema), the events' lines (each opens with its event), or an empty file.
   */
  static boolean ownTopFile(Path f) {
    if (!Files.isRegularFile(f)) {
      return false;
    }
    String head = head(f);
    return head.isEmpty()
        || isCorpusIndex(head)
        || head.contains("\"schema\" : \"parallax-corpus/")
        || head.startsWith("{\"event\":\"");
  }

  /** Whether a file's first bytes are those of the corpus index page. */
  static boolean isCorpusIndex(String head) {
    return head.startsWith("<!DOCTYPE html>") && head.contains("<title>Parallax corpus</title>");
  }

  /** The first bytes of a file, or "" when it cannot be read. */
  static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(PEEK), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }

  /** Deletes a folder and what it holds, if it exists. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new InvalidInputException(dir + ": cannot remove (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Puts the pages written aside in {@code NEW_PAGES} in the place of {@code PAGES}: the old folder is moved away,
   * the new one renamed in, then the old one deleted; pages of events the new run does not have go with it.
   */
  static void movePagesIn(Path out) {
    Path pages = out.resolve(PAGES);
    Path old = out.resolve(OLD_PAGES);
    try {
      deleteTree(old);
      if (Files.exists(pages)) {
        Files.move(pages, old);
      }
      Files.move(out.resolve(NEW_PAGES), pages);
    } catch (IOException e) {
      throw new InvalidInputException(pages + ": cannot move the new pages in (" + e.getMessage() + ")", e);
    }
    deleteTree(old);
  }
}
