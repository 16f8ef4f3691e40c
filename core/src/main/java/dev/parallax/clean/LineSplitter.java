package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.SiteNames;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an article's story blocks into {@link PageLine}s: one per physical line, a hard-wrapped paragraph
 * joined into one, and a line cut in pieces around the border pipes of a table row, a glued dateline, a
 * trailing credit (see {@link Credits}) or the outlet's name after a headline ("... | Fox News"). Blocks the
 * caller already classified stay whole.
 *
 * <p>One instance per page, made and used by {@link #split(Article)}; linear in the length of the text.
 */
final class LineSplitter {
  /** How many of a page's first physical lines may be a headline with the outlet's name after it. */
  private static final int SITE_NAME_LINES = 3;
  private final String text;
  /** The outlet's name, or "" when the article has none of its own (its outlet is its id). */
  private final String site;
  private final List<PageLine> lines = new ArrayList<>();

  private LineSplitter(String text, String site) {
    this.text = text;
    this.site = site;
  }

  /** The page of {@code article}: its lines in order, and whether its letters are mostly Latin. */
  static Page split(Article article) {
    LineSplitter splitter = new LineSplitter(article.text(),
        article.outlet().equals(article.id()) ? "" : article.outlet());
    boolean latinPage = splitter.cutLines(article);
    splitter.joinAcrossAdBreaks();
    return new Page(article, splitter.lines, latinPage);
  }

  private boolean cutLines(Article article) {
    int physical = 0;
    int prevEnd = -1;
    int latin = 0;
    int other = 0;
    for (Block b : article.body()) {
      if (b.kind() != BlockKind.STORY) {
        PageLine l = new PageLine(b.start(), b.end(), true, b.kind());
        l.shape = LineShape.of(text, b.start(), b.end());
        l.kind = b.kind();
        lines.add(l);
        prevEnd = b.end();
        continue;
      }
      int pos = b.start();
      while (pos < b.end()) {
        int lineEnd = LineShape.nextLineBreak(text, pos, b.end());
        int s = pos;
        int e = lineEnd;
        while (s < e && Blanks.isBlank(text.charAt(s))) {
          s++;
        }
        while (e > s && Blanks.isBlank(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          boolean gap = prevEnd < 0 || countNewlines(prevEnd, s) >= 2;
          LineShape shape = LineShape.of(text, s, e);
          PageLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
          if (!gap && last != null && last.fixedKind == null && !last.piece && isContinuation(last, s)) {
            lines.remove(lines.size() - 1);
            addPieces(last.start, e, last.gapBefore, LineShape.of(text, last.start, e), last.physical);
          } else {
            addPieces(s, e, gap, shape, physical++);
          }
          latin += shape.latinLetters;
          other += shape.otherLetters;
          prevEnd = e;
        }
        pos = lineEnd + 1;
      }
    }
    return latin >= 0.7 * (latin + other);
  }

  /** Most advertising labels in a row inside one paragraph ("Advertisement" / "Story continues below advertisement"). */
  private static final int MAX_AD_LINES = 2;

  /**
   * A pasted page's advertising label set inside a paragraph: "Fire crews were called to the mill in what" /
   * "Advertisement" / "was the third blaze there this year." The label is removed, and the paragraph's first part,
   * unfinished as a hard-wrapped line is, is judged with its rest, as the prose it is, so it is never taken for a
   * headline nor its rest for a paragraph of its own (the analysis joins the two parts into one sentence). The part
   * after the label must start in lower case: a label between two finished paragraphs, or before a capitalized
   * line, is judged as before by the line rules.
   */
  private void joinAcrossAdBreaks() {
    for (int i = 1; i + 1 < lines.size(); i++) {
      PageLine before = lines.get(i - 1);
      if (!isAdLabel(lines.get(i)) || before.piece || before.reason != null || before.fixedKind != null) {
        continue;
      }
      int after = i + 1;
      while (after < lines.size() && after - i < MAX_AD_LINES && isAdLabel(lines.get(after))) {
        after++;
      }
      if (after >= lines.size()) {
        continue;
      }
      PageLine rest = lines.get(after);
      if (rest.piece || rest.reason != null || rest.fixedKind != null || !isContinuation(before, rest.start)) {
        continue;
      }
      for (int k = i; k < after; k++) {
        lines.get(k).reason = RemovalReason.FOOTER;
      }
      String joined = text.substring(before.start, before.end) + " " + text.substring(rest.start, rest.end);
      before.shape = LineShape.of(joined, 0, joined.length());
      rest.restOfCutParagraph = true;
      i = after;
    }
  }

  /** A short, unfinished line that names advertising ("Advertisement", "Story continues below advertisement"). */
  private static boolean isAdLabel(PageLine l) {
    LineShape s = l.shape;
    return l.reason == null && !l.piece && l.fixedKind == null && s.words >= 1 && s.words <= 6 && !s.terminal
        && !s.hasQuote && s.anyWordIn(Vocabulary.ADVERTISING);
  }

  /**
   * Adds one physical line, cut into pieces when it carries the border pipes of a pasted table row ({@code |
   * cell |}) or ends with a credit ({@code ... Sunday. [Photo/Agency]}): the border and the credit are removed
   * on their own, so the words between them are judged without them and a reporting sentence keeps its place.
   */
  private void addPieces(int s, int e, boolean gap, LineShape shape, int physical) {
    int a = s;
    while (a < e && (text.charAt(a) == '|' || Blanks.isBlank(text.charAt(a)))) {
      a++;
    }
    int b = e;
    while (b > a && (text.charAt(b - 1) == '|' || Blanks.isBlank(text.charAt(b - 1)))) {
      b--;
    }
    if (shape.latinLetters + shape.otherLetters + shape.digits == 0 || a >= b) {
      addLine(s, e, gap, shape, physical, null, false);  // no words at all: the line rules call it decoration
      return;
    }
    int date = gluedDateEnd(a, b);
    int leadingCredit = date > 0 ? -1 : Credits.pictureCreditBeforeDateline(text, a, b);
    boolean cut = a > s || b < e || date > 0 || leadingCredit > 0;
    Credits.Credit credit = shape.length <= Page.CHROME_MAX_CHARS ? Credits.trailing(text, a, b) : null;
    int prefixEnd = credit == null ? b : trimEnd(a, credit.start());
    if (credit != null && prefixEnd <= a) {
      credit = null;
      prefixEnd = b;
    }
    // a story's paragraph keeps its words when a picture credit is glued to its end
    int storyCredit = credit == null && shape.length > Page.CHROME_MAX_CHARS
        ? Credits.pictureCreditAfterStory(text, a, b) : -1;
    if (storyCredit > 0) {
      prefixEnd = trimEnd(a, storyCredit);
      cut = true;
    }
    int siteName = credit == null && physical < SITE_NAME_LINES ? siteNameStart(a, b) : -1;
    if (siteName > 0) {
      prefixEnd = trimEnd(a, siteName);
    }
    cut |= credit != null || siteName > 0;
    if (a > s) {
      addLine(s, trimEnd(s, a), gap, null, physical, RemovalReason.DECORATION, true);
    }
    boolean opens = gap && a == s;  // the words open the paragraph: no border before them
    if (date > 0) {
      addLine(a, date, opens, null, physical, RemovalReason.BYLINE, true);
      a = date;
    }
    if (leadingCredit > 0) {
      addLine(a, trimEnd(a, leadingCredit), opens, null, physical, RemovalReason.CAPTION, true);
      a = leadingCredit;
    }
    PageLine body = addLine(a, prefixEnd, opens, cut ? null : shape, physical, null, cut);
    if (siteName > 0) {
      addLine(skipBlanks(siteName, b), b, false, null, physical, RemovalReason.METADATA, true);
    }
    if (storyCredit > 0) {
      addLine(storyCredit, b, false, null, physical, RemovalReason.CAPTION, true);
    }
    if (credit != null) {
      body.credit = credit.kind();
      RemovalReason why = credit.kind() == Credits.Kind.SOURCE ? RemovalReason.BYLINE : RemovalReason.CAPTION;
      addLine(credit.start(), b, false, null, physical, why, true);
    }
    if (b < e) {
      int c = b;
      while (c < e && Blanks.isBlank(text.charAt(c))) {
        c++;
      }
      addLine(c, e, false, null, physical, RemovalReason.DECORATION, true);
    }
  }

  /**
   * The end of a dateline glued to the first sentence of a paragraph ({@code August 3, 2014Officials said
   * ...}, {@code 3 August 2014Officials said ...}): a month name, a day and a year directly followed by a
   * capital letter. -1 when the line does not open so.
   */
  private int gluedDateEnd(int from, int to) {
    int p = from;
    int day = digitsAt(p, to, 2);
    if (day > 0) {
      p = skipBlanks(p + day, to);
    }
    int month = p;
    while (p < to && Character.isLetter(text.charAt(p))) {
      p++;
    }
    if (p - month < 3 || !Vocabulary.MONTHS.contains(text.substring(month, p).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (p < to && text.charAt(p) == '.') {
      p++;
    }
    p = skipBlanks(p, to);
    if (day == 0) {
      day = digitsAt(p, to, 2);
      if (day == 0) {
        return -1;
      }
      p += day;
      if (p < to && text.charAt(p) == ',') {
        p++;
      }
      p = skipBlanks(p, to);
    }
    int year = digitsAt(p, to, 4);
    p += year;
    return year == 4 && p < to && Character.isUpperCase(text.charAt(p)) ? p : -1;
  }

  /** How many digits (at most {@code max}) start at {@code p}; 0 when more follow. */
  private int digitsAt(int p, int to, int max) {
    int n = 0;
    while (p + n < to && Character.isDigit(text.charAt(p + n))) {
      n++;
    }
    return n > max ? 0 : n;
  }

  private int skipBlanks(int p, int to) {
    while (p < to && Blanks.isBlank(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private PageLine addLine(int s, int e, boolean gap, LineShape shape, int physical, RemovalReason reason, boolean piece) {
    PageLine l = new PageLine(s, e, gap, null);
    l.shape = shape != null ? shape : LineShape.of(text, s, e);
    l.physical = physical;
    l.reason = reason;
    l.piece = piece;
    lines.add(l);
    return l;
  }

  /** Where the outlet's name appended to the line {@code [a, b)} starts ("Huge fire | Fox News"), or -1. */
  private int siteNameStart(int a, int b) {
    if (site.isEmpty() || b - a > Page.CHROME_MAX_CHARS) {
      return -1;
    }
    int at = SiteNames.suffixStart(text.substring(a, b), site);
    return at < 0 ? -1 : a + at;
  }

  /** {@code to} moved back over blanks, not past {@code from}. */
  private int trimEnd(int from, int to) {
    int e = to;
    while (e > from && Blanks.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** A hard-wrapped paragraph: the line before is long, unfinished and link-free, and this one starts in lower case. */
  private boolean isContinuation(PageLine last, int start) {
    LineShape p = last.shape;
    return p.length >= 40 && p.words >= 4 && !p.terminal && p.urlTokens == 0
        && Character.isLowerCase(text.charAt(start));
  }

  private int countNewlines(int from, int to) {
    int n = 0;
    for (int i = from; i < to && n < 2; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }
}
