package dev.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import org.junit.jupiter.api.Test;

/** The benchmarks' workloads build and run once, so a broken benchmark shows up in {@code mvn verify}. */
class BenchmarkSetupTest {
  @Test
  void eventBenchmarkComparesTheFiveSeeds() {
    EventBenchmark b = new EventBenchmark();
    b.n = 5;
    b.setUp();
    Comparison c = b.compare();
    assertThat(b.articles).hasSize(5);
    assertThat(c).isNotNull();
  }

  @Test
  void scalingBenchmarkBuildsBothWorkloads() {
    ScalingBenchmark b = new ScalingBenchmark();
    b.size = 10;
    b.setUp();
    assertThat(b.byCount).hasSize(10);
    assertThat(b.byLength).hasSize(5)
        .allSatisfy(a -> assertThat(a.text().length()).isGreaterThanOrEqualTo(5_000));
    assertThat(b.byLength()).isNotNull();
  }

  @Test
  void analysisBenchmarkPreparesEveryStagesInput() {
    AnalysisBenchmark b = new AnalysisBenchmark();
    b.setUp();
    assertThat(b.tokenCount).isGreaterThan(1_000);
    assertThat(b.lines).isNotEmpty();
    assertThat(b.tags).hasSameSizeAs(b.tokenized);
  }
}
