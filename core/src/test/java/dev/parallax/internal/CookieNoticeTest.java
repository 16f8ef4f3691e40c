package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieNoticeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We use cookies to give you the best experience on our website.        | true",
      "WE USE COOKIES. By staying on the site you agree to (our) policy.      | true",
      "Bakers in Lindby sold 4,000 cookies to visitors, the council told us.  | false",
      "US shoppers: how many cookies will you buy this winter?               | false"})
  void theSiteSpeakingOfItsCookiesToTheReader(String line, boolean notice) {
    assertThat(CookieNotice.inLine(line.strip())).isEqualTo(notice);
  }
}
