package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outlet profiles on BASIL (three outlets, 100 events; from the shared data, skipped when absent): every
 * figure names the events behind it, and each of those events does show what the figure counts.
 */
class OutletProfileBasilTest {
  private static CorpusReport report;
  private static Map<String, EventFindings> findings;

  @BeforeAll
  static void run() {
    String root = System.getProperty("parallax.sharedData");
    Path manifest = root == null ? null : Path.of(root, "basil", "MANIFEST.tsv");
    Assumptions.assumeTrue(manifest != null && Files.isRegularFile(manifest), "BASIL not found under parallax.sharedData");
    findings = new HashMap<>();
    report = Corpus.builder(Parallax.create()).build().run(ArticleReader.withManifest(manifest).readManifestFiles(),
        r -> findings.put(r.event().id(), r.findings()));
  }

  @Test
  void theThreeOutletsHaveProfiles() {
    assertThat(report.outlets()).extracting(OutletProfile::outlet).containsExactly("Fox News", "HuffPost", "The New York Times");
    assertThat(report.outlets()).allSatisfy(p -> assertThat(p.events().size()).isGreaterThan(80));
  }

  @Test
  void everyFigureLinksToEventsThatShowIt() {
    for (OutletProfile p : report.outlets()) {
      Set<String> covered = new TreeSet<>(p.events());
      check(p.omitsSalient(), covered, p.outlet(), f -> f.omitsSalient());
      check(p.exclusives(), covered, p.outlet(), OutletFinding::exclusive);
      check(p.copies(), covered, p.outlet(), OutletFinding::copies);
      for (OutletProfile.KindRate k : p.framing()) {
        check(k.events(), covered, p.outlet(), f -> f.framing().contains(k.kind()));
      }
      check(p.altered(), covered, p.outlet(), f -> f.altered() > 0);
      assertThat(p.omitsSalient().total()).isEqualTo(p.events().size());
    }
  }

  private static void check(Proportion figure, Set<String> covered, String outlet, java.util.function.Predicate<OutletFinding> shows) {
    assertThat(covered).containsAll(figure.events());
    for (String e : figure.events()) {
      List<OutletFinding> of = findings.get(e).outlets().stream().filter(f -> f.outlet().equals(outlet)).toList();
      assertThat(of).as(outlet + " in " + e).singleElement().matches(shows);
    }
    assertThat(figure.low()).isLessThanOrEqualTo(figure.rate());
    assertThat(figure.high()).isGreaterThanOrEqualTo(figure.rate());
  }
}
