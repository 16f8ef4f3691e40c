package dev.parallax.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block of prose on a page: kept lines of prose with at most {@link #GAP} other lines between them (a
 * subheading, a picture's caption), from its first to its last line of prose, with its prose characters.
 */
record ProseBlock(int first, int last, int chars) {
  /** Other lines that may stand between two lines of prose of one block. */
  static final int GAP = 4;

  /** Whether line {@code i} is within the block. */
  boolean contains(int i) {
    return i >= first && i <= last;
  }

  /** The page's blocks of prose, in page order (embedded posts are not prose of the page). */
  static List<ProseBlock> of(Page page) {
    List<ProseBlock> blocks = new ArrayList<>();
    int first = -1;
    int last = -1;
    int chars = 0;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (!l.kept() || l.kind == BlockKind.EMBEDDED || !l.shape.isProse()) {
        continue;
      }
      if (first >= 0 && i - last - 1 > GAP) {
        blocks.add(new ProseBlock(first, last, chars));
        first = -1;
      }
      if (first < 0) {
        first = i;
        chars = 0;
      }
      last = i;
      chars += l.restOfCutParagraph ? 0 : l.shape.length; // counted with the paragraph's first part
    }
    if (first >= 0) {
      blocks.add(new ProseBlock(first, last, chars));
    }
    return blocks;
  }

  /** The block with the most prose characters, the first on a tie: the story, on most pages. */
  static Optional<ProseBlock> main(List<ProseBlock> blocks) {
    ProseBlock best = null;
    for (ProseBlock b : blocks) {
      if (best == null || b.chars > best.chars) {
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }
}
