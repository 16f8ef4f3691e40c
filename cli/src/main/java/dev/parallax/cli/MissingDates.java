package dev.parallax.cli;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventBasis;
import dev.parallax.ingest.Article;
import dev.parallax.internal.LateDates;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The articles of a comparison given no publication date, or dated more than a year after every other, for a notice on
 * standard error: a manifest without a date for the file, a text without a date line, a date typed wrong. {@code
 * compare} does not read which article came first, nor the day a weekday names, for an undated article among dated
 * ones, which no report says. (Corpus mode's notice is the report's own, {@link
 * dev.parallax.corpus.CorpusReport#undatedNotice()}, given alike by the cluster engine.) Stateless.
 */
final class MissingDates {
  /** How many ids a notice names before "...". */
  private static final int SHOWN = 5;

  private MissingDates() {}

  /**
   * For {@code compare}: "no date given for 1 of 3 articles (post): which article came first and the day a weekday
   * names are not read for it; ..."; empty when every article has a date, and when none has (nothing is then read for
   * one article that is not read for all). An article {@code comparison} set apart as not English is neither named nor
   * counted: it is compared with nothing, so its date would change nothing.
   */
  static Optional<String> ofCompared(List<Article> articles, Comparison comparison) {
    List<Article> read = compared(articles, comparison);
    List<String> ids = read.stream().filter(a -> a.published().isEmpty()).map(Article::id).toList();
    if (ids.isEmpty() || ids.size() == read.size()) {
      return Optional.empty();
    }
    return Optional.of("no date given for " + ids.size() + " of " + CorpusCommand.count(read.size(), "article")
        + " (" + shown(ids) + "): which article came first and the day a weekday names are not read for "
        + (ids.size() == 1 ? "it" : "them") + "; give each article its date (a manifest's published column, or a first"
        + " line date YYYY-MM-DD)");
  }

  /**
   * For {@code compare}: "dated more than a year after every other article: gazette 2099-01-01 (74 years after the
   * latest other, 2024-05-06); such a date sets no article apart from the main event, but it is taken as given for
   * which article came first: check it ..."; empty when no article is ({@link LateDates}, read without the articles
   * set apart as not English). The report's event reason of each such article says it too.
   */
  static Optional<String> lateOf(List<Article> articles, Comparison comparison) {
    List<LateDates.Late> late = LateDates.of(compared(articles, comparison));
    if (late.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = late.stream().map(l -> l.article() + " " + l.date() + " (" + l.yearsAfter() + " after the"
        + " latest other, " + l.latestOther() + ")").toList();
    return Optional.of("dated more than a year after every other article: " + shown(named) + "; such a date sets no"
        + " article apart from the main event, but it is taken as given for which article came first: check "
        + (late.size() == 1 ? "it" : "them")
        + " (a manifest's published column, or a first line date YYYY-MM-DD)");
  }

  /** The articles {@code comparison} compared: those it did not set apart as not English. */
  private static List<Article> compared(List<Article> articles, Comparison comparison) {
    Set<String> notEnglish = comparison.events().stream().filter(e -> e.basis() == EventBasis.NOT_ENGLISH)
        .map(ArticleEvent::article).collect(Collectors.toSet());
    return articles.stream().filter(a -> !notEnglish.contains(a.id())).toList();
  }

  private static String shown(List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size()))) + (ids.size() > SHOWN ? ", ..." : "");
  }
}
