package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.ParallaxException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: the version, exit codes, colour, a folder of articles, the semantic option. */
class FirstHourTest {
  @TempDir
  Path dir;

  @Test
  void versionIsTheProjectVersionFromTheBuild() {
    CliRun run = CliRun.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("parallax " + System.getProperty("parallax.version"))
        .doesNotContain("development build");
  }

  @Test
  void eachCommandPrintsTheVersionItsHelpOffers() {
    String version = "parallax " + System.getProperty("parallax.version");
    for (String[] args : List.of(new String[] {"compare", "--version"}, new String[] {"corpus", "-V"},
        new String[] {"pairs", "--version"})) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as(String.join(" ", args)).isZero();
      assertThat(run.out().strip()).as(String.join(" ", args)).isEqualTo(version);
    }
    // near variant: the help of a command still lists the option it answers to
    assertThat(CliRun.of("corpus", "--help").out()).contains("-V, --version");
  }

  @Test
  void aMistypedCommandIsNamedAsAnUnknownCommandWithTheCommandsThereAre() {
    CliRun run = CliRun.of("comprae", CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).isEqualTo("parallax: unknown command 'comprae'; the commands are compare, pairs, corpus"
        + " and help (see 'parallax --help')");
    // asking a command that does not exist for its help is the same mistake, not a request for the top-level help
    CliRun help = CliRun.of("clean", "--help");
    assertThat(help.code()).isEqualTo(2);
    assertThat(help.errorLine()).startsWith("parallax: unknown command 'clean'; the commands are compare,");
    // near variant: an unknown option before any command is still named as an option
    assertThat(CliRun.of("--colour").errorLine()).startsWith("parallax: Unknown option: '--colour'");
  }

  @Test
  void helpTextWrapsAtTheWidthNotWherePiecesOfItsSourceEnd() {
    for (String command : List.of("corpus", "compare", "pairs")) {
      List<String> lines = CliRun.of(command, "--help").out().lines().toList();
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        String before = lines.get(i - 1);
        // a line of text that goes on a description ("DATE alone, so that ...") after one that had room for its first word
        // (an option's description, or the corpus command's own, whose paragraphs each end a sentence)
        boolean goesOn = line.startsWith(" ".repeat(20)) && !line.isBlank() && !line.strip().startsWith("-")
            || command.equals("corpus") && !line.isBlank() && !Character.isWhitespace(line.charAt(0))
                && !before.isBlank() && !Character.isWhitespace(before.charAt(0)) && !before.startsWith("Usage")
                && !before.endsWith(".");
        // (an option whose name is too long for its description to start on its line is no break either)
        goesOn &= !(before.strip().startsWith("-") && !before.strip().contains("  "));
        if (goesOn) {
          String firstWord = line.strip().split(" ")[0];
          assertThat(before.length() + 1 + firstWord.length())
              .as("'%s' would fit at the end of the line before it in %s --help:%n%s%n%s", firstWord, command, before, line)
              .isGreaterThan(79);
        }
        assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void anUnknownOptionIsAOneLineUsageErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("compare", "--colour", CliRun.SEEDS.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("parallax: Unknown option: '--colour'").contains("parallax compare --help");
  }

  @Test
  void helpAndErrorsHaveNoColourCodesWhenNotOnATerminal() {
    String forced = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "true");   // what picocli's own detection may conclude on a half-terminal
    try {
      CliRun help = CliRun.of("compare", "--help");
      CliRun error = CliRun.of("compare", "--bogus");
      assertThat(help.out()).contains("--semantic").doesNotContain("\u001b[");
      assertThat(error.err()).doesNotContain("\u001b[");
    } finally {
      if (forced == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", forced);
      }
    }
  }

  @Test
  void aFolderSkipsTheReportsOfTheLastRunAndSaysSo() throws IOException {
    for (String seed : List.of("001_17d8a8fe762a2e75.txt", "003_b011d7168288c4b4.txt")) {
      Files.copy(CliRun.SEEDS.resolve(seed), dir.resolve(seed));
    }
    CliRun first = CliRun.of("compare", "--html", dir.resolve("report.html").toString(), "--json",
        dir.resolve("report.json").toString(), dir.toString());
    assertThat(first.code()).as(first.err()).isZero();
    Files.writeString(dir.resolve("out.txt"), first.out());
    Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
    Files.writeString(dir.resolve("err.txt"), "");
    Files.writeString(dir.resolve("bom.txt"), "\uFEFF\n");

    CliRun second = CliRun.of("compare", dir.toString());

    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).startsWith("Parallax: 2 articles,");
    assertThat(second.err()).contains("skipped 6 files that are not articles")
        .contains("out.txt (a Parallax report)", "report.html (a Parallax report)", "report.json", "photo.jpg",
            "err.txt (empty)", "bom.txt (empty)");
  }

  @Test
  void aReportNamedOnTheCommandLineIsSkippedToo() throws IOException {
    Path html = dir.resolve("report.html");
    assertThat(CliRun.of("compare", "--quiet", "--html", html.toString(), CliRun.SEEDS.toString()).code()).isZero();
    CliRun run = CliRun.of("compare", html.toString(), CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString(),
        CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Parallax: 2 articles,");
    assertThat(run.err()).contains("report.html (a Parallax report)");
  }

  @Test
  void semanticWithoutTheEmbeddingsModuleSaysHowToBuildIt() throws IOException {
    try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
      SemanticPlugin absent = new SemanticPlugin(bare, List.of(dir.resolve("parallax-embeddings.jar")));
      assertThatThrownBy(absent::factory).isInstanceOf(ParallaxException.class)
          .hasMessageStartingWith("--semantic needs the embeddings module")
          .hasMessageContaining("mvn -B -q -pl embeddings -am package -DskipTests")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void semanticFindsTheModuleOnTheClassPath() {
    assertThat(SemanticPlugin.standard().factory().getDeclaringClass().getName()).isEqualTo(SemanticPlugin.FACTORY);
  }

  @Test
  void everyCommandsHelpListsTheExitCodes() {
    for (String command : new String[] {"compare", "corpus", "pairs"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.code()).isZero();
      assertThat(help.out()).as(command).contains("Exit codes:")
          .containsPattern("(?m)^ +1 +input Parallax cannot read or compare")
          .containsPattern("(?m)^ +2 +a wrong command line");
      // only compare has a --deadline: corpus and pairs never stop at one, so their help does not list exit 5
      assertThat(help.out().contains("a comparison stopped at its deadline")).as(command)
          .isEqualTo(command.equals("compare"));
    }
    assertThat(CliRun.of("--help").out()).contains("Exit codes:");
  }
}
