package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code --semantic}: the report names the similarity it aligned with, and {@code pairs} scores with it. */
class SemanticOptionTest {
  private static final String SEEDS = "../examples/data/lavrov-nightmare";

  private static String jsonOf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as("exit code; stderr was: %s", err).isZero();
    return out.toString();
  }

  @Test
  void semanticReportNamesTheModel() {
    assertThat(jsonOf("compare", "--semantic", "--quiet", "--json", "-", SEEDS))
        .contains("\"similarity\" : \"all-minilm-l6-v2-q+lexical\"");
  }

  @Test
  void semanticPairsTakeADenialInOtherWordsForTheSameThing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path pairs = dir.resolve("pairs.tsv");
    java.nio.file.Files.writeString(pairs, "id\ta\tb\n"
        + "denial\tRussia has denied planning an invasion of Ukraine.\t"
        + "Moscow has repeatedly denied that it is preparing any kind of military offensive against Ukraine.\n"
        + "unrelated\tRussia has denied planning an invasion of Ukraine.\tThe cookie policy of this website was updated.\n");
    // The two wordings share few words: the lexical similarity keeps them apart, the blend joins them.
    assertThat(jsonOf("pairs", "--in", pairs.toString())).containsPattern("denial\t0\\.\\d+\t0")
        .containsPattern("unrelated\t0\\.\\d+\t0");
    assertThat(jsonOf("pairs", "--semantic", "--in", pairs.toString())).containsPattern("denial\t0\\.\\d+\t1")
        .containsPattern("unrelated\t0\\.\\d+\t0");
  }

  @Test
  void defaultReportSaysLexical() {
    assertThat(jsonOf("compare", "--quiet", "--json", "-", SEEDS)).contains("\"similarity\" : \"lexical\"");
  }
}
