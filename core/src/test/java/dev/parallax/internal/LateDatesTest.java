package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import dev.parallax.internal.LateDates.Late;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which articles are dated too late to be taken without a word, one row of {@link LateDates#of}'s table each. */
class LateDatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-05-06 2099-01-01            | b",
      "2024-05-06 2024-05-07 2025-05-08 | c",
      "2024-05-06 2025-05-06            | ''",
      "2099-01-01 -                     | ''",
      "2099-01-01 2099-01-01 2024-05-06 | ''"})
  void articlesDatedMoreThanAYearAfterEveryOtherAreNamed(String dates, String named) {
    List<Article> articles = new ArrayList<>();
    char id = 'a';
    for (String d : dates.trim().split(" ")) {
      articles.add(Article.of(String.valueOf(id++), "", d.equals("-") ? null : LocalDate.parse(d), "",
          "The Lindby ferry ran again on Monday."));
    }

    assertThat(String.join(" ", LateDates.of(articles).stream().map(Late::article).toList())).isEqualTo(named);
  }

  @ParameterizedTest
  @CsvSource({"2099-01-01, 74 years", "2025-06-01, 1 year"})
  void theNoteSaysTheDateAndHowLate(String date, String years) {
    Late late = new Late("b", LocalDate.parse(date), LocalDate.of(2024, 5, 6));

    assertThat(late.note()).isEqualTo("dated " + date + ", " + years + " after the latest other article (2024-05-06):"
        + " the date sets no article apart but is taken as given for which came first; check it");
  }
}
