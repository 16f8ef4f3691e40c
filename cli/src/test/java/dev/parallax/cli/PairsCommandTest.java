package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsCommandTest {
  private static final String PAIRS = "id\ta\tb\tlabel\n"
      + "same\tLavrov said the West is preparing a nightmare scenario.\tLavrov said the West is preparing a nightmare scenario.\t1\n"
      + "unrelated\tLavrov warned of a nightmare.\tThe orchestra played Beethoven in Vienna.\t0\n"
      + "passage\tLavrov spoke in Stockholm. He warned NATO about Ukraine.\tIn Stockholm, Lavrov warned NATO over Ukraine.\t1\n"
      + "empty\t\tLavrov warned of a nightmare.\t0\n";

  @TempDir
  Path dir;

  @Test
  void scoresEveryPairInInputOrder() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    Path out = dir.resolve("scores.tsv");
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("id\tscore\tsame");
    assertThat(lines.get(1)).isEqualTo("same\t1.000000\t1");
    assertThat(lines.get(2)).startsWith("unrelated\t").endsWith("\t0");
    assertThat(score(lines.get(2))).isLessThan(score(lines.get(3)));
    assertThat(lines.get(4)).isEqualTo("empty\t0.000000\t0");
  }

  @Test
  void sameColumnIsTheAlignersThresholdDecision() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    Path out = dir.resolve("scores.tsv");
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).isZero();
    double threshold = Parallax.create().similarity().threshold();
    for (String line : Files.readAllLines(out).subList(1, 5)) {
      String[] f = line.split("\t");
      assertThat(f[2]).as(line).isEqualTo(Double.parseDouble(f[1]) >= threshold ? "1" : "0");
    }
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    Path first = dir.resolve("first.tsv");
    Path second = dir.resolve("second.tsv");
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", first.toString())).isZero();
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", second.toString())).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void runAgainItReplacesItsOwnScoreTableWhateverItsName() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    Path out = dir.resolve("scores.txt"); // a text file's name: read as an article unless it is Parallax's own table
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).isZero();
    byte[] first = Files.readAllBytes(out);
    assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(first);
  }

  @Test
  void readsStandardInputAndWritesStandardOutput() {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(PAIRS.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertThat(Main.run("pairs")).isZero();
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("id\tscore\tsame\nsame\t1.000000\t1\n");
  }

  @Test
  void badRowFailsWithLineNumberAndLeavesNoOutput() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), "id\ta\tb\n1\tone\ttwo\n2\tonly one\n");
    Path out = dir.resolve("scores.tsv");
    String err = stderrOf(() -> assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString()))
        .isEqualTo(Main.EXIT_BAD_INPUT));
    assertThat(err).contains("line 3").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingInputFileIsOneLine() {
    String err = stderrOf(() -> assertThat(Main.run("pairs", "--in", dir.resolve("nope.tsv").toString()))
        .isEqualTo(Main.EXIT_BAD_INPUT));
    assertThat(err.strip()).endsWith("nope.tsv: no such file").doesNotContain("\n");
  }

  @Test
  void refusesToOverwriteItsInput() throws Exception {
    Path in = Files.writeString(dir.resolve("pairs.tsv"), PAIRS);
    String err = stderrOf(() -> assertThat(Main.run("pairs", "--in", in.toString(), "--out", in.toString()))
        .isEqualTo(Main.EXIT_BAD_INPUT));
    assertThat(err).contains("refusing to overwrite");
    assertThat(Files.readString(in)).isEqualTo(PAIRS);
  }

  private static double score(String line) {
    return Double.parseDouble(line.split("\t")[1]);
  }

  private static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
