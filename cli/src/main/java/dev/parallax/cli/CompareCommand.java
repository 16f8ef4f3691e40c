package dev.parallax.cli;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Similarities;
import dev.parallax.embeddings.EmbeddingSimilarities;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import dev.parallax.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax compare}: compare articles about one event and report what differs. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
        "Compare several articles about one event: aligned passages, wording, quotes, omissions, copying.",
        "FILES may be text or HTML files, or folders; a .tsv manifest among them gives outlet and date."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILES", arity = "1..*", description = "Article files (text or HTML), folders, or a manifest.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "TSV", description = "Manifest with columns file, outlet, published.")
  Path manifest;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report to FILE, or - for standard output.")
  String json;

  @Option(names = "--text", description = "Print the text summary (the default when no other output is asked).")
  boolean text;

  @Option(names = "--quiet", description = "No progress messages on standard error.")
  boolean quiet;

  @Option(names = "--semantic", description = "Align with sentence embeddings (all-MiniLM-L6-v2, offline) blended with"
      + " the lexical similarity; slower, finds paraphrases in other words.")
  boolean semantic;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = Inputs.resolve(files, manifest);
    ArticleReader reader = inputs.manifest().map(ArticleReader::withManifest).orElseGet(ArticleReader::create);
    List<Article> articles = reader.readAll(inputs.articles());
    if (!quiet && articles.size() > 10) {
      err.println("parallax: comparing " + articles.size() + " articles ...");
    }
    Parallax parallax = semantic
        ? Parallax.builder().similarity(EmbeddingSimilarities.semantic(Similarities.lexical())).build()
        : Parallax.create();
    Comparison comparison = parallax.compare(articles);
    boolean wroteStdout = false;
    if (json != null) {
      String report = JsonReport.toJson(comparison);
      if (json.equals("-")) {
        out.print(report);
        wroteStdout = true;
      } else {
        Path target = Path.of(json);
        Outputs.requireNotInput(target, inputs.articles());
        Outputs.writeAtomically(target, report);
      }
    }
    if (text || !wroteStdout) {
      out.print(TextReport.render(comparison));
    }
    out.flush();
    return 0;
  }
}
