package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of {@code parallax corpus}: which files in it the command owns, and the refusal of a folder whose
 * files of those names the user wrote. The command owns {@code index.html}, {@code outlets.json},
 * {@code events.jsonl}, the event pages {@code events/e<id>.html} it wrote and the resume cache {@code .parts/}; it
 * replaces them only when each is absent or recognisably its own (by content, as {@code compare} recognises its
 * reports), so a folder of the user's own pages is never overwritten. Any other file under {@code events/} (the user's
 * own report, {@code .DS_Store}, {@code e1.html~}) is neither read, replaced nor removed; no folder is ever moved or
 * deleted as a whole. Stateless.
 */
final class CorpusFolder {
  /** The folder of the events' pages. */
  static final String PAGES = "events";
  /**
   * The name of an event's page: {@code e3f0a9c41b27d.html} (the id of its earliest article, {@code EventIds}), or as
   * builds before the 36th session named them, {@code e12.html} and {@code e7-2.html}.
   */
  private static final Pattern PAGE_NAME = Pattern.compile("(e(?:\\d+|[0-9a-f]{12})(?:-\\d+)*)\\.html");
  /** How far into a page its breadcrumb is looked for (it follows the page's style sheet). */
  private static final int PAGE_PEEK = 1 << 15;
  /** The start of the outlets' summary. */
  private static final Pattern OUTLETS = Pattern.compile("\\{\\s*\"schema\" : \"parallax-corpus/");
  /** The start of a line of {@code events.jsonl}. */
  private static final Pattern EVENT_LINE = Pattern.compile("\\{\"event\":\"(e(?:\\d+|[0-9a-f]{12})(?:-\\d+)*)\",\"title\":");

  /**
   * The temporary file a write of the command leaves when the process is killed ({@code kill -9}) before it could
   * rename or delete it: a dot, the name of one of its files, the random digits {@code Files.createTempFile} adds, {@code .tmp}.
   */
  private static final Pattern LEFTOVER = Pattern.compile(
      "\\.(?:index\\.html|outlets\\.json|events\\.jsonl|batch-ends\\.txt|e(?:\\d+|[0-9a-f]{12})(?:-\\d+)*\\.html|e(?:\\d+|[0-9a-f]{12})(?:-\\d+)*-[0-9a-f]{16}\\.json)\\d+\\.tmp");

  private CorpusFolder() {}

  /**
   * Deletes the temporary files an earlier run killed half way left in {@code out}, {@code out/events} and
   * {@code out/.parts}: only files named as the command names its temporary files, never another file. Returns
   * how many it deleted.
   */
  static int removeLeftovers(Path out) {
    int removed = 0;
    for (Path dir : List.of(out, out.resolve(PAGES), out.resolve(".parts"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (LEFTOVER.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
            Files.deleteIfExists(f);
            removed++;
          }
        }
      } catch (IOException e) {
        throw new InvalidInputException(dir + ": cannot remove the temporary files of an earlier run ("
            + Outputs.reason(e) + ")", e);
      }
    }
    return removed;
  }

