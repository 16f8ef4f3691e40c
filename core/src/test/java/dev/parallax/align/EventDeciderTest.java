package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event membership when a look-alike is mixed in: another event of the same kind (another earthquake,
 * another takeover by the same company) reported on the same day, with its own places, figures and names.
 */
class EventDeciderTest {
  private static final Aligner ALIGNER = Aligners.standard(Similarities.lexical());
  private static final LocalDate DAY = LocalDate.of(2025, 10, 14);

  private static AnalyzedArticle article(String id, String... sentences) {
    return TextSentences.analyzer().analyze(Article.of(id, id, DAY, "", String.join("\n\n", sentences)));
  }

  private static AnalyzedArticle dated(String id, LocalDate day, String... sentences) {
    return TextSentences.analyzer().analyze(Article.of(id, id, day, "", String.join("\n\n", sentences)));
  }

  /** A report of Norvex buying Baltra Foods. */
  private static AnalyzedArticle markets() {
    return article("markets", "Norvex agrees to buy Baltra Foods for $2.1 billion",
        "Norvex Group said on Tuesday it had agreed to buy the Danish dairy maker Baltra Foods for $2.1"
            + " billion in cash.",
        "Norvex chief executive Hanna Lind said Baltra would double the group's sales in Scandinavia.",
        "Baltra shareholders will receive 48 crowns a share, a premium of 31 percent.",
        "The deal needs the approval of the European Commission.");
  }

  /** A report of Norvex buying Baltra Foods. */
  private static AnalyzedArticle business() {
    return article("business", "Baltra Foods sold to Norvex in $2.1bn deal",
        "The Danish dairy group Baltra Foods is being bought by Norvex for $2.1 billion, the two companies"
            + " announced on Tuesday.",
        "Hanna Lind, who runs Norvex, called Baltra a perfect fit.",
        "The offer of 48 crowns a share values Baltra at 31 percent more than Monday's close.",
        "Brussels is expected to look closely at the deal.");
  }

  /** A report of Norvex buying Baltra Foods. */
  private static AnalyzedArticle trade() {
    return article("trade", "Dairy deal: Norvex swallows Baltra",
        "Baltra Foods, Denmark's second-largest dairy, is to become part of Norvex Group after a $2.1 billion"
            + " agreement announced on Tuesday.",
        "Farmers who supply Baltra asked Norvex to honour their milk contracts.",
        "The European Commission will review the purchase.");
  }

  /** The look-alike: the same company buying another target. */
  private static AnalyzedArticle otherDeal() {
    return article("other-deal", "Norvex to acquire Sintra Logistics for $640 million",
        "Norvex Group said on Tuesday it had agreed to acquire the Portuguese trucking firm Sintra Logistics"
            + " for $640 million.",
        "Norvex chief executive Hanna Lind said Sintra would give the group a network of warehouses in"
            + " Iberia.",
        "Sintra's founder, Rui Carvalho, will stay on as an adviser.",
        "The deal is expected to close in the spring.");
  }

  @Test
  void twoReportsOfOneStoryThatShareNoFactStayTogetherWhenTheirLeadsNameTheSame() {
    AnalyzedArticle farewell = article("farewell", "Crowds cheer as Jane Doe leaves Lindby town hall",
        "Jane Doe cleared her desk at the Lindby town hall on Monday, greeted by a crowd of supporters.",
        "She thanked the staff who had worked with her for nine years.");
    AnalyzedArticle residents = article("residents", "Lindby residents want a fresh start after Doe",
        "Residents of Lindby told reporters they hoped the next mayor would fix the roads that Jane Doe neglected.",
        "Several shop owners said the market square needed new lights.");
    Alignment together = ALIGNER.align(List.of(farewell, residents));
    assertThat(together.events()).extracting(ArticleEvent::membership)
        .containsExactly(EventMembership.MAIN, EventMembership.MAIN);
    assertThat(together.events()).extracting(ArticleEvent::basis)
        .containsExactly(EventBasis.SHARES_NAMES, EventBasis.SHARES_NAMES);
    assertThat(together.events().get(1).reason()).contains("none of its", "lead");

    // a report whose lead names its own town and mayor is another story, though it tells of a town hall too
    AnalyzedArticle westby = article("westby", "Westby mayor Karl Lind to stand again",
        "Karl Lind told the Westby Gazette that he would run for a third term in the spring.",
        "His deputy, Eva Strand, will lead the campaign.");
    Alignment apart = ALIGNER.align(List.of(farewell, westby));
    assertThat(apart.events()).extracting(ArticleEvent::basis)
        .containsExactly(EventBasis.FALLBACK_MAIN, EventBasis.SHARES_NOTHING);
  }

