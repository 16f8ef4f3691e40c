package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventBasis;
import dev.parallax.align.EventMembership;
import dev.parallax.ingest.Article;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.JsonReport;
import dev.parallax.report.TextReport;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An article that is not English among English ones: set apart and said so, the English ones compared. */
class LanguageCheckTest {
  private static final Article HARBOUR_POST = Article.of("post", "Harbour Post", null, "",
      "Storm closes Lindby harbour\n\nA storm closed the harbour of Lindby on Tuesday and cut power to 4,000 homes,"
          + " the town council said. Engineers expect to restore the power lines by Thursday, the council added.");
  private static final Article COAST_HERALD = Article.of("herald", "Coast Herald", null, "",
      "Lindby harbour shut by storm\n\nThe harbour of Lindby was closed on Tuesday after a storm that cut power to"
          + " 4,000 homes, according to the town council. The council said engineers should restore the power lines by"
          + " Thursday.");
  private static final Article ZEITUNG = Article.of("zeitung", "Küstenzeitung", null, "",
      "Sturm schließt den Hafen von Lindby\n\nEin Sturm hat am Dienstag den Hafen von Lindby geschlossen und 4.000"
          + " Haushalte ohne Strom gelassen, wie der Stadtrat mitteilte. Die Techniker wollen die Leitungen bis Donnerstag"
          + " reparieren, sagte der Rat. Die Fischer sind nicht zufrieden und fordern eine schnelle Hilfe von der Stadt.");
  private static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
  }

  @Test
  void aGermanArticleAmongEnglishOnesIsSetApartAndTheEnglishOnesCompared() {
    Comparison c = parallax.compare(List.of(HARBOUR_POST, ZEITUNG, COAST_HERALD));

    ArticleEvent german = c.events().stream().filter(e -> e.article().equals("zeitung")).findFirst().orElseThrow();
    assertThat(german.membership()).isEqualTo(EventMembership.OTHER);
    assertThat(german.basis()).isEqualTo(EventBasis.NOT_ENGLISH);
    assertThat(german.reason()).contains("does not look like English");
    assertThat(c.events()).extracting(ArticleEvent::article).containsExactly("post", "zeitung", "herald");
    assertThat(c.passages()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.articles()).doesNotContain("zeitung"));
    assertThat(c.outlets()).noneMatch(o -> o.article().equals("zeitung"));

    StringWriter json = new StringWriter();
    JsonReport.write(c, json);
    assertThat(json.toString()).contains("\"eventBasis\" : \"notEnglish\"");
    assertThat(TextReport.render(c)).contains("Left out of the comparison\n  Küstenzeitung: not compared: it does"
        + " not look like English");
    assertThat(HtmlReport.render(c)).contains("<h2>Articles left out of the comparison</h2>");
  }

  @Test
  void twoArticlesOfWhichOneIsNotEnglishAreStillRefused() {
    assertThatThrownBy(() -> parallax.compare(List.of(HARBOUR_POST, ZEITUNG)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("article zeitung: does not look like English (0% common English words); Parallax compares"
            + " English text; one English article is left, and a comparison needs two");
  }
}
