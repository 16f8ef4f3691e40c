package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * For each outlet: its coverage of the story and the three most salient facts that other outlets carry
 * and it leaves out, each shown in the words of the first outlet that carries it.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.WhatEachOutletLeavesOut}.
 */
public final class WhatEachOutletLeavesOut {
  private WhatEachOutletLeavesOut() {}

  /** Prints coverage and top omissions per outlet for the articles a manifest lists. */
  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare/MANIFEST.tsv");
    Comparison comparison = Parallax.create().compare(ArticleReader.withManifest(manifest).readManifestFiles());
    for (OutletSummary outlet : comparison.outlets()) {
      AnalyzedArticle article = comparison.article(outlet.article()).orElseThrow();
      System.out.printf(Locale.ROOT, "%s (%s): covers %.0f%% of the story%n",
          article.article().outlet(), article.id(), 100 * outlet.coverage());
      // what only articles of later days carry is listed but marked, and not counted as left out
      List<Omission> omissions = comparison.omissionsOf(outlet.article());
      for (Omission omission : omissions.subList(0, Math.min(3, omissions.size()))) {
        Passage passage = comparison.passage(omission.passage()).orElseThrow();
        System.out.printf(Locale.ROOT, "  leaves out (salience %.2f, carried by %d): %s%n",
            omission.salience(), omission.coveredBy().size(), firstWording(comparison, passage));
      }
    }
  }

  /** The passage in the words of its first member. */
  static String firstWording(Comparison comparison, Passage passage) {
    var member = passage.members().get(0);
    AnalyzedArticle carrier = comparison.article(member.article()).orElseThrow();
    return carrier.sentences().get(member.sentences().get(0)).text();
  }
}
