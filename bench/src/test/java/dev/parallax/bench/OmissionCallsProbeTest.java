package dev.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OmissionCallsProbeTest {
  @Test
  void theSeedsCountTheSameCallsOnEveryRunAndNameWhoAsked() {
    String first = run("5");
    assertEquals(first, run("5"), "a count, not a time: the same on every run");
    assertTrue(first.startsWith("N = 5: 4 main-event articles, "), first);
    assertTrue(first.contains("OmissionFinder"), "each call is put down to the omission check's line: " + first);
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      OmissionCallsProbe.main(args);
    } finally {
      System.setOut(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
