package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The hold one {@code parallax corpus} run keeps on its {@code --out} folder, so that a second run into the same
 * folder is refused at once instead of mixing its files with the first's (or deleting the first's temporary files
 * as leftovers). The hold is an operating-system lock on {@code DIR/.parts/run.lock}: it ends with the run, also when
 * the process is killed, so a stopped run never leaves the folder locked. A run that ends cleanly removes the lock
 * file while it still holds it; one that was stopped leaves it, harmless. A run that opened the file just before it
 * was removed, and locked the removed file, sees that it is gone and takes the hold again on a new one. On a file
 * system that cannot lock (some network shares) the run goes on without the hold. Closed once; not shared between
 * threads.
 */
final class CorpusLock implements AutoCloseable {
  /** The lock file, in the resume cache the command owns. */
  static final String NAME = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final Path path;

  private CorpusLock(FileChannel channel, FileLock lock, Path path) {
    this.channel = channel;
    this.lock = lock;
    this.path = path;
  }

  /**
   * Takes the hold on {@code out}, creating {@code out/.parts/} when missing.
   *
   * @throws InvalidInputException when another run holds it, naming the folder and what to do
   */
  static CorpusLock take(Path out) {
    for (int attempt = 0; ; attempt++) {
      CorpusLock hold = takeOnce(out);
      // the file was removed by a run that ended between our open and our lock: that lock guards nothing
      if (hold.lock == null || Files.exists(out.resolve(".parts").resolve(NAME)) || attempt >= 2) {
        return hold;
      }
      hold.close();
    }
  }

  private static CorpusLock takeOnce(Path out) {
    Path parts = out.resolve(".parts");
    FileChannel channel = null;
    try {
      Files.createDirectories(parts);
      channel = FileChannel.open(parts.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      boolean busy;
      try {
        lock = channel.tryLock();
        busy = lock == null;
      } catch (OverlappingFileLockException e) {
        lock = null;
        busy = true;   // held by another run in this JVM
      } catch (IOException e) {
        // a file system without locks: the run goes on unguarded, as before
        return new CorpusLock(channel, null, parts.resolve(NAME));
      }
      if (busy) {
        channel.close();
        throw new InvalidInputException(out + ": another parallax corpus run is writing to this folder (it holds "
            + parts.resolve(NAME) + "); wait until it ends, or name another --out folder");
      }
      return new CorpusLock(channel, lock, parts.resolve(NAME));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new InvalidInputException(out + ": cannot create the output folder (" + Outputs.reason(e) + ")", e);
    }
  }

  /** Removes the lock file while still holding it, then ends the hold: for a run that ended cleanly. */
  void closeAndRemove() {
    if (lock != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // left behind, harmless: the next run locks it again
      }
    }
    close();
  }

  @Override
  public void close() {
    if (lock != null) {
      try {
        lock.release();
      } catch (IOException e) {
        // the lock ends with the channel anyway
      }
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was written through it
      }
    }
  }
}
