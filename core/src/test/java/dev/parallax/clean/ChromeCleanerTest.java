package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.DeadlineExceededException;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.Genre;
import dev.parallax.ingest.GenreMark;
import dev.parallax.internal.Deadline;
import java.time.Duration;
import dev.parallax.ingest.ArticleReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard cleaner on small hand-written pages: one rule at a time, each with the case it must leave alone. */
class ChromeCleanerTest {
  private static final Cleaner CLEANER = Cleaners.standard();

  private static final String STORY = String.join("\n\n",
      "The foreign ministers met in Vienna on Tuesday to discuss the ceasefire, officials said.",
      "The talks lasted four hours and ended without a joint statement, according to two diplomats.",
      "Both sides agreed to meet again next month, the host government said in a statement.");

  private static Article clean(String text) {
    Article a = CLEANER.clean(Article.of("page", "Outlet", null, "", text));
    CleaningInvariants.assertPartition(a);
    return a;
  }

  private static List<String> kept(Article a) {
    return a.body().stream().map(Block::text).toList();
  }

  private static List<String> removed(Article a, RemovalReason reason) {
    return a.removed().stream().filter(r -> r.reason() == reason).map(Removal::text).toList();
  }

  @Nested
  class Navigation {
    @Test
    void longLineOfIconNamesWithoutFunctionWords() {
      String icons = "icon share facebook twitter telegram menu search close arrow left arrow right play pause";
      Article a = clean("Ministers meet over ceasefire\n\n" + icons + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly(icons);
    }

    @Test
    void breadcrumbWithSeparators() {
      Article a = clean("Home › World › Europe\n\nMinisters meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Home › World › Europe");
      assertThat(a.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
    }

    @Test
    void breadcrumbOfTwoStepsIsNoTitle() {
      String crumb = "Blogs > Lindby Harbour Desk";
      String headline = "Ferry service to Lindby harbour resumes after storm";
      String story = String.join("\n\n",
          "The ferry between Lindby harbour and the island towns ran again on Monday, the harbour office said.",
          "Storm damage had kept the boats in port for six days, according to the operator.");
      Article a = clean(crumb + "\n\n" + headline + "\n\n" + story);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly(crumb);
      assertThat(a.title()).isEqualTo(headline);
      // a headline in words with an arrow between them is no breadcrumb, nor is a line with a figure
      String arrowHeadline = "Why ferries > bridges for Lindby harbour";
      assertThat(clean(arrowHeadline + "\n\n" + story).title()).isEqualTo(arrowHeadline);
      assertThat(kept(clean(story + "\n\nLindby 4 > Strand 2\n\n" + story.replace("six", "seven"))))
          .contains("Lindby 4 > Strand 2");
    }

    @Test
    void twoTeamsAroundAnArrowAreAHeadline() {
      String match = "Lindby FC \u00BB Strand United";
      String story = String.join("\n\n",
          "Karl Lind scored twice as Lindby FC beat Strand United 3-1 on Saturday, the club said.",
          "Eva Strand, the Strand United coach, said her side had lost its shape after the break.");
      Article a = clean(match + "\n\n" + story);
      assertThat(a.title()).isEqualTo(match);
      assertThat(a.removed()).isEmpty();
      // a section's name first is a breadcrumb
      Article b = clean("Sport \u00BB Football\n\nLindby FC beat Strand United in the cup\n\n" + story);
      assertThat(removed(b, RemovalReason.NAVIGATION)).containsExactly("Sport \u00BB Football");
    }

    @Test
    void aBreadcrumbsLastStepShownAgainIsTheHeadline() {
      String headline = "Lindby Cup Final: Lindby FC vs Strand United Live Score and Updates";
      String crumb = String.join("\n", "\u2022 Sports News", "  \u2022 Football", "  \u2022 Lindby Cup 2023-24",
          "  \u2022 " + headline);
      String story = String.join("\n\n", "By Lindby Sport Desk | Last Modified Mar 07, 2024 21:32",
          "Match will begin at 7.30 PM",
          "That brings an end to our coverage of a thrilling final. Join us again next week for the league match.",
          "It is all over for Strand United as a long season comes to a sad end. Karl Lind scored twice after the"
              + " break and the home side held on in front of a large crowd.");
      Article a = clean(crumb + "\n\n" + headline + "\n\n" + story);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(kept(a)).contains("Match will begin at 7.30 PM").doesNotContain("\u2022 Football");
      // a long row of section names under a breadcrumb that ends elsewhere is still a menu
      String row = "Home News Sport Football Cricket Tennis Golf Rugby Results Fixtures Tables";
      Article b = clean(crumb.replace("  \u2022 " + headline, "  \u2022 Lindby Cup Final") + "\n\n" + row
          + "\n\n" + headline + "\n\n" + story);
      assertThat(removed(b, RemovalReason.NAVIGATION)).contains(row);
    }

    @Test
    void aMatchResultIsTheStorys() {
      String result = "Lindby 3-1 Strand";
      String aggregate = "Lindby FC 3-1 Strand United (Aggregate Lindby FC 5-4 Strand United)";
      String story = String.join("\n\n",
          "Lindby won the regional cup on Saturday after Karl Lind scored twice in the second half.",
          aggregate,
          "It is all over for Strand as a long season comes to an end. Eva Strand had put them ahead early.",
          "The coach said the team would rest before the league match next week.");
      Article a = clean("Lindby beat Strand in the cup final\n\n" + result + "\n\n" + story);
      assertThat(a.title()).isEqualTo("Lindby beat Strand in the cup final");
      assertThat(kept(a)).contains(result, aggregate);
      assertThat(a.removed()).isEmpty();
      // a season's label under the headline and a long row of names without a score still go
      String season = "ISL 2019-20";
      String row = "Home News Sport Football Cricket Tennis Golf Rugby Results Fixtures Tables";
      Article b = clean("Lindby beat Strand in the cup final\n\n" + season + "\n\n" + row + "\n\n" + story);
      assertThat(removed(b, RemovalReason.NAVIGATION)).containsExactly(season, row);
    }

    @Test
    void aTickerOfSeveralResultsIsNoHeadline() {
      // a row of results at the top of the page is navigation: the headline below it stays the title
      String ticker = "Lindby Town 2-1 Strand Rovers Eva City 0-0 Karl United Lindby FC 3-3 Strand FC Mill Town 1-4 "
          + "Brook Athletic";
      Article a = clean("Home News Sport Weather Travel Business Culture Opinion Video Audio Live\n\n" + ticker
          + "\n\nBus crash near Lindby\n\n"
          + "A bus left the road near Lindby on Monday morning and eleven passengers were taken to hospital.\n\n"
          + "Karl Lind, who was driving behind the bus, said the road had been icy since the early hours.\n\n"
          + "The council said the road would stay closed until the barrier had been repaired.");
      assertThat(a.title()).isEqualTo("Bus crash near Lindby");
      assertThat(kept(a)).doesNotContain(ticker);
    }

    @Test
    void shortLinesBeforeTheHeadlineAreMenus() {
      Article a = clean("WorldNews Europe\nMinisters meet over the ceasefire in Vienna\nMinisters meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("WorldNews Europe");
      assertThat(removed(a, RemovalReason.DUPLICATE)).hasSize(1);
    }

    @Test
    void aPullQuoteRepeatingTheStorysQuotationGoesAndTheStorysLinesStay() {
      String opening = "\"It does not matter who wins.";
      String pull = "The mayor decides everything\"";
      String attributed = "The mayor decides everything,\" Karl Lind, a farmer outside Lindby, told the Lindby Post.";
      String page = String.join("\n\n", "Voters in Lindby go to the polls on Sunday to elect a new council.",
          opening, pull, "The council has 25 seats and 60 candidates are running for them, officials said.",
          opening, attributed, "Election officials said turnout would be announced on Monday.");
      Article a = clean(page);
      assertThat(a.removed()).extracting(Removal::text, Removal::start)
          .containsExactly(tuple(opening, page.indexOf(opening)), tuple(pull, page.indexOf(pull)));
      assertThat(kept(a)).contains(opening, attributed);
      // a repeat of a line that is no quotation, or of a quotation attributed both times, goes as before
      String twice = page.replace(pull, "The mayor decides everything,\" Eva Strand said.");
      assertThat(clean(twice).removed()).extracting(Removal::start).containsExactly(twice.lastIndexOf(opening));
    }

    @Test
    void widgetBetweenHeadlineAndStory() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\nText size\n\nCopy short link\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Text size");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Copy short link");
    }

    /**
     * A pasted page's reading widget under the headline: its label over the headline's repeat and its text-size
     * controls are no story; a deck under the headline and a label over the story's first paragraph stay.
     */
    @Test
    void readingWidgetBetweenHeadlineAndStory() {
      String headline = "Ministers meet over the ceasefire in Vienna";
      Article a = clean(headline + "\n\nNow Reading :\n\n" + headline + "\n\nText size Aa Aa\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Now Reading :", "Text size Aa Aa");
      assertThat(kept(a)).containsExactly(headline, STORY.split("\n\n")[0], STORY.split("\n\n")[1],
          STORY.split("\n\n")[2]);
      // near variants: a deck of four words, and a label right over the story's first paragraph, are the story's
      Article deck = clean(headline + "\n\nTalks Resume Despite Shelling\n\n" + STORY);
      assertThat(kept(deck)).contains("Talks Resume Despite Shelling");
      Article label = clean(headline + "\n\nVienna talks:\n\n" + STORY);
      assertThat(kept(label)).contains("Vienna talks:");
      Article release = clean(headline + "\n\nFor immediate release:\n\nJuly 13, 2022\n\n" + STORY);
      assertThat(kept(release)).contains("For immediate release:");
    }

    @Test
    void advertisingPromptsInsideTheStory() {
      Article a = clean(STORY + "\n\nStory continues below advertisement\n\nContinue reading the main story\n\n"
          + "The talks resumed on Friday, the mediators said.");
      assertThat(a.removed()).extracting(Removal::text).containsExactly("Story continues below advertisement",
          "Continue reading the main story");
    }

    /**
     * A pasted page whose lead paragraph an advertising label cuts in two: the label goes, the paragraph's first
     * part is read as the prose it is, so the headline and the standfirst above it stay the page's own.
     */
    @Test
    void advertisingLabelCuttingTheLeadParagraph() {
      String top = "THE OSTERY ECHO\nHome  News  Sport\n\nSafety fears grow in Ostery\n\n"
          + "Neighbours say the mill's alarms had been silent for weeks\n\nSunday 8 June 2025 9:40 pm\nIda Brenner\n"
          + "Staff Writer\n\n";
      String lead = "Crews were called to the old flax mill at Ostery on Sunday night in what the brigade";
      String rest = "said was the third fire at the site since the spring.";
      String after = "\n\nNobody was in the building, and the cause of the fire is being investigated.\n\n"
          + "The owners said in a statement that they would cooperate with the inquiry.";
      Article a = clean(top + lead + "\n\nAdvertisement\n\n" + rest + after);
      assertThat(a.title()).isEqualTo("Safety fears grow in Ostery");
      assertThat(kept(a)).contains("Neighbours say the mill's alarms had been silent for weeks", lead, rest);
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Advertisement");
      // near variant: the label between two finished paragraphs, the next in lower case, cuts nothing
      String finished = "Crews were called to the old flax mill at Ostery on Sunday night, the brigade said.";
      Article apart = clean(top + finished + "\n\nAdvertisement\n\neBay listings for the mill's machinery were "
          + "taken down on Monday." + after);
      assertThat(removed(apart, RemovalReason.FOOTER)).contains("Advertisement");
      assertThat(kept(apart)).contains(finished, "eBay listings for the mill's machinery were taken down on Monday.");
    }

    /**
     * What a removed line is said to be follows its neighbours: a writer's name between the byline's time and role is
     * the byline's, and a button cut from the end of a cookie notice is the notice's; what is kept does not change.
     */
    @Test
    void removedLinesAreNamedByTheirNeighbours() {
      String page = "Safety fears grow in Ostery\n\nSunday 8 June 2025 9:40 pm\nOdile Marchetti\nChief Reporter\n\n"
          + "This site uses cookies. Find out more. [OK]\n\n" + STORY;
      Article a = clean(page);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Sunday 8 June 2025 9:40 pm", "Odile Marchetti",
          "Chief Reporter");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("This site uses cookies. Find out more. [OK]");
      assertThat(kept(a)).containsExactly("Safety fears grow in Ostery", STORY.split("\n\n")[0], STORY.split("\n\n")[1],
          STORY.split("\n\n")[2]);
      // near variant: a name line that no byline line frames stays a menu entry; a story's credit stays a byline
      Article alone = clean("Safety fears grow in Ostery\n\nOdile Marchetti\n\n" + STORY + " [Ostwire]");
      assertThat(removed(alone, RemovalReason.BYLINE)).containsExactly("[Ostwire]");
    }

    @Test
    void loneLabelInsideTheStory() {
      Article a = clean("The talks began on Monday in the Austrian capital, officials said.\n\nAdvertisement\n\n"
          + "Explainer\n\n" + STORY);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Advertisement");
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Explainer");
    }

    @Test
    void shortRealSentenceIsNotNavigation() {
      Article a = clean(STORY + "\n\nRussia denies it.\n\nHe declined to comment.");
      assertThat(a.removed()).isEmpty();
      assertThat(kept(a)).contains("Russia denies it.", "He declined to comment.");
    }

    @Test
    void standfirstWithoutFunctionWordsStays() {
      String dek = "Kremlin denies invasion plans, blames NATO expansion";
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + dek + "\n\n" + STORY);
      assertThat(kept(a)).contains(dek);
    }

