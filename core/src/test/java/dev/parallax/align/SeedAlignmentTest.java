package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facts a careful reader finds in several of the Lavrov articles of 2-3 December 2021, each expected
 * in one passage with every outlet that carries it; and the 24 December article, a later event.
 * Sentences are found by a distinctive fragment of the story, never by index or page chrome.
 */
class SeedAlignmentTest {
  private final SeedStory story = SeedStory.get();

  @Test
  void lavrovsNightmareWarningIsOnePassageAcrossTheFourOutletsOfTheSecondOfDecember() {
    Passage p = story.assertOnePassage(
        "000", "ready for a \u201Cnightmare of military confrontation",
        "001", "The nightmarish scenario of military confrontation is returning",
        "002", "accused the US and NATO of risking a \u201Cnightmare scenario of military confrontation",
        "003", "The nightmarish scenario of military confrontation is returning");
    assertThat(p.articles()).hasSize(4);
  }

  @Test
  void natoRefusingToConsiderProposalsIsOnePassageForRtAndZeroHedge() {
    story.assertOnePassage(
        "001", "NATO refuses to consider our proposals",
        "003", "NATO refuses to consider our proposals");
  }

  @Test
  void russiasDenialOfInvasionPlansIsOnePassageInThreeWordings() {
    story.assertOnePassage(
        "000", "Russia has denied planning an invasion",
        "002", "Russia denies any plans to invade",
        "003", "Moscow has repeatedly denied that it's preparing any kind of military offensive");
  }

  @Test
  void theUkrainianTroopEstimateIsOnePassageThough90000And94000Differ() {
    story.assertOnePassage(
        "000", "more than 90,000 troops",
        "002", "90,000 Russian troops have amassed",
        "003", "94,000 Russian soldiers");
  }

  @Test
  void blinkensWarningOfConsequencesIsOnePassage() {
    story.assertOnePassage(
        "000", "\u201Csevere consequences",
        "002", "could trigger \u201Cserious consequences",
        "003", "warned of \"serious consequences\"");
  }

  @Test
  void blinkenMeetingLavrovAtTheOsceIsOnePassage() {
    story.assertOnePassage(
        "000", "Blinken met with Russian Foreign Minister Sergei Lavrov",
        "002", "had a meeting with Lavrov at the OSCE conference",
        "003", "He actually met with Blinken on the sidelines");
  }

  @Test
  void theNewEuropeanSecurityPactIsOnePassage() {
    story.assertOnePassage(
        "000", "proposed a new European security treaty",
        "003", "new European security pact");
  }

  /** Three wordings of NATO's infrastructure moving closer, one of them "irresponsibly brought closer". */
  @Test
  void natosInfrastructureMovingCloserToRussiasBordersIsOnePassage() {
    story.assertOnePassage(
        "001", "military infrastructure is moving closer to Russia's borders",
        "002", "military infrastructure is being irresponsibly brought closer to Russia",
        "003", "military infrastructure is moving closer to Russia's borders");
  }

  @Test
  void passagesStaySpecific() {
    Passage troops = story.passageOf("000", "more than 90,000 troops");
    Passage denial = story.passageOf("000", "Russia has denied planning an invasion");
    Passage meeting = story.passageOf("000", "Blinken met with Russian Foreign Minister Sergei Lavrov");
    Passage consequences = story.passageOf("000", "\u201Csevere consequences");
    Passage nightmare = story.passageOf("000", "ready for a \u201Cnightmare of military confrontation");
    assertThat(Set.of(troops.id(), denial.id(), meeting.id(), consequences.id(), nightmare.id())).hasSize(5);
    assertThat(story.passageOf("002", "We must tell the truth").id()).isNotEqualTo(nightmare.id());
    assertThat(story.passageOf("002", "The war in Donbass has been going on").id()).isNotEqualTo(nightmare.id());
  }

  @Test
  void headlineSharingOneWordStaysApart() {
    story.assertApart("000", "Is Russia about to go to war?", "002", "The war in Donbass has been going on");
  }

