package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LabelSentencesTest {
  private static List<String> texts(String s) {
    return LabelSentences.split(s).stream().map(LabelSentences.Segment::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister left. Rain fell.                       | 2
      Mr. Smith left on Jan. 5 with Sen. Jones.           | 1
      U.S. officials said so. Others did not.             | 2
      George W. Bush spoke.                               | 1
      “Why not?” she asked. “Because.”                    | 2
      He said 2.5 percent. 40 people came.                | 2
      It ended... and then it began again.                | 1
      """)
  void sentencesOfOneParagraph(String paragraph, int expected) {
    assertThat(texts(paragraph)).hasSize(expected);
  }

  @Test
  void eachLineIsAParagraphAndTheTitleLineIsASentence() {
    String text = "A Title Without a Period\n\nFirst paragraph. It has two sentences.\n\nSecond paragraph\n";
    assertThat(texts(text)).containsExactly("A Title Without a Period", "First paragraph.", "It has two sentences.",
        "Second paragraph");
  }

  @Test
  void spansPointIntoTheTextAndAreTrimmed() {
    String text = "Title \r\n\r\n  One.  Two.  \r\n";
    for (LabelSentences.Segment s : LabelSentences.split(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()).isEqualTo(s.text().strip());
      assertThat(s.hash()).isEqualTo(LabelSentences.hash(s.text())).hasSize(8);
    }
    assertThat(texts(text)).containsExactly("Title", "One.", "Two.");
  }
}
