package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax compare} on the five Lavrov seed articles: the reports it writes and what it prints. */
class CompareCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesHtmlAndJsonAndPrintsTheSummary() throws IOException {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    CliRun run = CliRun.of(args("compare", "--html", html.toString(), "--json", json.toString()));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("RT", "Business Insider", "ZeroHedge");
    assertThat(Files.readString(json)).contains("\"schema\" : \"parallax-report/1\"");
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(Path.of("..", "docs", "schema", "parallax-report-1.schema.json").toFile()));
    assertThat(schema.validate(mapper.readTree(json.toFile()))).isEmpty();
    assertThat(run.out()).startsWith("Parallax: ").contains("Top passages", "Top omissions");
    assertThat(leftovers()).containsExactlyInAnyOrder("report.html", "report.json");
  }

  @Test
  void jsonToStandardOutputReplacesTheSummary() {
    CliRun run = CliRun.of(args("compare", "--json", "-"));
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("{").doesNotContain("Top passages");
  }

  @Test
  void textFlagWithAReportOnStandardOutputPrintsTheSummaryOnStandardError() {
    CliRun run = CliRun.of(args("compare", "--html", "-", "--text"));
    assertThat(run.out()).startsWith("<!DOCTYPE html>").doesNotContain("Top passages");
    assertThat(run.err()).contains("Top passages");
  }

  @Test
  void bothReportsCannotShareStandardOutputAndThatIsAWrongCommandLine() {
    CliRun run = CliRun.of(args("compare", "--html", "-", "--json", "-"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("parallax: --json and --html cannot both go to standard output");
  }

  @Test
  void bothReportsCannotShareAFile() {
    String same = dir.resolve("report").toString();
    CliRun run = CliRun.of(args("compare", "--html", same, "--json", same));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("parallax: --json and --html name the same file");
  }

  @Test
  void aManifestAloneNamesTheArticles() {
    CliRun run = CliRun.of("compare", "--quiet", "--json", "-",
        "--manifest", CliRun.SEEDS.resolve("MANIFEST.tsv").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"outlet\" : \"Business Insider\"", "\"outlet\" : \"ZeroHedge\"");
  }

  @Test
  void aManifestAwayFromItsArticlesSaysWhereItLooked() throws IOException {
    Path elsewhere = Files.createDirectory(dir.resolve("manifests"));
    Path manifest = Files.copy(CliRun.SEEDS.resolve("MANIFEST.tsv"), elsewhere.resolve("MANIFEST.tsv"));
    CliRun run = CliRun.of("compare", "--quiet", "--manifest", manifest.toString(),
        CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString(), CliRun.SEEDS.resolve("002_d2b672eee6184288.txt").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errorLine()).contains("which does not exist in " + elsewhere, "read from its own folder");
  }

  @Test
  void aJsonFileThatIsNotAReportIsKeptUnlessForced() throws IOException {
    Path kept = Files.writeString(dir.resolve("settings.json"), "{\"keep\":\"me\"}");
    String first = CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString();
    String second = CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt").toString();
    CliRun refused = CliRun.of("compare", "--quiet", "--json", kept.toString(), first, second);
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.errorLine()).contains("settings.json: exists and is not a Parallax report", "--force");
    assertThat(Files.readString(kept)).isEqualTo("{\"keep\":\"me\"}");

    CliRun forced = CliRun.of("compare", "--quiet", "--force", "--json", kept.toString(), first, second);
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readString(kept)).contains("\"schema\" : \"parallax-report/");
  }

  @Test
  void articlesOfSeveralEventsAreComparedAsOneWithAHintToUseCorpus() {
    // two fires and a tram line: corpus mode's grouping sees two events of two articles (and one alone)
    Path corpus = Path.of("..", "core", "src", "test", "resources", "corpus");
    CliRun run = CliRun.of("compare", corpus.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("corpus mode's grouping finds 2 events of two articles or more among these 5 articles"
        + " (2 and 2 articles); compare takes them as one event", "run parallax corpus --out DIR with the same inputs");
    // near variant: the four seed reports of one event (and a follow-up weeks later) give no hint
    assertThat(CliRun.of("compare", CliRun.SEEDS.toString()).err()).doesNotContain("corpus mode");
  }

  @Test
  void aManifestLineNamingAMissingFileIsLeftOutWithTheNearestName() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("event"));
    Path first = Files.copy(CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt"), folder.resolve("001_17d8a8fe762a2e75.txt"));
    Files.copy(CliRun.SEEDS.resolve("002_d2b672eee6184288.txt"), folder.resolve("002_d2b672eee6184288.txt"));
    Path third = Files.copy(CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt"), folder.resolve("003_b011d7168288c4b4.txt"));
    Files.writeString(folder.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "001_17d8a8fe762a2e75.txt\tRT\t2021-12-02\n002_d2b672eee6184289.txt\tZeroHedge\t2021-12-03\n"
        + "003_b011d7168288c4b4.txt\tBusiness Insider\t2021-12-03\n");
    CliRun run = CliRun.of("compare", "--manifest", folder.resolve("MANIFEST.tsv").toString(), first.toString(),
        third.toString());
    // the two others are compared and printed; the exit code says that a file asked for was left out, as corpus says it
    assertThat(run.code()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.out()).startsWith("Parallax: 2 articles");
    assertThat(run.err()).contains("002_d2b672eee6184289.txt: no such file; did you mean 002_d2b672eee6184288.txt?")
        .doesNotContain("put it beside");
  }

  @Test
  void aMissingFileNamedIsLeftOutAndTheOthersAreComparedAndWritten() {
    Path json = dir.resolve("report.json");
    CliRun run = CliRun.of("compare", "--json", json.toString(), CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt")
        .toString(), CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt").toString(), dir.resolve("nope.txt").toString());
    // as an empty file named is: a script learns from the exit code that its report covers part of what it asked for
    assertThat(run.code()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(json).exists();
    assertThat(run.err()).contains("nope.txt (no such file)", "the report covers the other 2 articles");
  }

  @Test
  void aDashIsNotReadAsAnArticleFromStandardInput() {
    CliRun run = CliRun.of("compare", "-", CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("parallax: -: articles are not read from standard input")
        .contains("save each article to a file");
  }

  @Test
  void aFoldersArticlesComeInItsManifestsOrder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("event"));
    for (String f : List.of("001_17d8a8fe762a2e75.txt", "002_d2b672eee6184288.txt", "003_b011d7168288c4b4.txt")) {
      Files.copy(CliRun.SEEDS.resolve(f), folder.resolve(f));
    }
    Files.writeString(folder.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "003_b011d7168288c4b4.txt\tZeroHedge\t2021-12-03\n001_17d8a8fe762a2e75.txt\tRT\t2021-12-02\n"
        + "002_d2b672eee6184288.txt\tBusiness Insider\t2021-12-02\n");
    CliRun run = CliRun.of("compare", "--quiet", "--json", "-", folder.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String json = run.out();
    assertThat(json.indexOf("\"outlet\" : \"ZeroHedge\"")).isPositive()
        .isLessThan(json.indexOf("\"outlet\" : \"RT\""));
    assertThat(json.indexOf("\"outlet\" : \"RT\"")).isLessThan(json.indexOf("\"outlet\" : \"Business Insider\""));
  }

  @Test
  void textsWritesEachArticlesTextThatTheJsonOffsetsCountIn() throws IOException {
    Path event = Files.createDirectory(dir.resolve("event"));
    Files.writeString(event.resolve("harbour.html"), """
        <html><head><title>Ferry returns to Lindby</title><meta property="og:site_name" content="Lindby Post"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Ferry returns to Lindby</h1>
        <p>The ferry between Lindby and Kelby ran again on Monday after a week of storms, the operator said.</p>
        <p>About 300 passengers crossed on the first day, and the operator expects more on Tuesday.</p></article>
        </body></html>
        """);
    Files.writeString(event.resolve("star.txt"), """
        Lindby ferry back after storms

        The ferry between Lindby and Kelby sailed again on Monday after a week of storms, its operator said.
        About 300 people crossed on Monday.
        """);
    Path texts = dir.resolve("texts");
    CliRun run = CliRun.of("compare", "--quiet", "--json", "-", "--texts", texts.toString(), event.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(texts.resolve("star.txt"))).isEqualTo(Files.readString(event.resolve("star.txt")));
    // the page's text as extracted, which no program reading the report could get: its sentences are at their offsets
    String page = Files.readString(texts.resolve("harbour.txt"));
    var article = new ObjectMapper().readTree(run.out()).get("articles").get(0);
    assertThat(article.get("id").asText()).isEqualTo("harbour");
    assertThat(article.get("sentences")).isNotEmpty().allSatisfy(sentence -> assertThat(
        page.substring(sentence.get("start").asInt(), sentence.get("end").asInt())).isEqualTo(sentence.get("text").asText()));
    // never into a folder of the articles, where the next run would read the texts as articles
    CliRun refused = CliRun.of("compare", "--quiet", "--texts", event.toString(), event.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.errorLine()).contains("holds the articles given");
  }

  @Test
  void aFoldersFileThatIsNotAnArticleIsNamedEvenWithQuiet() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("event"));
    for (String f : List.of("001_17d8a8fe762a2e75.txt", "002_d2b672eee6184288.txt")) {
      Files.copy(CliRun.SEEDS.resolve(f), folder.resolve(f));
    }
    Files.writeString(folder.resolve("notes.txt"), "");
    CliRun run = CliRun.of("compare", "--quiet", "--json", "-", folder.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines().toList())
        .containsExactly("parallax: skipped 1 file that is not an article: notes.txt (empty)");
  }

  @Test
  void noArticlesAtAllIsAWrongCommandLine() {
    CliRun run = CliRun.of("compare");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("parallax: no articles given");
  }

  @Test
  void outputIntoAMissingFolderFailsBeforeAnyWork() {
    CliRun run = CliRun.of(args("compare", "--html", dir.resolve("no/such/report.html").toString()));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errorLine()).contains("does not exist");
  }

  @Test
  void outputIntoAMissingFolderSaysToCreateItAndAFileInTheWayIsNamedAsAFile() throws Exception {
    Path missing = dir.resolve("reports");
    CliRun run = CliRun.of(args("compare", "--json", missing.resolve("harbor.json").toString()));
    assertThat(run.errorLine()).isEqualTo("parallax: " + missing.resolve("harbor.json") + ": folder "
        + missing.toAbsolutePath() + " does not exist; create it first (mkdir -p " + missing.toAbsolutePath()
        + "), or name a file in a folder that exists");
    // the near variant: a file where the folder should be is not said to be missing
    Files.writeString(missing, "notes");
    CliRun file = CliRun.of(args("compare", "--json", missing.resolve("harbor.json").toString()));
    assertThat(file.errorLine()).isEqualTo("parallax: " + missing.resolve("harbor.json") + ": "
        + missing.toAbsolutePath() + " is a file, not a folder; name a file in a folder");
  }

  @Test
  void fewFilesShowNoPerFileProgress() {
    // A slow machine may still announce later steps ("writing reports"), never the reading of few files.
    assertThat(CliRun.of(args("compare", "--json", dir.resolve("r.json").toString())).err())
        .doesNotContain("reading", "read 1/");
  }

  @Test
  void manyFilesShowProgressOnStandardErrorUnlessQuiet() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(CliRun.SEEDS)) {
      List<Path> seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (int i = 0; i < 12; i++) {
        Path copy = dir.resolve("copy" + i + ".txt");
        Files.copy(seeds.get(i % 4), copy);
        files.add(copy.toString());
      }
    }
    List<String> loud = new ArrayList<>(List.of("compare", "--json", dir.resolve("r.json").toString()));
    loud.addAll(files);
    CliRun run = CliRun.of(loud.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("parallax: reading 12 files", "parallax: read 10/12 files",
        "parallax: read 12/12 files", "parallax: comparing 12 articles", "parallax: writing reports");
    assertThat(run.out()).doesNotContain("parallax: read");
    // with no report file asked for, only the summary is printed: no report is said to be written
    List<String> summaryOnly = new ArrayList<>(List.of("compare"));
    summaryOnly.addAll(files);
    CliRun summary = CliRun.of(summaryOnly.toArray(String[]::new));
    assertThat(summary.code()).as(summary.err()).isZero();
    assertThat(summary.err()).contains("parallax: comparing 12 articles").doesNotContain("writing reports");

    List<String> quiet = new ArrayList<>(loud);
    quiet.add(1, "--quiet");
    CliRun silent = CliRun.of(quiet.toArray(String[]::new));
    assertThat(silent.code()).isZero();
    assertThat(silent.err()).isEmpty();
  }

  private static String[] args(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.add(CliRun.SEEDS.toString());
    return all.toArray(String[]::new);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
