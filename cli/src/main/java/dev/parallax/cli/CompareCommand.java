package dev.parallax.cli;

import dev.parallax.Comparison;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.ingest.Manifest;
import dev.parallax.internal.Names;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.JsonReport;
import dev.parallax.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax compare}: compare articles about one event and report what differs. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Compare several articles about one event: aligned passages, wording, quotes, omissions, copying.",
        "FILES may be text or HTML files, or folders; a .tsv manifest among them gives outlet and date.",
        "Prints a text summary unless a report goes to standard output; files are written atomically."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILES", arity = "0..*",
      description = "Article files (text or HTML), folders, or a manifest; none when --manifest lists them. Standard"
          + " input (-) is not read: save each article to a file.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "TSV", description = "Manifest with columns file, outlet, published (and url).")
  Path manifest;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report to FILE, or - for standard output.")
  String json;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report (one self-contained page) to FILE, or - for standard output.")
  String html;

  @Option(names = "--texts", paramLabel = "DIR", description = "Also write each article's text as read, which the"
      + " JSON report's offsets count in (for an HTML page, its text as extracted), to DIR/ID.txt.")
  Path texts;

  @Option(names = "--text", description = "Print the text summary (the default when no report goes to standard"
      + " output; with --json - or --html - it goes to standard error).")
  boolean text;

  @Option(names = "--force", description = "Replace an existing --json or --html file even when it is not a"
      + " Parallax report (never an input).")
  boolean force;

  @Option(names = "--quiet", description = "No progress messages on standard error.")
  boolean quiet;

  @Option(names = "--deadline", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Stop a comparison that runs longer than TIME (e.g. 90s, 10m, 500ms; default 5m) with"
          + " exit code 5.")
  Duration deadline = Parallax.DEFAULT_DEADLINE;

  @Mixin
  SimilarityOption similarity;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ("-".equals(json) && "-".equals(html)) {
      throw new ParameterException(spec.commandLine(), "--json and --html cannot both go to standard output");
    }
    if (json != null && html != null && !json.equals("-") && !html.equals("-")) {
      try {
        Outputs.requireDistinct(Path.of(json), Path.of(html));
      } catch (InvalidInputException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());   // a wrong command line: exit code 2
      }
    }
    if (files.isEmpty() && manifest == null) {
      throw new ParameterException(spec.commandLine(), "no articles given: name the article files, a folder, or a manifest");
    }
    if (files.contains(Path.of("-"))) {
      // an article needs a name (its id, the file its offsets count in) and its manifest line: a plugin writes the
      // articles to a folder and names it, which also keeps each article's outlet and date in one manifest
      throw new ParameterException(spec.commandLine(), "-: articles are not read from standard input; inputs must be"
          + " files or folders: save each article to a file (a folder of them will do) and name it");
    }
    similarity.check();
    Inputs inputs = Inputs.resolve(files, manifest);
    // before any error: it says why other files did not count; and even with --quiet, which silences progress and
    // advice: a file given (in a folder) and not compared is not progress, as an input left out is not
    if (inputs.skippedNote().isPresent()) {
      err.println("parallax: " + ErrorHandler.oneLine(inputs.skippedNote().get()));
      err.flush();
    }
    if (inputs.articles().isEmpty() && !inputs.absent().isEmpty()) {
      throw new InvalidInputException("no article could be read: left out " + String.join(", ", inputs.absent())
          + "; a comparison needs at least two articles");
    }
    if (inputs.articles().isEmpty()) {
      throw new InvalidInputException("no article to compare: " + inputs.notGivenNote().orElse("none given"));
    }
    if (inputs.articles().size() == 1 && inputs.absent().isEmpty()) {   // else "only one article could be read"
      Path only = inputs.articles().get(0);
      NotAnArticle.unreadable(only).ifPresent(why -> {   // what is wrong with it matters more than the count
        throw new InvalidInputException(only + ": " + why + "; and a comparison needs at least two articles");
      });
      throw new InvalidInputException("only one article given (" + only + "): need at least two"
          + " articles to compare; name another article about the same event"
          + inputs.notGivenNote().map(note -> " (" + note + ")").orElse(""));
    }
    if (!quiet && inputs.notGivenNote().isPresent()) {
      err.println("parallax: " + inputs.notGivenNote().get());
      err.flush();
    }
    if (!quiet && inputs.unlistedNote().isPresent()) {
      err.println("parallax: " + inputs.unlistedNote().get());
      err.flush();
    }
    // Check the targets before the work, so a bad output path fails fast and nothing is half written.
    List<Path> allInputs = new ArrayList<>(inputs.articles());
    inputs.manifest().ifPresent(allInputs::add);
    for (String target : new String[] {json, html}) {
      if (target != null && !target.equals("-")) {
        Outputs.requireWritable(Path.of(target), allInputs);
        if (!force) {
          Outputs.requireOurs(Path.of(target));
        }
      }
    }
    if (texts != null) {
      TextsFolder.check(texts, allInputs);
    }
    // The language models load while the files are read (and, with --semantic, the embedding model loads while
    // the articles are analysed): a one-shot run spends much of its time loading.
    CompletableFuture<Parallax> facade = CompletableFuture.supplyAsync(() -> similarity.parallax(deadline),
        BackgroundSimilarity::daemon);
    Progress progress = new Progress(err, quiet, inputs.articles().size());
    ArticleReader reader = inputs.manifest().map(ArticleReader::withManifest).orElseGet(ArticleReader::create);
    progress.step("reading " + inputs.articles().size() + " files");
    List<Article> articles = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    List<String> leftOut = new ArrayList<>(inputs.absent());   // a missing file named is left out as an empty one is
    ArticleIds ids = new ArticleIds();
    for (Path p : inputs.articles()) {
      // an empty, binary or undecodable file is left out, as an article not in English is: the others are compared
      Optional<String> unreadable = NotAnArticle.unreadable(p);   // a PDF may pass for text: its first bytes tell
      Article a = null;
      try {
        a = unreadable.isEmpty() ? reader.read(p) : null;
      } catch (InvalidInputException e) {
        unreadable = Optional.of(reason(e, p));
      }
      if (a == null) {
        leftOut.add(p + " (" + unreadable.orElseThrow() + ")");
        continue;
      }
      ids.add(p);
      articles.add(a);
      read.add(p);
      progress.file(articles.size(), inputs.articles().size());
    }
    if (!leftOut.isEmpty() && articles.size() < 2) {
      throw new InvalidInputException((articles.isEmpty() ? "no article could be read" : "only one article could be"
          + " read (" + read.get(0) + ")") + ": left out " + String.join(", ", leftOut)
          + "; a comparison needs at least two articles");
    }
    if (!quiet && !leftOut.isEmpty()) {
      err.println("parallax: left out " + leftOut.size() + (leftOut.size() == 1 ? " file: " : " files: ")
          + String.join(", ", leftOut) + "; comparing the other " + articles.size());
      err.flush();
    }
    if (!quiet && inputs.manifest().isPresent()) {
      MissingOutlets.ofCompared(articles, read, Manifest.read(inputs.manifest().get())).ifPresent(note -> {
        err.println("parallax: " + note);
        err.flush();
      });
    }
    progress.step("loading language models");
    Parallax parallax = BackgroundSimilarity.join(facade);
    progress.step("comparing " + articles.size() + " articles");
    Comparison comparison;
    try {
      comparison = parallax.compare(articles);
    } catch (InvalidInputException e) {
      throw namingTheFile(e, articles, read);
    }
    if (!quiet) {
      MissingDates.ofCompared(articles, comparison).ifPresent(note -> {
        err.println("parallax: " + note);
        err.flush();
      });
      MissingDates.lateOf(articles, comparison).ifPresent(note -> {
        err.println("parallax: " + note);
        err.flush();
      });
      SeveralEvents.hint(comparison).ifPresent(note -> {
        err.println("parallax: " + note);
        err.flush();
      });
    }
    boolean reportFile = json != null && !json.equals("-") || html != null && !html.equals("-");
    if (reportFile) {
      progress.step("writing reports"); // not when the summary or a report only goes to standard output
    }
    String jsonReport = json == null ? null : JsonReport.toJson(comparison);
    String htmlReport = html == null ? null : HtmlReport.render(comparison);
    boolean wroteStdout = false;
    List<Outputs.Target> files = new ArrayList<>();
    if (jsonReport != null) {
      wroteStdout |= emit(json, jsonReport, out, files);
    }
    if (htmlReport != null) {
      wroteStdout |= emit(html, htmlReport, out, files);
    }
    if (texts != null) {
      files.addAll(TextsFolder.targets(texts, articles, allInputs));
    }
    Outputs.writeAll(files);   // all reports or none: both are complete before either replaces a file
    if (!wroteStdout) {
      out.print(TextReport.render(comparison));
    } else if (text) {
      // A report holds standard output: the summary goes to standard error so that output stays parseable.
      err.print(TextReport.render(comparison));
    }
    out.flush();
    // one rule with corpus: an input asked for and left out (a file named or listed that cannot be read) makes the
    // status 1 once the others are compared and written, so that a script can tell a report of all it asked for
    List<String> notRead = new ArrayList<>(leftOut);
    notRead.addAll(inputs.missing());
    if (notRead.isEmpty()) {
      return 0;
    }
    err.println("parallax: " + ErrorHandler.oneLine(notRead.size() + (notRead.size() == 1 ? " input" : " inputs")
        + " left out (" + String.join(", ", notRead) + "); the report covers the other " + articles.size()
        + " articles"));
    err.flush();
    return Main.EXIT_BAD_INPUT;
  }

  /**
   * {@code e} with the file named where its message names an article by id ("article fr: does not look like English"
   * becomes "fr.txt (article fr): does not look like English"): the command line promises that an error names the
   * file, and a user gave files, not ids. Other messages are kept.
   */
  static InvalidInputException namingTheFile(InvalidInputException e, List<Article> articles, List<Path> files) {
    String message = String.valueOf(e.getMessage());
    for (int i = 0; i < articles.size() && i < files.size(); i++) {
      String article = "article " + Names.quote(articles.get(i).id());
      if (message.startsWith(article + ":")) {
        return new InvalidInputException(files.get(i) + " (" + article + ")" + message.substring(article.length()), e);
      }
    }
    return e;
  }

  /** The reader's message without the file name it starts with: "empty file" of "a.txt: empty file". */
  private static String reason(InvalidInputException e, Path p) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith(p + ": ") ? message.substring(p.toString().length() + 2) : message;
  }

  /** Prints {@code report} on standard output (true) or adds it to the files to write (false). */
  private static boolean emit(String target, String report, PrintWriter out, List<Outputs.Target> files) {
    if (target.equals("-")) {
      out.print(report);
      return true;
    }
    files.add(new Outputs.Target(target, report));
    return false;
  }
}
