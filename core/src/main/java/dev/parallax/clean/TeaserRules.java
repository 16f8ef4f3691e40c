package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one-line rules for links to other pages: teasers ({@code READ MORE: ...}, {@code Related: ...},
 * {@code ... Read more}), {@code More coverage on ...} lines and the counter of a picture gallery.
 *
 * <p>One instance per page; reads the page and never changes it.
 */
final class TeaserRules {
  /** Words that open the label of a list of other stories. */
  private static final Set<String> LIST_WORDS = Set.of("trending", "latest", "popular", "related", "more", "top");

  private final Page page;
  private final String text;

  TeaserRules(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /**
   * A bare label over a list of other stories: a word of such lists ("trending", "latest", "popular", "related",
   * "more", "top") and what they list ({@link Vocabulary#COVERAGE_NOUNS}: "headlines", "stories", "news"), alone on
   * its line and ending in a colon or nothing ("TRENDING HEADLINES:", "Latest stories").
   */
  private boolean isListLabel(PageLine l) {
    LineShape s = l.shape;
    return s.words == 2 && s.lowerWords.size() == 2 && (!s.terminal || page.endsWithColon(l))
        && LIST_WORDS.contains(s.lowerWords.get(0)) && Vocabulary.COVERAGE_NOUNS.contains(s.lowerWords.get(1));
  }

  /**
   * A blog's label over links to its earlier posts: "Previously on Lindby Daily:", "Previously:". "Previously", alone
   * or with "on" and the site's name of one to four capitalised words, then a colon that ends the line. "Previously
   * on the show, Jane Roe said:" has lower-case words and a verb of saying, and stays.
   */
  private boolean isEarlierPostsLabel(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 6 || !page.endsWithColon(l) || s.words != s.rawWords.size()
        || !s.lowerWords.get(0).equals("previously")) {
      return false;
    }
    return s.words == 1 || s.lowerWords.get(1).equals("on") && s.words >= 3 && s.capitalisedOrParticles(2, s.words);
  }

