package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Per-call state for one article. */
final class Page {
  /** Lines longer than this are never chrome: chrome is short. Rules that read words skip them. */
  static final int CHROME_MAX_CHARS = 600;

  final Article article;
  final String text;
  final List<PageLine> lines;
  final boolean latinPage;
  int headline = -1;

  Page(Article article, List<PageLine> lines, boolean latinPage) {
    this.article = article;
    this.text = article.text();
    this.lines = lines;
    this.latinPage = latinPage;
  }

  void classify() {
    markEmbedded();
    PageLine first = null;
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (first == null && l.shape.words > 0) {
        first = l;
      }
      if (l.open()) {
        l.reason = lineRule(l, isPageTitle(l, first));
      }
      if (l.credit != null && l.reason == RemovalReason.CAPTION) {
        lines.get(i + 1).reason = RemovalReason.CAPTION;  // a caption's credit is part of the caption
      }
    }
    markDuplicates();
    int firstProse = firstProse();
    chooseHeadline(firstProse);
    markCaptionAfterRepeatedHeadline();
    markCaptionPairs();
    markAltTextOfCaptions();
    markCaptionsBesideCredits();
    markBeforeStory(firstProse());
    markRepeatedShortLines();
    markCommentSection();
    markAfterStory();
    markLoneWords();
  }

  /** The first line of the page with words, or a line that repeats its start (the title shown again). */
  private boolean isPageTitle(PageLine l, PageLine first) {
    if (l == first) {
      return true;
    }
    if (first == null || l.shape.length > 300 || first.end - first.start < l.end - l.start) {
      return false;
    }
    int window = Math.min(first.end, first.start + 2 * (l.end - l.start) + 8);  // reads a bounded prefix only
    return normalize(text.substring(first.start, window)).startsWith(normalize(text.substring(l.start, l.end)));
  }

  // ---- embedded posts -------------------------------------------------------------------------

  private void markEmbedded() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (!l.open() || l.shape.length > 300 || !isPostAttribution(l)) {
        continue;
      }
      l.kind = BlockKind.EMBEDDED;
      if (i > 0 && !l.gapBefore) {
        PageLine body = lines.get(i - 1);
        if (body.open() && body.shape.length <= 600) {
          body.kind = BlockKind.EMBEDDED;
        }
      }
    }
  }

  /** {@code — Name (@handle) Month d, yyyy}: the signature line of an embedded post. */
  private boolean isPostAttribution(PageLine l) {
    int handle = indexOf('(', '@', l.start, l.end);
    if (handle < 0) {
      return false;
    }
    int close = handle + 2;
    while (close < l.end && (Character.isLetterOrDigit(text.charAt(close)) || text.charAt(close) == '_')) {
      close++;
    }
    if (close == handle + 2 || close >= l.end || text.charAt(close) != ')') {
      return false;
    }
    char first = text.charAt(l.start);
    boolean dash = first == '\u2014' || first == '\u2013' || first == '\u2015' || first == '-';
    return dash || l.shape.digits >= 4 && l.shape.words <= 12;
  }

  // ---- rules that read one line ----------------------------------------------------------------

  private RemovalReason lineRule(PageLine l, boolean pageTitle) {
    LineShape s = l.shape;
    if (s.latinLetters + s.otherLetters + s.digits == 0 || isCode(l)) {
      return RemovalReason.DECORATION;
    }
    boolean menuShape = !s.terminal && s.stopRatio() < 0.1;
    if (latinPage && s.latinLetters + s.otherLetters >= 2
        && (s.foreignShare() > 0.5 || menuShape && s.foreignShare() >= 0.15)) {
      return RemovalReason.FOREIGN_SCRIPT;
    }
    boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0;
    if (s.urlTokens > 0 && (s.urlShare() >= (sentence ? 0.75 : 0.5) || s.urlShare() >= 0.3 && s.words <= 5 && !s.terminal)) {
      return RemovalReason.LINK;
    }
    if (s.length > CHROME_MAX_CHARS) {
      return null;
    }
    if (isCopyright(l)) {
      return RemovalReason.FOOTER;
    }
    if (isCaptionCredit(l) || l.credit != null && isCaptionBeforeCredit(l) || isPictureCreditLine(l)
        || isUnfinishedPictureDescription(l)) {
      return RemovalReason.CAPTION;
    }
    if (isByline(l) || isRoleCredit(l) || isDateline(l)) {
      return RemovalReason.BYLINE;
    }
    if (isTeaser(l, pageTitle) || isMoreCoverage(l)) {
      return RemovalReason.TEASER;
    }
    if (isGalleryCounter(l)) {
      return RemovalReason.NAVIGATION;
    }
    if (!s.terminal && s.words >= 10 && s.stopRatio() < 0.1) {
      return RemovalReason.NAVIGATION;
    }
    if (!s.terminal && menuSeparators(l) >= 2) {
      return RemovalReason.NAVIGATION;
    }
    if (isWidget(l) || isFurnitureProse(l) || isSyndicationNotice(l) || isSignUpPrompt(l) || isRightsNotice(l)) {
      return RemovalReason.FOOTER;
    }
    return null;
  }

  private boolean isCopyright(PageLine l) {
    String t = text.substring(l.start, l.end);
    String lower = t.toLowerCase(Locale.ROOT);
    boolean opensWithCopyright = t.startsWith("\u00A9") || lower.startsWith("(c) ") || lower.startsWith("copyright ");
    return l.shape.words <= 30 && opensWithCopyright || l.shape.words <= 20 && lower.contains("all rights reserved");
  }

  /** A picture credit: {@code ... © AGENCY / Name}, {@code Photo: ...}, or {@code (Image: AP)}. */
  private boolean isCaptionCredit(PageLine l) {
    LineShape s = l.shape;
    int copy = indexOf('\u00A9', l.start, l.end);
    if (copy > l.start && LineShape.of(text, copy + 1, l.end).words <= 8) {
      return true;
    }
    if (s.words == 0 || s.words > 25 || s.startsWithQuote) {
      return false;
    }
    if (s.words >= 2 && Character.isUpperCase(s.rawWords.get(0).charAt(0))
        && Vocabulary.CAPTION_LABELS.contains(s.lowerWords.get(0))
        && Vocabulary.CAPTION_LABEL_TAILS.contains(s.lowerWords.get(1))) {
      return true;  // "Image source, Agency", "Image caption, Firefighters ..."
    }
    int colon = indexOf(':', l.start, Math.min(l.end, l.start + 26));
    if (colon > l.start) {
      String label = text.substring(l.start, colon).strip().toLowerCase(Locale.ROOT);
      if (label.startsWith("(") || label.startsWith("[")) {
        label = label.substring(1).strip();
      }
      if (isCaptionLabel(label)) {
        return true;
      }
    }
    char first = text.charAt(l.start);
    char last = text.charAt(l.end - 1);
    boolean wrapped = first == '(' && last == ')' || first == '[' && last == ']';
    return wrapped && s.words <= 10 && s.anyWordIn(Vocabulary.CAPTION_LABELS);
  }

  private static boolean isCaptionLabel(String label) {
    if (label.isEmpty()) {
      return false;
    }
    for (String w : label.split("\\s+")) {
      if (Vocabulary.CAPTION_LABELS.contains(w)) {
        return label.split("\\s+").length <= 3;
      }
    }
    return false;
  }

  /** {@code By Jane Doe}, {@code By Jane Doe and John Roe, Agency}, {@code Reporting by ...}. */
  private boolean isByline(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 12 || s.rawWords.isEmpty()) {
      return false;
    }
    String w0 = s.lowerWords.get(0);
    int by = -1;
    if (w0.equals("by") && s.rawWords.get(0).equals("By")) {
      by = 0;
    } else if (s.words >= 3 && s.lowerWords.get(1).equals("by")
        && Vocabulary.CREDIT_VERBS.contains(w0)) {
      by = 1;
    } else if (s.words >= 4 && w0.equals("additional") && s.lowerWords.get(2).equals("by")) {
      by = 2;
    }
    if (by < 0) {
      return false;
    }
    if (by > 0) {
      return true;
    }
    if (s.terminal || s.words > 9) {
      return false;
    }
    int nameWords = namePartLength(l);
    for (int i = 1; i < Math.min(nameWords, s.rawWords.size()); i++) {
      String w = s.rawWords.get(i);
      if (!Character.isUpperCase(w.charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(s.lowerWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a byline before its first comma: the names; what follows the comma is a role or an outlet. */
  private int namePartLength(PageLine l) {
    int words = 0;
    boolean inWord = false;
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '|' || c == ';') {
        return words + (inWord ? 1 : 0);
      }
      if (Blanks.isBlank(c)) {
        if (inWord) {
          words++;
        }
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        inWord = true;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** "This article originally appeared on ...", "Read the original story at ...": a syndication notice. */
  private boolean isSyndicationNotice(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 15 || s.hasQuote) {
      return false;
    }
    boolean piece = false;
    boolean original = false;
    boolean published = false;
    for (String w : s.lowerWords) {
      piece |= w.equals("article") || w.equals("story") || w.equals("post") || w.equals("piece");
      original |= w.equals("originally") || w.equals("original") || w.equals("first");
      published |= w.equals("appeared") || w.equals("published") || w.equals("posted") || w.equals("ran")
          || w.equals("read") || w.equals("syndicated");
    }
    return piece && original && published;
  }

  /** A line of only a date and time: {@code 2 Dec, 2021 11:07}, {@code Updated: Friday 3 December 2021}. */
  private boolean isDateline(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 12 || s.rawWords.isEmpty()) {
      return false;
    }
    if (s.digits == 0 && (s.words > 5 || s.terminal || !s.anyWordIn(Vocabulary.TIMESTAMP_VERBS))) {
      return false;  // "Posted and last updated": a timestamp whose date the copy lost
    }
    for (String w : s.lowerWords) {
      if (!hasDigit(w) && !Vocabulary.DATE_WORDS.contains(w.replace(".", "")) && !Vocabulary.DATE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Other headline READ MORE: Other headline}, {@code Related: ...}, {@code Full coverage: ...},
   * {@code Live: ...}, {@code Other headline… Read more}: a link to another article. The page's title (its
   * first line, or a line repeating it) is its own headline even when it is labelled ("Live: ..."), so a
   * label there makes no teaser.
   */
  private boolean isTeaser(PageLine l, boolean pageTitle) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 40) {
      return false;
    }
    if (s.words <= 4 && (!s.terminal || endsWithColon(l))
        && Vocabulary.TEASER_LABELS.contains(String.join(" ", s.lowerWords))) {
      return true;  // a bare "Read more", "Also read" or "Related posts:" label
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
      boolean lineLabel = p - l.start <= 30
          && Vocabulary.TEASER_LABELS.contains(text.substring(l.start, p).strip().toLowerCase(Locale.ROOT));
      if (label == null && !lineLabel) {
        continue;
      }
      if (label != null && !lineLabel && label.indexOf(' ') < 0
          && !Vocabulary.TEASER_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int labelStart = label != null && !lineLabel ? p - label.length() : l.start;
      String before = normalize(text.substring(l.start, labelStart));
      String after = normalize(text.substring(p + 1, l.end));
      if (!before.isEmpty() && before.equals(after)) {
        return true;
      }
      if (!LineShape.endsWithSentencePunctuation(text, p + 1, l.end) && !after.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** {@code Headline. First words of the story… Read more »}: a cut-off summary that links to the article. */
  private boolean endsWithTruncatedTeaser(PageLine l) {
    int e = l.end;
    while (e > l.start && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;  // "»", "→"
    }
    String t = text.substring(l.start, e).toLowerCase(Locale.ROOT);
    for (String label : new String[] {"read more", "continue reading", "read full story", "full story"}) {
      if (t.endsWith(label)) {
        String before = t.substring(0, t.length() - label.length()).stripTrailing();
        return before.endsWith("\u2026") || before.endsWith("...");
      }
    }
    return false;
  }

  /**
   * {@code More coverage on <topic>}, {@code More stories about <topic>}, {@code More from <outlet>},
   * {@code More Related News}: a link to other articles, a noun phrase with no verb, whether or not it ends
   * with a full stop.
   */
  private boolean isMoreCoverage(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 9 || s.hasQuote || !s.rawWords.get(0).equals("More")
        || indexOf(',', l.start, l.end) >= 0) {
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
  private boolean isGalleryCounter(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 4 || s.terminal) {
      return false;
    }
    List<String> w = s.lowerWords;
    int i = 0;
    if (!hasDigit(w.get(0))) {
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

  /**
   * The caption before a credit cut from the same line: with a picture credit ({@code [Photo/Agency]}), one
   * sentence that neither quotes, reports speech nor narrates with a finite past or modal verb, or an "In
   * this (...) photo ..." caption of any length; with a
   * source credit ({@code .—AFP}), only a line that opens on the picture and says what it shows ("A handout
   * picture shows ...", "Map locates ..."); with a footage credit ({@code (Via Outlet)}), never. Anything else is
   * reporting that names its source, and stays.
   */
  private boolean isCaptionBeforeCredit(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > 100 || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    boolean inThis = s.words >= 2 && s.lowerWords.get(0).equals("in") && s.lowerWords.get(1).equals("this");
    boolean opensOnPicture = false;
    for (int i = 0; i < Math.min(inThis ? 10 : 4, s.words); i++) {
      String w = s.lowerWords.get(i);
      opensOnPicture |= Vocabulary.PICTURE_WORDS.contains(w) || w.equals("map") || w.equals("handout");
    }
    boolean oneSentence = s.words <= 60 && isOneSentence(l);
    if (l.credit == Credits.Kind.PICTURE) {
      // a caption describes what the picture shows; a line that narrates with a past or modal auxiliary
      // ("has risen", "would meet") is a reporting sentence that happens to carry a credit
      return oneSentence && !narratesWithAFiniteVerb(s) || opensOnPicture && inThis;
    }
    return l.credit == Credits.Kind.SOURCE && opensOnPicture && oneSentence
        && s.anyWordIn(Vocabulary.PICTURE_VERBS) && !s.anyWordIn(Vocabulary.PAST_OR_MODAL);
  }

  /**
   * A past or modal auxiliary, or a word in -ed used as a verb: not after an article, a preposition or a
   * present auxiliary, where it describes ("a collapsed building", "past destroyed homes", "is carried").
   */
  private static boolean narratesWithAFiniteVerb(LineShape s) {
    if (s.anyWordIn(Vocabulary.PAST_OR_MODAL)) {
      return true;
    }
    for (int i = 1; i < s.rawWords.size(); i++) {
      String w = s.rawWords.get(i);
      if (w.length() >= 5 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
          && !Vocabulary.BEFORE_PARTICIPLE.contains(s.lowerWords.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One sentence, perhaps followed by a caption's place or date tag of up to three words with no function
   * word ({@code ... in Gaza. Manchester, UK.}).
   */
  private boolean isOneSentence(PageLine l) {
    int last = -1;
    int breaks = 0;
    for (int i = l.start; i + 2 < l.end; i++) {
      if (isSentenceBreak(l, i)) {
        breaks++;
        last = i + 1;
      }
    }
    if (breaks == 0) {
      return true;
    }
    if (breaks > 1) {
      return false;
    }
    LineShape tag = LineShape.of(text, last, l.end);
    return tag.words <= 3 && tag.stopWords == 0;
  }

  private boolean isSentenceBreak(PageLine l, int i) {
    char c = text.charAt(i);
    if ((c == '.' || c == '!' || c == '?') && Blanks.isBlank(text.charAt(i + 1))) {
      int j = i + 1;
      while (j < l.end && Blanks.isBlank(text.charAt(j))) {
        j++;
      }
      return j < l.end && (Character.isUpperCase(text.charAt(j)) || LineShape.isOpeningQuote(text.charAt(j)));
    }
    return false;
  }

  /**
   * {@code A drone photo shows the flooded harbour, June 12}: a line that opens on a picture and
   * says what it shows, without the full stop of a reported sentence, a quotation or reported speech.
   */
  private boolean isUnfinishedPictureDescription(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal || s.hasQuote || s.words < 4 || s.words > 40 || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    int picture = -1;
    for (int i = 0; i < Math.min(4, s.words) && picture < 0; i++) {
      if (Vocabulary.PICTURE_WORDS.contains(s.lowerWords.get(i))) {
        picture = i;
      }
    }
    return picture >= 0 && picture + 1 < s.words && Vocabulary.PICTURE_VERBS.contains(s.lowerWords.get(picture + 1));
  }

  /**
   * A credit line of names that ends on a picture word: {@code AP Photo}, {@code Getty Images},
   * {@code Jane Roe, AFP/Getty Images}. Capitalized words, no function word, no sentence end.
   */
  private boolean isPictureCreditLine(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 6 || s.terminal || s.stopWords > 0 || s.hasQuote) {
      return false;
    }
    for (String w : s.rawWords) {
      if (Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    String last = s.lowerWords.get(s.words - 1);
    int slash = last.lastIndexOf('/');
    return Vocabulary.PICTURE_WORDS.contains(slash >= 0 ? last.substring(slash + 1) : last);
  }

  /**
   * {@code Editor: Name}, {@code Chief Reporter: Name | Agency}: a role label and the names of who made the
   * article. What follows the colon is names only (no lower-case word but particles), never a sentence, so an
   * interview's {@code Reporter: What did you see?} stays.
   */
  private boolean isRoleCredit(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 12 || s.terminal || s.hasQuote) {
      return false;
    }
    int colon = indexOf(':', l.start, Math.min(l.end, l.start + 32));
    if (colon < 0) {
      return false;
    }
    LineShape label = LineShape.of(text, l.start, colon);
    if (label.words == 0 || label.words > 3
        || !Vocabulary.ROLE_LABELS.contains(label.lowerWords.get(label.words - 1))) {
      return false;
    }
    LineShape names = LineShape.of(text, colon + 1, l.end);
    if (names.words == 0 || names.words > 8) {
      return false;
    }
    for (int i = 0; i < names.words; i++) {
      String w = names.rawWords.get(i);
      if (Character.isLowerCase(w.charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(names.lowerWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sign-up box: {@code Sign up for the Morning Briefing newsletter ...}, {@code Stay up to date with
   * our newsletters}. An imperative opening addressed to the reader, and either a subscription verb pair
   * ("sign up", "log in") or a furniture word, with no quotation and no reported speech.
   */
  private boolean isSignUpPrompt(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 25 || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)
        || !Character.isUpperCase(s.rawWords.get(0).charAt(0))) {
      return false;
    }
    String first = s.lowerWords.get(0);
    String second = s.lowerWords.get(1);
    boolean subscribe = (first.equals("sign") || first.equals("log")) && (second.equals("up") || second.equals("in"))
        || first.equals("subscribe") && (second.equals("to") || second.equals("for") || second.equals("now"));
    boolean imperative = Vocabulary.PROMPT_VERBS.contains(first);
    return subscribe || imperative && s.anyWordIn(Vocabulary.FURNITURE);
  }

  /**
   * A licence notice: {@code This material may not be published, broadcast, rewritten or redistributed}, or
   * an archive's "for personal, non-commercial use ... does not constitute a republication". Two words of
   * rights, a negation or "only", and no quotation or reported speech (which would be reporting about rights).
   */
  private boolean isRightsNotice(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 5 || s.words > 60 || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    Set<String> rights = new HashSet<>();
    boolean limits = false;
    for (String w : s.lowerWords) {
      if (Vocabulary.RIGHTS.contains(w)) {
        rights.add(w);
      }
      limits |= w.equals("not") || w.equals("only");
    }
    return limits && rights.size() >= 2 && (rights.size() >= 3 || !rights.contains("published") || !rights.contains("broadcast"));
  }

  /**
   * Script or template code pasted with the text: {@code var x = f(y);}, {@code (function(d) { ... })},
   * {@code {{#rendered}}}. At least one in eight of its characters are brackets, braces, semicolons or equals
   * signs, it holds a brace or an equals sign (or is a call, {@code f(x);}), and it ends like a statement.
   */
  private boolean isCode(PageLine l) {
    if (l.shape.length > CHROME_MAX_CHARS || l.shape.nonBlankChars == 0) {
      return false;
    }
    int code = 0;
    boolean block = false;
    boolean call = false;
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '=' || c == '[' || c == ']') {
        code++;
        block |= c == '{' || c == '}' || c == '=';
        call |= c == '(' && i > l.start && Character.isLetterOrDigit(text.charAt(i - 1));
      }
    }
    char last = text.charAt(l.end - 1);
    boolean endsLikeCode = last == '{' || last == '}' || last == ';' || last == ')' || last == ',';
    boolean statement = block || call && last == ';';  // a brace or an assignment, or a call ending "...);"
    return statement && endsLikeCode && code >= 3 && code * 8 >= l.shape.nonBlankChars;
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

  /** Stand-alone separators between words: {@code Home | World › Europe}. */
  private int menuSeparators(PageLine l) {
    int n = 0;
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      boolean sep = c == '|' || c == '\u203A' || c == '\u00BB' || c == '>' || c == '/' || c == '\u00B7'
          || c == '\u2022';
      if (sep && i > l.start && i + 1 < l.end && Blanks.isBlank(text.charAt(i - 1))
          && Blanks.isBlank(text.charAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  /** Share bars, follow and subscribe prompts, comment counters: short, unfinished, addressed to the reader. */
  private boolean isWidget(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal || s.hasQuote || s.words == 0 || s.words > 8 || s.lowerWords.isEmpty()) {
      return false;
    }
    int widgetish = 0;
    for (String w : s.lowerWords) {
      if (Vocabulary.WIDGET.contains(w) || hasDigit(w) && w.length() <= 6) {
        widgetish++;
      }
    }
    if (widgetish * 2 >= s.words && widgetish > 0 && s.anyWordIn(Vocabulary.WIDGET)) {
      return true;
    }
    if (s.words <= 6 && s.anyWordIn(Vocabulary.ADVERTISING)) {
      return true;  // "Story continues below advertisement"
    }
    if (s.words >= 2 && Vocabulary.CALL_TO_ACTION.contains(s.lowerWords.get(0))
        && !Character.isUpperCase(s.rawWords.get(1).charAt(0))) {
      String second = s.lowerWords.get(1);
      return Vocabulary.PROMPT_OBJECTS.contains(second) || s.anyWordIn(Vocabulary.WIDGET);
    }
    return false;
  }

  /** A cookie or sign-up notice: furniture words addressed to the reader, and no quotation. */
  private boolean isFurnitureProse(PageLine l) {
    LineShape s = l.shape;
    return !s.hasQuote && s.words <= 60 && s.anyWordIn(Vocabulary.FURNITURE) && addressesReader(s);
  }

  /** Speaks to the reader or for the site: "you", "our", "please", "this website". */
  private static boolean addressesReader(LineShape s) {
    if (s.anyWordIn(Vocabulary.ADDRESS)) {
      return true;
    }
    for (int i = 0; i + 1 < s.lowerWords.size(); i++) {
      if (s.lowerWords.get(i).equals("this") && Vocabulary.SITE.contains(s.lowerWords.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  // ---- rules that read the page ----------------------------------------------------------------

  private void markDuplicates() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.fixedKind != null || l.shape.words == 0 || l.shape.length > CHROME_MAX_CHARS) {
        continue;
      }
      String key = normalize(text.substring(l.start, l.end));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        l.dupOf = first;
        lines.get(first).hasLaterDup = true;
        if (l.open()) {
          l.reason = RemovalReason.DUPLICATE;
        }
      }
    }
  }

  /** The first kept line of prose that is not in title case (a title-case line is a headline). */
  private int firstProse() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.kept() && l.kind != BlockKind.EMBEDDED && l.shape.isProse() && l.shape.capitalizedRatio() < 0.6) {
        return i;
      }
    }
    return -1;
  }

  private void chooseHeadline(int firstProse) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).fixedKind == BlockKind.HEADLINE) {
        headline = i;
        return;
      }
    }
    // The first line of headline shape before the story, unless one is repeated further down the page
    // (a headline shown again under the picture), which settles it; glued link texts are menus.
    int limit = firstProse < 0 ? Math.min(lines.size(), 5) : firstProse;
    int best = -1;
    for (int i = 0; i < limit; i++) {
      PageLine l = lines.get(i);
      LineShape s = l.shape;
      if (!l.open() || s.words < 3 || s.words > 30 || s.length > 300 || isBullet(l) || s.startsWithQuote) {
        continue;
      }
      if (l.hasLaterDup) {
        best = i;
        break;
      }
      if (best < 0 && !hasGluedWords(s)) {
        best = i;
      }
    }
    if (best >= 0) {
      headline = best;
      lines.get(best).kind = BlockKind.HEADLINE;
    }
  }

  /** Words glued from two link texts: a lower-case run of three or more letters followed by a capital. */
  private static boolean hasGluedWords(LineShape s) {
    for (String w : s.rawWords) {
      int lowerRun = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) {
          lowerRun++;
        } else if (Character.isUpperCase(c) && lowerRun >= 3 && Character.isUpperCase(w.charAt(0))) {
          return true;
        } else {
          lowerRun = 0;
        }
      }
    }
    return false;
  }

  /** The line under a repeated headline (the picture's place) that describes it rather than reports. */
  private void markCaptionAfterRepeatedHeadline() {
    if (headline < 0) {
      return;
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).dupOf != headline) {
        continue;
      }
      PageLine next = lines.get(i + 1);
      LineShape s = next.shape;
      if (next.open() && !next.gapBefore && !s.terminal && !s.hasQuote && s.words >= 3) {
        next.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * A picture's alt text and caption: two lines that make a paragraph of their own (blank lines around
   * them, none between), the shorter one's words nearly all in the longer, and neither reporting speech
   * nor narrating in the past.
   */
  private void markCaptionPairs() {
    for (int i = 0; i + 1 < lines.size(); i++) {
      PageLine a = lines.get(i);
      PageLine b = lines.get(i + 1);
      boolean ownParagraph = a.gapBefore && !b.gapBefore && (i + 2 == lines.size() || lines.get(i + 2).gapBefore);
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
  private void markAltTextOfCaptions() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (!l.open() || i == headline || l.shape.words < 3 || l.shape.length > CHROME_MAX_CHARS) {
        continue;
      }
      PageLine before = i > 0 && !l.gapBefore ? lines.get(i - 1) : null;
      PageLine after = i + 1 < lines.size() && !lines.get(i + 1).gapBefore ? lines.get(i + 1) : null;
      if (startsCaption(l, before) || startsCaption(l, after)) {
        l.reason = RemovalReason.CAPTION;
      }
    }
  }

  /**
   * A picture's block: a credit line of its own ({@code Jane Roe, Agency/Getty Images}) in a short paragraph
   * (at most four lines between blank lines) with a line that describes the picture in one sentence, in the
   * present, without quotation or reported speech. In a page with no blank lines (a slide show whose text
   * is the story) no paragraph is short, and nothing is taken.
   */
  private void markCaptionsBesideCredits() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine c = lines.get(i);
      if (c.reason != RemovalReason.CAPTION || c.piece || c.shape.words > 8) {
        continue;
      }
      int from = i;
      while (from > 0 && !lines.get(from).gapBefore && i - from < 4) {
        from--;
      }
      int to = i + 1;
      while (to < lines.size() && !lines.get(to).gapBefore && to - from < 5) {
        to++;
      }
      boolean shortParagraph = lines.get(from).gapBefore && (to == lines.size() || lines.get(to).gapBefore)
          && to - from <= 4;
      if (!shortParagraph) {
        continue;
      }
      for (int k = from; k < to; k++) {
        PageLine l = lines.get(k);
        LineShape s = l.shape;
        if (l.open() && k != headline && s.words >= 4 && s.words <= 40 && !s.hasQuote && !isBullet(l)
            && !s.anyWordIn(Vocabulary.SPEECH) && !narratesInThePast(s) && isOneSentence(l)) {
          l.reason = RemovalReason.CAPTION;
        }
      }
    }
  }

  private boolean startsCaption(PageLine alt, PageLine caption) {
    if (caption == null || caption.reason != RemovalReason.CAPTION || caption.end - caption.start < alt.end - alt.start) {
      return false;
    }
    String a = normalize(text.substring(alt.start, alt.end));
    String c = normalize(text.substring(caption.start, Math.min(caption.end, caption.start + (alt.end - alt.start) + 8)));
    return c.startsWith(a);
  }

  private boolean captionCandidate(PageLine l) {
    return (l.open() || l.reason == RemovalReason.CAPTION) && l.fixedKind == null && l.kind == BlockKind.STORY
        && !l.shape.hasQuote && !isBullet(l) && l.shape.length <= CHROME_MAX_CHARS && l.shape.words > 0
        && !l.shape.anyWordIn(Vocabulary.SPEECH) && !narratesInThePast(l.shape);
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

  /** Between the top of the page and the first paragraph: breadcrumbs before the headline, widgets after it. */
  private void markBeforeStory(int firstProse) {
    int limit = firstProse < 0 ? lines.size() : firstProse;
    for (int i = 0; i < limit; i++) {
      PageLine l = lines.get(i);
      LineShape s = l.shape;
      if (!l.open() || isBullet(l) || s.startsWithQuote) {
        continue;
      }
      boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0;
      if (headline >= 0 && i < headline && !sentence) {
        l.reason = RemovalReason.NAVIGATION;
      } else if (headline >= 0 && i > headline && !s.terminal && s.words <= 3 && (s.stopWords == 0 || s.words <= 2)) {
        l.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** Short unfinished lines that occur more than once: menus and labels, not reporting. */
  private void markRepeatedShortLines() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.hasLaterDup && l.open() && !l.shape.terminal && l.shape.words <= 6) {
        l.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** After the last line of the story: every unfinished line is site furniture. Needs a story above. */
  private void markAfterStory() {
    int end = lines.size();
    for (int i = lines.size() - 1; i >= 0; i--) {
      PageLine l = lines.get(i);
      if (!l.kept()) {
        continue;
      }
      LineShape s = l.shape;
      boolean quoted = (s.startsWithQuote || s.hasQuote) && s.words >= 4;
      boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0 && (s.words >= 5 || !endsWithColon(l));
      boolean listItem = isBullet(l) && s.words >= 4 && s.stopWords > 0;
      // jusText's "good" paragraph that lost its full stop: long, and dense in function words.
      boolean unpunctuatedProse = s.words >= 10 && s.stopRatio() >= 0.25;
      if (!l.open() || i == headline || quoted || sentence || listItem || unpunctuatedProse) {
        end = i;
        break;
      }
    }
    if (end == lines.size()) {
      return;  // nothing but unfinished lines: no story to end, so no furniture after it
    }
    for (int i = end + 1; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.kept()) {
        l.reason = RemovalReason.FOOTER;
      }
    }
  }

  private boolean endsWithColon(PageLine l) {
    return text.charAt(l.end - 1) == ':';
  }

  /**
   * Reader comments: from a comment header ("12 Responses to ...", "Leave a Reply", "3 comments") that
   * follows the story's prose, everything is furniture, however much it looks like prose.
   */
  private void markCommentSection() {
    boolean proseSeen = false;
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      PageLine l = lines.get(i);
      LineShape s = l.shape;
      if (l.kept() && s.isProse()) {
        proseSeen = true;
      } else if (proseSeen && isCommentHeader(l) && i > lines.size() / 2) {
        header = i;
      }
    }
    if (header < 0) {
      return;
    }
    for (int i = header; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.open()) {
        l.reason = RemovalReason.FOOTER;
      }
    }
  }

  private boolean isCommentHeader(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal && !endsWithColon(l) || s.words == 0 || s.words > 15 || s.lowerWords.isEmpty()) {
      return false;
    }
    boolean commentWord = false;
    for (String w : s.lowerWords) {
      commentWord |= w.equals("comments") || w.equals("comment") || w.equals("responses") || w.equals("replies")
          || w.equals("reply") || w.equals("discussion");
    }
    return commentWord && (s.digits > 0 && hasDigit(s.lowerWords.get(0)) || s.words <= 3);
  }

  /** A single unfinished word on a line of its own inside the story: a label such as "Advertisement". */
  private void markLoneWords() {
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.open() && i != headline && l.shape.words == 1 && !l.shape.terminal && !isBullet(l)
          && l.shape.length <= 30) {
        l.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** The first {@code c} in {@code [from, to)}, or -1: never reads past the line. */
  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code c1} directly followed by {@code c2} in {@code [from, to)}, or -1. */
  private int indexOf(char c1, char c2, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (text.charAt(i) == c1 && text.charAt(i + 1) == c2) {
        return i;
      }
    }
    return -1;
  }

  private boolean isBullet(PageLine l) {
    char c = text.charAt(l.start);
    if (c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u2023' || c == '\u2043' || c == '\u00B7') {
      return true;
    }
    return (c == '-' || c == '*' || c == '\u2013') && l.start + 1 < l.end && Blanks.isBlank(text.charAt(l.start + 1));
  }

  /** Lower case with runs of blanks collapsed, for comparing lines. */
  private static String normalize(String s) {
    String spaced = normalizeSpaces(s);
    StringBuilder sb = new StringBuilder(spaced.length());
    for (int i = 0; i < spaced.length(); i++) {
      char c = spaced.charAt(i);
      sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
    }
    return sb.toString();
  }

  // ---- result ----------------------------------------------------------------------------------

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
      out = out.withTitle(normalizeSpaces(text.substring(h.start, h.end)));
    }
    return out;
  }

  /** Runs of blanks collapsed to one space, leading and trailing blanks dropped. */
  private static String normalizeSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Blanks.isBlank(c)) {
        blank = sb.length() > 0;
        continue;
      }
      if (blank) {
        sb.append(' ');
        blank = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
