package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clustering step: an article joins an event only by matching a share of its recent members. */
class OnlineClustersTest {
  private static List<List<Integer>> run(double share, int cap, List<Map<Integer, Double>> matches) {
    OnlineClusters c = new OnlineClusters(3, share, cap);
    for (Map<Integer, Double> m : matches) {
      c.add(0, m);
    }
    return c.clusters();
  }

  @Test
  void aBridgingArticleDoesNotMergeTwoEvents() {
    // Articles 0-3 are one event, 4-7 another; article 8 matches one member of each.
    List<List<Integer>> clusters = run(0.5, 6, List.of(
        Map.of(), Map.of(0, .5), Map.of(0, .5, 1, .5), Map.of(0, .5, 1, .5, 2, .5),
        Map.of(), Map.of(4, .5), Map.of(4, .5, 5, .5), Map.of(4, .5, 5, .5, 6, .5),
        Map.of(3, .9, 7, .9)));
    assertThat(clusters).containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7), List.of(8));
  }

  @Test
  void anArticleMatchingHalfAnEventJoinsIt() {
    List<List<Integer>> clusters = run(0.5, 6, List.of(Map.of(), Map.of(0, .4), Map.of(1, .3)));
    assertThat(clusters).containsExactly(List.of(0, 1, 2));
  }

  @Test
  void theBetterMatchedEventWins() {
    List<List<Integer>> clusters = run(0.5, 6, List.of(
        Map.of(), Map.of(0, .5), Map.of(), Map.of(2, .5), Map.of(0, .3, 1, .3, 2, .9)));
    assertThat(clusters).containsExactly(List.of(0, 1, 4), List.of(2, 3));
  }

  @Test
  void largeEventsNeedAFixedNumberOfMatches() {
    // With a cap of 2 and share 0.5, one match suffices even in an event of five.
    List<List<Integer>> clusters = run(0.5, 2, List.of(
        Map.of(), Map.of(0, .5), Map.of(0, .5), Map.of(0, .5), Map.of(0, .5), Map.of(4, .5)));
    assertThat(clusters).containsExactly(List.of(0, 1, 2, 3, 4, 5));
  }

  @Test
  void aFirstReportLeftAloneJoinsTheEventAllItsMatchesAreIn() {
    // Article 1 does not match article 0, so it opens an event; 2 matches both and joins 1 (the better score);
    // 3 matches all three and joins the larger group. Article 0, alone, matched two of that event's three
    // members, as many as an article coming last would need: it belongs there.
    List<List<Integer>> clusters = run(0.5, 6, List.of(
        Map.of(), Map.of(), Map.of(0, .3, 1, .5), Map.of(0, .3, 1, .5, 2, .5)));
    assertThat(clusters).containsExactly(List.of(0, 1, 2, 3));
  }

  @Test
  void aLoneArticleWhoseMatchesLieInTwoEventsStaysAlone() {
    // As above, but article 0 also matched article 5 of another event: which event it belongs to is unclear.
    List<List<Integer>> clusters = run(0.5, 6, List.of(
        Map.of(), Map.of(), Map.of(0, .3, 1, .5), Map.of(0, .3, 1, .5, 2, .5), Map.of(), Map.of(0, .4, 4, .5)));
    assertThat(clusters).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5));
  }

  @Test
  void aLoneArticleWithTooFewMatchesInALargeEventStaysAlone() {
    // Articles 1-6 are one event; article 0 came first and only article 6 matched it: one match of six, where
    // an article coming last would need three.
    List<List<Integer>> clusters = run(0.5, 6, List.of(
        Map.of(), Map.of(), Map.of(1, .5), Map.of(1, .5, 2, .5), Map.of(1, .5, 2, .5), Map.of(2, .5, 3, .5, 4, .5),
        Map.of(0, .3, 3, .5, 4, .5, 5, .5)));
    assertThat(clusters).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5, 6));
  }

  @Test
  void aLoneArticleKeepsItsMatchesEarlierAndLaterForAfterTheCut() {
    // Article 0 opened an event and was matched by later articles of two events: it stays alone, and what it
    // matched is kept; article 1 is no longer alone.
    OnlineClusters later = new OnlineClusters(3, 0.5, 6);
    for (Map<Integer, Double> m : List.of(Map.<Integer, Double>of(), Map.<Integer, Double>of(), Map.of(0, .3, 1, .5),
        Map.of(0, .3, 1, .5, 2, .5), Map.<Integer, Double>of(), Map.of(0, .4, 4, .5))) {
      later.add(0, m);
    }
    assertThat(later.clusters()).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5));
    assertThat(later.openerMatches(0)).containsExactly(Map.entry(2, .3), Map.entry(3, .3), Map.entry(5, .4));
    assertThat(later.openerMatches(1)).isEmpty();
    // Article 8 matched earlier members of two events of four.
    OnlineClusters earlier = new OnlineClusters(3, 0.5, 6);
    for (Map<Integer, Double> m : List.of(
        Map.<Integer, Double>of(), Map.of(0, .5), Map.of(0, .5, 1, .5), Map.of(0, .5, 1, .5, 2, .5),
        Map.<Integer, Double>of(), Map.of(4, .5), Map.of(4, .5, 5, .5), Map.of(4, .5, 5, .5, 6, .5),
        Map.of(3, .9, 7, .9))) {
      earlier.add(0, m);
    }
    assertThat(earlier.openerMatches(8)).containsExactly(Map.entry(3, .9), Map.entry(7, .9));
  }

  @Test
  void oneLongRunningEventOfTwentyThousandReportsStaysOneEvent() {
    // A feed that follows one long-running story: each report matches the six before it, and the event's recent
    // members are counted up to the cap only (the cost of each newcomer no longer grows with the event: measured by
    // CorpusProbe in bench, docs/performance.md, not timed here).
    int n = 20_000;
    OnlineClusters c = new OnlineClusters(3, 0.5, 6);
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> m = new HashMap<>();
      for (int j = Math.max(0, i - 6); j < i; j++) {
        m.put(j, 0.6);
      }
      c.add(0, m);
    }
    List<List<Integer>> clusters = c.clusters();
    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0)).hasSize(n);
  }

  @Test
  void onlyMembersWithinTheWindowRaiseWhatALateReportNeeds() {
    // Two reports on day 0 open an event; two on day 20 join it through its first report. A third on day 20 that
    // matches only the first report needs two matches now (two recent members, cap 2) and opens its own event;
    // matching a recent member as well, it joins.
    List<List<Integer>> alone = late(Map.of(0, .5));
    assertThat(alone).containsExactly(List.of(0, 1, 2, 3), List.of(4));
    List<List<Integer>> joined = late(Map.of(0, .5, 2, .5));
    assertThat(joined).containsExactly(List.of(0, 1, 2, 3, 4));
  }

  private static List<List<Integer>> late(Map<Integer, Double> lastMatches) {
    OnlineClusters c = new OnlineClusters(3, 1.0, 2);
    c.add(0, Map.of());
    c.add(0, Map.of(0, .5));
    c.add(20, Map.of(0, .5));
    c.add(20, Map.of(0, .5));
    c.add(20, lastMatches);
    return c.clusters();
  }
  @Test
  void aStoryFollowedForYearsAtOneArticleADayStaysOneEvent() {
    // A river-port strike covered at one article a day for 20,000 days, each report matching the three before it:
    // one event, however far its first members lie behind the window. What that costs (each new article weighs the
    // members within the window, not the whole story) is measured by `CorpusProbe title N PERDAY`, not here.
    int n = 20_000;
    OnlineClusters c = new OnlineClusters(3, 0.5, 6);
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> m = new HashMap<>();
      for (int j = Math.max(0, i - 3); j < i; j++) {
        m.put(j, .5);
      }
      assertThat(c.add(i, m)).isZero();
    }
    assertThat(c.clusters()).hasSize(1);
    assertThat(c.clusters().get(0)).hasSize(n);
  }

  @Test
  void undatedReportsStillCountAsRecentMembersOfALongStory() {
    // Four undated reports of a ferry strike open the event, then dated ones follow one a day. An article a year
    // later that matches one dated member needs matches with half the members near it, and the undated four are near
    // every day: one match is not enough, so it opens an event of its own. Near variant: an article matching three
    // members (half of the six it weighs, the cap) joins.
    OnlineClusters c = new OnlineClusters(3, 0.5, 6);
    long none = ArticleSketch.NO_DAY;
    c.add(none, Map.of());
    c.add(none, Map.of(0, .5));
    c.add(none, Map.of(0, .5, 1, .5));
    c.add(none, Map.of(0, .5, 1, .5, 2, .5));
    for (int d = 0; d < 20; d++) {
      c.add(d, Map.of(0, .5, 1, .5, 2, .5));
    }
    assertThat(c.add(400, Map.of(23, .9))).isEqualTo(1);
    assertThat(c.add(401, Map.of(0, .5, 1, .5, 23, .9))).isZero();
  }
}
