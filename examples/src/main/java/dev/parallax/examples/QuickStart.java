package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.TextReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's first example: compare the bundled Lavrov articles and print the text summary.
 *
 * <p>Run with {@code mvn -B -q -pl examples exec:java} (after {@code mvn -B -q install -DskipTests}), or
 * pass another manifest as the first argument.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Compares the articles a manifest lists and prints the summary. */
  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare/MANIFEST.tsv");
    Parallax parallax = Parallax.create();
    List<Article> articles = ArticleReader.withManifest(manifest).readManifestFiles();
    Comparison comparison = parallax.compare(articles);
    System.out.print(TextReport.render(comparison));
  }
}
