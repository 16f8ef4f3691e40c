package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What every cleaned article must satisfy, whatever the page. */
final class CleaningInvariants {
  private CleaningInvariants() {}

  /**
   * Blocks and removals select their own text, do not overlap, come in order, and together cover every
   * non-blank character of the article: nothing is dropped without a recorded reason.
   */
  static void assertPartition(Article a) {
    String text = a.text();
    List<int[]> spans = new ArrayList<>();
    for (Block b : a.body()) {
      assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text());
      spans.add(new int[] {b.start(), b.end()});
    }
    for (Removal r : a.removed()) {
      assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
      spans.add(new int[] {r.start(), r.end()});
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    int pos = 0;
    for (int[] s : spans) {
      assertThat(s[0]).as("spans overlap in %s at %d", a.id(), s[0]).isGreaterThanOrEqualTo(pos);
      assertThat(blank(text.substring(pos, s[0]))).as("text neither kept nor removed in %s: '%s'", a.id(),
          text.substring(pos, s[0])).isTrue();
      pos = s[1];
    }
    assertThat(blank(text.substring(pos))).as("text neither kept nor removed at the end of %s", a.id()).isTrue();
    for (int i = 1; i < a.body().size(); i++) {
      assertThat(a.body().get(i).start()).isGreaterThanOrEqualTo(a.body().get(i - 1).end());
    }
  }

  /** Only white space, no-break or zero-width spaces and direction marks. */
  private static boolean blank(String s) {
    return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == 0x200B || c == 0x200E || c == 0x200F || c == 0xFEFF || c == 0x2060);
  }
}
