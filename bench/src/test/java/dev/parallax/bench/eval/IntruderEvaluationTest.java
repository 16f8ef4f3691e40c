package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Parallax;
import dev.parallax.align.Aligners;
import dev.parallax.analyze.AnalyzedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unrelated-article protocol on BASIL (skipped when {@code parallax.sharedData} has no {@code basil}): it
 * asserts the runs' shape and well-formed figures, not a quality level (the figures are in
 * {@code docs/evaluation.md}).
 */
class IntruderEvaluationTest {
  @Test
  void eachBasilEventMeetsOneArticleOfAnotherEventWithItsOwnDate() {
    Path basil = Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve("basil");
    assumeTrue(Files.isRegularFile(basil.resolve("MANIFEST.tsv")), "shared data absent: " + basil);
    Parallax parallax = Parallax.create();
    List<IntruderEvaluation.Run> runs = IntruderEvaluation.basilRuns(basil, parallax);
    assertThat(runs).hasSize(100);
    assertThat(runs).extracting(IntruderEvaluation.Run::set).containsOnly("basil-fit", "basil");
    for (IntruderEvaluation.Run r : runs) {
      List<AnalyzedArticle> a = r.articles();
      AnalyzedArticle intruder = a.get(a.size() - 1);
      assertThat(a).hasSize(4);
      assertThat(a.subList(0, 3)).allSatisfy(x -> assertThat(x.id()).startsWith(r.event()));
      assertThat(intruder.id()).doesNotStartWith(r.event());
      assertThat(intruder.article().published()).isEqualTo(a.get(0).article().published());
    }
    List<String> misses = new ArrayList<>();
    List<IntruderEvaluation.Figures> figures = IntruderEvaluation.evaluate(runs.subList(0, 6),
        Aligners.standard(parallax.similarity()), misses::add);
    assertThat(figures).extracting(IntruderEvaluation.Figures::set).containsExactly("basil-fit", "basil");
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.runs()).isEqualTo(3);
      assertThat(f.same()).isEqualTo(9);
      assertThat(f.intrudersOther()).isBetween(0, f.runs());
    });
    int wrong = figures.stream().mapToInt(f -> f.runs() - f.intrudersOther() + f.same() - f.sameMain()).sum();
    assertThat(misses).hasSize(wrong);
  }
}
