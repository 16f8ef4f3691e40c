package dev.parallax.analyze;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation found in an article: the words inside quotation marks, who said them and, when
 * the outlet credits another medium for it, that medium.
 *
 * @param text the words between the quotation marks
 * @param start offset of the first quoted character in the article's text
 * @param end offset after the last quoted character
 * @param sentence index of the sentence where the quote starts
 * @param speaker the speaker, resolved within the article to the fullest name it uses ("Mr Lind" and
 *     "the mayor" become "Karl Lind" when the article names him so), when found
 * @param citedSource the medium credited for the quote ("BBC News"), when there is one
 * @param partial whether the quote is a fragment inside the outlet's own sentence rather than a full utterance
 */
public record Quote(
    String text, int start, int end, int sentence, Optional<String> speaker, Optional<String> citedSource, boolean partial) {
  /** Validates the fields. */
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(citedSource, "citedSource");
  }
}
