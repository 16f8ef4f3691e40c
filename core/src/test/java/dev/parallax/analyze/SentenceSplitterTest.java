package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Where news text breaks into sentences, one phenomenon per case; sentences are written out in full. */
class SentenceSplitterTest {
  private static EnglishModels models;

  @BeforeAll
  static void loadModels() {
    models = EnglishModels.load();
  }

  private static List<String> split(String line) {
    return new SentenceSplitter(models.sentenceModel()).split(line).stream()
        .map(s -> line.substring(s[0], s[1])).toList();
  }

  @Test
  void aRunOfInitialsEndsNoSentenceButALoneLetterMay() {
    String s = "Out of 17 observations by the W. M. Keck Observatory, the team found water vapor once.";
    assertThat(split(s + " It was enough.")).containsExactly(s, "It was enough.");
    assertThat(split("It was Plan B. Then it failed.")).containsExactly("It was Plan B.", "Then it failed.");
  }

  @Test
  void aDecimalPointThatASpaceFollowsEndsNoSentence() {
    assertThat(split("A 5. 9 magnitude earthquake shook the Kesra valley. It was felt in Lindby."))
        .containsExactly("A 5. 9 magnitude earthquake shook the Kesra valley.", "It was felt in Lindby.");
    assertThat(split("The quake struck at 8. 40am and measured 6. 4 on the Lindby scale."))
        .containsExactly("The quake struck at 8. 40am and measured 6. 4 on the Lindby scale.");
    assertThat(split("The bonds fell below $1. 29 for the first time.")).hasSize(1);
    // a year before the point, and a figure with no decimal, still end a sentence
    assertThat(split("The mill closed in 1999. 12 workers lost their jobs."))
        .containsExactly("The mill closed in 1999.", "12 workers lost their jobs.");
    assertThat(split("The vote was 220 to 190. It passed.")).containsExactly("The vote was 220 to 190.", "It passed.");
  }

  @Test
  void anInitialBeforeAGivenNameEndsNoSentence() {
    String s = "An executive called Ms. Doe, and W. Karl Lind, chief executive of Lind Air, sent her a letter.";
    assertThat(split(s + " It was short.")).containsExactly(s, "It was short.");
    assertThat(split("He got a B. Lindby schools grade hard."))
        .containsExactly("He got a B.", "Lindby schools grade hard.");
    assertThat(split("They were tested for hepatitis C. Mark Lind said the results were bad."))
        .containsExactly("They were tested for hepatitis C.", "Mark Lind said the results were bad.");
  }

  @Test
  void anInitialAfterAnOccupationBeforeAGivenNameEndsNoSentence() {
    String s = "Karl Lind spoke on the show \"Harbour Hour\" with host R. Jane Doe, who asked about the ferry.";
    assertThat(split(s + " He said little.")).containsExactly(s, "He said little.");
    // a lower-case word that is no occupation still lets the letter end a sentence
    assertThat(split("Ten workers caught hepatitis C. Karl Lind, the plant's doctor, said so."))
        .containsExactly("Ten workers caught hepatitis C.", "Karl Lind, the plant's doctor, said so.");
  }

  @Test
  void abbreviatedOfficesOfTheCourtsAndPoliceEndNoSentence() {
    assertThat(split("\u201CThis was just,\u201D said Lindby County Asst. Dist. Atty. Eva Strand. The jury agreed."))
        .containsExactly("\u201CThis was just,\u201D said Lindby County Asst. Dist. Atty. Eva Strand.", "The jury agreed.");
    assertThat(split("Sheriff's Dep. Karl Lind and Ofc. Jane Doe found the car.")).hasSize(1);
  }

  @Test
  void aStateAbbreviationBeforeATitleEndsNoSentence() {
    String s = "Republicans are calling for Ariz. Gov. Jane Doe to veto the bill.";
    assertThat(split(s + " She has not said.")).containsExactly(s, "She has not said.");
    assertThat(split("He lives in Phoenix, Ariz. The town is hot."))
        .containsExactly("He lives in Phoenix, Ariz.", "The town is hot.");
    assertThat(split("A fire broke out in Lindby, Pa. Firefighters said it spread fast."))
        .containsExactly("A fire broke out in Lindby, Pa.", "Firefighters said it spread fast.");
    // a common word in lower case is no state
    assertThat(split("He was ill. Doctors saw him.")).containsExactly("He was ill.", "Doctors saw him.");
  }

  @Test
  void aPartyTagWithATwoWordStateEndsNoSentence() {
    String s = "Chairman Karl Lind (D-W. Va.), who pushed for the money, called the vote a long overdue step.";
    assertThat(split(s + " The Senate votes next week.")).containsExactly(s, "The Senate votes next week.");
    assertThat(split("\u201CWe won,\u201D said Sen. Jane Doe, R-N. Dak. She left early."))
        .containsExactly("\u201CWe won,\u201D said Sen. Jane Doe, R-N. Dak.", "She left early.");
  }

