package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {
  private static AnalyzedArticle article(String id, String text) {
    return TextSentences.analyzer().analyze(Article.of(id, id, null, "", text));
  }

  @Test
  void leadsPairWhateverWordsTheyShareWhileLaterSentencesPairOnlyThroughSharedWords() {
    // nodes 0-2 are the first outlet's sentences, 3-5 the second's; no word is shared across them
    SentenceNodes nodes = new SentenceNodes(List.of(
        article("a", "Storms flooded the valley on Monday. Officials opened two shelters. "
            + "The mayor praised volunteers."),
        article("b", "Residents fled rising water overnight. Schools closed for a week. Farmers counted losses.")));
    long[] pairs = CandidatePairs.find(nodes, new BlockingKeys(nodes, Lexicon.standard()));
    assertThat(pairs).contains(nodes.pair(0, 3), nodes.pair(0, 4), nodes.pair(1, 3), nodes.pair(1, 4));
    assertThat(pairs).doesNotContain(nodes.pair(2, 5));
  }

  @Test
  void sentencesOfOneArticleAreNeverCandidates() {
    SentenceNodes nodes = new SentenceNodes(List.of(
        article("a", "The toll rose to 2,200. The toll rose again to 2,200.")));
    assertThat(CandidatePairs.find(nodes, new BlockingKeys(nodes, Lexicon.standard()))).isEmpty();
  }
}
