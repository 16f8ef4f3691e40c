package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Manifest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the reports of one run all or nothing: every report to a temporary file beside its target first,
 * then, only when all are complete, each renamed over its target. A failure (a full disk) leaves every
 * existing report untouched and no temporary file behind; so does SIGTERM (a shutdown hook deletes the
 * temporary files, and a write asked for or under way while the JVM shuts down throws {@link StoppedBySignal}, which
 * the command line does not report as an error). A target that is a symbolic link is written through (the link stays); a device or a
 * FIFO ({@code /dev/null}, a named pipe) is written to directly, after the regular files, never replaced.
 */
final class Outputs {
  /** One report to write: the name the user gave, and its content. */
  record Target(String given, Content content) {
    /** A report held whole as a string. */
    Target(String given, String text) {
      this(given, out -> out.write(text));
    }
  }

  /** A report written piece by piece, so that it need not be whole in memory. */
  @FunctionalInterface
  interface Content {
    /** Writes the report to {@code out}. */
    void writeTo(Writer out) throws IOException;
  }

  private Outputs() {}

  /**
   * Refuses a target that is one of the inputs (an article or the manifest), a directory, in a missing
   * folder, or a symbolic link to nothing; and an existing file that looks like an input though it is not one
   * of this run's (text or HTML Parallax would read as an article, or a manifest), which a report would destroy:
   * {@code --json a.txt b.txt c.txt}, the report's name forgotten, would otherwise replace the article
   * {@code a.txt}. A report of an earlier run, an empty file, a file of another kind ({@code .json}) and a device
   * are replaced or written as before.
   */
  static void requireWritable(Path out, Collection<Path> inputs) {
    String where = (out.toString());
    for (Path in : inputs) {
      if (sameFile(out, in)) {
        throw new InvalidInputException(where + ": is one of the inputs (" + (in.toString())
            + "); refusing to overwrite it");
      }
    }
    if (Files.isDirectory(out)) {
      throw new InvalidInputException(where + ": is a directory; give a file name for the output");
    }
    if (Files.isSymbolicLink(out) && !Files.exists(out)) {
      throw new InvalidInputException(where + ": is a symbolic link to a missing file or a loop of links");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InvalidInputException(where + ": " + missingFolder(dir));
    }
    requireCreatable(out);
    lookingLikeAnInput(out).ifPresent(what -> {
      throw new InvalidInputException(where + ": exists and looks like " + what + ", not a report; refusing to"
          + " overwrite it: name a new file for the report, or delete this one first");
    });
  }

