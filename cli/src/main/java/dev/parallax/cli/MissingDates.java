package dev.parallax.cli;

import java.util.List;
import java.util.Optional;

/**
 * The articles of a corpus given no publication date, for a notice on standard error: a {@code .jsonl} line without
 * {@code "published"}, a manifest without a date for the file, a text without a date line. Corpus mode keeps such an
 * article (its date window lets it join an event of any day, and an event of undated articles has no first or last
 * day), so a feed that lost its date column would otherwise run without a word. Stateless.
 */
final class MissingDates {
  /** How many ids a notice names before "...". */
  private static final int SHOWN = 5;

  private MissingDates() {}

  /** "no date given for 2 of 3 articles (a, b): ..."; empty when every article has a date. {@code ids} in input order. */
  static Optional<String> of(List<String> ids, int articles) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    String shown = String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size()))) + (ids.size() > SHOWN ? ", ..." : "");
    return Optional.of("no date given for " + ids.size() + " of " + CorpusCommand.count(articles, "article") + " ("
        + shown + "): the date window cannot place " + (ids.size() == 1 ? "it" : "them") + ", so an undated article may"
        + " join an event of any day, and an event of undated articles has no first or last day; give each article its"
        + " date (a .jsonl line's \"published\", a manifest's published column)");
  }
}