  @Test
  void headlineLinkedOnlyByLooseSynonymsAndOneWordStaysApart() {
    // "conflict"/"engagement" are synonyms and both say "official", but a forecast of military action is
    // not a meeting of defence officials.
    story.assertApart("000", "Military Action Is Foreseen In The Ukraine Conflict",
        "003", "Likely there will be engagement between the Pentagon");
  }

  @Test
  void differentYearsAndActorsStayApart() {
    story.assertApart("000", "placed sanctions on Russia in 2014 for invading Ukraine",
        "002", "NATO has expressed concerns Russia is on the verge of invading Ukraine");
  }

  @Test
  void backgroundSharingOnlyTheTopicAndLooseSynonymsStaysApart() {
    story.assertApart("000", "Russian military action near Ukraine has always alarmed Western countries",
        "002", "Putin has expressed particular dismay over NATO and US military activities");
  }

  @Test
  void lavrovsClaimThatNatoRefusesDeEscalationIsOnePassageWithItsQuotation() {
    // RT says Lavrov claimed it on Thursday, ZeroHedge that he asserted it on Friday and then quotes him
    // after a colon: one statement, so that the compare stage can see the two dates.
    Passage p = story.assertOnePassage(
        "001", "NATO is completely refusing to listen to all Russian proposals",
        "001", "NATO refuses to consider our proposals",
        "003", "In his latest comments Friday",
        "003", "NATO refuses to consider our proposals");
    assertThat(p.articles()).hasSize(2);
  }

  @Test
  void theTwentyFourthOfDecemberArticleIsAnotherEventAndTakesNoPartInPassages() {
    String later = story.article("004").id();
    ArticleEvent event = story.alignment.events().stream().filter(e -> e.article().equals(later)).findFirst()
        .orElseThrow();
    assertThat(event.membership()).isEqualTo(EventMembership.OTHER);
    // none of its sentences matches the others': said in words, not as "only 0 of its 15 sentences"
    assertThat(event.reason()).contains("days after").endsWith("and none of its 15 sentences matches theirs");
    assertThat(event.basis()).isEqualTo(EventBasis.PUBLISHED_APART);
    assertThat(story.alignment.passages()).noneMatch(p -> p.carriedBy(later));
    for (String prefix : List.of("000", "001", "002", "003")) {
      assertThat(story.alignment.isMain(story.article(prefix).id())).as(prefix).isTrue();
    }
  }

  @Test
  void everyReportingSentenceOfTheMainEventIsInExactlyOnePassage() {
    for (AnalyzedArticle a : story.articles) {
      if (!story.alignment.isMain(a.id())) {
        continue;
      }
      Set<Integer> seen = new HashSet<>();
      for (Passage p : story.alignment.passages()) {
        if (p.carriedBy(a.id())) {
          for (int i : p.member(a.id()).sentences()) {
            assertThat(seen.add(i)).as("sentence %d of %s in two passages", i, a.id()).isTrue();
          }
        }
      }
      for (Sentence s : a.sentences()) {
        assertThat(seen.contains(s.index())).as("%s #%d %s", a.id(), s.index(), s.text()).isEqualTo(s.isReporting());
      }
    }
  }

  @Test
  void passagesAreNumberedByDecreasingSalienceWithScoresInRange() {
    List<Passage> passages = story.alignment.passages();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertThat(p.id()).isEqualTo("p" + (i + 1));
      assertThat(p.salience()).isBetween(0.0, 1.0);
      assertThat(p.similarity()).isBetween(0.0, 1.0);
      if (i > 0) {
        assertThat(p.salience()).isLessThanOrEqualTo(passages.get(i - 1).salience());
      }
    }
    assertThat(passages.get(0).articles()).hasSize(4);
    double lowestShared = passages.stream().filter(p -> p.articles().size() >= 3)
        .mapToDouble(Passage::salience).min().orElseThrow();
    double highestAlone = passages.stream().filter(p -> p.articles().size() == 1)
        .mapToDouble(Passage::salience).max().orElseThrow();
    assertThat(lowestShared).as("facts three outlets carry outrank any one outlet's own").isGreaterThan(highestAlone);
  }

  @Test
  void aligningTwiceGivesTheSameResult() {
    assertThat(Aligners.standard(Similarities.lexical()).align(story.articles)).isEqualTo(story.alignment);
  }
}
