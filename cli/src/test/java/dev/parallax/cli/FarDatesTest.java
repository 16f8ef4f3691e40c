package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FarDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-10-18 2021-10-19 2099-10-18 | ''         | c: 77 years after the latest other, 2021-10-19",
      "2021-10-18 2099-10-18 2099-10-18 | ''         | ''",
      "2021-10-18 2099-10-18 2099-10-18 | 2021-10-18 | b: 78 years after the last batch's end, 2021-10-18 c: 78 years after the last batch's end, 2021-10-18",
      "2021-10-18 2022-10-18            | ''         | ''"})
  void aDateMoreThanAYearAfterEveryOtherOrTheLastBatchIsNamed(String dates, String batchEnd, String named) {
    Map<String, LocalDate> days = new LinkedHashMap<>();
    String[] given = dates.split(" +");
    for (int i = 0; i < given.length; i++) {
      days.put(String.valueOf((char) ('a' + i)), LocalDate.parse(given[i]));
    }
    Optional<LocalDate> end = batchEnd.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(batchEnd));

    assertThat(String.join(" ", FarDates.of(days, end).stream().map(f -> f.id() + ": " + f.after()).toList()))
        .isEqualTo(named);
  }
}
