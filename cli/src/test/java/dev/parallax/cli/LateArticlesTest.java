package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.CorpusEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run says of the articles it adds inside an earlier run's days. */
class LateArticlesTest {
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 14);

  /** The days of the articles the run reads. */
  private static final Map<String, LocalDate> DAYS = Map.of("ferry-beacon", LocalDate.of(2026, 3, 7),
      "ferry-ledger", LocalDate.of(2026, 3, 7), "ferry-courier", LocalDate.of(2026, 3, 8),
      "ferry-wire", LocalDate.of(2026, 3, 20));

  private static CorpusEvent ferry(String id, String title, String... articles) {
    return new CorpusEvent(id, title, List.of(articles), Optional.of(LocalDate.of(2026, 3, 7)), Optional.empty());
  }

  private static Optional<String> note(List<CorpusEvent> now, Map<String, LateArticles.Earlier> before) {
    return LateArticles.note(now, before, id -> Optional.ofNullable(DAYS.get(id)), LAST_DAY, Path.of("out"));
  }

  @Test
  void aLateArticleThatRetitlesAnEarlierEventIsNamedWithBothTitles() {
    LateArticles.Earlier before = new LateArticles.Earlier("e1", "Ferry runs aground off Keldholm");
    Optional<String> said = note(List.of(ferry("e1", "Keldholm ferry aground in fog", "ferry-beacon", "ferry-ledger",
        "ferry-courier")), Map.of("ferry-beacon", before, "ferry-ledger", before));
    assertThat(said).contains("1 article new to out is dated on or before 2026-03-14, the last day of the earlier run"
        + " there, and joined one of its events: ferry-courier (event e1, now titled 'Keldholm ferry aground in fog', was"
        + " 'Ferry runs aground off Keldholm'); an article dated inside an earlier batch is grouped with it, so it can"
        + " change that batch's events");
  }

  @Test
  void anArticleDatedAfterTheEarlierRunOrANewEventIsNotNamed() {
    LateArticles.Earlier before = new LateArticles.Earlier("e1", "Ferry runs aground off Keldholm");
    Map<String, LateArticles.Earlier> earlier = Map.of("ferry-beacon", before, "ferry-ledger", before);
    // a later report joining the event is what batches are for
    assertThat(note(List.of(ferry("e1", "Ferry runs aground off Keldholm", "ferry-beacon", "ferry-ledger",
        "ferry-wire")), earlier)).isEmpty();
    // a late article with no article of the earlier run beside it changes none of its events
    assertThat(note(List.of(ferry("e1", "Ferry runs aground off Keldholm", "ferry-beacon", "ferry-ledger"),
        ferry("e2", "Keldholm ferry aground in fog", "ferry-courier")), earlier)).isEmpty();
    // no earlier run (or its events.jsonl gone): nothing is known, nothing said
    assertThat(note(List.of(ferry("e1", "Keldholm ferry aground in fog", "ferry-beacon", "ferry-courier")), Map.of()))
        .isEmpty();
  }

  @Test
  void theEarlierEventsAreReadFromEventsJsonlWithoutTheirReports(@TempDir Path out) throws Exception {
    Files.writeString(out.resolve("events.jsonl"), "{\"event\":\"e1\",\"title\":\"Ferry runs aground\",\"first\":\"2026-03-07\","
        + "\"articles\":[\"ferry-beacon\",\"ferry-ledger\"],\"report\":{\"schema\":\"parallax-report/1\",\"articles\":[{\"id\":"
        + "\"ferry-beacon\"}]}}\n{\"event\":\"e2\",\"title\":\"Council passes budget\",\"articles\":[\"budget-ledger\"]}\n");
    assertThat(LateArticles.earlierEvents(out)).containsOnly(
        Map.entry("ferry-beacon", new LateArticles.Earlier("e1", "Ferry runs aground")),
        Map.entry("ferry-ledger", new LateArticles.Earlier("e1", "Ferry runs aground")),
        Map.entry("budget-ledger", new LateArticles.Earlier("e2", "Council passes budget")));
    assertThat(LateArticles.earlierEvents(out.resolve("none"))).isEmpty();
  }
}
