package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static dev.parallax.compare.Fixtures.compare;
import static dev.parallax.compare.Fixtures.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscrepancyFinderTest {
  private static List<String> discrepancies(String a, String b) {
    AnalyzedArticle x = article("x", null, a);
    AnalyzedArticle y = article("y", null, b);
    return compare(List.of(x, y), passage("p1", x, x.sentences().get(0).text().substring(0, 4),
        y, y.sentences().get(0).text().substring(0, 4))).discrepancies().stream()
        .map(d -> d.kind() + " " + d.passage() + " " + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .toList();
  }

  @Test
  void changedNumber() {
    assertThat(discrepancies("Ukraine says 90,000 troops have gathered on its border.",
        "Ukraine says more than 94,000 Russian soldiers have massed on its border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, y=94,000 Russian soldiers]");
  }

  @Test
  void numberOnlyOneMemberStatesIsNoConflict() {
    assertThat(discrepancies("Ukraine says 90,000 troops have gathered on its border.",
        "Ukraine says Russian troops have gathered on its border.")).isEmpty();
  }

  @Test
  void differentUnitsAreNotCompared() {
    assertThat(discrepancies("The war has killed 13,000 people since it began.",
        "The war has involved 90,000 troops since it began.")).isEmpty();
  }

  @Test
  void sameNumberIsNoConflict() {
    assertThat(discrepancies("Ukraine says 90,000 troops are there.", "Kyiv counts 90,000 soldiers there.")).isEmpty();
  }

  @Test
  void valuesPointAtTheCharactersThatStateThem() {
    String text = "Officials counted 94,000 tanks; Ukraine says 94,000 troops are near the border.";
    AnalyzedArticle x = article("x", null, "Ukraine says 90,000 troops are near the border.");
    AnalyzedArticle y = article("y", null, text);
    Discrepancy d = compare(List.of(x, y), passage("p1", x, "Ukraine", y, "Officials")).discrepancies().get(0);
    Discrepancy.Value v = d.values().get(1);
    // "94,000" stands twice; the troops are the second.
    assertThat(v.value()).isEqualTo("94,000 troops");
    assertThat(v.start()).isEqualTo(text.indexOf("94,000 troops"));
    assertThat(text.substring(v.start(), v.end())).isEqualTo("94,000 troops");
  }

  @Test
  void anArticleThatStatesTwoValuesShowsBoth() {
    assertThat(discrepancies("Ukraine says 90,000 troops are near the border, and NATO says 100,000 troops.",
        "Ukraine says 94,000 troops are near the border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, x=100,000 troops, y=94,000 troops]");
  }

  @Test
  void aValueRepeatedIsListedOnce() {
    assertThat(discrepancies("Ukraine says 90,000 troops are near the border; 90,000 troops is a record.",
        "Ukraine says 94,000 troops are near the border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, y=94,000 troops]");
  }

  @Test
  void changedWeekday() {
    assertThat(discrepancies("Lavrov spoke in Stockholm on Thursday.", "Lavrov spoke in Stockholm on Friday."))
        .containsExactly("DATE p1 [x=Thursday, y=Friday]");
  }

  @Test
  void sameWeekdayIsNoConflict() {
    assertThat(discrepancies("Lavrov spoke on Thursday.", "On Thursday Lavrov spoke.")).isEmpty();
  }

  @Test
  void changedDate() {
    assertThat(discrepancies("The ministers met on December 2, 2021.", "The ministers met on December 3, 2021."))
        .containsExactly("DATE p1 [x=December 2, 2021, y=December 3, 2021]");
  }

  @Test
  void transliterationIsNoNameConflict() {
    assertThat(discrepancies("Sergei Lavrov spoke in Stockholm.", "Sergey Lavrov spoke in Stockholm.")).isEmpty();
  }

  @Test
  void differentGivenNamesConflict() {
    assertThat(discrepancies("The statement came from Mark Johnson yesterday.",
        "The statement came from Robert Johnson yesterday."))
        .containsExactly("NAME p1 [x=Mark Johnson, y=Robert Johnson]");
  }
}
