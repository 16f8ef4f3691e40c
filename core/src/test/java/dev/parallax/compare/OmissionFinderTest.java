package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Omissions and outlet summaries on hand-built alignments of three outlets and one unrelated article. */
class OmissionFinderTest {
  private static final List<AnalyzedArticle> ARTICLES = List.of(article("rt"), article("bi"), article("zh"),
      article("later"));
  private static final List<ArticleEvent> EVENTS = List.of(
      new ArticleEvent("rt", EventMembership.MAIN, "shares 3 passages"),
      new ArticleEvent("bi", EventMembership.MAIN, "shares 3 passages"),
      new ArticleEvent("zh", EventMembership.MAIN, "shares 3 passages"),
      new ArticleEvent("later", EventMembership.OTHER, "published 22 days later"));

  /** Lavrov's warning: everyone. Troop estimate: bi and zh. NATO refusal: rt and zh. Security pact: rt only. */
  private static final Alignment ALIGNMENT = new Alignment(EVENTS, List.of(
      passage("p1", 0.9, "rt", "bi", "zh"),
      passage("p2", 0.7, "bi", "zh"),
      passage("p3", 0.5, "rt", "zh"),
      passage("p4", 0.2, "rt")));

  @Test
  void omittedFactIsListedWithTheOutletsThatCarryIt() {
    List<Omission> omissions = OmissionFinder.find(ARTICLES, ALIGNMENT);
    assertThat(omissions).containsExactly(
        new Omission("rt", "p2", 0.7, List.of("bi", "zh")),
        new Omission("bi", "p3", 0.5, List.of("rt", "zh")),
        new Omission("bi", "p4", 0.2, List.of("rt")),
        new Omission("zh", "p4", 0.2, List.of("rt")));
  }

  @Test
  void omissionsOfOneArticleAreMostSalientFirst() {
    Alignment a = new Alignment(EVENTS, List.of(
        passage("p1", 0.3, "rt", "bi"),
        passage("p2", 0.8, "rt"),
        passage("p3", 0.3, "rt", "zh")));
    assertThat(OmissionFinder.find(ARTICLES, a)).filteredOn(o -> o.article().equals("bi"))
        .extracting(Omission::passage).containsExactly("p2", "p3");
  }

  @Test
  void rewordedFactIsNotAnOmission() {
    // The aligner put bi's differently worded sentence into p1: bi carries it.
    assertThat(OmissionFinder.find(ARTICLES, ALIGNMENT)).noneMatch(o -> o.passage().equals("p1"));
  }

  @Test
  void articleOfAnotherEventGetsNoOmissionsAndNoSummary() {
    assertThat(OmissionFinder.find(ARTICLES, ALIGNMENT)).noneMatch(o -> o.article().equals("later"));
    assertThat(summaries(ALIGNMENT)).extracting(OutletSummary::article).containsExactly("rt", "bi", "zh");
  }

  @Test
  void otherEventMembersDoNotCountAsCoverage() {
    Alignment a = new Alignment(EVENTS, List.of(passage("p1", 0.5, "rt", "later")));
    assertThat(OmissionFinder.find(ARTICLES, a)).extracting(Omission::coveredBy)
        .containsOnly(List.of("rt"));
  }

  @Test
  void coverageIsTheSalienceWeightedShareCarried() {
    List<OutletSummary> s = summaries(ALIGNMENT);
    double total = 0.9 + 0.7 + 0.5 + 0.2;
    assertThat(s.get(0).coverage()).isCloseTo((0.9 + 0.5 + 0.2) / total, within());
    assertThat(s.get(1).coverage()).isCloseTo((0.9 + 0.7) / total, within());
    assertThat(s.get(2).coverage()).isCloseTo((0.9 + 0.7 + 0.5) / total, within());
  }

  @Test
  void omissionScoreIsTheWeightedShareOfOthersPassagesLeftOut() {
    List<OutletSummary> s = summaries(ALIGNMENT);
    // rt: others carry p1, p2, p3; it leaves out p2.
    assertThat(s.get(0).omissionScore()).isCloseTo(0.7 / (0.9 + 0.7 + 0.5), within());
    // zh: others carry all four; it leaves out p4.
    assertThat(s.get(2).omissionScore()).isCloseTo(0.2 / (0.9 + 0.7 + 0.5 + 0.2), within());
  }

  @Test
  void exclusivesAreWhatOnlyThatOutletCarries() {
    List<OutletSummary> s = summaries(ALIGNMENT);
    assertThat(s.get(0).exclusives()).containsExactly("p4");
    assertThat(s.get(1).exclusives()).isEmpty();
    assertThat(s.get(2).exclusives()).isEmpty();
  }

  @Test
  void unrankedPassagesWeighTheSame() {
    Alignment a = new Alignment(EVENTS, List.of(passage("p1", 0, "rt", "bi"), passage("p2", 0, "bi")));
    List<OutletSummary> s = summaries(a);
    assertThat(s.get(0).coverage()).isEqualTo(0.5);
    assertThat(s.get(0).omissionScore()).isEqualTo(0.5);
    assertThat(s.get(2).coverage()).isEqualTo(0.0);
  }

  @Test
  void noPassagesGivesZeroScoresInRange() {
    Alignment a = new Alignment(EVENTS, List.of());
    assertThat(OmissionFinder.find(ARTICLES, a)).isEmpty();
    assertThat(summaries(a)).allSatisfy(o -> {
      assertThat(o.coverage()).isZero();
      assertThat(o.omissionScore()).isZero();
      assertThat(o.exclusives()).isEmpty();
    });
  }

  @Test
  void singleMainArticleHasNoOmissionsAndNoExclusives() {
    List<ArticleEvent> events = new ArrayList<>(EVENTS);
    events.set(1, new ArticleEvent("bi", EventMembership.OTHER, "x"));
    events.set(2, new ArticleEvent("zh", EventMembership.OTHER, "x"));
    Alignment a = new Alignment(events, List.of(passage("p1", 0.5, "rt")));
    assertThat(OmissionFinder.find(ARTICLES, a)).isEmpty();
    assertThat(summaries(a)).singleElement().satisfies(o -> {
      assertThat(o.coverage()).isEqualTo(1.0);
      assertThat(o.exclusives()).isEmpty();
    });
  }

