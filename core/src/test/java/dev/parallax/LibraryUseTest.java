package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.Passage;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a library user reaches for: a passage's words in each outlet, findings that print as prose. */
class LibraryUseTest {
  private static final ArticleReader READER = ArticleReader.create();

  private static Article article(String id, String outlet, String text) {
    return READER.fromText(id, text).withMetadata(outlet, Optional.of(LocalDate.of(2024, 3, 5)));
  }

  /** The Courier's ("a") and the Gazette's ("b") story of a warehouse roof, with {@code more} after the Courier's. */
  private static Comparison roofStories(String more) {
    return Parallax.create().compare(List.of(
        article("a", "Courier", "The roof of the Harbour Street warehouse collapsed in the storm on Tuesday, and"
            + " twelve workers were hurt." + more),
        article("b", "Gazette", "Twelve workers were hurt when the roof of the Harbour Street warehouse collapsed"
            + " in Tuesday's storm.")));
  }

  @Test
  void aPassageGivesEachOutletsWordsThroughTheComparison() {
    Comparison c = roofStories("");
    Passage roof = c.passages().get(0);

    assertThat(c.textOf(roof, "b")).isEqualTo("Twelve workers were hurt when the roof of the Harbour Street warehouse"
        + " collapsed in Tuesday's storm.");
    assertThat(c.versions(roof)).containsOnlyKeys("a", "b");
    assertThat(c.versions(roof).get("a")).startsWith("The roof of the Harbour Street warehouse");
  }

  @Test
  void anIdThatIsNoArticleIsRefusedNotAnsweredWithNothing() {
    Comparison c = roofStories(" The fire brigade closed the street for the night.");
    Passage roof = c.passages().get(0);

    // "Gazette" is the outlet's name, not its article's id: asked by it, the comparison says so rather than "nothing"
    assertThatThrownBy(() -> c.omissionsOf("Gazette")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Gazette' is not an article of this comparison").hasMessageContaining("a, b");
    assertThatThrownBy(() -> c.reportedLaterOf("Gazette")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.textOf(roof, "Gazette")).isInstanceOf(IllegalArgumentException.class);
    assertThat(c.article("Gazette")).isEmpty();   // the lookup that may find nothing
    assertThat(c.omissionsOf("b")).isNotEmpty();   // by its id, the gazette leaves the street's closing out
  }

  @Test
  void aHeadlineStaysOnItsOwnLineInAnOutletsVersion() {
    Comparison c = Parallax.create().compare(List.of(
        article("a", "Courier", "Barge strike shuts Millbrook river bridge\n\nThe Millbrook river bridge was closed on"
            + " Tuesday after a barge struck one of its piers, the county said."),
        article("b", "Gazette", "Millbrook bridge closed after barge hits pier\n\nThe county closed the Millbrook river"
            + " bridge on Tuesday after a barge struck a pier.")));
    Passage closure = c.passages().stream().filter(p -> c.textOf(p, "a").startsWith("Barge strike")).findFirst()
        .orElseThrow();

    assertThat(c.textOf(closure, "a")).startsWith("Barge strike shuts Millbrook river bridge\nThe Millbrook river");
  }

  @Test
  void aDiscrepancyPrintsAsOneLineOfProse() {
    Discrepancy d = new Discrepancy(DiscrepancyKind.NUMBER, "p3", List.of(
        new Discrepancy.Value("002_bi", "94,000 troops", 2, 100, 113),
        new Discrepancy.Value("003_zh", "more than 90,000 Russian troops", 2, 80, 111),
        new Discrepancy.Value("003_zh", "100,000 troops", 5, 300, 314)));

    assertThat(d).hasToString("number in p3: 002_bi \"94,000 troops\" vs 003_zh \"more than 90,000 Russian troops\","
        + " \"100,000 troops\"");
    assertThat(d.values().get(0)).hasToString("002_bi \"94,000 troops\" (sentence 2, characters 100-113)");
  }
}
