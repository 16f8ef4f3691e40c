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
 * @param speaker whom this outlet gives the words to (resolved across the outlets as the group's speaker is), when it
 *     names someone; it may differ from {@link QuoteGroup#speaker()}, the name most outlets give: that difference is
 *     what a reader looking for misattributed words wants to see. Empty for words an outlet prints without quotation
 *     marks or in other words ({@link Fidelity#PARAPHRASE})
 */
public record QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource,
    Optional<String> speaker) {
  /** Validates the fields. */
  public QuoteVariant {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fidelity, "fidelity");
    Objects.requireNonNull(citedSource, "citedSource");
    Objects.requireNonNull(speaker, "speaker");
  }

  /** A version whose outlet names no speaker. */
  public QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource) {
    this(article, sentence, text, fidelity, citedSource, Optional.empty());
  }
}
