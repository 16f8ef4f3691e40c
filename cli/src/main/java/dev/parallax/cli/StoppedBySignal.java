package dev.parallax.cli;

/**
 * A write refused because the JVM is shutting down (Ctrl-C, SIGTERM): nothing more is written, no temporary file is
 * left, and the command ends without an error line of its own; the run's shutdown hook says what was kept. Thrown by
 * {@link Outputs} when the signal lands between two writes or in the middle of one.
 */
final class StoppedBySignal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoppedBySignal(String what, Throwable cause) {
    super(what + ": not written (the run is being stopped)", cause);
  }

  /** Whether {@code e} or one of its causes is a write refused because the JVM is shutting down. */
  static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoppedBySignal) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
