package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed articles compared with the semantic similarity: what ends up in one passage. */
class SemanticAlignmentTest {
  private static final Seeds SEEDS = Shared.SEEDS;
  private static final Parallax SEMANTIC =
      Parallax.builder().analyzer(Shared.ANALYZER).similarity(Shared.SEMANTIC).build();
  private static final Comparison COMPARISON = SEMANTIC.compare(SEEDS.articles);

  @Test
  void reportSaysWhichSimilarityWasUsed() {
    assertThat(COMPARISON.similarity()).isEqualTo("all-minilm-l6-v2-q+lexical");
  }

  @Test
  void rewordedDenial() {
    List<String> passage = passageOf("Russia has denied planning an invasion on Ukraine");
    assertThat(passage).anyMatch(s -> s.startsWith("Russia denies any plans to invade"));
    assertThat(passage).anyMatch(s -> s.startsWith("Moscow has repeatedly denied"));
    assertThat(passage).noneMatch(s -> s.contains("90,000"));
  }

  @Test
  void troopEstimateIsOnePassageWithoutTheDenial() {
    List<String> passage = passageOf("Russia has stockpiled more than 90,000 troops");
    assertThat(passage).anyMatch(s -> s.startsWith("Meanwhile, Ukraine has said that 90,000"));
    assertThat(passage).noneMatch(s -> s.contains("denie"));
  }

  @Test
  void nightmareQuoteStaysWithTheHeadlinesThatQuoteIt() {
    // Lavrov's "nightmarish scenario" sentence (RT, ZeroHedge) shares its words with the headlines and leads
    // that quote it, though a short quotation and a long headline embed far apart.
    List<String> passage = passageOf("Russia warns about");
    assertThat(passage).filteredOn(s -> s.startsWith("The nightmarish scenario of military confrontation")).hasSize(2);
    assertThat(passage).anyMatch(s -> s.startsWith("Sergey Lavrov accused the US of risking"));
    assertThat(passage).anyMatch(s -> s.startsWith("Russia's Lavrov Warns Blinken"));
  }

  @Test
  void laterArticleOnAnotherEventStaysApart() {
    // 004 was published three weeks later, about other things; topic-level likeness must not pull it in.
    String later = SEEDS.analyzed.get(4).id();
    assertThat(COMPARISON.events()).filteredOn(e -> e.article().equals(later))
        .singleElement().extracting(e -> e.membership()).isEqualTo(dev.parallax.align.EventMembership.OTHER);
  }

  @Test
  void passagesStayFactSized() {
    // One fact is told at most a few times per outlet; a passage holding many sentences of one article
    // would be a topic, not a fact.
    for (Passage p : COMPARISON.passages()) {
      for (PassageMember m : p.members()) {
        assertThat(m.sentences()).as("passage %s in %s", p.id(), m.article()).hasSizeLessThanOrEqualTo(3);
      }
    }
  }

  /** The texts of the sentences in the passage of the seed sentence starting with {@code prefix}. */
  private static List<String> passageOf(String prefix) {
    Sentence anchor = SEEDS.starting(prefix);
    String article = articleOf(anchor);
    for (Passage p : COMPARISON.passages()) {
      for (PassageMember m : p.members()) {
        if (m.article().equals(article) && m.sentences().contains(anchor.index())) {
          return texts(p);
        }
      }
    }
    throw new AssertionError("no passage holds " + prefix);
  }

  private static String articleOf(Sentence s) {
    for (AnalyzedArticle a : SEEDS.analyzed) {
      if (a.sentences().contains(s)) {
        return a.id();
      }
    }
    throw new AssertionError("not a seed sentence: " + s.text());
  }

  private static List<String> texts(Passage p) {
    List<String> out = new ArrayList<>();
    for (PassageMember m : p.members()) {
      AnalyzedArticle a = SEEDS.analyzed.stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
      for (int i : m.sentences()) {
        out.add(a.sentences().get(i).text().replace('\u2019', '\''));
      }
    }
    return out;
  }
}
