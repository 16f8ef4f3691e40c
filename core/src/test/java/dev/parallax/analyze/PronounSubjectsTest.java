package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whom a sentence that opens with "he" or "she" is about, as a reader of the article would say. */
class PronounSubjectsTest {
  private static EnglishAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = EnglishAnalyzer.create(EnglishModels.load());
  }

  private static Map<Integer, String> subjects(String text) {
    return analyzer.analyze(Article.of("a", "Outlet", null, "", text)).pronounSubjects();
  }

  @Test
  void heMeansThePersonTheSentenceBeforeIsAbout() {
    assertThat(subjects("Lindby mayor found dead\nMayor Karl Lind was a fixture of the town for decades. "
        + "He was found dead at his home on Monday."))
        .containsEntry(2, "Karl Lind");
  }

  @Test
  void sheSkipsAManNamedInBetween() {
    assertThat(subjects("Jane Doe won the vote on Monday. John Roe conceded within the hour. "
        + "She thanked her staff at a rally."))
        .containsEntry(2, "Jane Doe");
  }

  @Test
  void aPronounAfterAnotherKeepsItsPerson() {
    assertThat(subjects("Jane Doe won the vote on Monday. She thanked her staff. She will take office in May."))
        .containsEntry(1, "Jane Doe").containsEntry(2, "Jane Doe");
  }

  @Test
  void nobodyNamedBeforeMeansNobody() {
    assertThat(subjects("The storm hit the coast at dawn. He was found dead near the pier.")).isEmpty();
  }
}
