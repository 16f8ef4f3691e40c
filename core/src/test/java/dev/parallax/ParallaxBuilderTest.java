package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.Aligners;
import dev.parallax.align.Similarities;
import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the facade is configured, and what it refuses. */
class ParallaxBuilderTest {
  @Test
  void aSimilarityAndAnAlignerTogetherAreAConflictingSetting() {
    Parallax.Builder builder = Parallax.builder()
        .similarity(Similarities.paraphrase())
        .aligner(Aligners.standard(Similarities.lexical()));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void theComparisonNamesTheSimilarityItAlignedWith() {
    Parallax parallax = Parallax.builder().similarity(Similarities.paraphrase()).build();
    Comparison c = parallax.compare(List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("b", "B", null, "", "Talks will resume on Monday in Vienna, the minister said.")));
    assertThat(c.similarity()).isEqualTo(Similarities.paraphrase().name());
  }

  @Test
  void oneArticleIsNotEnough() {
    assertThatThrownBy(() -> Parallax.create().compare(List.of(Article.of("a", "A", null, "", "One text."))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least two articles");
  }

  @Test
  void eventDecisionsMustFollowTheArticles() {
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("b", "B", null, "", "Talks will resume on Monday in Vienna, the minister said.")));
    assertThatThrownBy(() -> new Comparison(c.similarity(), c.articles(), List.of(c.events().get(0)), c.passages(),
        c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one event decision per article");
    assertThatThrownBy(() -> new Comparison(c.similarity(), c.articles(), List.of(c.events().get(1), c.events().get(0)),
        c.passages(), c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("follow the articles' order");
  }
}
