package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * One quote as printed by one or more outlets.
 *
 * @param id stable identifier within a comparison ({@code q1}, ...)
 * @param speaker the speaker's name resolved across outlets ("Karl Lind"), or the empty string {@code ""} when no
 *     outlet names one (test with {@code isEmpty()}). A plain string, not an {@code Optional} as {@link
 *     QuoteVariant#speaker()} is: the group always has a name to show, the variant may name nobody
 * @param variants each outlet's version
 */
public record QuoteGroup(String id, String speaker, List<QuoteVariant> variants) {
  /** Validates and copies. */
  public QuoteGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    variants = List.copyOf(variants);
  }

  /**
   * Whether version {@code v} of this quote gives the same words as another article prints them: it is
   * {@link Fidelity#VERBATIM} and another article's version is not a {@link Fidelity#PARAPHRASE}. The quoted version
   * that is verbatim only because another outlet restates it in its own words (the words the paraphrase is read
   * against) gives no one's same words: counts of "the same words" leave it out.
   *
   * <table>
   *   <caption>versions of one quote</caption>
   *   <tr><td>a VERBATIM, b VERBATIM</td><td>true for a</td></tr>
   *   <tr><td>a VERBATIM, b TRUNCATED</td><td>true for a</td></tr>
   *   <tr><td>a VERBATIM, b PARAPHRASE</td><td>false for a</td></tr>
   *   <tr><td>a ALTERED, b VERBATIM</td><td>false for a</td></tr>
   * </table>
   */
  public boolean sameWordsElsewhere(QuoteVariant v) {
    Objects.requireNonNull(v, "v");
    return v.fidelity() == Fidelity.VERBATIM && variants.stream().anyMatch(o -> !o.article().equals(v.article())
        && o.fidelity() != Fidelity.PARAPHRASE && o.fidelity() != Fidelity.UNIQUE);
  }
}