  /**
   * Two articles told apart are told apart from each other: whichever is given first is the main event, and both
   * reasons say that the order chose it, not the articles, and what the order is in compare and in corpus mode.
   */
  @Test
  void twoArticlesToldApartSayTheOrderGivenChoseTheMainEvent() {
    AnalyzedArticle ferry = article("ferry", "Ostvik ferry crews end their strike",
        "Ferry crews in Ostvik ended a three-day strike on Thursday after the harbour board raised their pay.",
        "Boats will sail again on Friday morning, the board said.");
    AnalyzedArticle orchard = article("orchard", "Frost ruins apple harvest in Kelmar valley",
        "A late frost destroyed most of the apple blossom in the Kelmar valley, growers told the Kelmar Courier.",
        "Pia Holm, who runs the largest orchard, expects a third of a normal crop.");
    for (List<AnalyzedArticle> order : List.of(List.of(ferry, orchard), List.of(orchard, ferry))) {
      Alignment a = ALIGNER.align(order);
      assertThat(a.events()).extracting(ArticleEvent::membership)
          .containsExactly(EventMembership.MAIN, EventMembership.OTHER);
      assertThat(a.events()).extracting(ArticleEvent::basis)
          .containsExactly(EventBasis.FALLBACK_MAIN, EventBasis.SHARES_NOTHING);
      assertThat(a.events()).extracting(ArticleEvent::reason)
          .allSatisfy(r -> assertThat(r).contains("given first", "different events"))
          // parallax corpus gives an event's articles by day, then id: the reason names that order too
          .allSatisfy(r -> assertThat(r).contains("in corpus mode, the earlier published, then the first by id"));
    }
    // near variant: of three articles, one the two others tell apart is told apart by them, not by the order given
    AnalyzedArticle ferry2 = article("ferry-2", "Strike over, Ostvik ferries sail on Friday",
        "Ostvik's ferries will sail again on Friday morning after their crews ended a strike on Thursday.",
        "The harbour board agreed to raise the crews' pay, which ended three days without boats, a spokesman said.");
    Alignment three = ALIGNER.align(List.of(ferry, ferry2, orchard));
    assertThat(three.events()).extracting(ArticleEvent::membership)
        .containsExactly(EventMembership.MAIN, EventMembership.MAIN, EventMembership.OTHER);
    assertThat(three.events()).extracting(ArticleEvent::reason).noneMatch(r -> r.contains("given first"));
  }

  @Test
  void ofThreeArticlesTheTwoOfOneDayAreWithTheOthersAndTheThirdIsApart() {
    LocalDate late = DAY.plusDays(9);
    Alignment a = ALIGNER.align(List.of(
        dated("post", late, "Lindby should fix its bridges before building new roads",
            "The Lindby council wants to spend its road budget on a new bypass this year.",
            "Engineers say the old river bridge has cracks in its main span.",
            "Mayor Jane Doe has not said when the council will decide."),
        dated("news", late, "Lindby's road money: bridge or bypass?",
            "Mayor Jane Doe said on Tuesday that the town would put off the bypass and repair the river bridge first.",
            "The council is expected to vote next week.",
            "Several shop owners on the east bank welcomed the plan."),
        dated("times", DAY, "Lindby bypass plan faces a budget squeeze",
            "Karl Lind, who leads the roads committee, argued that Lindby cannot afford both projects this year.",
            "Traffic through the old town has doubled since 2019.",
            "A report on the river bridge is due soon.")));
    // "news" came out on the day of "post": nine days after one of its two others is not "apart from the others"
    assertThat(a.events().get(1).basis()).isNotEqualTo(EventBasis.PUBLISHED_APART);
    assertThat(a.events().get(0).basis()).isNotEqualTo(EventBasis.PUBLISHED_APART);
    assertThat(a.events().get(2).basis()).isEqualTo(EventBasis.PUBLISHED_APART);
    assertThat(a.events().get(2).reason()).contains("9 days before");
  }

  @Test
  void twoReportsOfOneStoryOneDatedYearsLateByATypoBothReportTheMainEvent() {
    // 2099 typed for 2024: the gap is the only sign of another event, and the two reports share the story's facts
    AnalyzedArticle courier = dated("courier", LocalDate.of(2024, 5, 6), "Flood closes Marsby bridge",
        "The river Tell flooded the old bridge at Marsby on Sunday night, and the town council closed it to traffic"
            + " on Monday morning.",
        "Engineers from the county will inspect the bridge this week, council leader Anna Berg said.",
        "\"We will not reopen it until it is safe,\" she said.",
        "About 4,000 cars cross the bridge every day, according to the council.",
        "The ferry will run an extra service while the bridge is closed.");
    AnalyzedArticle gazette = dated("gazette", LocalDate.of(2099, 1, 1), "Marsby shuts its bridge",
        "Drivers in Marsby face a long detour.",
        "Officials barred traffic from the town's old crossing early Monday after high water from the Tell damaged"
            + " it, and inspectors from the county are due within days.",
        "Anna Berg, who leads the council, said the span would stay shut until it was safe.",
        "Roughly 4,000 vehicles use it each day.",
        "A ferry will add trips in the meantime.");

    for (List<AnalyzedArticle> order : List.of(List.of(courier, gazette), List.of(gazette, courier))) {
      Alignment a = ALIGNER.align(order);
      assertThat(a.events()).extracting(ArticleEvent::membership).containsOnly(EventMembership.MAIN);
      assertThat(a.events()).extracting(ArticleEvent::basis).containsOnly(EventBasis.SHARES_FACTS);
    }
  }

  @Test
  void articlesPublishedWeeksLaterLendNoNamesToALookAlike() {
    List<AnalyzedArticle> day = List.of(markets(), business(), trade(), otherDeal());
    List<AnalyzedArticle> withLater = new ArrayList<>(day);
    withLater.add(dated("later-1", DAY.plusDays(48), "Sintra Logistics opens new warehouse near Lisbon",
        "Sintra Logistics, now owned by Norvex Group, opened a warehouse near Lisbon on Monday.",
        "Founder Rui Carvalho said the site would employ 300 people.",
        "Norvex chief executive Hanna Lind attended the opening."));
    withLater.add(dated("later-2", DAY.plusDays(49), "Norvex completes Sintra purchase",
        "Norvex Group said it had completed its $640 million purchase of Sintra Logistics.",
        "Hanna Lind said Sintra's warehouses in Iberia were a good fit.",
        "Rui Carvalho will advise the board."));
    Alignment alone = ALIGNER.align(day);
    Alignment a = ALIGNER.align(withLater);
    assertThat(alone.isMain("other-deal")).isFalse();
    // the later stories are another event by their dates, and the names they share with the look-alike do not make
    // it this event's
    assertThat(a.events().subList(0, 4)).extracting(ArticleEvent::membership)
        .isEqualTo(alone.events().stream().map(ArticleEvent::membership).toList());
    assertThat(a.events().subList(4, 6)).extracting(ArticleEvent::basis)
        .containsOnly(EventBasis.PUBLISHED_APART);
  }

