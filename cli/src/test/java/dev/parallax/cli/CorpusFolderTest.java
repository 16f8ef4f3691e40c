package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.corpus.EventIds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder of {@code parallax corpus}: the user's own files in it are never overwritten. */
class CorpusFolderTest {
  /** The pages of the test corpus's two compared events, named after their earliest articles. */
  private static final String FIRE = EventIds.of("fire-herald") + ".html";
  private static final String TRAM = EventIds.of("tram-gazette") + ".html";
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
  void anOutInAFolderThatDoesNotExistIsRefusedAsCompareRefusesIt(@TempDir Path dir) {
    // a mistyped parent (reprots for reports) is refused, not created, as compare refuses --json in a missing folder
    Path out = dir.resolve("reprots/monday");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains(out + ": folder " + dir.resolve("reprots") + " does not exist; create it first");
    assertThat(dir.resolve("reprots")).doesNotExist();

    // near variant: the parent exists, and corpus creates the last folder itself
    CliRun made = CliRun.of("corpus", "--quiet", "--out", dir.resolve("monday").toString(), CORPUS.toString());
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(dir.resolve("monday/events.jsonl")).exists();
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

  @Test
  void theUsersOwnReportUnderEventsIsNeitherMovedNorDeleted(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Path report = Files.createDirectories(out.resolve("events")).resolve("my-bus-report.html");
    CliRun compare = CliRun.of("compare", "--quiet", CORPUS.resolve("fire-herald.txt").toString(),
        CORPUS.resolve("fire-courier.txt").toString(), "--html", report.toString());
    assertThat(compare.code()).as(compare.err()).isZero();
    byte[] mine = Files.readAllBytes(report);
    for (int run = 0; run < 2; run++) {   // a first run into the folder, then a run that replaces its own pages
      CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readAllBytes(report)).isEqualTo(mine);
      assertThat(out.resolve("events/" + FIRE)).exists();
    }
  }

  @Test
  void foldersBesideTheOutputThatTheUserMadeAreLeftAlone(@TempDir Path out) throws Exception {
    Path old = Files.writeString(Files.createDirectories(out.resolve(".events-old")).resolve("mine.txt"), "keep");
    Path fresh = Files.writeString(Files.createDirectories(out.resolve(".events-new")).resolve("mine.txt"), "keep");
    for (int run = 0; run < 2; run++) {
      CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(old)).isEqualTo("keep");
      assertThat(Files.readString(fresh)).isEqualTo("keep");
    }
  }

  @Test
  void theUsersOwnEventLogIsRefusedThoughItsLinesOpenWithAnEvent(@TempDir Path out) throws Exception {
    Path events = Files.writeString(out.resolve("events.jsonl"), "{\"event\":\"vote\",\"note\":\"my own log\"}\n");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains(events.toString(), "was not written by parallax corpus");
    assertThat(Files.readString(events)).isEqualTo("{\"event\":\"vote\",\"note\":\"my own log\"}\n");
    // a log whose first line looks like the corpus's, and the rest does not
    Files.writeString(events, "{\"event\":\"e1\",\"title\":\"Eva Strand in Lindby\"}\nKarl Lind's notes\n");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code())
        .isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(Files.readString(events)).endsWith("Karl Lind's notes\n");
  }

  @Test
  void aFileThatCannotBeReadIsNotTakenForAnEmptyOneOfTheCommands(@TempDir Path out) throws Exception {
    Path unreadable = Path.of("/proc/self/mem");   // a regular file whose first bytes cannot be read
    assertThat(Files.isRegularFile(unreadable)).isTrue();
    Path index = Files.createSymbolicLink(out.resolve("index.html"), unreadable);
    assertThatThrownBy(() -> CorpusFolder.requireUsable(out)).hasMessageContaining(index + ": exists and was not"
        + " written by parallax corpus");
  }

  @Test
  void filesTheSystemLeavesInThePagesFolderNeitherBlockARerunNorGo(@TempDir Path out) throws Exception {
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code()).isZero();
    Path pages = out.resolve("events");
    Path store = Files.write(pages.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    Path thumbs = Files.write(pages.resolve("Thumbs.db"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    Path backup = Files.copy(pages.resolve(FIRE), pages.resolve(FIRE + "~"));
    byte[] backupBytes = Files.readAllBytes(backup);
    CliRun again = CliRun.of("corpus", "--quiet", "--out", out.toString(),
        CORPUS.resolve("fire-herald.txt").toString(), CORPUS.resolve("fire-courier.txt").toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(store)).containsExactly(0, 0, 0, 1, 'B', 'u', 'd', '1');
    assertThat(Files.readAllBytes(thumbs)).containsExactly(0xD0, 0xCF, 0x11, 0xE0);
    assertThat(Files.readAllBytes(backup)).isEqualTo(backupBytes);
    assertThat(pages.resolve(TRAM)).doesNotExist();   // the page the command wrote, of an event now gone
  }
}
