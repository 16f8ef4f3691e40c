package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.CookieNotice;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one-line rules for site furniture: copyright and licence notices, share bars and other widgets, cookie
 * and sign-up prose addressed to the reader, and syndication notices.
 *
 * <p>One instance per page; reads the page and never changes it.
 */
final class FurnitureRules {
  /**
   * The longest cookie notice removed as one line: a site telling the reader about its cookies at length (lines
   * over {@link Page#CHROME_MAX_CHARS} characters are never furniture, which is about 100 words).
   */
  static final int LONG_COOKIE_NOTICE_WORDS = 120;

  /** The longest notice to the reader about the page's own article, in words. */
  static final int MAX_NOTICE_WORDS = 45;
  /** The longest label before a notice ("Please note:", "Editor's note:"), in characters. */
  private static final int MAX_LABEL_CHARS = 20;

  private final String text;

  FurnitureRules(Page page) {
    this.text = page.text;
  }

  /**
   * {@code © Agency 2024}, {@code Copyright ...}, {@code ... All rights reserved}: a copyright notice; a line
   * that opens with a copyright sign and says "All rights reserved" is one however long it runs on (the terms
   * of use and privacy lines a publisher's footer glues to it), up to {@link Page#CHROME_MAX_CHARS} characters.
   */
  boolean isCopyright(PageLine l) {
    String t = text.substring(l.start, l.end);
    String lower = t.toLowerCase(Locale.ROOT);
    boolean opensWithCopyright = t.startsWith("\u00A9") || lower.startsWith("(c) ") || lower.startsWith("copyright ");
    boolean reserved = lower.contains("all rights reserved");
    return l.shape.words <= 30 && opensWithCopyright || reserved && (opensWithCopyright || l.shape.words <= 20);
  }

