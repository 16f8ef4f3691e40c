package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.GivenNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The passes that judge a line by its place on the page: embedded posts, duplicate lines, the choice of the
 * headline, what comes before the story (breadcrumbs, widgets), repeated short lines, the comment section,
 * what comes after the story, runs of lines that do not read as reporting, and lone words inside it.
 *
 * <p>One instance per page; each pass reads the lines in a few linear sweeps and sets verdicts.
 */
final class PositionPasses {
  /**
   * A headline that opens with a quotation and goes on after a colon ("'It sounds like a war zone': Chaos as crowds
   * clash with police") or opens with a short quoted phrase and goes on ("'Two hurt' in Lindby mill fire"); a line
   * that only opens with a quote is more often the story's first quoted sentence.
   */
  private static final Pattern QUOTE_THEN_HEADLINE =
      Pattern.compile("\\s*['\u2018\u201C\"](?:.{1,200}?['\u2019\u201D\"]\\s*:|[^,.;:!?'\u2019\u201D\"]{1,60}"
          + "['\u2019\u201D\"])\\s+\\p{L}");

  /** Consecutive lines that do not read as reporting from which the run is chrome ({@link #markChromeRuns}). */
  static final int CHROME_RUN = 4;
  /** The most lines after its first that a pull quote, or the story's quotation it repeats, may run over. */
  static final int PULL_QUOTE_LINES = 3;
  /** The most lines a quotation may run over and still keep its short lines out of a run of chrome. */
  static final int QUOTATION_SPAN = 20;
  /**
   * Content words the headline chosen by place must share with the story's first paragraphs to stay the headline
   * of a whole page (and a headline-like first line of the story to be taken for it).
   */
  static final int MIN_WORDS_SHARED_WITH_LEAD = 2;
  /** Content words a line above the story must share with its first paragraphs to replace that headline. */
  static final int MIN_WORDS_OF_A_REPLACEMENT = 1;
  /**
   * Lines above the story from which the text is a whole pasted page (menus and widgets above the story),
   * where the headline is looked for by what it says; above a short top the first headline-shaped line is it.
   */
  static final int PAGE_TOP_LINES = 5;
  /** Words a headline-like first line of the story must share with the lead beyond the best line above it. */
  static final int OPENING_HEADLINE_MARGIN = 2;
  /** The first paragraphs of the story that a headline is compared with. */
  static final int LEAD_LINES = 3;
  /** Lines of prose that a comment header must follow to start the comment section. */
  static final int MIN_STORY_BEFORE_COMMENTS = 3;

  private final Page page;
  private final String text;
  /** The page's rights notices ({@link #rightsNotices}), once read. */
  private List<String> rightsNotices;

