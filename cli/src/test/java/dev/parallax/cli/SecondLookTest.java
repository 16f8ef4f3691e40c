package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user met on a second look at the three commands: a table of pairs too large to hold, articles given no
 * outlet, two manifests, one file given twice, a report that cannot be written, and the leftovers of a killed corpus
 * run. Each is told in one line, never silently.
 */
class SecondLookTest {
  @TempDir
  Path dir;
  private Path courier;
  private Path post;
  private Path herald;

  @BeforeEach
  void writeThreeReportsOfOneEvent() throws IOException {
    Path in = Files.createDirectories(dir.resolve("bridge"));
    courier = Files.writeString(in.resolve("courier.txt"), "Crack shuts Lindby river bridge\n\nThe old river bridge in"
        + " Lindby was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    post = Files.writeString(in.resolve("post.txt"), "Lindby closes river bridge\n\nEngineers found a crack in the main"
        + " span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    herald = Files.writeString(in.resolve("herald.txt"), "Lindby river bridge shut by crack\n\nThe river bridge in"
        + " Lindby was shut on Monday when engineers found a crack in the main span, Mayor Jane Doe said.");
  }

  @Test
  void aTableOfPairsLargerThanTheLimitOfOneArticleIsRefusedBeforeAnyWork() throws IOException {
    // a crawl's whole dump given to pairs by mistake: refused at 8 MiB as an article file is, not held in memory
    Path big = dir.resolve("pairs.tsv");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("id\ta\tb\n".getBytes());
      byte[] row = "p\tThe Lindby bridge was closed.\tEngineers closed the bridge in Lindby.\n".getBytes();
      for (long written = 0; written <= 8L * 1024 * 1024; written += row.length) {
        out.write(row);
      }
    }
    Path scores = dir.resolve("scores.tsv");
    CliRun r = CliRun.of("pairs", "--in", big.toString(), "--out", scores.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: " + big + ": ")
        .contains("more than the limit of 8,388,608 bytes for one table of pairs");
    assertThat(scores).doesNotExist();
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedAsGivenNotByItsTemporaryFile() {
    // the kernel's /proc takes no new file, whoever asks (root too)
    CliRun r = CliRun.of("compare", "--quiet", "--json", "/proc/bridge.json", courier.toString(), post.toString(),
        herald.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: /proc/bridge.json: cannot write (").doesNotContain(".tmp");
  }
}
