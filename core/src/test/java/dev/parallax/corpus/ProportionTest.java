package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wilson intervals, one test per row of the Javadoc's edge-case table, and a textbook value. */
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
}
