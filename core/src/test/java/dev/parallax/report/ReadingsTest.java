package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.ingest.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What two values of a discrepancy state alike, one row per case of the class's table. */
class ReadingsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NUMBER | 12,000 residents     | more than 12,000 Lindby residents | true",
      "NUMBER | $3.6 billion         | $3.6bn                         | true",
      "NUMBER | 2.50 metres          | 2.5 metres                     | true",
      "NUMBER | 12,000 residents     | 14,000 residents               | false",
      "NUMBER | 5m wall              | 5 wall                         | true",
      "NUMBER | $5m                  | $5                             | false",
      "NUMBER | three times          | three                          | false",
      "DATE   | Thursday             | thursday                       | true",
      "DATE   | Thursday             | Friday                         | false",
      "NAME   | Sam Ortega           | Ortega's                       | false",
      "NAME   | Sam Ortega           | SAM  ORTEGA                    | true"})
  void valuesTheAnalyzerReadNoneInStateAlikeByTheirCharacters(DiscrepancyKind kind, String a, String b, boolean alike) {
    assertThat(Readings.reading(kind, a).equals(Readings.reading(kind, b))).isEqualTo(alike);
  }

  @Test
  void valuesStateWhatTheAnalyzerReadInThem() {
    String lead = "Storms cut %s off Lindby on %s, the port authority said.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", null, "", String.format(lead, "three undersea cables", "Monday")),
        Article.of("b", "Kesra Post", null, "", String.format(lead, "two undersea cables", "Tuesday")),
        Article.of("c", "Norrby Times", null, "", String.format(lead, "three Internet cables", "Monday"))));
    Discrepancy cables = new Discrepancy(DiscrepancyKind.NUMBER, "p1",
        List.of(value(c, "a", "three undersea cables"), value(c, "b", "two undersea cables"),
            value(c, "c", "three Internet cables")));
    assertThat(Readings.of(cables, c)).extracting(g -> g.stream().map(Discrepancy.Value::article).toList())
        .containsExactly(List.of("a", "c"), List.of("b"));
    Discrepancy days = new Discrepancy(DiscrepancyKind.DATE, "p1",
        List.of(value(c, "a", "Monday"), value(c, "b", "Tuesday"), value(c, "c", "Monday")));
    assertThat(Readings.of(days, c)).extracting(g -> g.stream().map(Discrepancy.Value::article).toList())
        .containsExactly(List.of("a", "c"), List.of("b"));
  }

  @Test
  void oneValueWrittenInTwoPassagesIsWrittenOutForEach() {
    String lead = "Storms cut the undersea cables off Lindby on %s, the port authority said.";
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "Lindby Courier", null, "", String.format(lead, "Monday")),
        Article.of("b", "Kesra Post", null, "", String.format(lead, "Tuesday")),
        Article.of("c", "Norrby Times", null, "", String.format(lead, "Monday"))));
    Discrepancy.Value elsewhere = value(c, "c", "Monday");
    Discrepancy days = new Discrepancy(DiscrepancyKind.DATE, "p1", List.of(value(c, "a", "Monday"),
        value(c, "b", "Tuesday"), new Discrepancy.Value(elsewhere.article(), elsewhere.value(), elsewhere.sentence(),
            elsewhere.start(), elsewhere.end(), Optional.of("p2"))));
    StringBuilder sb = new StringBuilder();
    Readings.write(days, c, sb, id -> id, v -> v.value() + v.passage().map(q -> " (in " + q + ")").orElse(""), " vs ");
    // one reading still, but each outlet's value says where it stands
    assertThat(sb).hasToString("a Monday and c Monday (in p2) vs b Tuesday");
    // written alike in one passage, the value is written once for both
    Discrepancy same = new Discrepancy(DiscrepancyKind.DATE, "p1",
        List.of(value(c, "a", "Monday"), value(c, "b", "Tuesday"), elsewhere));
    StringBuilder once = new StringBuilder();
    Readings.write(same, c, once, id -> id, Discrepancy.Value::value, " vs ");
    assertThat(once).hasToString("a and c Monday vs b Tuesday");
  }

  /** The value {@code text} as article {@code id} of {@code c} writes it. */
  private static Discrepancy.Value value(Comparison c, String id, String text) {
    int start = c.article(id).orElseThrow().article().text().indexOf(text);
    return new Discrepancy.Value(id, text, 0, start, start + text.length());
  }
}
