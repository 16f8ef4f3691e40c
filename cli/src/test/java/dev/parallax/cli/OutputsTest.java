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

/** Reports written whole or not at all, also when they are streamed line by line. */
class OutputsTest {
  @Test
  void aStreamedReportReplacesTheOldOneWhole(@TempDir Path dir) throws Exception {
    Path events = Files.writeString(dir.resolve("events.jsonl"), "{\"event\":\"old\"}\n");
    Outputs.writeAtomically(events, w -> {
      w.write("{\"event\":\"e1\"}\n");
      w.write("{\"event\":\"e2\",\"title\":\"Grève à Marseille\"}\n");
    });
    assertThat(Files.readString(events)).isEqualTo("{\"event\":\"e1\"}\n{\"event\":\"e2\",\"title\":\"Grève à Marseille\"}\n");
    assertThat(names(dir)).containsExactly("events.jsonl");
  }

  @Test
  void aStreamedReportThatFailsHalfWayLeavesTheOldOneAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path events = Files.writeString(dir.resolve("events.jsonl"), "{\"event\":\"old\"}\n");
    assertThatThrownBy(() -> Outputs.writeAtomically(events, w -> {
      w.write("{\"event\":\"e1\"}\n");
      throw new IOException("No space left on device");
    })).isInstanceOf(InvalidInputException.class).hasMessage(events + ": cannot write (No space left on device)");
    assertThat(Files.readString(events)).isEqualTo("{\"event\":\"old\"}\n");
    assertThat(names(dir)).containsExactly("events.jsonl");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
