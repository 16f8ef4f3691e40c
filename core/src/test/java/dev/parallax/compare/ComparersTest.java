package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.PARALLAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Comparison;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparersTest {
  private static List<Article> seedFiles() {
    return ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv")).readManifestFiles();
  }

  @Test
  void seedsEndToEndThroughTheFacade() {
    Comparison c = PARALLAX.compare(seedFiles());
    assertThat(c.quotes()).anySatisfy(g -> {
      assertThat(g.speaker()).isEqualTo("Sergey Lavrov");
      assertThat(g.variants()).filteredOn(v -> v.text().contains("The nightmarish scenario of military confrontation"))
          .extracting(v -> v.article().substring(0, 3) + " " + v.fidelity())
          .containsExactly("001 VERBATIM", "003 VERBATIM");
    });
    assertThat(c.reuse()).anySatisfy(r -> {
      assertThat(r.from()).startsWith("001");
      assertThat(r.to()).startsWith("003");
    });
    assertThat(c.framing()).anySatisfy(cue -> {
      assertThat(cue.article()).startsWith("001");
      assertThat(cue.kind()).isEqualTo(FramingKind.SCARE_QUOTE);
      assertThat(cue.text()).isEqualTo("\u201Cinvasion\u201D");
    });
  }

  @Test
  void troopNumbersConflictEndToEnd() {
    Comparison c = PARALLAX.compare(seedFiles());
    assertThat(c.discrepancies()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(DiscrepancyKind.NUMBER);
      assertThat(d.values()).extracting(Discrepancy.Value::value)
          .contains("90,000 Russian troops", "more than 94,000 Russian soldiers");
    });
  }

  @Test
  void everyPassageOfTheMainEventHasItsWording() {
    Comparison c = PARALLAX.compare(seedFiles());
    assertThat(c.wording()).extracting(WordingDiff::passage)
        .containsExactlyElementsOf(c.passages().stream().map(dev.parallax.align.Passage::id).toList());
    assertThat(c.wording()).allSatisfy(w -> assertThat(w.score()).isBetween(0.0, 1.0));
    assertThat(c.framing()).noneSatisfy(cue -> assertThat(cue.article()).startsWith("004"));
  }

  @Test
  void degenerateArticlesGiveEmptyResultsNotErrors() {
    var a = Fixtures.article("a", null, "\u201C\u201D \"\" \u2018\u2019 Nothing to see here.");
    var b = Fixtures.article("b", null, "Rain fell. \u201CYes.\u201D");
    Comparison c = Fixtures.compare(List.of(a, b), Fixtures.passage("p1", a, "Nothing", b, "Rain"));
    assertThat(c.quotes()).isEmpty();
    assertThat(c.reuse()).isEmpty();
    assertThat(c.discrepancies()).isEmpty();
    assertThat(c.wording()).singleElement().satisfies(w -> assertThat(w.score()).isEqualTo(1.0));
  }

  @Test
  void articlesOfAnotherEventAreLeftOut() {
    var a = Fixtures.article("a", null, "\u201CThe nightmarish scenario of military confrontation is returning,\u201D Lavrov said.");
    var b = Fixtures.article("b", null, "\u201CThe nightmarish scenario of military confrontation is returning,\u201D Lavrov said.");
    var events = List.of(new dev.parallax.align.ArticleEvent("a", dev.parallax.align.EventMembership.MAIN, "test"),
        new dev.parallax.align.ArticleEvent("b", dev.parallax.align.EventMembership.OTHER, "test"));
    Comparison c = Comparers.standard().compare(List.of(a, b), new dev.parallax.align.Alignment(events, List.of()), "test");
    assertThat(c.quotes()).singleElement().satisfies(g -> assertThat(g.variants()).extracting(QuoteVariant::fidelity)
        .containsExactly(Fidelity.UNIQUE));
    assertThat(c.reuse()).isEmpty();
    assertThat(c.framing()).noneMatch(cue -> cue.article().equals("b"));
  }

  @Test
  void sameInputGivesTheSameJson() {
    List<Article> files = seedFiles();
    assertThat(JsonReport.toJson(PARALLAX.compare(files))).isEqualTo(JsonReport.toJson(PARALLAX.compare(files)));
  }

  @Test
  void resultsCannotBeModified() {
    Comparison c = PARALLAX.compare(seedFiles());
    assertThatThrownBy(() -> c.quotes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.quotes().get(0).variants().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.reuse().get(0).spans().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.framing().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
