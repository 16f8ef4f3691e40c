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

  private static boolean twoRemarks(String one, String other) {
    List<Occasion> linked = Occasion.linked(List.of(of(one), of(other)));
    return linked.get(0).conflicts(linked.get(1));
  }

  @Test
  void mediaAndDaysTheWordsAroundTheQuoteName() {
    Occasion o = of("\u201CThe dam will hold,\u201D Minister Ilse Varga told Radio Veld's Ann Bell Monday night.");
    assertThat(o.media()).contains("radio", "veld", "ann", "bell");
    assertThat(o.days()).containsExactly("monday");
    assertThat(of("\u201CThe dam will hold,\u201D Ilse Varga said in an interview with the Kestrel Post.").media())
        .contains("kestrel", "post");
    assertThat(of("On Friday, Ilse Varga said the dam \u201Cwill hold.\u201D").days()).containsExactly("friday");
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
}
