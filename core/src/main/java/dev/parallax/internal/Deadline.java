package dev.parallax.internal;

import dev.parallax.DeadlineExceededException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time limit of one run, checked cooperatively at stage and loop boundaries. Internal: not part of the
 * API.
 *
 * <p>{@link #within} runs some work with a deadline in scope on the calling thread (restoring the previous
 * scope afterwards); any code it calls may then call {@link #check()}, which throws
 * {@link DeadlineExceededException} once the time is up. Outside such a scope {@code check()} does
 * nothing, so the stages stay usable on their own. The scope belongs to one call on one thread: a caller
 * can never change another caller's deadline ({@link #carried} lends it to a pool thread doing part of the same
 * call). Checking costs one clock read.
 *
 * <pre>{@code
 * Comparison c = Deadline.within(Duration.ofSeconds(30), "comparing", () -> run(articles));
 * // inside run(..), once per loop iteration:
 * Deadline.check();
 * }</pre>
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final Duration limit;
  private final long end;
  private volatile String stage; // set by every thread working within this deadline, read for the message

  /**
   * What a run stopped at {@code deadline} while doing {@code stage} says, with where to allow more time: "stopped
   * after the deadline of 30 s while aligning 3 articles; allow more time ({@code allowMore}) or compare less text".
   */
  public static String overrun(Duration deadline, String stage, String allowMore) {
    return "stopped after the deadline of " + format(deadline) + " while " + stage + "; allow more time (" + allowMore
        + ") or compare less text";
  }

  /** A duration as a person writes it: {@code 300 ms}, {@code 30 s}, {@code 5 min}. */
  private static String format(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + " ms";
    }
    if (d.toSeconds() < 120 || d.toSeconds() % 60 != 0) {
      return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    return d.toMinutes() + " min";
  }

  private Deadline(Duration limit, long start, String stage) {
    this.limit = limit;
    long nanos;
    try {
      nanos = limit.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE / 2;
    }
    this.end = start + Math.min(nanos, Long.MAX_VALUE / 2);
    this.stage = stage;
  }

  /**
   * Runs {@code work} with a deadline of {@code limit} from now in scope. A scope already in effect on
   * this thread with an earlier end stays in effect (a nested run cannot extend its caller's time).
   */
  public static <T> T within(Duration limit, String stage, Supplier<T> work) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(work, "work");
    Deadline outer = CURRENT.get();
    Deadline mine = new Deadline(limit, System.nanoTime(), Objects.requireNonNull(stage, "stage"));
    return runIn(outer != null && outer.end - mine.end < 0 ? outer : mine, work);
  }

  /**
   * {@code work} to run on another thread within the deadline in scope here (if any): a run that hands part
   * of its work to a pool keeps one time limit, and the part stops with the same error once it has passed.
   */
  public static <T> Supplier<T> carried(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Deadline mine = CURRENT.get();
    if (mine == null) {
      return work;
    }
    return () -> runIn(mine, work);
  }

  /** Runs {@code work} on this thread with {@code scope} in effect, restoring the thread's previous scope after. */
  private static <T> T runIn(Deadline scope, Supplier<T> work) {
    Deadline outer = CURRENT.get();
    CURRENT.set(scope);
    try {
      scope.checkNow();
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** Names what the run does from now on ("aligning"), for the error message; no-op outside a scope. */
  public static void stage(String name) {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.stage = Objects.requireNonNull(name, "name");
      d.checkNow();
    }
  }

  /**
   * Throws {@link DeadlineExceededException} when the deadline in scope has passed; does nothing outside
   * a scope.
   */
  public static void check() {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.checkNow();
    }
  }

  private void checkNow() {
    if (System.nanoTime() - end > 0) {
      throw new DeadlineExceededException(limit, stage);
    }
  }
}
