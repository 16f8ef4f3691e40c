package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Parallax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation runs end to end on a sample of the shared data (skipped when {@code parallax.sharedData}
 * is absent). It asserts that the figures are well formed, not a quality level: the quality belongs to the
 * similarity and is reported in {@code docs/evaluation.md}.
 */
class EvaluationSampleTest {
  private static Path data;
  private static Parallax parallax;

  @BeforeAll
  static void setUp() {
    data = Path.of(System.getProperty("parallax.sharedData", "../shared/data"));
    parallax = Parallax.create();
  }

  @Test
  void msrpSampleGivesFiguresInRange() {
    Path msrp = data.resolve("msrp/train.tsv");
    assumeTrue(Files.isRegularFile(msrp), "shared data absent: " + msrp);
    Evaluation.MsrpResult r = Evaluation.msrp(parallax, LabeledPairs.read(msrp, "label", null, 200));
    assertThat(r.pairs()).isEqualTo(200);
    assertThat(r.positives()).isBetween(1, 199);
    assertThat(r.atDefault().threshold()).isEqualTo(parallax.similarity().threshold());
    assertThat(List.of(r.atDefault().accuracy(), r.atDefault().precision(), r.atDefault().recall(),
        r.atDefault().f1(), r.rocAuc())).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(r.best().f1()).isGreaterThanOrEqualTo(r.atDefault().f1());
  }

  @Test
  void stsbSampleGivesOneRowPerGenre() {
    Path stsb = data.resolve("stsb/train.tsv");
    assumeTrue(Files.isRegularFile(stsb), "shared data absent: " + stsb);
    List<Evaluation.Correlation> rows = Evaluation.stsb(parallax, LabeledPairs.read(stsb, "score", "genre", 200));
    assertThat(rows.get(0).group()).isEqualTo("all");
    assertThat(rows.get(0).pairs()).isEqualTo(200);
    assertThat(rows).allSatisfy(c -> assertThat(c.pearson()).isBetween(-1.0, 1.0));
  }

  @Test
  void theSameSentenceTwiceIsAPerfectMatch() {
    // independent of the data: the metric pipeline on a pair set a reader can check by eye
    Evaluation.MsrpResult r = Evaluation.msrp(parallax, new LabeledPairs(
        List.of(new dev.parallax.TextPair("1", "The minister spoke in Stockholm.", "The minister spoke in Stockholm."),
            new dev.parallax.TextPair("2", "The minister spoke in Stockholm.", "Rain is expected over the weekend.")),
        new double[] {1, 0}, List.of("", "")));
    assertThat(r.rocAuc()).isEqualTo(1.0);
    assertThat(r.atDefault().accuracy()).isEqualTo(1.0);
  }
}
