package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event's id names its earliest article, so a corpus that grows keeps the ids of the events it had. */
class EventIdsTest {
  private static final MinHashGrouper GROUPER = EventGroupers.minHash();
  private static final long MONDAY = LocalDate.of(2026, 5, 4).toEpochDay();

  /** The events of invented articles ({@code id@day offset}), each pair given matches every other in its story. */
  private static List<CorpusEvent> group(List<String> articles) {
    List<ArticleSketch> keys = new ArrayList<>();
    for (String a : articles) {
      String[] p = a.split("@");
      keys.add(ArticleSketch.key(p[0], "Outlet of " + p[0], MONDAY + Integer.parseInt(p[1]), "Headline of " + p[0]));
    }
    keys.sort(MinHashGrouper.order());
    List<ScoredPair> matches = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < i; j++) {
        String story = keys.get(i).id().split("-")[0];
        if (keys.get(j).id().startsWith(story + "-")) {
          matches.add(new ScoredPair(keys.get(i).id(), keys.get(j).id(), 0.6));
        }
      }
    }
    return GROUPER.cluster(keys, matches);
  }

  private static CorpusEvent holding(List<CorpusEvent> events, String article) {
    return events.stream().filter(e -> e.articles().contains(article)).findFirst().orElseThrow();
  }

  @Test
  void anEventKeepsItsIdWhenAnEarlierStoryIsGroupedBeforeIt() {
    // The Tarnby ferry strike is an event in a feed of its own week and in the archive that also holds an earlier
    // story, the Lindby dam vote: a cited id must name the same strike in both.
    List<CorpusEvent> week = group(List.of("ferry-herald@2", "ferry-courier@2", "ferry-post@3"));
    List<CorpusEvent> archive = group(List.of("dam-gazette@0", "dam-observer@1", "ferry-herald@2", "ferry-courier@2",
        "ferry-post@3"));
    assertThat(holding(archive, "ferry-herald").id()).isEqualTo(holding(week, "ferry-herald").id())
        .isEqualTo(EventIds.of("ferry-courier"));   // its earliest article: day 2, and "courier" before "herald"
    assertThat(holding(archive, "dam-gazette").id()).isEqualTo(EventIds.of("dam-gazette"))
        .isNotEqualTo(holding(archive, "ferry-herald").id());
  }

  @Test
  void anEventThatGrowsLaterKeepsItsIdAndOneThatGainsAnEarlierArticleTakesThatArticlesId() {
    String before = holding(group(List.of("ferry-herald@2", "ferry-courier@2")), "ferry-herald").id();
    assertThat(holding(group(List.of("ferry-herald@2", "ferry-courier@2", "ferry-post@4")), "ferry-herald").id())
        .isEqualTo(before);
    assertThat(holding(group(List.of("ferry-herald@2", "ferry-courier@2", "ferry-bulletin@1")), "ferry-herald").id())
        .isEqualTo(EventIds.of("ferry-bulletin")).isNotEqualTo(before);
  }

  @Test
  void idsAreTwelveHexadecimalDigitsAfterAnEAndDistinctWithinARun() {
    List<CorpusEvent> events = EventIds.assign(group(List.of("dam-gazette@0", "ferry-herald@2", "fair-post@3",
        "fair-courier@3")));
    assertThat(events).extracting(CorpusEvent::id).allMatch(id -> id.matches("e[0-9a-f]{12}")).doesNotHaveDuplicates();
    assertThat(EventIds.assign(events)).isEqualTo(events);   // assigning again changes nothing
    assertThat(EventIds.assign(List.of())).isEmpty();
  }
}