  PositionPasses(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /** Marks the signature line of an embedded post, and the post's text on the line above it, as embedded. */
  void markEmbedded() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (!l.open() || l.shape.length > 300 || !isPostAttribution(l)) {
        continue;
      }
      l.kind = BlockKind.EMBEDDED;
      if (i > 0 && !l.gapBefore) {
        PageLine body = page.lines.get(i - 1);
        if (body.open() && body.shape.length <= 600) {
          body.kind = BlockKind.EMBEDDED;
        }
      }
    }
  }

  /** {@code — Name (@handle) Month d, yyyy}: the signature line of an embedded post. */
  private boolean isPostAttribution(PageLine l) {
    int handle = page.indexOf('(', '@', l.start, l.end);
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

  /**
   * Links each repeated line to its first occurrence and removes the repeats that are still open. A pull quote
   * set above the story's own quotation is the copy removed instead: when the first copy opens a quotation that
   * ends within {@link #PULL_QUOTE_LINES} lines with no verb of saying, and the repeat opens one that ends with
   * its speaker ("…everything,\" Karl Lind told the Lindby Post."), the first copy goes, with its following
   * lines that begin the repeat's following lines ("The mayor decides everything\""); the story's lines keep
   * their speaker.
   */
  void markDuplicates() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.fixedKind != null || l.shape.words == 0 || l.shape.length > Page.CHROME_MAX_CHARS) {
        continue;
      }
      String key = Page.normalize(text.substring(l.start, l.end));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        l.dupOf = first;
        page.lines.get(first).hasLaterDup = true;
        if (l.open() && page.lines.get(first).open() && isPullQuoteOf(first, i)) {
          removePullQuote(first, i);
        } else if (l.open()) {
          l.reason = RemovalReason.DUPLICATE;
        }
      }
    }
  }

  /** Whether the quotation opened at line {@code first} stands alone and its repeat at {@code later} is attributed. */
  private boolean isPullQuoteOf(int first, int later) {
    if (!page.lines.get(first).shape.startsWithQuote) {
      return false;
    }
    int pullEnd = quotationEnd(first);
    int storyEnd = quotationEnd(later);
    return pullEnd >= 0 && storyEnd >= 0 && pullEnd < later
        && !page.lines.get(pullEnd).shape.anyWordIn(Vocabulary.SPEECH)
        && page.lines.get(storyEnd).shape.anyWordIn(Vocabulary.SPEECH);
  }

  /** Removes the pull quote's first line and those of its next lines that begin the story's next lines. */
  private void removePullQuote(int first, int later) {
    page.lines.get(first).reason = RemovalReason.DUPLICATE;
    int pullEnd = quotationEnd(first);
    for (int k = 1; first + k <= pullEnd && later + k < page.lines.size(); k++) {
      PageLine pull = page.lines.get(first + k);
      PageLine story = page.lines.get(later + k);
      String words = Page.normalize(text.substring(pull.start, pull.end));
      int e = words.length();
      while (e > 0 && (LineShape.isClosing(words.charAt(e - 1)) || ".,".indexOf(words.charAt(e - 1)) >= 0)) {
        e--;
      }
      if (!pull.open() || e == 0 || !Page.normalize(text.substring(story.start, story.end)).startsWith(
          words.substring(0, e))) {
        break;
      }
      pull.reason = RemovalReason.DUPLICATE;
    }
  }

  /**
   * The line that closes the quotation opened at line {@code j}: {@code j} itself when it closes there, else one
   * of the next {@link #PULL_QUOTE_LINES} lines; -1 when none does.
   */
  private int quotationEnd(int j) {
    for (int k = j; k < Math.min(page.lines.size(), j + PULL_QUOTE_LINES + 1); k++) {
      PageLine l = page.lines.get(k);
      for (int c = k == j ? l.start + 1 : l.start; c < l.end; c++) {
        if (quotationMark(l, c) < 0) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The first kept line of prose that is not in title case (a title-case line is a headline). */
  int firstProse() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.kept() && l.kind != BlockKind.EMBEDDED && l.shape.isProse() && l.shape.capitalizedRatio() < 0.6) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The items of a key-points box pasted without bullets: under a label of such a box ({@link
   * Vocabulary#KEY_POINTS_LABELS}: "Key points", "At a glance", a colon after it or not), the kept lines with words
   * that follow it, at most {@link #MAX_KEY_POINTS}, up to the first line removed already (a byline, a stamp) or a
   * line of more than {@link #MAX_KEY_POINT_WORDS} words, are list items as if bulleted ({@link PageLine#keyPoint}):
   * never the headline, however much of the story's lead they repeat, and kept as the story's. A browser's copy of
   * a list often drops its bullets.
   */
  void markKeyPoints() {
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      PageLine label = page.lines.get(i);
      if (label.shape.words == 0 || label.shape.words > 3 || label.shape.terminal && !page.endsWithColon(label)
          || !Vocabulary.KEY_POINTS_LABELS.contains(Page.normalize(text.substring(label.start, label.end))
              .replace(":", "").strip())) {
        continue;
      }
      int items = 0;
      for (int k = i + 1; k < page.lines.size() && items < MAX_KEY_POINTS; k++) {
        PageLine l = page.lines.get(k);
        if (l.shape.words == 0) {
          continue;
        }
        if (!l.open() || l.shape.words > MAX_KEY_POINT_WORDS) {
          break;
        }
        l.keyPoint = true;
        items++;
      }
    }
  }

  /** The most items of a key-points box ({@link #markKeyPoints}). */
  static final int MAX_KEY_POINTS = 6;
  /** The most words of an item of a key-points box. */
  static final int MAX_KEY_POINT_WORDS = 40;

  /** Picks the headline: the caller's, or the first line of headline shape before the first line of prose. */
  void chooseHeadline(int firstProse) {
    for (int i = 0; i < page.lines.size(); i++) {
      if (page.lines.get(i).fixedKind == BlockKind.HEADLINE) {
        page.headline = i;
        return;
      }
    }
    // The article's own title (an HTML page's og:title or <title>), where a line of the page is that title:
    // whatever its shape ("South Dakota doubles down on ‘Meth. We’re on it.’ They just might be.").
    String title = Page.normalize(page.article.title());
    if (!title.isEmpty()) {
      for (int i = 0; i < page.lines.size(); i++) {
        PageLine l = page.lines.get(i);
        if (l.open() && Page.normalize(text.substring(l.start, l.end)).equals(title)) {
          page.headline = i;
          l.kind = BlockKind.HEADLINE;
          return;
        }
      }
    }
    // The first line of headline shape before the story, unless one is repeated further down the page
    // (a headline shown again under the picture), which settles it; glued link texts are menus.
    int post = firstNumberedPost();
    int limit = Math.min(post, firstProse < 0 ? Math.min(page.lines.size(), 5) : firstProse);
    int best = -1;
    int quoted = -1; // the first line of headline shape that opens with a quotation ("'…': Chaos in …")
    for (int i = 0; i < limit; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (best < 0 && quoted < 0 && l.open() && saysOnlyWhenOrWho(l) && isBulletedHeadlineAbove(i)) {
        best = i - 1; // a portal's card: "• <headline>" over its stamp and its story
        break;
      }
      if (!l.open() || s.words < 3 || s.words > 30 || s.length > 300 || page.isBullet(l) || isCallToComment(l)
          || leadsIntoNextLine(l) || saysOnlyWhenOrWho(l) || namesTheSite(l)) {
        continue;
      }
      if (s.startsWithQuote) {
        if (quoted < 0 && QUOTE_THEN_HEADLINE.matcher(text).region(l.start, l.end).lookingAt()) {
          quoted = i;
        }
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
    if (best < 0 && quoted < 0 && firstProse >= 0 && isHeadlineEndingLikeASentence(firstProse)) {
      best = firstProse;
    }
    // On a whole pasted page that line is often a menu entry or a widget's title: when it says nothing of the
    // story, a line above the story that does is the headline.
    int story = mainProseStart();
    // A headline ending in "?", "!" or a quotation reads as prose and may open the main block itself: then the
    // lead is what follows it, and the line is the headline when it says clearly more of the story.
    boolean opensWithHeadline = story >= 0 && readsAsHeadline(page.lines.get(story));
    Set<String> lead = leadStems(opensWithHeadline ? story + 1 : story);
    if (quoted >= 0 && (best < 0 || quoted < best
        && shared(page.lines.get(quoted).shape, lead) >= shared(page.lines.get(best).shape, lead))) {
      best = quoted; // a quotation-led headline above the line chosen by place, saying as much of the story
    }
    // A repeat does not settle it there: menu entries come again in the page's footer (on the development half
    // of the extraction benchmark, letting a repeat settle it found 27 headlines of 78 instead of 53, and
    // letting it settle when it shares one word with the lead, 51).
    boolean saysNothingOfTheStory = best < 0 || shared(page.lines.get(best).shape, lead) < MIN_WORDS_SHARED_WITH_LEAD;
    if (story >= PAGE_TOP_LINES && saysNothingOfTheStory) {
      int byLead = headlineSharingTheLead(Math.min(story, post), lead);
      if (opensWithHeadline && sayingMoreOfTheStory(story, byLead >= 0 ? byLead : best, lead)) {
        byLead = story;
      }
      if (byLead >= 0) {
        best = byLead;
      }
    } else if (best >= 0 && story >= 0
        && (shared(page.lines.get(best).shape, lead) == 0 || isSectionName(page.lines.get(best).shape)
            || isMastheadName(page.lines.get(best).shape)
                && shared(page.lines.get(best).shape, lead) < MIN_WORDS_SHARED_WITH_LEAD)) {
      int below = headlineBelowALabel(best, Math.min(opensWithHeadline ? story + 1 : story, limit), lead);
      if (below >= 0) {
        best = below;
      }
    }
    if (best < 0 && story >= 0) {
      best = promptShapedHeadline(story, lead);
    }
    if (best >= 0) {
      int first = isSecondHalfOfAHeadline(best) && isFirstHalfOfAHeadline(best - 1) ? best - 1 : best;
      page.headline = first;
      page.lines.get(first).kind = BlockKind.HEADLINE;
      if (first + 1 < page.lines.size() && isSecondHalfOfAHeadline(first + 1) && isFirstHalfOfAHeadline(first)) {
        page.headlineSecondHalf = first + 1;
        page.lines.get(first + 1).kind = BlockKind.HEADLINE;
      }
    }
  }

  /**
   * The first line of a live page's numbered posts: a line numbered "1." (kept or not) with a line numbered "2."
   * below it, not right below it; the number of lines when there is none. It and the lines under it are the first
   * post's (its heading, its picture's caption, its stamp, its text), never the page's headline: a page pasted
   * without its own title has none, as a post's heading ("1. Our live coverage draws to a close") names no event.
   * Items numbered on consecutive lines are a list (a "Trending" box above the headline), not posts.
   */
  private int firstNumberedPost() {
    int first = numbered('1', 0);
    int second = first < page.lines.size() ? numbered('2', first + 1) : page.lines.size();
    return second < page.lines.size() && second > first + 1 ? first : page.lines.size();
  }

  /**
   * The site's name over its page ("The Lindby Courier" above the menu), which has a headline's shape but is never
   * the headline: a line of at most {@link #MAX_SITE_NAME_WORDS} words, each capitalised or a particle, with no
   * figure, quotation or sentence's end, that the page's rights notice names again ("© 2024 The Lindby Courier.
   * All rights reserved.").
   */
  private boolean namesTheSite(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > MAX_SITE_NAME_WORDS || s.digits > 0 || s.terminal || s.hasQuote
        || s.rawWords.size() != s.words || !s.capitalisedOrParticles(0, s.words)) {
      return false;
    }
    String name = " " + Page.normalize(text.substring(l.start, l.end)).replace('.', ' ') + " ";
    return rightsNotices().stream().anyMatch(n -> n.contains(name));
  }

  /** The page's rights notices, normalised with spaces for full stops and around them; read once per page. */
  private List<String> rightsNotices() {
    if (rightsNotices == null) {
      FurnitureRules furniture = new FurnitureRules(page);
      rightsNotices = new ArrayList<>();
      for (PageLine l : page.lines) {
        if (l.shape.length <= Page.CHROME_MAX_CHARS && furniture.isCopyright(l)) {
          rightsNotices.add(" " + Page.normalize(text.substring(l.start, l.end)).replace('.', ' ') + " ");
        }
      }
    }
    return rightsNotices;
  }

  /** The most words of a site's name over its page ({@link #namesTheSite}). */
  static final int MAX_SITE_NAME_WORDS = 5;

  /** The first line from {@code from} on numbered {@code digit} ("1. Our live coverage"); the number of lines if none. */
  private int numbered(char digit, int from) {
    for (int i = from; i < page.lines.size(); i++) {
      if (isNumbered(page.lines.get(i), digit)) {
        return i;
      }
    }
    return page.lines.size();
  }

  /**
   * A line that says only when the page was posted, or by whom and when, and so is never the headline though it
   * has a headline's shape: a stamp, each word a figure, a word of a date or time ({@link Vocabulary#DATE_WORDS})
   * or a unit of the page's age ("hr", "days"), with a figure ("Updated: 15 hr ago", "Posted 3 days ago"); or a
   * writer's name and the day ("Eva Strand Mon, Jun 3", "Karl Lind 10:42 am"): a given name ({@link GivenNames})
   * and one or two capitalised words of letters, then only words of a date with a figure and a month, a weekday
   * or a clock time. "Eva Strand at 90" names no day and stays a headline; so does "Lindby votes on June 3".
   */
  private boolean saysOnlyWhenOrWho(PageLine l) {
    LineShape s = l.shape;
    if (s.digits == 0 && isPeopleNamedAlone(l)) {
      return true;
    }
    if (s.digits == 0 || s.hasQuote || s.rawWords.size() != s.words || s.words > 12) {
      return false;
    }
    int from = 0;
    if (GivenNames.standard().isGivenName(s.rawWords.get(0))) {
      int k = 1;
      while (k < s.words && k <= 2 && BylineRules.isCapitalisedName(s.rawWords.get(k))) {
        k++;
      }
      from = k >= 2 ? k : 0;
    }
    boolean figure = false;
    boolean day = false;
    for (int i = from; i < s.words; i++) {
      String w = s.lowerWords.get(i).replace(".", "");
      boolean digit = Page.hasDigit(w);
      if (!digit && !Vocabulary.DATE_WORDS.contains(w) && !STAMP_UNITS.contains(w)
          && !Vocabulary.AGE_UNITS.contains(w)) {
        return false;
      }
      figure |= digit;
      day |= Vocabulary.CALENDAR_WORDS.contains(w) || digit && w.indexOf(':') > 0;
    }
    return figure && (from == 0 || day);
  }

  /**
   * The headline a stamp at line {@code i} stamps, set as a list item as a portal sets each story's card ("•
   * Lindby mayor opens the harbour bridge" over "Updated: 9 hr ago" over the story): the line just above, kept, a
   * bullet of 3 to 20 words that ends on no sentence's end and holds no quotation, the text's first line with words.
   */
  private boolean isBulletedHeadlineAbove(int i) {
    if (i == 0) {
      return false;
    }
    PageLine above = page.lines.get(i - 1);
    LineShape s = above.shape;
    for (int k = 0; k < i - 1; k++) {
      if (page.lines.get(k).shape.words > 0) {
        return false;
      }
    }
    return above.open() && page.isBullet(above) && s.words >= 3 && s.words <= 20 && !s.terminal && !s.hasQuote
        && !s.startsWithQuote;
  }

  /**
   * Two or more people named alone, joined by commas, "and" or "&amp;" ("Eva Strand and Karl Lind"): each two or
   * three capitalised words of letters, one of them at least opening with a given name ({@link GivenNames}), nothing
   * else on the line. The writers of a live page or a picture's alt text, never its headline; a title of single
   * words so joined ("Pride and Prejudice") names no person.
   */
  private boolean isPeopleNamedAlone(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 4 || s.words > 12 || s.terminal || s.hasQuote || s.rawWords.size() != s.words) {
      return false;
    }
    String[] people = text.substring(l.start, l.end).replace(" and ", ",").replace(" & ", ",").split(",", -1);
    if (people.length < 2) {
      return false;
    }
    boolean given = false;
    for (String person : people) {
      String[] words = person.strip().split(" ");
      if (words.length < 2 || words.length > 3 || !BylineRules.allCapitalisedNames(List.of(words))) {
        return false;
      }
      given |= GivenNames.standard().isGivenName(words[0]);
    }
    return given;
  }

  /** Short units of a page's age in a stamp, which the date words leave out: "Updated: 15 hr ago". */
  private static final Set<String> STAMP_UNITS = Set.of("hr", "hrs", "secs", "sec");

  /**
   * The first line of a headline set in two ("New details in the drowning" over "of a ferry worker"): a kept
   * line of {@link #MIN_HALF_WORDS} words or more that opens with a capital and ends on a letter, a figure or a
   * closing mark, not a sentence, a list item, a label leading into the next line or a section's name. With the
   * second half it makes at most {@link #MAX_SPLIT_HEADLINE_WORDS} words.
   */
  private boolean isFirstHalfOfAHeadline(int i) {
    if (i < 0 || i + 1 >= page.lines.size()) {
      return false;
    }
    PageLine l = page.lines.get(i);
    LineShape s = l.shape;
    int e = l.end;
    while (e > l.start && LineShape.isClosing(text.charAt(e - 1))) {
      e--;
    }
    return l.kept() && l.fixedKind == null && l.kind != BlockKind.EMBEDDED && s.words >= MIN_HALF_WORDS
        && !s.terminal && e > l.start && Character.isLetterOrDigit(text.charAt(e - 1))
        && Character.isUpperCase(text.charAt(l.start)) && !page.isBullet(l) && !isSectionName(s)
        && !hasGluedWords(s) && !isCallToComment(l)
        && s.words + page.lines.get(i + 1).shape.words <= MAX_SPLIT_HEADLINE_WORDS;
  }

  /**
   * The second line of a headline set in two: a kept line that goes on from the one above it, opening in lower
   * case with a function word ("of a ferry worker", "after residents fill the hall"), of {@link #MIN_HALF_WORDS}
   * words or more, without a comma and not a sentence. A story's line never opens so on its own paragraph; a
   * date line under the headline ("on March 4, 2024 at 9:12 AM, updated ...") has commas and stays as it was.
   */
  private boolean isSecondHalfOfAHeadline(int i) {
    PageLine l = page.lines.get(i);
    LineShape s = l.shape;
    return l.kept() && l.fixedKind == null && l.kind != BlockKind.EMBEDDED && s.words >= MIN_HALF_WORDS
        && !s.terminal && !s.rawWords.isEmpty() && Character.isLowerCase(text.charAt(l.start))
        && Vocabulary.STOP_WORDS.contains(s.lowerWords.get(0)) && page.indexOf(',', l.start, l.end) < 0
        && !page.isBullet(l) && !leadsIntoNextLine(l);
  }

  /** The fewest words of each line of a headline set in two. */
  static final int MIN_HALF_WORDS = 2;
  /** The most words of a headline set in two, both lines together. */
  static final int MAX_SPLIT_HEADLINE_WORDS = 24;

  /**
   * A headline worded like a site's prompt ("Subscribe to the Lindby Courier", "Sign up for the town's night
   * classes" over a letter or a story about doing just that): the text's first line with words, taken for a
   * widget or a sign-up prompt by the one-line rules, of 3 to 12 words that open with a capital and end without a
   * full stop, standing alone above the story ({@code story}) and sharing {@link #MIN_WORDS_SHARED_WITH_LEAD}
   * content words or more with its first paragraphs ({@code lead}), while no other line is the headline. It is
   * given back to the story as its headline; -1 when the first line is not such a line.
   */
  private int promptShapedHeadline(int story, Set<String> lead) {
    for (int i = 0; i < story; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (s.words == 0) {
        continue;
      }
      boolean prompt = l.reason == RemovalReason.FOOTER && l.fixedKind == null && l.kind == BlockKind.STORY
          && s.words >= 3 && s.words <= 12 && !s.terminal && !l.hasLaterDup && l.dupOf < 0
          && Character.isUpperCase(text.charAt(l.start))
          && (i + 1 >= page.lines.size() || page.lines.get(i + 1).gapBefore);
      if (!prompt || shared(s, lead) < MIN_WORDS_SHARED_WITH_LEAD) {
        return -1;
      }
      l.reason = null;
      return i;
    }
    return -1;
  }

  /**
   * The headline of a whole pasted page, found by what it says rather than where it stands: of the lines of
   * headline shape above the story's main block of prose (menus, teasers and widget titles come first on a
   * page), the one sharing the most content words with the story's first paragraphs, at least {@link
   * #MIN_WORDS_OF_A_REPLACEMENT} (it is asked only when the line chosen by place shares fewer than {@link
   * #MIN_WORDS_SHARED_WITH_LEAD}); the one nearest the story on a tie. -1 when none does, and the headline is
   * then chosen by place.
   */
  private int headlineSharingTheLead(int start, Set<String> lead) {
    if (start <= 0) {
      return -1;
    }
    int best = -1;
    int bestShared = MIN_WORDS_OF_A_REPLACEMENT;
    for (int i = 0; i < start; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (!l.open() || s.words < 3 || s.words > 30 || s.length > 300 || page.isBullet(l) || s.isProse()
          || hasGluedWords(s) || isCallToComment(l) || leadsIntoNextLine(l) || saysOnlyWhenOrWho(l)
          || namesTheSite(l)) {
        continue;
      }
      int shared = shared(s, lead);
      if (shared >= bestShared) {
        bestShared = shared;
        best = i;
      }
    }
    return best;
  }

  /**
   * The headline under a label on a short top: the line chosen by place ({@code label}) shares no content word
   * with the story's first paragraphs (a section's name "REGIONAL NEWS DESK", an archive's "Tag Archives:
   * floods", a widget's "View All Posts", markup), and a line of headline shape after it and above the story
   * ({@code end}, exclusive; the main block's first line when it reads as a headline) shares {@link
   * #MIN_WORDS_SHARED_WITH_LEAD} or more: the first such line, or -1. A line in title case counts although it
   * ends like a sentence ("Fire In Lindby With Three Children At Home!"), as {@link #firstProse} does not take it
   * for prose either.
   */
  private int headlineBelowALabel(int label, int end, Set<String> lead) {
    for (int i = label + 1; i < end; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (!l.open() || s.words < 3 || s.words > 30 || s.length > 300 || page.isBullet(l)
          || s.isProse() && s.capitalizedRatio() < 0.6 || hasGluedWords(s) || isCallToComment(l)
          || leadsIntoNextLine(l) || saysOnlyWhenOrWho(l) || namesTheSite(l)) {
        continue;
      }
      if (shared(s, lead) >= MIN_WORDS_SHARED_WITH_LEAD) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A section's name over the headline ("WORLD NEWS", "Lindby Valley News", "U.S. News"): at most {@link
   * #MAX_SECTION_NAME_WORDS} words ending with "news", each capitalised or a particle, with no figure and no
   * sentence's end. It may share a word with the story (a place's name), yet names a part of the site, not the
   * story; it yields to a headline under it as a label sharing no word does ({@link #headlineBelowALabel}). A
   * headline with a lower-case word or a function word ("Good news for Lindby", "No News Is Good News") is none.
   */
  private static boolean isSectionName(LineShape s) {
    if (s.words < 2 || s.words > MAX_SECTION_NAME_WORDS || s.terminal || s.digits > 0 || s.hasQuote
        || s.rawWords.size() != s.words || !s.lowerWords.get(s.words - 1).equals(SECTION_WORD)) {
      return false;
    }
    if (!s.capitalisedOrParticles(0, s.words)) {
      return false;
    }
    for (int i = 0; i < s.words; i++) {
      String w = s.lowerWords.get(i);
      if (Vocabulary.STOP_WORDS.contains(w) && !Vocabulary.NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A newspaper's name over its page that no rights notice names ({@link #namesTheSite} needs one): at most {@link
   * #MAX_SITE_NAME_WORDS} words, each capitalised or a particle, the last a masthead's noun ({@link
   * Vocabulary#MASTHEAD_NOUNS}: "The Lindby Courier", "Harbour Evening Gazette"), with no figure, quotation or
   * sentence's end. Like a section's name it may share a word with the story (its town's name); sharing one at most,
   * it yields to a headline under it that says more of the story ({@link #headlineBelowALabel}); with none, it stays
   * the headline (a story about the paper itself). A headline so worded says more of its story ("Lindby Mayor Quits
   * Post" over a story of the mayor who quits) and stays.
   */
  private static boolean isMastheadName(LineShape s) {
    return s.words >= 2 && s.words <= MAX_SITE_NAME_WORDS && !s.terminal && s.digits == 0 && !s.hasQuote
        && s.rawWords.size() == s.words && s.capitalisedOrParticles(0, s.words)
        && Vocabulary.MASTHEAD_NOUNS.contains(s.lowerWords.get(s.words - 1));
  }

  /** The most words of a section's name over the headline. */
  static final int MAX_SECTION_NAME_WORDS = 4;
  /** The last word of a section's name: "World News". */
  private static final String SECTION_WORD = "news";

  /**
   * Whether the main block's first line, read as a headline, says more of the story than the line above it that
   * would be the headline otherwise ({@code other}, -1 for none): at least {@link #MIN_WORDS_SHARED_WITH_LEAD}
   * words shared with the lead and {@link #OPENING_HEADLINE_MARGIN} more than that line, which must not stand
   * just above the block (within {@link ProseBlock#GAP} lines, a byline's distance): a story may open with a
   * question under its headline.
   */
  private boolean sayingMoreOfTheStory(int first, int other, Set<String> lead) {
    int own = shared(page.lines.get(first).shape, lead);
    int above = other < 0 ? 0 : shared(page.lines.get(other).shape, lead);
    boolean otherJustAbove = other >= 0 && first - other <= ProseBlock.GAP;
    return own >= MIN_WORDS_SHARED_WITH_LEAD && !otherJustAbove
        && (other < 0 || own >= above + OPENING_HEADLINE_MARGIN);
  }

  /**
   * The text's first line as its headline although it ends like a sentence ("Lindby closes its old river bridge to
   * cars after cracks are found.", "Inflation is up. Here's why."): the first kept line with words, of 3 to 20
   * words, opening with a capital or a figure, standing alone over a paragraph of prose at least twice as long (a
   * blank line between) and sharing {@link #MIN_WORDS_SHARED_WITH_LEAD} content words or more with the first
   * paragraphs under it, which tell its news at length. A lead that opens the text stays story: it names the day of
   * the news ("on Monday", "yesterday", "today"), tells it in the perfect or the past ("has died", "was attacked"),
   * reports speech in the past ("said", "told") or credits a source ("according to"), or opens with a dateline
   * ("LINDBY, Sweden (AP) — ...").
   */
  private boolean isHeadlineEndingLikeASentence(int i) {
    PageLine l = page.lines.get(i);
    LineShape s = l.shape;
    for (int k = 0; k < i; k++) {
      if (page.lines.get(k).kept() && page.lines.get(k).shape.words > 0) {
        return false;
      }
    }
    char first = text.charAt(l.start);
    int e = l.end;
    while (e > l.start && LineShape.isClosing(text.charAt(e - 1))) {
      e--;
    }
    boolean endsASentence = e > l.start && ".!?\u2026".indexOf(text.charAt(e - 1)) >= 0;  // not ":" or ";"
    if (!l.open() || !endsASentence || s.words < 3 || s.words > 20 || page.isBullet(l) || s.startsWithQuote
        || !(Character.isUpperCase(first) || Character.isDigit(first)) || s.anyWordIn(LEAD_WORDS)
        || opensWithDateline(l)) {
      return false;
    }
    for (int k = 1; k < s.lowerWords.size(); k++) {
      if (LEAD_AUXILIARIES.contains(s.lowerWords.get(k))) {
        return false;
      }
    }
    PageLine next = null;
    for (int k = i + 1; k < page.lines.size() && next == null; k++) {
      if (page.lines.get(k).kept() && page.lines.get(k).shape.words > 0) {
        next = page.lines.get(k);
      }
    }
    return next != null && next.gapBefore && next.shape.isProse() && next.shape.words >= 2 * s.words
        && shared(s, page.leadWords(i + 1)) >= MIN_WORDS_SHARED_WITH_LEAD;
  }

  /**
   * Words of a lead, not of a headline: the day of the news, speech reported in the past, a source credited.
   * Headlines say "says" and leave the day out.
   */
  static final Set<String> LEAD_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
      "said", "told", "according");

  /**
   * Auxiliaries of the perfect and the past, which a lead uses ("has died", "was attacked") and a headline drops
   * ("dies", "attacked"); a question may open with one ("Has the relief money gone unspent?").
   */
  private static final Set<String> LEAD_AUXILIARIES = Set.of("has", "have", "had", "was", "were", "been");

  /**
   * A dash after at most five words that opens the line, the mark of a dateline: "LINDBY, Sweden (LP) — ...",
   * "Lindby, March 4 (Lindwire) - ...", "LINDBY--The council ...".
   */
  private boolean opensWithDateline(PageLine l) {
    int limit = Math.min(l.end, l.start + 80);
    for (int k = l.start + 1; k < limit; k++) {
      char c = text.charAt(k);
      boolean dash = c == '\u2014' || c == '\u2013' || c == '-' && (text.charAt(k - 1) == '-'
          || Blanks.isBlank(text.charAt(k - 1)) && k + 1 < l.end && Blanks.isBlank(text.charAt(k + 1)));
      if (dash) {
        return LineShape.of(text, l.start, k).words <= 5;
      }
    }
    return false;
  }

  /**
   * A line that may be a headline although it reads as prose: 3 to 20 words, opening with a capital, not a list
   * item, and not ending (before closing quotation marks and brackets) in a full stop, comma, colon or semicolon.
   */
  private boolean readsAsHeadline(PageLine l) {
    LineShape s = l.shape;
    int e = l.end;
    while (e > l.start && LineShape.isClosing(text.charAt(e - 1))) {
      e--;
    }
    char last = e > l.start ? text.charAt(e - 1) : '.';
    return l.open() && s.words >= 3 && s.words <= 20 && !page.isBullet(l) && ".,:;".indexOf(last) < 0
        && Character.isUpperCase(text.charAt(l.start));
  }

  /** The content words of the first {@link #LEAD_LINES} lines of prose from line {@code start} on (none when -1). */
  private Set<String> leadStems(int start) {
    return start < 0 ? new HashSet<>() : page.leadWords(start);
  }

  private static int shared(LineShape s, Set<String> lead) {
    return ContentWords.shared(ContentWords.of(s), lead);
  }

  /** The first line of the page's main block of prose ({@link ProseBlock#main}); -1 without prose. */
  private int mainProseStart() {
    return ProseBlock.main(ProseBlock.of(page)).map(ProseBlock::first).orElse(-1);
  }

  /**
   * Words glued from link texts ("HomeNewsSport Weather Travel", "NewsSport TravelWeather"): a lower-case run of three
   * or more letters followed by a capital inside a capitalised word, twice in the line, and no word of three letters
   * or more in lower case, as link texts have none. A headline may name camel-case brands ("NewsHub sues
   * DataLeaks", "PharmaCorp recalls inhalers") or one in title case ("Regulator Disputes NewsHub Report").
   */
  private static boolean hasGluedWords(LineShape s) {
    int joins = 0;
    for (String w : s.rawWords) {
      if (w.length() >= 3 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
      int lowerRun = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) {
          lowerRun++;
        } else if (Character.isUpperCase(c) && lowerRun >= 3 && Character.isUpperCase(w.charAt(0))) {
          joins++;
          lowerRun = 0;
        } else {
          lowerRun = 0;
        }
      }
    }
    return joins >= 2;
  }

  /**
   * Between the top of the page and the first paragraph: breadcrumbs before the headline, widgets after it. A
   * match's result under the headline ({@link LineShape#holdsAScore}: "Lindby 3-1 Strand") is the story's. Under
   * the headline, a widget is a short unfinished line, a reading widget's control ({@link #isPageControl}: "Text
   * size Aa Aa", "Now Reading :" over the headline's repeat); a news agency's name alone there ({@link
   * #isAgencyAlone}: "Lindwire Press") is the byline, as is the site's own name there ({@link #namesTheSite}: "The
   * Lindby Courier" under a live page's headline).
   */
  void markBeforeStory(int firstProse) {
    int limit = firstProse < 0 ? page.lines.size() : firstProse;
    for (int i = 0; i < limit; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (!l.open() || page.isBullet(l) || s.startsWithQuote || isSalutation(l)) {
        continue;
      }
      boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0;
      if (page.headline >= 0 && i < page.headline && !sentence) {
        l.reason = RemovalReason.NAVIGATION;
      } else if (page.headline >= 0 && i > page.headline && !s.terminal && s.words <= 3
          && (s.stopWords == 0 || s.words <= 2) && !s.holdsAScore()) {
        l.reason = isAgencyAlone(l) ? RemovalReason.BYLINE : RemovalReason.NAVIGATION;
      } else if (page.headline >= 0 && i > page.headline && isPageControl(i, limit)) {
        l.reason = RemovalReason.NAVIGATION;
      } else if (page.headline >= 0 && i > page.headline && namesTheSite(l)) {
        l.reason = RemovalReason.BYLINE;
      }
    }
  }

  /**
   * A control of the page's reading widget under the headline, no part of the story: a short line with no
   * function word that sets a control twice ("Text size Aa Aa", "Font size Aa Aa Aa"), or a label of three words
   * or fewer ending on a colon over the headline's repeat or a widget removed already ("Now Reading :" over the
   * headline's repeat). A label over a line that stays ("Vienna talks:" over the story's first paragraph), or
   * over a date ("For immediate release:" over a press release's date), is left alone.
   */
  private boolean isPageControl(int i, int firstProse) {
    PageLine l = page.lines.get(i);
    LineShape s = l.shape;
    if (s.words == 0 || s.digits > 0 || s.hasQuote || s.holdsAScore()) {
      return false;
    }
    if (s.words <= 3 && page.endsWithColon(l)) {
      RemovalReason below = i + 1 < firstProse ? page.lines.get(i + 1).reason : null;
      return below == RemovalReason.DUPLICATE || below == RemovalReason.NAVIGATION;
    }
    return !s.terminal && s.stopWords == 0 && s.words <= MAX_CONTROL_WORDS
        && new HashSet<>(s.lowerWords).size() < s.words;
  }

  /** The most words of a reading widget's line of controls ("Text size Aa Aa"). */
  private static final int MAX_CONTROL_WORDS = 5;

  /**
   * A news agency's name alone on its line under the headline, set as the byline: two or three capitalised words,
   * letters only, no function word, the last a word news organisations name themselves with ({@link
   * Vocabulary#NEWS_ORGANISATION}: "Lindwire Press", "Ostvik News Service"), and no section's name ({@link
   * Vocabulary#SECTIONS}: "World News"). Other short lines there ("Site Mobile Navigation") are navigation.
   */
  private static boolean isAgencyAlone(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 3 || s.stopWords > 0 || s.digits > 0 || s.rawWords.size() != s.words
        || Vocabulary.SECTIONS.contains(String.join(" ", s.lowerWords))
        || !Vocabulary.NEWS_ORGANISATION.contains(s.lowerWords.get(s.words - 1))) {
      return false;
    }
    return s.allCapitalised() && s.rawWords.stream().allMatch(w -> w.chars().allMatch(Character::isLetter));
  }

  /**
   * A letter's salutation ("Dear editor,", "Dear Ms Strand:", "To the editor:"): of five words or fewer, opening
   * with "Dear" or "To the editor" and ending with a comma or a colon. It opens the letter and is never a label.
   */
  private boolean isSalutation(PageLine l) {
    LineShape s = l.shape;
    String t = text.substring(l.start, l.end).strip();
    if (s.words == 0 || s.words > 5 || !(t.endsWith(",") || t.endsWith(":"))) {
      return false;
    }
    return s.lowerWords.get(0).equals("dear")
        || s.words >= 3 && s.lowerWords.get(0).equals("to") && s.lowerWords.get(1).equals("the")
        && s.lowerWords.get(2).equals("editor");
  }

  /**
   * The headlines listed under a bare label of other stories ("Previously on Lindby Daily:", "Related stories",
   * "More like this"), one to a line in the label's own paragraph: the lines after the label, with no blank line
   * before them, that have no sentence end, no quotation and {@link #MAX_LISTED_HEADLINE_WORDS} words at most are
   * teasers too, up to the first line that is not, when there are {@link #MIN_LISTED_HEADLINES} or more. A
   * paragraph of the story after the label stands after a blank line, or ends like a sentence, and stays; a
   * "Live" or "Watch" stamp over the story's headline lists nothing, and neither does a link to one story with its
   * headline ({@link #linksOneStory}: "Read more: Ferry fares rise"). Cards of other stories are listed the same way
   * when each headline of four words or more has one summary line under it ({@link #isCardSummary}), two cards or
   * more. Runs after the line rules, before the headline is chosen.
   */
  void markListsUnderTeaserLabels() {
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      if (!isBareListLabel(page.lines.get(i))) {
        continue;
      }
      int k = i + 1;
      while (k < page.lines.size() && (isListedHeadline(page.lines.get(k)) || k == i + 1 && opensNumberedList(k))) {
        k++;
      }
      int headlines = k - i - 1;
      int cards = cardsUnder(i);
      if (cards >= MIN_LISTED_HEADLINES && i + 1 + 2 * cards > k) {
        k = i + 1 + 2 * cards;
        headlines = cards;
      }
      if (headlines >= MIN_LISTED_HEADLINES) {
        for (int j = i + 1; j < k; j++) {
          page.lines.get(j).reason = RemovalReason.TEASER;
        }
        i = k - 1;
      }
    }
  }

  /**
   * A box of other stories inside the page as dated cards: a card's tag and date on a line of their own (one to
   * {@link #MAX_CARD_TAG_WORDS} words, then a month and a day, no year, no other figure and no sentence's end:
   * "Harbour strike Jun 5") over the card's headline (an unfinished line of 3 to {@link #MAX_LISTED_HEADLINE_WORDS}
   * words without quotation), {@link #MIN_LISTED_HEADLINES} or more such cards in a row. They go as teasers, and so
   * does the box's label right above the first card when it names other stories (an unfinished line of at most
   * {@link #MAX_CARD_LABEL_WORDS} words with a list label's word: "Top news stories in the region and around the
   * world"). A card's line removed already by another rule (a long headline without function words) still makes
   * a card. One dated line over a headline, a timeline's "June 5" over a sentence and a tag with a year stay.
   */
  void markDatedTeaserCards() {
    for (int i = 0; i + 1 < page.lines.size(); i++) {
      int k = i;
      while (k + 1 < page.lines.size() && isCardTag(page.lines.get(k)) && isCardHeadline(page.lines.get(k + 1))) {
        k += 2;
      }
      if ((k - i) / 2 < MIN_LISTED_HEADLINES) {
        continue;
      }
      for (int j = i; j < k; j++) {
        if (page.lines.get(j).open()) {
          page.lines.get(j).reason = RemovalReason.TEASER;
        }
      }
      PageLine label = i > 0 ? page.lines.get(i - 1) : null;
      if (label != null && label.open() && !label.shape.terminal && !label.shape.hasQuote
          && label.shape.words <= MAX_CARD_LABEL_WORDS && label.shape.anyWordIn(LIST_LABEL_WORDS)) {
        label.reason = RemovalReason.TEASER;
      }
      i = k - 1;
    }
  }

  /** A dated card's tag, maybe removed already: "Harbour strike Jun 5" (see {@link #markDatedTeaserCards}). */
  private static boolean isCardTag(PageLine l) {
    LineShape s = l.shape;
    int n = s.rawWords.size();
    if (!l.open() && l.kept() || s.terminal || s.hasQuote || n < 3 || n - 2 > MAX_CARD_TAG_WORDS || s.words != n) {
      return false;
    }
    String day = s.rawWords.get(n - 1);
    if (!day.chars().allMatch(Character::isDigit) || day.length() > 2 || Integer.parseInt(day) == 0
        || Integer.parseInt(day) > 31 || !Vocabulary.MONTHS.contains(s.lowerWords.get(n - 2))) {
      return false;
    }
    return s.rawWords.subList(0, n - 2).stream().noneMatch(Page::hasDigit);
  }

  /** A dated card's headline: an unfinished line of headline length without quotation, maybe removed already. */
  private static boolean isCardHeadline(PageLine l) {
    LineShape s = l.shape;
    return (l.open() || !l.kept()) && !s.terminal && !s.hasQuote && s.words >= 3
        && s.words <= MAX_LISTED_HEADLINE_WORDS;
  }

  /** The most words of a dated card's tag before its month and day. */
  static final int MAX_CARD_TAG_WORDS = 3;
  /** The most words of the label over a box of dated cards. */
  static final int MAX_CARD_LABEL_WORDS = 15;

  /**
   * Whether a teaser line holds the headline of the one story it links, so is no bare label over a list: words after
   * a colon inside the line ("Read more: Ferry fares rise"), or a headline cut with an ellipsis ("Ferry fares rise…
   * Read more"). A label ends with its colon, if it has one ("Previously on Lindby Daily:").
   */
  private boolean linksOneStory(PageLine l) {
    String line = text.substring(l.start, l.end);
    return line.indexOf(':') >= 0 && line.indexOf(':') < line.length() - 1 || line.contains("\u2026")
        || line.contains("...");
  }

  /**
   * How many teaser cards stand right under the label at line {@code label}: each a headline of {@link
   * #MIN_CARD_HEADLINE_WORDS} words or more ({@link #isListedHeadline}) over one summary ({@link #isCardSummary}),
   * the last summary ending the paragraph (a blank line, a removed line or the page's end after it); 0 when they do
   * not. A list of headlines that a paragraph of the story follows with no blank line is no list of cards.
   */
  private int cardsUnder(int label) {
    int k = label + 1;
    int cards = 0;
    while (k + 1 < page.lines.size() && isListedHeadline(page.lines.get(k))
        && page.lines.get(k).shape.words >= MIN_CARD_HEADLINE_WORDS && isCardSummary(page.lines.get(k + 1))) {
      cards++;
      k += 2;
    }
    boolean paragraphEnds = k == page.lines.size() || page.lines.get(k).gapBefore || !page.lines.get(k).open();
    return paragraphEnds ? cards : 0;
  }

  /**
   * The summary of a teaser card under its headline, in a list under a label of other stories: one finished line of
   * at most {@link #MAX_CARD_SUMMARY_WORDS} words in the list's paragraph, without quotation ("The bakery on Harbour
   * Street beat 200 others to the title.").
   */
  private static boolean isCardSummary(PageLine l) {
    LineShape s = l.shape;
    return !l.gapBefore && l.open() && s.terminal && !s.hasQuote && s.words >= 4 && s.words <= MAX_CARD_SUMMARY_WORDS;
  }

  /** The fewest words of a card's headline when summaries stand under the headlines of a list. */
  private static final int MIN_CARD_HEADLINE_WORDS = 4;
  /** The most words of a card's summary under its headline. */
  private static final int MAX_CARD_SUMMARY_WORDS = 30;

  /**
   * Whether line {@code k} opens a numbered list of headlines a blank line under its label ("Trending" over "1.
   * Lindby council closes two libraries" and "2. Storm cuts power to the coast" on the next line): numbered "1."
   * with a line numbered "2." right under it, and otherwise a listed headline's shape.
   */
  private boolean opensNumberedList(int k) {
    PageLine l = page.lines.get(k);
    LineShape s = l.shape;
    return k + 1 < page.lines.size() && isNumbered(l, '1') && isNumbered(page.lines.get(k + 1), '2')
        && !page.lines.get(k + 1).gapBefore && l.open() && !s.terminal && !s.hasQuote && s.words >= 2
        && s.words <= MAX_LISTED_HEADLINE_WORDS;
  }

  private static boolean isListedHeadline(PageLine l) {
    LineShape s = l.shape;
    return !l.gapBefore && l.open() && !s.terminal && !s.hasQuote && s.words >= 2 && s.words <= MAX_LISTED_HEADLINE_WORDS;
  }

  /** Words of a label that lists other stories; "Live" or "Watch" over a headline list nothing. */
  private static final Set<String> LIST_LABEL_WORDS = Set.of(
      "related", "previously", "more", "also", "like", "stories", "posts", "headlines", "links", "trending",
      "popular", "latest", "recommended", "read");
  /** The fewest headlines under a label that make a list (a label over one line may be over the story's headline). */
  static final int MIN_LISTED_HEADLINES = 2;

  /** The most words of a headline listed under a label of other stories. */
  static final int MAX_LISTED_HEADLINE_WORDS = 20;

  /** Words, at most, of a prompt to the reader that a page's template sets more than once inside the story. */
  static final int MAX_REPEATED_PROMPT_WORDS = 30;

  /**
   * Imperatives that open a prompt to the reader set into the story by the page's template ("Find out what's new
   * in Lindby with free alerts from ..."), beside those of {@link Vocabulary#PROMPT_VERBS} and {@link
   * Vocabulary#CALL_TO_ACTION}.
   */
  private static final Set<String> READER_PROMPT_VERBS = Set.of("find", "discover", "learn", "check", "explore");
  private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours");

  /**
   * A prompt to the reader that the page's template sets more than once between the story's paragraphs (a
   * sign-up line after every few paragraphs): every copy goes, the first as furniture (the later ones are
   * duplicates already). A line is such a prompt when a kept paragraph of prose stands between its first copy
   * and the next, it has no quotation and no verb of saying, and it speaks to the reader: an imperative opening
   * ("Find out ...", "Sign up ...", "Get ...") or a word of address ("you", "your"). A sentence of the story said
   * twice without speaking to the reader keeps its first copy, as does a line repeated only next to itself.
   */
  void markRepeatedPrompts() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (!l.hasLaterDup || !l.open() || s.hasQuote || s.startsWithQuote || s.words < 4
          || s.words > MAX_REPEATED_PROMPT_WORDS || s.anyWordIn(Vocabulary.SPEECH)) {
        continue;
      }
      String first = s.lowerWords.get(0);
      boolean prompt = READER_PROMPT_VERBS.contains(first) || Vocabulary.PROMPT_VERBS.contains(first)
          || Vocabulary.CALL_TO_ACTION.contains(first) || s.anyWordIn(SECOND_PERSON);
      if (prompt && proseBeforeNextCopy(i)) {
        l.reason = RemovalReason.FOOTER;
      }
    }
  }

  /** Whether a kept paragraph of prose stands between line {@code i} and the next copy of it. */
  private boolean proseBeforeNextCopy(int i) {
    boolean prose = false;
    for (int k = i + 1; k < page.lines.size(); k++) {
      PageLine l = page.lines.get(k);
      if (l.dupOf == i) {
        return prose;
      }
      prose |= l.kept() && l.shape.isProse() && l.shape.terminal;
    }
    return false;
  }

  /** Words of a commenter's name, at most, between a reader comment's number and its dash. */
  static final int MAX_COMMENTER_WORDS = 3;
  /** Words that speak for the writer or to the reader, as a reader's comment does and a list of the story rarely does. */
  private static final Set<String> FIRST_OR_SECOND_PERSON =
      Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "you", "your", "i’m", "i’ve", "i’d", "i’ll");

  /**
   * Numbered reader comments below the story ("1. Jane D. – I think this is outrageous ..."): after the story's
   * last kept paragraph and at least one removed line under it (a teaser list, a comment form), a kept line that
   * opens with a number and a full stop, one to {@link #MAX_COMMENTER_WORDS} words of a name, a spaced dash, and
   * words that speak in the first or second person goes as furniture, with every such line after it. A numbered
   * list inside the story (no removed line between it and the paragraph above) stays, as does a numbered line
   * that speaks of others only ("2. Lindby Harbour – rebuilt in 1902.").
   */
  void markNumberedComments() {
    boolean storyAbove = false;
    boolean removedSince = false;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.shape.words == 0) {
        continue;
      }
      if (!l.kept()) {
        removedSince |= storyAbove;
        continue;
      }
      if (storyAbove && removedSince && l.open() && isNumberedComment(l)) {
        for (int k = i; k < page.lines.size(); k++) {
          PageLine c = page.lines.get(k);
          if (c.open() && c.shape.words > 0 && !isNumberedComment(c)) {
            return;  // the story goes on below: no comments after all
          }
        }
        for (int k = i; k < page.lines.size(); k++) {
          if (page.lines.get(k).open() && page.lines.get(k).shape.words > 0) {
            page.lines.get(k).reason = RemovalReason.FOOTER;
          }
        }
        return;
      }
      storyAbove |= l.shape.isProse();
      removedSince = false;
    }
  }

  /** "N. Name – text in the first or second person": a numbered reader comment's shape. */
  private boolean isNumberedComment(PageLine l) {
    int i = l.start;
    while (i < l.end && Blanks.isBlank(text.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i < l.end && Character.isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0 || digits > 3 || i + 1 >= l.end || text.charAt(i) != '.' || !Blanks.isBlank(text.charAt(i + 1))) {
      return false;
    }
    int nameWords = 0;
    int k = i + 1;
    while (k < l.end) {
      while (k < l.end && Blanks.isBlank(text.charAt(k))) {
        k++;
      }
      if (k >= l.end) {
        return false;
      }
      char c = text.charAt(k);
      if ((c == '–' || c == '—' || c == '-') && k + 1 < l.end && Blanks.isBlank(text.charAt(k + 1))) {
        break;
      }
      if (++nameWords > MAX_COMMENTER_WORDS) {
        return false;
      }
      while (k < l.end && !Blanks.isBlank(text.charAt(k))) {
        k++;
      }
    }
    if (nameWords == 0 || k >= l.end) {
      return false;
    }
    LineShape rest = LineShape.of(text, k + 1, l.end);
    return !rest.lowerWords.isEmpty() && rest.anyWordIn(FIRST_OR_SECOND_PERSON);
  }

  /** Short unfinished lines that occur more than once: menus and labels, not reporting. */
  void markRepeatedShortLines() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.hasLaterDup && l.open() && !l.shape.terminal && l.shape.words <= 6) {
        l.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** Words of a related story's headline set alone between two paragraphs, at least and at most. */
  static final int MIN_LONE_HEADLINE_WORDS = 6;
  static final int MAX_LONE_HEADLINE_WORDS = 16;
  /** Words of a paragraph, at least, on both sides of a lone related headline. */
  static final int MIN_PARAGRAPH_WORDS_AROUND = 15;

  /**
   * A related story's headline set alone inside the story, as portals insert one between two paragraphs ("Man
   * hurt in Lindby mill shooting" between two paragraphs about cars broken into): a kept line of {@link
   * #MIN_LONE_HEADLINE_WORDS} to {@link #MAX_LONE_HEADLINE_WORDS} words, capitalised, ending on a letter or a
   * figure, with no quote, no comma, semicolon or dash and three content words or more, between two kept
   * paragraphs of prose ({@link #MIN_PARAGRAPH_WORDS_AROUND} words or more, each ending a sentence), sharing no
   * content word with either. A subheading or a live post's headline says what the paragraph under it says, and
   * stays.
   */
  void markLoneRelatedHeadlines() {
    List<PageLine> kept = new ArrayList<>();
    for (PageLine l : page.lines) {
      if (l.reason == null && l.shape.words > 0) {
        kept.add(l);
      }
    }
    for (int k = 1; k + 1 < kept.size(); k++) {
      PageLine l = kept.get(k);
      LineShape s = l.shape;
      if (l.kind == BlockKind.HEADLINE || l.fixedKind != null || s.terminal || s.hasQuote || s.startsWithQuote
          || s.words < MIN_LONE_HEADLINE_WORDS || s.words > MAX_LONE_HEADLINE_WORDS
          || !Character.isUpperCase(s.rawWords.get(0).charAt(0))) {
        continue;
      }
      if (hasClausePunctuation(l)) {
        continue;  // "In the afternoon sun, only rubble remained": a sentence's clauses, not a headline
      }
      PageLine above = kept.get(k - 1);
      PageLine below = kept.get(k + 1);
      if (!isParagraphAround(above) || !isParagraphAround(below)) {
        continue;
      }
      Set<String> words = ContentWords.of(s);
      if (words.size() >= 3 && ContentWords.shared(words, ContentWords.of(above.shape)) == 0
          && ContentWords.shared(words, ContentWords.of(below.shape)) == 0) {
        l.reason = RemovalReason.TEASER;
      }
    }
  }

  /**
   * A headline of another story right under a bare label of other stories ({@link #isBareListLabel}) inside the
   * story, as pages set one link between two paragraphs ("Related" or "You may also like" over "Lindby council
   * approves harbour plan"): below the story's headline, the next line with words under the label, when kept, of a
   * listed headline's shape (no sentence's end nor quotation, 2 to {@link #MAX_LISTED_HEADLINE_WORDS} words, a blank
   * line above it or not) and alone (the next line with words is no kept line of that shape), goes as a teaser. Two
   * headlines or more under a label are a list ({@link #markListsUnderTeaserLabels}), or, a blank line under the
   * label, maybe the story's own list (dates of a tour), which stays; after the story's last sentence, {@link
   * #markFurnitureFrom} names them. A paragraph under the label ends like a sentence and stays.
   */
  void markHeadlinesUnderTeaserLabels() {
    for (int i = page.headline + 1; page.headline >= 0 && i + 1 < page.lines.size(); i++) {
      if (!isBareListLabel(page.lines.get(i))) {
        continue;
      }
      int k = nextWithWords(i + 1);
      int after = nextWithWords(k + 1);
      if (k < page.lines.size() && k != page.headline && page.lines.get(k).open()
          && isHeadlineInAList(page.lines.get(k))
          && (after == page.lines.size() || !page.lines.get(after).kept()
              || !isHeadlineInAList(page.lines.get(after)))) {
        page.lines.get(k).reason = RemovalReason.TEASER;
      }
    }
  }

  /** The first line from line {@code from} on that has words; the number of lines when there is none. */
  private int nextWithWords(int from) {
    int k = from;
    while (k < page.lines.size() && page.lines.get(k).shape.words == 0) {
      k++;
    }
    return k;
  }

  /** A comma, a semicolon or a dash anywhere in the line, or a line that does not end on a letter or a figure. */
  private boolean hasClausePunctuation(PageLine l) {
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < l.end && text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return !Character.isLetterOrDigit(text.charAt(l.end - 1));
  }

  private static boolean isParagraphAround(PageLine l) {
    return l.kind != BlockKind.HEADLINE && l.shape.terminal && l.shape.words >= MIN_PARAGRAPH_WORDS_AROUND;
  }

  /**
   * Reader comments: from a comment header ("12 Responses to ...", "Leave a Reply", "3 comments") that
   * follows the story's prose, everything is furniture, however much it looks like prose. The header must
   * follow {@link #MIN_STORY_BEFORE_COMMENTS} lines of prose: a comment count under the headline ("New, 15
   * comments"), with only a cookie notice above it, does not start the comments. A header that counts the
   * comments ("[ 167 comments ]") starts them wherever it stands (a long footer of guides and teasers puts a
   * story's comments in the page's first half); a bare one ("Discussion", "No comment", which may also be a
   * subheading of the story) only in the page's second half. A headline right under a label of other stories
   * there goes as a teaser ({@link #markFurnitureFrom}).
   */
  void markCommentSection() {
    int proseSeen = 0;
    int header = -1;
    for (int i = 0; i < page.lines.size() && header < 0; i++) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (l.kept() && s.isProse()) {
        proseSeen++;
      } else if (proseSeen >= MIN_STORY_BEFORE_COMMENTS && isCommentHeader(l)
          && (isCommentCount(l) || i > page.lines.size() / 2)) {
        header = i;
      }
    }
    if (header < 0) {
      header = countedCommentsUnderAShortPost();
    }
    if (header < 0) {
      return;
    }
    markFurnitureFrom(header, PageLine::open);
  }

  /**
   * The comments under a short post ("1 comment:", "Comments 1", "2 Responses" below one to three paragraphs): the
   * first comment header that counts the comments and follows a kept paragraph of prose, when the prose below it
   * runs to no more words than the prose above it (readers' replies to a short post are short too). A count in the
   * middle of a story (a share bar's "12 comments" under its first paragraph) has more of the story below it and
   * starts nothing. -1 when there is no such header.
   */
  private int countedCommentsUnderAShortPost() {
    int proseAbove = 0;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.kept() && l.shape.isProse()) {
        proseAbove += l.shape.words;
      } else if (proseAbove > 0 && l.shape.digits > 0 && isCommentHeader(l) && proseWordsAfter(i) <= proseAbove) {
        return i;
      }
    }
    return -1;
  }

  private int proseWordsAfter(int line) {
    int words = 0;
    for (int i = line + 1; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.kept() && l.shape.isProse()) {
        words += l.shape.words;
      }
    }
    return words;
  }

  private boolean isCommentHeader(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal && !page.endsWithColon(l) || s.words == 0 || s.words > 15 || s.lowerWords.isEmpty()) {
      return false;
    }
    boolean commentWord = false;
    for (String w : s.lowerWords) {
      commentWord |= w.equals("comments") || w.equals("comment") || w.equals("responses") || w.equals("replies")
          || w.equals("reply") || w.equals("discussion");
    }
    return commentWord && (isCommentCount(l) || s.words <= 3);
  }

  /**
   * A line that ends on a colon or a dash and so leads into the next one, never a headline: a source introducing
   * what it reports ("The Lindby Post reports:"), a dateline set on its own line ("LINDBY, Sweden (AP) —"). A
   * headline may hold a colon ("Lindby: the bridge reopens") but does not end on one.
   */
  private boolean leadsIntoNextLine(PageLine l) {
    int e = l.end;
    while (e > l.start && LineShape.isClosing(text.charAt(e - 1))) {
      e--;
    }
    if (e == l.start) {
      return false;
    }
    char last = text.charAt(e - 1);
    boolean spacedHyphen = last == '-' && e - 1 > l.start
        && (Blanks.isBlank(text.charAt(e - 2)) || text.charAt(e - 2) == '-');
    return last == ':' || last == '\u2014' || last == '\u2013' || spacedHyphen;
  }

  /**
   * The comment form's header, never a headline: a comment header that counts the comments ("No comments:", "12
   * Responses to ...") or asks for one ("Post a Comment", "Leave a Reply"). On a blog whose post has no full stop
   * at its end, the form's notice under it ("Note: Only a member of this blog may post a comment.") is the only
   * prose on the page, and its header, sharing the notice's words, was taken for the headline, which cut the post
   * above it as a menu.
   */
  private boolean isCallToComment(PageLine l) {
    return isCommentHeader(l) && (isCommentCount(l) || COMMENT_CALLS.contains(l.shape.lowerWords.get(0)));
  }

  /** The words that open a call to comment ("Post a Comment", "Leave a Reply") or say there is none yet ("No comments"). */
  private static final Set<String> COMMENT_CALLS = Set.of("post", "leave", "add", "write", "submit", "join", "no");

  /** A header that opens with a count: "[ 167 comments ]", "12 Responses to ...". */
  private static boolean isCommentCount(PageLine l) {
    return l.shape.digits > 0 && !l.shape.lowerWords.isEmpty() && Page.hasDigit(l.shape.lowerWords.get(0));
  }

  /**
   * After the last line of the story: every unfinished line is site furniture. Needs a story above. A sentence,
   * a quotation, a list item with a function word, long prose that lost its full stop, or a short sentence that
   * narrates ({@link #isShortStorySentence}) is the story's last line. Below the site's rights notice ({@link
   * #rightsNoticeAfterStory}), long prose without its full stop is a list of other stories' headlines ("Council
   * votes to close two of the four libraries in Lindby by June"), not the story's last line: only a finished
   * sentence or quotation there ends the story. So it is below a bare label of other stories after the story's last
   * finished sentence ({@link #listLabelAfterStory}: "Related Articles" over cards of a headline, a date and an
   * unfinished summary). A draw of {@link #MIN_FIXTURES_LISTED} fixtures or more in a row ({@link #isFixture}) is the
   * story's list and ends it, as a list of results would. So is such a list that ends the page with no notice above it,
   * when its headlines say nothing of the story ({@link TeaserCardPass#headlineListAtTheEnd}). The headlines right
   * under a bare label of other stories there ({@link #isBareListLabel}) go as teasers, not as footer, even one alone
   * ("You may also like" over "Lindby bakery wins national prize"; {@link #markFurnitureFrom}), and so does a
   * question right under such a label ({@link #isQuestionUnderAListLabel}), which does not end the story.
   */
  void markAfterStory() {
    int rights = rightsNoticeAfterStory();
    int label = listLabelAfterStory();
    int headlines = new TeaserCardPass(page).headlineListAtTheEnd();
    int end = page.lines.size();
    for (int i = page.lines.size() - 1; i >= 0; i--) {
      PageLine l = page.lines.get(i);
      if (!l.kept() || headlines >= 0 && i >= headlines || isQuestionUnderAListLabel(i)) {
        continue;
      }
      LineShape s = l.shape;
      boolean quoted = (s.startsWithQuote || s.hasQuote) && s.words >= 4;
      boolean sentence = s.terminal && s.words >= 3 && s.stopWords > 0 && (s.words >= 5 || !page.endsWithColon(l));
      boolean listItem = page.isBullet(l) && s.words >= 4 && s.stopWords > 0;
      // jusText's "good" paragraph that lost its full stop: long, and dense in function words.
      boolean unpunctuatedProse = s.words >= 10 && s.stopRatio() >= 0.25 && (rights < 0 || i < rights)
          && (label < 0 || i < label);
      if (!l.open() || i == page.headline || quoted || sentence || listItem || unpunctuatedProse
          || isShortStorySentence(i) || endsAListOfFixtures(i)) {
        end = i;
        break;
      }
    }
    if (end == page.lines.size()) {
      return;  // nothing but unfinished lines: no story to end, so no furniture after it
    }
    markFurnitureFrom(end + 1, PageLine::kept);
  }

  /**
   * Removes as footer each line from line {@code from} to the page's end that {@code removable} accepts, but for the
   * headlines right under a bare label of other stories ({@link #isBareListLabel}), which go as teasers, even one
   * alone ("You may also like" over "Lindby bakery wins national prize"; {@link #markListsUnderTeaserLabels} wants
   * two), a headline that asks among them ({@link #isListedHeadlineOrQuestion}).
   */
  private void markFurnitureFrom(int from, Predicate<PageLine> removable) {
    boolean underLabel = false;
    for (int i = from; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (removable.test(l)) {
        underLabel &= isListedHeadlineOrQuestion(l);
        l.reason = underLabel ? RemovalReason.TEASER : RemovalReason.FOOTER;
      } else {
        underLabel = isBareListLabel(l);
      }
    }
  }

  /**
   * A headline as a list of other stories gives it under its label after the story ("You may also like" over
   * "Lindby bakery wins national prize"): no sentence's end, no quotation, 2 to {@link #MAX_LISTED_HEADLINE_WORDS}
   * words, a blank line above it or not.
   */
  private static boolean isHeadlineInAList(PageLine l) {
    LineShape s = l.shape;
    return !s.terminal && !s.hasQuote && !s.startsWithQuote && s.words >= 2 && s.words <= MAX_LISTED_HEADLINE_WORDS;
  }

  /**
   * A headline listed after the story ({@link #isHeadlineInAList}) or one that asks ("More on this story" over "Why
   * is the harbour silting up?"): the same shape with a question mark at its end.
   */
  private boolean isListedHeadlineOrQuestion(PageLine l) {
    LineShape s = l.shape;
    return isHeadlineInAList(l) || endsWithQuestionMark(l) && !s.hasQuote && !s.startsWithQuote && s.words >= 2
        && s.words <= MAX_LISTED_HEADLINE_WORDS;
  }

  private boolean endsWithQuestionMark(PageLine l) {
    return l.end > l.start && text.charAt(l.end - 1) == '?';
  }

  /**
   * A question right under a bare label of other stories ({@link #isBareListLabel}) after the story ("More on this
   * story" over "Why is the harbour silting up?"): another story's headline, which ends like a sentence but does not
   * end the story ({@link #markAfterStory}). The story's own question at its end has no such label over it.
   */
  private boolean isQuestionUnderAListLabel(int i) {
    PageLine l = page.lines.get(i);
    if (!endsWithQuestionMark(l) || !isListedHeadlineOrQuestion(l)) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (page.lines.get(k).shape.words > 0) {
        return isBareListLabel(page.lines.get(k));
      }
    }
    return false;
  }

  /**
   * The page's rights notice below the start of the story's main block and below its last finished sentence
   * ({@code Copyright © 2026 by the Lindby Wire. All Rights Reserved.}), removed as furniture: a line that says
   * "rights reserved" or opens with "Copyright". A bare {@code © Jane Roe} (a picture's credit) is none, and a
   * notice with a sentence of the story below it (a picture's rights in the middle of the story) does not end the
   * story. -1 when there is none.
   */
  private int rightsNoticeAfterStory() {
    return lastLineAfterStory(l -> {
      if (l.reason != RemovalReason.FOOTER || l.shape.length > Page.CHROME_MAX_CHARS) {
        return false;
      }
      String lower = text.substring(l.start, l.end).toLowerCase(Locale.ROOT);
      return lower.contains("rights reserved") || lower.startsWith("copyright");
    });
  }

  /**
   * The last line below the start of the story's main block that {@code wanted} accepts, with no kept finished
   * sentence of the story below it ({@link #rightsNoticeAfterStory}, {@link #listLabelAfterStory}); -1 when there is
   * none.
   */
  private int lastLineAfterStory(Predicate<PageLine> wanted) {
    int story = mainProseStart();
    for (int i = page.lines.size() - 1; i > story && story >= 0; i--) {
      PageLine l = page.lines.get(i);
      LineShape s = l.shape;
      if (l.kept() && s.terminal && s.words >= 3 && s.stopWords > 0 && !page.endsWithColon(l)) {
        return -1;
      }
      if (wanted.test(l)) {
        return i;
      }
    }
    return -1;
  }

  /** Fixtures in a row, at least, that make a draw the story lists ({@link #endsAListOfFixtures}). */
  static final int MIN_FIXTURES_LISTED = 3;

  /**
   * Whether line {@code i} is a fixture ending a draw of {@link #MIN_FIXTURES_LISTED} or more fixtures, each the kept
   * line with words right above the next ("Lindby v Strand" over "Port Ostvik v Eastmoor" over ...): the draw a story
   * of the draw gives after its last sentence. One fixture alone after the story (a sidebar's next match) is none.
   */
  private boolean endsAListOfFixtures(int i) {
    int listed = 0;
    for (int k = i; k >= 0 && listed < MIN_FIXTURES_LISTED; k--) {
      PageLine l = page.lines.get(k);
      if (l.shape.words == 0) {
        continue;
      }
      if (!l.kept() || !isFixture(l)) {
        return false;
      }
      listed++;
    }
    return listed >= MIN_FIXTURES_LISTED;
  }

  /**
   * A bare label of other stories below the start of the story's main block and below its last finished sentence
   * ("Related Articles", "More from the Lindby Post", "Latest stories"), removed as a teaser: at most six words with a
   * list label's word ({@link #LIST_LABEL_WORDS}), no sentence's end but a colon, and no story's headline of its own
   * ("Read more: Ferry fares rise"). The cards under it (a headline, a date, a summary cut without its full stop) are
   * other stories, so long prose without a full stop there does not end the story. A label with a finished sentence
   * of the story below it (a box in the middle of the story) does not either. -1 when there is none.
   */
  private int listLabelAfterStory() {
    return lastLineAfterStory(this::isBareListLabel);
  }

  /**
   * A bare label of other stories removed as a teaser ("Related Articles", "You may also like", "Previously on Lindby
   * Daily:"): at most six words with a list label's word ({@link #LIST_LABEL_WORDS}), no sentence's end but a colon,
   * and no story's headline of its own ({@link #linksOneStory}: "Read more: Ferry fares rise").
   */
  private boolean isBareListLabel(PageLine l) {
    return l.reason == RemovalReason.TEASER && l.shape.words > 0 && l.shape.words <= 6
        && (!l.shape.terminal || page.endsWithColon(l)) && l.shape.anyWordIn(LIST_LABEL_WORDS) && !linksOneStory(l);
  }

  /**
   * A short sentence of the story with no function word ("Police arrested two men.", "Lind, 61, died Sunday.",
   * "Damage reached $2 million."): it opens with a capital or a figure, ends with a full stop, a question or an
   * exclamation mark, has three words or more, narrates with a finite verb (a past or modal auxiliary, a common
   * irregular past form, or a lower-case word in -ed that does not follow an article or a preposition), and
   * follows a line of prose (a timeline's heading between them, "9.40pm", is read past) that no label of other
   * stories heads ({@link #underTeaserLabel}: "Related" over "Police arrested a man in Lindby." and "Council closed
   * the pool." is a list of teasers). Furniture after a story is a label, a list of names or a link text, which
   * narrates nothing; the footers that are sentences (copyright, credits, sign-up prompts) are removed by their own
   * rules before this pass.
   */
  private boolean isShortStorySentence(int i) {
    PageLine l = page.lines.get(i);
    LineShape s = l.shape;
    int e = l.end;
    while (e > l.start && LineShape.isClosing(text.charAt(e - 1))) {
      e--;
    }
    char last = e > l.start ? text.charAt(e - 1) : ' ';
    char first = text.charAt(l.start);
    if (s.words < 3 || ".!?".indexOf(last) < 0 || !(Character.isUpperCase(first) || Character.isDigit(first))
        || !s.narrates(STORY_SHORTEST_ED)) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      PageLine above = page.lines.get(k);
      if (above.kept() && !above.timelineHeading) {
        return above.shape.isProse() && !underTeaserLabel(k);
      }
    }
    return false;
  }

  /**
   * Whether the sentences that end at line {@code i} stand under a label of other stories removed as a teaser
   * ("Related", "More from Lindby"): going up over sentences, timeline headings and removed lines, a label alone on
   * its line (no sentence's end, at most {@link #MAX_SECTION_NAME_WORDS} words) comes before a kept line that is no
   * sentence (the story's intro to a timeline, a subheading, the headline). Sentences under such a label are its
   * teasers ("Council closed the pool."), not the story.
   */
  private boolean underTeaserLabel(int i) {
    for (int k = i; k >= 0; k--) {
      PageLine l = page.lines.get(k);
      if (l.kept() && !l.timelineHeading && !l.shape.terminal) {
        return false;
      }
      if (l.reason == RemovalReason.TEASER && !l.shape.terminal && l.shape.words <= MAX_SECTION_NAME_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** The shortest word in -ed that counts as a short story sentence's verb ("died"). */
  private static final int STORY_SHORTEST_ED = 4;

  /**
   * Runs of lines that are not reporting: a menu, a list of teaser headlines, a block of widget labels. A run
   * of at least {@link #CHROME_RUN} consecutive lines none of which reads as reporting (a sentence, a long
   * line dense in function words, a finished quotation, a list item with a function word) is page chrome,
   * however it was missed line by line; the headline and its deck ({@link #headlineDeck}) are never part of a
   * run, a live page's first post heading ({@link #firstPostHeading}) counts in one but never goes with it, and
   * lines removed already count in it, except those above the run's first kept line when the run ends
   * on a kept line right above a paragraph that reads as reporting: those kept lines head the paragraph, and
   * what was removed above them is furniture, not more of a menu (an app prompt and a live post's stamp over the
   * post's headline). A subheading between two paragraphs, or a byline and a date under the headline, are runs
   * of one to three lines and stay (unless lines removed already stand among or below them, which make the run
   * longer). A run
   * whose lines mostly carry a figure is a list of results, dates or scores, which a story may carry and whose
   * numbers are compared: it stays. A line inside a quotation that runs over several lines ({@link
   * #insideQuotations}: "We cried.") is someone's words and no part of a run, nor is a short sentence of the story
   * that narrates under a line of prose ({@link #isShortStorySentence}: "Karl Lind held Strand." between the times
   * of a timeline): a menu or a list of teasers narrates nothing with a full stop. A live post's heading under its
   * stamp at the run's end, over a paragraph of the story's main block ({@link #postHeadingUnderItsStamp}), counts
   * in the run but stays, as the first numbered post's does; a teaser card's headline under the card above's age
   * ("14H ago") heads a summary outside the story and goes with its run.
   */
  void markChromeRuns() {
    ProseBlock story = ProseBlock.main(ProseBlock.of(page)).orElse(null);
    boolean[] quoted = insideQuotations();
    int deck = headlineDeck();
    int firstPost = firstPostHeading();
    int runStart = -1;
    int runLines = 0;
    int withFigures = 0;
    int removedAboveKept = 0;
    int figuresAboveKept = 0;
    for (int i = 0; i <= page.lines.size(); i++) {
      boolean chrome = i < page.lines.size() && i != page.headline && i != deck && !quoted[i]
          && !page.readsAsReporting(page.lines.get(i)) && !(page.lines.get(i).kept() && isShortStorySentence(i));
      if (chrome) {
        if (runStart < 0) {
          runStart = i;
          runLines = 0;
          withFigures = 0;
          removedAboveKept = 0;
          figuresAboveKept = 0;
        }
        runLines++;
        boolean figure = page.lines.get(i).shape.digits > 0 || isFixture(page.lines.get(i));
        if (figure) {
          withFigures++;
        }
        if (!page.lines.get(i).kept() && runLines - 1 == removedAboveKept) {
          removedAboveKept++;
          figuresAboveKept += figure ? 1 : 0;
        }
      } else if (runStart >= 0) {
        if (page.lines.get(i - 1).kept() && i < page.lines.size() && i != page.headline && i != deck
            && page.readsAsReporting(page.lines.get(i))) {
          runLines -= removedAboveKept;  // the kept lines head the story's paragraph below them
          withFigures -= figuresAboveKept;
        }
        if (runLines >= CHROME_RUN && withFigures * 2 <= runLines) {
          int heading = story != null && story.contains(i) ? postHeadingUnderItsStamp(i) : -1;
          for (int k = runStart; k < i; k++) {
            PageLine l = page.lines.get(k);
            if (l.open() && k != firstPost && k != heading) {
              l.reason = RemovalReason.NAVIGATION;
            }
          }
        }
        runStart = -1;
      }
    }
  }

  /**
   * The heading of a live post right above line {@code i}, set under the post's stamp ("2:45pm" over "Divers lift
   * the last car" over the post's text): when line {@code i} reads as reporting, the kept line with words above it,
   * of 2 to {@link #MAX_LISTED_HEADLINE_WORDS} words with no sentence's end, right under a line removed as a byline
   * that gives only the time of day ({@link #isTimeOfDay}). A live page sets its first post under the key-events box
   * and the page's widgets, in one run with them ({@link #markChromeRuns}); -1 when there is no such line.
   */
  private int postHeadingUnderItsStamp(int i) {
    if (i >= page.lines.size() || !page.readsAsReporting(page.lines.get(i))) {
      return -1;
    }
    int heading = previousWithWords(i - 1);
    int stamp = heading < 0 ? -1 : previousWithWords(heading - 1);
    if (stamp < 0) {
      return -1;
    }
    PageLine h = page.lines.get(heading);
    PageLine t = page.lines.get(stamp);
    boolean headingShape = h.open() && !h.shape.terminal && h.shape.words >= 2
        && h.shape.words <= MAX_LISTED_HEADLINE_WORDS;
    return headingShape && t.reason == RemovalReason.BYLINE && isTimeOfDay(t.shape) ? heading : -1;
  }

  /**
   * A time of day alone, a live post's stamp: at most {@link #MAX_TIME_WORDS} words, the first a clock time
   * ("2:45pm", "14.05", "10:15 BST", "9:40 am"). A page's stamp with its date ("Updated: Sat 8:31 PM, Feb 17") and
   * a card's age ("14H ago") are none.
   */
  private static boolean isTimeOfDay(LineShape s) {
    if (s.words == 0 || s.words > MAX_TIME_WORDS) {
      return false;
    }
    String w = s.lowerWords.get(0);
    boolean clock = false;
    for (int k = 1; k + 1 < w.length(); k++) {
      clock |= (w.charAt(k) == ':' || w.charAt(k) == '.') && Character.isDigit(w.charAt(k - 1))
          && Character.isDigit(w.charAt(k + 1));
    }
    return clock;
  }

  /** The most words of a live post's stamp ({@link #isTimeOfDay}: "10:15 am BST"). */
  static final int MAX_TIME_WORDS = 3;

  /** The last line from line {@code from} back that has words; -1 when there is none. */
  private int previousWithWords(int from) {
    int k = from;
    while (k >= 0 && page.lines.get(k).shape.words == 0) {
      k--;
    }
    return k;
  }

  /**
   * The heading of a live page's first numbered post ("1. Goodnight" over "That is all from the live team ...",
   * with "2. Ferry back" over its own paragraph further down): a kept line numbered "1." of at most {@link
   * #MAX_LISTED_HEADLINE_WORDS} words whose next line with words reads as reporting, when the first line numbered
   * "2." below it is kept and heads a paragraph that reads as reporting too. It stands among the page's widgets
   * ("Live updates", "Share your view") and counts in their run, as short as they are, but is the post's and never
   * goes with them; -1 when there is none. A numbered menu ("1. Home" over "2. Weather") heads no paragraph and is
   * no post.
   */
  private int firstPostHeading() {
    int first = numbered('1', 0);
    if (first == page.lines.size()) {
      return -1;
    }
    PageLine l = page.lines.get(first);
    if (!l.open() || l.shape.words > MAX_LISTED_HEADLINE_WORDS || !headsReporting(first)) {
      return -1;
    }
    int second = numbered('2', first + 1);
    return second < page.lines.size() && page.lines.get(second).kept() && headsReporting(second) ? first : -1;
  }

  /** Whether the next kept line with words after line {@code i} (past a picture's caption) reads as reporting. */
  private boolean headsReporting(int i) {
    for (int k = i + 1; k < page.lines.size(); k++) {
      if (page.lines.get(k).kept() && page.lines.get(k).shape.words > 0) {
        return page.readsAsReporting(page.lines.get(k));
      }
    }
    return false;
  }

  /**
   * A fixture or a pairing of two sides, as a draw lists them: capitalised names, "v", "vs" or "v." in lower case,
   * and capitalised names again, nothing else, {@link #MAX_FIXTURE_WORDS} words at most and no sentence's end
   * ("Lindby v Strand Rovers", "Port Ostvik vs. Lindby"). Like a line with a figure, it is what a story's list of
   * matches holds, not a menu entry.
   */
  private static boolean isFixture(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > MAX_FIXTURE_WORDS || s.terminal || s.hasQuote || s.rawWords.size() != s.words) {
      return false;
    }
    int versus = -1;
    for (int k = 0; k < s.words; k++) {
      String w = s.rawWords.get(k);
      if (VERSUS.contains(w)) {
        if (versus >= 0) {
          return false;
        }
        versus = k;
      } else if (!BylineRules.isCapitalisedName(w) && !Vocabulary.NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return versus > 0 && versus < s.words - 1;
  }

  /** The most words of a fixture ({@link #isFixture}). */
  static final int MAX_FIXTURE_WORDS = 8;
  /** The word between two sides of a fixture, as written. */
  private static final Set<String> VERSUS = Set.of("v", "vs");

  /**
   * The headline's deck: the kept line right under the headline, or under the headline's repeat, with no blank
   * line between, that reads as a title (3 to 30 words, no sentence's end, no list mark) and shares a content word
   * with the story's first paragraphs ("Water Levels Keep Rising in Lindby" over "River Could Reach the Old Bridge
   * by Friday, Engineers Say"). A byline or a date there is removed before this is asked; -1 when there is none.
   */
  private int headlineDeck() {
    if (page.headline < 0) {
      return -1;
    }
    int story = mainProseStart();
    for (int i = page.headline; i + 1 < page.lines.size() && (story < 0 || i < story); i++) {
      if (i != page.headline && page.lines.get(i).dupOf != page.headline) {
        continue;
      }
      PageLine below = page.lines.get(i + 1);
      LineShape s = below.shape;
      if (below.kept() && below.kind == BlockKind.STORY && !below.gapBefore && s.words >= 3 && s.words <= 30
          && !s.terminal && !page.isBullet(below) && shared(s, leadStems(story)) >= MIN_WORDS_OF_A_REPLACEMENT) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The lines inside a quotation that runs over several lines: after a line that opens with a quotation mark and
   * leaves it open ("\"This is a sad day for all of us.", "'I've done it.") and before the line that closes it
   * after a sentence's punctuation ("Nobody was hurt,\" Doe said.", "I had fun,' she said."), at most {@link
   * #QUOTATION_SPAN} lines further down. Short lines of a quotation ("We lost a lot.", "We cried.") are someone's
   * words, not a menu. A line inside that opens with a mark again continues the quotation (a new paragraph of it,
   * as news style writes it). A mark left open inside a line (a teaser cut short: "Gala and 'electric") opens
   * nothing, and a quotation not closed within the span protects nothing: a stray mark keeps no menu.
   */
  private boolean[] insideQuotations() {
    boolean[] inside = new boolean[page.lines.size()];
    int openedAt = -1;
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (openedAt >= 0 && i - openedAt > QUOTATION_SPAN) {
        openedAt = -1;
      }
      if (openedAt >= 0 && closesAQuotation(l)) {
        for (int k = openedAt + 1; k < i; k++) {
          inside[k] = true;
        }
        openedAt = -1;
      } else if (openedAt < 0 && leavesAQuotationOpen(l)) {
        openedAt = i;
      }
    }
    return inside;
  }

  /** The kind of the quotation mark at {@code k}: 1 opening, -1 closing, 0 none (an apostrophe in "I've"). */
  private int quotationMark(PageLine l, int k) {
    char c = text.charAt(k);
    char prev = k > l.start ? text.charAt(k - 1) : ' ';
    char next = k + 1 < l.end ? text.charAt(k + 1) : ' ';
    boolean beforeWord = Blanks.isBlank(prev) && !Blanks.isBlank(next);
    boolean afterWord = !Blanks.isBlank(prev) && (Blanks.isBlank(next) || ",.;:?!)".indexOf(next) >= 0);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018') {
      return 1;
    } else if (c == '\u201D' || c == '\u00BB') {
      return -1;
    } else if (c == '"') {
      return beforeWord ? 1 : afterWord ? -1 : 0;
    } else if (c == '\'' || c == '\u2019') {
      return beforeWord && Character.isLetter(next) ? 1 : afterWord ? -1 : 0;
    }
    return 0;
  }

  /** Opens with a quotation mark that no later mark of the line closes. */
  private boolean leavesAQuotationOpen(PageLine l) {
    if (quotationMark(l, l.start) <= 0) {
      return false;
    }
    for (int k = l.start + 1; k < l.end; k++) {
      if (quotationMark(l, k) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Closes a quotation left open above: its first quotation mark, besides one that opens the line (a new
   * paragraph of the quotation), closes after a sentence's punctuation ("matters,\" Doe said.").
   */
  private boolean closesAQuotation(PageLine l) {
    for (int k = l.start; k < l.end; k++) {
      int mark = quotationMark(l, k);
      if (mark > 0 && k == l.start || mark == 0) {
        continue;
      }
      return mark < 0 && k > l.start && ",.?!".indexOf(text.charAt(k - 1)) >= 0;
    }
    return false;
  }

  /**
   * Reasons that name what a removed line is, read from its neighbours; what is kept does not change. A writer's name
   * alone on its line between two byline lines ("Sunday 8 June 2025 9:40 pm" / "Ida Brenner" / "Staff Writer") is the
   * byline's, though a name not known as a given name reads as a menu entry on its own; a credit cut from the end of a
   * line of chrome ("This site uses cookies. Find out more. [OK]") is that chrome's, not a byline.
   */
  void nameRemovalsByTheirNeighbours() {
    List<PageLine> lines = page.lines;
    for (int i = 1; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      PageLine above = lines.get(i - 1);
      if (l.reason == RemovalReason.NAVIGATION && i + 1 < lines.size() && above.reason == RemovalReason.BYLINE
          && lines.get(i + 1).reason == RemovalReason.BYLINE && isNameAlone(l.shape)) {
        l.reason = RemovalReason.BYLINE;
      } else if (l.piece && above.credit != null && above.physical == l.physical && l.reason != null
          && (above.reason == RemovalReason.FOOTER || above.reason == RemovalReason.NAVIGATION
              || above.reason == RemovalReason.TEASER || above.reason == RemovalReason.LINK)) {
        l.reason = above.reason;
      }
    }
  }

  /** Two or three capitalised words of letters, as a name is written ("Ida Brenner"); not a line in capitals. */
  private static boolean isNameAlone(LineShape s) {
    if (s.words < 2 || s.words > 3 || s.terminal || s.digits > 0 || s.rawWords.size() != s.words) {
      return false;
    }
    for (String w : s.rawWords) {
      if (!BylineRules.isCapitalisedName(w) || w.length() < 2 || w.chars().allMatch(Character::isUpperCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A single unfinished word on a line of its own inside the story: a label such as "Explainer". A timeline's
   * heading ("9.40pm") is the story's. (An advertising label, "Advertisement", is site furniture, removed as footer by
   * {@link FurnitureRules#isWidget} before this pass, like the share bars and sign-up boxes it stands among.)
   */
  void markLoneWords() {
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      if (l.open() && i != page.headline && l.shape.words == 1 && !l.shape.terminal && !page.isBullet(l)
          && l.shape.length <= 30 && !l.timelineHeading) {
        l.reason = RemovalReason.NAVIGATION;
      }
    }
  }

  /** Words, at most, of a picture's caption inside a live page's post ({@link #markCaptionsInsidePosts}). */
  static final int MAX_POST_CAPTION_WORDS = 12;

  /**
   * A picture's caption inside a live page's numbered posts ("1. Goodnight" over "2. Ferry back" ...): a kept line
   * of 2 to {@link #MAX_POST_CAPTION_WORDS} words that describes rather than reports (no sentence's end, quotation,
   * colon, figure, list mark, verb of saying or narrating verb: "Mayor Eva Strand at the quay", "Karl Lind leaving
   * the town hall"), set where a post's picture stands: right under a post's numbered heading with the post's
   * paragraph under it, or right under the post's last paragraph with the next post's heading under it (lines
   * removed already, such as the picture's labelled caption, are read past). A post's
   * heading says what its paragraph says and is numbered; a line that narrates ("Karl Lind has left the town hall")
   * or ends a sentence stays.
   */
  void markCaptionsInsidePosts() {
    int post = firstNumberedPost();
    if (post >= page.lines.size()) {
      return;
    }
    List<PageLine> kept = new ArrayList<>();
    for (int i = post; i < page.lines.size(); i++) {
      if (page.lines.get(i).kept() && page.lines.get(i).shape.words > 0) {
        kept.add(page.lines.get(i));
      }
    }
    for (int k = 1; k + 1 < kept.size(); k++) {
      PageLine l = kept.get(k);
      PageLine above = kept.get(k - 1);
      PageLine below = kept.get(k + 1);
      if (!l.open() || !describesAPicture(l) || isPostHeading(l)) {
        continue;
      }
      boolean underHeading = isPostHeading(above) && page.readsAsReporting(below);
      boolean overHeading = page.readsAsReporting(above) && isPostHeading(below);
      if (underHeading || overHeading) {
        l.reason = RemovalReason.CAPTION;
      }
    }
  }

  /** A short line that describes, as a caption does ({@link #markCaptionsInsidePosts}). */
  private boolean describesAPicture(PageLine l) {
    LineShape s = l.shape;
    return s.words >= 2 && s.words <= MAX_POST_CAPTION_WORDS && !s.terminal && !s.hasQuote && !s.startsWithQuote
        && s.digits == 0 && page.indexOf(':', l.start, l.end) < 0 && !page.isBullet(l)
        && !s.anyWordIn(Vocabulary.SPEECH) && !s.narrates(STORY_SHORTEST_ED) && l.kind == BlockKind.STORY
        && Character.isUpperCase(text.charAt(l.start));
  }

  /** A post's numbered heading: one or two digits, a full stop and a blank, then words ("12. Mayor speaks"). */
  private boolean isPostHeading(PageLine l) {
    int i = l.start;
    while (i < l.end && i - l.start < 2 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > l.start && i + 2 < l.end && text.charAt(i) == '.' && Blanks.isBlank(text.charAt(i + 1))
        && !Blanks.isBlank(text.charAt(i + 2));
  }

  /** Opens with the one digit {@code digit}, a full stop and a blank, then words: "1. Polls close", "2. 'Too close'". */
  private boolean isNumbered(PageLine l, char digit) {
    return l.end - l.start > 3 && text.charAt(l.start) == digit && text.charAt(l.start + 1) == '.'
        && Blanks.isBlank(text.charAt(l.start + 2)) && !Blanks.isBlank(text.charAt(l.start + 3))
        && (l.start == 0 || !Character.isDigit(text.charAt(l.start - 1)));
  }

  /** Words, at most, of a notice's question, its call and the reader's reply ({@link #markReaderNotices}). */
  static final int MAX_NOTICE_LINE_WORDS = 8;
  /** Lines of the notice's own prose, at most, between its question and its call. */
  static final int MAX_NOTICE_PROSE_LINES = 2;

  /**
   * A notice the site sets above the page, no part of any story: a question to the reader ("Moved house
   * lately?"), one or two sentences addressed to the reader ("You must tell the council within a month."), a
   * call to read on ("Find out more", "Learn more") and the reader's reply in the first person ("I haven't
   * moved."), one to a line in that order. All its lines go as furniture; kept, its question was taken for the
   * headline and its sentence for the story's. Runs before the headline is chosen. A question headline over a
   * lead that speaks to the reader, with no reply under a call, is the story's and stays.
   */
  void markReaderNotices() {
    for (int r = 3; r < page.lines.size(); r++) {
      PageLine reply = page.lines.get(r);
      PageLine call = page.lines.get(r - 1);
      if (!reply.open() || !call.open() || !isReadersReply(reply) || !isCallToReadOn(call)) {
        continue;
      }
      int q = r - 2;
      while (q >= 0 && r - 2 - q < MAX_NOTICE_PROSE_LINES && isAddressToReader(page.lines.get(q))) {
        q--;
      }
      if (q < 0 || q == r - 2 || !isQuestionToReader(page.lines.get(q))) {
        continue;
      }
      for (int k = q; k <= r; k++) {
        page.lines.get(k).reason = RemovalReason.FOOTER;
      }
    }
  }

  /** A short question with no quotation: "Moved house lately?". */
  private boolean isQuestionToReader(PageLine l) {
    LineShape s = l.shape;
    return l.open() && s.words > 0 && s.words <= MAX_NOTICE_LINE_WORDS && !s.hasQuote && !s.startsWithQuote
        && text.charAt(l.end - 1) == '?';
  }

  /** A kept sentence that speaks to the reader ("you", "your") and reports no one's words. */
  private static boolean isAddressToReader(PageLine l) {
    LineShape s = l.shape;
    return l.open() && s.terminal && !s.hasQuote && !s.startsWithQuote && s.anyWordIn(SECOND_PERSON)
        && !s.anyWordIn(Vocabulary.SPEECH);
  }

  /** A link's label that asks the reader to read on: "Find out more", "Learn more", no sentence's end. */
  private static boolean isCallToReadOn(PageLine l) {
    LineShape s = l.shape;
    return s.words >= 2 && s.words <= 4 && !s.terminal && READER_PROMPT_VERBS.contains(s.lowerWords.get(0))
        && s.lowerWords.get(s.words - 1).equals("more");
  }

  /** The reader's reply on a button, in the first person: "I haven't moved.", "No, I'm not", "Yes, I agree". */
  private static boolean isReadersReply(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > MAX_NOTICE_LINE_WORDS || s.hasQuote || s.startsWithQuote) {
      return false;
    }
    String first = s.rawWords.get(0);
    return first.equals("I") || first.startsWith("I'") || first.startsWith("I\u2019")
        || (first.equals("Yes") || first.equals("No")) && s.words >= 2 && s.anyWordIn(FIRST_OR_SECOND_PERSON);
  }
}
