package dev.parallax.clean;

import dev.parallax.ingest.Article;

/**
 * Stock {@link Cleaner}s. Each is immutable and thread-safe.
 *
 * <pre>{@code
 * Article clean = Cleaners.standard().clean(article);
 * clean.removed().forEach(r -> System.out.println(r.reason() + ": " + r.text()));
 * }</pre>
 */
public final class Cleaners {
  private Cleaners() {}

  /** A cleaner that keeps everything (for text that is already clean). */
  public static Cleaner none() {
    return article -> article;
  }

  /**
   * The default cleaner: removes page chrome by the shape and position of each line (function-word ratio,
   * sentence shape, URL share, script, repetition, place before the headline or after the story, credit,
   * byline and teaser shapes), marks the headline and embedded posts, and records every removal with its
   * reason. See {@link RemovalReason} for what each reason covers.
   *
   * <table>
   *   <caption>Edge cases</caption>
   *   <tr><th>input</th><th>result</th></tr>
   *   <tr><td>article with no text</td><td>returned with an empty body</td></tr>
   *   <tr><td>empty title and a headline found</td><td>title set from the headline</td></tr>
   *   <tr><td>already cleaned article</td><td>the same body and removals (cleaning is idempotent)</td></tr>
   *   <tr><td>page mostly in a non-Latin script</td><td>lines are not removed for their script</td></tr>
   * </table>
   */
  public static Cleaner standard() {
    return STANDARD;
  }

  private static final Cleaner STANDARD = new ChromeCleaner();
}