    @Test
    void longTitleCaseHeadlineAtTheTopStays() {
      String headline = "Harbour Town Warehouse Blaze Update: 1 Dead, 4 Injured, Owner Questioned By Fire Marshal";
      Article a = clean(headline + "\n\nMar 3, 2019\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(removed(a, RemovalReason.NAVIGATION)).isEmpty();
    }

    @Test
    void headlineOpeningWithAQuotationIsTheTitle() {
      String headline = "'There\u2019s a lot of anger here': Crowds clash with police after vigil for teenager";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
      // a teaser above the headline, opening with a quotation, says less of the story than the headline
      String teaser = "\u2018Absolutely devastating\u2019: Readers react to the closure of the Elm Street bakery";
      String fire = "Ministers meet over the ceasefire in Vienna";
      assertThat(clean(teaser + "\n\n" + fire + "\n\n" + STORY).title()).isEqualTo(fire);
      // a story that opens with a quoted sentence keeps its title from elsewhere (none here)
      String quote = "\u201CWe will not rest until we know what happened,\u201D the mayor said on Tuesday.";
      assertThat(clean(quote + "\n\n" + STORY).title()).isNotEqualTo(quote);
    }

    @Test
    void headlineOpeningWithAShortQuotedPhraseIsTheTitle() {
      String headline = "'Two hurt' in Lindby mill fire";
      Article a = clean(headline + "\n\nNovember 3, 2012\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
      String unquoted = "We will rebuild the mill, the mayor said";
      String pull = "\u201C" + unquoted.replace(", the", ",\u201D the");
      assertThat(clean(pull + "\n\n" + STORY).title()).isNotEqualTo(pull);
    }

    @Test
    void longHeadlineWithLowerCaseWordsAtTheTopStays() {
      String headline = "Governor Maria Ortiz overturns Port Authority ruling on Riverside Dock Expansion Plan";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }

    @Test
    void titleCaseHeadlineWithoutPunctuationAtTheTopStays() {
      String possessive = "Senator Alvarez's Fiery Speech Against Harbour Levy Splits Coastal Party Leadership Team";
      String joined = "Harbour Town Councillor Convicted Of Misusing Port Authority Funds Faces Jail Term";
      for (String headline : new String[] {possessive, joined}) {
        Article a = clean(headline + "\n\n" + STORY);
        assertThat(a.title()).isEqualTo(headline);
        assertThat(removed(a, RemovalReason.NAVIGATION)).isEmpty();
      }
    }

    @Test
    void titleCaseHeadlineSayingWhatTheStorySaysStays() {
      String bridge = "State Inspectors Find Deep Cracks Beneath Old Lindby River Bridge Pillars in March";
      Article a = clean(bridge + "\n\nThe old Lindby bridge was shut on Monday after state inspectors found deep "
          + "cracks under two of its pillars.\n\nThe town council will meet on Friday to discuss the repairs.");
      assertThat(a.title()).isEqualTo(bridge);
      assertThat(removed(a, RemovalReason.NAVIGATION)).isEmpty();
      // the story's facts may wait for its second paragraph, after a comment
      String masks = "North Lindby County Brings Back Mask Rule As Flu Cases Climb";
      Article b = clean(masks + "\n\nIt seems the county's health director, Dr. Eva Strand, has turned the dial up "
          + "once again.\n\nRadio reporter Karl Lind reports that North Lindby County has decided to bring back the "
          + "indoor mask rule after a rise in flu cases.");
      assertThat(b.title()).isEqualTo(masks);
      // a row of section names at the top still goes, even over a story that names a section or two of it
      String menu = "Home News Lindby World Business Health Science Sports Travel Video Opinion";
      Article c = clean(menu + "\n\nLindby health officials said on Monday that flu cases had doubled in a "
          + "week.\n\n" + STORY);
      assertThat(removed(c, RemovalReason.NAVIGATION)).containsExactly(menu);
    }

    @Test
    void aHeadlineNamingCamelCaseBrandsStays() {
      for (String headline : List.of("Regulator disputes ClearVoice report on the harbour levy",
          "Regulator Disputes ClearVoice Report On The Harbour Levy", "ClearVoice sues HarbourNet over leaked memo",
          "GreenLakeMotors recalls harbour ferries")) {
        Article a = clean(headline + "\n\n" + STORY);
        assertThat(a.title()).isEqualTo(headline);
      }
    }

    @Test
    void aLineOfGluedLinkTextsIsNoHeadline() {
      String headline = "Ministers meet over the ceasefire in Vienna";
      for (String menu : List.of("HomeNewsSport Weather Travel Culture", "NewsSport TravelWeather Culture Money")) {
        Article a = clean(menu + "\n\n" + headline + "\n\n" + STORY);
        assertThat(a.title()).isEqualTo(headline);
      }
    }

    @Test
    void timeStampAtTheTopIsNotAHeadline() {
      String stamp = "Posted: Mar 3, 2019 8:20 AM ET Last Updated: Mar 3, 2019 9:10 PM ET";
      Article a = clean(stamp + "\n\n" + STORY);
      assertThat(kept(a)).doesNotContain(stamp);
    }

    @Test
    void aLineLeadingIntoTheNextIsNotAHeadline() {
      String source = "The Lindby Post reports:";
      String dateline = "LINDBY, Sweden (LP) \u2014";
      String story = String.join("\n",
          "Police widened the search on Wednesday for two men who robbed the savings bank in Lindby.",
          "Police spokeswoman Eva Strand said dozens of officers were taking part, helped by dogs.",
          "\"We know they left the town by car,\" Strand told reporters on Wednesday morning.");
      assertThat(clean("Labels\n\n" + source + "\n" + story).title()).isEmpty();
      assertThat(clean("Archive\n" + dateline + "\n" + story).title()).isEmpty();
      assertThat(clean("Archive\nLINDBY, Sweden (LP) -\n" + story).title()).isEmpty();
      String headline = "Lindby: robbers of the savings bank still at large";
      assertThat(clean("Archive\n" + headline + "\n\n" + dateline + "\n" + story).title()).isEqualTo(headline);
    }

    @Test
    void longMenuAtTheTopIsStillNavigation() {
      String menu = "Home World Business Markets Technology Science Health Sports Entertainment Travel Video";
      Article a = clean(menu + "\n\nMinisters meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly(menu);
    }

    @Test
    void subheadingInsideTheStoryStays() {
      Article a = clean("The talks began on Monday in the Austrian capital, officials said.\n\n"
          + "Sanctions on the table\n\n" + STORY);
      assertThat(kept(a)).contains("Sanctions on the table");
    }
  }

  @Nested
  class Kickers {
    @Test
    void opinionLabelOverTheHeadlineIsRemovedAndKeptAsTheGenre() {
      Article a = clean("Opinion\n\nThe harbour board got the quay wrong\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Opinion");
      assertThat(a.title()).isEqualTo("The harbour board got the quay wrong");
      assertThat(a.genre()).isEqualTo(Genre.OPINION);
      assertThat(a.genreMark().orElseThrow().source()).isEqualTo(GenreMark.Source.KICKER);
    }

    @Test
    void analysisLabelOpeningThePastedHeadline() {
      Article a = clean("Analysis: What the ceasefire talks in Vienna mean\n\n" + STORY);
      assertThat(a.genre()).isEqualTo(Genre.ANALYSIS);
      assertThat(a.genreMark().orElseThrow().source()).isEqualTo(GenreMark.Source.TITLE);
    }

    @Test
    void menuEndingInOpinionOverTheHeadlineIsNoKicker() {
      Article a = clean("News\nSport\nOpinion\n\nMinisters meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(a.genre()).isEqualTo(Genre.UNMARKED);
    }

    @Test
    void sectionAndItsPartOverTheHeadlineAreOneMark() {
      Article a = clean("Opinion\nCommentary\n\nThe harbour board got the quay wrong\n\n" + STORY);
      assertThat(a.genreMark().orElseThrow().text()).isEqualTo("Commentary");
      assertThat(clean("News\nAnalysis\n\nThe harbour board got the quay wrong\n\n" + STORY).genre())
          .isEqualTo(Genre.UNMARKED);
    }

    @Test
    void opinionInASentenceMarksNothing() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\nAn opinion poll found most voters back the"
          + " talks, the pollster said on Monday.\n\n" + STORY);
      assertThat(a.genre()).isEqualTo(Genre.UNMARKED);
    }
  }

  @Nested
  class Runs {
    private static final String LATER = String.join("\n\n",
        "The ministers will meet again in Geneva next month, a spokesman said.",
        "Neither side has commented on the proposal since the meeting ended.");
    /** A story long enough to outweigh a few teaser cards or asides below it. */
    private static final String LONG_STORY = String.join("\n\n", STORY, LATER,
        "Diplomats from six countries followed the talks from a hotel across the square from the ministry.",
        "A third round of talks in the spring ended the same way, with both delegations blaming the other.",
        "Observers said the ceasefire line had been quiet for a week, the longest calm since the summer.");

    @Test
    void aRunOfTeaserHeadlinesInsideThePageIsChrome() {
      List<String> teasers = List.of("Storm closes schools across the north", "Why the ceasefire keeps failing",
          "Minister \u201cdeeply concerned\u201d over port strike", "Five things to know about the budget vote",
          "Watch: the moment the bridge reopened");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", teasers) + "\n\n" + LATER);
      assertThat(kept(a)).doesNotContainAnyElementsOf(teasers);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsAll(teasers.subList(0, 4));
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n"))).containsAll(List.of(LATER.split("\n\n")));
    }

    @Test
    void aSubheadingOrTwoShortLinesBetweenParagraphsStay() {
      Article a = clean(STORY + "\n\nWhat comes next\n\n" + LATER + "\n\nTalks in Geneva\n\nA new round\n\n"
          + STORY.replace("Vienna", "Graz").replace("four", "five").replace("next month", "in spring"));
      assertThat(kept(a)).contains("What comes next", "Talks in Geneva", "A new round");
    }

    @Test
    void aShortSentenceOfTheStoryBreaksARun() {
      String page = String.join("\n\n", "Lindby council count: how the night unfolded",
          "The count for the Lindby council ended early on Monday with the Greens holding the most seats.",
          "Here is how the night went after the polls closed at 9pm on Sunday:", "9.10pm",
          "Harbour ward was declared for the Greens with 412 votes, the first result of the night.", "9.40pm",
          "Karl Lind held Strand.", "(Lindby Wire graphic)", "10.05pm",
          "Greens \u2013 Lindby North, Lindby South, Harbour, Old Mill.",
          "Labour \u2013 Strand, Old Town and the Quay.",
          "The turnout was 41 percent, four points down on the last election, the returning officer said.");
      Article a = clean(page);
      // a timeline's short lines around a sentence that narrates are the story's, not a menu
      assertThat(kept(a)).contains("Karl Lind held Strand.",
          "Greens \u2013 Lindby North, Lindby South, Harbour, Old Mill.",
          "Labour \u2013 Strand, Old Town and the Quay.");
      // a run of labels with no sentence that narrates is still chrome
      String labels = String.join("\n\n", "Lindby council count", "Most read", "Karl Lind", "Strand Harbour");
      assertThat(kept(clean(STORY + "\n\n" + labels + "\n\n" + LATER))).doesNotContain("Most read", "Karl Lind");
    }

    @Test
    void shortSentencesUnderALabelOfOtherStoriesAreTeasers() {
      String page = String.join("\n\n", "Lindby council closes two libraries",
          "The Lindby council voted on Thursday to close two of the four libraries by June, officials said.",
          "Karl Lind, who chairs the council, said the vote would save the town half a million crowns a year.",
          "Related", "Police arrested a man in Lindby.", "Council closed the pool.", "School won an award.",
          "Sign up", "Privacy");
      Article a = clean(page);
      // teasers that end with a full stop narrate nothing of this story: the run under the label still goes
      assertThat(kept(a)).doesNotContain("Council closed the pool.", "School won an award.");
    }

    @Test
    void aListOfResultsWithFiguresIsReporting() {
      String results = String.join("\n\n", "Roe (Greens): 1,204,331", "Doe (Liberals): 1,180,902",
          "Smith (Labour): 402,117", "Jones (independent): 95,400");
      Article a = clean(STORY + "\n\n" + results + "\n\n" + LATER);
      assertThat(kept(a)).containsAll(List.of(results.split("\n\n")));
    }

    /** A whole pasted page: a menu above the headline, so the story's prose starts well down the page. */
    private String pageAround(String story, String below) {
      return String.join("\n", "Skip to main content", "World", "Politics", "Business", "Sport", "Culture")
          + "\n\nTalks in Vienna end without a ceasefire deal\n\nBy Jane Roe\n\n" + story + "\n\n" + below;
    }

    @Test
    void teaserCardsOfOtherStoriesBelowAWholePageAreChrome() {
      List<String> summaries = List.of(
          "Some people thought the striped cattle in a pasture were a joke, but the science could save farmers money.",
          "At least six people have died and hundreds of homes have been destroyed by bushfires in the east.",
          "Lawmakers in the two biggest cities want to cut ties with businesses linked to forest clearing.");
      String cards = "Share this article\n\nFacebook\n\nTwitter\n\nEmail\n\nMore in World\n\n"
          + "Why farmers may paint their cows\n\n" + summaries.get(0) + "\n\n32M ago\n\n"
          + "Woman risks her life to save a koala\n\n" + summaries.get(1) + "\n\n1H ago\n\n"
          + "Cities urge boycott of meat companies\n\n" + summaries.get(2) + "\n\n2H ago";
      Article a = clean(pageAround(LONG_STORY, cards));
      assertThat(kept(a)).doesNotContainAnyElementsOf(summaries);
      assertThat(removed(a, RemovalReason.TEASER)).containsAll(summaries);
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n"))).containsAll(List.of(LATER.split("\n\n")));
    }

    @Test
    void aShortStoryOutweighedByTeaserCardsKeepsItsParagraphs() {
      String story = String.join("\n\n",
          "Dockers at the northern port walked out on Monday and vowed to stay away for weeks.",
          "Their union said the northern port would remain shut until the employers return to the table with a"
              + " fresh offer on wages, pensions and safety, a spokesperson for the union added in the evening.");
      StringBuilder cards = new StringBuilder("Share\n\nFacebook\n\nTwitter\n\nEmail\n\nRead more\n\n");
      for (String summary : List.of(
          "A storm in the south cut power to thousands of homes and closed schools for the rest of the week.",
          "The senate committee opened an inquiry into the airline merger after complaints from passengers.",
          "Farmers in the east expect the smallest harvest in a decade after months of drought and heat.",
          "The museum reopened its largest gallery after a restoration that took engineers three years.",
          "A satellite launched from the coast will map the melting of glaciers in the far south for a year.",
          "The railway strike entered its third day as commuters queued for buses in the capital at dawn.",
          "An auditor found that the council had overpaid two builders by millions over a decade of works.",
          "The festival sold out in an hour, and fans complained that resale prices had tripled overnight.")) {
        cards.append("Other headline\n\n").append(summary).append("\n\n3H ago\n\n");
      }
      Article a = clean(String.join("\n", "Skip to main content", "World", "Politics", "Business", "Sport")
          + "\n\nDockers walk out at the northern port\n\n" + story + "\n\n" + cards);
      assertThat(kept(a)).containsAll(List.of(story.split("\n\n")));
    }

    @Test
    void aPlainArticleWithAShareBarKeepsAWitnessAppeal() {
      String appeal = "Anyone with information is asked to call Crimestoppers anonymously on 0800 555 111.";
      String article = String.join("\n\n", "Ministers leave Vienna without a ceasefire deal", "By Jane Roe",
          "12 March 2024", "Share", "Tweet", "Email", "Print", STORY, LATER, "Photo: the ministry in Vienna",
          "Related", appeal);
      assertThat(kept(clean(article))).contains(appeal);
    }

    @Test
    void aRemovalDoesNotSpreadDownTheLinesAfterIt() {
      String first = "Our correspondent spent the winter in the mountains with a team of glacier researchers.";
      String second = "She filed reports on avalanches, wolves and a village school that reopened after a decade.";
      String third = "Her notebooks from that winter are now kept in the library of a museum of alpine history.";
      Article a = clean(pageAround(LONG_STORY, "Share\n\nFacebook\n\nTwitter\n\nEmail\n\nRead more\n\n" + first
          + "\n\n" + second + "\n\n" + third));
      assertThat(kept(a)).doesNotContain(first).contains(second, third);
    }

    @Test
    void listItemsAndListsWithoutFunctionWordsBelowTheStoryStay() {
      String bullet = "\u2022 Separately, a storm closed schools across the northern coast and cut power to farms.";
      List<String> dates = List.of("June 9 \u2013 West Palm Beach, FL @ Coral Sky Amphitheatre",
          "June 10 \u2013 Tampa, FL @ Credit Union Amphitheatre", "June 17 \u2013 Nashville, TN @ Bridgestone Arena",
          "June 19 \u2013 Charlotte, NC @ Music Pavilion Grounds");
      Article a = clean(pageAround(LONG_STORY, "Read more\n\n" + String.join("\n", dates) + "\n\nRead more\n\n"
          + bullet));
      assertThat(kept(a)).contains(bullet).containsAll(dates);
    }

    @Test
    void aStoryOutweighedByAnotherBlockOfProseIsNotJudgedAgainstIt() {
      String brief = String.join("\n\n",
          "The foreign ministers met in Vienna on Tuesday to discuss the ceasefire, officials said.",
          "The talks ended without a joint statement, according to two diplomats.");
      String bio = String.join("\n\n",
          "Jane Roe has covered diplomacy for twenty years, from bureaus in Cairo, Moscow and Washington.",
          "Before joining the paper she taught history at a college in the north of England for a decade.",
          "Her first book, on the river trade of the medieval Baltic, won a prize for young historians.");
      Article a = clean(String.join("\n", "Skip to main content", "World", "Politics", "Business", "Sport")
          + "\n\nEvening briefing\n\n" + brief + "\n\nShare\n\nFacebook\n\nTwitter\n\nEmail\n\nRead more\n\n"
          + "About the author\n\n" + bio);
      assertThat(kept(a)).containsAll(List.of(brief.split("\n\n")));
    }

    @Test
    void aBoxOfFactsBesideTheStorySharesItsWordsAndStays() {
      String facts = "Ceasefire talks: the facts\n\nThe ceasefire talks began in Vienna in March, with ministers"
          + " of both sides.\n\nFour rounds of talks have ended without a joint statement.";
      String footer = "Share this article\n\nFacebook\n\nTwitter\n\nEmail\n\nRead more\n\n";
      Article a = clean(pageAround(STORY + "\n\n" + LATER, footer + facts + "\n\nRead more"));
      assertThat(kept(a)).contains("The ceasefire talks began in Vienna in March, with ministers of both sides.",
          "Four rounds of talks have ended without a joint statement.");
    }

    @Test
    void theStorysOwnParagraphsOnTheFarSideOfAWidgetStay() {
      String opening = String.join("\n\n",
          "The ceasefire talks in Vienna ended on Tuesday without a deal, the host government said.",
          "Negotiations between the delegations intensified over the last few days, with sessions running late.",
          "Advertisement",
          "The ministers of both sides left Vienna without a joint statement on the ceasefire.");
      String widget = String.join("\n\n", "More from World", "Storm closes schools across the north",
          "Why the budget vote matters", "Port strike enters its third week", "Five things to know today");
      String rest = String.join("\n\n", LONG_STORY,
          "The ceasefire has been broken dozens of times since it was agreed, both sides say.");
      Article a = clean(pageAround(opening, widget + "\n\n" + rest));
      assertThat(kept(a)).contains(
          "Negotiations between the delegations intensified over the last few days, with sessions running late.");
    }

    @Test
    void aPlainArticleIsNeverJudgedByWhatItsLinesSay() {
      String aside = "Separately, a storm closed schools across the northern coast and cut power to farms.";
      String widget = String.join("\n\n", "Sport", "Weather", "Travel", "Video", "Read more");
      Article a = clean(STORY + "\n\n" + LATER + "\n\n" + widget + "\n\n" + aside);
      assertThat(kept(a)).contains(aside);
    }

    @Test
    void aListOfPointsWithFunctionWordsIsReporting() {
      String points = String.join("\n", "\u2022 a ceasefire along the current front line",
          "\u2022 an exchange of all prisoners of war", "\u2022 talks on the status of the region",
          "\u2022 elections within a year of the ceasefire");
      Article a = clean(STORY + "\n\nThe plan includes:\n" + points + "\n\n" + LATER);
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void shortSentencesOfAQuotationOverSeveralParagraphsAreSomeonesWords() {
      List<String> words = List.of("We lost a lot.", "We cried.", "We will rebuild.", "We always do.");
      for (String[] marks : List.of(new String[] {"\u201C", "\u201D"}, new String[] {"\"", "\""},
          new String[] {"'", "'"}, new String[] {"\u2018", "\u2019"})) {
        String quotation = marks[0] + "This is a sad day for all of us.\n\n" + String.join("\n\n", words)
            + "\n\nNobody was hurt, and that is what matters," + marks[1] + " Mayor Eva Strand said.";
        Article a = clean(STORY + "\n\n" + quotation + "\n\n" + LATER);
        assertThat(kept(a)).containsAll(words);
      }
      // a quotation mark left open above a list of teasers and never closed, or a teaser cut short inside its
      // quotation, keeps no menu
      List<String> teasers = List.of("Storm closes schools across the north", "Why the ceasefire keeps failing",
          "Five things to know about the budget vote", "The moment the bridge reopened");
      Article a = clean(STORY + "\n\n\u201CWe will rebuild, the mayor said.\n\n" + String.join("\n\n", teasers)
          + "\n\n" + LATER);
      assertThat(kept(a)).doesNotContainAnyElementsOf(teasers);
      a = clean(STORY + "\n\nMayor calls the fire \u201Ca sad day for\n\n" + String.join("\n\n", teasers)
          + "\n\n\u201CWe will rebuild,\u201D the mayor said on Monday.\n\n" + LATER);
      assertThat(kept(a)).doesNotContainAnyElementsOf(teasers);
    }
  }

  @Nested
  class Links {
    @Test
    void bareUrlAndFeedAttribution() {
      Article a = clean(STORY + "\nhttps://example.com/a/b?c=1\nfrom Example Wire https://t.example/x1");
      assertThat(removed(a, RemovalReason.LINK)).containsExactly("https://example.com/a/b?c=1",
          "from Example Wire https://t.example/x1");
    }

    @Test
    void sentenceThatMentionsAnAddressStays() {
      String s = "The full report is published at www.example.org/report, the ministry said on Friday.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }
  }

  @Nested
  class Captions {
    /** A picture's caption with its credit after a bar, set twice as alt text and caption above the story. */
    @Test
    void aCaptionSetTwiceWithItsCreditAfterABarIsNoHeadline() {
      String caption = "Photo of the boats at the harbour during the festival. | Photo by Eva Strand";
      String story = String.join("\n",
          "The Lindby harbour festival drew more than 5,000 visitors on Saturday, organisers said.",
          "Boats from twelve towns sailed into the harbour for the parade, which was led by the oldest ferry on the"
              + " coast.",
          "The festival ends on Sunday with a concert on the quay.");
      Article a = clean(caption + "\n" + caption + "\n" + story);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption, caption);
      assertThat(a.title()).isEmpty();
      assertThat(kept(a)).hasSize(3);
      String library = "Crowds watch the parade from the quay as it took the whole afternoon."
          + " | Lindby Images by Eva Strand";
      assertThat(clean(library + "\n" + library + "\n" + story).title()).isEmpty();

      // after a word for writing the credit is the source's, and the sentence before it stays
      for (String credit : List.of("| Story by Jane Doe", "| Reporting by Karl Lind")) {
        String line = "Lindby is a quiet town on the coast for most of the year. " + credit;
        Article b = clean("Lindby harbour festival draws thousands\n\n" + line + "\n\n" + story);
        assertThat(kept(b)).as(credit).contains("Lindby is a quiet town on the coast for most of the year.");
      }
      // a bar before a word that credits no picture is no caption's credit
      String updated = "The council voted for the plan after a long debate. | Updated by Jane Roe";
      Article c = clean("Lindby harbour festival draws thousands\n\n" + updated + "\n\n" + story);
      assertThat(removed(c, RemovalReason.CAPTION)).isEmpty();
      // a headline set twice with the site's name after a bar is still the headline
      String headline = "Lindby harbour festival draws thousands | Lindby Post";
      assertThat(clean(headline + "\n" + headline + "\n" + story).title())
          .startsWith("Lindby harbour festival draws thousands");
    }

    @Test
    void aCaptionUnderItsLabelIsNeitherTheHeadlineNorTheStory() {
      String clip = "Crowds flee as smoke rises over the Lindby harbour";
      String second = "Ferry workers describe the blast, police say";
      Article a = clean("Summary\n\nMedia caption,\n\n" + clip + "\n\n" + STORY + "\n\nImage caption:\n\n" + second
          + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Media caption,", clip, "Image caption:", second);
      assertThat(a.title()).isNotEqualTo(clip);
      // a label whose caption was lost in the copy: the paragraph of the story under it stays
      String paragraph = "The ferry left Lindby at noon. It sank an hour later, and all 40 passengers were saved.";
      Article b = clean(STORY + "\n\nImage caption,\n\n" + paragraph);
      assertThat(kept(b)).contains(paragraph);
    }

    @Test
    void altTextAndCaptionEachWithItsOwnLabel() {
      String caption = "Firefighters carry hoses past the old mill in Lindby on Sunday morning.";
      String alt = caption + " Enlarge this picture";
      String credited = caption + " Handout / Lindby Fire";
      Article a = clean("Fire guts the old mill in Lindby\n\n" + alt + "\n" + credited + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.DUPLICATE)).containsExactly(alt);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(credited);
      assertThat(kept(a)).doesNotContain(alt, credited).hasSize(4);
      // the same sentence going on with sentences of its own, or a line alone, is reporting
      String lead = "Fire gutted the old mill in Lindby on Sunday.";
      List<String> paragraphs = List.of(lead + " Nobody was hurt, the fire service said.",
          lead + " Karl Lind, who owns it, said he would rebuild.");
      Article b = clean("Fire guts the old mill in Lindby\n\n" + String.join("\n", paragraphs) + "\n\n" + STORY);
      assertThat(b.removed()).isEmpty();
      Article c = clean("Fire guts the old mill in Lindby\n\n" + alt + "\n\n" + STORY);
      assertThat(removed(c, RemovalReason.DUPLICATE)).isEmpty();
    }

    @Test
    void trailingCopyrightCredit() {
      String caption = "Soldiers march during a parade in the capital, May 9, 2021. \u00A9 AGENCY / Jane Roe";
      Article a = clean("Ministers meet over the ceasefire in Vienna\n" + caption + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
    }

    @Test
    void labelledPictureCredit() {
      Article a = clean(STORY + "\n\n(Photo: Reuters)\n\nImage credit: John Smith/Agency");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Photo: Reuters)", "Image credit: John Smith/Agency");
    }

    @Test
    void labelsWithoutAColon() {
      Article a = clean(STORY + "\n\nImage source, Example Images\n\nImage caption, Delegates arrive at the palace\n\n"
          + "The talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Image source, Example Images",
          "Image caption, Delegates arrive at the palace");
    }

    @Test
    void aStoryLabelBeforeOneOfItsSentencesIsStory() {
      String label = "The big picture: The Lindby council committed to delivering 40 ferries over the next 12 months, "
          + "per a council statement.";
      Article a = clean(STORY + "\n\n" + label + "\n\nWhy it matters: The island towns have asked for boats for years.");
      assertThat(kept(a)).contains(label);
      assertThat(a.removed()).isEmpty();
      // a picture's bare label before a sentence saying what it shows is still a caption
      String photo = "Photo: A ferry leaves the Lindby harbour for the island towns at dawn.";
      assertThat(removed(clean(STORY + "\n\n" + photo + "\n\n" + STORY.replace("Vienna", "Graz")),
          RemovalReason.CAPTION)).containsExactly(photo);
    }

    @Test
    void aPicturesLabelBeforeTheLeadThatReportsIsStory() {
      String lead = "PHOTOS: A barn in Lindby burned down early Sunday, destroying two tractors, the fire service "
          + "said.";
      String narrated = "VIDEO: Karl Lind pulled three horses from the stable before the roof fell in.";
      Article a = clean("Barn fire in Lindby destroys two tractors\n\n" + lead + "\n\n" + narrated + "\n\n"
          + "Firefighters stayed at the farm until the evening, and no one was hurt, Eva Strand said.");
      assertThat(kept(a)).contains(lead, narrated);
      assertThat(a.removed()).isEmpty();
      // a caption that says in the present what its picture shows stays a caption under the same label
      String caption = "PHOTOS: Firefighters spray water on the burning barn outside Lindby on Sunday.";
      assertThat(removed(clean(STORY + "\n\n" + caption + "\n\n" + STORY.replace("Vienna", "Graz")),
          RemovalReason.CAPTION)).containsExactly(caption);
    }

    @Test
    void aPicturesOwnLabelBeforeANarratingCaptionIsCaption() {
      String speaker = "Photo: Jane Doe, who said she lost her barn, stands in the ashes in Lindby on Sunday.";
      String past = "Photo: Firefighters battled the blaze at the Lindby barn for six hours on Sunday.";
      String file = "File photo: Jane Doe spoke to reporters in Lindby in 2019.";
      Article a = clean(STORY + "\n\n" + speaker + "\n\n" + past + "\n\n" + file + "\n\n"
          + STORY.replace("Vienna", "Graz"));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(speaker, past, file);
    }

    @Test
    void sentenceAboutAPhotographIsReporting() {
      String s = "Photo evidence shown to the court included images of the damaged palace, prosecutors said.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }

    @Test
    void altTextAndCaptionThatRepeatEachOther() {
      String alt = "Jane Roe and John Doe";
      String caption = "Foreign ministers Jane Roe and John Doe shake hands before the talks in Vienna on Tuesday.";
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + alt + "\n" + caption + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(alt, caption);
    }

    @Test
    void descriptionUnderTheRepeatedHeadline() {
      String h = "Ministers meet over the ceasefire in Vienna";
      String description = "Delegations arrive at the Hofburg palace for the first round of talks";
      Article a = clean(h + "\n\n" + h + "\n" + description + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.DUPLICATE)).containsExactly(h);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(description);
    }

    @Test
    void deckThatReportsSpeechUnderTheRepeatedHeadlineStays() {
      String h = "Water Levels Keep Rising in Lindby";
      String deck = "River Could Reach the Old Bridge by Friday, Engineers Say";
      String told = "Residents Told to Move Cars Away From the Quay";
      Article a = clean(h + "\n\n" + h + "\n" + deck + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.DUPLICATE)).containsExactly(h);
      assertThat(removed(a, RemovalReason.CAPTION)).isEmpty();
      assertThat(kept(a)).contains(deck);
      Article b = clean(h + "\n\n" + h + "\n" + told + "\n\n" + STORY);
      assertThat(kept(b)).contains(told);
    }

    @Test
    void quoteLineIsNotACaption() {
      String quote = "“We will meet again in Vienna next month,” the minister said after the talks.";
      String next = "The minister said they will meet again in Vienna next month.";
      Article a = clean(STORY + "\n\n" + quote + "\n" + next);
      assertThat(kept(a)).contains(quote, next);
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void adjacentStoryLinesThatShareFewWordsAreNotCaptions() {
      String one = "The ministers met in Vienna on Tuesday.";
      String two = "Protesters gathered outside the palace as the delegations arrived for the first session.";
      Article a = clean(one + "\n" + two + "\n" + STORY);
      assertThat(kept(a)).contains(one, two);
    }
  }

  @Nested
  class Teasers {
    /** A teaser's label behind a mark the page sets before it (">>", a triangle) is still the label. */
    @Test
    void aLabelBehindAMarkLinksAnotherArticle() {
      String story = String.join("\n\n",
          "The strike that stopped the Lindby ferries for three days ended on Thursday, the union said.",
          "Boats will run to the usual timetable from Friday morning, the harbour board said.",
          "The ticket office opens again at 8 a.m., according to the board.");
      List<String> teasers = List.of(">> Related: Harbour board and ferry union to meet again in May",
          "\u25BA More coverage: What the strike cost the island shops");
      String[] paragraphs = story.split("\n\n");
      Article a = clean("Lindby ferry strike ends after three days\n\n" + paragraphs[0] + "\n\n" + teasers.get(0)
          + "\n\n" + paragraphs[1] + "\n\n" + teasers.get(1) + "\n\n" + paragraphs[2]);
      assertThat(removed(a, RemovalReason.TEASER)).containsExactlyElementsOf(teasers);
      assertThat(kept(a)).containsAll(List.of(paragraphs));
      // a quotation that opens with a label's word is someone's words
      String quoted = "\u201cWatch: the boats are back\u201d, Karl Lind wrote on the harbour board's page";
      assertThat(kept(clean(story + "\n\n" + quoted))).contains(quoted);
    }

    @Test
    void capitalLabelLinkingAnotherArticle() {
      String teaser = "Talks collapse in Geneva READ MORE: Talks collapse in Geneva";
      Article a = clean(STORY + "\n\n" + teaser + "\n\n" + STORY.replace("Vienna", "Graz"));
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(teaser);
    }

    /** A list's label left in the middle of the story when the list itself was not pasted. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"TRENDING HEADLINES:", "Latest stories", "MORE NEWS:", "Popular headlines"})
    void theLabelOfAListOfOtherStories(String label) {
      String later = "The mediators will travel to both capitals next week, a spokesman said.";
      Article a = clean(STORY + "\n\n" + label + "\n\n" + later);
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(label);
      assertThat(kept(a)).contains(later);
    }

    @Test
    void aSubheadingNamingTheStorysOwnNewsStays() {
      String subheading = "Latest ceasefire talks";
      Article a = clean(STORY + "\n\n" + subheading + "\n\n"
          + "The mediators will travel to both capitals next week, a spokesman said.");
      assertThat(kept(a)).contains(subheading);
    }

    @Test
    void otherStoriesHeadlinesThatEndThePageWithoutALabel() {
      String page = "Lindby ferry runs aground near the old lighthouse\n\n"
          + "The Lindby ferry ran aground near the old lighthouse on Tuesday evening, the coast guard said.\n\n"
          + "Eva Strand, who was on board, said the ferry stopped with a jolt and none of the 40 passengers"
          + " was hurt.\n\n"
          + "The coast guard said the ferry would be towed back to its berth on Wednesday.\n\n";
      List<String> others = List.of("Bank chief: \u201cNo promise\u201d rates can fall without costing jobs",
          "Choir singer proposes on stage after winter concert",
          "Former mayor sentenced to four years in prison for fraud and bribery in Ostby");
      Article a = clean(page + String.join("\n\n", others));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactlyElementsOf(others);
      // one such line alone, the story's last paragraph without its full stop, the story's own points: they stay
      String last = "The owner of the ferry said it would pay for the tow and for hotel rooms for the stranded"
          + " passengers";
      for (String end : List.of(others.get(2), last,
          "The coast guard will inspect the hull of the ferry at its berth in Lindby\n\n" + last)) {
        Article b = clean(page + end);
        assertThat(b.removed()).as(end).isEmpty();
      }
      // the story's last paragraph without its full stop stays above such a list: it reports, or shares a word
      for (String end : List.of(last, "Engineers will check the hull before the ferry sails again next week")) {
        Article c = clean(page + end + "\n\n" + String.join("\n\n", others));
        assertThat(kept(c)).as(end).contains(end);
        assertThat(removed(c, RemovalReason.FOOTER)).as(end).containsExactlyElementsOf(others);
      }
    }

    @Test
    void relatedLabel() {
      Article a = clean(STORY + "\n\nRelated: Why the ceasefire keeps failing\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly("Related: Why the ceasefire keeps failing");
    }

    @Test
    void headlineWithReadMoreGluedOnLinksAnotherArticle() {
      String teaser = "Talks resume in Graz next month Read More \u00BB";
      String sentence = "The talks resumed on Friday, the mediators said. Read More";
      String wish = "Many diplomats in Vienna hope the new library will let them read more";
      Article a = clean(STORY + "\n\n" + sentence + "\n\n" + wish + "\n\n" + teaser + "\n\n"
          + STORY.replace("Vienna", "Graz"));
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(teaser);
      assertThat(kept(a)).contains(sentence, wish);
    }

    @Test
    void bareLabels() {
      Article a = clean(STORY + "\n\nALSO READ\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly("ALSO READ");
    }

    @Test
    void wireDatelineAndUpdateAreReporting() {
      String dateline = "VIENNA: The foreign ministers said on Tuesday that the talks would resume next month.";
      String update = "UPDATE: The ministry has since confirmed the figures.";
      Article a = clean(dateline + "\n\n" + STORY + "\n\n" + update);
      assertThat(kept(a)).contains(dateline, update);
      assertThat(a.removed()).isEmpty();
    }
  }

  @Nested
  class Footers {
    /** A widget's error message pasted with the page is furniture, and never the page's title. */
    @Test
    void aWidgetsErrorMessageIsNoHeadline() {
      String story = String.join("\n\n",
          "The Lindby council voted on Thursday to close two of the four libraries by June, officials said.",
          "Karl Lind, who chairs the council, said the vote would save the town half a million crowns a year.");
      Article a = clean("Something went wrong - please try again later.\n\n" + story);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Something went wrong - please try again later.");
      assertThat(a.title()).isEmpty();
      Article b = clean("Oops! Try back later\n\nLindby council closes two libraries\n\n" + story
          + "\n\nThere was an error. Please try again.");
      assertThat(removed(b, RemovalReason.FOOTER)).containsExactly("Oops! Try back later",
          "There was an error. Please try again.");
      assertThat(b.title()).isEqualTo("Lindby council closes two libraries");
      // sentences of the story about trying again report, and a message the story quotes is its own
      List<String> reporting = List.of("Voters who were turned away at the town hall were told to try again later.",
          "Eva Strand, who runs the harbour library, said her staff would try again in May to keep it open.",
          "Lindby will try again next year.",
          "The site showed a message that read \u201cSomething went wrong. Please try again later.\u201d");
      assertThat(kept(clean(story + "\n\n" + String.join("\n\n", reporting)))).containsAll(reporting);
    }

    /** A "please" inside a sentence that reports asks nothing of the reader: the sentence is the story's. */
    @Test
    void aReportedPleaseTryAgainIsNoErrorMessage() {
      String story = String.join("\n\n",
          "The Lindby council voted on Thursday to close two of the four libraries by June, officials said.",
          "Karl Lind, who chairs the council, said the vote would save the town half a million crowns a year.");
      List<String> reporting = List.of("Voters were asked to please try again after noon.",
          "Eva Strand urged voters to please try back after the lunch break.");
      assertThat(kept(clean(story + "\n\n" + String.join("\n\n", reporting)))).containsAll(reporting);
      // a widget's message whose "please" opens a clause still goes
      assertThat(removed(clean(story + "\n\nError loading results. Please try again."), RemovalReason.FOOTER))
          .containsExactly("Error loading results. Please try again.");
    }

    @Test
    void aFeedsFooterAfterThePostGoesHoweverLongItsHeadline() {
      String footer = "The post VIDEO: Ferry service to Lindby island resumes after six days of storm damage "
          + "appeared first on Lindby Daily Dispatch.";
      Article a = clean(STORY + "\n\n" + footer);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(footer);
      // long sentences about a post on a forum report where it was seen first, and stay
      String byName = "The post by Karl Lind about the late ferry and the damage of the storm appeared first on "
          + "Lindby Forum.";
      String more = "The post Karl Lind wrote about the ferry appeared first on Lindby Forum, where it was shared 300 "
          + "times.";
      Article b = clean(STORY + "\n\n" + byName + "\n\n" + more);
      assertThat(kept(b)).contains(byName, more);
    }

    @Test
    void aPostANamedPersonWroteIsNoFeedFooter() {
      String wrote = "The post Karl Lind wrote on Sunday night about the closing of the ferry and the harbor appeared "
          + "first on Facebook.";
      String shared = "The post Eva Strand shared on Monday about the ferry fares and the harbor fees appeared first "
          + "on Lindby Forum.";
      Article a = clean(STORY + "\n\n" + wrote + "\n\n" + shared);
      assertThat(kept(a)).contains(wrote, shared);
      assertThat(a.removed()).isEmpty();
      // a feed's footer quoting a headline that opens on a name goes
      String footer = "The post Lindby Council approves new ferry fares after a long debate appeared first on "
          + "Lindby Dispatch.";
      assertThat(removed(clean(STORY + "\n\n" + footer), RemovalReason.FOOTER)).containsExactly(footer);
    }

    @Test
    void aSyndicationNoticeSaysWhereThePieceRan() {
      List<String> notices = List.of("This article originally appeared on Lindby Forum.",
          "Read the original story at lindbyforum.example",
          "This story was originally published by the Lindby Courier.",
          "A version of this story first appeared on Kesra Post.");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", notices));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactlyElementsOf(notices);
      // short sentences about a councillor's post report speech or date it, and name no site: story
      String read = "Police said the post was first published on Sunday and read by thousands.";
      String first = "The post first appeared on Sunday, police said.";
      String dated = "This post first appeared on Sunday.";
      Article b = clean("Councillor deletes post on ferry fares\n\nCouncillor Karl Lind deleted a post on Monday that "
          + "called the new ferry fares theft.\n\n" + read + "\n\n" + first + "\n\n" + dated);
      assertThat(kept(b)).contains(read, first, dated);
      assertThat(b.removed()).isEmpty();
    }

    /** The sponsor of a page or a series, on a line of its own. */
    @Test
    void aSponsorsLine() {
      for (String sponsor : List.of("Presented by Lindby Bank", "Underwritten by The Lindby Bank Co.",
          "Brought to you by Lindby Bank", "Sponsored by Eva Strand Homes")) {
        Article a = clean("Lindby opens its new library\n\n" + sponsor + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.FOOTER)).as(sponsor).containsExactly(sponsor);
        assertThat(a.title()).as(sponsor).isEqualTo("Lindby opens its new library");
      }
      for (String line : List.of("Powered By Hope", "Presented by Karl Lind, the plan was approved on Monday.",
          "Supported by the council")) {
        assertThat(kept(clean("Lindby opens its new library\n\n" + line + "\n\n" + STORY))).as(line).contains(line);
      }
    }

    /** The prompt under a picture to see it larger. */
    @Test
    void aPromptToEnlargeThePicture() {
      for (String prompt : List.of("Click to ENLARGE.", "Click image to enlarge", "Tap to zoom")) {
        Article a = clean("Lindby opens its new library\n\n" + prompt + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.FOOTER)).as(prompt).containsExactly(prompt);
      }
      String sentence = "Tap to pay is spreading to the shops of Lindby, the council said.";
      assertThat(kept(clean(STORY + "\n\n" + sentence))).contains(sentence);
    }

    @Test
    void cookieBannerCopyrightAndWidgetsAfterTheStory() {
      Article a = clean(STORY + "\n\nShare this article\n\n12 comments\n\n\u00A9 2021 Example Media Ltd. All rights reserved."
          + "\n\nWe use cookies to improve your experience. By continuing you accept our policy.\n\nAccept");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Share this article", "12 comments",
          "\u00A9 2021 Example Media Ltd. All rights reserved.",
          "We use cookies to improve your experience. By continuing you accept our policy.", "Accept");
      assertThat(kept(a)).hasSize(3);
    }

