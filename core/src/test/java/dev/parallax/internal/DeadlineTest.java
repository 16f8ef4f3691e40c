package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.DeadlineExceededException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A run's time limit, on its own thread and on the pool threads it hands work to. */
class DeadlineTest {
  @Test
  void workCarriedToAPoolThreadStopsAtTheCallersDeadline() {
    Supplier<String> work = Deadline.within(Duration.ofMillis(1), "starting",
        () -> Deadline.carried(() -> {
          Deadline.stage("analyzing article 'a'");
          return "done";
        }));
    pause(20);
    assertThatThrownBy(() -> CompletableFuture.supplyAsync(work).join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(DeadlineExceededException.class).hasMessageContaining("deadline of 1 ms");
  }

  @Test
  void workCarriedWithinItsTimeRunsAndLeavesThePoolThreadWithoutADeadline() {
    Supplier<Boolean> work = Deadline.within(Duration.ofMinutes(1), "starting",
        () -> Deadline.carried(() -> true));
    assertThat(CompletableFuture.supplyAsync(work).join()).isTrue();
    Supplier<Boolean> expired = Deadline.within(Duration.ofMillis(1), "starting", () -> () -> {
      Deadline.check();
      return true;
    });
    pause(20);
    // not carried: the pool thread has no deadline in scope, so the check passes
    assertThat(CompletableFuture.supplyAsync(expired).join()).isTrue();
  }

  @Test
  void outsideAnyRunThereIsNothingToCarry() {
    Supplier<String> work = () -> "done";
    assertThat(Deadline.carried(work)).isSameAs(work);
  }

  @Test
  void anOverrunSaysTheDeadlineAsAPersonWritesItAndWhereToAllowMore() {
    assertThat(Deadline.overrun(Duration.ofSeconds(30), "aligning 3 articles", "--deadline"))
        .isEqualTo("stopped after the deadline of 30 s while aligning 3 articles; allow more time (--deadline) or"
            + " compare less text");
    assertThat(Deadline.overrun(Duration.ofMillis(300), "reading", "--deadline")).contains("deadline of 300 ms while");
    assertThat(Deadline.overrun(Duration.ofMillis(1500), "reading", "--deadline")).contains("deadline of 1.5 s while");
    assertThat(Deadline.overrun(Duration.ofMinutes(5), "reading", "--deadline")).contains("deadline of 5 min while");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
