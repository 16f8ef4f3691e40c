package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * End to end on the seed articles: RT has Lavrov claim on Thursday that NATO refuses Russia's proposals to
 * de-escalate, ZeroHedge has him assert it on Friday. Aligned into one passage, the two dates are a
 * discrepancy the comparison reports.
 */
class SeedDateDiscrepancyTest {
  @Test
  void rtsThursdayAndZeroHedgesFridayForLavrovsClaimAreADateDiscrepancy() {
    Comparison c = Parallax.create().compare(ArticleReader.withManifest(manifest()).readManifestFiles());
    assertThat(c.discrepancies()).filteredOn(d -> d.kind() == DiscrepancyKind.DATE).anySatisfy(d ->
        assertThat(d.values()).extracting(v -> v.article().substring(0, 3) + " " + v.value())
            .containsExactlyInAnyOrder("001 Thursday", "003 Friday"));
  }

  private static Path manifest() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve("examples/data/lavrov-nightmare/MANIFEST.tsv");
      if (Files.isRegularFile(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("examples/data/lavrov-nightmare/MANIFEST.tsv not found above the working directory");
  }
}
