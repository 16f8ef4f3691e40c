package dev.parallax.internal;

/**
 * The words that name a line of a JSON Lines feed repeating an earlier line's id, for the in-process reader and the
 * Spark job alike. Internal: not part of the API. Stateless.
 */
public final class RepeatedIds {
  private RepeatedIds() {}

  /** Why a line is refused: {@code the id 'x' is also the id of line 3; ids must be distinct}. */
  public static String reason(String id, long firstLine) {
    return "the id '" + Names.quote(id) + "' is also the id of line " + firstLine + "; ids must be distinct";
  }

  /**
   * Why a line that repeats an earlier line's article field for field (a scraped feed that gives one story twice) is
   * read once: {@code repeats line 3 field for field (read once)}; {@code noun} is {@code line} or {@code row}.
   */
  public static String copy(long firstLine, String noun) {
    return "repeats " + noun + " " + firstLine + " field for field (read once)";
  }

  /**
   * The heading over a file's copies, as both engines print it: {@code feed.jsonl: 2 lines repeat an earlier line
   * field for field; each article is read once}.
   */
  public static String copiesHeading(String file, long count, String noun) {
    return file + ": " + count + " " + noun + (count == 1 ? " repeats" : "s repeat") + " an earlier " + noun
        + " field for field; each article is read once";
  }

  /** What follows the first repeat's message when {@code more} lines of its file repeat ids too; empty for none. */
  public static String andMore(long more) {
    return andMore(more, "line");
  }

  /** As {@link #andMore(long)}, naming the input's unit: {@code line} in a feed, {@code row} in a table. */
  public static String andMore(long more, String noun) {
    return more == 0 ? "" : " (and " + more + " more " + noun + (more == 1 ? " repeats" : "s repeat") + " an id)";
  }
}
