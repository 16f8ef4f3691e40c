package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code parallax compare --semantic}: the report names the similarity it aligned with. */
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
  void defaultReportSaysLexical() {
    assertThat(jsonOf("compare", "--quiet", "--json", "-", SEEDS)).contains("\"similarity\" : \"lexical\"");
  }
}
