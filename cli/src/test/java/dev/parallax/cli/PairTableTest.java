package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import dev.parallax.PairScore;
import dev.parallax.TextPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairTableTest {
  @Test
  void msrpColumnsWithALabelAreRead() {
    String msrp = "id\ta\tb\tlabel\n"
        + "702876-702977\tAmrozi accused his brother of distorting his evidence.\tAmrozi accused his brother.\t1\n";
    assertThat(PairTable.parse(msrp, "msrp.tsv")).containsExactly(new TextPair("702876-702977",
        "Amrozi accused his brother of distorting his evidence.", "Amrozi accused his brother."));
  }

  @Test
  void columnsAreFoundByNameInAnyOrder() {
    String sts = "genre\tb\tscore\ta\tID\r\nnews\tsecond\t3.2\tfirst\tx1\r\n\n";
    assertThat(PairTable.parse(sts, "f")).containsExactly(new TextPair("x1", "first", "second"));
  }

  @Test
  void quotationMarksAreOrdinaryCharacters() {
    String t = "id\ta\tb\n1\the called \"the witness\"\t\"yes,\" he said\n";
    assertThat(PairTable.parse(t, "f").get(0).a()).isEqualTo("he called \"the witness\"");
  }

  @Test
  void missingColumnIsNamed() {
    assertThatThrownBy(() -> PairTable.parse("id\tsentence1\tsentence2\n1\tx\ty\n", "p.tsv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("p.tsv: line 1")
        .hasMessageContaining("no 'a' column");
  }

  @Test
  void shortRowGivesItsLineNumber() {
    assertThatThrownBy(() -> PairTable.parse("id\ta\tb\n1\tx\ty\n2\tonly one text\n", "p.tsv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("p.tsv: line 3")
        .hasMessageContaining("2 tab-separated fields, need at least 3");
  }

  @Test
  void emptyInputIsRefused() {
    assertThatThrownBy(() -> PairTable.parse("", "<stdin>"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("<stdin>: empty input");
    assertThatThrownBy(() -> PairTable.parse("\n \n", "<stdin>"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty input");
  }

  @Test
  void headerWithoutPairsIsRefused() {
    assertThatThrownBy(() -> PairTable.parse("id\ta\tb\n", "p.tsv"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no pairs");
  }

  @Test
  void emptyIdIsRefused() {
    assertThatThrownBy(() -> PairTable.parse("id\ta\tb\n\tx\ty\n", "p.tsv"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2: the id is empty");
  }

  @Test
  void byteOrderMarkIsDropped() {
    assertThat(PairTable.parse("\uFEFFid\ta\tb\n1\tx\ty\n", "f")).hasSize(1);
  }

  @Test
  void outputHasSixDecimalsAndOneOrZero() {
    String out = PairTable.format(List.of(new PairScore("a", 1.0, true), new PairScore("b", 1.0 / 3, false)));
    assertThat(out).isEqualTo("id\tscore\tsame\na\t1.000000\t1\nb\t0.333333\t0\n");
  }
}
