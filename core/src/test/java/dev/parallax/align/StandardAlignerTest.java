package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardAlignerTest {
  private static final Parallax PARALLAX = Parallax.create();

  @Test
  void anArticleSetApartLeavesTheMainEventsPassagesAsTheyAre() {
    List<Article> bridge = List.of(
        Article.of("gazette", "gazette", null, "", """
            Rail bridge collapses in Tarnby

            The old rail bridge over the Fenn river in Tarnby collapsed on Sunday morning.

            Nobody was hurt, the town council said.

            Engineers had inspected the bridge in March and found cracks in two of its piers.
            """),
        Article.of("post", "post", null, "", """
            Tarnby bridge falls into river

            A disused rail bridge in Tarnby fell into the Fenn river early on Sunday, the council said.

            No one was injured.

            Inspectors noted cracked piers last spring, documents show.
            """),
        Article.of("herald", "herald", null, "", """
            Old bridge gives way in Tarnby

            The Victorian rail bridge across the Fenn in Tarnby gave way on Sunday.

            Council officials said no one was on the bridge when it fell.

            An inspection in March had found two cracked piers, according to council records.
            """));
    // another town's harbour: set apart, but its words ("cracked piers", three times) once weighed on how the bridge's
    // reports aligned, so that they aligned one way beside it and another way alone (as corpus mode compares an event)
    Article harbour = Article.of("coast", "coast", null, "", """
        Harbour wall repairs delayed in Oskby

        Repairs to the harbour wall in Oskby will be delayed until autumn, the port authority said on Friday.

        Divers found cracked piers under the ferry terminal.

        The cracked piers will be replaced first, and the cracked piers of the old jetty later.

        Cracked piers were also found at the fish market.
        """);
    Comparison alone = PARALLAX.compare(bridge);
    Comparison beside = PARALLAX.compare(List.of(bridge.get(0), bridge.get(1), bridge.get(2), harbour));
    assertThat(beside.events()).extracting(ArticleEvent::membership)
        .containsExactly(EventMembership.MAIN, EventMembership.MAIN, EventMembership.MAIN, EventMembership.OTHER);
    assertThat(beside.passages()).isEqualTo(alone.passages());
  }
}