  /**
   * Refuses an {@code --out} that names no folder (empty, or {@code -}, which means standard output elsewhere), that
   * is a file or in a folder that does not exist, or that holds a file of one of the command's names which the command did not write; returns the event
   * pages under {@code events/} that the command wrote (those a run that no longer has their event removes).
   */
  static Set<Path> requireUsable(Path out) {
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
    // only the folder itself is created, as compare writes only into a folder that exists: a mistyped parent
    // (--out /data/reprots/monday) is refused, not made
    Path parent = out.toAbsolutePath().normalize().getParent();
    if (!Files.exists(out) && parent != null && !Files.isDirectory(parent)) {
      Path named = out.getParent() == null ? parent : out.getParent();
      throw new InvalidInputException(out + ": " + (Files.exists(parent) ? named + " is a file, not a folder"
          : "folder " + named + " does not exist; create it first (mkdir -p " + named + "), or name an --out folder"
              + " in a folder that exists (corpus creates only the last folder of --out)"));
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
    Set<Path> own = new TreeSet<>();
    if (Files.isDirectory(pages)) {
      Set<String> listed = listedEvents(out.resolve("events.jsonl"));
      try (Stream<Path> files = Files.list(pages)) {
        for (Path p : (Iterable<Path>) files.sorted()::iterator) {
          if (!PAGE_NAME.matcher(p.getFileName().toString()).matches()) {
            continue;   // not a name the command writes: the user's, left alone
          }
          if (!ownPage(p, listed)) {
            throw notOurs(p);
          }
          own.add(p);
        }
      } catch (IOException e) {
        throw new InvalidInputException(pages + ": cannot list the folder (" + e.getMessage() + ")", e);
      }
    }
    return own;
  }

  /**
   * Whether {@code page}, named as an event's page, is one the command wrote: a Parallax report that says it is this
   * event's page of a corpus (its breadcrumb "Corpus index &rsaquo; event e1"), or, for a page of a build before the
   * breadcrumb, one whose event the last run's {@code events.jsonl} lists.
   */
  static boolean ownPage(Path page, Set<String> listed) {
    if (!Files.isRegularFile(page) || NotAnArticle.parallaxReport(page).isEmpty()) {
      return false;
    }
    Matcher m = PAGE_NAME.matcher(page.getFileName().toString());
    if (!m.matches()) {
      return false;
    }
    String id = m.group(1);
    return listed.contains(id) || NotAnArticle.head(page, PAGE_PEEK)
        .map(h -> h.contains(">Corpus index</a> &rsaquo; event " + id + "</p>")).orElse(false);
  }

  /** The events listed in the corpus's own {@code events.jsonl}; none when it is absent or not the command's. */
  private static Set<String> listedEvents(Path events) {
    return Files.isRegularFile(events) ? eventIds(events).orElse(Set.of()) : Set.of();
  }

  /**
   * The event ids of a file in the shape of the corpus's {@code events.jsonl}, every line opening with
   * <code>{"event":"e1","title":</code>; empty when a line does not, or the file cannot be read. Only the start of each
   * line is kept in memory (a line holds its event's whole report).
   */
  static Optional<Set<String>> eventIds(Path events) {
    Set<String> ids = new HashSet<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(events), 1 << 16)) {
      StringBuilder start = new StringBuilder();
      boolean checked = false;   // the current line's start has been matched
      for (int b = in.read(); b != -1; b = in.read()) {
        if (b == '\n') {
          if (!checked) {
            return Optional.empty();
          }
          checked = false;
          start.setLength(0);
        } else if (!checked) {
          start.append((char) b);
          Matcher m = EVENT_LINE.matcher(start);
          if (m.matches()) {
            ids.add(m.group(1));
            checked = true;
          } else if (!m.hitEnd()) {
            return Optional.empty();
          }
        }
      }
      return start.length() == 0 || checked ? Optional.of(ids) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static InvalidInputException notOurs(Path f) {
    return new InvalidInputException(f + ": exists and was not written by parallax corpus; refusing to overwrite it:"
        + " name another --out folder, or move this file away first");
  }

  /**
   * Whether {@code f}, one of the top-level files, is this command's, each by its own kind: {@code index.html} the
   * index page (its title), {@code outlets.json} the outlets' summary (it opens with its schema), {@code events.jsonl}
   * the events' lines (every line opens with its event and title); or a file of zero bytes. A file that cannot be
   * read is not the command's.
   */
  static boolean ownTopFile(Path f) {
    if (!Files.isRegularFile(f)) {
      return false;
    }
    String name = f.getFileName().toString();
    if (name.equals("events.jsonl")) {
      return eventIds(f).isPresent();   // a file of zero bytes has no line, and no line of another shape
    }
    Optional<String> head = NotAnArticle.head(f, NotAnArticle.PEEK);
    if (head.isEmpty()) {
      return false;
    }
    return head.get().isEmpty()
        || (name.equals("index.html") && isCorpusIndex(head.get()))
        || (name.equals("outlets.json") && OUTLETS.matcher(head.get()).lookingAt());
  }

  /** Whether a file's first bytes are those of the corpus index page. */
  static boolean isCorpusIndex(String head) {
    return head.startsWith("<!DOCTYPE html>") && head.contains("<title>Parallax corpus</title>");
  }

  /**
   * Removes the pages in {@code own} (found by {@link #requireUsable} once the run holds the folder) that this run did
   * not write again: pages of events the new corpus does not have. Only a file still recognisably the command's is removed.
   */
  static void removeStalePages(Set<Path> own, Set<Path> written) {
    for (Path p : own) {
      if (!written.contains(p) && NotAnArticle.parallaxReport(p).isPresent()) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new InvalidInputException(p + ": cannot remove the page of an earlier run (" + e.getMessage() + ")", e);
        }
      }
    }
  }
}
