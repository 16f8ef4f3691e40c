package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceNodesTest {
  private static AnalyzedArticle article(String id, String text) {
    return TextSentences.analyzer().analyze(Article.of(id, id, null, "", text));
  }

  private static final AnalyzedArticle STORY = article("a",
      "Storms Flood The Valley\n\nRain fell all night. Rivers rose fast. Roads closed at noon.\n• Shelters are open");

  @Test
  void headlinesAndBulletsStandApartFromTheBodyAndTheLeadIsTheFirstTwoBodySentences() {
    SentenceNodes nodes = new SentenceNodes(List.of(STORY));
    assertThat(nodes.size()).isEqualTo(5);
    assertThat(List.of(nodes.bodyRank(0), nodes.bodyRank(1), nodes.bodyRank(2), nodes.bodyRank(3), nodes.bodyRank(4)))
        .containsExactly(-1, 0, 1, 2, -1);
    assertThat(List.of(nodes.isLead(0), nodes.isLead(1), nodes.isLead(2), nodes.isLead(3), nodes.isLead(4)))
        .containsExactly(true, true, true, false, true);
  }

  @Test
  void positionsRunFromZeroAtTheHeadlineToOneAtTheLastSentence() {
    SentenceNodes nodes = new SentenceNodes(List.of(STORY));
    assertThat(List.of(nodes.position(0), nodes.position(1), nodes.position(2), nodes.position(3), nodes.position(4)))
        .containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
  }

  @Test
  void nodesRunArticleByArticleAndAPairKeyIsTheSameEitherWayRound() {
    SentenceNodes nodes = new SentenceNodes(List.of(STORY, article("b", "Rain fell. Rivers rose.")));
    assertThat(nodes.articleOf(4)).isZero();
    assertThat(nodes.articleOf(5)).isEqualTo(1);
    assertThat(nodes.sentence(6).index()).isEqualTo(1);
    long pair = nodes.pair(6, 2);
    assertThat(nodes.pair(2, 6)).isEqualTo(pair);
    assertThat(List.of(nodes.low(pair), nodes.high(pair))).containsExactly(2, 6);
  }
}
