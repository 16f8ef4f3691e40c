package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;

/**
 * Every quote that more than one outlet prints, with each outlet's version and how faithful it is
 * (verbatim, truncated, altered, paraphrase), and the medium an outlet credits for it.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.HowFaithfulAreTheQuotes}.
 */
public final class HowFaithfulAreTheQuotes {
  private HowFaithfulAreTheQuotes() {}

  /** Prints the quotes shared by several outlets of the articles a manifest lists. */
  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare/MANIFEST.tsv");
    Comparison comparison = Parallax.create().compare(ArticleReader.withManifest(manifest).readManifestFiles());
    for (QuoteGroup quote : comparison.quotes()) {
      if (quote.variants().stream().allMatch(v -> v.fidelity() == Fidelity.UNIQUE)) {
        continue;
      }
      System.out.println(quote.id() + " " + (quote.speaker().isEmpty() ? "(speaker unknown)" : quote.speaker()));
      for (QuoteVariant v : quote.variants()) {
        String outlet = comparison.article(v.article()).orElseThrow().article().outlet();
        System.out.println("  " + v.fidelity() + "  " + outlet + ": \u201C" + v.text() + "\u201D"
            + v.citedSource().map(s -> "  (credited to " + s + ")").orElse(""));
      }
    }
  }
}