  /**
   * Refuses, before any work, a report that could not be written at the end: a folder where no file can be created
   * ({@code /proc}, a read-only mount, a folder of another user), tried with an empty temporary file that is deleted at
   * once. A device or a FIFO, written to directly, is not tried.
   */
  private static void requireCreatable(Path out) {
    Path target = resolve(out);
    Path dir = target == null ? null : target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.delete(Files.createTempFile(dir, "." + target.getFileName(), ".tmp"));
    } catch (IOException | UnsupportedOperationException e) {
      String why = e instanceof IOException io ? reason(io) : "the file system refused it";
      throw new InvalidInputException(out + ": cannot write ("
          + (why.equals("nothing can be created there") ? "no file can be created in " + dir : why + " in " + dir)
          + "); name a file in a folder you can write to");
    }
  }

  /**
   * Refuses an existing file that holds something and is not a report Parallax wrote ({@code {"keep":"me"}} in
   * {@code out.json}): the run would replace what the user kept there. An empty file, a device, and a report of an
   * earlier run are replaced; {@code compare --force} replaces any file.
   */
  static void requireOurs(Path out) {
    if (!Files.isRegularFile(out) || NotAnArticle.parallaxReport(out).isPresent()) {
      return;
    }
    try {
      if (Files.size(out) == 0) {
        return;
      }
    } catch (IOException e) {
      return;   // unreadable: writing it fails with its own message
    }
    throw new InvalidInputException(out + ": exists and is not a Parallax report; refusing to overwrite it: name a new"
        + " file for the report, or add --force to replace it");
  }

  /** "an article" or "a manifest" when {@code out} is an existing file Parallax would read as one; else empty. */
  private static Optional<String> lookingLikeAnInput(Path out) {
    if (!Files.isRegularFile(out)) {
      return Optional.empty();
    }
    if (Manifest.looksLikeManifest(out)) {
      return Optional.of("a manifest");
    }
    return NotAnArticle.inFolder(out).isEmpty() ? Optional.of("an article") : Optional.empty();
  }

  /** Refuses to write over one of the inputs (as {@link #requireWritable}). */
  static void requireNotInput(Path out, Collection<Path> inputs) {
    requireWritable(out, inputs);
  }

  /** Writes one report so that readers never see a partial file (as {@link #writeAll}). */
  static void writeAtomically(Path target, String content) {
    writeAll(List.of(new Target(target.toString(), content)));
  }

  /** Writes one report streamed by {@code content} so that readers never see a partial file (as {@link #writeAll}). */
  static void writeAtomically(Path target, Content content) {
    writeAll(List.of(new Target(target.toString(), content)));
  }

  /** UTF-8 that refuses what it cannot encode (a lone surrogate), as {@link Files#writeString} does. */
  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
  }

  /** Refuses two targets that are one file (by name, through links, or as hard links). */
  static void requireDistinct(Path a, Path b) {
    if (sameFile(a, b)) {
      throw new InvalidInputException("--json and --html name the same file: " + (a.toString())
          + (a.equals(b) ? "" : " and " + (b.toString())));
    }
  }

  /** Whether two paths are one file: by name, through links, or as hard links (false when either cannot be read). */
  static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes every target, all or nothing for the regular files among them. */
  static void writeAll(List<Target> targets) {
    writeAll(targets, () -> { });
  }

  /**
   * As {@link #writeAll(List)}; {@code beforeRenames} runs when every temporary file is complete and none
   * is renamed yet (a test holds a run there to stop it with SIGTERM).
   */
  static void writeAll(List<Target> targets, Runnable beforeRenames) {
    TemporaryFiles temps = new TemporaryFiles();
    Thread cleanup = new Thread(temps::deleteAll, "parallax-cleanup");
    try {
      Runtime.getRuntime().addShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // a signal stopped the run before this write: nothing is written, nothing is left, and it is no error
      throw new StoppedBySignal(targets.isEmpty() ? "report" : targets.get(0).given(), shuttingDown);
    }
    try {
      List<Path[]> renames = new ArrayList<>();   // {temporary, target}
      List<Target> special = new ArrayList<>();
      for (Target t : targets) {
        Path target = resolve(Path.of(t.given()));
        if (target == null) {
          special.add(t);
          continue;
        }
        Path tmp = temps.create(t, target);
        write(t, tmp);
        renames.add(new Path[] {tmp, target});
      }
      beforeRenames.run();
      for (Path[] r : renames) {
        move(r[0], r[1]);
        temps.forget(r[0]);
      }
      for (Target t : special) {
        writeDirectly(t);
      }
    } catch (InvalidInputException e) {
      // the shutdown hook deleted a temporary file under the write (a signal in the middle of it): a stop, not a failure
      if (temps.closed()) {
        throw new StoppedBySignal(targets.get(0).given(), e);
      }
      throw e;
    } finally {
      temps.deleteAll();
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // shutting down already: the hook runs
      }
    }
  }

  /**
   * Where the report goes: the file itself, or the file a symbolic link leads to; null for a device, a
   * FIFO or anything else that is not a regular file (written to directly).
   */
  private static Path resolve(Path given) {
    if (Files.exists(given)) {
      if (!Files.isRegularFile(given)) {
        return null;
      }
      try {
        return given.toRealPath();
      } catch (IOException e) {
        return null;
      }
    }
    return given.toAbsolutePath();
  }

  private static void write(Target t, Path tmp) {
    // no CREATE: a temporary file the SIGTERM cleanup deleted meanwhile stays deleted
    try (Writer w = writer(Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
      t.content().writeTo(w);
    } catch (IOException e) {
      throw cannotWrite(t, e);
    }
  }

  private static void move(Path tmp, Path target) {
    try {
      readableByAll(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new InvalidInputException((target.toString()) + ": cannot write (" + reason(e) + ")", e);
    }
  }

  private static void writeDirectly(Target t) {
    try (Writer w = writer(Files.newOutputStream(Path.of(t.given()), StandardOpenOption.WRITE))) {
      t.content().writeTo(w);
    } catch (IOException e) {
      throw cannotWrite(t, e);
    }
  }

  private static InvalidInputException cannotWrite(Target t, IOException e) {
    return new InvalidInputException((t.given()) + ": cannot write (" + reason(e) + ")", e);
  }

  /**
   * Why a report cannot go into {@code dir}, and what to do: "folder out/reports does not exist; create it first, or
   * name a file in a folder that exists", or that a file stands where the folder should be.
   */
  static String missingFolder(Path dir) {
    if (dir != null && Files.exists(dir)) {
      return dir + " is a file, not a folder; name a file in a folder";
    }
    return "folder " + dir + " does not exist; create it first (mkdir -p " + dir + "), or name a file in a folder that"
        + " exists";
  }

  /**
   * A failure's reason in words, never the name of a file: a file system error's message is the file it failed on,
   * which is the temporary file beside the target, a name the user never gave.
   */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "nothing can be created there";
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getReason() != null ? f.getReason() : "the file system refused it";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : (e.getMessage());
  }

  /**
   * The temporary files of one run. A file is created and recorded under one lock, and deleting them all
   * closes the set, so a SIGTERM that lands while a file is being created can neither miss it nor see it
   * created after the cleanup ran.
   */
  private static final class TemporaryFiles {
    private final List<Path> paths = new ArrayList<>();
    private boolean closed;

    /** Creates a new empty temporary file beside {@code target} and records it. */
    synchronized Path create(Target t, Path target) {
      Path dir = target.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new InvalidInputException((t.given()) + ": " + missingFolder(dir));
      }
      if (closed) {
        throw new InvalidInputException((t.given()) + ": not written (the run is being stopped)");
      }
      try {
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        paths.add(tmp);
        return tmp;
      } catch (IOException e) {
        throw cannotWrite(t, e);
      }
    }

    /** Whether the temporary files were deleted (by the shutdown hook, when the run is being stopped). */
    synchronized boolean closed() {
      return closed;
    }

    /** Stops tracking a temporary file that has been renamed over its target. */
    synchronized void forget(Path tmp) {
      paths.remove(tmp);
    }

    /** Deletes every temporary file still recorded; no file is created after this. */
    synchronized void deleteAll() {
      closed = true;
      for (Path p : paths) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort: nothing more can be done on the way out
        }
      }
      paths.clear();
    }
  }

  /**
   * Gives the temporary file the target's permissions, or {@code rw-r--r--} for a new file: a temporary
   * file is created private, but a report is meant to be shared.
   */
  private static void readableByAll(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }
}
