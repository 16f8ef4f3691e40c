package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFaceTest {
  private static final Comparison FIRE = Parallax.create().compare(List.of(
      Article.of("courier", "Courier", null, "", """
          Warehouse fire in Tarnby

          Fire chief Tom Reyes said crews fought the flames for six hours. "It is too early to say what caused the \
          fire," he told reporters.
          """),
      Article.of("post", "Post", null, "", """
          Tarnby warehouse burns

          Fire chief Tom Reyes said it was too early to say what caused the fire.
          """)));

  /** The comparison with {@code passages} in place of its own, and nothing found in them. */
  private static Comparison with(Passage... passages) {
    return new Comparison(FIRE.similarity(), FIRE.articles(), FIRE.events(), List.of(passages), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), FIRE.outlets());
  }

  @Test
  void theSentenceTheOtherOutletsCarryStandsForThePassage() {
    // the courier's six hours joined the passage as the quote's neighbour: the quote is what the Post carries too
    Passage joined = new Passage("p1", 0.9, List.of(new PassageMember("courier", List.of(1, 2)),
        new PassageMember("post", List.of(1))), 0.5);
    Comparison c = with(joined);
    assertThat(PassageFace.of(c, joined)).map(Sentence::text)
        .hasValue("\"It is too early to say what caused the fire,\" he told reporters.");
    assertThat(TextReport.render(c)).contains("       \"It is too early to say what caused the fire,\" he told");
  }

  @Test
  void theEarliestPublishedVersionStandsForThePassageWhateverTheOrderGiven() {
    // the Post published a day before the Courier: its words are the reference, given first or last
    Article courier = Article.of("courier", "Courier", LocalDate.of(2026, 3, 12), "", """
        Warehouse fire in Tarnby

        A fire destroyed a warehouse in Tarnby late on Wednesday night, the fire service said.
        """);
    Article post = Article.of("post", "Post", LocalDate.of(2026, 3, 11), "", """
        Tarnby warehouse burns

        A fire destroyed a warehouse in Tarnby on Tuesday night, the fire service said.
        """);
    for (List<Article> given : List.of(List.of(courier, post), List.of(post, courier))) {
      Comparison c = Parallax.create().compare(given);
      Passage fire = c.passages().stream().filter(p -> p.members().size() == 2 && p.members().stream().allMatch(m ->
          m.sentences().stream().anyMatch(i -> c.article(m.article()).orElseThrow().sentences().get(i).text()
              .contains("destroyed"))))
          .findFirst().orElseThrow();
      assertThat(PassageFace.of(c, fire)).map(Sentence::text)
          .hasValue("A fire destroyed a warehouse in Tarnby on Tuesday night, the fire service said.");
      assertThat(TextReport.render(c)).contains("       A fire destroyed a warehouse in Tarnby on Tuesday night");
    }
  }

  @Test
  void aPassageOfOneOutletShowsItsFirstSentence() {
    Passage alone = new Passage("p1", 0.9, List.of(new PassageMember("courier", List.of(1, 2))), 1.0);
    assertThat(PassageFace.of(with(alone), alone)).map(Sentence::text)
        .hasValue("Fire chief Tom Reyes said crews fought the flames for six hours.");
  }
}
