package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report left alone after the look-alike cut joins the event that holds most of its matches. */
class LoneArticlesTest {
  private static final MinHashGrouper GROUPER = EventGroupers.minHash();
  private static final long DAY = LocalDate.of(2026, 3, 2).toEpochDay();

  /** Keys for invented articles: {@code lindby-0} is a day before the others, each titled after its id. */
  private static List<ArticleSketch> keys(String... ids) {
    List<ArticleSketch> keys = new ArrayList<>();
    for (String id : ids) {
      keys.add(ArticleSketch.key(id, "Outlet", id.endsWith("-0") ? DAY - 1 : DAY, "Title of " + id));
    }
    keys.sort(MinHashGrouper.order());
    return keys;
  }

  private static CorpusEvent event(String id, String... articles) {
    long day = List.of(articles).stream().allMatch(a -> a.endsWith("-0")) ? DAY - 1 : DAY;
    return new CorpusEvent(id, "Title of " + articles[0], List.of(articles), Optional.of(LocalDate.ofEpochDay(day)),
        Optional.of(LocalDate.ofEpochDay(DAY)));
  }

  private static final List<ArticleSketch> KEYS = keys("lindby-0", "lindby-1", "lindby-2", "lindby-3", "lindby-4",
      "strand-1", "strand-2", "strand-3");
  /** After the cut: the Lindby flood's four later reports, the Strand flood's three, and the first Lindby report alone. */
  private static final List<CorpusEvent> CUT = List.of(
      event("e1", "lindby-0"),
      event("e2", "lindby-1", "lindby-2", "lindby-3", "lindby-4"),
      event("e2-2", "strand-1", "strand-2", "strand-3"));

  private static List<ScoredPair> pairs(String lone, String... others) {
    List<ScoredPair> out = new ArrayList<>();
    for (String o : others) {
      out.add(new ScoredPair(o, lone, 0.2));
    }
    return out;
  }

  @Test
  void aFirstReportWhoseMatchesMostlyLieInOneEventJoinsIt() {
    // Three matches with the Lindby reports, one with a Strand report (the two floods share their words).
    List<CorpusEvent> events = LoneArticles.join(CUT, KEYS,
        pairs("lindby-0", "lindby-1", "lindby-3", "lindby-4", "strand-2"), GROUPER);
    assertThat(events).extracting(CorpusEvent::id).containsExactly("e2", "e2-2");
    CorpusEvent lindby = events.get(0);
    assertThat(lindby.articles()).containsExactly("lindby-0", "lindby-1", "lindby-2", "lindby-3", "lindby-4");
    assertThat(lindby.title()).isEqualTo("Title of lindby-0");
    assertThat(lindby.first()).contains(LocalDate.ofEpochDay(DAY - 1));
    assertThat(lindby.last()).contains(LocalDate.ofEpochDay(DAY));
  }

  @Test
  void matchesSplitEvenlyOverTwoEventsLeaveItAlone() {
    List<ScoredPair> pairs = pairs("lindby-0", "lindby-1", "lindby-2", "strand-1", "strand-3");
    assertThat(LoneArticles.join(CUT, KEYS, pairs, GROUPER)).isEqualTo(CUT);
  }

  @Test
  void fewerMatchesThanTheEventWouldAskOfALateReportLeaveItAlone() {
    // One match of four reports, where a report coming last would need two.
    assertThat(LoneArticles.join(CUT, KEYS, pairs("lindby-0", "lindby-2"), GROUPER)).isEqualTo(CUT);
  }

  @Test
  void anotherLoneReportIsNoHome() {
    List<CorpusEvent> cut = List.of(event("e1", "lindby-0"), event("e2", "lindby-1"),
        event("e3", "lindby-2", "lindby-3"));
    List<ScoredPair> pairs = new ArrayList<>(pairs("lindby-0", "lindby-1", "lindby-2"));
    List<CorpusEvent> events = LoneArticles.join(cut, keys("lindby-0", "lindby-1", "lindby-2", "lindby-3"), pairs, GROUPER);
    // lindby-0's one match in the event of two is all it needs; lindby-1 matched only lindby-0, itself alone.
    assertThat(events).extracting(CorpusEvent::articles)
        .containsExactly(List.of("lindby-0", "lindby-2", "lindby-3"), List.of("lindby-1"));
  }

  @Test
  void noPairsLeaveTheEventsAsTheyAre() {
    assertThat(LoneArticles.join(CUT, KEYS, List.of(), GROUPER)).isEqualTo(CUT);
    assertThat(LoneArticles.join(List.of(), List.of(), List.of(), GROUPER)).isEmpty();
  }
}
