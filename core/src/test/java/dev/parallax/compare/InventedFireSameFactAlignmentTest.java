package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What the invented fire ({@link InventedFireTest}) needs from an aligner that joins one fact however it is
 * worded: Coast News's headline "Alder Bay plant fire: mayor vows answers" sums up the mayor's sentence that the
 * Valley Courier and the Alder Bay Herald print ("we will not rest until we know how this happened"), so neither
 * leaves it out. The lexical aligner keeps the headline apart, and the omission check, on words, cannot see that
 * "vows answers" is "will not rest until we know".
 */
@Disabled("known limit: \"vows answers\" and \"we will not rest until we know\" share no word; the lexical same-fact model cannot see it (see docs/alignment.md)")
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
