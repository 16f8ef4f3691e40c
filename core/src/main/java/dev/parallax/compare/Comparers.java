package dev.parallax.compare;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.internal.Deadline;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

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
      Map<String, List<FramingCue>> cuesByArticle = cues.stream().collect(Collectors.groupingBy(FramingCue::article));
      DiscrepancyFinder.Facts facts = discrepancies.facts();
      BiPredicate<String, Passage> restated = (id, p) -> discrepancies.restatesFigures(in, facts, id, p);
      Deadline.stage("comparing wording");
      List<WordingDiff> wordingDiffs = wording.diff(in);
      Deadline.stage("grouping quotes");
      List<QuoteGroup> quoteGroups = quotes.group(in);
      Deadline.stage("finding reused text");
      List<Reuse> reused = reuse.find(in);
      Deadline.stage("finding discrepancies");
      List<Discrepancy> conflicts = discrepancies.find(in, facts);
      Deadline.stage("finding omissions");
      List<Omission> omissions = OmissionFinder.find(articles, alignment, restated);
      Deadline.stage("summarizing outlets");
      return new Comparison(similarityName, articles, alignment.events(), alignment.passages(),
          wordingDiffs, cues, quoteGroups, reused, conflicts, omissions,
          OutletSummaries.summarize(articles, alignment, a -> Framing.summarize(
              cuesByArticle.getOrDefault(a.id(), List.of()), Framing.words(a)), restated));
    };
  }
}
