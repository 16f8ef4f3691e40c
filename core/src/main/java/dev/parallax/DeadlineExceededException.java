package dev.parallax;

import dev.parallax.internal.Deadline;
import java.time.Duration;
import java.util.Objects;

/**
 * A comparison that ran past its deadline ({@link Parallax.Builder#deadline(Duration)}) and was stopped.
 * The run is abandoned cooperatively at the next stage or loop boundary; nothing of it is returned. The
 * CLI prints the message as one line, naming its own option ({@code --deadline}) as the way to allow more time, and
 * exits with its own code (5).
 */
public class DeadlineExceededException extends ParallaxException {
  private static final long serialVersionUID = 1L;

  private final transient Duration deadline;
  private final String stage;

  /** An overrun of {@code deadline} noticed while running {@code stage} ("aligning", "reading ..."). */
  public DeadlineExceededException(Duration deadline, String stage) {
    super(Deadline.overrun(Objects.requireNonNull(deadline, "deadline"), Objects.requireNonNull(stage, "stage"),
        "Parallax.builder().deadline(..), parallax compare --deadline"));
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
}
