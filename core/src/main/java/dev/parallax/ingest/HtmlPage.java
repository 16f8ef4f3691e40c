package dev.parallax.ingest;

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
import org.jsoup.Jsoup;
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
 * hidden elements, forms that hold little prose) never reaches the text, nor do parts named by their class or
 * id as comments, related stories, share bars or captions, nor short blocks made mostly of link text (menus,
 * lists of teasers). The text keeps one block element per paragraph, separated by blank lines; list items
 * start with a bullet.
 */
record HtmlPage(String title, Optional<LocalDate> published, Optional<String> siteName, String text) {
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern JSON_LD_DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]*)\"");
  /** What separates the words of a class or id. */
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** The host of an address, without "www.". */
  private static final Pattern HOST = Pattern.compile("^[a-z]+://(?:www\\.)?([^/:?#]+)", Pattern.CASE_INSENSITIVE);
  /** Dates before this year are placeholders ("0001-01-01"), not a publication date. */
  private static final int FIRST_PLAUSIBLE_YEAR = 1990;
  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre",
      "figcaption", "td");
  private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, button, "
      + "nav, header, footer, aside, menu, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
      + "[aria-hidden=true], [hidden]";
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
  /**
   * Beginnings of class or id words of page parts that are not the story (Readability's "unlikely candidates",
   * fewer): {@code comments}, {@code comment-list}, {@code related-posts}, {@code share-bar}, ...
   */
  private static final List<String> NOT_THE_STORY = List.of("comment", "disqus", "reply", "replies", "related",
      "sponsor", "promo", "newsletter", "footer", "share", "sharing", "recommend", "trending", "popular", "outbrain",
      "taboola");
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
    doc.select(CHROME).remove();
    removeFormsWithoutProse(doc);
    TextLengths lengths = new TextLengths(doc);
    Element root = mainElement(doc, lengths);
    List<String> lines = new BlockText(lengths, true).lines(root);
    if (lines.isEmpty()) {
      // everything was in parts named as comments, captions or the like: better those than nothing
      lines = new BlockText(lengths, false).lines(root);
    }
    if (lines.isEmpty()) {
      String t = root.wholeText().strip();
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    if (!title.isBlank() && (lines.isEmpty() || !lines.get(0).equals(title))) {
      boolean h1First = !lines.isEmpty() && root.selectFirst("h1") != null && lines.get(0).equals(textOf(root.selectFirst("h1")));
      if (!h1First) {
        lines.add(0, title);
      }
    }
    return new HtmlPage(title, date, site.isBlank() ? Optional.empty() : Optional.of(site), String.join("\n\n", lines));
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
  private static final class BlockText implements NodeVisitor {
    private final TextLengths lengths;
    private final boolean skipNamedParts;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final ArrayDeque<Element> containers = new ArrayDeque<>();
    private Element lineContainer;
    private Element root;
    private int skipDepth;
    private int blockDepth;
    private int linkDepth;
    private int linkChars;
    private int preDepth;
    private boolean bulletPending;

    BlockText(TextLengths lengths, boolean skipNamedParts) {
      this.lengths = lengths;
      this.skipNamedParts = skipNamedParts;
    }

    List<String> lines(Element root) {
      this.root = root;
      NodeTraversor.traverse(this, root);
      flush();
      return lines;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (skipDepth > 0) {
          return;
        }
        int before = line.length();
        if (lineContainer == null && blockDepth == 0 && !t.isBlank()) {
          lineContainer = containers.peek();
        }
        if (preDepth > 0) {
          line.append(t.getWholeText());
        } else {
          StringUtil.appendNormalisedWhitespace(line, t.getWholeText(), endsWithSpace());
        }
        if (linkDepth > 0) {
          linkChars += line.length() - before;
        }
      } else if (node instanceof Element e) {
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
      }
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
        } else if (e.isBlock() && line.length() > 0 && !endsWithSpace() && e.nextSibling() instanceof TextNode) {
          line.append(' ');
        }
        if (e.isBlock()) {
          containers.pop();
        }
        if (skipNamedParts && e != root && (isAside(e) || isCaption(e))) {
          skipDepth--;
        }
      }
    }

    private boolean endsWithSpace() {
      return line.length() > 0 && line.charAt(line.length() - 1) == ' ';
    }

    private void flush() {
      String t = line.toString().strip();
      int links = linkChars;
      Element container = lineContainer;
      line.setLength(0);
      linkChars = 0;
      lineContainer = null;
      if (!hasLetterOrDigit(t) || isLinkList(t, links)) {
        return;
      }
      if (container != null && lengths.looseChars(container) == 0) {
        return;
      }
      lines.add(bulletPending ? "\u2022 " + t : t);
      bulletPending = false;
    }
  }

  private static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  /** Whether an element's class or id names a part of the page that is not the story (never the body). */
  private static boolean isAside(Element e) {
    String tag = e.normalName();
    return !tag.equals("body") && !tag.equals("html") && namedAs(e, NOT_THE_STORY);
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
  private static void removeFormsWithoutProse(Document doc) {
    TextLengths lengths = new TextLengths(doc);
    for (Element form : doc.select("form")) {
      if (lengths.paragraphChars(form) <= FORM_MAX_PROSE_CHARS) {
        form.remove();
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
