package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Post stamps read as times, one row of the Javadoc's table per case, and which runs of them go newest first. */
class LivePostsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"9:02 AM|542", "09:02|542", "9.02am|542", "12:05 a.m.|5", "9:40 pm BST|1300",
      "21:40|1300", "2 min ago|-2", "1 hr ago|-60", "3 hours ago|-180"})
  void stampsReadAsMinutes(String stamp, int minutes) {
    assertThat(LivePosts.minutes(stamp)).hasValue(minutes);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"Tuesday (May 5)", "25:10", "13:05 pm", "9:02 AM Death toll rises", "Updated 9:40 am", ""})
  void linesThatAreNoStampAlone(String line) {
    assertThat(LivePosts.minutes(line)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void aLivePagesPostsRunNewestFirstAndAStorysTimelineForward() {
    assertThat(LivePosts.newestFirst(List.of("9:02 AM", "8:40 AM", "8:40 AM", "6:30 AM"))).isTrue();
    assertThat(LivePosts.newestFirst(List.of("2 min ago", "1 hr ago"))).isTrue();
    assertThat(LivePosts.newestFirst(List.of("6:30 AM", "8:15 AM", "9:02 AM"))).isFalse();
    assertThat(LivePosts.newestFirst(List.of("9:02 AM", "6:30 AM", "8:15 AM"))).isFalse();
    // one stamp, the same time twice, or a day that reads as no time decide nothing
    assertThat(LivePosts.newestFirst(List.of("9:02 AM"))).isFalse();
    assertThat(LivePosts.newestFirst(List.of("9:02 AM", "9:02 AM"))).isFalse();
    assertThat(LivePosts.newestFirst(List.of("9:02 AM", "Monday (May 4)"))).isFalse();
  }
}