  private static List<OutletSummary> summaries(Alignment a) {
    return OutletSummaries.summarize(ARTICLES, a, art -> Framing.summarize(List.of(), Framing.words(art)));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static AnalyzedArticle article(String id) {
    return new AnalyzedArticle(Article.of(id, id, null, "", ""), List.of(), List.of(), List.of());
  }

  private static Passage passage(String id, double salience, String... articles) {
    List<PassageMember> members = Arrays.stream(articles).map(a -> new PassageMember(a, List.of(0))).toList();
    return new Passage(id, salience, members, 1.0);
  }

  @Test
  void aHeadlineTollIsNotOmittedByAnOutletThatGivesTheTollWithAnotherFigure() {
    AnalyzedArticle early = Fixtures.article("early", "2016-08-24",
        "Flood toll soars to at least 73 dead in Ostra\n\nRescuers searched the valley on Monday.");
    AnalyzedArticle late = Fixtures.article("late", "2016-08-25",
        "Ostra flood: rescuers search the valley\n\nThe death toll from the floods in Ostra has risen to 247, officials"
            + " said.\n\nRescuers searched the valley on Monday.");
    AnalyzedArticle none = Fixtures.article("none", "2016-08-25",
        "Ostra flood: rescuers search the valley\n\nRescuers searched the valley on Monday.");
    assertThat(early.sentences().get(0).role()).isEqualTo(dev.parallax.analyze.SentenceRole.HEADLINE);
    List<Omission> omissions = Fixtures.compare(List.of(early, late, none),
        Fixtures.passage("p1", early, "Flood toll"),
        Fixtures.passage("p2", late, "The death toll"),
        Fixtures.passage("p3", early, "Rescuers searched", late, "Rescuers searched", none, "Rescuers searched"))
        .omissions();
    // "late" reports the toll (247, a discrepancy with 73, not an omission); "none" gives no toll at all.
    assertThat(omissions).filteredOn(o -> o.passage().equals("p1")).extracting(Omission::article)
        .containsExactly("none");
  }

  @Test
  void aHeadlineAloneIsNotOmittedByAnOutletThatCarriesTheLeadItSumsUp() {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04",
        "Lifer slips away from prison van near Lindby\n\nA convicted killer serving a life sentence escaped from a "
            + "prison van on Monday after pulling a gun on two guards.\n\nThe van was taking him to a hospital.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04",
        "Manhunt under way in Lindby\n\nAn inmate serving a life term fled a transport vehicle on Monday after "
            + "pulling a gun on guards.\n\nSchools near the road were locked down.");
    AnalyzedArticle gazette = Fixtures.article("gazette", "2026-03-04",
        "Manhunt under way in Lindby\n\nSchools near the road were locked down on Monday.");
    Comparison c = Fixtures.compare(List.of(wire, post, gazette),
        Fixtures.passage("p1", wire, "Lifer slips"),
        Fixtures.passage("p2", wire, "A convicted killer", post, "An inmate serving"),
        Fixtures.passage("p3", post, "Manhunt", gazette, "Manhunt"));
    // "post" reports the escape the wire's headline sums up; "gazette" reports neither the headline nor its lead
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p1")).extracting(Omission::article)
        .containsExactly("gazette");
  }

