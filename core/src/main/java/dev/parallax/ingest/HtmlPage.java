package dev.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";
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
    List<String> lines = new ArrayList<>();
    Elements blocks = root.select(BLOCKS);
    for (Element e : blocks) {
      // Only innermost blocks, so that a <li><p>..</p></li> is not read twice.
      if (!e.select(BLOCKS).not(":root").isEmpty() && e.children().select(BLOCKS).size() > 0) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty() && !isLinkList(e, t)) {
        lines.add(e.tagName().equals("li") ? "\u2022 " + t : t);
      }
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

  private static boolean isLinkList(Element e, String text) {
    int linkChars = 0;
    for (Element a : e.select("a")) {
      linkChars += a.text().length();
    }
    if (linkChars == 0) {
      return false;
    }
    int words = text.split("\\s+").length;
    return words <= LINK_DENSITY_MAX_WORDS && linkChars > MAX_LINK_DENSITY * text.length();
  }

  /** The element holding the story: an {@code <article>}, a {@code <main>}, or the element with the most paragraph text. */
  private static Element mainElement(Document doc) {
    Element article = largest(doc.select("article, [itemprop=articleBody], main, [role=main]"));
    if (article != null && paragraphChars(article) > 200) {
      return article;
    }
    Element best = doc.body() == null ? doc : doc.body();
    int bestScore = -1;
    for (Element e : doc.select("div, section, td")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.tagName().equals("p")) {
          score += p.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return bestScore > 200 ? best : (doc.body() == null ? doc : doc.body());
  }

  private static Element largest(Elements candidates) {
    Element best = null;
    int bestLen = -1;
    for (Element e : candidates) {
      int len = paragraphChars(e);
      if (len > bestLen) {
        best = e;
        bestLen = len;
      }
    }
    return best;
  }

  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
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
