package dev.parallax.corpus;

/** The stock event groupers. */
public final class EventGroupers {
  private EventGroupers() {}

  /** Banded MinHash candidates, a verified pairwise decision, and share-of-members clustering: {@link MinHashGrouper#standard()}. */
  public static MinHashGrouper minHash() {
    return MinHashGrouper.standard();
  }
}
