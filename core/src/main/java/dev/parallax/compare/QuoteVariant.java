package dev.parallax.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * One outlet's version of a quote.
 *
 * @param article the article's id
 * @param sentence index of the sentence where it stands
 * @param text what this outlet prints of the quote, as printed (case, spelling and inner punctuation untouched).
 *     For a version in quotation marks: the words between the marks, without the marks and without blanks at either
 *     end; the punctuation inside the marks stays ("We will rebuild.", "Why me?"), except a comma that closes the
 *     words before an attribution ("“We will rebuild,” she said" gives "We will rebuild"); an ellipsis or brackets the
 *     outlet prints inside the marks stay too ("we will fight it … all the way"), so a cut the outlet marks shows. A
 *     quote the attribution interrupts ("“We will,” she said, “rebuild.”") is two versions, one for each part. For a
 *     {@link Fidelity#VERBATIM} or {@link Fidelity#TRUNCATED} version printed without quotation marks: the stretch of
 *     the outlet's sentence from the first to the last word it shares with the quote (the sentence from its first
 *     word to its last, when the sentence is all a part of the quote). For a {@link Fidelity#PARAPHRASE}: the outlet's
 *     whole sentence that restates it
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
