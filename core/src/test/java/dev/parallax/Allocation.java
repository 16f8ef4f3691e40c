package dev.parallax;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * How many bytes a piece of work allocates on the calling thread: a count of the work done that, unlike the time it
 * takes, does not change with the machine's load. The hostile-input tests bound it by the size of their input, so
 * that work growing with the square of the input (a walk per level of nesting, a text cut again for each of its
 * lines) fails them on any machine, while a clock would fail them on a busy one.
 *
 * <pre>{@code
 * Allocation.Measured<Article> read = Allocation.of(() -> ArticleReader.create().fromHtml("page", html));
 * assertThat(read.bytes()).isLessThan(400L * html.length());
 * }</pre>
 *
 * <p>The work must run on the calling thread: a {@link Parallax} built with {@code parallel(false)}, else what the
 * fork-join pool allocates is not counted.
 */
final class Allocation {
  private Allocation() {}

  /** What the work returned and the bytes the calling thread allocated meanwhile. */
  record Measured<T>(T result, long bytes) {}

  static <T> Measured<T> of(Supplier<T> work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    T result = work.get();
    return new Measured<>(result, threads.getCurrentThreadAllocatedBytes() - before);
  }
}
