package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublishedTimeTest {
  private static final LocalDate DAY = LocalDate.parse("2026-03-14");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "March 14, 2026 7:05 AM | 07:05",
      "Updated: March 14, 2026 9:10 AM | 09:10",
      "Last updated on March 14, 2026 9:10 p.m. | 21:10",
      "Posted Sat 14 Mar 2026, 14:20 GMT | 14:20 GMT",
      "Posted at 7:28 PM, Mar 14, 2026 | 19:28",
      "2026-03-14T09:10:00Z | 09:10 Z",
      "Updated: March 15, 2026 8:00 AM | none",
      "March 14, 2026 | none",
      "14 March 2026 | none",
      "At 9:10 AM on March 14, 2026 the bridge fell | none",
  })
  void aDateLineOfTheDayGivesItsTime(String line, String time) {
    assertThat(PublishedTime.onLine(line, DAY).map(PublishedTime.Clock::toString)).isEqualTo(Optional.ofNullable(time));
  }

  @Test
  void anUpdatesTimeIsTakenOverTheFirstVersions() {
    Article a = Article.of("v2", "Lindby Gazette", DAY, "", "Quay fire out\n\nBy Ann Rell\nMarch 14, 2026 7:05 AM\n"
        + "Updated: March 14, 2026 9:10 AM\n\nThe fire on the Lindby quay was put out at 8:30 AM, the harbour master said.");
    assertThat(PublishedTime.of(a).map(PublishedTime.Clock::toString)).contains("09:10");
  }

  @Test
  void anUndatedArticleHasNoTime() {
    Article a = Article.of("v1", "Lindby Gazette", null, "", "Quay fire\n\nMarch 14, 2026 7:05 AM\n\nThe fire burns on.");
    assertThat(PublishedTime.of(a)).isEmpty();
  }
}