    @Test
    void aRightsNoticeWithTheStoryGoingOnBelowItDoesNotEndTheStory() {
      String notice = "Copyright 2026 Lindby Wire. All rights reserved.";
      String after = "The council will meet on Monday to decide whether the mill can be rebuilt in the spring.";
      String unfinished = "Mayor Eva Strand said the town would help the two families who lost their houses in the fire";
      Article a = clean(STORY + "\n\n" + notice + "\n\n" + after + "\n\n" + unfinished);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
      assertThat(kept(a)).contains(after, unfinished);
      Article b = clean(STORY + "\n\n" + unfinished);
      assertThat(kept(b)).contains(unfinished);
    }

    @Test
    void cookieBannerAtTheTop() {
      Article a = clean("This site uses cookies. Please accept them to continue reading.\n\n" + STORY);
      assertThat(removed(a, RemovalReason.FOOTER)).hasSize(1);
    }

    @Test
    void wherePrintRanTheStoryIsNoPartOfIt() {
      String notice = "A version of this article appears in print on October 12, 2012, on page A16 of the New York "
          + "edition with the headline: Night of Withering Ripostes, Mostly Delivered by Biden.";
      Article a = clean(STORY + "\n\n" + notice);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
      for (String reported : List.of("The ad appeared in print in three state newspapers on Sunday, the campaign said.",
          "The article appeared in print on Sunday and drew a rebuke from the White House within hours.",
          "Critics said the article, which appears in the print edition on Monday, misquoted the minister.")) {
        assertThat(kept(clean(STORY + "\n\n" + reported))).contains(reported);
      }
    }

    @Test
    void anEditorsCorrectionIsNoPartOfTheStory() {
      List<String> notice = List.of("This post has been revised to reflect the following correction:",
          "Correction: March 3, 2021",
          "Because of an editing error, an earlier version of this post said that Mayor Jane Doe was from Norrvik. "
              + "She is from Lindby.");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", notice));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactlyElementsOf(notice);
      for (String reported : List.of(
          "The Lindby Times said an earlier version of its article had named the wrong mayor.",
          "\u201CAn earlier version of this article misstated the toll,\u201D the Lindby Times wrote on Monday.",
          "The council issued a correction to its budget on Monday.")) {
        assertThat(kept(clean(STORY + "\n\n" + reported))).contains(reported);
      }
    }

    @Test
    void anEditorsAmendmentIsNoPartOfTheStory() {
      List<String> notice = List.of("This article was amended on 21 March 2026 to correct the number of pupils.",
          "This story has been corrected.");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", notice));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactlyElementsOf(notice);
      // a report the story is about, and an amendment someone speaks of, are the story's
      for (String reported : List.of("This report was amended in May to correct the cost of the bridge.",
          "This post was amended to correct the fares, the ferry company said.")) {
        assertThat(kept(clean(STORY + "\n\n" + reported))).contains(reported);
      }
    }

    /**
     * Each of {@code furniture}, written after the story and before {@code next}, is removed as a footer, and each of
     * {@code reported}, written after the story, stays.
     */
    private void footersGoReportingStays(List<String> furniture, String next, List<String> reported) {
      for (String line : furniture) {
        Article a = clean(STORY + "\n\n" + line + "\n\n" + next);
        assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(line);
      }
      for (String line : reported) {
        assertThat(kept(clean(STORY + "\n\n" + line))).contains(line);
      }
    }

    @Test
    void aPointerToAnEmbeddedPostIsNoPartOfTheStory() {
      footersGoReportingStays(List.of("Read the full post via the Lindby Courier:", "Watch the video below:",
          "See the full letter here."), "\u201CWe will rebuild the bridge,\u201D the mayor wrote.",
          List.of("Read the fine print and you will see the fees, the council said.",
              "See you in court, the mayor told the protesters on Monday."));
    }

    @Test
    void aRequestForTheReadersCommentIsNoPartOfTheStory() {
      footersGoReportingStays(List.of("Sound off in the comments below!",
          "Leave your thoughts on the new bridge in the comments section below.",
          "Hit the jump for more details and why the bridge could face a long delay."),
          "The council will vote on the bridge in May.",
          List.of("Residents posted angry comments below the mayor's video on Monday.",
              "Share your comments on the plan by Friday, the council told residents in a letter."));
    }

    @Test
    void howToReachTheWriterAndFollowTheSiteIsNoPartOfTheStory() {
      footersGoReportingStays(List.of(
          "Post columnist Karl Lind can be reached at 206-555-0100 or karllind@lindbypost.com.",
          "Contact Karl Lind at karllind@lindbypost.com.",
          "Follow politics on the Post's blog at blog.lindbypost.com/politics.",
          "Follow us on Twitter @lindbypost."),
          "The harbor board will vote on the mooring rules in May.",
          List.of("Karl Lind could not be reached for comment on Monday.",
              "Anyone with information can call the Lindby police at 206-555-0100, the sheriff said.",
              "Follow the money, the senator told reporters on Monday.",
              "Jane Doe, who can be reached at the harbor office most mornings, runs the ferry to Lindby."));
    }

