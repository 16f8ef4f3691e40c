package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Parallax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped BASIL same-fact labels are well formed, still match the data (when the data is present),
 * are reproduced by their group form, and the evaluation runs on them.
 */
class BasilLabelsTest {
  private static final BasilLabels LABELS = BasilLabels.load();

  private static Path basil() {
    return Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve("basil");
  }

  @Test
  void eightEventsOfThreeArticlesWithLinksBetweenDifferentArticles() {
    assertThat(LABELS.events()).hasSize(8);
    for (BasilLabels.Event e : LABELS.events()) {
      assertThat(e.files()).hasSize(3).allSatisfy(f -> assertThat(f).startsWith(e.id() + "_").endsWith(".txt"));
      assertThat(e.links()).isNotEmpty();
      assertThat(e.links()).allSatisfy(l -> assertThat(l.fileA()).isLessThan(l.fileB()));
      for (String f : e.files()) {
        List<BasilLabels.Sentence> s = e.sentencesOf(f);
        assertThat(s).isNotEmpty();
        for (int i = 0; i < s.size(); i++) {
          assertThat(s.get(i).index()).isEqualTo(i + 1);
          assertThat(s.get(i).end()).isGreaterThan(s.get(i).start());
          if (i > 0) {
            assertThat(s.get(i).start()).as("sentences of %s do not overlap", f).isGreaterThanOrEqualTo(s.get(i - 1).end());
          }
        }
      }
      assertThat(e.crossPairs()).isGreaterThan(e.links().size());
    }
  }

  @Test
  void spansAndHashesMatchTheData() {
    assumeTrue(Files.isDirectory(basil()), "BASIL data absent: " + basil());
    for (BasilLabels.Event e : LABELS.events()) {
      assertThat(BasilLabels.check(e, basil())).as("event %s", e.id()).isEmpty();
    }
  }

  @Test
  void theGroupFormRebuildsTheShippedLabels() {
    assumeTrue(Files.isDirectory(basil()), "BASIL data absent: " + basil());
    String built = BasilLabels.build(BasilLabels.resourceLines(BasilLabels.GROUPS), basil());
    assertThat(built.lines().toList()).isEqualTo(BasilLabels.resourceLines(BasilLabels.RESOURCE));
  }

  @Test
  void aLinkToASentenceNotListedIsAnErrorNamingTheLine() {
    List<String> lines = List.of("event\te\te_1.txt\te_2.txt", "sentence\te_1.txt\t1\t0\t10\t0123abcd",
        "link\te_1.txt\t1\te_2.txt\t1");
    assertThatThrownBy(() -> BasilLabels.parse(lines)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3").hasMessageContaining("no sentence 1 of e_2.txt");
  }

  @Test
  void aChangedFileIsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("e_1.txt"), "Title\n\nFirst sentence. Second one.\n");
    Files.writeString(dir.resolve("e_2.txt"), "Title\n");
    BasilLabels labels = BasilLabels.parse(List.of("event\te\te_1.txt\te_2.txt",
        "sentence\te_1.txt\t1\t0\t5\t" + LabelSentences.hash("Title"),
        "sentence\te_1.txt\t2\t7\t22\t" + LabelSentences.hash("First sentence."),
        "sentence\te_1.txt\t3\t23\t34\t" + LabelSentences.hash("Second two."),
        "sentence\te_2.txt\t1\t0\t5\t" + LabelSentences.hash("Title"),
        "link\te_1.txt\t1\te_2.txt\t1"));
    assertThat(BasilLabels.check(labels.events().get(0), dir)).containsExactly("e_1.txt sentence 3: text changed (hash differs)");
  }

  @Test
  void theEvaluationRunsOnOneEvent() {
    assumeTrue(Files.isDirectory(basil()), "BASIL data absent: " + basil());
    BasilLabels.Event event = LABELS.events().get(0);
    BasilEvaluation.EventResult r = BasilEvaluation.evaluate(Parallax.create(), event, basil());
    assertThat(r.sentences()).isEqualTo(event.sentences().size());
    assertThat(r.links()).isEqualTo(event.links().size());
    assertThat(r.links() + r.nonLinks()).isEqualTo(event.crossPairs());
    assertThat(r.recall()).isBetween(0.0, 1.0);
    assertThat(r.falseLinkRate()).isBetween(0.0, 1.0);
    assertThat(r.falseOmissions()).isBetween(0, r.omissions());
    // the three articles quote Trump's Libya remark word for word: at least that is linked
    assertThat(r.linksFound()).isPositive();
  }
}
