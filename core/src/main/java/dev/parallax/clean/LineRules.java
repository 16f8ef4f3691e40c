package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that judge each line on its own (shape, script, links, code, credits, bylines, teasers, furniture)
 * and the pass that applies them to every line still open, in page order.
 *
 * <p>One instance per page; {@link #judgeEachLine()} sets the verdict of open lines and nothing else.
 */
final class LineRules {
  private final Page page;
  private final String text;
  private final CaptionRules captions;
  private final BylineRules bylines;
  private final TeaserRules teasers;
  private final FurnitureRules furniture;
  /**
   * Function words that join the parts of a clause in a title-case headline ("Convicted Of Murdering", "Offer To
   * Democrats"); menus name sections and have none of them between two capitalized words.
   */
  private static final Set<String> HEADLINE_LINKING_WORDS = Set.of("Of", "And", "To", "For", "With", "From");
  private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  /** The content words of the story's first paragraphs under the page's first line, read once when asked. */
  private Set<String> lead;
  /** The index of the page's first line of prose (the number of lines when none), found once when asked; -1 before. */
  private int firstProse = -1;

  LineRules(Page page) {
    this.page = page;
    this.text = page.text;
    this.captions = new CaptionRules(page);
    this.bylines = new BylineRules(page);
    this.teasers = new TeaserRules(page);
    this.furniture = new FurnitureRules(page);
  }

  /**
   * Gives every open line the verdict of the first rule that removes it; a caption's credit, cut from the
   * same line, goes with the caption.
   */
  void judgeEachLine() {
    markTimelineHeadings();
    PageLine first = null;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (first == null && l.shape.words > 0) {
        first = l;
      }
      if (l.open()) {
        l.reason = lineRule(l, i, isPageTitle(l, first) || isHeadlineSetTwice(i) || isBreadcrumbsLastStepAgain(i));
      }
      if (l.credit != null && l.reason == RemovalReason.CAPTION) {
        page.lines.get(i + 1).reason = RemovalReason.CAPTION;  // a caption's credit is part of the caption
      }
    }
  }

  /**
   * A page's first line that reads as a headline, not a row of menu links: it has clause punctuation (a comma,
   * colon, semicolon or quotation mark), a lower-case word that is not a function word ("overturns"), a
   * possessive ("Sheriff's") or a title-case function word joining two capitalized words ("Convicted Of
   * Murdering"), which link texts in title case do not. A line with a clock time in it is a time stamp, not a
   * headline.
   */
  private boolean isHeadlineShaped(PageLine l) {
    if (CLOCK_TIME.matcher(text.substring(l.start, l.end)).find()) {
      return false;  // "Posted: Nov 27, 2005 8:20 AM ET": a time stamp
    }
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ':' || c == ';' || c == '"' || c == '\u201C' || c == '\u201D') {
        return true;
      }
    }
    List<String> words = l.shape.rawWords;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0)) && !Vocabulary.STOP_WORDS.contains(l.shape.lowerWords.get(i))) {
        return true;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean linking = i > 0 && i + 1 < words.size() && HEADLINE_LINKING_WORDS.contains(w);
      if (isPossessive(w) || linking && Character.isUpperCase(words.get(i + 1).charAt(0))) {
        return true;  // "Sheriff's Deputy", "Convicted Of Murdering": a clause, not a row of section names
      }
    }
    return false;
  }

  /** A word with a possessive ending ("Tlaib's"), which no section name in a menu has. */
  private static boolean isPossessive(String w) {
    int n = w.length();
    return n >= 3 && isApostrophe(w.charAt(n - 2)) && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
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
    return Page.normalize(text.substring(first.start, window))
        .startsWith(Page.normalize(text.substring(l.start, l.end)));
  }

  /**
   * A headline set twice, as a page shows its title over the story and again as the post's heading: the line
   * ({@code index}) and the one next to it (above or below) are the same words, of headline length and not a
   * sentence, with no prose above them, and they say what the story's first paragraphs under them say ({@link
   * #sharesTheLead}). Like the page's first line it is the story's own headline even when it is labelled
   * ("BREAKING: Floods close the Lindby road" twice over a story of the floods), where another story's teaser
   * shown twice says other things or stands below the story's first paragraphs.
   */
  private boolean isHeadlineSetTwice(int index) {
    PageLine l = page.lines.get(index);
    if (!headlineLength(l.shape)) {
      return false;
    }
    boolean twice = index > 0 && sameWords(l, page.lines.get(index - 1))
        || index + 1 < page.lines.size() && sameWords(l, page.lines.get(index + 1));
    return twice && noProseAbove(index) && sharesTheLead(l, page.leadWords(index + 1));
  }

  /**
   * The page's title under a breadcrumb that ends with it: the line above is a list item ("• Sport", "• Lindby
   * Cup", "• Lindby Cup Final: Lindby FC vs Strand United Live Score") whose words after the list mark are the line's
   * own, of headline length and not a sentence, with no prose above. A breadcrumb's last step names the page it
   * leads to, so the line under it is the page's headline, however few function words a title in capitals has.
   */
  private boolean isBreadcrumbsLastStepAgain(int index) {
    PageLine l = page.lines.get(index);
    if (index == 0 || !headlineLength(l.shape) || page.isBullet(l)) {
      return false;
    }
    PageLine item = page.lines.get(index - 1);
    String step = Page.normalize(text.substring(item.start + 1, item.end));
    return page.isBullet(item) && step.equals(Page.normalize(text.substring(l.start, l.end))) && noProseAbove(index);
  }

  /** Of a headline's length and not a sentence: three to 30 words, 300 characters at most, no sentence's end. */
  private static boolean headlineLength(LineShape s) {
    return s.words >= 3 && s.words <= 30 && !s.terminal && s.length <= 300;
  }

  /** Whether no line above line {@code index} is prose ({@link LineShape#isProse}). */
  private boolean noProseAbove(int index) {
    if (firstProse < 0) {
      firstProse = page.lines.size();
      for (int i = 0; i < page.lines.size(); i++) {
        if (page.lines.get(i).shape.isProse()) {
          firstProse = i;
          break;
        }
      }
    }
    return index <= firstProse;
  }

  private boolean sameWords(PageLine a, PageLine b) {
    return a.end - a.start == b.end - b.start
        && Page.normalize(text.substring(a.start, a.end)).equals(Page.normalize(text.substring(b.start, b.end)));
  }

  /**
   * At least half of the line's content words, and {@link PositionPasses#MIN_WORDS_SHARED_WITH_LEAD} or more, are
   * in {@code lead}, the content words of the first {@link PositionPasses#LEAD_LINES} paragraphs of prose below it.
   */
  private static boolean sharesTheLead(PageLine l, Set<String> lead) {
    Set<String> own = ContentWords.of(l.shape);
    int shared = ContentWords.shared(own, lead);
    return shared >= PositionPasses.MIN_WORDS_SHARED_WITH_LEAD && 2 * shared >= own.size();
  }

  /**
   * A page's title line that says what the story under it says, whatever its shape: at least half of its content
   * words, and {@link PositionPasses#MIN_WORDS_SHARED_WITH_LEAD} or more, come back in the first {@link
   * PositionPasses#LEAD_LINES} paragraphs of prose below it ("State Inspectors Find Deep Cracks Beneath Old Lindby
   * River Bridge Pillars" over "The old Lindby bridge was shut after state inspectors found deep cracks under two
   * pillars."). A row of section names ("Home World Business Markets Health Science Sports ...") shares a word
   * or two with a story at most.
   */
  private boolean saysWhatTheStorySays(PageLine l, int index) {
    if (lead == null) {
      lead = page.leadWords(index + 1);
    }
    return sharesTheLead(l, lead);
  }

  /**
   * Marks the headings of a timeline inside the story ({@link PageLine#timelineHeading}): a line of only a day or a time of day with no year and no word of
   * a page's stamp ("9.40pm", "Tuesday (July 5)", "11:35 AM, November 7"; a bare "0:06.0" is a recording's
   * position), under a paragraph of prose somewhere above and over a sentence on the next line with words ({@link
   * #storySentenceNext}) and not under a name alone ({@link #underAName}: a comment's stamp), on a page with two or
   * more such lines. It says when the fact under it happened, so it is the story's ("12.05am" / "Lindby North was
   * called for the Greens." down an election night), where a date line under the headline, a post's date on a blog
   * ("Monday, September 8" once over the post) and a stamp with a year or "Updated" are the page's. So are times that
   * run newest first ({@link LivePosts#newestFirst}): a live page's posts' stamps ("9:02 AM" over "8:15 AM").
   */
  private void markTimelineHeadings() {
    List<PageLine> headings = new ArrayList<>();
    boolean proseAbove = false;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (proseAbove && bylines.isDateline(l) && l.shape.latinLetters > 0 && !namesAYear(l.shape)
          && !l.shape.anyWordIn(Vocabulary.TIMESTAMP_VERBS) && storySentenceNext(i) && !underAName(i)) {
        headings.add(l);
      }
      proseAbove |= l.shape.isProse();
    }
    // stamps that run newest first are a live page's posts' (LivePosts), not a timeline's
    if (headings.size() >= 2
        && !LivePosts.newestFirst(headings.stream().map(l -> text.substring(l.start, l.end)).toList())) {
      headings.forEach(l -> l.timelineHeading = true);
    }
  }

  /**
   * Whether the line with words above {@code index} is a name alone, one to three capitalised words of letters
   * ("Jane Doe"): the stamp under it is a comment's or a post's ("Jane Doe" / "Sunday, 12:30" / "A shame for the
   * town."), not a timeline's heading, which stands under the entry before it or the story's prose.
   */
  private boolean underAName(int index) {
    for (int i = index - 1; i >= 0; i--) {
      LineShape s = page.lines.get(i).shape;
      if (s.words == 0 || captions.isBracketedCreditLine(page.lines.get(i))) {
        continue;  // a picture's credit between two entries, "(Lindwire Graphics)", is no commenter's name
      }
      if (s.words > 3 || s.terminal || s.digits > 0) {
        return false;
      }
      return s.allCapitalised() && s.rawWords.stream().allMatch(w -> w.chars().allMatch(c -> Character.isLetter(c)
          || c == '.' || c == '-' || c == '\'' || c == '\u2019'));
    }
    return false;
  }

  /** Whether a word is a year: four digits, maybe with punctuation around them ("2024", "2024,"). */
  private static boolean namesAYear(LineShape s) {
    for (String w : s.rawWords) {
      int digits = 0;
      for (int k = 0; k < w.length(); k++) {
        if (Character.isDigit(w.charAt(k))) {
          digits++;
        } else if (Character.isLetter(w.charAt(k)) || w.charAt(k) == ':' || w.charAt(k) == '.') {
          digits = -1;
          break;
        }
      }
      if (digits == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next line with words ends like a sentence and has three words or more: what happened then ("Karl Lind held
   * Strand.", "Greens \u2013 Lindby North, Harbour, Old Mill."), where a blog's date stands over a headline.
   */
  private boolean storySentenceNext(int index) {
    for (int i = index + 1; i < page.lines.size(); i++) {
      LineShape s = page.lines.get(i).shape;
      if (s.words > 0) {
        return s.terminal && s.words >= 3;
      }
    }
    return false;
  }

  private RemovalReason lineRule(PageLine l, int index, boolean pageTitle) {
    LineShape s = l.shape;
    if (s.latinLetters + s.otherLetters + s.digits == 0 || isCode(l)) {
      return RemovalReason.DECORATION;
    }
    boolean menuShape = !s.terminal && s.stopRatio() < 0.1;
    if (page.latinPage && s.latinLetters + s.otherLetters >= 2
        && (s.foreignShare() > 0.5 || menuShape && s.foreignShare() >= 0.15)) {
      return RemovalReason.FOREIGN_SCRIPT;
    }
    boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0;
    if (s.urlTokens > 0 && (s.urlShare() >= (sentence ? 0.75 : 0.5) || s.urlShare() >= 0.3 && s.words <= 5 && !s.terminal)) {
      return RemovalReason.LINK;
    }
    if (s.length > Page.CHROME_MAX_CHARS) {
      return null;
    }
    if (furniture.isCopyright(l)) {
      return RemovalReason.FOOTER;
    }
    if (captions.isCaptionCredit(l, pageTitle) || l.credit != null && captions.isCaptionBeforeCredit(l)
        || captions.isPictureCreditLine(l) || captions.isBracketedCreditLine(l)
        || captions.isCaptionOpeningOnCredit(l) || captions.isSlashCreditLine(l)
        || captions.isNamedPictureCredit(l, pageTitle)
        || captions.isUnfinishedPictureDescription(l) || captions.isForceCreditAlone(l, pageTitle)
        || teasers.isGalleryCaption(l)) {
      return RemovalReason.CAPTION;
    }
    if (bylines.isByline(l) || bylines.isNamesAlone(l) || bylines.isRoleCredit(l) || bylines.isCompanyCredit(l)
        || bylines.isDateline(l) && !l.timelineHeading
        || bylines.isBylineRole(l, index > 0 ? page.lines.get(index - 1) : null) || bylines.isLoneRole(l)
        || bylines.isNameUnderStamp(l, index > 0 ? page.lines.get(index - 1) : null)
        || bylines.isNameOverRole(l, index + 1 < page.lines.size() ? page.lines.get(index + 1) : null)) {
      return RemovalReason.BYLINE;
    }
    if (teasers.isTeaser(l, pageTitle) || teasers.isMoreCoverage(l)) {
      return RemovalReason.TEASER;
    }
    if (teasers.isGalleryCounter(l) || furniture.isSortControl(l) || furniture.isTimeZoneNote(l)
        || furniture.isLinkBack(l) || furniture.isSkipLink(l)) {
      return RemovalReason.NAVIGATION;
    }
    if (!s.terminal && s.words >= 10 && s.stopRatio() < 0.1 && !s.holdsAScore()
        && !(pageTitle && (isHeadlineShaped(l) || saysWhatTheStorySays(l, index)))) {
      return RemovalReason.NAVIGATION;
    }
    if (!s.terminal && (menuSeparators(l) >= 2 || isTwoStepBreadcrumb(l))) {
      return RemovalReason.NAVIGATION;
    }
    if (furniture.isWidget(l) || furniture.isFurnitureProse(l) || furniture.isSyndicationNotice(l)
        || furniture.isPrintNotice(l) || furniture.isCorrectionNotice(l)
        || furniture.isNoticeAboutThisPiece(l) || furniture.isUpdateNotice(l) || furniture.isLiveClosedNotice(l)
        || furniture.isLiveGreeting(l)
        || furniture.isTranscriptMark(l)
        || furniture.isEmbedPointer(l)
        || furniture.isSignUpPrompt(l) || furniture.isRightsNotice(l) || furniture.isReaderPrompt(l)
        || furniture.isContactLine(l) || furniture.isFollowPrompt(l) || furniture.isCallToFollow(l) || furniture.isSponsorLine(l)
        || furniture.isErrorNotice(l) || furniture.isAppPrompt(l) || furniture.isSitePointer(l)) {
      return RemovalReason.FOOTER;
    }
    return null;
  }

  /**
   * Script or template code pasted with the text: {@code var x = f(y);}, {@code (function(d) { ... })},
   * {@code {{#rendered}}}. At least one in eight of its characters are brackets, braces, semicolons or equals
   * signs, it holds a brace or an equals sign (or is a call, {@code f(x);}), and it ends like a statement.
   */
  private boolean isCode(PageLine l) {
    if (l.shape.length > Page.CHROME_MAX_CHARS || l.shape.nonBlankChars == 0) {
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

  /**
   * A breadcrumb of two steps, {@code Blogs > Lindby Newsroom}, {@code News » Local}: one stand-alone arrow
   * ({@code >}, {@code ›}, {@code »}) between two names of one to three capitalised words each, no figure and
   * nothing else on the line, the first a site's section ({@link Vocabulary#SECTIONS}: News, Blogs, Sport, Opinion,
   * Home ...). Two names of anything else around an arrow are a headline ("Lindby FC » Strand United", a match).
   * A bar or a slash between two names is left alone ("Lindby | Home" may end a title).
   */
  private boolean isTwoStepBreadcrumb(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 6 || s.digits > 0 || !s.capitalisedOrParticles(0, s.rawWords.size())) {
      return false;
    }
    int arrow = -1;
    for (int i = l.start + 1; i + 1 < l.end; i++) {
      char c = text.charAt(i);
      if ((c == '>' || c == '\u203A' || c == '\u00BB') && Blanks.isBlank(text.charAt(i - 1))
          && Blanks.isBlank(text.charAt(i + 1))) {
        if (arrow >= 0) {
          return false;
        }
        arrow = i;
      }
    }
    return arrow >= 0 && menuSeparators(l) == 1 && LineShape.of(text, l.start, arrow).words <= 3
        && Vocabulary.SECTIONS.contains(text.substring(l.start, arrow).strip().toLowerCase(Locale.ROOT))
        && LineShape.of(text, arrow + 1, l.end).words <= 3;
  }

  /**
   * Stand-alone separators between words: {@code Home | World › Europe}, {@code News >> Local} (a mark set twice
   * is one separator).
   */
  private int menuSeparators(PageLine l) {
    int n = 0;
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      boolean sep = c == '|' || c == '\u203A' || c == '\u00BB' || c == '>' || c == '/' || c == '\u00B7'
          || c == '\u2022';
      int last = i + 1 < l.end && text.charAt(i + 1) == c ? i + 1 : i;
      if (sep && i > l.start && last + 1 < l.end && Blanks.isBlank(text.charAt(i - 1))
          && Blanks.isBlank(text.charAt(last + 1))) {
        n++;
        i = last;
      }
    }
    return n;
  }
}
