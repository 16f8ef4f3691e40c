package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccasionTest {
  private static Occasion of(String text) {
    AnalyzedArticle a = article("a", null, text);
    assertThat(a.quotes()).isNotEmpty();
    return Occasion.of(a, a.quotes().get(0));
  }

  private static Occasion of(String date, String text) {
    AnalyzedArticle a = article("a", date, text);
    assertThat(a.quotes()).isNotEmpty();
    return Occasion.of(a, a.quotes().get(0));
  }

  private static boolean twoRemarks(String one, String other) {
    List<Occasion> linked = Occasion.linked(List.of(of(one), of(other)));
    return linked.get(0).conflicts(linked.get(1));
  }

  /** Whether the versions of two articles published on {@code date} name two occasions. */
  private static boolean twoRemarks(String date, String one, String other) {
    return of(date, one).conflicts(of(date, other));
  }

  @Test
  void mediaAndDaysTheWordsAroundTheQuoteName() {
    Occasion o = of("\u201CThe dam will hold,\u201D Minister Ilse Varga told Radio Veld's Ann Bell Monday night.");
    assertThat(o.media()).contains("radio", "veld", "ann", "bell");
    assertThat(o.days()).containsExactly("monday");
    assertThat(of("\u201CThe dam will hold,\u201D Ilse Varga said in an interview with the Kestrel Post.").media())
        .contains("kestrel", "post");
    assertThat(of("On Friday, Ilse Varga said the dam \u201Cwill hold.\u201D").days()).containsExactly("friday");
    assertThat(of("Ilse Varga issued a statement on Friday, saying: \u201CThe dam will hold.\u201D").days())
        .containsExactly("friday");
    // a day that dates something else is no occasion of the saying
    assertThat(of("\u201CThe dam will hold,\u201D Ilse Varga said after the flood on Sunday.").isEmpty()).isTrue();
  }

  @Test
  void twoOccasionsTable() {
    String q = "\u201CThe dam will hold,\u201D Ilse Varga ";
    assertThat(twoRemarks(q + "told Radio Veld's Ann Bell Monday.", q + "told Radio Veld on Monday.")).isFalse();
    assertThat(twoRemarks(q + "told Radio Veld.", q + "told Harbour TV.")).isTrue();
    assertThat(twoRemarks(q + "said Tuesday.", q + "said Friday.")).isTrue();
    assertThat(twoRemarks(q + "told the Kestrel Broadcasting Service.", q + "told KBS.")).isFalse();
    assertThat(twoRemarks(q + "told Radio Veld.", q + "said.")).isFalse();
    assertThat(twoRemarks(q + "told Mr. Bell.", q + "told Bell.")).isFalse();
  }

  @Test
  void anEarlierMonthIsAnotherOccasionThanADayOfTheWeekOrAnotherMonth() {
    String q = "\u201CThe dam will hold,\u201D Ilse Varga ";
    String july = "2024-07-04";
    assertThat(of(july, "Ilse Varga declared back in December that the dam \u201Cwill hold.\u201D").months())
        .containsExactly("december");
    assertThat(twoRemarks(july, q + "said in December.", q + "said on Friday.")).isTrue();
    assertThat(twoRemarks(july, q + "said in December.", q + "said last March.")).isTrue();
    assertThat(twoRemarks(july, "In December, Ilse Varga said the dam \u201Cwill hold.\u201D", q + "said Friday."))
        .isTrue();
    assertThat(twoRemarks(july, q + "said in December.", q + "said in December.")).isFalse();
    assertThat(twoRemarks(july, q + "said in December.", q + "said.")).isFalse();
    // the month of publication, and the month before in its first week, may hold the days of the week just before
    assertThat(twoRemarks(july, q + "said in July.", q + "said on Friday.")).isFalse();
    assertThat(twoRemarks(july, q + "said in June.", q + "said on Friday.")).isFalse();
    assertThat(twoRemarks("2024-07-20", q + "said in June.", q + "said on Friday.")).isTrue();
    // without the article's date a month dates nothing
    assertThat(of("Ilse Varga said in December that the dam \u201Cwill hold.\u201D").isEmpty()).isTrue();
    // a month that dates something else is no occasion of the saying
    assertThat(of(july, q + "said the flood in December was the worst.").isEmpty()).isTrue();
  }
}
