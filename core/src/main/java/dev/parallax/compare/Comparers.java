package dev.parallax.compare;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import java.util.List;
import java.util.function.BiPredicate;

/** Stock {@link Comparer}s. */
public final class Comparers {
  private Comparers() {}

  /**
   * The default comparer: wording differences per passage ({@link WordingDiff}), framing cues per article
   * ({@link Framing}), quotes grouped across outlets ({@link QuoteGroup}), reused text ({@link Reuse}) and
   * conflicting facts ({@link Discrepancy}), omissions ({@link Omission}) and outlet summaries
   * ({@link OutletSummary}). Immutable and thread-safe.
   */
  public static Comparer standard() {
    Lexicon lex = Lexicon.standard();
    WordingDiffer wording = new WordingDiffer(lex);
    Framing framing = Framing.standard();
    QuoteMatcher quotes = new QuoteMatcher(lex);
    ReuseFinder reuse = new ReuseFinder();
    DiscrepancyFinder discrepancies = new DiscrepancyFinder(lex);
    return (articles, alignment, similarityName) -> {
      Inputs in = Inputs.of(articles, alignment);
      List<FramingCue> cues = in.main().stream().flatMap(a -> framing.cues(a).stream()).toList();
      DiscrepancyFinder.Facts facts = discrepancies.facts();
      BiPredicate<String, Passage> restated = (id, p) -> discrepancies.restatesFigures(in, facts, id, p);
      return new Comparison(similarityName, articles, alignment.events(), alignment.passages(),
          wording.diff(in), cues, quotes.group(in), reuse.find(in), discrepancies.find(in, facts),
          OmissionFinder.find(articles, alignment, restated),
          OutletSummaries.summarize(articles, alignment, a -> Framing.summarize(
              cues.stream().filter(c -> c.article().equals(a.id())).toList(), Framing.words(a)), restated));
    };
  }
}
