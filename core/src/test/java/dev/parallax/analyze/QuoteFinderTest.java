package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final Analyzer ANALYZER = EnglishAnalyzer.create(EnglishModels.load());

  private static List<Quote> quotes(String text) {
    return ANALYZER.analyze(Article.of("a", "a", null, "", text)).quotes();
  }

  private static List<String> rendered(String text) {
    return quotes(text).stream()
        .map(q -> q.text() + " | " + q.speaker().orElse("?") + q.citedSource().map(s -> " | " + s).orElse(""))
        .toList();
  }

  @Test
  void curlyAndStraightQuotes() {
    assertThat(rendered("\u201CWe want peace,\u201D Lavrov said.\n\"We want talks,\" Blinken said."))
        .containsExactly("We want peace, | Lavrov", "We want talks, | Blinken");
  }

  @Test
  void aNoBreakSpaceBeforeTheVerbOrInsideTheNameStillGivesTheSpeaker() {
    // web pages write "Karl Lind said" with a no-break space (U+00A0) as often as with a plain one
    assertThat(rendered("\u201CWe will rebuild the mill,\u201D Mayor Karl Lind\u00A0said on Monday.\n\n"
        + "\u201CNo one was hurt,\u201D Fire Chief Eva\u00A0Strand told reporters."))
        .containsExactly("We will rebuild the mill, | Karl Lind", "No one was hurt, | Eva Strand");
    List<Quote> q = quotes("\u201CWe will rebuild,\u201D Karl\u00A0Lind\u202Fsaid.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.start()).isEqualTo(1));
  }

  /**
   * "he" in a clause after a person named as saying something in the same sentence is that person, not whoever the
   * sentence before named; without such a person in the sentence, it is still the one named before.
   */
  @Test
  void aPronounAfterASubordinatorMeansThePersonTheSentenceNamesSaying() {
    String before = "Mayor Elsa Vinter said the trawler had hit two moorings in Kelby on Friday.\n\n"
        + "Podcast host Jonas Pirk posted the footage and asked \u201CWho paid for this?\u201D\n\n";
    assertThat(rendered(before + "Her words echoed what harbour chief Aron Dahl said that morning, when he claimed the "
        + "trawler meant to cause \u201Cheavy losses\u201D to the port."))
        .containsExactly("Who paid for this? | Jonas Pirk", "heavy losses | Aron Dahl");
    assertThat(rendered(before + "Her words echoed the harbour office that morning, when he claimed the trawler meant "
        + "to cause \u201Cheavy losses\u201D to the port."))
        .containsExactly("Who paid for this? | Jonas Pirk", "heavy losses | Jonas Pirk");
  }

  /**
   * "the former governor" after "Former Governor Roe" (a title written before a bare surname) is Roe, or the full
   * name the article gives that surname; two former governors so named leave the description as written.
   */
  @Test
  void aDescriptionWrittenBeforeABareSurnameIsThatPerson() {
    String quote = "Later that day, the former governor called the accounts a sham that \u201Chides what the board "
        + "spent on the pier.\u201D";
    String blamed = "Former Governor Roe on Tuesday blamed the auditors for the harbor board's missing accounts.\n\n";
    assertThat(rendered(blamed + quote)).containsExactly("hides what the board spent on the pier. | Roe");
    assertThat(rendered("Jon Roe has kept out of sight since March.\n\n" + blamed + quote))
        .containsExactly("hides what the board spent on the pier. | Jon Roe");
    assertThat(rendered("Former Governor Roe and Former Governor Marsh met on Tuesday over the harbor board's "
        + "missing accounts.\n\n" + quote))
        .containsExactly("hides what the board spent on the pier. | former governor");
  }

  /**
   * "the North Dakota Democrat said" (a state and a party, as newspapers call a lawmaker a second time) is the one
   * officeholder of that party the article named before, also when a lower-case word stands before the state and the
   * verb is "wrote"; written beside the state it tells two senators apart. "a North Dakota Democrat" refers back to no
   * one, and a senator the article gives the other party is not meant: the description then stays as written.
   */
  @Test
  void theStateAndPartyOfAnOfficeholderNamedBeforeIsThatPerson() {
    String quote = "\u201CThis bill will divide the harbor towns further,\u201D";
    assertThat(rendered("Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | Karl Lindqvist");
    assertThat(rendered("Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the moderate North Dakota Democrat wrote in an op-ed."))
        .containsExactly("This bill will divide the harbor towns further, | Karl Lindqvist");
    assertThat(rendered("Sen. Karl Lindqvist and Sen. Eva Marsh of North Dakota met on Sunday over the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | Eva Marsh");
    assertThat(rendered("Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " a North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | North Dakota Democrat");
    assertThat(rendered("Republican Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | North Dakota Democrat");
  }

  /**
   * The only officeholder the article named is not "the North Dakota Democrat" when the article writes them with
   * another state, before the name or after it: the description then stays as written. Written with that state, they
   * are still the one meant.
   */
  @Test
  void anOfficeholderWrittenWithAnotherStateIsNotTheStateAndPartyDescribed() {
    String quote = "\u201CThis bill will divide the harbor towns further,\u201D";
    assertThat(rendered("Sen. Karl Lindqvist of Ohio said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | North Dakota Democrat");
    assertThat(rendered("Ohio Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | North Dakota Democrat");
    assertThat(rendered("Sen. Karl Lindqvist of North Dakota said on Sunday he will vote against the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | Karl Lindqvist");
  }

  /** A dateline's state before the name is where the story was filed, not the officeholder's state. */
  @Test
  void aDatelinesStateIsNotTheOfficeholdersState() {
    String quote = "\u201CThis bill will divide the harbor towns further,\u201D";
    assertThat(rendered("OMAHA, Nebraska \u2014 Sen. Karl Lindqvist, D-N.D., said on Sunday he will vote for the"
        + " harbor bill.\n\n" + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | Karl Lindqvist");
    assertThat(rendered("He spoke in Ohio. Sen. Karl Lindqvist said on Sunday he will vote for the harbor bill.\n\n"
        + quote + " the North Dakota Democrat said."))
        .containsExactly("This bill will divide the harbor towns further, | Karl Lindqvist");
  }

  /**
   * A nation's adjective before a party word ("the Danish Independent") names a newspaper or a nationality, not a
   * lawmaker by state and party: a report it writes is cited, and it is not the independent senator named before; a
   * state's name there ("the Vermont Independent") is that senator.
   */
  @Test
  void aNationsAdjectiveBeforeAPartyWordIsNoLawmaker() {
    String senator = "Independent Sen. Karl Lindqvist said on Sunday he will vote against the harbor bill.\n\n";
    String quote = "\u201CThe harbor towns are split,\u201D";
    assertThat(rendered(senator + quote + " the Danish Independent reported on Friday."))
        .containsExactly("The harbor towns are split, | ? | Danish Independent");
    assertThat(rendered(senator + quote + " the Danish Independent said."))
        .noneMatch(q -> q.contains("Karl Lindqvist"));
    assertThat(rendered(senator + quote + " the Vermont Independent said."))
        .containsExactly("The harbor towns are split, | Karl Lindqvist");
  }

  /**
   * A title's period inside the clause ("told Ms. Kask", "told Dr. Kask") does not end the sentence: "he" after the
   * subordinator is still the person the sentence names saying something, not the podcast host who spoke before.
   */
  @Test
  void aTitlesPeriodBetweenTheSayerAndThePronounEndsNoSentence() {
    String before = "Mayor Elsa Vinter said the trawler had hit two moorings in Kelby on Friday.\n\n"
        + "Podcast host Jonas Pirk posted the footage and asked \u201CWho paid for this?\u201D\n\n";
    assertThat(rendered(before + "Her words echoed what harbour chief Aron Dahl told Ms. Kask that morning, when he "
        + "claimed the trawler meant to cause \u201Cheavy losses\u201D to the port."))
        .containsExactly("Who paid for this? | Jonas Pirk", "heavy losses | Aron Dahl");
    assertThat(rendered(before + "Her words echoed what harbour chief Aron Dahl told Dr. Kask that morning, when he "
        + "claimed the trawler meant to cause \u201Cheavy losses\u201D to the port."))
        .containsExactly("Who paid for this? | Jonas Pirk", "heavy losses | Aron Dahl");
  }

  /**
   * "“…,” he said" after a quote means the person named before, not a party or league the quote itself names, of
   * whatever head word.
   */
  @Test
  void aBodyNamedInsideTheQuoteIsNotWhomHeMeans() {
    for (String body : List.of("Blue League", "Farmers Front", "Coast Union")) {
      assertThat(rendered("At least 12 people died in the clashes over the dam, said Water Minister Oskar Brandt on "
          + "Monday.\n\u201CAt least 12 deaths have been reported and police officers, " + body + " members and "
          + "students were among the dead,\u201D he said while talking to reporters."))
          .containsExactly("At least 12 deaths have been reported and police officers, " + body + " members and "
              + "students were among the dead, | Oskar Brandt");
    }
  }

  /** "clarified" is a verb of saying like "said"; a home minister is the interior minister the article named. */
  @Test
  void clarifiedSaysAndTheHomeMinisterIsTheInteriorMinister() {
    assertThat(rendered("Interior Minister Oskar Brandt said on Monday that 12 people had died in the clashes.\n\n"
        + "Asked about the toll, Brandt clarified, \u201CWe give the toll from the reports we have now.\u201D"))
        .containsExactly("We give the toll from the reports we have now. | Oskar Brandt");
    assertThat(rendered("Home Minister Oskar Brandt said on Monday that 12 people had died in the clashes.\n\n"
        + "\u201CWe will find the culprits,\u201D the home minister said."))
        .containsExactly("We will find the culprits, | Oskar Brandt");
    assertThat(rendered("Interior Minister Oskar Brandt said on Monday that 12 people had died in the clashes.\n\n"
        + "\u201CWe will find the culprits,\u201D the interior minister said."))
        .containsExactly("We will find the culprits, | Oskar Brandt");
  }

  @Test
  void quoteSpanningSentences() {
    List<Quote> q = quotes("\u201CThe threat is rising. We will insist on guarantees,\u201D Putin said.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("The threat is rising. We will insist on guarantees,");
      assertThat(x.partial()).isFalse();
    });
  }

  @Test
  void quoteContinuedInTheNextParagraph() {
    assertThat(rendered("\u201CI am so excited to be hosting the Oscars for the second time.\n\n"
        + "You know what they say, the third time's the charm,\u201D said DeGeneres."))
        .containsExactly("I am so excited to be hosting the Oscars for the second time. | DeGeneres",
            "You know what they say, the third time's the charm, | DeGeneres");
    assertThat(rendered("Ellen DeGeneres released a response: \"I am so excited to be hosting the Oscars again.\n\n"
        + "You know what they say, the third time's the charm,\" DeGeneres said in a statement."))
        .containsExactly("I am so excited to be hosting the Oscars again. | Ellen DeGeneres",
            "You know what they say, the third time's the charm, | Ellen DeGeneres");
  }

  @Test
  void aQuoteRunningOnIntoAParagraphWithoutAnOpeningMarkIsWhomThatParagraphNames() {
    assertThat(rendered("\u201CWe acted quickly,\u201D said police chief Jon Berg.\n\n"
        + "\u201CWe're talking about a powder keg out here.\n\n"
        + "Any incident could trigger it,\u201D City Councilman Ana Ruiz told the Times."))
        .containsExactly("We acted quickly, | Jon Berg", "We're talking about a powder keg out here. | Ana Ruiz",
            "Any incident could trigger it, | Ana Ruiz");
    // a new quote in the next paragraph, with its own opening mark, is someone else's answer
    assertThat(rendered("\"There are key questions that remain,\" Ana Ruiz said. \"I recommend that every member "
        + "read the classified version.\n\nTo which Jon Berg replied: \"It was a terrorist attack.\""))
        .containsExactly("There are key questions that remain, | Ana Ruiz",
            "I recommend that every member read the classified version. | Ana Ruiz",
            "It was a terrorist attack. | Jon Berg");
  }

  @Test
  void quoteRunningThroughParagraphsWithoutMarks() {
    String statement = "In a statement, General Manager A.J. Smith noted, \"It's disappointing to hear about the issue.\n\n"
        + "We'll continue to monitor the situation.\n\nWe take our stature in the community very seriously.\"\n\n"
        + "The team declined to comment further.";
    assertThat(rendered(statement)).containsExactly("It's disappointing to hear about the issue. | A.J. Smith",
        "We'll continue to monitor the situation. | A.J. Smith",
        "We take our stature in the community very seriously. | A.J. Smith");
    String neverClosed = "General Manager A.J. Smith noted, \"It's disappointing to hear about the issue.\n\n"
        + "The team declined to comment further.\n\nWilliams was arrested on Sunday.";
    assertThat(rendered(neverClosed)).containsExactly("It's disappointing to hear about the issue. | A.J. Smith");
  }

  @Test
  void aStrayMarkAfterACommaOpensNoQuotation() {
    assertThat(rendered("'I cant speak for the first death, but it looks like a lack of experience, \"Gaskin told the Herald.\n\n"
        + "Police said the climber was well equipped."))
        .noneMatch(q -> q.startsWith("Gaskin told"));
  }

  @Test
  void aSpokeswomanOfAnotherBodyIsNotTheNamedSpokesman() {
    assertThat(rendered("Police spokesman Dave Gaskin said the deaths were a reminder.\n\n"
        + "A Foreign Office spokeswoman said: \"We are aware of the death of a British man.\"\n\n"
        + "A police spokesman said: \"The climber was well equipped.\""))
        .containsExactly("We are aware of the death of a British man. | A Foreign Office spokeswoman",
            "The climber was well equipped. | Dave Gaskin");
  }

  @Test
  void anOccupationBeforeANameIsNoPartOfIt() {
    assertThat(rendered("Comedian Ellen DeGeneres will host the Oscars.\n\n"
        + "\"I am so excited,\" said DeGeneres.\n\nThe comedian hosted them in 2007."))
        .containsExactly("I am so excited, | Ellen DeGeneres");
    assertThat(rendered("Bill Clinton spoke.\n\n\"The bill is good,\" Clinton said."))
        .containsExactly("The bill is good, | Bill Clinton");
    assertThat(rendered("When Roger Pilon spoke on Monday, he said \u201Cthe law is clear and the court will agree.\u201D"))
        .containsExactly("the law is clear and the court will agree. | Roger Pilon");
    assertThat(rendered("\"We agree,\" Will Smith said.")).containsExactly("We agree, | Will Smith");
    assertThat(rendered("\u201CNo one is above the law,\u201D said U.S. Attorney Adam Braverman."))
        .containsExactly("No one is above the law, | Adam Braverman");
    assertThat(rendered("Jane Doe arrived at noon.\n\nOn Friday, Doe said \u201Cthe plant will reopen soon.\u201D"))
        .containsExactly("the plant will reopen soon. | Jane Doe");
    assertThat(rendered("Journalist Eva Strand on Tuesday declined the post at Lindby College.\n\n"
        + "\u201CIt was a very hard decision,\u201D she told the Lindby Post."))
        .containsExactly("It was a very hard decision, | Eva Strand");
    assertThat(rendered("Singer-guitarists Tom Johnston and Patrick Simmons will tour in June.\n\n"
        + "\u201CWe are truly excited,\u201D Johnston said."))
        .containsExactly("We are truly excited, | Tom Johnston");
  }

  @Test
  void aJobTheOfficesDoNotListBeforeAFullNameIsNoPartOfIt() {
    assertThat(rendered("\u201CWe built this town,\u201D said foreman John Miller."))
        .containsExactly("We built this town, | John Miller");
    assertThat(rendered("Foreman John Miller said: \u201CWe built this town.\u201D"))
        .containsExactly("We built this town. | John Miller");
    assertThat(rendered("\u201CThe ward was full all week,\u201D said night nurse Eva Strand."))
        .containsExactly("The ward was full all week, | Eva Strand");
    assertThat(rendered("Nurse Eva Strand said: \u201CThe ward was full all week.\u201D"))
        .containsExactly("The ward was full all week. | Eva Strand");
    // a given name before a given name is part of the name
    assertThat(rendered("Mary Ann Lind said: \u201CThe ward was full all week.\u201D"))
        .containsExactly("The ward was full all week. | Mary Ann Lind");
  }

  @Test
  void theTailOfABodysNameOrASignedPaperIsNoSpeaker() {
    assertThat(rendered("\u201CBirths fell for the sixth year in a row,\u201D the Lindby Center for Health Records said."))
        .containsExactly("Births fell for the sixth year in a row, | ?");
    assertThat(rendered("\u201CBirths fell again,\u201D Chief of Staff for Health Records Eva Strand said."))
        .containsExactly("Births fell again, | Eva Strand");
    assertThat(rendered("The ferry will run \u201Call winter,\u201D according to the statement signed by Jane Doe."))
        .containsExactly("all winter, | Jane Doe");
    assertThat(rendered("The pier is \u201Csafe for now,\u201D according to the letter signed by Eva Strand and Karl Lind."))
        .containsExactly("safe for now, | ?");
    assertThat(rendered("The harbor is \u201Cvery quiet at night,\u201D according to the statement signed by harbor "
        + "master Jane Doe."))
        .containsExactly("very quiet at night, | ?");
  }

  @Test
  void aMarkAfterAFigureIsNoQuotation() {
    assertThat(quotes("The water main, an old 12\" pipe, burst on Friday.")).isEmpty();
  }

  @Test
  void partialQuoteInsideASentence() {
    List<Quote> q = quotes("Blinken warned that Russia would face \u201Cserious consequences\u201D if it invaded Ukraine.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("serious consequences");
      assertThat(x.partial()).isTrue();
      assertThat(x.speaker()).contains("Blinken");
    });
  }

  @Test
  void offsetsPointAtTheQuotedWords() {
    String text = "Lavrov said \u201Cthe nightmare is returning\u201D on Thursday.";
    Quote q = quotes(text).get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("the nightmare is returning");
  }

  @Test
  void surnameAndTitleResolveToTheFullName() {
    assertThat(rendered("Russian Foreign Minister Sergey Lavrov arrived in Stockholm.\n"
        + "\u201CNATO refuses our proposals,\u201D Mr Lavrov said.\n\u201CWe are ready to talk,\u201D said Lavrov."))
        .containsExactly("NATO refuses our proposals, | Sergey Lavrov", "We are ready to talk, | Sergey Lavrov");
  }

  @Test
  void aSurnameSharedInTheFamilyIsThePersonTheStoryNamesFirst() {
    assertThat(rendered("Senator Maria Alvarez released her tax returns on Friday.\n"
        + "The returns show that she and her husband, former Governor Tomas Alvarez, paid $2 million in taxes.\n"
        + "\u201CWe have nothing to hide,\u201D Alvarez said."))
        .containsExactly("We have nothing to hide, | Maria Alvarez");
  }

  @Test
  void aSurnameOfTwoPeopleNamedAsOftenIsTheOneJustIntroducedAsTheSubject() {
    assertThat(rendered("\u201CThey did not have to do this,\u201D Tom Berg, 18, said as he walked beside the march.\n"
        + "Police said one officer was hurt.\n"
        + "But Councilwoman Eva Berg, a frequent police critic, blasted outsiders.\n"
        + "\u201CPlease stay out of our town,\u201D Berg wrote on Twitter."))
        .containsExactly("They did not have to do this, | Tom Berg", "Please stay out of our town, | Eva Berg");
  }

  @Test
  void theOfficeIsTheHolderWhoseSurnameTheArticleWroteLast() {
    // a second governor named in passing does not take "the governor" from the one the story is back to
    String story = "Gov. Jane Doe of Lindby named her former aide Karl Lind to the vacant seat on Wednesday.\n\n"
        + "Lind will be the second appointed senator this year, after Tom Roe was appointed by Gov. Ann Berg of "
        + "Varnholm.\n\n%s, who has been a mentor to Mr. %s, was asked whether she saw herself in him.\n\n"
        + "\u201CI\u2019m not that cool,\u201D the governor replied.";
    assertThat(rendered(String.format(story, "Ms. Doe", "Lind"))).containsExactly("I\u2019m not that cool, | Jane Doe");
    assertThat(rendered(String.format(story, "Ms. Berg", "Roe"))).containsExactly("I\u2019m not that cool, | Ann Berg");
  }

  @Test
  void theOfficeIsTheHolderWhoseSurnameStandsLastAsAWholeWord() {
    // both governors' surnames in one sentence: the one written last there, as a word of its own, is "the governor"
    String story = "Gov. Jane Doe of Lindby named her former aide Karl Lind to the vacant seat on Wednesday.\n\n"
        + "Lind will be the second appointed senator this year, after Tom Roe was appointed by Gov. Ann Berg of "
        + "Varnholm.\n\n%s\n\n\u201CI\u2019m not that cool,\u201D the governor replied.";
    assertThat(rendered(String.format(story, "Ms. Berg, who once worked for Ms. Doe, was asked whether she saw herself"
        + " in him."))).containsExactly("I\u2019m not that cool, | Jane Doe");
    assertThat(rendered(String.format(story, "Ms. Doe, who once worked for Ms. Berg, was asked whether she saw herself"
        + " in him."))).containsExactly("I\u2019m not that cool, | Ann Berg");
    // a surname inside a longer word ("Bergholm") is not written there; the same surname again after it is
    assertThat(rendered(String.format(story, "Ms. Berg, who once worked for Ms. Doe at Bergholm Mills, was asked"
        + " whether she saw herself in him."))).containsExactly("I\u2019m not that cool, | Jane Doe");
    assertThat(rendered(String.format(story, "Ms. Berg, who once worked for Ms. Doe at Bergholm Mills, thanked Berg"
        + " supporters."))).containsExactly("I\u2019m not that cool, | Ann Berg");
    assertThat(rendered(String.format(story, "Ms. Berg, who once worked for Mr. Doerr at the mill and then for Ms."
        + " Doe, was asked whether she saw herself in him."))).containsExactly("I\u2019m not that cool, | Jane Doe");
  }

  @Test
  void anOfficeAndSurnameAsTheSubjectIsThePersonNamedInFull() {
    // "she" is the subject of the sentence before, written "Mayor Ostrand": Mayor Lena Ostrand, as "Ostrand" would be
    assertThat(rendered("Mayor Lena Ostrand faced a backlash in Varnholm on Tuesday.\n\n"
        + "Mayor Ostrand of Varnholm has embarrassed the whole council. Her judgment is gone.\n\n"
        + "\u201CI stand by every word,\u201D she said."))
        .containsExactly("I stand by every word, | Lena Ostrand");
    // a mayor the article never names in full stays as written
    assertThat(rendered("The council met in Varnholm on Tuesday.\n\n"
        + "Mayor Ostrand of Varnholm has embarrassed the whole council. Her judgment is gone.\n\n"
        + "\u201CI stand by every word,\u201D she said."))
        .containsExactly("I stand by every word, | Ostrand");
  }

  @Test
  void aSurnameSharedInTheFamilyIsThePersonTheStoryHasNamedMostSoFar() {
    // a profile of the mayor's son: he is named again and again, his father once
    assertThat(rendered("Mayor Karl Lind vetoed the plan on Monday, and his son, Erik Lind, had asked him to.\n"
        + "\u201CI love my dad,\u201D Erik Lind said. Erik Lind grew up on the campaign trail.\n"
        + "\u201CIt is always a lively conversation,\u201D Mr. Lind said."))
        .containsExactly("I love my dad, | Erik Lind", "It is always a lively conversation, | Erik Lind");
    // the wife named more often, but further down: the bare surname at the top is her husband
    assertThat(rendered("Former Rep. Tomas Berg Jr. pleaded guilty on Wednesday.\n"
        + "\u201CI did these things,\u201D Berg said through tears.\n"
        + "His wife, Sandra Berg, also pleaded guilty. Sandra Berg faces three years."))
        .containsExactly("I did these things, | Tomas Berg Jr");
  }

  @Test
  void aSurnameWrittenAfterAnOfficeIsNotARelativeNamedLater() {
    assertThat(rendered("President Okafor attacked the opposition on Wednesday.\n"
        + "In a statement, the first lady, Grace Okafor, called the video disturbing.\n"
        + "\u201CThey want to stop the reforms,\u201D Mr. Okafor said."))
        .containsExactly("They want to stop the reforms, | Okafor");
  }

  @Test
  void aSurnameWrittenAfterAnOfficeIsStillTheSamePersonNamedInFullLater() {
    assertThat(rendered("President Okafor attacked the opposition on Wednesday.\n"
        + "Daniel O. Okafor was elected two years ago.\n"
        + "\u201CThey want to stop the reforms,\u201D Mr. Okafor said."))
        .containsExactly("They want to stop the reforms, | Daniel O. Okafor");
  }

  @Test
  void anInitialAndAGenerationBelongToTheName() {
    assertThat(rendered("Among the critics was George T. Halvorsen III, a lawyer and the husband of Anne Halvorsen.\n"
        + "\u201CThe courts will decide,\u201D Mr. Halvorsen said."))
        .containsExactly("The courts will decide, | George T. Halvorsen III");
  }

  @Test
  void aBareSurnameIsTheFatherNotTheSonNamedWithJunior() {
    assertThat(rendered("President Okafor spoke on Monday.\n"
        + "His son, Daniel Okafor Jr., joined him on the stage.\n"
        + "\u201CWe will win,\u201D Okafor said."))
        .containsExactly("We will win, | Okafor");
  }

  @Test
  void roleDescriptionResolvesToThePersonWithThatRole() {
    assertThat(rendered("US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov.\n"
        + "Russia's top diplomat said NATO was \u201Cirresponsibly\u201D expanding.\n"
        + "The top US diplomat said the allies were \u201Cprepared to impose significant costs.\u201D"))
        .containsExactly("irresponsibly | Sergey Lavrov", "prepared to impose significant costs. | Antony Blinken");
  }

  @Test
  void theJudgeIsTheJudgeTheArticleNamed() {
    assertThat(rendered("In a ruling on Wednesday, U.S. District Judge Jane Doe said the town exceeded its authority. "
        + "\u201CThe ban must be set aside,\u201D the judge wrote in a 20-page opinion."))
        .containsExactly("The ban must be set aside, | Jane Doe");
    assertThat(rendered("Magistrate Karl Lind heard the case on Monday.\n"
        + "\u201CThe town cannot close the road,\u201D the magistrate said."))
        .containsExactly("The town cannot close the road, | Karl Lind");
  }

  @Test
  void aDescriptionIsThePersonItWasWrittenBeforeInsideALongerPhrase() {
    assertThat(rendered("Eva Strand, the daughter of former Vice President Karl Lind, criticized the plan on Friday."
        + "\n\n\u201CI think the bridge is a mistake,\u201D the former vice president said."))
        .containsExactly("I think the bridge is a mistake, | Karl Lind");
    // the description before a possessive describes its owner, not the one named after: not his daughter
    assertThat(rendered("Former Vice President Karl Lind\u2019s daughter, Eva Strand, met the council on Monday.\n\n"
        + "\u201CThe bridge will be built,\u201D the former vice president said."))
        .containsExactly("The bridge will be built, | Karl Lind");
  }

  @Test
  void twoSubjectsOfOneVerbOfSayingGiveTheQuoteToNeitherAlone() {
    // the words are both subjects': no speaker rather than the last one named
    assertThat(rendered("Mayor Jane Doe and Governor Karl Lind met on Monday to sign the ferry deal.\n\n"
        + "\u201CThis ferry will serve the town for a hundred years,\u201D Jane Doe and Karl Lind said.\n\n"
        + "On Tuesday, Doe and Lind told reporters the fares \u201Cwill stay low for years.\u201D\n\n"
        + "The mayor and the governor said the ferry \u201Cwill carry its first passengers in May.\u201D\n\n"
        + "The harbor board, the Lindby Ferry Company and the Norrby Rowing Club said they were \u201Cdelighted.\u201D\n\n"
        + "The mayor and the governor, speaking at the pier on Monday, said it was \u201Cabout time.\u201D"))
        .containsExactly("This ferry will serve the town for a hundred years, | ?", "will stay low for years. | ?",
            "will carry its first passengers in May. | ?", "delighted. | ?", "about time. | ?");
    // a name after "and" that opens a new clause after an object is that clause's subject
    assertThat(rendered("Mayor Jane Doe backed the ferry deal.\n\n"
        + "The deal passed the Lindby Council and Doe said it was \u201Ca good day for the town.\u201D\n\n"
        + "Karl Lind spoke first, and Doe said the fares were \u201Cfair.\u201D\n\n"
        + "Fish and Wildlife Director Eva Strand said the harbor was \u201Cclean enough.\u201D"))
        .containsExactly("a good day for the town. | Jane Doe", "fair. | Jane Doe", "clean enough. | Eva Strand");
  }

  @Test
  void twoSubjectsEachWithAnOfficeBeforeTheNameGiveTheQuoteToNeitherAlone() {
    // "Council Chair Jane Doe and City Treasurer Karl Lind said": two people, each with an office, say it together
    assertThat(rendered("The council voted on the harbor budget on Monday.\n\n"
        + "\u201CThis budget is a raid on the harbor fund,\u201D Council Chair Jane Doe and City Treasurer Karl Lind "
        + "said in a joint statement. \u201CWe will fight it.\u201D"))
        .containsExactly("This budget is a raid on the harbor fund, | ?", "We will fight it. | ?");
    // one person whose office is a body's name holding "and" still speaks alone
    assertThat(rendered("The council voted on the harbor budget on Monday.\n\n"
        + "\u201CThis budget is a raid on the harbor fund,\u201D Parks and Recreation Director Eva Strand said."))
        .containsExactly("This budget is a raid on the harbor fund, | Eva Strand");
  }

  @Test
  void aNameInAppositionToAnOrganisationIsNotTheRoleWrittenAfterIt() {
    // "his campaign committee, Lindby Forward," names the committee: "the former mayor" is the man named before
    assertThat(rendered("Former Mayor Karl Lind spoke on Friday.\n\n"
        + "In a statement issued through his campaign committee, Lindby Forward, the former mayor called the report "
        + "a bombshell that \u201Chas uncovered real fraud.\u201D"))
        .containsExactly("has uncovered real fraud. | Karl Lind");
    // a person in apposition to a person ("Her predecessor, Eva Strand, the former mayor,") is still that person
    assertThat(rendered("Mayor Jane Doe spoke on Friday.\n\n"
        + "Her predecessor, Eva Strand, the former mayor, called the report a bombshell that "
        + "\u201Chas uncovered real fraud.\u201D"))
        .containsExactly("has uncovered real fraud. | Eva Strand");
  }

  @Test
  void aStatementSpeaksForTheOneWhoIssuedItJustBefore() {
    // "Lindby Ferries issued a statement": "the statement said" gives the ferry company's words, and so does its next quote
    assertThat(rendered("Lindby Ferries issued a statement late Monday explaining what stopped the boats.\n\n"
        + "\u201COur engineers found a fault in the engine room,\u201D the statement said. "
        + "\u201CThe fault is now fixed.\u201D"))
        .containsExactly("Our engineers found a fault in the engine room, | Lindby Ferries", "The fault is now fixed. | Lindby Ferries");
    assertThat(rendered("Mayor Karl Lind released a statement on Monday.\n\n"
        + "\u201CThe ferry will sail again,\u201D the statement said."))
        .containsExactly("The ferry will sail again, | Karl Lind");
    // no one named issuing it: the statement as written
    assertThat(rendered("The council met on Monday.\n\n\u201CThe ferry will sail again,\u201D the statement said."))
        .containsExactly("The ferry will sail again, | statement");
  }

  @Test
  void aLetterFromSomeoneThatAnotherPublishedIsNotThePublishersWords() {
    // the Ostmark Post printed the mayor's letter: "the letter said" gives her words, never the paper's
    assertThat(rendered("The storm flooded Lindby on Monday.\n\n"
        + "The Ostmark Post published a letter from Mayor Jane Doe on Tuesday.\n\n"
        + "\u201CWe will rebuild every street,\u201D the letter said."))
        .containsExactly("We will rebuild every street, | letter");
    // the near variant: the paper's own letter to its readers is the paper's
    assertThat(rendered("The storm flooded Lindby on Monday.\n\n"
        + "The Ostmark Post published a letter to its readers on Tuesday.\n\n"
        + "\u201CWe will rebuild every street,\u201D the letter said."))
        .containsExactly("We will rebuild every street, | Ostmark Post");
  }

  @Test
  void indicatedThatIntroducesReportedWords() {
    assertThat(rendered("The ferries stopped for six hours.\n\n"
        + "Lindby Ferries indicated that there was \u201Cno risk to passengers at any time.\u201D"))
        .containsExactly("no risk to passengers at any time. | Lindby Ferries");
    // "indicated" without "that" reports no words: the gauges are no speaker
    assertThat(rendered("Mayor Karl Lind spoke on Monday.\n\n"
        + "\u201CThe water is falling,\u201D he said. The gauges indicated a \u201Csteady\u201D fall."))
        .containsExactly("The water is falling, | Karl Lind", "steady | ?");
  }

  @Test
  void aSubjectAfterAPlaceAndAnAbbreviatedTitleIsWhomHeSaidMeans() {
    // "Former Lindby Rep. Asa Strand ... he said": the sentence's own subject, not the mayor quoted before
    String before = "Mayor Karl Lind spoke on Monday. \u201CWe will build it,\u201D he said.\n\n";
    assertThat(rendered(before + "Former Lindby Rep. Asa Strand, who led the review, eased off -- he said it was "
        + "\u201Cimportant\u201D for every school to have a guard."))
        .containsExactly("We will build it, | Karl Lind", "important | Asa Strand");
    assertThat(rendered(before + "North Lindby Sen. Asa Strand eased off, and he said it was \u201Cimportant\u201D "
        + "for every school to have a guard."))
        .containsExactly("We will build it, | Karl Lind", "important | Asa Strand");
    // the title alone before the name, as before
    assertThat(rendered(before + "Rep. Asa Strand eased off -- he said it was \u201Cimportant\u201D for every "
        + "school to have a guard."))
        .containsExactly("We will build it, | Karl Lind", "important | Asa Strand");
  }

  @Test
  void anAsideBetweenTheRoleAndItsVerbKeepsTheRoleTheSpeaker() {
    assertThat(rendered("Mayor Jane Doe of Lindby backed the bridge plan on Tuesday.\n\n"
        + "The mayor, speaking from the town hall on Monday, said the bridge was \u201Ca matter of pride.\u201D\n\n"
        + "Rep. Karl Lind spoke next. Then, the congressman, speaking in a whisper as he stood close to the reporter, "
        + "said the plan was \u201Cnot good enough.\u201D"))
        .containsExactly("a matter of pride. | Jane Doe", "not good enough. | Karl Lind");
    // an aside that names someone, or a clause of its own, parts nothing: no speaker rather than the wrong one
    assertThat(rendered("Mayor Jane Doe of Lindby backed the plan.\n\n"
        + "Karl Lind met the mayor, and then the council, and said the plan was \u201Ca waste.\u201D"))
        .containsExactly("a waste. | Karl Lind");
  }

  @Test
  void anAsideAfterARoleInsideALongerPhraseGivesThatRoleNoQuote() {
    // "the mayor" is the object of "for" or "of": the spokesman, the wife speak, and nobody names them
    assertThat(rendered("Lindby Mayor Karl Lind said the harbour would be dredged.\n\n"
        + "The spokesman for the mayor, speaking on condition of anonymity, said: \u201CThe money is simply not "
        + "there.\u201D"))
        .containsExactly("The money is simply not there. | ?");
    assertThat(rendered("Lindby Mayor Karl Lind said the harbour would be dredged.\n\n"
        + "The lawyer for the mayor, Eva Strand, declined to comment. The wife of the mayor, standing beside him at "
        + "the pier, said: \u201CHe has not slept since the storm.\u201D"))
        .containsExactly("He has not slept since the storm. | ?");
    assertThat(rendered("Lindby Mayor Karl Lind said the harbour would be dredged.\n\n"
        + "An aide to the former mayor, reading from a note, said: \u201CThe dredging can wait.\u201D"))
        .containsExactly("The dredging can wait. | ?");
    // a modifier before the role still leaves the role the subject
    assertThat(rendered("Lindby Mayor Karl Lind said the harbour would be dredged.\n\n"
        + "The Lindby mayor, standing at the pier, said: \u201CThe dredging starts in May.\u201D"))
        .containsExactly("The dredging starts in May. | Karl Lind");
  }

  @Test
  void aMayorCommentsInWords() {
    assertThat(rendered("The court struck down the ban.\n\u201CWe will appeal,\u201D Mayor Karl Lind commented."))
        .containsExactly("We will appeal, | Karl Lind");
  }

  @Test
  void pronounTakesThePreviousSpeaker() {
    assertThat(rendered("NATO Secretary-General Jens Stoltenberg asked Russia to be transparent.\n"
        + "\u201CWe have to be clear-eyed,\u201D Stoltenberg said.\n\u201CWe know Russia's record,\u201D he said."))
        .containsExactly("We have to be clear-eyed, | Jens Stoltenberg", "We know Russia's record, | Jens Stoltenberg");
  }

  @Test
  void objectOfTheVerbIsNotTheSpeaker() {
    assertThat(rendered("Stoltenberg warned Russia that there will be a \u201Chigh price.\u201D"))
        .containsExactly("high price. | Stoltenberg");
  }

  @Test
  void aQuoteToldToAMediumIsSaidByTheSentencesSubject() {
    assertThat(rendered("Prime Minister Ana Moreau rejected the criticism on Sunday.\n"
        + "But Moreau pushed back in two interviews, first telling CNN, \u201CI will not be drawn into this.\u201D"))
        .containsExactly("I will not be drawn into this. | Ana Moreau");
  }

  @Test
  void aQuoteSomeoneElseIsSaidToSayDoesNotKeepTheLastSpeaker() {
    assertThat(rendered("\u201CWho are you,\u201D Mayor Jon Price asked.\n"
        + "The cameraman replies, \u201CWe are just students working on a project for our class.\u201D"))
        .containsExactly("Who are you, | Jon Price", "We are just students working on a project for our class. | ?");
  }

  @Test
  void aQuoteIntroducedByTheSameSpeakerKeepsHim() {
    assertThat(rendered("\u201CWe will appeal,\u201D Mayor Jon Price said.\n"
        + "On Friday, Price went on, saying,"
        + " \u201CThe ruling is wrong, the judge knows it, and we will prove it.\u201D\n"
        + "He paused, then added: \u201CWe will win this case in the end, whatever it costs us.\u201D"))
        .containsExactly("We will appeal, | Jon Price",
            "The ruling is wrong, the judge knows it, and we will prove it. | Jon Price",
            "We will win this case in the end, whatever it costs us. | Jon Price");
  }

  @Test
  void heSaidAfterASentenceWhoseClauseOpensWithANameIsThatPerson() {
    assertThat(rendered("\u201CThe talks are over,\u201D Speaker Nancy Ortiz said.\n"
        + "As he announced the deal, Mr. Tran paid tribute to the workers."
        + " \u201CYou are fantastic people,\u201D he said.\n"
        + "Governor Paul Tran signed the bill on Friday."))
        .containsExactly("The talks are over, | Nancy Ortiz", "You are fantastic people, | Paul Tran");
  }

  @Test
  void anEmployerInThePossessiveIsNoPartOfTheName() {
    assertThat(rendered("\u201CWe will not comment on single accounts,\u201D Acme's Dana Whitfield wrote."))
        .containsExactly("We will not comment on single accounts, | Dana Whitfield");
  }

  @Test
  void aNameRightAfterTheQuoteSpeaksThroughALongDescription() {
    assertThat(rendered("\u201CThe plant must close,\u201D Ellen Marsh, a Republican trying to unseat Representative"
        + " John Roe, a Democrat, in the state's Third District, said in a statement."))
        .containsExactly("The plant must close, | Ellen Marsh");
  }

  @Test
  void aClauseOpenerIsNoPartOfAName() {
    assertThat(rendered("Despite Price threatening to close the plant, Mayor Jon Price stayed calm.\n"
        + "\u201CWe will find a way,\u201D Price said."))
        .containsExactly("We will find a way, | Jon Price");
  }

  @Test
  void aNameInAListIsNoSubjectForHeSaid() {
    assertThat(rendered("\u201CWe chose an actor again,\u201D producer Jon Price said.\n"
        + "Past hosts were Ann Poe, Bob Roe, Fred Astaire and Charlton Heston have all led the show.\n"
        + "\u201CIt is a return to the old days,\u201D he said."))
        .containsExactly("We chose an actor again, | Jon Price", "It is a return to the old days, | Jon Price");
  }

  @Test
  void anAbbreviatedTitleIsNoPartOfTheName() {
    assertThat(rendered("\u201CThe bill is dead,\u201D Sen. Ann Poe said. \u201CWe will try again,\u201D said Rep. Bob Roe."))
        .containsExactly("The bill is dead, | Ann Poe", "We will try again, | Bob Roe");
  }

  @Test
  void aPersonsAccountTweetingSpeaksForThem() {
    assertThat(rendered("Mayor Jon Price spoke on Friday.\n"
        + "Later, Price\u2019s account tweeted: \u201CThe plant will reopen next week!\u201D"))
        .containsExactly("The plant will reopen next week! | Jon Price");
  }

  @Test
  void quoteAloneAfterAnAttributedOneKeepsItsSpeaker() {
    assertThat(rendered("\u201CNATO refuses to talk,\u201D Lavrov said.\n\u201COn the contrary, the alliance is moving closer.\u201D"))
        .containsExactly("NATO refuses to talk, | Lavrov", "On the contrary, the alliance is moving closer. | Lavrov");
  }

  @Test
  void aNameInsideReportedSpeechOfHeIsNotWhomHeMeans() {
    // "He said Ruiz would lead": Berg is still speaking; Ruiz is talked about
    assertThat(rendered("\"Farms matter,\" Rep. Jon Berg said.\n"
        + "He said Senator Ana Ruiz, though, would likely lead the committee.\n"
        + "\"If you help me win, you will have a voice,\" he said."))
        .containsExactly("Farms matter, | Jon Berg", "If you help me win, you will have a voice, | Jon Berg");
    assertThat(rendered("\"Farms matter,\" Rep. Jon Berg said.\n"
        + "But he said Senator Ana Ruiz, though, would likely lead the committee.\n"
        + "\"If you help me win, you will have a voice,\" he said."))
        .containsExactly("Farms matter, | Jon Berg", "If you help me win, you will have a voice, | Jon Berg");
  }

  @Test
  void capitalsOfATitleCaseSubheadNameNobody() {
    assertThat(rendered("Governor Appoints Former Aide to Fill Vacant Senate Seat with Loyalist\n"
        + "Gov. Jon Berg on Wednesday appointed Ana Ruiz to the seat.\n"
        + "\"I'm not that cool,\" the governor replied."))
        .containsExactly("I'm not that cool, | Jon Berg");
  }

  @Test
  void localOfficesBeforeANameAreNoPartOfIt() {
    assertThat(rendered("\u201CThat belittles it,\u201D City Councilman Jon D. Berg said later."))
        .containsExactly("That belittles it, | Jon D. Berg");
    assertThat(rendered("\u201CThat belittles it,\u201D Assemblywoman Ana Ruiz said later."))
        .containsExactly("That belittles it, | Ana Ruiz");
    assertThat(rendered("Police Commissioner Jon Berg spoke first.\n\n"
        + "Public Advocate Ana de Ruiz also came to the area Monday night.\n\n"
        + "\u201CI understand if young people are frustrated,\u201D she said."))
        .containsExactly("I understand if young people are frustrated, | Ana de Ruiz");
  }

  @Test
  void aNameInAppositionToTheOpeningDescriptionIsTheSubject() {
    assertThat(rendered("\u201CWe acted quickly,\u201D said Elver Thom, a neighbor.\n\n"
        + "His barber, Jules Clark, also a neighbor, concurred.\n\n"
        + "\u201CThey have a hard time because there's a lot of crime,\u201D he said of the police."))
        .containsExactly("We acted quickly, | Elver Thom",
            "They have a hard time because there's a lot of crime, | Jules Clark");
  }

  @Test
  void aLongRelativeClauseBetweenTheNameAndTheVerb() {
    assertThat(rendered("Mr. Jon Berg, who had largely been absent from the negotiations to reopen the government until "
        + "late last week, responded, \u201CAre you suggesting I'm enjoying this?\u201D"))
        .containsExactly("Are you suggesting I'm enjoying this? | Jon Berg");
    assertThat(rendered("Ana Ruiz, who serves in the No. 3 position in the party's leadership as chairman of the "
        + "Senate Republican Conference, added that rivals \u201Chave not laid a glove on him.\u201D"))
        .containsExactly("have not laid a glove on him. | Ana Ruiz");
  }

  @Test
  void aNameAfterAPrepositionIsNoSubjectBehindAnAgeOrANickname() {
    assertThat(rendered("A woman who claims she had a \"bird's-eye view\" of the shooting of 16-year-old Jon (Jonny) "
        + "Berg says the teen was not holding a gun.")).containsExactly("bird's-eye view | ?");
    assertThat(rendered("A woman who had a \"clear view\" of the shooting of 16-year-old Jon Berg says he had no gun."))
        .containsExactly("clear view | ?");
    // words in parentheses that are no nickname leave the speaker after them
    assertThat(rendered("In a post on X (formerly Twitter) Jon Berg said: \"We are not selling a single share.\""))
        .containsExactly("We are not selling a single share. | Jon Berg");
    assertThat(rendered("Speaking on CNN (Sunday) Senator Ana Ruiz said, \"This is a terrible idea.\""))
        .containsExactly("This is a terrible idea. | Ana Ruiz");
  }

  @Test
  void aQuoteInADashedAsideIsNotWhomTheNextSheMeans() {
    assertThat(rendered("Asked about the \u201Ccolorful language\u201D \u2015 the new congresswoman Ana Ruiz vowed to "
        + "\u201Cfight them all,\u201D referring to the president \u2015 Jane Doe said it was a free speech issue.\n"
        + "\u201CI'm not in the censorship business,\u201D she told the network."))
        .last().isEqualTo("I'm not in the censorship business, | Jane Doe");
    // a dash after a quote that opens no aside adds a clause about someone else
    assertThat(rendered("\"We're going to win,\" Jon Berg told supporters on Saturday \u2014 a day after Sen. Ana Ruiz "
        + "said she would stay in the race.\n\"They're cheating,\" he said."))
        .last().isEqualTo("They're cheating, | Jon Berg");
  }

  @Test
  void moreVerbsOfSaying() {
    assertThat(rendered("Defense lawyer Jon Berg contended that there was a \"rush to indict\" after the inquiry."))
        .containsExactly("rush to indict | Jon Berg");
    assertThat(rendered("\"The cable did not come to my attention,\" Ana Ruiz testified before the committee."))
        .containsExactly("The cable did not come to my attention, | Ana Ruiz");
    assertThat(rendered("The indictment alleges he spoke \u201Cto senior campaign officials\u201D about the files."))
        .containsExactly("to senior campaign officials | indictment");
    assertThat(rendered("The 47-page indictment says she spent \u201Clavishly on family trips\u201D for years."))
        .containsExactly("lavishly on family trips | indictment");
    assertThat(rendered("\u201CThe lines of communication remain open,\u201D the statement released by each office said."))
        .containsExactly("The lines of communication remain open, | statement");
    // a document from a body lets the body speak
    assertThat(rendered("\u201CFamily dental bills were paid,\u201D the press release from the U.S. Attorney's Office "
        + "said as an example."))
        .containsExactly("Family dental bills were paid, | U.S. Attorney's Office");
    // the one who issued a document is a few words, not a clause that goes on to someone else's words
    assertThat(rendered("The report released by the agency shows the company told regulators that the valve was "
        + "\u201Cperfectly safe.\u201D")).noneMatch(q -> q.endsWith("| report"));
    // a figure that names the issuer is kept
    assertThat(rendered("\u201CWe stand united,\u201D the G7 statement said."))
        .containsExactly("We stand united, | G7 statement");
    // "fumes", "maintains" and "boasts" are as often a noun or a plain verb: no verbs of saying
    assertThat(rendered("\"Can you smell that?\" Toxic fumes filled the street for hours after the blast."))
        .noneMatch(q -> q.endsWith("| Toxic"));
    assertThat(rendered("Ana Ruiz's shop, which opened in 2010, boasts \"the best bread in town.\""))
        .containsExactly("the best bread in town. | ?");
    // "alleged" is as often an adjective ("referred to alleged “shadow banning”"), so it is no verb of saying
    assertThat(rendered("Jon Berg in the past has referred to alleged \u201Cshadow banning\u201D by the site."))
        .containsExactly("shadow banning | ?");
  }

  @Test
  void aPartyTagAfterANameIsThePartyADescriptionNames() {
    assertThat(rendered("Also on the Republican side, Sen. Ana Ruiz said she was hopeful.\n"
        + "Sen. Jon Berg, R-Utah, said the offer was reasonable.\n"
        + "\"Why won't you vote for a few more miles?\" the Republican senator said."))
        .containsExactly("Why won't you vote for a few more miles? | Jon Berg");
  }

  @Test
  void aPartyTagBelongsToTheNameRightBeforeIt() {
    assertThat(rendered("Sen. Jon Berg (R-Texas) and Sen. Ana Ruiz (D-Ill.) introduced a bill on Tuesday.\n"
        + "\"This is a bill that will save lives,\" the Republican senator said."))
        .containsExactly("This is a bill that will save lives, | Jon Berg");
  }

  @Test
  void aHolderNoLongerInOfficeIsNotTheOneTheOfficeNames() {
    assertThat(rendered("Gov. Ana Ruiz signed the bill, first proposed in 1998 by the late Gov. Jon Berg, a Democrat.\n"
        + "\"It is a good day for the state,\" the governor said."))
        .containsExactly("It is a good day for the state, | Ana Ruiz");
  }

  @Test
  void aCompanyRepresentativeIsNoCongresswoman() {
    assertThat(rendered("Rep. Ana Ruiz called for an investigation.\n"
        + "\"We are cooperating fully with authorities,\" a company representative said."))
        .containsExactly("We are cooperating fully with authorities, | ?");
  }

  @Test
  void aDefiniteDescriptionRefersBackNotForward() {
    // "the Democratic senator" is one named before; the senator named after it is someone else
    assertThat(rendered("Sen. Jon Berg accused the president of a pointless shutdown.\n"
        + "The Democratic senator also said \"a legitimate negotiation\" can follow.\n"
        + "Fellow Democratic Sen. Ana Ruiz slammed the leader."))
        .containsExactly("a legitimate negotiation | Democratic senator");
  }

  @Test
  void anAbbreviatedOfficeBeforeANameIsTheOfficeTheArticleLaterNames() {
    assertThat(rendered("Gov. Jon Berg on Wednesday appointed Ana Ruiz to the seat.\n"
        + "\"I'm not that cool,\" the governor replied."))
        .containsExactly("I'm not that cool, | Jon Berg");
    assertThat(rendered("Maine Gov. Jon Berg on Wednesday appointed Ana Ruiz to the seat.\n"
        + "\"I'm not that cool,\" the governor replied."))
        .containsExactly("I'm not that cool, | Jon Berg");
    assertThat(rendered("Sen. Ana Ruiz voted against the bill on Tuesday.\n"
        + "\"It is a bad bill,\" the senator said."))
        .containsExactly("It is a bad bill, | Ana Ruiz");
    assertThat(rendered("Rep. Ana Ruiz voted against the bill on Tuesday.\n"
        + "\"It is a bad bill,\" the congresswoman said."))
        .containsExactly("It is a bad bill, | Ana Ruiz");
    // a lieutenant governor is not the governor
    assertThat(rendered("Lt. Gov. Jon Berg on Wednesday praised Ana Ruiz.\n"
        + "\"I'm not that cool,\" the governor replied."))
        .containsExactly("I'm not that cool, | governor");
    assertThat(rendered("Lieutenant Governor Jon Berg on Wednesday praised Ana Ruiz.\n"
        + "\"I'm not that cool,\" the governor replied."))
        .containsExactly("I'm not that cool, | governor");
    assertThat(rendered("Deputy Mayor Jon Berg on Wednesday praised Ana Ruiz.\n"
        + "\"The city is safe,\" the mayor said."))
        .containsExactly("The city is safe, | mayor");
  }

  @Test
  void aCaptionOfNamesFurtherDownStillNamesThem() {
    assertThat(rendered("The ministers met in Stockholm on Thursday.\n"
        + "They spoke for an hour.\n"
        + "Pictured: Secretary of State Antony Blinken and Foreign Minister Sergei Lavrov\n"
        + "\"We talked,\" Lavrov said."))
        .containsExactly("We talked, | Sergei Lavrov");
  }

  @Test
  void theSpeakerWhoWroteItIsNoCitedMedium() {
    assertThat(rendered("Rep. Jon Berg apologized on Tuesday.\n\u201CI grew up doing farm jobs,\u201D Berg wrote."))
        .containsExactly("I grew up doing farm jobs, | Jon Berg");
    assertThat(rendered("\u201CWe want peace,\u201D Lavrov wrote.")).containsExactly("We want peace, | Lavrov");
  }

  @Test
  void aPossessiveBeforeReportedIsNoCitedMedium() {
    assertThat(rendered("Senator Ana Ruiz spoke of Berg\u2019s reported remarks: \u201CThey were wrong,\u201D Ruiz said.\n"
        + "Senator Jon Berg spoke of Williams' reported remarks: \u201CThey were fair,\u201D Berg said."))
        .containsExactly("They were wrong, | Ana Ruiz", "They were fair, | Jon Berg");
  }

  @Test
  void aQuestionPutAfterAskedIsNotTheAnswerersWords() {
    assertThat(rendered("Rep. Jon Berg spoke to reporters on Wednesday.\n"
        + "Asked point-blank, \"Is that picture you?\" Berg replied, \"You know I will not talk about it.\""))
        .containsExactly("Is that picture you? | ?", "You know I will not talk about it. | Jon Berg");
    assertThat(rendered("Rep. Jon Berg spoke to reporters on Wednesday.\n"
        + "When asked, \"Did you send it?\" Berg replied, \"No.\""))
        .containsExactly("Did you send it? | ?", "No. | Jon Berg");
  }

  @Test
  void aQuestionTheSpeakerAsksAfterAskedStaysHis() {
    // no answer quoted after it: "Why not?" is Berg's own reply
    assertThat(rendered("Rep. Jon Berg spoke to reporters on Wednesday.\nAsked why, \"Why not?\" Berg replied."))
        .containsExactly("Why not? | Jon Berg");
  }

  @Test
  void aDocumentWithAPossessiveBeforeItSpeaksAsWritten() {
    assertThat(rendered("He gave \u201Cuseful information\u201D about his contacts, the special counsel\u2019s filing said."))
        .containsExactly("useful information | special counsel\u2019s filing");
  }

  @Test
  void aQuoteThatTheySaidIsNotTheLastSpeakers() {
    assertThat(rendered("\"The deal is done,\" Rep. Jon Berg said.\n"
        + "Greedy, they said, he \"repeatedly used his power and influence for deceptive ends and hid his money.\""))
        .containsExactly("The deal is done, | Jon Berg",
            "repeatedly used his power and influence for deceptive ends and hid his money. | ?");
  }

  @Test
  void citedSource() {
    assertThat(rendered("\u201CThe alliance is moving closer,\u201D Lavrov said at the conference, per BBC News.\n"
        + "\u201CThe threat is rising,\u201D Putin said on Wednesday, The New York Times reported.\n"
        + "\u201CRussia arrested three agents,\u201D BBC reported of the incident."))
        .containsExactly("The alliance is moving closer, | Lavrov | BBC News",
            "The threat is rising, | Putin | The New York Times",
            "Russia arrested three agents, | ? | BBC");
  }

  @Test
  void aCitedMediumIsTheSourceNotTheSpeaker() {
    assertThat(rendered("\u201CThe talks have stalled,\u201D the Moscow Times reported on Friday."))
        .containsExactly("The talks have stalled, | ? | Moscow Times");
  }

  @Test
  void aCountrySpeaksOnlyWhenNoPersonIsNamed() {
    assertThat(rendered("Russia warned on Friday, as Foreign Minister Anna Berg said: \u201CWe will not wait.\u201D\n"
        + "\u201CWe want guarantees,\u201D Russia said."))
        .containsExactly("We will not wait. | Anna Berg", "We want guarantees, | Russia");
    assertThat(rendered("\u201CThe border is closed,\u201D NATO said, and spokesman Piet Dekker said so too."))
        .containsExactly("The border is closed, | Piet Dekker");
  }

  @Test
  void openingMarkTypedAsClosingMark() {
    assertThat(rendered("\u201CI hope common sense will prevail \u201CAt a gathering on Tuesday, Russian President Vladimir Putin stated."))
        .containsExactly("I hope common sense will prevail | Vladimir Putin");
  }

  @Test
  void quoteRunningOnIntoTheNextParagraph() {
    assertThat(rendered("Zelensky addressed parliament on Wednesday.\n"
        + "\u201CWe must tell the truth about the war in Donbass.\n"
        + "\u201CWe are not afraid of direct dialogue,\u201D Zelensky said."))
        .containsExactly("We must tell the truth about the war in Donbass. | Zelensky",
            "We are not afraid of direct dialogue, | Zelensky");
  }

  @Test
  void aShortQuotedParagraphRunningOnIntoTheNextIsAQuoteToo() {
    assertThat(rendered("An earthquake hit Lindby on Sunday.\n\n\"We were panicked.\n\n"
        + "I saw an injured man being carried to the hospital,\" Jane Doe told reporters."))
        .containsExactly("We were panicked. | Jane Doe", "I saw an injured man being carried to the hospital, | Jane Doe");
  }

  @Test
  void quoteOpeningAfterASentenceAndRunningOnIntoTheNextParagraph() {
    assertThat(rendered("\"We are disappointed, but hardly surprised,\" McGinley said. \"From the beginning, the government has "
        + "pursued a vendetta. Congressman Grimm asserts his innocence.\n\n\"He will be vindicated,\" McGinley added."))
        .containsExactly("We are disappointed, but hardly surprised, | McGinley",
            "From the beginning, the government has pursued a vendetta. Congressman Grimm asserts his innocence. | McGinley",
            "He will be vindicated, | McGinley");
  }

  @Test
  void quotationsInStraightSingleMarks() {
    assertThat(rendered("'He probably realized if he didn't, he was going to be shot,' Undersheriff James Gage said.\n\n"
        + "Police said: 'We found the gun.'"))
        .containsExactly("He probably realized if he didn't, he was going to be shot, | James Gage", "We found the gun. | Police");
  }

  @Test
  void quotationsInStraightSingleMarksWithThePunctuationOutside() {
    assertThat(rendered("'Two parties will compete for victory in the election', Karl Lind said.\n\n"
        + "Eva Strand said: 'The campaign starts on Monday'."))
        .containsExactly("Two parties will compete for victory in the election | Karl Lind",
            "The campaign starts on Monday | Eva Strand");
    // a plural possessive before a comma closes nothing
    assertThat(quotes("'Tis the season for the players', coaches' and fans' hopes.")).isEmpty();
  }

  @Test
  void apostrophesAreNoQuotationMarks() {
    assertThat(quotes("The players' union didn't comment.\n\n'90s rock is back, the players' agents said.")).isEmpty();
  }

  @Test
  void heSaidAfterASubjectWithAnAsideBetweenDashesIsThatSubject() {
    assertThat(rendered("\u201CIt is an honor,\u201D Karl Lind said.\n"
        + "Then Tom Doe -- who had missed a layup a minute earlier -- choked up as he watched a video.\n"
        + "\u201CI got a little emotional,\u201D he said."))
        .containsExactly("It is an honor, | Karl Lind", "I got a little emotional, | Tom Doe");
  }

  @Test
  void heSaidMeansTheSubjectJustIntroduced() {
    String opening = "Karl Strand opened the hearing. \u201CWe will get answers,\u201D he said.\n\n";
    assertThat(rendered(opening + "Anna K. Berti of Lindby, the senior member of the committee, also scolded the agency. "
        + "\u201CI believe there was gross incompetence,\u201D she said."))
        .containsExactly("We will get answers, | Karl Strand", "I believe there was gross incompetence, | Anna K. Berti");
    assertThat(rendered(opening + "Representative Anna Berti, Republican of Ohio, tried to link the scandal to others.\n\n"
        + "\u201CThis administration told us it was a video,\u201D she said."))
        .containsExactly("We will get answers, | Karl Strand", "This administration told us it was a video, | Anna Berti");
    assertThat(rendered(opening + "One Democrat, Representative Anna F. Berti of Lindby, even raised the threat.\n\n"
        + "\u201CWe know where that will lead,\u201D she said."))
        .containsExactly("We will get answers, | Karl Strand", "We know where that will lead, | Anna F. Berti");
  }

  @Test
  void aParticipleOfSayingHasTheSentencesSubject() {
    assertThat(rendered("Karl Strand spoke about his reading. \u201CI like novels,\u201D he said.\n\n"
        + "Strand also discussed his affection for novelist Anna Berti, saying \u201CThe Long Road\u201D shaped him. "
        + "He said her books \u201Cshowed how hard the work can be.\u201D"))
        .containsExactly("I like novels, | Karl Strand", "showed how hard the work can be. | Karl Strand");
  }

  @Test
  void aSurnameThatIsACountryAfterAGivenNameIsAPerson() {
    assertThat(rendered("Karl Strand opened the hearing. \u201CWe will get answers,\u201D he said.\n\n"
        + "Representative Jim Jordan tried to link the scandal to others.\n\n"
        + "\u201CThis administration told us it was a video,\u201D he said."))
        .containsExactly("We will get answers, | Karl Strand", "This administration told us it was a video, | Jim Jordan");
  }

  @Test
  void inversionWithApposition() {
    assertThat(rendered("\u201CWe will respond,\u201D said Maria Zakharova, the foreign ministry spokeswoman."))
        .containsExactly("We will respond, | Maria Zakharova");
  }

  @Test
  void unclosedMarkInsideASentenceIsNoQuote() {
    assertThat(quotes("He answered \u201Cyes and left the room without another word.")).isEmpty();
  }

  @Test
  void singleCurlyQuotesInAHeadline() {
    assertThat(quotes("Russia warns about \u2018nightmare scenario\u2019 of military confrontation"))
        .extracting(Quote::text).containsExactly("nightmare scenario");
  }

  @Test
  void aHeadlineGivesItsOpenersWordsAfterAVerbOfSayingOrAColon() {
    String body = "\n\nMayor Jane Doe and union leader Karl Lind argued over the harbor plan on Monday.\n"
        + "The council will vote on the plan next month.";
    assertThat(rendered("Jane Doe to Lindby Council: \u2018We will not back down\u2019" + body))
        .containsExactly("We will not back down | Jane Doe");
    assertThat(rendered("Mayor Doe defends harbor plan after protest: \u2018I was elected to build\u2019" + body))
        .containsExactly("I was elected to build | Jane Doe");
    // a title-case headline writes the verb with a capital and names no one by itself: the body names Lind
    assertThat(rendered("Karl Lind Says Harbor Plan Will \u2018Ruin the Town\u2019" + body))
        .containsExactly("Ruin the Town | Karl Lind");
    // someone else's words, words said of the opener, or words after a colon that open with no quote
    assertThat(rendered("Jane Doe under fire: critics call harbor plan \u2018Reckless\u2019" + body))
        .containsExactly("Reckless | ?");
    assertThat(rendered("Karl Lind Accused of \u2018Harbor Fraud\u2019 by Fishermen" + body))
        .containsExactly("Harbor Fraud | ?");
    assertThat(rendered("Karl Lind retires at 70: a \u2018Giant\u2019 of the harbor" + body))
        .containsExactly("Giant | ?");
    assertThat(rendered("Jane Doe\u2019s harbor plan: \u2018A disaster for fishermen\u2019" + body))
        .containsExactly("A disaster for fishermen | ?");
  }

  @Test
  void aQuoteAloneAfterALongQuoteKeepsItsSpeaker() {
    // the quote before runs over three sentences: the next quote follows where it ends, not where it began
    assertThat(rendered("Mayor Lind marked the anniversary of the flood on Saturday.\n\n"
        + "\u201CEach year on this day, we remember all those who died in the flood,\u201D Lind said in a statement. "
        + "\u201CWe name every street. We rebuilt every pier. We keep the gauges,\u201D Lind added. "
        + "\u201CWe owe the town a safer harbor before the next storm comes.\u201D"))
        .containsExactly("Each year on this day, we remember all those who died in the flood, | Lind",
            "We name every street. We rebuilt every pier. We keep the gauges, | Lind",
            "We owe the town a safer harbor before the next storm comes. | Lind");
  }

  @Test
  void aHeadlineThatOpensWithAQuoteGivesItToThePersonWhoThenSpeaks() {
    String body = "\n\nMayor Jane Doe and Police Chief Karl Lind argued over the harbor plan on Monday.\n"
        + "The council will vote on the plan next month.";
    assertThat(rendered("\u2018We will not back down\u2019: Jane Doe vows to fight harbor plan" + body))
        .containsExactly("We will not back down | Jane Doe");
    assertThat(rendered("\u2018There are lessons here\u2019: Police Chief Lind compares harbor flood to 1990 storm" + body))
        .containsExactly("There are lessons here | Karl Lind");
    // a title-case headline, the quote closed by its own period, or a dash after it
    assertThat(rendered("\u2018A Disaster for Fishermen.\u2019 Karl Lind Slams Harbor Plan" + body))
        .containsExactly("A Disaster for Fishermen. | Karl Lind");
    assertThat(rendered("\u2018The harbor is not sinking\u2019 \u2014 Mayor Doe says plan is safe" + body))
        .containsExactly("The harbor is not sinking | Jane Doe");
    // no verb of saying after the name, an owner, a nickname the name follows
    assertThat(rendered("\u2018You cannot treat us like this\u2019: Jane Doe meets angry fishermen" + body))
        .containsExactly("You cannot treat us like this | ?");
    assertThat(rendered("\u2018Never forget the harbor\u2019: Jane Doe\u2019s tough meeting with fishermen" + body))
        .containsExactly("Never forget the harbor | ?");
    assertThat(rendered("\u2018Harbor Hero\u2019 Karl Lind Endorses Jane Doe" + body))
        .containsExactly("Harbor Hero | ?");
  }

  @Test
  void aHeadlineSpeakerAfterAnAbbreviatedTitleOrWithAPresentVerb() {
    String body = "\n\nArmy Gen. Karl Lind and Mayor Jane Doe argued over the harbor plan on Monday.\n"
        + "The council will vote on the plan next month.";
    assertThat(rendered("Gen. Lind defends harbor plan: \u2018I was certain\u2019 the town would agree" + body))
        .containsExactly("I was certain | Karl Lind");
    // a title-case headline writes "announces", "to tell" as it writes "says"
    assertThat(rendered("Karl Lind Announces \u2018We Have a Deal\u2019 on Harbor Plan" + body))
        .containsExactly("We Have a Deal | Karl Lind");
    assertThat(rendered("Jane Doe to Tell Council Lindby Won\u2019t \u2018Stand By\u2019 on Harbor" + body))
        .containsExactly("Stand By | Jane Doe");
    // still nobody's when the words are said of the opener
    assertThat(rendered("Gen. Lind Accused of \u2018Harbor Fraud\u2019 by Fishermen" + body))
        .containsExactly("Harbor Fraud | ?");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(quotes("Russia\u2019s top diplomat visited the allies\u2019 capitals and NATO\u2019s headquarters.")).isEmpty();
  }

  @Test
  void countrySpeaking() {
    assertThat(rendered("The Kremlin called the claims \u201Cexcessively inflamed and dangerous.\u201D"))
        .containsExactly("excessively inflamed and dangerous. | Kremlin");
  }

  @Test
  void anyCountryCanSpeak() {
    assertThat(rendered("Canada called the vote \u201Ca sham.\u201D"))
        .containsExactly("a sham. | Canada");
  }

  @Test
  void wireServiceQuotationMarks() {
    assertThat(rendered("``The bridge is gone,'' Mayor Anna Berti said.\n"
        + "She said, \"without the bridge we have no connection'' to the valley."))
        .containsExactly("The bridge is gone, | Anna Berti", "without the bridge we have no connection | Anna Berti");
  }

  @Test
  void aPartyTagBetweenTheNameAndTheVerbKeepsTheSpeaker() {
    assertThat(rendered("\u201CWe will fix the law,\u201D Senator Anna Berti (R) said. "
        + "Rep. Karl Strand (D-N.Y.) told reporters: \u201CIt is too late.\u201D"))
        .containsExactly("We will fix the law, | Anna Berti", "It is too late. | Karl Strand");
    assertThat(rendered("\u201CIt is not the intent of the law,\u201D state Senate President Pro Tem Dale Lund (R) said."))
        .containsExactly("It is not the intent of the law, | Dale Lund");
    assertThat(rendered("Karl Strand spoke first. \u201CWe will act,\u201D he said.\n\n"
        + "In a Tuesday interview, House Minority Leader Anna Berti, D-Calif., said the remarks did not surprise her.\n\n"
        + "\u201CThis is just more of the same,\u201D she said."))
        .containsExactly("We will act, | Karl Strand", "This is just more of the same, | Anna Berti");
    assertThat(rendered("Karl Strand spoke first. \u201CWe will act,\u201D he said.\n\n"
        + "In an appearance on \u201CThe Late Show,\u201D Anna Berti said the remarks did not surprise her.\n\n"
        + "\u201CThis is just more of the same,\u201D she said."))
        .containsExactly("We will act, | Karl Strand", "This is just more of the same, | Anna Berti");
  }

  @Test
  void aStateBeforeAnAbbreviatedTitleIsNoPartOfTheName() {
    assertThat(rendered("\u201CI will no longer speak to the press,\u201D Lindby Gov. Karl Strand said."))
        .containsExactly("I will no longer speak to the press, | Karl Strand");
  }

  @Test
  void aStraightMarkTypedTwiceIsOneMark() {
    assertThat(rendered("\"\"We have learned something,\" Mayor Anna Berti said to the group in Lindby. "
        + "\"And you exemplify it.\"\""))
        .containsExactly("We have learned something, | Anna Berti", "And you exemplify it. | Anna Berti");
  }

  @Test
  void wireServiceClosingMarkAfterTheFullStop() {
    AnalyzedArticle a = ANALYZER.analyze(Article.of("a", "a", null, "",
        "Berti said: ``We will rebuild.'' The valley was cut off."));
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly("Berti said: ``We will rebuild.''", "The valley was cut off.");
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("We will rebuild.");
  }

  @Test
  void placeBeforeTheSpeakerIsNotTheSpeaker() {
    assertThat(rendered("The mayor of Lindby, Karl Strand, said: \"The school is gone.\""))
        .containsExactly("The school is gone. | Karl Strand");
  }

  @Test
  void officeOrBodyWrittenBeforeTheNameIsNotPartOfIt() {
    assertThat(rendered("\"We cannot rule anything out,\" Northern Rail CEO Maria Lind told reporters.\n"
        + "Commander of the Harbour Fire Brigade Paul Okafor said \"The fire is contained.\"\n"
        + "\"Stay home,\" Bishop of Lindby Tomas Berg wrote.\n"
        + "The fund's chair, the Green Party MP Ana Ruiz, said it was \"a shameful delay\"."))
        .containsExactly("We cannot rule anything out, | Maria Lind", "The fire is contained. | Paul Okafor",
            "Stay home, | Tomas Berg", "a shameful delay | Ana Ruiz");
  }

  @Test
  void pronounAfterReportedSpeechTakesItsSubject() {
    assertThat(rendered("\"The dam held,\" engineer Jon Berg said.\n"
        + "Prime Minister Sara Holm said the army would stay in the region.\n"
        + "She added that the country showed its \"best side\"."))
        .containsExactly("The dam held, | Jon Berg", "best side | Sara Holm");
  }

  @Test
  void aTitleAfterAKindOfWorkIsNoQuoteEvenWithItsPeriodInside() {
    assertThat(rendered("\u201CWe will not back down,\u201D Mr. Berg said on the Harbour News program \u201CHarbour and Friends.\u201D"))
        .containsExactly("We will not back down, | Berg");
  }

  @Test
  void titleOfABookOrFilmIsNoQuote() {
    assertThat(quotes("The tower, made famous by \"The Bells of the Old Harbour,\" collapsed on Monday.")).isEmpty();
    assertThat(quotes("Her film \"Night Train to Lindby\" opened in May.")).isEmpty();
    assertThat(rendered("A witness said it was \"Like the end of the world\"."))
        .containsExactly("Like the end of the world | ?");
  }

  @Test
  void aCapitalisedNameEndingItsSentenceAfterAWordOfProseIsNoQuote() {
    assertThat(quotes("Strand is best known for the comedy \"Summer in Lindby\" and the drama \"The Long Road.\"")).isEmpty();
    assertThat(quotes("Eva Strand will direct \u201CHarbor Lights.\u201D")).isEmpty();
    // after a verb of saying, the same capitals are someone's words
    assertThat(rendered("Karl Lind shouted \u201CGet Out Now.\u201D")).containsExactly("Get Out Now. | Karl Lind");
  }

  @Test
  void aLongTitleWithASubtitleIsNoQuote() {
    assertThat(quotes("The joke came during a hearing on \u201CHarbor Politics: The County\u2019s Use of Ferries, Money "
        + "and Influence in 2020 and Beyond.\u201D")).isEmpty();
    assertThat(rendered("Jane Doe said the plan was \u201Cdead on arrival: the county will never fund it.\u201D"))
        .containsExactly("dead on arrival: the county will never fund it. | Jane Doe");
  }

  @Test
  void pronounAfterReportedSpeechEarlierInTheSameParagraph() {
    assertThat(rendered("\"The road is open,\" engineer Jon Berg said.\n"
        + "Governor Eva Lund said ten people were missing. \"We are still searching,\" she told reporters."))
        .containsExactly("The road is open, | Jon Berg", "We are still searching, | Eva Lund");
  }

  @Test
  void nameOpeningASentenceOfReportedSpeechIsWhomThePronounMeans() {
    assertThat(rendered("Omar Haddad, a spokesman for the party, gave a briefing in which he said counting went on.\n"
        + "\"We will respect the result,\" he said."))
        .containsExactly("We will respect the result, | Omar Haddad");
    assertThat(rendered("LINDBY HARBOUR (Lindby Wire): Floods claimed 12 lives on Monday.\nHe vowed to \"rebuild everything\"."))
        .containsExactly("rebuild everything | ?");
  }

  @Test
  void pronounAfterASentenceOpenedByAPersonTakesThatPerson() {
    // no verb of saying before "he said": the person who opens the sentence before is whom "he" means
    assertThat(rendered("\"Farms matter,\" Senator Ana Ruiz said.\n"
        + "Rep. Jon Berg mocked her at a fund-raiser.\n"
        + "Berg apologized for the remarks in a statement.\n"
        + "\"I have tremendous respect for farmers,\" he said."))
        .containsExactly("Farms matter, | Ana Ruiz", "I have tremendous respect for farmers, | Jon Berg");
  }

  @Test
  void aBodyOrAConjunctionOpeningTheSentenceIsNoSubject() {
    assertThat(rendered("\"We will vote,\" Senator Ana Ruiz said.\n"
        + "Senate Republicans rejected the plan on Monday.\n"
        + "\"It is a mistake,\" she said."))
        .containsExactly("We will vote, | Ana Ruiz", "It is a mistake, | Ana Ruiz");
  }

  @Test
  void promiseIsAVerbOfSaying() {
    assertThat(rendered("Prime Minister Sara Holm visited the town and promised: \"Nobody will be left alone.\""))
        .containsExactly("Nobody will be left alone. | Sara Holm");
  }

  @Test
  void quoteRunningToTheEndOfTheText() {
    assertThat(quotes("Zelensky addressed parliament.\n\"We must tell the truth about the war in Donbass"))
        .extracting(Quote::text).containsExactly("We must tell the truth about the war in Donbass");
  }

  @Test
  void quotedQuestionAndItsAttributionAfterIt() {
    assertThat(rendered("Representative Ana Ruiz of Oregon spoke on Tuesday.\n"
        + "\u201CHave I not been clear on a wall?\u201D Ms. Ruiz said at a news conference with the other leaders of "
        + "the House and the Senate."))
        .containsExactly("Have I not been clear on a wall? | Ana Ruiz");
    // it opens its sentence and ends an utterance: a whole quote, however long the attribution after it
    assertThat(quotes("\u201CHave I not been clear on a wall?\u201D Ms. Ruiz said at a news conference with the "
        + "other leaders of the House and the Senate.").get(0).partial()).isFalse();
  }

  @Test
  void nameFollowedByWhereTheyAreFromIsAFullName() {
    assertThat(rendered("Senator Ana Ruiz of New Mexico tried to play down any split.\n"
        + "\u201CIt is not against the governor,\u201D Ms. Ruiz said."))
        .containsExactly("It is not against the governor, | Ana Ruiz");
  }

  @Test
  void inversionWithARoleDescription() {
    assertThat(rendered("President Holm called on Wednesday for a new ban.\n"
        + "\"I intend to use whatever weight this office holds,\" said the president, speaking about his plan."))
        .containsExactly("I intend to use whatever weight this office holds, | Holm");
    // a described role that only qualifies an office is not the person written with that office
    assertThat(quotes("President Holm spoke on Wednesday.\n"
        + "Chants of \u201CWe love you, Lund!\u201D rang out until the minority leader acknowledged them."))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNotEqualTo(Optional.of("Holm")));
    // the object of a verb, or the subject of reported speech, is no inverted subject
    assertThat(rendered("President Holm took questions.\nJon Berg asked the president, \u201CWill you resign?\u201D"))
        .containsExactly("Will you resign? | Jon Berg");
    assertThat(rendered("President Holm spoke on Friday.\n"
        + "Jon Berg said the president, in his view, was \u201Ca disaster for the country.\u201D"))
        .containsExactly("a disaster for the country. | Jon Berg");
  }

  @Test
  void quoteSaidBySomeoneUnnamedDoesNotKeepTheLastSpeaker() {
    assertThat(rendered("\"We will act now,\" Prime Minister Sara Holm said.\n"
        + "\"We are not going to go after the existing stock of weapons or magazines that people own today,\" "
        + "said a senior administration official.\n"))
        .containsExactly("We will act now, | Sara Holm",
            "We are not going to go after the existing stock of weapons or magazines that people own today, | ?");
  }

  @Test
  void inversionWithAnAgeBeforeTheName() {
    assertThat(rendered("Karl Lind spoke first.\n\u201CWe never win unless we fight,\u201D said 76-year-old Jane Doe.\n"
        + "\u201CI am satisfied,\u201D said the 36-year-old Lind, who kept his belts."))
        .containsExactly("We never win unless we fight, | Jane Doe", "I am satisfied, | Karl Lind");
  }

  @Test
  void inversionWithTheBodyAfterTheName() {
    assertThat(rendered("\u201CThe job is only half done,\u201D said Eva Strand of the Center for Wetland Studies, an "
        + "advocacy group.")).containsExactly("The job is only half done, | Eva Strand");
    assertThat(rendered("\u201CWe will appeal,\u201D said Karl Lind of the Lindby Harbour Authority."))
        .containsExactly("We will appeal, | Karl Lind");
  }

  @Test
  void aNicknameInsideANameIsNoQuoteAndTheNameIsWhole() {
    assertThat(rendered("Karl \u201CThe Fox\u201D Lind, the smuggler, died on Monday.\n"
        + "At his last hearing, Lind shook hands with his lawyers.\n"
        + "\u201CI am sorry for everything,\u201D he told the judge.\n"
        + "His brother, Erik Lind, a retired pastor, visited him every week."))
        .containsExactly("I am sorry for everything, | Karl Lind");
    // a word quoted in a headline after a word that is no given name is still a quotation
    assertThat(rendered("Mayor Pledging \u2018Truth\u2019 About Harbour Plan")).hasSize(1);
  }

  @Test
  void anOfficeOfTheBodyBeforeANameIsNoPartOfIt() {
    assertThat(rendered("Secretary of the Interior Eva Strand and Secretary of Commerce Karl Lind spoke on Tuesday.\n"
        + "\u201CWe protect the river,\u201D Strand said.\n\u201CScience must guide us,\u201D Lind said."))
        .containsExactly("We protect the river, | Eva Strand", "Science must guide us, | Karl Lind");
  }

  @Test
  void aPersonNamedAfterALongDescriptionIsWhomALaterHeMeans() {
    String mayor = "A flood closed the bridge on Monday.\n\u201CThe water rose fast,\u201D Mayor Karl Lind said.\n";
    assertThat(rendered(mayor + "A professor of hydrology at Lindby University, Jon Berg, stayed home on Monday.\n"
        + "But he rode his bicycle to the river.\n\u201CWhat I saw was a lake,\u201D he said."))
        .containsExactly("The water rose fast, | Karl Lind", "What I saw was a lake, | Jon Berg");
    assertThat(rendered(mayor + "Otto Dahl, vice president for planning at the regional agency, Lindby Water Board, "
        + "agreed with the closure.\n\u201CThe bridge could not carry traffic in this water.\u201D"))
        .containsExactly("The water rose fast, | Karl Lind", "The bridge could not carry traffic in this water. | Otto Dahl");
  }

  @Test
  void aTermInQuotationMarksIsNobodysWords() {
    assertThat(quotes("Lindby Bank said the attackers used an undiscovered flaw, a \u201Czero day\u201D weakness in "
        + "industry parlance.\nKarl Lind said he built what is known as the \u201CNorthern strategy\u201D for the bank."))
        .allSatisfy(q -> assertThat(q.speaker()).isEmpty());
    // the quoted words of a speaker stay his
    assertThat(rendered("Karl Lind said the plan was \u201Ca disaster\u201D for the town.")).containsExactly("a disaster | Karl Lind");
  }

  @Test
  void aTitleQuotedInASentenceCaseHeadlineIsNoQuote() {
    assertThat(quotes("Karl Lind in talks to direct \u2018Winter Harbor\u2019 sequel \u2018Salt Road\u2019\n\n"
        + "Karl Lind is in talks with Bluefin Studios to direct the sequel.")).isEmpty();
  }

  @Test
  void aBookNamedAfterACommaIsNoQuote() {
    assertThat(rendered("\u201CWe fixed it within a day,\u201D Karl Lind wrote in his 2019 book, "
        + "\u201CThe Quiet Banker: A Life in Lindby.\u201D")).containsExactly("We fixed it within a day, | Karl Lind");
  }

  @Test
  void aPersonAfterABodysPossessiveIsTheSpeaker() {
    assertThat(rendered("Lindby Mill's Eva Strand said, \u201CWe are shocked that this happened.\u201D"))
        .containsExactly("We are shocked that this happened. | Eva Strand");
  }

  @Test
  void aSurnameAfterABodysPossessiveIsThePersonNamedBefore() {
    assertThat(rendered("Eva Strand, a director at Lindnet, said the break was serious.\n"
        + "\u201CWe can send the data through other cables,\u201D Lindnet's Strand said."))
        .containsExactly("We can send the data through other cables, | Eva Strand");
  }

  @Test
  void aClauseAfterAPlaceDoesNotMakeThePlaceTheSpeaker() {
    assertThat(rendered("The break cut the flow of \u201Cdata of all kinds\u201D between Lindby and the North Coast, "
        + "and there is no date for repairs, said Karl Lind, head of operations at Lindnet."))
        .containsExactly("data of all kinds | Karl Lind");
  }

  @Test
  void wordsTheSpeakerReportsSomeoneUnnamedShoutingAreNotHis() {
    assertThat(rendered("Police Chief Karl Lind said a neighbor heard an officer yell, \u201CWhat do you have in your "
        + "hands?\u201D before the shots.")).containsExactly("What do you have in your hands? | ?");
    // his own words still are
    assertThat(rendered("Police Chief Karl Lind said, \u201CThe officer followed the rules.\u201D"))
        .containsExactly("The officer followed the rules. | Karl Lind");
  }

  @Test
  void wordsSomeoneUnnamedIsHeardSayingInARecordingAreNotTheSubjects() {
    assertThat(rendered("Critic Karl Lind faulted the station for cutting part of a call in which a woman is heard "
        + "saying: \u201CThey are trying to hurt us, come now!\u201D")).containsExactly("They are trying to hurt us, come now! | ?");
    assertThat(rendered("Eva Strand released a video in which a man can be heard shouting, \u201CGet back!\u201D"))
        .containsExactly("Get back! | ?");
    // her own words, about the recording, still are hers
    assertThat(rendered("Eva Strand released a video on Monday and said it was \u201Cshocking.\u201D"))
        .containsExactly("shocking. | Eva Strand");
  }

  @Test
  void anAdverbBetweenTheNameAndTheVerb() {
    assertThat(rendered("When prosecutor Karl Lind asked whether she had covered her son, Eva Strand quietly answered, "
        + "\u201CYes, I covered him with my body.\u201D")).containsExactly("Yes, I covered him with my body. | Eva Strand");
  }

  @Test
  void theStateOfAPlaceBeforeWhoIsNoSpeaker() {
    assertThat(rendered("He won the backing of Sheriff Karl Lind of Lind County, Ariz., who proudly calls himself the "
        + "\u201Ctoughest sheriff\u201D in the country.")).noneMatch(q -> q.endsWith("| Ariz"));
  }

  @Test
  void aNameAndAColonBeforeAQuoteIsTheSpeakerAsInATranscript() {
    assertThat(rendered("The tapes captured council secretary Eva Strand talking to Mayor Karl Lind.\n"
        + "Lind asks: \u201CSomebody in the planning office?\u201D Strand: \u201CYes, sir. It was Jon Berg.\u201D"))
        .containsExactly("Somebody in the planning office? | Karl Lind", "Yes, sir. It was Jon Berg. | Eva Strand");
    // a label is nobody, and a name after a title's period is no transcript's speaker
    assertThat(rendered("Update: \u201CThe road is open again,\u201D the police said."))
        .containsExactly("The road is open again, | police");
    assertThat(rendered("Mayor Karl Lind spoke on Monday. He added, with a reference to Gen. Eva Strand: \u201CI back "
        + "the general.\u201D")).containsExactly("I back the general. | Karl Lind");
  }

  @Test
  void aTranscriptsSpeakerInCapitalsAfterItsLabel() {
    assertThat(rendered("Transcript: MAYOR KARL LIND: \u201COur hearts are with every family waiting for news.\u201D"))
        .containsExactly("Our hearts are with every family waiting for news. | Karl Lind");
    assertThat(rendered("Transcript: Eva Strand: \u201CThe shelter at the school is open.\u201D"))
        .containsExactly("The shelter at the school is open. | Eva Strand");
    // a label in capitals is no speaker
    assertThat(rendered("BREAKING NEWS: \u201CThe road is open again,\u201D the police said."))
        .containsExactly("The road is open again, | police");
  }

  @Test
  void anExpertAWitnessOrAResidentNamedAfterSaid() {
    assertThat(rendered("\u201CThe wiring was old,\u201D said safety expert Karl Lind.\n"
        + "\u201CI saw the smoke first,\u201D said witness Eva Strand.\n"
        + "\u201CWe were lucky,\u201D said resident Jane Doe."))
        .containsExactly("The wiring was old, | Karl Lind", "I saw the smoke first, | Eva Strand", "We were lucky, | Jane Doe");
  }

  @Test
  void aNameTheyCalledSomeoneIsNobodysWords() {
    assertThat(rendered("Karl Lind died on Friday at 90. He was the man they called \u201CGrey Owl.\u201D"))
        .containsExactly("Grey Owl. | ?");
    assertThat(rendered("Karl Lind said he was the man they used to call \u201CGrey Owl.\u201D"))
        .containsExactly("Grey Owl. | ?");
  }

  @Test
  void sheSaidAfterAnAbbreviatedTitleNamedAfterSaid() {
    assertThat(rendered("A passer-by called the station to report the shooting, said sheriff's Sgt. Eva Strand.\n"
        + "\u201COur units responded and found a deputy with gunshot wounds,\u201D she said."))
        .containsExactly("Our units responded and found a deputy with gunshot wounds, | Eva Strand");
  }

  @Test
  void oneOfAGroupIsNoSpeakersName() {
    assertThat(rendered("Neighbours heard screams in the night.\nOne said: \u201CI heard screaming in the early hours.\u201D"))
        .containsExactly("I heard screaming in the early hours. | ?");
  }

  @Test
  void anAgeAndARoleBeforeTheNameAfterSaid() {
    assertThat(rendered("\u201CWe will march again tomorrow,\u201D said 32-year-old protester Eva Strand."))
        .containsExactly("We will march again tomorrow, | Eva Strand");
  }

  @Test
  void aCountryThatOpensACompanysNameStaysInIt() {
    assertThat(rendered("In a statement, Sweden Telecom said: \u201CThe cause of the break remains unclear.\u201D"))
        .containsExactly("The cause of the break remains unclear. | Sweden Telecom");
  }

  @Test
  void anExecutiveNamedAfterHerOfficeIsTheSpeaker() {
    assertThat(rendered("\u201CIt lasted about a minute,\u201D said public relations executive Bina Holm."))
        .containsExactly("It lasted about a minute, | Bina Holm");
  }

  @Test
  void aSpeakerNamedInADashedAsideBeforeTheQuoteIsNotItsSpeaker() {
    assertThat(rendered("Prosecutor Jane Doe told the Post an hour after the hearing \u2014 where Strand's lawyer Karl Lind "
        + "said she was \u201Csafely inside\u201D the clinic \u2014 \u201CI hear she is on a train back to the capital.\u201D"))
        .containsExactly("safely inside | Karl Lind", "I hear she is on a train back to the capital. | Jane Doe");
  }

  @Test
  void aStatementBySomeoneNamedBeforeAColonIsTheirs() {
    assertThat(rendered("Mayor Karl Lind welcomed the ruling on Monday.\n\nBelow is a statement by Eva Strand:\n\n"
        + "\u201CThe council has finally listened to the parents.\u201D"))
        .containsExactly("The council has finally listened to the parents. | Eva Strand");
  }

  @Test
  void inversionBeforeARelativeClauseWithoutAComma() {
    assertThat(rendered("\u201CWe will restore the rule,\u201D said new Interior Secretary Eva Strand who took office "
        + "on Monday.")).containsExactly("We will restore the rule, | Eva Strand");
    assertThat(rendered("\u201CThe plan will fail,\u201D said Lindby businessman and blogger Karl Lind."))
        .containsExactly("The plan will fail, | Karl Lind");
  }

  @Test
  void inversionWithAWeekdayAfterTheName() {
    assertThat(rendered("\u201CHe was the last of the old smugglers,\u201D said retired customs inspector Eva Strand "
        + "Monday.")).containsExactly("He was the last of the old smugglers, | Eva Strand");
  }

  @Test
  void inversionWithAPartyAndStateAfterTheName() {
    assertThat(rendered("\u201CVoters called for an end to reckless spending,\u201D said Rep. Jon Berg (R-Minn.), "
        + "who has emerged as a voice of the movement."))
        .containsExactly("Voters called for an end to reckless spending, | Jon Berg");
  }

  @Test
  void pluralOfficeIsNoPartOfTheName() {
    assertThat(rendered("Representatives Jon Berg and Ana Ruiz filed the articles on Wednesday.\n"
        + "\u201CI continue to believe that this is the clearest case,\u201D Berg said."))
        .containsExactly("I continue to believe that this is the clearest case, | Jon Berg");
  }

  @Test
  void inversionWithADescriptionEndingInAnOfficeBeforeTheName() {
    assertThat(rendered("\u201CThe minister was never aware of it,\u201D said Holm press secretary Ana Ruiz."))
        .containsExactly("The minister was never aware of it, | Ana Ruiz");
    assertThat(rendered("\u201CA special session will be discussed,\u201D said the Democratic leader of the Senate, Jon Berg."))
        .containsExactly("A special session will be discussed, | Jon Berg");
    // reported speech, not an inversion: the words are the subject's
    assertThat(rendered("Jon Berg said his opponent for president, Ana Ruiz, suffered nothing after she lied \u201Cmany "
        + "times\u201D to the police."))
        .containsExactly("many times | Jon Berg");
    assertThat(rendered("Attorney Jon Berg said deputy director Ana Ruiz \u201Coverruled\u201D the office."))
        .containsExactly("overruled | Jon Berg");
  }

  @Test
  void subjectWithSeveralDescriptionsBetweenCommas() {
    assertThat(rendered("\"They are reading it like a sacred text,\" Rep. Jon Berg, D-N.Y., the former chairman of the "
        + "subcommittee on the Constitution, Civil Rights and Civil Liberties, said on Thursday."))
        .containsExactly("They are reading it like a sacred text, | Jon Berg");
    assertThat(rendered("Ana Ruiz, the founder of Open Doors, a rights group, said that now \u201Cthere is no way back.\u201D"))
        .containsExactly("there is no way back. | Ana Ruiz");
    assertThat(rendered("The paper\u2019s editor in chief, Jon Berg, later tweeted that \u201Cwe stand by our reporting.\u201D"))
        .containsExactly("we stand by our reporting. | Jon Berg");
    // a description that runs into another clause is not the subject's: the quote is the one saying it
    assertThat(rendered("Cpl. Ana Ruiz, a dispatcher, told reporters that Eva Lund called 911, saying \"I'm the one you want\"."))
        .containsExactly("I'm the one you want | Eva Lund");
  }

  @Test
  void aSentenceAdverbATimeOrAPlaceIsNoSubject() {
    for (String opener : List.of("Separately", "Yesterday", "In Washington", "After meeting Ana Ruiz")) {
      assertThat(rendered(opener + ", Jon Berg, a Democrat, said, \"We will fight this.\""))
          .as(opener).containsExactly("We will fight this. | Jon Berg");
    }
    assertThat(rendered("However, one of her lawyers, Jon Berg, says the deal \"does not contemplate a sentence of that length.\""))
        .containsExactly("does not contemplate a sentence of that length. | Jon Berg");
    assertThat(rendered("\"The case is closed,\" Eva Lund said.\n"
        + "On Sunday, Sen. Jon Berg, R-S.C., suggested the president think twice.\n"
        + "\u201CYou comment on ongoing criminal investigations at your own peril,\u201D he said."))
        .containsExactly("The case is closed, | Eva Lund",
            "You comment on ongoing criminal investigations at your own peril, | Jon Berg");
  }

  @Test
  void aDenialIsSaid() {
    assertThat(rendered("\"We were never in touch with them,\" said Holm press secretary Ana Ruiz.\n"
        + "Weeks before the election, asked about it, Jon Berg denied it. \u201CNothing could be further from the truth,\u201D he said."))
        .containsExactly("We were never in touch with them, | Ana Ruiz", "Nothing could be further from the truth, | Jon Berg");
  }

  @Test
  void relativesNamedInAListAreNotThePersonWrittenWithAnOffice() {
    assertThat(rendered("Jon Berg resigned after berating President Holm\u2019s daughters.\n"
        + "He had written an open letter to Sasha and Malia Holm.\n"
        + "\u201CYou want to pet him?\u201D Mr. Holm asked his daughters."))
        .containsExactly("You want to pet him? | Holm");
  }

  @Test
  void subjectWithAnAsideBetweenCommasIsWhomThePronounMeans() {
    assertThat(rendered("The university invited Rep. Jon Berg for a speech on Thursday.\n"
        + "Berg, since introducing the budget last month, has talked about the doctrine in 3 interviews.\n"
        + "\"To me, the principle is really federalism,\" he said."))
        .containsExactly("To me, the principle is really federalism, | Jon Berg");
  }

  @Test
  void aPronounOfTheOtherGenderIsNotThePersonWrittenWithMrOrMs() {
    // nor the last speaker, when she was
    assertThat(rendered("\u201CI will run,\u201D Ms. Ruiz said.\n\u201CI hardly know her,\u201D he said."))
        .containsExactly("I will run, | Ruiz", "I hardly know her, | ?");
    // "Mr. and Mrs. Holm" gives no gender
    assertThat(rendered("Mr. and Mrs. Holm arrived on Monday.\nJon Holm spoke first.\n"
        + "\"We are glad to be here,\" Mr. Holm said.\n\u201CIt has been a long road,\u201D he said."))
        .containsExactly("We are glad to be here, | Jon Holm", "It has been a long road, | Jon Holm");
    // "he" is not Ms. Ruiz, the subject of the sentence before; no one else is said to speak, so no speaker
    assertThat(rendered("The columnist Ana Ruiz was not invited to Mr. Holm's news conference on Monday.\n"
        + "But Ms. Ruiz, who has attacked Mr. Holm for caving, has clearly gotten under his skin.\n"
        + "\u201CI hardly know her,\u201D he said."))
        .containsExactly("I hardly know her, | ?");
  }

  @Test
  void laterInTheSentenceOnlyARelativeClauseStandsBetweenSubjectAndVerb() {
    assertThat(rendered("The fair was opened by Eva Lund on Monday.\n"
        + "Three years ago, Lund, who has launched a fashion line, opened up about her image.\n"
        + "\"My picture is taken only when I have a cup in my hand,\" she told a magazine."))
        .containsExactly("My picture is taken only when I have a cup in my hand, | Eva Lund");
    assertThat(rendered("\"They have been magnificent,\" Mr. Holm said.\n"
        + "He later praised his opponent, Eva Lund, at a luncheon with leaders, asking her to stand.\n"
        + "\u201CI have a lot of respect for these two people,\u201D he said."))
        .containsExactly("They have been magnificent, | Holm", "I have a lot of respect for these two people, | Holm");
  }

  @Test
  void subjectOfAClauseOpenedByWhenIsWhomThePronounMeans() {
    assertThat(rendered("\"It is a dream come true,\" Jon Berg said.\n"
        + "The nerves showed on his next touch, when Ana Ruiz stole an inbounds pass, only to miss a dunk.\n"
        + "\"I felt like there was a lot of pressure,\" she said."))
        .containsExactly("It is a dream come true, | Jon Berg", "I felt like there was a lot of pressure, | Ana Ruiz");
  }

  @Test
  void aPronounWhoseClauseEndsInSayingIsWhomItMeans() {
    assertThat(rendered("Karl Lind, the former director, was asked about the memo. "
        + "He dismissed it, saying, \u201CFrankly, I would not use this.\u201D"))
        .containsExactly("Frankly, I would not use this. | Karl Lind");
  }

  @Test
  void anAdverbMayStandBetweenTheSpeakerAndTheVerb() {
    assertThat(rendered("President Karl Lind even acknowledged that the attack was \u201Cclearly an act of terror.\u201D\n\n"
        + "Jane Doe, the mayor, concluded, \u201CWe will rebuild.\u201D"))
        .containsExactly("clearly an act of terror. | Karl Lind", "We will rebuild. | Jane Doe");
  }

  @Test
  void aPronounAfterASentenceAboutSomeonesAttorneyIsTheAttorney() {
    String named = "Lind's attorney, Aitan Roe, spoke on Monday.\n\n";
    String meanwhile = "\u201CThis is great news,\u201D Mark Doe said.\n\n"
        + "Lind's attorney, meanwhile, blasted the bureau for the decision.\n\n"
        + "He added, \u201CA lengthy investigation found nothing.\u201D";
    assertThat(rendered(named + meanwhile))
        .containsExactly("This is great news, | Mark Doe", "A lengthy investigation found nothing. | Aitan Roe");
    // the attorney's own quote, and the one after it
    assertThat(rendered(named + "\u201CThis is great news,\u201D Mark Doe said.\n\n"
        + "Lind's attorney, meanwhile, blasted the bureau, saying its director \u201Creversed the decision.\u201D\n\n"
        + "He added, \u201CA lengthy investigation found nothing.\u201D"))
        .containsExactly("This is great news, | Mark Doe", "reversed the decision. | Aitan Roe",
            "A lengthy investigation found nothing. | Aitan Roe");
    // an attorney the article does not name: nobody, not the last speaker
    assertThat(rendered(meanwhile))
        .containsExactly("This is great news, | Mark Doe", "A lengthy investigation found nothing. | ?");
    // an office speaks for a body: "she" is still the senator
    assertThat(rendered("Senator Kay Lind wants to raise the retirement age.\n\nHer office claims the bill would cut deficits.\n\n"
        + "\u201CThat would keep the system solvent,\u201D she told reporters."))
        .containsExactly("That would keep the system solvent, | Kay Lind");
  }

  @Test
  void theAttorneyIsTheAttorneyTheArticleNamed() {
    assertThat(rendered("Lind attorney Aitan Roe said in a statement that his client was fired on Friday.\n\n"
        + "\u201CThis decision should trouble everyone,\u201D the attorney said."))
        .containsExactly("This decision should trouble everyone, | Aitan Roe");
    assertThat(rendered("Aitan Roe, Mr. Lind's lawyer, did not return calls.\n\n"
        + "The delays were merely the \u201Cresult of snafus,\u201D Mr. Lind's lawyer wrote last month."))
        .containsExactly("result of snafus, | Aitan Roe");
    assertThat(rendered("Karl Lind was fired on Friday.\n\n\u201CThis decision should trouble everyone,\u201D the attorney said."))
        .containsExactly("This decision should trouble everyone, | ?");
  }

  @Test
  void theStateAfterAPlaceIsNoSpeaker() {
    assertThat(rendered("Jane Doe, the mayor of Lindby, DC, suggested it was selling \u201Chate sandwiches.\u201D"))
        .containsExactly("hate sandwiches. | Jane Doe");
    assertThat(rendered("The mayor of Lindby, DC, suggested it was selling \u201Chate sandwiches.\u201D"))
        .containsExactly("hate sandwiches. | ?");
  }

  @Test
  void aPersonWhoseSurnameNamesAMediumIsAPerson() {
    assertThat(rendered("Michael Herald spoke on Wednesday night.\n\n"
        + "Herald contrasted his record with his rival's, saying \u201CI built a business.\u201D"))
        .containsExactly("I built a business. | Michael Herald");
  }

  @Test
  void speechOpeningWithAPronounIsNoTitle() {
    assertThat(rendered("Karl Lind spoke on Wednesday.\n\n"
        + "\"I'm a New Englander,\" he said, \"and New Englanders know a con when we see one.\""))
        .containsExactly("I'm a New Englander, | Karl Lind", "and New Englanders know a con when we see one. | Karl Lind");
    assertThat(rendered("He watched the film \u201CIt's a Wonderful Life\u201D again, he said.")).isEmpty();
    assertThat(rendered("Karl Lind said he watches \u201CIt's a Wonderful Life\u201D every Christmas.")).isEmpty();
  }

  @Test
  void aNameAfterAVerbWithASubjectIsTalkedAboutNotSpeaking() {
    assertThat(rendered("Jane Doe said Karl Lind \u201Cwasted no time cutting the budget.\u201D"))
        .containsExactly("wasted no time cutting the budget. | Jane Doe");
    assertThat(rendered("The statement said Karl Lind \u201Casserts his innocence\u201D and \u201Cwill be vindicated.\u201D"))
        .containsExactly("asserts his innocence | statement", "will be vindicated. | statement");
    assertThat(rendered("\u201CWe will win,\u201D said Karl Lind.")).containsExactly("We will win, | Karl Lind");
  }

  @Test
  void aPersonNamedAfterTheOfficesOfABodyIsThePerson() {
    assertThat(rendered("\u201CThe campus will stay open,\u201D University of Lindby President Jane Doe said."))
        .containsExactly("The campus will stay open, | Jane Doe");
    assertThat(rendered("\u201CRates will stay,\u201D Bank of Lindby Governor Karl Lind said."))
        .containsExactly("Rates will stay, | Karl Lind");
  }

  @Test
  void theAttorneyIsNotTheClientNorAnotherKindOfAttorney() {
    assertThat(rendered("Karl Lind, who fired his attorney last month, appeared in court on Monday.\n\n"
        + "\u201CWe will appeal the ruling,\u201D the attorney said."))
        .containsExactly("We will appeal the ruling, | ?");
    assertThat(rendered("Jane Roe, Lind's lawyer, spoke on Monday. Karl Berg, Doe's lawyer, declined to comment.\n\n"
        + "\u201CMy client is innocent,\u201D Lind's lawyer said."))
        .containsExactly("My client is innocent, | Jane Roe");
    assertThat(rendered("Defense attorney Jane Roe said the trial was unfair. District Attorney Karl Lind called it fair.\n\n"
        + "\u201CJustice was served today,\u201D the district attorney said."))
        .containsExactly("Justice was served today, | Karl Lind");
  }

  @Test
  void anElectedOfficialIsNoObjectOfTheParticiple() {
    assertThat(rendered("Newly elected Mayor Karl Lind, a Democrat, said the city would \u201Ccome back stronger.\u201D"))
        .containsExactly("come back stronger. | Karl Lind");
  }

  @Test
  void whatAccordingToTheCutsShortNamesNobody() {
    assertThat(rendered("\u201CThe plan is dead,\u201D according to the Pentagon's press secretary, Karl Lind."))
        .doesNotContain("The plan is dead, | Pentagon's");
    assertThat(rendered("\u201CThe plan is dead,\u201D according to the Department of the Interior."))
        .containsExactly("The plan is dead, | ?");
    assertThat(rendered("\u201CThe plan is dead,\u201D according to the Rev. Karl Lind."))
        .containsExactly("The plan is dead, | Karl Lind");
  }

  @Test
  void anAgentOfHerOwnIsStillHer() {
    assertThat(rendered("Senator Kay Lind wants to raise the retirement age.\n\nHer spokesman declined to comment on Monday.\n\n"
        + "\u201CI will not resign,\u201D she told reporters."))
        .containsExactly("I will not resign, | Kay Lind");
  }

  @Test
  void postedIsNoVerbOfSaying() {
    assertThat(rendered("Lindby Bank posted a record loss of $3 billion, a result analysts called \u201Calarming.\u201D"))
        .containsExactly("alarming. | ?");
  }

  @Test
  void aStatementAfterAskedIsNoQuestion() {
    assertThat(rendered("Asked by reporters, \u201CWhen I was mayor, we balanced the budget,\u201D Karl Lind replied, "
        + "\u201Cand we will again.\u201D"))
        .containsExactly("When I was mayor, we balanced the budget, | Karl Lind", "and we will again. | Karl Lind");
  }

  @Test
  void aBodyAfterAPlaceSpeaks() {
    assertThat(rendered("At a summit in Brussels, NATO said it would \u201Crespond firmly.\u201D"))
        .containsExactly("respond firmly. | NATO");
  }

  @Test
  void aGroupNoNameStandsForSaidIt() {
    assertThat(rendered("Jane Doe said she had no knowledge of the warning, which former agents have told reporters "
        + "amounted to a \u201Cplea for help.\u201D"))
        .containsExactly("plea for help. | ?");
    assertThat(rendered("Officials said Karl Lind \u201Cwill be charged\u201D next week.")).containsExactly("will be charged | ?");
    // what a group says a named person told them is the person's
    assertThat(rendered("\u201CWe lost the rural vote,\u201D aides said Mr. Lind told his colleagues.\n\nKarl Lind left early."))
        .containsExactly("We lost the rural vote, | Karl Lind");
  }

  @Test
  void aDocumentAfterTheVerbSpeaks() {
    assertThat(rendered("\u201CYour budget appears to reflect the values of a novelist,\u201D says the letter."))
        .containsExactly("Your budget appears to reflect the values of a novelist, | letter");
  }

  @Test
  void aQuestionPutBySomeoneElseIsNotTheAnswerersWords() {
    assertThat(rendered("Asked by one of Ms. Roe's aides, \u201CIs this the final language you want to use,\u201D "
        + "Mr. Lind replied with a single word: \u201CYup.\u201D"))
        .containsExactly("Is this the final language you want to use, | ?", "Yup. | Lind");
  }

  @Test
  void theObjectOfAParticipleBeforeAnAsideIsNoSpeaker() {
    assertThat(rendered("The memo, marked URGENT, warned that the agency advised \u201Cten militias were active.\u201D"))
        .containsExactly("ten militias were active. | ?");
    assertThat(rendered("The memo, sent under his name and marked URGENT, warned that the agency advised "
        + "\u201Cten militias were active.\u201D")).containsExactly("ten militias were active. | ?");
  }

  @Test
  void aBodyNamedXOfYSpeaksAsNamed() {
    assertThat(rendered("\u201CThe plan is dead,\u201D the Department of Homeland Security said in a statement."))
        .containsExactly("The plan is dead, | Department of Homeland Security");
    assertThat(rendered("\u201CRates will stay,\u201D the Bank of England said."))
        .containsExactly("Rates will stay, | Bank of England");
    // a spokesman for it is no one named, as "a spokesman for the company said"; a secretary of state is a person
    assertThat(rendered("\u201CThe plan is dead,\u201D a spokesman for the Department of Justice said."))
        .containsExactly("The plan is dead, | ?");
    assertThat(rendered("\u201CThe plan is dead,\u201D said Secretary of State Jane Doe."))
        .containsExactly("The plan is dead, | Jane Doe");
  }

  @Test
  void aDateBeforeANameIsNoPartOfIt() {
    assertThat(rendered("On Friday Jane Doe said \u201Cthe plan is dead.\u201D\n\n"
        + "In January John Roe told reporters \u201Cthe plan will work.\u201D\n\n"
        + "April Lund said \u201Cnothing changed.\u201D"))
        .containsExactly("the plan is dead. | Jane Doe", "the plan will work. | John Roe", "nothing changed. | April Lund");
    assertThat(rendered("Jane March, the mayor, spoke on Monday.\n\n\u201CWe will rebuild,\u201D she said."))
        .containsExactly("We will rebuild, | Jane March");
  }

  @Test
  void accordingToABodyOrADocumentNamesItWhenNobodyIsSaidToSpeak() {
    assertThat(rendered("\u201CWe will not tolerate fraud,\u201D according to the U.S. Attorney's Office."))
        .containsExactly("We will not tolerate fraud, | U.S. Attorney's Office");
    assertThat(rendered("Berg was \u201Ccontacted by senior officials,\u201D according to the indictment."))
        .containsExactly("contacted by senior officials, | indictment");
    assertThat(rendered("A senior official \u201Cwas directed\u201D to call him, according to the court document."))
        .containsExactly("was directed | court document");
    assertThat(rendered("\u201CThe plan is dead,\u201D according to a statement from the Department of Justice."))
        .containsExactly("The plan is dead, | Department of Justice");
    assertThat(rendered("\u201CThe plan is dead,\u201D according to the Pentagon."))
        .containsExactly("The plan is dead, | Pentagon");
    // a medium after "the" is cited, not speaking; "his campaign" is whoever was named before
    assertThat(rendered("\u201CShe has no choice,\u201D the letter reads, according to the Daily Ledger Times."))
        .containsExactly("She has no choice, | ?");
    assertThat(rendered("Doe's campaign called the report an \u201Coutrageous distortion,\u201D according to his campaign."))
        .containsExactly("outrageous distortion, | Doe's campaign");
  }

  @Test
  void accordingToAfterAVerbOfSayingNamesWhoReportedItNotWhoSaidIt() {
    assertThat(rendered("House Speaker Karl Strand met reporters on Tuesday.\n\n"
        + "\u201CYou cannot end it with an order,\u201D the House speaker said on WXYZ Radio, "
        + "according to Daily Ledger reporter Eva Lund."))
        .containsExactly("You cannot end it with an order, | Karl Strand");
    assertThat(rendered("\u201CThe plan will fail,\u201D according to Anna Berti."))
        .containsExactly("The plan will fail, | Anna Berti");
  }

  @Test
  void accordingToADescribedPersonNamesThePerson() {
    assertThat(rendered("According to fire chief Karl Lind, \u201Cour crews pulled 40 people from rooftops.\u201D"))
        .containsExactly("our crews pulled 40 people from rooftops. | Karl Lind");
    assertThat(rendered("\u201CThe bridge will reopen in May,\u201D according to the mayor, Jane Roe."))
        .containsExactly("The bridge will reopen in May, | Jane Roe");
    // a document is cited, not the person it names
    assertThat(rendered("The ferry \u201Cwill run all winter,\u201D according to court papers Jane Roe filed."))
        .doesNotContain("will run all winter, | Jane Roe");
  }

  @Test
  void accordingToADescriptionThenACommaAndTheNameNamesThePerson() {
    assertThat(rendered("\u201CThe levee held,\u201D according to a spokesman, Jon Vale, who spoke on Monday."))
        .containsExactly("The levee held, | Jon Vale");
    // the name opens a clause of its own: the spokesman, unnamed, is the source
    assertThat(rendered("According to a spokesman, Jon Vale will step down. \u201CWe wish him well,\u201D the board"
        + " said.")).containsExactly("We wish him well, | ?");
  }

  @Test
  void accordingToAPlaceAndAJobBeforeTheNameNamesThePersonNotThePlace() {
    assertThat(rendered("According to Lindby fire chief Karl Lind, \u201Cour crews pulled 40 people from rooftops.\u201D"))
        .containsExactly("our crews pulled 40 people from rooftops. | Karl Lind");
    assertThat(rendered("\u201CThe bridge will reopen in May,\u201D according to Harbor Board spokeswoman Eva Strand."))
        .containsExactly("The bridge will reopen in May, | Eva Strand");
    // a body's word before the job ("police") is no document: the chief is named
    assertThat(rendered("\u201COur crews pulled 40 people from rooftops,\u201D according to police chief Karl Lind."))
        .containsExactly("Our crews pulled 40 people from rooftops, | Karl Lind");
    // a paper's reporter cites the words: not hers
    assertThat(rendered("\u201CThe bridge will reopen in May,\u201D according to Lindby Gazette reporter Eva Strand."))
        .doesNotContain("The bridge will reopen in May, | Eva Strand");
  }

  @Test
  void aNameAndPartyTagAfterTheQuoteWithNoVerbNamesTheLawmaker() {
    assertThat(rendered("The vote failed on Tuesday. \u201CWe will not back down,\u201D Sen. Jane Roe (R-S.C.)\n\n"
        + "Her office did not say what comes next."))
        .containsExactly("We will not back down, | Jane Roe");
    assertThat(rendered("\u201CThe levee will hold,\u201D Rep. John Doe, D-Calif."))
        .containsExactly("The levee will hold, | John Doe");
    // the lawmaker named after the quote is the subject of something else: nobody is credited by the tag
    assertThat(rendered("\u201CThe levee will hold,\u201D the board said of a plan by Rep. John Doe (D-Calif.)"))
        .doesNotContain("The levee will hold, | John Doe");
  }

  @Test
  void anOccupationAfterTheQuoteNamesThePersonTheArticleDescribedSo() {
    assertThat(rendered("Actor and activist Jo Lind spoke at the rally on Monday.\n\n"
        + "\u201CWe are not going away,\u201D the actor and activist said."))
        .containsExactly("We are not going away, | Jo Lind");
    assertThat(rendered("Jo Lind, a singer, joined the march. Mayor Karl Strand watched.\n\n"
        + "\u201CWe are not going away,\u201D said the singer."))
        .containsExactly("We are not going away, | Jo Lind");
    // the one the paragraph before speaks of, named with no office
    assertThat(rendered("Jo Vale says the council is a closed club.\n\n"
        + "Growing up here \u201Ctaught me to see it,\u201D the actor and activist said Monday."))
        .containsExactly("taught me to see it, | Jo Vale");
    // the article names nobody so, and the mayor is no actor: the description as written, never another's name
    assertThat(rendered("Mayor Karl Strand watched the march.\n\n"
        + "\u201CWe are not going away,\u201D the actor and activist told reporters."))
        .containsExactly("We are not going away, | actor and activist");
    // several of them: a group's words, no one's
    assertThat(rendered("Three state senators wrote to the governor.\n\n"
        + "\u201CThe bill does harm,\u201D the senators said in the letter."))
        .containsExactly("The bill does harm, | ?");
  }

  @Test
  void accordingToAPlaceAndABodyBeforeAnOfficeInCapitalsNamesTheOfficer() {
    assertThat(rendered("\u201CWe did everything we could,\u201D according to Lindby police Chief Karl Lind."))
        .containsExactly("We did everything we could, | Karl Lind");
    // the place only says whose police or officials: the police speak, the officials are nobody in particular
    assertThat(rendered("The ferry \u201Cwill run all winter,\u201D according to Lindby police."))
        .containsExactly("will run all winter, | Lindby police");
    assertThat(rendered("The ferry \u201Cwill run all winter,\u201D according to Lindby officials."))
        .containsExactly("will run all winter, | ?");
  }

  @Test
  void aParagraphThatIsOnlyAQuoteIsThePersonThePreviousParagraphIsAbout() {
    assertThat(rendered("Police Chief Karl Lind spoke to the council on Monday.\n\n"
        + "Lind, who has led the department since 2019, faced questions on Tuesday.\n\n"
        + "\u201CWe did everything we could.\u201D"))
        .containsExactly("We did everything we could. | Karl Lind");
    // two people named: either may answer
    assertThat(rendered("Police Chief Karl Lind faced questions from Mayor Eva Strand on Tuesday.\n\n"
        + "\u201CWe did everything we could.\u201D"))
        .containsExactly("We did everything we could. | ?");
    // someone else speaks in the paragraph before
    assertThat(rendered("Police Chief Karl Lind was criticized on Tuesday. Officials said he had ignored warnings.\n\n"
        + "\u201CWe did everything we could.\u201D"))
        .containsExactly("We did everything we could. | ?");
    // someone else says it about her, or the quote speaks of her: not hers
    assertThat(rendered("Singer Eva Strand spoke to the club on Monday.\n\n"
        + "Strand was hardly shy, though, Berg said.\n\n\u201CShe was so at ease.\u201D"))
        .containsExactly("She was so at ease. | ?");
    assertThat(rendered("Singer Eva Strand left the stage in 1958.\n\n"
        + "\u201CThe reclusive Strand never sang again.\u201D"))
        .containsExactly("The reclusive Strand never sang again. | ?");
    // the person the paragraph before has say something goes on speaking
    assertThat(rendered("Insp. Karl Lind spoke on Monday.\n\n"
        + "Two deaths so close together were unusual, Lind said.\n\n\u201CWe rarely see climbers this early.\u201D"))
        .containsExactly("We rarely see climbers this early. | Karl Lind");
    assertThat(rendered("Dr. Eva Strand is more liberal than many doctors, Dr. Karl Berg said.\n\n"
        + "\u201CMaybe the governor saw a little of that in her.\u201D"))
        .containsExactly("Maybe the governor saw a little of that in her. | Karl Berg");
    // the person is two paragraphs back
    assertThat(rendered("Police Chief Karl Lind faced questions on Tuesday.\n\nThe town has 4,000 people.\n\n"
        + "\u201CWe did everything we could.\u201D"))
        .containsExactly("We did everything we could. | ?");
  }

  @Test
  void aDescriptionAfterItsVerbThenACommaAndTheNameNamesThePerson() {
    assertThat(rendered("\u201CThe bill will pass this week,\u201D said the legislator, Representative Jane Roe."))
        .containsExactly("The bill will pass this week, | Jane Roe");
    assertThat(rendered("\u201CThe levee held,\u201D said the spokesman, Jon Vale, on Monday."))
        .containsExactly("The levee held, | Jon Vale");
    // the name is the subject of what the outlet reports, not the quote's speaker
    assertThat(rendered("\u201CThe plan will fail,\u201D said the mayor, Jane Roe, lied about the ferry."))
        .doesNotContain("The plan will fail, | Jane Roe");
  }

  @Test
  void anOfficeAfterWhereItIsHeldIsStillTheOffice() {
    assertThat(rendered("Lindby Mayor Anna Berti visited the site on Monday.\n\n"
        + "\u201CWe will rebuild,\u201D the mayor said."))
        .containsExactly("We will rebuild, | Anna Berti");
    assertThat(rendered("President Karl Strand disagreed. Vice President Eva Lund stayed silent.\n\n"
        + "\u201CIt is a disgrace,\u201D the president said."))
        .containsExactly("It is a disgrace, | Karl Strand");
  }

  @Test
  void aSurnameWithALowerCaseParticleIsPartOfTheName() {
    assertThat(rendered("Mayor Jan de Vries visited the site. He met the owners of the bill.\n\n"
        + "\u201CWe will rebuild,\u201D de Vries said.\n\n\u201CAll of it,\u201D the mayor added."))
        .containsExactly("We will rebuild, | Jan de Vries", "All of it, | Jan de Vries");
  }

  @Test
  void aPronounAfterASentenceAboutAJusticeIsTheJustice() {
    assertThat(rendered("Justice Eva Lund said that \u201Cexcessive subjectivity\u201D may be a problem.\n\n"
        + "But Justice Karl Strand was unconvinced.\n\n"
        + "\u201CI am getting whipsawed here,\u201D he told the plaintiffs\u2019 lawyer, Jon Berg."))
        .containsExactly("excessive subjectivity | Eva Lund", "I am getting whipsawed here, | Karl Strand");
    assertThat(rendered("\u201CThe records are not there,\u201D Jon Berg said.\n\n"
        + "Chief Justice Karl Strand also offered his doubts about the merits of the lawsuit.\n\n"
        + "\u201CIs it true that the pay gap was smaller?\u201D he asked."))
        .containsExactly("The records are not there, | Jon Berg", "Is it true that the pay gap was smaller? | Karl Strand");
    assertThat(rendered("\u201CThey are informed by the company,\u201D Mr. Jon Berg said.\n\n"
        + "That did not satisfy Justice Karl Strand. \u201CIf somebody tells you how, you have no discretion,\u201D he said."))
        .containsExactly("They are informed by the company, | Jon Berg", "If somebody tells you how, you have no discretion, | Karl Strand");
    assertThat(rendered("\u201CThe comparison is wrong,\u201D Jon Berg said.\n\n"
        + "Chief Justice Karl Strand was not persuaded. The chief justice also asked Mr. Berg "
        + "\u201Chow many examples need to be shown?\u201D"))
        .containsExactly("The comparison is wrong, | Jon Berg", "how many examples need to be shown? | Karl Strand");
  }

  @Test
  void aPronounAfterAPersonBroughtInOnceTheStoryMovedOnIsThatPerson() {
    // the last speaker is a woman too, but two paragraphs back: "she" is the one the paragraph before brings in,
    // whether or not that paragraph quotes a few words of nobody's
    assertThat(rendered("\u201CNo,\u201D Mira Lund said quickly.\n\n"
        + "Their boredom drew wide attention, including a column titled \u201CThe Twins Could Not Be More Bored.\u201D\n\n"
        + "Enter Ms. Ann Holt \u2014 a former party aide who describes herself online as loving cats, tea and "
        + "\u201Call things pink and green!\u201D \u2014 whose commentary had a sharper edge.\n\n"
        + "\u201CTry showing a little class,\u201D she wrote."))
        .contains("Try showing a little class, | Ann Holt");
    assertThat(rendered("\u201CNo,\u201D Mira Lund said quickly.\n\n"
        + "Their boredom drew wide attention across the county.\n\n"
        + "That did not please Mayor Ann Holt.\n\n"
        + "\u201CTry showing a little class,\u201D she wrote."))
        .contains("Try showing a little class, | Ann Holt");
    // right after the last speaker's quote, a person named in a paragraph of its own is talked about
    assertThat(rendered("\u201CWe will rebuild the pier,\u201D Mira Lund said.\n\n"
        + "The remarks came after a meeting with Mayor Ann Holt.\n\n"
        + "\u201CWe agree on the timetable,\u201D she said."))
        .containsExactly("We will rebuild the pier, | Mira Lund", "We agree on the timetable, | Mira Lund");
  }

  @Test
  void aPronounOfTheOtherSexThanTheSubjectJustNamedIsThePersonOfItsSexBesideIt() {
    // "he" is not Mayor Ann Holt; the man the sentence names is meant, not the last man quoted
    assertThat(rendered("\u201CThe harbor will reopen in May,\u201D Karl Lind said.\n\n"
        + "Mayor Ann Holt met Dan Reyes, the union leader, on Monday.\n\n"
        + "\u201CWe agree on the timetable,\u201D he said."))
        .containsExactly("The harbor will reopen in May, | Karl Lind", "We agree on the timetable, | Dan Reyes");
    // no man named beside her: the last man quoted
    assertThat(rendered("\u201CThe harbor will reopen in May,\u201D Karl Lind said.\n\n"
        + "Mayor Ann Holt met the union leaders on Monday.\n\n"
        + "\u201CWe agree on the timetable,\u201D he said."))
        .containsExactly("The harbor will reopen in May, | Karl Lind", "We agree on the timetable, | Karl Lind");
    // two men named beside her: neither is meant more than the other, so the last man quoted
    assertThat(rendered("\u201CThe harbor will reopen in May,\u201D Karl Lind said.\n\n"
        + "Mayor Ann Holt met Dan Reyes and Peter Strand on Monday.\n\n"
        + "\u201CWe agree on the timetable,\u201D he said."))
        .containsExactly("The harbor will reopen in May, | Karl Lind", "We agree on the timetable, | Karl Lind");
  }

  @Test
  void aMediumCreditedWithTheLastQuoteIsNoLaterHe() {
    assertThat(rendered("Senator Karl Lind wrote to the members of the budget committee on Saturday.\n\n"
        + "Lindby News confirmed Lind sent an e-mail to committee members with the subject line, \"budget call.\"\n\n"
        + "In the note, he asked members to join him \"for a private budget call\" on Monday."))
        .contains("for a private budget call | Karl Lind");
    // the last speaker a person: "he" is still him
    assertThat(rendered("\u201CWe will vote on it,\u201D Senator Karl Lind told Lindby News.\n\n"
        + "In the note, he asked members to join him \"for a private budget call\" on Monday."))
        .containsExactly("We will vote on it, | Karl Lind", "for a private budget call | Karl Lind");
  }

  @Test
  void thePersonAskedAboutIsNotTheOneWhoAnswers() {
    assertThat(rendered("Asked about each of the candidates, Mr. Jon Berg played along.\n\n"
        + "Governor Karl Strand? \u201CStrong,\u201D he said."))
        .containsExactly("Strong, | Jon Berg");
  }

  @Test
  void aDatelineOpeningTheSentenceIsNoPartOfTheSubject() {
    assertThat(rendered("LINDBY -- President Karl Strand on Friday defended the programs, saying that the council knew.\n\n"
        + "\u201CThe programs are secret in the sense that they are classified,\u201D he said."))
        .containsExactly("The programs are secret in the sense that they are classified, | Karl Strand");
  }

  @Test
  void aDatelineAfterAHorizontalBarIsNoPartOfTheSubject() {
    assertThat(rendered("LINDBY \u2015 Mayor Karl Strand is \u201Cvery close\u201D to naming a new harbor master, he told "
        + "reporters on Thursday."))
        .containsExactly("very close | Karl Strand");
    assertThat(rendered("LINDBY \u2014 Mayor Karl Strand is \u201Cvery close\u201D to naming a new harbor master, he told "
        + "reporters on Thursday."))
        .containsExactly("very close | Karl Strand");
  }

  @Test
  void aSentenceThatOnlySaysWhoSpokeAttributesTheQuoteBeforeIt() {
    assertThat(rendered("\u201CIt shows complete disrespect,\u201D Karl Strand said on Tuesday.\n\n"
        + "\u201CWe offered the prime minister an opportunity to meet.\u201D Eva Lund said. "
        + "\u201CHis refusal is disappointing.\u201D"))
        .containsExactly("It shows complete disrespect, | Karl Strand", "We offered the prime minister an opportunity to meet. | Eva Lund",
            "His refusal is disappointing. | Eva Lund");
  }

  @Test
  void aShowNamedAtTheEndOfTheSentenceIsNoQuote() {
    assertThat(rendered("\u201CIt shows complete disrespect,\u201D Karl Strand said on Daily Ledger TV's "
        + "\u201COn the Record with Eva Lund.\u201D"))
        .containsExactly("It shows complete disrespect, | Karl Strand");
  }

  @Test
  void theSecondOfTwoObjectsBeforeASayingParticipleIsNoSpeaker() {
    assertThat(rendered("\u201CToo many voices are being destroyed,\u201D Karl Strand wrote.\n\n"
        + "He then took a swipe at Daily Ledger and Morning Star, saying that he does not demand their removal.\n\n"
        + "\u201CI get used to it and watch with a grain of salt,\u201D he wrote."))
        .containsExactly("Too many voices are being destroyed, | Karl Strand",
            "I get used to it and watch with a grain of salt, | Karl Strand");
  }

  @Test
  void anOccupationWrittenAsATitleIsNoPartOfTheName() {
    assertThat(rendered("Historian Alan Strand said the vote was \u201Ca bit of theater.\u201D\n"
        + "\u201CIt is routine,\u201D said Deputy Chief of Staff for Security Karla Lind."))
        .containsExactly("a bit of theater. | Alan Strand", "It is routine, | Karla Lind");
  }

  @Test
  void aBodyOrADocumentSpeaksForItself() {
    assertThat(rendered("\u201CHe lied to investigators,\u201D the indictment said.\n\n"
        + "\u201CWe are not aware of any breach,\u201D the company said in a statement."))
        .containsExactly("He lied to investigators, | indictment", "We are not aware of any breach, | company");
    // the one who issues the statement speaks, not the statement
    assertThat(rendered("Jon Berg issued a statement saying: \u201CThis is America's war.\u201D"))
        .containsExactly("This is America's war. | Jon Berg");
  }

  @Test
  void aBodyThatDoesNotOpenItsClauseIsNoSpeaker() {
    assertThat(rendered("\u201CWe regret the error,\u201D a spokesman for the company said.\n\n"
        + "\u201CIt was planned,\u201D the man who sued the company said.\n\n"
        + "\u201CNo comment,\u201D an official at the ministry told Reuters."))
        .containsExactly("We regret the error, | ?", "It was planned, | ?", "No comment, | ?");
  }

  @Test
  void aBodyIsNeverALaterHeOrShe() {
    assertThat(rendered("\u201CIt was planned,\u201D the indictment said. \u201CIt is unfair,\u201D he said."))
        .containsExactly("It was planned, | indictment", "It is unfair, | ?");
  }

  @Test
  void aPersonsNameEndingInABodysWordIsStillAPerson() {
    assertThat(rendered("Margaret Court criticised the tour on Monday. \u201CThe rules are unfair,\u201D she said."))
        .containsExactly("The rules are unfair, | Margaret Court");
  }

  @Test
  void aMediumCreditedBeforeTheQuoteTakesNoEarlierSpeaker() {
    assertThat(rendered("\u201CWe are pleased,\u201D Jon Berg said.\n\nPolitico reports: \u201CThe deal was struck late.\u201D"))
        .containsExactly("We are pleased, | Jon Berg", "The deal was struck late. | ? | Politico");
  }

  @Test
  void aPartyTagBeforeADescriptionIsNoName() {
    assertThat(rendered("Sen. Cory Strand, R-Colo., head of the party's campaign arm, called the claims "
        + "\u201Cdeeply troubling\u201D and said: \u201CHe must drop out.\u201D"))
        .containsExactly("deeply troubling | Cory Strand", "He must drop out. | Cory Strand");
  }

  @Test
  void theOneSpokenToIsNotTheSpeaker() {
    assertThat(rendered("\u201CIt was no accident,\u201D a White House official told Politico, adding that it was "
        + "\u201Cplanned.\u201D"))
        .containsExactly("It was no accident, | ?", "planned. | ?");
  }

  @Test
  void lessCommonVerbsOfSaying() {
    assertThat(rendered("\u201CThe plan is good,\u201D Karl Strand said.\n\n"
        + "On Medicare, Jon Berg charged that the plan would raise costs. \u201CTheir ideas are old,\u201D he said.\n\n"
        + "Karl Strand shot back: \u201CThe words don't come out right.\u201D"))
        .containsExactly("The plan is good, | Karl Strand", "Their ideas are old, | Jon Berg",
            "The words don't come out right. | Karl Strand");
  }

  @Test
  void aSurnameTheArticleNeverGivesInFullOpensTheSentenceThatIntroducesAQuote() {
    assertThat(rendered("Vice President Strand wasted no time on Thursday.\n\n"
        + "\u201CThat is not true,\u201D Berg said.\n\n"
        + "Strand was quick to retort: \u201CThat is a bunch of malarkey.\u201D\n\n"
        + "He added: \u201CI don't understand it.\u201D\n\n"
        + "Washington was quick to respond: \u201CWe disagree.\u201D"))
        .containsExactly("That is not true, | Berg", "That is a bunch of malarkey. | Strand", "I don't understand it. | Strand",
            "We disagree. | ?");
  }

  @Test
  void anOfficeOfABodyBeforeTheNameIsNoPartOfIt() {
    assertThat(rendered("While critics cried foul, Director of National Intelligence James Strand issued a statement late "
        + "Thursday.\n\n\u201CThe article omits key information about the safeguards,\u201D he said."))
        .containsExactly("The article omits key information about the safeguards, | James Strand");
  }

  @Test
  void aSentenceBetweenTwoQuotesOfAParagraphIsReadForWhomHeMeans() {
    assertThat(rendered("FBI Director Karl Strand spoke on Friday.\n\n"
        + "Jon Berg is a registered Republican and a self-described promoter.\n\n"
        + "Authorities called them \u201Csuspected explosive devices.\u201D Strand elaborated that each device held a "
        + "pipe. \u201CThese are not hoax devices,\u201D he said."))
        .containsExactly("suspected explosive devices. | ?", "These are not hoax devices, | Karl Strand");
  }

  @Test
  void aBodyThatAsksIsNotWhomHeMeans() {
    assertThat(rendered("\u201CThat could be evidence of interference,\u201D Karl Strand said. He also referred to reports "
        + "that the White House asked allies to refute stories. \u201CWe have to find out,\u201D he said."))
        .containsExactly("That could be evidence of interference, | Karl Strand", "We have to find out, | Karl Strand");
  }

  @Test
  void aPersonTalkedAboutInTheSpeakersParagraphDoesNotTakeTheQuote() {
    assertThat(rendered("\u201CWe are ready,\u201D Jon Berg said. The remarks came after a meeting with President Karl "
        + "Strand. \u201CWe had a frank discussion,\u201D he said."))
        .containsExactly("We are ready, | Jon Berg", "We had a frank discussion, | Jon Berg");
    assertThat(rendered("\u201CWe are ready,\u201D Jon Berg said.\n\n"
        + "He has feuded for months with Speaker Eva Lund. \u201CShe is a disaster,\u201D he said."))
        .containsExactly("We are ready, | Jon Berg", "She is a disaster, | Jon Berg");
  }

  @Test
  void aFormerHolderOfTheOfficeIsNotWhomTheOfficeMeansNow() {
    assertThat(rendered("Mayor Anna Berti signed the bill on Monday. It was praised by former Lindby Mayor Jon Berg.\n\n"
        + "\u201CThis is a good day for the city,\u201D the mayor said."))
        .containsExactly("This is a good day for the city, | Anna Berti");
  }

  @Test
  void aSentenceAfterAQuoteThatReportsSomethingElseIsNoAttribution() {
    assertThat(rendered("\u201CThe press is the enemy of the people.\u201D Critics said that was dangerous."))
        .containsExactly("The press is the enemy of the people. | ?");
    assertThat(rendered("Officials said the talks stalled and \u201Cthe plan will fail,\u201D according to Anna Berti."))
        .containsExactly("the plan will fail, | Anna Berti");
  }

  @Test
  void aPronounAfterTheSentencesOwnSubjectIsThatSubject() {
    assertThat(rendered("\u201CThe committee will act,\u201D Jon Berg said.\n\n"
        + "In a video in December, Mr. Karl Strand denied the allegations, but he said he was \u201Cprofoundly sorry\u201D "
        + "for his actions."))
        .containsExactly("The committee will act, | Jon Berg", "profoundly sorry | Karl Strand");
    assertThat(rendered("\u201CThe ban stays,\u201D Eva Lund said.\n\n"
        + "By lifting the ban, she said, Karl Strand was \u201Cencouraging hunters to kill elephants.\u201D"))
        .containsExactly("The ban stays, | Eva Lund", "encouraging hunters to kill elephants. | Eva Lund");
  }

  @Test
  void aPresidentNamedOnlyWithTheOfficeIsStillTheSubject() {
    assertThat(rendered("Bomb suspect arrested\n\nPresident Strand spoke on Friday.\n\n"
        + "\u201CIt struck me because of the stickers,\u201D said Jon Berg, a film producer.\n\n"
        + "Mr. Strand praised the police for quickly arresting a suspect.\n\n"
        + "\u201CThese acts are despicable,\u201D he said."))
        .containsExactly("It struck me because of the stickers, | Jon Berg", "These acts are despicable, | Strand");
  }

  @Test
  void aPersonIntroducedWithAnotherVerbIsWhomTheNextPronounMeans() {
    assertThat(rendered("\u201CIt was emotional,\u201D Rep. Jon Berg, D-Ill., said.\n\n"
        + "Rep. James Strand, D-Wash., commented that the document has been changed.\n\n"
        + "\u201CIt would be helpful to the members,\u201D he said."))
        .containsExactly("It was emotional, | Jon Berg", "It would be helpful to the members, | James Strand");
    assertThat(rendered("\u201CThe devices are live,\u201D Jon Berg said.\n\n"
        + "James Strand, a former head of criminal investigations for the Secret Service who also served as a special "
        + "agent in charge of the protective detail, agreed that bomb makers leave evidence behind.\n\n"
        + "\u201CThere will be no stone left unturned,\u201D he said."))
        .containsExactly("The devices are live, | Jon Berg", "There will be no stone left unturned, | James Strand");
    assertThat(rendered("\u201CIt was emotional,\u201D Jon Berg said.\n\n"
        + "Rep. James Strand questioned the reading of the \u201Camended\u201D Constitution.\n\n"
        + "\u201CTo not read the full document is to fail,\u201D he said."))
        .containsExactly("It was emotional, | Jon Berg", "amended | ?", "To not read the full document is to fail, | James Strand");
  }

  @Test
  void aPartyWordIsNoPartOfAName() {
    assertThat(rendered("\u201CWe need a chairman who is focused,\u201D Jon Berg said.\n\n"
        + "Republican senators kept up pressure on the chairman.\n\n"
        + "\u201CHe must apologize to the troops,\u201D he said.\n\n"
        + "The Lindby Republican said the chairman must decide about his future."))
        .containsExactly("We need a chairman who is focused, | Jon Berg", "He must apologize to the troops, | Jon Berg");
    assertThat(rendered("\u201CIt took three months,\u201D Republican James Strand said."))
        .containsExactly("It took three months, | James Strand");
  }

  @Test
  void aNameWithWhereThePersonIsFromBeforeADescriptionIsTheSpeaker() {
    assertThat(rendered("\u201CThis is scary,\u201D Senator Karl Strand of Lindby, the top Democrat on the committee, said "
        + "in a post.\n\n\u201CIt is a power grab,\u201D said Representative Eva Lund of Ohio, who leads the committee."))
        .containsExactly("This is scary, | Karl Strand", "It is a power grab, | Eva Lund");
  }

  @Test
  void aPersonIntroducedWithAnAgeOrInAppositionIsWhomTheNextPronounMeans() {
    assertThat(rendered("\u201CWe will finish the work by May,\u201D Mayor Jane Doe said.\n\n"
        + "Karl Lind, 47, lives next to the bridge. He heard a loud crash.\n\n"
        + "\u201CThere was nowhere I could go,\u201D he said.\n\n"
        + "The group's president, Eva Strand, has criticized the council.\n\n"
        + "\u201CThe council has lost control of the budget,\u201D she said."))
        .containsExactly("We will finish the work by May, | Jane Doe", "There was nowhere I could go, | Karl Lind",
            "The council has lost control of the budget, | Eva Strand");
  }

  @Test
  void aPronounOfTheOtherSexThanTheGivenNameIsNotThatPerson() {
    assertThat(rendered("\u201CWe will finish the work by May,\u201D Karl Lind said.\n\n"
        + "\u201CThe council has lost control of the budget,\u201D she said."))
        .containsExactly("We will finish the work by May, | Karl Lind", "The council has lost control of the budget, | ?");
  }

  @Test
  void anOfficeInLowerCaseBeforeTheNameOpensTheSubject() {
    assertThat(rendered("\u201CIt is a mistake,\u201D Mayor Jane Doe said.\n\n"
        + "In 2012, former councilman Karl Lind defended what he called \u201Ca fair little tax,\u201D a remark that "
        + "angered voters.\n\n"
        + "Former judge Tom Berg, who led the review, eased off the call -- he said the decisions are "
        + "\u201Clocally made\u201D based on budgets."))
        .containsExactly("It is a mistake, | Jane Doe", "a fair little tax, | Karl Lind", "locally made | Tom Berg");
  }

  @Test
  void aParagraphEndingInAColonIntroducesTheQuoteOfTheNext() {
    assertThat(rendered("\u201CYou have been named as well,\u201D Councilwoman Eva Strand said on the radio.\n\n"
        + "Mayor Jane Doe responded to the allegations in a statement on Friday:\n\n"
        + "\u201CI had absolutely nothing to do with the memo.\n\n"
        + "The council's problem with the Herald is the council's alone.\u201D"))
        .containsExactly("You have been named as well, | Eva Strand", "I had absolutely nothing to do with the memo. | Jane Doe",
            "The council's problem with the Herald is the council's alone. | Jane Doe");
    // a description that opens with a capital names nobody
    assertThat(rendered("One Lindby resident who lives near the bridge posted this update:\n\n"
        + "\u201CPlease un-friend me.\u201D"))
        .containsExactly("Please un-friend me. | ?");
    // a medium that reports is cited, never the speaker
    assertThat(rendered("\u201CIt is over,\u201D Jane Doe said.\n\nThe Lindby Times recently reported:\n\n"
        + "\u201CBeyond its symbolic power, it is unclear what the rule will change.\u201D"))
        .containsExactly("It is over, | Jane Doe",
            "Beyond its symbolic power, it is unclear what the rule will change. | ? | Lindby Times");
  }

  @Test
  void aVerbOfSayingJoinedToTheSubjectsFirstVerbIsTheSubjects() {
    assertThat(rendered("Per Holm, 60, lives nearby and said the bridge was \u201Cthe only good road in town.\u201D"))
        .containsExactly("the only good road in town. | Per Holm");
    assertThat(rendered("Jane Doe hugged Karl Lind, who thanked her and said it was \u201Ca good day.\u201D"))
        .containsExactly("a good day. | ?");
  }

  @Test
  void aVerbThatMayTakeAnObjectNamesTheSpeakerRightAfterAQuote() {
    assertThat(rendered("\u201CWhat is the half-life of this mood?\u201D asked Senator Karl Berg. \u201CI do not know.\u201D\n\n"
        + "\u201CMaybe next year the teams will be mixed,\u201D suggested Representative Eva Strand."))
        .containsExactly("What is the half-life of this mood? | Karl Berg", "I do not know. | Karl Berg",
            "Maybe next year the teams will be mixed, | Eva Strand");
  }

  @Test
  void aCourtesyTitleOfTheOtherSexIsNotThePersonOfThatSurname() {
    assertThat(rendered("Near the dugout, the mayor's daughter Lisa Lind chatted with fans.\n\n"
        + "\u201CWe will not be beaten,\u201D Mr. Lind said."))
        .containsExactly("We will not be beaten, | Lind");
  }

  @Test
  void aCoupleNamedTogetherAreTwoPeopleAndTheFirstIsTheSurnamesPrincipal() {
    assertThat(rendered("Jane and Karl Lind earned $4 million, according to tax returns released by her campaign.\n\n"
        + "\u201CWe have come a long way from my days teaching school,\u201D Lind said in a statement."))
        .containsExactly("We have come a long way from my days teaching school, | Jane Lind");
  }

  @Test
  void aStateOrCountryAfterAPlaceIsNoSpeaker() {
    assertThat(rendered("The statement, from Dr. Anna Berg, chair of medicine at the Fjord Medical Group in Lindby, Norway, "
        + "said the mayor listed \u201Cchronic back pain\u201D in her history."))
        .containsExactly("chronic back pain | ?");
  }

  @Test
  void aBodyNamedWithAndSpeaksAsNamed() {
    assertThat(rendered("Separately, the Health and Social Services Department said Thursday that the clinic would extend "
        + "benefits, \u201Cclarifying that all members have access to equal coverage.\u201D"))
        .containsExactly("clarifying that all members have access to equal coverage. | Health and Social Services Department");
  }

  @Test
  void aProgrammeToldIsATitleAndSomeoneWhoShoutsIsNobodyNamed() {
    assertThat(rendered("\u201CWe were very lucky,\u201D Jane Doe, a council member, told \u201CLindby Morning Show.\u201D"))
        .containsExactly("We were very lucky, | Jane Doe");
    assertThat(rendered("\u201CThe plan is dead,\u201D Karl Lind said.\n\nWhen Lind asked what the town suffers from, "
        + "someone shouted \u201Cthe mayor,\u201D though Lind said it is \u201Cnot that simple.\u201D"))
        .containsExactly("The plan is dead, | Karl Lind", "the mayor, | ?", "not that simple. | Karl Lind");
  }

  @Test
  void aNewClauseAfterAndHasItsOwnSubjectForTheParticiple() {
    assertThat(rendered("An executive from Lindby Mills Inc., which plans to build a plant, called Ms. Doe, and W. Karl Lind, "
        + "chief executive of Lind Air, sent her a letter citing the town's \u201Ccomeback\u201D and saying, "
        + "\u201CThere is genuine concern.\u201D"))
        .containsExactly("comeback | ?", "There is genuine concern. | Karl Lind");
  }

  @Test
  void anOfficeNotYetTakenUpIsNoPartOfTheName() {
    assertThat(rendered("Senate leader Karl Lind and House Speaker-to-be Jane Doe made their first visit.\n\n"
        + "Doe, who is expected to return to the speakership Thursday after eight years as minority leader, intends to "
        + "pass the bills.\n\n\u201CWe are asking the mayor to open the town hall,\u201D she told reporters."))
        .containsExactly("We are asking the mayor to open the town hall, | Jane Doe");
  }

  @Test
  void aNameThatCharacterizesSomethingAsTheQuotedWordsSaysThem() {
    assertThat(rendered("Jane Doe, president of the Lindby Parents Fund, criticized the remarks as \u201Cnothing more than "
        + "an attempt to prey on fears.\u201D\n\n"
        + "Speaker Eva Strand rejected it, and Senator Karl Lind, the Democratic leader, denounced the offer as "
        + "\u201Cnot a compromise.\u201D\n\n"
        + "Mr. Holm appears to be the official described in the court document as \u201Cthe high-ranking official.\u201D"))
        .containsExactly("nothing more than an attempt to prey on fears. | Jane Doe", "not a compromise. | Karl Lind",
            "the high-ranking official. | ?");
  }

  @Test
  void aHeadlinesPresentOrAWordBeforeTheQuoteStillGivesTheCharacterizingNameTheWords() {
    assertThat(rendered("Mayor Karl Lind slams council budget as \u2018a gift to landlords\u2019\n\n"
        + "Jane Doe dismissed the protest as loud and \u201Cpart of living in a town.\u201D\n\n"
        + "Eva Strand criticized the plan as being \u201Cwritten in a hurry.\u201D\n\n"
        + "Ana Ruiz praised the bridge as one that shows the town can \u201Cstill build.\u201D"))
        .containsExactly("a gift to landlords | Karl Lind", "part of living in a town. | Jane Doe",
            "written in a hurry. | Eva Strand", "still build. | ?");
  }

  @Test
  void aPronounOfTheOtherSexThanTheLastSpeakerMeansTheLastPersonOfItsSex() {
    assertThat(rendered("Mayor Jane Doe faced a growing backlash on Wednesday over her comments.\n\n"
        + "And Councilman Karl Lind lashed out on the radio, saying the mayor should resign.\n\n"
        + "The veteran mayor had started the storm in an interview.\n\n"
        + "\u201CI can't imagine this town without the bridge,\u201D she said.\n\n"
        + "She doubled down on Monday, telling local radio: \u201CThe council is asleep.\u201D\n\n"
        + "Talk-show host Eva Strand launched a campaign for the bridge.\n\n"
        + "By closing it, she said, the council was \u201Ccutting the town in two.\u201D"))
        .containsExactly("I can't imagine this town without the bridge, | Jane Doe", "The council is asleep. | Jane Doe",
            "cutting the town in two. | Eva Strand");
  }

  @Test
  void aCommaThatClosesTheSubjectsAsideOpensNoInversion() {
    assertThat(rendered("Council member Jane Doe, whose views on the mayor have shifted, said Mayor Karl Lind \u201Cput "
        + "forth a reasonable proposal.\u201D\n\nShe tweeted, \u201CI look forward to voting for it.\u201D"))
        .containsExactly("put forth a reasonable proposal. | Jane Doe", "I look forward to voting for it. | Jane Doe");
  }

  @Test
  void aStateBeforeATitleIsWhereThePersonIsFrom() {
    assertThat(rendered("Ohio Sen. Per Olsen took a positive view of Mayor Karl Lind's deal.\n\n"
        + "He said Lind made \u201Ca very reasonable offer\u201D and urged opponents to work with him."))
        .containsExactly("a very reasonable offer | Per Olsen");
  }

  @Test
  void aQuestionAttributedWithWhereTheSpeakerIsFromAndADescriptionIsHis() {
    assertThat(rendered("\u201CWe cannot spend money we do not have,\u201D Mayor Jane Doe said after the vote.\n\n"
        + "\u201CIs this the best plan the town can offer?\u201D Councilman Karl Lind of Lindby, the opposition leader, "
        + "asked at the meeting."))
        .containsExactly("We cannot spend money we do not have, | Jane Doe", "Is this the best plan the town can offer? | Karl Lind");
  }

  @Test
  void anOrganisationsAgentAfterACommaIsWhomTheNextPronounMeans() {
    assertThat(rendered("\u201CWe stand by our story,\u201D editor Jane Doe wrote.\n\n"
        + "Town lawyer Karl Lind on Friday praised the council.\n\n"
        + "In a statement Saturday, Ledger spokesman Per Holm doubled down on the paper's defense.\n\n"
        + "\u201CWe remain confident in what we reported,\u201D he said."))
        .containsExactly("We stand by our story, | Jane Doe", "We remain confident in what we reported, | Per Holm");
  }

  @Test
  void rulesForSubjectsLeaveOtherPeoplesWordsAlone() {
    // someone else's words the object names
    assertThat(rendered("Jane Doe criticized what Karl Lind described as \u201Ca necessary sacrifice.\u201D"))
        .containsExactly("a necessary sacrifice. | ?");
    // a name in an opening subordinate clause is not the main clause's subject
    assertThat(rendered("After Jane Doe left the meeting, a resident stood up and said the bridge was "
        + "\u201Cthe only good road in town.\u201D"))
        .containsExactly("the only good road in town. | ?");
    // a message received from someone is theirs, not the reader's
    assertThat(rendered("Mayor Jane Doe read aloud a text message she received from Karl Lind on Sunday:\n\n"
        + "\u201CYou will regret this vote.\u201D"))
        .containsExactly("You will regret this vote. | ?");
    // a place after a preposition and "and" makes no couple
    assertThat(rendered("The bill was opposed by senators from Georgia and Karl Lind, a Democrat.\n\n"
        + "\u201CThis bill hands our rivers to private companies,\u201D Lind said."))
        .containsExactly("This bill hands our rivers to private companies, | Karl Lind");
  }

  @Test
  void aStatementThatContinuesIsThePersonsWhoGaveIt() {
    assertThat(rendered("\u201CThe bridge will be built on time,\u201D Mayor Karl Lind said in a statement released by his "
        + "office.\n\n\u201CWe will not waste money,\u201D the statement continued.\n\n"
        + "\u201CThe town must act now,\u201D the statement said."))
        .containsExactly("The bridge will be built on time, | Karl Lind", "We will not waste money, | Karl Lind",
            "The town must act now, | Karl Lind");
    assertThat(rendered("\u201CThe town must act now,\u201D the statement said."))
        .containsExactly("The town must act now, | statement");
  }

  @Test
  void aParticipleOfSayingGivesTheClauseSubjectTheReportedWordsThatFollowIt() {
    assertThat(rendered("Eva Strand later posted an apology, saying she had \u201Cjudged the players too quickly.\u201D"))
        .containsExactly("judged the players too quickly. | Eva Strand");
    assertThat(rendered("Panel member Karl Lind demanded that the mayor resign, saying that the members have \u201Cno "
        + "faith in you.\u201D")).containsExactly("no faith in you. | Karl Lind");
    // another verb of saying between the participle and the quote: its subject's words
    assertThat(rendered("Jane Doe criticized the plan, saying Karl Lind had called it \u201Ca waste of money.\u201D"))
        .containsExactly("a waste of money. | Karl Lind");
  }

  @Test
  void aParticipleOfPromisingOrAdmittingAfterACommaOrADashGivesTheClauseSubjectTheWords() {
    assertThat(rendered("Mayor Eva Strand opened the bridge on Monday, promising a \u201Csummer of repairs.\u201D"))
        .containsExactly("summer of repairs. | Eva Strand");
    assertThat(rendered("Karl Lind defended the budget, while admitting that the cuts \u201Cwent further than we "
        + "planned.\u201D")).containsExactly("went further than we planned. | Karl Lind");
    assertThat(rendered("Jane Doe praised the council \u2014 warning that \u201Cthe money will run out\u201D by May."))
        .containsExactly("the money will run out | Jane Doe");
    // a participle that says nothing leaves the words to nobody, as before
    assertThat(rendered("Mayor Eva Strand closed the bridge on Monday, prompting a \u201Csummer of detours.\u201D"))
        .containsExactly("summer of detours. | ?");
  }

  @Test
  void aTimeAsideBetweenASurnameAndItsVerbKeepsTheParticiplesWordsTheSurnames() {
    // an article that names the mayor only by office and surname
    String met = "Mayor Lind said the meeting with the council was good.\n\n";
    assertThat(rendered(met + "Lind, on Wednesday, reflected on the meeting, saying \u201Cthere was a lot of noise\u201D "
        + "around it.")).containsExactly("there was a lot of noise | Lind");
    assertThat(rendered(met + "Lind, earlier this week, defended the budget, saying \u201Cwe cut what we could.\u201D"))
        .containsExactly("we cut what we could. | Lind");
    // an aside that tells no time leaves the words to nobody, as before
    assertThat(rendered(met + "Lind, unlike the council, defended the budget, saying \u201Cwe cut what we could.\u201D"))
        .containsExactly("we cut what we could. | ?");
  }

  @Test
  void aDescriptionThatRefersBackSpeaksForWhomTheArticleLastHadSpeakWhenOfItsKind() {
    // a person's description after a quote of the same person
    assertThat(rendered("\u201CWe will rebuild the pier,\u201D Karl Lindqvist said.\n\n"
        + "\u201CIt takes years to do it well,\u201D the 52-year-old said.")).containsExactly(
        "We will rebuild the pier, | Karl Lindqvist", "It takes years to do it well, | Karl Lindqvist");
    assertThat(rendered("Sen. Eva Strand spoke in Lindby on Tuesday. \u201CThe town comes first,\u201D she said.\n\n"
        + "The Democratic hopeful said her plan rested on \u201Cthree simple rules.\u201D"))
        .containsExactly("The town comes first, | Eva Strand", "three simple rules. | Eva Strand");
    // a company's description after a sentence the company opens by saying something
    assertThat(rendered("Lindmark said on Thursday that it had recalled its vans.\n\n"
        + "\u201CSafety is our first concern,\u201D the automaker said."))
        .containsExactly("Safety is our first concern, | Lindmark");
    // the article brought the 52-year-old in without a name: not the chief who spoke before
    assertThat(rendered("Police arrested a 52-year-old man on Monday. \u201CHe was calm,\u201D Chief Karl Lind "
        + "said.\n\n\u201CI did nothing wrong,\u201D the 52-year-old said.")).containsExactly(
        "He was calm, | Karl Lind", "I did nothing wrong, | ?");
    // a company's description after a person's quote: not that person
    assertThat(rendered("\u201CWe need the vans back,\u201D Mayor Jane Doe said.\n\n"
        + "\u201CSafety is our first concern,\u201D the automaker said.")).containsExactly(
        "We need the vans back, | Jane Doe", "Safety is our first concern, | ?");
  }

  @Test
  void aDescriptionAfterItsVerbRefersBackAsBeforeIt() {
    assertThat(rendered("Karl Lindqvist won the Lindby Open on Sunday.\n\n"
        + "\u201CI have goosebumps,\u201D said the 29-year-old on the eve of the final.")).containsExactly(
        "I have goosebumps, | Karl Lindqvist");
    assertThat(rendered("Lindmark said on Thursday that it had recalled its vans.\n\n"
        + "\u201CSafety is our first concern,\u201D said the automaker.")).containsExactly(
        "Safety is our first concern, | Lindmark");
    // the subject of reported speech, not the quote's speaker
    assertThat(rendered("Lindmark recalled its vans. Analysts said the automaker \u201Cmoved too late\u201D to act."))
        .containsExactly("moved too late | ?");
  }

  @Test
  void aDescriptionRefersBackOnlyToSomeoneTheSentencesJustBeforeName() {
    // who spoke paragraphs before, with sentences about other things between, is not "the 29-year-old"
    String between = "\u201CMy knee is fine,\u201D Tom Berg said.\n\nThe club plays again on Sunday.\n\n"
        + "The ferry leaves at noon.\n\n";
    assertThat(rendered(between + "\u201CI have goosebumps,\u201D the 29-year-old said.")).containsExactly(
        "My knee is fine, | Tom Berg", "I have goosebumps, | ?");
    assertThat(rendered(between + "\u201CI have goosebumps,\u201D said the 29-year-old.")).containsExactly(
        "My knee is fine, | Tom Berg", "I have goosebumps, | ?");
  }

  @Test
  void aClosingMarkLeftOutBeforeAnAttributionThatOpensTheNextQuote() {
    assertThat(rendered("Eva Strand runs the harbor group. \u201CWe have such a broad membership, Ms. Strand said. "
        + "\u201CSome will not be happy.\u201D")).containsExactly(
        "We have such a broad membership, | Eva Strand", "Some will not be happy. | Eva Strand");
    assertThat(rendered("Karl Lind said the panel had \u201Cgiven me a list of sensible steps. He added: \u201CMy "
        + "starting point is the harbor.\u201D")).containsExactly(
        "given me a list of sensible steps. | Karl Lind", "My starting point is the harbor. | Karl Lind");
    // an opening mark typed as the closing one, before its attribution
    assertThat(rendered("Karl Lind spoke at the pier. \u201CWho can promise you a ferry?\u201C he asked. \u201CNobody can.\u201D"))
        .containsExactly("Who can promise you a ferry? | Karl Lind", "Nobody can. | Karl Lind");
  }

  @Test
  void writingIsAVerbOfSayingLikeSaying() {
    assertThat(rendered("Eva Strand later apologized for her post, writing \u201CI judged the players too quickly.\u201D"))
        .containsExactly("I judged the players too quickly. | Eva Strand");
  }

  @Test
  void anAdverbOfOrderMayStandBetweenTheSpeakerAndTheVerb() {
    assertThat(rendered("At a news conference, Mayor Eva Strand first said she \u201Cchose not to keep\u201D the files."))
        .containsExactly("chose not to keep | Eva Strand");
  }

  @Test
  void aDescriptionMayFollowAPartyTag() {
    assertThat(rendered("In a letter, Rep. Karl Lind (D-Minn.), the panel chairman, said the panel will focus on "
        + "\u201Cthe harbor and the fire.\u201D")).containsExactly("the harbor and the fire. | Karl Lind");
  }

  @Test
  void aPublicationAfterAccordingToCitesAndSpeaksForNobody() {
    assertThat(rendered("In 2015, Eva Strand criticized her predecessor for his \u201Csecrecy,\u201D according to The "
        + "Courier. \u201CWe know about the secret meetings,\u201D she said."))
        .containsExactly("secrecy, | ?", "We know about the secret meetings, | Eva Strand");
  }

  @Test
  void anOfficeOfThreeWordsBeforeANameMakesItTheSubjectAPronounMeans() {
    assertThat(rendered("\u201CThe bridge will join the town,\u201D Mayor Karl Lind said.\n\n"
        + "Tea party activist Tom Berg, who runs a bakery, also criticized the plan.\n\n"
        + "He said the project is \u201Ca waste of money.\u201D"))
        .containsExactly("The bridge will join the town, | Karl Lind", "a waste of money. | Tom Berg");
    assertThat(rendered("\u201CThe bridge will join the town,\u201D Mayor Karl Lind said.\n\n"
        + "Local shop owner Tom Berg also criticized the plan.\n\n"
        + "He said the project is \u201Ca waste of money.\u201D"))
        .containsExactly("The bridge will join the town, | Karl Lind", "a waste of money. | Tom Berg");
  }

  @Test
  void aDescriptionTheArticleGaveSomeoneInAppositionStandsForThatPerson() {
    assertThat(rendered("Eva Strand, the former Lindby mayor, said she was \u201Cdeeply disappointed.\u201D\n\n"
        + "The former Lindby mayor said the claims \u201Cdo not add up.\u201D"))
        .containsExactly("deeply disappointed. | Eva Strand", "do not add up. | Eva Strand");
    // two people so described: the description as written
    assertThat(rendered("Eva Strand, the former Lindby mayor, met Karl Lind, the former Lindby mayor, on Monday.\n\n"
        + "The former Lindby mayor said the claims \u201Cdo not add up.\u201D"))
        .containsExactly("do not add up. | former Lindby mayor");
  }

  @Test
  void aShowAfterThePossessiveOfAnInitialismIsATitleNotAQuote() {
    assertThat(rendered("\u201CIt is a sound plan,\u201D Karl Lind said on KLBS\u2019 \u201CMorning Hour.\u201D"))
        .containsExactly("It is a sound plan, | Karl Lind");
  }

  @Test
  void aQuoteStandingAloneAfterASentenceAboutSomeoneElseIsTheirs() {
    assertThat(rendered("To which the Lindby Harbor Club tweeted: \u201CFinally, a bridge.\u201D\n\n"
        + "Meanwhile, Mayor Karl Lind voiced his support of the bridge at the harbor festival.\n\n"
        + "\u201CAnybody who doubts this bridge should come and see the river.\u201D"))
        .containsExactly("Finally, a bridge. | Lindby Harbor Club",
            "Anybody who doubts this bridge should come and see the river. | Karl Lind");
    // a question naming someone is not whom the answer quotes
    assertThat(rendered("Asked about each candidate, Karl Lind played along.\n\n"
        + "Councilwoman Eva Strand? \u201CStrong,\u201D he said.\n\nCouncilwoman Jane Doe? \u201CA patriot.\u201D"))
        .containsExactly("Strong, | Karl Lind", "A patriot. | Karl Lind");
  }

  @Test
  void wordsAGroupIsSaidToCallSomethingAreTheGroups() {
    assertThat(rendered("Mayor Karl Lind pointed to what aides called \u201Cquiet wards\u201D as the key to the vote."))
        .containsExactly("quiet wards | ?");
  }

  @Test
  void moreWaysOfNamingTheSpeaker() {
    assertThat(rendered("\u201CThe town deserves a bridge,\u201D tweeted former Transport Secretary Eva Strand."))
        .containsExactly("The town deserves a bridge, | Eva Strand");
    assertThat(rendered("Mayor Karl Lind had backed the plan.\n\nAdded Lind: \u201CThe council will regret this.\u201D"))
        .containsExactly("The council will regret this. | Karl Lind");
    assertThat(rendered("It was a similar call from Councilwoman Eva Strand, who tweeted that \u201Cthe bridge must be "
        + "built.\u201D")).containsExactly("the bridge must be built. | Eva Strand");
    assertThat(rendered("Capt. Karl B. Lind of the Lindby Harbor Patrol said they had reached \u201Ca turning point.\u201D"))
        .containsExactly("a turning point. | Karl B. Lind");
    assertThat(rendered("Councilman Karl Lind (R-Iowa), tweeted on Friday \u201CThe bridge plan is dead.\u201D"))
        .containsExactly("The bridge plan is dead. | Karl Lind");
    assertThat(rendered("Karl Lind, the outgoing chairman, just told reporters that the plan \u201Cwould increase the "
        + "risk.\u201D")).containsExactly("would increase the risk. | Karl Lind");
    assertThat(rendered("Eva Strand demanded the mayor \u201Crelease the full harbor audit.\u201D"))
        .containsExactly("release the full harbor audit. | Eva Strand");
    assertThat(rendered("Councilwoman Eva Strand expressed \u201Cgreat admiration\u201D for the mayor, and Councilman "
        + "Karl Lind (R-Iowa), said he would be \u201Coverjoyed\u201D if the plan passed."))
        .containsExactly("great admiration | Eva Strand", "overjoyed | Karl Lind");
    // the chief of a body speaks, not the body
    assertThat(rendered("Karl Lind, the head of The Harbor Society of the United Towns, said he was \u201Cgrateful.\u201D"))
        .containsExactly("grateful. | Karl Lind");
  }

  @Test
  void aLongDescriptionOpeningWithAnArticleStandsBetweenTheNameAndTheVerb() {
    assertThat(rendered("Jane Doe, a longtime member of the Lindby Harbor Association and an adviser to the water board "
        + "under Mayor Karl Lind, said the closure would be \"a real blow to the fishing families.\""))
        .containsExactly("a real blow to the fishing families. | Jane Doe");
  }

  @Test
  void aConjunctionOpeningTheSentenceIsNoSpeakerAndAnOccupationIsNoPartOfTheName() {
    assertThat(rendered("When asked whether she would tour this year, the singer said, \"I need a long rest first.\""))
        .noneMatch(q -> q.endsWith("| When"));
    assertThat(rendered("Singer Eva Strand has died at 85.\n\n\"I never wanted to be famous,\" Strand said in 1998."))
        .containsExactly("I never wanted to be famous, | Eva Strand");
  }

  @Test
  void aNameAfterThoughSaysSomethingElse() {
    assertThat(rendered("Defense lawyers objected to the video as \"deeply unfair,\" though Judge Eva Strand said jurors "
        + "could watch part of it.")).containsExactly("deeply unfair, | ?");
    // a speaker named before the concession still speaks
    assertThat(rendered("\"It is deeply unfair,\" Karl Lind said, though the judge let the jurors watch it."))
        .containsExactly("It is deeply unfair, | Karl Lind");
  }

  @Test
  void aRelativeWhoSpeaksAfterTheLastSpeakerIsNotTheLastSpeaker() {
    // "she" is the mother, whom the article does not name: nobody it names, not the prosecutor quoted before
    assertThat(rendered("Tom Berg was sentenced on Friday.\n\n\"Justice was done today,\" prosecutor Eva Strand said.\n\n"
        + "As she arrived at the courthouse, Berg's mother spoke briefly.\n\n\"We just want to be left alone,\" she said."))
        .containsExactly("Justice was done today, | Eva Strand", "We just want to be left alone, | ?");
    assertThat(rendered("Tom Berg was sentenced on Friday.\n\n\"Justice was done today,\" prosecutor Eva Strand said.\n\n"
        + "Berg's mother spoke briefly.\n\n\"We just want to be left alone,\" she said."))
        .containsExactly("Justice was done today, | Eva Strand", "We just want to be left alone, | ?");
  }

  @Test
  void anAttorneyNamedAfterSaidMayBeOfABody() {
    assertThat(rendered("\"They are just making it up,\" said attorney Eva Strand of the Lindby Law Center, which "
        + "filed the suit.")).containsExactly("They are just making it up, | Eva Strand");
  }

  @Test
  void aLongOfficeBeforeANameWithAnInitialAndASuffixKeepsTheWholeName() {
    assertThat(rendered("\"The board takes shots at everything,\" said House Resources Committee Chairman Karl J. Lind II."))
        .containsExactly("The board takes shots at everything, | Karl J. Lind II");
  }

  @Test
  void aStatementFromANamedBodySaysItsWords() {
    assertThat(rendered("A statement from Lindby Bakeries said: \"Damage to the building is extensive.\""))
        .containsExactly("Damage to the building is extensive. | Lindby Bakeries");
    // a spokesman from it is somebody else, and a lawsuit from two towns is neither town's alone
    assertThat(rendered("A spokesman from Lindby Bakeries said: \"Damage to the building is extensive.\""))
        .noneMatch(q -> q.endsWith("| Lindby Bakeries"));
    assertThat(rendered("The lawsuit from Lindby and Norrby, where the plant is banned, argues that it \"created a "
        + "dangerous gap.\"")).noneMatch(q -> q.endsWith("| Norrby"));
  }

  @Test
  void theReverendOfAChurchSpeaksNotTheChurch() {
    assertThat(rendered("\"We have no idea who started it,\" the Rev. Karl Lind of the Lindby Chapel said Saturday."))
        .containsExactly("We have no idea who started it, | Karl Lind");
    assertThat(rendered("\"We have no idea who started it,\" the Reverend Karl Lind of the Lindby Chapel told reporters."))
        .containsExactly("We have no idea who started it, | Karl Lind");
  }

  @Test
  void aPersonIntroducedAfterAnOpeningPhraseIsWhomHeMeans() {
    String before = "\u201CThe town will run out of money,\u201D Mayor Karl Lind said.\n\n";
    assertThat(rendered(before + "On Wednesday, Rob Vos, a former town treasurer, offered a calmer view.\n\n"
        + "\u201CThe wait would not cause a crisis,\u201D he said."))
        .containsExactly("The town will run out of money, | Karl Lind", "The wait would not cause a crisis, | Rob Vos");
    assertThat(rendered(before + "It was not a threat, but outgoing senior budget adviser Rob Vos offered a grim view.\n\n"
        + "\u201CThe town will flood,\u201D he told reporters."))
        .containsExactly("The town will run out of money, | Karl Lind", "The town will flood, | Rob Vos");
    assertThat(rendered("\u201CThe vote was fair,\u201D Karl Lind said.\n\n"
        + "In a statement later in the day, the town treasurer, Eva Strand, questioned the vote.\n\n"
        + "\u201CI find it very disturbing,\u201D she said."))
        .containsExactly("The vote was fair, | Karl Lind", "I find it very disturbing, | Eva Strand");
    assertThat(rendered("Eric Moss, the lawyer representing Lind's campaign, confirmed the letter.\n\n"
        + "\u201CWe intend to cooperate,\u201D he said."))
        .containsExactly("We intend to cooperate, | Eric Moss");
  }

  @Test
  void aBrandWithALowerCasePrefixIsNoNameAndALongFormerDescriptionStandsBeforeTheVerb() {
    assertThat(rendered("\"Having pupils in the room matters for learning,\" Dr. Jane Doe, former head of the Nordic "
        + "Teachers Union and current chief of health startup, eCare, told the Lindby Post."))
        .containsExactly("Having pupils in the room matters for learning, | Jane Doe");
    assertThat(rendered("\"Having pupils in the room matters for learning,\" Dr. Jane Doe, former head of the Nordic "
        + "Teachers Union and current chief executive and co-founder of the health startup, eCare, told the Lindby "
        + "Post."))
        .containsExactly("Having pupils in the room matters for learning, | Jane Doe");
    // a brand alone names nobody, nor the rest of it
    assertThat(rendered("\"Having pupils in the room matters for learning,\" the startup eCare told the Lindby Post."))
        .noneMatch(q -> q.endsWith("| Care"));
  }

  @Test
  void aSurnameWithItsParticleJoinedOnStaysWhole() {
    assertThat(rendered("Former Lindby prosecutor Karl diMarco blasted the delay as \"outrageous.\"\n\n"
        + "\"I am appalled that the council would stall the vote,\" diMarco, who has advised the mayor for years, told the"
        + " Lindby Gazette.\n\nDiMarco likened the delay to a raid.\n\n\"This was designed to stall,\" he said."))
        .containsExactly("outrageous. | Karl diMarco", "I am appalled that the council would stall the vote, | Karl diMarco",
            "This was designed to stall, | Karl diMarco");
    // the surname written alone, with no full name before it
    assertThat(rendered("\"We will reopen the pier,\" vanKirk told the Lindby Gazette."))
        .containsExactly("We will reopen the pier, | vanKirk");
    // a particle written apart, and a brand's one-letter prefix, as before
    assertThat(rendered("\"We will reopen the pier,\" Mayor Eva van Kirk told the Lindby Gazette."))
        .containsExactly("We will reopen the pier, | Eva van Kirk");
    assertThat(rendered("\"We will reopen the pier,\" the startup eHarbor told the Lindby Gazette."))
        .noneMatch(q -> q.endsWith("| Harbor"));
  }

  @Test
  void wordsChargedByAJointSubjectHaveNoSingleSpeaker() {
    assertThat(rendered("Eva Strand and three fellow rowers offered painful testimony to the Lindby council on"
        + " Wednesday, describing the neglect they suffered at the docks and charging the board \u201Cturned a blind"
        + " eye\u201D as the piers rotted.")).containsExactly("turned a blind eye | ?");
    // one subject: hers
    assertThat(rendered("Eva Strand offered painful testimony to the Lindby council on Wednesday, describing the"
        + " neglect she suffered at the docks and charging the board \u201Cturned a blind eye\u201D as the piers"
        + " rotted.")).containsExactly("turned a blind eye | Eva Strand");
  }

  @Test
  void aLongTitledNameFromAStateIsNotCutAtItsTitle() {
    assertThat(rendered("\"I spoke with the governor this afternoon, and he ended our talks,\" said Republican Sen. Eva "
        + "Moore Strand of West Lindby, who had led the talks."))
        .containsExactly("I spoke with the governor this afternoon, and he ended our talks, | Eva Moore Strand");
    assertThat(rendered("\"The governor ended our talks,\" tweeted Republican Sen. Eva Moore Strand of West Lindby, who "
        + "had led the talks.")).containsExactly("The governor ended our talks, | Eva Moore Strand");
  }

  @Test
  void aBodyNamedByItsOfficeIsTheBodyNotAnotherBodysSurname() {
    assertThat(rendered("The Justice Department told the Harbor Department that it \"must\" hand over the ferry records."
        + "\n\n\"The audit panel has given sufficient reasons for asking for the ferry records.\""))
        .containsExactly("must | Justice Department",
            "The audit panel has given sufficient reasons for asking for the ferry records. | Justice Department");
    assertThat(rendered("The Justice Department told the Harbor Office that it \"must\" hand over the ferry records."))
        .containsExactly("must | Justice Department");
    // a body whose name opens with "X and Y" is named whole, not from its second half
    assertThat(rendered("Separately, the Health and Human Services Department said Thursday that the rule would change, "
        + "\"clarifying that every spouse has equal coverage.\"")).containsExactly(
            "clarifying that every spouse has equal coverage. | Health and Human Services Department");
  }

  @Test
  void wordsQuotedInAnOpeningParticipleAreTheSubjectsNotThoseOfWhoeverReportsTheSentence() {
    assertThat(rendered("After calling the council's decision a \"slap in the face,\" Mayor Karl Lind on Thursday "
        + "canceled a dinner at the town hall, a local report says."))
        .containsExactly("slap in the face, | Karl Lind");
    // a group as the subject names no one, and the report does not speak them either
    assertThat(rendered("After calling the council's decision a \"slap in the face,\" Lindby officials on Thursday "
        + "canceled a dinner at the town hall, a local report says.")).containsExactly("slap in the face, | ?");
    assertThat(rendered("After calling the council's decision a \"slap in the face,\" Lindby officials on Thursday "
        + "canceled a dinner at the town hall, Mayor Karl Lind said.")).containsExactly("slap in the face, | ?");
    assertThat(rendered("Declaring that the town must \"get this done,\" Mayor Karl Lind opened the harbor summit."))
        .containsExactly("get this done, | Karl Lind");
  }

  @Test
  void callingForSomethingOrTellingOthersToDoItAfterAnotherVerbOfTheSubjectSaysIt() {
    assertThat(rendered("Mayor Karl Lind visited the flooded harbor Friday in Lindby, after weeks of pressure from the "
        + "council, and called for an end to the political \"blame game\" over who is at fault for the flooding."))
        .containsExactly("blame game | Karl Lind");
    assertThat(rendered("Mayor Eva Strand directed a fast pace, telling her staff to \"finish the bridge by May.\""))
        .containsExactly("finish the bridge by May. | Eva Strand");
  }

  @Test
  void theOneWhoSaysAnotherShouldNotHaveUsedTheWordsDoesNotSayThem() {
    assertThat(rendered("Dr. Jane Doe told podcaster Karl Lind on Tuesday that the Lindby Gazette should not have "
        + "referred to the remedy he took as \"goat tonic\" in its coverage of his illness."))
        .containsExactly("goat tonic | Lindby Gazette");
    assertThat(rendered("Dr. Jane Doe admitted to podcaster Karl Lind on Tuesday that it was wrong for the Lindby "
        + "Gazette to claim Lind took \"goat tonic\" for his illness.")).containsExactly("goat tonic | Lindby Gazette");
    // one not named: nobody
    assertThat(rendered("Dr. Jane Doe told podcaster Karl Lind on Tuesday that the paper should not have referred to "
        + "the remedy he took as \"goat tonic\" in its coverage.")).containsExactly("goat tonic | ?");
    assertThat(rendered("Dr. Jane Doe admitted to podcaster Karl Lind that it was improper for the paper to claim he "
        + "took \"goat tonic\" for his illness.")).containsExactly("goat tonic | ?");
    // two people who used the words are no one speaker
    assertThat(rendered("In their remarks on Sunday, both Jane Doe and Karl Lind referred to the fire as an \"act of "
        + "terror.\"")).containsExactly("act of terror. | ?");
  }

  @Test
  void wordsADescriptionPortraysSomethingAsAreNotTheReportersWords() {
    // the campaign's words, not those of the host who asked about them
    assertThat(rendered("Talk-show host Jane Roe asked Karl Lind after the speech whether the old ferry might make him "
        + "look dated at a time when Karl Lind's campaign portrays other harbor leaders as \"stuck in the past.\""))
        .containsExactly("stuck in the past. | ?");
    assertThat(rendered("Talk-show host Jane Roe asked Karl Lind whether his campaign describes other U.N. envoys as "
        + "\"stuck in the past.\"")).containsExactly("stuck in the past. | ?");
    // the person named portrays it so: his words
    assertThat(rendered("Talk-show host Jane Roe asked Karl Lind about the ferry, which Mayor Eva Strand portrays to "
        + "voters as \"stuck in the past.\"")).containsExactly("stuck in the past. | Eva Strand");
    // the host's own question stays hers
    assertThat(rendered("Talk-show host Jane Roe asked Karl Lind after the speech whether the ferry was \"stuck in "
        + "the past.\"")).containsExactly("stuck in the past. | Jane Roe");
  }

  @Test
  void wordsCreditedWithoutAVerbOfSayingAreTheirs() {
    assertThat(rendered("After all, the ferry is supposedly (to use Mayor Karl Lind's words) \"out of whack\" because of "
        + "its old engines.")).containsExactly("out of whack | Karl Lind");
    assertThat(rendered("In the words of Karl Lind, the plan is \"dead in the water.\""))
        .containsExactly("dead in the water. | Karl Lind");
    // "as she put it" speaks for the one named before, and so does the "she" after it
    assertThat(rendered("Critics argue the harbor cable was urgent. As Sen. Jane Doe, D-Vt., put it, \"Lindby has to be "
        + "one of the busiest ports in the state.\" She claimed that the delay \"really cost these workers their jobs.\""))
        .containsExactly("Lindby has to be one of the busiest ports in the state. | Jane Doe",
            "really cost these workers their jobs. | Jane Doe");
    // "in other words" credits nobody: the speaker is who said them
    assertThat(rendered("In other words, the ferry is \"out of whack,\" Jane Doe said."))
        .containsExactly("out of whack, | Jane Doe");
  }

  @Test
  void aCommonNounOpeningTheSentenceIsNoName() {
    // a word the article writes in lower case elsewhere, as it is or in the singular
    assertThat(rendered("Records indicated that the mayor had \"no plan at all\" for the harbor. The harbor board kept "
        + "no record of the talks.")).containsExactly("no plan at all | ?");
    assertThat(rendered("Polls indicated that voters were \"tired of the fight.\" Two polls were taken in May."))
        .containsExactly("tired of the fight. | ?");
    // a group that no name stands for
    assertThat(rendered("Economists said the new ferry would \"never pay for itself.\""))
        .containsExactly("never pay for itself. | ?");
    // a surname opening the sentence stays a name, also one ending in "s", and a medium's name
    assertThat(rendered("Lind said the new ferry would \"never pay for itself.\""))
        .containsExactly("never pay for itself. | Lind");
    assertThat(rendered("Karl Jones runs the ferry. Jones said it would \"never pay for itself.\""))
        .containsExactly("never pay for itself. | Karl Jones");
    assertThat(rendered("Lindbyos adds that \"ferry fares rose faster than in any year since the war.\""))
        .containsExactly("ferry fares rose faster than in any year since the war. | Lindbyos");
  }

  @Test
  void aPartysMembersAreNoOneSpeaker() {
    assertThat(rendered("The two top harbor Republicans said Wednesday that fare hikes are a \"red line\" in the talks."))
        .containsExactly("red line | ?");
    assertThat(rendered("Karl Lind, a harbor Republican, said Wednesday that fare hikes are a \"red line\" in the talks."))
        .containsExactly("red line | Karl Lind");
  }

  @Test
  void aParticipleAfterACommaSpeaksForItsClausesSubject() {
    // not the name right before the comma: the clause's subject claims it
    assertThat(rendered("Mayor Jane Doe has often faulted the council for taking no firm stance against Lindby Ferries, "
        + "claiming that it has \"sold out the harbor.\"")).containsExactly("sold out the harbor. | Jane Doe");
    // calling something by the words, as "he" whom the article named before
    assertThat(rendered("Karl Lind spoke on Monday. On Friday he restated his regret over the toast, calling it "
        + "\"a grave lapse.\"")).containsExactly("a grave lapse. | Karl Lind");
    // a name that opens its clause is the participle's subject
    assertThat(rendered("The vote was close. Jane Doe, claiming the harbor was \"sold out,\" left the council."))
        .containsExactly("sold out, | Jane Doe");
  }

  @Test
  void aSpeakerShownSayingItInARecordingSaysIt() {
    assertThat(rendered("The ad opens on the harbor. \"Every day the ferry waits, the town loses money,\" Mayor Karl "
        + "Lind is shown saying.")).containsExactly("Every day the ferry waits, the town loses money, | Karl Lind");
  }

  @Test
  void aStateAndAPartyBeforeANameDescribeThePerson() {
    assertThat(rendered("The panel's chair, the hawkish Vermont Democrat Jane Doe, pulled no punches. \"The plan was "
        + "fatally flawed,\" Doe told the council.")).containsExactly("The plan was fatally flawed, | Jane Doe");
    // a state before a title, as before
    assertThat(rendered("The panel's chair, Vermont Sen. Jane Doe, pulled no punches. \"The plan was fatally flawed,\" "
        + "Doe told the council.")).containsExactly("The plan was fatally flawed, | Jane Doe");
  }

  @Test
  void wordsSomeoneReferredToSomethingAsAreTheirs() {
    assertThat(rendered("It's a date that former council adviser Karl Lind once referred to as a \"greeting-card "
        + "holiday.\"")).containsExactly("greeting-card holiday. | Karl Lind");
    assertThat(rendered("The Lindby Gazette referred to her as a \"reckless councilwoman.\""))
        .containsExactly("reckless councilwoman. | Lindby Gazette");
  }

  @Test
  void aPersonTheArticleDoesNotNameSpeaksAsWritten() {
    assertThat(rendered("\"Stop telling me this is about safety,\" said a commuter who was stopped at the barrier on her "
        + "way to work. \"We were never asked.\""))
        .containsExactly("Stop telling me this is about safety, | a commuter", "We were never asked. | a commuter");
    assertThat(rendered("\"Stop telling me this is about safety,\" a resident said.")).containsExactly(
        "Stop telling me this is about safety, | a resident");
    assertThat(rendered("\"Stop telling me this is about safety,\" said a Lindbyer who was confronted at the bridge."))
        .containsExactly("Stop telling me this is about safety, | a Lindbyer");
    // not a day, and not the object of someone else's clause
    assertThat(rendered("\"The bridge is safe,\" said a day later Mayor Karl Lind."))
        .noneMatch(q -> q.contains("| a day"));
    assertThat(rendered("The man who pushed a resident said it was \"an accident.\""))
        .containsExactly("an accident. | ?");
  }

  @Test
  void aBodyNamedOnlyToSayWhoseOfficialSpokeIsNotTheSpeaker() {
    assertThat(rendered("The harbor will close for a \"six-week repair,\" according to a senior administration "
        + "official.")).containsExactly("six-week repair, | ?");
    assertThat(rendered("The bill is \"dead on arrival,\" according to two committee aides who attended."))
        .containsExactly("dead on arrival, | ?");
    // the body itself still speaks
    assertThat(rendered("The harbor will close for a \"six-week repair,\" according to the administration."))
        .containsExactly("six-week repair, | administration");
  }

  @Test
  void wordsSomeonePointedOutAreTheirs() {
    assertThat(rendered("Jane Doe pointed out that the harbor wall is \"older than the town.\""))
        .containsExactly("older than the town. | Jane Doe");
    assertThat(rendered("\"The wall will hold,\" Karl Lind points out."))
        .containsExactly("The wall will hold, | Karl Lind");
  }

  @Test
  void wordsSomeoneConfirmedAreTheirs() {
    assertThat(rendered("\"The bridge will stay shut until May,\" Mayor Karl Lind confirmed on Tuesday."))
        .containsExactly("The bridge will stay shut until May, | Karl Lind");
    assertThat(rendered("Harbor director Eva Strand confirmed that the repairs are \"well behind schedule.\""))
        .containsExactly("well behind schedule. | Eva Strand");
    assertThat(rendered("The ferry now runs \"twice an hour,\" spokesman Jon Berg confirms."))
        .containsExactly("twice an hour, | Jon Berg");
  }

  @Test
  void aPresentTenseVerbRightAfterAQuoteNamesTheSpeakerAfterIt() {
    assertThat(rendered("\"The harbor wall is older than the town,\" warns Eva Strand of the Lindby Institute.\n\n"
        + "\"We can wait one more winter,\" argues Mayor Karl Lind."))
        .containsExactly("The harbor wall is older than the town, | Eva Strand", "We can wait one more winter, | Karl Lind");
    // not right after a quote, the name is the verb's object
    assertThat(rendered("Jane Doe warns Karl Lind that the wall is \"older than the town.\""))
        .containsExactly("older than the town. | Jane Doe");
  }

  @Test
  void anOfficeWithItsFieldInLowerCaseBeforeTheNameAfterSaid() {
    assertThat(rendered("\"Demand for ferries is surging,\" said Lindby Harbor Office director of planning Karl Lind.\n\n"
        + "\"We will hire more crews,\" said head of operations Eva Strand on Monday."))
        .containsExactly("Demand for ferries is surging, | Karl Lind", "We will hire more crews, | Eva Strand");
  }

  @Test
  void aPartyTagInParenthesesAfterTheSubjectKeepsItTheSpeakerOfALaterVerb() {
    assertThat(rendered("Rep. Anna Berg (R-Lindby) on Monday apologized for the remark, declaring that \"there is no "
        + "comparison\" between the two."))
        .containsExactly("there is no comparison | Anna Berg");
    assertThat(rendered("Karl Lind (D-Lindby) visited the bridge and said it was \"the only good road in town.\""))
        .containsExactly("the only good road in town. | Karl Lind");
    assertThat(rendered("Karl Lind (R) visited the bridge and said it was \"the only good road in town.\""))
        .containsExactly("the only good road in town. | Karl Lind");
  }

  @Test
  void aPartyTagWrittenWithAPeriodAndACommaKeepsTheSpeaker() {
    // "(D., N.Y.)" is how some papers write "(D-N.Y.)": the name before it still says the words
    assertThat(rendered("Rep. Karl Strand (D., N.Y.) told reporters: \u201CIt is too late.\u201D"))
        .containsExactly("It is too late. | Karl Strand");
    assertThat(rendered("Sen. Eva Lind (R., Ore.) said Monday a \u201Cserious budget problem\u201D would not change "
        + "her party's plan."))
        .containsExactly("serious budget problem | Eva Lind");
    assertThat(rendered("\u201CWe will fix the law,\u201D said Sen. Anna Berti (R., New York), who wrote the bill."))
        .containsExactly("We will fix the law, | Anna Berti");
    assertThat(rendered("Sen. Jon Berg (R., Texas) and Sen. Ana Ruiz (D., Ill.) introduced a bill on Tuesday.\n"
        + "\"This is a bill that will save lives,\" the Republican senator said."))
        .containsExactly("This is a bill that will save lives, | Jon Berg");
  }

  @Test
  void aHeadlineGivesWordsInStraightSingleMarksAfterAColon() {
    String body = "\n\nMayor Jane Doe and union leader Karl Lind argued over the harbor plan on Monday.\n"
        + "The council will vote on the plan next month.";
    assertThat(rendered("Jane Doe to Lindby Council: 'We will not back down'" + body))
        .containsExactly("We will not back down | Jane Doe");
    assertThat(rendered("Jane Doe fires back at council: 'Every delay on this bridge' is their fault" + body))
        .containsExactly("Every delay on this bridge | Jane Doe");
    // an apostrophe after a colon opens nothing
    assertThat(quotes("Harbor notes: the players' union met on Monday." + body)).isEmpty();
  }

  @Test
  void wordsSomeoneRevealedAreTheirsWhenTheVerbComesFirst() {
    assertThat(rendered("Harbor director Eva Strand revealed that the town is \"in daily contact with the port.\""))
        .containsExactly("in daily contact with the port. | Eva Strand");
    assertThat(rendered("Fishers protested after Mayor Karl Lind revealed the town will work with the port to flag"
        + " \"unsafe\" boats that \"ignore the rules\" in the bay."))
        .containsExactly("unsafe | Karl Lind", "ignore the rules | Karl Lind");
    // after the quote, "revealed" names the source that made it public, not the speaker
    assertThat(rendered("Karl Lind wrote to Eva Strand early in the flood, vowing to \"get through this together,\""
        + " a new report revealed Tuesday.")).containsExactly("get through this together, | Karl Lind");
  }

  @Test
  void coordinatedCallAfterARestrictiveClauseClosedByACommaIsTheSubjects() {
    assertThat(rendered("Jane Doe, in a speech on the eve of the fair, praised the spirit that the volunteers showed"
        + " after the flood, and called trust the \"greatest asset\" of Lindby."))
        .containsExactly("greatest asset | Jane Doe");
    // a relative clause about someone else that runs into the verb: the words are not the sentence subject's
    assertThat(rendered("Eva Strand hugged Anna Berg, who thanked her and said the fair was \"the best in years.\""))
        .doesNotContain("the best in years. | Eva Strand");
  }

  @Test
  void aLongAsideOfTimeOrPlaceBetweenCommasKeepsTheSubject() {
    assertThat(rendered("Mayor Jane Doe paid tribute to the volunteers on Friday.\n\nDoe, in remarks to the town on the"
        + " eve of the 20th anniversary, praised the spirit that the volunteers showed after the flood, and called trust"
        + " the \"greatest asset\" of Lindby."))
        .containsExactly("greatest asset | Jane Doe");
  }

  @Test
  void aQuoteInStraightMarksInsideAQuoteInStraightMarksIsPartOfIt() {
    // an outlet that types only straight marks nests a quoted word in them too: the word does not end the quotation
    assertThat(rendered("\"The harbor fee is low,\" the Lindby Courier said. \"That is called \"fair,\" and it is "
        + "what every town of the coast asks.\"\n\n"
        + "\"By raising a fee she once called a \"gift to the town,\" Eva Strand shows why voters do not trust her,\" "
        + "Karl Lind said in a statement."))
        .containsExactly("The harbor fee is low, | Lindby Courier",
            "That is called \"fair,\" and it is what every town of the coast asks. | Lindby Courier",
            "By raising a fee she once called a \"gift to the town,\" Eva Strand shows why voters do not trust her, "
                + "| Karl Lind");
  }

  @Test
  void aLongQuoteAfterASubjectOfItsOwnDoesNotGoOnWithTheLastSpeaker() {
    // the quoted words fill most of the sentence, but Lind, not the chief of staff quoted before, opens it
    assertThat(rendered("Harbor Chief Karl Lind resigned on Friday.\n\n\"He is waiting on the advice of counsel,\""
        + " Eva Strand, Lind's chief of staff, told the Ledger at the time.\n\nLind thanked the town for \"ten good years"
        + " of work on the harbor, the piers, the schools, the roads and the old mill.\""))
        .doesNotContain("ten good years of work on the harbor, the piers, the schools, the roads and the old mill. "
            + "| Eva Strand");
    // a quote alone that opens its sentence still goes on with the last speaker, whatever name it holds
    assertThat(rendered("\"We will rebuild every pier in the harbor,\" Mayor Jane Doe said on Tuesday. \"Karl Lind"
        + " knows it and agrees with every word of it, and so does the whole council.\""))
        .containsExactly("We will rebuild every pier in the harbor, | Jane Doe",
            "Karl Lind knows it and agrees with every word of it, and so does the whole council. | Jane Doe");
  }

  @Test
  void wordsGivenInTheSubjectsOwnStatementAreTheirs() {
    assertThat(rendered("Lindby Mayor Jane Doe on Tuesday backed the harbor plan.\n\nIn a statement Wednesday,"
        + " former Mayor Karl Lind praised Doe, who served as his deputy, as a \"faithful steward of the town.\""))
        .containsExactly("faithful steward of the town. | Karl Lind");
    assertThat(rendered("Karl Lind, a former mayor and a close ally of Jane Doe, issued a statement calling the plan"
        + " \"a steep price\" but saying the mayor was \"right to choose the fishermen.\""))
        .containsExactly("a steep price | Karl Lind", "right to choose the fishermen. | Karl Lind");
    assertThat(rendered("Harbor Chief Karl Lind resigned on Friday.\n\n\"He is waiting on the advice of counsel,\""
        + " Eva Strand, Lind's chief of staff, told the Ledger at the time.\n\nIn his resignation statement, Lind"
        + " reflected on his years spent working to \"make the harbor safer and cleaner, cut town spending, rebuild the"
        + " old piers and reduce the debt.\""))
        .contains("make the harbor safer and cleaner, cut town spending, rebuild the old piers and reduce the debt. "
            + "| Karl Lind");
    // a statement from someone else, another subject after the statement, a letter that names its reader after a comma
    assertThat(rendered("Karl Lind's campaign on Friday released a statement from his doctor declaring he is in"
        + " \"excellent physical condition.\"")).containsExactly("excellent physical condition. | ?");
    assertThat(rendered("Mayor Jane Doe spoke on Thursday morning.\n\nKarl Lind issued a statement Thursday afternoon"
        + " thanking Doe for a statement she issued that morning \"clarifying\" her remarks."))
        .containsExactly("clarifying | ?");
    assertThat(rendered("Mayor Jane Doe backed the plan.\n\nIn a letter signed by the members of the council,"
        + " delivered to the mayor, Jane Doe, and read out by the harbor chief, Karl Lind, the council vowed to block"
        + " \"any new pier until the harbor is dredged.\""))
        .containsExactly("any new pier until the harbor is dredged. | ?");
    // words the statement gives to another: the person criticised, quoted or answered, or a body's own statement
    assertThat(rendered("Mayor Karl Lind spoke on Monday.\n\nIn a statement, Jane Doe criticized Lind for calling the"
        + " harbor plan \"a gift to the town.\"")).containsExactly("a gift to the town. | ?");
    assertThat(rendered("Mayor Karl Lind spoke on Monday.\n\nIn her letter, Jane Doe quoted Lind as calling the plan"
        + " \"a gift to the town.\"")).containsExactly("a gift to the town. | ?");
    assertThat(rendered("Mayor Karl Lind spoke on Monday.\n\nJane Doe issued a statement Monday after the Lindby"
        + " council called the plan \"a gift to the town.\"")).containsExactly("a gift to the town. | ?");
    assertThat(rendered("Mayor Karl Lind spoke on Monday.\n\nJane Doe praised the council, which issued a statement"
        + " calling the plan \"a gift to the town.\"")).containsExactly("a gift to the town. | ?");
  }

  @Test
  void aHeadlineNamesItsSpeakerBySurnameWhenTheArticleGivesOnlyAnOffice() {
    // the article names him only "Mayor Lind", as it names him in the body's quotes
    assertThat(rendered("Lind: 'We will not back down' on the harbor plan\n\nMayor Lind on Monday defended the harbor"
        + " plan after a week of protests.")).containsExactly("We will not back down | Lind");
    assertThat(rendered("Lind snaps at reporter over harbor question: 'You are in the wrong business'\n\nMayor Lind"
        + " snapped at a reporter at the end of a press conference on Monday."))
        .containsExactly("You are in the wrong business | Lind");
    // a place, and a surname the article never writes after a title or an office, name no speaker
    assertThat(rendered("Lindby: 'We will rebuild every pier'\n\nMayor Lind on Monday defended the harbor plan after"
        + " a week of protests in Lindby.")).containsExactly("We will rebuild every pier | ?");
    assertThat(rendered("Lind: 'We will not back down' on the harbor plan\n\nLind on Monday defended the harbor plan"
        + " after a week of protests.")).containsExactly("We will not back down | ?");
  }

  @Test
  void sheSaidAfterAPersonNamedOnlyByOfficeOrCourtesyTitleAndSurname() {
    // the article never writes her given name: "Mayor Doe" is whom the next "she said" means
    assertThat(rendered("Lindby warns of floods\n\nMayor Doe, on her first visit to the harbor since taking office,"
        + " issued a stark warning on Monday.\n\n\u201CDo not stay near the river,\u201D she said at a news"
        + " conference.")).containsExactly("Do not stay near the river, | Doe");
    assertThat(rendered("Lindby warns of floods\n\nMs. Doe issued a stark warning on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D she said.")).containsExactly("Do not stay near the river, | Doe");
    assertThat(rendered("Lindby warns of floods\n\nDeputy Mayor Doe met residents on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D he said.")).containsExactly("Do not stay near the river, | Doe");
    // not a man for "she", nor a surname after words that are no office ("Saying President Doe was late")
    assertThat(rendered("Lindby warns of floods\n\nMr. Doe issued a stark warning on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D she said.")).containsExactly("Do not stay near the river, | ?");
    assertThat(rendered("Lindby warns of floods\n\nResidents met President Doe on Monday. Saying President Doe was"
        + " late, they left.\n\n\u201CDo not stay near the river,\u201D he said."))
        .containsExactly("Do not stay near the river, | ?");
  }

  @Test
  void aPronounThatAsksInAClauseAfterTheMainClauseIsNotItsSubject() {
    // the question is put to the mayor: whoever asks it is someone else, known or not
    assertThat(rendered("Lindby walkout\n\nMayor Doe snapped at a reporter on Monday after she asked why he was"
        + " \u201Cconfident\u201D about the vote.")).containsExactly("confident | ?");
    assertThat(rendered("Lindby walkout\n\nMayor Doe walked out of the meeting on Monday after he asked whether she"
        + " was \u201Cready\u201D for the vote.")).containsExactly("ready | ?");
    assertThat(rendered("Lindby walkout\n\nMayor Jane Doe walked out of the meeting on Monday when he asked whether"
        + " she was \u201Cready\u201D for the vote.")).containsExactly("ready | ?");
    // a pronoun that says, not asks, in such a clause is still the subject's
    assertThat(rendered("Lindby walkout\n\nMayor Doe walked out of the meeting on Monday after she said she was"
        + " \u201Ctired\u201D of the vote.")).containsExactly("tired | Doe");
  }

  @Test
  void aPronounThatRecountsSomethingElseInALaterClauseDoesNotSpeakTheWordsQuotedBeforeIt() {
    // the clause after the quotes tells what she recounted (its own object), not who wrote the words in marks
    assertThat(rendered("Lindby hearing\n\nCouncilwoman Ann Frost riled her critics on Monday when she spoke at a"
        + " hearing.\n\nThe \u201Charbor caucus\u201D member was mocked after she avoided the word"
        + " \u201Csailors\u201D during a council hearing where she recounted her own years at sea."))
        .containsExactly("harbor caucus | ?", "sailors | ?");
    // a pronoun whose clause says the quoted words themselves is still their speaker
    assertThat(rendered("Lindby hearing\n\nMayor Jane Doe was mocked after the council hearing, where she called the"
        + " plan \u201Ca disgrace\u201D before the vote.")).containsExactly("a disgrace | Jane Doe");
  }

  @Test
  void sheSaidAfterASurnameWrittenOnlyAfterAnAbbreviatedOffice() {
    // "Gov. Doe", "Sen. Doe", "Rep. Doe" name her as "Governor Doe" does
    assertThat(rendered("Lindby warns of floods\n\nGov. Doe issued a stark warning on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D she said.")).containsExactly("Do not stay near the river, | Doe");
    assertThat(rendered("Lindby warns of floods\n\nSen. Doe, on her first visit to the harbor, issued a stark warning"
        + " on Monday.\n\n\u201CDo not stay near the river,\u201D she said."))
        .containsExactly("Do not stay near the river, | Doe");
    assertThat(rendered("Lindby warns of floods\n\nRep. Doe met residents on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D he said.")).containsExactly("Do not stay near the river, | Doe");
    // a word after an abbreviation that is no office is no one ("St. Lindby")
    assertThat(rendered("Lindby warns of floods\n\nSt. Lindby officials met residents on Monday.\n\n"
        + "\u201CDo not stay near the river,\u201D he said.")).containsExactly("Do not stay near the river, | ?");
  }

  @Test
  void aPronounThatSpeaksInAStatementItsSentenceNamesMeansTheOnePersonNamedBeforeIt() {
    // "his comment in which he said": the comment's owner, named in the sentence, not the paragraph's subject
    assertThat(rendered("Lind debate\n\nKarl Lind went after the Roe slate with a directness others lacked.\n\n"
        + "Notably, he faulted Tom Roe over his recorded remark at a dinner in which he said the town need not"
        + " listen to the \"north shore renters\" of Lindby.")).containsExactly("north shore renters | Tom Roe");
    assertThat(rendered("Lind debate\n\nKarl Lind spoke on Monday.\n\nBut when Mayor Jane Doe gave a speech Monday in"
        + " Lindby, in which she told residents \u201Cdo not come\u201D to the harbor, her words angered many."))
        .containsExactly("do not come | Jane Doe");
    assertThat(rendered("Lind debate\n\nKarl Lind sent a message to Tom Roe that included a quote from Mrs. Doe in"
        + " which she said she wanted to \u201Cclose the harbor\u201D at once.")).containsExactly("close the harbor | Doe");
    // two people named before it who may be "he": no one can tell which
    assertThat(rendered("Lind debate\n\nKarl Lind spoke on Monday.\n\nKarl Lind gave a speech attacking Tom Roe, in"
        + " which he said the harbor plan was \"a disgrace.\"")).containsExactly("a disgrace. | ?");
    // no one named before it in the sentence: whom the pronoun meant before
    assertThat(rendered("Lind debate\n\nKarl Lind spoke on Monday. \"We will win,\" he said, shortly after releasing"
        + " a statement in which he said he \"deeply\" regrets the vote."))
        .containsExactly("We will win, | Karl Lind", "deeply | Karl Lind");
  }

  @Test
  void aStatementSentToOrHeldWithSomeoneIsNotTheirsButOneNamedAsSomeonesIs() {
    // the conference Jane Doe held, not the one it was held with
    assertThat(rendered("Lindby harbor\n\nMayor Jane Doe held a news conference with Police Chief Eva Strand on Monday,"
        + " at which she said the harbor would close \u201Cuntil further notice.\u201D"))
        .containsExactly("until further notice. | Jane Doe");
    // a letter sent to Tom Roe is not Roe's: "he" is still the man the paragraph is about
    assertThat(rendered("Lindby harbor\n\nKarl Lind spoke on Monday. He cited a 2019 letter to Tom Roe in which he"
        + " said the harbor was \u201Ca lost cause.\u201D")).containsExactly("a lost cause. | Karl Lind");
    // a statement named as someone's is that person's
    assertThat(rendered("Lindby harbor\n\nKarl Lind spoke on Monday. He raised Tom Roe's comments at a rally in May in"
        + " which he called the harbor \u201Ca lost cause.\u201D")).containsExactly("a lost cause. | Tom Roe");
  }

  @Test
  void summarizedIsAVerbOfSaying() {
    assertThat(rendered("Lind debate\n\nKarl Lind spoke on Monday.\n\n\u201CIt is completely inconsistent with the"
        + " plan,\u201D summarized Tom Roe.")).containsExactly("It is completely inconsistent with the plan, | Tom Roe");
    assertThat(rendered("Lind debate\n\n\u201CIt is completely inconsistent with the plan,\u201D Tom Roe summed up."))
        .containsExactly("It is completely inconsistent with the plan, | Tom Roe");
  }

  @Test
  void saidHisWifeAndHerNameGivesTheWordsToTheWife() {
    // the relative named after "said his wife," speaks, not the man "his" means
    assertThat(rendered("Lindby mayor dies\n\nKarl Lind died on Thursday.\n\n\u201CI gave his daughter the flag,\u201D"
        + " said his wife, Eva Strand, 69, of Lindby.")).containsExactly("I gave his daughter the flag, | Eva Strand");
    assertThat(rendered("Lindby mayor dies\n\nKarl Lind died on Thursday.\n\n\u201CHe loved this town,\u201D said his"
        + " son, Per Lind.")).containsExactly("He loved this town, | Per Lind");
    // a relative not named is no one the article names
    assertThat(rendered("Lindby mayor dies\n\nKarl Lind died on Thursday.\n\n\u201CHe loved this town,\u201D said his"
        + " wife, who was with him.")).containsExactly("He loved this town, | ?");
  }
}
