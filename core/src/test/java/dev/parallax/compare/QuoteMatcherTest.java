package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static dev.parallax.compare.Fixtures.compare;
import static dev.parallax.compare.Fixtures.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.report.TextReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
  private static final String FULL = "\u201CThe nightmarish scenario of military confrontation is returning,\u201D Lavrov said.";

  private static List<QuoteGroup> groups(AnalyzedArticle... articles) {
    return compare(List.of(articles)).quotes();
  }

  private static List<String> rendered(QuoteGroup g) {
    return g.variants().stream().map(v -> v.article() + " " + v.fidelity() + " " + v.text()).toList();
  }

  @Test
  void verbatimQuote() {
    List<QuoteGroup> g = groups(article("a", "2021-12-02", FULL), article("b", "2021-12-03", FULL));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Lavrov");
      assertThat(rendered(q)).containsExactly(
          "a VERBATIM The nightmarish scenario of military confrontation is returning",
          "b VERBATIM The nightmarish scenario of military confrontation is returning");
    });
  }

  @Test
  void theCommaBeforeAnAttributionIsNoPartOfTheQuotedWords() {
    // American style sets the comma inside the closing mark; the speaker's words end without it
    List<QuoteGroup> g = groups(article("a", null, "\u201CWe will keep the night ferry running,\u201D Mayor Eva Strand said."),
        article("b", null, "Mayor Eva Strand said: \u201CWe will keep the night ferry running.\u201D"),
        article("c", null, "\u201CWe will keep the night ferry,\u201D Mayor Eva Strand said on Monday."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM We will keep the night ferry running", "b VERBATIM We will keep the night ferry running.",
        "c TRUNCATED We will keep the night ferry"));
  }

  @Test
  void truncatedQuote() {
    List<QuoteGroup> g = groups(article("a", null, FULL),
        article("b", null, "Lavrov said the \u201Cscenario of military confrontation is returning.\u201D"));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The nightmarish scenario of military confrontation is returning",
        "b TRUNCATED scenario of military confrontation is returning."));
  }

  @Test
  void aQuoteWithWordsLeftOutAtAnEllipsisIsTruncated() {
    String full = "\u201CWe would be remiss in our duty to you and our students if we did not challenge your budget,\u201D "
        + "the letter said.";
    List<QuoteGroup> g = groups(article("a", null, full),
        article("b", null, "\u201CWe would be remiss \u2026 if we did not challenge your budget,\u201D the letter said."),
        article("c", null, "\u201CWe would be remiss ... if we did not challenge your plan,\u201D the letter said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM We would be remiss in our duty to you and our students if we did not challenge your budget",
        "b TRUNCATED We would be remiss \u2026 if we did not challenge your budget",
        "c ALTERED We would be remiss ... if we did not challenge your plan"));
  }

  @Test
  void alteredQuote() {
    String serious = "Blinken warned of \u201Cserious consequences\u201D if Russia invaded Ukraine.";
    List<QuoteGroup> g = groups(article("a", null, serious), article("b", null, serious),
        article("c", null, "Blinken says there will be \u201Csevere consequences\u201D if Russia seeks conflict."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM serious consequences", "b VERBATIM serious consequences", "c ALTERED severe consequences"));
  }

  @Test
  void aContractionSpeltOutIsTheSameWords() {
    String said = ",\u201D councillor Olof Berg told the Lindby Courier.";
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CMayor Strand has said that she's determined to keep the night ferry running and we "
            + "don't doubt her" + said),
        article("b", null, "\u201CMayor Strand has said that she is determined to keep the night ferry running and we "
            + "do not doubt her" + said));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).extracting(r -> r.split(" ")[1])
        .containsExactly("VERBATIM", "VERBATIM"));
    // another word is still an alteration: "she was determined" is not "she's determined"
    assertThat(groups(
        article("a", null, "\u201CMayor Strand has said that she's determined to keep the night ferry running and we "
            + "don't doubt her" + said),
        article("b", null, "\u201CMayor Strand has said that she was determined to keep the night ferry running and we "
            + "don't doubt her" + said)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).extracting(r -> r.split(" ")[1])
            .containsExactly("ALTERED", "ALTERED"));
  }

  /** One outlet puts a job title no lexicon lists before the speaker's name; the versions are still compared. */
  @Test
  void alteredQuoteWhenOneOutletPutsAnUnlistedTitleBeforeTheName() {
    String lead = "A ferry struck a pier of the Ostvik Bridge on Monday and the county closed the bridge. ";
    List<QuoteGroup> g = groups(
        article("a", null, lead + "Surveyor Mira Okafor said \u201Cthe pier is cracked but standing\u201D."),
        article("b", null, lead + "\u201CThe pier is cracked, but it is standing,\u201D Mira Okafor said."));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Mira Okafor");
      assertThat(rendered(q)).extracting(r -> r.split(" ")[1]).containsExactly("ALTERED", "ALTERED");
    });
    // near variant: the title in both versions still joins them
    List<QuoteGroup> both = groups(
        article("a", null, lead + "Surveyor Mira Okafor said \u201Cthe pier is cracked but standing\u201D."),
        article("b", null, lead + "\u201CThe pier is cracked, but it is standing,\u201D Surveyor Mira Okafor said."));
    assertThat(both).singleElement().satisfies(q -> assertThat(q.variants()).hasSize(2));
  }

  @Test
  void anArticleMovedAcrossAQuotationMarkCutsNothing() {
    AnalyzedArticle inside = article("b", null, "This spring the ferries have filled up at \u201Ca far, far faster "
        + "pace,\u201D a harbor official told the Daily Lindby.");
    List<QuoteGroup> g = groups(article("a", null, "The ferries fill up at a \u201Cfar, far faster pace\u201D this spring, "
        + "according to one harbor official."), inside);
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM far, far faster pace", "b VERBATIM a far, far faster pace"));
    // a word of the quote left out is still a cut
    List<QuoteGroup> cut = groups(article("a", null, "The ferries fill up at a \u201Cfar faster pace\u201D this spring, "
        + "according to one harbor official."), inside);
    assertThat(cut).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a TRUNCATED far faster pace", "b VERBATIM a far, far faster pace"));
  }

  @Test
  void aTitleAbbreviatedByHouseStyleIsTheSameWord() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CSenator Reid respects that but thinks the mosque should be built elsewhere,\u201D Jim Manley said."),
        article("b", null, "\u201CSen. Reid respects that but thinks the mosque should be built elsewhere,\u201D Jim Manley said."),
        article("c", null, "\u201CSen. Reid respects the mosque,\u201D Jim Manley said of the plans."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM Senator Reid respects that but thinks the mosque should be built elsewhere",
        "b VERBATIM Sen. Reid respects that but thinks the mosque should be built elsewhere",
        "c ALTERED Sen. Reid respects the mosque"));
  }

  @Test
  void aDateOrANumberTranscribedAnotherWayIsTheSameWords() {
    String said = ",\u201D Mayor Ana Lind said.";
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CClosing the ferry on Sept. 30 is not due to the five percent budget cut" + said),
        article("b", null, "\u201CClosing the ferry on September the 30th is not due to the 5% budget cut" + said),
        article("c", null, "\u201CClosing the ferry on September 30 is not due to the budget cut" + said));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).extracting(r -> r.split(" ")[1])
        .containsExactly("VERBATIM", "VERBATIM", "ALTERED"));
  }

  @Test
  void aSpokenFormWrittenOutIsTheSameWords() {
    String said = ",\u201D Mr. Tomas Varga told reporters.";
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CWe're gonna rebuild the pier before the winter storms come" + said),
        article("b", null, "\u201CWe are going to rebuild the pier before the winter storms come" + said));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).extracting(r -> r.split(" ")[1])
        .containsExactly("VERBATIM", "VERBATIM"));
  }

  /** A crowd's chants, which outlets often translate, are written down by each in its own words: no misquote. */
  @Test
  void chantsOfAnUnnamedCrowdAreNotAltered() {
    String lead = "Thousands marched through Velmora on Sunday against the new port tax. ";
    List<QuoteGroup> g = groups(
        article("a", null, lead + "\u201CWe are not afraid! We are not afraid!\u201D people shouted as they marched."),
        article("b", null, lead + "Marchers shouted slogans such as \u201CWe are no longer afraid.\u201D"));
    assertThat(g).allSatisfy(q -> assertThat(q.variants()).noneMatch(v -> v.fidelity() == Fidelity.ALTERED));
    // a named speaker's few words are still compared
    assertThat(groups(
        article("a", null, lead + "\u201CThe port tax must go,\u201D organiser Petra Ruml said."),
        article("b", null, lead + "\u201CThe port tax will go,\u201D organiser Petra Ruml said.")))
        .singleElement().satisfies(q -> assertThat(rendered(q)).extracting(r -> r.split(" ")[1])
            .containsExactly("ALTERED", "ALTERED"));
  }

  @Test
  void aWordSpeltByHouseStyleIsTheSameWord() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CYou might think it's O.K. But I don't think it's O.K. I think it's a disgrace,\u201D "
            + "Eva Strand said."),
        article("b", null, "\u201CBut I don't think it's okay,\u201D Eva Strand said at the town hall."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM You might think it's O.K. But I don't think it's O.K. I think it's a disgrace",
        "b TRUNCATED But I don't think it's okay"));

    List<QuoteGroup> same = groups(article("a", null, "\u201CI don't think that's OK,\u201D Eva Strand said."),
        article("b", null, "\u201CI don't think that's okay,\u201D Eva Strand said."));
    assertThat(same).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM I don't think that's OK", "b VERBATIM I don't think that's okay"));

    List<QuoteGroup> british = groups(
        article("a", null, "\u201CIt is an honour to serve the harbour town of Lindby,\u201D Karl Lind said."),
        article("b", null, "\u201CIt is an honor to serve the harbor town of Lindby,\u201D Karl Lind said."));
    assertThat(british).singleElement().satisfies(q -> assertThat(q.variants()).extracting(QuoteVariant::fidelity)
        .containsOnly(Fidelity.VERBATIM));
  }

  @Test
  void aCompoundWrittenOpenClosedOrHyphenatedIsTheSameWord() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CThe state-funded program protects our work force,\u201D Pence said."),
        article("b", null, "\u201CThe state funded program protects our workforce,\u201D Pence said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The state-funded program protects our work force",
        "b VERBATIM The state funded program protects our workforce"));
  }

  @Test
  void anAmpersandIsTheWordAnd() {
    List<QuoteGroup> g = groups(
        article("a", null, "Karl Lind said that \u201Cgreen space and clean water matter to every family in Lindby.\u201D"),
        article("b", null, "\u201CGreen space & clean water matter to every family in Lindby,\u201D Karl Lind wrote."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM green space and clean water matter to every family in Lindby.",
        "b VERBATIM Green space & clean water matter to every family in Lindby"));
  }

  @Test
  void anUnattributedQuoteSharingOnlyTheStorysWordsIsAnotherQuote() {
    List<QuoteGroup> g = groups(
        article("a", null, "The advertisement says: \u201CNow the governor has cut $700 million from Medicare.\u201D"),
        article("b", null, "\u201CWe never cut Medicare,\u201D Anna Berti said of the advertisement."));
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));

    List<QuoteGroup> same = groups(
        article("a", null, "The campaign called the report an \u201Coutrageous distortion\u201D of his record."),
        article("b", null, "His campaign disputed the report as an \u201Coutrageous distortion\u201D of his service."));
    assertThat(same).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM outrageous distortion", "b VERBATIM outrageous distortion"));
  }

  @Test
  void anOutletsUnattributedQuoteSharingOnlyTheStorysWordsWithItsOwnQuoteIsAnotherQuote() {
    // the words a paper once used of the mayor share "board" and "river" with her own remark, in other words
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CI served on the river board for ten years, and I know what the water can do,\u201D "
            + "Mayor Eva Strand said.\n\nTen years ago she was praised as \u201Ca board member who knows the river.\u201D"),
        article("b", null, "\u201CI served on the river board for ten years, and I know what the water can do,\u201D "
            + "Strand told the council."));
    assertThat(g).hasSize(2);
    assertThat(rendered(g.get(0))).containsExactly(
        "a VERBATIM I served on the river board for ten years, and I know what the water can do",
        "b VERBATIM I served on the river board for ten years, and I know what the water can do");
    assertThat(rendered(g.get(1))).containsExactly("a UNIQUE a board member who knows the river.");

    // the same words again, given to no one, are still the outlet's one quote
    List<QuoteGroup> again = groups(
        article("a", null, "Strand: \u2018I know what the water can do\u2019\n\n\u201CI served on the river board for ten "
            + "years, and I know what the water can do,\u201D Mayor Eva Strand said."),
        article("b", null, "\u201CI served on the river board for ten years, and I know what the water can do,\u201D "
            + "Strand told the council."));
    assertThat(again).singleElement();
  }

  @Test
  void anUnattributedQuoteWhoseEveryWordMatchesIsTheSameQuote() {
    List<QuoteGroup> g = groups(article("a", null, "Blinken warned of \u201Cserious consequences\u201D if Russia invaded Ukraine."),
        article("b", null, "There will be \u201Csevere consequences\u201D if Russia seeks conflict."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a ALTERED serious consequences", "b ALTERED severe consequences"));
  }

  @Test
  void twoRemarksThatOpenAlikeAreTwoQuotes() {
    List<QuoteGroup> g = groups(
        article("a", null, "Karl Lind denied calling the board.\n\n\u201CI don't think there was one,\u201D Lind said."),
        article("b", null, "Karl Lind denied leaking the report.\n\n\u201CI don't think it would have been Strand,\u201D "
            + "Lind said."));
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
    List<QuoteGroup> reworded = groups(article("a", null, "\u201CI don't think it was fair,\u201D Lind said."),
        article("b", null, "\u201CI don't think it's fair,\u201D Lind said."));
    assertThat(reworded).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a ALTERED I don't think it was fair", "b ALTERED I don't think it's fair"));
  }

  /**
   * Two outlets print alike words of one speaker, one as told to one broadcaster, the other as told to another: two
   * occasions the articles name, so two remarks, not one altered quote. The same remark told to one broadcaster (named
   * in full by one outlet, by its initials by the other), one word changed, stays one altered quote, and so does a
   * version that names no occasion.
   */
  @Test
  void wordsToldToTwoMediaAreTwoRemarks() {
    List<QuoteGroup> two = groups(
        article("a", null, "\u201CIf we can get the harbour dredged this summer, I hope the ferries run again by "
            + "autumn,\u201D Minister Ilse Varga told Radio Veld's Tomas Brink Tuesday night."),
        article("b", null, "Minister Ilse Varga had told the Kestrel Post on Tuesday that the ferries could \u201Crun "
            + "again by next autumn\u201D if the harbour is dredged."));
    assertThat(two).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
    List<QuoteGroup> twoDays = groups(
        article("a", null, "\u201CThe ferries will run again by autumn,\u201D Minister Ilse Varga said Tuesday."),
        article("b", null, "\u201CThe ferries should run again by the autumn,\u201D Minister Ilse Varga said on Friday."));
    assertThat(twoDays).hasSize(2);
    List<QuoteGroup> one = groups(
        article("a", null, "\u201CThe ferries will run again by autumn,\u201D Minister Ilse Varga told the Kestrel "
            + "Broadcasting Service on Tuesday."),
        article("b", null, "\u201CThe ferries should run again by autumn,\u201D Minister Ilse Varga told KBS Tuesday."),
        article("c", null, "\u201CThe ferries will surely run again by autumn,\u201D Minister Ilse Varga said."));
    assertThat(one).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a ALTERED The ferries will run again by autumn", "b ALTERED The ferries should run again by autumn",
        "c ALTERED The ferries will surely run again by autumn"));
  }

  /**
   * A few words quoted inside one outlet's sentence ("to “ram the river police”") share the story's words with the
   * speaker's other statements in another outlet ("what he says about the river police"): they are no version of
   * them, and do not join them into one group of "altered" versions. When the other outlet prints every word of
   * the phrase, it is a cut of that quote.
   */
  @Test
  void aQuotedPhraseMissingAWordOfTheSpeakersOtherStatementsJoinsNone() {
    String a = "Harbour Minister Ines Kola said on Monday that the skipper had tried to \u201Cram the river police\u201D "
        + "and that crews \u201Cacted in self-defence.\u201D\n\n\u201CIt looks like a skipper who came to the dock to "
        + "ram the river police,\u201D Kola said.";
    String b = "Harbour Minister Ines Kola accused the mayor of Drenby of stirring anger against the river police.\n\n"
        + "\u201CThe mayor needs to take a hard look at what he says about the river police,\u201D Kola said.\n\n"
        + "\u201CHe has refused to hand over smugglers to the river police,\u201D she said.";
    List<QuoteGroup> g = groups(article("a", null, a), article("b", null, b));
    assertThat(g).allSatisfy(q -> assertThat(q.variants()).allSatisfy(v -> {
      assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE);
      assertThat(v.article()).isEqualTo(q.variants().get(0).article());
    }));
    List<QuoteGroup> cut = groups(article("a", null, a), article("b", null, b
        + "\n\n\u201CHe came to ram the river police,\u201D Kola said."));
    assertThat(cut).filteredOn(q -> q.variants().stream().anyMatch(v -> v.text().equals("ram the river police")))
        .singleElement().satisfies(q -> assertThat(rendered(q)).contains("a TRUNCATED ram the river police",
            "b VERBATIM He came to ram the river police").noneMatch(r -> r.contains("hard look")
                || r.contains("smugglers")));
  }

  /**
   * Two outlets print one quote and give it to two people. When one of them names its speaker beside the quote and the
   * other is read through "he" after a sentence that names two men, the second is a guess, not that outlet's
   * misattribution: its version gets no speaker. When both name their speakers beside the quote, both are kept.
   */
  @Test
  void aSpeakerReadThroughAPronounDoesNotMakeAMisattribution() {
    String words = "The skipper wanted heavy losses for the boats and for the crews on the quay";
    String named = "\u201C" + words + ",\u201D harbour chief Aron Dahl said on Friday.";
    List<QuoteGroup> g = groups(article("a", null, "Podcast host Jonas Pirk met harbour chief Aron Dahl in Kelby on "
        + "Friday.\n\n\u201C" + words + ",\u201D he said."), article("b", null, named));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Aron Dahl");
      assertThat(q.variants()).noneMatch(v -> v.speaker().equals(Optional.of("Jonas Pirk")));
    });
    List<QuoteGroup> both = groups(article("a", null, "\u201C" + words + ",\u201D podcast host Jonas Pirk said."),
        article("b", null, named));
    assertThat(both).singleElement().satisfies(q -> assertThat(q.variants()).map(v -> v.speaker().orElse(""))
        .containsExactly("Jonas Pirk", "Aron Dahl"));
  }

  /**
   * Two outlets quote overlapping excerpts of one remark: one goes on before the words both print, the other after
   * them. They are one quote, and neither is altered. Excerpts that share only a few words stay two quotes.
   */
  @Test
  void overlappingExcerptsOfOneRemarkAreOneQuote() {
    String a = "Mayor Ola Fenn spoke to the council on Tuesday.\n\n\u201CEveryone in this town has known for a hundred "
        + "years that the one thing you never do is start a price war with the harbour traders?\u201D Fenn said.";
    List<QuoteGroup> g = groups(article("a", null, a), article("b", null, "Mayor Ola Fenn spoke to the council on "
        + "Tuesday.\n\n\u201C\u2026you never do is start a price war with the harbour traders, because every mayor who "
        + "tried it lost the next election by a landslide,\u201D Fenn said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(q.variants()).hasSize(2)
        .allSatisfy(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.VERBATIM)));
    List<QuoteGroup> apart = groups(article("a", null, a), article("b", null, "Mayor Ola Fenn spoke to the council on "
        + "Tuesday.\n\n\u201C\u2026a price war with the harbour traders, because every mayor who tried it lost the "
        + "next election by a landslide,\u201D Fenn said."));
    assertThat(apart).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void aRemarkSharingAPhraseWithTheOutletsVersionIsAnotherQuote() {
    AnalyzedArticle a = article("a", null, "\u201CThe fire chief and the police arrived within a minute or two,\u201D fire "
        + "director Karl Lind said. \u201CWithin a moment or two, the entire roof was engulfed in flame,\u201D Lind said.");
    AnalyzedArticle b = article("b", null, "\u201CWithin one minute or two, the whole roof was ablaze,\u201D said fire "
        + "director Karl Lind.");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "fire chief", a, "entire roof", b, "whole roof"))
        .quotes();
    assertThat(g).map(QuoteMatcherTest::rendered).containsExactly(
        List.of("a UNIQUE The fire chief and the police arrived within a minute or two"),
        List.of("a ALTERED Within a moment or two, the entire roof was engulfed in flame",
            "b ALTERED Within one minute or two, the whole roof was ablaze"));
  }

  @Test
  void aVersionThatGoesOnWhereAnotherStopsIsNoAlteration() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CIt has always been bipartisan. We need to keep it that way,\u201D Anna Berti said."),
        article("b", null, "\u201CWe need to keep it that way. We want it that way,\u201D Anna Berti said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM It has always been bipartisan. We need to keep it that way",
        "b VERBATIM We need to keep it that way. We want it that way"));
  }

  @Test
  void aSloganNamedInCapitalsIsNoParaphraseOfTheQuote() {
    String quote = "Trump told the crowd: \u201CWe will make America great again and bring back jobs.\u201D";
    List<QuoteGroup> slogan = groups(article("a", null, quote),
        article("b", null, "Supporters in Make America Great Again hats brought back jobs banners to the rally."));
    assertThat(slogan).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a UNIQUE We will make America great again and bring back jobs."));
    List<QuoteGroup> restated = groups(article("a", null, quote),
        article("b", null, "Trump told the crowd he would make America great again and bring back jobs."));
    assertThat(restated).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM We will make America great again and bring back jobs.",
        "b PARAPHRASE Trump told the crowd he would make America great again and bring back jobs."));
  }

  @Test
  void paraphraseAsQuote() {
    List<QuoteGroup> g = groups(article("a", null, FULL), article("b", null, FULL),
        article("c", null, "Lavrov said Russia is ready for a \u201Cnightmare of military confrontation.\u201D"));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The nightmarish scenario of military confrontation is returning",
        "b VERBATIM The nightmarish scenario of military confrontation is returning",
        "c ALTERED nightmare of military confrontation."));
  }

  @Test
  void paraphraseWithoutQuotationMarks() {
    List<QuoteGroup> g = groups(article("a", null, FULL),
        article("b", null, "Lavrov said the scenario of a military confrontation in Europe is returning."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The nightmarish scenario of military confrontation is returning",
        "b PARAPHRASE Lavrov said the scenario of a military confrontation in Europe is returning."));
  }

  @Test
  void aParaphraseThatCallsTheQuotesNamesOtherwiseIsStillAParaphrase() {
    // "the Varnholm Harbour Authority and the Coast Guard of Varnholm" become "the port authority and coast guard":
    // the names the paraphrase leaves out are no words of the remark it fails to restate
    String quoted = "\u201CThe storm damage along the coast is under the control of the Varnholm Harbour Authority and "
        + "the Coast Guard of Varnholm,\u201D Mayor Lena Ostrand said.";
    String restated = "Ostrand said the port and its guards had the storm damage under control but roads stayed shut.";
    assertThat(groups(article("a", null, quoted), article("b", null, "Mayor Lena Ostrand spoke in Varnholm.\n"
        + restated))).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a VERBATIM The storm damage along the coast is under the control of the Varnholm Harbour Authority and "
                + "the Coast Guard of Varnholm",
            "b PARAPHRASE " + restated));
    // without the words of the remark itself, the sentence restates nothing
    assertThat(groups(article("a", null, quoted), article("b", null, "Mayor Lena Ostrand spoke in Varnholm.\n"
        + "Ostrand said the Harbour Authority had stayed calm but roads stayed shut."))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).extracting(r -> r.substring(0, r.indexOf(' ', 2)))
            .containsExactly("a UNIQUE"));
  }

  @Test
  void aQuoteThatSaysTheOppositeIsAlteredAndReversed() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CThe new ferry isn't losing money for Lindby,\u201D Mayor Eva Strand said on Monday."),
        article("b", null, "\u201CThe new ferry is losing money for Lindby,\u201D Mayor Eva Strand said on Monday."),
        article("c", null, "\u201CThe new ferry isn't making money for Lindby,\u201D Mayor Eva Strand said Monday."));
    assertThat(g).singleElement().satisfies(q -> assertThat(q.variants())
        .extracting(v -> v.article() + " " + v.fidelity() + " " + v.reversed())
        .containsExactly("a ALTERED true", "b ALTERED true", "c ALTERED false"));
  }

  @Test
  void theEarlierFullerVersionIsTheWordingALaterOneDepartsFrom() {
    String lead = "A barge hit the Ostvik Bridge on Monday and the county closed it. ";
    String monday = lead + "\u201CWe do not yet know why the barge drifted, and it is too early to say whether the "
        + "tide played a part,\u201D harbour master Nils Aberg said.";
    String reversedLater = lead + "\u201CWe know why the barge drifted, and it is too early to say whether the tide "
        + "played a part,\u201D harbour master Nils Aberg said.";
    assertThat(groups(article("a", "2026-03-02", monday), article("b", "2026-03-03", reversedLater))).singleElement()
        .satisfies(q -> assertThat(q.variants()).extracting(v -> v.article() + " " + v.fidelity() + " " + v.reversed())
            .containsExactly("a VERBATIM false", "b ALTERED true"));
    String cutLater = lead + "\u201CIt is clear that the tide played a part,\u201D harbour master Nils Aberg said.";
    assertThat(groups(article("a", "2026-03-02", monday), article("b", "2026-03-03", cutLater))).singleElement()
        .satisfies(q -> assertThat(q.variants()).extracting(v -> v.article() + " " + v.fidelity())
            .containsExactly("a VERBATIM", "b ALTERED"));
    // near variants: the same day, or the earlier version the shorter one, say nothing of which departs
    assertThat(groups(article("a", "2026-03-03", monday), article("b", "2026-03-03", cutLater))).singleElement()
        .satisfies(q -> assertThat(q.variants()).extracting(v -> v.fidelity().name())
            .containsExactly("ALTERED", "ALTERED"));
    assertThat(groups(article("a", "2026-03-03", monday), article("b", "2026-03-02", cutLater))).singleElement()
        .satisfies(q -> assertThat(q.variants()).extracting(v -> v.fidelity().name())
            .containsExactly("ALTERED", "ALTERED"));
  }

  @Test
  void aNegationOnAnotherPurposeOfTheSameThingIsNoReversal() {
    // both versions say the treasurer used the funds for herself: "shouldn't have used for my boat" and "should have
    // been used for the school" deny and affirm two different uses, not one
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CI used funds I shouldn't have used for my sailing boat,\u201D treasurer Ida Moberg "
            + "told the court in Lindby."),
        article("b", null, "\u201CI used funds that should have been used for the harbour school,\u201D treasurer Ida "
            + "Moberg told the court in Lindby."));
    assertThat(g).singleElement().satisfies(q -> assertThat(q.variants())
        .extracting(v -> v.article() + " " + v.fidelity() + " " + v.reversed())
        .containsExactly("a ALTERED false", "b ALTERED false"));
    // the same use, denied in one version only, is reversed
    assertThat(groups(
        article("a", null, "\u201CI shouldn't have used the funds for my sailing boat,\u201D treasurer Ida Moberg "
            + "told the court in Lindby."),
        article("b", null, "\u201CI should have used the funds for my sailing boat,\u201D treasurer Ida Moberg told "
            + "the court in Lindby.")))
        .singleElement().satisfies(q -> assertThat(q.variants()).extracting(v -> v.article() + " " + v.reversed())
            .containsExactly("a true", "b true"));
  }

  @Test
  void aDenialItsOutletPrintsBesideTheClaimIsAnotherStatement() {
    // outlet b quotes the mayor's denial and the claim she denies: two statements, not a claim altered into its denial
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CThey're losing money on the new ferry,\u201D Mayor Eva Strand said."),
        article("b", null, "\u201CThe harbour board isn't losing money on the new ferry,\u201D Mayor Eva Strand said.\n"
            + "She hoped the board would sell more tickets \u201Cinstead of hearing that somehow I'm saying the "
            + "board is losing money on the new ferry.\u201D"));
    assertThat(g).extracting(q -> q.variants().stream().map(v -> v.article() + " " + v.sentence() + " " + v.fidelity()
        + " " + v.reversed()).toList()).containsExactlyInAnyOrder(
            List.of("a 0 ALTERED false", "b 1 ALTERED false"), List.of("b 0 UNIQUE false"));
    // a denial another outlet also prints word for word is a version of that outlet's statement: it stays
    assertThat(groups(article("a", null, "\u201CThey're losing money on the new ferry,\u201D Mayor Eva Strand said."),
        article("b", null, "\u201CThe harbour board isn't losing money on the new ferry,\u201D Mayor Eva Strand said.\n"
            + "She hoped the board would sell more tickets \u201Cinstead of hearing that somehow I'm saying the "
            + "board is losing money on the new ferry.\u201D"),
        article("c", null, "\u201CThe harbour board isn't losing money on the new ferry,\u201D Mayor Eva Strand said.")))
        .extracting(q -> q.variants().stream().map(v -> v.article() + " " + v.sentence()).toList())
        .contains(List.of("a 0", "b 0", "c 0"));
    // the claim said on Monday, the denial on Tuesday: two occasions, so the claim is a remark of its own
    assertThat(groups(article("a", null, "\u201CThey're losing money on the new ferry,\u201D Mayor Eva Strand said on Monday."),
        article("b", null, "\u201CThe harbour board isn't losing money on the new ferry,\u201D Mayor Eva Strand said on "
            + "Tuesday.")))
        .extracting(q -> q.variants().stream().map(v -> v.article() + " " + v.fidelity()).toList())
        .containsExactlyInAnyOrder(List.of("a UNIQUE"), List.of("b UNIQUE"));
    // one version each, the opposite of the other: one statement, altered into its opposite
    assertThat(groups(article("a", null, "\u201CThey're losing money on the new ferry,\u201D Mayor Eva Strand said."),
        article("b", null, "\u201CThe harbour board isn't losing money on the new ferry,\u201D Mayor Eva Strand said.")))
        .singleElement().satisfies(q -> assertThat(q.variants()).extracting(v -> v.article() + " " + v.reversed())
            .containsExactly("a true", "b true"));
  }

  @Test
  void aQuoteAnotherOutletRestatesInItsOwnWordsIsNotUnique() {
    // the only quoted version is the words the paraphrase is read against: another outlet carries the remark
    String quoted = "\u201CI fully accept my responsibility for the mistakes I have made,\u201D Jane Doe told the court in Lindby.";
    String restated = "Jane Doe said she fully accepts the responsibility for the mistakes she has made.";
    assertThat(groups(article("a", null, quoted), article("b", null, restated))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a VERBATIM I fully accept my responsibility for the mistakes I have made",
            "b PARAPHRASE " + restated));
    // a sentence about something else leaves the quote the outlet's alone
    assertThat(groups(article("a", null, quoted),
        article("b", null, "Jane Doe said the court in Lindby would sit again on Monday."))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE I fully accept my responsibility for the mistakes I have made"));
  }

  @Test
  void aSentenceOfTheStoryIsNoParaphraseOfAQuoteInItsWords() {
    List<QuoteGroup> g = groups(
        article("a", null, "The academy named Ellen Brook as the host of the awards.\n"
            + "\u201CWe are thrilled to have Ellen Brook host the awards,\u201D the producers said."),
        article("b", null, "Ellen Brook to host the awards.\nThe academy named Ellen Brook host on Friday."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a UNIQUE We are thrilled to have Ellen Brook host the awards"));
  }

  @Test
  void anotherSpeakersWordsAreNoParaphrase() {
    String quote = "\u201CStay tuned: our position on Social Security has not changed,\u201D an AARP spokeswoman said.";
    String rother = "Mr. Rother said the group's position on Social Security cuts was less a change than a reflection of "
        + "political realities.";
    assertThat(groups(article("a", null, quote), article("b", null, rother))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE Stay tuned: our position on Social Security has not changed"));
    String spokeswoman = "An AARP spokeswoman said the group's position on Social Security has not changed.";
    assertThat(groups(article("a", null, quote), article("b", null, spokeswoman))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + spokeswoman));
  }

  @Test
  void theSameWordsWithoutQuotationMarksAreVerbatim() {
    List<QuoteGroup> g = groups(article("a", null, FULL),
        article("b", null, "Lavrov spoke in Stockholm.\nThe nightmarish scenario of military confrontation is returning."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The nightmarish scenario of military confrontation is returning",
        "b VERBATIM The nightmarish scenario of military confrontation is returning"));
    List<QuoteGroup> part = groups(
        article("a", null, "\u201CThe nightmarish scenario of military confrontation is returning. We will not accept new "
            + "missiles in Europe,\u201D Lavrov said."),
        article("b", null, "Lavrov spoke in Stockholm.\nWe will not accept new missiles in Europe."));
    assertThat(part).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The nightmarish scenario of military confrontation is returning. We will not accept new missiles in Europe",
        "b TRUNCATED We will not accept new missiles in Europe"));
  }

  @Test
  void aFewQuotedWordsThatAnotherOutletWritesWithoutMarksAreNoVersionOfItsOwnBesideALongerQuote() {
    List<QuoteGroup> g = groups(
        article("a", null, "The report said Karl Lind and his aides \u201Callowed bullying to spread and created a hostile "
            + "work environment.\u201D"),
        article("b", null, "The inquiry found that town hall was a \u201Chostile work environment\u201D for junior staff."),
        article("c", null, "Staff who spoke up were moved to the harbor office, and clerks there describe a \u201Ctoxic\u201D "
            + "and hostile work environment under Lind."));
    // c puts only "toxic" in quotation marks: it prints neither a's words nor b's as a quote
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM allowed bullying to spread and created a hostile work environment.",
        "b TRUNCATED hostile work environment"));
  }

  @Test
  void anotherOutletWritingAQuotedNameIsNoVersionOfAQuote() {
    List<QuoteGroup> g = groups(article("a", null, "Strand criticised the end of the \u201Cdon't ask, don't tell\u201D policy."),
        article("b", null, "Strand Goes After Berg Over Don't Ask Don't Tell\n\nStrand spoke in Iowa on Friday."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly("a UNIQUE don't ask, don't tell"));
  }

  @Test
  void aStatementAsTheSpeakerDoesNotKeepItsAuthorsWordsApart() {
    String words = "If we do not get tough and smart real fast, we are not going to have a country anymore.";
    List<QuoteGroup> g = groups(article("a", null, "\u201C" + words + "\u201D Jon Berg said."),
        article("b", null, "Jon Berg released a statement on Sunday.\n\n\u201C" + words + "\u201D the statement continued."));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Jon Berg");
      assertThat(q.variants()).extracting(QuoteVariant::fidelity).containsOnly(Fidelity.VERBATIM);
    });
    assertThat(groups(article("a", null, "\u201CHe lied to investigators,\u201D the indictment said.")))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("indictment"));
  }

  @Test
  void aSentenceThatReportsNoStatementIsNoParaphrase() {
    String quote = "\u201CWal-Mart was behind the other large retailers,\u201D Sellers said.";
    assertThat(groups(article("a", null, quote),
        article("b", null, "The court may block the lawsuit against Wal-Mart, and other large employers would gain.")))
        .singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE Wal-Mart was behind the other large retailers"));
    assertThat(groups(article("a", null, quote),
        article("b", null, "Sellers argued that Wal-Mart was behind other large retailers in pay.")))
        .singleElement().satisfies(q -> assertThat(rendered(q)).contains(
            "b PARAPHRASE Sellers argued that Wal-Mart was behind other large retailers in pay."));
  }

  @Test
  void aClaimTheOutletHedgesIsNoParaphrase() {
    String quote = "Police chief Eva Strand said: \u201CTwo, she shot and killed right there in the room.\u201D";
    String gunned = "Jane Doe gunned down two co-workers at the Lindby mill on Thursday, police said.";
    String allegedly = "The trial of a worker who allegedly shot and killed two co-workers last year starts Monday.";
    String reports = "According to reports, a worker named Jane Doe shot and killed two co-workers at the Lindby mill.";
    for (String hedged : List.of(allegedly, reports)) {
      assertThat(groups(article("a", null, quote), article("b", null, hedged), article("c", null, gunned)))
          .singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
              "a UNIQUE Two, she shot and killed right there in the room."));
    }
    String said = "Eva Strand said the worker shot and killed two co-workers right there in the room.";
    assertThat(groups(article("a", null, quote), article("b", null, said), article("c", null, gunned)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + said));
  }

  @Test
  void anUnnamedSourcesWordsAreNoParaphraseOfANamedSpeaker() {
    String quote = "\u201CEva is grateful for the treatment she received at the Lindby Clinic,\u201D Karl Lind said.";
    String source = "A source tells the Lindby Courier that the singer is now receiving treatment at the Lindby Clinic.";
    String other = "Eva Strand has checked into the Lindby Clinic, her lawyer said.";
    assertThat(groups(article("a", null, quote), article("b", null, source), article("c", null, other)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE Eva is grateful for the treatment she received at the Lindby Clinic"));
    String lind = "Karl Lind said the singer is grateful for the treatment she is receiving at the Lindby Clinic.";
    assertThat(groups(article("a", null, quote), article("b", null, lind), article("c", null, other)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + lind));
  }

  @Test
  void anotherPersonsStatementInTheQuotesWordsIsNoParaphrase() {
    String quote = "\u201CIt is not the intent of the law to discriminate against anyone,\u201D David Long said.";
    String pence = "Gov. Mike Pence, moving to address a firestorm over the law, said the intent of the law was not to "
        + "discriminate against anyone.";
    assertThat(groups(article("a", null, quote), article("b", null, pence))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE It is not the intent of the law to discriminate against anyone"));
    String he = "Long, the Senate leader, said the intent of the law was not to discriminate against anyone.";
    assertThat(groups(article("a", null, quote), article("b", null, he))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + he));
  }

  @Test
  void aTermTheQuoteAndTheSentenceShareIsNoParaphrase() {
    String quote = "Mayor Jane Doe said the town is \u201Cin regular contact with harbor ferry operators.\u201D";
    String other = "Lindby's harbor has had late sailings all week.";
    String term = "She said 40 families had complained about late sailings by harbor ferry operators.";
    assertThat(groups(article("a", null, quote), article("b", null, term), article("c", null, other)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE in regular contact with harbor ferry operators."));
    String restated = "She said the town was in regular contact with every operator of a harbor ferry.";
    assertThat(groups(article("a", null, quote), article("b", null, restated), article("c", null, other)))
        .singleElement().satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + restated));
  }

  @Test
  void aReporterWhoAsksMakesNoStatement() {
    String quote = "\u201CI am not sure the new bridge will open this spring,\u201D Karl Lind said.";
    String asked = "Karl Lind sparred on Monday with a reporter who asked whether he was sure the new bridge would open "
        + "this spring.";
    assertThat(groups(article("a", null, quote), article("b", null, asked))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly("a UNIQUE I am not sure the new bridge will open this spring"));
    String told = "Karl Lind told a reporter he was not sure the new bridge would open this spring.";
    assertThat(groups(article("a", null, quote), article("b", null, told))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + told));
  }

  @Test
  void sharingTheQuotesNamesIsNoParaphrase() {
    List<QuoteGroup> g = groups(article("a", null, "\u201CThat was disrespectful to the United States of America,\u201D Trump said."),
        article("b", null, "Economists said the United States Mexico Canada Agreement will not pay for a wall in America."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a UNIQUE That was disrespectful to the United States of America"));
  }

  @Test
  void twoWordsOfOneStemAreNoParaphrase() {
    // "responses" and "responsibly" are two words the stemmer cuts alike: the sentence says something else
    String quote = "\u201CIt is now time for the council to act responsibly on the harbor,\u201D Karl Lind said.";
    String responses = "At the time, Karl Lind assailed the council for its responses to the flood, and he said the "
        + "harbor walls must be raised.";
    assertThat(groups(article("a", null, quote), article("b", null, responses))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly(
            "a UNIQUE It is now time for the council to act responsibly on the harbor"));
    // an inflection of the quote's word is the same word
    String acting = "Karl Lind said it was now time for the council to start acting responsibly on the harbor.";
    assertThat(groups(article("a", null, quote), article("b", null, acting))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + acting));
  }

  @Test
  void theNounOfTheQuotesVerbRestatesIt() {
    // "announcing" and "announcement", "secure" and "security": one word made a noun keeps its sense
    String quote = "\u201CTomorrow I am officially announcing 40 new harbor patrol boats for Lindby to secure our "
        + "coast,\u201D Governor Jane Doe wrote on Monday.";
    String noun = "Doe's announcement of 40 harbor patrol boats for Lindby comes as coast security is debated.";
    assertThat(groups(article("a", null, quote), article("b", null, noun))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + noun));
  }

  @Test
  void unrelatedSentenceIsNoParaphrase() {
    List<QuoteGroup> g = groups(article("a", null, FULL), article("b", null, "Lavrov met Blinken in Stockholm on Thursday."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a UNIQUE The nightmarish scenario of military confrontation is returning"));
  }

  @Test
  void theAdjectiveOfTheQuotesAdverbRestatesIt() {
    // "easy" is the adjective of "easily": with it the sentence carries 6 of the quote's 10 words, enough
    String quote = "\u201CThe new ferry will easily carry 300 passengers across the harbor each morning,\u201D "
        + "Karl Lind said.";
    String easy = "Karl Lind said it is easy for a ferry to carry 300 people each morning.";
    assertThat(groups(article("a", null, quote), article("b", null, easy))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + easy));
    // without it five are too few
    String fewer = "Karl Lind said it is hard for a ferry to carry 300 people each morning.";
    assertThat(groups(article("a", null, quote), article("b", null, fewer))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).noneMatch(line -> line.startsWith("b ")));
  }

  @Test
  void anAmpersandInTheQuoteIsNoWordToRestate() {
    // "&" is the quote's "and": a stop word, so the paraphrase needs 7 of its 11 words, not 8 of 12
    String quote = "\u201CThe boat & sail shop will close its harbor store, old marina and repair yard on Friday,\u201D "
        + "Karl Lind said.";
    String restated = "Karl Lind said the boat shop would close its harbor store and marina on Friday.";
    assertThat(groups(article("a", null, quote), article("b", null, restated))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).contains("b PARAPHRASE " + restated));
    // six of the eleven words are too few
    String fewer = "Karl Lind said the boat shop would close its harbor store and marina.";
    assertThat(groups(article("a", null, quote), article("b", null, fewer))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).noneMatch(line -> line.startsWith("b ")));
  }

  @Test
  void sameWordsFromDifferentSpeakersAreTwoQuotes() {
    List<QuoteGroup> g = groups(article("a", null, "\u201CWe need legal guarantees,\u201D Putin said."),
        article("b", null, "\u201CWe need legal guarantees,\u201D Zelensky said."));
    assertThat(g).hasSize(2);
    assertThat(g).extracting(QuoteGroup::speaker).containsExactly("Putin", "Zelensky");
  }

  @Test
  void theSameWholeQuoteIsOneQuoteHoweverTheOutletsNameTheSpeaker() {
    // one outlet names the force, the other its spokeswoman: the same seven words are one quote
    List<QuoteGroup> g = groups(
        article("a", null, "Police said: \u201CIt is being treated as potentially suspicious.\u201D"),
        article("b", null, "A Lindby police spokeswoman said: \u201CIt is being treated as potentially suspicious.\u201D"));
    assertThat(g).singleElement().satisfies(q -> assertThat(q.variants()).extracting(QuoteVariant::fidelity)
        .containsExactly(Fidelity.VERBATIM, Fidelity.VERBATIM));
  }

  /**
   * One outlet gives a short whole quote, printed word for word inside another outlet's longer quote, to another
   * person, named in the sentence before ("The harbour chief vowed action. “…,” he said."): one quote, each outlet's
   * speaker kept, and the text summary says the words are attributed differently.
   */
  @Test
  void aShortWholeQuoteInsideAnotherOutletsLongerOneGivenToSomeoneElseIsOneQuote() {
    String lead = "A barge hit the Ostvik Bridge on Monday and the county closed it. ";
    AnalyzedArticle mayor = article("a", null, lead + "Mayor Lena Ostrand visited the bridge. \u201CWe will learn "
        + "why the barge drifted, and we will make the river safe again,\u201D she said.");
    AnalyzedArticle chief = article("b", null, lead + "Harbour chief Nils Aberg vowed action. \u201CWe will learn "
        + "why the barge drifted,\u201D he said.");
    Comparison c = compare(List.of(mayor, chief));
    assertThat(c.quotes()).singleElement().satisfies(q -> assertThat(q.variants())
        .extracting(v -> v.article() + " " + v.fidelity() + " " + v.speaker().orElse("?"))
        .containsExactly("a VERBATIM Lena Ostrand", "b TRUNCATED Nils Aberg"));
    assertThat(TextReport.render(c)).contains("attributed differently: a gives");
    // near variant: five words alike ("We will learn the cause") are as often two people's words
    AnalyzedArticle shortChief = article("b", null, lead + "Harbour chief Nils Aberg vowed action. \u201CWe will "
        + "learn why,\u201D he said.");
    assertThat(groups(article("a", null, lead + "Mayor Lena Ostrand visited the bridge. \u201CWe will learn why, "
        + "and we will make the river safe again,\u201D she said."), shortChief)).hasSize(2);
  }

  @Test
  void theSameLongQuoteGivenToTwoPeopleIsOneQuoteWithEachOutletsSpeaker() {
    String words = "sometimes the words don't come out of your mouth the right way";
    List<QuoteGroup> g = groups(article("a", null, "\u201CI think he knows that " + words + ",\u201D Jon Berg said."),
        article("b", null, "\u201CAs he very well knows, " + words + ",\u201D Jon Berg said."),
        article("c", null, "\u201CI think he knows that " + words + ",\u201D Karl Strand said."));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Jon Berg");
      assertThat(q.variants()).extracting(v -> v.article() + " " + v.speaker().orElse("?"))
          .containsExactly("a Jon Berg", "b Jon Berg", "c Karl Strand");
    });
  }

  @Test
  void aTieBetweenTwoSpeakersGoesToTheOneAVersionNamesBesideItsWords() {
    // outlet a gives the words to "he", a pronoun the analyzer resolves to the senator it quoted before; outlet b
    // names the leader beside the words: one vote each, and the speaker named in the version's own sentence wins
    List<QuoteGroup> g = groups(
        article("a", null, "Senator Tom Vale said: \u201CWe will not vote for this budget.\u201D In his statement, he"
            + " said: \u201CThe plan strikes a fair balance between the two towns.\u201D"),
        article("b", null, "The plan \u201Cstrikes a fair balance between the two towns,\u201D Mr. Brill said in a"
            + " statement."));
    assertThat(g).filteredOn(q -> q.variants().size() == 2).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Brill"));
  }

  @Test
  void aTieBetweenTwoSpeakersBothNamedBesideTheirWordsKeepsTheFirstOutletsSpeaker() {
    String words = "sometimes the words don't come out of your mouth the right way";
    List<QuoteGroup> g = groups(article("a", null, "\u201CI think he knows that " + words + ",\u201D Jon Berg said."),
        article("b", null, "\u201CI think he knows that " + words + ",\u201D Karl Strand said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jon Berg"));
  }

  @Test
  void twoPeopleSharingAStockPhraseAreTwoQuotes() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CI want to thank the men and women of law enforcement who ran toward danger tonight,"
            + "\u201D Jon Berg said."),
        article("b", null, "\u201CI want to thank the men and women of law enforcement and our firefighters for their "
            + "courage and their sacrifice in the storm,\u201D Karl Strand said."));
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).extracting(QuoteVariant::fidelity)
        .containsOnly(Fidelity.UNIQUE));
  }

  @Test
  void anUnattributedQuoteDoesNotJoinTwoSpeakersQuotes() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CAmerica must win the war in Afghanistan,\u201D Steele said."),
        article("b", null, "\u201CThe war in Afghanistan is not a war of choosing,\u201D Kristol wrote."),
        article("c", null, "The party is split over"
            + " \u201Cthe war in Afghanistan, a war America must win, not a war of choosing.\u201D"));
    assertThat(g).extracting(QuoteGroup::speaker).contains("Steele", "Kristol");
    assertThat(g).noneSatisfy(q -> assertThat(q.variants()).extracting(QuoteVariant::article).contains("a", "b"));
  }

  @Test
  void speakerResolvedAcrossOutlets() {
    List<QuoteGroup> g = groups(
        article("a", null, "Russian Foreign Minister Sergei Lavrov spoke in Stockholm.\n" + FULL),
        article("b", null, "Russian Foreign Minister Sergey Lavrov spoke in Stockholm.\n" + FULL),
        article("c", null, "Foreign Minister Sergey Lavrov spoke in Stockholm.\nRussia's top diplomat said "
            + "\u201Cthe nightmarish scenario of military confrontation is returning.\u201D"));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Sergey Lavrov");
      assertThat(q.variants()).extracting(QuoteVariant::fidelity)
          .containsExactly(Fidelity.VERBATIM, Fidelity.VERBATIM, Fidelity.VERBATIM);
    });
  }

  @Test
  void remarksOfOneSpeakerSharingOnlyTheirTopicAreSeparateQuotes() {
    // each outlet quotes another sentence of Karl Lind's statement: the same subject, not the same words
    List<QuoteGroup> g = groups(
        article("a", null, "Karl Lind said, \u201CFor decades the club has asked Lindby to keep town pensions strong "
            + "enough for every retiree.\u201D"),
        article("b", null, "\u201CMake no mistake: we will keep fighting for town pensions and for the people who earned "
            + "them,\u201D Karl Lind said."),
        article("c", null, "Karl Lind said that \u201Cthe club's view on town pensions has not changed.\u201D"));
    assertThat(g).hasSize(3).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void aNameTwoQuotesShareIsNoRunOfTheirWords() {
    // the unattributed quote shares "the Lindby Seniors Club" and the topic's words, not a remark
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CFor decades the Lindby Seniors Club has asked the town to keep pensions strong,\u201D "
            + "Karl Lind said."),
        article("c", null, "The club later wrote that \u201Cthe Lindby Seniors Club will not cut pensions.\u201D"));
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void twoRemarksOfOneSpeakerInOnePassageAreTwoQuotes() {
    AnalyzedArticle a = article("a", null, "Karl Lind said the harbor plan was \u201Cfar from settled.\u201D");
    AnalyzedArticle b = article("b", null, "Blaming the harbor plan, Karl Lind said, was \u201Ca settled habit of the "
        + "council.\u201D");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "Lind", b, "Lind")).quotes();
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void twoRemarksOfOneSpeakerSharingAPhraseInOnePassageAreTwoQuotes() {
    // one remark to a radio station, another to reporters at a fair: the same phrase, not the same statement
    AnalyzedArticle a = article("a", null, "\u201CTolls of that kind may well be fair, and towns are able to decide "
        + "those matters for themselves,\u201D Karl Lind told a radio station in Lindby.");
    AnalyzedArticle b = article("b", null, "\u201CTowns are able to make decisions on tolls for bridges and roads, and so "
        + "forth, town by town,\u201D Karl Lind told reporters at a farm fair.");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "Tolls", b, "Towns")).quotes();
    assertThat(g).hasSize(2).allSatisfy(q -> assertThat(q.variants()).singleElement()
        .satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void anUnattributedPhraseWrittenTwoWaysInOnePassageIsOneQuote() {
    AnalyzedArticle a = article("a", null, "The Lindby Farmers Union accused the council of acting as a \u201Cpartisan "
        + "political attack dog\u201D on Tuesday.");
    AnalyzedArticle b = article("b", null, "The Lindby Farmers Union condemned the council for reducing itself to a "
        + "\u201Cpartisan attack dog organization.\u201D");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "accused", b, "condemned")).quotes();
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a ALTERED partisan political attack dog", "b ALTERED partisan attack dog organization."));
    // in sentences the aligner keeps apart, they stay two quotes: too few words in a row to say more
    assertThat(groups(a, b)).hasSize(2);
  }

  @Test
  void aRemarkRewordedInOnePassageIsStillAltered() {
    AnalyzedArticle a = article("a", null, "\u201CWho pays for all this? A taxpayer?\u201D Karl Lind asked.\n\n"
        + "\u201CI have a question!\u201D Jane Doe said.");
    AnalyzedArticle b = article("b", null, "\u201CWho pays for all this, the taxpayer?\u201D Karl Lind asked.\n\n"
        + "\u201CI got a question,\u201D Jane Doe said.");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "pays", b, "pays"),
        passage("p2", a, "question", b, "question")).quotes();
    assertThat(g).extracting(QuoteMatcherTest::rendered).containsExactly(
        List.of("a ALTERED Who pays for all this? A taxpayer?", "b ALTERED Who pays for all this, the taxpayer?"),
        List.of("a ALTERED I have a question!", "b ALTERED I got a question"));
  }

  @Test
  void anotherRemarkAnOutletPrintsBesideTheQuoteIsNoAlteredVersion() {
    AnalyzedArticle a = article("a", null, "\u201CI keep saying that those parking fees are far too high. It hurts "
        + "shops,\u201D Jane Doe said.");
    AnalyzedArticle b = article("b", null, "Jane Doe called the fees \u201Cfar too high.\u201D\n\n"
        + "\u201CI keep saying that those parking fees are far too high,\u201D Doe said.\n\n"
        + "Later she returned to the subject. \u201CI think if you charge fees like that, you charge fees that are far "
        + "too high,\u201D she added.");
    // the aligner joined a's quote with b's later remark: one speaker, one subject
    assertThat(compare(List.of(a, b), passage("p1", a, "keep saying", b, "charge fees")).quotes())
        .extracting(QuoteMatcherTest::rendered)
        .containsExactly(List.of("a VERBATIM I keep saying that those parking fees are far too high. It hurts shops",
            "b TRUNCATED far too high.",
            "b TRUNCATED I keep saying that those parking fees are far too high"),
        List.of("b UNIQUE I think if you charge fees like that, you charge fees that are far too high"));
  }

  @Test
  void aQuoteSplitByItsAttributionIsVerbatimInBothPieces() {
    List<QuoteGroup> g = groups(
        article("a", null, "\u201CThe council has finally heard the residents of the mill district,\u201D said Jane Doe, "
            + "head of the Lindby Parks Group, \u201Cand now the real work on the new park begins.\u201D"),
        article("b", null, "\u201CThe council has finally heard the residents of the mill district, and now the real work "
            + "on the new park begins,\u201D Jane Doe said."));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a VERBATIM The council has finally heard the residents of the mill district",
        "a VERBATIM and now the real work on the new park begins.",
        "b VERBATIM The council has finally heard the residents of the mill district, and now the real work on the new "
            + "park begins"));

    // the rest in the next sentence: "He added, ..."
    List<QuoteGroup> added = groups(
        article("a", null, "\u201CI answer every letter the town sends me,\u201D Karl Lind said in a statement.\n\n"
            + "He added, \u201CThat will not change while I am mayor of Lindby.\u201D"),
        article("b", null, "\u201CI answer every letter the town sends me. That will not change while I am mayor of "
            + "Lindby,\u201D Karl Lind said."));
    assertThat(added).singleElement().satisfies(q -> assertThat(q.variants()).extracting(QuoteVariant::fidelity)
        .containsOnly(Fidelity.VERBATIM));
    // a piece alone is still cut short
    List<QuoteGroup> cut = groups(
        article("a", null, "\u201CI answer every letter the town sends me,\u201D Karl Lind said in a statement."),
        article("b", null, "\u201CI answer every letter the town sends me. That will not change while I am mayor of "
            + "Lindby,\u201D Karl Lind said."));
    assertThat(cut).singleElement().satisfies(q -> assertThat(q.variants()).extracting(QuoteVariant::fidelity)
        .containsExactly(Fidelity.TRUNCATED, Fidelity.VERBATIM));
  }

  @Test
  void citedSourceIsKept() {
    List<QuoteGroup> g = groups(article("a", null, "\u201CThe threat is rising,\u201D Putin said, The New York Times reported."),
        article("b", null, "Nothing else happened today."));
    assertThat(g.get(0).variants().get(0).citedSource()).contains("The New York Times");
  }

  @Test
  void oneWordQuotesAreNotGrouped() {
    assertThat(groups(article("a", null, "Media spoke of an \u201Cinvasion\u201D of Ukraine."),
        article("b", null, "Media spoke of an \u201Cinvasion\u201D of Ukraine."))).isEmpty();
  }

  @Test
  void aTermInScareQuotesIsNoQuote() {
    // each outlet puts the board's term in quotation marks, and the first also writes it without them: no one's words
    AnalyzedArticle headline = article("a", null, "Lindby's \u201CHarbor Fairness Doctrine\u201D Ban Explained\n\n"
        + "On Thursday, Lindby's school board voted to ban lessons that use the harbor fairness doctrine.");
    AnalyzedArticle banned = article("b", null, "Lindby's school board banned \u201Charbor fairness doctrine\u201D from "
        + "its classrooms on Thursday.");
    assertThat(groups(headline, banned)).isEmpty();
    assertThat(groups(article("a", null, "The board banned the so-called \u201Charbor fairness doctrine\u201D from its "
        + "classrooms."))).isEmpty();

    // nor is it a version of the judge's quote that holds the same words
    List<QuoteGroup> ruling = groups(
        article("a", null, "A district judge ruled on Friday that the town's \u201Cnight parking\u201D ban is unfair.\n\n"
            + "\u201CNight parking on a quiet street harms no one,\u201D Judge Karl Lind wrote."),
        article("b", null, "Judge Overturns Lindby's Night Parking Ban\n\nA judge on Friday overturned the ban."));
    assertThat(ruling).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a UNIQUE Night parking on a quiet street harms no one"));

    // a few words that characterise, or that someone is said to say, are still quoted
    assertThat(groups(article("a", null, "The inquiry found that town hall was a \u201Chostile work environment\u201D for "
            + "junior staff."), article("b", null, "Karl Lind created a hostile work environment, officials said.")))
        .singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly("a UNIQUE hostile work environment"));
    assertThat(groups(article("a", null, "Jane Doe said the town's \u201Cnight parking\u201D ban was unfair."),
        article("b", null, "Judge Overturns Lindby's Night Parking Ban\n\nA judge on Friday overturned the ban.")))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jane Doe"));
  }

  @Test
  void aQuotedWordListedWithAnotherQuoteOfItsSpeakerIsQuotedWithIt() {
    List<QuoteGroup> g = groups(
        article("a", null, "Northby has criticised the harbor pact between Lindby and Southby, describing it as "
            + "\u201Cextremely reckless\u201D and \u201Cshort-sighted\u201D."),
        article("b", null, "Northby said the harbor pact was \u201Cextremely reckless\u201D on Friday."));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Northby");
      assertThat(rendered(q)).containsExactly("a VERBATIM extremely reckless", "a UNIQUE short-sighted",
          "b VERBATIM extremely reckless");
    });
    // a word quoted alone, or only with other words quoted alone, is still no quote: as often the outlet's own
    assertThat(groups(article("a", null, "Karl Lind said the harbor pact was \u201Creckless\u201D on Friday."),
        article("b", null, "Karl Lind spoke in Lindby on Friday."))).isEmpty();
    assertThat(groups(article("a", null, "Karl Lind called the harbor pact \u201Creckless\u201D and \u201Cshort-sighted\u201D "
        + "on Friday."), article("b", null, "Karl Lind spoke in Lindby on Friday."))).isEmpty();
  }

  @Test
  void anotherSentenceOfTheStatementThatOnlyOneOutletPrintsIsUnique() {
    // a joins its two sentences through their shared words; only the first has a version in b
    String a = "\u201CWe have learned something important since the days that I served in Vietnam and Korea,\u201D "
        + "Doe said.\n\u201CI served in Korea and Vietnam with honor and pride,\u201D Doe said later.";
    String b = "\u201CWe have learned something very important since the days that I served in Vietnam,\u201D Doe said.";
    List<QuoteGroup> g = groups(article("a", null, a), article("b", null, b));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a ALTERED We have learned something important since the days that I served in Vietnam and Korea",
        "a UNIQUE I served in Korea and Vietnam with honor and pride",
        "b ALTERED We have learned something very important since the days that I served in Vietnam"));
  }

  @Test
  void aLongerVersionThatPrintsTheBestSupportedVersionInFullIsVerbatim() {
    // two outlets print "it is absolutely the town's business", two headlines a part of it; one outlet also prints
    // the whole sentence it opens
    List<QuoteGroup> g = groups(
        article("a", null, "Harbor head: 'Absolutely the town's business' to know who parks\n\n"
            + "Harbor Secretary Eva Strand declared Thursday that \"it is absolutely the town's business\" "
            + "to know who parks at the pier.\n\n\"The town has spent millions to keep the pier open,\" Strand said on "
            + "the radio. \"So it is absolutely the town's business, it is taxpayers' business, if we have to keep "
            + "paying for it.\""),
        article("b", null, "Harbor Secretary Eva Strand on Thursday defended her argument that \u201Cit is absolutely "
            + "the town\u2019s business\u201D to know who parks at the pier."),
        article("c", null, "Harbor Secretary Strand: 'Absolutely the town's business' to know who parks at the pier\n\n"
            + "Harbor Secretary Eva Strand said Thursday it was \"absolutely the town's business\" to know "
            + "who parks at the pier."));
    assertThat(g.get(0).variants()).filteredOn(v -> v.text().startsWith("So it is"))
        .singleElement().satisfies(v -> assertThat(v.fidelity()).isEqualTo(Fidelity.VERBATIM));
  }

  @Test
  void aShortSentenceQuotedInTheHeadlineAndTheBodyIsOneQuote() {
    // "Do not come" has one word of substance: each outlet prints it in its headline and again in its body
    List<QuoteGroup> g = groups(
        article("a", null, "Strand tells the fishermen of Lindby: \"Do not come\"\n\n"
            + "Eva Strand warned fishermen away from the closed bay on Monday. \"Do not come,\" Strand said at a "
            + "press conference."),
        article("b", null, "Eva Strand to Fishermen: \u2018Do Not Come\u2019\n\n"
            + "At a press conference in Lindby, Eva Strand had a message for fishermen thinking of sailing into the "
            + "closed bay: \u201CDo not come.\u201D"));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Eva Strand");
      assertThat(rendered(q)).containsExactly("a VERBATIM Do not come", "a VERBATIM Do not come",
          "b VERBATIM Do Not Come", "b VERBATIM Do not come.");
    });
  }

  @Test
  void aShortQuoteThatAnotherOutletPrintsInALongerOneIsTruncated() {
    List<QuoteGroup> g = groups(
        article("a", null, "Lind snaps at reporter over the ferry fares\n\n"
            + "Asked why he was sure the fares would fall, Mayor Karl Lind looked angry, answering: "
            + "\u201CI\u2019m not sure.\u201D"),
        article("b", null, "Lind snaps at reporter over ferry question\n\n"
            + "Mayor Karl Lind turned to the reporter and said, \"I'm not sure the fares will fall. What are you "
            + "even doing here?\""));
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a TRUNCATED I\u2019m not sure.",
        "b VERBATIM I'm not sure the fares will fall. What are you even doing here?"));
  }

  @Test
  void twoWordsAPersonIsQuotedAsSayingAreACutOfTheirLongerQuote() {
    String full = "Mayor Karl Lind said on Monday that the new ferry timetable would add two crossings a day from May.\n\n"
        + "\u201CI would make one point about the timetable: all councillors will back it, I think, when it comes to a "
        + "vote,\u201D Lind told reporters.";
    String cut = "Lindby's ferry will run two more crossings a day from May under a new timetable, Mayor Karl Lind said "
        + "on Monday.\n\nLind, who has led the town since 2019, said he was sure of \u201Call councillors\u201D this time.";
    assertThat(groups(article("a", null, full), article("b", null, cut))).singleElement()
        .satisfies(q -> assertThat(rendered(q)).containsExactly("a VERBATIM I would make one point about the timetable: "
            + "all councillors will back it, I think, when it comes to a vote", "b TRUNCATED all councillors"));

    // the same two words given to no one stay apart: they are as often the outlet's own
    String unattributed = "Lindby's ferry will run two more crossings a day from May under a new timetable, Mayor "
        + "Karl Lind said on Monday.\n\nThe plan has the backing of \u201Call councillors\u201D this time.";
    assertThat(groups(article("a", null, full), article("b", null, unattributed)))
        .allSatisfy(q -> assertThat(q.variants()).singleElement());
  }

  @Test
  void aShortPhraseQuotedInsideASentenceIsNoPartOfAnUnattributedLongerQuote() {
    // "the old “We the town”" names a charter's opening; another outlet's quote that uses it, given to no one, is
    // other words
    List<QuoteGroup> g = groups(
        article("a", null, "The council opened its session by reading the town motto (the old \u201CWe the town\u201D "
            + "of the harbor charter) before the vote on the ferry fares."),
        article("b", null, "\u201CWhat we pay for the ferry is nearly a million. When the council sits but does not "
            + "vote, we the town still have to pay for the lights and the coffee,\u201D the letter to the council "
            + "read."));
    assertThat(g).allSatisfy(q -> assertThat(q.variants()).allSatisfy(
        v -> assertThat(v.fidelity()).isEqualTo(Fidelity.UNIQUE)));
  }

  @Test
  void aBodyThatSpeaksForAPersonQuotesThePersonsWords() {
    List<QuoteGroup> g = groups(
        article("a", null, "Mayor Jane Doe drops the night parking rule\n\n"
            + "Mayor Jane Doe on Friday dropped the night parking rule of her predecessor. Doe wrote in her order that "
            + "the rule \u201Cdoes not serve the people of Lindby.\u201D"),
        article("b", null, "Lindby drops night parking rule\n\n"
            + "The Lindby Town Council announced Friday that it would drop the night parking rule because it "
            + "\u201Cdoes not serve the people\u201D of the town."));
    assertThat(g).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Jane Doe");
      assertThat(rendered(q)).containsExactly("a VERBATIM does not serve the people of Lindby.",
          "b TRUNCATED does not serve the people");
    });
  }

  @Test
  void aHeadlinesCutOfItsOwnOutletsQuoteIsTruncated() {
    Comparison c = compare(List.of(
        article("a", null, "Harbour Master Calls Ferry Ruling \u2018Insult To The Ten Thousand Islanders\u2019\n\n"
            + "Harbour master Nils Berg said on Monday: \u201CThe board\u2019s ruling is an insult to the ten thousand "
            + "islanders who use the ferry every week.\u201D"),
        article("b", null, "The harbour master, Nils Berg, called the ferry ruling \u201Can insult\u201D on Monday.")));
    // the summary reads the headline's cut against the quote it cuts
    assertThat(TextReport.render(c)).contains("as \"Insult To The Ten Thousand Islanders\"\n    a's version: ");
    List<QuoteGroup> g = c.quotes();
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a TRUNCATED Insult To The Ten Thousand Islanders",
        "a VERBATIM The board\u2019s ruling is an insult to the ten thousand islanders who use the ferry every week.",
        "b TRUNCATED an insult"));
  }

  @Test
  void aBodyVersionThatPrintsEveryWordOfAnotherOutletsHeadlineIsTheOneItDepartsFrom() {
    AnalyzedArticle a = article("a", null, "Harbour board: islanders \u201Cdo not need a ferry pass this "
        + "winter\u201D\n\nIslanders do not need to buy a ferry pass this winter, the Lindby harbour board said on "
        + "Monday.\n\n\u201CIslanders who live on the island all year do not need a ferry pass this winter.\u201D");
    AnalyzedArticle b = article("b", null, "Islanders \u2018don\u2019t need ferry pass\u2019 this winter: harbour "
        + "board\n\nIslanders will not need to buy a ferry pass this winter, the Lindby harbour board said on Monday.");
    List<QuoteGroup> g = compare(List.of(a, b), passage("p1", a, "Islanders who live", b, "Islanders \u2018don"))
        .quotes();
    assertThat(g).singleElement().satisfies(q -> assertThat(rendered(q)).containsExactly(
        "a TRUNCATED do not need a ferry pass this winter",
        "a VERBATIM Islanders who live on the island all year do not need a ferry pass this winter.",
        "b ALTERED don\u2019t need ferry pass"));
  }
}
