package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cutting an event the grouper merged from two look-alike events. The look-alike cases read ECB+ dev topics
 * from the shared data at run time (skipped when it is absent): each topic holds two events of one kind, every
 * document dated the same day.
 */
class EventSplitterTest {
  private static Parallax parallax;
  private static Aligner aligner;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
    aligner = Aligners.standard(parallax.similarity());
  }

  private static final Aligner NEVER = articles -> {
    throw new AssertionError("no alignment expected");
  };

  private static List<AnalyzedArticle> analyzed(int n) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(parallax.analyze(Article.of("a" + i, "Outlet " + i, LocalDate.of(2026, 3, 10), "Council votes",
          "The city council voted on Tuesday to close the old tram depot. The vote was 7 to 2.")));
    }
    return out;
  }

  private static CorpusEvent event(String id, List<AnalyzedArticle> members) {
    return new CorpusEvent(id, "", members.stream().map(AnalyzedArticle::id).toList(), Optional.empty(), Optional.empty());
  }

  @Test
  void anEventTooSmallForTwoPartsIsLeftAsItIsWithoutAligning() {
    List<AnalyzedArticle> five = analyzed(5);
    CorpusEvent e = event("e1", five);
    assertThat(EventSplitter.standard().split(e, five, TermStats.of(List.of()), NEVER)).containsExactly(e);
  }

  @Test
  void sixCopiesOfOneStoryStayOneEvent() {
    List<AnalyzedArticle> six = analyzed(6);
    CorpusEvent e = event("e1", six);
    EventSplitter splitter = EventSplitter.standard();
    TermStats stats = TermStats.of(six.stream().map(a -> MinHashGrouper.standard().sketch(a)).toList());
    assertThat(splitter.split(e, six, stats, aligner)).containsExactly(e);
  }

  @Test
  void membersMustBeTheEventsArticlesInOrder() {
    List<AnalyzedArticle> six = analyzed(6);
    CorpusEvent e = event("e1", six);
    List<AnalyzedArticle> swapped = new ArrayList<>(six);
    swapped.set(0, six.get(1));
    swapped.set(1, six.get(0));
    assertThatThrownBy(() -> EventSplitter.standard().split(e, swapped, TermStats.of(List.of()), NEVER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a0");
  }

  @Test
  void badSettingsAreRefused() {
    EventSplitter s = EventSplitter.standard();
    assertThatThrownBy(() -> s.with(MinHashGrouper.standard(), 0, 0.25, 0.8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.with(MinHashGrouper.standard(), 3, 1.5, 0.8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.with(MinHashGrouper.standard(), 3, 0.25, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoOscarHostsMergedByTheGrouperAreCutApart() throws IOException {
    // ECB+ topic 2: Hugh Jackman announced as Oscar host (2a) and, years later, Ellen DeGeneres (2b).
    Dev dev = dev();
    CorpusEvent merged = dev.grouped().stream()
        .filter(e -> subtopics(e, dev.gold()).getOrDefault("2a", 0) >= 3 && subtopics(e, dev.gold()).getOrDefault("2b", 0) >= 3)
        .findFirst().orElseThrow(() -> new AssertionError("the grouper no longer merges the two hosts"));

    List<CorpusEvent> parts = EventSplitter.standard().split(merged, dev.members(merged), dev.stats(), aligner);

    assertThat(parts).extracting(CorpusEvent::id).containsExactly(merged.id(), merged.id() + "-2");
    assertThat(parts).allSatisfy(p -> assertThat(subtopics(p, dev.gold())).hasSize(1));
    assertThat(parts.get(0).articles().get(0)).isEqualTo(merged.articles().get(0));
  }

  @Test
  void oneEventOfManyArticlesIsNotCut() throws IOException {
    // ECB+ topic 21a: a dozen articles about one event, grouped together, stay together.
    Dev dev = dev();
    CorpusEvent one = dev.grouped().stream()
        .filter(e -> e.size() >= 6 && subtopics(e, dev.gold()).keySet().equals(java.util.Set.of("21a")))
        .findFirst().orElseThrow(() -> new AssertionError("the grouper no longer groups topic 21a"));

    assertThat(EventSplitter.standard().split(one, dev.members(one), dev.stats(), aligner)).containsExactly(one);
  }

  /** Invented articles of one day, each {@code {id, title, text}}, analyzed. */
  private static List<AnalyzedArticle> analyzed(String[][] rows) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(parallax.analyze(Article.of(r[0], "Outlet " + r[0], LocalDate.of(2026, 3, 10), r[1], r[2])));
    }
    return out;
  }

  private static TermStats stats(List<AnalyzedArticle> articles) {
    return TermStats.of(articles.stream().map(a -> MinHashGrouper.standard().sketch(a)).toList());
  }

  /** Three reports of a sawmill fire in Lindby and three of a bakery fire in Norby, one night, interleaved. */
  private static List<AnalyzedArticle> twoFires() {
    return analyzed(new String[][] {
        {"s1", "Fire destroys Strand sawmill in Lindby", "A fire destroyed the Strand sawmill in Lindby on Monday night."
            + " Owner Eva Strand said she would rebuild the mill, which employs 40 people."},
        {"b1", "Norby bakery burns", "The Holm bakery in Norby burned on Monday night. Baker Karl Holm, 61, was treated"
            + " for smoke. The shop had stood on the square since 1952."},
        {"s2", "Lindby sawmill lost to blaze", "The Strand sawmill in Lindby burned down on Monday night. Eva Strand,"
            + " the owner, said the mill's 40 workers would keep their jobs."},
        {"b2", "Fire guts Holm bakery in Norby", "Fire gutted the Holm bakery on the Norby square on Monday night. Karl"
            + " Holm, 61, who has run it since 1952, was treated for smoke."},
        {"s3", "Strand sawmill burns in Lindby", "Firefighters could not save the Strand sawmill in Lindby on Monday"
            + " night. Eva Strand said she would rebuild and keep all 40 people on."},
        {"b3", "Norby baker hurt in fire", "Karl Holm, 61, was hurt when fire swept through his bakery on the Norby"
            + " square on Monday night. The bakery opened in 1952."}});
  }

  @Test
  void twoFiresOfOneNightClearlyApartAreCutWithoutAligning() {
    // The two halves share only the words of a fire at night: the cut is clear, no alignment is asked for.
    List<AnalyzedArticle> six = twoFires();
    CorpusEvent merged = event("e4", six);

    List<CorpusEvent> parts = EventSplitter.standard().split(merged, six, stats(six), NEVER);

    assertThat(parts).extracting(CorpusEvent::articles)
        .containsExactly(List.of("s1", "s2", "s3"), List.of("b1", "b2", "b3"));
    assertThat(parts).extracting(CorpusEvent::id).containsExactly("e4", "e4-2");
  }

  @Test
  void withoutAClearRatioTheSameCutAsksTheAligner() {
    List<AnalyzedArticle> six = twoFires();
    int[] alignments = {0};
    Aligner counting = articles -> {
      alignments[0]++;
      return aligner.align(articles);
    };

    EventSplitter.standard().withClearRatio(0).split(event("e4", six), six, stats(six), counting);

    assertThat(alignments[0]).isPositive();
  }

  @Test
  void sixReportsOfOneFireInTheirOwnWordsStayOneEvent() {
    // One sawmill fire told six ways is no clear cut.
    List<AnalyzedArticle> six = analyzed(new String[][] {
        {"r1", "Fire destroys Strand sawmill in Lindby", "A fire destroyed the Strand sawmill in Lindby on Monday night."
            + " Owner Eva Strand said she would rebuild the mill, which employs 40 people."},
        {"r2", "Lindby sawmill lost to blaze", "The Strand sawmill in Lindby burned down on Monday night. Eva Strand,"
            + " the owner, said the mill's 40 workers would keep their jobs."},
        {"r3", "Strand sawmill burns in Lindby", "Firefighters could not save the Strand sawmill in Lindby on Monday"
            + " night. Eva Strand said she would rebuild and keep all 40 people on."},
        {"r4", "Lindby mill fire: owner will rebuild", "Eva Strand will rebuild her sawmill in Lindby after Monday"
            + " night's fire destroyed it, she said. None of the 40 workers was hurt."},
        {"r5", "Blaze levels Lindby sawmill", "A blaze levelled the Strand sawmill in Lindby on Monday night. The 40"
            + " workers will be kept on while the mill is rebuilt, Eva Strand said."},
        {"r6", "Sawmill fire in Lindby", "Fire crews fought a fire at the Strand sawmill in Lindby on Monday night. The"
            + " owner, Eva Strand, said the mill would be rebuilt."}});
    CorpusEvent one = event("e2", six);

    assertThat(EventSplitter.standard().split(one, six, stats(six), aligner)).containsExactly(one);
  }

  /**
   * Three reports of a council leader losing his primary in Lindby, then, three days later, three of a rival
   * entering the race for his post: a story and its sequel, told with the same names.
   */
  private static List<AnalyzedArticle> aStoryAndItsSequel(LocalDate first, LocalDate sequel) {
    String[][] rows = {
        {"p1", "Karl Lind loses Lindby primary", "Karl Lind, the leader of the Lindby council, lost his primary on"
            + " Tuesday to Jane Doe, a teacher, by 812 votes to 640. Lind had led the council since 2014."},
        {"p2", "Lindby council leader defeated", "Jane Doe beat Karl Lind, the Lindby council leader, in Tuesday's"
            + " primary, 812 to 640. Doe, a teacher, had never run for office."},
        {"p3", "Teacher ousts Lind in Lindby", "Council leader Karl Lind was defeated in the Lindby primary on Tuesday"
            + " by Jane Doe, a teacher, who won 812 votes to his 640."},
        {"q1", "Eva Strand to run for Lindby council leader", "Eva Strand said on Friday that she will run for leader"
            + " of the Lindby council, the post Karl Lind lost in the primary. Lind lost to Jane Doe, a teacher. Strand"
            + " has sat on the council since 2018."},
        {"q2", "Strand enters race to lead Lindby council", "Councillor Eva Strand will stand for council leader in"
            + " Lindby after Karl Lind's primary defeat by Jane Doe, she said on Friday. She joined the council in 2018."},
        {"q3", "Lindby: Strand bids for Lind's post", "Eva Strand, a Lindby councillor since 2018, announced on Friday"
            + " that she is running for the council leadership that Karl Lind lost to Jane Doe in the primary."}};
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String[] r : rows) {
      LocalDate day = r[0].startsWith("p") ? first : sequel;
      out.add(parallax.analyze(Article.of(r[0], "Outlet " + r[0], day, r[1], r[2])));
    }
    return out;
  }

  @Test
  void aSequelPublishedAfterItsStoryIsCutWithoutAligning() {
    // The halves share the leader's name, the town and the primary, but one was reported wholly before the other.
    List<AnalyzedArticle> six = aStoryAndItsSequel(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13));
    CorpusEvent merged = event("e5", six);

    List<CorpusEvent> parts = EventSplitter.standard().split(merged, six, stats(six), NEVER);

    assertThat(parts).extracting(CorpusEvent::articles)
        .containsExactly(List.of("p1", "p2", "p3"), List.of("q1", "q2", "q3"));
  }

  @Test
  void theSameHalvesOnOneDayAreLeftToTheAligner() {
    // Reported on the same day, the two halves are no clear cut by their words: the aligner is asked.
    List<AnalyzedArticle> six = aStoryAndItsSequel(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10));
    int[] alignments = {0};
    Aligner counting = articles -> {
      alignments[0]++;
      return aligner.align(articles);
    };

    EventSplitter.standard().split(event("e5", six), six, stats(six), counting);

    assertThat(alignments[0]).isPositive();
  }

  /** Three reports of another player of the team put on injured reserve the same day. */
  static final String[][] OTHER_PLAYER = {
      {"n1", "Rovers put Nils Berg on injured reserve", "The Lindby Rovers placed linebacker Nils Berg on injured"
          + " reserve on Wednesday, ending his season. Berg tore a knee ligament in Sunday's loss at Norby, coach Jane"
          + " Doe said. The Rovers will sign a linebacker from the practice squad."},
      {"n2", "Nils Berg's season is over", "Linebacker Nils Berg was placed on injured reserve by the Lindby Rovers"
          + " on Wednesday after tearing a knee ligament. Coach Jane Doe said the Rovers will sign a linebacker from the"
          + " practice squad after Sunday's loss at Norby."},
      {"n3", "Lindby Rovers lose Nils Berg for the season", "Nils Berg, the Rovers' linebacker, went on injured"
          + " reserve on Wednesday with a torn knee ligament from Sunday's loss at Norby. The Lindby Rovers will sign a"
          + " linebacker from the practice squad, coach Jane Doe said."}};

  /** Three later reports of the first player's injury that also open with the back signed in his place. */
  static final String[][] REPLACEMENT_NAMED = {
      {"r1", "Rovers sign Nils Berg as Karl Lind goes on injured reserve", "The Lindby Rovers placed running back Karl"
          + " Lind on injured reserve on Wednesday and signed Nils Berg from the practice squad. Lind sprained his left"
          + " ankle in Sunday's loss at Norby, coach Jane Doe said."},
      {"r2", "Nils Berg steps in for Karl Lind", "Nils Berg was signed from the practice squad by the Lindby Rovers on"
          + " Wednesday after running back Karl Lind went on injured reserve. Lind sprained his left ankle in Sunday's"
          + " loss at Norby, coach Jane Doe said."},
      {"r3", "Karl Lind's season is over; Nils Berg signed", "Karl Lind, the Rovers' running back, is on injured reserve"
          + " and Nils Berg has been signed from the practice squad, the Lindby Rovers said on Wednesday. Lind sprained"
          + " his left ankle in Sunday's loss at Norby."}};

  /** Three reports of one team placing a player on injured reserve, then the three of {@code second}, all of one day. */
  static List<AnalyzedArticle> injuredReserve(String[][] second) {
    List<AnalyzedArticle> out = analyzed(new String[][] {
        {"k1", "Rovers put Karl Lind on injured reserve", "The Lindby Rovers placed running back Karl Lind on injured"
            + " reserve on Wednesday, ending his season. Lind sprained his left ankle in Sunday's loss at Norby, coach"
            + " Jane Doe said. The Rovers will sign a back from the practice squad."},
        {"k2", "Karl Lind's season is over", "Running back Karl Lind was placed on injured reserve by the Lindby Rovers"
            + " on Wednesday after spraining his left ankle. Coach Jane Doe said the Rovers will sign a back from the"
            + " practice squad after Sunday's loss at Norby."},
        {"k3", "Lindby Rovers lose Karl Lind for the season", "Karl Lind, the Rovers' running back, went on injured"
            + " reserve on Wednesday with a sprained left ankle from Sunday's loss at Norby. The Lindby Rovers will sign a"
            + " back from the practice squad, coach Jane Doe said."}});
    out.addAll(analyzed(second));
    return out;
  }

  /** An aligner that finds every article it is given in one event. */
  private static final Aligner ONE_EVENT = articles -> new Alignment(
      articles.stream().map(a -> new ArticleEvent(a.id(), EventMembership.MAIN, "")).toList(), List.of());

  @Test
  void twoPlayersPutOnInjuredReserveEachOpeningTheirOwnReportsAreCutThoughTheAlignerSeesOneEvent() {
    // The same team, coach, day, game and words; each half opens with its own player, whom the other half's
    // openings do not name.
    List<AnalyzedArticle> six = injuredReserve(OTHER_PLAYER);

    List<CorpusEvent> parts = EventSplitter.standard().split(event("e6", six), six, stats(six), ONE_EVENT);

    assertThat(EventSplitter.ownLeadingNames(six.subList(0, 3), six.subList(3, 6))).isTrue();
    assertThat(parts).extracting(CorpusEvent::articles)
        .containsExactly(List.of("k1", "k2", "k3"), List.of("n1", "n2", "n3"));
  }

  @Test
  void oneInjuryWhoseLaterReportsAlsoNameTheReplacementStaysOneEvent() {
    // One event: the later reports also open with the back signed in his place, but every report opens with the
    // injured player, so only one half has a name of its own.
    List<AnalyzedArticle> six = injuredReserve(REPLACEMENT_NAMED);

    assertThat(EventSplitter.ownLeadingNames(six.subList(0, 3), six.subList(3, 6))).isFalse();
    assertThat(EventSplitter.standard().split(event("e7", six), six, stats(six), ONE_EVENT)).hasSize(1);
  }

  /**
   * Three reports of a sawmill fire in Lindby, two later ones of its cause, and a report of the new mill opening a year
   * later that the grouper took in: one event and a stray, all of one day. The cut puts the stray with the two reports
   * of the cause, though it is about as far from them as from the first three.
   */
  private static List<AnalyzedArticle> aFireItsCauseAndALaterStory() {
    return analyzed(new String[][] {
        {"f1", "Fire destroys Strand sawmill in Lindby", "A fire destroyed the Strand sawmill in Lindby on Monday night."
            + " Owner Eva Strand said she would rebuild the mill, which employs 40 people."},
        {"f2", "Lindby sawmill lost to blaze", "The Strand sawmill in Lindby burned down on Monday night. Eva Strand,"
            + " the owner, said the mill's 40 workers would keep their jobs."},
        {"f3", "Strand sawmill burns in Lindby", "Firefighters could not save the Strand sawmill in Lindby on Monday"
            + " night. Eva Strand said she would rebuild and keep all 40 people on."},
        {"c1", "Faulty heater blamed for Lindby sawmill fire", "A faulty heater in the drying shed started the fire that"
            + " destroyed the Strand sawmill in Lindby, fire chief Karl Lind said. Eva Strand said the mill would be"
            + " rebuilt."},
        {"c2", "Heater caused sawmill fire, chief says", "Fire chief Karl Lind said a faulty heater in the drying shed"
            + " set off the blaze at the Strand sawmill in Lindby. The owner, Eva Strand, plans to rebuild."},
        {"o1", "Eva Strand opens new sawmill in Lindby", "A year after a heater fire destroyed her old mill, Eva Strand"
            + " opened a new sawmill in Lindby. The town band played and 60 people came."}});
  }

  /** An aligner that marks {@code other} as about another event and every other article it is given as main. */
  private static Aligner marking(String other) {
    return articles -> new Alignment(articles.stream()
        .map(a -> new ArticleEvent(a.id(), a.id().equals(other) ? EventMembership.OTHER : EventMembership.MAIN, ""))
        .toList(), List.of());
  }

  @Test
  void anOtherMarkOnAStrayAsFarFromItsPartAsFromTheRestDoesNotCutThePartAway() {
    // The aligner rightly finds the opening of the new mill another event, but that says nothing of the two reports
    // of the fire's cause it was cut with: the stray sides with neither part, so its mark does not count.
    List<AnalyzedArticle> six = aFireItsCauseAndALaterStory();
    CorpusEvent one = event("e8", six);

    assertThat(EventSplitter.standard().split(one, six, stats(six), marking("o1"))).containsExactly(one);
  }

  @Test
  void anOtherMarkOnAReportThatSidesWithItsPartStillCuts() {
    // The same cut, the aligner marking a report of the cause instead, which is far more alike its own part.
    List<AnalyzedArticle> six = aFireItsCauseAndALaterStory();

    List<CorpusEvent> parts = EventSplitter.standard().split(event("e8", six), six, stats(six), marking("c1"));

    assertThat(parts).extracting(CorpusEvent::articles)
        .containsExactly(List.of("f1", "f2", "f3"), List.of("c1", "c2", "o1"));
  }

  @Test
  void aReportAsFarFromBothSeedsDoesNotSteerTheCut() {
    // Three reports of a sawmill fire in Lindby (0-2) and three of a bakery fire in Norby (3-5), grouped as one
    // event. Report 4, a short update on the bakery, is as alike to the sawmill's first report as to the bakery's
    // first (0.2 each), and those two share nothing (0.0), the first of the least similar pairs (with 1-3 and 2-4):
    // a cut seeded from them alone leaves report 4 with the sawmill. Seeded from each report in turn, the cut that parts the event most cleanly is the two fires.
    double[][] score = {
        {1.0, 0.3, 0.4, 0.0, 0.2, 0.2},
        {0.3, 1.0, 0.5, 0.0, 0.2, 0.1},
        {0.4, 0.5, 1.0, 0.1, 0.0, 0.1},
        {0.0, 0.0, 0.1, 1.0, 0.2, 0.5},
        {0.2, 0.2, 0.0, 0.2, 1.0, 0.4},
        {0.2, 0.1, 0.1, 0.5, 0.4, 1.0}};

    assertThat(EventSplitter.cleanestCut(score, 3)).containsExactly(0, 0, 0, 1, 1, 1);
  }

  @Test
  void aStoryFollowedOverThreeDaysIsCutBetweenTheDaysItsReportsShareLeast() {
    // A harbour bill in Tarnby: three reports of its vote being put off on day 1, two of the debate on day 2 and two
    // of its passing on day 3. The debate's reports are as alike to the vote's as to the passing's, except that the
    // passing's reports share the least with the rest: the day cut that parts the passing is the cleanest, and the
    // debate's two reports are too few to be a part of their own.
    long[] day = {1, 1, 1, 2, 2, 3, 3};
    double[][] score = {
        {1.0, 0.5, 0.5, 0.3, 0.3, 0.1, 0.1},
        {0.5, 1.0, 0.5, 0.3, 0.3, 0.1, 0.1},
        {0.5, 0.5, 1.0, 0.3, 0.3, 0.1, 0.1},
        {0.3, 0.3, 0.3, 1.0, 0.5, 0.2, 0.2},
        {0.3, 0.3, 0.3, 0.5, 1.0, 0.2, 0.2},
        {0.1, 0.1, 0.1, 0.2, 0.2, 1.0, 0.6},
        {0.1, 0.1, 0.1, 0.2, 0.2, 0.6, 1.0}};

    assertThat(EventSplitter.dayCut(day, score, 2)).containsExactly(0, 0, 0, 0, 0, 1, 1);
    // parts of at least three: days 1 | 2-3 is the only cut left
    assertThat(EventSplitter.dayCut(day, score, 3)).containsExactly(0, 0, 0, 1, 1, 1, 1);
    // an undated report: the days cannot part the story
    long[] undated = {1, 1, 1, 2, ArticleSketch.NO_DAY, 3, 3};
    assertThat(EventSplitter.dayCut(undated, score, 2)).isNull();
    // one day: nothing to cut between
    assertThat(EventSplitter.dayCut(new long[] {4, 4, 4, 4, 4, 4, 4}, score, 2)).isNull();
  }

  @Test
  void twoDaysOfARunningTopicAlmostAsAlikeAsEachDayIsInItselfAreStillCutBetweenTheDays() {
    // Talks on a harbour strike in Tarnby reported on day 1, the deal that ends it on day 2: the names are the same, so
    // the days' reports are alike across (0.34) nearly as much as within (0.4 on each day), a ratio of 0.85.
    long[] day = {1, 1, 1, 2, 2, 2};
    double[][] score = new double[6][6];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        score[i][j] = i == j ? 1.0 : day[i] == day[j] ? 0.4 : 0.34;
      }
    }
    assertThat(EventSplitter.standard().dayRatioCap()).isEqualTo(0.9);
    assertThat(EventSplitter.standard().keptDayCut(day, score)).containsExactly(0, 0, 0, 1, 1, 1);
    // near variants: under the look-alike cut's cap of 0.8 the days stay one event, and so they do when the days are
    // as alike across as within
    assertThat(EventSplitter.standard().withDayRatioCap(0.8).keptDayCut(day, score)).isNull();
    double[][] alike = new double[6][6];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        alike[i][j] = i == j ? 1.0 : 0.4;
      }
    }
    assertThat(EventSplitter.standard().keptDayCut(day, alike)).isNull();
    assertThatThrownBy(() -> EventSplitter.standard().withDayRatioCap(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theClearRatioIsASetting() {
    assertThat(EventSplitter.standard().clearRatio()).isEqualTo(0.5);
    assertThat(EventSplitter.standard().withClearRatio(0).clearRatio()).isZero();
    assertThatThrownBy(() -> EventSplitter.standard().withClearRatio(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** ECB+ dev, analyzed and grouped. */
  private record Dev(Map<String, AnalyzedArticle> byId, Map<String, String> gold, List<CorpusEvent> grouped, TermStats stats) {
    List<AnalyzedArticle> members(CorpusEvent e) {
      return e.articles().stream().map(byId::get).toList();
    }
  }

  private static Dev dev;

  private static synchronized Dev dev() throws IOException {
    if (dev == null) {
      Map<String, String> gold = new HashMap<>();
      Map<String, AnalyzedArticle> byId = new HashMap<>();
      List<AnalyzedArticle> all = new ArrayList<>();
      for (Article a : ecbDev(gold)) {
        AnalyzedArticle x = parallax.analyze(a);
        all.add(x);
        byId.put(x.id(), x);
      }
      MinHashGrouper g = EventGroupers.minHash();
      dev = new Dev(byId, gold, g.group(all), TermStats.of(all.stream().map(g::sketch).toList()));
    }
    return dev;
  }

  private static Map<String, Integer> subtopics(CorpusEvent e, Map<String, String> gold) {
    Map<String, Integer> mix = new HashMap<>();
    e.articles().forEach(a -> mix.merge(gold.get(a), 1, Integer::sum));
    return mix;
  }

  /** The ECB+ dev documents, each id mapped to its sub-topic in {@code gold}. */
  private static List<Article> ecbDev(Map<String, String> gold) throws IOException {
    String root = System.getProperty("parallax.sharedData");
    Path dir = root == null ? null : Path.of(root, "ecbplus");
    Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("MANIFEST.tsv")),
        "ECB+ not found under parallax.sharedData");
    ArticleReader reader = ArticleReader.withManifest(dir.resolve("MANIFEST.tsv"));
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv"))) {
      String[] r = line.split("\t", -1);
      if (r.length > 5 && r[5].equals("dev")) {
        Article a = reader.read(dir.resolve(r[0]));
        out.add(a);
        gold.put(a.id(), r[4]);
      }
    }
    return out;
  }
}
