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
 * the process is killed, so a stopped run never leaves the folder locked. The lock file itself stays and is
 * harmless. On a file system that cannot lock (some network shares) the run goes on without the hold. Closed once; not
 * shared between threads.
 */
final class CorpusLock implements AutoCloseable {
  /** The lock file, in the resume cache the command owns. */
  static final String NAME = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private CorpusLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the hold on {@code out}, creating {@code out/.parts/} when missing.
   *
   * @throws InvalidInputException when another run holds it, naming the folder and what to do
   */
  static CorpusLock take(Path out) {
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
        return new CorpusLock(channel, null);   // a file system without locks: the run goes on unguarded, as before
      }
      if (busy) {
        channel.close();
        throw new InvalidInputException(out + ": another parallax corpus run is writing to this folder (it holds "
            + parts.resolve(NAME) + "); wait until it ends, or name another --out folder");
      }
      return new CorpusLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new InvalidInputException(out + ": cannot create the output folder (" + Outputs.reason(e) + ")", e);
    }
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
