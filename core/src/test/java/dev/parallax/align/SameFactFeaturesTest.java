package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameFactFeaturesTest {
  private static final int NAMES = SameFactFeatures.names().indexOf("names");
  private static final String LEAD = "Rep. Jane Holloway said on Tuesday that she regretted the remarks.";
  private static final String WIRE = "Holloway apologized to the senator on Tuesday for her words.";

  private static AnalyzedArticle article(String id, String text) {
    return TextSentences.analyzer().analyze(Article.of(id, id, LocalDate.of(2024, 5, 7), "", text));
  }

  /** The "names" feature of the paper's second sentence against the wire's sentence. */
  private static double sharedNames(AnalyzedArticle paper) {
    SameFactFeatures f = SameFactFeatures.of(List.of(paper, article("wire", WIRE)), Similarities.lexical());
    return f.features(0, 1, 1, 0).orElseThrow()[NAMES];
  }

  @Test
  void aQuotationsSpeakerIsANameOfItsSentenceThoughItSaysOnlyShe() {
    AnalyzedArticle paper = article("paper", LEAD + "\n\n\"I apologize to the senator for my words,\" she said.");
    assertThat(paper.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).contains("Jane Holloway"));
    assertThat(sharedNames(paper)).isGreaterThan(0.0);
  }

  @Test
  void aSurnameMeetsTheFullNameOfAnotherOutlet() {
    // "Gingrich" stands alone as "Newt Gingrich": both sentences share the given name and the surname
    AnalyzedArticle paper = article("paper", "Newt Gingrich arrived in Lindby on Monday.\n\n"
        + "Later Mr. Gingrich pledged to debate in Lindby, and he left later.");
    AnalyzedArticle wire = article("wire", "Only Newt Gingrich pledged to appear at the debate in the town.");
    SameFactFeatures f = SameFactFeatures.of(List.of(paper, wire), Similarities.lexical());
    assertThat(f.features(0, 1, 1, 0).orElseThrow()[NAMES]).isEqualTo(2.0 / 3.0);
  }

  @Test
  void aTitleCaseHeadlineHasOnlyItsNamesAsNames() {
    // "Says", "Senator", "Deserves" and "Apology" are capitalised only because the headlines are in title case
    AnalyzedArticle paper = article("paper", "Holloway Says Senator Deserves Apology\n\n" + LEAD);
    AnalyzedArticle wire = article("wire", "Senator Deserves An Apology, Holloway Says\n\n"
        + "The congresswoman, Jane Holloway, said the senator deserved an apology.");
    SameFactFeatures f = SameFactFeatures.of(List.of(paper, wire), Similarities.lexical());
    // the names both headlines share are Holloway and, resolved from the articles, Jane: two of them
    assertThat(f.features(0, 0, 1, 0).orElseThrow()[NAMES]).isEqualTo(2.0 / 3.0);
  }

  @Test
  void aSentenceWithoutAQuotationGetsNoSpeaker() {
    assertThat(sharedNames(article("paper", LEAD + "\n\nThe senator had called for an apology on Monday."))).isZero();
  }
}