  @Test
  void pluralTitlesAndTheVersusOfACaseEndNoSentence() {
    String s = "The prime minister told Sens. Dick Durbin and Dianne Feinstein that he would not meet them.";
    assertThat(split(s + " They were angry.")).containsExactly(s, "They were angry.");
    String c = "The court heard Wal-Mart Stores v. Dukes on Tuesday.";
    assertThat(split(c + " It will rule by June.")).containsExactly(c, "It will rule by June.");
    assertThat(split("The coin was struck under King George V. It sold for $1 million."))
        .containsExactly("The coin was struck under King George V.", "It sold for $1 million.");
  }

  @Test
  void anAbbreviationBeforeACommaEndsNoSentence() {
    String s = "NASA chose SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak Nano-Satellite Systems,"
        + " Inc. to join the program.";
    assertThat(split(s + " The five companies can now bid.")).containsExactly(s, "The five companies can now bid.");
  }

  @Test
  void ellipsisInsideAQuotationEndsASentenceBeforeACapital() {
    String first = "“On the contrary, the alliance's military infrastructure is moving closer to Russia's borders...";
    String second = "The nightmarish scenario of military confrontation is returning.”";
    assertThat(split("“NATO refuses,” Lavrov said. " + first + " " + second + " He left."))
        .containsExactly("“NATO refuses,” Lavrov said.", first, second, "He left.");
  }

  @Test
  void ellipsisBeforeLowerCaseContinuesTheSentence() {
    String s = "“The infrastructure is moving closer... and the nightmarish scenario is returning.”";
    assertThat(split(s)).containsExactly(s);
  }

  @Test
  void ellipsisOutsideAQuotationMayEndOne() {
    assertThat(split("He waited... Nobody came.")).hasSize(2);
  }

  @Test
  void closingQuoteAfterThePeriodStaysWithItsSentence() {
    assertThat(split("He said it was over.” Then he left. “It is bad.” She agreed."))
        .containsExactly("He said it was over.”", "Then he left.", "“It is bad.”", "She agreed.");
  }

  @Test
  void monthAbbreviationBeforeADay() {
    assertThat(split("Over a week ago, on Nov.23, the heads of the militaries held a call. It was rare."))
        .containsExactly("Over a week ago, on Nov.23, the heads of the militaries held a call.", "It was rare.");
    assertThat(split("The talks began on Dec. 2 in Stockholm. They ended late."))
        .containsExactly("The talks began on Dec. 2 in Stockholm.", "They ended late.");
  }

  @Test
  void titlesWithAndWithoutAPeriod() {
    assertThat(split("Then Mr. Lavrov spoke. Mr Lavrov spoke again. Dr. Roe agreed."))
        .containsExactly("Then Mr. Lavrov spoke.", "Mr Lavrov spoke again.", "Dr. Roe agreed.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The U.S. and its allies agreed. Talks resumed.|The U.S. and its allies agreed.",
      "The U.S. State Department said so. Talks resumed.|The U.S. State Department said so.",
      "Troops left the U.S. The next day was calm.|Troops left the U.S.",
      "He met U.K. officials on Friday. Talks resumed.|He met U.K. officials on Friday.",
      "F.B.I. 'Destroyed' Flynn's Life for Lying, Trump Says. Talks resumed.|F.B.I. 'Destroyed' Flynn's Life for Lying, Trump Says.",
      "The C.I.A. Director testified on Tuesday. Talks resumed.|The C.I.A. Director testified on Tuesday.",
      "He was questioned by the F.B.I. The agency declined to comment.|He was questioned by the F.B.I.",
      "Daniel O. Okafor was elected in May. Talks resumed.|Daniel O. Okafor was elected in May.",
      "They voted for Daniel O. Okafor on Friday. Talks resumed.|They voted for Daniel O. Okafor on Friday.",
      "They had no Plan B. The talks failed.|They had no Plan B.",
      "R. Clarke Okafor, the group's director, said so. Talks resumed.|R. Clarke Okafor, the group's director, said so.",
  })
  void initialismsEndASentenceOnlyBeforeAFunctionWord(String line, String first) {
    assertThat(split(line).get(0)).isEqualTo(first);
    assertThat(split(line)).hasSize(2);
  }

  @Test
  void noBeforeANumberIsAnAbbreviationButANoNoIsNot() {
    assertThat(split("It was a no-no. But I hope not. He lives at No. 10 Downing Street."))
        .containsExactly("It was a no-no.", "But I hope not.", "He lives at No. 10 Downing Street.");
  }