  /**
   * {@code Other headline READ MORE: Other headline}, {@code Related: ...}, {@code Full coverage: ...},
   * {@code Live: ...}, {@code Other headline… Read more}: a link to another article. The page's title (its
   * first line, or a line repeating it) is its own headline even when it is labelled ("Live: ..."), so a
   * label there makes no teaser.
   */
  boolean isTeaser(PageLine l, boolean pageTitle) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 40) {
      return false;
    }
    if (s.words <= 4 && (!s.terminal || page.endsWithColon(l))
        && Vocabulary.TEASER_LABELS.contains(String.join(" ", s.lowerWords))) {
      return true;  // a bare "Read more", "Also read" or "Related posts:" label
    }
    if (isListLabel(l) || isEarlierPostsLabel(l)) {
      return true;
    }
    if (pageTitle) {
      return false;
    }
    if (endsWithTruncatedTeaser(l)) {
      return true;
    }
    for (int p = l.start; p < l.end; p++) {
      if (text.charAt(p) != ':') {
        continue;
      }
      String label = capsLabelBefore(l.start, p);
      boolean lineLabel = p - l.start <= 30 && Vocabulary.TEASER_LABELS.contains(labelAfterMarks(l.start, p));
      if (p - l.start <= 30 && READ_LABELS.contains(labelAfterMarks(l.start, p)) && isOneHeadlineSentence(l, p + 1)) {
        return true;
      }
      if (label == null && !lineLabel) {
        continue;
      }
      if (label != null && !lineLabel && label.indexOf(' ') < 0
          && !Vocabulary.TEASER_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int labelStart = label != null && !lineLabel ? p - label.length() : l.start;
      String before = Page.normalize(text.substring(l.start, labelStart));
      String after = Page.normalize(text.substring(p + 1, l.end));
      if (!before.isEmpty() && before.equals(after)) {
        return true;
      }
      if (!LineShape.endsWithSentencePunctuation(text, p + 1, l.end) && !after.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Labels that send the reader to read another article: "Read:", "Also read:". */
  private static final Set<String> READ_LABELS = Set.of("read", "read more", "read also", "also read", "read next",
      "must read");
  /** The most words of a headline a "Read:" label points to. */
  static final int MAX_READ_HEADLINE_WORDS = 15;

  /**
   * Whether the text from {@code from} to the line's end is one headline written as a sentence, as after "Read:
   * Three hurt in Lindby ferry fire.": a capital first, at most {@link #MAX_READ_HEADLINE_WORDS} words, no sentence
   * end before its last character, and no quotation or verb of saying in the line. "Read: the mayor said the plan
   * is dead." and two sentences after the label stay.
   */
  private boolean isOneHeadlineSentence(PageLine l, int from) {
    LineShape s = l.shape;
    if (s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    String after = text.substring(from, l.end).strip();
    int end = after.length();
    while (end > 0 && ".!?".indexOf(after.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || !Character.isUpperCase(after.charAt(0)) || end == after.length()) {
      return false;
    }
    String body = after.substring(0, end);
    if (body.indexOf(". ") >= 0 || body.indexOf("! ") >= 0 || body.indexOf("? ") >= 0) {
      return false;
    }
    return body.split("\\s+").length <= MAX_READ_HEADLINE_WORDS;
  }

  /**
   * The words of a label at the start of a line, lower case, after the marks a page may set before it ({@code >>
   * Related}, {@code ► More coverage}): what a label of {@link Vocabulary#TEASER_LABELS} is compared with.
   */
  private String labelAfterMarks(int from, int to) {
    int a = from;
    while (a < to && !Character.isLetterOrDigit(text.charAt(a)) && !LineShape.isOpeningQuote(text.charAt(a))) {
      a++;  // not a quotation mark: a quoted "Watch: ..." is someone's words
    }
    return text.substring(a, to).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code Headline. First words of the story… Read more »}: a cut-off summary that links to the article; or
   * {@code Other headline Read More »}: a headline of up to {@link #MAX_LINKED_HEADLINE_WORDS} words with the
   * label glued on in capitals, the link of a list of posts. A sentence with the label glued after its full
   * stop ("... Strand said. Read more") is not cut here.
   */
  private boolean endsWithTruncatedTeaser(PageLine l) {
    int e = l.end;
    while (e > l.start && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;  // "»", "→"
    }
    String t = text.substring(l.start, e).toLowerCase(Locale.ROOT);
    for (String label : new String[] {"read more", "continue reading", "read full story", "full story"}) {
      if (t.endsWith(label)) {
        int labelStart = l.start + t.length() - label.length();
        String before = t.substring(0, t.length() - label.length()).stripTrailing();
        return before.endsWith("\u2026") || before.endsWith("...") || isLinkedHeadline(l.start, labelStart);
      }
    }
    return false;
  }

  /** The most words of a headline before a glued "Read More". */
  static final int MAX_LINKED_HEADLINE_WORDS = 20;

  /**
   * Whether the text before a "Read more" label at {@code labelStart} is a headline with the label glued on in
   * capitals: the label's first letter a capital, and before it 3 to {@link #MAX_LINKED_HEADLINE_WORDS} words
   * that do not end like a sentence.
   */
  private boolean isLinkedHeadline(int start, int labelStart) {
    if (labelStart <= start || !Character.isUpperCase(text.charAt(labelStart))) {
      return false;
    }
    LineShape before = LineShape.of(text, start, labelStart);
    return before.words >= 3 && before.words <= MAX_LINKED_HEADLINE_WORDS
        && !LineShape.endsWithSentencePunctuation(text, start, labelStart);
  }

  /**
   * {@code More coverage on <topic>}, {@code More stories about <topic>}, {@code More from <outlet>},
   * {@code More Related News}, in capitals too ({@code MORE FROM LINDBY NEWS}): a link to other articles, a noun
   * phrase with no verb, whether or not it ends with a full stop.
   */
  boolean isMoreCoverage(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 9 || s.hasQuote
        || !(s.rawWords.get(0).equals("More") || s.rawWords.get(0).equals("MORE"))
        || page.indexOf(',', l.start, l.end) >= 0) {
      return false;
    }
    if (s.words <= 4 && !s.terminal && Vocabulary.COVERAGE_NOUNS.contains(s.lowerWords.get(s.words - 1))) {
      return true;  // "More Related News", "More Top Stories"
    }
    int prep = 1;
    if (Vocabulary.COVERAGE_NOUNS.contains(s.lowerWords.get(1))) {
      prep = 2;
    } else if (s.terminal) {
      return false;  // "More on that later." is a sentence; "More on Ukraine" a link
    }
    if (prep >= s.words) {
      return prep == 2 && !s.terminal;
    }
    String p = s.lowerWords.get(prep);
    if (!p.equals("on") && !p.equals("about") && !p.equals("from") && !p.equals("of")) {
      return false;
    }
    int topic = s.words - prep - 1;
    return topic >= 1 && topic <= 6 && s.countWordsIn(Vocabulary.FINITE_VERBS) == 0;
  }

  /** {@code 1 of 3}, {@code Photo 2 of 12}, {@code 3/12}: the counter of a picture gallery. */
  boolean isGalleryCounter(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 4 || s.terminal) {
      return false;
    }
    List<String> w = s.lowerWords;
    int i = 0;
    if (!Page.hasDigit(w.get(0))) {
      if (!Vocabulary.PICTURE_WORDS.contains(w.get(0)) && !w.get(0).equals("slide") && !w.get(0).equals("gallery")) {
        return false;
      }
      i = 1;
    }
    if (w.size() - i == 3) {
      return isNumber(w.get(i)) && w.get(i + 1).equals("of") && isNumber(w.get(i + 2));
    }
    if (w.size() - i == 1) {
      String t = w.get(i);
      int slash = t.indexOf('/');
      return slash > 0 && isNumber(t.substring(0, slash)) && isNumber(t.substring(slash + 1));
    }
    return false;
  }

  /**
   * A gallery's caption with its counter on the same line: a picture word, the counter, then what the picture shows
   * ({@code Photo 3/8 Union members vote in the harbour office.}, {@code Slide 2 of 12: The quay at dawn}). Without the
   * picture word the line stays: "1 of 3 voters backed the plan" is a sentence of the story.
   */
  boolean isGalleryCaption(PageLine l) {
    List<String> w = l.shape.lowerWords;
    if (w.size() < 4 || !Vocabulary.PICTURE_WORDS.contains(w.get(0)) && !w.get(0).equals("slide")
        && !w.get(0).equals("gallery")) {
      return false;
    }
    String t = w.get(1);
    int slash = t.indexOf('/');
    boolean counter = slash > 0 && isNumber(t.substring(0, slash)) && isNumber(t.substring(slash + 1))
        || w.size() >= 5 && isNumber(w.get(1)) && w.get(2).equals("of") && isNumber(w.get(3));
    return counter;
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.length() > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The run of up to four upper-case words directly before {@code colon}, or null. */
  private String capsLabelBefore(int lineStart, int colon) {
    int p = colon;
    int wordsFound = 0;
    int labelStart = colon;
    while (p > lineStart && wordsFound < 4) {
      int e = p;
      while (e > lineStart && text.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > lineStart && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (e - b < 2 || !allUpper(b, e) || b > lineStart && !Blanks.isBlank(text.charAt(b - 1))) {
        break;
      }
      wordsFound++;
      labelStart = b;
      p = b;
    }
    return wordsFound == 0 ? null : text.substring(labelStart, colon);
  }

  private boolean allUpper(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
