package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import dev.parallax.bench.eval.EventEvaluation;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairs the two-article evaluation builds from ECB+'s layout, on invented documents. */
class TwoArticleEvaluationTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  private static EventEvaluation.Doc doc(String id, String outlet, String subtopic, String text) {
    return new EventEvaluation.Doc(Article.of(id, outlet, DAY, "", text), 1, subtopic, "train");
  }

  @Test
  void sameSubTopicPairsGoInFileOrderAndLookAlikesPairTheKthDocuments() {
    List<EventEvaluation.Doc> docs = List.of(
        doc("a1", "Lindby Post", "1a", "Fire destroyed the Lindby bakery on Monday."),
        doc("a2", "Lindby Post", "1a", "The Lindby bakery burned down on Monday night."),
        doc("a3", "Westby News", "1a", "Firefighters fought the Lindby bakery fire for six hours."),
        doc("b1", "Westby News", "1b", "Fire destroyed the Westby mill on Friday."),
        doc("b2", "Lindby Post", "1b", "The Westby mill burned down on Friday night."));

    List<TwoArticleEvaluation.Pair> pairs = TwoArticleEvaluation.ecbPairs(docs, Parallax.create());

    assertThat(pairs).extracting(p -> p.set() + " " + p.a().id() + "+" + p.b().id())
        .containsExactly("ecb-train-same a1+a2", "ecb-train-same b1+b2",
            "ecb-train-look-alike a1+b1", "ecb-train-look-alike a2+b2");
    assertThat(pairs).extracting(TwoArticleEvaluation.Pair::same).containsExactly(true, true, false, false);
    // two reports of one site stay two outlets, so the aligner compares them as it would two outlets
    assertThat(pairs.get(0).b().article().outlet()).isEqualTo("Lindby Post (2)");
  }

  @Test
  void aPairThatSharesAFactStaysTogetherAtEveryLevelAndOneThatSharesNoneByItsLeads() {
    TwoArticleEvaluation.Decided shares = new TwoArticleEvaluation.Decided(null, true, false, true, 0.0);
    TwoArticleEvaluation.Decided crossed = new TwoArticleEvaluation.Decided(null, false, false, false, 0.5);
    TwoArticleEvaluation.Decided late = new TwoArticleEvaluation.Decided(null, true, true, false, 1.0);
    assertThat(shares.togetherAt(1.0)).isTrue();
    assertThat(crossed.togetherAt(0.4)).isTrue();
    assertThat(crossed.togetherAt(0.6)).isFalse();
    assertThat(late.togetherAt(0.0)).isFalse();
  }
}
