package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Four outlets, written independently, on one invented fire (files in
 * {@code src/test/resources/scenarios/invented-fire}). A reader of them sees:
 * <ul>
 *   <li>the Valley Courier says "Fifteen workers were hurt", the Alder Bay Herald "injures 12 workers", Coast
 *       News "a dozen workers were injured": one toll, stated two ways;</li>
 *   <li>the mayor's sentence, verbatim in the Courier and Coast News, reworded inside quotation marks by the
 *       Herald ("a dreadful night for the whole town", "we won't rest until we find out what caused it");</li>
 *   <li>Coast News and Labour Weekly print the same sentence of the fire chief, each in its own story: no one
 *       copied anyone;</li>
 *   <li>only the Courier names the hospital, only Labour Weekly (published the next day) the union's demand, only the
 *       Courier and the Herald the plant's 300 jobs.</li>
 * </ul>
 */
class InventedFireTest {
  private static final Path MANIFEST = Path.of("src", "test", "resources", "scenarios", "invented-fire", "MANIFEST.tsv");
  private static final String COURIER = "courier";
  private static final String HERALD = "herald";
  private static final String COAST = "coast";
  private static final String LABOUR = "labour";

  /** The facts a reader finds in the four articles, each with the outlets that report it. */
  private static final List<Fact> FACTS = List.of(
      new Fact("the toll", t -> t.contains("workers") && (t.contains("hurt") || t.contains("injur")),
          Set.of(COURIER, HERALD, COAST, LABOUR)),
      new Fact("the mayor's words", t -> t.contains("night for"), Set.of(COURIER, HERALD, COAST)),
      new Fact("the roof going up", t -> t.contains("roof went up"), Set.of(COAST, LABOUR)),
      new Fact("the plant's jobs", t -> t.contains("300 people"), Set.of(COURIER, HERALD)),
      new Fact("the hospital", t -> t.contains("hospital"), Set.of(COURIER)),
      new Fact("the union's demand", t -> t.contains("union"), Set.of(LABOUR)),
      new Fact("where the blaze started", t -> t.contains("storage hall"), Set.of(COURIER)));

  private static Comparison fire;

  record Fact(String name, Predicate<String> in, Set<String> reportedBy) {}

  @BeforeAll
  static void compareTheFourArticles() {
    fire = Fixtures.PARALLAX.compare(ArticleReader.withManifest(MANIFEST).readManifestFiles());
  }

  @Test
  void theTollInFourOutletsOwnWordsIsOnePassage() {
    // "Fifteen workers were hurt when a fire tore through the plant" / "Fire at Alder Bay plant injures 12
    // workers" / "a dozen workers were injured" / "left a dozen employees injured": one fact, four wordings
    assertThat(fire.passages()).anySatisfy(p -> {
      assertThat(p.articles()).containsExactlyInAnyOrder(COURIER, HERALD, COAST, LABOUR);
      assertThat(p.member(COURIER).sentences()).contains(1);
      assertThat(p.member(HERALD).sentences()).contains(0);
    });
  }

