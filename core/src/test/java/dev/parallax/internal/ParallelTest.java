package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Independent parts of one run, done at once when the run allows it, with the results of one thread. */
class ParallelTest {
  @Test
  void partsRunAtOnceWhenAllowedAndGiveTheirResultsInOrder() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Supplier<Boolean> meetsTheOther = () -> {
      bothStarted.countDown();
      try {
        return bothStarted.await(10, TimeUnit.SECONDS); // one after the other, the first would wait in vain
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
    List<Boolean> met = Parallel.allowedWithin(true, () -> Parallel.each(List.of(meetsTheOther, meetsTheOther)));
    assertThat(met).containsExactly(true, true);
    String joined = Parallel.allowedWithin(true, () -> Parallel.both(() -> "wording", () -> 42, (a, b) -> a + " " + b));
    assertThat(joined).isEqualTo("wording 42");
  }

  @Test
  void outsideAnAllowingRunPartsStayOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    Supplier<Thread> where = Thread::currentThread;
    assertThat(Parallel.each(List.of(where, where, where))).containsOnly(caller);
    assertThat(Parallel.allowedWithin(false, () -> Parallel.each(List.of(where, where)))).containsOnly(caller);
  }

  @Test
  void theErrorThrownIsTheFirstFailingPartsInOrder() {
    Supplier<String> failsLate = () -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the second part");
    };
    Supplier<String> failsAtOnce = () -> {
      throw new IllegalArgumentException("the third part");
    };
    assertThatThrownBy(() -> Parallel.allowedWithin(true,
        () -> Parallel.each(List.of(() -> "fine", failsLate, failsAtOnce))))
        .isInstanceOf(IllegalStateException.class).hasMessage("the second part");
  }

  @Test
  void aLoopIsDoneInRangesThatCoverEachItemOnceAndAsOneWholeRangeOutsideAnAllowingRun() {
    List<String> alone = new ArrayList<>();
    Parallel.inRanges(1_000, 100, (from, to, all) -> alone.add(from + ".." + to + (all ? " all" : "")));
    assertThat(alone).containsExactly("0..1000 all");

    int[] done = new int[1_000];
    List<String> ranges = Collections.synchronizedList(new ArrayList<>());
    Parallel.allowedWithin(true, () -> {
      Parallel.inRanges(done.length, 100, (from, to, all) -> {
        for (int i = from; i < to; i++) {
          done[i]++;
        }
        ranges.add(from + ".." + to + (all ? " all" : ""));
      });
      return null;
    });
    assertThat(done).containsOnly(1);
    assertThat(ranges).hasSizeGreaterThan(1).noneMatch(r -> r.endsWith(" all"));

    // too few items for two ranges of the least size: one range, on the calling thread
    List<String> few = new ArrayList<>();
    Parallel.allowedWithin(true, () -> {
      Parallel.inRanges(150, 100, (from, to, all) -> few.add(from + ".." + to + (all ? " all" : "")));
      return null;
    });
    assertThat(few).containsExactly("0..150 all");
  }
}
