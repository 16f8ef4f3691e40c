package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final Analyzer ANALYZER = EnglishAnalyzer.create(EnglishModels.load());

  private static List<String> mentions(String text, MentionKind kind) {
    return ANALYZER.analyze(Article.of("a", "a", null, "", text)).mentions().stream()
        .filter(m -> m.kind() == kind).map(m -> m.text() + "=" + m.value() + (m.unit().isEmpty() ? "" : " " + m.unit()))
        .toList();
  }

  @Test
  void aDateOpeningTheClauseIsNoPartOfTheNameAMonthInsideOneIs() {
    assertThat(mentions("On Friday Jane Doe spoke. In January Karl Lind left, and Jane March stayed.", MentionKind.NAME))
        .containsExactly("Jane Doe=jane doe", "Karl Lind=karl lind", "Jane March=jane march");
  }

  @Test
  void aDateOpeningASentenceIsReadAsADate() {
    String text = "On June 27, Jane Doe pleaded guilty. On Monday Karl Lind resigned.";
    assertThat(mentions(text, MentionKind.DATE)).containsExactly("June 27=06-27");
    assertThat(mentions(text, MentionKind.WEEKDAY)).containsExactly("Monday=monday");
    assertThat(mentions(text, MentionKind.NAME)).containsExactly("Jane Doe=jane doe", "Karl Lind=karl lind");
  }

  @Test
  void numberWithItsUnitPastAnAdjective() {
    assertThat(mentions("He said more than 94,000 Russian soldiers have massed across the border.", MentionKind.NUMBER))
        .containsExactly("94,000=94000 soldier");
  }

  @Test
  void anAcronymsPluralIsACountedThing() {
    assertThat(mentions("Karl Lind caught three TDs for Orvik, and 12 MPs backed the Lindby bill.", MentionKind.NUMBER))
        .containsExactly("three=3 td", "12=12 mp");
    // a capitalised word that is no acronym's plural is still no counted thing: the lower-case word after it is
    assertThat(mentions("Karl Lind caught three Orvik passes.", MentionKind.NUMBER)).containsExactly("three=3 pass");
  }

  @Test
  void halfOfAScaleWordIsANumber() {
    assertThat(mentions("Half a million litres flooded Orvik, and half a dozen pumps failed.", MentionKind.NUMBER))
        .containsExactly("Half a million=500000 litr", "half a dozen=6 pump");
    // half of anything else is no number, and whole scale words read as before
    assertThat(mentions("Half a mile of road and half the pumps failed, but two million litres drained.",
        MentionKind.NUMBER)).containsExactly("two million=2000000 litr");
  }

  @Test
  void aNumberAndAHalfIsOneNumber() {
    assertThat(mentions("The council set aside two and a half million dollars, one and a half times last year's fund.",
        MentionKind.NUMBER)).containsExactly("two and a half million=2500000 dollar", "one and a half=1.5 time");
    assertThat(mentions("The storm cut power to 2 and a half thousand homes.", MentionKind.NUMBER))
        .containsExactly("2 and a half thousand=2500 home");
    // "and a half" needs its number right before it: a count and then a half of something else stay apart
    assertThat(mentions("Two pumps and a half-hour delay stopped the works.", MentionKind.NUMBER))
        .containsExactly("Two=2 pump");
  }

  @Test
  void numberJoinedToItsWordByAHyphen() {
    assertThat(mentions("A 32-year-old British climber fell 150 metres, off a 150-metre face.", MentionKind.NUMBER))
        .containsExactly("32-year-old=32 year-old", "150=150 metr", "150-metre=150 metr");
  }

  @Test
  void numberWithScaleWord() {
    assertThat(mentions("The fund holds 2.5 million dollars.", MentionKind.NUMBER)).containsExactly("2.5 million=2500000 dollar");
  }

  @Test
  void lettersOfScaleWrittenAgainstAFigure() {
    assertThat(mentions("The Lindby works added 12K jobs as 1.2M visitors came, and the town borrowed $3.5bn.",
        MentionKind.NUMBER)).containsExactly("12K=12000 job", "1.2M=1200000 visitor", "3.5bn=3500000000");
    assertThat(mentions("Lindby sold \u00A340m worth of bonds to build 30 km of road.", MentionKind.NUMBER))
        .containsExactly("40m=40000000 worth", "30=30 km");
    // other letters are no scale: a network, a model, metres; "K-12" is a range of school grades
    assertThat(mentions("The 4G network reached 30 K-12 schools, an F-16 flew over, and a 5m wall fell.",
        MentionKind.NUMBER)).containsExactly("4=4 network", "30=30 school", "5=5 m");
  }

  @Test
  void weekdays() {
    assertThat(mentions("Lavrov spoke on Thursday, not Friday.", MentionKind.WEEKDAY))
        .containsExactly("Thursday=thursday", "Friday=friday");
  }

  @Test
  void datesAndYears() {
    assertThat(mentions("They met on December 2, 2021, seven years after the 2014 annexation.", MentionKind.DATE))
        .containsExactly("December 2, 2021=2021-12-02", "2014=2014");
  }

  @Test
  void yearBeforeACountedThingIsANumber() {
    assertThat(mentions("The region has 2014 residents.", MentionKind.DATE)).isEmpty();
  }

  @Test
  void numbersWrittenInWordsHaveTheirValue() {
    assertThat(mentions("The bus carried eight passengers and 8 crew members.", MentionKind.NUMBER))
        .containsExactly("eight=8 passeng", "8=8 crew");
    assertThat(mentions("Fifteen people and twenty-one soldiers died; a dozen houses and two dozen cars burned.",
        MentionKind.NUMBER)).containsExactly("Fifteen=15 peopl", "twenty-one=21 soldier", "a dozen=12 hous", "two dozen=24 car");
    assertThat(mentions("Two million people voted.", MentionKind.NUMBER)).containsExactly("Two million=2000000 peopl");
  }

  @Test
  void aGivenNameWithAnInnerCapitalIsNoDescription() {
    // "LaVerla", "DeMarco": a capital inside the word marks a given name, so the three words are one person's name
    assertThat(mentions("LaVerla Karin Lindqvist opened the Orvik clinic. DeMarco Karl Sandvik spoke.", MentionKind.NAME))
        .contains("LaVerla Karin Lindqvist=laverla karin lindqvist", "DeMarco Karl Sandvik=demarco karl sandvik");
    // the near variant: a job written before a given name and a surname is still no part of the name
    assertThat(mentions("Orvik foremen met. Foreman Karl Sandvik spoke.", MentionKind.NAME))
        .contains("Foreman Karl Sandvik=karl sandvik");
  }

  @Test
  void aDozenIsWrittenFromItsArticle() {
    // a value's words start where the number starts: the "A" of "A dozen" is its "one"
    assertThat(mentions("A dozen miners reached Orvik, and a hundred homes lost power.", MentionKind.NUMBER))
        .containsExactly("A dozen=12 miner", "a hundred=100 home");
    // the near variants keep their words: a number before the count word, "half a dozen", and an article before
    // another number word
    assertThat(mentions("Two dozen miners and half a dozen pumps left Lindby, a week after a twelve tonne load.",
        MentionKind.NUMBER)).containsExactly("Two dozen=24 miner", "half a dozen=6 pump", "twelve=12 tonn");
  }

  @Test
  void oneAloneIsNoCountButOneMillionIs() {
    assertThat(mentions("One died in one of the villages and one came back; one million people fled.", MentionKind.NUMBER))
        .containsExactly("one million=1000000 peopl");
  }

  @Test
  void dayBeforeTheMonth() {
    assertThat(mentions("The dam broke on 3 March 2019; repairs began on the 21st April and ended 9 May.", MentionKind.DATE))
        .containsExactly("3 March 2019=2019-03-03", "21st April=04-21", "9 May=05-09");
  }

  @Test
  void ordinalDayAfterTheMonth() {
    assertThat(mentions("Voting ended on June 23rd, 2016.", MentionKind.DATE)).containsExactly("June 23rd, 2016=2016-06-23");
  }

  @Test
  void figureWithAThousandsSeparatorIsNoYear() {
    assertThat(mentions("About 2,000 homes and 1,850 schools were damaged.", MentionKind.DATE)).isEmpty();
  }

  @Test
  void surnameIsThePersonTheArticleNamesInFull() {
    assertThat(mentions("Newt Gingrich spoke on Monday. Later Gingrich left, and he came back later.", MentionKind.NAME))
        .containsExactly("Newt Gingrich=newt gingrich", "Gingrich=newt gingrich");
  }

  @Test
  void titleAndSurnameIsThePersonToo() {
    assertThat(mentions("Senator Ana Ruiz voted no. Later Ms. Ruiz left, and Sen. Ruiz came back.", MentionKind.NAME))
        .containsExactly("Senator Ana Ruiz=ana ruiz", "Ms. Ruiz=ana ruiz", "Sen. Ruiz=ana ruiz");
  }

  @Test
  void anOfficeBeforeASurnameIsThePersonTheArticleNamesInFull() {
    assertThat(mentions("Paul Ryan spoke on Monday. The next day Chairman Ryan left, and Director Wray came.", MentionKind.NAME))
        .containsExactly("Paul Ryan=paul ryan", "Chairman Ryan=paul ryan", "Director Wray=director wray");
  }

  @Test
  void anOfficeBeforeAWordOfNoPersonStaysPartOfTheName() {
    assertThat(mentions("Shares of General Motors rose on Monday, and Mary Barra spoke.", MentionKind.NAME))
        .containsExactly("General Motors=general motors", "Mary Barra=mary barra");
  }

  @Test
  void aClauseOpenerIsNoPartOfAName() {
    assertThat(mentions("Donald Trump spoke. Despite Trump's threat, the talks went on.", MentionKind.NAME))
        .containsExactly("Donald Trump=donald trump", "Despite Trump=donald trump");
  }

  @Test
  void aCourtesyTitleOfTheOtherSexIsAnotherPerson() {
    assertThat(mentions("The first lady, Melania Trump, spoke. \u201CIt is wrong,\u201D she said. "
        + "Mr. Trump did not comment, and Ms. Trump left.", MentionKind.NAME))
        .containsExactly("Melania Trump=melania trump", "Mr. Trump=trump", "Ms. Trump=melania trump");
  }

  @Test
  void aGivenNameOfTheOtherSexThanTheCourtesyTitleIsAnotherPerson() {
    assertThat(mentions("The mayor's daughter Lisa Lind waved. Later Mr. Lind spoke, and Ms. Lind left.",
        MentionKind.NAME)).containsExactly("Lisa Lind=lisa lind", "Mr. Lind=lind", "Ms. Lind=lisa lind");
  }

  @Test
  void pronounsOutsideAQuotationsAttributionSayNothingOfTheSex() {
    // "Sam" is given to both sexes: only the pronouns could tell, and they are not read
    assertThat(mentions("Sam Ruiz met the mayor. She said he was late. Later Mr. Ruiz spoke.", MentionKind.NAME))
        .containsExactly("Sam Ruiz=sam ruiz", "Mr. Ruiz=sam ruiz");
    assertThat(mentions("Donald Trump attacked his rival and called her a liar. The next day Mr. Trump spoke.",
        MentionKind.NAME)).containsExactly("Donald Trump=donald trump", "Mr. Trump=donald trump");
    assertThat(mentions("Nancy Pelosi said he must resign. The next day Ms. Pelosi spoke.", MentionKind.NAME))
        .containsExactly("Nancy Pelosi=nancy pelosi", "Ms. Pelosi=nancy pelosi");
  }

  @Test
  void aCourtesyTitleWrittenWithTheFullNameGivesTheSex() {
    assertThat(mentions("Mrs. Melania Trump spoke on Monday. The next day Mr. Trump left.", MentionKind.NAME))
        .containsExactly("Mrs. Melania Trump=melania trump", "Mr. Trump=trump");
  }

  @Test
  void surnameOfTwoPeopleStaysASurname() {
    assertThat(mentions("Bill Clinton and Hillary Clinton arrived. On Monday Clinton spoke.", MentionKind.NAME))
        .containsExactly("Bill Clinton=bill clinton", "Hillary Clinton=hillary clinton", "Clinton=clinton");
  }

  @Test
  void aTitleAloneIsNoName() {
    assertThat(mentions("The aide of Mr. Trump said that Mr. was a typo.", MentionKind.NAME))
        .containsExactly("Mr. Trump=trump");
  }

  @Test
  void middleInitialIsPartOfTheNameNotItsEnd() {
    assertThat(mentions("The bill was signed by Donald J. Trump on Friday.", MentionKind.NAME))
        .containsExactly("Donald J. Trump=donald trump");
  }

  @Test
  void aTitleStartsANameOfItsOwn() {
    assertThat(mentions("The vote of Pennsylvania Sen. Bob Casey was decisive.", MentionKind.NAME))
        .containsExactly("Pennsylvania=pennsylvania", "Sen. Bob Casey=bob casey");
  }

  @Test
  void capitalisedFunctionWordsAndWeekdaysAreNoPartOfAName() {
    assertThat(mentions("But Mr. Berg was seen in Lindby District Court Wednesday.", MentionKind.NAME))
        .containsExactly("Mr. Berg=berg", "Lindby District Court=lindby district court");
  }

  @Test
  void firstWordOfAQuotationIsNoName() {
    assertThat(mentions("He said: \u201CComing back was hard.\u201D Lindby is quiet.", MentionKind.NAME)).isEmpty();
  }

  @Test
  void titleCaseHeadlineKeepsOnlyTheWordsTheArticleWritesAsNames() {
    assertThat(mentions("Berg Says Lindby Should Rebuild\n\nThe mayor, Jon Berg, said on Monday that Lindby would rebuild.",
        MentionKind.NAME))
        .containsExactly("Berg=jon berg", "Lindby=lindby", "Jon Berg=jon berg", "Lindby=lindby");
  }
}
