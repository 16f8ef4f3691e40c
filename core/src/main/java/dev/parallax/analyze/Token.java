package dev.parallax.analyze;

import java.util.Objects;

/**
 * A word, number or punctuation mark of a sentence, with its surface form, normalized form and stem.
 *
 * @param text the characters as they appear in the article
 * @param norm lower-cased form with typographic quotes and dashes folded ({@code “} to {@code "})
 * @param lemma dictionary or stemmed form used for matching ({@code denies}, {@code denied} to {@code deni})
 * @param start offset in the article's text (inclusive)
 * @param end offset in the article's text (exclusive)
 * @param kind word, number, punctuation or symbol
 */
public record Token(String text, String norm, String lemma, int start, int end, TokenKind kind) {
  /** Validates the fields. */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether this token is a word or number (not punctuation). */
  public boolean isContent() {
    return kind == TokenKind.WORD || kind == TokenKind.NUMBER;
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
