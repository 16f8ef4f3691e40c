package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * One article's place in the comparison: how much of the story it carries, what it leaves out, what only
 * it reports, and how it frames it. Named after the report's "outlets" table, it is one per article.
 *
 * @param article the id of the article this summary is about (not an outlet's name: an outlet with two articles in
 *     the comparison has two summaries, and {@link dev.parallax.ingest.Article#outlet()} gives the outlet's name)
 * @param coverage salience-weighted share of the event's passages it carries, in [0, 1]
 * @param omissionScore salience-weighted share of the passages carried by others that it leaves out, in [0, 1];
 *     passages that only articles of later days carry do not count
 * @param exclusives ids of the passages only it carries
 * @param framing its framing cues counted by kind
 */
public record OutletSummary(String article, double coverage, double omissionScore, List<String> exclusives, FramingSummary framing) {
  /** Validates and copies. */
  public OutletSummary {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(framing, "framing");
    exclusives = List.copyOf(exclusives);
  }
}
