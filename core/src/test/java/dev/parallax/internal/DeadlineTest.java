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

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
