package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The invented fire ({@link InventedFireTest}): Coast News's headline "Alder Bay plant fire: mayor vows answers" sums
 * up the mayor's sentence that the Valley Courier and the Alder Bay Herald print ("we will not rest until we know how
 * this happened"), so neither leaves it out. The lexical aligner still keeps the headline apart from the quote (the
 * two share no word); what holds it is the omission rule for a headline standing alone: it shares "Alder Bay plant
 * fire" with Coast News's own lead, which both outlets carry. An aligner that joined "vows answers" to "will not rest
 * until we know" would hold it too.
 */
class InventedFireSameFactAlignmentTest {
  private static final Path MANIFEST = Path.of("src", "test", "resources", "scenarios", "invented-fire", "MANIFEST.tsv");

  @Test
  void aHeadlineThatSumsUpAQuoteIsNotLeftOutByOutletsThatPrintTheQuote() {
    Comparison fire = Fixtures.PARALLAX.compare(ArticleReader.withManifest(MANIFEST).readManifestFiles());
    Passage headline = fire.passages().stream()
        .filter(p -> p.carriedBy("coast") && text(fire, p).contains("mayor vows answers")).findFirst().orElseThrow();
    assertThat(headline.carriedBy("courier") || fire.omissionsOf("courier").stream()
        .noneMatch(o -> o.passage().equals(headline.id()))).isTrue();
    assertThat(headline.carriedBy("herald") || fire.omissionsOf("herald").stream()
        .noneMatch(o -> o.passage().equals(headline.id()))).isTrue();
  }

  private static String text(Comparison c, Passage p) {
    StringBuilder sb = new StringBuilder();
    p.members().forEach(m -> m.sentences().forEach(i ->
        sb.append(c.article(m.article()).orElseThrow().sentences().get(i).text()).append(' ')));
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
