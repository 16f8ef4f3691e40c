package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameFactFeaturesTest {
  private static final int NAMES = SameFactFeatures.names().indexOf("names");

  private static AnalyzedArticle article(String id, String text) {
    return TextSentences.analyzer().analyze(Article.of(id, id, LocalDate.of(2024, 5, 7), "", text));
  }

  @Test
  void aQuotationsSpeakerIsANameOfItsSentenceThoughItSaysOnlyShe() {
    AnalyzedArticle paper = article("paper", "Rep. Jane Holloway said on Tuesday that she regretted the remarks.\n\n"
        + "\"I apologize to the senator for my words,\" she said.");
    AnalyzedArticle wire = article("wire", "Holloway apologized to the senator on Tuesday for her words.");
    SameFactFeatures f = SameFactFeatures.of(List.of(paper, wire), Similarities.lexical());
    assertThat(paper.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).contains("Rep Jane Holloway"));
    assertThat(f.features(0, 1, 1, 0).orElseThrow()[NAMES]).isGreaterThan(0.0);
  }

  @Test
  void aSentenceWithoutAQuotationGetsNoSpeaker() {
    AnalyzedArticle paper = article("paper", "Rep. Jane Holloway said on Tuesday that she regretted the remarks.\n\n"
        + "The senator had called for an apology on Monday.");
    AnalyzedArticle wire = article("wire", "Holloway apologized to the senator on Tuesday for her words.");
    SameFactFeatures f = SameFactFeatures.of(List.of(paper, wire), Similarities.lexical());
    assertThat(f.features(0, 1, 1, 0).orElseThrow()[NAMES]).isZero();
  }
}
