package dev.parallax.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * One outlet's version of a quote.
 *
 * @param article the article's id
 * @param sentence index of the sentence where it stands
 * @param text the quoted words (or, for a paraphrase, the sentence that carries the content)
 * @param fidelity how it compares with the other versions
 * @param citedSource the medium the outlet credits for the quote, when it credits one
 */
public record QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource) {
  /** Validates the fields. */
  public QuoteVariant {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fidelity, "fidelity");
    Objects.requireNonNull(citedSource, "citedSource");
  }
}
