package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReversalTest {
  /** The tokens of the first quote of a one-sentence article, punctuation too. */
  private static List<Token> quoted(String words) {
    AnalyzedArticle a = Fixtures.article("a", null, "\u201C" + words + ",\u201D Karl Lind said.");
    Quote q = a.quotes().get(0);
    return QuoteMatcher.tokensIn(a.sentences(), q, t -> true);
  }

  private static boolean reversed(String a, String b) {
    return Reversal.of(quoted(a), quoted(b));
  }

  @Test
  void aWordNegatedInOneVersionOnly() {
    assertThat(reversed("The ferry isn't losing money", "The ferry is losing money")).isTrue();
    assertThat(reversed("The ferry is losing money", "The ferry isn't losing money")).isTrue();
  }

  @Test
  void aNegationBeforeItsAuxiliaries() {
    assertThat(reversed("We shouldn't have spent it", "We should have spent it on the school")).isTrue();
  }

  @Test
  void oneNegationEachIsTheSameDenial() {
    assertThat(reversed("I don't think it was fair", "I think it was not fair")).isFalse();
  }

  @Test
  void aNegatedSentenceTheOtherLeavesOutReversesNothing() {
    assertThat(reversed("We are not leaving. We will stay", "We will stay")).isFalse();
  }

  @Test
  void aNegationInAnotherClauseReversesNothing() {
    assertThat(reversed("No, the ferry is losing money", "The ferry is losing money")).isFalse();
  }

  @Test
  void aNegationReachesOnlyTheWordRightAfterIt() {
    assertThat(reversed("The ferry isn't making money", "The ferry is losing money")).isFalse();
  }

  @Test
  void aWordThatGoesOnOtherwiseIsAnotherSentence() {
    assertThat(reversed("The law does not discriminate", "Its aim is to discriminate against cheats")).isFalse();
  }

  @Test
  void theSameWordsAreNotReversed() {
    assertThat(reversed("The ferry isn't losing money", "The ferry isn't losing money")).isFalse();
  }
}
