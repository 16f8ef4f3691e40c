package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each of the five Lavrov seed articles leaves out, as a careful reader of them would list it.
 *
 * <p>RT (001) reports Lavrov's speech and nothing of the American side or the Ukrainian estimate; Business
 * Insider (002) reports the American side and leaves out Lavrov's complaint about NATO and his proposed
 * security pact; the article of 24 December (004) is about another event.
 */
class SeedOmissionsTest {
  private static final Path SEEDS = Path.of("..", "examples", "data", "lavrov-nightmare", "MANIFEST.tsv");
  private static final String UNNAMED = "000_de842d1e572453eb";
  private static final String RT = "001_17d8a8fe762a2e75";
  private static final String BI = "002_d2b672eee6184288";
  private static final String ZH = "003_b011d7168288c4b4";
  private static final String LATER = "004_e9aafec4d55ee50f";

  private static Comparison seeds;

  @BeforeAll
  static void compareSeeds() {
    seeds = Parallax.create().compare(ArticleReader.withManifest(SEEDS).readManifestFiles());
  }

  @Test
  void rtLeavesOutTheUkrainianTroopEstimate() {
    assertThat(omittedBy(RT)).anyMatch(says("troops").and(says("90,000").or(says("94,000"))));
  }

  @Test
  void rtLeavesOutBlinkensWarningOfConsequences() {
    assertThat(omittedBy(RT)).anyMatch(says("blinken").and(says("consequences")));
  }

  @Test
  void rtLeavesOutBlinkenMeetingLavrov() {
    assertThat(omittedBy(RT)).anyMatch(says("blinken").and(says("met ").or(says("meeting"))).and(says("lavrov")));
  }

  @Test
  void businessInsiderLeavesOutNatoRefusingToConsiderTheProposals() {
    assertThat(omittedBy(BI)).anyMatch(says("nato").and(says("refus")).and(says("proposals")));
  }

  @Test
  void businessInsiderLeavesOutTheSecurityPactProposal() {
    assertThat(omittedBy(BI)).anyMatch(says("security").and(says("pact").or(says("treaty"))));
  }

  @Test
  void omissionsNameTheOutletsThatCarryThePassage() {
    for (Omission o : seeds.omissions()) {
      Passage p = seeds.passage(o.passage()).orElseThrow();
      assertThat(o.coveredBy()).isNotEmpty().doesNotContain(o.article(), LATER);
      assertThat(o.coveredBy()).allMatch(p::carriedBy);
      assertThat(p.carriedBy(o.article())).isFalse();
      assertThat(o.salience()).isEqualTo(p.salience());
    }
  }

  @Test
  void eachArticlesOmissionsComeMostSalientFirst() {
    for (String id : List.of(UNNAMED, RT, BI, ZH)) {
      List<Double> saliences = seeds.omissionsOf(id).stream().map(Omission::salience).toList();
      assertThat(saliences).as(id).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
    assertThat(seeds.omissions().stream().map(Omission::article).distinct().toList())
        .containsExactly(UNNAMED, RT, BI, ZH);
  }

  @Test
  void theLaterArticleGetsNoOmissionsAndNoSummary() {
    assertThat(seeds.omissionsOf(LATER)).isEmpty();
    assertThat(seeds.outlets()).extracting(OutletSummary::article).containsExactly(UNNAMED, RT, BI, ZH);
  }

  @Test
  void rtCarriesLessOfTheStoryThanBusinessInsider() {
    OutletSummary rt = summary(RT);
    OutletSummary bi = summary(BI);
    assertThat(rt.coverage()).isLessThan(bi.coverage());
    assertThat(rt.omissionScore()).isGreaterThan(bi.omissionScore());
    for (OutletSummary o : seeds.outlets()) {
      assertThat(o.coverage()).isBetween(0.0, 1.0);
      assertThat(o.omissionScore()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void exclusivesAreCarriedByThatOutletAlone() {
    for (OutletSummary o : seeds.outlets()) {
      for (String id : o.exclusives()) {
        assertThat(seeds.passage(id).orElseThrow().articles()).containsExactly(o.article());
      }
    }
  }

  private static OutletSummary summary(String id) {
    return seeds.outlets().stream().filter(o -> o.article().equals(id)).findFirst().orElseThrow();
  }

  /** The text of every passage the article leaves out, all members' sentences joined, lower case. */
  private static List<String> omittedBy(String id) {
    return seeds.omissionsOf(id).stream().map(o -> text(seeds.passage(o.passage()).orElseThrow())).toList();
  }

  private static String text(Passage p) {
    return p.members().stream().map(SeedOmissionsTest::text).collect(Collectors.joining(" | "))
        .toLowerCase(Locale.ROOT);
  }

  private static String text(PassageMember m) {
    AnalyzedArticle a = seeds.article(m.article()).orElseThrow();
    return m.sentences().stream().map(i -> a.sentences().get(i).text()).collect(Collectors.joining(" "));
  }

  private static Predicate<String> says(String words) {
    return t -> t.contains(words);
  }
}
