package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
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
  void aPassageOfOneOutletShowsItsFirstSentence() {
    Passage alone = new Passage("p1", 0.9, List.of(new PassageMember("courier", List.of(1, 2))), 1.0);
    assertThat(PassageFace.of(with(alone), alone)).map(Sentence::text)
        .hasValue("Fire chief Tom Reyes said crews fought the flames for six hours.");
  }
}
