package dev.parallax.ingest;

import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import dev.parallax.internal.Blanks;
import dev.parallax.internal.SiteNames;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The parts of an HTML page that make an article: title, date, site name and main text.
 *
 * <p>Markup that is chrome by its tag or role (scripts, navigation, header, footer, asides, figure captions,
 * hidden elements, forms that hold little prose) never reaches the story, nor do parts named by their class or
 * id as comments, related stories, share bars or captions, nor short blocks made mostly of link text (menus,
 * lists of teasers). The story keeps one block element per paragraph, separated by blank lines; list items
 * start with a bullet.
 *
 * <p>{@link #text} is the page's text in page order: the story's lines and, between them, each visible line the
 * extraction dropped that holds at least {@link #MIN_SHOWN_WORDS} words (a menu, a cookie banner, a teaser, a
 * footer), so that what was dropped can be shown with a reason ({@link #dropped}) at offsets of that text, as a
 * pasted page's chrome is. Scripts, styles and hidden elements are no text of the page and are left out, and so
 * are dropped lines of fewer words (a menu's single links, a "Share" button). {@link #story} holds the story's
 * runs of lines as blocks.
 *
 * <p>A pull quote (an element whose class or id says {@code pullquote}, {@code pull-quote} or {@code
 * quote-callout}) is the story's text set twice when the story's words carry it: then it is dropped as a
 * {@link RemovalReason#DUPLICATE}, and so is an aside of at most {@link #MAX_PULL_QUOTE_WORDS} words that repeats
 * the story's words. A pull quote inside the story whose words the story does not carry is the only place the
 * page prints them: it is kept as a line of the story, in its place.
 */
record HtmlPage(String title, Optional<LocalDate> published, Optional<String> siteName, String text, List<Block> story,
    List<Removal> dropped, Optional<GenreMark> genreMark) {
  /** A dropped line is shown (in {@link #text} and as a removal) when it holds at least this many words. */
  static final int MIN_SHOWN_WORDS = 4;
  /** An aside no longer than this many words that repeats the story's words is a pull quote. */
  static final int MAX_PULL_QUOTE_WORDS = 60;
  /** Past this many characters an aside's text is not gathered: far longer than a pull quote. */
  private static final int MAX_PULL_QUOTE_CHARS = 2_000;
  /** A pull quote is found in the story only when it has at least this many words (a word or two is anywhere). */
  private static final int MIN_CARRIED_WORDS = 3;
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern JSON_LD_DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]*)\"");
  /** A JSON-LD type or section given as one string: {@code "@type": "OpinionNewsArticle"}, {@code "articleSection"}. */
  private static final Pattern JSON_LD_GENRE = Pattern.compile("\"(?:@type|articleSection)\"\\s*:\\s*\"([^\"]*)\"");
  /** Where a kicker over the headline is a menu's entry or a list's item, not a label of the story. */
  private static final String MENU = "nav, menu, li, [role=navigation], [role=menu]";
  /** Links side by side that make a menu rather than a breadcrumb. */
  private static final int MENU_LINKS = 3;
  /** What separates the words of a class or id. */
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** The host of an address, without "www.". */
  private static final Pattern HOST = Pattern.compile("^[a-z]+://(?:www\\.)?([^/:?#]+)", Pattern.CASE_INSENSITIVE);
  /** Dates before this year are placeholders ("0001-01-01"), not a publication date. */
  private static final int FIRST_PLAUSIBLE_YEAR = 1990;
  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre",
      "figcaption", "td");
  /** Markup that is no visible text of the page: removed without a trace. */
  private static final String HIDDEN = "script, style, noscript, template, iframe, svg, canvas, [aria-hidden=true], [hidden]";
  /** Markup that is visible chrome by its tag or role: dropped from the story, its prose shown as removed. */
  private static final String CHROME = "button, nav, header, footer, aside, menu, figcaption, [role=navigation], "
      + "[role=banner], [role=contentinfo]";
  /** Paragraph text a form may hold and still be chrome (a search box, a newsletter sign-up). */
  private static final int FORM_MAX_PROSE_CHARS = 200;
  /** Paragraph text the element chosen as the story must hold, else the whole body is read. */
  private static final int MIN_STORY_CHARS = 200;
  /**
   * A run of text outside any paragraph tag (in a {@code <div>} or {@code <section>}) counts as prose when
   * one of its text nodes is at least this long; shorter loose text is a label, a menu entry or a button.
   */
  private static final int MIN_LOOSE_PROSE_CHARS = 40;
  /**
   * The story element is widened to its parent while the parent adds at most this share of text (a lead or
   * summary written beside the paragraphs, not a second story, a list of teasers or a comment thread).
   */
  private static final double MAX_PARENT_GAIN = 0.25;
  /** Beginnings of class or id words of comment threads: site furniture, and never the story. */
  private static final List<String> COMMENT_NAMES = List.of("comment", "disqus", "reply", "replies");
  /** Beginnings of class or id words of share bars, newsletter boxes and footers: furniture, never the story. */
  private static final List<String> BAR_NAMES = List.of("share", "sharing", "newsletter", "footer");
  /** Beginnings of class or id words of widgets of recommended stories: teasers, never the story. */
  private static final List<String> WIDGET_NAMES = List.of("related", "recommend", "trending", "popular", "promo",
      "sponsor", "outbrain", "taboola");

  /**
   * Beginnings of class or id words of page parts that are not the story (Readability's "unlikely candidates",
   * fewer): {@code comments}, {@code comment-list}, {@code related-posts}, {@code share-bar}, ...
   */
  private static final List<String> NOT_THE_STORY =
      Stream.of(COMMENT_NAMES, BAR_NAMES, WIDGET_NAMES).flatMap(List::stream).toList();
  /** Class or id words that say the element may hold the story even when another word names it an aside. */
  private static final Set<String> MAY_BE_THE_STORY = Set.of("article", "articlebody", "body", "content", "main",
      "story", "storybody", "entry", "post", "postbody", "embed", "text");
  /** Beginnings of class or id words of an image caption or credit written in a {@code <div>} or {@code <p>}. */
  private static final List<String> CAPTION = List.of("caption", "credit");
  /** A line whose text is nearly all link text is a list of links, however long. */
  private static final double MAX_LINK_SHARE_OF_LONG_LINE = 0.9;
  /** A block whose text is mostly link text is a menu or a list of teasers (boilerpipe's link density). */
  private static final double MAX_LINK_DENSITY = 0.6;
  /** Link density is only judged on short blocks: a long paragraph with links is still prose. */
  private static final int LINK_DENSITY_MAX_WORDS = 25;

  static HtmlPage parse(String html) {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(
        meta(doc, "meta[property=og:title]"),
        doc.title(),
        textOf(doc.selectFirst("h1")));
    Optional<LocalDate> date = firstDate(
        meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[property=article:published]"),
        jsonLdDatePublished(doc),
        meta(doc, "meta[itemprop~=(^|\\s)datePublished(\\s|$)]"),
        attr(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
        meta(doc, "meta[name=pubdate]"),
        meta(doc, "meta[name=publish-date]"),
        meta(doc, "meta[name=parsely-pub-date]"),
        meta(doc, "meta[name=dcterms.date]"),
        meta(doc, "meta[name=dc.date.issued]"),
        meta(doc, "meta[name=dc.date]"),
        meta(doc, "meta[name=sailthru.date]"),
        meta(doc, "meta[name=date]"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    String address = firstNonBlank(meta(doc, "meta[property=og:url]"),
        attr(doc.selectFirst("link[rel=canonical]"), "href"));
    String site = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"));
    String siteHost = hostOf(site);
    if (!siteHost.isEmpty()) {
      site = siteHost;  // a site name given as an address ("https://www.hawaiinewsnow.com")
    }
    title = withoutSiteName(title, site, address);
    if (site.isBlank()) {
      site = hostOf(address);  // "aljazeera.com" names the outlet better than the file's name
    }
    Map<Node, Element> detached = new IdentityHashMap<>();
    Optional<GenreMark> genre = genreMark(doc, address, title);
    doc.select(HIDDEN).remove();
    List<Element> pullQuotes = new ArrayList<>();
    for (Element e : doc.body() == null ? doc.select("*") : doc.body().select("*")) {
      if (isNamedPullQuote(e)) {
        pullQuotes.add(e);
      }
    }
    detachOutermost(pullQuotes, detached);
    detachOutermost(doc.select(CHROME), detached);
    removeFormsWithoutProse(doc, detached);
    TextLengths lengths = new TextLengths(doc);
    Element root = mainElement(doc, lengths);
    Element top = doc.body() != null && (root == doc.body() || isWithin(root, doc.body()))
        ? doc.body() : root;
    List<Line> lines = walk(top, root, lengths, true, detached);
    if (lines.stream().noneMatch(Line::story)) {
      // everything was in parts named as comments, captions or the like: better those than nothing
      lines = walk(top, root, lengths, false, detached);
    }
    lines = withPullQuotesDecided(lines);
    List<String> storyLines = lines.stream().filter(Line::story).map(Line::text).toList();
    if (storyLines.isEmpty()) {
      String t = root.wholeText().strip();
      lines = t.isEmpty() ? List.of() : List.of(new Line(0, t, true, null, null, false, null));
      storyLines = t.isEmpty() ? List.of() : List.of(t);
    }
    if (!title.isBlank() && (storyLines.isEmpty() || !storyLines.get(0).equals(title))) {
      boolean h1First = !storyLines.isEmpty() && root.selectFirst("h1") != null
          && storyLines.get(0).equals(textOf(root.selectFirst("h1")));
      if (!h1First) {
        List<Line> withTitle = new ArrayList<>(lines.size() + 1);
        withTitle.add(new Line(-1, title, true, null, null, false, null));
        withTitle.addAll(lines);
        lines = withTitle;
      }
    }
    return assemble(title, date, site.isBlank() ? Optional.empty() : Optional.of(site), lines, genre);
  }

  /**
   * The page's mark of its genre, the first found of: its metadata ({@code article:section}, {@code og:type}, a JSON-LD
   * {@code @type} or {@code articleSection}), a folder of its address, a label alone over its first {@code <h1>} (a
   * kicker, not in a menu, a list or hidden markup), a label opening its title. Read before any markup is taken out:
   * a kicker often sits in the page's {@code <header>}, and JSON-LD in a script.
   */
  private static Optional<GenreMark> genreMark(Document doc, String address, String title) {
    List<String> values = new ArrayList<>();
    values.add(meta(doc, "meta[property=article:section]"));
    values.add(meta(doc, "meta[property=og:type]"));
    values.addAll(jsonLdGenres(doc));
    for (String v : values) {
      Optional<GenreMark> m = v == null ? Optional.empty() : GenreMark.ofMetadata(v);
      if (m.isPresent()) {
        return m;
      }
    }
    Optional<GenreMark> byAddress = GenreMark.ofAddress(address);
    if (byAddress.isPresent()) {
      return byAddress;
    }
    Optional<GenreMark> byKicker = kickerOver(doc.body() == null ? null : doc.body().selectFirst("h1"));
    return byKicker.isPresent() ? byKicker : GenreMark.ofTitle(title);
  }

  /** The genre label alone on the last piece of text before {@code h1} in page order, outside menus and lists. */
  private static Optional<GenreMark> kickerOver(Element h1) {
    if (h1 == null) {
      return Optional.empty();
    }
    TextNode[] last = new TextNode[1];
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == h1) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t && !t.isBlank()) {
          last[0] = t;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, h1.ownerDocument() == null ? h1 : h1.ownerDocument().body());
    if (last[0] == null || last[0].parent() != null && (last[0].parent().closest(MENU + ", " + HIDDEN) != null
        || inRowOfLinks(last[0].parent()))) {
      return Optional.empty();
    }
    return GenreMark.ofKicker(last[0].text());
  }

  /** The page's text of story lines and shown dropped lines, the story's runs as blocks and the rest as removals. */
  private static HtmlPage assemble(String title, Optional<LocalDate> date, Optional<String> site, List<Line> lines,
      Optional<GenreMark> genre) {
    StringBuilder text = new StringBuilder();
    List<int[]> runs = new ArrayList<>(); // each run of story lines: start, end (cut from the text once, at the end)
    List<Removal> dropped = new ArrayList<>();
    int runStart = -1;
    for (Line l : lines) {
      if (!l.story() && Blanks.wordCount(l.text()) < MIN_SHOWN_WORDS) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(l.text());
      if (l.story()) {
        if (runStart < 0) {
          runStart = start;
          runs.add(new int[] {start, 0});
        }
        runs.get(runs.size() - 1)[1] = text.length();
      } else {
        runStart = -1;
        dropped.add(new Removal(start, text.length(), l.text(), l.reason()));
      }
    }
    String all = text.toString();
    List<Block> story = runs.stream().map(r -> new Block(r[0], r[1], all.substring(r[0], r[1]), BlockKind.STORY))
        .toList();
    return new HtmlPage(title, date, site, all, story, List.copyOf(dropped), genre);
  }

  /** The story's text alone: its lines joined by blank lines, the dropped lines left out. */
  String storyText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : story) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(b.text());
    }
    return sb.toString();
  }

  /**
   * Detaches the elements (in document order) that lie in none of the others: one marker per outermost element, so
   * that chrome nested in chrome is read with it, in one walk, however deep the nesting.
   */
  private static void detachOutermost(List<Element> elements, Map<Node, Element> detached) {
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements) {
      if (taken.contains(e.parent())) {
        taken.add(e);  // inside one detached already: read with it
      } else {
        taken.add(e);
        detach(e, detached);
      }
    }
  }

  /** Replaces an element by an empty marker, so that its text is shown as dropped in its place on the page. */
  private static void detach(Element e, Map<Node, Element> detached) {
    if (e.parent() == null) {
      return;
    }
    Comment marker = new Comment("");
    e.replaceWith(marker);
    detached.put(marker, e);
  }

  private static boolean isWithin(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The page's lines in page order, from one walk of {@code top}: the story's lines are those under {@code root}. */
  private static List<Line> walk(Element top, Element root, TextLengths lengths, boolean skipNamedParts,
      Map<Node, Element> detached) {
    List<Line> out = new ArrayList<>();
    new BlockText(lengths, skipNamedParts, new Walk(detached, out), null, null, false).lines(top, root);
    out.sort(java.util.Comparator.comparingLong(Line::order));
    return out;
  }

  /**
   * The lines with each pull quote decided: carried by the story's words, its lines are a {@link
   * RemovalReason#DUPLICATE}; else, when it stands in the story, they are story lines. An aside of at most {@link
   * #MAX_PULL_QUOTE_WORDS} words that the story carries is a duplicate too.
   */
  private static List<Line> withPullQuotesDecided(List<Line> lines) {
    String storyWords = " " + String.join(" ", wordsOf(String.join(" ",
        lines.stream().filter(Line::story).map(Line::text).toList()))) + " ";
    Map<Element, StringBuilder> groupText = new IdentityHashMap<>();
    for (Line l : lines) {
      Element group = l.pullQuote() != null ? l.pullQuote()
          : !l.story() && l.chrome() != null && l.chrome().normalName().equals("aside") ? l.chrome() : null;
      if (group != null) {
        StringBuilder sb = groupText.computeIfAbsent(group, k -> new StringBuilder());
        if (l.pullQuote() != null || sb.length() <= MAX_PULL_QUOTE_CHARS) {  // a long aside is no pull quote
          sb.append(sb.length() > 0 ? " " : "").append(l.text());
        }
      }
    }
    Map<Element, Boolean> decided = new IdentityHashMap<>();
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      if (l.pullQuote() != null) {
        boolean carried = decided.computeIfAbsent(l.pullQuote(),
            k -> carried(groupText.get(k).toString(), storyWords));
        out.add(carried ? l.dropped(RemovalReason.DUPLICATE) : l.keepable() ? l.asStory() : l);
      } else if (groupText.containsKey(l.chrome()) && !l.story() && decided.computeIfAbsent(l.chrome(), k -> {
        String t = groupText.get(k).toString();
        return Blanks.wordCount(t) <= MAX_PULL_QUOTE_WORDS && carried(t, storyWords);
      })) {
        out.add(l.dropped(RemovalReason.DUPLICATE));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Whether the story's words ({@code storyWords}, lower-cased words separated and surrounded by spaces) carry the
   * words of a pull quote: the words inside its quotation marks when it has them (its attribution may differ from
   * the story's: "… Berg said" / "… she said"), else all its words; each part between ellipses in one run.
   */
  private static boolean carried(String pullQuote, String storyWords) {
    String quoted = quotation(pullQuote);
    int total = 0;
    for (String part : quoted.split("\u2026|\\.\\.\\.")) {
      List<String> w = wordsOf(part);
      if (w.isEmpty()) {
        continue;
      }
      total += w.size();
      if (!storyWords.contains(" " + String.join(" ", w) + " ")) {
        return false;
      }
    }
    return total >= MIN_CARRIED_WORDS;
  }

  /** The text between the first opening quotation mark and the last closing one, or all of it when it has none. */
  private static String quotation(String s) {
    int open = -1;
    for (int i = 0; i < s.length() && open < 0; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u2018' && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
        open = i;
      }
    }
    if (open < 0) {
      return s;
    }
    int close = -1;
    for (int i = s.length() - 1; i > open && close < 0; i--) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201D' || c == '\u00BB' || c == '\u2019' && (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1)))) {
        close = i;
      }
    }
    return close < 0 ? s.substring(open + 1) : s.substring(open + 1, close);
  }

  /** The words of a text, lower-cased: runs of letters and digits. */
  private static List<String> wordsOf(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  /** Whether the element's class or id names it a pull quote ("pullquote", "pull-quote", "quote-callout"). */
  private static boolean isNamedPullQuote(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    StringBuilder letters = new StringBuilder(names.length());
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? Character.toLowerCase(names.charAt(i)) : ' ';
      if (Character.isWhitespace(c)) {
        String name = letters.toString();
        if (name.contains("pullquote") || name.contains("quotecallout")) {
          return true;
        }
        letters.setLength(0);
      } else if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return false;
  }

  /** What one walk collects: the markers of detached elements, the lines found, and the count that orders them. */
  private static final class Walk {
    final Map<Node, Element> detached;
    final List<Line> lines;
    long next;

    Walk(Map<Node, Element> detached, List<Line> lines) {
      this.detached = detached;
      this.lines = lines;
    }
  }

  /**
   * A line of the page: story or dropped, its place in page order, the element its first text is in, the detached
   * chrome element or pull quote it comes from (null when none), whether it stands in the story (a pull quote that
   * may be kept), and, for a dropped line, why.
   */
  private record Line(long order, String text, boolean story, Element chrome, Element pullQuote, boolean keepable,
      RemovalReason reason) {
    Line dropped(RemovalReason why) {
      return new Line(order, text, false, chrome, null, false, why);
    }

    Line asStory() {
      return new Line(order, text, true, chrome, null, false, null);
    }
  }

  /**
   * The text under a root, each text node read once, in document order, in one walk of the tree (linear in
   * the page however deep it nests). A block's text runs until the next block opens or closes, so text
   * around a nested block is a line of its own; the first line of a list item starts with a bullet. Text
   * outside the paragraph tags (a story written straight into a {@code <div>}, a blog post whose paragraphs
   * are separated by {@code <br>}) ends its line at every {@code <div>}-like boundary and line break.
   * Whitespace is normalized as jsoup's {@code Element.text()} does (kept inside {@code <pre>}). A short
   * line made mostly of link text is dropped (a menu or a list of teasers), and so is a line without a
   * letter or digit.
   */
  /** A {@link BlockText} walker's state outside the story's element: its open blocks, outermost last, and depths. */
  private record Outside(List<Element> containers, int skipDepth, int blockDepth, int linkDepth, int preDepth,
      boolean bulletPending) {}

  private static final class BlockText implements NodeVisitor {
    private final TextLengths lengths;
    private final boolean skipNamedParts;
    private final Walk walk;
    /** The detached chrome element this walker reads (all its text is dropped), or null for the page's walk. */
    private final Element chrome;
    /** The pull quote this walker's text belongs to, or null. */
    private final Element pullQuote;
    /** Whether this walker's text stands in the story (a pull quote kept when the story does not carry it). */
    private final boolean keepable;
    private final StringBuilder line = new StringBuilder();
    private final ArrayDeque<Element> containers = new ArrayDeque<>();
    private Element lineContainer;
    private Element lineWhere;
    private long lineOrder;
    private Element root;
    private boolean inRoot;
    private int skipDepth;
    private int blockDepth;
    private int linkDepth;
    private int linkChars;
    private int preDepth;
    private boolean bulletPending;
    /** The text being dropped: outside the story's element or in a part named as not the story. */
    private final StringBuilder dropLine = new StringBuilder();
    private Element dropWhere;
    private long dropOrder;
    /** The walker's state where the story's element opened, given back where it closes. */
    private Outside outside;

    BlockText(TextLengths lengths, boolean skipNamedParts, Walk walk, Element chrome, Element pullQuote,
        boolean keepable) {
      this.lengths = lengths;
      this.skipNamedParts = skipNamedParts;
      this.walk = walk;
      this.chrome = chrome;
      this.pullQuote = pullQuote;
      this.keepable = keepable;
    }

    /** Walks {@code top}; the text under {@code root} (null: none) is the story's, the rest is dropped. */
    void lines(Element top, Element root) {
      this.root = root;
      NodeTraversor.traverse(this, top);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (skipDepth > 0 || !inRoot) {
          if (!t.isBlank() && dropLine.isEmpty()) {
            dropWhere = t.parent();
            dropOrder = walk.next;
          }
          walk.next++;
          append(dropLine, t);
          return;
        }
        int before = line.length();
        if (lineContainer == null && blockDepth == 0 && !t.isBlank()) {
          lineContainer = containers.peek();
        }
        if (lineWhere == null && !t.isBlank()) {
          lineWhere = t.parent();
          lineOrder = walk.next;
        }
        walk.next++;
        append(line, t);
        if (linkDepth > 0) {
          linkChars += line.length() - before;
        }
      } else if (node instanceof Comment c && walk.detached.containsKey(c)) {
        readDetached(walk.detached.get(c));
      } else if (node instanceof Element e) {
        if (e == root) {
          flush();
          outside = new Outside(List.copyOf(containers), skipDepth, blockDepth, linkDepth, preDepth, bulletPending);
          containers.clear();
          skipDepth = 0;
          blockDepth = 0;
          linkDepth = 0;
          preDepth = 0;
          bulletPending = false;
          inRoot = true;
        }
        String tag = e.normalName();
        if (e.isBlock()) {
          containers.push(e);
        }
        if (skipNamedParts && e != root && (isAside(e) || isCaption(e))) {
          skipDepth++;
        }
        if (isBlock(tag)) {
          flush();
          blockDepth++;
          if (tag.equals("li")) {
            bulletPending = true;
          }
          if (tag.equals("pre")) {
            preDepth++;
          }
        } else if (tag.equals("a")) {
          linkDepth++;
        } else if (blockDepth == 0 && (e.isBlock() || tag.equals("br"))) {
          flush();
        } else if (line.length() > 0 && (e.isBlock() || tag.equals("br")) && !endsWithSpace()) {
          line.append(' ');
        }
        if (dropLine.length() > 0 && (e.isBlock() || tag.equals("br")) && !endsWithSpace(dropLine)) {
          dropLine.append(' ');
        }
      }
    }

    /**
     * Reads a detached element (chrome, a pull quote) where it stood: its lines are dropped, those of a pull quote
     * marked as such, after the line being written when there is one.
     */
    private void readDetached(Element e) {
      boolean named = isNamedPullQuote(e);
      Element quote = pullQuote != null ? pullQuote : named ? e : null;
      Element from = chrome != null ? chrome : e;
      boolean standsInStory = pullQuote != null ? keepable : inRoot && skipDepth == 0;
      new BlockText(lengths, skipNamedParts, walk, from, quote, standsInStory).lines(e, null);
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (isBlock(tag)) {
          flush();
          blockDepth--;
          if (tag.equals("pre")) {
            preDepth--;
          }
          if (tag.equals("li")) {
            bulletPending = false;
          }
        } else if (tag.equals("a")) {
          linkDepth--;
        } else if (blockDepth == 0 && e.isBlock()) {
          flush();
        } else if (e.isBlock() && line.length() > 0 && !endsWithSpace() && nextSibling(e) instanceof TextNode) {
          line.append(' ');
        }
        if (e.isBlock() && dropLine.length() > 0 && !endsWithSpace(dropLine)) {
          dropLine.append(' ');
        }
        if (e.isBlock()) {
          containers.pop();
        }
        if (skipNamedParts && e != root && (isAside(e) || isCaption(e))) {
          skipDepth--;
        }
        if (e == root) {
          flush();
          inRoot = false;
          containers.clear();
          containers.addAll(outside.containers());
          skipDepth = outside.skipDepth();
          blockDepth = outside.blockDepth();
          linkDepth = outside.linkDepth();
          preDepth = outside.preDepth();
          bulletPending = outside.bulletPending();
        }
      }
    }

    /** The node after {@code e}, passing over the markers of detached elements (as if they had been removed). */
    private Node nextSibling(Element e) {
      Node n = e.nextSibling();
      while (n instanceof Comment c && walk.detached.containsKey(c)) {
        n = n.nextSibling();
      }
      return n;
    }

    private boolean endsWithSpace() {
      return endsWithSpace(line);
    }

    /** Appends the text of {@code t} to {@code to}: as written inside {@code <pre>}, else with blanks normalized. */
    private void append(StringBuilder to, TextNode t) {
      if (preDepth > 0) {
        to.append(t.getWholeText());
      } else {
        StringUtil.appendNormalisedWhitespace(to, t.getWholeText(), endsWithSpace(to));
      }
    }

    private static boolean endsWithSpace(StringBuilder sb) {
      return sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
    }

    private void flush() {
      String t = line.toString().strip();
      int links = linkChars;
      Element container = lineContainer;
      Element where = lineWhere;
      long order = lineOrder;
      line.setLength(0);
      linkChars = 0;
      lineContainer = null;
      lineWhere = null;
      if (hasLetterOrDigit(t)) {
        if (isLinkList(t, links) || container != null && lengths.looseChars(container) == 0) {
          // a menu or a list of teasers; a label, a menu entry or a button
          walk.lines.add(new Line(order, t, false, chrome, pullQuote, keepable,
              reasonOf(where, root, RemovalReason.NAVIGATION)));
        } else {
          walk.lines.add(new Line(order, bulletPending ? "\u2022 " + t : t, true, null, null, false, null));
          bulletPending = false;
        }
      }
      String d = dropLine.toString().strip();
      dropLine.setLength(0);
      if (hasLetterOrDigit(d)) {
        Element stop = inRoot ? root : null;
        walk.lines.add(new Line(dropOrder, d, false, chrome, pullQuote, keepable,
            reasonOf(dropWhere, stop, RemovalReason.TEASER)));
      }
      dropWhere = null;
    }
  }

  /** Beginnings of class or id words of site furniture: cookie and consent banners, share and follow bars, comments. */
  private static final List<String> FURNITURE_NAMES = Stream.of(COMMENT_NAMES, BAR_NAMES, List.of("cookie",
      "consent", "gdpr", "social", "follow", "subscri", "signup", "copyright", "legal", "login", "paywall"))
      .flatMap(List::stream).toList();
  /** Beginnings of class or id words of teasers for other stories. */
  private static final List<String> TEASER_NAMES = Stream.of(WIDGET_NAMES, List.of("mostread", "teaser", "readmore",
      "headlines")).flatMap(List::stream).toList();
  /** Beginnings of class or id words of menus. */
  private static final List<String> MENU_NAMES = List.of("nav", "menu", "breadcrumb", "topbar", "masthead");
  /** Class or id words of a byline or a time stamp. */
  private static final List<String> BYLINE_NAMES = List.of("byline", "author", "dateline", "timestamp", "pubdate",
      "published", "date", "time");

  /**
   * Why a line was dropped, read from the markup around its first text: going up from {@code where} to (not
   * including) {@code stop}, the body or the top of a detached part, the first element whose tag, role or class or
   * id words say what it is: a caption, a byline or time stamp, site furniture (a footer, a cookie banner, a share bar,
   * comments, a form), a teaser (an aside, related stories) or navigation (a menu, a header, a button);
   * {@code fallback} when none does.
   */
  private static RemovalReason reasonOf(Element where, Element stop, RemovalReason fallback) {
    for (Element e = where; e != null && e != stop; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("html") || e instanceof Document) {
        break;
      }
      String role = e.attr("role");
      if (namesAWritersBio(e)) {
        return RemovalReason.FOOTER; // "author-bio": the writer's biography, not the byline
      }
      for (String word : NAME_SEPARATORS.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT))) {
        if (word.isEmpty() || word.startsWith("commentar")) {
          continue;
        }
        if (CAPTION.stream().anyMatch(word::startsWith)) {
          return RemovalReason.CAPTION;
        }
        if (BYLINE_NAMES.contains(word) || word.startsWith("byline") || word.startsWith("author")) {
          return RemovalReason.BYLINE;
        }
        if (FURNITURE_NAMES.stream().anyMatch(word::startsWith)) {
          return RemovalReason.FOOTER;
        }
        if (TEASER_NAMES.stream().anyMatch(word::startsWith)) {
          return RemovalReason.TEASER;
        }
        if (MENU_NAMES.stream().anyMatch(word::startsWith)) {
          return RemovalReason.NAVIGATION;
        }
      }
      switch (tag) {
        case "figcaption" -> {
          return RemovalReason.CAPTION;
        }
        case "time" -> {
          return RemovalReason.BYLINE;
        }
        case "footer", "form" -> {
          return RemovalReason.FOOTER;
        }
        case "aside" -> {
          return RemovalReason.TEASER;
        }
        case "nav", "menu", "header", "button" -> {
          return RemovalReason.NAVIGATION;
        }
        default -> {
          // the role, else the parent
        }
      }
      switch (role) {
        case "contentinfo" -> {
          return RemovalReason.FOOTER;
        }
        case "navigation", "banner" -> {
          return RemovalReason.NAVIGATION;
        }
        default -> {
          // the parent
        }
      }
    }
    return fallback;
  }

  private static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  /** Whether an element's class or id names a part of the page that is not the story (never the body). */
  private static boolean isAside(Element e) {
    String tag = e.normalName();
    return !tag.equals("body") && !tag.equals("html") && (namedAs(e, NOT_THE_STORY) || namesAWritersBio(e));
  }

  /** Class or id words of the writer's biography under the story ({@code author-bio}, {@code bio}, {@code authorbio}). */
  private static final Set<String> BIO_NAMES = Set.of("bio", "bios", "biography", "authorbio", "authorbiography",
      "aboutauthor", "abouttheauthor");

  /**
   * Whether the element's class or id names the writer's biography: a word of {@link #BIO_NAMES} ("author-bio",
   * "bio"), or "about" with "author" ("about-the-author"). Such a box says who wrote the story, never what happened;
   * a word starting so ("biology", "biotech") names no biography.
   */
  private static boolean namesAWritersBio(Element e) {
    if (e.className().isEmpty() && e.id().isEmpty()) {
      return false;
    }
    List<String> words = List.of(NAME_SEPARATORS.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)));
    return words.stream().anyMatch(BIO_NAMES::contains) || words.contains("about") && words.contains("author");
  }

  private static boolean isCaption(Element e) {
    return namedAs(e, CAPTION);
  }

  /**
   * Whether a word of the element's class or id (split at anything but letters and digits, lower-cased) begins
   * with one of {@code beginnings}, and none of its words says it may be the story ("content", "post-body").
   * "commentary" is an opinion piece, not a comment.
   */
  private static boolean namedAs(Element e, List<String> beginnings) {
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    boolean named = false;
    for (String word : NAME_SEPARATORS.split((className + " " + id).toLowerCase(Locale.ROOT))) {
      if (MAY_BE_THE_STORY.contains(word)) {
        return false;
      }
      if (!word.startsWith("commentar")) {
        for (String b : beginnings) {
          named |= word.startsWith(b);
        }
      }
    }
    return named;
  }

  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLinkList(String text, int linkChars) {
    if (linkChars == 0) {
      return false;
    }
    int words = text.split("\\s+").length;
    return words <= LINK_DENSITY_MAX_WORDS ? linkChars > MAX_LINK_DENSITY * text.length()
        : linkChars > MAX_LINK_SHARE_OF_LONG_LINE * text.length();
  }

  /**
   * The title without the site's name that pages append to it ("Best gadgets of 2019 | ZDNet", "... -
   * SpaceNews.com"): the part after the last separator ({@code |}, {@code -}, {@code –}, {@code —} between
   * spaces) goes when it is the site's name or the host of the page's address, letters and digits compared. A
   * suffix that is anything else ("... – ‘The plague is coming’", "... | Editorial") stays. Linear in the title.
   */
  static String withoutSiteName(String title, String site, String address) {
    int at = SiteNames.suffixStart(title, site);
    if (at < 0) {
      // the host instead of the name: "... - SpaceNews.com", or "... | Reuters" on reuters.com
      int sep = SiteNames.lastSeparator(title);
      String suffix = sep < 0 ? "" : SiteNames.lettersAndDigits(title.substring(sep + 2));
      String host = SiteNames.lettersAndDigits(hostOf(address));
      boolean isHost = !suffix.isEmpty() && (suffix.equals(host) || host.startsWith(suffix) && host.length() - suffix.length() <= 4);
      at = isHost && !title.substring(0, sep).isBlank() ? sep : -1;
    }
    return at < 0 ? title : title.substring(0, at).strip();
  }

  /** The host of an absolute address without "www." ("aljazeera.com"), or "" when there is none. */
  private static String hostOf(String address) {
    Matcher h = HOST.matcher(address);
    return h.find() ? h.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Removes the forms that hold little paragraph text (a search box, a sign-up). A form wrapping the whole
   * page, as ASP.NET pages have, holds the story and stays.
   */
  private static void removeFormsWithoutProse(Document doc, Map<Node, Element> detached) {
    TextLengths lengths = new TextLengths(doc);
    for (Element form : doc.select("form")) {
      if (lengths.paragraphChars(form) <= FORM_MAX_PROSE_CHARS) {
        detach(form, detached);
      }
    }
  }

  /**
   * The element holding the story: an {@code <article>}, a {@code <main>}, or the element whose paragraphs
   * ({@code <p>} children, {@code <div>} children written as paragraphs, and prose written straight into
   * it) hold the most text, widened to its parent while the parent adds at most a quarter more text of any
   * kind (a lead written beside the paragraphs). An element in a comment thread, a share bar or a list of
   * related stories (by its class or id, or an ancestor's) is not chosen. Text lengths are counted bottom-up
   * in one walk, so deep nesting stays linear.
   */
  private static Element mainElement(Document doc, TextLengths lengths) {
    Element article = null;
    int articleChars = -1;
    for (Element e : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      if (lengths.inDiscussionOrAside(e)) {
        continue;
      }
      int len = lengths.paragraphChars(e);
      if (len > articleChars) {
        article = e;
        articleChars = len;
      }
    }
    if (article != null && articleChars > MIN_STORY_CHARS) {
      return article;
    }
    Element whole = doc.body() == null ? doc : doc.body();
    Element best = whole;
    int bestScore = -1;
    for (Element e : doc.select("div, section, td")) {
      if (lengths.inDiscussionOrAside(e)) {
        continue;
      }
      int score = lengths.looseChars(e);
      for (Element child : e.children()) {
        score += child.normalName().equals("p") ? lengths.chars(child) : lengths.looseChars(child);
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (bestScore <= MIN_STORY_CHARS) {
      return whole;
    }
    Element parent = best.parent();
    while (parent != null && parent != whole
        && lengths.chars(parent) <= (1 + MAX_PARENT_GAIN) * lengths.chars(best)) {
      best = parent;
      parent = best.parent();
    }
    return best;
  }

  /**
   * Per element, the length of its text with white space collapsed ({@link #chars}), of its paragraph text
   * ({@link #paragraphChars}: the {@code <p>} elements within it, a paragraph inside another counted once,
   * and prose outside paragraph tags), and of the prose written straight into it ({@link #looseChars}: text
   * whose nearest block is this element, when that is a {@code <div>}-like block and not a paragraph, heading,
   * list item, table cell or quotation, in text nodes of at least {@link #MIN_LOOSE_PROSE_CHARS} characters,
   * link text left out).
   */
  private static final class TextLengths implements NodeVisitor {
    private final Map<Element, int[]> sums = new IdentityHashMap<>();
    private final ArrayDeque<Element> blocks = new ArrayDeque<>();
    private final Set<Element> asides = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean lastWasSpace = true;
    private int linkDepth;
    private int asideDepth;

    TextLengths(Document doc) {
      NodeTraversor.traverse(this, doc);
    }

    int chars(Element e) {
      int[] v = sums.get(e);
      return v == null ? 0 : v[0];
    }

    int paragraphChars(Element e) {
      int[] v = sums.get(e);
      return v == null ? 0 : v[1];
    }

    int looseChars(Element e) {
      int[] v = sums.get(e);
      return v == null ? 0 : v[2];
    }

    /** Whether the element or an ancestor is, by its class or id, a comment thread, a share bar or the like. */
    boolean inDiscussionOrAside(Element e) {
      return asides.contains(e);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        int n = 0;
        String text = t.getWholeText();
        for (int i = 0; i < text.length(); i++) {
          boolean space = StringUtil.isActuallyWhitespace(text.charAt(i));
          if (!space || !lastWasSpace) {
            n++;
          }
          lastWasSpace = space;
        }
        Element parent = t.parent();
        if (n > 0 && parent != null) {
          sums.computeIfAbsent(parent, k -> new int[3])[0] += n;
          Element block = blocks.peek();
          if (block != null && linkDepth == 0 && n >= MIN_LOOSE_PROSE_CHARS && !isBlock(block.normalName())) {
            int[] own = sums.computeIfAbsent(block, k -> new int[3]);
            own[1] += n;
            own[2] += n;
          }
        }
      } else if (node instanceof Element e) {
        if (e.isBlock()) {
          lastWasSpace = true;
        }
        if (e.isBlock() || isBlock(e.normalName())) {
          blocks.push(e);
        }
        if (e.normalName().equals("a")) {
          linkDepth++;
        }
        if (isAside(e)) {
          asideDepth++;
        }
        if (asideDepth > 0) {
          asides.add(e);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.isBlock() || isBlock(e.normalName())) {
          blocks.pop();
        }
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        if (isAside(e)) {
          asideDepth--;
        }
        int[] own = sums.computeIfAbsent(e, k -> new int[3]);
        if (e.normalName().equals("p")) {
          own[1] = own[0];
        }
        if (e.parent() != null && (own[0] > 0 || own[1] > 0)) {
          int[] up = sums.computeIfAbsent(e.parent(), k -> new int[3]);
          up[0] += own[0];
          up[1] += own[1];
        }
      }
    }
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? "" : e.attr("content").strip();
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name).strip();
  }

  private static String textOf(Element e) {
    return e == null ? "" : e.text().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  /**
   * The first {@code datePublished} of the page's schema.org JSON-LD blocks, read as text (many pages carry
   * JSON-LD that a strict parser refuses); empty when there is none.
   */
  private static String jsonLdDatePublished(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE_PUBLISHED.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }

  /**
   * Whether {@code e} is a link among {@link #MENU_LINKS} or more links side by side (a menu written without a list or a
   * {@code <nav>}: "News" "Sport" "Opinion"); a breadcrumb's two steps ("Home" › "Opinion") are no menu.
   */
  private static boolean inRowOfLinks(Element e) {
    Element link = e.closest("a");
    return link != null && link.parent() != null && link.parent().select("> a").size() >= MENU_LINKS;
  }

  /** Each JSON-LD {@code @type} and {@code articleSection} given as one string, in page order. */
  private static List<String> jsonLdGenres(Document doc) {
    List<String> values = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_GENRE.matcher(script.data());
      while (m.find()) {
        values.add(m.group(1));
      }
    }
    return values;
  }

  private static Optional<LocalDate> firstDate(String... values) {
    for (String v : values) {
      if (v == null) {
        continue;
      }
      Matcher m = ISO_DAY.matcher(v);
      if (m.find()) {
        try {
          LocalDate day = LocalDate.parse(m.group(1));
          if (day.getYear() >= FIRST_PLAUSIBLE_YEAR) {
            return Optional.of(day);
          }
        } catch (DateTimeParseException e) {
          // try the next source
        }
      }
    }
    return Optional.empty();
  }
}