  @Test
  void aBillsNumberEndsNoSentence() {
    String s = "The Lindby assembly passed H. Res. 412, the rule for the ferry bill, and S. 2093 on Tuesday.";
    assertThat(split(s + " Both go to the governor.")).containsExactly(s, "Both go to the governor.");
    assertThat(split("It also adopted H. J. Res. 7 and S. Con. Res. 14.")).hasSize(1);
    // a letter or a resolution that ends a sentence still ends it
    assertThat(split("They had no Plan B. The talks failed.")).containsExactly("They had no Plan B.", "The talks failed.");
    assertThat(split("The vote on the Res. It was close.")).hasSize(2);
    // a label's letter after a capitalised word, then a year that opens the next sentence
    assertThat(split("Lindby Rovers were drawn in Group B. 2025 was their first year in the cup."))
        .containsExactly("Lindby Rovers were drawn in Group B.", "2025 was their first year in the cup.");
  }

  @Test
  void anAbbreviatedDepartmentEndsASentenceOnlyBeforeAFunctionWord() {
    assertThat(split("Lindby Panel Questions Karl Lind, Former Harbour Dept. Official")).hasSize(1);
    assertThat(split("Harbour Dept. IG to Review Ferry Contracts")).hasSize(1);
    assertThat(split("She left the Harbour Dept. The board thanked her."))
        .containsExactly("She left the Harbour Dept.", "The board thanked her.");
  }

  @Test
  void oddSpacesAreSpacesAndNeverPartOfASentenceEdge() {
    String line = "\u200FRussia\u00A0denied it.\u00A0\u00A0The\u200B West disagreed.\u200F Talks continue.\u202C";
    assertThat(split(line)).containsExactly("Russia\u00A0denied it.", "The\u200B West disagreed.", "Talks continue.");
  }

  @Test
  void decimalsDoNotEndSentences() {
    assertThat(split("Prices rose 3.5 per cent. Inflation hit 7.2. Analysts were surprised."))
        .containsExactly("Prices rose 3.5 per cent.", "Inflation hit 7.2.", "Analysts were surprised.");
  }

  @Test
  void lineWithoutPunctuationIsOneSentence() {
    assertThat(split("Putin blames US, allies for escalating tensions in Ukraine"))
        .containsExactly("Putin blames US, allies for escalating tensions in Ukraine");
  }

  @Test
  void blankLineHasNoSentence() {
    assertThat(split(" \u00A0\u200B ")).isEmpty();
    assertThat(split("")).isEmpty();
  }

  @Test
  void veryLongLineSplitsInEveryPlace() {
    String line = "The talks went on. “They will go on... Nobody knows how long,” he said. ".repeat(20_000);
    List<String> sentences = split(line);
    assertThat(sentences).hasSize(60_000);
    assertThat(sentences.subList(0, 3)).containsExactly(
        "The talks went on.", "“They will go on...", "Nobody knows how long,” he said.");
  }

  @Test
  void strayPeriodAfterAMonthBeforeADay() {
    assertThat(split("The storm hit the coast on March. 9 and flooded the port. It was the worst in years."))
        .containsExactly("The storm hit the coast on March. 9 and flooded the port.", "It was the worst in years.");
    assertThat(split("The vote was held in May. 120 members took part."))
        .containsExactly("The vote was held in May.", "120 members took part.");
  }

  @Test
  void wireServiceClosingMarkStaysWithItsSentence() {
    assertThat(split("He said: ``It is over.'' Then he left."))
        .containsExactly("He said: ``It is over.''", "Then he left.");
  }

  @Test
  void attributionAfterAQuotedQuestionStaysWithIt() {
    assertThat(split("\u201CHave I not been clear on a wall?\u201D Ms. Pelosi said. The two met on Friday."))
        .containsExactly("\u201CHave I not been clear on a wall?\u201D Ms. Pelosi said.", "The two met on Friday.");
    assertThat(split("\"Where are you going?\" Eric Holder, the attorney general, asked."))
        .containsExactly("\"Where are you going?\" Eric Holder, the attorney general, asked.");
    // a question that ends the quotation and a new sentence that is no attribution
    assertThat(split("\u201CWhere are we going?\u201D The question hung in the air."))
        .containsExactly("\u201CWhere are we going?\u201D", "The question hung in the air.");
    assertThat(split("\u201CWhere are we going now?\u201D Officials said on Monday that the plan was dead."))
        .containsExactly("\u201CWhere are we going now?\u201D", "Officials said on Monday that the plan was dead.");
    assertThat(split("\u201CJail!\u201D Doe tweeted early Tuesday."))
        .containsExactly("\u201CJail!\u201D Doe tweeted early Tuesday.");
  }
}
