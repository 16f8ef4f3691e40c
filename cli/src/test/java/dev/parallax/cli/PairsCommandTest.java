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

  @Test
  void aTableSavedAsUtf16IsReadAsItsUtf8Twin() throws Exception {
    String table = "id\ta\tb\n"
        + "dam\tThe council of Brevik approved the new dam on Friday.\tBrevik's council voted for the dam on Friday.\n"
        + "fair\tThe Ostmark fair opens in May.\tA storm closed the harbour at Lindby.\n";
    Path utf8 = Files.writeString(dir.resolve("utf8.tsv"), table);
    Path scores = dir.resolve("utf8-scores.tsv");
    assertThat(Main.run("pairs", "--in", utf8.toString(), "--out", scores.toString())).isZero();
    // "Unicode" as Windows tools save it (little-endian with a byte-order mark), big-endian, and without a mark
    for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = table.getBytes(charset);
      if (charset == StandardCharsets.UTF_16LE) {
        byte[] marked = new byte[bytes.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, marked, 2, bytes.length);
        Path in = Files.write(dir.resolve("marked.tsv"), marked);
        Path out = dir.resolve("marked-scores.tsv");
        assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(scores));
      }
      Path in = Files.write(dir.resolve(charset.name() + ".tsv"), bytes);
      Path out = dir.resolve(charset.name() + "-scores.tsv");
      assertThat(Main.run("pairs", "--in", in.toString(), "--out", out.toString())).as(charset.name()).isZero();
      assertThat(Files.readString(out)).as(charset.name()).isEqualTo(Files.readString(scores));
    }
  }

  @Test
  void aTableInNeitherUtf8NorUtf16SaysHowToSaveIt() throws Exception {
    Path in = Files.write(dir.resolve("latin1.tsv"),
        "id\ta\tb\n1\tThe caf\u00e9 in Brevik reopened.\tBrevik's caf\u00e9 is open again.\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    String err = stderrOf(() -> assertThat(Main.run("pairs", "--in", in.toString())).isEqualTo(Main.EXIT_BAD_INPUT));
    assertThat(err.strip()).isEqualTo("parallax: " + in + ": not UTF-8 or UTF-16 text; save the table as UTF-8");
  }

  @Test
  void aTableInAnotherLanguageIsRefusedNamingTheTable() throws Exception {
    Path in = Files.writeString(dir.resolve("paare.tsv"), "id\ta\tb\n"
        + "1\tDer Stadtrat von Lindby hat die neue Brücke am Freitag beschlossen.\tDie Brücke in Lindby wird gebaut, der"
        + " Rat hat am Freitag zugestimmt.\n"
        + "2\tDie Fähre zwischen Brevik und Oskarvik fährt nach dem Streik wieder.\tNach dem Streik ist die Fähre von"
        + " Brevik wieder unterwegs.\n");
    String err = stderrOf(() -> assertThat(Main.run("pairs", "--in", in.toString())).isEqualTo(Main.EXIT_BAD_INPUT));
    assertThat(err.strip()).startsWith("parallax: " + in + ": the texts of the pairs do not look like English (")
        .endsWith("); Parallax scores English text").doesNotContain("\n");
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
