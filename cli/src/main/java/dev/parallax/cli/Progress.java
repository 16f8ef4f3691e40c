package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress messages on standard error, shown when a run has many files or has already taken more than a
 * moment, and never with {@code --quiet}. Standard output stays reserved for reports.
 */
final class Progress {
  /** From this many input files on, every step is announced. */
  static final int MANY_FILES = 10;
  /** After this long, steps are announced even for few files. */
  private static final long MOMENT_NANOS = 1_500_000_000L;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean many;
  private final LongSupplier clock;
  private final long started;

  Progress(PrintWriter err, boolean quiet, int files) {
    this(err, quiet, files, System::nanoTime);
  }

  /** With {@code clock} giving nanoseconds (tests pass a fake one). */
  Progress(PrintWriter err, boolean quiet, int files, LongSupplier clock) {
    this.err = err;
    this.quiet = quiet;
    this.many = files >= MANY_FILES;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** Announces a step ("reading 12 files"), if this run is large or slow. */
  void step(String message) {
    if (quiet || !(many || clock.getAsLong() - started > MOMENT_NANOS)) {
      return;
    }
    err.println("parallax: " + message);
    err.flush();
  }

  /** Announces the file {@code done} of {@code total}, every tenth file and the last, if this run is large. */
  void file(int done, int total) {
    if (!quiet && many && (done % 10 == 0 || done == total)) {
      err.println("parallax: read " + done + "/" + total + " files");
      err.flush();
    }
  }
}
