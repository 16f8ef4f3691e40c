package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static dev.parallax.compare.Fixtures.compare;
import static dev.parallax.compare.Fixtures.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Alignment;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscrepancyFinderTest {
  private static List<String> discrepancies(String a, String b) {
    return discrepancies(null, a, b);
  }

  /** Discrepancies between two one-passage articles published on {@code date} (or undated). */
  private static List<String> discrepancies(String date, String a, String b) {
    return published(date, a, date, b);
  }

  @Test
  void changedNumber() {
    assertThat(discrepancies("Ukraine says 90,000 troops have gathered on its border.",
        "Ukraine says more than 94,000 Russian soldiers have massed on its border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, y=more than 94,000 Russian soldiers]");
  }

  @Test
  void boundsThatLeaveRoomForOneFigureAgree() {
    assertThat(discrepancies("Winds of up to 120 mph hit Lindby on Monday.",
        "Winds of more than 100 mph hit Lindby on Monday.")).isEmpty();
    assertThat(discrepancies("Eva Strand ran for more than a hundred yards against Lindby.",
        "Eva Strand ran for 101 yards against Lindby.")).isEmpty();
    // two bounds of one side always meet: winds of 110 mph are more than 90 and more than 100
    assertThat(discrepancies("Winds of more than 90 mph hit Lindby on Monday.",
        "Winds of more than 100 mph hit Lindby on Monday.")).isEmpty();
    assertThat(discrepancies("Winds of up to 90 mph hit Lindby on Monday.",
        "Winds of up to 100 mph hit Lindby on Monday.")).isEmpty();
    // bounds that leave no room and a figure a bound excludes still differ
    assertThat(discrepancies("Winds of up to 90 mph hit Lindby on Monday.",
        "Winds of more than 100 mph hit Lindby on Monday.")).containsExactly("NUMBER p1 [x=up to 90 mph, y=more than 100 mph]");
    assertThat(discrepancies("Eva Strand ran for more than a hundred yards against Lindby.",
        "Eva Strand ran for 96 yards against Lindby.")).hasSize(1);
  }

  @Test
  void aSumSpelledWithAHalfIsOneSum() {
    String spelled = "The Lindby council approved a two and a half million dollar fund for families who lost their homes.";
    assertThat(discrepancies(spelled, "The Lindby council approved a $2.5 million fund for families who lost their homes."))
        .isEmpty();
    assertThat(discrepancies(spelled, "The Lindby council approved a $2 million fund for families who lost their homes."))
        .containsExactly("NUMBER p1 [x=two and a half million dollar, y=$2 million]");
  }

  @Test
  void anEstimateShowsItsHedgeWordWithTheFigure() {
    // the hedge belongs to the figure a reader sees: "around 30 hikers" is not the outlet's "30 hikers"
    assertThat(discrepancies("Around 30 hikers were rescued from the ridge above Orvik on Sunday.",
        "Twelve hikers were rescued from the ridge above Orvik on Sunday."))
        .containsExactly("NUMBER p1 [x=Around 30 hikers, y=Twelve hikers]");
    // near variant: a bare figure starts at its number
    assertThat(discrepancies("Just 30 hikers were rescued from the ridge above Orvik on Sunday.",
        "Twelve hikers were rescued from the ridge above Orvik on Sunday."))
        .containsExactly("NUMBER p1 [x=30 hikers, y=Twelve hikers]");
  }

  @Test
  void twoLowerBoundsAgreeAndABoundThatDiffersShowsItsWords() {
    // "at least two" is true when three hikers died, and a toll that passes 165 has topped 150: two minimums are
    // no contradiction, whichever is larger
    assertThat(discrepancies("A landslide above Orvik killed at least two hikers on Sunday.",
        "A landslide above Orvik killed at least three hikers on Sunday.")).isEmpty();
    assertThat(discrepancies("The death toll from the Orvik floods tops 150 as the water recedes.",
        "The death toll from the Orvik floods passes 165 as the water recedes.")).isEmpty();
    // a minimum that a count breaks is listed with its bound words, so a reader sees it is a minimum
    assertThat(discrepancies("A landslide above Orvik killed at least three hikers on Sunday.",
        "A landslide above Orvik killed two hikers on Sunday."))
        .containsExactly("NUMBER p1 [x=at least three hikers, y=two hikers]");
    // a bill that passes is no bound: "passes" bounds a figure only when the figure ends its phrase
    assertThat(discrepancies("The Orvik senate passes $40 million harbour bill after a long debate.",
        "The Orvik senate passes $45 million harbour bill after a long debate."))
        .containsExactly("NUMBER p1 [x=$40 million, y=$45 million]");
    // figures without bounds read as before
    assertThat(discrepancies("A landslide above Orvik killed two hikers on Sunday.",
        "A landslide above Orvik killed three hikers on Sunday."))
        .containsExactly("NUMBER p1 [x=two hikers, y=three hikers]");
  }

  @Test
  void aTollThatTopsAFigureHoldsALargerOne() {
    assertThat(discrepancies("The death toll from the Orvik floods tops 150 as the water recedes.",
        "The death toll from the Orvik floods reached 163 as the water receded.")).isEmpty();
    // a figure the verb's bound excludes still conflicts
    assertThat(discrepancies("The death toll from the Orvik floods tops 150 as the water recedes.",
        "The death toll from the Orvik floods reached 120 as the water receded.")).hasSize(1);
  }

  @Test
  void aFigureOfAPartOfAContestIsNoTotal() {
    assertThat(discrepancies("Karl Lind landed 28 punches during the round, the judges said.",
        "Karl Lind landed 178 punches in the fight, the judges said.")).isEmpty();
    assertThat(discrepancies("Jane Doe scored 10 points in the first half for the Lindby Bears.",
        "Jane Doe scored 23 points for the Lindby Bears.")).isEmpty();
    // the same part still differs, and a whole game or a figure cut "in half" is no part
    assertThat(discrepancies("Jane Doe scored 10 points in the first half for the Lindby Bears.",
        "Jane Doe scored 12 points in the first half for the Lindby Bears.")).hasSize(1);
    assertThat(discrepancies("Jane Doe scored 20 points in the game for the Lindby Bears.",
        "Jane Doe scored 23 points for the Lindby Bears.")).hasSize(1);
    assertThat(discrepancies("Lindby cut its 40 bus routes in half.", "Lindby has 45 bus routes.")).hasSize(1);
  }

  @Test
  void partsThatAddUpToAnotherOutletsTotalAgree() {
    // one outlet gives the total, another its parts: two rushing and three receiving touchdowns are the five
    assertThat(discrepancies("Karl Lind ran for two touchdowns and caught three touchdowns for the Orvik Owls this "
        + "season.",
        "Karl Lind scored five touchdowns for the Orvik Owls this season.")).isEmpty();
    // the other part may stand in the next sentence
    assertThat(discrepancies("Karl Lind caught three touchdowns for the Orvik Owls this season. Lind also ran for two "
        + "touchdowns.", "Karl Lind scored five touchdowns for the Orvik Owls this season.")).isEmpty();
    // parts that do not add up to the total still differ
    assertThat(discrepancies("Karl Lind ran for two touchdowns and caught three touchdowns for the Orvik Owls this "
        + "season.",
        "Karl Lind scored six touchdowns for the Orvik Owls this season.")).hasSize(1);
    assertThat(discrepancies("Karl Lind caught three touchdowns for the Orvik Owls this season. Lind also ran for two "
        + "touchdowns.", "Karl Lind scored six touchdowns for the Orvik Owls this season.")).hasSize(1);
  }

  @Test
  void numbersWrittenInWords() {
    // "half a million" is 500,000: it agrees with the figure in digits, and differs from another
    assertThat(discrepancies("About half a million litres of water flooded the Orvik colliery.",
        "Some 500,000 litres of water flooded the Orvik colliery.")).isEmpty();
    assertThat(discrepancies("About half a million litres of water flooded the Orvik colliery.",
        "About 300,000 litres of water flooded the Orvik colliery."))
        .containsExactly("NUMBER p1 [x=About half a million litres, y=About 300,000 litres]");
    // "a dozen" is 12, and fifteen is not
    assertThat(discrepancies("A dozen miners were trapped in the Orvik colliery.",
        "Twelve miners were trapped in the Orvik colliery.")).isEmpty();
    assertThat(discrepancies("A dozen miners were trapped in the Orvik colliery.",
        "Fifteen miners were trapped in the Orvik colliery.")).hasSize(1);
  }

  @Test
  void aTouchdownWrittenTdIsOneUnit() {
    assertThat(discrepancies("Karl Lind ran for two touchdowns and caught three TDs for the Orvik Owls this season.",
        "Karl Lind scored five touchdowns for the Orvik Owls this season.")).isEmpty();
    assertThat(discrepancies("Karl Lind caught three TDs for the Orvik Owls this season.",
        "Karl Lind caught four touchdowns for the Orvik Owls this season."))
        .containsExactly("NUMBER p1 [x=three TDs, y=four touchdowns]");
  }

  @Test
  void aFigureOfAStretchOfTheSeasonIsNoTotal() {
    assertThat(discrepancies("Since Week 11, Karl Lind has 498 rushing yards.",
        "Karl Lind has 548 rushing yards this season.")).isEmpty();
    assertThat(discrepancies("Karl Lind has 189 rushing yards in his last two games.",
        "Karl Lind has 548 rushing yards this season.")).isEmpty();
    assertThat(discrepancies("Since Week 11, Karl Lind has 498 rushing yards.",
        "Karl Lind has 189 rushing yards in his last two games.")).isEmpty();
    assertThat(discrepancies("Over the past three games Jane Doe scored 40 points for the Lindby Bears.",
        "Jane Doe scored 310 points for the Lindby Bears this season.")).isEmpty();
    // the same stretch, or none, still differs; and so does a stretch that is the figure itself
    assertThat(discrepancies("Since Week 11, Karl Lind has 498 rushing yards.",
        "Since Week 11, Karl Lind has 520 rushing yards.")).containsExactly("NUMBER p1 [x=498 rushing, y=520 rushing]");
    assertThat(discrepancies("Jane Doe had been in hospital in Lindby for the past three weeks.",
        "Jane Doe had been in hospital in Lindby for four weeks.")).hasSize(1);
    // since a day or a month is the count of the event itself
    assertThat(discrepancies("Since Monday, 40 people have died in the Lindby floods.",
        "The Lindby floods have killed 45 people.")).hasSize(1);
  }

  @Test
  void aDecadeWrittenWithoutItsCenturyIsNoOtherFigure() {
    assertThat(discrepancies("She was one of the top box-office draws of the 1940s and 1950s, the studio said.",
        "She was one of the top box-office draws of the 1940s and '50s, the studio said.")).isEmpty();
    // ages and decades written in full still differ
    assertThat(discrepancies("A woman in her 70s died in the fire, police said.",
        "A woman in her 80s died in the fire, police said.")).hasSize(1);
  }

  @Test
  void aDecadeWrittenInFullIsATimeNotACount() {
    // two decades are two times of the story's past ("built in the 1930s", "at the start of the 1980s"), no count
    assertThat(discrepancies("The Lindby dairy barn, built in the 1930s, burned down on Tuesday.",
        "The Lindby dairy barn, which burned down on Tuesday, was last rebuilt in the 1980s.")).isEmpty();
    // ages in decades, and counts, still differ
    assertThat(discrepancies("A man in his 40s died when the Lindby dairy barn burned down on Tuesday.",
        "A man in his 50s died when the Lindby dairy barn burned down on Tuesday.")).hasSize(1);
    assertThat(discrepancies("The fire at the Lindby dairy barn killed 1930 chickens on Tuesday.",
        "The fire at the Lindby dairy barn killed 1980 chickens on Tuesday.")).hasSize(1);
    assertThat(discrepancies("The storm on Tuesday left 1000s of homes in Lindby without power.",
        "The storm on Tuesday left 3000s of homes in Lindby without power.")).hasSize(1);
  }

  @Test
  void aFigureTheAlignerPutInAnotherPassageIsStillCompared() {
    AnalyzedArticle x = article("x", "2026-03-04",
        "The governor said on Tuesday that he may resign.\n\nHis second and final term as governor ends in 2027.");
    AnalyzedArticle y = article("y", "2026-03-04",
        "The governor hinted he may resign before his second and final term as governor ends in 2026.");
    // as if the aligner had kept y's sentence out of x's passage about the term
    Comparison c = compare(List.of(x, y), passage("p1", x, "said on Tuesday"), passage("p2", x, "His second"),
        passage("p3", y, "hinted"));
    assertThat(c.discrepancies()).extracting(d -> d.kind() + " " + d.passage() + " "
        + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .containsExactly("DATE p2 [x=2027, y=2026]");
  }

  @Test
  void aCountOfThePeopleOfOnePlaceIsAnotherPopulation() {
    assertThat(discrepancies("The eleven-day war in the Kesra valley left 200 people dead, officials said.",
        "The eleven-day war in the Kesra valley killed 12 people living in Norrby, officials said.")).isEmpty();
    assertThat(discrepancies("The eleven-day war in the Kesra valley left 200 people dead, officials said.",
        "The eleven-day war in the Kesra valley killed 12 people who lived in Norrby, officials said.")).isEmpty();
    // near variant: a count without the narrowing words counts everyone
    assertThat(discrepancies("The eleven-day war in the Kesra valley left 200 people dead, officials said.",
        "The eleven-day war in the Kesra valley killed 12 people in all, officials said.")).hasSize(1);
  }

  @Test
  void aTollFoundInAnotherPassageNamesThatPassage() {
    // the aligner put x's toll with y's sentence about an older quake, and left y's toll alone in p3
    AnalyzedArticle x = article("x", "2026-03-04", "A strong earthquake shook the Kesra valley on Monday.\n\n"
        + "At least 230 people were killed after the quake toppled dozens of buildings in Norrby.");
    AnalyzedArticle y = article("y", "2026-03-04", "Rescuers found a girl alive in a Norrby school that collapsed in "
        + "Monday's quake, a quake that killed 223 people.\n\n"
        + "Monday's quake struck on the anniversary of an older quake that toppled buildings in Norrby.");
    Comparison c = compare(List.of(x, y), passage("p1", x, "shook"), passage("p2", x, "At least", y, "anniversary"),
        passage("p3", y, "Rescuers"));
    assertThat(c.discrepancies()).hasSize(1);
    Discrepancy d = c.discrepancies().get(0);
    assertThat(d.acrossPassages()).isTrue();
    // each value says where it stands: the one outside the discrepancy's passage names its own
    assertThat(d.values()).extracting(v -> v.article() + " " + v.value() + " " + v.passage().orElse(d.passage()))
        .containsExactlyInAnyOrder("x At least 230 people p2", "y 223 people p3");
    assertThat(d.values().stream().filter(v -> v.passage().isEmpty()).map(Discrepancy.Value::article))
        .containsExactly(d.passage().equals("p2") ? "x" : "y");
  }

  @Test
  void leadsThatCountTheDeadDifferentlyConflictAcrossPassages() {
    // each lead gives the toll, and the aligner left the two leads in two passages
    AnalyzedArticle x = article("x", "2026-05-02", "Floods swept through the Lindby valley on Saturday, killing at "
        + "least 14 people.\n\nRescuers searched flooded homes along the river on Sunday.");
    AnalyzedArticle y = article("y", "2026-05-02", "Eleven people died when the river burst its banks in the Lindby "
        + "valley, the mayor said.\n\nRoads into the valley stayed closed on Sunday.");
    Comparison c = compare(List.of(x, y), passage("p1", x, "Floods"), passage("p2", y, "Eleven"),
        passage("p3", x, "Rescuers", y, "Roads"));
    assertThat(c.discrepancies()).extracting(d -> d.kind() + " " + d.passage() + " "
        + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .containsExactly("NUMBER p1 [x=at least 14 people, y=Eleven people]");
  }

  @Test
  void leadsThatCountOtherThingsOrOtherPeopleAcrossPassagesDoNotConflict() {
    // the injured against the dead, a toll within the other's bound, a toll below the lead, and months
    AnalyzedArticle x = article("x", "2026-05-02", "Floods swept through the Lindby valley on Saturday, killing at "
        + "least 14 people.\n\nRescuers searched flooded homes along the river for two months.");
    AnalyzedArticle y = article("y", "2026-05-02", "The floods in the Lindby valley injured 30 people, the mayor "
        + "said.\n\nFifteen people died when the river burst its banks.\n\nRoads stayed closed on Sunday.\n\n"
        + "Nine people died in a flood there in the spring, and the search went on for three months.");
    Comparison c = compare(List.of(x, y), passage("p1", x, "Floods"), passage("p2", y, "The floods"),
        passage("p3", y, "Fifteen"), passage("p4", x, "Rescuers", y, "Roads"), passage("p5", y, "Nine"));
    assertThat(c.discrepancies()).isEmpty();
  }

  /** Discrepancies of two articles whose second sentences the aligner left in two passages of their own. */
  private static List<String> countsApart(String dateA, String a, String dateB, String b) {
    AnalyzedArticle x = article("x", dateA, "A fire destroyed the Orvik paper mill on Tuesday.\n\n" + a);
    AnalyzedArticle y = article("y", dateB, "Fire crews were called to the Orvik paper mill on Tuesday.\n\n" + b);
    Comparison c = compare(List.of(x, y), passage("p1", x, "A fire", y, "Fire crews"),
        passage("p2", x, a.substring(0, 5)), passage("p3", y, b.substring(0, 5)));
    return c.discrepancies().stream().map(d -> d.kind() + " " + d.values().stream()
        .map(v -> v.article() + "=" + v.value()).toList()).toList();
  }

  @Test
  void countsOfOneNamedThingConflictAcrossPassages() {
    assertThat(countsApart("2026-03-03", "About 40 firefighters fought the flames for six hours.",
        "2026-03-03", "Fifty firefighters were sent to the site, the fire service said."))
        .containsExactly("NUMBER [x=About 40 firefighters, y=Fifty firefighters]");
    assertThat(countsApart(null, "About 14,000 cars cross the Orvik bridge each day.",
        null, "Around 20,000 cars use the bridge daily."))
        .containsExactly("NUMBER [x=About 14,000 cars, y=Around 20,000 cars]");
    // near variants that may be two facts: an article that counts firefighters twice tells of two moments of the fight
    assertThat(countsApart(null, "About 40 firefighters fought the flames, and 12 firefighters stayed overnight.",
        null, "Fifty firefighters were sent to the site, the fire service said.")).isEmpty();
    // a count done and a count that stands; articles of two days
    assertThat(countsApart(null, "About 40 firefighters fought the flames for six hours.",
        null, "Fifty firefighters are at the site, the fire service says.")).isEmpty();
    assertThat(countsApart("2026-03-03", "About 40 firefighters fought the flames for six hours.",
        "2026-03-04", "Fifty firefighters were sent to the site, the fire service said.")).isEmpty();
    // an estimate the other figure is within
    assertThat(countsApart(null, "About 50 firefighters fought the flames for six hours.",
        null, "Fifty-one firefighters were sent to the site, the fire service said.")).isEmpty();
  }

  @Test
  void aCountInAnotherPassageJoinsTheConflictOfItsFigure() {
    // y and z set 60 against 70 in one passage; x's 60, alone in its passage, is one more outlet's side of it
    AnalyzedArticle x = article("x", null, "The Orvik paper mill was destroyed by fire on Tuesday.\n\n"
        + "Around 60 firefighters were called to the mill shortly after 6am.");
    AnalyzedArticle y = article("y", null, "Fire destroyed the Orvik paper mill on Tuesday morning.\n\n"
        + "Sixty firefighters were at the scene.");
    AnalyzedArticle z = article("z", null, "Fire crews were called to the Orvik paper mill on Tuesday.\n\n"
        + "About 70 firefighters fought the flames.");
    Comparison c = compare(List.of(x, y, z), passage("p1", x, "The Orvik", y, "Fire destroyed", z, "Fire crews"),
        passage("p2", y, "Sixty", z, "About 70"), passage("p3", x, "Around 60"));
    assertThat(c.discrepancies()).hasSize(1);
    Discrepancy d = c.discrepancies().get(0);
    assertThat(d.values()).extracting(v -> v.article() + " " + v.value() + " " + v.passage().orElse(d.passage()))
        .containsExactly("x Around 60 firefighters p3", "y Sixty firefighters p2", "z About 70 firefighters p2");
  }

  @Test
  void oneFigureTwoWaysIsOneConflictWhereverTheAlignerPutItsSentences() {
    // y gives its 5% in a headline and in its lead, and the aligner put each with another article's 4%
    AnalyzedArticle x = article("x", "2026-03-04", "Orvik councillors approved a budget with a 4% council tax rise "
        + "on Tuesday by 23 votes to 18.");
    AnalyzedArticle y = article("y", "2026-03-04", "Council tax up 5% as Orvik budget passes\n\nHouseholds in Orvik "
        + "face a 5% rise in council tax after the budget was approved on Tuesday.");
    AnalyzedArticle z = article("z", "2026-03-04", "The Orvik budget, which raises council tax by 4%, passed by 23 "
        + "votes to 18.");
    Comparison c = compare(List.of(x, y, z), passage("p1", x, "Orvik councillors", y, "Households"),
        passage("p2", y, "Council tax up"), passage("p3", z, "The Orvik"));
    assertThat(c.discrepancies()).hasSize(1);
    Discrepancy d = c.discrepancies().get(0);
    assertThat(d.values()).extracting(v -> v.article() + " " + v.value() + " " + v.passage().orElse(d.passage()))
        .containsExactly("x 4% p1", "y 5% p2", "y 5% p1", "z 4% p3");
  }

  @Test
  void oneConflictFoundTwiceInOnePassageIsOneEntry() {
    // found within the passage, then again with a third article's figure from another passage: one conflict
    Discrepancy within = new Discrepancy(DiscrepancyKind.NUMBER, "p1", List.of(
        new Discrepancy.Value("x", "five people", 1, 139, 150), new Discrepancy.Value("y", "three people", 0, 63, 75)));
    Discrepancy wider = new Discrepancy(DiscrepancyKind.NUMBER, "p1", List.of(
        new Discrepancy.Value("w", "two people", 1, 309, 319).in("p11"),
        new Discrepancy.Value("x", "five people", 1, 139, 150), new Discrepancy.Value("y", "three people", 0, 63, 75)));
    assertThat(DiscrepancyFinder.oneEntryEach(List.of(within, wider))).extracting(Discrepancy::toString)
        .containsExactly("number in p1: w \"two people\" (in p11) vs x \"five people\" vs y \"three people\"");
    // the same two articles' figures, written with and without their thing at other places
    Discrepancy bare = new Discrepancy(DiscrepancyKind.NUMBER, "p1", List.of(
        new Discrepancy.Value("x", "5.6", 0, 10, 13), new Discrepancy.Value("y", "6.1", 0, 20, 23)));
    Discrepancy named = new Discrepancy(DiscrepancyKind.NUMBER, "p1", List.of(
        new Discrepancy.Value("x", "5.6-magnitude", 2, 80, 93), new Discrepancy.Value("y", "6.1 magnitude", 1, 40, 53)));
    assertThat(DiscrepancyFinder.oneEntryEach(List.of(bare, named))).hasSize(1);
    // near variants: each lists a figure the other does not, or they stand in two passages: two conflicts
    Discrepancy other = new Discrepancy(DiscrepancyKind.NUMBER, "p1", List.of(
        new Discrepancy.Value("x", "five people", 1, 139, 150), new Discrepancy.Value("z", "two people", 0, 12, 22)));
    assertThat(DiscrepancyFinder.oneEntryEach(List.of(within, other))).hasSize(2);
    Discrepancy elsewhere = new Discrepancy(DiscrepancyKind.NUMBER, "p2", wider.values());
    assertThat(DiscrepancyFinder.oneEntryEach(List.of(within, elsewhere))).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({
      "5.6, 5.6-magnitude, true",
      "Tuesday, tuesday night, true",
      "five, five people, true",
      "$2, $2 million, false",
      "5, 5.6, false",
      "two people, three people, false"})
  void valuesAlikeInMeaning(String a, String b, boolean alike) {
    assertThat(DiscrepancyFinder.alike(a, b)).isEqualTo(alike);
    assertThat(DiscrepancyFinder.alike(b, a)).isEqualTo(alike);
  }

  @Test
  void aConflictWithinOnePassageNamesNoOtherPassage() {
    AnalyzedArticle x = article("x", null, "At least 230 people were killed after the quake toppled buildings in Norrby.");
    AnalyzedArticle y = article("y", null, "Some 223 people were killed after the quake toppled buildings in Norrby.");
    Discrepancy d = compare(List.of(x, y), passage("p1", x, "At least", y, "Some")).discrepancies().get(0);
    assertThat(d.acrossPassages()).isFalse();
    assertThat(d.values()).allMatch(v -> v.passage().isEmpty());
    assertThat(d).hasToString("number in p1: x \"At least 230 people\" vs y \"Some 223 people\"");
  }

  @Test
  void aRangeWritesItsWordOfScaleOnce() {
    assertThat(discrepancies("The Norrby Bears offered Karl Lind between $140 and $150 million over seven years.",
        "The Norrby Bears offered Karl Lind between $140 million and $150 million over seven years.")).isEmpty();
    assertThat(discrepancies("The storm cut power to 2 to 3 million homes, officials said.",
        "The storm cut power to 3 million homes, officials said.")).isEmpty();
    // the range's first figure still differs from another figure
    assertThat(discrepancies("The storm cut power to 2 to 3 million homes, officials said.",
        "The storm cut power to 4 million homes, officials said.")).isNotEmpty();
  }

  @Test
  void lettersOfScaleWrittenAgainstAFigureAreItsWordOfScale() {
    assertThat(discrepancies("The Lindby steel works added 12,000 jobs in March, the labour office said.",
        "The Lindby steel works added 12K jobs in March, the labour office said.")).isEmpty();
    assertThat(discrepancies("Lindby will borrow $3.5 billion for road repairs, Mayor Eva Strand said.",
        "Lindby will borrow $3.5bn for road repairs, Mayor Eva Strand said.")).isEmpty();
    // a range writes its letters of scale once: "$140 and $150M" is $140 million to $150 million
    assertThat(discrepancies("Lindby sold between $140 and $150M worth of bonds, Mayor Eva Strand said.",
        "Lindby sold between $140M and $150M worth of bonds, Mayor Eva Strand said.")).isEmpty();
    // another figure still conflicts
    assertThat(discrepancies("The Lindby steel works added 12,000 jobs in March, the labour office said.",
        "The Lindby steel works added 15K jobs in March, the labour office said."))
        .containsExactly("NUMBER p1 [x=12,000 jobs, y=15K jobs]");
  }

  @Test
  void twoSentencesRestatingAPassageElsewhereAreNotComparedUnderIt() {
    AnalyzedArticle x = article("x", null, "The Lindby Bears signed Jane Doe.\n\nThe deal pays $140 million over ten years.");
    AnalyzedArticle y = article("y", null, "The Lindby Bears signed Jane Doe.\n\nThe deal pays $145 million over ten years.");
    AnalyzedArticle w = article("w", null, "The Lindby Bears signed Jane Doe.\n\nThe deal pays $150 million over ten years.");
    AnalyzedArticle z = article("z", null, "Jane Doe joins the Lindby Bears.\n\nHer deal is the largest the team has signed.");
    List<AnalyzedArticle> all = List.of(x, y, w, z);
    Alignment alignment = new Alignment(List.of(), List.of(passage("p1", x, "signed", y, "signed", w, "signed", z, "joins"),
        passage("p2", x, "pays", y, "pays", w, "pays"), passage("p3", z, "largest")));
    // as if both "pays" sentences restated the fact of z's passage too
    Map<String, List<PassageMember>> restated = Map.of("p3", List.of(new PassageMember("x", List.of(1)),
        new PassageMember("y", List.of(1))));
    DiscrepancyFinder finder = new DiscrepancyFinder(Lexicon.standard());
    assertThat(finder.find(Inputs.of(all, alignment), finder.facts(), restated))
        .extracting(d -> d.passage() + " " + d.values().stream().map(Discrepancy.Value::value).toList())
        .containsExactly("p2 [$140 million, $145 million, $150 million]");
  }

  @Test
  void aHedgedTimeOfDayIsNoReadingOfTheClock() {
    assertThat(discrepancies("Police were called to the Lindby bakery shortly before 9pm.",
        "Police were alerted to a fire at the Lindby bakery at 8.49pm.")).isEmpty();
    assertThat(discrepancies("Police were called to the Lindby bakery at about 9 p.m.",
        "Police were alerted to a fire at the Lindby bakery at 8.49 p.m.")).isEmpty();
    // two readings of the clock still differ
    assertThat(discrepancies("Police were called to the Lindby bakery at 9.15pm.",
        "Police were alerted to a fire at the Lindby bakery at 8.49pm.")).hasSize(1);
  }

  @Test
  void aLengthOfTimeIsNoTimeAway() {
    assertThat(discrepancies("Captain Karl Lind, a 28-year veteran of the Lindby fire department, was hurt.",
        "Captain Karl Lind, who was promoted to captain four years ago, was hurt.")).isEmpty();
    assertThat(discrepancies("The Lindby harbor rules take effect in 30 days.",
        "The Lindby harbor rules take effect nine days before the election.")).isEmpty();
    // two times away of one kind still differ
    assertThat(discrepancies("Captain Karl Lind joined the Lindby fire department 26 years ago.",
        "Captain Karl Lind joined the Lindby fire department 28 years ago.")).hasSize(1);
    assertThat(discrepancies("The Lindby harbor rules take effect in 30 days.",
        "The Lindby harbor rules take effect in 60 days.")).hasSize(1);
  }

  @Test
  void theMonthMayIsNoProjection() {
    assertThat(discrepancies("Since May the Lindby harbor board has received nearly 300,000 comments.",
        "The Lindby harbor board received nearly 235,000 comments on the proposal.")).hasSize(1);
    // the modal still makes a projection
    assertThat(discrepancies("The Lindby harbor board may receive nearly 300,000 comments.",
        "The Lindby harbor board received nearly 235,000 comments on the proposal.")).isEmpty();
  }

  @Test
  void aFigureBelowZeroKeepsItsSign() {
    assertThat(discrepancies("Karl Lind was found outside Lindby in temperatures of minus 20 degrees.",
        "Karl Lind was found outside Lindby in temperatures of 20 degrees."))
        .containsExactly("NUMBER p1 [x=minus 20 degrees, y=20 degrees]");
    assertThat(discrepancies("Karl Lind was found outside Lindby in temperatures of minus 20 degrees.",
        "Karl Lind was found outside Lindby in temperatures of 20 degrees below zero.")).isEmpty();
    assertThat(discrepancies("Karl Lind was found outside Lindby in temperatures of minus 20 degrees.",
        "Karl Lind was found outside Lindby in temperatures of minus 17 degrees."))
        .containsExactly("NUMBER p1 [x=minus 20 degrees, y=minus 17 degrees]");
  }

  @Test
  void twiceIsTwoTimes() {
    assertThat(discrepancies("Eva Strand married twice and had no children.",
        "Eva Strand married three times and had no children."))
        .containsExactly("NUMBER p1 [x=twice, y=three times]");
    assertThat(discrepancies("Eva Strand married twice and had no children.",
        "Eva Strand married two times and had no children.")).isEmpty();
  }

  @Test
  void countsOfTimesOfTwoActionsAreTwoQuantities() {
    // "twice" counts the admissions, "three times" the lies
    assertThat(discrepancies("At the Lindby trial, the witness lied three times to police, Karl Lind said.",
        "At the Lindby trial, the witness twice admitted he lied to police, Karl Lind said.")).isEmpty();
    // counts of one action still differ, whichever side of the verb they stand on
    assertThat(discrepancies("Karl Lind had been arrested three times since October, police in Lindby said.",
        "Karl Lind had previously been arrested four times, police in Lindby said."))
        .containsExactly("NUMBER p1 [x=three times, y=four times]");
    assertThat(discrepancies("At the Lindby trial, the witness lied three times to police, Karl Lind said.",
        "At the Lindby trial, the witness twice lied to police, Karl Lind said.")).hasSize(1);
  }

  @Test
  void aFigureWithinTheOthersBoundIsNoConflict() {
    assertThat(discrepancies("The Pentagon will send more than 5,000 active-duty troops to the border.",
        "The Pentagon will send 5,200 active-duty troops to the border.")).isEmpty();
    assertThat(discrepancies("The quake killed fewer than 400 people, officials said.",
        "The quake killed 381 people, officials said.")).isEmpty();
    assertThat(discrepancies("The quake killed fewer than 400 people, officials said.",
        "The quake killed 420 people, officials said.")).containsExactly("NUMBER p1 [x=fewer than 400 people, y=420 people]");
  }

  @Test
  void anEstimateOrBoundThatThePreciseFigureRoundsToIsNoConflict() {
    assertThat(discrepancies("The Lindby budget bill runs to some 2,700 pages, and members could amend it soon.",
        "The Lindby budget bill, finished on Sunday, runs to 2,702 pages.")).isEmpty();
    assertThat(discrepancies("More than 15 million doses of vaccine have been thrown away in Lindby since March.",
        "Lindby has thrown away at least 15.1 million doses of vaccine since March.")).isEmpty();
    // a figure outside the bound, an estimate of one significant digit, and two bare figures still conflict
    assertThat(discrepancies("More than 15 million doses of vaccine have been thrown away in Lindby since March.",
        "Lindby has thrown away 14.6 million doses of vaccine since March."))
        .containsExactly("NUMBER p1 [x=More than 15 million doses, y=14.6 million doses]");
    assertThat(discrepancies("The Lindby budget bill runs to some 3,000 pages.",
        "The Lindby budget bill runs to 2,702 pages.")).containsExactly("NUMBER p1 [x=some 3,000 pages, y=2,702 pages]");
    assertThat(discrepancies("The Lindby budget bill runs to 2,700 pages.",
        "The Lindby budget bill runs to 2,702 pages.")).containsExactly("NUMBER p1 [x=2,700 pages, y=2,702 pages]");
  }

  @Test
  void anEstimateAgreesWithAFigureOneInItsLastDigitAway() {
    // "about 10 minutes" is no more precise than its last digit: nine minutes is within it
    assertThat(discrepancies("Jane Doe waited outside the Lindby bakery for about 10 minutes before she came back.",
        "Jane Doe waited outside the Lindby bakery for nine minutes before she came back.")).isEmpty();
    assertThat(discrepancies("Lindby offered Karl Lind a contract worth roughly $22 million per season.",
        "Lindby offered Karl Lind a contract worth $23 million per season.")).isEmpty();
    // two digits away, an estimate of more digits, and two bare figures still conflict
    assertThat(discrepancies("Jane Doe waited outside the Lindby bakery for about 10 minutes before she came back.",
        "Jane Doe waited outside the Lindby bakery for eight minutes before she came back.")).hasSize(1);
    assertThat(discrepancies("Some 1.37 million people voted in Lindby on Sunday, officials said.",
        "1.4 million people voted in Lindby on Sunday, officials said.")).hasSize(1);
    assertThat(discrepancies("Jane Doe waited outside the Lindby bakery for 10 minutes before she came back.",
        "Jane Doe waited outside the Lindby bakery for nine minutes before she came back.")).hasSize(1);
    // one in the last digit of a small estimate is more than one in ten: a death toll still conflicts
    assertThat(discrepancies("About 3 people died in the Lindby bakery fire on Tuesday, the police said.",
        "4 people died in the Lindby bakery fire on Tuesday, the police said.")).hasSize(1);
  }

  @Test
  void aTotalIncludingOneMoreIsNoConflictWithTheCountWithoutIt() {
    // "nine dead, including the gunman" and "eight people killed" count the same victims, the gunman apart
    assertThat(discrepancies("The shooting at the Lindby rail depot left nine people dead, including the gunman.",
        "The shooting at the Lindby rail depot left eight people dead, the police said.")).isEmpty();
    // a count two apart, or the same words with "including three workers", still conflict
    assertThat(discrepancies("The shooting at the Lindby rail depot left ten people dead, including the gunman.",
        "The shooting at the Lindby rail depot left eight people dead, the police said."))
        .containsExactly("NUMBER p1 [x=ten people, y=eight people]");
    assertThat(discrepancies("The shooting at the Lindby rail depot left nine people dead, including three workers.",
        "The shooting at the Lindby rail depot left eight people dead, the police said."))
        .containsExactly("NUMBER p1 [x=nine people, y=eight people]");
    assertThat(discrepancies("The shooting at the Lindby rail depot left nine people dead, including the two gunmen.",
        "The shooting at the Lindby rail depot left eight people dead, the police said."))
        .containsExactly("NUMBER p1 [x=nine people, y=eight people]");
  }

  @Test
  void belowAndAboveAreBounds() {
    assertThat(discrepancies("Support for the Lindby plan fell below 50 percent in June.",
        "Support for the Lindby plan fell to 47 percent in June.")).isEmpty();
    assertThat(discrepancies("Turnout in Lindby rose above 60 percent on Sunday.",
        "Turnout in Lindby rose to 64 percent on Sunday.")).isEmpty();
    // a figure the bound rules out still conflicts
    assertThat(discrepancies("Support for the Lindby plan fell below 50 percent in June.",
        "Support for the Lindby plan fell to 52 percent in June."))
        .containsExactly("NUMBER p1 [x=below 50 percent, y=52 percent]");
  }

  @Test
  void sumsTheirVerbNames() {
    // nothing after the sum says what it is for: the verb before it does
    assertThat(discrepancies("The repairs will cost $4.2 million, the water board said.",
        "The repairs will cost $4.8 million, the water board said."))
        .containsExactly("NUMBER p1 [x=$4.2 million, y=$4.8 million]");
    assertThat(discrepancies("The repairs will cost $4.2 million, the water board said.",
        "The work is expected to cost about $4.8 million."))
        .containsExactly("NUMBER p1 [x=$4.2 million, y=about $4.8 million]");
    assertThat(discrepancies("The repairs will cost $4.2 million, the water board said.",
        "The water board put the cost of the repairs at $4.8 million."))
        .containsExactly("NUMBER p1 [x=$4.2 million, y=$4.8 million]");
    assertThat(discrepancies("A court fined the Lindby Mill $40,000 on Monday.",
        "A court on Monday fined the mill $45,000.")).containsExactly("NUMBER p1 [x=$40,000, y=$45,000]");
    // two payers named: two sums; one payer named twice: one sum
    assertThat(discrepancies("Lindby will pay $2 million toward the repairs.", "Norby will pay $3 million.")).isEmpty();
    assertThat(discrepancies("Lindby will pay $2 million, the council said.", "Lindby is expected to pay $3 million."))
        .containsExactly("NUMBER p1 [x=$2 million, y=$3 million]");
    // a currency written as a word after the figure (docs/json.md's example)
    assertThat(discrepancies("Repairs cost 4 million dollars, the water board said.",
        "Repairs cost 6 million dollars, the water board said."))
        .containsExactly("NUMBER p1 [x=4 million dollars, y=6 million dollars]");
    assertThat(discrepancies("The appeal raised $52,000 for the shelter's roof.", "The appeal raised $61,000."))
        .isEmpty(); // the words after one sum name what it is for: the other's verb names no such thing
    // an estimate is not the cost paid, and a hedged one is no figure
    assertThat(discrepancies("The repairs cost $4.2 million, the water board said.",
        "The repairs were expected to cost $4.8 million.")).isEmpty();
    assertThat(discrepancies("The repairs will cost $4.2 million, the water board said.",
        "The repairs could cost $6 million, the water board said.")).isEmpty();
    assertThat(discrepancies("The repairs will cost $4.2 million, the water board said.",
        "The repairs will cost $4.2 million, officials said.")).isEmpty();
  }

  @Test
  void dollarAmountsConflict() {
    assertThat(discrepancies("The plan includes $3.6 billion for road repairs, officials said.",
        "The plan includes $2.5 billion for road repairs, officials said."))
        .containsExactly("NUMBER p1 [x=$3.6 billion, y=$2.5 billion]");
    assertThat(discrepancies("The plan sets aside \u00A3900 million for schools.", "The plan sets aside \u00A3700 million for schools."))
        .containsExactly("NUMBER p1 [x=\u00A3900 million, y=\u00A3700 million]");
    assertThat(discrepancies("The plan sets aside $900 million for schools.", "The plan sets aside $900 million for schools."))
        .isEmpty();
    // two sums of one story for different things, and a bound that holds the other sum
    assertThat(discrepancies("The order will divert $3.6 billion from military construction projects.",
        "The order will divert $600 million from a Treasury forfeiture fund.")).isEmpty();
    assertThat(discrepancies("Reading it aloud cost $1.1 million for staff, the magazine estimated.",
        "The magazine estimated that reading it aloud cost more than $1 million for staff.")).isEmpty();
    assertThat(discrepancies("The county received $5 million in federal aid for the flood.",
        "The county received $2 million in federal loans for the flood.")).isEmpty();
    // a sum rounded to two or more digits is the precise one; in another tax it is another sum
    assertThat(discrepancies("The couple paid $43,885,310 in federal taxes and $13,625,777 in state taxes.",
        "They paid $44 million in federal taxes and $13.6 million in state taxes.")).isEmpty();
    assertThat(discrepancies("The couple paid $43,885,310 in federal taxes.", "They paid $41 million in federal taxes."))
        .containsExactly("NUMBER p1 [x=$43,885,310, y=$41 million]");
  }

  @Test
  void aSumWrittenWithItsCurrencysNameIsOneWrittenWithTheSign() {
    assertThat(discrepancies("Lindby spent \u20AC2.5 million on road repairs, the council said.",
        "Lindby spent 3 million euros on road repairs, the council said."))
        .containsExactly("NUMBER p1 [x=\u20AC2.5 million, y=3 million euros]");
    assertThat(discrepancies("Lindby spent $900 million on schools, Mayor Eva Strand said.",
        "Lindby spent 700 million dollars on schools, Mayor Eva Strand said."))
        .containsExactly("NUMBER p1 [x=$900 million, y=700 million dollars]");
    // the same sum rounded, a sum for another thing, and a sum in another currency agree or are another sum
    assertThat(discrepancies("Lindby spent \u20AC2.5 million on road repairs, the council said.",
        "Lindby spent 2,512,000 euros on road repairs, the council said.")).isEmpty();
    assertThat(discrepancies("Lindby spent \u20AC2.5 million on road repairs, the council said.",
        "Lindby spent 3 million euros on school meals, the council said.")).isEmpty();
    assertThat(discrepancies("Lindby spent \u20AC2.5 million on road repairs, the council said.",
        "Lindby spent 3 million dollars on road repairs, the council said.")).isEmpty();
  }

  @Test
  void aSumNamedBeforeItIsOneNamedAfterIt() {
    // "a relief fund of $2.5 million" is the "$2 million relief fund" of the other outlet
    assertThat(discrepancies("The Lindby council approved a $2 million relief fund for farmers.",
        "The Lindby council approved a relief fund of $2.5 million for farmers."))
        .containsExactly("NUMBER p1 [x=$2 million, y=$2.5 million]");
    // a total names no thing the sum is for: the words after it do
    assertThat(discrepancies("The Lindby council approved a $2 million relief fund for farmers.",
        "The Lindby council approved a total of $2.5 million for farmers.")).isEmpty();
    assertThat(discrepancies("The Lindby council approved $2 million for farmers.",
        "The Lindby council approved a total of $2.5 million for farmers."))
        .containsExactly("NUMBER p1 [x=$2 million, y=$2.5 million]");
  }

  @Test
  void aFigureTheOtherSentenceAgreesWithThroughAnotherIsNoConflict() {
    // "over 350 yards" is the team's 352; Karl Lind's 101 in that sentence is another quantity
    assertThat(discrepancies("Karl Lind added 101 yards for the Lindby Bears, who had 352 yards rushing in a loss.",
        "It was the first time a team rushed for over 350 yards and lost.")).isEmpty();
    assertThat(discrepancies("Karl Lind added 101 yards for the Lindby Bears, who had 352 yards rushing in a loss.",
        "It was the first time a team rushed for about 350 yards and lost.")).isEmpty();
    // a figure the bound rules out still conflicts, with every figure of its sentence
    assertThat(discrepancies("Karl Lind added 101 yards for the Lindby Bears, who had 340 yards rushing in a loss.",
        "It was the first time a team rushed for over 350 yards and lost."))
        .containsExactly("NUMBER p1 [x=101 yards, x=340 yards, y=over 350 yards]");
    // one figure said twice, once as a bound the other holds, is still one figure that differs
    assertThat(discrepancies("The death toll in Lindby passed 165 on Saturday.",
        "The death toll in Lindby reached 150 on Saturday and rose above 150 by the evening.")).hasSize(1);
  }

  @Test
  void aVoteTallyIsOneFigureHoweverItsDashIsWritten() {
    assertThat(discrepancies("The Lindby council passed the budget 220-to-190 on Tuesday.",
        "The Lindby council passed the budget 222-190 on Tuesday."))
        .containsExactly("NUMBER p1 [x=220-to-190, y=222-190]");
    assertThat(discrepancies("The Lindby council voted 220 to 190 for the budget on Tuesday.",
        "The Lindby council voted 220-191 for the budget on Tuesday.")).hasSize(1);
    // one tally written two ways, two votes of two bodies, and a score (no word of voting) are no discrepancy
    assertThat(discrepancies("The Lindby council passed the budget 220-to-190 on Tuesday.",
        "The Lindby council passed the budget 220 to 190 on Tuesday.")).isEmpty();
    assertThat(discrepancies("The Lindby council passed the budget 220-190 on Tuesday.",
        "The Lindby bill passed 65-35 in the upper chamber on Tuesday.")).isEmpty();
    assertThat(discrepancies("The Lindby bill passed 65-35 in the upper chamber and passed 220-190 in the lower one.",
        "The Lindby bill passed 222-190 in the lower chamber, after a 65-35 vote in the upper one.")).hasSize(1);
    assertThat(discrepancies("The Lindby Bears beat Norrby 65-53 on Friday.", "The Lindby Bears beat Norrby 65-55 on Friday."))
        .isEmpty();
  }

  /** The passage with a salience below the fixtures' 1.0. */
  private static Passage lessSalient(Passage p) {
    return new Passage(p.id(), 0.5, p.members(), p.similarity());
  }

  @Test
  void oneVoteTalliedTwoWaysInTwoPassages() {
    AnalyzedArticle x = article("x", null, "The Lindby council voted on Tuesday to close the old mill.\n\n"
        + "The 220-to-190 vote came after a long debate.");
    AnalyzedArticle y = article("y", null, "The Lindby council on Tuesday voted to close the old mill.\n\n"
        + "The vote was 222-190, with two members absent.");
    // listed under the more salient of the two passages
    assertThat(render(compare(List.of(x, y), passage("p1", x, "The Lindby", y, "The Lindby"),
        passage("p2", x, "220-to-190"), lessSalient(passage("p3", y, "222-190")))))
        .containsExactly("NUMBER p2 [x=220-to-190, y=222-190]");
    assertThat(render(compare(List.of(x, y), passage("p1", x, "The Lindby", y, "The Lindby"),
        lessSalient(passage("p2", x, "220-to-190")), passage("p3", y, "222-190"))))
        .containsExactly("NUMBER p3 [x=220-to-190, y=222-190]");
    // an article that writes the tallies of two votes (the rule, then the bill) is compared within passages only
    AnalyzedArticle z = article("z", null, "The Lindby council on Tuesday voted to close the old mill.\n\n"
        + "The vote was 222-190, a day after a 212-198 vote on the rule.");
    assertThat(render(compare(List.of(x, z), passage("p1", x, "The Lindby", z, "The Lindby"),
        passage("p2", x, "220-to-190"), passage("p3", z, "222-190")))).isEmpty();
    // the same day, tallies the aligner left apart are one vote; a day apart, two votes of one chamber on a long story
    AnalyzedArticle monday = article("x", "2024-03-04", "The Lindby senate voted on the harbour bill.\n\n"
        + "The final vote was 69 to 30 after a long debate.");
    AnalyzedArticle sameDay = article("y", "2024-03-04", "The Lindby senate approved a budget plan.\n\n"
        + "The plan passed 50-49 with one senator absent.");
    AnalyzedArticle tuesday = article("y", "2024-03-05", "The Lindby senate approved a budget plan.\n\n"
        + "The plan passed 50-49 with one senator absent.");
    assertThat(render(compare(List.of(monday, sameDay), passage("p1", monday, "The Lindby", sameDay, "The Lindby"),
        passage("p2", monday, "The final"), passage("p3", sameDay, "The plan")))).hasSize(1);
    assertThat(render(compare(List.of(monday, tuesday), passage("p1", monday, "The Lindby", tuesday, "The Lindby"),
        passage("p2", monday, "The final"), passage("p3", tuesday, "The plan")))).isEmpty();
  }

  private static List<String> render(Comparison c) {
    return c.discrepancies().stream()
        .map(d -> d.kind() + " " + d.passage() + " " + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .toList();
  }

  @Test
  void aChangeByAFigureIsNoTotal() {
    // how much the water rose is not how deep it stands
    assertThat(discrepancies("The Orne rose by two metres in Lindby after a week of rain.",
        "The Orne was 2.5 metres deep in Lindby after a week of rain.")).isEmpty();
    assertThat(discrepancies("The Lindby mill cut its staff by 40 workers this year.",
        "The Lindby mill has 60 workers this year.")).isEmpty();
    // two changes still conflict, with "by" or without it
    assertThat(discrepancies("The Orne rose by two metres in Lindby after a week of rain.",
        "The Orne rose by three metres in Lindby after a week of rain.")).hasSize(1);
    assertThat(discrepancies("The Orne rose almost two metres in Lindby after a week of rain.",
        "The Orne rose by three metres in Lindby after a week of rain.")).hasSize(1);
    // "by" after a verb of no change names who did it: a count like any other
    assertThat(discrepancies("The Lindby depot was attacked by three men on Tuesday.",
        "The Lindby depot was attacked by four men on Tuesday.")).hasSize(1);
  }

  @Test
  void aChangeWrittenAsANounIsNoTotal() {
    // "a rise of 40 jobs" is how much the count changed, not how many there are
    assertThat(discrepancies("The Lindby mill announced a rise of 40 jobs this year.",
        "The Lindby mill has 60 jobs this year.")).isEmpty();
    assertThat(discrepancies("The Lindby museum reported a drop of 3,000 visitors this summer.",
        "The Lindby museum had 12,000 visitors this summer.")).isEmpty();
    // a change written as a noun still conflicts with another change, as a verb or as a noun
    assertThat(discrepancies("The Lindby mill announced a rise of 40 jobs this year.",
        "The Lindby mill's staff rose by 60 jobs this year.")).hasSize(1);
    assertThat(discrepancies("The Lindby museum reported a drop of 3,000 visitors this summer.",
        "The Lindby museum reported a fall of 4,000 visitors this summer.")).hasSize(1);
  }

  @Test
  void aRateIsNoCountOfItsPeriod() {
    assertThat(discrepancies("The law saved seniors $600 a year on drugs, and Medicare lasted longer.",
        "The law helped seniors, and Medicare lasted eight years longer.")).isEmpty();
    assertThat(discrepancies("The law saved seniors $600 a year on drugs.", "The law saved seniors $800 a year on drugs."))
        .containsExactly("NUMBER p1 [x=$600 a year, y=$800 a year]");
  }

  @Test
  void numberOnlyOneMemberStatesIsNoConflict() {
    assertThat(discrepancies("Ukraine says 90,000 troops have gathered on its border.",
        "Ukraine says Russian troops have gathered on its border.")).isEmpty();
  }

  @Test
  void aWordBeforeTheCountedThingIsNotWhatItCounts() {
    assertThat(discrepancies("Jane Doe now has 2,301 career points for Lindby.", "Jane Doe now has 2,302 points for Lindby."))
        .containsExactly("NUMBER p1 [x=2,301 career points, y=2,302 points]");
  }

  @Test
  void differentUnitsAreNotCompared() {
    assertThat(discrepancies("The war has killed 13,000 people since it began.",
        "The war has involved 90,000 troops since it began.")).isEmpty();
  }

  @Test
  void aDepthAndDistancesFromTwoPlacesAreThreeQuantities() {
    // the quake's depth, its distance from one town and from another: lengths that measure different things
    assertThat(discrepancies("The quake struck at a depth of 40 km (25 miles), about 12 km (7.5 miles) from Ostra.",
        "The quake struck some 80 km south of Lindby, 9 km north-northwest of Tarvik, officials said.")).isEmpty();
    assertThat(discrepancies("The quake struck 30 miles south of Lindby, seismologists said.",
        "The quake was 18 miles deep, seismologists said.")).isEmpty();
    // the same place, written with or without its accent, or the same depth, still differ
    assertThat(discrepancies("The quake struck about 12 km (7.5 miles) from the town of Tárvik, officials said.",
        "The quake struck 9 km north-northwest of Tarvik, officials said."))
        .containsExactly("NUMBER p1 [x=about 12 km, y=9 km]");
    assertThat(discrepancies("The quake struck at a depth of 40 km, officials said.",
        "The quake was 35 km deep, officials said.")).containsExactly("NUMBER p1 [x=40 km, y=35 km]");
    assertThat(discrepancies("The quake struck 30 miles south of Lindby, seismologists said.",
        "The quake struck 50 miles south of Lindby, seismologists said.")).hasSize(1);
    // a fall from a ridge names no place: its length is compared as before
    assertThat(discrepancies("The climber died after falling about 60 metres (200 feet) from a ridge.",
        "The climber died after falling about 150 metres at the pass.")).hasSize(1);
  }

  @Test
  void aNameAfterAnotherPrepositionIsNoPlaceALengthIsMeasuredFrom() {
    // "from a ridge in Maruvia" is where a fall began: its length is compared with another fall's
    assertThat(discrepancies("The climber died after falling about 60 metres (200 feet) from a ridge.",
        "The climber died after falling 150 metres from a ridge in Maruvia.")).hasSize(1);
    // a distance from a village near Tarvik is no distance from Tarvik
    assertThat(discrepancies("The quake struck 20 km from a village near Tarvik, officials said.",
        "The quake struck 9 km from Tarvik, officials said.")).isEmpty();
    // "the town of Tarvik" still names the place measured from
    assertThat(discrepancies("The quake struck about 12 km from the town of Tarvik, officials said.",
        "The quake struck 9 km from Tarvik, officials said.")).containsExactly("NUMBER p1 [x=about 12 km, y=9 km]");
  }

  @Test
  void anAgeIsNoCountAndAModelNumberCountsNothing() {
    assertThat(discrepancies("Two climbers fell from the ridge on Saturday.",
        "A 32-year-old British climber fell from the ridge on Saturday.")).isEmpty();
    assertThat(discrepancies("The pirates carried six AK 47 rifles.", "The pirates carried six AK-47 rifles.")).isEmpty();
    assertThat(discrepancies("Residents work 40-60 hours a week.", "Residents work a 60-hour week.")).isEmpty();
    assertThat(discrepancies("The climber, a 38-year-old man, fell.", "The climber, a 39-year-old man, fell."))
        .containsExactly("NUMBER p1 [x=38-year-old, y=39-year-old]");
  }

  @Test
  void aNameOfCapitalsAndANumberCountsNothing() {
    assertThat(discrepancies("Leaders of the G7 met 40 ministers in Lindby.", "Leaders of the G20 met 40 ministers in Lindby."))
        .isEmpty();
    assertThat(discrepancies("The district has K\u201312 students in 14 schools.",
        "The district has 900 students in 14 schools.")).isEmpty();
    assertThat(discrepancies("The G7 pledged 870 million doses.", "The G-7 pledged 780 million doses."))
        .containsExactly("NUMBER p1 [x=870 million doses, y=780 million doses]");
  }

  @Test
  void anAgeBetweenCommasOrAfterAgeIsComparedWithAnyAge() {
    assertThat(discrepancies("Eva Strand, 32, was shot in the arm outside the Lindby school.",
        "A 31-year-old woman, Eva Strand, was shot in the arm outside the Lindby school."))
        .containsExactly("NUMBER p1 [x=32, y=31-year-old]");
    assertThat(discrepancies("Eva Strand, age 61, was arrested in Lindby on Friday.",
        "Police arrested 60-year-old Eva Strand in Lindby on Friday.")).containsExactly("NUMBER p1 [x=61, y=60-year-old]");
    assertThat(discrepancies("Eva Strand, 32, was shot in the arm outside the Lindby school.",
        "Eva Strand, 32, was shot in the arm outside the Lindby school.")).isEmpty();
    // another person's age, and a figure after a name that is no age
    assertThat(discrepancies("Eva Strand, 32, was shot in the arm outside the Lindby school.",
        "Karl Lind, 35, was shot in the arm outside the Lindby school.")).isEmpty();
    assertThat(discrepancies("In Lindby, 35 people were hurt.", "In Lindby, 32 people were hurt."))
        .containsExactly("NUMBER p1 [x=35 people, y=32 people]");
  }

  @Test
  void aPartOrTheRestOfASetIsNotItsSize() {
    assertThat(discrepancies("The navy captured 23 pirates on Friday.", "The navy captured two of the pirates on Friday."))
        .isEmpty();
    assertThat(discrepancies("The navy seized seven assault rifles on Friday.",
        "The navy seized three other assault rifles on Friday.")).isEmpty();
  }

  @Test
  void aPartOfATotalOrOfASequenceIsNoCountOfTheWhole() {
    assertThat(discrepancies("Karl Lind completed his first 12 passes as the Hawks beat Norrby.",
        "Karl Lind completed 20 of 25 passes as the Hawks beat Norrby.")).isEmpty();
    assertThat(discrepancies("The Hawks scored on their first two drives.",
        "The Hawks scored on four of their first five drives.")).isEmpty();
    // two parts of one total, two firsts of one sequence
    assertThat(discrepancies("Karl Lind completed 21 of 25 passes as the Hawks beat Norrby.",
        "Karl Lind completed 20 of 25 passes as the Hawks beat Norrby."))
        .containsExactly("NUMBER p1 [x=21 of 25 passes, y=20 of 25 passes]");
    assertThat(discrepancies("The Hawks scored on their first three drives.",
        "The Hawks scored on their first two drives.")).containsExactly("NUMBER p1 [x=three drives, y=two drives]");
  }

  @Test
  void aTotalToDateIsNoCountOfOneGame() {
    // one outlet gives the game's points, another the career total: two quantities
    assertThat(discrepancies("Karl Lind scored 23 points as the Hawks beat Norrby on Friday.",
        "Karl Lind became the Hawks' all-time scoring leader with 2,117 points as the Hawks beat Norrby on Friday."))
        .isEmpty();
    assertThat(discrepancies("Karl Lind finished with 20 points as the Hawks beat Norrby on Friday.",
        "Karl Lind now has 2,301 career points as the Hawks beat Norrby on Friday.")).isEmpty();
    assertThat(discrepancies("Karl Lind finished with 20 points as the Hawks beat Norrby on Friday.",
        "Karl Lind, who now has 2,302 points, scored as the Hawks beat Norrby on Friday.")).isEmpty();
    // two totals to date still differ, and so do two games' points, a game's best among them
    assertThat(discrepancies("Karl Lind now has 2,301 career points after the Hawks beat Norrby on Friday.",
        "Karl Lind now has 2,302 points after the Hawks beat Norrby on Friday."))
        .containsExactly("NUMBER p1 [x=2,301 career points, y=2,302 points]");
    assertThat(discrepancies("Karl Lind scored a career-high 30 points as the Hawks beat Norrby on Friday.",
        "Karl Lind scored 28 points as the Hawks beat Norrby on Friday."))
        .containsExactly("NUMBER p1 [x=30 points, y=28 points]");
  }

  @Test
  void aCareerHighAfterTheFigureIsOneGamesBest() {
    assertThat(discrepancies("Karl Lind scored 30 points for a career high as the Hawks beat Norrby on Friday.",
        "Karl Lind scored 28 points as the Hawks beat Norrby on Friday."))
        .containsExactly("NUMBER p1 [x=30 points, y=28 points]");
    assertThat(discrepancies("Karl Lind scored 30 points, a career best, as the Hawks beat Norrby on Friday.",
        "Karl Lind scored 28 points as the Hawks beat Norrby on Friday."))
        .containsExactly("NUMBER p1 [x=30 points, y=28 points]");
  }

  @Test
  void aSpanOfYearsIsNoScoreOfARun() {
    // "the 2019-20 run of the league" is a stretch of seasons: the points are the game's, set against the game's
    assertThat(discrepancies("Karl Lind scored 12 points in the 2019-20 run of the league for the Hawks.",
        "Karl Lind scored 14 points for the Hawks.")).containsExactly("NUMBER p1 [x=12 points, y=14 points]");
  }

  @Test
  void aRunOfAGameIsAPartOfIt() {
    assertThat(discrepancies("Karl Lind had five points during a pivotal 15-2 run as the Hawks beat Norrby.",
        "Karl Lind scored 23 points as the Hawks beat Norrby.")).isEmpty();
    // two outlets' points of the run still differ
    assertThat(discrepancies("Karl Lind had five points during a pivotal 15-2 run as the Hawks beat Norrby.",
        "Karl Lind had seven points during a 15-2 run as the Hawks beat Norrby."))
        .containsExactly("NUMBER p1 [x=five points, y=seven points]");
    // a run with no score is a play, the length of which two outlets may give differently
    assertThat(discrepancies("Karl Lind turned in an 86-yard touchdown run against Norrby.",
        "Karl Lind turned in an 84-yard touchdown run against Norrby."))
        .containsExactly("NUMBER p1 [x=86-yard, y=84-yard]");
  }

  @Test
  void aFigureTakenBackByThoseIsNoNewCount() {
    // "Those 10 points" points back to points its article counted before, not to the game's
    assertThat(discrepancies("Karl Lind scored 10 points in the final quarter. Those 10 points tied him with the"
        + " Hawks' record holder.",
        "Karl Lind scored 23 points and tied the Hawks' record holder.")).isEmpty();
    assertThat(discrepancies("Karl Lind scored 10 points and tied the Hawks' record holder.",
        "Karl Lind scored 23 points and tied the Hawks' record holder."))
        .containsExactly("NUMBER p1 [x=10 points, y=23 points]");
    // with no such figure before, "those" points at the count it gives
    assertThat(discrepancies("Divers brought those 40 crew members ashore from the Lindby trawler.",
        "Divers brought 36 crew members ashore from the Lindby trawler."))
        .containsExactly("NUMBER p1 [x=40 crew members, y=36 crew members]");
  }

  @Test
  void aFigureAfterThoseCountingAnotherThingIsACountOfItsOwn() {
    // "10 points" before does not take back "those 10 fans": another thing counted
    AnalyzedArticle x = article("x", null, "Karl Lind scored 10 points in the final quarter. Stewards led those 10"
        + " fans off the Hawks' court after the game.");
    AnalyzedArticle y = article("y", null, "Stewards led 12 fans off the Hawks' court after the game.");
    assertThat(compare(List.of(x, y), passage("p1", x, "Stewards", y, "Stewards")).discrepancies())
        .extracting(d -> d.values().stream().map(v -> v.value()).toList())
        .containsExactly(List.of("10 fans", "12 fans"));
  }

  @Test
  void aWholeAfterATeamsNameIsNoCountOfThePart() {
    // "16 games" is the season a part was missed of, under a name's possessive as under "the"
    assertThat(discrepancies("Lind went through an injury-plagued season, missing 10 of the Hawks' 16 games.",
        "Lind missed nine games this season because of the injury.")).isEmpty();
    assertThat(discrepancies("Lind went through an injury-plagued season, missing 10 of Lindby's 16 games.",
        "Lind missed nine games this season because of the injury.")).isEmpty();
    // two parts of one whole still differ
    assertThat(discrepancies("Karl Lind completed 21 of the Hawks' 25 passes on Friday.",
        "Karl Lind completed 20 of the Hawks' 25 passes on Friday."))
        .containsExactly("NUMBER p1 [x=21 of the Hawks' 25 passes, y=20 of the Hawks' 25 passes]");
  }

  @Test
  void figuresOfTwoPeopleAreTwoQuantities() {
    assertThat(discrepancies("Jane Doe scored 18 points as Lindby beat Norby 70-61 on Friday.",
        "Lindby beat Norby 70-61 on Friday as Eva Strand scored 11 points.")).isEmpty();
    assertThat(discrepancies("Jane Doe's 18 points led Lindby past Norby.", "Eva Strand's 11 points led Lindby past Norby."))
        .isEmpty();
    assertThat(discrepancies("Jane Doe scored 18 points as Lindby beat Norby 70-61 on Friday.",
        "Lindby beat Norby 70-61 on Friday as Doe scored 16 points."))
        .containsExactly("NUMBER p1 [x=18 points, y=16 points]");
    // a figure nobody owns, one a speaker reports, or one after a place is still compared
    assertThat(discrepancies("Karl Lind said 35 people died in the fire.", "Eva Strand said 40 people died in the fire."))
        .containsExactly("NUMBER p1 [x=35 people, y=40 people]");
    assertThat(discrepancies("Jane Doe had been in hospital for three weeks with pneumonia.",
        "She had been in hospital in Lindby for four weeks with pneumonia."))
        .containsExactly("NUMBER p1 [x=three weeks, y=four weeks]");
  }

  @Test
  void aFigureOfARelativeClauseOrOfSBeenIsThePersons() {
    // Lind's 30 years, told in a "who" clause, and Strand's 37, told with "'s been", are two people's figures
    assertThat(discrepancies("Karl Lind, who has worked at the bakery for nearly 30 years, heard the shots.",
        "Eva Strand's been at the bakery for 37 years and heard the shots.")).isEmpty();
    // one person's figures still conflict, and a "who" clause that reports a figure is no figure of the speaker's
    assertThat(discrepancies("Karl Lind, who has worked at the bakery for nearly 30 years, heard the shots.",
        "Lind has worked at the bakery for 37 years and heard the shots."))
        .containsExactly("NUMBER p1 [x=30 years, y=37 years]");
    assertThat(discrepancies("Karl Lind's been at the bakery for 30 years and heard the shots.",
        "Lind has been at the bakery for 37 years and heard the shots."))
        .containsExactly("NUMBER p1 [x=30 years, y=37 years]");
    assertThat(discrepancies("Karl Lind, who said 35 people died in the bakery fire, spoke on Monday.",
        "Eva Strand said 40 people died in the bakery fire.")).containsExactly("NUMBER p1 [x=35 people, y=40 people]");
  }

  @Test
  void theFiguresOfAListAreTheirClausesSubjects() {
    // a second figure, or a second verb's, belongs to the subject of the first: Doe's nine assists, Strand's 22
    assertThat(discrepancies("Jane Doe scored 14 goals and added nine assists this season.",
        "Her teammate Eva Strand has scored six goals and added 22 assists this season.")).isEmpty();
    assertThat(discrepancies("Jane Doe finished the season with 14 goals and nine assists.",
        "Eva Strand has added 22 assists this season.")).isEmpty();
    assertThat(discrepancies("Eva Strand ran for 404 yards and two touchdowns, caught 52 passes and scored twice.",
        "Jane Doe has also caught eight passes for 66 yards.")).isEmpty();
    // one person's figures in a list still conflict
    assertThat(discrepancies("Jane Doe scored 14 goals and added nine assists this season.",
        "Doe finished the season with 14 goals and 12 assists."))
        .containsExactly("NUMBER p1 [x=nine assists, y=12 assists]");
  }

  @Test
  void aFigureOfHeOrSheIsThePersonNamedBefore() {
    AnalyzedArticle strand = article("x", null, "Lindby signed Eva Strand from Norby on Monday.\n\n"
        + "She scored 14 goals last season.");
    AnalyzedArticle doe = article("x", null, "Lindby signed Jane Doe from Norby on Monday.\n\n"
        + "She scored 14 goals last season.");
    AnalyzedArticle y = article("y", null, "Jane Doe scored 20 goals last season.");
    assertThat(compare(List.of(strand, y), passage("p1", strand, "She scored", y, "Jane Doe")).discrepancies())
        .isEmpty();
    assertThat(compare(List.of(doe, y), passage("p1", doe, "She scored", y, "Jane Doe")).discrepancies())
        .extracting(d -> d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .containsExactly(List.of("x=14 goals", "y=20 goals"));
    // sentences opened by "she" one after the other speak of one person, whoever the first names in passing
    AnalyzedArticle chain = article("x", null, "Lindby signed Jane Doe from Norby on Monday.\n\n"
        + "She trained with Karl Lind's squad in May.\n\nShe scored 14 goals last season.");
    assertThat(compare(List.of(chain, y), passage("p1", chain, "She scored", y, "Jane Doe")).discrepancies())
        .extracting(d -> d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .containsExactly(List.of("x=14 goals", "y=20 goals"));
  }

  @Test
  void anIncrementIsNoTotal() {
    assertThat(discrepancies("Jane Doe was married three times but had no children.",
        "Jane Doe married two more times after the war.")).isEmpty();
    assertThat(discrepancies("Jane Doe married two more times after the war.",
        "Jane Doe married three more times after the war."))
        .containsExactly("NUMBER p1 [x=two more times, y=three more times]");
  }

  @Test
  void aCountDrawnFromSeveralNamedBodiesIsNoCountOfOne() {
    // 40 monitors from three bodies together, three monitors the Lindby Council sent: a whole and one of its parts
    assertThat(discrepancies("The Lindby Council sent only three monitors to watch the vote in Tarvik.",
        "About 40 monitors from the Lindby Council, the Norby League and the Ostra Forum watched the vote in Tarvik."))
        .isEmpty();
    // a count from one named body is still compared, and so are two counts drawn from several bodies
    assertThat(discrepancies("The Lindby Council sent only three monitors to watch the vote in Tarvik.",
        "About 40 monitors from the Lindby Council watched the vote in Tarvik.")).hasSize(1);
    assertThat(discrepancies("About 30 monitors from the Lindby Council and the Norby League watched the vote.",
        "About 40 monitors from the Lindby Council and the Norby League watched the vote.")).hasSize(1);
  }

  @Test
  void theRestOfAWholeIsNoCount() {
    assertThat(discrepancies("Karl Lind served four months in the Lindby jail for fraud.",
        "Karl Lind was sentenced to two years in the Lindby jail for fraud, with all but eight months suspended."))
        .isEmpty();
    assertThat(discrepancies("All but 12 passengers reached Norby on the ferry on Monday.",
        "Some 30 passengers reached Norby on the ferry on Monday.")).isEmpty();
    // the time served still differs from another time served
    assertThat(discrepancies("Karl Lind served four months in the Lindby jail for fraud.",
        "Karl Lind served six months in the Lindby jail for fraud."))
        .containsExactly("NUMBER p1 [x=four months, y=six months]");
  }

  @Test
  void aFigureSomeoneNeededIsATargetNotATally() {
    assertThat(discrepancies("Jane Doe needed just nine points to break the Lindby scoring record.",
        "Jane Doe finished with 20 points to break the Lindby scoring record.")).isEmpty();
  }

  @Test
  void anotherPersonsFigureDoesNotHideAConflict() {
    AnalyzedArticle x = article("x", null, "Jane Doe scored 18 points as Lindby beat Norby 70-61 on Friday.\n\n"
        + "Eva Strand added 16 points for Lindby.");
    AnalyzedArticle y = article("y", null, "Lindby beat Norby 70-61 on Friday as Jane Doe scored 16 points.");
    assertThat(compare(List.of(x, y), passage("p1", x, "Jane Doe", y, "Jane Doe")).discrepancies())
        .extracting(d -> d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .containsExactly(List.of("x=18 points", "y=16 points"));
  }

  @Test
  void theAgeOfARelativeIsNotTheAgeOfTheNamedPerson() {
    assertThat(discrepancies("Police said 35-year-old Karl Lind was arrested at a house on Mill Road.",
        "Karl Lind was arrested at a house on Mill Road with her 12-year-old daughter.")).isEmpty();
    assertThat(discrepancies("Police said 35-year-old Karl Lind was arrested at a house on Mill Road.",
        "Police said 36-year-old Karl Lind was arrested at a house on Mill Road."))
        .containsExactly("NUMBER p1 [x=35-year-old, y=36-year-old]");
  }

  @Test
  void aClockReadingIsNoCount() {
    assertThat(discrepancies("Eva Strand kicked the winning field goal with 6:00 minutes remaining.",
        "Eva Strand kicked the winning field goal with 10 minutes remaining.")).isEmpty();
    assertThat(discrepancies("Eva Strand kicked the winning field goal with six minutes remaining.",
        "Eva Strand kicked the winning field goal with 10 minutes remaining."))
        .containsExactly("NUMBER p1 [x=six minutes, y=10 minutes]");
  }

  @Test
  void aSideOfAFractionIsNoFigure() {
    // the "2" of "4 1/2 months" is a denominator, not two months
    assertThat(discrepancies("Karl Lind served 4 1/2 months in the Lindby jail for fraud.",
        "Karl Lind served five months in the Lindby jail for fraud.")).isEmpty();
    assertThat(discrepancies("Two of the 9/11 hijackers had lived in Lindby, Karl Lind said.",
        "Two of the 19 hijackers had lived in Lindby, Karl Lind said.")).isEmpty();
    // whole figures still differ, and so do figures beside a slash and a space ("months / weeks")
    assertThat(discrepancies("Karl Lind served four months in the Lindby jail for fraud.",
        "Karl Lind served five months in the Lindby jail for fraud.")).hasSize(1);
    assertThat(discrepancies("Karl Lind served 4 months / 17 weeks in the Lindby jail for fraud.",
        "Karl Lind served five months in the Lindby jail for fraud.")).hasSize(1);
  }

  @Test
  void aDecimalSplitByASpaceIsNoFigure() {
    // "5. 9" is 5.9 written with a space after its point: its "9" is no figure of a quake
    assertThat(discrepancies("The 5. 9-magnitude quake struck Norrby island, home to 40,000 people.",
        "The 6-magnitude quake struck Norrby island, home to 40,000 people.")).isEmpty();
    // "12. 5 percent" is often split in two sentences: its "5 percent" is no figure either
    AnalyzedArticle x = article("x", null, "Prices in Lindby rose 12. 5 percent last year, the Norrby Courier said.");
    AnalyzedArticle y = article("y", null, "Prices in Lindby rose 9 percent last year, the Lindby Post said.");
    assertThat(compare(List.of(x, y), passage("p1", x, "5 percent", y, "9 percent")).discrepancies()).isEmpty();
    // decimals written whole still differ, and so does a figure after a comma and a space
    assertThat(discrepancies("The 5.8-magnitude quake struck Norrby island, home to 40,000 people.",
        "The 6.1-magnitude quake struck Norrby island, home to 40,000 people.")).hasSize(1);
    assertThat(discrepancies("The quake struck Norrby island, home to 40,000 people.",
        "The quake struck Norrby island, home to 4, 42,000 people.")).hasSize(1);
  }

  @Test
  void aTitleIsNoGivenName() {
    assertThat(discrepancies("Navy spokesman Captain Nambiar said the ship was safe.",
        "Navy spokesman Manohar Nambiar said the ship was safe.")).isEmpty();
  }

  @Test
  void anOfficeAfterTwoDescriptionsIsNoPersonsName() {
    assertThat(discrepancies("Police are investigating the death of a Tory MP stabbed in Lindby on Friday.",
        "Police are investigating the death of a Conservative MP stabbed in Lindby on Friday.")).isEmpty();
    // a person's two given names still conflict
    assertThat(discrepancies("Police are investigating the death of Karl Lind, stabbed in Lindby on Friday.",
        "Police are investigating the death of Erik Lind, stabbed in Lindby on Friday.")).isNotEmpty();
  }

  @Test
  void sameNumberIsNoConflict() {
    assertThat(discrepancies("Ukraine says 90,000 troops are there.", "Kyiv counts 90,000 soldiers there.")).isEmpty();
  }

  @Test
  void valuesPointAtTheCharactersThatStateThem() {
    String text = "Officials counted 94,000 tanks; Ukraine says 94,000 troops are near the border.";
    AnalyzedArticle x = article("x", null, "Ukraine says 90,000 troops are near the border.");
    AnalyzedArticle y = article("y", null, text);
    Discrepancy d = compare(List.of(x, y), passage("p1", x, "Ukraine", y, "Officials")).discrepancies().get(0);
    Discrepancy.Value v = d.values().get(1);
    // "94,000" stands twice; the troops are the second.
    assertThat(v.value()).isEqualTo("94,000 troops");
    assertThat(v.start()).isEqualTo(text.indexOf("94,000 troops"));
    assertThat(text.substring(v.start(), v.end())).isEqualTo("94,000 troops");
  }

  @Test
  void anArticleThatStatesTwoValuesShowsBoth() {
    assertThat(discrepancies("Ukraine says 90,000 troops are near the border, and NATO says 100,000 troops.",
        "Ukraine says 94,000 troops are near the border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, x=100,000 troops, y=94,000 troops]");
  }

  @Test
  void aValueRepeatedIsListedOnce() {
    assertThat(discrepancies("Ukraine says 90,000 troops are near the border; 90,000 troops is a record.",
        "Ukraine says 94,000 troops are near the border."))
        .containsExactly("NUMBER p1 [x=90,000 troops, y=94,000 troops]");
  }

  @Test
  void deathTollInOtherWordsIsOneQuantity() {
    assertThat(discrepancies("The floods in the valley have killed 381 people, officials said.",
        "Nearly 400 people are now reported dead after the floods in the valley."))
        .containsExactly("NUMBER p1 [x=381 people, y=400 people]");
  }

  @Test
  void aMagnitudeIsNotATollThoughItsSentenceNamesTheDead() {
    // The toll named first in the clause is the slot of every number after it, but a magnitude counts
    // something else than the dead.
    assertThat(discrepancies("The death toll in the 6.2 magnitude earthquake that struck the valley has risen to 241.",
        "The death toll in the valley has risen to 250, officials said."))
        .containsExactly("NUMBER p1 [x=241, y=250]");
  }

  @Test
  void populationIsNotHowManyWereAffected() {
    // Both count people, but one counts who live there and the other who was hit.
    assertThat(discrepancies("The storm hit the county, which has a population of about 400,000 people.",
        "The storm hit the county and two cities, affecting 1.08 million people.")).isEmpty();
  }

  @Test
  void killedIsNotInjured() {
    assertThat(discrepancies("The dam failure killed at least 15,000 people in the valley.",
        "The dam failure injured more than 1,400 people in the valley.")).isEmpty();
  }

  @Test
  void aValueTheOtherMemberAlsoStatesIsNoConflict() {
    // x gives two tolls, of two disasters; y's toll is one of them.
    assertThat(discrepancies("A flood in 1970 killed at least 15,000 people, and a flood in 1974 killed more than 1,400.",
        "The flood killed more than 1,400 people, officials said.")).isEmpty();
  }

  @Test
  void theSameFigureCountingSomethingElseIsNoAgreement() {
    assertThat(discrepancies("Police said 12 people were injured in the riot in Lindby.",
        "Police said 18 people had been injured in the riot in Lindby and 12 arrested for carrying weapons."))
        .containsExactly("NUMBER p1 [x=12 people, y=18 people]");
  }

  @Test
  void ordinalsOfDifferentThingsAreNoConflict() {
    assertThat(discrepancies("Karl Lind stopped Jon Berg in the 6th round in Lindby on Saturday.",
        "Karl Lind won his 16th straight fight in Lindby on Saturday, stopping Jon Berg.")).isEmpty();
    assertThat(discrepancies("Karl Lind stopped Jon Berg in the 6th round in Lindby on Saturday.",
        "Karl Lind stopped Jon Berg in the 7th round in Lindby on Saturday."))
        .containsExactly("NUMBER p1 [x=6th round, y=7th round]");
  }

  @Test
  void aFigureTheOtherArticleAlsoGivesElsewhereIsNoConflict() {
    // y prints x's 21.4 percent too, two paragraphs on: its 18 percent is someone else's rate, not another value of x's
    assertThat(discrepancies("Doe's combined tax rate last year was 21.4 percent, her returns show.",
        "Her rival Karl Lind said his own tax rate was 18 percent.\n\nWith town and county taxes, Doe paid a combined"
            + " rate of 21.4 percent.")).isEmpty();
    // a figure of another unit elsewhere is no excuse
    assertThat(discrepancies("Doe's combined tax rate last year was 21.4 percent, her returns show.",
        "Her rival Karl Lind said his own tax rate was 18 percent.\n\nDoe gave 21.4 acres of land to the town."))
        .containsExactly("NUMBER p1 [x=21.4 percent, y=18 percent]");
  }

  @Test
  void countedThingWrittenByOneMemberOnly() {
    assertThat(discrepancies("Homes in the town, which has a population of about 429,000, were old.",
        "The town has a population of about 400,000 people, officials said."))
        .containsExactly("NUMBER p1 [x=about 429,000, y=about 400,000 people]");
  }

  @Test
  void projectionIsNotAStatedValue() {
    assertThat(discrepancies("Officials said 2,300 people died in the floods.",
        "Officials said the toll of the floods may rise to over 10,000 dead.")).isEmpty();
  }

  @Test
  void numberWithoutCountedThingOrSlotIsNotCompared() {
    assertThat(discrepancies("The levee broke in 1970 after 40 hours of rain.",
        "The levee broke after 36 hours of rain in 1970.")).containsExactly("NUMBER p1 [x=40 hours, y=36 hours]");
    assertThat(discrepancies("The magnitude was 6.1 at a depth of 10 kilometers.",
        "The magnitude was 6.5 at a depth of 12 km.")).containsExactly("NUMBER p1 [x=10 kilometers, y=12 km]");
  }

  @Test
  void britishAndAmericanSpellingsOfAUnitAreOneUnit() {
    assertThat(discrepancies("An air strike destroyed the 15-storey Strand tower in Lindby on Saturday.",
        "An air strike flattened the 11-story Strand tower in Lindby on Saturday."))
        .containsExactly("NUMBER p1 [x=15-storey, y=11-story]");
    assertThat(discrepancies("The Lindby water tank holds 2,000 litres, Karl Lind said.",
        "The Lindby water tank holds 2,500 liters, Karl Lind said."))
        .containsExactly("NUMBER p1 [x=2,000 litres, y=2,500 liters]");
    // a tonne is no ton: two units
    assertThat(discrepancies("The Lindby crane lifts 40 tonnes, Karl Lind said.",
        "The Lindby crane lifts 44 tons, Karl Lind said.")).isEmpty();
  }

  @Test
  void onePersonsPartyAndStateTagsDiffer() {
    assertThat(discrepancies("Sens. Karl Lind, D-N.J., and Eva Strand, R-S.C., agreed on a bill for the Lindby river.",
        "Sens. Karl Lind, D-N.Y., and Eva Strand, R-S.C., agreed on a bill for the Lindby river."))
        .containsExactly("NAME p1 [x=Sens. Karl Lind, D-N.J., y=Sens. Karl Lind, D-N.Y.]");
    assertThat(discrepancies("Sen. Karl Lind, a New Jersey Democrat, backed the bill for the Lindby river.",
        "Sen. Karl Lind (R-N.J.) backed the bill for the Lindby river."))
        .containsExactly("NAME p1 [x=Sen. Karl Lind, a New Jersey Democrat, y=Sen. Karl Lind (R-N.J.)]");
    // one state written two ways, a form not known as a state, and two people's tags are no conflict
    assertThat(discrepancies("Rep. Jane Doe, D-Calif., backed the bill for the Lindby river.",
        "Rep. Jane Doe (D-CA) backed the bill for the Lindby river.")).isEmpty();
    assertThat(discrepancies("Rep. Jane Doe, D-Calif., backed the bill for the Lindby river.",
        "Rep. Jane Doe, D-Lindby, backed the bill for the Lindby river.")).isEmpty();
    assertThat(discrepancies("Rep. Jane Doe, D-Calif., backed the bill for the Lindby river.",
        "Rep. Eva Strand, D-Ore., backed the bill for the Lindby river.")).isEmpty();
  }

  @Test
  void tollNamedEarlierInTheClause() {
    assertThat(discrepancies("Officials said Friday the death toll from Monday's floods in the north increased to 268, with 387"
            + " people in hospital.",
        "The agency said Friday the latest death toll in Monday's floods in the north is 278."))
        .containsExactly("NUMBER p1 [x=268, y=278]");
  }

  @Test
  void missingIsNotDead() {
    assertThat(discrepancies("The flood toll rises to 278, 15 missing in the valley.",
        "The flood death toll has risen to 250 people in the valley.")).containsExactly("NUMBER p1 [x=278, y=250 people]");
  }

  @Test
  void distancesInOtherDirectionsAreOtherDistances() {
    assertThat(discrepancies("The quake hit villages around 85 miles east of the capital.",
        "The epicentre, about 105 miles northwest of the capital, was in the hills.")).isEmpty();
  }

  @Test
  void aPastEventsTollIsNotTodays() {
    // x gives the toll of the 1970 flood; y the toll of this week's.
    assertThat(discrepancies("2016-04-20", "In 1970, a flood in the valley killed at least 15,000 people.",
        "The flood in the valley killed 300 people, officials said.")).isEmpty();
    // Both about this week's flood: "since 1999" is only a baseline.
    assertThat(discrepancies("2016-04-20", "The flood, the worst since 1999, killed 300 people in the valley.",
        "The flood killed 320 people in the valley.")).containsExactly("NUMBER p1 [x=300 people, y=320 people]");
  }

  @Test
  void aFigureWithAThousandsSeparatorIsNoPastYear() {
    // "1,801" looks like a year to a date reader, but as written it counts the injured.
    assertThat(discrepancies("2014-08-04", "In Ostra, 1,801 were injured; the town has a population of about 429,000.",
        "The town of Ostra has a population of about 400,000 people."))
        .containsExactly("NUMBER p1 [x=about 429,000, y=about 400,000 people]");
  }

  @Test
  void pastYearsOfOtherEventsAreNoDateConflict() {
    assertThat(discrepancies("2016-04-20", "It was the deadliest quake in the region since Peru's 2007 quake.",
        "It was the worst quake to hit the region since the 2010 disaster in Haiti.")).isEmpty();
  }

  @Test
  void aPastYearOpeningBothSentencesOfOneFactIsComparedElsewhereNot() {
    assertThat(discrepancies("2016-04-20", "In 1969, Karl Lind was indicted for bribing the whole Lindby police force.",
        "In 1970, Karl Lind was indicted for bribing the Lindby police force.")).containsExactly("DATE p1 [x=1969, y=1970]");
    assertThat(discrepancies("2016-04-20", "Karl Lind, indicted in 1969 for bribing the police, died on Monday.",
        "Karl Lind, indicted in 1970 for bribing the police, died on Monday.")).isEmpty();
  }

  @Test
  void placesSharingAWordAreNotOnePersonNamedTwice() {
    assertThat(discrepancies("It was the deadliest quake in South America for decades.",
        "It was the deadliest quake in Latin America for decades.")).isEmpty();
  }

  @Test
  void aPopulationStatedInTwoPassagesAboutOnePlace() {
    // The population is background in two different facts; both sentences are about the town of Ostra.
    AnalyzedArticle x = article("x", null, "The epicentre was near Ostra, a town with a population of about 400,000 people."
        + " Rescuers reached the valley.");
    AnalyzedArticle y = article("y", null, "Rescuers reached the valley. Many homes that collapsed in Ostra, which has a"
        + " population of about 429,000, were old.");
    List<String> found = compare(List.of(x, y), passage("p1", x, "epicentre", y, "Rescuers"),
        lessSalient(passage("p2", y, "Many homes")), lessSalient(passage("p3", x, "Rescuers"))).discrepancies().stream()
        .map(d -> d.kind() + " " + d.passage() + " " + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .toList();
    assertThat(found).containsExactly("NUMBER p1 [x=about 400,000 people, y=about 429,000]");
  }

  @Test
  void populationsOfTwoPlacesAreTwoQuantities() {
    AnalyzedArticle x = article("x", null, "The epicentre was near Ostra, a town with a population of about 400,000 people.");
    AnalyzedArticle y = article("y", null, "Homes in Velna, which has a population of about 429,000, were old.");
    assertThat(compare(List.of(x, y), passage("p1", x, "epicentre"), passage("p2", y, "Homes")).discrepancies()).isEmpty();
  }

  @Test
  void aRoundedFigureIsTheSameFigure() {
    assertThat(discrepancies("Leave won 51.9 per cent of the vote.", "Leave won 52 per cent of the vote.")).isEmpty();
    assertThat(discrepancies("Leave won 51.9% of the vote.", "Leave won 52% of the vote.")).isEmpty();
    assertThat(discrepancies("Leave won 51.9% of the vote.", "Leave won 53% of the vote."))
        .containsExactly("NUMBER p1 [x=51.9%, y=53%]");
    // Two figures of the same precision differ however close they are.
    assertThat(discrepancies("The index fell 4.7 points on Friday.", "The index fell 4.8 points on Friday."))
        .containsExactly("NUMBER p1 [x=4.7 points, y=4.8 points]");
  }

  @Test
  void aPreciseFigureMisprintedInAnotherPassage() {
    AnalyzedArticle x = article("x", null, "In all, 17,410,742 people voted to leave, against 16,141,242 who voted to"
        + " remain. Turnout was high.");
    AnalyzedArticle y = article("y", null, "Turnout was high. Remain won 16,141,241 votes.");
    List<String> found = compare(List.of(x, y), passage("p1", x, "Turnout", y, "Turnout"),
        passage("p2", x, "In all"), passage("p3", y, "Remain")).discrepancies().stream()
        .map(d -> d.kind() + " " + d.passage() + " " + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .toList();
    assertThat(found).containsExactly("NUMBER p2 [x=16,141,242, y=16,141,241]");
  }

  @Test
  void roundFiguresOrFiguresFarApartAreNoMisprint() {
    AnalyzedArticle x = article("x", null, "About 16,100,000 people voted to remain. Turnout was high.");
    AnalyzedArticle y = article("y", null, "Turnout was high. Remain won 16,141,241 votes, and 17,410,742 voted to leave.");
    assertThat(compare(List.of(x, y), passage("p1", x, "Turnout", y, "Turnout"), passage("p2", x, "About"),
        passage("p3", y, "Remain")).discrepancies()).isEmpty();
  }

  @Test
  void weekdaysOfTwoStatementsConflict() {
    // no content word in common beside the weekdays: the words of saying date one statement
    assertThat(discrepancies("The minister claimed on Thursday that talks had failed.",
        "In her latest comments Friday, Anna Lind insisted that the negotiations were over."))
        .containsExactly("DATE p1 [x=Thursday, y=Friday]");
  }

  /** Discrepancies between two one-passage articles, {@code a} of {@code dateA} and {@code b} of {@code dateB}. */
  private static List<String> published(String dateA, String a, String dateB, String b) {
    AnalyzedArticle x = article("x", dateA, a);
    AnalyzedArticle y = article("y", dateB, b);
    return compare(List.of(x, y), passage("p1", x, x.sentences().get(0).text().substring(0, 4),
        y, y.sentences().get(0).text().substring(0, 4))).discrepancies().stream()
        .map(d -> d.kind() + " " + d.passage() + " "
            + d.values().stream().map(v -> v.article() + "=" + v.value()).toList())
        .toList();
  }

  @Test
  void weekdaysOfArticlesOfTwoDaysTellOfTwoOccasions() {
    // 10 June 2027 is a Thursday: the ministry's Thursday statement was out before Friday's, which the first article
    // could not have reported
    assertThat(published("2027-06-10", "Lindby will give 500 tonnes of grain to Norrby, the ministry said Thursday.",
        "2027-06-11", "Lindby and its neighbours will give 1,000 tonnes of grain to Norrby, the ministry said Friday."))
        .isEmpty();
    // published on one day, the two days still conflict
    assertThat(published("2027-06-11", "Lindby will give 500 tonnes of grain to Norrby, the ministry said Thursday.",
        "2027-06-11", "Lindby and its neighbours will give 1,000 tonnes of grain to Norrby, the ministry said Friday."))
        .containsExactly("DATE p1 [x=Thursday, y=Friday]");
    // and so does a later article that dates the day before the first was published
    assertThat(published("2027-06-10", "Lindby will give 500 tonnes of grain to Norrby, the ministry said Wednesday.",
        "2027-06-11", "Lindby will give 500 tonnes of grain to Norrby, the ministry said Tuesday."))
        .containsExactly("DATE p1 [x=Wednesday, y=Tuesday]");
    // two articles that quote the same words tell of one remark, which the later one dates a day later
    assertThat(published("2027-06-10", "\u201cWe will not sign this treaty in its present form,\u201d Karl Lind said "
        + "on Thursday.", "2027-06-11", "\u201cWe will not sign this treaty in its present form,\u201d Karl Lind said "
        + "in his latest comments Friday.")).containsExactly("DATE p1 [x=Thursday, y=Friday]");
  }

  @Test
  void aDayDoneAndADayStillToComeAreTwoOccasions() {
    // 14 June 2027 is a Monday: the vote blocked on Monday is done, the strike "a bill that would prevent on Friday" is
    // the coming Friday, the 18th, whether the second article is of the same day or the next
    String blocked = "Lindby council members on Monday blocked a harbor bill.";
    String ahead = "Lindby council members blocked a harbor bill that would prevent a dock strike on Friday.";
    assertThat(published("2027-06-14", blocked, "2027-06-15", ahead)).isEmpty();
    assertThat(published("2027-06-15", blocked, "2027-06-15", ahead)).isEmpty();
    // "would have" tells of the past: the Friday before Monday's article, one vote dated two ways
    assertThat(published("2027-06-14", blocked, "2027-06-15",
        "Lindby council members blocked a harbor bill that would have come to a vote on Friday."))
        .containsExactly("DATE p1 [x=Monday, y=Friday]");
  }

  @Test
  void weekdaysStillToComeAreNotTwoOccasions() {
    // 14 June 2027 is a Monday: its "will vote on Saturday" is the coming Saturday, not the 12th after Thursday's
    // article; any article may tell of a day still to come, so the two days of one vote conflict
    assertThat(published("2027-06-10", "The Lindby council will vote on the grain plan on Friday.",
        "2027-06-14", "The Lindby council will vote on the grain plan on Saturday."))
        .containsExactly("DATE p1 [x=Friday, y=Saturday]");
    assertThat(published("2027-06-10", "The Lindby council is set to vote on the grain plan on Friday.",
        "2027-06-14", "The Lindby council is set to vote on the grain plan on Saturday."))
        .containsExactly("DATE p1 [x=Friday, y=Saturday]");
    // told as past, the Saturday before Monday's article came after Thursday's: two votes
    assertThat(published("2027-06-10", "The Lindby council voted on the grain plan on Thursday.",
        "2027-06-14", "The Lindby council voted on the grain plan on Saturday.")).isEmpty();
  }

  @Test
  void relativesBesideOneCountOneFewer() {
    // the aid worker is one of the family: nine relatives and he make ten members of one family
    assertThat(discrepancies("A drone strike in Lindby killed an aid worker and nine members of his family on Sunday.",
        "A drone strike in Lindby killed 10 members of one family on Sunday.")).isEmpty();
    // a difference of two, or a group beside several, still conflicts
    assertThat(discrepancies("A drone strike in Lindby killed an aid worker and eight members of his family on Sunday.",
        "A drone strike in Lindby killed 10 members of one family on Sunday.")).hasSize(1);
    assertThat(discrepancies("A drone strike in Lindby killed the guards and nine members of their families on Sunday.",
        "A drone strike in Lindby killed 10 members of the families on Sunday.")).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a name ending in s is still one person
      "Karl Lind and nine members of his family | 0",
      "Jonas Harris and nine members of his family | 0",
      "an aid worker and nine members of his family | 0",
      // a plural, or a word for two, is more than one
      "the guards and nine members of their family | 1",
      "the couple and nine members of their family | 1",
      "the pair and nine members of their family | 1",
      "the twins and nine members of their family | 1",
  })
  void relativesBesideOneAreBesideOnePersonOnly(String killed, int conflicts) {
    assertThat(discrepancies("A drone strike in Lindby killed " + killed + " on Sunday.",
        "A drone strike in Lindby killed 10 members of one family on Sunday.")).hasSize(conflicts);
  }

  @Test
  void weekdaysOfStatementsByTwoPeopleAreTwoStatements() {
    assertThat(discrepancies("The seven nations will send 900 million doses abroad, the Lindby ministry said Friday.",
        "The seven nations are set to send 900 million doses abroad, Prime Minister Karl Lind said Thursday."))
        .isEmpty();
    // a party tag in brackets between the name and its verb leaves the speaker named
    assertThat(discrepancies("Speaker Anna Lind (D-Calif.) on Thursday said the Lindby panel will go ahead.",
        "Minority leader Karl Berg said on Wednesday that his party will not join the Lindby panel.")).isEmpty();
    // one person's statement on two days still conflicts
    assertThat(discrepancies("The seven nations will send 900 million doses abroad, Karl Lind said Friday.",
        "The seven nations are set to send 900 million doses abroad, Prime Minister Karl Lind said Thursday."))
        .containsExactly("DATE p1 [x=Friday, y=Thursday]");
  }

  @Test
  void twoDaysGivenForOneReopeningStillToComeConflict() {
    // the weekday dates the reopening still to come, not the officials' saying or expecting
    assertThat(discrepancies("2026-04-01", "Officials said the Harbour Road bridge would reopen on Thursday.",
        "Highways officials expect to reopen the Harbour Road bridge on Friday."))
        .containsExactly("DATE p1 [x=Thursday, y=Friday]");
    // near variant: a reopening done and one still to come are two occasions
    assertThat(discrepancies("2026-04-01", "The Harbour Road bridge reopened on Thursday.",
        "Highways officials expect to reopen the Harbour Road bridge on Friday.")).isEmpty();
  }

  @Test
  void weekdaysOfTwoActionsInOnePassageAreNoConflict() {
    // the aligner may join two steps of one story: the confirmation and, a day later, the appointment
    assertThat(discrepancies("Senator Jane Doe was confirmed Tuesday as the new ambassador to Canada.",
        "Governor John Roe on Wednesday appointed Mary Poe to the Senate seat vacated by Ambassador Jane Doe."))
        .isEmpty();
    assertThat(discrepancies("Most voters back the plan, according to a poll released Friday.",
        "By Saturday, the mayor clarified that she backs the plan."))
        .isEmpty();
    // neither a shared filler ("after") nor a verb that also names a vote ("confirmed") dates one action
    assertThat(discrepancies("Jane Doe was sworn in on Tuesday after the vote.",
        "Governor John Roe appointed Mary Poe on Wednesday after lunch.")).isEmpty();
    assertThat(discrepancies("The Senate confirmed Jane Doe on Tuesday.",
        "Governor John Roe announced Wednesday that Mary Poe takes her seat.")).isEmpty();
  }

  @Test
  void weekdaysOfTwoActionsOnOneThingAreNoConflict() {
    // both sentences name the bill beside their weekday, but one dates the signing, the other the council's vote
    assertThat(discrepancies("Mayor Jane Doe signed the zoning bill on Friday, calling it overdue.",
        "As the council passed the zoning bill in a late vote on Tuesday, residents protested outside."))
        .isEmpty();
    // the same action on two days still conflicts
    assertThat(discrepancies("The council passed the zoning bill in a late vote on Monday.",
        "The council passed the zoning bill on Tuesday, the mayor's office said."))
        .containsExactly("DATE p1 [x=Monday, y=Tuesday]");
    // and so does one action told with synonyms
    assertThat(discrepancies("The Lindby bridge closed on Monday after the flood.",
        "The Lindby bridge was shut on Tuesday after the flood."))
        .containsExactly("DATE p1 [x=Monday, y=Tuesday]");
  }

  @Test
  void weekdaysOfTwoSentencesThatBothTellTheSameTwoActionsConflict() {
    // one dates the fire, the other the injuries, but each tells both: the fire and the injuries of one fire
    assertThat(discrepancies("A fire broke out at the Lindby paint depot on Tuesday, injuring 12 workers.",
        "Twelve workers were injured on Monday when a fire broke out at the Lindby paint depot."))
        .containsExactly("DATE p1 [x=Tuesday, y=Monday]");
    // a sentence that tells only the one action it dates still dates another step of the story
    assertThat(discrepancies("A fire broke out at the Lindby paint depot on Tuesday.",
        "Twelve workers were injured on Monday when fumes leaked at the Lindby paint depot."))
        .isEmpty();
    // both tell both actions, but as one after the other: Friday dates the fire, Saturday the return
    assertThat(discrepancies("Twelve workers evacuated after a fire at the Lindby paint depot on Friday night have "
        + "been allowed to return.", "Twelve workers had to be evacuated from the Lindby paint depot, but they had been "
        + "allowed to return by Saturday evening.")).isEmpty();
  }

  @Test
  void weekdaysOfDeathsToldAsLivesLostConflictWithThoseOfDeaths() {
    // "lost their lives" is "died", and "died" names the action the weekday dates: both date the deaths
    String died = "Six workers died when a water main burst under the Lindby depot on Tuesday night.";
    assertThat(discrepancies("Six workers lost their lives on Wednesday night when a water main burst under the Lindby"
        + " depot.", died)).containsExactly("DATE p1 [x=Wednesday, y=Tuesday]");
    assertThat(discrepancies("Six workers died on Wednesday night when a water main burst under the Lindby depot.",
        died)).containsExactly("DATE p1 [x=Wednesday, y=Tuesday]");
    // lives lost on one day and jobs lost on another are two losses
    assertThat(discrepancies("Six workers lost their lives on Wednesday night when a water main burst under the Lindby"
        + " depot.", "Six workers lost their jobs on Tuesday after a water main burst under the Lindby depot."))
        .isEmpty();
  }

  @Test
  void membersGivingASidesWeekdayStandOnThatSideWhateverTheirVerb() {
    // the deaths are dated by "died" and "lost their lives"; the third dates the flood that killed them, on Tuesday too
    AnalyzedArticle x = article("x", null, "Six residents lost their lives on Wednesday night when the Orne River "
        + "broke its banks in Lindby, officials said.");
    AnalyzedArticle y = article("y", null, "Six people died when the Orne River burst its banks in Lindby on Tuesday "
        + "night, flooding more than 200 homes.");
    AnalyzedArticle z = article("z", null, "The Orne River flooded Lindby on Tuesday night, killing six people.");
    assertThat(render(compare(List.of(x, y, z), passage("p1", x, "Six", y, "Six", z, "The Orne"))))
        .containsExactly("DATE p1 [x=Wednesday, y=Tuesday, z=Tuesday]");
    // a statement on Tuesday is no date of the flood: it stays out
    AnalyzedArticle said = article("z", null, "The Orne River flooded Lindby, killing six people, the mayor said on "
        + "Tuesday.");
    assertThat(render(compare(List.of(x, y, said), passage("p1", x, "Six", y, "Six", said, "The Orne"))))
        .containsExactly("DATE p1 [x=Wednesday, y=Tuesday]");
  }

  @Test
  void weekdaysOfOneVerbForTwoPeopleAreNoConflict() {
    // Tuesday dates Eva Strand's signing; Karl Lind's, the one both report, is "today" and Wednesday
    assertThat(discrepancies("Wednesday afternoon, the club signed forward Karl Lind from the Norby reserve squad.",
        "The club signed defender Eva Strand on Tuesday and forward Karl Lind today from the Norby reserve squad."))
        .isEmpty();
    // one person's signing on two days still conflicts
    assertThat(discrepancies("Wednesday afternoon, the club signed forward Karl Lind from the Norby reserve squad.",
        "The club signed forward Karl Lind on Tuesday from the Norby reserve squad."))
        .containsExactly("DATE p1 [x=Wednesday, y=Tuesday]");
  }

  @Test
  void changedWeekday() {
    assertThat(discrepancies("Lavrov spoke in Stockholm on Thursday.", "Lavrov spoke in Stockholm on Friday."))
        .containsExactly("DATE p1 [x=Thursday, y=Friday]");
  }

  @Test
  void sameWeekdayIsNoConflict() {
    assertThat(discrepancies("Lavrov spoke on Thursday.", "On Thursday Lavrov spoke.")).isEmpty();
  }

  @Test
  void aDateWrittenWithItsYearIsTheSameDateWithout() {
    assertThat(discrepancies("Officer Karl Lind was shot dead on May 14 outside a flat in Lindby.",
        "Officer Karl Lind was shot dead on May 14, 2023 outside a flat in Lindby while looking into a May 10 robbery."))
        .isEmpty();
    assertThat(discrepancies("Officer Karl Lind was shot dead on May 15 outside a flat in Lindby.",
        "Officer Karl Lind was shot dead on May 14, 2023 outside a flat in Lindby while looking into a May 10 robbery."))
        .containsExactly("DATE p1 [x=May 15, y=May 14, 2023, y=May 10]");
  }

  @Test
  void theDayOfAReportIsNotTheDayOfWhatItReports() {
    assertThat(discrepancies("Voters in Lindby will elect a new mayor on May 12, the election board said.",
        "Voters in Lindby will elect a new mayor, the Lindby Post reported March 20.")).isEmpty();
    assertThat(discrepancies("Voters in Lindby will elect a new mayor, the Lindby Post reported March 21.",
        "Voters in Lindby will elect a new mayor, the Lindby Post reported March 20."))
        .containsExactly("DATE p1 [x=March 21, y=March 20]");
  }

  @Test
  void daysOfTwoActionsAreNoConflict() {
    // the day she died and the day of her stroke, in one passage
    assertThat(discrepancies("Singer Eva Strand died on Thursday, March 11, at a hospital in Lindby.",
        "Eva Strand died in Lindby after she suffered a stroke on March 2.")).isEmpty();
    // the stroke on two days still conflicts
    assertThat(discrepancies("Eva Strand suffered a stroke on March 3 and died a week later.",
        "Eva Strand died in Lindby after she suffered a stroke on March 2."))
        .containsExactly("DATE p1 [x=March 3, y=March 2]");
  }

  @Test
  void changedDate() {
    assertThat(discrepancies("The ministers met on December 2, 2021.", "The ministers met on December 3, 2021."))
        .containsExactly("DATE p1 [x=December 2, 2021, y=December 3, 2021]");
  }

  @Test
  void transliterationIsNoNameConflict() {
    assertThat(discrepancies("Sergei Lavrov spoke in Stockholm.", "Sergey Lavrov spoke in Stockholm.")).isEmpty();
  }

  @Test
  void shortFormOfAGivenNameIsNoNameConflict() {
    assertThat(discrepancies("The statement came from Jim Hallworth yesterday.",
        "The statement came from James Hallworth yesterday.")).isEmpty();
    assertThat(discrepancies("The statement came from Bob Hallworth yesterday.",
        "The statement came from Robert Hallworth yesterday.")).isEmpty();
  }

  @Test
  void anOfficeBeforeASurnameIsNoGivenName() {
    // x's "Secretary Clinton" is its only Clinton named in full; y names two, so its stays "secretary clinton"
    assertThat(discrepancies("Secretary Clinton spoke in Ohio on Monday, and Hillary Clinton's aides agreed.",
        "Secretary Clinton spoke in Ohio on Monday. Bill Clinton and Hillary Clinton watched.")).isEmpty();
  }

  @Test
  void twoPeopleOfOneSurnameNamedInEitherOrderAreNoConflict() {
    assertThat(discrepancies("She wrote that Malia and Sasha Obama, aged 16 and 13, should show class.",
        "She wrote to Sasha and Malia Obama that they should show class.")).isEmpty();
  }

  @Test
  void twoRelativesOfOneSurnameNamedByOneArticleAreNoConflict() {
    assertThat(discrepancies("Police charged Karl Lind with the murder on Monday.",
        "Jon Lind was arrested for a stolen car on Monday. His brother Karl Lind was charged with the murder.")).isEmpty();
    assertThat(discrepancies("Police charged Karl Lind with the murder on Monday.",
        "Jon Lind was arrested for a stolen car on Monday. He was charged with the murder."))
        .containsExactly("NAME p1 [x=Karl Lind, y=Jon Lind]");
  }

  @Test
  void aSurnameAloneStatesNoGivenNameToConflict() {
    // each article names the coach in full elsewhere, differently; the passage itself says "Cheeks" in both
    assertThat(discrepancies("Cheeks was fired by the team on Monday. The coach, Marcus Cheeks, left.",
        "Cheeks was fired by the team on Monday. The coach, Maurice Cheeks, left.")).isEmpty();
  }

  @Test
  void aShortGivenNameIsNoNameConflict() {
    assertThat(discrepancies("The team fired Maurice Cheeks on Monday.", "The team fired Mo Cheeks on Monday.")).isEmpty();
  }

  @Test
  void aCapitalisedPhraseOfCommonWordsIsNoName() {
    assertThat(discrepancies("Read more about Pedestrian Accidents in our guide to pedestrian accidents.",
        "Read more about Run Accidents in our guide to hit and run accidents.")).isEmpty();
  }

  @Test
  void aSurnameThatIsACommonWordIsStillAName() {
    assertThat(discrepancies("Theresa May said talks may resume on Monday.", "Philip May said talks may resume on Monday."))
        .containsExactly("NAME p1 [x=Theresa May, y=Philip May]");
    assertThat(discrepancies("Dean Heller said the vote will be on Monday.", "Mark Heller said the vote will be on Monday."))
        .containsExactly("NAME p1 [x=Dean Heller, y=Mark Heller]");
  }

  @Test
  void anotherPersonsGivenNameOutsideAListIsNoExcuse() {
    assertThat(discrepancies("The statement came from Mark Johnson yesterday.",
        "The statement came from Robert Johnson yesterday as Mark Kerry watched."))
        .containsExactly("NAME p1 [x=Mark Johnson, y=Robert Johnson]");
  }

  @Test
  void aPersonNamedWithAMiddleNameIsTheOtherOutletsPerson() {
    assertThat(discrepancies(
        "Lind is survived by his wife, Anna Berg Lind; his daughters Eva Lind of Norrby and Sara Lind; and a brother.",
        "Survivors include his wife, Anna Lind of Lindby; three children; and a brother.")).isEmpty();
  }

  @Test
  void differentGivenNamesConflict() {
    assertThat(discrepancies("The statement came from Mark Johnson yesterday.",
        "The statement came from Robert Johnson yesterday."))
        .containsExactly("NAME p1 [x=Mark Johnson, y=Robert Johnson]");
  }

  @Test
  void centsAreMoneyNotAPercentage() {
    assertThat(discrepancies("Petrol in Lindby costs 16 cents more than a month ago.",
        "Petrol in Lindby costs 58% more than a year ago.")).isEmpty();
    assertThat(discrepancies("Petrol in Lindby costs 16 cents more than a month ago.",
        "Petrol in Lindby costs 19 cents more than a month ago.")).containsExactly("NUMBER p1 [x=16 cents, y=19 cents]");
  }

  @Test
  void aPeakIsNotTheLevelOfLater() {
    assertThat(discrepancies("Support for Mayor Jane Doe has fallen since a peak of 61% in May, the Lindby poll found.",
        "Support for Mayor Jane Doe stands at 44 percent, the Lindby poll found.")).isEmpty();
    assertThat(discrepancies("Support for Mayor Jane Doe peaked at 61% in May, the Lindby poll found.",
        "Support for Mayor Jane Doe stands at 44 percent, the Lindby poll found.")).isEmpty();
    // two peaks, or two levels, still differ
    assertThat(discrepancies("Support for Mayor Jane Doe has fallen since a peak of 61% in May, the Lindby poll found.",
        "Support for Mayor Jane Doe has fallen since a peak of 64 percent in May, the Lindby poll found.")).hasSize(1);
    assertThat(discrepancies("Support for Mayor Jane Doe stands at 41%, the Lindby poll found.",
        "Support for Mayor Jane Doe stands at 44 percent, the Lindby poll found.")).hasSize(1);
  }

  @Test
  void aMeasureLeavingAPartOutIsNotTheWhole() {
    assertThat(discrepancies("Consumer prices in Lindby rose 0.8 percent from March to April, the statistics office said.",
        "Excluding food and energy, consumer prices in Lindby rose 0.9 percent from March, the statistics office said."))
        .isEmpty();
    assertThat(discrepancies("Consumer prices in Lindby rose 0.8 percent from March to April, the statistics office said.",
        "The 0.9 percent rise in Lindby prices from March, controlling for food and energy, was the largest in years."))
        .isEmpty();
    assertThat(discrepancies("Consumer prices in Lindby rose 0.8 percent from March to April, the statistics office said.",
        "Core consumer prices in Lindby rose 0.9 percent from March, the statistics office said.")).isEmpty();
    // the whole against the whole, and core against core, still differ
    assertThat(discrepancies("Consumer prices in Lindby rose 0.8 percent from March to April, the statistics office said.",
        "Consumer prices in Lindby rose 0.9 percent from March, the statistics office said.")).hasSize(1);
    assertThat(discrepancies("Core consumer prices in Lindby rose 0.8 percent from March, the statistics office said.",
        "Core consumer prices in Lindby rose 0.9 percent from March, the statistics office said.")).hasSize(1);
  }

  @Test
  void aValueOfAnEarlierTimeIsNotTodays() {
    assertThat(discrepancies("A gallon of petrol in Lindby costs $3.04 a gallon this week, the motoring club said.",
        "Mayor Jane Doe said prices were far higher than a few months ago when drivers paid $2 a gallon."))
        .isEmpty();
    // two values of today still differ
    assertThat(discrepancies("A gallon of petrol in Lindby costs $3.04 a gallon this week, the motoring club said.",
        "Mayor Jane Doe said drivers now paid $2 a gallon."))
        .hasSize(1);
  }

  @Test
  void forecastsOfTwoSurveysAreNoStatedValues() {
    assertThat(discrepancies("Economists had been looking for 845,000 new jobs in July, a Lindby survey showed.",
        "Analysts were expecting 870,000 new jobs in July, another Lindby survey showed.")).isEmpty();
    assertThat(discrepancies("Economists anticipated 845,000 new jobs in July, a Lindby survey showed.",
        "Analysts were forecasting 870,000 new jobs in July, another Lindby survey showed.")).isEmpty();
    // stated values still differ
    assertThat(discrepancies("Lindby employers added 845,000 new jobs in July, the labour office said.",
        "Lindby employers added 870,000 new jobs in July, the labour office said.")).hasSize(1);
  }

  @Test
  void anArticleWritingBothDaysContradictsNeither() {
    assertThat(discrepancies("Continuing claims in Lindby fell to 3.2 million in the week ended July 10, the labour "
        + "office said.\n\nNew claims rose to 419,000 in the week ended July 17.",
        "New claims in Lindby rose to 419,000 in the week ended July 17, the labour office said.")).isEmpty();
    // an article that writes only the other day still differs
    assertThat(discrepancies("Continuing claims in Lindby fell to 3.2 million in the week ended July 10, the labour "
        + "office said.", "New claims in Lindby rose to 419,000 in the week ended July 17, the labour office said."))
        .hasSize(1);
  }

  @Test
  void aWeekdayBesideTomorrowDatesOneOfTwoDays() {
    assertThat(discrepancies("Governor Jane Doe announced on Tuesday that Lindby will send 50 guards to the border.",
        "\u201cTomorrow morning I am announcing 50 guards for the border,\u201d Governor Jane Doe tweeted on Monday."))
        .isEmpty();
    // one statement dated on two days still differs
    assertThat(discrepancies("Governor Jane Doe announced on Tuesday that Lindby will send 50 guards to the border.",
        "\u201cI am announcing 50 guards for the border,\u201d Governor Jane Doe tweeted on Monday.")).hasSize(1);
  }

  @Test
  void twoPollsAreTwoQuantities() {
    assertThat(discrepancies("In a poll released Sunday, 62 percent of voters said the new bridge was a waste.",
        "An opinion poll published by the Morning Star on Sunday said 83 percent of voters disliked the bridge."))
        .isEmpty();
    assertThat(discrepancies("A survey by the Morning Star put support for the new bridge at 41 percent.",
        "A poll of 520 voters by the Evening Post put support for the new bridge at 44 percent.")).isEmpty();
    // one poll, named by both, still differs; and so does a poll's figure against a figure of no poll
    assertThat(discrepancies("A Morning Star poll found 52 percent of voters back the new bridge.",
        "According to the Morning Star poll, 48 percent of voters back the new bridge.")).hasSize(1);
    assertThat(discrepancies("A Morning Star poll found 52 percent of voters back the new bridge.",
        "Some 48 percent of voters back the new bridge, the council said.")).hasSize(1);
  }

  @Test
  void anElectorateIsNoTurnout() {
    assertThat(discrepancies("Almost all of the 90,000 people eligible in Lindby cast their votes on Sunday.",
        "Some 86,000 people in Lindby cast their ballots on Sunday, or 95 percent of eligible voters.")).isEmpty();
    assertThat(discrepancies("In Lindby 90,000 registered voters could cast their ballots on Sunday.",
        "In Lindby 86,000 voters cast their ballots on Sunday.")).isEmpty();
    // two electorates, or two turnouts, still differ
    assertThat(discrepancies("Almost all of the 90,000 people eligible in Lindby cast their votes on Sunday.",
        "Almost all of the 94,000 people eligible in Lindby cast their votes on Sunday.")).hasSize(1);
    assertThat(discrepancies("Some 86,000 people in Lindby cast ballots on Sunday, 95 percent of eligible voters.",
        "In Lindby 80,000 people cast their ballots on Sunday.")).hasSize(1);
  }

  @Test
  void aWeekdayInThePossessiveDatesWhatItOwns() {
    assertThat(discrepancies("Lindby will play the winner of Friday's second semifinal between Strandby and Norrby.",
        "Lindby will play Strandby in the final on Saturday.")).isEmpty();
    // one thing dated on two days still differs, owned or not
    assertThat(discrepancies("Lindby will play Strandby in the final on Friday.",
        "Lindby will play Strandby in the final on Saturday.")).hasSize(1);
    assertThat(discrepancies("Tuesday's vote on the Lindby bridge passed by a wide margin.",
        "The Lindby council voted on the bridge on Wednesday.")).hasSize(1);
  }

  @Test
  void aPossessiveWeekdayBeforeItsVerbDatesTheAction() {
    assertThat(discrepancies("Friday's storm destroyed homes across Lindby, officials said.",
        "A storm destroyed homes across Lindby on Thursday.")).hasSize(1);
    assertThat(discrepancies("Friday's fire killed three horses near Lindby.",
        "A fire killed three horses near Lindby on Thursday.")).hasSize(1);
    assertThat(discrepancies("Officials said Friday's heavy storm destroyed homes across Lindby.",
        "A heavy storm destroyed homes across Lindby on Thursday.")).hasSize(1);
  }

  @Test
  void onlyAnElectorateIsRegisteredOrEligible() {
    assertThat(discrepancies("Police in Lindby said 12 cases registered last week involved stolen boats.",
        "Police in Lindby said 15 cases were registered last week, most involving stolen boats.")).hasSize(1);
    assertThat(discrepancies("Police in Lindby counted 12 thefts registered in May.",
        "Police in Lindby counted 15 thefts in May.")).hasSize(1);
    assertThat(discrepancies("At the Lindby mill, 400 workers entitled to the bonus were laid off.",
        "At the Lindby mill, 450 workers were laid off.")).hasSize(1);
    // voters registered, or people eligible to vote, are still an electorate
    assertThat(discrepancies("In Lindby 90,000 voters registered could cast their ballots on Sunday.",
        "In Lindby 86,000 voters cast their ballots on Sunday.")).isEmpty();
    assertThat(discrepancies("In Lindby 90,000 people eligible to vote were called to the polls on Sunday.",
        "In Lindby 86,000 people cast their ballots on Sunday.")).isEmpty();
  }

  @Test
  void twoPollsAreTwoByTheirPollsters() {
    // a name both sentences write is no pollster
    assertThat(discrepancies("In a poll released Sunday, 62 percent of Lindby voters backed the bridge.",
        "An opinion poll published by the Morning Star found 83 percent of Lindby voters backed the bridge.")).isEmpty();
    // a poll that names no pollster may be the named one
    assertThat(discrepancies("In the survey, 52 percent of voters backed the new bridge.",
        "A Morning Star survey found 48 percent backed the new bridge.")).hasSize(1);
    assertThat(discrepancies("According to the poll, 52 percent of Lindby voters backed the new bridge.",
        "A poll by the Morning Star found 48 percent of Lindby voters backed the new bridge.")).hasSize(1);
  }

  @Test
  void aMarginOfErrorIsNoFigureThePollFound() {
    assertThat(discrepancies("The poll of 520 residents published in the Lindby Post gave a 4.5 percent margin of error.",
        "An opinion poll published by the Lindby Post on Sunday said 83 percent of residents were unhappy.")).isEmpty();
    assertThat(discrepancies("The Lindby Post poll has a margin of error of plus or minus 3 percent.",
        "The Lindby Post poll found 52 percent of residents back the plan.")).isEmpty();
    // two margins still differ, and a figure the poll found beside its margin is still that figure
    assertThat(discrepancies("The Lindby Post poll has a 4.5 percent margin of error.",
        "The Lindby Post poll has a 3 percent margin of error.")).hasSize(1);
    assertThat(discrepancies("The Lindby Post poll found 52 percent back the plan with a margin of error of 3 percent.",
        "The Lindby Post poll found 58 percent back the plan.")).hasSize(1);
  }

  @Test
  void aHeadlineInTitleCaseCapitalisesWhatItsFiguresCount() {
    AnalyzedArticle x = article("x", null, "Storm Kills 2 in Lindby; 80 Hurt and 7 Homes Destroyed\n\n"
        + "The storm hit the town of Lindby on Sunday night.");
    AnalyzedArticle y = article("y", null, "Storm hits Lindby\n\n"
        + "The storm killed two people and left 50 people hurt in Lindby on Sunday night.");
    assertThat(compare(List.of(x, y), passage("p1", x, "Storm Kills", y, "The storm killed")).discrepancies().stream()
        .map(d -> d.values().stream().map(v -> v.article() + "=" + v.value()).toList()).toList())
        .containsExactly(List.of("x=80 Hurt", "y=50 people"));
    // a singular word before the counted thing modifies it, as in lower case
    AnalyzedArticle v = article("v", null, "Lindby Nears 600 Flu Deaths as Winter Ends\n\n"
        + "The flu has killed nearly 600 people in Lindby this winter.");
    AnalyzedArticle w = article("w", null, "Flu deaths in Lindby\n\n"
        + "The flu has killed 640 people in Lindby this winter, the town said.");
    assertThat(compare(List.of(v, w), passage("p1", v, "Lindby Nears", w, "The flu has")).discrepancies()).hasSize(1);
  }

  @Test
  void aCapitalisedFunctionWordEndsWhatAHeadlineFigureCounts() {
    // "As" ends the phrase: 2 and 3 count no wins, and two bare figures with nothing counted are not compared
    String body = "\n\nThe final was played in Lindby on Sunday.";
    assertThat(discrepancies("Karl Lind Scores 2 As Lindby Wins Final" + body,
        "Karl Lind Scores 3 As Lindby Wins Final" + body)).isEmpty();
    assertThat(discrepancies("Eva Strand Nets 2 After Lindby Takes Lead" + body,
        "Eva Strand Nets 3 After Lindby Takes Lead" + body)).isEmpty();
    // what the figure counts right after it, or after capitalised modifiers, still counts
    assertThat(discrepancies("Karl Lind Scores 2 Goals As Lindby Wins Final" + body,
        "Karl Lind Scores 3 Goals As Lindby Wins Final" + body)).containsExactly("NUMBER p1 [x=2 Goals, y=3 Goals]");
    assertThat(discrepancies("Lindby Nears 3,000 Flood Claims as Rain Goes On" + body,
        "Lindby Nears 3,400 Flood Claims as Rain Goes On" + body))
        .containsExactly("NUMBER p1 [x=3,000 Flood Claims, y=3,400 Flood Claims]");
  }

  @Test
  void aFigureConvertedInBracketsIsRoundedLikeAnEstimate() {
    assertThat(discrepancies("The quake struck 58 km (36 miles) southwest of the port of Lindby.",
        "The quake struck 35 miles southwest of the port of Lindby.")).isEmpty();
    // a conversion further off still differs
    assertThat(discrepancies("The quake struck 58 km (36 miles) southwest of the port of Lindby.",
        "The quake struck 30 miles southwest of the port of Lindby.")).hasSize(1);
  }

  @Test
  void aBreakdownInBracketsIsNoConversion() {
    // people are no unit of measure, and the bracket goes on past "adults": 20 and 21 adults differ
    assertThat(discrepancies("The fire killed 37 people (20 adults and 17 children) in Lindby.",
        "The fire killed 37 people (21 adults and 16 children) in Lindby."))
        .containsExactly("NUMBER p1 [x=20 adults, y=21 adults]", "NUMBER p1 [x=17 children, y=16 children]");
    // a conversion between units of measure or currencies is still rounded
    assertThat(discrepancies("The quake struck 58km (36 miles) southwest of Lindby.",
        "The quake struck 35 miles southwest of Lindby.")).isEmpty();
    assertThat(discrepancies("The fine was 50 euros ($55) in Lindby.", "The fine was $54 in Lindby.")).isEmpty();
  }
}