    @Test
    void reportingAboutCookiesStays() {
      String s = "Regulators said websites must ask consent before placing tracking cookies on devices.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }

    @Test
    void unfinishedQuotationAtTheEndStays() {
      String s = "“We will respond to any provocation with force,” the minister warned";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }

    @Test
    void closingListOfPointsStays() {
      Article a = clean(STORY + "\n\nThe plan includes:\n\u2022 a ceasefire along the current front line\n"
          + "\u2022 an exchange of all prisoners of war");
      assertThat(kept(a)).contains("\u2022 a ceasefire along the current front line", "\u2022 an exchange of all prisoners of war");
    }

    @Test
    void sentenceAboutAdvertisingIsNotFurniture() {
      String s = "We rely on advertising and subscriptions to pay for reporting like this, the publisher told staff.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }

    @Test
    void newsletterBoxInsideTheStory() {
      String box = "Sign up for our newsletter to get the best stories in your inbox every morning.";
      Article a = clean(STORY + "\n\n" + box + "\n\n" + STORY.replace("Vienna", "Graz"));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(box);
    }

    @Test
    void aCommentCountUnderTheHeadlineDoesNotStartTheComments() {
      String menu = String.join("\n", "Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Video");
      String promo = "Our reporters spent a year on this investigation of the region's water supply, and you can read it all.";
      Article a = clean(menu + "\n\n" + promo + "\n\nMinisters meet over the ceasefire in Vienna\n\nNew, 15 comments\n\n"
          + STORY);
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n")));
    }

    @Test
    void commentsAboveALongFooterAreStillComments() {
      String comment = "I think the ministers should have stayed in Vienna until they had a deal, frankly.";
      String page = STORY + "\n\n[ 167 comments ]\n\nreader_one\n\n" + comment + "\n\nRating: 36 Votes\n\n"
          + String.join("\n", IntStream.range(0, 40).mapToObj(i -> "Guide " + i).toList());
      Article a = clean(page);
      assertThat(kept(a)).doesNotContain(comment).containsAll(List.of(STORY.split("\n\n")));
    }

    @Test
    void theCommentsUnderAShortPostAreNoPartOfIt() {
      String post = "Our old dog Rolf died this morning at the vet in Lindby. He was fourteen and had been slow all"
          + " summer, but we did not think today would be the day.";
      String comment = "2. He was the best dog on the street. Thinking of you all.";
      String page = "Monday, May 4, 2015\n\nGoodbye, Rolf\n\n" + post + "\n\nI will miss him.\n\n2 comments:\n\n"
          + "1. So sorry, Eva. Give the kids a hug from us.\n\n" + comment;
      Article a = clean(page);
      assertThat(kept(a)).contains(post, "I will miss him.").doesNotContain("2 comments:", comment);

      String story = String.join("\n\n", STORY.split("\n\n")[0], "12 comments",
          "The talks lasted four hours and ended without a joint statement, according to two diplomats.",
          "Both sides agreed to meet again next month, the host government said in a statement.",
          "The mediators will travel to both capitals next week, a spokesman said.");
      assertThat(kept(clean(story))).as("a count with more of the story below it starts nothing")
          .contains("Both sides agreed to meet again next month, the host government said in a statement.",
              "The mediators will travel to both capitals next week, a spokesman said.");
    }

    @Test
    void aBareCommentWordAsASubheadingInTheFirstHalfIsNotTheComments() {
      String later = "The ministry declined to say whether the talks would resume, a spokesman said on Friday.";
      String page = STORY + "\n\nNo comment\n\n" + later + "\n\n"
          + String.join("\n", IntStream.range(0, 40).mapToObj(i -> "Guide " + i).toList());
      assertThat(kept(clean(page))).contains(later);
    }

    @Test
    void aShortLastSentenceWithoutFunctionWordsIsStory() {
      for (String last : List.of("Police arrested two men.", "Karl Lind, 61, died Sunday.",
          "Damage reached $2 million.", "Strand, 28, won 18 games last season.")) {
        assertThat(kept(clean(STORY + "\n\n" + last))).contains(last);
      }
      // labels and names after the story narrate nothing: still furniture
      for (String label : List.of("Lindby Post, Politics.", "Jane Doe, Lindby Courier.",
          "Tags: Lindby, Vienna, talks.")) {
        assertThat(removed(clean(STORY + "\n\n" + label), RemovalReason.FOOTER)).containsExactly(label);
      }
    }

    @Test
    void pageWithoutProseKeepsItsLines() {
      Article a = clean("Ceasefire talks\nVienna, Tuesday\nNo statement yet");
      assertThat(a.removed()).noneMatch(r -> r.reason() == RemovalReason.FOOTER);
    }

    /** A transcript's mark of a gap in capitals ("TRANSCRIPT RESUMES", "END OF TRANSCRIPT") goes as furniture. */
    @Test
    void transcriptMarksOfAGapGo() {
      String host = "EVA STRAND, LINDBY RADIO HOST: Good morning. We begin with the harbour bridge, which opened today.";
      String guest = "KARL LIND, LINDBY MAYOR: Thank you. It took four years, and the town waited for every one of them.";
      Article a = clean(String.join("\n\n", "Interview with Lindby Mayor Karl Lind", "TRANSCRIPT RESUMES", host,
          guest, "END OF TRANSCRIPT"));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("TRANSCRIPT RESUMES", "END OF TRANSCRIPT");
      assertThat(kept(a)).contains(host, guest);
      // a headline about a transcript, in capitals or not, is no mark of a gap
      Article b = clean(String.join("\n\n", "SENATE RELEASES CALL TRANSCRIPT", STORY,
          "Break in transcript leaves questions", STORY.replace("Vienna", "Geneva")));
      assertThat(kept(b)).contains("SENATE RELEASES CALL TRANSCRIPT", "Break in transcript leaves questions");
    }
  }


  @Nested
  class Bylines {
    /**
     * A news agency's name alone under the headline is the byline, not a menu; a widget's words, a section's name and
     * other short lines there are navigation.
     */
    @Test
    void anAgencysNameAloneUnderTheHeadlineIsTheByline() {
      String story = "The Lindby council voted on Thursday to approve the new harbour budget, the mayor said."
          + "\n\nKarl Lind, who chairs the council, said the vote would keep the ferry running in winter.";
      for (String byline : List.of("Lindwire Press", "Ostvik News Service")) {
        Article a = clean("Lindby council votes on harbour budget\n\n" + byline + "\n\n" + story);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      for (String widget : List.of("Text size", "World News", "Site Mobile Navigation")) {
        Article a = clean("Lindby council votes on harbour budget\n\n" + widget + "\n\n" + story);
        assertThat(removed(a, RemovalReason.NAVIGATION)).as(widget).containsExactly(widget);
      }
    }

    /** A byline with the story's reading time after the names, glued to the last name or not, is a byline. */
    @Test
    void aBylineWithAReadingTime() {
      String story = "The Lindby council voted on Thursday to approve the new harbour budget, the mayor said."
          + "\n\nKarl Lind, who chairs the council, said the vote would keep the ferry running in winter.";
      for (String byline : List.of("By Jane Doe2 minute Read", "By Eva van Strand 4 min read")) {
        Article a = clean("Lindby council votes on harbour budget\n\n" + byline + "\n\n" + story);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      // without a name before the reading time it is no byline
      String noName = "By the 2 minute read";
      assertThat(kept(clean("Lindby council votes on harbour budget\n\n" + noName + "\n\n" + story)))
          .contains(noName);
    }

    /** The days or times that head the parts of a timeline say when each thing happened: they are the story's. */
    @Test
    void aTimelinesHeadingsAreNoDateLines() {
      String timeline = String.join("\n\n", "Lindby ferry strike: a timeline",
          "The strike that stopped the Lindby ferries for three days ended on Thursday, the union said.",
          "Here is how the week went:", "Monday (May 4)",
          "The ferry workers' union calls a strike after talks with the harbour board break down.", "Tuesday (May 5)",
          "No boats leave Lindby harbour, and Karl Lind, the harbour master, closes the ticket office.", "9.40pm",
          "Eva Strand, the mayor, meets both sides at the town hall.");
      assertThat(clean(timeline).removed()).isEmpty();
      // a blog's date over its one post, and a page's stamps with a word of updating, are the page's
      String blog = String.join("\n\n", "Lindby Harbour Desk",
          "The harbour desk blog, with notes from our newsroom and posts on what happens around the port.",
          "Monday, May 4", "Ferry strike ends",
          "The strike that stopped the Lindby ferries for three days ended on Thursday, the union said.",
          "Updated 9:40 am", "Boats will run to the usual timetable from Friday morning, the harbour board said.",
          "Updated 10:15 am", "The ticket office opens again at 8 a.m., according to the board.");
      assertThat(removed(clean(blog), RemovalReason.BYLINE))
          .containsExactly("Monday, May 4", "Updated 9:40 am", "Updated 10:15 am");
      // days with their year are a page's stamps too
      String stamped = timeline.replace("(May 4)", "(May 4, 2026)").replace("(May 5)", "(May 5, 2026)");
      assertThat(removed(clean(stamped), RemovalReason.BYLINE)).contains("Monday (May 4, 2026)");
    }

    /** A comment's stamp under its author's name is the page's, however many comments the page has. */
    @Test
    void aCommentsStampIsNoTimelineHeading() {
      String page = String.join("\n\n", "Lindby council closes two libraries",
          "The Lindby council voted on Thursday to close two of the four libraries by June, officials said.",
          "Karl Lind, who chairs the council, said the vote would save the town half a million crowns a year.",
          "Jane Doe", "Sunday, 12:30", "This is a shame for the town.", "Eva Strand", "Sunday, 14:05",
          "The council made the right call.");
      assertThat(removed(clean(page), RemovalReason.BYLINE)).contains("Sunday, 12:30", "Sunday, 14:05");
    }

    /** The page's age as a site shows it, in days, weeks or months, is a date line and never the title. */
    @Test
    void thePagesAgeIsADateLine() {
      String story = "The Lindby council will meet on Thursday to vote on the new harbour budget, the mayor said."
          + "\n\nKarl Lind, who chairs the council, said the vote would decide whether the ferry runs in winter.";
      Article a = clean("By The Lindby Post\n\n7 days ago\n\n" + story);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("By The Lindby Post", "7 days ago");
      assertThat(a.title()).isEmpty();
      Article b = clean("Lindby council to vote on harbour budget\n\nUpdated 3 weeks ago\n\n" + story);
      assertThat(removed(b, RemovalReason.BYLINE)).containsExactly("Updated 3 weeks ago");
      // a look back by years heads a part of the story, and a sentence with "ago" is the story's
      String lookBack = "25 years ago";
      String sentence = "Two days ago the ferry stopped running.";
      Article c = clean("Lindby council to vote on harbour budget\n\n" + story.replace("\n\n", "\n\n" + lookBack
          + "\n\n") + "\n\n" + sentence);
      assertThat(kept(c)).contains(lookBack, sentence);
    }

    /** A blog's byline with "by" in lower case, on a paragraph of its own. */
    @Test
    void aBylineWithByInLowerCase() {
      String post = "The mayor of Lindby opened the new public library on Saturday after three years of building work."
          + "\n\nThe library holds 40,000 books and a room for children, said Karl Lind, the head librarian.";
      for (String byline : List.of("by Jane Doe", "by Eva van Strand")) {
        Article a = clean("Lindby opens its new library\n\n" + byline + "\non March 4, 2024\n\n" + post);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).contains(byline);
        assertThat(kept(a)).as(byline).hasSize(3);
      }
      // a hard-wrapped sentence going on with "by" and a name, and a line that is no name, stay
      String wrapped = "The new library was designed for the town of Lindby\nby Karl Lind\nand built in three years.";
      assertThat(String.join("\n", kept(clean("Lindby opens its new library\n\n" + wrapped + "\n\n" + post))))
          .contains("by Karl Lind");
      assertThat(kept(clean("Lindby opens its new library\n\nby the river\n\n" + post))).contains("by the river");
      // a list of deadlines: "by Monday", "by Christmas" are times, no names
      String stages = "Lindby opens its new library\n\nThe bridge to the library will reopen in stages:\n\nby Monday"
          + "\n\nby Christmas\n\n" + post;
      assertThat(kept(clean(stages))).contains("by Monday", "by Christmas");
    }

    @Test
    void bylineAndDateline() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\nBy Jane Roe and John Doe\n\n"
          + "Updated: 3 December 2021 14:05 GMT\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("By Jane Roe and John Doe",
          "Updated: 3 December 2021 14:05 GMT");
    }

    @Test
    void timestampThenBylineIsTheByline() {
      for (String byline : List.of("Posted on November 5, 2012 by Jane Doe",
          "Posted on November 5, 2012 at 11:05 AM by Jane Doe", "Published on 3 March 2021 by Karl Lind")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + byline + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      for (String line : List.of("Posted on Facebook by Jane Doe", "Updated on March 3, 2021 by the council of Lindby")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + line + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(line).isEmpty();
      }
    }

    @Test
    void fromAndTheSourceOfTheStoryIsTheByline() {
      for (String byline : List.of("From the Lindby Wire", "From Lindby Radio's Karl Lind",
          "From Lindby Radio\u2019s Eva Strand", "From Lindby Post staff and wire reports")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + byline + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      // a subheading with a preposition of its own, and reporting that opens with "From", stay
      for (String line : List.of("From Vienna With Hope", "From Farm To Table",
          "From the ministry, officials carried the draft to the hotel.", "From 2019 Talks")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + STORY + "\n\n" + line + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(line).isEmpty();
      }
    }

    @Test
    void namesWithTheAgencyGluedOnAreTheByline() {
      for (String byline : List.of("Karl LindLNA", "Eva Strand, Karl Lind and Jane DoeLNA")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + byline + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      // a title-case line with a name in capitals after its prefix, and one with a lower-case word, stay
      for (String line : List.of("Farmers Cheer Old McDONALD", "Karl Lind wins in LINDBY", "Karl LindLNA said so.")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + STORY + "\n\n" + line + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(line).isEmpty();
      }
    }

    @Test
    void datelineGluedToTheFirstSentence() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\nDecember 2, 2021" + STORY + "\n\n3 December 2021Talks resumed on Friday in Graz.");
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("December 2, 2021", "3 December 2021");
      assertThat(kept(a)).contains(STORY.substring(0, STORY.indexOf('\n')), "Talks resumed on Friday in Graz.");
    }

    @Test
    void twoTimestampsJoinedBySlashAboveTheHeadline() {
      Article a = clean("PUBLISHED FRIDAY, MAY 3, 2024 AT 9:46 PM/UPDATED AT 9:48 PM\n\n"
          + "Ministers meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("PUBLISHED FRIDAY, MAY 3, 2024 AT 9:46 PM/UPDATED AT 9:48 PM");
      assertThat(kept(a)).startsWith("Ministers meet over the ceasefire in Vienna");
    }

    @Test
    void editedTimestamp() {
      Article a = clean(STORY + "\n\nEdited time: March 13, 2013 02:15\n\nUK 4.2%\n\nTalks resumed on Friday in Graz.");
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Edited time: March 13, 2013 02:15");
    }

    @Test
    void timestampsInAmericanTimeZonesAndFirstPublished() {
      List<String> stamps = List.of("Originally published 05/03/2013 at 10:20 AM EDT",
          "Published: Tuesday, Dec. 20 2005 12:00 a.m. MST", "December 15, 2008 at 1:00pm CST");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", stamps) + "\n\nTalks resumed on Friday in Graz.");
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactlyElementsOf(stamps);
    }

    @Test
    void sentencesThatStartLikeABylineOrADateStay() {
      String byContrast = "By contrast, the delegations from the south left early.";
      String date = "On 3 December 2021 the talks failed.";
      Article a = clean(STORY + "\n\n" + byContrast + "\n\n" + date);
      assertThat(kept(a)).contains(byContrast, date);
    }

    @Test
    void contributorLineAtTheEnd() {
      String credit = "The Courier's Jane Roe and John Doe contributed to this report.";
      Article a = clean(STORY + "\n\n" + credit);
      assertThat(a.removed()).extracting(Removal::text).containsExactly(credit);
      String story = "Three factors contributed to the delay, the mediators said.";
      assertThat(kept(clean(STORY + "\n\n" + story))).contains(story);
    }

    @Test
    void bylineInCapitalsOrWithTheOutletAfterFrom() {
      for (String byline : List.of("BY JANE ROE from the Lindby Wire", "By Jane Roe from the Lindby Wire", "BY JANE ROE")) {
        Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + byline + "\n\n" + STORY);
        assertThat(removed(a, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
      }
      String subheading = "BY THE NUMBERS";
      Article b = clean(STORY + "\n\n" + subheading + "\n\nTalks resumed on Friday in Graz.");
      assertThat(removed(b, RemovalReason.BYLINE)).isEmpty();
      String sentence = "By noon from the north came the first delegation.";
      assertThat(kept(clean(STORY + "\n\n" + sentence))).contains(sentence);
    }

    @Test
    void secondLineOfABylineNamesTheOutletAndTheRole() {
      String role = "Lindby Post Staff Writers";
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\nBy Jane Roe and John Doe\n" + role + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("By Jane Roe and John Doe", role);
      // the same words standing apart from a byline, or a sentence under a byline, are not the byline's
      String sentence = "Two writers were hurt.";
      Article b = clean("Ministers meet over the ceasefire in Vienna\n\nBy Jane Roe\n" + sentence + "\n\n" + STORY);
      assertThat(kept(b)).contains(sentence);
      Article c = clean("Ministers meet over the ceasefire in Vienna\n\n" + STORY + "\n\nLindby Hires Two Writers");
      assertThat(removed(c, RemovalReason.BYLINE)).isEmpty();
    }

    @Test
    void timestampInPartsWithThePlaceOrTheOutletIsNeverTheTitle() {
      // a page pasted from its date line down, without its headline: the stamp with its place is no title
      String stamp = "March 3, 2024 9:12 am | Updated 9:40 am CET - Lindby";
      Article a = clean(stamp + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly(stamp);
      assertThat(a.title()).isEmpty();
      for (String byline : List.of("by Lindby Post | Today at 2:03 a.m.", "Lindby Courier \u2014 5 March 2024, 14:05")) {
        Article b = clean("Ministers meet over the ceasefire in Vienna\n\n" + byline + "\n\n" + STORY);
        assertThat(removed(b, RemovalReason.BYLINE)).as(byline).containsExactly(byline);
        assertThat(b.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
      }
      // a headline with a stamp, a score with a bar and a tour date (when something happens) stay
      for (String line : List.of("Storm closes Lindby bridge | Updated 9:40 am", "Lindby 3 | Strand 2",
          "June 17 \u2013 Lindby, ND", "May 2 - Strand Harbour Hall")) {
        Article c = clean("Ministers meet over the ceasefire in Vienna\n\n" + STORY + "\n\n" + line + "\n\n" + STORY);
        assertThat(removed(c, RemovalReason.BYLINE)).as(line).isEmpty();
      }
    }

    @Test
    void creditLineAtTheEnd() {
      Article a = clean(STORY + "\n\n(Reporting by Jane Roe; Editing by John Doe)");
      assertThat(a.removed()).extracting(Removal::text).containsExactly("(Reporting by Jane Roe; Editing by John Doe)");
    }
  }

  @Nested
  class Scripts {
    @Test
    void languageMenuInAnotherScript() {
      Article a = clean(STORY + "\n\nРусский Deutsch Español العربية\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOREIGN_SCRIPT)).containsExactly("Русский Deutsch Español العربية");
    }

    @Test
    void pageInAnotherScriptIsNotStrippedForIt() {
      Article a = clean("Министры встретились в Вене во вторник.\n\nПереговоры продолжались четыре часа.");
      assertThat(removed(a, RemovalReason.FOREIGN_SCRIPT)).isEmpty();
    }

    @Test
    void quotedForeignWordsInAnEnglishSentenceStay() {
      String s = "Protesters chanted “Россия будет свободной” (Russia will be free) outside the embassy on Tuesday.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }
  }

  @Nested
  class Embedded {
    @Test
    void postWithItsAttributionLine() {
      String post = "Delegations arriving at the palace this morning. pic.example.com/AbCdEf";
      String signature = "\u2014 Jane Roe (@janeroe) December 2, 2021";
      Article a = clean(STORY + "\n" + post + "\n" + signature + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.EMBEDDED).extracting(Block::text)
          .containsExactly(post, signature);
      assertThat(a.removed()).isEmpty();
      assertThat(a.cleanedText()).doesNotContain("janeroe");
    }

    @Test
    void handleMentionedInProseIsReporting() {
      String s = "The minister (@minister_x) wrote on Tuesday that the talks had failed.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.STORY).extracting(Block::text).contains(s);
    }
  }

  @Nested
  class Headline {
    @Test
    void aLabelledHeadlineSetTwiceOverItsStoryIsTheHeadline() {
      String headline = "BREAKING NEWS: Floods close the Lindby road";
      String story = String.join("\n\n",
          "Floods closed the road between Lindby and Strand on Tuesday, the county said.",
          "Crews expect the road to stay closed until the river falls, Eva Strand of the county roads office said.");
      Article a = clean("Total Pageviews\n\nTuesday, May 9, 2023\n\n" + headline + "\n\n" + headline + "\n\n"
          + story);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(removed(a, RemovalReason.TEASER)).isEmpty();
      // another story's teaser set twice says other things than the story, and stays a teaser
      String teaser = "BREAKING NEWS: Lindby council picks a new mayor";
      assertThat(removed(clean(story + "\n\n" + teaser + "\n\n" + teaser), RemovalReason.TEASER))
          .contains(teaser);
      // and so does a teaser of the same floods set twice under the story's first paragraph
      String below = "BREAKING NEWS: Floods close the Strand road to Lindby";
      String later = "Floods also closed the Strand road to Lindby on Wednesday, county officials said.";
      assertThat(removed(clean(story + "\n\n" + below + "\n\n" + below + "\n\n" + later),
          RemovalReason.TEASER)).contains(below);
    }

    @Test
    void theOutletsNameAfterTheHeadlineIsNoPartOfIt() {
      String text = "Ministers meet over the ceasefire in Vienna | Daily Ledger\n\n" + STORY;
      Article a = CLEANER.clean(Article.of("page", "The Daily Ledger", null, "", text));
      CleaningInvariants.assertPartition(a);
      assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.HEADLINE).extracting(Block::text)
          .containsExactly("Ministers meet over the ceasefire in Vienna");
      assertThat(a.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
      assertThat(removed(a, RemovalReason.METADATA)).containsExactly("| Daily Ledger");

      String other = "Ministers meet over the ceasefire | A Vienna diary\n\n" + STORY;
      assertThat(kept(CLEANER.clean(Article.of("page", "The Daily Ledger", null, "", other))))
          .as("a suffix that is not the outlet's name stays").contains("Ministers meet over the ceasefire | A Vienna diary");
    }

    @Test
    void theArticlesOwnTitleIsTheHeadlineWhateverItsShape() {
      String title = "South Dakota doubles down on \u2018Meth. We\u2019re on it.\u2019 They just might be.";
      Article a = CLEANER.clean(Article.of("page", "Outlet", null, title, "Home\n\nNews\n\n" + title + "\n\n" + STORY));
      assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.HEADLINE).extracting(Block::text).containsExactly(title);
    }

    @Test
    void onAWholePastedPageTheHeadlineIsTheLineThatSaysWhatTheStorySays() {
      String page = String.join("\n", "Skip to main content", "Subscribe for $1", "World", "Politics", "Business")
          + "\n\nMost Popular Stories Today\n\nTerms of Use\n\nTalks in Vienna end without a ceasefire deal\n\n"
          + "By Jane Roe\n\n" + STORY;
      Article a = clean(page);
      assertThat(a.title()).isEqualTo("Talks in Vienna end without a ceasefire deal");
      assertThat(kept(a)).doesNotContain("Most Popular Stories Today", "Terms of Use");
    }

    @Test
    void onAWholePageAHeadlineThatReadsAsASentenceOpensTheStory() {
      String headline = "Ministers leave Vienna without a ceasefire: \u201cWe are further apart than ever!\u201d";
      String page = String.join("\n", "Skip to main content", "Subscribe for $1", "World", "Politics", "Business")
          + "\n\nEvening News\n\n" + headline + "\n\n" + STORY;
      Article a = clean(page);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(kept(a)).doesNotContain("Evening News");
    }

    @Test
    void aStoryOpeningWithAQuestionKeepsTheHeadlineAboveIt() {
      String page = String.join("\n", "Skip to main content", "Subscribe for $1", "World", "Politics", "Business")
          + "\n\nLeeds backs \u00a3200m arena\n\nBy Jane Roe\n\n"
          + "Who will pay for the new stadium that councillors in Leeds approved on Tuesday?\n\n"
          + "The council voted 52 to 31 for the stadium after a debate of six hours, officials said.\n\n"
          + "Opponents said taxpayers would carry the cost of the stadium if the club failed to pay.\n\n"
          + "The club said the stadium would open in 2027 and bring 800 jobs to the city, a spokesman said.";
      Article a = clean(page);
      assertThat(a.title()).isEqualTo("Leeds backs \u00a3200m arena");
      assertThat(kept(a)).contains("Who will pay for the new stadium that councillors in Leeds approved on Tuesday?");
    }

    @Test
    void theFirstHeadlineOfThePageStaysWhenItSaysWhatTheStorySays() {
      String menu = String.join("\n", "Skip to main content", "Subscribe for $1", "World", "Politics", "Business");
      String page = menu + "\n\nCeasefire talks in Vienna end without agreement\n\nMinisters in Vienna hold ceasefire"
          + " talks\n\n" + STORY;
      assertThat(clean(page).title()).isEqualTo("Ceasefire talks in Vienna end without agreement");
    }

    @Test
    void headlineSetsAnEmptyTitle() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
      assertThat(a.body().get(0).kind()).isEqualTo(BlockKind.HEADLINE);
    }

    @Test
    void headlineWithoutFunctionWordsBeforeAStandfirst() {
      String dek = "Kremlin says it has no plans to invade and blames the alliance";
      Article a = clean("Putin Warns NATO\n\n" + dek + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Putin Warns NATO");
      assertThat(kept(a)).contains(dek);
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void givenTitleIsKept() {
      Article in = Article.of("page", "Outlet", null, "Given title", "Ministers meet over the ceasefire in Vienna\n\n" + STORY);
      assertThat(CLEANER.clean(in).title()).isEqualTo("Given title");
    }

    @Test
    void articleThatOpensWithProseHasNoHeadline() {
      Article a = clean(STORY);
      assertThat(a.title()).isEmpty();
      assertThat(a.body()).noneMatch(b -> b.kind() == BlockKind.HEADLINE);
    }

    @Test
    void aShortFirstLineOverTheLeadIsTheHeadlineEvenWithAFullStop() {
      String headline = "Lindby closes its old river bridge to cars after cracks are found.";
      String lead = "The Lindby town council voted 5-2 on Monday to close the old river bridge to cars from next month, "
          + "citing cracks found in its main span.";
      Article a = clean(headline + "\n\n" + lead + "\n\nMayor Jane Doe said a ferry would run until repairs are done.");
      assertThat(a.title()).isEqualTo(headline);
      assertThat(a.body().get(0).kind()).isEqualTo(BlockKind.HEADLINE);
      // a lead that opens the text stays story: it names the day, tells the news in the perfect, reports what
      // someone said, or opens on a dateline
      String more = "Engineers found cracks in the main span of the old river bridge last week, and the repairs could "
          + "take a year, the council said in a statement, while a ferry will carry cars and bikes across the river "
          + "from the town square.";
      for (String opening : List.of("The Lindby town council voted on Monday to close the old river bridge to cars.",
          "A fire has destroyed the old wooden footbridge over the river in Lindby.",
          "The old river bridge will close to cars next month, Mayor Jane Doe said.",
          "LINDBY (LP) \u2014 The old river bridge will close to cars after cracks are found.")) {
        Article b = clean(opening + "\n\n" + more);
        assertThat(b.title()).as(opening).isEmpty();
        assertThat(kept(b)).containsExactly(opening, more);
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tag Archives: weather", "View All Posts", "REGIONAL NEWS DESK",
        "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://pixel.example.com/tr?id=42\">"})
    void aLabelAboveTheHeadlineOnAShortTopIsNotTheHeadline(String label) {
      String headline = "Lindby ferry runs aground near the old lighthouse";
      String page = label + "\n\n" + headline + "\n\nPosted by Karl Lind\n\n"
          + "The Lindby ferry ran aground near the old lighthouse on Tuesday evening, the coast guard said.\n\n"
          + "Eva Strand, who was on board, said the ferry stopped with a jolt and none of the 40 passengers"
          + " was hurt.\n\n"
          + "The coast guard said the ferry would be towed back to its berth on Wednesday.";
      Article a = clean(page);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(kept(a)).doesNotContain(label);
      // a headline that shares a word with the story stays, though a deck under it shares more
      String own = "Rocks at Lindby";
      String deck = "Ferry with 40 passengers runs aground near the old lighthouse";
      Article b = clean(own + "\n\n" + deck + "\n\n" + page.substring(page.indexOf("The Lindby ferry")));
      assertThat(b.title()).isEqualTo(own);
      assertThat(kept(b)).contains(deck);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LINDBY VALLEY NEWS", "Lindby News", "NORTH COAST NEWS"})
    void aSectionNameSharingAWordWithTheStoryIsNotTheHeadline(String section) {
      String headline = "Lindby ferry runs aground near the old lighthouse, coast guard says";
      String story = "LINDBY (LP) \u2014 The Lindby ferry ran aground near the old lighthouse on the north coast on"
          + " Tuesday evening, the coast guard said.\n\n"
          + "Eva Strand, who was on board, said the ferry stopped with a jolt and none of the 40 passengers"
          + " was hurt.\n\n"
          + "The coast guard said the ferry would be towed back to its berth on Wednesday.";
      Article a = clean(section + "\n\n" + headline + "\n\nMarch 5, 2024, 9:10 AM\n\nBY KARL LIND\n\n\n" + story);
      assertThat(a.title()).isEqualTo(headline);
      assertThat(kept(a)).doesNotContain(section);
      // a headline that has a lower-case word stays the headline, though the line under it shares more
      String own = "Good news at Lindby";
      String deck = "Ferry with 40 passengers runs aground near the old lighthouse";
      Article b = clean(own + "\n\n" + deck + "\n\nMarch 5, 2024, 9:10 AM\n\nBY KARL LIND\n\n\n" + story);
      assertThat(b.title()).isEqualTo(own);
      assertThat(kept(b)).contains(deck);
    }

    @Test
    void titleCaseQuestionHeadlineEndingInAPeriod() {
      Article a = clean("Is War Coming? Officials Say Talks Are The Last Chance.\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Is War Coming? Officials Say Talks Are The Last Chance.");
    }

    /** A letter to the editor headed like a site's prompt, and a salutation under it. */
    @Test
    void aLetterHeadedLikeASignUpPromptKeepsItsHeadlineAndSalutation() {
      String letter = String.join("\n\n", "Sign up for the Lindby library's reading club", "Dear editor,",
          "Last winter my neighbour Eva Strand talked me into joining the reading club at the Lindby library.",
          "I had not read a whole book in ten years, and now the club meets every Thursday in the library's"
              + " back room.",
          "I hope more readers will join us before the club's spring list is chosen.", "Karl Lind,", "Lindby");
      Article a = clean(letter);
      assertThat(a.title()).isEqualTo("Sign up for the Lindby library's reading club");
      assertThat(kept(a)).contains("Sign up for the Lindby library's reading club", "Dear editor,");

      String prompt = "Sign up for our morning newsletter";
      Article b = clean(prompt + "\n\n" + STORY);
      assertThat(kept(b)).as("a prompt that says nothing of the story goes").doesNotContain(prompt);
    }

    /** A headline set in two lines, the second going on in lower case from the first. */
    @Test
    void aHeadlineSetInTwoLinesIsOneTitle() {
      String lead = String.join("\n\n",
          "A ferry worker who drowned in the harbour on Friday had slipped from the loading ramp while securing a"
              + " truck, the port authority said Saturday.",
          "Karl Lind, 41, was pulled from the water by a crew member and died later at Lindby Hospital.",
          "The authority said the ramp had been inspected in March and found safe.");
      Article a = clean("Skip to content\n\nIn the Region\n\nLINDBY\n\nNew details in the drowning\n\n"
          + "of a ferry worker\n\n" + lead);
      assertThat(a.title()).isEqualTo("New details in the drowning of a ferry worker");
      assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.HEADLINE).extracting(Block::text)
          .containsExactly("New details in the drowning", "of a ferry worker");

      Article b = clean("Lindby News\n\nCouncil delays vote on bridge\n\nafter residents fill the hall\n\n" + STORY);
      assertThat(b.title()).isEqualTo("Council delays vote on bridge after residents fill the hall");
      assertThat(b.body()).filteredOn(k -> k.kind() == BlockKind.STORY).extracting(Block::text)
          .as("the headline's second line is no line of the story").doesNotContain("after residents fill the hall");

      Article c = clean("Council delays vote on bridge\n\non March 4, 2024 at 9:12 AM, updated 9:40 AM\n\n" + STORY);
      assertThat(c.title()).as("a date line under a headline is no half of it")
          .isEqualTo("Council delays vote on bridge");
    }

    /**
     * A stamp above the headline ("Updated: 9 hr ago" on a portal that stamps every story) says when, not what: it
     * is never the title, and the headline under it is.
     */
    @Test
    void stampAboveTheHeadlineIsNoTitle() {
      String headline = "Lindby harbour bridge opens to traffic";
      Article a = clean("Updated: 9 hr ago\n\n" + headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
      // a headline with a figure and a day in it is still a headline
      String dated = "Lindby votes on harbour bridge on June 3";
      assertThat(clean(dated + "\n\n" + STORY).title()).isEqualTo(dated);
    }

    /**
     * A portal of wire stories sets each as a card: "• headline", its stamp, its first paragraph. The first card's
     * headline is the title, without its bullet, and its paragraph stays.
     */
    @Test
    void stampedCardsOfAPortalTakeTheFirstCardsHeadline() {
      String first =
          "The new bridge over Lindby harbour opened to cars on Monday after four years of work, the city said.";
      String second = "STRAND, Sweden (LP) — A story on May 3 about the ferry gave the wrong date for its last trip.";
      Article a = clean(String.join("\n\n", "• Lindby mayor opens the harbour bridge", "Updated: 9 hr ago", first,
          "• Correction: Ferry story", "Updated: 9 hr ago", second));
      assertThat(a.title()).isEqualTo("Lindby mayor opens the harbour bridge");
      assertThat(kept(a)).contains(first, second);
    }

    /** A live blog's writer and day set over the page ("Karl Lind Tue, Mar 4") is no title either. */
    @Test
    void writerAndDayAboveTheHeadlineAreNoTitle() {
      String headline = "Lindby council votes to close the old harbour";
      Article a = clean("Karl Lind Tue, Mar 4\n\n" + headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
      // a person's name and an age, no day, is a headline
      String age = "Eva Strand at 90";
      assertThat(clean(age + "\n\n" + STORY).title()).isEqualTo(age);
    }

    /**
     * The picture's caption under a live page's first numbered post ("Lindby Mayor Eva Strand" under "1. Goodnight")
     * is the post's, not the page's headline: with the page's title not pasted, there is none.
     */
    @Test
    void captionInsideTheFirstNumberedPostIsNoTitle() {
      String posts = String.join("\n\n", "1. Goodnight", "Lindby Harbour Master Eva Strand",
          "That is all from the live team for tonight, thank you for following the ferry's return with us.",
          "2. 'Ferry back'",
          "The first ferry in three weeks left Lindby at six, carrying two hundred passengers to Strand.",
          "3. Mayor speaks",
          "Mayor Eva Strand met the boat at the quay and thanked the crews who repaired the pier.");
      Article a = clean("Live Reporting\n\nGet involved\n\n" + posts);
      assertThat(a.title()).isEmpty();
      // nor are two writers named alone above the posts
      assertThat(clean("Live Reporting\n\nEva Strand and Karl Lind\n\n" + posts).title()).isEmpty();
      assertThat(kept(a)).contains("1. Goodnight", "2. 'Ferry back'");
      // the page's own headline above the posts stays its title
      String headline = "Ferry returns to Lindby harbour after three weeks";
      assertThat(clean(headline + "\n\n" + posts).title()).isEqualTo(headline);
    }
  }


  @Nested
  class Edges {
    @Test
    void emptyArticle() {
      Article a = CLEANER.clean(Article.of("empty", "Outlet", null, "", ""));
      assertThat(a.body()).isEmpty();
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void hardWrappedParagraphIsOneBlock() {
      String wrapped = "The foreign ministers met in Vienna on Tuesday to discuss\nthe ceasefire and the exchange of prisoners, officials said.";
      Article a = clean(wrapped + "\n\n" + STORY);
      assertThat(kept(a)).contains(wrapped);
    }

    @Test
    void unicodeLineSeparatorsAndOldMacLineEndsSeparateLines() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\u2028Share this article\r"
          + STORY.replace("\n\n", "\u2029\u2029"));
      assertThat(a.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
      assertThat(a.removed()).extracting(Removal::text).containsExactly("Share this article");
      assertThat(kept(a)).hasSize(4);
    }

    @Test
    void metadataRemovalFromTheReaderIsKept() {
      Article read = ArticleReader.create().fromText("page", "date 2021-12-02 " + STORY);
      Article a = CLEANER.clean(read);
      assertThat(a.removed()).extracting(Removal::reason).containsExactly(RemovalReason.METADATA);
      assertThat(a.published()).isPresent();
    }

    @Test
    void veryLongLineIsKeptAsStory() {
      String longLine = "The talks went on. ".repeat(50_000);
      Article a = clean(longLine);
      assertThat(a.removed()).isEmpty();
      assertThat(a.body()).hasSize(1);
    }

    @Test
    void resultCannotBeModified() {
      Article a = clean(STORY);
      org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> a.body().clear());
      org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> a.removed().clear());
    }
  }

  @Nested
  class Decoration {
    @Test
    void linesWithoutLettersOrDigitsAreDecoration() {
      Article a = clean(STORY.replace("\n\n", "\n\n|\n\n* * *\n\n") + "\n\n|||||||||\n![]() |\n\u2014\u2014\u2014");
      assertThat(removed(a, RemovalReason.DECORATION)).containsExactly("|", "* * *", "|", "* * *", "|||||||||",
          "![]() |", "\u2014\u2014\u2014");
      assertThat(kept(a)).hasSize(3);
    }

    @Test
    void tableBordersAreCutFromTheSentenceTheyFrame() {
      String row = "| The ministers met again on Friday and agreed on a timetable, officials said. |";
      Article a = clean(STORY + "\n\n" + row);
      assertThat(kept(a)).contains("The ministers met again on Friday and agreed on a timetable, officials said.");
      assertThat(removed(a, RemovalReason.DECORATION)).containsExactly("|", "|");
    }

    @Test
    void scriptAndTemplateCodeIsDecoration() {
      String code = "(function(d, s, id) {\nvar js = d.getElementsByTagName(s)[0];\nif (d.getElementById(id)) return;\n"
          + "}(document, 'script', 'sdk'));\n{{#rendered}} {{/rendered}}";
      Article a = clean(STORY + "\n\n" + code + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.DECORATION)).hasSize(5);
    }

    @Test
    void sentenceWithBracketsAndSemicolonsIsNotCode() {
      String s = "The motion failed by 52 to 48 (with 3 abstentions); the second vote (on the budget) passed.";
      String fragment = "at 4 p.m. Sunday (local time);";
      Article a = clean(STORY + "\n\n" + s + "\n\n" + fragment + "\n\n" + STORY.replace("Vienna", "Graz"));
      assertThat(kept(a)).contains(s, fragment);
    }
  }

  @Nested
  class TrailingCredits {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Firefighters carry an injured man from a collapsed shop in the harbour town. [Photo/Agency]",
        "Firefighters carry an injured man from a collapsed shop in the harbour town. (Photo: Jane Roe)",
        "Firefighters carry an injured man from a collapsed shop in the harbour town. [Image: Example Wire]",
        "Firefighters carry an injured man from a collapsed shop in the harbour town (Wire/file photo)",
        "Firefighters carry an injured man from a collapsed shop in the harbour town. (Jane Roe via AP)",
        "Firefighters carry an injured man from a collapsed shop in the harbour town. ((Jane Roe/Wire/Agency))",
        "Firefighters carry an injured man from a collapsed shop in the harbour town. Photograph: Wire/Agency",
        "Firefighters carry an injured man from a collapsed shop in the harbour town.Jane Roe via AP",
    })
    void captionEndingInAPictureCredit(String caption) {
      Article a = clean(STORY + "\n\n" + caption + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
      assertThat(kept(a)).hasSize(4);
    }

    @Test
    void hardWrappedCaptionWithItsCredit() {
      String caption = "Firefighters carry an injured man from a collapsed shop after the storm hit\nthe coastal town on Sunday. [Photo/Agency]";
      Article a = clean(STORY + "\n\n" + caption + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
    }

    @Test
    void captionThatOpensOnThePictureMayRunOnForSentences() {
      String caption = "In this image from a drone, firefighters lift a fishing boat off a flooded road on Saturday. "
          + "The storm had pushed it inland. (Example Fire Service via AP)";
      Article a = clean(STORY + "\n\n" + caption);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
    }

    @Test
    void reportingSentenceKeepsItsPlaceBeforeAFootageCredit() {
      String plain = "Rescuers reached the last village on foot after the road collapsed.";
      String quote = "\"We have never seen water this high,\" a fisherman told reporters.";
      Article a = clean(STORY + "\n\n" + plain + " (Via Getty Images)\n\n" + quote + " (Via Example News)");
      assertThat(kept(a)).contains(plain, quote);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Via Getty Images)", "(Via Example News)");
    }

    @Test
    void reportingParagraphBeforeAPictureCreditKeepsItsSentences() {
      String paragraph = "The storm destroyed 2,000 homes. Power was cut to the whole town, the utility said.";
      Article a = clean(STORY + "\n\n" + paragraph + " (Photo: AP)");
      assertThat(kept(a)).contains(paragraph);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Photo: AP)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Rescuers pulled 12 people from the rubble on Monday.",
        "The minister has resigned after a week of protests.", "The talks would resume in Geneva next month."})
    void sentenceThatNarratesKeepsItsPlaceBeforeAPictureCredit(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + " (Photo: AP)\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Photo: AP)");
    }

    @Test
    void wireCreditAfterTheLastSentenceIsABylineAndTheSentenceStays() {
      String one = "The regional government declared three days of mourning.";
      String two = "Aid began arriving by sea on Tuesday, the coast guard said.";
      Article a = clean(STORY + "\n\n" + one + " (The Example Press)\n\n" + two + "\u2014Agency");
      assertThat(kept(a)).contains(one, two);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("(The Example Press)", "\u2014Agency");
    }

    @Test
    void handoutPictureWithADashCreditAndItsRepeatedAltText() {
      String caption = "A handout picture shows rescuers carrying a child through a flooded street on Sunday.";
      Article a = clean("Storm kills 40 in coastal province\n\n" + caption + "\n" + caption + "\u2014Agency\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption, caption + "\u2014Agency");
      assertThat(a.title()).isEqualTo("Storm kills 40 in coastal province");
    }

    @Test
    void bracketsThatCreditNothingStay() {
      String miles = "The quake struck at a depth of 10 kilometres (6 miles)";
      String dateline = "LINDBY (Lindwire)";
      String aside = "The party won 45 seats. (It had 52 before the vote.)";
      Article a = clean(STORY + "\n\n" + miles + "\n\n" + aside + "\n\n" + dateline + "\n\n" + STORY.replace("Vienna", "Graz"));
      assertThat(kept(a)).contains(miles, aside, dateline);
    }

    @Test
    void creditLinesOfNamesAndAPictureWord() {
      Article a = clean(STORY + "\n\nJane Roe, Wire/Getty Images\n\nAP Photo\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Jane Roe, Wire/Getty Images", "AP Photo");
    }

    /** A picture's credit alone in brackets between a timeline's entries is the page's; a sentence in brackets stays. */
    @Test
    void bracketedCreditLinesBetweenATimelinesEntries() {
      String aside = "(The harbour board did not answer a request for comment.)";
      String page = String.join("\n\n", "Lindby ferry strike: a timeline",
          "The strike that stopped the Lindby ferries for three days ended on Thursday, the union said.",
          "Monday (May 4)", "The ferry workers' union calls a strike after talks with the harbour board break down.",
          "(Lindwire Graphics)", "Tuesday (May 5)",
          "No boats leave Lindby harbour, and Karl Lind, the harbour master, closes the ticket office.",
          "[Jane Roe/Lindwire]", "Wednesday (May 6)", "Eva Strand, the mayor, meets both sides at the town hall.", aside);
      Article a = clean(page);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Lindwire Graphics)", "[Jane Roe/Lindwire]");
      assertThat(kept(a)).contains("Tuesday (May 5)", "Wednesday (May 6)", aside);
    }

    @Test
    void pictureBlockOfCounterCreditAndCaption() {
      String caption = "A survivor sits among the ruins of her house in the harbour town on Monday.";
      Article a = clean("1 of 3\nJane Roe, Wire/Getty Images\n" + caption + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Jane Roe, Wire/Getty Images", caption);
      assertThat(kept(a)).hasSize(3);
    }

    @Test
    void unfinishedDescriptionOfAPicture() {
      String caption = "A drone photo shows the flooded harbour of Norham, June 12";
      String reporting = "A photo shows the minister leaving the palace, his office said.";
      Article a = clean("Storm kills 40 in coastal province\n\n" + caption + "\n\n" + STORY + "\n\n" + reporting);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
      assertThat(kept(a)).contains(reporting);
    }

    @Test
    void captionWithAPlaceTagAboveItsCreditLine() {
      String caption = "A march in support of the strikers passes the town hall. Norham, UK.";
      Article a = clean("Storm kills 40 in coastal province\n\n" + caption + "\nPhotograph: Jane Roe/Example Wire\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption, "Photograph: Jane Roe/Example Wire");
    }

    @Test
    void slideShowWithoutBlankLinesKeepsItsText() {
      String one = "Rescuers search the flooded streets of the harbour town for survivors.";
      String two = "The regional government expects the toll to rise as villages are reached.";
      Article a = clean("Storm kills 40 in coastal province\nIMAGE: Agency\n" + one + "\nIMAGE: Agency\n" + two
          + "\nIMAGE: Agency");
      assertThat(kept(a)).contains(one, two);
      assertThat(removed(a, RemovalReason.CAPTION)).containsOnly("IMAGE: Agency");
    }

    @Test
    void galleryCounters() {
      Article a = clean("1 of 3\n\nStorm kills 40 in coastal province\n\n" + STORY + "\n\nPhoto 2 of 12\n\n"
          + "The talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("1 of 3", "Photo 2 of 12");
      assertThat(a.title()).isEqualTo("Storm kills 40 in coastal province");
    }

    @Test
    void aGalleryCaptionOpeningOnItsCounterIsACaption() {
      String lead = "The talks resumed on Friday, the mediators said.";
      String votes = "1 of 3 voters in the province backed the plan, the count showed.";
      Article a = clean("Storm kills 40 in coastal province\n\n" + STORY + "\n\nPhoto 3/8 Rescuers search the"
          + " flooded streets of the harbour town.\n\n" + lead + "\n\nSlide 4 of 12: Villagers wait for boats on the"
          + " quay\n\n" + votes);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(
          "Photo 3/8 Rescuers search the flooded streets of the harbour town.",
          "Slide 4 of 12: Villagers wait for boats on the quay");
      // a count that opens a sentence of the story is no counter: without a picture word the line stays
      assertThat(kept(a)).contains(lead, votes);
    }
  }

  @Nested
  class RoleCredits {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Editor: Jane Roe \u4E28Example Wire", "Reporter: John Doe", "Author: Jane Roe, Example Wire",
        "Chief Correspondent: Jane de Roe | Agency", "Written by Jane Roe"})
    void roleLabelAndNames(String credit) {
      Article a = clean("Storm kills 40 in coastal province\n\n" + credit + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly(credit);
    }

    @Test
    void interviewTurnsAfterARoleLabelStay() {
      String question = "Reporter: What did you see that night?";
      String answer = "Editor: the decision was made in haste";
      Article a = clean(STORY + "\n\n" + question + "\n\n" + answer + "\n\n" + STORY.replace("Vienna", "Graz"));
      assertThat(kept(a)).contains(question, answer);
    }

    @Test
    void timestampsWhoseDateWasLost() {
      Article a = clean("Storm kills 40 in coastal province\n\nPosted\nand last updated\n\nEstimated read time: 3 minutes\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Posted", "and last updated",
          "Estimated read time: 3 minutes");
    }
  }

  @Nested
  class CoverageTeasers {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Full coverage: Storm Season Hits The Southern Coast", "Live: 40 dead as storm hits the coast",
        "LIVE UPDATES: Storm hits the coast", "Special coverage: The storm season", "More coverage on the coastal storm.",
        "More stories about the election", "More from Example News", "More on the coastal storm",
        "More Related News", "MORE FROM EXAMPLE NEWS"})
    void linkToOtherCoverage(String teaser) {
      Article a = clean(STORY + "\n\n" + teaser + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(teaser);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"More news on the talks is expected on Monday.", "More than 2,000 people fled the coast.",
        "More on that later.", "More coverage of the talks would help, the minister said."})
    void sentencesThatOpenWithMoreStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    @Test
    void labelledHeadlineRepeatingThePageTitleIsTheHeadline() {
      Article a = clean("Live: Storm hits the coast as thousands flee - Example News Network\n\n"
          + "Updated 3 December 2021 14:05\n\nLive: Storm hits the coast as thousands flee\n\n" + STORY);
      assertThat(a.title()).startsWith("Live: Storm hits the coast as thousands flee");
      assertThat(kept(a)).contains("Live: Storm hits the coast as thousands flee");
      assertThat(a.removed()).noneMatch(r -> r.reason() == RemovalReason.TEASER);
    }

    @Test
    void cutOffSummariesUnderARelatedLabel() {
      String one = "Ministers meet again in Graz Talks resumed on Friday after a week in which the two sides\u2026 Read More";
      String two = "Ceasefire holds for a third day The guns fell silent along most of the front line... Read more \u00BB";
      Article a = clean(STORY + "\n\nRelated posts:\n" + one + "\n" + two);
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly("Related posts:", one, two);
    }

    @Test
    void sentenceThatTrailsOffIsNotATeaser() {
      String s = "He said he would read more about it before deciding\u2026";
      Article a = clean(STORY + "\n\n" + s + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(s);
    }

    @Test
    void labelledHeadlineOnTheFirstLineIsTheHeadline() {
      Article a = clean("Live: Storm hits the coast\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Live: Storm hits the coast");
      assertThat(a.removed()).isEmpty();
    }
  }

  @Nested
  class Notices {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sign up for the Morning Briefing newsletter to get the day's news.",
        "Stay up to date with Example newsletters", "Sign up to get breaking alerts and weekly analysis",
        "This material may not be published, broadcast, rewritten or redistributed without permission.",
        "Archived copy: for personal, non-commercial use only; it is not a republication of the story."})
    void signUpBoxesAndLicenceNotices(String notice) {
      Article a = clean(STORY + "\n\n" + notice + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    /** The site's word to the reader about the article itself: its age, its embargo. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        "This is an archived story and the facts in it may be out of date. Please check when it was last updated.",
        "Please note: This content is under a regional embargo. If you serve the same region, you may not reuse it.",
        "This article is more than six years old; please bear that in mind when you share it."})
    void noticesToTheReaderAboutThisArticle(String notice) {
      Article a = clean(STORY + "\n\n" + notice + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    /** A line whose label before the colon has more letter-and-digit runs than the line has words is read, not fatal. */
    @Test
    void aLabelOfDottedFiguresLongerThanItsLineInWordsIsReadAsAnyLine() {
      String line = "1.2.3.4.5.6.7: a b c d";
      Article a = clean(STORY + "\n\n" + line + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).containsAll(STORY.lines().filter(x -> !x.isEmpty()).toList())
          .contains("The talks resumed on Friday, the mediators said.");
    }

    /** The site's word that the article will change: it is developing, it will be updated. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This story will be updated.", "This is a developing story.",
        "Update: This article is developing and will be updated as more information becomes available.",
        "This post is being updated"})
    void noticesThatThisArticleWillBeUpdated(String notice) {
      Article a = clean(STORY + "\n" + notice + "\nComments");
      assertThat(removed(a, RemovalReason.FOOTER)).contains(notice);
      assertThat(kept(a)).containsExactlyElementsOf(STORY.lines().filter(x -> !x.isEmpty()).toList());
    }

    /** A live blog's notice that it has closed is the page's; a sentence that reports it, or a show that closed, stays. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This live blog is now closed \u2013 coverage began at 20:00 on May 4.",
        "Our live coverage has ended for today.", "Note: This live blog has now finished."})
    void noticesThatALiveBlogHasClosed(String notice) {
      Article a = clean(STORY + "\n\n" + notice + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This live show is now closed to new guests.", "Karl Lind said this live blog is now closed.",
        "This live blog is now closed, Eva Strand said."})
    void sentencesAboutALiveShowOrBlogStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    /** A box's call to follow the site, with no address, is the page's; an invitation or a sentence with "us" stays. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"CONNECT WITH US TODAY", "Be the first to know the latest news and updates", "Follow us",
        "Stay connected"})
    void callsToFollowTheSite(String call) {
      Article a = clean(STORY + "\n\n" + call + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(call);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Join us at the town hall on Friday for a public meeting.", "Be the first to try the new ferry.",
        "Follow us, Karl Lind told the crowd at the harbour."})
    void invitationsInTheStoryStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    /** Sentences that a document or a tale will change report it, and stay. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This report will be updated every year, the ministry said.",
        "This report will be updated every year.", "This story is developing into a local legend in Lindby.",
        "This article of the treaty will be updated when the ministers meet again in Graz."})
    void sentencesThatAPieceWillChangeStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    /** Sentences about an article that report it or speak to no one stay. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        "This article in the Lindby Courier, Jane Doe said, would cost you your trust in the council.",
        "This is an old story in Lindby: the bridge has been closing every winter since 1990.",
        "This content was removed from the council's website on Monday after complaints from residents."})
    void sentencesAboutAnArticleStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    @Test
    void sentenceOpeningWithAPrepositionAboutBrowsersStays() {
      String s = "Like other browser makers, the company will block tracking cookies next year.";
      Article a = clean(STORY + "\n\n" + s + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(s);
    }

    @Test
    void aLongCookieNoticeIsFurniture() {
      String notice = "We use cookies and other tracking technologies to improve your browsing experience on our"
          + " site, to show you personalized content and targeted ads, to analyze our site traffic, and to"
          + " understand where our audience is coming from. To find out more or to opt out, please read our"
          + " Cookie Policy. In addition, please read our Privacy Policy and our Terms of Use, which have also"
          + " been updated and became effective on the twentieth of December, 2019.";
      Article a = clean(STORY + "\n\n" + notice + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    /** Long paragraphs on cookies that address the reader: one not for a site, one reporting what a company said. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        "Regulators in Brussels said on Tuesday that the largest browser makers must stop placing tracking cookies"
            + " without consent, a rule that the advertising industry had fought for two years and that consumer"
            + " groups welcomed as overdue, while publishers warned that their revenue from targeted advertising"
            + " could fall by a third once the rule takes effect next spring, and several said they would ask you,"
            + " the reader, to pay instead.",
        "The company wrote in a statement that we will stop using third-party cookies in our browser by the end"
            + " of next year, a change that privacy groups in the US and Europe said would give you more control"
            + " over what advertisers learn about your browsing, although several publishers warned that the"
            + " change could cut the revenue that pays for free news by as much as a third, and regulators said"
            + " they would watch how the company replaced the cookies it now uses."})
    void longParagraphsReportingOnCookiesStay(String paragraph) {
      assertThat(kept(clean(STORY + "\n\n" + paragraph))).contains(paragraph);
    }

    @Test
    void aLongFooterLineOpeningWithTheCopyrightSign() {
      String footer = "\u00a9 2019 Example Media. All rights reserved. Use of this site constitutes acceptance of our"
          + " User Agreement (updated 5/25/18) and Privacy Policy and Ad Choices Statement (updated 5/25/18) and"
          + " the California Privacy Rights. Example may earn a portion of sales from products that are purchased"
          + " through our site as part of our Affiliate Partnerships with retailers. The material on this site"
          + " may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior"
          + " written permission of Example Media.";
      Article a = clean(STORY + "\n\n" + footer);
      assertThat(kept(a)).doesNotContain(footer);
    }

    @Test
    void reportingAboutRightsStays() {
      String s = "The court said the photos may not be republished or redistributed without consent.";
      Article a = clean(STORY + "\n\n" + s);
      assertThat(kept(a)).contains(s);
    }
  }

  /** A social box's "Follow" and the site's name is the page's, never its headline; a headline or sentence with "Follow" stays. */
  @Nested
  class FollowBoxes {
    @Test
    void followTheSiteIsNoHeadline() {
      Article a = clean("Sections\nTV\nFeatured\nFollow Lindby News\n\n" + STORY);
      assertThat(a.title()).isNotEqualTo("Follow Lindby News");
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Follow Lindby News");
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n")));
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Follow Jane Roe's lead on the harbour", "Follow Lindby News for updates on the harbour"})
    void headlinesThatOpenWithFollowStay(String headline) {
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }

    @Test
    void headlineThatOpensWithACallAndNamesAnOwnerIsTheTitle() {
      String headline = "Follow the money in Lindby's harbour deal";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }

    @Test
    void followTheConversationIsStillAWidget() {
      Article a = clean("Follow the conversation on Twitter\n\n" + STORY);
      assertThat(a.title()).isNotEqualTo("Follow the conversation on Twitter");
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Follow the conversation on Twitter");
    }
  }

  /** A caption whose picture credit is glued on after "Credit:" or after its last sentence goes with its credit. */
  @Nested
  class CaptionsWithCreditsAtTheirEnd {
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Jane Doe, Lindby's harbour master Credit: Lindwire",
        "Hundreds of travellers wait at the ferry terminal in Lindby every night, Strand Credit: Lindwire Photos",
        "Boats leave the harbour at Lindby on Monday. Jane Roe / Lindwire - Getty Images"})
    void captionAndItsCredit(String caption) {
      Article a = clean(STORY + "\n\n" + caption + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption);
      assertThat(kept(a)).contains("The talks resumed on Friday, the mediators said.");
    }

    @Test
    void captionUnderItsLabelledAltTextGoesWhateverItsTense() {
      String alt = "Image: Boats leave the harbour at Lindby";
      String caption = "Boats leave the harbour at Lindby on May 4, 2026, after the strike ended. "
          + "Jane Roe / Lindwire - Getty Images";
      Article a = clean(STORY + "\n\n" + alt + "\n\n" + caption + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(String.join(" ", removed(a, RemovalReason.CAPTION))).contains(alt).contains(caption);
      assertThat(kept(a)).contains("The talks resumed on Friday, the mediators said.");
    }

    @Test
    void reportingUnderAnAltTextItDoesNotRepeatStays() {
      String sentence = "The strike ended after the ferry operator raised wages, the union said.";
      Article a = clean(STORY + "\n\nImage: Boats leave the harbour at Lindby\n\n" + sentence
          + " Jane Roe / Lindwire - Getty Images\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    @Test
    void titleCaseHeadlineWithCreditInItStays() {
      String headline = "Lindby Families Wait For Child Tax Credit: Council Delays Vote";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }
  }

  /** A company's name alone on its line is the credit of a player or a picture; a sentence about it stays. */
  @Nested
  class CompanyCredits {
    @Test
    void companyNameUnderTheHeadline() {
      Article a = clean("Ministers meet over ceasefire\n\nLindby Media, Inc.\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Lindby Media, Inc.");
    }

    @Test
    void sentenceAboutACompanyStays() {
      String sentence = "Lindby Media, Inc. sold the paper to Strand Holdings LLC on Monday.";
      Article a = clean("Ministers meet over ceasefire\n\n" + sentence + "\n\n" + STORY);
      assertThat(kept(a)).contains(sentence);
    }
  }

  /** A notice that this piece was published first elsewhere goes when it ends on the link's word or a time stamp. */
  @Nested
  class SyndicationNoticesWithoutASite {
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This story was originally published here.",
        "This story was originally published on Tue May 5, 2026 4:23 AM EST"})
    void noticeAtTheEnd(String notice) {
      Article a = clean(STORY + "\n\n" + notice);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"This story was first told by the fishermen of Lindby in 1920.",
        "This story was first published in a book in 1920, Karl Lind said."})
    void sentencesAboutAStoryStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }
  }

  /** A label of other stories goes with the headlines listed under it in its paragraph; the story under a label stays. */
  @Nested
  class ListsUnderTeaserLabels {
    @Test
    void earlierPostsUnderTheBlogsLabel() {
      List<String> list = List.of("Previously on Lindby Daily:", "Harbour master quits after ferry row",
          "Lindby council votes to close the old quay", "Storm damage in Strand: the photos");
      Article a = clean(STORY + "\n\n" + String.join("\n", list) + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactlyElementsOf(list);
      assertThat(kept(a)).contains("The talks resumed on Friday, the mediators said.");
    }

    @Test
    void moreLikeThisIsALabel() {
      Article a = clean(STORY + "\n\nMore like this\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly("More like this");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Previously on the show, Jane Roe said:", "More like this will follow, the mayor said."})
    void sentencesLikeALabelStay(String sentence) {
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    @Test
    void aLiveStampOverTheHeadlineListsNothing() {
      Article a = clean("Live\nStorm closes Lindby harbour\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Storm closes Lindby harbour");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Read more: Ferry fares rise", "Ferry fares rise\u2026 Read more", "Related: Ferry fares rise"})
    void theStoryAfterALinkToOneStoryStays(String link) {
      // a link with its story's headline is no label over a list, so the story's own lines under it stay
      List<String> story = List.of("Council members voted seven to two in favour of the ferry plan",
          "Mayor Jane Roe welcomed the outcome and said work would begin in spring");
      Article a = clean(STORY + "\n\n" + link + "\n" + String.join("\n", story)
          + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(link);
      assertThat(kept(a)).contains(story.get(0), story.get(1));
    }

    @Test
    void aBareLabelWithItsColonStillListsTheHeadlinesUnderIt() {
      List<String> list = List.of("Related:", "Harbour master quits after ferry row",
          "Lindby council votes to close the old quay");
      Article a = clean(STORY + "\n\n" + String.join("\n", list) + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(removed(a, RemovalReason.TEASER)).containsExactlyElementsOf(list);
    }

    @Test
    void theStoryUnderALabelStays() {
      String first = "The ferry resumed service on Monday after the storm, officials said.";
      Article a = clean("Storm closes Lindby harbour\n\nRelated stories\n" + first + "\n" + STORY);
      assertThat(kept(a)).contains(first);
    }
  }

  /** A wire byline glued to the headline goes as a byline, and the headline keeps its words. */
  @Nested
  class BylinesGluedToTheHeadline {
    @Test
    void headlineWithItsWireByline() {
      String line = "Harbour reopens in Lindby By JANE DOE and KARL LIND, Lindwire Writers";
      Article a = clean(line + "\n\n" + line + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Harbour reopens in Lindby");
      assertThat(removed(a, RemovalReason.BYLINE)).contains("By JANE DOE and KARL LIND, Lindwire Writers");
    }

    @Test
    void headlineWithACompanyInCapitalsKeepsIt() {
      String headline = "Lindby Mill Bought By ACME GROUP";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }
  }

  /** A site's line that sends the reader to its app or its front page goes; the story's own advice stays. */
  @Nested
  class PointersToTheSite {
    private static final String LATER = "The talks resumed on Friday, the mediators said.";

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Download the Lindby News app for latest updates on the ferry strike.",
        "For the latest news, weather, sports, and streaming video, head to Lindby News Now | Lindby, LX."})
    void siteLinesInsideTheStoryGo(String line) {
      Article a = clean(STORY + "\n\n" + line + "\n\n" + LATER);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(line);
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n"))).contains(LATER);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Download the county's app to report a pothole, officials said.",
        "For the latest road closures, visit the county's website.",
        "Commuters were told to download the ferry app before the strike."})
    void theStorysOwnAdviceStays(String line) {
      Article a = clean(STORY + "\n\n" + line + "\n\n" + LATER);
      assertThat(kept(a)).contains(line);
    }

    @Test
    void readLabelBeforeAHeadlineWithAFullStop() {
      String teaser = "Read: Three hurt in Lindby ferry fire.";
      Article a = clean(STORY + "\n\n" + teaser + "\n\n" + LATER);
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(teaser);
      assertThat(kept(a)).contains(LATER);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Read: the mayor said the plan was dead.",
        "Read: Three hurt in Lindby ferry fire. The harbour stayed closed on Monday."})
    void readLabelBeforeSentencesThatReportStays(String line) {
      Article a = clean(STORY + "\n\n" + line + "\n\n" + LATER);
      assertThat(kept(a)).contains(line);
    }
  }

  /** A live post's headline under furniture removed already heads its paragraph; a list between such lines goes. */
  @Nested
  class HeadingsUnderRemovedFurniture {
    private static final String POST = "The ferry operator said on Monday that passengers with cancelled tickets"
        + " would get their money back within a week.";

    @Test
    void livePostsHeadlineUnderAnAppPromptAndItsStamp() {
      String headline = "How to get ferry refunds, where to find seats";
      Article a = clean(STORY + "\n\nDownload the Lindby News app for the latest updates on the ferry strike."
          + "\n\nThis live coverage has ended. Continue reading Tuesday's ferry news here.\n\n3h ago / 1:27 AM EST"
          + "\n\n" + headline + "\n\n" + POST);
      assertThat(kept(a)).contains(headline, POST);
      assertThat(kept(a)).noneMatch(t -> t.contains("app") || t.contains("ago"));
    }

    @Test
    void listOfVideosBetweenTheirLinksStillGoes() {
      List<String> list = List.of("Go to video", "Lindby ferry strike enters its second week", "00:47",
          "Strand council votes to close the old pool", "Go to video", "Harbour master quits after ferry row",
          "Go to video");
      Article a = clean(STORY + "\n" + String.join("\n", list));
      assertThat(kept(a)).containsExactlyElementsOf(List.of(STORY.split("\n\n")));
    }

    @Test
    void commentBoxUnderTheStoryStillGoes() {
      Article a = clean(STORY + "\n\nEmail: desk@lindbynews.example\n\nTwitter: @lindbydesk\n\n"
          + "Please enter your comment!\nPlease enter your name here");
      assertThat(kept(a)).containsExactlyElementsOf(List.of(STORY.split("\n\n")));
    }
  }

  /** A headline in title case that opens with "Follow" stays when the paragraph under it uses its words. */
  @Nested
  class FollowInATitleCaseHeadline {
    private static final String LEAD = "The Lindby council spent twice what it had planned on the new harbour wall,"
        + " its auditors said on Tuesday, and nobody can say where the money went.";
    private static final String MORE = "The auditors asked the council to publish every contract it signed since"
        + " 2019, and to say who was paid.";

    @Test
    void headlineOverTheLead() {
      Article a = clean("Follow The Money\n\n" + LEAD + "\n\n" + MORE);
      assertThat(a.title()).isEqualTo("Follow The Money");
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void subheadingOverItsParagraph() {
      String more = "The auditors asked where the money went, and the council promised an answer by Friday.";
      Article a = clean("Harbour wall cost twice the plan\n\n" + LEAD.replace(", and nobody can say where the money"
          + " went", "") + "\n\nFollow The Money\n\n" + more + "\n\n" + MORE);
      assertThat(kept(a)).contains("Follow The Money", more);
    }

    @Test
    void theSitesBoxAboveTheStoryStillGoes() {
      Article a = clean("Sections\nFollow The Lindby Post\n\nHarbour wall cost twice the plan\n\n" + LEAD
          + "\n\n" + MORE);
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Follow The Lindby Post");
      assertThat(a.title()).isEqualTo("Harbour wall cost twice the plan");
    }
  }

  /** A breadcrumb whose steps are set apart by a doubled arrow ("News >> Local") is navigation, never the title. */
  @Nested
  class BreadcrumbsWithDoubledArrows {
    private static final String LEAD = "A grass fire burned 300 acres north of Lindby on Friday and forced the"
        + " evacuation of two farms, the county fire service said.";

    @Test
    void breadcrumbAboveAGallerysTitle() {
      String crumb = "News >> Browse Articles >> Lindby Fire News";
      Article a = clean(crumb + "\n\n\nLindby Grass Fire Image Gallery\n\n" + LEAD);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly(crumb);
      assertThat(a.title()).isEqualTo("Lindby Grass Fire Image Gallery");
    }

    @Test
    void headlineWithOneDoubledArrowStays() {
      String headline = "Why ferries >> bridges for Lindby harbour";
      Article a = clean(headline + "\n\n" + STORY);
      assertThat(a.title()).isEqualTo(headline);
    }
  }

  /** A site's call to comment with no word "comments" ("Have your say") goes; a sentence of the story with it stays. */
  @Nested
  class CallsToComment {
    private static final String COLUMN = String.join("\n\n",
        "COUNCIL tax in Lindby rises again this spring, and nobody seems to mind.",
        "For years the budget was the story of the year, and the rise was the headline on the front page.");

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Have your say", "Join the debate on Lindby's council tax"})
    void callUnderAColumnsHeadline(String call) {
      Article a = clean("JANE ROE: Lindby must stick to basics\n\n" + call + "\n\n" + COLUMN);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(call);
      assertThat(a.title()).isEqualTo("JANE ROE: Lindby must stick to basics");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"Residents can have their say until Friday, the council said.",
        "Have your say on the ferry plan before Friday, the mayor told residents.",
        "Join the debate at the town hall on Friday, the council said."})
    void sentencesOfTheStoryStay(String sentence) {
      Article a = clean("JANE ROE: Lindby must stick to basics\n\n" + COLUMN + "\n\n" + sentence
          + "\n\nThe council meets again in May.");
      assertThat(kept(a)).contains(sentence);
    }
  }

  /** A box of other stories as dated cards ("<tag> Jun 5" over a headline) inside a story goes with its label. */
  @Nested
  class DatedTeaserCards {
    private static final String LATER = "One officer returned fire, hitting the man once. He died on the way to the"
        + " hospital, the police said.";

    @Test
    void boxOfCardsBetweenTwoParagraphs() {
      List<String> box = List.of("Top news stories in the harbour towns, in the country and around the world",
          "Ferry strike Jun 5", "Lindby Council Suspends Two Harbour Officials Seen in Videos Shoving Protesters",
          "protests Jun 5", "Mayor Says Lindby Curfew Stays as Outcry Mounts Over Arrests of Ferry Workers");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", box) + "\n\n" + LATER);
      assertThat(kept(a)).doesNotContainAnyElementsOf(box).contains(LATER);
      assertThat(removed(a, RemovalReason.TEASER)).contains(box.get(0), box.get(1), box.get(3), box.get(4));
    }

    @Test
    void timelineOfDatesOverSentencesStays() {
      List<String> timeline = List.of("Ferry strike begins Jun 5",
          "The union called out 300 crew members on Monday, the operator said.", "Talks resume Jun 9",
          "Both sides met for six hours in Strand and agreed to meet again.");
      Article a = clean(STORY + "\n\n" + String.join("\n\n", timeline) + "\n\n" + LATER);
      assertThat(kept(a)).contains(timeline.get(1), timeline.get(3), LATER);
      assertThat(removed(a, RemovalReason.TEASER)).isEmpty();
    }
  }

  /** A line repeated on the next line with "(Credit: ...)" glued on is a picture's alt text over its caption. */
  @Nested
  class AltTextOverACaptionWithItsCredit {
    @Test
    void pageWithoutAHeadlineTakesNoCaptionForItsTitle() {
      Article a = clean("Mayor Jane Roe.\n\nMayor Jane Roe. (Credit: Karl Lind)\n\n\nMore like this\n\n" + STORY);
      assertThat(a.title()).isEmpty();
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Mayor Jane Roe.",
          "Mayor Jane Roe. (Credit: Karl Lind)");
      assertThat(kept(a)).containsAll(List.of(STORY.split("\n\n")));
    }

    @Test
    void headlineSetTwiceWithoutACreditStaysTheTitle() {
      Article a = clean("Floods close the Lindby road\n\nFloods close the Lindby road\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Floods close the Lindby road");
    }
  }

  /** A page cleaned after its run's time is up stops between the cleaner's passes; within its time it is cleaned. */
  @Test
  void cleaningStopsOnceTheRunsDeadlineHasPassed() {
    Article page = Article.of("page", "Outlet", null, "", "Ministers meet over the ceasefire in Vienna\n\n" + STORY);
    assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(1), "cleaning", () -> {
      try {
        Thread.sleep(20); // the time is used up before the cleaning starts
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return CLEANER.clean(page);
    })).isInstanceOf(DeadlineExceededException.class);
    assertThat(Deadline.within(Duration.ofMinutes(5), "cleaning", () -> CLEANER.clean(page)).body()).isNotEmpty();
  }

  @Nested
  class PictureCreditsGluedToStoryParagraphs {
    private static final String ENTRY = "Mar. 3: Lindby, NE \u2013 Firefighters found a hay barn on fire and the grass around it"
        + " burning. Twelve firefighters with four engines answered the call. One firefighter was hurt.";

    @Test
    void courtesyCreditAtTheEndOfATimelineEntryIsCutAndTheEntryStays() {
      Article a = clean("Lindby fire log\n\n" + ENTRY + " Photo courtesy of Lindby Fire Rescue\n\n" + STORY);
      assertThat(kept(a)).contains(ENTRY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Photo courtesy of Lindby Fire Rescue");
    }

    @Test
    void courtesyCreditAtTheEndOfALongParagraphIsCut() {
      String paragraph = String.join(" ", ENTRY, ENTRY.replace("Mar. 3", "Mar. 4"), ENTRY.replace("Mar. 3", "Mar. 5"),
          ENTRY.replace("Mar. 3", "Mar. 6"));
      assertThat(paragraph.length()).isGreaterThan(Page.CHROME_MAX_CHARS);
      Article a = clean("Lindby fire log\n\n" + paragraph + " Photo courtesy of Lindby Fire Rescue\n\n" + STORY);
      assertThat(kept(a)).contains(paragraph);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Photo courtesy of Lindby Fire Rescue");
    }

    @Test
    void courtesyOfInsideASentenceIsReporting() {
      String line = "Photos courtesy of Lindby Fire Rescue show the barn burning. One firefighter was hurt.";
      Article a = clean("Lindby fire log\n\n" + line + "\n\n" + STORY);
      assertThat(kept(a)).contains(line);
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void unclosedAgencyPhotoCreditAfterTheLastSentenceIsCut() {
      String story = "Lindwire: A grass fire sweeping across some 8,000 acres near Lindby has destroyed at least"
          + " twelve homes and forced the whole village to leave, county officials said Friday.";
      Article a = clean("Lindby grass fire gallery\n\n" + story + " (Lindwire Photo/Harbour Gazette/Jane Roe\n\n" + STORY);
      assertThat(kept(a)).contains(story);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("(Lindwire Photo/Harbour Gazette/Jane Roe");
    }

    @Test
    void agencyPhotoCreditGluedBeforeTheDatelineIsCut() {
      String story = "LINDBY, Neb. (Lindwire) \u2014 Officials who had no part in the inquiry were let into the"
          + " harbour office after the fire, a report the county released Friday said.";
      Article a = clean("Harbour fire report faults officials\n\nLindwire Photo/Jane Roe " + story + "\n\n" + STORY);
      assertThat(kept(a)).contains(story);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Lindwire Photo/Jane Roe");
    }

    @Test
    void photoSlashClubOpeningASentenceStays() {
      String line = "Lindby Photo/Video Club members met on Friday to plan the harbour show, the club said.";
      Article a = clean("Harbour show planned\n\n" + line + "\n\n" + STORY);
      assertThat(kept(a)).contains(line);
      assertThat(a.removed()).isEmpty();
    }
  }

  @Nested
  class RoleAloneUnderTheHeadline {
    @Test
    void staffWriterAloneIsAByline() {
      Article a = clean("Police close the Lindby harbour road\n\nStaff Writer\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Staff Writer");
      assertThat(a.removed()).hasSize(1);
      assertThat(a.title()).isEqualTo("Police close the Lindby harbour road");
    }

    @Test
    void headingWithFunctionWordsIsNoRole() {
      Article a = clean("Letter to the Editor\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Letter to the Editor");
      assertThat(removed(a, RemovalReason.BYLINE)).isEmpty();
    }
  }

  @Nested
  class HeadlineWithACaptionWordBeforeItsColon {
    @Test
    void taxCreditHeadlineOnThePageFirstLineIsTheTitle() {
      Article a = clean("Lindby Tax Credit: Families Wait\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Lindby Tax Credit: Families Wait");
      assertThat(a.removed()).isEmpty();
    }

    @Test
    void placeNameWithACreditBetweenTwoParagraphsIsACaption() {
      String[] p = STORY.split("\n\n");
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\n" + p[0] + "\n\nLindby Harbour Credit: Lindwire\n\n"
          + p[1] + "\n\n" + p[2]);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Lindby Harbour Credit: Lindwire");
    }

    @Test
    void photoCreditLabelStillMarksACaption() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\nPhoto credit: Jane Roe\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Photo credit: Jane Roe");
    }
  }

  @Nested
  class LoneRelatedHeadlineInsideAStory {
    private static final String BEFORE = "Several cars were broken into on Harbour Street in Lindby overnight on Tuesday,"
        + " according to the Lindby police department.";
    private static final String AFTER = "Officers later found the white van in a parking garage near the ferry"
        + " terminal and towed it away for examination.";

    @Test
    void headlineOfAnotherStoryBetweenTwoParagraphsIsATeaser() {
      String related = "Man in critical condition after Oakfield Heights stabbing";
      Article a = clean("Cars broken into on Harbour Street\n\n" + BEFORE + "\n\n" + related + "\n\n" + AFTER);
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(related);
      assertThat(kept(a)).contains(BEFORE, AFTER);
    }

    @Test
    void subheadingThatSaysWhatFollowsStays() {
      String subheading = "White van found in parking garage near ferry";
      Article a = clean("Cars broken into on Harbour Street\n\n" + BEFORE + "\n\n" + subheading + "\n\n" + AFTER);
      assertThat(kept(a)).contains(subheading);
      assertThat(a.removed()).isEmpty();
    }
  }

  /** A photo agency's caption that opens on its credit, the credit alone, and a share bar's prompt are no reporting. */
  @Nested
  class AgencyCreditsAndSharePrompts {
    private static final String CAPTION = "Mandatory Credit: Photo by Jane Roe/Lindwire/Stockfoto (40217735k)"
        + " Firefighters spray water on a burning barn in Lindby, Sweden. The fire spread to two houses nearby"
        + " before it was put out, the fire service said - 4 May 2026";

    @Test
    void captionOpeningOnItsCreditIsACaptionWhateverItsLength() {
      Article a = clean("Barn fire in Lindby\n\n" + CAPTION + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(CAPTION);
      assertThat(kept(a)).contains(STORY.split("\n\n"));
    }

    @Test
    void creditAloneOnItsLineIsACaption() {
      Article a = clean("Barn fire in Lindby\n\n" + STORY + "\n\nKARL LIND/LINDWIRE-PRESS/Stockfoto\n\n"
          + STORY.replace("Vienna", "Graz"));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("KARL LIND/LINDWIRE-PRESS/Stockfoto");
    }

    @Test
    void sharePromptWithAColonIsAWidget() {
      Article a = clean("Barn fire in Lindby\n\nShare this article:\n\n" + STORY);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Share this article:");
    }

    /** Near variants: story lines that name a photo or sharing, a heading with a slash, a reader's prompt, stay. */
    @Test
    void storySentencesAboutPhotosCreditsAndSharingStay() {
      String photo = "Photo by photo, Jane Roe/Lindwire showed how the fire spread from the barn to two houses.";
      String share = "Share prices of Lindwire fell on Monday after the fire, the exchange said.";
      String heading = "Lindby/Ostvik Border Talks";
      String prompt = "Share your photos, the mayor of Lindby asked:";
      Article a = clean("Barn fire in Lindby\n\n" + String.join("\n\n", photo, share, heading, prompt)
          + "\n\n" + STORY);
      assertThat(kept(a)).contains(photo, share, heading, prompt);
    }
  }

  @Nested
  class PromptsAndCommentsAroundTheStory {
    private static final String FIRST = "Lindby's harbour board voted on Tuesday to close the old ferry pier for repairs"
        + " after inspectors found cracks in two of its supports.";
    private static final String SECOND = "The pier will stay closed until at least March, the board's chairwoman,"
        + " Eva Strand, told a meeting at the town hall.";
    private static final String THIRD = "Ferries will use the north quay while the work goes on, the operator said in a"
        + " statement on Wednesday.";

    /**
     * A local site's sign-up line set between the story's paragraphs twice goes, both copies: it speaks to the
     * reader, and a paragraph of the story stands between its copies.
     */
    @Test
    void aSignUpLineSetTwiceInsideTheStoryGoesWithItsFirstCopy() {
      String prompt = "Find out what's new in Lindby with free morning alerts from Harbourwatch.";
      String page = String.join("\n\n", FIRST, prompt, SECOND, prompt, THIRD);
      Article a = clean(page);
      assertThat(kept(a)).containsExactly(FIRST, SECOND, THIRD);
      assertThat(a.removed()).extracting(Removal::reason, Removal::start).containsExactly(
          tuple(RemovalReason.FOOTER, page.indexOf(prompt)), tuple(RemovalReason.DUPLICATE, page.lastIndexOf(prompt)));
      // a prompt with "you" and no imperative opening goes the same way
      String yours = "Harbourwatch brings you the news of Lindby every morning for free.";
      String other = String.join("\n\n", FIRST, yours, SECOND, yours, THIRD);
      assertThat(kept(clean(other))).containsExactly(FIRST, SECOND, THIRD);
    }

    /** Near variants: a sentence of the story said twice, and a prompt set once, keep their first copy. */
    @Test
    void aSentenceOfTheStorySaidTwiceKeepsItsFirstCopy() {
      String refrain = "The ferry pier in Lindby is still closed to every boat in the harbour.";
      String page = String.join("\n\n", FIRST, refrain, SECOND, refrain, THIRD);
      Article a = clean(page);
      assertThat(kept(a)).containsExactly(FIRST, refrain, SECOND, THIRD);
      // the same prompt twice with no paragraph between its copies: the first stays, as before
      String prompt = "Find out what's new in Lindby with free morning alerts from Harbourwatch.";
      String adjacent = String.join("\n\n", FIRST, SECOND, THIRD, prompt, prompt);
      assertThat(clean(adjacent).removed()).extracting(Removal::start).doesNotContain(adjacent.indexOf(prompt));
    }

    /**
     * A numbered reader comment under the story, below a list of other stories' headlines, goes as furniture: a
     * number, a commenter's name, a dash and words in the first person.
     */
    @Test
    void aNumberedReaderCommentBelowTheStoryGoes() {
      String comment = "1. Harbourfan \u2013 she's right about the pier, I think. I don't trust the board's"
          + " figures and never have, and the ferry was late again this morning.";
      String page = String.join("\n\n", "Lindby closes its old ferry pier", FIRST, SECOND, THIRD,
          "Previously on Harbourwatch:\nLindby Harbour Board Elects A New Chairwoman\n"
          + "Ferry Timetables Change For The Winter Season", comment);
      Article a = clean(page);
      assertThat(kept(a)).containsExactly("Lindby closes its old ferry pier", FIRST, SECOND, THIRD);
      assertThat(removed(a, RemovalReason.FOOTER)).contains(comment);
    }

    /** Near variant: a numbered list that ends the story, right under its paragraphs, stays. */
    @Test
    void aNumberedListThatEndsTheStoryStays() {
      String item1 = "1. Harbour board \u2013 I will vote to reopen the pier in March, said its chairwoman.";
      String item2 = "2. Ferry operator \u2013 we have moved every sailing to the north quay.";
      String page = String.join("\n\n", "Lindby closes its old ferry pier", FIRST, SECOND, THIRD,
          "What each side says:", item1, item2);
      assertThat(kept(clean(page))).contains(item1, item2);
      // a numbered line that speaks of others only stays below a removed line too
      String listed = "1. Lindby Harbour \u2013 rebuilt in 1902 and closed twice since for repairs to its supports.";
      String other = String.join("\n\n", "Lindby closes its old ferry pier", FIRST, SECOND, THIRD,
          "Previously on Harbourwatch:\nLindby Harbour Board Elects A New Chairwoman\n"
          + "Ferry Timetables Change For The Winter Season", listed);
      assertThat(kept(clean(other))).contains(listed);
    }
  }

  /** A live page's widgets and notices, and the posts and headings among them that are the story's. */
  @Nested
  class LivePages {
    private static final String POSTS = String.join("\n\n",
        "1. Goodnight",
        "That is all from the live team for tonight, thank you for following the ferry's return with us.",
        "2. 'Ferry back'",
        "The first ferry in three weeks left Lindby at six, carrying two hundred passengers to Strand.",
        "3. Mayor speaks",
        "Mayor Eva Strand met the boat at the quay and thanked the crews who repaired the pier.");

    @Test
    void firstNumberedPostAmongTheWidgetsStays() {
      Article a = clean("Live Reporting\n\nEdited by Karl Lind\n\nShare this page\n\nGet involved\n\n" + POSTS);
      assertThat(kept(a)).contains("1. Goodnight", "2. 'Ferry back'", "3. Mayor speaks");
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("Live Reporting", "Get involved");
    }

    @Test
    void writersNamedAloneAboveThePostsAreTheByline() {
      Article a = clean("Live Reporting\n\nEva Strand, Karl Lind and Anna Berg\n\nGet involved\n\n" + POSTS);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Eva Strand, Karl Lind and Anna Berg");
      assertThat(a.title()).isEmpty();
    }

    @Test
    void placesListedAloneAreNoByline() {
      Article a = clean("New Lindby, Old Strand and Port Ostvik\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).isEmpty();
    }

    @Test
    void writersNamedAloneWithASerialCommaAreTheByline() {
      // the same writers' line as the site that puts a comma before "and"; places so listed still stay
      Article a = clean("Live Reporting\n\nEva Strand, Karl Lind, and Anna Berg\n\nGet involved\n\n" + POSTS);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Eva Strand, Karl Lind, and Anna Berg");
      Article places = clean("New Lindby, Old Strand, and Port Ostvik\n\n" + STORY);
      assertThat(removed(places, RemovalReason.BYLINE)).isEmpty();
    }

    @Test
    void numberedMenuWhoseSecondItemGoesStaysRemoved() {
      Article a = clean("Ministers meet over the ceasefire in Vienna\n\n1. Home\n2. Weather\n3. Sport\n4. Travel\n\n"
          + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("1. Home", "2. Weather");
    }

    @Test
    void noticeWithQuestionCallAndReplyAboveThePage() {
      Article a = clean(String.join("\n\n", "Moved house lately?",
          "You must tell the council within a month of moving. It's the rule.", "Find out more\nI haven't moved.",
          "Ministers meet over the ceasefire in Vienna", STORY));
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly("Moved house lately?",
          "You must tell the council within a month of moving. It's the rule.", "Find out more", "I haven't moved.");
      assertThat(a.title()).isEqualTo("Ministers meet over the ceasefire in Vienna");
    }

    @Test
    void questionHeadlineOverALeadThatSpeaksToTheReaderStays() {
      String lead = "You will need sandbags by Friday if you live near the river in Lindby.";
      Article a = clean(String.join("\n\n", "Ready for the flood?", lead, "Find out more", STORY));
      assertThat(a.title()).isEqualTo("Ready for the flood?");
      assertThat(kept(a)).contains(lead);
    }

    @Test
    void sortControlOfThePosts() {
      Article a = clean("Sort by:\n\u2022 Newest first\n\u2022 Oldest first\n\n" + STORY);
      assertThat(removed(a, RemovalReason.NAVIGATION)).containsExactly("Sort by:", "\u2022 Newest first",
          "\u2022 Oldest first");
    }

    @Test
    void aListItemEndingInFirstThatOrdersNothingStays() {
      String item = "\u2022 Passengers with children travel first on every crossing";
      Article a = clean(STORY + "\n\n" + item + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(item);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"All times are local", "All times stated are GMT"})
    void noteOfTheClockTheStampsAreIn(String note) {
      Article a = clean(STORY + "\n\n" + note + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).doesNotContain(note);
    }

    @Test
    void sentenceAboutTimesStays() {
      String sentence = "All times were slower on the wet track.";
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }
  }

  /** A picture's short label written three times: alt text and caption run together, then the caption again. */
  @Nested
  class PictureLabelSetThrice {
    @Test
    void labelDoubledOverItselfGoesAndTheDeckStays() {
      String deck = "Passengers cheer as the first boat docks at the quay.";
      Article a = clean(String.join("\n\n", "Lindby ferry returns to service",
          deck + "\nLindby HarbourLindby Harbour\nLindby Harbour", STORY));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Lindby HarbourLindby Harbour", "Lindby Harbour");
      assertThat(kept(a)).contains(deck);
    }

    @Test
    void twoLabelsRunTogetherAreNotOneSetTwice() {
      Article a = clean(String.join("\n\n", "Lindby ferry returns to service",
          "Lindby HarbourStrand Quay\nLindby Harbour", STORY));
      assertThat(removed(a, RemovalReason.CAPTION)).isEmpty();
    }
  }

  /** A transcript's page: its notice that the copy may change and its link back to the list of transcripts. */
  @Nested
  class TranscriptPages {
    private static final String EXCHANGE = String.join("\n\n",
        "KARL LIND, HOST: Good evening. The ferry strike in Lindby entered its third week on Monday.",
        "EVA STRAND, MAYOR: We have asked both sides to return to the table before the weekend.");

    @Test
    void linkBackToTheListOfTranscriptsIsNoTitle() {
      Article a = clean("Return to Lindby Radio transcripts page\n\nEvening Report\n\n" + EXCHANGE);
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("Return to Lindby Radio transcripts page");
      assertThat(a.title()).isNotEqualTo("Return to Lindby Radio transcripts page");
    }

    @Test
    void headlineAboutAReturnStays() {
      Article a = clean("Return to normal service on the Lindby line\n\n" + STORY);
      assertThat(a.title()).isEqualTo("Return to normal service on the Lindby line");
    }

    @Test
    void broadcastStampAboveTheTranscriptIsNoTitle() {
      Article a = clean("Lindby Tonight\n\nAired March 3, 2024 - 20:00 ET\n\n" + EXCHANGE);
      assertThat(removed(a, RemovalReason.BYLINE)).containsExactly("Aired March 3, 2024 - 20:00 ET");
    }

    @Test
    void sentenceOnWhatAiredStays() {
      String sentence = "Aired on March 3, the debate drew more viewers in Lindby than any programme this year.";
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }

    @Test
    void noticeThatTheTranscriptMayChange() {
      String notice = "This is an unedited transcript. It may be updated.";
      Article a = clean(notice + "\n\n" + EXCHANGE);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(notice);
    }

    @Test
    void sentenceAboutATranscriptStays() {
      String sentence = "This transcript of the hearing will be released on Monday by the court in Lindby.";
      Article a = clean(STORY + "\n\n" + sentence + "\n\nThe talks resumed on Friday, the mediators said.");
      assertThat(kept(a)).contains(sentence);
    }
  }

  /** Live pages' posts, court pages' credits and bylines, a draw of fixtures and related cards (40th session). */
  @Nested
  class PostsCreditsDrawsAndCards {
    private static final String POSTS = String.join("\n\n",
        "1. Our coverage of the ferry's return ends here",
        "Lindby Harbour Master Eva Strand",
        "That is all from the live team for tonight, thank you for following the ferry's return with us.",
        "2. 'Ferry back'",
        "The first ferry in three weeks left Lindby at six, carrying two hundred passengers to Strand.",
        "Karl Lind leaving the harbour office",
        "3. Mayor speaks",
        "Mayor Eva Strand met the boat at the quay and thanked the crews who repaired the pier.");

    @Test
    void firstPostsHeadingStaysAmongTheWidgetsAndIsNoTitle() {
      // the heading is never part of the widgets' run, whatever its length, and the page has no title of its own
      Article a = clean("Live Reporting\n\nShare this page\n\nGet involved\n\n" + POSTS);
      assertThat(kept(a)).contains("1. Our coverage of the ferry's return ends here", "2. 'Ferry back'");
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("Live Reporting", "Get involved")
          .doesNotContain("1. Our coverage of the ferry's return ends here");
      assertThat(a.title()).isEmpty();
      // a numbered menu heads no paragraph and still goes
      Article menu = clean("Ministers meet over the ceasefire in Vienna\n\n1. Home\n2. Weather\n3. Sport\n4. Travel\n\n"
          + STORY);
      assertThat(removed(menu, RemovalReason.NAVIGATION)).contains("1. Home", "2. Weather");
    }

    @Test
    void captionsInsideLivePostsGo() {
      Article a = clean("Live Reporting\n\n" + POSTS);
      assertThat(removed(a, RemovalReason.CAPTION))
          .containsExactly("Lindby Harbour Master Eva Strand", "Karl Lind leaving the harbour office");
      // a post's line that narrates, or ends a sentence, is the post's
      String narrates = "Karl Lind has left the harbour office";
      String question = "Who repaired the pier?";
      Article b = clean("Live Reporting\n\n" + POSTS.replace("Karl Lind leaving the harbour office", narrates)
          .replace("Lindby Harbour Master Eva Strand", question));
      assertThat(kept(b)).contains(narrates, question);
      // a caption over the picture's labelled caption goes too, and the first post's heading stays
      Article c = clean("Live Reporting\n\nGet involved\n\n" + POSTS.replace("Karl Lind leaving the harbour office\n\n", "")
          .replace("2. 'Ferry back'", "2. 'Ferry back'\n\nKarl Lind at the quay\n"
              + "Image caption: Karl Lind greeted the first passengers off the boat"));
      assertThat(removed(c, RemovalReason.CAPTION)).contains("Lindby Harbour Master Eva Strand", "Karl Lind at the quay");
      assertThat(kept(c)).contains("1. Our coverage of the ferry's return ends here");
    }

    @Test
    void policeForceCreditedAloneBetweenParagraphs() {
      String lead = "A burglar who said he was looking for work after he took watches from a house in Lindby has been jailed.";
      String next = "Karl Lind broke into the house on Harbour Row last summer while its owner was away, the court heard.";
      Article a = clean(lead + "\n\nStrand Valley Police.\n\n" + next);
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Strand Valley Police.");
      assertThat(kept(a)).contains(lead, next);
      // a sentence about the force, and the force's name as a heading, stay
      String sentence = "Strand Valley Police arrested him.";
      assertThat(kept(clean(lead + "\n\n" + sentence + "\n\n" + next))).contains(sentence);
      assertThat(kept(clean(lead + "\n\nStrand Valley Police\n\n" + next))).contains("Strand Valley Police");
    }

    @Test
    void writersNameUnderTheStampIsTheByline() {
      String headline = "Burglar jailed after leaving his glove in a Lindby house";
      String lead = "A burglar who left his glove at a house in Lindby has been jailed for fourteen months.";
      String stamps = "Tuesday, 4th March 2025, 1:17 pm\nUpdated Tuesday, 4th March 2025, 3:39 pm\nKarl Lind";
      Article a = clean(headline + "\n\n" + lead + "\n\n" + stamps + "\n\n" + STORY);
      assertThat(removed(a, RemovalReason.BYLINE)).contains("Karl Lind");
      // a name with a verb under the stamp, and a name under a paragraph, stay
      Article b = clean(headline + "\n\n" + lead + "\n\n" + stamps.replace("Karl Lind", "Karl Lind resigns") + "\n\n"
          + STORY);
      assertThat(kept(b)).contains("Karl Lind resigns");
      Article c = clean(headline + "\n\n" + lead + "\n\nKarl Lind\n\n" + STORY);
      assertThat(kept(c)).contains("Karl Lind");
    }

    @Test
    void drawOfFixturesIsTheStorys() {
      String intro = "The county will play Strand in the qualifiers drawn this morning. Here is the full draw:";
      String draw = String.join("\n", "Lindby Cup First Round:", "Lindby v Strand", "Port Ostvik v North Harbour",
          "Eastmoor v Westvale", "Old Strand v Lindby Rovers", "Kirkby v Dunmore");
      String after = "Matches will be played on the last weekend of June, the association said.";
      Article a = clean(STORY + "\n\n" + intro + "\n\n" + draw + "\n\n" + after);
      assertThat(kept(a)).contains("Lindby v Strand", "Kirkby v Dunmore", "Lindby Cup First Round:", after);
      // a menu of section names in the same place still goes
      String menu = String.join("\n", "Sections:", "Lindby News", "Strand Sport", "Port Ostvik Weather", "Eastmoor Travel",
          "Westvale Business");
      assertThat(removed(clean(STORY + "\n\n" + intro + "\n\n" + menu + "\n\n" + after), RemovalReason.NAVIGATION))
          .contains("Lindby News", "Westvale Business");
      // a draw that ends the page after the story's last sentence stays too; one next match there goes
      assertThat(kept(clean(STORY + "\n\n" + intro + "\n\n" + draw))).contains("Lindby v Strand", "Kirkby v Dunmore");
      assertThat(removed(clean(STORY + "\n\nNext match\nLindby v Strand"), RemovalReason.FOOTER))
          .contains("Lindby v Strand");
    }

    @Test
    void relatedCardsAfterTheStoryGoWithTheirSummaries() {
      String cards = String.join("\n", "Related Articles", "", "Harbour board cogs", "March 04 2025",
          "Ferry revenues in the latest half-year rose 25% to £596,000, more than the whole of last year",
          "Pier repairs", "January 03 2025",
          "The new pier and its cranes let the harbour board now load ships in half the time it took before");
      Article a = clean("Lindby ferry revenues jump after the pier reopens\n\n" + STORY + "\n\n" + cards);
      assertThat(kept(a)).contains(STORY.split("\n\n")).noneMatch(line -> line.contains("revenues in")
          || line.contains("cranes") || line.equals("Pier repairs"));
      // a story whose last paragraph lost its full stop, with no label above it, keeps that paragraph
      String last = "The new pier and its cranes let the harbour board now load ships in half the time it took before";
      Article b = clean("Lindby ferry revenues jump after the pier reopens\n\n" + STORY + "\n\n" + last);
      assertThat(kept(b)).contains(last);
    }
  }

  @Nested
  class PastedPageLeftovers {
    private static final String HEADLINE = "Warehouse fire forces evacuation of Lindby harbour district";
    private static final String FIRST = "A fire at a disused warehouse forced the evacuation of about 300 residents from"
        + " the harbour district of Lindby on Tuesday, the fire service said.";
    private static final String SECOND = "The blaze was brought under control by mid-morning, a spokesman for the"
        + " service told reporters. No one was injured.";
    private static final String THIRD = "Residents were allowed back into their homes by the afternoon, although the road"
        + " along the quay remains closed.";

    private Article page(String middle, String end) {
      return clean(String.join("\n\n", HEADLINE, "By Jane Roe\nMarch 3, 2026", FIRST, middle, SECOND, THIRD, end)
          .replace("\n\n\n\n", "\n\n").strip());
    }

    @Test
    void captionOverACreditOfNamesWithoutALabel() {
      for (String credit : List.of("Jane Roe/Invented Press", "Photo by Jane Roe for Invented Press",
          "Jane Roe / Invented Press via Stockfoto Images")) {
        Article a = page("Firefighters at the scene on Tuesday.\n" + credit, "");
        assertThat(removed(a, RemovalReason.CAPTION)).as(credit)
            .containsExactly("Firefighters at the scene on Tuesday.", credit);
        assertThat(kept(a)).as(credit).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      }
      // a subheading with the slash in its first word credits nobody
      assertThat(kept(page("Lindby/Ostvik Border Talks", ""))).contains("Lindby/Ostvik Border Talks");
    }

    @Test
    void pullQuoteRepeatingASentenceOfTheStory() {
      String pull = "The harbour will not be the same for years, but we are safe";
      String quote = "\"The harbour will not be the same for years, but we are safe,\" said Tom Birk, who runs a"
          + " bakery two streets away.";
      Article a = page(pull + "\n\n" + quote, "");
      assertThat(removed(a, RemovalReason.DUPLICATE)).containsExactly(pull);
      assertThat(kept(a)).contains(quote);
      // a sentence the story says only once stays, however like the others it is
      String once = "The harbour will not be the same for years, the mayor said on Wednesday";
      assertThat(kept(page(once + "\n\n" + quote, ""))).contains(once, quote);
    }

    @Test
    void teaserListsUnderMostPopularAndCardsUnderMoreFrom() {
      String popular = String.join("\n", "Most Popular", "1. Local bakery wins national bread prize",
          "2. Storm warning issued for the coast this weekend", "3. Police search for missing hiker in the hills");
      String cards = String.join("\n", "More from Lindby Daily", "Local bakery wins national bread prize",
          "The bakery on Harbour Street beat 200 others to the title.", "Storm warning issued for the coast this weekend",
          "Forecasters expect winds of up to 100 km/h on Saturday.");
      Article a = page(popular, cards);
      assertThat(kept(a)).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      assertThat(removed(a, RemovalReason.TEASER)).contains("Most Popular", "More from Lindby Daily",
          "The bakery on Harbour Street beat 200 others to the title.");
      // headlines under a label that a paragraph of the story follows in the same paragraph: the paragraph stays
      String list = String.join("\n", "More from Lindby Daily", "Local bakery wins national bread prize",
          "Storm warning issued for the coast this weekend", "Many residents spent the night with relatives.");
      assertThat(kept(page(list, ""))).contains("Many residents spent the night with relatives.");
    }

    @Test
    void writerBiographyAfterTheStory() {
      String bio = "Jane Roe is a reporter at the Lindby Daily covering the harbour and city hall.";
      Article a = page("", bio);
      assertThat(removed(a, RemovalReason.FOOTER)).containsExactly(bio);
      String other = "Mark Doe covers business for the Lindby Daily. Follow him on X @markdoe.";
      assertThat(removed(page("", "About the author\n\n" + other), RemovalReason.FOOTER))
          .containsExactly("About the author", other);
      // the story's own sentence about another reporter, with no byline, contact or label to make it the writer's
      String story = "Karl Lind is a reporter at the Coast Herald who was at the scene when the roof fell in.";
      assertThat(kept(page("", story))).contains(story);
    }
  }

  /** A whole page pasted from a browser: the site's name, its menu and a list of other stories above the headline. */
  @Nested
  class PastedPageTops {
    private static final String MENU = "Skip to content\n\nThe Lindby Courier\nSign in\nSubscribe\n\nNews\nWorld"
        + "\nBusiness\nSport\nWeather";
    private static final String HEADLINE = "Warehouse fire forces evacuation of Lindby harbour district";
    private static final String FIRST = "A fire at a disused warehouse forced the evacuation of about 300 residents from"
        + " the harbour district of Lindby on Tuesday, the fire service said.";
    private static final String SECOND = "The blaze was brought under control by mid-morning, a spokesman for the"
        + " service told reporters.";
    private static final String BIO = "Jane Roe is a reporter at The Lindby Courier, where she covers the harbour.";
    private static final String RIGHTS = "\u00A9 2026 The Lindby Courier. All rights reserved.";

    @Test
    void numberedTrendingListAboveTheHeadline() {
      String trending = "Trending\n\n1. Council votes to close two branch libraries\n2. Storm cuts power to 4,000 homes"
          + "\n3. Bakery on Harbour Street wins a regional prize";
      Article a = clean(String.join("\n\n", MENU, trending, HEADLINE, "By Jane Roe", FIRST, SECOND, BIO, RIGHTS));
      assertThat(a.title()).isEqualTo(HEADLINE);
      assertThat(kept(a)).containsExactly(HEADLINE, FIRST, SECOND);
      assertThat(removed(a, RemovalReason.TEASER)).contains("1. Council votes to close two branch libraries",
          "2. Storm cuts power to 4,000 homes");
    }

    @Test
    void siteNameOverTheMenuIsNoHeadline() {
      Article a = clean(String.join("\n\n", MENU, HEADLINE, "By Jane Roe", FIRST, SECOND, BIO, RIGHTS));
      assertThat(a.title()).isEqualTo(HEADLINE);
      assertThat(kept(a)).containsExactly(HEADLINE, FIRST, SECOND);
    }

    @Test
    void emailFieldOfANewsletterBoxBetweenParagraphs() {
      String box = "Sign up for our Morning Briefing newsletter to get the top stories delivered to your inbox.\n"
          + "Enter your email\nSign up";
      Article a = clean(String.join("\n\n", HEADLINE, FIRST, box, SECOND, STORY));
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Enter your email");
      assertThat(kept(a)).contains(FIRST, SECOND);
    }

    @Test
    void captionOverItsCreditOnAPagePastedWithoutBlankLines() {
      String caption = "Firefighters stand by the warehouse gate on Tuesday.";
      Article a = clean(String.join("\n", HEADLINE, "By Jane Roe", caption, "Karl Lind/Invented Press", FIRST,
          SECOND, STORY.replace("\n\n", "\n")));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly(caption, "Karl Lind/Invented Press");
      assertThat(kept(a)).contains(FIRST, SECOND);
    }

    @Test
    void creditOverItsPictureLeavesTheStorySentenceAboveIt() {
      String sentence = "The harbour district is home to about 2,000 people and several fish markets.";
      String caption = "Firefighters at the warehouse gate on Tuesday.";
      Article a = clean(String.join("\n", HEADLINE, "By Jane Roe", FIRST, sentence, "Karl Lind/Invented Press",
          caption, SECOND, STORY.replace("\n\n", "\n")));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Karl Lind/Invented Press");
      assertThat(kept(a)).contains(FIRST, sentence, SECOND);
    }
  }

  /**
   * Pasted pages of the 46th session: a skip link is navigation, a related story's headline a teaser, and a story
   * sentence above a caption's label is the story's. Of the 47th: a key-points box without bullets under the
   * headline, a writer's name over a role in lower case, a question under a label of other stories, a site's name
   * with no rights notice, and a live page's first post.
   */
  @Nested
  class ReasonsOfPastedChrome {
    private static final String HEADLINE = PastedPageLeftovers.HEADLINE;
    private static final String FIRST = PastedPageLeftovers.FIRST;
    private static final String SECOND = PastedPageLeftovers.SECOND;
    private static final String THIRD = PastedPageLeftovers.THIRD;
    private static final List<String> POINTS = List.of(
        "A warehouse fire forced 300 residents out of the Lindby harbour district on Tuesday",
        "The blaze was under control by mid-morning",
        "The road along the quay remains closed");

    @Test
    void aSkipLinkIsNavigation() {
      for (String skip : List.of("Skip to main content", "Skip navigation", "Jump to comments")) {
        Article a = clean(String.join("\n", skip, HEADLINE, FIRST, SECOND, THIRD));
        assertThat(removed(a, RemovalReason.NAVIGATION)).as(skip).contains(skip);
        assertThat(kept(a)).as(skip).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      }
      // a headline that opens on "Skip" names no part of a page
      String headline = "Skip the queue: Lindby airport opens a second security lane";
      assertThat(clean(String.join("\n\n", headline, FIRST, SECOND)).title()).isEqualTo(headline);
    }

    @Test
    void aHeadlineAloneUnderALabelOfOtherStoriesAfterTheStoryIsATeaser() {
      String other = "Lindby bakery wins national prize";
      for (String end : List.of("", "Comments (12)\n")) {
        Article a = clean(String.join("\n", HEADLINE, FIRST, SECOND, THIRD, end + "You may also like", other,
            "\u00A9 Lindby Courier 2026"));
        assertThat(removed(a, RemovalReason.TEASER)).as(end).containsExactly("You may also like", other);
        assertThat(kept(a)).as(end).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      }
    }

    @Test
    void aHeadlineAloneUnderALabelOfOtherStoriesInsideTheStoryIsATeaser() {
      String other = "Lindby council approves new harbour plan";
      for (String gap : List.of("\n", "\n\n")) {
        Article a = clean(String.join(gap, HEADLINE, FIRST, "Related", other, SECOND, THIRD));
        assertThat(removed(a, RemovalReason.TEASER)).as(gap).containsExactly("Related", other);
        assertThat(kept(a)).as(gap).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      }
      // the story's paragraph under the label stays
      assertThat(kept(clean(String.join("\n\n", HEADLINE, FIRST, "Related", SECOND, THIRD)))).contains(SECOND);
    }

    @Test
    void theStorySentenceAboveACaptionsLabelStaysOnAPageWithoutBlankLines() {
      String caption = "Firefighters at the warehouse gate on Tuesday";
      String sentence = "The fire service expects the quay road to reopen on Friday, bringing traffic back to the district.";
      Article a = clean(String.join("\n", HEADLINE, FIRST, SECOND, sentence, "Image caption,", caption, THIRD));
      assertThat(removed(a, RemovalReason.CAPTION)).containsExactly("Image caption,", caption);
      assertThat(kept(a)).containsExactly(HEADLINE, FIRST, SECOND, sentence, THIRD);
    }

    @Test
    void keyPointsWithoutBulletsAreTheStorysNotItsHeadline() {
      for (String gap : List.of("\n", "\n\n")) {
        String box = "Key points" + gap + String.join("\n", POINTS);
        Article a = clean(String.join(gap, "Sign in", "Subscribe", "News  World  Business  Sport", HEADLINE, box,
            "Published 3 March 2026", FIRST, SECOND, THIRD));
        assertThat(a.title()).as(gap).isEqualTo(HEADLINE);
        assertThat(kept(a)).as(gap).containsSubsequence(HEADLINE, POINTS.get(0), POINTS.get(1), POINTS.get(2), FIRST);
        assertThat(removed(a, RemovalReason.NAVIGATION)).as(gap).contains("Key points");
      }
    }

    @Test
    void aWritersNameOverTheirRoleIsTheByline() {
      for (String role : List.of("Harbour correspondent", "Political editor", "Senior Reporter")) {
        Article a = clean(String.join("\n", HEADLINE, "Jane Roe", role, "Published 3 March 2026", FIRST, SECOND,
            THIRD));
        assertThat(removed(a, RemovalReason.BYLINE)).as(role).containsExactly("Jane Roe", role,
            "Published 3 March 2026");
      }
      // a name over a line that names no role, or a role a blank line away from the name, is no byline of two lines
      Article a = clean(String.join("\n\n", HEADLINE, FIRST, "Jane Roe\nMayor of Lindby", SECOND, THIRD));
      assertThat(removed(a, RemovalReason.BYLINE)).isEmpty();
    }

    @Test
    void aQuestionUnderALabelOfOtherStoriesAfterTheStoryIsATeaser() {
      String other = "Why do warehouse fires spread so fast?";
      Article a = clean(String.join("\n", HEADLINE, FIRST, SECOND, THIRD, "More on this story", other,
          "Related Internet Links", "Lindby Fire Service"));
      assertThat(removed(a, RemovalReason.TEASER)).contains("More on this story", other);
      assertThat(kept(a)).containsExactly(HEADLINE, FIRST, SECOND, THIRD);
      // the story's own question at its end, with no label over it, stays
      String own = "Will the quay road reopen before the summer?";
      assertThat(kept(clean(String.join("\n", HEADLINE, FIRST, SECOND, THIRD, own)))).contains(own);
    }

    @Test
    void theSitesNameOverTheHeadlineIsNoHeadlineWithoutARightsNotice() {
      for (String site : List.of("The Lindby Courier", "Lindby Evening Gazette", "The Harbour Times")) {
        Article a = clean(String.join("\n", "Skip to main content", site, HEADLINE, FIRST, SECOND, THIRD));
        assertThat(a.title()).as(site).isEqualTo(HEADLINE);
        assertThat(removed(a, RemovalReason.NAVIGATION)).as(site).contains(site);
      }
      // a story about a newspaper may have its name for a headline, when nothing under it says more of the story
      String closing = "The Lindby Gazette will print its last edition on Friday after 150 years, its owners said.";
      Article a = clean(String.join("\n\n", "The Lindby Gazette", closing, SECOND));
      assertThat(a.title()).isEqualTo("The Lindby Gazette");
      // a headline worded like a paper's name says more of its story than a paper's name would, and stays
      String quits = "Lindby Mayor Quits Post";
      Article b = clean(String.join("\n", quits,
          "Eva Strand says she will leave the town hall in June after the harbour vote",
          "Lindby mayor Eva Strand quit her post on Monday, saying the vote on the harbour had cost her the trust of"
              + " the council.",
          "She had led the town for six years, the council said in a statement."));
      assertThat(b.title()).isEqualTo(quits);
    }

    @Test
    void aLivePagesFirstPostKeepsItsHeadingUnderTheKeyEventsBox() {
      String first = "Police divers lifted the last car from the harbour shortly after 3pm, a police spokesperson said.";
      String second = "Residents of the harbour district were allowed back into their homes at about 1pm.";
      Article a = clean(String.join("\n", "Skip to content", "News", "Sport", "Business", "Live",
          "Lindby harbour fire: residents return as divers search the quay", "Updated 2 minutes ago",
          "By Jane Roe and Karl Lind", "Share", "Key events", "3:10pm Divers lift the last car",
          "1:05pm Residents return home", "Show key events only",
          "Please turn on JavaScript. Some features may not work.", "", "3:10pm", "Divers lift the last car", first, "Share", "", "1:05pm", "Residents return home", second));
      assertThat(kept(a)).containsSubsequence("Divers lift the last car", first, "Residents return home", second);
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("Key events", "3:10pm Divers lift the last car",
          "Show key events only");
    }
  }

  /**
   * A live page pasted whole: its headline, the outlet's name, a box of key events that links to the posts, each
   * post under its stamp, newest first, and a greeting post at the bottom. Only the posts' sentences are the story's.
   */
  @Nested
  class LivePagesPastedWhole {
    private static final String HEADLINE = "LIVE: Storm hits Lindby - latest updates";
    private static final List<String> POSTS = List.of(
        "The ferry operator suspended all crossings to Strand until Thursday, a spokesman said. Passengers will get"
            + " their money back.",
        "Mayor Eva Strand said the town hall and two schools would open as shelters. \"Nobody should sleep in a"
            + " flooded house,\" she said.",
        "The harbour wall broke at about 5:40 a.m., flooding the quay and three streets, the coastguard said.");

    private static String page(List<String> stamps) {
      return String.join("\n\n", HEADLINE, "The Strand Courier\nMarch 3, 2026",
          "Key events\n- " + stamps.get(0) + " Ferry crossings suspended, operator says\n- " + stamps.get(1)
              + " Mayor opens shelters at the town hall",
          stamps.get(0) + "\n" + POSTS.get(0), stamps.get(1) + "\n" + POSTS.get(1), stamps.get(2) + "\n" + POSTS.get(2),
          stamps.get(3) + "\nWelcome to our live coverage of the storm in Lindby. Follow along here for the latest.",
          "Share this post\n\u00A9 2026 The Strand Courier");
    }

    @Test
    void theOutletsNameUnderTheHeadlineIsNoTitle() {
      Article a = clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")));
      assertThat(a.title()).isEqualTo(HEADLINE);
      assertThat(kept(a)).doesNotContain("The Strand Courier");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9:02 AM|8:15 AM|7:20 AM|6:30 AM", "09:02|08:15|07:20|06:30", "9.02am|8.15am|7.20am|6.30am",
        "2 min ago|49 min ago|1 hour ago|2 hours ago"})
    void postStampsNewestFirstAreThePages(String stamps) {
      List<String> each = List.of(stamps.split("\\|"));
      Article a = clean(page(each));
      assertThat(removed(a, RemovalReason.BYLINE)).containsAll(each);
      assertThat(kept(a)).containsAll(POSTS);
    }

    @Test
    void keyEventsThatLinkToThePostsGo() {
      Article a = clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")));
      assertThat(removed(a, RemovalReason.NAVIGATION)).contains("- 9:02 AM Ferry crossings suspended, operator says",
          "- 8:15 AM Mayor opens shelters at the town hall");
      // a list of times that no post is stamped with is the story's: a schedule, say
      String schedule = "- 9:30 AM Ferry to Strand\n- 11:45 AM Ferry back to Lindby";
      assertThat(kept(clean(STORY + "\n\n" + schedule + "\n\nThe talks resumed on Friday, the mediators said.")))
          .contains("- 9:30 AM Ferry to Strand");
    }

    @Test
    void theGreetingOfALivePageGoes() {
      Article a = clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")));
      assertThat(removed(a, RemovalReason.FOOTER))
          .contains("Welcome to our live coverage of the storm in Lindby. Follow along here for the latest.");
      // a greeting that goes on to report keeps its line, as does a sentence that welcomes someone
      String reports = "Welcome to our live coverage. The harbour wall broke at dawn, the coastguard said.";
      String welcomes = "The mayor said she would welcome the ferry crews back to Lindby on Friday.";
      for (String line : List.of(reports, welcomes)) {
        assertThat(kept(clean(STORY + "\n\n" + line + "\n\nThe talks resumed on Friday, the mediators said.")))
            .as(line).contains(line);
      }
    }

    @Test
    void aPostOfOtherNewsIsNoPartOfTheStory() {
      String other = "In other news: the county's vote on new parking fees for Kelby Road has been put off to next"
          + " month, a spokeswoman said.";
      Article a = clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")).replace("7:20 AM\n",
          "7:50 AM\n" + other + "\n\n7:20 AM\n"));
      assertThat(removed(a, RemovalReason.TEASER)).containsExactly(other);
      assertThat(kept(a)).containsAll(POSTS);
      // other news that goes on about the story's matter is the story's
      String same = "In other news from the harbour, the ferry operator said passengers would get refunds by Friday.";
      assertThat(kept(clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")).replace("7:20 AM\n",
          "7:50 AM\n" + same + "\n\n7:20 AM\n")))).contains(same);
    }

    @Test
    void thePagesControlsOverAPostGo() {
      Article a = clean(page(List.of("9:02 AM", "8:15 AM", "7:20 AM", "6:30 AM")).replace("8:15 AM\n",
          "Pinned post\n8:15 AM\n").replace("7:20 AM\n", "Refresh\n7:20 AM\n"));
      assertThat(removed(a, RemovalReason.FOOTER)).contains("Pinned post", "Refresh");
      assertThat(kept(a)).containsAll(POSTS);
      // a line that says more than the control's word is the story's
      String pinned = "Pinned under the quay wall, two boats sank";
      assertThat(kept(clean(STORY + "\n\n" + pinned + "\n\nThe talks resumed on Friday, the mediators said.")))
          .contains(pinned);
    }

    @Test
    void aStorysTimelineGoingForwardKeepsItsTimes() {
      String timeline = String.join("\n\n", "Storm floods Lindby harbour", POSTS.get(2), "6:30 AM",
          "The coastguard closes the quay road and asks people in three streets to leave their homes.", "8:15 AM",
          POSTS.get(1), "9:02 AM", POSTS.get(0));
      assertThat(kept(clean(timeline))).contains("6:30 AM", "8:15 AM", "9:02 AM");
    }
  }
}
