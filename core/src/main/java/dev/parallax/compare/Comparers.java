package dev.parallax.compare;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.internal.Deadline;
import dev.parallax.internal.Parallel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Stock {@link Comparer}s. */
public final class Comparers {
  /**
   * The share of the similarity's threshold at which a sentence the omission check finds reporting a passage's fact
   * elsewhere is close enough to compare its figures and dates with the passage's (the aligner's fact level; the
   * omission check's own bar, 0.475, let "Russia warned NATO on Tuesday" be compared with "Lavrov on Thursday").
   */
  static final double FACT_SHARE = 0.6;

  private Comparers() {}

  /**
   * The default comparer: wording differences per passage ({@link WordingDiff}), framing cues per article
   * ({@link Framing}), quotes grouped across outlets ({@link QuoteGroup}), reused text ({@link Reuse}) and
   * conflicting facts ({@link Discrepancy}), omissions ({@link Omission}) and outlet summaries
   * ({@link OutletSummary}). Omissions are checked with {@link Similarities#lexical()}, for which the check's
   * bar was chosen on data, whatever similarity aligned the articles (a sentence-embedding similarity would
   * encode every sentence a second time); {@link #standard(SentenceSimilarity)} checks with another. Immutable
   * and thread-safe.
   */
  public static Comparer standard() {
    return standard(Similarities.lexical());
  }

  /** What the comparison reads in each passage: its wording, quotes and reused text. */
  private record Reading(List<WordingDiff> wording, List<QuoteGroup> quotes, List<Reuse> reuse) {}

  /** What the comparison checks across passages: conflicting figures and omissions. */
  private record Checks(List<Discrepancy> conflicts, List<Omission> omissions) {}

  /**
   * The default comparer, checking omissions with {@code similarity}: an article leaves out a passage it does
   * not carry only when none of its sentences scores at least 0.475 times the similarity's threshold with the
   * passage (sharing two informative words with it), a looser bar than alignment's, chosen on ECB+ train for
   * {@link Similarities#lexical()}; each {@link Omission} carries the article's closest sentence and its score.
   * Immutable and thread-safe.
   */
  public static Comparer standard(SentenceSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    double bar = OmissionFinder.bar(similarity);
    Lexicon lex = Lexicon.standard();
    WordingDiffer wording = new WordingDiffer(lex);
    Framing framing = Framing.standard();
    QuoteMatcher quotes = new QuoteMatcher(lex);
    ReuseFinder reuse = new ReuseFinder(lex);
    DiscrepancyFinder discrepancies = new DiscrepancyFinder(lex);
    return (articles, alignment, similarityName) -> {
      Inputs in = Inputs.of(articles, alignment);
      List<Supplier<List<FramingCue>>> cuesOfEach = new ArrayList<>();
      for (AnalyzedArticle a : in.main()) {
        cuesOfEach.add(() -> framing.cues(a));
      }
      // each article's cues at once when the run allows, in the articles' order
      List<FramingCue> cues = Parallel.each(cuesOfEach).stream().flatMap(List::stream).toList();
      Map<String, List<FramingCue>> cuesByArticle = cues.stream().collect(Collectors.groupingBy(FramingCue::article));
      DiscrepancyFinder.Facts facts = discrepancies.facts();
      BiPredicate<String, Passage> restated = (id, p) -> discrepancies.restatesFigures(in, facts, id, p);
      // the passages' wording, quotes and reuse, and the checks of figures and omissions, read the same inputs
      // and nothing of each other: done at once when the run allows it
      return Parallel.both(() -> {
        Deadline.stage("comparing wording");
        List<WordingDiff> wordingDiffs = wording.diff(in);
        Deadline.stage("grouping quotes");
        List<QuoteGroup> quoteGroups = quotes.group(in);
        Deadline.stage("finding reused text");
        return new Reading(wordingDiffs, quoteGroups, reuse.find(in));
      }, () -> {
        List<Sentence> corpus = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
          corpus.addAll(a.sentences());
        }
        SentenceSimilarity.Scorer scorer = Similarities.checked(similarity).bind(corpus);
        // each (article, passage) is checked once: by the discrepancies, then by the omissions
        OmissionFinder.Closeness closeness = OmissionFinder.remembering(
            OmissionFinder.closeness(in.main(), alignment.passages(), scorer, bar));
        Deadline.stage("finding discrepancies");
        double factLevel = FACT_SHARE * similarity.threshold();
        List<Discrepancy> conflicts = discrepancies.find(in, facts,
            OmissionFinder.restatedElsewhere(articles, alignment, restated, closeness, factLevel));
        Deadline.stage("finding omissions");
        Map<String, List<Omission>> parts = PartOmissions.find(articles, alignment, scorer, bar, factLevel);
        return new Checks(conflicts, OmissionFinder.find(articles, alignment, restated, closeness, parts));
      }, (reading, checks) -> {
        Set<String> omitted = new HashSet<>();
        for (Omission o : checks.omissions()) {
          if (o.isPart()) {
            continue; // the article carries the passage
          }
          omitted.add(o.article() + '\u0000' + o.passage());
        }
        BiPredicate<String, Passage> reported = (id, p) -> !omitted.contains(id + '\u0000' + p.id());
        Deadline.stage("summarizing outlets");
        return new Comparison(similarityName, articles, alignment.events(), alignment.passages(),
            reading.wording(), cues, reading.quotes(), reading.reuse(), checks.conflicts(), checks.omissions(),
            OutletSummaries.summarize(articles, alignment, a -> Framing.summarize(
                cuesByArticle.getOrDefault(a.id(), List.of()), Framing.words(a)), reported));
      });
    };
  }
}
