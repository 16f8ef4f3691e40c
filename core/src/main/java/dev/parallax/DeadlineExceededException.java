package dev.parallax;

import java.time.Duration;
import java.util.Objects;

/**
 * A comparison that ran past its deadline ({@link Parallax.Builder#deadline(Duration)}) and was stopped.
 * The run is abandoned cooperatively at the next stage or loop boundary; nothing of it is returned. The
 * CLI prints the message as one line and exits with its own code (5).
 */
public class DeadlineExceededException extends ParallaxException {
  private static final long serialVersionUID = 1L;

  private final transient Duration deadline;
  private final String stage;

  /** An overrun of {@code deadline} noticed while running {@code stage} ("aligning", "reading ..."). */
  public DeadlineExceededException(Duration deadline, String stage) {
    super("stopped after the deadline of " + format(Objects.requireNonNull(deadline, "deadline"))
        + " while " + Objects.requireNonNull(stage, "stage")
        + "; allow more time (Parallax.builder().deadline(..), parallax compare --deadline) or compare less text");
    this.deadline = deadline;
    this.stage = stage;
  }

  /** The deadline that was overrun. */
  public Duration deadline() {
    return deadline;
  }

  /** What the run was doing when it noticed the overrun, e.g. {@code "aligning"}. */
  public String stage() {
    return stage;
  }

  /** A duration as a person writes it: {@code 300 ms}, {@code 30 s}, {@code 5 min}. */
  static String format(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + " ms";
    }
    if (d.toSeconds() < 120 || d.toSeconds() % 60 != 0) {
      return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    return d.toMinutes() + " min";
  }
}
