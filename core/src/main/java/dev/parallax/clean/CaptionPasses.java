package dev.parallax.clean;

import java.util.HashSet;
import java.util.Set;

/**
 * The passes that find a picture's caption from its neighbours: the line under a repeated headline, an alt
 * text and caption printed as a pair, alt text above or below a removed caption, a caption in a short
 * paragraph beside a credit line, and the line under a caption's label that stands alone.
 *
 * <p>One instance per page; each pass reads adjacent lines only and sets verdicts.
 */
final class CaptionPasses {
  private final Page page;
  private final String text;
  private final CaptionRules captions;

  CaptionPasses(Page page) {
    this.page = page;
    this.text = page.text;
    this.captions = new CaptionRules(page);
  }

  /**
   * The caption under its label: a line of only a picture's word and "caption" ({@code Image caption,}, {@code
   * Media caption:}), as a page read aloud labels a picture or a clip, makes the next line with words a caption when
   * that line is one sentence of {@link #MAX_LABELLED_CAPTION_WORDS} words at most, so a clip's caption is never
   * the headline and never the story's. The label goes as a caption too. Runs before the headline is chosen.
   */
  void markCaptionsUnderTheirLabel() {
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      PageLine label = page.lines.get(i);
      if (!isCaptionLabelAlone(label.shape)) {
        continue;
      }
      PageLine next = page.lines.get(i + 1);
      LineShape s = next.shape;
      if (next.open() && s.words >= 2 && s.words <= MAX_LABELLED_CAPTION_WORDS && !s.startsWithQuote
          && !isCaptionLabelAlone(s) && captions.isOneSentence(next)) {
        next.reason = RemovalReason.CAPTION;
        if (label.open() || label.reason == RemovalReason.NAVIGATION) {
          label.reason = RemovalReason.CAPTION;
        }
      }
    }
  }

  /**
   * A caption under its picture's labelled alt text: a line that ends with a picture credit ({@code Jane Roe /
   * Lindwire - Getty Images}) and opens with the words of the caption line just above it, less that line's label
   * ({@code Image: Boats leave the harbour at Lindby} over {@code Boats leave the harbour at Lindby on Monday, ...
   * Jane Roe / Lindwire - Getty Images}), is that picture's caption whatever its tense. At least {@link
   * #MIN_ALT_TEXT_WORDS} words must repeat. Runs before the headline is chosen.
   */
  void markCaptionsUnderTheirAltText() {
    for (int i = 1; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      PageLine alt = page.lines.get(i - 1);
      if (!l.open() || l.credit != Credits.Kind.PICTURE || alt.reason != RemovalReason.CAPTION
          || l.shape.length > Page.CHROME_MAX_CHARS) {
        continue;
      }
      int from = alt.start;
      int colon = page.indexOf(':', alt.start, Math.min(alt.end, alt.start + 26));
      if (colon > alt.start) {
        from = colon + 1;
      }
      if (LineShape.of(text, from, alt.end).words < MIN_ALT_TEXT_WORDS) {
        continue;
      }
      String words = Page.normalize(text.substring(from, alt.end));
      String caption = Page.normalize(text.substring(l.start, Math.min(l.end, l.start + (alt.end - from) + 8)));
      if (!words.isEmpty() && caption.startsWith(words)) {
        l.reason = RemovalReason.CAPTION;
      }
    }
  }

  /** The fewest words of an alt text that a caption under it must repeat. */
  static final int MIN_ALT_TEXT_WORDS = 4;

  /**
   * A caption set twice, as a picture's alt text and its caption: a line that ends with a picture credit ({@code
   * Boats in the harbour. | Photo by Jane Roe}) repeated word for word on the next line, credit and all, or a line
   * without a credit repeated on the next line with one glued on ({@code Mayor Jane Roe.} over {@code Mayor Jane
   * Roe. (Credit: Karl Lind)}). The first copy goes as a caption too, whatever its tense, as a copy with chrome
   * glued on does ({@link GluedCopyPass}); kept, it was taken for the headline of a page pasted without one. Runs
   * before the headline is chosen.
   */
  void markCaptionsSetTwice() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (!l.open() || l.credit != Credits.Kind.PICTURE && l.credit != null) {
        continue;
      }
      for (int j = i + 1; j < page.lines.size() && page.lines.get(j).physical <= l.physical + 1; j++) {
        PageLine copy = page.lines.get(j);
        if (copy.dupOf == i && copy.credit == Credits.Kind.PICTURE && copy.physical == l.physical + 1) {
          l.reason = RemovalReason.CAPTION;
          copy.reason = RemovalReason.CAPTION;
        }
      }
    }
  }

  /** The most words of a caption under its label. */
  static final int MAX_LABELLED_CAPTION_WORDS = 30;

  /** {@code Image caption,}, {@code Media caption:}: a picture's or a clip's word and "caption", nothing else. */
  private static boolean isCaptionLabelAlone(LineShape s) {
    return s.words == 2 && s.rawWords.size() == 2 && Character.isUpperCase(s.rawWords.get(0).charAt(0))
        && (Vocabulary.CAPTION_LABELS.contains(s.lowerWords.get(0)) || s.lowerWords.get(0).equals("media"))
        && s.lowerWords.get(1).equals("caption");
  }

  /**
   * The line under a repeated headline (the picture's place) that describes it rather than reports. A line that
   * reports speech there is the headline's deck ("Water Levels Keep Rising in Lindby, Officials Say"), not a
   * caption: a picture shows, it does not say.
   */
  void markCaptionAfterRepeatedHeadline() {
    if (page.headline < 0) {
      return;
    }
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      if (page.lines.get(i).dupOf != page.headline) {
        continue;
      }
      PageLine next = page.lines.get(i + 1);
      LineShape s = next.shape;
      if (next.open() && !next.gapBefore && !s.terminal && !s.hasQuote && s.words >= 3 && !reportsSpeech(s)) {
        next.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * A picture's alt text and caption: two lines that make a paragraph of their own (blank lines around
   * them, none between), the shorter one's words nearly all in the longer, and neither reporting speech
   * nor narrating in the past.
   */
  void markCaptionPairs() {
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      PageLine a = page.lines.get(i);
      PageLine b = page.lines.get(i + 1);
      boolean ownParagraph = a.gapBefore && !b.gapBefore && (i + 2 == page.lines.size() || page.lines.get(i + 2).gapBefore);
      if (!ownParagraph || !captionCandidate(a) || !captionCandidate(b)) {
        continue;
      }
      PageLine shorter = a.shape.words <= b.shape.words ? a : b;
      PageLine longer = shorter == a ? b : a;
      if (shorter.shape.words > 15) {
        continue;
      }
      Set<String> longWords = new HashSet<>(longer.shape.lowerWords);
      int content = 0;
      int shared = 0;
      for (String w : shorter.shape.lowerWords) {
        if (Vocabulary.STOP_WORDS.contains(w)) {
          continue;
        }
        content++;
        if (longWords.contains(w)) {
          shared++;
        }
      }
      if (content >= 2 && shared >= 0.7 * content) {
        a.reason = RemovalReason.CAPTION;
        b.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * A picture's alt text printed on the line above or below its caption: the caption (already removed,
   * typically for its credit) starts with the alt text's words. Reads only adjacent lines.
   */
  void markAltTextOfCaptions() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (!l.open() || i == page.headline || l.shape.words < 3 || l.shape.length > Page.CHROME_MAX_CHARS) {
        continue;
      }
      PageLine before = i > 0 && !l.gapBefore ? page.lines.get(i - 1) : null;
      PageLine after = i + 1 < page.lines.size() && !page.lines.get(i + 1).gapBefore ? page.lines.get(i + 1) : null;
      if (startsCaption(l, before) || startsCaption(l, after)) {
        l.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * A picture's block: a credit line of its own ({@code Jane Roe, Agency/Getty Images}) in a short paragraph
   * (at most four lines between blank lines) with a line that describes the picture in one sentence, in the
   * present, without quotation or reported speech. In a page with no blank lines no paragraph is short, and only
   * the line right above a credit written once on the page is taken ("Guards stand at the gate on Sunday." over
   * "Jane Roe/Agency"), and only when the line right under the credit could not be its caption instead (many pages
   * set the credit over the picture and the caption under it): a story sentence must not go; a slide show whose text
   * is the story repeats its credit, and its text stays. Nothing is taken beside a caption found whole with its alt
   * text ({@link PageLine#wholeCaption}), whose picture is accounted for, nor beside a caption's label alone
   * ("Image caption,"), which is no credit: the caption it announces is the line under it ({@link
   * #markCaptionsUnderTheirLabel}), and the line above it is the story's.
   */
  void markCaptionsBesideCredits() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine c = page.lines.get(i);
      if (c.reason != RemovalReason.CAPTION || c.piece || c.shape.words > 8 || c.wholeCaption
          || isCaptionLabelAlone(c.shape)) {
        continue;  // a caption's label ("Image caption,") announces the line under it, found already, not a credit
      }
      int from = i;
      while (from > 0 && !page.lines.get(from).gapBefore && i - from < 4) {
        from--;
      }
      int to = i + 1;
      while (to < page.lines.size() && !page.lines.get(to).gapBefore && to - from < 5) {
        to++;
      }
      boolean shortParagraph = page.lines.get(from).gapBefore && (to == page.lines.size() || page.lines.get(to).gapBefore)
          && to - from <= 4;
      if (!shortParagraph) {
        // pasted without blank lines: the line right above a credit written once on the page is its caption,
        // unless the line right under it may be one too (a credit set over its picture): which one is, is unknown
        boolean under = i + 1 < page.lines.size() && !page.lines.get(i + 1).gapBefore && describesAPicture(i + 1);
        if (i > 0 && !c.gapBefore && c.dupOf < 0 && !c.hasLaterDup && describesAPicture(i - 1) && !under) {
          page.lines.get(i - 1).reason = RemovalReason.CAPTION;
        }
        continue;
      }
      for (int k = from; k < to; k++) {
        if (describesAPicture(k)) {
          page.lines.get(k).reason = RemovalReason.CAPTION;
        }
      }
    }
  }

  /** Whether line {@code k} may be a picture's caption beside its credit: one sentence in the present, no quotation. */
  private boolean describesAPicture(int k) {
    PageLine l = page.lines.get(k);
    LineShape s = l.shape;
    return l.open() && k != page.headline && s.words >= 4 && s.words <= 40 && !s.hasQuote && !page.isBullet(l)
        && !s.anyWordIn(Vocabulary.SPEECH) && !narratesInThePast(s) && captions.isOneSentence(l);
  }

  private boolean startsCaption(PageLine alt, PageLine caption) {
    if (caption == null || caption.reason != RemovalReason.CAPTION || caption.end - caption.start < alt.end - alt.start) {
      return false;
    }
    String a = Page.normalize(text.substring(alt.start, alt.end));
    int window = Math.min(caption.end, caption.start + (alt.end - alt.start) + 8);
    String c = Page.normalize(text.substring(caption.start, window));
    return c.startsWith(a);
  }

  private boolean captionCandidate(PageLine l) {
    return (l.open() || l.reason == RemovalReason.CAPTION) && l.fixedKind == null && l.kind == BlockKind.STORY
        && !l.shape.hasQuote && !page.isBullet(l) && l.shape.length <= Page.CHROME_MAX_CHARS && l.shape.words > 0
        && !l.shape.anyWordIn(Vocabulary.SPEECH) && !narratesInThePast(l.shape);
  }

  /** A verb of saying, with the plural "say" of headline style ("Officials Say"). */
  private static boolean reportsSpeech(LineShape s) {
    return s.anyWordIn(Vocabulary.SPEECH) || s.lowerWords.contains("say");
  }

  /**
   * Captions describe a picture in the present tense ("Firefighters battle a blaze"); a line with a past
   * or modal auxiliary or a lower-case word in -ed narrates, and is reporting.
   */
  private static boolean narratesInThePast(LineShape s) {
    if (s.anyWordIn(Vocabulary.PAST_OR_MODAL)) {
      return true;
    }
    for (String w : s.rawWords) {
      if (w.length() >= 5 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