  @Test
  void anotherEarthquakeElsewhereWithAnotherTollIsALookAlike() {
    Alignment a = ALIGNER.align(List.of(
        article("wire", "Earthquake in Kesra province kills at least 112 people.",
            "A magnitude 6.4 earthquake struck the mountain town of Tamzit in Kesra province early on Tuesday,"
                + " killing at least 112 people, officials said.",
            "Rescuers in Tamzit dug through collapsed mud-brick houses with their hands.",
            "The governor of Kesra, Idris Benali, said the toll was likely to rise.",
            "Aftershocks were felt as far as the provincial capital, Oudana."),
        article("daily", "Kesra quake: 112 dead as Tamzit is flattened",
            "At least 112 people were killed when a 6.4-magnitude quake hit Tamzit, in Kesra province, before"
                + " dawn on Tuesday.",
            "Governor Idris Benali warned that many people were still trapped under the rubble in Tamzit.",
            "Field hospitals were set up on the football pitch in Oudana.",
            "The army sent helicopters with tents and blankets to the Kesra mountains."),
        article("radio", "Rescuers search the rubble of Tamzit after Kesra earthquake",
            "The 6.4 quake that hit Kesra province on Tuesday has killed 112 people, according to Governor"
                + " Idris Benali.",
            "Most of the victims lived in the old quarter of Tamzit, where houses are built of mud brick.",
            "Survivors spent the night in the streets of Oudana for fear of aftershocks.",
            "Aid agencies said clean water was the most urgent need in Tamzit."),
        article("weekly", "Tamzit counts its dead",
            "Families in Tamzit buried their relatives on Tuesday after the Kesra earthquake, which killed 112.",
            "The magnitude 6.4 tremor struck at 4.12 a.m., when most people were asleep.",
            "Idris Benali, the Kesra governor, promised to rebuild every house in Tamzit.",
            "Engineers from Oudana inspected the cracked dam above the town."),
        article("elsewhere", "Earthquake in Almoravia kills 31",
            "A magnitude 5.8 earthquake struck the coastal city of Port Salvi in Almoravia on Tuesday, killing"
                + " at least 31 people, officials said.",
            "Rescuers in Port Salvi searched collapsed apartment blocks through the night.",
            "The mayor of Port Salvi, Carla Mendes, said the harbour had been badly damaged.",
            "Ferries to the islands of Almoravia were suspended.")));
    assertThat(a.events()).extracting(ArticleEvent::membership).containsExactly(EventMembership.MAIN,
        EventMembership.MAIN, EventMembership.MAIN, EventMembership.MAIN, EventMembership.OTHER);
    ArticleEvent elsewhere = a.events().get(4);
    assertThat(elsewhere.basis()).isIn(EventBasis.LOOK_ALIKE, EventBasis.SHARES_NOTHING);
    assertThat(elsewhere.reason()).isNotBlank();
    assertThat(a.passages()).noneMatch(p -> p.carriedBy("elsewhere"));
  }

  @Test
  void theSameCompanyBuyingAnotherTargetIsALookAlike() {
    Alignment a = ALIGNER.align(List.of(
        markets(),
        business(),
        article("finance", "Norvex bets on dairy with Baltra purchase",
            "Norvex Group is paying $2.1 billion for Baltra Foods, the maker of Denmark's best-selling yoghurt.",
            "Baltra's 4,000 workers were told their jobs were safe, Hanna Lind said.",
            "Investors will get 48 crowns for each Baltra share.",
            "The European Commission must clear the takeover."),
        article("wire", "Norvex to take over Baltra Foods",
            "Norvex Group will take over Baltra Foods of Denmark in a cash deal worth $2.1 billion, it said on"
                + " Tuesday.",
            "Baltra's board recommended the offer of 48 crowns a share.",
            "Hanna Lind, the Norvex chief executive, said no Baltra plants would close."),
        trade(),
        otherDeal()));
    assertThat(a.isMain("markets")).isTrue();
    assertThat(a.isMain("business")).isTrue();
    assertThat(a.isMain("finance")).isTrue();
    assertThat(a.isMain("wire")).isTrue();
    assertThat(a.isMain("trade")).isTrue();
    ArticleEvent other = a.events().get(5);
    assertThat(other.membership()).isEqualTo(EventMembership.OTHER);
    assertThat(other.basis()).isIn(EventBasis.LOOK_ALIKE, EventBasis.SHARES_NOTHING);
  }

  @Test
  void reportsOfOneEventFromDifferentAnglesStayTogether() {
    Alignment a = ALIGNER.align(List.of(
        article("news", "Fire destroys warehouse in Lindholm harbour",
            "A fire destroyed a timber warehouse in Lindholm harbour on Tuesday night.",
            "Firefighters from Lindholm and Brekke fought the blaze for six hours.",
            "Nobody was hurt, the Lindholm fire service said."),
        article("local", "Lindholm harbour blaze: owner fears for his business",
            "The owner of the warehouse that burned down in Lindholm harbour, Ole Strand, said he had lost"
                + " everything.",
            "Strand had stored timber for three boatyards in the Lindholm warehouse.",
            "The fire service said the cause of the fire was not yet known."),
        article("weather", "Strong winds fanned the Lindholm fire",
            "Gusts of up to 70 km/h spread the fire through the Lindholm harbour warehouse on Tuesday.",
            "Crews from Brekke were called in to help Lindholm's firefighters.",
            "Ole Strand, who owns the warehouse, watched from the quay."),
        article("traffic", "Harbour road in Lindholm stays closed after fire",
            "The harbour road in Lindholm will stay closed until the burned warehouse has been made safe.",
            "Buses to Brekke are being diverted, the council said.",
            "The fire service is still damping down the Lindholm site.")));
    assertThat(a.events()).allMatch(e -> e.membership() == EventMembership.MAIN);
  }

