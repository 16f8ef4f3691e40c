package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.compare;
import static dev.parallax.compare.Fixtures.passage;
import static dev.parallax.compare.Fixtures.seed;
import static dev.parallax.compare.Fixtures.seeds;
import static dev.parallax.compare.Fixtures.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cases the Lavrov "nightmare" articles show, read from the texts: 000 is an unnamed round-up, 001 RT,
 * 002 Business Insider, 003 ZeroHedge. Passages are built by hand from distinctive fragments, so these tests
 * do not depend on the aligner.
 */
class SeedCasesTest {
  private static final String NIGHTMARISH = "The nightmarish scenario of military confrontation is returning";

  private static List<AnalyzedArticle> story() {
    return seeds().subList(0, 4);
  }

  private static Optional<QuoteGroup> groupWith(Comparison c, String article, String words) {
    return c.quotes().stream()
        .filter(g -> g.variants().stream().anyMatch(v -> v.article().startsWith(article) && v.text().contains(words)))
        .findFirst();
  }

  private static List<Fidelity> fidelity(QuoteGroup g, String article, String words) {
    return g.variants().stream().filter(v -> v.article().startsWith(article) && v.text().contains(words))
        .map(QuoteVariant::fidelity).toList();
  }

  @Test
  void nightmarishScenarioIsVerbatimInRtAndZeroHedgeOnly() {
    Comparison c = compare(story());
    QuoteGroup g = groupWith(c, "001", NIGHTMARISH).orElseThrow();
    assertThat(g.speaker()).isEqualTo("Sergey Lavrov");
    assertThat(fidelity(g, "001", NIGHTMARISH)).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelity(g, "003", NIGHTMARISH)).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelity(g, "002", "nightmare scenario of military confrontation"))
        .isNotEmpty().doesNotContain(Fidelity.VERBATIM);
    assertThat(fidelity(g, "000", "nightmare of military confrontation")).containsOnly(Fidelity.ALTERED);
  }

  @Test
  void roundUpAltersSeriousConsequencesToSevere() {
    Comparison c = compare(story());
    QuoteGroup g = groupWith(c, "000", "severe consequences").orElseThrow();
    assertThat(g.speaker()).isEqualTo("Antony Blinken");
    assertThat(fidelity(g, "000", "severe consequences")).containsOnly(Fidelity.ALTERED);
    assertThat(fidelity(g, "002", "serious consequences")).containsOnly(Fidelity.VERBATIM);
    assertThat(fidelity(g, "003", "serious consequences")).containsOnly(Fidelity.VERBATIM);
  }

  @Test
  void lavrovsNatoRefusesQuoteIsVerbatimInRtAndZeroHedge() {
    Comparison c = compare(story());
    QuoteGroup g = groupWith(c, "001", "NATO refuses to consider our proposals").orElseThrow();
    assertThat(g.variants()).extracting(v -> v.article().substring(0, 3) + " " + v.fidelity())
        .containsExactly("001 VERBATIM", "003 VERBATIM");
  }

  @Test
  void quotesCreditedToOtherMedia() {
    Comparison c = compare(story());
    assertThat(groupWith(c, "002", "being irresponsibly brought closer").orElseThrow().variants().get(0).citedSource())
        .contains("BBC News");
    assertThat(groupWith(c, "002", "The threat on our western borders").orElseThrow().variants().get(0).citedSource())
        .contains("The New York Times");
    assertThat(groupWith(c, "003", "it had arrested three suspected").orElseThrow().variants().get(0).citedSource())
        .contains("BBC");
  }

  @Test
  void lavrovIsOneSpeakerAcrossOutlets() {
    Comparison c = compare(story());
    assertThat(groupWith(c, "000", "nightmare of military confrontation").orElseThrow().speaker()).isEqualTo("Sergey Lavrov");
    assertThat(groupWith(c, "002", "being irresponsibly brought closer").orElseThrow().speaker()).isEqualTo("Sergey Lavrov");
  }

  @Test
  void zeroHedgeCopiesRtsLavrovParagraph() {
    Comparison c = compare(story());
    assertThat(c.reuse()).anySatisfy(r -> {
      assertThat(r.from()).startsWith("001");
      assertThat(r.to()).startsWith("003");
      assertThat(r.direction()).startsWith("published earlier");
      String rt = seed("001").article().text();
      String zh = seed("003").article().text();
      assertThat(r.spans()).anySatisfy(s -> {
        assertThat(rt.substring(s.fromStart(), s.fromEnd()))
            .contains("accusing the US-led bloc of rejecting constructive discussion");
        assertThat(zh.substring(s.toStart(), s.toEnd()))
            .contains("accusing the US-led bloc of rejecting constructive discussion");
      });
    });
    assertThat(c.reuse()).noneSatisfy(r -> assertThat(r.from() + r.to()).contains("000"));
  }

  @Test
  void troopNumbersConflict() {
    AnalyzedArticle roundUp = seed("000");
    AnalyzedArticle bi = seed("002");
    AnalyzedArticle zh = seed("003");
    Comparison c = compare(story(), passage("troops", roundUp, "more than 90,000 troops", bi,
        "90,000 Russian troops have amassed", zh, "more than 94,000 Russian soldiers"));
    // the round-up's "more than 90,000" holds both "90,000" and "more than 94,000": only those two conflict
    assertThat(c.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiscrepancyKind.NUMBER);
      assertThat(d.values()).extracting(v -> v.article().substring(0, 3) + " " + v.value())
          .containsExactly("002 90,000 Russian troops", "003 more than 94,000 Russian soldiers");
    });
  }

  @Test
  void lavrovSpeaksOnThursdayOrFriday() {
    AnalyzedArticle rt = seed("001");
    AnalyzedArticle zh = seed("003");
    // RT (2 December) and ZeroHedge (3 December) quote the same words of Lavrov beside their days, as the aligner
    // joins them: one remark, so ZeroHedge's Friday, a day after RT was published, still conflicts with Thursday
    Passage refusing = new Passage("refusing", 1.0, List.of(
        new PassageMember(rt.id(), List.of(sentence(rt, "Lavrov claimed on Thursday"), sentence(rt, "NATO refuses to"))),
        new PassageMember(zh.id(), List.of(sentence(zh, "In his latest comments Friday"), sentence(zh, "NATO refuses to")))),
        1.0);
    Comparison c = compare(story(), refusing);
    assertThat(c.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiscrepancyKind.DATE);
      assertThat(d.values()).extracting(v -> v.value()).containsExactly("Thursday", "Friday");
    });
    WordingDiff w = c.wording().get(0);
    assertThat(w.reference()).startsWith("001");
    assertThat(w.edits()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(EditKind.ATTRIBUTION);
      assertThat(e.from()).contains("claimed");
      assertThat(e.to()).contains("asserted");
    });
    assertThat(w.edits()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(EditKind.DATE);
      assertThat(e.from()).isEqualTo("Thursday");
      assertThat(e.to()).isEqualTo("Friday");
    });
  }

  @Test
  void blinkenConsequencesWording() {
    AnalyzedArticle roundUp = seed("000");
    AnalyzedArticle zh = seed("003");
    Comparison c = compare(story(), passage("consequences", roundUp, "Blinken says there will be", zh,
        "warned of \"serious consequences\""));
    assertThat(c.wording().get(0).edits()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(EditKind.SOFTENER);
      assertThat(e.from()).isEqualTo("severe");
      assertThat(e.to()).isEqualTo("serious");
    });
  }

  @Test
  void rtAndBusinessInsiderFramingSideBySide() {
    AnalyzedArticle rt = seed("001");
    AnalyzedArticle bi = seed("002");
    assertThat(cues(rt, FramingKind.ATTRIBUTION)).contains("claimed");
    assertThat(cues(rt, FramingKind.DISTANCING)).contains("alleged", "purported");
    assertThat(cues(rt, FramingKind.SCARE_QUOTE)).contains("\u201Cinvasion\u201D");
    assertThat(cues(bi, FramingKind.ATTRIBUTION)).contains("accused");
    // "said NATO was “irresponsibly” expanding" quotes Lavrov: his word, not Business Insider's
    assertThat(cues(bi, FramingKind.LOADED)).contains("unilateral annexation", "Kremlin-backed")
        .doesNotContain("irresponsibly");
    assertThat(perThousand(Framing.standard().summarize(rt), FramingKind.DISTANCING))
        .isGreaterThan(perThousand(Framing.standard().summarize(bi), FramingKind.DISTANCING));
    assertThat(perThousand(Framing.standard().summarize(bi), FramingKind.LOADED))
        .isGreaterThan(perThousand(Framing.standard().summarize(rt), FramingKind.LOADED));
  }

  private static List<String> cues(AnalyzedArticle a, FramingKind kind) {
    return Framing.standard().cues(a).stream().filter(c -> c.kind() == kind).map(FramingCue::text).toList();
  }

  private static double perThousand(FramingSummary s, FramingKind kind) {
    return s.counts().stream().filter(k -> k.kind() == kind).mapToDouble(FramingSummary.KindCount::perThousandWords)
        .sum();
  }
}
