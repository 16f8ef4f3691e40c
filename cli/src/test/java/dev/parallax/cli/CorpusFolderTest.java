package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder of {@code parallax corpus}: the user's own files in it are never overwritten. */
class CorpusFolderTest {
  private static final Path CORPUS = Path.of("..", "core", "src", "test", "resources", "corpus");

  @Test
  void aFolderHoldingTheUsersOwnIndexIsRefusedBeforeAnyWork(@TempDir Path out) throws Exception {
    Path index = Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>My notes on Lindby</title>");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).isEqualTo("parallax: " + index + ": exists and was not written by parallax corpus;"
        + " refusing to overwrite it: name another --out folder, or move this file away first");
    assertThat(Files.readString(index)).isEqualTo("<!DOCTYPE html><title>My notes on Lindby</title>");
    assertThat(out.resolve(".parts")).doesNotExist();
  }

  @Test
  void aFolderHoldingTheUsersOwnEventPageIsRefused(@TempDir Path out) throws Exception {
    Path page = Files.writeString(Files.createDirectories(out.resolve("events")).resolve("e1.html"),
        "<p>Karl Lind on the Lindby bridge</p>");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains(page.toString(), "was not written by parallax corpus");
    assertThat(Files.readString(page)).isEqualTo("<p>Karl Lind on the Lindby bridge</p>");
  }

  @Test
  void theUsersOwnOutletsAndEventsFilesAreRefused(@TempDir Path out) throws Exception {
    Path outlets = Files.writeString(out.resolve("outlets.json"), "{\"outlets\": [\"Lindby Post\"]}");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).errorLine())
        .contains(outlets.toString(), "was not written by parallax corpus");
    Files.delete(outlets);
    Path events = Files.writeString(out.resolve("events.jsonl"), "{\"id\":\"a\",\"text\":\"Eva Strand won.\"}\n");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).errorLine())
        .contains(events.toString(), "was not written by parallax corpus");
    assertThat(Files.readString(events)).isEqualTo("{\"id\":\"a\",\"text\":\"Eva Strand won.\"}\n");
  }

  @Test
  void anEmptyOrDashOutIsRefused() {
    CliRun empty = CliRun.of("corpus", "--quiet", "--out", "", CORPUS.toString());
    assertThat(empty.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(empty.errorLine()).contains("--out: an empty folder name was given");
    CliRun dash = CliRun.of("corpus", "--quiet", "--out", "-", CORPUS.toString());
    assertThat(dash.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(dash.errorLine()).contains("--out -: a corpus is a folder of files and cannot go to standard output");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aFolderOfAnEarlierRunIsReplaced(@TempDir Path out) throws Exception {
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code()).isZero();
    CliRun again = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(again.code()).as(again.err()).isZero();
    try (var pages = Files.list(out.resolve("events"))) {   // the resumed events keep their pages
      assertThat(pages.count()).isEqualTo(2);
    }
  }
}