  @Test
  void aSetOfFewArticlesIsCutAtItsOwnLevel() {
    double[] none = new double[EventDecider.FEATURES.size()];
    EventDecider decider = new EventDecider(Lexicon.standard(), 0, none, 0.5, new double[] {0, 0, 0, 0.25, 0.3});
    assertThat(decider.cut(3)).isEqualTo(0.25);
    assertThat(decider.cut(4)).isEqualTo(0.3);
    assertThat(decider.cut(5)).isEqualTo(0.5);
    assertThat(decider.cut(20)).isEqualTo(0.5);
    // the shipped model: few articles compared make same-event articles less likely to look apart (each small cut is
    // fitted on its own runs, so their order between four and five is the fit's, not a rule, and a small cut the fit
    // finds above the general one is not used)
    EventDecider shipped = EventDecider.standard();
    assertThat(shipped.cut(4)).isLessThan(shipped.cut(6));
    assertThat(shipped.cut(5)).isLessThanOrEqualTo(shipped.cut(6));
    assertThat(shipped.cut(3)).isEqualTo(shipped.cut(6)).isEqualTo(shipped.cut(40));
  }

  @Test
  void fewerSharedNamesMakeALookAlikeMoreLikely() {
    EventDecider decider = EventDecider.standard();
    double[] typical = new double[EventDecider.FEATURES.size()];
    double[] apart = typical.clone();
    apart[EventDecider.FEATURES.indexOf("names")] = -2.0;   // its names agree with the others' far less than is usual
    assertThat(decider.probability(apart)).isGreaterThan(decider.probability(typical));
    assertThat(decider.probability(typical)).isBetween(0.0, 1.0);
  }

  /** Four outlets' reports of one invented earthquake in Kesra province (the town of Tamzit, 112 dead, on Tuesday). */
  private static List<AnalyzedArticle> kesraQuakeCoverage() {
    return List.of(
        article("wire", "Earthquake in Kesra province kills at least 112 people.",
            "A magnitude 6.4 earthquake struck the mountain town of Tamzit in Kesra province early on Tuesday,"
                + " killing at least 112 people, officials said.",
            "Rescuers in Tamzit dug through collapsed mud-brick houses with their hands.",
            "The governor of Kesra, Idris Benali, said the toll was likely to rise."),
        article("daily", "Kesra quake: 112 dead as Tamzit is flattened",
            "At least 112 people were killed when a 6.4-magnitude quake hit Tamzit, in Kesra province, before"
                + " dawn on Tuesday.",
            "Governor Idris Benali warned that many people were still trapped under the rubble in Tamzit.",
            "Field hospitals were set up on the football pitch in Oudana."),
        article("radio", "Rescuers search the rubble of Tamzit after Kesra earthquake",
            "The 6.4 quake that hit Kesra province on Tuesday has killed 112 people, according to Governor"
                + " Idris Benali.",
            "Most of the victims lived in the old quarter of Tamzit, where houses are built of mud brick.",
            "Survivors spent the night in the streets of Oudana for fear of aftershocks."),
        article("weekly", "Tamzit counts its dead",
            "Families in Tamzit buried their relatives on Tuesday after the Kesra earthquake, which killed 112"
                + " people.",
            "The magnitude 6.4 tremor struck at 4.12 a.m., when most people were asleep.",
            "Idris Benali, the Kesra governor, promised to rebuild every house in Tamzit."));
  }

  @Test
  void anEarlierQuakeInTheSameProvinceWithAnotherTownAndTollIsALookAlike() {
    // the look-alike shares the province, its governor and the kind of event; its town, toll and rescuers
    // are its own, and it leads with them
    List<AnalyzedArticle> articles = new ArrayList<>(kesraQuakeCoverage());
    articles.add(article("valley", "Quake in Wadi Zerga leaves 9 dead",
        "An earthquake of magnitude 5.1 shook the villages of Wadi Zerga in Kesra province, killing 9 people,"
            + " officials said.",
        "Volunteers from the Red Crescent in Ain Safra pulled two children alive from a collapsed school.",
        "The governor of Kesra, Idris Benali, visited Wadi Zerga and Ain Safra.",
        "Farmers in Wadi Zerga lost most of their sheep."));
    Alignment a = ALIGNER.align(articles);
    assertThat(a.events()).extracting(ArticleEvent::membership).containsExactly(EventMembership.MAIN,
        EventMembership.MAIN, EventMembership.MAIN, EventMembership.MAIN, EventMembership.OTHER);
    ArticleEvent valley = a.events().get(4);
    assertThat(valley.basis()).isEqualTo(EventBasis.LOOK_ALIKE);
    assertThat(valley.reason()).startsWith("another event of the same kind")
        .contains("none of its 5 sentences matches theirs")
        .contains("its lead names Wadi Zerga, which no other article uses")
        .contains("it says 9 people where most others give 112");
  }

  @Test
  void aDayOrDateIsNoNameOfTheLead() {
    List<AnalyzedArticle> articles = new ArrayList<>(kesraQuakeCoverage());
    articles.add(article("valley", "Quake in Wadi Zerga leaves 9 dead",
        "On Friday, March 14, an earthquake of magnitude 5.1 shook the villages of Wadi Zerga in Kesra province,"
            + " killing 9 people, officials said.",
        "Volunteers from the Red Crescent in Ain Safra pulled two children alive from a collapsed school.",
        "Farmers in Wadi Zerga lost most of their sheep."));
    ArticleEvent valley = ALIGNER.align(articles).events().get(4);
    assertThat(valley.membership()).isEqualTo(EventMembership.OTHER);
    assertThat(valley.reason()).contains("its lead names Wadi Zerga").doesNotContain("Friday").doesNotContain("March");
  }

