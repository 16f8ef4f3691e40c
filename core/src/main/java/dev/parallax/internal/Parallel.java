package dev.parallax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Independent parts of one run done at once, on the calling thread and the JDK's common fork-join pool, when the
 * run allows it; otherwise one after the other on the calling thread. Internal: not part of the API.
 *
 * <p>The results are those of one thread doing the parts in order, and so is the error when parts fail: the
 * first failing part's, in order. Each part runs within the caller's {@link Deadline}. Outside
 * {@link #allowedWithin} (a stage used on its own, corpus mode's comparisons, the pool's threads themselves),
 * parts run one after the other.
 *
 * <pre>{@code
 * Comparison c = Parallel.allowedWithin(true, () -> run(articles));
 * // inside run(..):
 * List<AnalyzedArticle> analyzed = Parallel.each(articles.stream().map(a -> (Supplier<AnalyzedArticle>) () -> analyze(a)).toList());
 * }</pre>
 */
public final class Parallel {
  private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();
  /** Ranges per thread that may run them ({@link #inRanges}): a few, so that a thread that finishes early takes another. */
  private static final int RANGES_PER_THREAD = 2;

  private Parallel() {}

  /** Runs {@code work} on this thread with parallel parts allowed or not, restoring the previous setting after. */
  public static <T> T allowedWithin(boolean allowed, Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Boolean outer = ALLOWED.get();
    ALLOWED.set(allowed);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        ALLOWED.remove();
      } else {
        ALLOWED.set(outer);
      }
    }
  }

  /** Each part's result, in order. */
  public static <T> List<T> each(List<Supplier<T>> parts) {
    List<Supplier<T>> carried = new ArrayList<>(parts.size());
    for (Supplier<T> part : parts) {
      carried.add(Deadline.carried(Objects.requireNonNull(part, "part")));
    }
    IntStream indices = IntStream.range(0, carried.size());
    boolean parallel = Boolean.TRUE.equals(ALLOWED.get()) && carried.size() > 1;
    Object[] outcomes = (parallel ? indices.parallel() : indices).mapToObj(i -> attempt(carried.get(i))).toArray();
    List<T> results = new ArrayList<>(outcomes.length);
    for (Object outcome : outcomes) {
      if (outcome instanceof Failure f) {
        throw f.error();
      }
      @SuppressWarnings("unchecked")
      T result = (T) outcome;
      results.add(result);
    }
    return results;
  }

  /** Two parts of different types done at once when allowed, then joined by {@code then} on the calling thread. */
  public static <A, B, R> R both(Supplier<A> first, Supplier<B> second, BiFunction<A, B, R> then) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    List<Object> results = each(List.of(first::get, second::get));
    @SuppressWarnings("unchecked")
    A a = (A) results.get(0);
    @SuppressWarnings("unchecked")
    B b = (B) results.get(1);
    return then.apply(a, b);
  }

  /** Work on the items {@code from} (inclusive) to {@code to} (exclusive) of a loop: see {@link #inRanges}. */
  @FunctionalInterface
  public interface Range {
    /**
     * Does items {@code [from, to)}; {@code all} says that this range is the whole loop, done on the calling thread,
     * so that it may use the caller's scratch state instead of a copy of its own.
     */
    void run(int from, int to, boolean all);
  }

  /**
   * Does the {@code n} independent items of a loop in contiguous ranges of at least {@code least} items, at once when
   * allowed (a few ranges per thread of the common pool and the calling thread), else as one range {@code [0, n)} on
   * the calling thread. Each range is a part of {@link #each}: an error is the first failing range's, in order.
   */
  public static void inRanges(int n, int least, Range work) {
    Objects.requireNonNull(work, "work");
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    int ranges = Boolean.TRUE.equals(ALLOWED.get())
        ? Math.min(threads * RANGES_PER_THREAD, n / Math.max(1, least)) : 1;
    if (ranges <= 1) {
      work.run(0, n, true);
      return;
    }
    List<Supplier<Object>> parts = new ArrayList<>(ranges);
    for (int k = 0; k < ranges; k++) {
      int from = (int) ((long) n * k / ranges);
      int to = (int) ((long) n * (k + 1) / ranges);
      parts.add(() -> {
        work.run(from, to, false);
        return Boolean.TRUE;
      });
    }
    each(parts);
  }

  private static Object attempt(Supplier<?> part) {
    try {
      return part.get();
    } catch (RuntimeException e) {
      return new Failure(e);
    }
  }

  /** A part's unchecked exception, to be thrown on the calling thread. */
  private record Failure(RuntimeException error) {}
}
