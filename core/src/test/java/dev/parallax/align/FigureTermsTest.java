package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTermsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The fire destroyed 30,000 homes.              | #30000
      The fire destroyed 30K homes.                 | #30000 thousand
      The fire destroyed thirty thousand homes.     | #30000
      Lindby lost 1.2 million jobs.                 | #1200000
      Lindby lost 1,200,000 jobs.                   | #1200000
      The council approved $3bn for the tunnel.     | #3000000000 billion
      Eighteen workers were hurt.                   | #18
      Two dozen workers were hurt.                  | #24
      The court ruled 2–1 for the town.             | #2-1
      The panel voted 2-to-1 for the town.          | #2-1
      Jane Doe, 32, is a 32-year-old teacher.       | #32 #32-year-old
      One of them came on Monday.                   | none
      """)
  // a word of scale ("thousand", "million") stays a word of its own and is no figure's term; letters of scale
  // written against a figure ("K", "bn") read as that word
  void aFigureIsReadByItsValue(String sentence, String terms) {
    assertThat(String.join(" ", terms(TextSentences.of(sentence)))).isEqualTo(terms.equals("none") ? "" : terms);
  }

  @Test
  void aFigureWrittenDifferentlyIsSharedByTheSimilarity() {
    List<Sentence> corpus = List.of(TextSentences.of("The fire in Lindby destroyed 30K homes on Monday."),
        TextSentences.of("A fire destroyed 30,000 homes in Lindby on Monday."),
        TextSentences.of("Eighteen workers were hurt at the Lindby plant."),
        TextSentences.of("The blast at the Lindby plant hurt 18 workers."),
        TextSentences.of("Karl Lind opened a school in Strand on Tuesday."));
    SentenceSimilarity.Scorer scorer = Similarities.lexical().bind(corpus);
    assertThat(scorer.score(corpus.get(0), corpus.get(1))).isGreaterThan(0.8);
    assertThat(scorer.score(corpus.get(2), corpus.get(3))).isGreaterThan(0.8);
  }

  private static List<String> terms(Sentence s) {
    List<String> out = new ArrayList<>();
    for (String t : FigureTerms.of(s.tokens())) {
      if (t != null && !t.equals(FigureTerms.PART)) {
        out.add(t);
      }
    }
    return out;
  }
}
