package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command lines that once destroyed a file, left one half written, hung, or printed a confusing message. */
class HostileCommandLineTest {
  private static final Path MANIFEST = CliRun.SEEDS.resolve("MANIFEST.tsv");

  @TempDir
  Path dir;

  private Path seedsCopy() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("seeds"));
    try (Stream<Path> s = Files.list(CliRun.SEEDS)) {
      for (Path p : s.toList()) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    return copy;
  }

  @Test
  void aReportNamingTheManifestIsRefusedAndTheManifestSurvives() throws IOException {
    Path seeds = seedsCopy();
    Path manifest = seeds.resolve("MANIFEST.tsv");
    String before = Files.readString(manifest);
    CliRun run = CliRun.of("compare", "--quiet", "--json", manifest.toString(), seeds.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains("is one of the inputs");
    assertThat(Files.readString(manifest)).isEqualTo(before);
  }

  @Test
  void aDeadlineOverrunIsOneLineWithItsOwnExitCode() {
    CliRun run = CliRun.of("compare", "--quiet", "--deadline", "1ms", "--json", dir.resolve("r.json").toString(),
        CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_DEADLINE).isEqualTo(5);
    assertThat(run.errorLine()).startsWith("parallax: stopped after the deadline of 1 ms")
        // the remedy a command-line user has, not the library's builder method
        .endsWith("; allow more time (--deadline) or compare less text").doesNotContain("builder");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void aReportInAFolderWhereNothingCanBeCreatedIsRefusedBeforeTheComparison() {
    // /proc takes no new file, even from root: refused up front, as a missing folder is, not after the whole run
    CliRun run = CliRun.of("compare", "--json", "/proc/seeds-report.json", CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).isEqualTo("parallax: /proc/seeds-report.json: cannot write (no file can be created in"
        + " /proc); name a file in a folder you can write to");
    // near variant: a report in a folder that takes files is written, and no trial file is left beside it
    Path report = dir.resolve("seeds-report.json");
    assertThat(CliRun.of("compare", "--quiet", "--json", report.toString(), CliRun.SEEDS.toString()).code()).isZero();
    assertThat(dir.toFile().list()).containsExactly("seeds-report.json");
  }

  @Test
  void aBadDeadlineIsAWrongCommandLine() {
    CliRun run = CliRun.of("compare", "--deadline", "soon", CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("soon");
  }

  @Test
  void aSymbolicLinkAtTheOutputIsWrittenThroughAndStaysALink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "");   // not a report, yet nothing to lose
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    CliRun run = CliRun.of("compare", "--quiet", "--json", link.toString(), CliRun.SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{");
  }

  @Test
  void anArticleTakenForTheReportsNameIsNotOverwritten() throws IOException {
    // The report's name forgotten: --json takes the first article, and the other two are compared.
    String post = "Lindby bridge shut\n\nThe old river bridge in Lindby was closed on Monday after engineers found a"
        + " crack in its main span, Mayor Jane Doe said.\n";
    Path a = Files.writeString(dir.resolve("post.txt"), post);
    Path b = Files.writeString(dir.resolve("herald.txt"), "Crack shuts Lindby bridge\n\nEngineers found a crack in the"
        + " main span of the river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.\n");
    Path c = Files.writeString(dir.resolve("courier.txt"), "Lindby bridge closed\n\nThe river bridge in Lindby was"
        + " closed on Monday when engineers found a crack in the main span, Mayor Jane Doe said.\n");
    CliRun run = CliRun.of("compare", "--quiet", "--json", a.toString(), b.toString(), c.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains("post.txt", "looks like an article", "refusing to overwrite");
    assertThat(Files.readString(a)).isEqualTo(post);

    Path manifest = Files.writeString(dir.resolve("MANIFEST.tsv"), "file\toutlet\nherald.txt\tHerald\n");
    CliRun overManifest = CliRun.of("compare", "--quiet", "--html", manifest.toString(), b.toString(), c.toString());
    assertThat(overManifest.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(overManifest.errorLine()).contains("MANIFEST.tsv", "looks like a manifest");

    // A report of an earlier run is still replaced: the same command twice works.
    Path report = dir.resolve("report.html");
    assertThat(CliRun.of("compare", "--quiet", "--html", report.toString(), b.toString(), c.toString()).code()).isZero();
    CliRun again = CliRun.of("compare", "--quiet", "--html", report.toString(), b.toString(), c.toString());
    assertThat(again.code()).as(again.err()).isZero();
  }

  @Test
  void aDeviceAtTheOutputIsWrittenToNotReplaced() {
    Path devNull = Path.of("/dev/null");
    assertThat(Files.exists(devNull) && !Files.isRegularFile(devNull)).as("this test needs a POSIX /dev/null").isTrue();
    CliRun run = CliRun.of("compare", "--quiet", "--json", devNull.toString(), CliRun.SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void twoOutputsThatAreOneFileThroughALinkAreRefused() throws IOException {
    Path real = dir.resolve("r.out");
    Files.writeString(real, "x");
    Path link = Files.createSymbolicLink(dir.resolve("l.out"), real);
    CliRun run = CliRun.of("compare", "--json", real.toString(), "--html", link.toString(), CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.errorLine()).contains("name the same file");
  }

  @Test
  void whenTheSecondReportCannotBeWrittenTheFirstIsUntouchedAndNoTemporaryFileStays() throws IOException {
    Path first = Files.writeString(dir.resolve("first.json"), "old report");
    Path missingFolder = dir.resolve("gone").resolve("second.html");
    assertThatThrownBy(() -> Outputs.writeAll(List.of(
        new Outputs.Target(first.toString(), "new report"), new Outputs.Target(missingFolder.toString(), "<html>"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(Files.readString(first)).isEqualTo("old report");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("first.json");
    }
  }

  @Test
  void aManifestOfMoreArticlesComparesTheGivenOnesAndNamesTheOthers() {
    CliRun run = CliRun.of("compare", "--manifest", MANIFEST.toString(),
        CliRun.SEEDS.resolve("000_de842d1e572453eb.txt").toString(), CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("lists 3 files not given (002_", "they are left out: compared only the 2 given");
    assertThat(run.out()).contains("Parallax: 2 articles", "RT");
  }

  @Test
  void oneFileLeftOutIsNamedInTheSingular() {
    CliRun run = CliRun.of("compare", "--manifest", MANIFEST.toString(),
        CliRun.SEEDS.resolve("000_de842d1e572453eb.txt").toString(), CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString(),
        CliRun.SEEDS.resolve("002_d2b672eee6184288.txt").toString(), CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt").toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("lists 1 file not given (004_e9aafec4d55ee50f.txt); it is left out: compared only the 4 given");
  }

  @Test
  void aManifestOfMoreArticlesSaysNothingWhenQuiet() {
    CliRun run = CliRun.of("compare", "--quiet", "--manifest", MANIFEST.toString(),
        CliRun.SEEDS.resolve("000_de842d1e572453eb.txt").toString(), CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aManifestListingNoneOfTheGivenFilesIsAnError(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), Files.readString(CliRun.SEEDS.resolve("000_de842d1e572453eb.txt")));
    Path b = Files.writeString(dir.resolve("b.txt"), Files.readString(CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt")));
    CliRun run = CliRun.of("compare", "--manifest", MANIFEST.toString(), a.toString(), b.toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains("lists none of the files given (a.txt, ...)");
  }

  @Test
  void anEmptyFileNameIsNotTheCurrentFolder() {
    CliRun run = CliRun.of("compare", "");
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains("empty file name");
  }

  @Test
  void twoFilesWithOneIdAreBothNamed() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(CliRun.SEEDS.resolve("000_de842d1e572453eb.txt"), a.resolve("story.txt"));
    Files.copy(CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt"), b.resolve("story.txt"));
    CliRun run = CliRun.of("compare", a.resolve("story.txt").toString(), b.resolve("story.txt").toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains(a.resolve("story.txt").toString()).contains(b.resolve("story.txt").toString());
  }

  @Test
  void aFileNameWithControlCharactersIsEscapedInTheError() throws IOException {
    Path odd = Files.writeString(dir.resolve("bad\nname\u001b[2J.txt"), "");
    CliRun run = CliRun.of("compare", odd.toString(), CliRun.SEEDS.resolve("000_de842d1e572453eb.txt").toString());
    assertThat(run.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errorLine()).contains("bad\\nname\\u001b[2J").doesNotContain("\u001b");
  }
}
