package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMergerTest {
  @Test
  void aSentenceThatAnnouncesAQuotationSharesItsPassage() {
    AnalyzedArticle article = TextSentences.analyzer().analyze(Article.of("a", "a", null, "",
        "The minister spoke to reporters on Thursday. He said:\n\n\"We will not accept these terms.\""));
    Alignment alignment = Aligners.standard(Similarities.lexical()).align(List.of(article));
    // one article alone: one passage per sentence, but the announcement and its quotation are one statement
    assertThat(alignment.passages()).extracting(p -> p.members().get(0).sentences())
        .containsExactlyInAnyOrder(List.of(0), List.of(1, 2));
  }
}
