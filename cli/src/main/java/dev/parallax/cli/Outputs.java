package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/** Writes output files atomically: a temporary file beside the target, then a rename. */
final class Outputs {
  private Outputs() {}

  /** Refuses to write over one of the inputs, into a directory, or into a folder that does not exist. */
  static void requireWritable(Path out, Collection<Path> inputs) {
    requireNotInput(out, inputs);
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InvalidInputException(out + ": folder " + dir + " does not exist");
    }
  }

  /** Refuses to write over one of the inputs. */
  static void requireNotInput(Path out, Collection<Path> inputs) {
    for (Path in : inputs) {
      try {
        if (Files.exists(out) && Files.isSameFile(out, in)) {
          throw new InvalidInputException(out + ": is one of the input files; refusing to overwrite it");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (Files.isDirectory(out)) {
      throw new InvalidInputException(out + ": is a directory; give a file name for the output");
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

  /** Writes {@code content} to {@code target} so that readers never see a partial file. */
  static void writeAtomically(Path target, String content) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      if (dir != null && !Files.isDirectory(dir)) {
        throw new InvalidInputException(target + ": folder " + dir + " does not exist");
      }
      Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        readableByAll(tmp, abs);
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write (" + e.getMessage() + ")", e);
    }
  }
}
