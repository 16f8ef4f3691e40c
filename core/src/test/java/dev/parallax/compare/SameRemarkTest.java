package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether an article quotes, in the same words, a remark a passage's sentence quotes. */
class SameRemarkTest {
  private static final AnalyzedArticle HERALD = Fixtures.article("herald", null,
      "Taxes in Lindby rose again this year. "
          + "Mayor Karl Lind said the town was \u201Cgoing in the wrong direction\u201D as costs rose.");
  /** The passage: the herald's sentence with the mayor's remark. */
  private static final Passage REMARK = Fixtures.passage("p1", HERALD, "wrong direction");

  /** Which sentence of an article with {@code text} quotes the passage's remark, if one does. */
  private static Optional<String> quoting(String text) {
    AnalyzedArticle post = Fixtures.article("post", null, text);
    return new SameRemark(Map.of("herald", HERALD, "post", post)).quotedBy(post, REMARK).map(Sentence::text);
  }

  @Test
  void aQuoteThatHoldsThePassagesQuoteIsTheSameRemark() {
    String said = "Lind declared that Lindby was \u201Cgoing in the wrong direction, and fast.\u201D";
    assertThat(quoting("The council met on Tuesday. " + said)).contains(said);
  }

  @Test
  void aQuoteThatThePassagesQuoteHoldsWholeIsTheSameRemark() {
    AnalyzedArticle courier = Fixtures.article("courier", null,
        "Mayor Karl Lind said Lindby was \u201Cgoing in the wrong direction on taxes and on roads.\u201D");
    String said = "Lind said Lindby was \u201Cgoing in the wrong direction\u201D on taxes.";
    AnalyzedArticle post = Fixtures.article("post", null, said);
    Passage longer = Fixtures.passage("p2", courier, "wrong direction");
    assertThat(new SameRemark(Map.of("courier", courier, "post", post)).quotedBy(post, longer)
        .map(Sentence::text)).contains(said);
  }

  @Test
  void aQuoteInOtherWordsIsAnotherRemark() {
    assertThat(quoting("Lind said: \u201CThat is the wrong direction for the town.\u201D")).isEmpty();
    assertThat(quoting("Lind said: \u201CWe are not going that way at all.\u201D")).isEmpty();
  }

  @Test
  void aShortQuoteOfTwoInformativeWordsIsAPhraseNotARemark() {
    // "wrong direction" stands word for word in the passage's quote, but two words are a phrase of the story
    assertThat(quoting("Lind called the new budget the \u201Cwrong direction\u201D for Lindby.")).isEmpty();
  }

  @Test
  void anArticleWithoutQuotesQuotesNoRemark() {
    assertThat(quoting("Lindby is going in the wrong direction, the mayor said on Monday.")).isEmpty();
  }

  @Test
  void aPassageWithoutQuotesHasNoRemarkToQuote() {
    // the post quotes the mayor's remark, but the passage is the herald's sentence on taxes, which quotes nothing
    AnalyzedArticle post = Fixtures.article("post", null,
        "The council met on Tuesday. Lind declared that Lindby was \u201Cgoing in the wrong direction, and fast.\u201D");
    Passage taxes = Fixtures.passage("p3", HERALD, "Taxes in Lindby");
    assertThat(new SameRemark(Map.of("herald", HERALD, "post", post)).quotedBy(post, taxes)).isEmpty();
  }
}
