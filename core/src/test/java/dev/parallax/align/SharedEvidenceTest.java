package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedEvidenceTest {
  /** The evidence between the sentences of two one-sentence articles. */
  private static double evidence(String a, String b) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (String text : List.of(a, b)) {
      String id = "a" + articles.size();
      articles.add(TextSentences.analyzer().analyze(Article.of(id, id, null, "", text)));
    }
    SentenceNodes nodes = new SentenceNodes(articles);
    return new SharedEvidence(nodes.size(), new BlockingKeys(nodes, Lexicon.standard())).between(0, 1);
  }

  @Test
  void eachInformativeWordBothSentencesUseCountsOneOnTheSmallerSide() {
    // "bridge" and "Lindby" on both sides; "engineers" and "closed" on one side only
    assertThat(evidence("Engineers closed the bridge at Lindby.", "The bridge at Lindby is old.")).isEqualTo(2.0);
  }

  @Test
  void aNumberGovernedByTheSameWordInBothCountsTwo() {
    // "toll" 1 and "2,200" 2, the toll's in both; "death" on one side only
    assertThat(evidence("The death toll is 2,200.", "The toll is nearly 2,200.")).isEqualTo(3.0);
    // the same figure of another thing counts as any shared word
    assertThat(evidence("The death toll is 2,200.", "Floods destroyed 2,200 homes.")).isEqualTo(1.0);
  }

  @Test
  void sentencesWithNothingInCommonHaveNoEvidence() {
    assertThat(evidence("Engineers closed the bridge.", "Voters chose a mayor.")).isZero();
  }
}
