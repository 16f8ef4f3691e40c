package dev.parallax.clean;

import dev.parallax.ingest.Article;

/** Stock {@link Cleaner}s. */
public final class Cleaners {
  private Cleaners() {}

  /** A cleaner that keeps everything (for text that is already clean). */
  public static Cleaner none() {
    return article -> article;
  }

  /** The default cleaner. TODO(cleaning): page-chrome rules; keeps everything for now. */
  public static Cleaner standard() {
    return none();
  }

  static Article identity(Article a) {
    return a;
  }
}
