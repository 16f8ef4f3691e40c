package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingTest {
  private static List<String> cues(String text) {
    AnalyzedArticle a = article("a", null, text);
    return Framing.standard().cues(a).stream().map(c -> c.kind() + " " + c.text()).toList();
  }

  @Test
  void distancingVerb() {
    assertThat(cues("Foreign Minister Sergey Lavrov claimed on Thursday that NATO refuses all proposals."))
        .containsExactly("ATTRIBUTION claimed");
  }

  @Test
  void neutralVerbIsNoCue() {
    assertThat(cues("Foreign Minister Sergey Lavrov said on Thursday that NATO refuses all proposals.")).isEmpty();
  }

  @Test
  void distancingWords() {
    assertThat(cues("Fears grew over an alleged buildup and the purported plans of the so-called alliance."))
        .containsExactly("DISTANCING alleged", "DISTANCING purported", "DISTANCING so-called");
  }

  @Test
  void wouldBeNamesARoleSoughtNotADoubt() {
    // "would-be" says what someone means to become, not that the outlet doubts a claim
    assertThat(cues("The Lindby mayor told would-be migrants and would-be customers to wait.")).isEmpty();
  }

  @Test
  void supposedToDoIsAScheduleNotADoubt() {
    assertThat(cues("The Lindby ferry was supposed to leave at noon.")).isEmpty();
    assertThat(cues("The Lindby bridge is supposed to be finished by May and was supposed to be inspected."))
        .isEmpty();
    // a report the outlet passes on stays distancing
    assertThat(cues("The supposed leak in Lindby is supposed to have started at noon."))
        .containsExactly("DISTANCING supposed", "DISTANCING supposed");
  }

  @Test
  void allegedThatIsAttribution() {
    assertThat(cues("The ministry alleged that the drills were a provocation."))
        .contains("ATTRIBUTION alleged");
  }

  @Test
  void scareQuotes() {
    assertThat(cues("Some Western media outlets have written that Moscow is planning an \u201Cinvasion\u201D of its neighbor."))
        .containsExactly("SCARE_QUOTE \u201Cinvasion\u201D");
  }

  @Test
  void attributedPartialQuoteIsNotAScareQuote() {
    assertThat(cues("Lavrov said that strategic stability on the continent is \u201Crapidly eroding.\u201D")).isEmpty();
  }

  @Test
  void partialQuoteAfterAVerbOfSayingIsTheSpeakersNotAScareQuote() {
    assertThat(cues("The chair of the Lindby harbor board, in a March letter, wrote that the rust on the pier was"
        + " \u201Cspreading,\u201D according to reports on Monday.")).isEmpty();
    assertThat(cues("The audit panel said the files show how Karl Lind pushed the plan with the \u201Cclear aim\u201D"
        + " of keeping his seat.")).isEmpty();
    assertThat(cues("Eva Strand revealed the council is working with the port to flag \u201Cunsafe\u201D boats"
        + " before the storm.")).isEmpty();
  }

  @Test
  void partialQuoteAfterAVerbOfNamingIsTheSpeakersNotAScareQuote() {
    assertThat(cues("Calling the ruling \u201Cplainly wrong,\u201D the Lindby town attorney asked the court to hear"
        + " the case again.")).isEmpty();
    assertThat(cues("In a letter to the mayor, the agency classified the risk of a flood this spring as being"
        + " \u201Cvery low.\u201D")).isEmpty();
    assertThat(cues("Jane Doe, in a speech to the town on the eve of the fair, praised the volunteers and called"
        + " trust the \u201Cgreatest asset\u201D of Lindby.")).isEmpty();
  }

  @Test
  void aQuotedWordAfterABeAndAnAInAClauseOfSayingIsWhatTheSpeakerCallsIt() {
    assertThat(cues("Harbor patrol officials said one of the two boats they stopped was a \u201Cdecoy,\u201D and one"
        + " was a \u201Ctender.\u201D")).isEmpty();
    // no form of "be" before the "a": a term the outlet keeps its distance from, as before
    assertThat(cues("Harbor patrol officials said a \u201Cdecoy\u201D boat had slipped past the Lindby pier at night."))
        .containsExactly("SCARE_QUOTE \u201Cdecoy\u201D");
  }

  @Test
  void quotedWordOutsideAClauseOfSayingStaysAScareQuote() {
    assertThat(cues("Lindby officials have written that the town faces an \u201Cinvasion\u201D of tourists each summer."))
        .containsExactly("SCARE_QUOTE \u201Cinvasion\u201D");
    assertThat(cues("Officials say the dock will be paid for by the spending package known as the \u201Charbor bill\u201D"
        + " that the council plans to pass.")).containsExactly("SCARE_QUOTE \u201Charbor bill\u201D");
    assertThat(cues("If you never watch the late-night chatter that calls itself \u201Cnews,\u201D you missed"
        + " the storm in Lindby.")).containsExactly("SCARE_QUOTE \u201Cnews\u201D");
  }

  @Test
  void aScareQuoteIsShownWithoutTheCommaItsClosingMarkStandsAfter() {
    String text = "Despite warnings that the harbor plan was \u201Cbadly rushed,\u201D the Lindby council passed it.";
    AnalyzedArticle a = article("a", null, text);
    FramingCue cue = Framing.standard().cues(a).stream().filter(c -> c.kind() == FramingKind.SCARE_QUOTE)
        .findFirst().orElseThrow();
    assertThat(cue.text()).isEqualTo("\u201Cbadly rushed\u201D");
    // the cue still spans the words as written, comma and marks
    assertThat(text.substring(cue.start(), cue.end())).isEqualTo("\u201Cbadly rushed,\u201D");
    // with no punctuation inside the marks the term is shown as written
    assertThat(cues("Despite warnings that the harbor plan was \u201Cbadly rushed\u201D the Lindby council passed it."))
        .contains("SCARE_QUOTE \u201Cbadly rushed\u201D");
  }

  @Test
  void wordsInsideAFullQuoteAreTheSpeakersNotTheOutlets() {
    assertThat(cues("\u201CThey have irresponsibly and allegedly broken every promise they made,\u201D Lavrov said.")).isEmpty();
  }

  @Test
  void loadedWordInAnAttributedShortQuoteIsTheSpeakersNotTheOutlets() {
    assertThat(cues("The top Russian diplomat said NATO was \u201Cirresponsibly\u201D expanding toward Russia."))
        .isEmpty();
  }

  @Test
  void wordsASourceIsQuotedAsSayingGiveTheOutletNoFramingCue() {
    assertThat(cues("The Lindby harbor board issued a statement saying the audit is \u201Cbaseless\u201D and false."))
        .isEmpty();
    assertThat(cues("Karl Lind told the Lindby Post that the council's plan is \u201Cutterly irresponsible.\u201D"))
        .isEmpty();
    assertThat(cues("Eva Strand called the ferry fares \u201Cdeeply troubling\u201D at a meeting in Lindby.")).isEmpty();
    // the outlet's own words in the same sentence still count, and so do those of its own scare quote
    assertThat(cues("Karl Lind said the plan is \u201Cunfair,\u201D a charge the Lindby council strongly denied."))
        .containsExactly("INTENSIFIER strongly");
    assertThat(cues("The Lindby council pressed on with its \u201Cirresponsibly\u201D rushed harbor plan on Monday."))
        .containsExactly("SCARE_QUOTE \u201Cirresponsibly\u201D", "LOADED irresponsibly");
  }

  @Test
  void loadedWords() {
    assertThat(cues("Since Russia's unilateral annexation of Crimea, Kremlin-backed rebels have fought Ukrainian troops."))
        .containsExactly("LOADED unilateral annexation", "LOADED Kremlin-backed");
  }

  @Test
  void hedgeAndCertainty() {
    assertThat(cues("The talks may resume soon. Clearly, the ministers want a deal."))
        .containsExactly("HEDGE may", "CERTAINTY Clearly");
  }

  @Test
  void monthMayIsNoHedge() {
    assertThat(cues("The drill began on May 31 near the border.")).isEmpty();
  }

  @Test
  void monthMayInsideASentenceIsNoHedge() {
    // inside a sentence the modal is written "may": a capitalised "May" there is the month
    assertThat(cues("Karl Lind left the Lindby council in May and Jane Doe may soon follow him."))
        .containsExactly("HEDGE may");
    assertThat(cues("Rents in Lindby rose 2% from May, the office said.")).isEmpty();
    // a headline in title case capitalises the modal too; there "in May" is still the month
    assertThat(cues("Lindby Council May Close the Harbour Bridge")).containsExactly("HEDGE May");
    assertThat(cues("Lindby Rents Rose Sharply in May")).containsExactly("INTENSIFIER Sharply");
  }

  @Test
  void reportedIsNotReportedly() {
    assertThat(cues("Reporters said the meeting was short.")).isEmpty();
    assertThat(cues("The meeting was reportedly short.")).containsExactly("HEDGE reportedly");
  }

  @Test
  void intensifier() {
    assertThat(cues("The Kremlin strongly denied the claim.")).containsExactly("INTENSIFIER strongly");
  }

  @Test
  void gravesAreBurialsNotTheIntensifierGrave() {
    assertThat(cues("Families in Lindby decorated the graves of the fishermen.")).isEmpty();
    assertThat(cues("The Lindby council faced a grave choice, and the mayor was gravely concerned."))
        .containsExactly("INTENSIFIER grave", "INTENSIFIER gravely");
  }

  @Test
  void severalIsACountNotTheIntensifierSevere() {
    // "several" shares its stem with "severe" but is another word: a count, no intensifier
    assertThat(cues("Several reporters saw the storm hit several towns in Lindby.")).isEmpty();
    assertThat(cues("Several reporters saw the severe storm hit Lindby.")).containsExactly("INTENSIFIER severe");
  }

  @Test
  void aGradeOfAnIllnessIsNoIntensifier() {
    // the category a health agency names, not the outlet's emphasis
    assertThat(cues("The panel backed a booster for people at high risk of severe disease in Lindby.")).isEmpty();
    assertThat(cues("The pill is meant for adults at risk of severe COVID-19 and for a rare, severe blood clot."))
        .isEmpty();
    // the same word on anything else still turns the volume up
    assertThat(cues("The panel faced severe criticism after a severe economic crisis in Lindby."))
        .containsExactly("INTENSIFIER severe", "INTENSIFIER severe");
  }

  @Test
  void aCaseOrAReactionIsAnIllnessOnlyBesideAMedicalWord() {
    assertThat(cues("The nurse saw a severe allergic reaction and grave cases of COVID-19 in Lindby.")).isEmpty();
    // alone, the same words take any grade: the outlet's emphasis
    assertThat(cues("The vote drew a severe reaction from the Lindby council, which called it a grave case of"
        + " neglect.")).containsExactly("INTENSIFIER severe", "INTENSIFIER grave");
    assertThat(cues("Traders spoke of severe outcomes for the Lindby mills, whose roofs were in grave condition."))
        .containsExactly("INTENSIFIER severe", "INTENSIFIER grave");
  }

  @Test
  void aQuotedWordAfterButInAClauseWithItsOwnSubjectIsTheOutletsTerm() {
    assertThat(cues("Harbor patrol officials said the search went well, but the Lindby skiff was a \u201Cphantom.\u201D"))
        .containsExactly("SCARE_QUOTE \u201Cphantom\u201D");
  }

  @Test
  void summaryCountsPerThousandWords() {
    AnalyzedArticle a = article("a", null, "Lavrov claimed that NATO is irresponsibly expanding. He claimed more.");
    FramingSummary s = Framing.standard().summarize(a);
    assertThat(s.words()).isEqualTo(10);
    assertThat(s.counts()).extracting(FramingSummary.KindCount::kind)
        .containsExactly(FramingKind.ATTRIBUTION, FramingKind.LOADED);
    FramingSummary.KindCount attribution = s.counts().get(0);
    assertThat(attribution.count()).isEqualTo(2);
    assertThat(attribution.perThousandWords()).isEqualTo(200.0);
    assertThat(attribution.examples()).containsExactly("claimed");
  }

  @Test
  void summaryOfNothing() {
    FramingSummary s = Framing.summarize(List.of(), 0);
    assertThat(s.counts()).isEmpty();
    assertThat(s.words()).isZero();
    assertThatThrownBy(() -> Framing.summarize(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void claimsAsANounIsNoAttribution() {
    assertThat(cues("Initial jobless claims fell to 210,000 in Lindby last week.")).isEmpty();
    assertThat(cues("New claims for unemployment benefits rose, and continuing claims, which count ongoing benefits, "
        + "dropped.")).isEmpty();
    assertThat(cues("Claims are now at their lowest level since the flood.")).isEmpty();
    assertThat(cues("Economists in Lindby had forecast 300,000 claims.")).isEmpty();
    assertThat(cues("Lindby Jobless Claims Fall to 210,000 for First Time in a Year")).isEmpty();
  }

  @Test
  void claimsBeforeAClauseStaysAttribution() {
    assertThat(cues("Karl Lind claims that the count in Lindby was wrong.")).containsExactly("ATTRIBUTION claims");
    assertThat(cues("The group claims it won the vote in Lindby.")).containsExactly("ATTRIBUTION claims");
    assertThat(cues("Eva Strand claimed in a filing that the count was wrong.")).containsExactly("ATTRIBUTION claimed");
    assertThat(cues("The council of Lindby faces what critics claim is a budget hole.")).containsExactly("ATTRIBUTION claim");
    assertThat(cues("Karl Lind Claims Victory in Lindby Mayoral Race")).containsExactly("ATTRIBUTION Claims");
    assertThat(cues("The plan cuts spending in Lindby, as the mayor's campaign claims.")).containsExactly("ATTRIBUTION claims");
    assertThat(cues("Karl Lind says this is to keep the clinic, not \u201Cclose\u201D it, as Eva Strand\u2019s campaign claims."))
        .containsExactly("ATTRIBUTION claims");
  }

  @Test
  void claimsAfterAVerbOrPrepositionIsANoun() {
    // a participle's object, a preposition's noun before its own verb, a weekly count, a subject before a modal
    assertThat(cues("Economists in Lindby had expected claims to fall to 9,000 last week.")).isEmpty();
    assertThat(cues("Insurers in Lindby expect claims to run into the millions.")).isEmpty();
    assertThat(cues("The insurer predicts claims will double in Lindby.")).isEmpty();
    assertThat(cues("The drop in claims marked the third week that filings fell in Lindby.")).isEmpty();
    assertThat(cues("Weekly claims are still above their average in Lindby.")).isEmpty();
    assertThat(cues("Jobless claims can swing from week to week in Lindby.")).isEmpty();
    // a subject before "claims", or "claims" before what is claimed, stays a verb of saying
    assertThat(cues("Karl Lind claims to have won the vote in Lindby.")).containsExactly("ATTRIBUTION claims");
    assertThat(cues("Eva Strand, who had expected a recount, claims to have won in Lindby."))
        .containsExactly("ATTRIBUTION claims");
    assertThat(cues("The drop in turnout, Karl Lind claims, marked the end of the race in Lindby."))
        .containsExactly("ATTRIBUTION claims");
    assertThat(cues("Lindby fell silent amid claims that the count was wrong.")).containsExactly("ATTRIBUTION claims");
    assertThat(cues("Nobody in Lindby expected claims that the count was wrong."))
        .containsExactly("ATTRIBUTION claims");
    assertThat(cues("The report has fueled claims that the Lindby count was wrong."))
        .containsExactly("ATTRIBUTION claims");
    // a participle that ends a clause about the subject leaves "claims" the sentence's own verb
    assertThat(cues("The man who was arrested claims he was at home in Lindby that night."))
        .containsExactly("ATTRIBUTION claims");
    assertThat(cues("A driver who was injured claims the brakes failed near Lindby."))
        .containsExactly("ATTRIBUTION claims");
    assertThat(cues("The woman being questioned claims she saw nothing in Lindby."))
        .containsExactly("ATTRIBUTION claims");
  }

  @Test
  void claimedLivesIsKilledNotSaid() {
    assertThat(cues("The fighting in Lindby has claimed hundreds of lives.")).isEmpty();
    assertThat(cues("The storm claimed the lives of 12 people in Lindby.")).isEmpty();
    assertThat(cues("Eva Strand claimed the flood cost lives in Lindby.")).containsExactly("ATTRIBUTION claimed");
  }

  @Test
  void warningAsANounIsNoAttribution() {
    assertThat(cues("The agency in Lindby will add a blood clot warning.")).isEmpty();
    assertThat(cues("An updated warning will be added to the label in Lindby.")).isEmpty();
    assertThat(cues("Jane Doe spoke in Lindby, warning of a crisis.")).containsExactly("ATTRIBUTION warning");
    assertThat(cues("Doctors in Lindby are warning of a crisis.")).containsExactly("ATTRIBUTION warning");
    assertThat(cues("The heat wave hit Lindby, with experts warning against swimming.")).containsExactly("ATTRIBUTION warning");
    assertThat(cues("A memo of the Lindby police on Jan. 5 warning of riots was ignored.")).contains("ATTRIBUTION warning");
    assertThat(cues("Jane Doe spoke in Lindby, warning that the dam will fail.")).containsExactly("ATTRIBUTION warning");
  }

  @Test
  void declaringAnEmergencyIsAnActNotAVerbOfSaying() {
    // "declare" with what is declared by the act as its object says nothing
    assertThat(cues("The governor of Lindby declared a state of emergency on Friday.")).isEmpty();
    assertThat(cues("Karl Lind declared victory in the Lindby mayoral race.")).isEmpty();
    assertThat(cues("A judge declared the Lindby harbour ban unlawful.")).isEmpty();
    // "declare" before what someone says stays a loaded verb of saying
    assertThat(cues("Karl Lind declared that the Lindby bridge was safe.")).containsExactly("ATTRIBUTION declared");
    assertThat(cues("Karl Lind declared Tuesday he is staying in Lindby.")).containsExactly("ATTRIBUTION declared");
  }

  @Test
  void asSoonAsPossibleIsNoHedge() {
    assertThat(cues("Karl Lind urged the council of Lindby to vote as soon as possible.")).isEmpty();
    assertThat(cues("The council did everything possible to reopen the road in Lindby.")).isEmpty();
    assertThat(cues("Karl Lind said a vote in Lindby is possible next week.")).containsExactly("HEDGE possible");
    assertThat(cues("Police in Lindby investigated the fire as possible arson.")).containsExactly("HEDGE possible");
  }
  @Test
  void wordsQuotedAfterAVerbOfPraiseOrCriticismAreTheSubjectsNotAScareQuote() {
    assertThat(scareQuotes("Lindby parents have denounced the school board's plan as \u201Cdiscriminatory\u201D"
        + " in a letter.")).isEmpty();
    assertThat(scareQuotes("Mayor Jane Doe slammed the council for backing \u201Cunfair\u201D harbor taxes this"
        + " spring.")).isEmpty();
    assertThat(scareQuotes("The bridge plan was widely praised by the Lindby board for \u201Cputting safety"
        + " first\u201D on the river.")).isEmpty();
    assertThat(scareQuotes("Karl Lind conceded the ferry plan was \u201Ca long shot\u201D for the summer in Lindby."))
        .isEmpty();
    assertThat(scareQuotes("Fishermen in Lindby warn of \u2018collapse\u2019 as the herring season ends early"))
        .isEmpty();
  }

  @Test
  void quotedWordsOutsideAClauseOfPraiseOrCriticismStayScareQuotes() {
    assertThat(scareQuotes("Mayor Jane Doe slammed the council, whose \u201Cfairness\u201D tax hit the harbor hard."))
        .containsExactly("\u201Cfairness\u201D");
  }

  @Test
  void wordsQuotedInTheClauseOfAClaimAreTheClaimantsNotAScareQuote() {
    // the claim verb stays the outlet's attribution cue; the words in marks are what was claimed, not its own term
    assertThat(cues("Karl Lind has long claimed that the harbor inquiry is a partisan \u201Cwitch hunt.\u201D"))
        .containsExactly("ATTRIBUTION claimed");
    assertThat(scareQuotes("Some critics claimed that the board hid the \u201Cbudget gap\u201D from Lindby voters."))
        .isEmpty();
    assertThat(scareQuotes("Jane Doe left after a story she claimed she was \u201Cordered to write\u201D about the"
        + " Lindby pier.")).isEmpty();
    // a noun "claims" leaves the outlet's scare quote
    assertThat(scareQuotes("The board's claims about the \u201Cbudget gap\u201D upset Lindby voters."))
        .containsExactly("\u201Cbudget gap\u201D");
  }

  @Test
  void aVerbOfJudgingUsedAsAnAdjectiveOrANounLeavesTheScareQuote() {
    assertThat(scareQuotes("The celebrated \u201Cmiracle cure\u201D sold out in Lindby pharmacies within a day."))
        .containsExactly("\u201Cmiracle cure\u201D");
    assertThat(scareQuotes("What began as a promising \u201Cnew era\u201D for the Lindby harbor ended in court."))
        .containsExactly("\u201Cnew era\u201D");
    assertThat(scareQuotes("The asking price of Lindby's \u201Cluxury flats\u201D fell by half."))
        .containsExactly("\u201Cluxury flats\u201D");
    assertThat(scareQuotes("Hundreds of confirmed \u201Cghost voters\u201D remained on the Lindby rolls."))
        .containsExactly("\u201Cghost voters\u201D");
    assertThat(scareQuotes("Residents got the storm warning hours after the council's \u201Cbrand new\u201D alarm"
        + " system failed.")).containsExactly("\u201Cbrand new\u201D");
    assertThat(scareQuotes("Lindby's welcoming \u201Copen door\u201D policy ended after a week of protests."))
        .containsExactly("\u201Copen door\u201D");
    // used as verbs, the words quoted after them are still the subject's
    assertThat(scareQuotes("The Lindby plan, celebrated by Karl Lind as a \u201Cnew dawn\u201D for the harbor,"
        + " failed.")).isEmpty();
    assertThat(scareQuotes("The council voted on the tax, with some members warning it would \u201Cruin the"
        + " harbor\u201D in Lindby.")).isEmpty();
    assertThat(scareQuotes("Eva Strand spoke at the Lindby harbor on Monday, while promising \u201Ca new"
        + " pier\u201D to the fishermen.")).isEmpty();
    assertThat(scareQuotes("The Lindby council adopted a resolution Tuesday condemning \u201Charbor thugs\u201D"
        + " in the town.")).isEmpty();
    assertThat(scareQuotes("Karl Lind was seen that October praising Mayor Jane Doe for \u201Cleadership\u201D in"
        + " the storm.")).isEmpty();
  }

  @Test
  void wordsQuotedAfterAColonToTheSentencesEndAreAQuotationNotAScareQuote() {
    assertThat(scareQuotes("Lindby council rejects the new harbor tax plan: \u2018This is unfair\u2019")).isEmpty();
    assertThat(scareQuotes("The mayor of Lindby had one message for drivers heading to the coast:"
        + " \u201CStay home.\u201D")).isEmpty();
    assertThat(scareQuotes("The mayor of Lindby had one word for the \u201Cfairness\u201D tax: it was dead."))
        .containsExactly("\u201Cfairness\u201D");
    assertThat(scareQuotes("The council had one plan for the harbor: \u201Cfairness\u201D taxes on every boat in"
        + " Lindby.")).containsExactly("\u201Cfairness\u201D");
  }

  @Test
  void aSingleLowerCaseWordQuotedAfterAColonIsTheOutletsScareQuote() {
    assertThat(scareQuotes("The company's explanation for the 300 job cuts at its Lindby plant:"
        + " \u201Cefficiency.\u201D")).containsExactly("\u201Cefficiency\u201D");
    assertThat(scareQuotes("The council's reason for closing the Lindby library: \u201Csavings.\u201D"))
        .containsExactly("\u201Csavings\u201D");
    // a word that opens with a capital as a sentence does, or two words, is still the quotation the colon introduces
    assertThat(scareQuotes("The clerk's email reached Mayor Jane Doe in Lindby with a one-word subject line:"
        + " \u201CURGENT.\u201D")).isEmpty();
    assertThat(scareQuotes("The harbor board's answer to the Lindby fishermen: \u201Cwait and see.\u201D")).isEmpty();
  }

  @Test
  void couldNotIsAnInabilityNoHedge() {
    assertThat(cues("Lindby council members could not muster the votes to pass the harbor plan.")).isEmpty();
    assertThat(cues("Jane Doe was told she couldn't use the Lindby ferry.")).isEmpty();
    assertThat(cues("The storm in Lindby could never have been stopped by the old dam.")).isEmpty();
    assertThat(cues("The storm could hit Lindby on Monday, and the dam could not hold it."))
        .containsExactly("HEDGE could");
    assertThat(cues("The vote in Lindby could not only delay the plan but end it.")).containsExactly("HEDGE could");
  }

  @Test
  void couldOfAbilityOrPurposeIsNoHedge() {
    assertThat(cues("Smoke from the Lindby mill could still be seen from the harbor.")).isEmpty();
    assertThat(cues("The Lindby ferry crew did what they could.")).isEmpty();
    assertThat(cues("The Lindby council closed the road so that residents could leave.")).isEmpty();
    // a possibility stays a hedge, and so does a sense's passive of a reading
    assertThat(cues("Smoke from the Lindby mill could spread to the harbor.")).containsExactly("HEDGE could");
    assertThat(cues("The Lindby vote could be seen as a snub.")).containsExactly("HEDGE could");
    assertThat(cues("Residents fear the Lindby road could close.")).containsExactly("HEDGE could");
  }

  @Test
  void couldOfACapacityIsNoHedge() {
    assertThat(cues("The old Lindby bridge could carry 40 tons, and its hall could seat up to 500 people.")).isEmpty();
    // a capacity without a figure, or a figure of what may happen, stays a hedge
    assertThat(cues("The Lindby bridge could carry the new trams.")).containsExactly("HEDGE could");
    assertThat(cues("The Lindby flood could reach 40 homes.")).containsExactly("HEDGE could");
  }

  @Test
  void mightAsANounIsStrengthNotAHedge() {
    assertThat(cues("The Lindby fleet showed its might off the harbor, a display of naval might.")).isEmpty();
    assertThat(cues("Lindby fears the might of the river in spring.")).isEmpty();
    // the modal stays a hedge
    assertThat(cues("The Lindby river might flood the harbor in spring.")).containsExactly("HEDGE might");
    assertThat(cues("Karl Lind said the vote might not pass in Lindby.")).containsExactly("HEDGE might");
  }

  @Test
  void mayOfAConcessionIsNoHedge() {
    assertThat(cues("The storm may have spared the Lindby pier, but it flooded the fish market.")).isEmpty();
    assertThat(cues("Jane Doe may not have won the Lindby vote, but she won the argument.")).isEmpty();
    assertThat(cues("While the harbor plan may have merits, the Lindby council rejected it.")).isEmpty();
    // a doubt left open, or a possibility still ahead, stays a hedge
    assertThat(cues("The Lindby fire may have started in the kitchen, but officials have not said."))
        .containsExactly("HEDGE may");
    assertThat(cues("Harbor fees in Lindby may rise, but the council has a plan.")).containsExactly("HEDGE may");
    assertThat(cues("The Lindby fire may have started in the kitchen.")).containsExactly("HEDGE may");
    assertThat(cues("Most of the catch came from Lindby, though some of it may have been landed elsewhere."))
        .containsExactly("HEDGE may");
  }

  @Test
  void whatARulingAllowsIsNoHedge() {
    assertThat(cues("The Lindby court ruled on Monday that tenants may not be evicted in winter.")).isEmpty();
    assertThat(cues("The mayor ordered that no more than 200 boats could dock in Lindby.")).isEmpty();
    assertThat(cues("The ruling means that fishing crews may stay in the Lindby harbor.")).isEmpty();
    assertThat(cues("The recommendation means nurses in Lindby may get a second dose.")).isEmpty();
    // what a ruling may bring about is the outlet's weighing
    assertThat(cues("The Lindby court ruled in a case that could reshape the harbor.")).containsExactly("HEDGE could");
    assertThat(cues("The decision could delay the Lindby vote.")).containsExactly("HEDGE could");
    assertThat(cues("The judge issued a ruling that may reshape the Lindby harbor.")).containsExactly("HEDGE may");
    assertThat(cues("The mayor ordered the Lindby pier closed because the storm could hit it."))
        .containsExactly("HEDGE could");
  }

  @Test
  void suggestingACourseOfActionIsNoHedge() {
    assertThat(cues("Mayor Jane Doe suggested a meeting with the harbor board.")).isEmpty();
    assertThat(cues("Karl Lind suggested waiting until May, and the suggested changes wait too.")).isEmpty();
    assertThat(cues("The report suggests that the council reopen the Lindby pier.")).isEmpty();
    assertThat(cues("The board suggested its member towns lift the fishing ban, and Karl Lind suggested new dock fees."))
        .isEmpty();
    assertThat(cues("Two council members suggested Lind create a harbor panel.")).isEmpty();
    // a reading of evidence stays a hedge
    assertThat(cues("Early data suggests there is a risk to the Lindby pier.")).containsExactly("HEDGE suggests");
    assertThat(cues("The report suggests harbor fees are rising in Lindby.")).containsExactly("HEDGE suggests");
    assertThat(cues("The Lindby study suggests a link between the dredging and the floods."))
        .containsExactly("HEDGE suggests");
    assertThat(cues("The board suggested that the United Harbors and Lindby had broken the rules."))
        .containsExactly("HEDGE suggested");
    assertThat(cues("Jane Doe suggested raising the harbor fees would be on the table in Lindby."))
        .containsExactly("HEDGE suggested");
  }

  @Test
  void soCalledBeforeATermOfArtIsNoDistancing() {
    assertThat(cues("The so-called delta variant spread in Lindby, and so-called core inflation rose.")).isEmpty();
    // before one word or a quotation it stays distancing
    assertThat(cues("The so-called experts say the Lindby pier is safe.")).containsExactly("DISTANCING so-called");
    assertThat(cues("The so-called \u201Charbor watch\u201D groups met in Lindby on Monday."))
        .containsExactly("DISTANCING so-called", "SCARE_QUOTE \u201Charbor watch\u201D");
  }

  @Test
  void terroristInADesignationIsNotLoaded() {
    assertThat(cues("The group is listed as a Foreign Terrorist Organization by the Lindby ministry.")).isEmpty();
    assertThat(cues("Karl Lind was put on the terrorist watchlist after meeting a U.S.-designated terrorist."))
        .isEmpty();
    // the outlet's own word for an attack or its authors stays loaded
    assertThat(cues("The terrorist attack on the Lindby pier killed two people.")).containsExactly("LOADED terrorist");
  }

  @Test
  void supposedToBeWhatPeopleBelieveIsDistancing() {
    // a belief passed on, not a task that is due
    assertThat(cues("The old Lindby pier is supposed to be haunted, and its spillway is supposed to be the safest."))
        .containsExactly("DISTANCING supposed", "DISTANCING supposed");
  }

  @Test
  void aComparisonOfRatesIsAFindingNotAHedge() {
    assertThat(cues("Unvaccinated people in Lindby were twice as likely to be reinfected as vaccinated ones."))
        .isEmpty();
    assertThat(cues("Smokers in Lindby are more likely to fall ill than their neighbours.")).isEmpty();
    // a forecast stays a hedge, with "more" or "most" too
    assertThat(cues("The Lindby harbor bill is likely to pass and will most likely be signed."))
        .containsExactly("HEDGE likely", "HEDGE likely");
    assertThat(cues("The Lindby harbor bill is now more likely to pass.")).containsExactly("HEDGE likely");
  }

  @Test
  void aForecastComparedWithAnotherTimeStaysAHedge() {
    // after "than" a time, a place or a verb names no second group: the outlet still weighs what will happen
    assertThat(cues("Analysts in Lindby said a rate cut is more likely to come in June than in July."))
        .containsExactly("HEDGE likely");
    assertThat(cues("The Lindby ferry is less likely to sail this week than next.")).containsExactly("HEDGE likely");
    assertThat(cues("Lindby voters are more likely to back the plan, rather than oppose it."))
        .containsExactly("HEDGE likely");
    assertThat(cues("Residents near the Lindby harbor are more likely to back the plan than those farther away."))
        .isEmpty();
  }

  @Test
  void saidToSomeoneIsNoHedge() {
    // without a form of "be" before it, "said to" passes on an instruction, not a report
    assertThat(cues("Lindby officials said to have your permits ready and said to be patient.")).isEmpty();
    assertThat(cues("The Lindby farm is said to be the largest, and its owner was widely said to have left."))
        .containsExactly("HEDGE said to be", "HEDGE said to have");
  }

  @Test
  void saidToHaveIsAHedge() {
    assertThat(cues("The Lindby mayor is said to have left the harbor before noon."))
        .containsExactly("HEDGE said to have");
  }

  @Test
  void toxicMatterIsNoLoadedWord() {
    assertThat(cues("Toxic smoke from the Lindby mill drifted over toxic chemical waste in the harbor.")).isEmpty();
    // said of a workplace or a debate, the word is the outlet's judgment
    assertThat(cues("The report found a toxic work culture at the Lindby harbor office."))
        .containsExactly("LOADED toxic");
  }

  @Test
  void aToxicFigureOfSpeechStaysLoaded() {
    // levels, a cloud or the air are matter only when a substance is named with them
    assertThat(cues("Critics in Lindby saw a toxic cloud of suspicion and toxic levels of partisanship."))
        .containsExactly("LOADED toxic", "LOADED toxic");
    assertThat(cues("The toxic air in the Lindby council chamber has stalled reform.")).containsExactly("LOADED toxic");
    assertThat(cues("Tests found toxic levels of lead and a toxic cloud of chemical smoke in Lindby.")).isEmpty();
  }

  @Test
  void shockinglyIsLoadedLikeOutrageously() {
    assertThat(cues("The Lindby vote was shockingly close and outrageously late."))
        .containsExactly("LOADED shockingly", "LOADED outrageously");
  }

  @Test
  void anOutragesOrAShocksNameIsNoLoadedWord() {
    // the listed words are the outlet's adjectives; the nouns and the verb report what others felt
    assertThat(cues("The Lindby vote sparked outrage, and the mayor spoke of his shock at a supply shock.")).isEmpty();
    assertThat(cues("The shocking vote in Lindby was outrageous.")).containsExactly("LOADED shocking",
        "LOADED outrageous");
  }

  @Test
  void slammingIntoOrAssertingItselfIsNoSaying() {
    assertThat(cues("The storm is forecast to slam into Lindby, and an old pattern asserts itself.")).isEmpty();
    assertThat(cues("Lindby's mayor slammed the council and asserted that the dam was safe."))
        .containsExactly("ATTRIBUTION slammed", "ATTRIBUTION asserted");
    assertThat(cues("The Lindby mayor asserted his innocence.")).containsExactly("ATTRIBUTION asserted");
  }

  @Test
  void aCertaintyWordInANameIsNoCue() {
    assertThat(cues("Hiring is rising, said Indeed economist Jane Doe of Lindby.")).isEmpty();
    assertThat(cues("Indeed, hiring in Lindby is rising.")).containsExactly("CERTAINTY Indeed");
  }

  @Test
  void aCertaintyWordAfterAnAbbreviationStaysACue() {
    // the splitter keeps "U.S. Indeed" in one sentence; the full stop and the comma show a new clause
    assertThat(cues("Egg prices rose fastest in the U.S. Indeed, prices in Lindby doubled.")).containsExactly(
        "CERTAINTY Indeed");
  }

  @Test
  void couldNotRuleOutOrConfirmStaysAHedge() {
    // a doubt the outlet leaves open is a hedge, negated or not
    assertThat(cues("Police in Lindby could not rule out arson.")).containsExactly("HEDGE could");
    assertThat(cues("Arson at the Lindby barn could not be ruled out.")).containsExactly("HEDGE could");
    assertThat(cues("The Lindby Post could not independently confirm the report.")).containsExactly("HEDGE could");
  }

  @Test
  void whoControlsOwnsFundsOrSponsorsAThingIsAFactNotALoadedWord() {
    assertThat(cues("The Republican-controlled council of Lindby passed a GOP-sponsored bill on the state-owned"
        + " ferry.")).isEmpty();
    assertThat(cues("The city-funded study of the Lindby harbor came out on Monday.")).isEmpty();
    assertThat(cues("Kremlin-backed rebels fought near the Lindby-controlled bridge."))
        .containsExactly("LOADED Kremlin-backed");
  }

  @Test
  void aHeadlinesQuotedWordsThatTheBodyGivesToASpeakerAreTheSpeakers() {
    assertThat(scareQuotes("Lindby to review \u2018unfair\u2019 harbor tax on fishing boats\n\n"
        + "The Lindby council will review the harbor tax on Monday.\n\n"
        + "\u201CThe harbor tax is simply unfair to the fishermen of this town,\u201D Mayor Jane Doe said.")).isEmpty();
    // words the body quotes from no one, or does not quote, stay the outlet's
    assertThat(scareQuotes("Lindby to review \u2018unfair\u2019 harbor tax on fishing boats\n\n"
        + "The Lindby council will review the harbor tax on Monday.\n\n"
        + "\u201CThe harbor tax hits the fishermen of this town hard,\u201D Mayor Jane Doe said."))
        .containsExactly("\u2018unfair\u2019");
  }

  @Test
  void aHeadlinesQuotedWordThatTheBodyAppliesToSomethingElseOrDeniesStaysAScareQuote() {
    assertThat(scareQuotes("Council\u2019s \u2018safe\u2019 bridge collapses in Lindby\n\n"
        + "The Lindby bridge fell into the river on Monday night.\n\n"
        + "\u201CEveryone is safe,\u201D Fire Chief Eva Strand said.")).containsExactly("\u2018safe\u2019");
    assertThat(scareQuotes("Lindby to review \u2018unfair\u2019 harbor tax on fishing boats\n\n"
        + "The Lindby council will review the harbor tax on Monday.\n\n"
        + "\u201CThe tax is not unfair at all,\u201D council member Karl Lind said."))
        .containsExactly("\u2018unfair\u2019");
    assertThat(scareQuotes("Council\u2019s \u2018safe\u2019 bridge collapses in Lindby\n\n"
        + "\u201CEveryone in Lindby is safe,\u201D Fire Chief Eva Strand said.")).containsExactly("\u2018safe\u2019");
    // the body quoting exactly those words, or two of them in a row, or the word of what the headline speaks of,
    // still gives them to the speaker
    assertThat(scareQuotes("Council\u2019s \u2018safe\u2019 bridge collapses in Lindby\n\n"
        + "Mayor Jane Doe had called the bridge \u201Csafe\u201D in May, Karl Lind said.")).isEmpty();
    assertThat(scareQuotes("Lindby council draws \u2018red line\u2019 on harbor taxes\n\n"
        + "\u201CThis is our red line, and it stays,\u201D council member Karl Lind said.")).isEmpty();
    assertThat(scareQuotes("Lindby offers harbor permits to \u2018newcomers\u2019 in exchange for dock fees\n\n"
        + "\u201CThis is not about fees. Newcomers are welcome in the harbor,\u201D Karl Lind said.")).isEmpty();
    assertThat(scareQuotes("Lindby to close 5 harbors with \u2018unacceptable\u2019 fishing bans\n\n"
        + "\u201CIt is simply unacceptable that harbor leaders put politics over the lives of fishermen,\u201D"
        + " Mayor Jane Doe said.")).isEmpty();
  }

  @Test
  void aHeadlinesQuoteAfterItsSpeakersColonIsNoScareQuote() {
    assertThat(scareQuotes("Lindby mayor: \u2018Premature\u2019 to reopen the harbor pier this week\n\n"
        + "The Lindby council will review the pier on Monday.")).isEmpty();
    // without the colon the headline's word stays the outlet's
    assertThat(scareQuotes("Lindby mayor delays \u2018premature\u2019 pier plan as the council meets this week\n\n"
        + "The Lindby council will review the pier on Monday.")).containsExactly("\u2018premature\u2019");
  }

  @Test
  void anUtteranceThatOpensTheSentenceOrThatACommaBringsInIsNoScareQuote() {
    assertThat(scareQuotes("\u201CWe have already lost,\u201D sighed council member Karl Lind after the vote in"
        + " Lindby.")).isEmpty();
    assertThat(scareQuotes("At one point Karl Lind appeared to mouth, \u201CI am sorry.\u201D")).isEmpty();
    // a term that opens the sentence with no comma, or one lower-case word after a comma, stays the outlet's
    assertThat(scareQuotes("\u201CFairness\u201D taxes hit the boat owners of Lindby hard this spring."))
        .containsExactly("\u201CFairness\u201D");
    assertThat(scareQuotes("At one point the Lindby council passed its harbor plan, a \u201Cfix.\u201D"))
        .containsExactly("\u201Cfix\u201D");
  }

  @Test
  void wordsTheNextSentenceQuotesFromASpeakerAreTheSpeakersNotAScareQuote() {
    assertThat(scareQuotes("Lindby harbor crews were ordered on Tuesday to \u201Cimmediately\u201D start clearing"
        + " the docks before the storm.\n\nHarbor chief Eva Strand said in a memo that all crews must"
        + " \u201Cimmediately clear the docks\u201D of boats.")).isEmpty();
    // another quote of the sentence given to a speaker makes the sentence's quoted words that speaker's, but for a
    // term the outlet names
    assertThat(scareQuotes("Mayor Jane Doe on Saturday took aim at the harbor board for \u201Cshutting out\u201D"
        + " fishermen, saying that \u201Ctoo many voices are lost\u201D in Lindby.")).isEmpty();
    assertThat(scareQuotes("Mayor Jane Doe on Saturday took aim at the harbor board for its so-called"
        + " \u201Cfairness\u201D tax, saying that \u201Ctoo many voices are lost\u201D in Lindby."))
        .containsExactly("\u201Cfairness\u201D");
    // one word in common with the next sentence's quote is not enough
    assertThat(scareQuotes("The Lindby council passed its \u201Charbor rescue\u201D fund on Tuesday after a long"
        + " debate.\n\n\u201CThis fund is a gift to the harbor,\u201D Mayor Jane Doe said."))
        .containsExactly("\u201Charbor rescue\u201D");
  }

  @Test
  void aTitleOrANameInQuotationMarksIsNoScareQuote() {
    assertThat(scareQuotes("For dramatic effect, music fit for a drama like \u201CHarbor Nights\u201D plays as the"
        + " mayor of Lindby speaks.")).isEmpty();
    assertThat(scareQuotes("The dental bills of Karl Lind were paid as a gift to \u201CHope for Lindby.\u201D"))
        .isEmpty();
    assertThat(scareQuotes("The film won the prize in Lindby for \u201CThe Quiet Harbor.\u201D")).isEmpty();
    // lower-case words stay a scare quote, and a headline in title case capitalises its scare quote too
    assertThat(scareQuotes("For dramatic effect, the mayor of Lindby gave a \u201Cheartfelt\u201D speech."))
        .containsExactly("\u201Cheartfelt\u201D");
    assertThat(scareQuotes("Lindby to Review \u2018Unfair\u2019 Harbor Tax on Fishing Boats"))
        .containsExactly("\u2018Unfair\u2019");
  }

  @Test
  void aWordMentionedAsAWordIsNoScareQuote() {
    assertThat(scareQuotes("The board reviewed groups with the name \u201Charbor watch\u201D or"
        + " \u201Cpatriot\u201D more closely in Lindby.")).isEmpty();
    assertThat(scareQuotes("The mayor of Lindby refused to use the word \u201Ccrisis\u201D in her speech.")).isEmpty();
    // the same words used, not mentioned, stay the outlet's
    assertThat(scareQuotes("The board reviewed the \u201Charbor watch\u201D groups more closely in Lindby."))
        .containsExactly("\u201Charbor watch\u201D");
  }

  @Test
  void wordsQuotedAfterAVerbOfDescribingSuggestingOrAccusingAreTheSubjectsNotAScareQuote() {
    assertThat(cues("As Karl Lind continues to describe the audit as a \u201Cwitch hunt,\u201D the Lindby board"
        + " said nothing.")).isEmpty();
    assertThat(scareQuotes("The mayor of Lindby suggested the harbor board was selling \u201Chate fish.\u201D"))
        .isEmpty();
    assertThat(scareQuotes("Eva Strand chided the mayor of Lindby on Friday, accusing her of having"
        + " \u201Cwasted another week.\u201D")).isEmpty();
    // "suggested" as an adjective leaves the outlet's scare quote
    assertThat(scareQuotes("The suggested \u201Cfix\u201D for the Lindby bridge failed within a week."))
        .containsExactly("\u201Cfix\u201D");
  }

  @Test
  void wordsASourceIsCreditedWithAfterTheQuoteAreTheSourcesNotAScareQuote() {
    assertThat(scareQuotes("The harbor board will start a \u201C90-day cleanup\u201D of the Lindby docks,"
        + " according to a board member.")).isEmpty();
    assertThat(scareQuotes("Two Lindby ferries were \u201Cbadly damaged\u201D in the storm, the coast guard said on"
        + " Sunday.")).isEmpty();
    assertThat(scareQuotes("The new vaccine gives a \u201Cstrong\u201D response in children, the makers announced.")).isEmpty();
    // a clause of the outlet's own that holds a verb of saying, or no source at all, leaves the scare quote
    assertThat(scareQuotes("The harbor board will start a \u201C90-day cleanup\u201D of the Lindby docks, which"
        + " fishermen said was overdue.")).containsExactly("\u201C90-day cleanup\u201D");
    assertThat(scareQuotes("The council's \u201Cfairness\u201D tax hit the Lindby harbor hard, leaving fishermen"
        + " poorer.")).containsExactly("\u201Cfairness\u201D");
  }

  @Test
  void quotedWordsListedAfterAnOpeningUtteranceAreTheSpeakersToo() {
    assertThat(scareQuotes("\u201CTheft,\u201D \u201Cfraud\u201D and \u201Ca disgrace\u201D \u2014 the verdict of"
        + " Lindby fishermen on the harbor tax came fast.")).isEmpty();
    // the outlet's own list inside its sentence stays its scare quotes
    assertThat(scareQuotes("The council's \u201Creforms,\u201D \u201Csavings\u201D and \u201Cefficiencies\u201D"
        + " cost the Lindby harbor dearly.")).containsExactly("\u201Creforms\u201D", "\u201Csavings\u201D",
        "\u201Cefficiencies\u201D");
  }

  private static List<String> scareQuotes(String text) {
    AnalyzedArticle a = article("a", null, text);
    return Framing.standard().cues(a).stream().filter(c -> c.kind() == FramingKind.SCARE_QUOTE)
        .map(FramingCue::text).toList();
  }
}
