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
 *     marks or in other words ({@link Fidelity#PARAPHRASE}), and empty when this outlet names nobody, where the
 *     group's {@link QuoteGroup#speaker()} is the empty string; empty too when the speaker was read through a pronoun
 *     or an earlier sentence while another outlet's version names a person of another family name beside the quote,
 *     so that two versions give the words to two people only when both outlets name them there
 * @param reversed whether this {@link Fidelity#ALTERED} version says the opposite of another outlet's version: a word
 *     both print is negated in one only ("isn't losing money" / "is losing money"); false for every other fidelity
 */
public record QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource,
    Optional<String> speaker, boolean reversed) {
  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if {@code reversed} is true for a version that is not {@link Fidelity#ALTERED}
   */
  public QuoteVariant {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fidelity, "fidelity");
    Objects.requireNonNull(citedSource, "citedSource");
    Objects.requireNonNull(speaker, "speaker");
    if (reversed && fidelity != Fidelity.ALTERED) {
      throw new IllegalArgumentException("reversed is only for an ALTERED version, not " + fidelity);
    }
  }

  /** A version that says what the others say, or is not compared word for word ({@code reversed} false). */
  public QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource,
      Optional<String> speaker) {
    this(article, sentence, text, fidelity, citedSource, speaker, false);
  }

  /** A version whose outlet names no speaker. */
  public QuoteVariant(String article, int sentence, String text, Fidelity fidelity, Optional<String> citedSource) {
    this(article, sentence, text, fidelity, citedSource, Optional.empty());
  }
}