  @Test
  void aTollGivenWithAnotherWordForWhatItCountsContradictsNothing() {
    // "112 residents" is the others' "112 people": its "40 people" injured is another figure, not another toll
    List<AnalyzedArticle> articles = new ArrayList<>(kesraQuakeCoverage());
    articles.add(article("local", "Kesra quake: Tamzit mourns",
        "The earthquake in Kesra province killed 112 residents of Tamzit on Tuesday, and 40 people were injured,"
            + " Governor Idris Benali said.",
        "Schools in Tamzit will stay closed this week."));
    int conflict = EventDecider.FEATURES.indexOf("countConflict");
    assertThat(countConflicts(articles)[4][conflict]).isZero();
    // without the toll it contradicts the others' 112
    articles.set(4, article("local", "Kesra quake: Tamzit mourns",
        "The earthquake in Kesra province struck Tamzit on Tuesday, and 40 people were injured, Governor Idris"
            + " Benali said.",
        "Schools in Tamzit will stay closed this week."));
    assertThat(countConflicts(articles)[4][conflict]).isEqualTo(1.0);
  }

  @Test
  void aCodeNameIsOneNameHoweverItIsSpelled() {
    // three outlets write "G7" and "US", the fourth "G-7" and "U.S.": its names are theirs all the same
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("wire", "G7 pledges 900 million doses to poorer nations",
            "Leaders of the G7 agreed in Lindby on Friday to send 900 million doses abroad, the US said.",
            "The US will give half of the doses, Karl Lind said."),
        article("daily", "G7 leaders promise doses",
            "The G7 will send 900 million doses to poorer nations, Karl Lind said in Lindby on Friday.",
            "The US share is half of them."),
        article("radio", "Lindby summit: G7 to share 900 million doses",
            "At the Lindby summit the G7 promised 900 million doses, with half from the US, Karl Lind said.")));
    articles.add(article("post", "G-7 to share 900 million doses with the world",
        "The G-7 will share 900 million doses, the U.S. said in Lindby on Friday, half of them its own.",
        "Karl Lind called it a start."));
    double[] hyphenated = countConflicts(articles)[3];
    articles.set(3, article("post", "G7 to share 900 million doses with the world",
        "The G7 will share 900 million doses, the US said in Lindby on Friday, half of them its own.",
        "Karl Lind called it a start."));
    double[] plain = countConflicts(articles)[3];
    assertThat(hyphenated).containsExactly(plain, org.assertj.core.data.Offset.offset(1e-12));
    // and it is a name the others use: without it the article shares fewer of their names
    articles.set(3, article("post", "Summit to share 900 million doses with the world",
        "The summit will share 900 million doses, the government said in Lindby on Friday, half of them its own.",
        "Karl Lind called it a start."));
    int names = EventDecider.FEATURES.indexOf("names");
    assertThat(countConflicts(articles)[3][names]).isLessThan(plain[names]);
    assertThat(EventDecider.isCodeName(articles.get(0).sentences().get(0).tokens().get(0))).isTrue();   // "G7"
  }

  /** The look-alike features of each article, every article given three reporting sentences that all match. */
  private static double[][] countConflicts(List<AnalyzedArticle> articles) {
    int[] three = new int[articles.size()];
    java.util.Arrays.fill(three, 3);
    return EventDecider.standard().features(articles, new EventDecider.Evidence(three, three, three));
  }

  @Test
  void aTollThatContradictsTheOthersMakesALookAlikeMoreLikely() {
    EventDecider decider = EventDecider.standard();
    double[] typical = new double[EventDecider.FEATURES.size()];
    double[] contradicts = typical.clone();
    contradicts[EventDecider.FEATURES.indexOf("countConflict")] = 1.0;   // counts 9 people where most others count 112
    assertThat(decider.probability(contradicts)).isGreaterThan(decider.probability(typical));
  }

  @Test
  void leadingWithNamesNobodyElseUsesMakesALookAlikeMoreLikely() {
    EventDecider decider = EventDecider.standard();
    double[] typical = new double[EventDecider.FEATURES.size()];
    double[] own = typical.clone();
    own[EventDecider.FEATURES.indexOf("rareLeadNames")] = 1.0;   // every name of its lead is its own
    assertThat(decider.probability(own)).isGreaterThan(decider.probability(typical));
  }

  @Test
  void aHeadlineInTitleCaseLeadsWithNoNamesOfItsOwn() {
    // "Council Approves Harbour Tunnel After Long Debate" capitalises by style: its words are the lead's words, not
    // names of another instance; the same article with the headline in sentence case has the same lead features
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("wire", "Lindby council approves harbour tunnel",
            "The Lindby council approved a tunnel under the harbour on Tuesday after a long debate, Mayor Eva Strand"
                + " said.",
            "The tunnel will cost 90 million crowns and open in 2029."),
        article("daily", "Harbour tunnel gets the green light in Lindby",
            "Councillors in Lindby voted on Tuesday to build the harbour tunnel, Eva Strand said.",
            "The 90 million crown tunnel should open in 2029.")));
    articles.add(article("post", "Lindby Council Approves Harbour Tunnel After Long Debate",
        "After a long debate the council in Lindby approved the tunnel under the harbour, Eva Strand said on Tuesday.",
        "Work on the 90 million crown tunnel starts in the spring."));
    double[] titleCase = countConflicts(articles)[2];
    articles.set(2, article("post", "Lindby council approves harbour tunnel after long debate",
        "After a long debate the council in Lindby approved the tunnel under the harbour, Eva Strand said on Tuesday.",
        "Work on the 90 million crown tunnel starts in the spring."));
    double[] sentenceCase = countConflicts(articles)[2];
    for (String feature : List.of("rareLeadNames", "leadSupport")) {
      int f = EventDecider.FEATURES.indexOf(feature);
      assertThat(titleCase[f]).as(feature).isEqualTo(sentenceCase[f]);
    }
  }
  /** Three outlets' reports of one invented injury: Lindby Rovers put their striker Karl Lind on the injured list. */
  private static List<AnalyzedArticle> lindInjuryCoverage() {
    return List.of(
        article("wire", "Lindby Rovers put Karl Lind on the injured list",
            "On Wednesday, Lindby Rovers placed striker Karl Lind on the injured list after he hurt his knee in the"
                + " win on Sunday.",
            "Lind scored 14 goals this season."),
        article("daily", "Karl Lind out for the season",
            "Striker Karl Lind will miss the rest of the season, Lindby Rovers said on Wednesday.",
            "The club signed Ole Moe to take his place."),
        article("radio", "Knee injury ends the season of Karl Lind",
            "Karl Lind, the Lindby Rovers striker, has been placed on the injured list with a knee injury.",
            "Coach Eva Strand called it a heavy blow."));
  }

  @Test
  void aLeadThatPutsAnotherPersonInThePlaceOfTheStorysIsASwap() {
    // the look-alike is the same club's other injury: it never names Karl Lind, whom every other lead names, and its
    // lead names a player no other article names
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list on Wednesday after he broke his ankle.",
        "Berg had played every match this season."));
    // the near variant reports the same injury from the coach's side: its lead names her, but it keeps Karl Lind there
    // too (since the 39th session the swap reads the lead: a lead that leaves him to a later sentence and repeats a
    // name of its own reads as a swap, the look-alike that names the story's player as background)
    articles.add(article("coach", "Eva Strand must find a new striker",
        "Coach Eva Strand must find a new striker after the injury of Karl Lind, Lindby Rovers said on Wednesday.",
        "Lind, who was hurt in the win on Sunday, will not play again this season."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    double[][] f = countConflicts(articles);
    assertThat(f[3][swap]).as("berg").isEqualTo(1.0);
    for (int a : new int[] {0, 1, 2, 4}) {
      assertThat(f[a][swap]).as(articles.get(a).id()).isEqualTo(0.0);
    }
  }

  @Test
  void aLookAlikeThatNamesTheStorysPlayerOnlyAsBackgroundStillSwaps() {
    // the same club's other injury leads with its own player, named again, and names the story's striker only in its
    // third sentence, as background: its lead still puts another person in the place of the story's
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list on Wednesday after he broke his ankle.",
        "Berg had played every match this season.",
        "He joins striker Karl Lind, who hurt his knee on Sunday, on the list."));
    // near variant, a report of the same injury: its lead leaves the striker to a later sentence too, but the coach it
    // names there, once and in passing, is no name of another instance
    articles.add(article("coach", "A new striker wanted",
        "Coach Eva Strand must find a new striker after the news from Lindby Rovers on Wednesday.",
        "The club's doctors will operate on the knee next week.",
        "Striker Karl Lind, who was hurt in the win on Sunday, will not play again this season."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    double[][] f = countConflicts(articles);
    assertThat(f[3][swap]).as("berg").isEqualTo(1.0);
    for (int a : new int[] {0, 1, 2, 4}) {
      assertThat(f[a][swap]).as(articles.get(a).id()).isEqualTo(0.0);
    }
  }

  @Test
  void aLookAlikeIsAboutTheNameItsLeadSwapsIn() {
    // both leads leave Karl Lind to a later sentence and put a name of their own first, so both swap; but the
    // look-alike, the same club's other injury, is about its defender, named more than anyone, while the report of
    // Lind's injury from the coach's side names her twice and the striker it is about three times
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list on Wednesday after he broke his ankle.",
        "Berg had played every match this season.",
        "He joins striker Karl Lind, who hurt his knee on Sunday, on the list."));
    articles.add(article("coach", "A new striker wanted",
        "Coach Eva Strand must find a new striker after the news from Lindby Rovers on Wednesday.",
        "Strand has two young forwards to choose from.",
        "Striker Karl Lind hurt his knee in the win on Sunday.",
        "Lind will not play again this season, and Lind knows it."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    int focus = EventDecider.FEATURES.indexOf("leadNameFocus");
    double[][] f = countConflicts(articles);
    assertThat(f[3][swap]).as("berg").isEqualTo(1.0);
    assertThat(f[4][swap]).as("coach").isEqualTo(1.0);
    assertThat(f[3][focus]).as("berg").isEqualTo(1.0);
    assertThat(f[4][focus]).as("coach: Strand twice against Lind three times").isCloseTo(2.0 / 3, within(1e-9));
    for (int a : new int[] {0, 1, 2}) {
      assertThat(f[a][focus]).as(articles.get(a).id()).isEqualTo(0.0);
    }
  }

  @Test
  void aLookAlikeIsAboutASubjectOfItsOwnWhereTheOthersAreAboutTheStorys() {
    // four reports of Karl Lind's injury name him more than anyone; the look-alike, the same club's other injury,
    // names its defender most and Lind once, as background after its lead
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("wire", "Lindby Rovers put Karl Lind on the injured list",
            "Lindby Rovers placed striker Karl Lind on the injured list after he hurt his knee.",
            "Lind scored 14 goals this season."),
        article("daily", "Karl Lind out for the season",
            "Striker Karl Lind will miss the rest of the season, Lindby Rovers said.",
            "Lind needs surgery on his knee."),
        article("radio", "Knee injury ends the season of Karl Lind",
            "Karl Lind, the Lindby Rovers striker, has been placed on the injured list.",
            "Lind was hurt in the win over Harbour Town."),
        article("weekly", "Lind to miss the rest of the season",
            "The Lindby Rovers striker Karl Lind has a knee injury and will not play again this season.",
            "Lind had scored in every home match.")));
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list after he broke his ankle.",
        "Berg had played every match this season.",
        "He joins striker Lind on the list."));
    int subject = EventDecider.FEATURES.indexOf("protagonistSwap");
    double[][] f = countConflicts(articles);
    assertThat(f[4][subject]).as("berg: Berg three times, Lind once").isCloseTo(Math.log(4) - Math.log(2), within(1e-9));
    for (int a = 0; a < 4; a++) {
      assertThat(f[a][subject]).as(articles.get(a).id()).isEqualTo(0.0);
    }
    // near variant: a report of the same injury that opens on the coach still names the striker most
    articles.set(4, article("coach", "A new striker wanted",
        "Coach Eva Strand must find a new striker after the news from Lindby Rovers.",
        "Striker Karl Lind hurt his knee in the win.",
        "Lind will not play again this season, and Lind knows it."));
    assertThat(countConflicts(articles)[4][subject]).as("coach").isEqualTo(0.0);
  }

  @Test
  void aLookAlikeNamesTheStorysChampionWithACounterpartOfItsOwn() {
    // four reports of Lund's title defence against Holm name Lund most and Holm next; the look-alike, Lund's
    // defence against another challenger, names Lund most too, so only its second name tells it apart
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("wire", "Lund keeps his title against Holm",
            "Champion Ivo Lund kept his heavyweight title by stopping Per Holm in the ninth round in Harbour Town.",
            "Lund has now won eleven title fights in a row."),
        article("daily", "Holm fails to take the title from Lund",
            "Per Holm could not take the heavyweight title from Ivo Lund, who won on points.",
            "Lund was the stronger man from the first round."),
        article("radio", "Lund beats Holm",
            "Ivo Lund beat Per Holm to keep the heavyweight title.",
            "Holm was down twice before Lund won in the tenth round."),
        article("weekly", "Lund still champion",
            "The heavyweight champion Ivo Lund stopped the challenger Per Holm on Saturday.",
            "Holm had never been stopped before, and Lund says he wants to fight again.")));
    articles.add(article("berg", "Lund keeps his title against Berg",
        "Champion Ivo Lund kept his heavyweight title by stopping Jon Berg in the sixth round.",
        "Berg, who had asked for the fight for two years, was down three times.",
        "Lund has now won twelve title fights in a row."));
    int counterpart = EventDecider.FEATURES.indexOf("counterpartSwap");
    double[][] f = countConflicts(articles);
    assertThat(f[4][counterpart]).as("berg: Berg three times, Holm never").isCloseTo(Math.log(4), within(1e-9));
    assertThat(f[4][EventDecider.FEATURES.indexOf("protagonistSwap")]).as("Lund is named most on both sides")
        .isEqualTo(0.0);
    for (int a = 0; a < 4; a++) {
      assertThat(f[a][counterpart]).as(articles.get(a).id()).isEqualTo(0.0);
    }
    // near variant: a report of the same fight that names the trainer next names the story's challenger as often
    articles.set(4, article("trainer", "Lund keeps his title",
        "Eva Strand, his trainer, said Ivo Lund stopped Per Holm in the ninth round.",
        "Strand had told Lund that Holm would tire."));
    assertThat(countConflicts(articles)[4][counterpart]).as("trainer").isEqualTo(0.0);
  }

  @Test
  void aSourceCreditedInTheLeadIsNoNameOfItsOwn() {
    // a report of the same injury that credits a newspaper in its lead and names the striker only later: the
    // newspaper is who reported it, not another instance's participant
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("digest", "Rovers striker out for the season",
        "The Lindby Rovers striker hurt in the win on Sunday will miss the rest of the season, the Harbour Herald"
            + " reported on Wednesday.",
        "The Harbour Herald said his knee needs surgery.",
        "Karl Lind scored 14 goals this season."));
    // near variant: a look-alike that credits the same newspaper still puts its own player in the striker's place
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list, the Harbour Herald reported on Wednesday.",
        "Berg broke his ankle in training.",
        "He joins Karl Lind on the list."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    double[][] f = countConflicts(articles);
    assertThat(f[3][swap]).as("digest").isEqualTo(0.0);
    assertThat(f[4][swap]).as("berg").isEqualTo(1.0);
  }

  @Test
  void theCapitalsOfSubheadingsInTitleCaseAreNoNamesOfTheLead() {
    // a report of the same injury opens with two subheadings in title case: "Surgery" is capitalised there by style,
    // twice, and nowhere else; its lead names no person, place or club of its own
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("weekly", "Rovers lose their striker",
        "Striker Faces Knee Surgery After Sunday Injury",
        "Surgery Expected To End His Season Early",
        "Karl Lind of Lindby Rovers hurt his knee in the win on Sunday."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    assertThat(countConflicts(articles)[3][swap]).as("weekly").isEqualTo(0.0);
    // near variant: a name the article also writes inside a plain sentence is a name, even where a subheading
    // capitalises it: the same club's other injury, its defender named in a title-case subheading and again below
    articles.set(3, article("berg", "Rovers lose their defender",
        "Defender Jon Berg Faces Ankle Surgery",
        "The defender Jon Berg of Lindby Rovers broke his ankle in training.",
        "He joins Karl Lind on the list."));
    assertThat(countConflicts(articles)[3][swap]).as("berg").isEqualTo(1.0);
  }

  @Test
  void aNameWrittenOnlyAtTheStartOfSentencesIsStillAName() {
    // the podcast names the striker only by his surname, each time as the first word of a sentence: it is the name
    // the others write inside their sentences, so it counts among the story's names the podcast gives
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage());
    articles.add(article("podcast", "A knee injury ends the season of the striker",
        "Lind hurt his knee in the win for Lindby Rovers on Sunday.",
        "Lind will not play again this season.",
        "Fans sang his name as he left the pitch."));
    double[] opening = countConflicts(articles)[3];
    // the same report with the surname once inside a sentence, and without the fans
    articles.set(3, article("podcast", "A knee injury ends the season of the striker",
        "On Sunday Lind hurt his knee in the win for Lindby Rovers.",
        "Lind will not play again this season."));
    double[] inside = countConflicts(articles)[3];
    // Lind, Lindby and Rovers of the names most others give (Karl and Wednesday it leaves out)
    int core = EventDecider.FEATURES.indexOf("coreNames");
    assertThat(opening[core]).isEqualTo(inside[core]).isEqualTo(0.6);
    // near variant: "Fans" opens a sentence and no article writes it capitalised inside one: it stays a word, not a
    // name of the podcast's own (its own names are Sunday's, which one other article gives)
    int rare = EventDecider.FEATURES.indexOf("rareNames");
    assertThat(opening[rare]).isEqualTo(inside[rare]);
  }

  @Test
  void aWordOpeningSentencesThatTheArticleAlsoWritesInLowerCaseIsNoName() {
    // another report writes "Harbour" inside a sentence (the Lindby Harbour stadium), but this one writes "harbour" in
    // lower case too: its "Harbour fans ..." is a word, not the stadium's name
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage().subList(0, 2));
    articles.set(1, article("daily", "Karl Lind out for the season",
        "Striker Karl Lind will miss the rest of the season, Lindby Rovers said on Wednesday at Lindby Harbour.",
        "The club signed Ole Moe to take his place."));
    articles.add(article("radio", "A knee injury ends the season of Karl Lind",
        "Karl Lind hurt his knee in the win for Lindby Rovers on Sunday.",
        "Harbour fans sang his name as he left the pitch by the harbour gate."));
    double[] lower = countConflicts(articles)[2];
    articles.set(2, article("radio", "A knee injury ends the season of Karl Lind",
        "Karl Lind hurt his knee in the win for Lindby Rovers on Sunday.",
        "Home fans sang his name as he left the pitch by the harbour gate."));
    double[] without = countConflicts(articles)[2];
    for (String feature : List.of("coreNames", "nameSupport", "rareNames")) {
      int f = EventDecider.FEATURES.indexOf(feature);
      assertThat(lower[f]).as(feature).isEqualTo(without[f]);
    }
  }

  @Test
  void aWordAnotherArticleWritesInLowerCaseIsNoNameWhereItOpensASentence() {
    // the club writes its coach's title inside a sentence ("said Head Coach Eva Strand") and the daily writes "the coach"
    // in lower case: the podcast's "Coach and team mates ..." opens its sentence with a word, not a name of its own
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("wire", "Lindby Rovers put Karl Lind on the injured list",
            "On Wednesday, Lindby Rovers placed striker Karl Lind on the injured list after he hurt his knee.",
            "Lind scored 14 goals this season."),
        article("daily", "Karl Lind out for the season",
            "Striker Karl Lind will miss the rest of the season, Lindby Rovers said on Wednesday.",
            "The coach called it a heavy blow."),
        article("club", "Lindby Rovers lose Karl Lind",
            "Karl Lind will miss the rest of the season, said Head Coach Eva Strand of Lindby Rovers on Wednesday."),
        article("podcast", "A knee injury ends the season of Karl Lind",
            "Karl Lind hurt his knee in the win for Lindby Rovers on Sunday.",
            "Coach and team mates cheered him as he left the pitch.")));
    double[] coach = countConflicts(articles)[3];
    articles.set(3, article("podcast", "A knee injury ends the season of Karl Lind",
        "Karl Lind hurt his knee in the win for Lindby Rovers on Sunday.",
        "Staff and team mates cheered him as he left the pitch."));
    double[] staff = countConflicts(articles)[3];
    int rare = EventDecider.FEATURES.indexOf("rareNames");
    int support = EventDecider.FEATURES.indexOf("nameSupport");
    assertThat(coach[rare]).isEqualTo(staff[rare]);
    assertThat(coach[support]).isEqualTo(staff[support]);
    // near variant: when no article writes it in lower case, the word is the name the club writes inside its sentence,
    // and one that only the club gives besides the podcast
    articles.set(1, article("daily", "Karl Lind out for the season",
        "Striker Karl Lind will miss the rest of the season, Lindby Rovers said on Wednesday.",
        "The manager called it a heavy blow."));
    articles.set(3, article("podcast", "A knee injury ends the season of Karl Lind",
        "Karl Lind hurt his knee in the win for Lindby Rovers on Sunday.",
        "Coach and team mates cheered him as he left the pitch."));
    double[] named = countConflicts(articles)[3];
    assertThat(named[rare]).isGreaterThan(staff[rare]);
  }

  @Test
  void inASetOfThreeNoLeadSwaps() {
    // with two others, a name at most one other article uses is nearly any name: the one article against two is
    // not set apart by this evidence
    List<AnalyzedArticle> articles = new ArrayList<>(lindInjuryCoverage().subList(0, 2));
    articles.add(article("berg", "Lindby Rovers put Jon Berg on the injured list",
        "Lindby Rovers placed defender Jon Berg on the injured list on Wednesday after he broke his ankle.",
        "Berg had played every match this season."));
    int swap = EventDecider.FEATURES.indexOf("leadNameSwap");
    for (double[] f : countConflicts(articles)) {
      assertThat(f[swap]).isEqualTo(0.0);
    }
  }

  @Test
  void aLeadThatPutsAnotherPersonInThePlaceOfTheStorysMakesALookAlikeMoreLikely() {
    EventDecider decider = EventDecider.standard();
    double[] typical = new double[EventDecider.FEATURES.size()];
    double[] swapped = typical.clone();
    swapped[EventDecider.FEATURES.indexOf("leadNameSwap")] = 1.0;
    assertThat(decider.probability(swapped)).isGreaterThan(decider.probability(typical));
  }
}
