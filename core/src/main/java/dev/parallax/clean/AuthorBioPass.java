package dev.parallax.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes the writer's biography that ends a story: "Jane Roe is a health reporter at the Lindby Daily covering
 * hospitals; she can be reached at jane.roe@example.com.", "Mark Doe covers business for the Lindby Daily. Follow him
 * on X @markdoe.", and the "About the author" label over one.
 *
 * <p>A biography opens with a name (two to four capitalised words) and then "is", "covers", "writes", "reports" or
 * "has", and says what the person does for a living (a word of the trade: reporter, writer, correspondent, ...;
 * or "covers", "writes", "reports" itself). Such a sentence may be the story's own (the story of a reporter), so
 * the line must also show that it is about the page's writer: a word of the name is a word of the page's byline, or
 * the line gives a way to reach or follow the person (an e-mail address, a handle, "can be reached", "follow
 * him"), or it stands under a label for the writer ("About the author"). Only lines after the story's last paragraph
 * are read: from the page's end back to the first kept line of prose that is no biography. A quotation stays.
 *
 * <p>One instance per page; one sweep back from the end, and one over the byline lines.
 */
final class AuthorBioPass {
  /** Words of the trade that a biography gives its writer. */
  private static final Set<String> TRADE_WORDS = Set.of("reporter", "writer", "correspondent", "editor",
      "journalist", "columnist", "producer", "contributor", "photographer", "photojournalist", "intern", "fellow",
      "critic", "author", "freelancer", "reporting", "writing");
  /** The verbs after the name that open a biography. */
  private static final Set<String> BIO_VERBS = Set.of("is", "covers", "writes", "reports", "has");
  /** The verbs that are a trade by themselves: "Mark Doe covers business for ...". */
  private static final Set<String> TRADE_VERBS = Set.of("covers", "writes", "reports");
  /** Labels over the writer's biography. */
  private static final Set<String> BIO_LABELS = Set.of("about the author", "about the writer", "about the reporter",
      "author bio", "about the contributor");
  /** The most words of a biography's line. */
  static final int MAX_BIO_WORDS = 80;

  private final Page page;
  private final String text;

  AuthorBioPass(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /** Marks the biographies after the story, and their labels, as {@link RemovalReason#FOOTER}. */
  void markAuthorBios() {
    Set<String> bylineWords = bylineWords();
    List<PageLine> lines = page.lines;
    for (int i = lines.size() - 1; i >= 0 && i > page.headline; i--) {
      PageLine l = lines.get(i);
      if (!l.open()) {
        continue;
      }
      boolean labelled = isUnderLabel(i);
      if (isBiography(l, bylineWords, labelled)) {
        l.reason = RemovalReason.FOOTER;
        if (labelled) {
          lines.get(labelAbove(i)).reason = RemovalReason.FOOTER;
        }
      } else if (l.shape.isProse()) {
        return;
      }
    }
  }

  private boolean isBiography(PageLine l, Set<String> bylineWords, boolean labelled) {
    LineShape s = l.shape;
    if (s.words < 5 || s.words > MAX_BIO_WORDS || s.hasQuote || s.length > Page.CHROME_MAX_CHARS
        || s.rawWords.size() != s.words) {
      return false;
    }
    int verb = -1;
    for (int k = 2; k <= Math.min(4, s.words - 2) && verb < 0; k++) {
      if (BIO_VERBS.contains(s.rawWords.get(k))) {
        verb = k;
      }
    }
    if (verb < 0 || !s.capitalisedOrParticles(0, verb)) {
      return false;
    }
    boolean trade = TRADE_VERBS.contains(s.lowerWords.get(verb)) || s.anyWordIn(TRADE_WORDS);
    if (!trade) {
      return false;
    }
    boolean byline = false;
    for (int k = 0; k < verb; k++) {
      byline |= Character.isUpperCase(s.rawWords.get(k).charAt(0)) && bylineWords.contains(s.lowerWords.get(k));
    }
    return byline || labelled || reachable(l);
  }

  /** An e-mail address or a handle, "can be reached" or "follow him", "follow her", "follow them". */
  private boolean reachable(PageLine l) {
    for (int k = l.start + 1; k + 1 < l.end; k++) {
      if (text.charAt(k) == '@' && Character.isLetterOrDigit(text.charAt(k + 1))) {
        return true;
      }
    }
    List<String> w = l.shape.lowerWords;
    for (int k = 0; k + 1 < w.size(); k++) {
      String a = w.get(k);
      String b = w.get(k + 1);
      if (a.equals("be") && b.equals("reached")
          || a.equals("follow") && (b.equals("him") || b.equals("her") || b.equals("them"))) {
        return true;
      }
    }
    return false;
  }

  private boolean isUnderLabel(int i) {
    int k = labelAbove(i);
    return k >= 0 && BIO_LABELS.contains(String.join(" ", page.lines.get(k).shape.lowerWords));
  }

  /** The line just above line {@code i} when it is kept and short enough to be a label, else -1. */
  private int labelAbove(int i) {
    if (i == 0) {
      return -1;
    }
    PageLine above = page.lines.get(i - 1);
    return above.open() && above.shape.words <= 3 && !above.shape.terminal ? i - 1 : -1;
  }

  /** The lower-cased capitalised words of the page's byline lines: the names of its writers. */
  private Set<String> bylineWords() {
    Set<String> out = new HashSet<>();
    for (PageLine l : page.lines) {
      if (l.reason != RemovalReason.BYLINE || l.shape.words > 12) {
        continue;
      }
      for (int k = 0; k < l.shape.rawWords.size(); k++) {
        String w = l.shape.rawWords.get(k);
        if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !w.equals("By")) {
          out.add(l.shape.lowerWords.get(k));
        }
      }
    }
    return out;
  }
}