  @Test
  void fifteenWorkersInWordsConflictWithTwelveInDigits() {
    assertThat(fire.discrepancies()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(DiscrepancyKind.NUMBER);
      assertThat(d.values()).anyMatch(v -> v.article().equals(COURIER) && v.value().startsWith("Fifteen"));
      assertThat(d.values()).anyMatch(v -> v.article().equals(HERALD) && v.value().startsWith("12"));
    });
  }

  @Test
  void aDozenIsTwelveAndConflictsWithFifteen() {
    assertThat(fire.discrepancies()).anySatisfy(d -> {
      assertThat(d.values()).anyMatch(v -> v.article().equals(COAST) && v.value().contains("dozen"));
      assertThat(d.values()).anyMatch(v -> v.article().equals(COURIER) && v.value().startsWith("Fifteen"));
    });
    // "a dozen" agrees with "12": no discrepancy sets the two against each other without a third value
    assertThat(fire.discrepancies()).noneMatch(d -> d.values().stream().map(Discrepancy.Value::article)
        .collect(Collectors.toSet()).equals(Set.of(HERALD, COAST)));
  }

  @Test
  void theMayorRewordedInsideQuotationMarksIsAlteredNotUnique() {
    QuoteGroup mayor = fire.quotes().stream().filter(g -> g.speaker().equals("Ellen Marsh")).findFirst().orElseThrow();
    assertThat(fidelities(mayor, COURIER)).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelities(mayor, COAST)).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelities(mayor, HERALD)).isNotEmpty().containsOnly(Fidelity.ALTERED);
    assertThat(fire.quotes()).filteredOn(g -> g.speaker().equals("Ellen Marsh")).hasSize(1);
  }

  @Test
  void noQuoteThatTwoOutletsPrintIsLabelledUnique() {
    for (QuoteGroup g : fire.quotes()) {
      assertThat(g.variants()).as(g.speaker()).noneMatch(v -> v.fidelity() == Fidelity.UNIQUE);
    }
  }

  @Test
  void twoArticlesQuotingTheSameSentenceHaveNotCopiedEachOther() {
    QuoteGroup chief = fire.quotes().stream().filter(g -> g.speaker().equals("Tom Reyes")).findFirst().orElseThrow();
    assertThat(fidelities(chief, COAST)).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelities(chief, LABOUR)).containsOnly(Fidelity.VERBATIM);
    assertThat(fire.reuse()).isEmpty();
  }

  @Test
  void noOutletIsSaidToLeaveOutAFactItReports() {
    for (Omission o : fire.omissions()) {
      String text = text(fire.passage(o.passage()).orElseThrow());
      for (Fact f : FACTS) {
        if (f.in().test(text)) {
          assertThat(f.reportedBy()).as("%s is said to leave out %s: %s", o.article(), f.name(), text)
              .doesNotContain(o.article());
        }
      }
    }
  }

  @Test
  void noOutletLeavesOutTheToll() {
    assertThat(fire.omissions()).noneMatch(o -> FACTS.get(0).in().test(text(fire.passage(o.passage()).orElseThrow())));
  }

  @Test
  void whatOnlySomeOutletsReportIsLeftOutByTheOthers() {
    assertThat(omittedFacts(LABOUR)).contains("the mayor's words", "the plant's jobs", "the hospital");
    assertThat(omittedFacts(HERALD)).contains("the roof going up", "the hospital");
    assertThat(omittedFacts(COURIER)).contains("the roof going up");
    assertThat(omittedFacts(COAST)).contains("the plant's jobs", "the hospital");
  }

  @Test
  void whatOnlyALaterOutletReportsIsNotLeftOutByTheOthers() {
    // Labour Weekly came out the day after the fire, with the union's demand for a safety review, made after the three
    // others went out: none of them leaves it out. The roof going up, which it shares with Coast News of the day of the
    // fire, the Herald and the Courier still leave out.
    assertThat(omittedFacts(HERALD)).doesNotContain("the union's demand");
    assertThat(omittedFacts(COURIER)).doesNotContain("the union's demand");
    assertThat(omittedFacts(COAST)).doesNotContain("the union's demand");
    assertThat(omittedFacts(HERALD)).contains("the roof going up");
    // still listed, marked, so that a reader sees it
    assertThat(reportedLaterFacts(HERALD)).contains("the union's demand").doesNotContain("the roof going up");
    assertThat(reportedLaterFacts(COURIER)).contains("the union's demand");
    assertThat(reportedLaterFacts(COAST)).contains("the union's demand");
  }

  @Test
  void eachOmissionShowsTheClosestSentenceOfTheOutletThatLeavesItOut() {
    assertThat(fire.omissions()).isNotEmpty().allSatisfy(o -> {
      Omission.Closest c = o.closest().orElseThrow();
      AnalyzedArticle a = fire.article(o.article()).orElseThrow();
      assertThat(a.article().text().substring(c.start(), c.end())).isEqualTo(c.text());
      assertThat(c.score()).isBetween(0.0, 1.0);
    });
  }

  /** The facts {@code article} leaves out, as counted: not those only later articles carry. */
  private static Set<String> omittedFacts(String article) {
    return facts(article, true);
  }

  /** The facts only articles published after {@code article} carry: listed, marked, not counted. */
  private static Set<String> reportedLaterFacts(String article) {
    return facts(article, false);
  }

  private static Set<String> facts(String article, boolean counted) {
    return (counted ? fire.omissionsOf(article) : fire.reportedLaterOf(article)).stream()
        .map(o -> text(fire.passage(o.passage()).orElseThrow()))
        .flatMap(t -> FACTS.stream().filter(f -> f.in().test(t)).map(Fact::name)).collect(Collectors.toSet());
  }

  private static List<Fidelity> fidelities(QuoteGroup g, String article) {
    return g.variants().stream().filter(v -> v.article().equals(article)).map(QuoteVariant::fidelity).toList();
  }

  /** Every member sentence of the passage, lower case. */
  private static String text(Passage p) {
    return p.members().stream().map(InventedFireTest::text).collect(Collectors.joining(" | ")).toLowerCase(Locale.ROOT);
  }

  private static String text(PassageMember m) {
    AnalyzedArticle a = fire.article(m.article()).orElseThrow();
    return m.sentences().stream().map(i -> a.sentences().get(i).text()).collect(Collectors.joining(" "));
  }
}
