package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RepeatedIds}: how a feed's line that repeats an id is named, by both readers of feeds. */
class RepeatedIdsTest {
  @Test
  void theReasonNamesTheIdAndItsFirstLine() {
    assertThat(RepeatedIds.reason("orsk-ferry", 3))
        .isEqualTo("the id 'orsk-ferry' is also the id of line 3; ids must be distinct");
    assertThat(RepeatedIds.reason("orsk\nferry", 12)).contains("'orsk\\nferry'"); // on one line
  }

  @Test
  void moreRepeatsAreCounted() {
    assertThat(RepeatedIds.andMore(0)).isEmpty();
    assertThat(RepeatedIds.andMore(1)).isEqualTo(" (and 1 more line repeats an id)");
    assertThat(RepeatedIds.andMore(4)).isEqualTo(" (and 4 more lines repeat an id)");
  }
}
