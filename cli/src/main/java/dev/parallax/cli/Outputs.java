package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/** Writes output files atomically: a temporary file beside the target, then a rename. */
final class Outputs {
  private Outputs() {}

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
