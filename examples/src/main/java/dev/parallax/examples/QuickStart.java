package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import dev.parallax.report.TextReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's first example: compare the bundled Lavrov articles, print the text summary and the size
 * of the JSON report.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java}, or pass another manifest as the first argument.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Compares the articles a manifest lists and prints the summary. */
  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare/MANIFEST.tsv");
    Parallax parallax = Parallax.create();                 // loads models once; share it between threads
    List<Article> articles = ArticleReader.withManifest(manifest)
        .readManifestFiles();
    Comparison comparison = parallax.compare(articles);
    comparison.passages();                                 // aligned facts, most salient first
    String json = JsonReport.toJson(comparison);           // schema "parallax-report/1"
    System.out.print(TextReport.render(comparison));
    System.out.println("JSON report: " + json.length() + " characters");
  }
}
