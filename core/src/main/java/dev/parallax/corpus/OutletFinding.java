package dev.parallax.corpus;

import dev.parallax.compare.FramingKind;
import java.util.List;
import java.util.Objects;

/**
 * What one event's comparison says about one outlet: the per-event facts its profile counts.
 *
 * @param outlet the outlet
 * @param article the id of its article in the event (its first, when it has several)
 * @param omissionScore salience-weighted share of the passages others carry that it leaves out, in [0, 1]
 * @param omitsSalient whether it leaves out a passage of salience 0.5 or more that others carry
 * @param framing the framing-cue kinds it uses at least once, in enum order
 * @param quotes its versions of quotes that other outlets also carry
 * @param verbatim of those, the ones word for word
 * @param truncated of those, the ones cut short
 * @param altered of those, the ones with other words inside the quotation marks
 * @param paraphrased of those, the ones given without quotation marks
 * @param exclusive whether it carries a passage no other outlet has
 * @param copies whether it reuses text of another outlet's article: it is the copier of a reuse whose direction rests on
 *     evidence (an earlier date, a credit, more of the source's own text around it), not on the input order alone
 * @param passages the passages its article carries (0 in findings kept by a build before the 36th session)
 * @param exclusivePassages of those, the ones no other article of the event's main story carries
 */
public record OutletFinding(String outlet, String article, double omissionScore, boolean omitsSalient, List<FramingKind> framing,
    int quotes, int verbatim, int truncated, int altered, int paraphrased, boolean exclusive, boolean copies,
    int passages, int exclusivePassages) {
  /** Validates and copies. */
  public OutletFinding {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(article, "article");
    framing = List.copyOf(framing);
    if (exclusivePassages < 0 || exclusivePassages > passages) {
      throw new IllegalArgumentException("exclusive passages " + exclusivePassages + " of " + passages);
    }
  }

  /** A finding without its passage counts (none). */
  public OutletFinding(String outlet, String article, double omissionScore, boolean omitsSalient, List<FramingKind> framing,
      int quotes, int verbatim, int truncated, int altered, int paraphrased, boolean exclusive, boolean copies) {
    this(outlet, article, omissionScore, omitsSalient, framing, quotes, verbatim, truncated, altered, paraphrased,
        exclusive, copies, 0, 0);
  }
}
