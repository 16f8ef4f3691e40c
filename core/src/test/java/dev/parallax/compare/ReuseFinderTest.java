package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.PARALLAX;
import static dev.parallax.compare.Fixtures.article;
import static dev.parallax.compare.Fixtures.compare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseFinderTest {
  private static final String PARAGRAPH = "\u201CNATO refuses to consider our proposals,\u201D Lavrov said, accusing the "
      + "US-led bloc of rejecting constructive discussion and of ignoring every warning from Moscow.";

  private static String shared(Comparison c, Reuse r) {
    String from = c.article(r.from()).orElseThrow().article().text();
    String to = c.article(r.to()).orElseThrow().article().text();
    ReuseSpan s = r.spans().get(0);
    assertThat(to.substring(s.toStart(), s.toEnd())).isEqualTo(from.substring(s.fromStart(), s.fromEnd()));
    return from.substring(s.fromStart(), s.fromEnd());
  }

  @Test
  void verbatimCopyWithDirectionFromDates() {
    AnalyzedArticle copier = article("copier", "2021-12-03", "On Friday the tone hardened.\n" + PARAGRAPH + "\nMore later.");
    AnalyzedArticle source = article("source", "2021-12-02", "Lavrov spoke in Stockholm.\n" + PARAGRAPH);
    Comparison c = compare(List.of(copier, source));
    assertThat(c.reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("source");
      assertThat(r.to()).isEqualTo("copier");
      assertThat(r.direction()).startsWith("published earlier");
      assertThat(r.basis()).isEqualTo(ReuseBasis.PUBLISHED_EARLIER);
      assertThat(shared(c, r)).contains("accusing the US-led bloc of rejecting constructive discussion");
      assertThat(r.chars()).isGreaterThan(100);
    });
  }

  @Test
  void aCopyThatNamesItsSourceCreditsIt() {
    AnalyzedArticle source = PARALLAX.analyze(Article.of("gazette", "The Lindby Gazette", LocalDate.parse("2021-12-02"), "",
        "Lavrov spoke in Stockholm.\n" + PARAGRAPH));
    AnalyzedArticle credited = PARALLAX.analyze(Article.of("post", "Morning Post", LocalDate.parse("2021-12-03"), "",
        "The tone hardened on Friday. Here is an excerpt from the Gazette report:\n" + PARAGRAPH));
    AnalyzedArticle silent = PARALLAX.analyze(Article.of("post", "Morning Post", LocalDate.parse("2021-12-03"), "",
        "The tone hardened on Friday.\n" + PARAGRAPH));
    assertThat(compare(List.of(source, credited)).reuse()).singleElement()
        .satisfies(r -> assertThat(r.credit()).contains("Here is an excerpt from the Gazette report:"));
    assertThat(compare(List.of(source, silent)).reuse()).singleElement()
        .satisfies(r -> assertThat(r.credit()).isEmpty());
  }

  @Test
  void anOutletNamedByItsFileIsNotCreditedByTheWordsOfItsName() {
    String report = "Engineers closed the old bridge in Lindby on Monday after finding a crack in its central arch, "
        + "and a post on the town's website said the bridge carries about four thousand cars a day. A spokesman for the "
        + "town said the repairs would take at least six weeks.";
    // two copies of one article, the outlets named by their files: "a" and "post" are words, not the outlet's name
    for (String outlet : List.of("a", "post", "A")) {
      Comparison c = compare(List.of(article(outlet, null, report), article(outlet + "2", null, report)));
      assertThat(c.reuse()).as(outlet).singleElement().satisfies(r -> {
        assertThat(r.basis()).isEqualTo(ReuseBasis.INPUT_ORDER);
        assertThat(r.credit()).isEmpty();
      });
    }
    assertThat(ReuseFinder.readsAsName("Lindby Post")).isTrue();
    assertThat(ReuseFinder.readsAsName("9News")).isTrue();
    assertThat(ReuseFinder.readsAsName("a")).isFalse();
    assertThat(ReuseFinder.readsAsName("It")).isFalse();
  }

  @Test
  void directionFromLongerContextWhenDatesTie() {
    AnalyzedArticle lifted = article("lifted", "2021-12-02", PARAGRAPH);
    AnalyzedArticle original = article("original", "2021-12-02", "Speaking in Stockholm on Thursday, the minister "
        + "went further than before. " + PARAGRAPH.replace("Moscow.", "Moscow, which he said had been patient."));
    Comparison c = compare(List.of(lifted, original));
    assertThat(c.reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("original");
      assertThat(r.direction()).startsWith("longer context");
      assertThat(r.basis()).isEqualTo(ReuseBasis.LONGER_CONTEXT);
    });
  }

  @Test
  void anArticleThatCreditsTheOtherOutletIsTheCopierWhateverTheContext() {
    String report = "engineers closed the old stone bridge in Lindby on Monday after finding a deep crack in its "
        + "central arch, and the bridge carries about four thousand cars a day across the river.";
    AnalyzedArticle post = PARALLAX.analyze(Article.of("post", "Lindby Post", LocalDate.parse("2024-03-05"), "",
        "Lindby bridge closed.\n\nE" + report.substring(1)));
    AnalyzedArticle digest = PARALLAX.analyze(Article.of("digest", "Valley Digest", LocalDate.parse("2024-03-05"), "",
        "Crack shuts Lindby bridge.\n\nAccording to the Lindby Post, " + report + " Traffic will go through Norrby "
            + "until the repairs are finished, which will take at least six weeks, the report added."));
    assertThat(compare(List.of(post, digest)).reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("post");
      assertThat(r.to()).isEqualTo("digest");
      assertThat(r.basis()).isEqualTo(ReuseBasis.CREDITS_SOURCE);
      assertThat(r.direction()).startsWith("credits the source");
    });
  }

  @Test
  void aFewCharactersMoreAroundTheSharedTextDecideNothing() {
    AnalyzedArticle first = article("first", "2021-12-02", PARAGRAPH);
    AnalyzedArticle second = article("second", "2021-12-02", PARAGRAPH.replace("Moscow.", "Moscow, he said."));
    assertThat(compare(List.of(first, second)).reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("first");
      assertThat(r.basis()).isEqualTo(ReuseBasis.INPUT_ORDER);
    });
  }

  @Test
  void aLaterVersionOfOneOutletsArticleIsNeverTheSourceOfItsEarlierVersion() {
    String story = "A fire destroyed the old grain store on the Lindby quay overnight, and crews from three towns fought it"
        + " until dawn, the harbour master said.\n\nNobody was hurt, but the smoke closed the coast road for four hours"
        + " while the wind carried it inland.";
    // the update is given first, and its text around the shared words is a little longer
    AnalyzedArticle updated = PARALLAX.analyze(Article.of("updated", "Lindby Gazette", LocalDate.parse("2030-05-11"), "",
        "Grain store burns on Lindby quay\n\nMay 11, 2030 7:05 AM\nUpdated: May 11, 2030 9:40 AM\n\n" + story
            + "\n\nThe owner said he would rebuild."));
    AnalyzedArticle early = PARALLAX.analyze(Article.of("early", "Lindby Gazette", LocalDate.parse("2030-05-11"), "",
        "Grain store burns on Lindby quay\n\nMay 11, 2030 7:05 AM\n\n" + story));
    Comparison c = compare(List.of(updated, early));
    assertThat(c.reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("early");
      assertThat(r.to()).isEqualTo("updated");
      assertThat(r.basis()).isEqualTo(ReuseBasis.PUBLISHED_EARLIER);
      assertThat(r.direction())
          .isEqualTo("published earlier: both came out on 2030-05-11, early at 07:05, updated at 09:40");
    });
  }

  @Test
  void anOutletsNameInItsOtherVersionIsNoCredit() {
    String story = "The bridge, built in 1961, had been rated unsafe in an inspection last spring, according to records"
        + " seen by the Gazette.\n\nEngineers closed both lanes at noon and said they would stay shut for a week.";
    AnalyzedArticle first = PARALLAX.analyze(Article.of("first", "Lindby Gazette", LocalDate.parse("2030-05-11"), "",
        "Lindby bridge shut\n\n" + story));
    AnalyzedArticle second = PARALLAX.analyze(Article.of("second", "Lindby Gazette", LocalDate.parse("2030-05-11"), "",
        "Lindby bridge shut\n\n" + story));
    assertThat(compare(List.of(first, second)).reuse()).singleElement()
        .satisfies(r -> assertThat(r.credit()).isEmpty());
  }

  @Test
  void inputOrderWhenNothingElseDecides() {
    Comparison c = compare(List.of(article("first", null, PARAGRAPH), article("second", null, PARAGRAPH)));
    assertThat(c.reuse()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo("first");
      assertThat(r.direction()).startsWith("input order");
      assertThat(r.basis()).isEqualTo(ReuseBasis.INPUT_ORDER);
    });
  }

  @Test
  void noCopyBetweenIndependentReports() {
    Comparison c = compare(List.of(
        article("a", "2021-12-02", "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken "
            + "in Stockholm on Thursday. The two men disagreed about almost everything."),
        article("b", "2021-12-02", "In Stockholm, Russian Foreign Minister Sergey Lavrov met US Secretary of State "
            + "Antony Blinken for half an hour, and neither side gave ground.")));
    assertThat(c.reuse()).isEmpty();
  }

  @Test
  void aWireStoryThatSeveralOutletsPrintIsCopyEachPairShares() {
    String wire = "The heist near the upscale square is the latest to hit the country after a spate of high-profile "
        + "robberies in the southern resort, where an armed man made off with jewellery worth millions last month.\n";
    String more = "\nPolice believe the gang had watched the shop for several weeks before they struck in the early "
        + "hours, when the street outside was empty and the alarm was slow to raise the guards.";
    Comparison c = compare(List.of(
        article("a", "2021-12-02", "Thieves rammed a store on Monday.\n" + wire + "No one was hurt." + more),
        article("b", "2021-12-02", "A store was rammed by thieves.\n" + wire + "The owner was in shock." + more),
        article("c", "2021-12-02", "Police are hunting four men.\n" + wire + "The square was closed." + more)));
    assertThat(c.reuse()).extracting(r -> r.from() + ">" + r.to()).containsExactlyInAnyOrder("a>b", "a>c", "b>c");
  }

  @Test
  void aWireStoryThatSeveralOutletsPrintWordForWordIsCopyEachPairShares() {
    String wire = "Karl Lind stopped Jon Berg in the sixth round on Saturday night in Lindby to keep a firm hold on his "
        + "three heavyweight title belts. The champion floored the challenger with a right hand near the end of the "
        + "fifth round at the old harbour stadium, and the visitor never recovered. The referee gave the challenger a "
        + "standing count in the sixth before stopping the fight just before the bell.";
    Comparison c = compare(List.of(article("a", "2021-12-02", "Lind keeps his belts\n" + wire),
        article("b", "2021-12-02", "Lind stops Berg\n" + wire),
        article("c", "2021-12-02", "Champion retains titles\n" + wire)));
    assertThat(c.reuse()).extracting(r -> r.from() + ">" + r.to()).containsExactlyInAnyOrder("a>b", "a>c", "b>c");
  }

  @Test
  void aWireStoryEachOutletEditedALittleIsCopyEachPairShares() {
    // a word changed every dozen or so: no run of twenty words, but most of each text
    Comparison c = compare(List.of(
        article("a", "2021-12-02", "Doe breaks record\nTom Doe scored 20 points to break the career scoring record and "
            + "help the top-ranked Lions stay unbeaten with a win over Norby on Thursday night. The senior forward had "
            + "nine rebounds for Lindby, which shook off a slow start and stretched the lead to double figures shortly "
            + "after Doe passed Karl Lind for the record midway through the first half."),
        article("b", "2021-12-02", "Record falls in Lindby\nTom Doe scored 20 on Thursday to break the career scoring "
            + "record and help the No. 1 Lions stay unbeaten with a win over Norby in Lindby. The senior forward had "
            + "nine rebounds for the hosts, which shook off a slow start and stretched the lead to double figures "
            + "shortly after Doe passed Karl Lind for the record midway through the first half."),
        article("c", "2021-12-02", "Lions roll on\nTom Doe scored 20 points on Thursday night to break the career "
            + "scoring record and help the top-ranked Lions stay unbeaten with a win over Norby. The senior forward "
            + "had nine rebounds for Lindby, which shook off a slow start and stretched its lead to double figures "
            + "shortly after Doe passed Karl Lind for the record midway through the first half.")));
    assertThat(c.reuse()).extracting(r -> r.from() + ">" + r.to()).containsExactlyInAnyOrder("a>b", "a>c", "b>c");
  }

  @Test
  void anEditedWireStoryStaysCopyWhenAnotherOutletRepeatsSomeOfItsPhrases() {
    // a and b print the same three edited wire sentences; c, written apart, repeats two phrases of them
    AnalyzedArticle a = article("a", "2024-03-01", "A fire badly damaged the Lindby Chapel on Friday night, and "
        + "investigators suspect arson.\n\nThe chapel's pastor, Karl Lind, declined to say whether the chapel had "
        + "received any recent threats.\n\nThe fire was set at the entrance of the chapel and moved inward as a "
        + "small group of women were working on crafts, Chief Eva Strand said.\n\nThe chapel was the subject of "
        + "intense scrutiny after the mayor joined it last spring.\n\nOutside temperatures were well below freezing "
        + "as firefighters battled the blaze for hours.\n\nServices will be held at a school on Sunday.");
    AnalyzedArticle b = article("b", "2024-03-01", "An arsonist has badly damaged the chapel attended by the mayor "
        + "of Lindby.\n\nThe pastor, Karl Lind, declined to say whether the chapel had received any recent "
        + "threats.\n\nMs Strand said the fire was lit at the entrance and moved inward as a small group of women "
        + "were working on crafts.\n\nThe chapel was the subject of scrutiny after the mayor joined it last "
        + "spring.\n\nLindby lies 40 kilometres north of Norrby.");
    AnalyzedArticle c = article("c", "2024-03-01", "The Lindby Chapel burned on Friday night, the third fire in the "
        + "town this year.\n\nPastor Karl Lind declined to say whether the chapel had received "
        + "threats.\n\nNeighbours said they saw smoke rising above the trees shortly before ten o'clock.\n\nThe "
        + "town council will meet on Monday to discuss the cost of rebuilding the hall next door.\n\nA small group "
        + "of women were working on crafts at the time.");
    assertThat(compare(List.of(a, b)).reuse()).extracting(r -> r.from() + ">" + r.to()).containsExactly("a>b");
    assertThat(compare(List.of(a, b, c)).reuse()).extracting(r -> r.from() + ">" + r.to()).containsExactly("a>b");
  }

  @Test
  void twoSentencesTwoOutletsShareStayCopyWhenAThirdPrintsOneOfThem() {
    String alarm = "The alarm was raised after a night watchman noticed smoke coming from the roof.";
    AnalyzedArticle post = article("post", "2024-03-07", "The old sawmill in Lindby has been destroyed in a fire.\n\n"
        + alarm + "\n\nA statement from the owners said damage to the building had been extensive but the mill would "
        + "be rebuilt.\n\nPolice are treating the fire as suspicious.");
    AnalyzedArticle news = article("news", "2024-03-07", "Firefighters are still at the sawmill in Lindby.\n\n" + alarm
        + "\n\nA statement from the owners said damage to the building had been extensive but the mill would be "
        + "rebuilt.\n\nRoads near the mill were closed until Saturday afternoon.");
    AnalyzedArticle herald = article("herald", "2024-03-07", "Residents were allowed home on Saturday.\n\n" + alarm
        + "\n\nA statement from the owners said: \"Damage to the building is extensive, and the mill will be "
        + "rebuilt.\"");
    assertThat(compare(List.of(post, news, herald)).reuse()).extracting(r -> r.from() + ">" + r.to())
        .contains("post>news");
  }

  @Test
  void aSpeakersWordsOverSeveralParagraphsAreNoCopy() {
    // the quotation opens one paragraph and closes three paragraphs on, as interviews are printed
    String words = "\"No.\n\nI have sailed every sea I wanted to see and crossed every ocean twice.\n\nTrust me on this."
        + "\n\nI am happy now to stay at home in Lindby with my family and my garden.\"";
    AnalyzedArticle a = article("a", "2024-03-01", "Eva Strand told the Lindby Post she is done with racing.\n\n" + words);
    AnalyzedArticle b = article("b", "2024-03-01", "In an interview last month, the sailor said her racing days "
        + "were over:\n\n" + words + "\n\nStrand won the round-the-world race in 2019.");
    assertThat(compare(List.of(a, b)).reuse()).isEmpty();
  }

  @Test
  void aNoticeEveryOutletAppendsIsNoCopy() {
    String notice = "If you or someone you know is struggling or in crisis, help is available: call or text the "
        + "988 Suicide and Crisis Lifeline or chat online with a trained counselor at any hour of the day.";
    Comparison c = compare(List.of(article("a", "2021-12-02", "A teenager died on Monday, police said.\n" + notice),
        article("b", "2021-12-02", "Police are looking into the death of a boy of 16.\n" + notice),
        article("c", "2021-12-02", "The school held a vigil for the student on Tuesday.\n" + notice)));
    assertThat(c.reuse()).isEmpty();
  }

  @Test
  void aShortPhraseSeveralOutletsShareIsTheStorysOwn() {
    String phrase = "is the latest to hit the country after a spate of robberies";
    Comparison c = compare(List.of(article("a", "2021-12-02", "The raid on Monday " + phrase + ", police said."),
        article("b", "2021-12-02", "A night-time theft " + phrase + " in the resorts."),
        article("c", "2021-12-02", "The smash-and-grab " + phrase + " this summer.")));
    assertThat(c.reuse()).isEmpty();
  }

  @Test
  void twoReportersHittingOnOnePhraseIsNoCopy() {
    // two outlets only: no third one shows the phrase is the story's; the rest of what they share is quoted
    String quote = "\u201CThese records have been selectively and inaccurately read out to the press,\u201D ";
    Comparison c = compare(List.of(
        article("a", "2021-12-02", "Critics said officials tried to delay the safety report for political reasons.\n"
            + quote + "a spokesman said."),
        article("b", "2021-12-02", "The records show no attempt to delay the safety report for political reasons, "
            + "aides argue.\n" + quote + "the White House said.")));
    assertThat(c.reuse()).isEmpty();
    // nor with the same attribution after the quote
    String tail = "\u201CThese records have been selectively and inaccurately read out to the press,\u201D a spokesman said "
        + "on Friday.";
    assertThat(compare(List.of(
        article("a", "2021-12-02", "Critics said officials tried to delay the safety report for political reasons.\n" + tail),
        article("b", "2021-12-02", "The records show no attempt to delay the safety report for political reasons, "
            + "aides argue.\n" + tail))).reuse()).isEmpty();
  }

  @Test
  void aLongSharedQuoteWithTheSameAttributionIsNoCopy() {
    String quote = "\u201CThe alliance's military infrastructure is moving closer to our borders every single month, and "
        + "the old scenario of military confrontation is returning to Europe,\u201D a spokesman said on Friday.";
    assertThat(compare(List.of(article("a", "2021-12-02", "Moscow hardened its tone.\n" + quote),
        article("b", "2021-12-02", "The ministry spoke out again.\n" + quote))).reuse()).isEmpty();
  }

  @Test
  void sharedQuoteAloneIsNotCopying() {
    String quote = "\u201COn the contrary, the alliance's military infrastructure is moving closer to Russia's borders, "
        + "and the nightmarish scenario of military confrontation is returning,\u201D ";
    Comparison c = compare(List.of(
        article("a", "2021-12-02", quote + "Lavrov told the conference."),
        article("b", "2021-12-02", quote + "the minister said in his speech.")));
    assertThat(c.reuse()).isEmpty();
  }

  @Test
  void copiedCharactersCountOverlappingSpansOnce() {
    List<ReuseSpan> spans = List.of(new ReuseSpan(0, 50, 100, 150), new ReuseSpan(200, 240, 130, 170),
        new ReuseSpan(300, 310, 400, 410));
    assertThat(ReuseFinder.copiedChars(spans)).isEqualTo(70 + 10);
    assertThat(ReuseFinder.copiedChars(List.of())).isZero();
  }
}