  /**
   * Share bars, follow and subscribe prompts, comment counters: short, unfinished, addressed to the reader. A line
   * that opens with a call to action ("Follow the", "Share this") and names an owner later with a capital ("Follow
   * the money in Lindby's harbour deal") is a headline, not a widget; "Follow the conversation on Twitter" is one.
   */
  boolean isWidget(PageLine l) {
    LineShape s = l.shape;
    if (isSharePrompt(l) || isEmailField(s)) {
      return true;
    }
    if (s.terminal || s.hasQuote || s.words == 0 || s.words > 8 || s.lowerWords.isEmpty()) {
      return false;
    }
    int widgetish = 0;
    for (String w : s.lowerWords) {
      if (Vocabulary.WIDGET.contains(w) || Page.hasDigit(w) && w.length() <= 6) {
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
        && !Character.isUpperCase(s.rawWords.get(1).charAt(0)) && !namesAnOwner(s)) {
      String second = s.lowerWords.get(1);
      return Vocabulary.PROMPT_OBJECTS.contains(second) || s.anyWordIn(Vocabulary.WIDGET);
    }
    return false;
  }

  /**
   * A newsletter box's address field pasted with the page ("Enter your email", "Your email address", "Type your
   * e-mail here"): every word one of {@link #EMAIL_FIELD_WORDS}, an email among them, and no sentence's end. A
   * headline about email says more ("Your email is being read").
   */
  private static boolean isEmailField(LineShape s) {
    if (s.words == 0 || s.terminal || s.hasQuote || s.rawWords.size() != s.words
        || !(s.lowerWords.contains("email") || s.lowerWords.contains("e-mail"))) {
      return false;
    }
    for (String w : s.lowerWords) {
      if (!EMAIL_FIELD_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The words of a newsletter box's address field ({@link #isEmailField}). */
  private static final Set<String> EMAIL_FIELD_WORDS =
      Set.of("enter", "type", "your", "an", "email", "e-mail", "address", "here", "below");

  /**
   * A share bar's prompt ending in a colon before its buttons: "Share this article:", "Share:", "Email this
   * story:". It opens with a widget's verb ("share", "email", "print", ...), is short and quotes and reports no one;
   * "Read the full statement below:" and "Share your photos, the mayor asked:" introduce what follows and stay.
   */
  private boolean isSharePrompt(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 4 || s.hasQuote || s.rawWords.size() != s.words || text.charAt(l.end - 1) != ':') {
      return false;
    }
    String first = s.lowerWords.get(0);
    return Vocabulary.CALL_TO_ACTION.contains(first) && Vocabulary.WIDGET.contains(first)
        && !s.anyWordIn(Vocabulary.SPEECH) && (s.words == 1 || !Character.isUpperCase(s.rawWords.get(1).charAt(0)));
  }

  /** Whether a word after the second is a capitalised possessive ("Lindby's", "Lindby\u2019s"). */
  private static boolean namesAnOwner(LineShape s) {
    for (int k = 2; k < s.rawWords.size(); k++) {
      String raw = s.rawWords.get(k);
      if (Character.isUpperCase(raw.charAt(0)) && raw.length() > 3
          && (raw.endsWith("'s") || raw.endsWith("\u2019s"))) {
        return true;
      }
    }
    return false;
  }

  /** A cookie or sign-up notice: furniture words addressed to the reader, and no quotation. */
  boolean isFurnitureProse(PageLine l) {
    LineShape s = l.shape;
    if (s.hasQuote || !s.anyWordIn(Vocabulary.FURNITURE) || !addressesReader(s)) {
      return false;
    }
    return s.words <= 60 || s.words <= LONG_COOKIE_NOTICE_WORDS && isCookieNotice(s);
  }

  /**
   * The site speaking of its cookies to the reader ({@link CookieNotice}), with no verb of saying (which would be
   * reporting what a company said about cookies).
   */
  private static boolean isCookieNotice(LineShape s) {
    return !s.anyWordIn(Vocabulary.SPEECH) && CookieNotice.inWords(s.rawWords);
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

  /**
   * "This article originally appeared on Lindby Forum.", "Read the original story at lindbyforum.example": a
   * syndication notice, of fifteen words or fewer. It names the piece as this one or the original ("this story",
   * "the original story"), says it first or originally appeared, ran or was published, and ends on where: a site's
   * one to six capitalised words or a web address after on, at, in or by. A sentence of the story about a post
   * ("Police said the post was first published on Sunday and read by thousands.", "The post first appeared on
   * Sunday, police said.") reports speech, dates the post or names no site, and stays.
   */
  boolean isSyndicationNotice(PageLine l) {
    LineShape s = l.shape;
    if (isFeedFooter(s)) {
      return true;
    }
    if (s.words == 0 || s.words > 15 || s.hasQuote || s.words != s.lowerWords.size()
        || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    List<String> w = s.lowerWords;
    boolean thisPiece = false;
    boolean original = false;
    boolean published = false;
    for (int k = 0; k < w.size(); k++) {
      String word = w.get(k);
      if (word.equals("article") || word.equals("story") || word.equals("post") || word.equals("piece")) {
        thisPiece |= k == 0 || w.get(k - 1).equals("this") || w.get(k - 1).equals("original");
      }
      original |= word.equals("originally") || word.equals("original") || word.equals("first");
      published |= word.equals("appeared") || word.equals("published") || word.equals("posted") || word.equals("ran")
          || word.equals("read") || word.equals("syndicated");
    }
    return thisPiece && original && published && (endsOnSite(s) || opensOnThisPiece(w) && endsOnLinkOrStamp(w));
  }

  /** "This story ...", "This article ...", "This post ...": the line opens by naming the piece it ends. */
  private static boolean opensOnThisPiece(List<String> w) {
    return w.size() >= 2 && w.get(0).equals("this")
        && (w.get(1).equals("story") || w.get(1).equals("article") || w.get(1).equals("post"));
  }

  /**
   * Where a syndication notice that names this piece ends instead of on a site: on the link's word ("This story was
   * originally published here.") or on a time stamp with its year ("This story was originally published on Tue Nov
   * 5, 2013 4:23 AM EST").
   */
  private static boolean endsOnLinkOrStamp(List<String> w) {
    if (w.get(w.size() - 1).equals("here")) {
      return true;
    }
    for (String word : w) {
      if (word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line ends on where a piece ran: on, at, in or by, then a web address ("at lindbyforum.example",
   * "at https://...") or one to {@link #MAX_FEED_SITE_WORDS} capitalised words, after "the" perhaps ("by the Lindby
   * Courier"), none of them a weekday or a month ("on Sunday", "in March").
   */
  private static boolean endsOnSite(LineShape s) {
    List<String> w = s.lowerWords;
    int at = -1;
    for (int k = w.size() - 1; k >= 0 && at < 0; k--) {
      if (SITE_PREPOSITIONS.contains(w.get(k))) {
        at = k;
      }
    }
    if (at < 0) {
      return false;
    }
    int from = at + 1 < w.size() && w.get(at + 1).equals("the") ? at + 2 : at + 1;
    if (from == w.size()) {
      return from == at + 1 && s.urlTokens > 0;  // the address is a link, which is no word
    }
    if (from + 1 == w.size() && isAddress(w.get(from))) {
      return true;
    }
    if (w.size() - from > MAX_FEED_SITE_WORDS || !s.capitalisedOrParticles(from, w.size())) {
      return false;
    }
    for (int k = from; k < w.size(); k++) {
      if (Vocabulary.WEEKDAYS.contains(w.get(k)) || Vocabulary.MONTHS.contains(w.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The prepositions before where a piece ran ("appeared on", "at", "in", "published by"). */
  private static final Set<String> SITE_PREPOSITIONS = Set.of("on", "at", "in", "by");

  /** A web address written as a word, without a link's slash: "lindbyforum.example", "lindby-forum.com". */
  private static boolean isAddress(String word) {
    int dot = word.lastIndexOf('.');
    return dot > 0 && dot + 2 < word.length() && Character.isLetter(word.charAt(dot + 1));
  }

  /**
   * The footer a blog's feed adds to each post it passes on, "The post &lt;its headline&gt; appeared first on
   * &lt;Site&gt;.", however long the headline: the line opens with "The post", the headline's first word is
   * capitalised or a figure and it has {@link #MIN_FEED_TITLE_WORDS} words or more, and "appeared first on"
   * is followed by one to {@link #MAX_FEED_SITE_WORDS} capitalised words to the line's end. A sentence about
   * a post ("The post appeared first on a forum", "The post by Karl Lind appeared first on ...") does not read
   * so, nor does one where a name of two or three words after "The post" is followed by a verb in the past ("The
   * post Karl Lind wrote on Sunday night about ... appeared first on Facebook."): a headline after it reads
   * "The post Lindby Council approves ...".
   */
  private static boolean isFeedFooter(LineShape s) {
    List<String> w = s.lowerWords;
    if (s.words != w.size() || w.size() < 3 + MIN_FEED_TITLE_WORDS + 1 || s.words > 60
        || !w.get(0).equals("the") || !w.get(1).equals("post")
        || !Character.isUpperCase(s.rawWords.get(2).charAt(0)) && !Character.isDigit(s.rawWords.get(2).charAt(0))) {
      return false;
    }
    if (namesWhoWrote(s)) {
      return false;
    }
    for (int k = 2 + MIN_FEED_TITLE_WORDS; k + 3 < w.size(); k++) {
      if (w.get(k).equals("appeared") && w.get(k + 1).equals("first") && w.get(k + 2).equals("on")) {
        int site = w.size() - (k + 3);
        return site <= MAX_FEED_SITE_WORDS && s.capitalisedOrParticles(k + 3, w.size());
      }
    }
    return false;
  }

  /**
   * Whether "The post" is followed by a name of two or three capitalised words and then a lower-case verb in the
   * past: a past or modal auxiliary or a common irregular past form ("wrote", "had"), or a word in -ed of five
   * letters or more ("shared").
   */
  private static boolean namesWhoWrote(LineShape s) {
    int k = 2;
    while (k < s.words && k < 6 && Character.isUpperCase(s.rawWords.get(k).charAt(0))) {
      k++;
    }
    if (k - 2 < 2 || k - 2 > 3 || k >= s.words || !Character.isLowerCase(s.rawWords.get(k).charAt(0))) {
      return false;
    }
    String verb = s.lowerWords.get(k);
    return Vocabulary.PAST_OR_MODAL.contains(verb) || verb.length() >= 5 && verb.endsWith("ed");
  }

  /** The fewest words of the headline in a feed's footer. */
  private static final int MIN_FEED_TITLE_WORDS = 2;
  /** The most words of the site's name in a feed's footer. */
  private static final int MAX_FEED_SITE_WORDS = 6;

  /**
   * "A version of this article appears in print on October 12, 2012, on page A16 of the New York edition with the
   * headline: ...", "This article appeared in print on page A1": the line opens so, says where the story ran in the
   * printed paper ("in print", "print edition"), however long the headline it quotes. A sentence reporting that an
   * article appeared in print ("The article appeared in print on Sunday and drew a rebuke") does not open so.
   */
  boolean isPrintNotice(PageLine l) {
    LineShape s = l.shape;
    List<String> w = s.lowerWords;
    if (w.size() < 6 || s.words > 45) {
      return false;
    }
    boolean opens = w.subList(0, 4).equals(List.of("a", "version", "of", "this"))
        || w.get(0).equals("this") && (w.get(1).equals("article") || w.get(1).equals("story"))
            && (w.get(2).equals("appears") || w.get(2).equals("appeared"));
    String joined = " " + String.join(" ", w) + " ";
    return opens && (joined.contains(" in print ") || joined.contains(" print edition "));
  }

  /**
   * An editor's correction: a line opening "Correction:" or "Clarification:" ("Correction: March 3, 2021"), one saying
   * this article has been corrected or revised ("This post has been revised to reflect the following correction:",
   * "This article was amended on 21 March 2026 to correct the number of pupils"; {@link #AMENDED}),
   * or one about "an earlier version of this article" ("Because of an editing error, an earlier version of this post
   * said that …"), without quotation marks (a story quoting another outlet's correction reports it). What was wrong
   * in an earlier version is no part of the story, and no other outlet "leaves it out".
   */
  boolean isCorrectionNotice(PageLine l) {
    LineShape s = l.shape;
    List<String> w = s.lowerWords;
    if (w.size() < 2 || s.words > 80) {
      return false;
    }
    String opening = text.substring(l.start, Math.min(l.end, l.start + 16)).toLowerCase(Locale.ROOT);
    if (opening.startsWith("correction:") || opening.startsWith("corrections:") || opening.startsWith("clarification:")) {
      return true;
    }
    if (s.hasQuote) {
      return false;
    }
    for (int i = 0; i + 4 < w.size(); i++) {
      if (EARLIER.contains(w.get(i + 1)) && w.get(i + 2).equals("version") && w.get(i + 3).equals("of")
          && (w.get(i).equals("an") || w.get(i).equals("a")) && i + 5 < w.size() && w.get(i + 4).equals("this")
          && PIECES.contains(w.get(i + 5))) {
        return true; // "an earlier version of this article"
      }
    }
    return s.words <= 25 && w.size() >= 4 && w.get(0).equals("this") && PIECES.contains(w.get(1))
        && (w.get(2).equals("has") || w.get(2).equals("was")) && (w.contains("correction")
            || !w.get(1).equals("report") && !s.anyWordIn(Vocabulary.SPEECH) && s.anyWordIn(AMENDED));
  }

  /**
   * Words of an editor's amendment after "this article has been" or "was": "This article was amended on 21 March 2026
   * to correct the number of pupils", "This story has been corrected". Not after "this report", which may be the
   * document the story is about, and with no verb of saying ("This post was amended, the council said").
   */
  private static final Set<String> AMENDED = Set.of("amended", "corrected", "correct");

  /**
   * The site's notice to its reader about the page's own article: "This is an archived story; its facts may be out
   * of date. Please check when it was last updated.", "Please note: This content is under a regional embargo. If
   * you serve the same region, you may not reuse it." A line of at most {@link #MAX_NOTICE_WORDS} words without
   * quotation or a verb of saying that opens, after a short label ending in a colon, with "this" and the piece ("this
   * article", "this content") or "this is a/an" and the piece within two words ("this is an archived story"), and
   * speaks to the reader ("you", "your", "please"). A story's sentence about an article reports it ("This article,
   * the minister said, ...") or speaks to no one.
   */
  boolean isNoticeAboutThisPiece(PageLine l) {
    List<String> w = sentenceOpeningWithThis(l, 5, MAX_NOTICE_WORDS);
    if (w.isEmpty()) {
      return false;
    }
    boolean aboutThisPiece = isPiece(w.get(1));
    if (w.get(1).equals("is") && (w.get(2).equals("a") || w.get(2).equals("an"))) {
      for (int i = 3; i < Math.min(w.size(), 6); i++) {
        aboutThisPiece |= isPiece(w.get(i));
      }
    }
    boolean toTheReader = false;
    for (String word : w) {
      toTheReader |= word.equals("you") || word.equals("your") || word.equals("please");
    }
    return aboutThisPiece && toTheReader;
  }

  /**
   * The site's word that the page's own article will change: "This story will be updated.", "This article is
   * developing and will be updated as more information becomes available.", "This is a developing story.", "This is
   * an unedited transcript. It may be updated.". A
   * line of at most {@link #MAX_UPDATE_NOTICE_WORDS} words without quotation or a verb of saying that opens, after a
   * short label ending in a colon, with "this" and the page's piece ({@link #PAGE_PIECES}; not "report", which
   * may be a document the story is about) and its verb ("this story will", not "this article of the treaty") or
   * "this is a/an ... <piece>" within two words, and says it is
   * "developing" (at its end, before "and" or before the piece) or that it will be or is being "updated". A
   * story's sentence about a document ("This report will be updated every year, the ministry said.") reports
   * speech or names another piece, and one about a tale grows into something ("This story is developing into a
   * local legend.").
   */
  boolean isUpdateNotice(PageLine l) {
    List<String> w = sentenceOpeningWithThis(l, 4, MAX_UPDATE_NOTICE_WORDS);
    if (w.isEmpty()) {
      return false;
    }
    int piece = PAGE_PIECES.contains(w.get(1)) && NOTICE_AUXILIARIES.contains(w.get(2)) ? 1 : -1;
    if (w.get(1).equals("is") && (w.get(2).equals("a") || w.get(2).equals("an"))) {
      for (int i = 3; i < Math.min(w.size(), 6) && piece < 0; i++) {
        piece = PAGE_PIECES.contains(w.get(i)) ? i : -1;
      }
    }
    if (piece < 0) {
      return false;
    }
    for (int i = 2; i < w.size(); i++) {
      String word = w.get(i);
      boolean willBeUpdated = word.equals("updated") && (w.get(i - 1).equals("be") || w.get(i - 1).equals("being"));
      String next = i + 1 < w.size() ? w.get(i + 1) : "";
      boolean developing = word.equals("developing") && (next.isEmpty() || next.equals("and") || i + 1 == piece);
      if (willBeUpdated || developing) {
        return true;
      }
    }
    return false;
  }

  /**
   * A transcript's mark of a gap, set in capitals on its own line: "BREAK IN TRANSCRIPT", "END OF TRANSCRIPT",
   * "TRANSCRIPT RESUMES". At most {@link #MAX_TRANSCRIPT_MARK_WORDS} words, each in capitals, one of them
   * "transcript" and one a word of a gap ({@link #GAP_WORDS}), no figure, quotation or sentence's end. A headline in
   * capitals about a transcript ("SENATE RELEASES CALL TRANSCRIPT") has no word of a gap, and one in mixed case
   * ("Break in transcript leaves questions") is not set in capitals: both stay.
   */
  boolean isTranscriptMark(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_TRANSCRIPT_MARK_WORDS || s.terminal || s.digits > 0 || s.hasQuote
        || s.rawWords.size() != s.words || !s.lowerWords.contains("transcript")) {
      return false;
    }
    boolean gap = false;
    for (int i = 0; i < s.words; i++) {
      String w = s.rawWords.get(i);
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
      gap |= GAP_WORDS.contains(s.lowerWords.get(i));
    }
    return gap;
  }

  /** The most words of a transcript's mark of a gap. */
  static final int MAX_TRANSCRIPT_MARK_WORDS = 5;
  /** Words of a gap in a transcript: where it breaks off, ends or takes up again. */
  private static final Set<String> GAP_WORDS =
      Set.of("break", "end", "begin", "start", "resumes", "continues", "interrupted");

  /**
   * A live blog's notice that it has closed: "This live blog is now closed.", "Our live coverage has ended for
   * today – it began at 9am.". A line of at most {@link #MAX_UPDATE_NOTICE_WORDS} words without quotation or a verb of
   * saying that opens, after a short label ending in a colon, with "this" or "our", "live" and the live piece
   * ({@link #LIVE_PIECES}), then "is" or "has", an optional "now" or "been", and a word of closing. "This live show
   * is now closed" names no piece of the page, and a sentence that reports who closed it has a verb of saying.
   */
  boolean isLiveClosedNotice(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 5 || s.words > MAX_UPDATE_NOTICE_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    List<String> w = wordsAfterLabel(l);
    if (w.size() < 5 || !(w.get(0).equals("this") || w.get(0).equals("our")) || !w.get(1).equals("live")
        || !LIVE_PIECES.contains(w.get(2)) || !(w.get(3).equals("is") || w.get(3).equals("has"))) {
      return false;
    }
    int verb = w.get(4).equals("now") || w.get(4).equals("been") ? 5 : 4;
    return verb < w.size() && CLOSING_WORDS.contains(w.get(verb));
  }

  /**
   * A live page's greeting and its call to follow it: "Welcome to our live coverage of the storm in Lindby.",
   * "Follow along here for the latest.", "Stay with us for updates." Every sentence of the line is one or the other:
   * a welcome ("welcome to", then "live" and a live piece, {@link #LIVE_PIECES}, within its next four words) or a
   * call of at most {@link #MAX_FOLLOW_CALL_WORDS} words opening with "follow along", "stay with us" or "stay
   * tuned". No quotation and no verb of saying. A greeting that goes on to report ("Welcome to our live coverage.
   * The harbour wall broke at dawn.") stays, as does a sentence that welcomes someone ("The mayor will welcome the
   * crews back").
   */
  boolean isLiveGreeting(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_UPDATE_NOTICE_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    int from = l.start;
    while (from < l.end) {
      int to = sentenceEnd(from, l.end);
      List<String> w = LineShape.of(text, from, to).lowerWords;
      if (!w.isEmpty() && !isWelcomeToLive(w) && !isCallToFollowAlong(w)) {
        return false;
      }
      from = to;
    }
    return true;
  }

  /** The end of the sentence opening at {@code from}: after its full stop, "!" or "?" and a blank, or {@code end}. */
  private int sentenceEnd(int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Blanks.isBlank(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return end;
  }

  private static boolean isWelcomeToLive(List<String> w) {
    if (w.size() < 4 || !w.get(0).equals("welcome") || !w.get(1).equals("to")) {
      return false;
    }
    for (int k = 2; k + 1 < w.size() && k <= 5; k++) {
      if (w.get(k).equals("live") && LIVE_PIECES.contains(w.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCallToFollowAlong(List<String> w) {
    if (w.size() < 2 || w.size() > MAX_FOLLOW_CALL_WORDS) {
      return false;
    }
    return w.get(0).equals("follow") && w.get(1).equals("along") || w.get(0).equals("stay") && w.get(1).equals("tuned")
        || w.size() >= 3 && w.get(0).equals("stay") && w.get(1).equals("with") && w.get(2).equals("us");
  }

  /** The most words of a live page's call to follow it ("Follow along here for the latest"). */
  static final int MAX_FOLLOW_CALL_WORDS = 10;

  /**
   * A live page's note of the clock its stamps are in: "All times are local", "All times stated are UK", "All
   * times ET". At most {@link #MAX_TIME_NOTE_WORDS} words, opening with "all times", no figure and no past or
   * modal verb: "All times were slower" reports and stays.
   */
  boolean isTimeZoneNote(PageLine l) {
    LineShape s = l.shape;
    return s.words >= 3 && s.words <= MAX_TIME_NOTE_WORDS && s.digits == 0 && !s.hasQuote
        && s.lowerWords.get(0).equals("all") && s.lowerWords.get(1).equals("times")
        && !s.anyWordIn(Vocabulary.PAST_OR_MODAL);
  }

  /**
   * A link back to another page of the site: "Return to Programmes main page", "Return to the index", "Back to
   * top". At most {@link #MAX_TIME_NOTE_WORDS} words, no sentence's end, opening with "return to" or "back to" and
   * ending on a page's place ({@link #PAGE_PLACES}); "Return to normal service on the Lindby line" ends
   * elsewhere and stays.
   */
  boolean isLinkBack(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > MAX_TIME_NOTE_WORDS || s.terminal || s.hasQuote || s.digits > 0) {
      return false;
    }
    String first = s.lowerWords.get(0);
    return (first.equals("return") || first.equals("back")) && s.lowerWords.get(1).equals("to")
        && PAGE_PLACES.contains(s.lowerWords.get(s.words - 1));
  }

  /**
   * A skip link, the first link of a page for readers who move by keyboard or screen reader: "Skip to main content",
   * "Skip navigation", "Jump to comments", "Skip advertisement". At most {@link #MAX_TIME_NOTE_WORDS} words, no
   * sentence's end, figure or quotation, opening with "skip" or "jump", maybe "to", then only the names of parts of a
   * page ({@link #SKIP_TARGETS}). It is navigation, however it stands; "Skip the queue at Lindby airport" names no
   * part of a page and stays.
   */
  boolean isSkipLink(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_TIME_NOTE_WORDS || s.terminal || s.hasQuote || s.digits > 0
        || !(s.lowerWords.get(0).equals("skip") || s.lowerWords.get(0).equals("jump"))) {
      return false;
    }
    int from = s.lowerWords.get(1).equals("to") ? 2 : 1;
    return from < s.words && s.lowerWords.subList(from, s.words).stream().allMatch(SKIP_TARGETS::contains);
  }

  /** The parts of a page a skip link leads to or past ("main content", "navigation", "advertisement"). */
  private static final Set<String> SKIP_TARGETS = Set.of("main", "content", "navigation", "nav", "menu", "search",
      "footer", "article", "story", "comments", "top", "bottom", "links", "sections", "advertisement", "ad");

  /** Where a link back leads: "main page", "top", "index". */
  private static final Set<String> PAGE_PLACES = Set.of("page", "homepage", "top", "index");

  /** The most words of a note of the clock a live page's stamps are in. */
  static final int MAX_TIME_NOTE_WORDS = 6;

  /**
   * A control that orders a live page's posts: its label ("Sort by:", "Order by:") or one of its choices, two words
   * of which the last is "first" ("Newest first", "• Oldest first"). "Lindby first" is no order and stays.
   */
  boolean isSortControl(PageLine l) {
    LineShape s = l.shape;
    if (s.words != 2 || s.digits > 0 || s.hasQuote) {
      return false;
    }
    String first = s.lowerWords.get(0);
    String second = s.lowerWords.get(1);
    return (first.equals("sort") || first.equals("order")) && second.equals("by") && text.charAt(l.end - 1) == ':'
        || SORT_ORDERS.contains(first) && second.equals("first") && !s.terminal;
  }

  /** The orders a live page offers its posts in: "Newest first". */
  private static final Set<String> SORT_ORDERS = Set.of("newest", "latest", "oldest", "earliest");

  /** What a page calls its running coverage after "live": "live blog", "live coverage". */
  private static final Set<String> LIVE_PIECES = Set.of("blog", "coverage", "updates", "feed", "page", "thread");

  /** Words that say a live piece has stopped: "is now closed", "has ended". */
  private static final Set<String> CLOSING_WORDS = Set.of("closed", "ended", "over", "finished", "concluded");

  /** The verb right after "this story" in a notice that it will change: "This story will be updated". */
  private static final Set<String> NOTICE_AUXILIARIES = Set.of("will", "is", "may", "has");

  /** The most words of a notice that the article will be updated. */
  static final int MAX_UPDATE_NOTICE_WORDS = 25;
  /** Names of the page's own article in a notice about it; not "report" or "item", which may be what it reports. */
  private static final Set<String> PAGE_PIECES = Set.of("story", "article", "post", "page", "transcript");

  private static boolean isPiece(String word) {
    return PIECES.contains(word) || word.equals("content");
  }

  /**
   * The words after the label ({@link #wordsAfterLabel}) of a line of {@code minWords} to {@code maxWords} words,
   * without quotation or a verb of saying, when they are four or more and open with "this"; else empty. The site's
   * word about its own page reads so ("Update: This story will be updated."), a report of speech does not.
   */
  private List<String> sentenceOpeningWithThis(PageLine l, int minWords, int maxWords) {
    LineShape s = l.shape;
    if (s.words < minWords || s.words > maxWords || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return List.of();
    }
    List<String> w = wordsAfterLabel(l);
    return w.size() >= 4 && w.get(0).equals("this") ? w : List.of();
  }

  /**
   * The line's lower-cased words after a short label ending in a colon ("Update: This story ..."). The label's words
   * are counted between letters and digits, the line's between blanks, so a label of dotted figures ("1.2.3: a b")
   * may count more than the line has: then no word is left.
   */
  private List<String> wordsAfterLabel(PageLine l) {
    List<String> words = l.shape.lowerWords;
    return words.subList(Math.min(labelWords(l), words.size()), words.size());
  }

  /** The words of a short label that opens the line and ends in a colon ("Please note:", "Note:"); 0 without one. */
  private int labelWords(PageLine l) {
    int words = 0;
    boolean inWord = false;
    for (int i = l.start; i < Math.min(l.end, l.start + MAX_LABEL_CHARS); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return inWord ? words + 1 : words;
      }
      if (Character.isLetterOrDigit(c)) {
        inWord = true;
      } else if (inWord) {
        words++;
        inWord = false;
      }
    }
    return 0;
  }

  /**
   * A pointer to something the page embeds: "Read the full post via the Lindby Courier:", "Watch the video below:",
   * "See the full letter here." An imperative of reading or watching opening a short line without quotation marks,
   * which ends in a colon or points "below", "above" or "here".
   */
  boolean isEmbedPointer(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > 12 || s.hasQuote || !POINTER_VERBS.contains(s.rawWords.get(0))) {
      return false;
    }
    int end = l.end;
    while (end > l.start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String last = s.lowerWords.get(s.words - 1);
    return end > l.start && text.charAt(end - 1) == ':' || last.equals("below") || last.equals("above")
        || last.equals("here");
  }

  /**
   * The site asking for the reader's comment or click: "Sound off in the comments below!", "Leave your thoughts in
   * the comments section.", "Hit the jump for more details." A short line without quotation marks that opens with
   * an imperative or speaks to the reader and points to the comments, a blog's "jump" to the rest of the post, or
   * the prompt to see a picture larger ({@link #isPictureViewPrompt}). A call to comment in the site's words, with
   * no "comments" in it ({@link #isCallToComment}: "Have your say", "Join the conversation"), is one too.
   */
  boolean isReaderPrompt(PageLine l) {
    LineShape s = l.shape;
    if (isCallToComment(l)) {
      return true;
    }
    if (s.words < 3 || s.words > 20 || s.hasQuote) {
      return false;
    }
    List<String> w = s.lowerWords;
    if (w.get(0).equals("hit") && w.get(1).equals("the") && w.get(2).equals("jump") || isPictureViewPrompt(s)) {
      return true;
    }
    boolean comments = w.contains("comments") || w.contains("comment") && w.contains("section");
    boolean imperative = Character.isUpperCase(s.rawWords.get(0).charAt(0)) && PROMPT_VERBS.contains(w.get(0));
    return comments && !s.anyWordIn(Vocabulary.SPEECH) && (imperative || w.contains("you") || w.contains("your"));
  }

  /**
   * The prompt under a picture to see it larger: "Click to ENLARGE.", "Click image to enlarge", "Tap to zoom": at
   * most {@link #MAX_VIEW_PROMPT_WORDS} words opening with "Click" or "Tap" and holding "to" and a word for showing
   * a picture larger ({@link #ENLARGE_WORDS}). "Tap to pay is spreading in Lindby" has no such word and stays.
   */
  private static boolean isPictureViewPrompt(LineShape s) {
    return s.words <= MAX_VIEW_PROMPT_WORDS && Character.isUpperCase(s.rawWords.get(0).charAt(0))
        && (s.lowerWords.get(0).equals("click") || s.lowerWords.get(0).equals("tap")) && s.lowerWords.contains("to")
        && s.anyWordIn(ENLARGE_WORDS);
  }

  /**
   * A call to comment as a site writes it over its comment box: a line of at most {@link #MAX_CALL_TO_COMMENT_WORDS}
   * words, capitalised as written, without quotation or a full stop at its end, that opens with "Have your say" or
   * "Join the" and a word for talk (conversation, debate, discussion) and has no verb of saying after that: "Have
   * your say", "Join the debate on Lindby's ferry". "Residents can have their say until Friday.", "Have your say,
   * the mayor told residents" and "Join the debate." stay.
   */
  private boolean isCallToComment(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > MAX_CALL_TO_COMMENT_WORDS || s.hasQuote
        || text.substring(l.start, l.end).strip().endsWith(".")
        || !Character.isUpperCase(s.rawWords.get(0).charAt(0))) {
      return false;
    }
    List<String> w = s.lowerWords;
    boolean call = w.get(0).equals("have") && w.get(1).equals("your") && w.get(2).equals("say")
        || w.get(0).equals("join") && w.get(1).equals("the") && TALK_WORDS.contains(w.get(2));
    return call && w.subList(3, w.size()).stream().noneMatch(Vocabulary.SPEECH::contains);
  }

  /** The most words of a call to comment ("Have your say on the new ferry timetable"). */
  static final int MAX_CALL_TO_COMMENT_WORDS = 8;
  /** What a call to comment asks the reader to join. */
  private static final Set<String> TALK_WORDS = Set.of("conversation", "debate", "discussion");

  /** The most words of a prompt to see a picture larger. */
  static final int MAX_VIEW_PROMPT_WORDS = 8;
  /** Words for showing a picture larger. */
  private static final Set<String> ENLARGE_WORDS = Set.of("enlarge", "expand", "zoom", "larger", "full-size");

  /**
   * How to reach the writer or the desk: "Post columnist Karl Lind can be reached at 206-555-0100 or
   * karllind@lindbypost.com.", "Contact Karl Lind at karllind@lindbypost.com." A line of at most 40 words without
   * quotation marks that holds an e-mail address or a telephone number (seven digits or more) and says "can be
   * reached at" or "may be reached at", or opens with "Contact", "Email" or "Reach". "Lind could not be reached for
   * comment" and a witness appeal ("Anyone with information can call police at 555-0100") are reporting.
   */
  boolean isContactLine(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > 40 || s.hasQuote || !(hasEmailAddress(l) || s.digits >= 7)) {
      return false;
    }
    List<String> w = s.lowerWords;
    for (int i = 0; i + 3 < w.size(); i++) {
      if ((w.get(i).equals("can") || w.get(i).equals("may")) && w.get(i + 1).equals("be")
          && w.get(i + 2).equals("reached") && w.get(i + 3).equals("at")) {
        return true;
      }
    }
    return CONTACT_OPENINGS.contains(s.rawWords.get(0));
  }

  /** A word with an at sign between letters and a dot after it: an e-mail address. */
  private boolean hasEmailAddress(PageLine l) {
    for (int k = l.start + 1; k + 1 < l.end; k++) {
      if (text.charAt(k) == '@' && Character.isLetterOrDigit(text.charAt(k - 1))
          && Character.isLetterOrDigit(text.charAt(k + 1))) {
        for (int j = k + 2; j + 1 < l.end && !Character.isWhitespace(text.charAt(j)); j++) {
          if (text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The sponsor of a page or a series: "Presented by Lindby Bank", "Underwritten by The Lindby Bank", "Brought to
   * you by Lindby Bank". A line of at most {@link #MAX_SPONSOR_WORDS} words, no sentence, that opens with a word for
   * sponsoring ({@link #SPONSOR_WORDS}, capitalised; "Brought to you") and goes on with "by" in lower case and one to
   * {@link BylineRules#MAX_NAME_WORDS} capitalised names, the last of which may be a company's short word with its
   * full stop ("Lindby Bank Co."). A subheading in title case ("Powered By Hope") and a sentence ("Presented by Karl
   * Lind, the plan was approved.") stay.
   */
  boolean isSponsorLine(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal && !endsWithShortCapitalisedWord(l) || s.hasQuote || s.words < 3 || s.words > MAX_SPONSOR_WORDS
        || s.rawWords.size() != s.words) {
      return false;
    }
    List<String> w = s.lowerWords;
    boolean broughtToYou = s.words >= 5 && s.rawWords.get(0).equals("Brought") && w.get(1).equals("to")
        && w.get(2).equals("you");
    int by = SPONSOR_WORDS.contains(s.rawWords.get(0)) ? 1 : broughtToYou ? 3 : -1;
    if (by < 0 || !s.rawWords.get(by).equals("by") || s.words - by - 1 < 1
        || s.words - by - 1 > BylineRules.MAX_NAME_WORDS) {
      return false;
    }
    return s.capitalisedOrParticles(by + 1, s.words);
  }

  /** Whether the line ends with a capitalised word of at most four letters and its full stop: "Co.", "Inc.". */
  private boolean endsWithShortCapitalisedWord(PageLine l) {
    String last = l.shape.rawWords.get(l.shape.rawWords.size() - 1);
    String t = text.substring(l.start, l.end).strip();
    return last.length() >= 2 && last.length() <= 4 && Character.isUpperCase(last.charAt(0))
        && t.endsWith(" " + last + ".");
  }

  /** The most words of a sponsor's line. */
  static final int MAX_SPONSOR_WORDS = 9;
  /** Words for sponsoring before "by": "Presented by", "Underwritten by". */
  private static final Set<String> SPONSOR_WORDS = Set.of(
      "Presented", "Sponsored", "Underwritten", "Supported", "Powered", "Funded");

  /**
   * The site asking the reader to follow it, finished with a full stop: "Follow politics on the Post's blog at
   * blog.lindbypost.com/politics.", "Follow us on Twitter @lindbypost." A short line without quotation marks or a
   * verb of saying that opens with "Follow", "Like", "Join", "Visit" or "Find" and points to a web address, a
   * handle or a social network. "Follow the money, the senator said" is reporting.
   */
  boolean isFollowPrompt(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > 20 || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)
        || !FOLLOW_OPENINGS.contains(s.rawWords.get(0))) {
      return false;
    }
    boolean handle = false;
    for (int k = l.start + 1; k + 1 < l.end; k++) {
      handle |= text.charAt(k) == '@' && Character.isWhitespace(text.charAt(k - 1))
          && Character.isLetterOrDigit(text.charAt(k + 1));
    }
    return s.urlTokens > 0 || handle || s.anyWordIn(SOCIAL_NETWORKS);
  }

  /**
   * A box's call to follow the site, with no address: "CONNECT WITH US TODAY", "Follow us", "Stay connected with
   * us", "Be the first to know the latest news". A line of at most {@link #MAX_CALL_WORDS} words without quotation
   * or a verb of saying that opens with "follow", "connect" or "stay connected" and has "us" within its next three
   * words, or opens with "be the first to" and a verb of learning. "Join us at the town hall on Friday" may be the
   * story's invitation, and "Be the first to try the new ferry" is no call to follow. A social box's "Follow Lindby
   * News" (the verb, then the site's name in one to {@link #MAX_FOLLOWED_NAME_WORDS} capitalised words without a
   * function word, a figure or an end) is one too: a page pasted without its headline took it for the title.
   */
  boolean isCallToFollow(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_CALL_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    if (isFollowTheSite(l)) {
      return true;
    }
    List<String> w = s.lowerWords;
    if (w.size() >= 5 && w.get(0).equals("be") && w.get(1).equals("the") && w.get(2).equals("first")
        && w.get(3).equals("to") && LEARNING_VERBS.contains(w.get(4))) {
      return true;
    }
    int from = w.get(0).equals("stay") && w.get(1).equals("connected") ? 2 : 1;
    if (from == 1 && !CALL_OPENINGS.contains(w.get(0))) {
      return false;
    }
    return (from == 2 && w.size() == 2) || w.subList(from, Math.min(w.size(), from + 3)).contains("us");
  }

  /**
   * "Follow Lindby News", "FOLLOW THE LINDBY POST": "Follow" as written at the line's start, then only a name of
   * one to {@link #MAX_FOLLOWED_NAME_WORDS} capitalised words ("The" may open it), with no other function word,
   * no figure and nothing after it. "Follow the money", "Follow Jane Roe's lead" and "Follow Lindby News for
   * updates" are not, nor is a headline in title case whose words after "Follow" the paragraph under it writes in
   * lower case, as common words of its story ("Follow The Money" over "... and where the money went"): a site's
   * name has a word that paragraph does not write in lower case ("Lindby", "LTV"), and a box at the page's
   * end has no paragraph under it.
   */
  private boolean isFollowTheSite(PageLine l) {
    LineShape s = l.shape;
    String first = s.rawWords.get(0);
    if (!(first.equals("Follow") || first.equals("FOLLOW")) || s.terminal || s.digits > 0
        || s.words - 1 > MAX_FOLLOWED_NAME_WORDS || s.words != s.rawWords.size()) {
      return false;
    }
    Set<String> below = null;
    boolean allCommon = true;
    for (int k = 1; k < s.words; k++) {
      String raw = s.rawWords.get(k);
      String lower = s.lowerWords.get(k);
      boolean leadingThe = k == 1 && lower.equals("the") && s.words > 2;
      if (!Character.isUpperCase(raw.charAt(0)) || !leadingThe && Vocabulary.STOP_WORDS.contains(lower)
          || raw.indexOf('\'') >= 0 || raw.indexOf('\u2019') >= 0) {
        return false;
      }
      if (!leadingThe && allCommon) {
        below = below == null ? lowerCaseWordsBelow(l) : below;
        allCommon = below.contains(lower);
      }
    }
    return !allCommon;
  }

  /** The words the first line with letters below {@code l} writes in lower case: the paragraph it heads. */
  private Set<String> lowerCaseWordsBelow(PageLine l) {
    int i = l.end;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    Set<String> words = new HashSet<>();
    while (i < text.length() && text.charAt(i) != '\n') {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean lower = true;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        lower &= Character.isLowerCase(text.charAt(i));
        i++;
      }
      if (lower) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** The most words of the site's name after "Follow" ("Follow Lindby News"). */
  static final int MAX_FOLLOWED_NAME_WORDS = 4;
  /** The most words of a call to follow the site. */
  static final int MAX_CALL_WORDS = 12;
  /** The verbs that open a call to follow the site ("Connect with us"). */
  private static final Set<String> CALL_OPENINGS = Set.of("follow", "connect");
  /** What the reader will be the first to do: "Be the first to know". */
  private static final Set<String> LEARNING_VERBS = Set.of("know", "hear", "learn", "see", "find");

  /**
   * A widget's error message: "Something went wrong - please try again later.", "There was an error. Please try
   * again.", "Oops! Try back later". A line of at most {@link #MAX_ERROR_NOTICE_WORDS} words, without quotation marks
   * or a verb of saying, that tells the reader to try again: "try again" or "try back" opening the line or a clause
   * (after a sentence's or clause's punctuation, or after a "please" that itself opens one). A page pasted with a
   * sign-up box's or a player's error took it for its headline. "Voters were told to try again later.", "Voters
   * were asked to please try again after noon." and "Lindby will try again in May." report and stay, as does a
   * message a story quotes.
   */
  boolean isErrorNotice(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_ERROR_NOTICE_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    String lower = text.substring(l.start, l.end).toLowerCase(Locale.ROOT);
    for (String ask : TRY_AGAIN) {
      for (int at = lower.indexOf(ask); at >= 0; at = lower.indexOf(ask, at + 1)) {
        if (opensAClause(lower, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most words of a widget's error message. */
  static final int MAX_ERROR_NOTICE_WORDS = 15;
  /** What an error message asks the reader to do. */
  private static final List<String> TRY_AGAIN = List.of("try again", "try back");

  /**
   * Whether the words at {@code at} open the line or a clause: first, after punctuation, or after a "please" that
   * itself opens the line or a clause ("Error. Please try again"); a "please" inside a sentence that reports ("Voters
   * were asked to please try again after noon.") opens nothing.
   */
  private static boolean opensAClause(String lower, int at) {
    int k = at;
    while (k > 0 && Blanks.isBlank(lower.charAt(k - 1))) {
      k--;
    }
    if (k == 0) {
      return true;
    }
    char before = lower.charAt(k - 1);
    if (".!?,;:-\u2013\u2014(".indexOf(before) >= 0) {
      return true;
    }
    return k != at && k >= 6 && lower.startsWith("please", k - 6)
        && (k == 6 || !Character.isLetter(lower.charAt(k - 7))) && opensAClause(lower, k - 6);
  }

  /** Words that open a contact line as written: "Contact Karl Lind at …", "Email the newsroom at …". */
  private static final Set<String> CONTACT_OPENINGS = Set.of("Contact", "Email", "E-mail", "Reach");
  /** Imperatives that open a prompt to follow the site, as written at a line's start. */
  private static final Set<String> FOLLOW_OPENINGS = Set.of("Follow", "Like", "Join", "Visit", "Find");
  /** Social networks a follow prompt names. */
  private static final Set<String> SOCIAL_NETWORKS = Set.of("twitter", "facebook", "instagram", "youtube", "tiktok",
      "linkedin", "threads", "bluesky", "mastodon", "snapchat", "pinterest", "reddit");

  /** Imperatives that open a request for the reader's comment: "Sound off", "Tell us", "Leave a comment". */
  private static final Set<String> PROMPT_VERBS = Set.of("sound", "tell", "let", "leave", "share", "post", "drop",
      "weigh", "join", "give", "add", "comment");

  /** Imperatives that open a pointer to an embedded post, video or document, as written at a line's start. */
  private static final Set<String> POINTER_VERBS = Set.of("Read", "Watch", "See", "View", "Listen");

  /** What comes before "version" in a correction ("an earlier version"). */
  private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "original");
  /** Words for the piece a notice is about ("this article", "this post"). */
  private static final Set<String> PIECES = Set.of("article", "story", "post", "report", "piece", "item", "column");

  /**
   * A sign-up box: {@code Sign up for the Morning Briefing newsletter ...}, {@code Stay up to date with
   * our newsletters}. An imperative opening addressed to the reader, and either a subscription verb pair
   * ("sign up", "log in") or a furniture word, with no quotation and no reported speech.
   */
  boolean isSignUpPrompt(PageLine l) {
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
   * A prompt to install the outlet's app: "Download the Lindby News app for the latest updates.", "Install our app
   * to read on the go". "Download" or "Install" as written at the line's start and the word "app" or "apps" in a
   * line of at most {@link #MAX_APP_PROMPT_WORDS} words, with no quotation and no verb of saying. "Download the
   * county's app to report a pothole, officials said." reports and stays.
   */
  boolean isAppPrompt(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > MAX_APP_PROMPT_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    String first = s.rawWords.get(0);
    return (first.equals("Download") || first.equals("Install") || first.equals("DOWNLOAD"))
        && (s.lowerWords.contains("app") || s.lowerWords.contains("apps"));
  }

  /** The most words of a prompt to install the outlet's app. */
  static final int MAX_APP_PROMPT_WORDS = 20;

  /**
   * A site's pointer to its own coverage: "For the latest news, weather and sports, head to Lindby News Now.",
   * "For breaking news, go to LindbyPost.example". A line of at most {@link #MAX_SITE_POINTER_WORDS} words, without
   * quotation or a verb of saying, that opens with "For the latest" or "For breaking", has a comma, and sends the
   * reader on ("head to", "go to", "visit") to a name written with a capital or an address. "For the
   * latest road closures, visit the county's website." names no site and stays.
   */
  boolean isSitePointer(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 5 || s.words > MAX_SITE_POINTER_WORDS || s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    List<String> w = s.lowerWords;
    boolean opens = w.get(0).equals("for") && (w.get(1).equals("breaking")
        || w.get(1).equals("the") && w.get(2).equals("latest"));
    if (!opens || s.words != s.rawWords.size()) {
      return false;
    }
    String line = text.substring(l.start, l.end);
    int comma = line.indexOf(',');
    for (int k = 2; k + 1 < s.words; k++) {
      String verb = w.get(k);
      boolean sends = (verb.equals("head") || verb.equals("go")) && w.get(k + 1).equals("to") && k + 2 < s.words;
      int target = sends ? k + 2 : verb.equals("visit") ? k + 1 : -1;
      if (target < 0 || comma < 0) {
        continue;
      }
      String raw = s.rawWords.get(target);
      return Character.isUpperCase(raw.charAt(0)) || s.urlTokens > 0;
    }
    return false;
  }

  /** The most words of a site's pointer to its own coverage. */
  static final int MAX_SITE_POINTER_WORDS = 30;

  /**
   * A licence notice: {@code This material may not be published, broadcast, rewritten or redistributed}, or
   * an archive's "for personal, non-commercial use ... does not constitute a republication". Two words of
   * rights, a negation or "only", and no quotation or reported speech (which would be reporting about rights).
   */
  boolean isRightsNotice(PageLine l) {
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
}
