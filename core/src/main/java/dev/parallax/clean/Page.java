package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.GenreMark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One article being cleaned: its text, its {@link PageLine}s in order with their verdicts, whether its letters
 * are mostly Latin and which line is the headline; and the result built from them.
 *
 * <p>Per-call state: made by {@link LineSplitter#split} for one call of the cleaner and never shared.
 */
final class Page {
  /** Lines longer than this are never chrome: chrome is short. Rules that read words skip them. */
  static final int CHROME_MAX_CHARS = 600;

  final Article article;
  final String text;
  final List<PageLine> lines;
  final boolean latinPage;
  int headline = -1;
  /** The headline's second line when it is set in two ("New details in the drowning" / "of a ferry worker"), or -1. */
  int headlineSecondHalf = -1;

  Page(Article article, List<PageLine> lines, boolean latinPage) {
    this.article = article;
    this.text = article.text();
    this.lines = lines;
    this.latinPage = latinPage;
  }

  // ---- text helpers shared by the rules and passes ---------------------------------------------

  /** Whether {@code w} holds a digit. */
  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  boolean endsWithColon(PageLine l) {
    return text.charAt(l.end - 1) == ':';
  }

  /** The first {@code c} in {@code [from, to)}, or -1: never reads past the line. */
  int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code c1} directly followed by {@code c2} in {@code [from, to)}, or -1. */
  int indexOf(char c1, char c2, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (text.charAt(i) == c1 && text.charAt(i + 1) == c2) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A list item: a line that opens with a bullet ({@link #opensWithBullet}), or an item of a key-points box pasted
   * without its bullets ({@link PageLine#keyPoint}).
   */
  boolean isBullet(PageLine l) {
    return l.keyPoint || opensWithBullet(l);
  }

  /** Opens with a bullet: {@code •}, or {@code -}, {@code *} or {@code –} followed by a blank. */
  boolean opensWithBullet(PageLine l) {
    char c = text.charAt(l.start);
    if (c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u2023' || c == '\u2043' || c == '\u00B7') {
      return true;
    }
    return (c == '-' || c == '*' || c == '\u2013') && l.start + 1 < l.end && Blanks.isBlank(text.charAt(l.start + 1));
  }

  /**
   * Whether a kept line reads as reporting: a sentence, a long line dense in function words, a finished
   * quotation, a list item with a function word, an embedded post or a line the caller fixed. A removed line
   * does not.
   */
  boolean readsAsReporting(PageLine l) {
    if (!l.kept()) {
      return false;
    }
    if (l.kind == BlockKind.EMBEDDED || l.fixedKind != null) {
      return true;
    }
    LineShape s = l.shape;
    return s.isProse() || s.words >= 10 && s.stopRatio() >= 0.25 || (s.startsWithQuote || s.hasQuote) && s.terminal
        || isBullet(l) && s.words >= 4 && s.stopWords > 0;
  }

  /**
   * The content words ({@link ContentWords}) of the first {@link PositionPasses#LEAD_LINES} kept lines of prose
   * from line {@code start} on: what the story's first paragraphs are about.
   */
  Set<String> leadWords(int start) {
    Set<String> lead = new HashSet<>();
    int leadLines = 0;
    for (int i = start; i < lines.size() && leadLines < PositionPasses.LEAD_LINES; i++) {
      PageLine l = lines.get(i);
      if (l.kept() && l.shape.isProse() && !l.restOfCutParagraph) {
        lead.addAll(ContentWords.of(l.shape));
        leadLines++;
      }
    }
    return lead;
  }

  /** Lower case with runs of blanks collapsed, for comparing lines. */
  static String normalize(String s) {
    return collapse(s, true);
  }

  // ---- result ----------------------------------------------------------------------------------

  /** The article with the kept lines as its body, the others as removals, and a title from the headline when it had none. */
  Article result() {
    List<Block> body = new ArrayList<>();
    List<Removal> removed = new ArrayList<>(article.removed());
    PageLine prev = null;
    for (PageLine l : lines) {
      String t = text.substring(l.start, l.end);
      if (l.kept()) {
        body.add(new Block(l.start, l.end, t, l.kind));
      } else if (prev != null && !prev.kept() && prev.physical == l.physical && prev.reason == l.reason
          && (prev.piece || l.piece)) {
        // pieces of one line removed for one reason ("caption [Photo/Agency]") make one removal
        Removal last = removed.remove(removed.size() - 1);
        removed.add(new Removal(last.start(), l.end, text.substring(last.start(), l.end), l.reason));
      } else {
        removed.add(new Removal(l.start, l.end, t, l.reason));
      }
      prev = l;
    }
    removed.sort(Comparator.comparingInt(Removal::start).thenComparingInt(Removal::end));
    Article out = article.withBody(body, removed);
    if (article.title().isBlank() && headline >= 0 && lines.get(headline).kept()) {
      PageLine h = lines.get(headline);
      // a card's headline set as a list item ("• Lindby mayor opens ..."): the title is its words
      String title = text.substring(opensWithBullet(h) ? h.start + 1 : h.start, h.end);
      if (headlineSecondHalf >= 0 && lines.get(headlineSecondHalf).kept()) {
        PageLine second = lines.get(headlineSecondHalf);
        title += " " + text.substring(second.start, second.end);
      }
      out = out.withTitle(normalizeSpaces(title));
    }
    if (out.genreMark().isEmpty()) {   // the page's metadata or address, read before cleaning, wins
      String title = out.title();
      out = out.withGenreMark(kicker().or(() -> GenreMark.ofTitle(title)));
    }
    return out;
  }

  /**
   * The genre label alone on the line right over the headline ("Opinion", "Analysis": a kicker, removed from the story
   * as navigation but kept as a fact about it), unless the line over it is a site's section too (a menu's last entry,
   * "News" / "Sport" / "Opinion", over the headline). A section and its part, "Opinion" / "Commentary", are one mark.
   */
  private Optional<GenreMark> kicker() {
    if (headline < 1) {
      return Optional.empty();
    }
    PageLine over = lines.get(headline - 1);
    Optional<GenreMark> mark = GenreMark.ofKicker(text.substring(over.start, over.end));
    if (mark.isPresent() && headline >= 2) {
      PageLine above = lines.get(headline - 2);
      String aboveText = normalize(text.substring(above.start, above.end));
      Optional<GenreMark> aboveMark = GenreMark.ofKicker(aboveText);
      boolean sameGenre = aboveMark.isPresent() && aboveMark.get().genre() == mark.get().genre();
      if (!sameGenre && (Vocabulary.SECTIONS.contains(aboveText) || aboveMark.isPresent())) {
        return Optional.empty();
      }
    }
    return mark;
  }

  /** Runs of blanks collapsed to one space, leading and trailing blanks dropped. */
  static String normalizeSpaces(String s) {
    return collapse(s, false);
  }

  /**
   * {@code s} with runs of blanks collapsed to one space and leading and trailing blanks dropped, and if {@code
   * lowerCase}, each other character in lower case and a right single quotation mark as an apostrophe. One pass into
   * one array: the cleaner compares lines this way many times per page.
   */
  private static String collapse(String s, boolean lowerCase) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Blanks.isBlank(c)) {
        blank = n > 0;
        continue;
      }
      if (blank) {
        out[n++] = ' ';
        blank = false;
      }
      out[n++] = !lowerCase ? c : c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
    return new String(out, 0, n);
  }
}
