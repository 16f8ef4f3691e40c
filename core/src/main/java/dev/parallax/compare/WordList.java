package dev.parallax.compare;

/** The word lists of {@link Lexicon}, one per resource file under {@code dev/parallax/lexicon/}. */
enum WordList {
  NEUTRAL_ATTRIBUTION("attribution-neutral.txt"),
  LOADED_ATTRIBUTION("attribution-loaded.txt"),
  DISTANCING("distancing.txt"),
  HEDGE("hedges.txt"),
  CERTAINTY("certainty.txt"),
  LOADED("loaded.txt"),
  INTENSIFIER("intensifiers.txt"),
  /** Stock phrases of news writing ("at the scene", "in a statement"): no evidence of copying. */
  STOCK_PHRASE("stock-phrases.txt");

  final String file;

  WordList(String file) {
    this.file = file;
  }
}
