package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {
  /** The keys of one single-sentence article per text: node {@code i} is the sentence of text {@code i}. */
  private static BlockingKeys keysOf(String... texts) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (String text : texts) {
      String id = "a" + articles.size();
      articles.add(TextSentences.analyzer().analyze(Article.of(id, id, null, "", text)));
    }
    return new BlockingKeys(new SentenceNodes(articles), Lexicon.standard());
  }

  /** The exact key of the one number of a node's sentence. */
  private static String numberKey(BlockingKeys keys, int node) {
    return keys.words(node).keySet().stream().filter(k -> k.startsWith("#")).findFirst().orElseThrow();
  }

  @Test
  void aNumberIsGovernedByTheNearestContentWordBeforeItPastItsQualifiers() {
    BlockingKeys keys = keysOf("The death toll is at a little more than 2,200.",
        "By Sunday the toll was nearly 2,200.");
    assertThat(keys.isGovernedNumber(0, numberKey(keys, 0))).isTrue();
    assertThat(keys.sameHead(0, 1, numberKey(keys, 0))).isTrue();
  }

  @Test
  void theSameNumberOfAnotherThingHasAnotherHead() {
    BlockingKeys keys = keysOf("The death toll is at a little more than 2,200.", "Floods destroyed 2,200 homes.");
    assertThat(numberKey(keys, 1)).isEqualTo(numberKey(keys, 0));
    assertThat(keys.sameHead(0, 1, numberKey(keys, 0))).isFalse();
  }

  @Test
  void aWordInMoreSentencesThanTwiceTheArticlesIsNotInformative() {
    // two articles: a key in more than 4 sentences (the least bar) tells no fact apart
    BlockingKeys keys = keysOf("Moscow warned Kyiv. Moscow moved troops. Moscow denied plans.",
        "Moscow spoke. Moscow waited. Kyiv answered.");
    String moscow = keys.words(0).keySet().stream().filter(k -> k.startsWith("mosc")).findFirst().orElseThrow();
    String kyiv = keys.words(0).keySet().stream().filter(k -> k.startsWith("kyiv")).findFirst().orElseThrow();
    assertThat(keys.isInformative(moscow)).isFalse();
    assertThat(keys.isInformative(kyiv)).isTrue();
  }
}
