package dev.parallax.internal;

import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles of a comparison dated more than a year after every other dated one: most often a date typed wrong
 * ("2099-01-01", "2042-05-06" for 2024), sometimes a follow-up or an archive's odd date. Such a date sets no article
 * apart from the main event (the event decision reads it as no date, and the words decide), but it is taken as given
 * for which article came first, so the event decision's reason and the command line's notice name it, to be checked.
 * The rule reads the input only, never the clock, so the same articles give the same report on any day. Internal: not
 * part of the API. Stateless.
 */
public final class LateDates {
  private LateDates() {}

  /**
   * One article dated too late.
   *
   * @param article its id
   * @param date its publication date
   * @param latestOther the latest date of the other articles
   */
  public record Late(String article, LocalDate date, LocalDate latestOther) {
    /**
     * The note for the article's event reason: "dated 2099-01-01, 74 years after the latest other article
     * (2024-05-06): the date sets no article apart but is taken as given for which came first; check it".
     */
    public String note() {
      return "dated " + date + ", " + yearsAfter() + " after the latest other article (" + latestOther + "): the date"
          + " sets no article apart but is taken as given for which came first; check it";
    }

    /** How many whole years it is dated after the latest other article: "74 years", "1 year". */
    public String yearsAfter() {
      return years(latestOther, date);
    }
  }

  /**
   * The articles of {@code articles} dated more than a year after the latest date of the others, in the order given;
   * none when fewer than two are dated.
   *
   * <table>
   *   <caption>Dates, and who is named</caption>
   *   <tr><th>dates</th><th>named</th></tr>
   *   <tr><td>2024-05-06, 2099-01-01</td><td>the second</td></tr>
   *   <tr><td>2024-05-06, 2024-05-07, 2025-05-08</td><td>the third (one year and a day after)</td></tr>
   *   <tr><td>2024-05-06, 2025-05-06</td><td>none: one year is not more than a year</td></tr>
   *   <tr><td>2099-01-01, undated</td><td>none: no other date to read it against</td></tr>
   * </table>
   */
  public static List<Late> of(List<Article> articles) {
    List<Late> out = new ArrayList<>();
    for (Article a : articles) {
      if (isLate(a, articles)) {
        out.add(new Late(a.id(), a.published().get(), latestOther(a, articles).get()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code article}, one of {@code articles}, is dated more than a year after the latest date of the others
   * (the rule of {@link #of}).
   */
  public static boolean isLate(Article article, List<Article> articles) {
    Optional<LocalDate> latest = latestOther(article, articles);
    return article.published().isPresent() && latest.isPresent() && isLate(article.published().get(), latest.get());
  }

  /** Whether {@code date} is more than a year after {@code latestOther}: the rule of {@link #of}, for one pair. */
  public static boolean isLate(LocalDate date, LocalDate latestOther) {
    return date.isAfter(latestOther.plusYears(1));
  }

  /** How many whole years {@code to} is after {@code from}: "74 years", "1 year". */
  public static String years(LocalDate from, LocalDate to) {
    long years = ChronoUnit.YEARS.between(from, to);
    return years + (years == 1 ? " year" : " years");
  }

  private static Optional<LocalDate> latestOther(Article article, List<Article> articles) {
    return articles.stream().filter(b -> b != article).map(Article::published).flatMap(Optional::stream)
        .max(LocalDate::compareTo);
  }
}
