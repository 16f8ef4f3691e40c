package dev.parallax.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a line that repeats the line next to it with a few words of page chrome glued on: a breadcrumb or the
 * site's name around the headline ({@code Home > NewsFire guts old mill in Lindby - Lindby Post} above {@code Fire
 * guts old mill in Lindby}), an icon's label and a credit around a picture's caption ({@code Camera IconFirefighters
 * carry hoses past the mill. (Jane Roe/Agency) Credit: Agency}), a link's label after it ({@code …(Jane
 * Roe/Agency)Read More}). Such a copy is not the exact repeat {@link PositionPasses#markDuplicates} finds, and
 * standing above the story it was taken for the headline.
 *
 * <p>The chrome is told from words of the story by how it is joined: each part added before or after the repeated
 * line holds at most {@link #MAX_CHROME_WORDS} words and is glued to it without a blank ({@code NewsFire}, {@code
 * IconFirefighters}, {@code Agency)Read}), or holds a separator mark ({@code |}, {@code >}, {@code :}, a dash) and
 * no function word. A longer line that goes on with words of its own ({@code Fire guts old mill in Lindby, killing
 * two}) is another line and stays. The repeated line has at least {@link #MIN_REPEATED_WORDS} words.
 *
 * <p>When the repeated line is a picture's caption (it ends with a picture credit, {@link Credits.Kind#PICTURE}),
 * both copies are the picture's alt text and caption, and its words go as a caption too, whatever their tense.
 *
 * <p>Two lines that both repeat the same sentences, each with a different short tail, are a picture's alt text
 * and caption ({@link #markIfBothCopies}).
 *
 * <p>One instance per page; compares each physical line with its neighbours once.
 */
final class GluedCopyPass {
  /** Words of chrome a copy may add on each side of the repeated line. */
  static final int MAX_CHROME_WORDS = 6;
  /** Words the repeated line needs: a shorter one (a label, a name) may well stand inside another line. */
  static final int MIN_REPEATED_WORDS = 4;
  /** Marks between a page's labels and a title: {@code Home > News}, {@code Title | Site}, {@code Credit: Agency}. */
  private static final String SEPARATORS = "|>\u203a\u00bb:-\u2013\u2014/\u00b7\u2022\u00a9";

  private final Page page;

  GluedCopyPass(Page page) {
    this.page = page;
  }

  /** Marks the copies {@link RemovalReason#DUPLICATE} and a repeated caption {@link RemovalReason#CAPTION}. */
  void markGluedCopies() {
    List<Physical> physical = physicalLines();
    for (int k = 0; k + 1 < physical.size(); k++) {
      Physical a = physical.get(k);
      Physical b = physical.get(k + 1);
      if (!markIfDoubled(a, b) && !markIfDoubled(b, a) && !markIfCopy(b, a) && !markIfCopy(a, b)) {
        markIfBothCopies(a, b);
      }
    }
  }

  /** Whether {@code copy} repeats {@code line} with chrome glued on; if so, marks it (and a repeated caption). */
  private boolean markIfCopy(Physical copy, Physical line) {
    if (!comparable(copy) || !comparable(line) || noneOpen(copy)) {
      return false;
    }
    if (copy.end() - copy.start() <= line.end() - line.start() || line.words() < MIN_REPEATED_WORDS) {
      return false;
    }
    String repeated = line.normalized();
    String whole = copy.normalized();
    int at = whole.indexOf(repeated);
    if (at < 0) {
      return false;
    }
    String before = whole.substring(0, at);
    String after = whole.substring(at + repeated.length());
    boolean gluedBefore = !before.isEmpty() && !before.endsWith(" ");
    boolean gluedAfter = !after.isEmpty() && !after.startsWith(" ");
    if (!isChrome(before, gluedBefore) || !isChrome(after, gluedAfter)) {
      return false;
    }
    for (int i = copy.first; i <= copy.last; i++) {
      if (page.lines.get(i).open()) {
        page.lines.get(i).reason = RemovalReason.DUPLICATE;
      }
    }
    if (endsWithPictureCredit(line)) {
      for (int i = line.first; i <= line.last; i++) {
        if (page.lines.get(i).open()) {
          page.lines.get(i).reason = RemovalReason.CAPTION;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code doubled} is {@code line} written twice with nothing between ({@code Lindby Crown CourtLindby
   * Crown Court} beside {@code Lindby Crown Court}): a picture's alt text and caption run together, with the
   * caption again on its own line. Three copies of one label are a picture's, however short (a name, a place),
   * so both lines go as a {@link RemovalReason#CAPTION}; a line that goes on with words of its own, or repeats its
   * neighbour once, is judged by the other rules. The label has no sentence's end: a sentence is never a caption
   * because it is set twice. The caption is then whole, and no other line of its paragraph is taken for the
   * picture's ({@link CaptionPasses#markCaptionsBesideCredits}).
   */
  private boolean markIfDoubled(Physical doubled, Physical line) {
    if (!comparable(doubled) || !comparable(line) || noneOpen(doubled) || noneOpen(line)) {
      return false;
    }
    String once = line.normalized();
    String twice = doubled.normalized();
    if (twice.length() != 2 * once.length() || !twice.startsWith(once) || !twice.endsWith(once)) {
      return false;
    }
    LineShape s = LineShape.of(once, 0, once.length());
    if (s.words == 0 || s.terminal) {
      return false;
    }
    mark(doubled, RemovalReason.CAPTION);
    mark(line, RemovalReason.CAPTION);
    for (Physical p : List.of(doubled, line)) {
      for (int i = p.first; i <= p.last; i++) {
        page.lines.get(i).wholeCaption = true;
      }
    }
    return true;
  }

  /**
   * Whether lines {@code a} and {@code b}, one under the other, both open with the same sentences and go on each
   * with a different short unfinished tail: a picture's alt text and its caption, each with its own label or
   * credit ({@code Firefighters carry hoses past the mill. Enlarge this picture} over {@code Firefighters
   * carry hoses past the mill. Handout / Agency}). The repeated words end like a sentence and hold at least {@link
   * #MIN_REPEATED_WORDS} words; each tail holds at most {@link #MAX_CHROME_WORDS} words and no sentence's end. If
   * so, marks {@code a} a {@link RemovalReason#DUPLICATE} and {@code b} a {@link RemovalReason#CAPTION}: the story
   * tells its news once, so a sentence set twice over two labels is the picture's.
   */
  private boolean markIfBothCopies(Physical a, Physical b) {
    if (!comparable(a) || !comparable(b) || noneOpen(a) || noneOpen(b)) {
      return false;
    }
    String first = a.normalized();
    String second = b.normalized();
    int common = 0;
    while (common < first.length() && common < second.length() && first.charAt(common) == second.charAt(common)) {
      common++;
    }
    if (common >= first.length() || common >= second.length()) {
      return false;  // one line holds the whole of the other: no tail of its own
    }
    int end = common;
    while (end > 0 && !(".!?".indexOf(first.charAt(end - 1)) >= 0 && first.charAt(end) == ' '
        && second.charAt(end) == ' ')) {
      end--;
    }
    if (end == 0 || LineShape.of(first, 0, end).words < MIN_REPEATED_WORDS
        || !isShortTail(first.substring(end)) || !isShortTail(second.substring(end))) {
      return false;
    }
    mark(a, RemovalReason.DUPLICATE);
    mark(b, RemovalReason.CAPTION);
    return true;
  }

  /** A tail of a few words with no sentence's end: a label, a credit. */
  private static boolean isShortTail(String tail) {
    String t = tail.strip();
    LineShape s = LineShape.of(t, 0, t.length());
    return s.words > 0 && s.words <= MAX_CHROME_WORDS && !s.terminal;
  }

  private void mark(Physical p, RemovalReason reason) {
    for (int i = p.first; i <= p.last; i++) {
      if (page.lines.get(i).open()) {
        page.lines.get(i).reason = reason;
      }
    }
  }

  /** Words added on one side of the repeated line that read as chrome (see the class comment); none at all is fine. */
  private static boolean isChrome(String added, boolean glued) {
    String t = added.strip();
    if (t.isEmpty()) {
      return true;
    }
    LineShape s = LineShape.of(t, 0, t.length());
    if (s.words > MAX_CHROME_WORDS || s.terminal) {
      return false;
    }
    if (glued) {
      return true;
    }
    boolean separated = false;
    for (int i = 0; i < t.length() && !separated; i++) {
      separated = SEPARATORS.indexOf(t.charAt(i)) >= 0;
    }
    return separated && s.stopWords == 0;
  }

  /** Lines of the page's text that neither the caller fixed nor an earlier rule took as embedded content. */
  private boolean comparable(Physical p) {
    for (int i = p.first; i <= p.last; i++) {
      PageLine l = page.lines.get(i);
      if (l.fixedKind != null || l.kind != BlockKind.STORY) {
        return false;
      }
    }
    return true;
  }

  private boolean noneOpen(Physical p) {
    for (int i = p.first; i <= p.last; i++) {
      if (page.lines.get(i).open()) {
        return false;
      }
    }
    return true;
  }

  private boolean endsWithPictureCredit(Physical p) {
    for (int i = p.first; i <= p.last; i++) {
      if (page.lines.get(i).credit == Credits.Kind.PICTURE) {
        return true;
      }
    }
    return false;
  }

  /** The page's physical lines, in order. */
  private List<Physical> physicalLines() {
    List<Physical> out = new ArrayList<>();
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (!out.isEmpty() && page.lines.get(out.get(out.size() - 1).last).physical == l.physical) {
        out.get(out.size() - 1).last = i;
      } else {
        out.add(new Physical(i));
      }
    }
    return out;
  }

  /**
   * One physical line of the page: the first and last indexes of its pieces, and what the rules read of its text,
   * computed once although each line is compared with both its neighbours, in both roles.
   */
  private final class Physical {
    final int first;
    int last;
    private String normalized;
    private int words = -1;

    Physical(int piece) {
      this.first = piece;
      this.last = piece;
    }

    int start() {
      return page.lines.get(first).start;
    }

    int end() {
      return page.lines.get(last).end;
    }

    /** The line's text as {@link Page#normalize} gives it. */
    String normalized() {
      if (normalized == null) {
        normalized = Page.normalize(page.text.substring(start(), end()));
      }
      return normalized;
    }

    /** The number of words of the line's text ({@link LineShape#words}). */
    int words() {
      if (words < 0) {
        words = LineShape.of(page.text, start(), end()).words;
      }
      return words;
    }
  }
}
