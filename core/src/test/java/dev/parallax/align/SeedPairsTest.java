package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the aligner on hand-labelled sentence pairs of the seed articles
 * ({@code align/seed-pairs.tsv}; labelling method in docs/alignment.md). A pair is predicted "same fact"
 * when both sentences lie in one passage.
 */
class SeedPairsTest {
  private final SeedStory story = SeedStory.get();

  @Test
  void alignerPrecisionAndRecallOnHandLabelledSeedPairs() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/align/seed-pairs.tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("label\t") && !l.isBlank()).toList();
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    StringBuilder misses = new StringBuilder();
    for (String line : lines) {
      String[] f = line.split("\t");
      boolean same = f[0].equals("1");
      boolean predicted = together(f[1], f[2], f[3], f[4]);
      if (same && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
        misses.append("\n  false positive: ").append(f[5]);
      } else if (same) {
        fn++;
        misses.append("\n  false negative: ").append(f[5]);
      } else {
        tn++;
      }
    }
    double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    String summary = String.format("%d pairs: precision %.2f, recall %.2f (tp %d, fp %d, fn %d, tn %d)%s",
        lines.size(), precision, recall, tp, fp, fn, tn, misses);
    System.out.println("[seed-pairs] " + summary);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(50);
    assertThat(precision).as(summary).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).as(summary).isGreaterThanOrEqualTo(0.75);
  }

  private boolean together(String a, String fragmentA, String b, String fragmentB) {
    story.sentence(a, fragmentA);
    story.sentence(b, fragmentB);
    if (!story.alignment.isMain(story.article(a).id()) || !story.alignment.isMain(story.article(b).id())) {
      return false;
    }
    return story.passageOf(a, fragmentA).id().equals(story.passageOf(b, fragmentB).id());
  }
}
