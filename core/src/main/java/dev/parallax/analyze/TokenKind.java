package dev.parallax.analyze;

/** The broad class of a {@link Token}. */
public enum TokenKind {
  /** Letters (possibly with inner apostrophes or hyphens). */
  WORD,
  /** Digits, possibly with separators: {@code 90,000}, {@code 2021}, {@code 13.5}. */
  NUMBER,
  /** Punctuation, including quotation marks. */
  PUNCTUATION,
  /** Anything else: currency signs, emoji, symbols. */
  SYMBOL
}
