package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReportTest {
  private static CorpusReport undated(int articles, List<String> undated) {
    return new CorpusReport(articles, List.of(), List.of(), List.of(), List.of(), undated);
  }

  @Test
  void undatedArticlesAreNamedInOneNotice() {
    assertThat(undated(3, List.of("courier-1", "post-1")).undatedNotice()).hasValueSatisfying(n -> assertThat(n)
        .startsWith("no date given (or none readable as YYYY-MM-DD) for 2 of 3 articles (courier-1, post-1): the date"
            + " window cannot place them, so an undated article may join an event of any day")
        .endsWith("outlets.json lists them under \"undated\""));
    assertThat(undated(1, List.of("courier-1")).undatedNotice().orElseThrow())
        .contains("for 1 of 1 article (courier-1): the date window cannot place it,");
    // five ids are named, the others left at "..."
    assertThat(undated(9, List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7")).undatedNotice().orElseThrow())
        .contains("for 7 of 9 articles (a1, a2, a3, a4, a5, ...):");
    assertThat(undated(9, List.of()).undatedNotice()).isEmpty();
  }
}