  @Test
  void aHeadlineAloneIsNotOmittedByAnOutletThatReportsTheLeadInASentenceTheAlignerLeftApart() {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04",
        "Lifer slips away from prison van near Lindby\n\nA convicted killer serving a life sentence escaped from a "
            + "prison van on Monday after pulling a gun on two guards.\n\nThe van was taking him to a hospital.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04",
        "Manhunt under way in Lindby\n\nAn inmate serving a life sentence fled on Monday after pulling a gun on two "
            + "guards, police said.\n\nSchools near the road were locked down.");
    AnalyzedArticle gazette = Fixtures.article("gazette", "2026-03-04",
        "Manhunt under way in Lindby\n\nSchools near the road were locked down on Monday.");
    // as if the aligner had left the post's report of the escape apart from the wire's lead
    Comparison c = Fixtures.compare(List.of(wire, post, gazette),
        Fixtures.passage("p1", wire, "Lifer slips"),
        Fixtures.passage("p2", wire, "A convicted killer"),
        Fixtures.passage("p3", post, "Manhunt", gazette, "Manhunt"),
        Fixtures.passage("p4", post, "An inmate serving"));
    // the post reports the escape, so it leaves out neither the wire's lead nor the headline that sums it up
    assertThat(c.omissions()).filteredOn(o -> o.article().equals("post")).extracting(Omission::passage)
        .doesNotContain("p1", "p2");
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p1")).extracting(Omission::article)
        .containsExactly("gazette");
  }

  @Test
  void aHeadlineThatOnlyAsksOrTeasesIsNoFactAnyoneLeavesOut() {
    assertThat(teaserOmissions("Here's What It Means for Riders")).isEmpty();
    assertThat(teaserOmissions("Will the Ferry Run on Time?")).isEmpty();
    // a question about someone or something names it (the body writes "Lindby" with a capital), and a fact
    // before a question is a fact
    assertThat(teaserOmissions("Is Lindby About to Go Bankrupt?")).containsExactly("post");
    assertThat(teaserOmissions("The Vote Ends a Long Fight, but Will It Last?")).containsExactly("post");
  }

  @Test
  void aTitleCaseHeadlinesShortTeaserTailIsNoFactAnyoneLeavesOut() {
    // "Know" and "Enough", capitalised like every word of the headline, are nobody's name
    assertThat(teaserOmissions("Here\u2019s What We Know.")).isEmpty();
    assertThat(teaserOmissions("Will It Be Enough?")).isEmpty();
    // a short tail that names someone the body names is about that person, and stays
    assertThat(teaserOmissions("Will Lind Say Yes?")).containsExactly("post");
  }

  /** Who leaves out the wire's second headline sentence {@code teaser}, kept in a passage of its own. */
  private static List<String> teaserOmissions(String teaser) {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04", "Council Backs Ferry Budget. " + teaser
        + "\n\nThe council approved 48 million crowns for the ferry on Monday.\n\nKarl Lind of Lindby voted against it.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Ferry budget approved\n\nThe council approved 48"
        + " million crowns for the ferry on Monday.\n\nEva Strand called it a start.");
    assertThat(wire.sentences().get(1).role()).isEqualTo(SentenceRole.HEADLINE);
    Comparison c = Fixtures.compare(List.of(wire, post),
        Fixtures.passage("p1", wire, "Council Backs", post, "Ferry budget"),
        Fixtures.passage("p2", wire, wire.sentences().get(1).text()),
        Fixtures.passage("p3", wire, "The council approved", post, "The council approved"));
    return c.omissions().stream().filter(o -> o.passage().equals("p2")).map(Omission::article).toList();
  }

  @Test
  void aLastSentenceCutOffBeforeItSaysAnythingIsNoOmission() {
    // an excerpt that stops mid-sentence, before the fact the sentence was going to give
    assertThat(cutOffOmissions("Prosecutors in Lindby said that Mr.")).isEmpty();
    assertThat(cutOffOmissions("Speaking to reporters outside the ferry terminal on Monday, Mr.")).isEmpty();
    assertThat(cutOffOmissions("In a statement after the vote, Dr.")).isEmpty();
    // a cut sentence that has already said something, or a whole last sentence, is a fact an outlet may leave out
    assertThat(cutOffOmissions("The fare freeze passed 9-2 with Sen.")).containsExactly("post");
    assertThat(cutOffOmissions("The mayor named one other board member, Dr.")).containsExactly("post");
    assertThat(cutOffOmissions("Prosecutors in Lindby said that Mr. Lind had lied.")).containsExactly("post");
  }

  @Test
  void aLastSentenceCutOffAfterTitlesAndNamesIsNoOmission() {
    // more capitals than not: two titles, or a body's name, make the fragment no title-case headline, whose
    // capitalised words would all count as words of a fact
    assertThat(cutOffOmissions("A union spokesman, Lt. Col.")).isEmpty();
    assertThat(cutOffOmissions("The head of the Lindby Harbour Board, Gen.")).isEmpty();
    // the near variant: a fragment dense with names that has said something stays a fact an outlet may leave out
    assertThat(cutOffOmissions("The ferry union backed Lt. Col.")).containsExactly("post");
    assertThat(cutOffOmissions("It was written by Rep. Jane Doe and Rep.")).containsExactly("post");
    assertThat(cutOffOmissions("The Lindby Harbour Board fined the ferry owners.")).containsExactly("post");
  }

  /** Who leaves out the wire's last sentence {@code last}, kept in a passage of its own. */
  private static List<String> cutOffOmissions(String last) {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04", "Ferry budget approved\n\nThe council approved 48"
        + " million crowns for the ferry on Monday.\n\n" + last);
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Ferry budget approved\n\nThe council approved 48"
        + " million crowns for the ferry on Monday.\n\nEva Strand called it a start.");
    assertThat(wire.sentences().get(wire.sentences().size() - 1).text()).isEqualTo(last);
    Comparison c = Fixtures.compare(List.of(wire, post),
        Fixtures.passage("p1", wire, "Ferry budget", post, "Ferry budget"),
        Fixtures.passage("p2", wire, "The council approved", post, "The council approved"),
        Fixtures.passage("p3", wire, last));
    return c.omissions().stream().filter(o -> o.passage().equals("p3")).map(Omission::article).toList();
  }

  @Test
  void anAsideThatStatesNoFactIsNoOmission() {
    assertThat(asideOmissions("Perhaps.")).isEmpty();
    assertThat(asideOmissions("I\u2019m not sure of that.")).isEmpty();
    // a fact, a figure, a name or a quotation is something an outlet may leave out
    assertThat(asideOmissions("The ferry will be late.")).containsExactly("post");
    assertThat(asideOmissions("About 90.")).containsExactly("post");
    assertThat(asideOmissions("Perhaps, Karl Lind said.")).containsExactly("post");
    assertThat(asideOmissions("\u201CPerhaps.\u201D")).containsExactly("post");
  }

  @Test
  void aCommentOnTheSentenceBeforeIsNoOmission() {
    assertThat(asideOmissions("It\u2019s a sorry spectacle.")).isEmpty();
    assertThat(asideOmissions("They\u2019re a source of worry.")).isEmpty();
    // a comment of more words, one with a name or a figure, and a sentence of a fact stay
    assertThat(asideOmissions("It\u2019s a sorry spectacle for the harbour staff.")).containsExactly("post");
    assertThat(asideOmissions("It\u2019s a sorry spectacle, Karl Lind said.")).containsExactly("post");
    assertThat(asideOmissions("It is 12 crowns short.")).containsExactly("post");
    assertThat(asideOmissions("The crews staged a walkout.")).containsExactly("post");
  }

  @Test
  void aQuestionOrAnAnnouncementThatStatesNoFactIsNoOmission() {
    assertThat(asideOmissions("What does that mean for the ferry?")).isEmpty();
    assertThat(asideOmissions("How much longer?")).isEmpty();
    assertThat(asideOmissions("Here are the council\u2019s plans, in alphabetical order:")).isEmpty();
    // a question about someone named, one that takes a fact for granted, a quoted one and a statement stay
    assertThat(asideOmissions("Will Karl Lind resign?")).containsExactly("post");
    assertThat(asideOmissions("Why did the council close the old school?")).containsExactly("post");
    assertThat(asideOmissions("\u201CHow much longer?\u201D")).containsExactly("post");
    assertThat(asideOmissions("Here the council closed the old school.")).containsExactly("post");
  }

  /** Who leaves out the column's third sentence {@code aside}, kept in a passage of its own. */
  private static List<String> asideOmissions(String aside) {
    AnalyzedArticle column = Fixtures.article("column", "2026-03-04", "Ferry budget approved\n\nThe council approved"
        + " 48 million crowns for the ferry on Monday.\n\nWill the money be enough? " + aside);
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Ferry budget approved\n\nThe council approved 48"
        + " million crowns for the ferry on Monday.\n\nEva Strand called it a start.");
    Comparison c = Fixtures.compare(List.of(column, post),
        Fixtures.passage("p1", column, "Ferry budget", post, "Ferry budget"),
        Fixtures.passage("p2", column, "The council approved", post, "The council approved"),
        Fixtures.passage("p3", column, aside));
    return c.omissions().stream().filter(o -> o.passage().equals("p3")).map(Omission::article).toList();
  }

  @Test
  void aHeadlineWordedOtherwiseThanItsLeadIsNotOmittedByAnOutletThatCarriesTheLead() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Blaze guts Lindby sawmill\n\nA fire destroyed the old sawmill in Lindby on Tuesday night.\n\n"
            + "No one was hurt, fire chief Karl Lind said.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "Lindby blaze: 3 taken to hospital\n\nFire tore through the old Lindby sawmill late on Tuesday.\n\n"
            + "Nobody was injured, said fire chief Karl Lind.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04",
        "Town mourns its landmark\n\nThe old sawmill in Lindby burned down on Tuesday night.\n\n"
            + "No one was hurt, according to fire chief Karl Lind.");
    Comparison c = Fixtures.compare(List.of(courier, herald, post),
        Fixtures.passage("p1", courier, "Blaze guts"),
        Fixtures.passage("p2", herald, "Lindby blaze"),
        Fixtures.passage("p3", courier, "A fire destroyed", herald, "Fire tore", post, "The old sawmill"),
        Fixtures.passage("p4", courier, "No one", herald, "Nobody", post, "No one"));
    // the courier's headline names the fire, the sawmill and Lindby its lead reports, which every outlet carries;
    // the herald's shares Lindby with its lead but gives a figure the lead does not: three taken to hospital
    assertThat(c.omissions()).extracting(o -> o.article() + " " + o.passage())
        .containsExactlyInAnyOrder("courier p2", "post p2");
  }

  @Test
  void aHeadlineThatAnotherOutletSpreadsOverItsHeadlineAndLeadIsNotOmittedByIt() {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04", "Lindby council accepts ferry fare freeze\n\n"
        + "Eva Strand, who leads the council, will sign the agreement on Friday.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Owners give way on ticket prices\n\n"
        + "The Lindby council on Monday accepted an offer from the ferry's owner, Jane Doe, ending weeks of talks that"
        + " had threatened a strike by the crews and a walkout by harbour staff.\n\n"
        + "Fares will stay as they are until December, Karl Lind, a councillor, said.");
    AnalyzedArticle gazette = Fixtures.article("gazette", "2026-03-04", "Jane Doe named Lindby ferry manager\n\n"
        + "Jane Doe will run the ferry line from May, the council said on Monday.\n\nShe was a banker.");
    Comparison c = Fixtures.compare(List.of(wire, post, gazette),
        Fixtures.passage("p1", wire, "Lindby council accepts"),
        Fixtures.passage("p2", wire, "Eva Strand"),
        Fixtures.passage("p3", post, "Owners give way"),
        Fixtures.passage("p4", post, "The Lindby council"),
        Fixtures.passage("p5", post, "Fares will stay"),
        Fixtures.passage("p6", gazette, "Jane Doe named"),
        Fixtures.passage("p7", gazette, "Jane Doe will run"),
        Fixtures.passage("p8", gazette, "She was"));
    // the post's headline and lead together say that the council accepted the ferry offer, though neither sentence
    // alone reaches the bar; the gazette names Lindby, the council and the ferry too, but reports a new manager
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p1")).extracting(Omission::article)
        .containsExactly("gazette");
  }

  @Test
  void theMainFactIsNotOmittedByAnOpeningThatSaysItWhenAnotherOutletAddsATallyToIt() {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04", "Lindby council accepts ferry fare freeze\n\n"
        + "Eva Strand, who leads the council, will sign the agreement on Friday.");
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04", "Strand wins the vote\n\n"
        + "Councillors backed her 9-2 after a night session.\n\nA captain welcomed the news.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Owners give way on ticket prices\n\n"
        + "The Lindby council on Monday accepted an offer from the ferry's owner, Jane Doe, ending weeks of talks that"
        + " had threatened a strike by the crews and a walkout by harbour staff.\n\n"
        + "Fares will stay as they are until December, Karl Lind, a councillor, said.");
    Passage freeze = new Passage("p1", 1.0, List.of(
        new PassageMember("wire", List.of(Fixtures.sentence(wire, "Lindby council accepts"))),
        new PassageMember("courier", List.of(Fixtures.sentence(courier, "Strand wins"),
            Fixtures.sentence(courier, "Councillors backed")))), 1.0);
    Comparison c = Fixtures.compare(List.of(wire, courier, post), freeze,
        Fixtures.passage("p2", wire, "Eva Strand"),
        Fixtures.passage("p3", courier, "A captain"),
        Fixtures.passage("p4", post, "Owners give way"),
        Fixtures.passage("p5", post, "The Lindby council"),
        Fixtures.passage("p6", post, "Fares will stay"));
    // the post's headline and lead say that the council accepted the freeze; the courier's tally is a detail of that
    // fact, not a sign that the passage is another fact; so the post leaves out two of the three passages others carry
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p1")).isEmpty();
    assertThat(c.outlets()).filteredOn(o -> o.article().equals("post")).extracting(OutletSummary::omissionScore)
        .containsExactly(2.0 / 3);
  }

  @Test
  void aHeadlineGivingAFigureTheOtherOpeningLacksIsStillOmitted() {
    AnalyzedArticle wire = Fixtures.article("wire", "2026-03-04", "Lindby council accepts ferry fare freeze for 12 "
        + "months\n\nEva Strand, who leads the council, will sign the agreement on Friday.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04", "Owners give way on ticket prices\n\n"
        + "The Lindby council on Monday accepted an offer from the ferry's owner, Jane Doe, ending weeks of talks that"
        + " had threatened a strike by the crews and a walkout by harbour staff.\n\n"
        + "Fares will stay as they are until December, Karl Lind, a councillor, said.");
    Comparison c = Fixtures.compare(List.of(wire, post),
        Fixtures.passage("p1", wire, "Lindby council accepts"),
        Fixtures.passage("p2", wire, "Eva Strand"),
        Fixtures.passage("p3", post, "Owners give way"),
        Fixtures.passage("p4", post, "The Lindby council"),
        Fixtures.passage("p5", post, "Fares will stay"));
    // the post's opening says nothing of twelve months: the freeze may be another one
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p1")).extracting(Omission::article)
        .containsExactly("post");
  }

  @Test
  void aFactReportedInOtherWordsThatTheAlignerLeftApartIsNotAnOmission() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Fifteen workers were hurt when a fire tore through the Corvell packaging plant in Alder Bay on Tuesday."
            + "\n\nThe plant employs about 300 people.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "A fire at the Corvell packaging plant in Alder Bay injured 12 workers on Tuesday night."
            + "\n\nThe plant employs about 300 people.");
    // as if the aligner had kept the two leads apart: each lead is a passage of one outlet
    Comparison c = Fixtures.compare(List.of(courier, herald),
        Fixtures.passage("p1", courier, "Fifteen workers"),
        Fixtures.passage("p2", herald, "injured 12 workers"),
        Fixtures.passage("p3", courier, "employs", herald, "employs"));
    assertThat(c.omissions()).isEmpty();
    assertThat(c.outlets()).allSatisfy(o -> assertThat(o.omissionScore()).isZero());
  }

  @Test
  void aFactManyOutletsCarryIsNotOmittedByAnOutletWhoseWordsTheAlignerJoinedWithAnotherReportOfIt() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Gang boss Karl Lind hanged himself in his prison cell in Lindby hours after his arrest.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "The Lindby gang boss Karl Lind hanged himself in a prison cell hours after his arrest on Monday.");
    AnalyzedArticle post = Fixtures.article("post", "2026-03-04",
        "Karl Lind, the boss of a Lindby gang, hanged himself in prison hours after his arrest.");
    AnalyzedArticle times = Fixtures.article("times", "2026-03-04",
        "Karl Lind took his own life behind bars on Monday, a day after the raid.");
    AnalyzedArticle star = Fixtures.article("star", "2026-03-04",
        "Karl Lind took his own life behind bars: the gang boss hanged himself in his cell hours after his arrest.");
    // as if the aligner had kept the two wordings apart: three outlets in p1, the times and the star in p2
    Comparison c = Fixtures.compare(List.of(courier, herald, post, times, star),
        Fixtures.passage("p1", courier, "hanged", herald, "hanged", post, "hanged"),
        Fixtures.passage("p2", times, "own life", star, "own life"));
    // no sentence of the times shares a word of p1's, but the star's sentence the aligner joined with its one says
    // p1's fact; the star itself does not leave p1 out either, nor does anyone leave out p2
    assertThat(c.omissions()).isEmpty();

    // one outlet's wording besides the star's is no evidence that a fact was split: the times leaves p1 out
    Comparison d = Fixtures.compare(List.of(courier, times, star),
        Fixtures.passage("p1", courier, "hanged"),
        Fixtures.passage("p2", times, "own life", star, "own life"));
    assertThat(d.omissions()).extracting(o -> o.article() + " " + o.passage()).contains("times p1");
  }

  @Test
  void aRemarkIsNotOmittedByAnOutletThatQuotesTheSameWords() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Mayor Karl Lind said on Monday that the town was \"going in the wrong direction\" as the cost of the new "
            + "harbor wall rose for a third month and two builders walked away from the work. \"If you look at the "
            + "bills that came in this spring, and at the empty berths, you can see where this ends.\""
            + "\n\nThe council will vote on the plan next month.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "Lind, who took office in May after a close race, warned shopkeepers at the market hall on Friday that the "
            + "ferry timetable and the parking fees were \"not good for anybody\" and "
            + "declared that Lindby was \"going in the wrong direction.\""
            + "\n\nThe council will vote on the plan next month.");
    // the herald prints the words the courier's sentence quotes, and more: it reports the mayor's remark
    Passage remark = new Passage("p1", 1.0, List.of(new PassageMember("courier",
        List.of(Fixtures.sentence(courier, "wrong direction"), Fixtures.sentence(courier, "empty berths")))), 1.0);
    Comparison c = Fixtures.compare(List.of(courier, herald), remark,
        Fixtures.passage("p2", courier, "council will vote", herald, "council will vote"));
    assertThat(c.omissions()).isEmpty();

    // other words of the mayor, or the same two words quoted, are no report of that remark
    for (String quote : List.of("We are not going that way at all", "That is the wrong direction")) {
      AnalyzedArticle other = Fixtures.article("herald", "2026-03-04",
          "Lind, who took office in May after a close race, warned shopkeepers at the market hall on Friday that the "
            + "ferry timetable and the parking fees were \"not good for anybody\" and "
              + "declared: \"" + quote + ".\"\n\nThe council will vote on the plan next month.");
      Comparison d = Fixtures.compare(List.of(courier, other), remark,
          Fixtures.passage("p2", courier, "council will vote", other, "council will vote"));
      assertThat(d.omissions()).extracting(o -> o.article() + " " + o.passage()).containsExactly("herald p1");
    }
  }

  @Test
  void anOmissionShowsTheOmittingArticlesClosestSentenceWithItsOffsetsAndScore() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Fifteen workers were hurt when a fire tore through the Corvell packaging plant in Alder Bay on Tuesday."
            + "\n\nThree of the injured were taken to St. Agnes Hospital with serious burns.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "A fire at the Corvell packaging plant in Alder Bay injured 12 workers on Tuesday night."
            + "\n\nFirefighters needed four hours to bring the flames under control.");
    Comparison c = Fixtures.compare(List.of(courier, herald),
        Fixtures.passage("p1", courier, "Fifteen workers", herald, "injured 12 workers"),
        Fixtures.passage("p2", courier, "St. Agnes Hospital"),
        Fixtures.passage("p3", herald, "four hours"));
    assertThat(c.omissions()).extracting(Omission::article, Omission::passage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("courier", "p3"),
            org.assertj.core.groups.Tuple.tuple("herald", "p2"));
    for (Omission o : c.omissions()) {
      Omission.Closest closest = o.closest().orElseThrow();
      AnalyzedArticle omitting = c.article(o.article()).orElseThrow();
      assertThat(omitting.article().text().substring(closest.start(), closest.end())).isEqualTo(closest.text());
      assertThat(omitting.sentences().get(closest.sentence()).text()).isEqualTo(closest.text());
      assertThat(closest.score()).isBetween(0.0, 1.0).isLessThan(OmissionFinder.bar(dev.parallax.align.Similarities.lexical()));
    }
  }

  @Test
  void theClosestSentenceShownMayNameThePassagesPeopleInOtherWords() {
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04",
        "Officials charged twelve agents on Friday.\n\n"
            + "Deputy Attorney General Rod Strand announced the charges during a Friday press conference.");
    AnalyzedArticle herald = Fixtures.article("herald", "2026-03-04",
        "Officials charged twelve agents on Friday.\n\n"
            + "The president later spoke to a crowd of supporters at a rally in Florida and said that the press was unfair "
            + "to him, and that the conference had gone badly for the party in every way.\n\n"
            + "Aides were furious that the charges were revealed by Deputy Attorney General Rod Strand on Friday.");
    Comparison c = Fixtures.compare(List.of(courier, herald),
        Fixtures.passage("p1", courier, "twelve agents", herald, "twelve agents"),
        Fixtures.passage("p2", courier, "Rod Strand announced"),
        Fixtures.passage("p3", herald, "rally in Florida"),
        Fixtures.passage("p4", herald, "were furious"));
    assertThat(c.omissions()).filteredOn(o -> o.passage().equals("p2")).singleElement()
        .satisfies(o -> assertThat(o.closest().orElseThrow().text()).startsWith("Aides were furious"));
  }

  @Test
  void aNumberOfOneDigitIsAnInformativeWordAndALetterIsNot() {
    AnalyzedArticle a = Fixtures.article("a", "2026-03-04", "Karl Lind set a deadline of May 1 for plan B.");
    assertThat(OmissionFinder.informativeWords(a.sentences().get(0))).contains("1", "deadlin", "set")
        .doesNotContain("a", "b", "may", "lind");
  }

  @Test
  void aFragmentOfOneWordIsReportedByTheSameFragment() {
    // a quote cut at its question mark leaves a fragment of one informative word in both outlets
    AnalyzedArticle first = Fixtures.article("first", "2026-03-04",
        "The ministry rejected every plan.\n\n\u201CWhy would we feed that? Concerned ...\u201D");
    AnalyzedArticle second = Fixtures.article("second", "2026-03-04",
        "The ministry rejected the plans.\n\n\"Why would we feed that? Concerned ...\"");
    Comparison c = Fixtures.compare(List.of(first, second),
        Fixtures.passage("p1", first, "rejected", second, "rejected"),
        Fixtures.passage("p2", first, "Why would", second, "Why would"),
        Fixtures.passage("p3", first, "Concerned"),
        Fixtures.passage("p4", second, "Concerned"));
    assertThat(c.omissions()).isEmpty();
    // a long sentence with the word is not the one-word quote
    AnalyzedArticle third = Fixtures.article("third", "2026-03-04",
        "The ministry rejected the plans.\n\nThe minister said the delay was not unacceptable to him at all.");
    AnalyzedArticle fourth = Fixtures.article("fourth", "2026-03-04",
        "The ministry rejected the plans.\n\n\u201CIt is unacceptable.\u201D");
    Comparison d = Fixtures.compare(List.of(third, fourth),
        Fixtures.passage("p1", third, "rejected", fourth, "rejected"),
        Fixtures.passage("p2", third, "The minister"),
        Fixtures.passage("p3", fourth, "It is"));
    assertThat(d.omissions()).extracting(Omission::article, Omission::passage)
        .contains(org.assertj.core.groups.Tuple.tuple("third", "p3"));
  }

  @Test
  void aSentenceOfOneFigureIsReportedByAnySentenceGivingTheFigure() {
    // "He was 88." has one informative word, the age; an outlet that writes "dead at 88" has not left it out
    AnalyzedArticle first = Fixtures.article("first", "2026-03-04",
        "Karl Lind, longtime mayor of Lindby, dies at 88\n\nThe former mayor died on Tuesday.\n\nHe was 88.");
    AnalyzedArticle second = Fixtures.article("second", "2026-03-04",
        "Former mayor Karl Lind dead\n\nThe former mayor of Lindby, who ran the ferry board, has died at 88, an aide"
            + " said.");
    Comparison c = Fixtures.compare(List.of(first, second),
        Fixtures.passage("p1", first, "Karl Lind, longtime", second, "Former mayor Karl"),
        Fixtures.passage("p2", first, "The former mayor died", second, "The former mayor of"),
        Fixtures.passage("p3", first, "He was 88"));
    assertThat(c.omissions()).noneMatch(o -> o.passage().equals("p3"));
    // another figure is not the age
    AnalyzedArticle third = Fixtures.article("third", "2026-03-04",
        "Former mayor Karl Lind dead\n\nThe former mayor of Lindby, who ran the ferry board for 31 years, has died,"
            + " an aide said.");
    Comparison d = Fixtures.compare(List.of(first, third),
        Fixtures.passage("p1", first, "Karl Lind, longtime", third, "Former mayor Karl"),
        Fixtures.passage("p2", first, "The former mayor died", third, "The former mayor of"),
        Fixtures.passage("p3", first, "He was 88"));
    assertThat(d.omissions()).extracting(Omission::article, Omission::passage)
        .contains(org.assertj.core.groups.Tuple.tuple("third", "p3"));
  }

  @Test
  void aShortFactInsideALongSentenceIsReportedByTheSameFigureAndTwoOfItsWords() {
    // the herald gives the courier's fact, figure and all, inside a long sentence that scores under the bar
    AnalyzedArticle courier = lindbyBudget("courier", "The council approved a budget of 48 million crowns for the"
        + " schools.");
    AnalyzedArticle herald = lindbyBudget("herald", LONG_SESSION + "the council of Lindby passed a spending plan of 48"
        + " million crowns, most of it for schools, that the opposition called reckless while Karl Lind, the mayor,"
        + " called it the best in a decade.");
    assertThat(budgetOmissions(courier, herald)).isEmpty();
    // another figure is another fact
    AnalyzedArticle post = lindbyBudget("post", LONG_SESSION + "the council of Lindby passed a spending plan of 52"
        + " million crowns, most of it for schools, that the opposition called reckless while Karl Lind, the mayor,"
        + " called it the best in a decade.");
    assertThat(budgetOmissions(courier, post)).contains("post p2");
    // the same figure with one word besides its own words is the story's label, not its fact
    AnalyzedArticle star = lindbyBudget("star", LONG_SESSION + "the mayor of Lindby defended the 48 million crowns"
        + " that the council set aside, which the opposition called reckless while Karl Lind, the mayor, called it the"
        + " best in a decade.");
    assertThat(budgetOmissions(courier, star)).contains("star p2");
  }

  @Test
  void aCountInsideALongSentenceIsReportedByTheSameCountOfTheSameThingAndOneWord() {
    // "more than two hundred homes" and "about 200 houses": one count of one thing, in words and in figures, with
    // "harbour" besides
    AnalyzedArticle courier = lindbyBudget("courier", "The storm flattened more than two hundred homes in the harbour"
        + " district.");
    AnalyzedArticle herald = lindbyBudget("herald", LONG_SESSION + "members learned that about 200 houses had been"
        + " lost, and the mayor promised help to every family that has nowhere to sleep tonight.");
    assertThat(budgetOmissions(courier, herald)).isEmpty();
    // another count, or the same figure counting other things, is another fact
    AnalyzedArticle post = lindbyBudget("post", LONG_SESSION + "members learned that about 150 houses had been"
        + " lost, and the mayor promised help to every family that has nowhere to sleep tonight.");
    assertThat(budgetOmissions(courier, post)).contains("post p2");
    AnalyzedArticle star = lindbyBudget("star", LONG_SESSION + "members learned that about 200 people had been"
        + " left without help, and the mayor promised a bed to every family that has nowhere to sleep tonight.");
    assertThat(budgetOmissions(courier, star)).contains("star p2");
  }

  @Test
  void aPreciseFigureIsReportedByTheSameFigureTheSameActorAndOneWord() {
    // the herald gives the courier's count, with the office that released it, in other words under the bar
    AnalyzedArticle courier = lindbyBudget("courier", "Applications for jobless benefits fell to 29,300 last week, the"
        + " Lindby Labor Office said.");
    AnalyzedArticle herald = lindbyBudget("herald", LONG_SESSION + "unemployment claims dropped by 3,600 to 29,300 in"
        + " the week to Friday, according to the Labor Office, which the opposition called slow to act.");
    assertThat(budgetOmissions(courier, herald)).isEmpty();
    // without the office, the figure and one word are no report of the fact
    AnalyzedArticle post = lindbyBudget("post", LONG_SESSION + "unemployment claims dropped by 3,600 to 29,300 in"
        + " the week to Friday, by the mayor's count, which the opposition called slow to act.");
    assertThat(budgetOmissions(courier, post)).contains("post p2");
    // nor is a small count with the office and one word: "12" counts too many things
    AnalyzedArticle smallCourier = lindbyBudget("courier", "The Lindby Labor Office closed 12 job centres last week.");
    AnalyzedArticle star = lindbyBudget("star", LONG_SESSION + "12 staff lost their posts in the week to Friday,"
        + " according to the Labor Office, which the opposition called slow to act.");
    assertThat(budgetOmissions(smallCourier, star)).contains("star p2");
  }

  @Test
  void aPreciseFigureHasTwoSignificantDigitsAndIsNoSmallCount() {
    assertThat(OmissionFinder.isPrecise("29300")).isTrue();
    assertThat(OmissionFinder.isPrecise("3500000000000")).isTrue();
    assertThat(OmissionFinder.isPrecise("5.9")).isTrue();
    assertThat(OmissionFinder.isPrecise("12")).isFalse();
    assertThat(OmissionFinder.isPrecise("1000")).isFalse();
    assertThat(OmissionFinder.isPrecise("7-2")).isFalse();
    assertThat(OmissionFinder.isPrecise("")).isFalse();
  }

  @Test
  void aVoteInsideALongSentenceIsReportedByTheSameTallyAndOneWord() {
    // the herald gives the courier's vote, tally and all, inside a long sentence that scores under the bar
    AnalyzedArticle courier = lindbyBudget("courier", "The council voted 7-2 to close the ferry pier.");
    AnalyzedArticle herald = lindbyBudget("herald", LONG_SESSION + "the 7-2 vote came just before midnight, with Karl"
        + " Lind and Eva Strand against, and the opposition walked out of the hall in protest at once.");
    assertThat(budgetOmissions(courier, herald)).isEmpty();
    // another tally is another vote, and a range written the smaller first is no tally
    AnalyzedArticle post = lindbyBudget("post", LONG_SESSION + "the 6-3 vote came just before midnight, with Karl"
        + " Lind and Eva Strand against, and the opposition walked out of the hall in protest at once.");
    assertThat(budgetOmissions(courier, post)).contains("post p2");
    AnalyzedArticle courierRange = lindbyBudget("courier", "The council opened the ferry pier to children aged 2-7.");
    AnalyzedArticle star = lindbyBudget("star", LONG_SESSION + "the pier for children aged 2-7 came just before"
        + " midnight, with Karl Lind and Eva Strand against, and the opposition walked out of the hall at once.");
    assertThat(budgetOmissions(courierRange, star)).contains("star p2");
  }

  @Test
  void aTallyIsTwoCountsJoinedByAHyphenTheLargerFirst() {
    assertThat(OmissionFinder.isTally("52-41")).isTrue();
    assertThat(OmissionFinder.isTally("6-3")).isTrue();
    assertThat(OmissionFinder.isTally("50-50")).isTrue();
    assertThat(OmissionFinder.isTally("5-11")).isFalse();
    assertThat(OmissionFinder.isTally("2020-21")).isFalse();
    assertThat(OmissionFinder.isTally("54")).isFalse();
    assertThat(OmissionFinder.isTally("")).isFalse();
  }

  @Test
  void aNumberThatNamesOrDatesSomethingIsNoFigureOfAFact() {
    AnalyzedArticle a = Fixtures.article("a", "2026-03-04",
        "Karl Lind cited the 14th Amendment, Article 64 and the 9/11 report after 235,000 jobs were lost.");
    assertThat(OmissionFinder.figuresBySentence(a).get(0).keys()).contains("235000")
        .doesNotContain("14", "64", "9", "11");
  }

  private static final String LONG_SESSION = "After a stormy night session in which members traded bitter accusations"
      + " over the ferry subsidy, the harbour works, the tram line, the new sports hall and the fate of the old mill, ";

  private static AnalyzedArticle lindbyBudget(String id, String lead) {
    return Fixtures.article(id, "2026-03-04", "Lindby passes budget\n\n" + lead);
  }

  /** The omissions when the aligner kept the two leads apart: p2 is the first's, p3 the second's. */
  private static List<String> budgetOmissions(AnalyzedArticle first, AnalyzedArticle second) {
    Comparison c = Fixtures.compare(List.of(first, second),
        Fixtures.passage("p1", first, "Lindby passes", second, "Lindby passes"),
        Fixtures.passage("p2", first, first.sentences().get(1).text().substring(0, 12)),
        Fixtures.passage("p3", second, "After a stormy"));
    return c.omissions().stream().map(o -> o.article() + " " + o.passage()).toList();
  }

  @Test
  void aFactInsideALongSentenceIsReportedByTwoOfItsWordsAndNamesTheArticleGivesOnce() {
    // the herald gives the courier's fact, with the singer and the clinic, inside a long sentence under the bar
    AnalyzedArticle courier = quietYear("courier", "Her label would not say more.\n\nHer manager asked fans for calm."
        + "\n\nThe singer Jane Doe checked into the Alder Bay Clinic on Friday for an unspecified problem.");
    AnalyzedArticle herald = quietYear("herald", LONG_YEAR + "the singer Jane Doe quietly checked herself into the Alder"
        + " Bay Clinic.");
    assertThat(quietYearOmissions(courier, herald)).doesNotContain("herald p2");
    // when the article names her and the clinic all through, its names tie that sentence to no one fact
    AnalyzedArticle post = quietYear("post", LONG_YEAR + "the singer Jane Doe quietly checked herself into the Alder"
        + " Bay Clinic.\n\nFans have sent flowers to Jane Doe at the Alder Bay Clinic ever since.");
    assertThat(quietYearOmissions(courier, post)).contains("post p2");
  }

  private static final String LONG_YEAR = "After a stormy year in which she cancelled a tour, fell out with her band,"
      + " sold her house and lost a court case over her old songs, ";

  private static AnalyzedArticle quietYear(String id, String lead) {
    return Fixtures.article(id, "2026-03-04", "A hard year ends quietly\n\n" + lead);
  }

  /** The omissions when the aligner kept the two reports apart: p2 is the first's, p3 the second's. */
  private static List<String> quietYearOmissions(AnalyzedArticle first, AnalyzedArticle second) {
    Comparison c = Fixtures.compare(List.of(first, second),
        Fixtures.passage("p1", first, "A hard year", second, "A hard year"),
        Fixtures.passage("p2", first, "The singer"),
        Fixtures.passage("p3", second, "After a stormy"));
    return c.omissions().stream().map(o -> o.article() + " " + o.passage()).toList();
  }

  @Test
  void synonymsAloneDoNotReportAFact() {
    AnalyzedArticle first = Fixtures.article("first", "2026-03-04",
        "The ministry rejected every plan.\n\nThe talks ended on Friday.");
    AnalyzedArticle second = Fixtures.article("second", "2026-03-04",
        "Officials refused all proposals.\n\nThe talks ended on Friday.");
    Comparison c = Fixtures.compare(List.of(first, second),
        Fixtures.passage("p1", first, "rejected"),
        Fixtures.passage("p2", second, "refused"),
        Fixtures.passage("p3", first, "talks", second, "talks"));
    assertThat(c.omissions()).extracting(Omission::article).containsExactly("first", "second");
  }

  @Test
  void omissionsWithoutACheckHaveNoClosestSentence() {
    assertThat(OmissionFinder.find(ARTICLES, ALIGNMENT)).allSatisfy(o -> assertThat(o.closest()).isEmpty());
  }

  @Test
  void aFactOnlyLaterArticlesReportIsListedMarkedAndNotCountedAgainstTheFirstReport() {
    // Monday's Harbour Gazette reports the council's vote as coming; Tuesday's two reports carry its outcome.
    List<AnalyzedArticle> articles = List.of(dated("gazette", "2031-03-03"), dated("post", "2031-03-04"),
        dated("daily", "2031-03-04"));
    Alignment a = new Alignment(mains(articles), List.of(
        passage("vote-due", 0.9, "gazette", "post", "daily"),
        passage("vote-passed", 0.8, "post", "daily"),
        passage("mayor-quote", 0.6, "gazette")));
    // listed, so that a reader sees it, but marked: the outcome may not have been known on Monday
    assertThat(OmissionFinder.find(articles, a)).containsExactly(
        new Omission("gazette", "vote-passed", 0.8, List.of("post", "daily"), java.util.Optional.empty(), true),
        new Omission("post", "mayor-quote", 0.6, List.of("gazette")),
        new Omission("daily", "mayor-quote", 0.6, List.of("gazette")));
    assertThat(OmissionFinder.find(articles, a)).extracting(Omission::counts).containsExactly(false, true, true);
    // its omission score leaves the later fact out too: the others carry only what it carries
    assertThat(OutletSummaries.summarize(articles, a, art -> Framing.summarize(List.of(), Framing.words(art))).get(0)
        .omissionScore()).isZero();
  }

  @Test
  void aFactASameDayOrUndatedArticleReportsIsStillLeftOut() {
    List<AnalyzedArticle> sameDay = List.of(dated("gazette", "2031-03-03"), dated("post", "2031-03-04"),
        dated("daily", "2031-03-03"));
    Alignment a = new Alignment(mains(sameDay), List.of(
        passage("vote-due", 0.9, "gazette", "post", "daily"),
        passage("vote-passed", 0.8, "post", "daily")));
    assertThat(OmissionFinder.find(sameDay, a)).containsExactly(
        new Omission("gazette", "vote-passed", 0.8, List.of("post", "daily")));
    List<AnalyzedArticle> undated = List.of(dated("gazette", "2031-03-03"), dated("post", "2031-03-04"),
        dated("daily", null));
    assertThat(OmissionFinder.find(undated, a)).containsExactly(
        new Omission("gazette", "vote-passed", 0.8, List.of("post", "daily")));
    List<AnalyzedArticle> itselfUndated = List.of(dated("gazette", null), dated("post", "2031-03-04"),
        dated("daily", "2031-03-04"));
    assertThat(OmissionFinder.find(itselfUndated, a)).containsExactly(
        new Omission("gazette", "vote-passed", 0.8, List.of("post", "daily")));
  }

  private static AnalyzedArticle dated(String id, String day) {
    return new AnalyzedArticle(Article.of(id, id, day == null ? null : java.time.LocalDate.parse(day), "", ""),
        List.of(), List.of(), List.of());
  }

  private static List<ArticleEvent> mains(List<AnalyzedArticle> articles) {
    return articles.stream().map(x -> new ArticleEvent(x.id(), EventMembership.MAIN, "shares 1 passage")).toList();
  }
}
