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

  /** The tokens of the first quote of {@code text}, which holds its own quotation marks and punctuation. */
  private static List<Token> quotedIn(String text) {
    AnalyzedArticle a = Fixtures.article("a", null, text);
    return QuoteMatcher.tokensIn(a.sentences(), a.quotes().get(0), t -> true);
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
  void aNegatedVerbOfAnotherThingReversesNothing() {
    // both say the funds went where they should not: the negation sits on another purpose of the same funds
    assertThat(reversed("I used funds I shouldn't have used for my sailing boat",
        "I used funds that should have been used for the harbour school")).isFalse();
    assertThat(reversed("I spent the grant I shouldn't have spent on my house",
        "I spent the grant that should have been spent on the harbour school")).isFalse();
  }

  @Test
  void aNegatedVerbOfTheSameThingStillReverses() {
    assertThat(reversed("I shouldn't have used the funds for my sailing boat",
        "I should have used the funds for my sailing boat")).isTrue();
    assertThat(reversed("To close the ferry line this winter would raise the risk",
        "If they don't close the ferry line this winter it will raise the risk")).isTrue();
    assertThat(reversed("We will raise the ferry fares", "We will not raise the ferry fares")).isTrue();
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

  @Test
  void cannotIsCanAndNot() {
    assertThat(reversed("We cannot afford the ferry this winter", "We can't afford the ferry this winter")).isFalse();
    assertThat(reversed("We cannot afford the ferry this winter", "We can not afford the ferry this winter"))
        .isFalse();
    assertThat(reversed("We cannot afford the ferry this winter", "We can afford the ferry this winter")).isTrue();
    assertThat(reversed("We can afford the ferry this winter", "We cannot afford the ferry this winter")).isTrue();
  }

  @Test
  void aintIsANegatedAuxiliary() {
    assertThat(reversed("The ferry ain't losing money", "The ferry is losing money")).isTrue();
    assertThat(reversed("The ferry ain't losing money", "The ferry isn't losing money")).isFalse();
  }

  @Test
  void norNegatesTheWordAfterIt() {
    assertThat(reversed("We will not close the pier, nor raise the fares", "We will not close the pier, and raise"
        + " the fares")).isTrue();
  }

  @Test
  void ifNotIsAnEstimateNoDenial() {
    assertThat(reversed("Repairs to the pier will take weeks, if not months", "Repairs to the pier will take months"))
        .isFalse();
    assertThat(reversed("Repairs to the pier will take weeks or not months", "Repairs to the pier will take months"))
        .isFalse();
    assertThat(reversed("Eva Strand will come, whether or not invited", "Eva Strand will come, invited")).isFalse();
    assertThat(reversed("Repairs to the pier will take weeks, not months", "Repairs to the pier will take months"))
        .isFalse();
    // a denial of its own still reverses
    assertThat(reversed("Repairs to the pier will not take months", "Repairs to the pier will take months")).isTrue();
  }

  @Test
  void noLongerAndNeverAgainAreNegations() {
    assertThat(reversed("We will no longer run the night ferry", "We will run the night ferry")).isTrue();
    assertThat(reversed("We will never again run the night ferry", "We will run the night ferry")).isTrue();
    assertThat(reversed("We will no longer run the night ferry", "We will not run the night ferry")).isFalse();
  }

  @Test
  void wonIsTheVerbUnlessNtFollows() {
    assertThat(reversed("Lindby never won the cup", "Lindby won the cup")).isTrue();
    assertThat(reversed("Lindby won't win the cup", "Lindby will win the cup")).isTrue();
    assertThat(reversed("Lindby won't win the cup", "Lindby will not win the cup")).isFalse();
  }

  @Test
  void aNegationInAQuestionDeniesNothing() {
    assertThat(Reversal.of(quotedIn("\u201CWho doesn't want a safe ferry?\u201D Karl Lind asked."),
        quotedIn("\u201CEverybody wants a safe ferry,\u201D Karl Lind said."))).isFalse();
    // the same words said, not asked, deny it
    assertThat(Reversal.of(quotedIn("\u201CEverybody here doesn't want a safe ferry,\u201D Karl Lind said."),
        quotedIn("\u201CEverybody wants a safe ferry,\u201D Karl Lind said."))).isTrue();
  }

  @Test
  void aNegationWhoseAdverbIsDroppedWithIt() {
    assertThat(reversed("We do not yet know who sank the ferry", "We know who sank the ferry")).isTrue();
    assertThat(reversed("The night ferry has never once run late", "The night ferry has run late")).isTrue();
  }

  @Test
  void anAdverbBothPrintOrANotOnlyReversesNothing() {
    assertThat(reversed("We do not yet know who sank the ferry", "We do not know who sank the ferry yet")).isFalse();
    assertThat(reversed("We not only fixed the ferry but painted it", "We fixed the ferry and painted it")).isFalse();
  }
}
