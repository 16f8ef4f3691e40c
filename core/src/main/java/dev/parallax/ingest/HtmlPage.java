package dev.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Markup that is chrome by its tag or role (scripts, navigation, header, footer, asides, forms, figure
 * captions, hidden elements) never reaches the text, nor do short blocks made mostly of link text (menus,
 * lists of teasers). The text keeps one block element per paragraph, separated by blank lines; list items
 * start with a bullet.
 */
record HtmlPage(String title, Optional<LocalDate> published, Optional<String> siteName, String text) {
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre",
      "figcaption", "td");
  private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, "
      + "nav, header, footer, aside, menu, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
      + "[aria-hidden=true], [hidden]";
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
        meta(doc, "meta[name=pubdate]"),
        meta(doc, "meta[name=publish-date]"),
        meta(doc, "meta[name=date]"),
        meta(doc, "meta[itemprop=datePublished]"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    String site = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"));
    doc.select(CHROME).remove();
    Element root = mainElement(doc);
    List<String> lines = new BlockText().lines(root);
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
   * The text of the block elements under a root, each text node read once, in document order, in one walk
   * of the tree (linear in the page however deep it nests). A block's text runs until the next block
   * opens or closes, so text around a nested block is a line of its own; the first line of a list item
   * starts with a bullet. Whitespace is normalized as jsoup's {@code Element.text()} does (kept inside
   * {@code <pre>}). A short line made mostly of link text is dropped (a menu or a list of teasers).
   */
  private static final class BlockText implements NodeVisitor {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int blockDepth;
    private int linkDepth;
    private int linkChars;
    private int preDepth;
    private boolean bulletPending;

    List<String> lines(Element root) {
      NodeTraversor.traverse(this, root);
      flush();
      return lines;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (blockDepth > 0) {
          int before = line.length();
          if (preDepth > 0) {
            line.append(t.getWholeText());
          } else {
            StringUtil.appendNormalisedWhitespace(line, t.getWholeText(), endsWithSpace());
          }
          if (linkDepth > 0) {
            linkChars += line.length() - before;
          }
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
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
        } else if (e.isBlock() && line.length() > 0 && !endsWithSpace() && e.nextSibling() instanceof TextNode) {
          line.append(' ');
        }
      }
    }

    private boolean endsWithSpace() {
      return line.length() > 0 && line.charAt(line.length() - 1) == ' ';
    }

    private void flush() {
      String t = line.toString().strip();
      int links = linkChars;
      line.setLength(0);
      linkChars = 0;
      if (t.isEmpty() || isLinkList(t, links)) {
        return;
      }
      lines.add(bulletPending ? "\u2022 " + t : t);
      bulletPending = false;
    }
  }

  private static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  private static boolean isLinkList(String text, int linkChars) {
    if (linkChars == 0) {
      return false;
    }
    int words = text.split("\\s+").length;
    return words <= LINK_DENSITY_MAX_WORDS && linkChars > MAX_LINK_DENSITY * text.length();
  }

  /**
   * The element holding the story: an {@code <article>}, a {@code <main>}, or the element with the most
   * paragraph text. Text lengths are counted bottom-up in one walk, so deep nesting stays linear.
   */
  private static Element mainElement(Document doc) {
    TextLengths lengths = new TextLengths(doc);
    Element article = null;
    int articleChars = -1;
    for (Element e : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      int len = lengths.paragraphChars(e);
      if (len > articleChars) {
        article = e;
        articleChars = len;
      }
    }
    if (article != null && articleChars > 200) {
      return article;
    }
    Element best = doc.body() == null ? doc : doc.body();
    int bestScore = -1;
    for (Element e : doc.select("div, section, td")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.normalName().equals("p")) {
          score += lengths.chars(p);
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return bestScore > 200 ? best : (doc.body() == null ? doc : doc.body());
  }

  /**
   * Per element, the length of its text with white space collapsed ({@link #chars}) and of the
   * {@code <p>} elements within it, a paragraph inside another counted once ({@link #paragraphChars}).
   */
  private static final class TextLengths implements NodeVisitor {
    private final Map<Element, int[]> sums = new IdentityHashMap<>();
    private boolean lastWasSpace = true;

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
          sums.computeIfAbsent(parent, k -> new int[2])[0] += n;
        }
      } else if (node instanceof Element e && e.isBlock()) {
        lastWasSpace = true;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        int[] own = sums.computeIfAbsent(e, k -> new int[2]);
        if (e.normalName().equals("p")) {
          own[1] = own[0];
        }
        if (e.parent() != null && (own[0] > 0 || own[1] > 0)) {
          int[] up = sums.computeIfAbsent(e.parent(), k -> new int[2]);
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

  private static Optional<LocalDate> firstDate(String... values) {
    for (String v : values) {
      if (v == null) {
        continue;
      }
      Matcher m = ISO_DAY.matcher(v);
      if (m.find()) {
        try {
          return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
          // try the next source
        }
      }
    }
    return Optional.empty();
  }
}
