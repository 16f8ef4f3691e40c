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

  /** What follows the first repeat's message when {@code more} lines of its file repeat ids too; empty for none. */
  public static String andMore(long more) {
    return andMore(more, "line");
  }

  /** As {@link #andMore(long)}, naming the input's unit: {@code line} in a feed, {@code row} in a table. */
  public static String andMore(long more, String noun) {
    return more == 0 ? "" : " (and " + more + " more " + noun + (more == 1 ? " repeats" : "s repeat") + " an id)";
  }
}
