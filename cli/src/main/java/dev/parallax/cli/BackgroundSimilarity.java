package dev.parallax.cli;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A similarity whose model loads on a background thread from the moment it is created; the first call
 * waits for it. A failure to load is rethrown, unwrapped, by that first call.
 */
final class BackgroundSimilarity implements SentenceSimilarity {
  private final CompletableFuture<SentenceSimilarity> loaded;

  private BackgroundSimilarity(CompletableFuture<SentenceSimilarity> loaded) {
    this.loaded = loaded;
  }

  /** Starts {@code loader} on a daemon thread (it never keeps the JVM alive after a failed run). */
  static BackgroundSimilarity start(Supplier<SentenceSimilarity> loader) {
    return new BackgroundSimilarity(CompletableFuture.supplyAsync(loader, BackgroundSimilarity::daemon));
  }

  /** Runs {@code task} on a new daemon thread: a loader never keeps the JVM alive after a failed run. */
  static void daemon(Runnable task) {
    Thread t = new Thread(task, "parallax-loader");
    t.setDaemon(true);
    t.start();
  }

  /** The future's value; its failure rethrown as it was thrown, not wrapped. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private SentenceSimilarity get() {
    return join(loaded);
  }

  @Override
  public String name() {
    return get().name();
  }

  @Override
  public double threshold() {
    return get().threshold();
  }

  @Override
  public Scorer bind(List<Sentence> corpus) {
    return get().bind(corpus);
  }
}
