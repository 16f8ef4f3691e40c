package dev.parallax.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The stamps of a live page's posts, and the box of key events that links to them.
 *
 * <p>A live page sets each post under the time it was posted ("9:02 AM", "08:40", "2 min ago"), newest first. A
 * story's timeline sets each entry under the time it happened, oldest first. So headings of a time of day that run
 * newest first are the page's stamps, not the story's ({@link #newestFirst}). A live page's box of key events
 * ("- 9:02 AM Death toll rises") lists its posts by their stamps: a bullet that opens with a post's stamp links to
 * that post, which the page holds in full ({@link #markLinksToPosts}).
 *
 * <table>
 *   <caption>Stamps read as a time ({@link #minutes})</caption>
 *   <tr><th>stamp</th><th>minutes</th></tr>
 *   <tr><td>{@code 9:02 AM}, {@code 09:02}, {@code 9.02am}</td><td>542</td></tr>
 *   <tr><td>{@code 12:05 a.m.}</td><td>5</td></tr>
 *   <tr><td>{@code 9:40 pm BST}</td><td>1300</td></tr>
 *   <tr><td>{@code 2 min ago}</td><td>-2</td></tr>
 *   <tr><td>{@code 1 hr ago}</td><td>-60</td></tr>
 *   <tr><td>{@code Tuesday (May 5)}, {@code 25:10}</td><td>none</td></tr>
 * </table>
 *
 * <p>One instance per page, for its two passes; the static readings keep no state.
 */
final class LivePosts {
  /** The units of a post's age before "ago", by their first letter: "2 min ago", "1 hr ago", "3 hours ago". */
  private static final Set<String> AGE_UNITS = Set.of("s", "sec", "secs", "second", "seconds", "m", "min", "mins",
      "minute", "minutes", "h", "hr", "hrs", "hour", "hours");

  private final Page page;
  private final String text;

  LivePosts(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /**
   * Marks as {@link RemovalReason#TEASER} a paragraph about another story: a kept line that opens with "In other
   * news" or "In unrelated news" and a comma or a colon, and shares at most {@link #MAX_WORDS_SHARED_BY_OTHER_NEWS}
   * content word ({@link ContentWords}) with the page's other kept lines. A live page's post on another matter
   * ("In other news: the county's vote on parking fees was put off") is no part of the story the page follows; a
   * paragraph so opened that goes on about the story ("In other news from the harbour, the ferry ...") shares its
   * words and stays. Runs last, on the lines kept.
   */
  void markOtherNews() {
    List<PageLine> candidates = page.lines.stream()
        .filter(l -> l.kept() && l.kind == BlockKind.STORY && opensWithOtherNews(l)).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Map<String, Integer> lines = new HashMap<>(); // how many kept lines use each content word
    for (PageLine l : page.lines) {
      if (l.kept()) {
        ContentWords.of(l.shape).forEach(w -> lines.merge(w, 1, Integer::sum));
      }
    }
    for (PageLine l : candidates) {
      Set<String> own = ContentWords.of(l.shape);
      own.removeAll(OTHER_NEWS_WORDS);
      long shared = own.stream().filter(w -> lines.getOrDefault(w, 0) > 1).count();
      if (shared <= MAX_WORDS_SHARED_BY_OTHER_NEWS) {
        l.reason = RemovalReason.TEASER;
      }
    }
  }

  private boolean opensWithOtherNews(PageLine l) {
    List<String> w = l.shape.lowerWords;
    if (w.size() < 4 || !w.get(0).equals("in") || !(w.get(1).equals("other") || w.get(1).equals("unrelated"))
        || !w.get(2).equals("news")) {
      return false;
    }
    for (int i = l.start; i + 4 < l.end; i++) {
      if (text.regionMatches(true, i, "news", 0, 4)) {
        return text.charAt(i + 4) == ',' || text.charAt(i + 4) == ':';
      }
    }
    return false;
  }

  /** The words of the label itself, cut as {@link ContentWords} cuts them. */
  private static final Set<String> OTHER_NEWS_WORDS = Set.of("other", "unrel", "news");
  /**
   * The most content words a paragraph of other news may share with the rest of the page: one, as a council's
   * spokeswoman and a hospital's spokesman meet in "spoke".
   */
  static final int MAX_WORDS_SHARED_BY_OTHER_NEWS = 1;

  /**
   * A stamp read as minutes: a time of day as minutes after midnight, a post's age as minus its minutes, so that a
   * later post has the larger number either way; empty when the line is no such stamp.
   */
  static OptionalInt minutes(String stamp) {
    String s = stamp.strip();
    int i = digits(s, 0);
    if (i == 0 || i > 3) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(s.substring(0, i));
    if (i <= 2 && i + 3 <= s.length() && (s.charAt(i) == ':' || s.charAt(i) == '.') && digits(s, i + 1) == i + 3) {
      int m = Integer.parseInt(s.substring(i + 1, i + 3));
      List<String> after = new ArrayList<>(List.of(s.substring(i + 3).strip().split(" +")));
      if (after.size() > 1 && isZone(after.get(after.size() - 1))) {
        after.remove(after.size() - 1); // "9:40 pm BST"
      }
      String half = String.join("", after).replace(".", "").toLowerCase(Locale.ROOT);
      if (m > 59 || !(half.isEmpty() || half.equals("am") || half.equals("pm"))
          || (half.isEmpty() ? n > 23 : n < 1 || n > 12)) {
        return OptionalInt.empty();
      }
      return OptionalInt.of((half.isEmpty() ? n : n % 12 + (half.equals("pm") ? 12 : 0)) * 60 + m);
    }
    List<String> rest = List.of(s.substring(i).strip().split(" +"));
    if (rest.size() == 2 && AGE_UNITS.contains(rest.get(0).toLowerCase(Locale.ROOT))
        && rest.get(1).equalsIgnoreCase("ago")) {
      char unit = Character.toLowerCase(rest.get(0).charAt(0));
      return OptionalInt.of(-(unit == 'h' ? n * 60 : unit == 'm' ? n : 0));
    }
    return OptionalInt.empty();
  }

  /** The index after the run of digits from {@code from}. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** A time zone's abbreviation: two to five capitals, not "AM" or "PM" ("BST", "ET"). */
  private static boolean isZone(String word) {
    if (word.length() < 2 || word.length() > 5 || word.equals("AM") || word.equals("PM")) {
      return false;
    }
    return word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** The most words of a post's stamp ("9:40 pm BST", "2 min ago"). */
  static final int MAX_STAMP_WORDS = 3;

  /**
   * Whether stamps run newest first: two or more, each read as a time ({@link #minutes}), none later than the one
   * above it, and one at least earlier. A live page's posts run so; a story's timeline runs forward, and a list
   * of days ("Monday (May 4)") reads as no time.
   */
  static boolean newestFirst(List<String> stamps) {
    if (stamps.size() < 2) {
      return false;
    }
    boolean earlier = false;
    int previous = Integer.MAX_VALUE;
    for (String stamp : stamps) {
      OptionalInt m = minutes(stamp);
      if (m.isEmpty() || m.getAsInt() > previous) {
        return false;
      }
      earlier |= m.getAsInt() < previous && previous != Integer.MAX_VALUE;
      previous = m.getAsInt();
    }
    return earlier;
  }

  /**
   * Marks as {@link RemovalReason#NAVIGATION} the bullets that link to the page's posts: a kept bullet that opens
   * with a post's stamp, a line removed as a {@link RemovalReason#BYLINE} that reads as a time ({@link #minutes}),
   * then words ("- 9:02 AM Death toll rises to seven" with a post stamped "9:02 AM"). A list of times that no
   * post is stamped with (a ferry's timetable) is the story's. Runs after the line rules.
   */
  void markLinksToPosts() {
    Set<String> stamps = new HashSet<>();
    for (PageLine l : page.lines) {
      String t = text.substring(l.start, l.end).strip();
      if (l.reason == RemovalReason.BYLINE && minutes(t).isPresent()) {
        stamps.add(String.join(" ", t.toLowerCase(Locale.ROOT).split(" +")));
      }
    }
    if (stamps.isEmpty()) {
      return;
    }
    for (PageLine l : page.lines) {
      if (!l.open() || !page.isBullet(l)) {
        continue;
      }
      // the bullet's first one to MAX_STAMP_WORDS words, with more words after them: "9:02", "9:02 am", ...
      String[] words = text.substring(l.start + 1, l.end).strip().toLowerCase(Locale.ROOT).split(" +");
      String prefix = "";
      for (int k = 0; k < Math.min(words.length - 1, MAX_STAMP_WORDS); k++) {
        prefix = k == 0 ? words[0] : prefix + " " + words[k];
        if (stamps.contains(prefix)) {
          l.reason = RemovalReason.NAVIGATION;
          break;
        }
      }
    }
  }
}
