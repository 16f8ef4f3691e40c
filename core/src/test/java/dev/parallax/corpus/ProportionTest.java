package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wilson intervals, one test per row of the Javadoc's edge-case table, and a textbook value; event-level bootstrap. */
class ProportionTest {
  @Test
  void nothingCountedKnowsNothing() {
    Proportion p = Proportion.wilson(0, 0, List.of());
    assertThat(p.rate()).isZero();
    assertThat(p.low()).isZero();
    assertThat(p.high()).isEqualTo(1.0);
  }

  @Test
  void neverStillLeavesRoomAbove() {
    Proportion p = Proportion.wilson(0, 10, List.of());
    assertThat(p.low()).isZero();
    assertThat(p.high()).isCloseTo(0.2775, within(1e-4));
  }

  @Test
  void alwaysStillLeavesRoomBelow() {
    Proportion p = Proportion.wilson(10, 10, List.of());
    assertThat(p.high()).isEqualTo(1.0);
    assertThat(p.low()).isCloseTo(0.7225, within(1e-4));
  }

  @Test
  void halfOfTwenty() {
    Proportion p = Proportion.wilson(10, 20, List.of());
    assertThat(p.low()).isCloseTo(0.2993, within(1e-4));
    assertThat(p.high()).isCloseTo(0.7007, within(1e-4));
  }

  @Test
  void eventsCannotBeChangedAfterwards() {
    List<String> events = new ArrayList<>(List.of("e1"));
    Proportion p = Proportion.wilson(1, 2, events);
    events.add("e2");
    assertThat(p.events()).containsExactly("e1");
    assertThatThrownBy(() -> p.events().add("e3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void moreThanTheTotalIsRefused() {
    assertThatThrownBy(() -> Proportion.wilson(3, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotesThatGoTogetherByEventGetAWiderIntervalThanWilsonGives() {
    // An outlet quotes ten speakers in each of ten events: in five events it gives every quote word for word, in the
    // other five none. 50 of 100 quotes, but really five events of ten: the interval by event is about as wide as
    // that of 5/10, where Wilson's, treating the 100 quotes as independent, is that of 50/100.
    int[] verbatim = {10, 0, 10, 0, 10, 0, 10, 0, 10, 0};
    int[] quotes = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    Proportion p = Proportion.byEvent(verbatim, quotes, List.of("e1", "e3", "e5", "e7", "e9"));
    assertThat(p.count()).isEqualTo(50);
    assertThat(p.total()).isEqualTo(100);
    assertThat(p.low()).isCloseTo(0.4038, within(1e-4));    // Wilson, as for wilson(50, 100)
    assertThat(p.bootstrap()).hasValueSatisfying(b -> {
      assertThat(b.low()).isBetween(0.1, 0.3);
      assertThat(b.high()).isBetween(0.7, 0.9);
      assertThat(b.resampledEvents()).isEqualTo(10);
      assertThat(b.resamples()).isEqualTo(Proportion.RESAMPLES);
    });
    assertThat(Proportion.byEvent(verbatim, quotes, List.of())).isEqualTo(Proportion.byEvent(verbatim, quotes, List.of()));
  }

  @Test
  void quotesSpreadEvenlyOverEventsGetAnIntervalByEventNoWiderThanWilsons() {
    // The same 50 of 100 quotes, five word for word in every event: events do not differ, nor do their resamples.
    int[] verbatim = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
    int[] quotes = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    Proportion p = Proportion.byEvent(verbatim, quotes, List.of());
    assertThat(p.bootstrap()).hasValueSatisfying(b -> {
      assertThat(b.low()).isEqualTo(0.5);
      assertThat(b.high()).isEqualTo(0.5);
    });
  }

  @Test
  void quotesOfFewerThanTenEventsGetNoIntervalByEventAndEventsWithoutQuotesAreNotDrawn() {
    Proportion one = Proportion.byEvent(new int[] {3, 0, 0}, new int[] {4, 0, 0}, List.of("e1"));
    assertThat(one.bootstrap()).isEmpty();
    assertThat(one.low()).isEqualTo(Proportion.wilson(3, 4, List.of()).low());
    // 4 of 6 quotes in two events: drawing two events from two says next to nothing of how events differ
    Proportion two = Proportion.byEvent(new int[] {3, 0, 1}, new int[] {4, 0, 2}, List.of("e1", "e3"));
    assertThat(two.bootstrap()).isEmpty();
    assertThat(two).isEqualTo(Proportion.wilson(4, 6, List.of("e1", "e3")));
    // ten events with quotes among twelve: the two without are not drawn
    Proportion ten = Proportion.byEvent(new int[] {1, 0, 0, 2, 1, 0, 1, 1, 0, 2, 1, 0},
        new int[] {2, 0, 3, 2, 1, 0, 2, 3, 1, 2, 2, 1}, List.of());
    assertThat(ten.bootstrap()).hasValueSatisfying(b -> assertThat(b.resampledEvents()).isEqualTo(10));
    assertThat(Proportion.byEvent(new int[0], new int[0], List.of())).isEqualTo(Proportion.wilson(0, 0, List.of()));
    assertThatThrownBy(() -> Proportion.byEvent(new int[] {5}, new int[] {4}, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCountOfNoneOrOfAllGetsNoIntervalByEvent() {
    // No quote altered in twelve events: every resample gives 0, an interval [0, 0] that would claim certainty, where
    // Wilson's [0, 0.13] says what 27 quotes can say.
    int[] quotes = {2, 3, 2, 1, 3, 2, 2, 3, 1, 2, 3, 3};
    Proportion none = Proportion.byEvent(new int[12], quotes, List.of());
    assertThat(none.bootstrap()).isEmpty();
    assertThat(none.high()).isGreaterThan(0.1);
    Proportion all = Proportion.byEvent(quotes, quotes, List.of());
    assertThat(all.bootstrap()).isEmpty();
    assertThat(all.low()).isLessThan(0.9);
  }

  @Test
  void theIntervalByEventDoesNotDependOnTheEventsOrder() {
    // An outlet's quotes over twelve events, once in the order the events were found and once as a later run (another
    // batch order) lists them: word for word 4 of 5 at the Harbour fire, 0 of 3 at the dam vote, and so on. The same
    // events in another order are the same evidence, so they give the same interval, to the bit.
    int[] verbatim = {4, 0, 2, 6, 1, 0, 3, 1, 0, 2, 5, 1};
    int[] quotes = {5, 3, 2, 9, 4, 1, 3, 2, 2, 4, 6, 1};
    int[] shuffledVerbatim = {0, 6, 1, 4, 0, 2, 1, 5, 2, 0, 1, 3};
    int[] shuffledQuotes = {1, 9, 4, 5, 3, 2, 1, 6, 4, 2, 2, 3};
    Proportion found = Proportion.byEvent(verbatim, quotes, List.of());
    Proportion later = Proportion.byEvent(shuffledVerbatim, shuffledQuotes, List.of());
    assertThat(later.bootstrap()).isEqualTo(found.bootstrap()).isPresent();
    assertThat(later).isEqualTo(found);
    // Near variant: other evidence (one event's quotes no longer word for word) may give another interval, and the
    // interval still holds the rate.
    Proportion other = Proportion.byEvent(new int[] {4, 0, 2, 0, 1, 0, 3, 1, 0, 2, 5, 1}, quotes, List.of());
    assertThat(other.bootstrap()).hasValueSatisfying(b -> assertThat(b.low()).isLessThanOrEqualTo(other.rate()));
    assertThat(other.bootstrap().orElseThrow().high()).isLessThan(found.bootstrap().orElseThrow().high());
  }
}
