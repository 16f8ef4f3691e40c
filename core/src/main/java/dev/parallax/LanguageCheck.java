package dev.parallax;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.ingest.Article;
import dev.parallax.internal.Blanks;
import dev.parallax.internal.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rejects articles with no sentences, or whose words are not English, with a clear message. */
final class LanguageCheck {
  /** The most frequent English function words: running English text has about a third of its words here. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
      "it", "as", "was", "with", "be", "by", "on", "not", "he", "she", "this", "are", "or", "his", "from", "at",
      "which", "but", "have", "an", "had", "they", "has", "were", "their", "been", "its", "who", "will", "would",
      "said", "we", "our", "us", "there", "if", "no", "than");
  /** Below this share of function words among the words, text is not taken as English. */
  private static final double MIN_FUNCTION_SHARE = 0.12;
  private static final int MIN_WORDS_TO_JUDGE = 30;
  /**
   * Function words of other languages written in the Latin script (German, French, Spanish, Italian, Portuguese,
   * Dutch) that are no English words: "die", "an", "in", "was", "per" or "con" are left out.
   */
  private static final Set<String> OTHER_FUNCTION_WORDS = Set.of("der", "das", "und", "ist", "nicht", "ein", "eine",
      "mit", "auf", "für", "von", "sich", "dem", "des", "wird", "sind", "le", "les", "et", "est", "une", "du", "dans",
      "pour", "qui", "pas", "sur", "avec", "aux", "el", "los", "las", "y", "es", "una", "del", "que", "por", "para",
      "se", "su", "al", "il", "gli", "della", "che", "non", "è", "sono", "di", "os", "da", "do", "não", "uma", "em",
      "com", "het", "een", "van", "niet", "zijn", "voor", "met", "wordt");
  /** A text shorter than {@link #MIN_WORDS_TO_JUDGE} is judged from this many words on, by the words it uses. */
  private static final int MIN_SHORT_WORDS_TO_JUDGE = 8;
  /** The fewest other languages' function words that show a short text is not English. */
  private static final int MIN_OTHER_FUNCTION_WORDS = 2;
  private static final int MIN_LETTERS_TO_JUDGE = 20;
  /** An HTML tag: {@code <p>}, {@code </div>}, {@code <meta charset="utf-8">}, {@code <!DOCTYPE html>}. */
  private static final Pattern HTML_TAG = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?|![A-Za-z][^<>]*)>");
  /** The fewest HTML tags anywhere in a text that make it an HTML page. */
  private static final int MIN_TAGS_OF_A_PAGE = 5;
  /**
   * The names of HTML elements that a page or a CMS's body field writes: a tag counts only with one of these names, so
   * "&lt;Jane Doe&gt;" or "&lt;unk&gt;" in a plain text is no tag.
   */
  private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "address", "article", "aside", "audio", "b",
      "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "dd", "div", "dl", "dt", "em", "embed",
      "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
      "html", "i", "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "option",
      "p", "picture", "pre", "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "sup",
      "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul", "video");

  private LanguageCheck() {}

  static void requireEnglish(AnalyzedArticle a) {
    whyNotEnglish(a).ifPresent(why -> {
      throw new InvalidInputException(message(a.id(), why));
    });
  }

  /**
   * Why {@code a} does not look like English ("4% common English words"), or empty when it does.
   *
   * @throws InvalidInputException when it has no sentence or no word left after cleaning, or when it fails the check
   *     because it is an HTML page given as plain text: those are the caller's to fix, not an article to set apart
   */
  static Optional<String> whyNotEnglish(AnalyzedArticle a) {
    String id = a.id();
    requireNotMarkup(a.article());
    if (a.sentences().isEmpty()) {
      throw new InvalidInputException(noSentences(a.article()));
    }
    return notEnglish(a.sentences(), "article " + Names.quote(id) + ": no words left after cleaning", false);
  }

  /**
   * Why an article has no sentence to compare, in words that say what to check.
   *
   * <table>
   *   <caption>Messages</caption>
   *   <tr><th>article</th><th>message</th></tr>
   *   <tr><td>no text, or white space only</td><td>"article ID: empty, no text to compare"</td></tr>
   *   <tr><td>text all removed by the cleaner (a menu, a cookie notice and a copyright line)</td><td>"article ID: no
   *       sentences left after cleaning: all its text was removed as page chrome (navigation, footer); give the
   *       story's own text"</td></tr>
   *   <tr><td>text kept, but no sentence in it (a row of symbols)</td><td>"article ID: no sentences left after
   *       cleaning"</td></tr>
   * </table>
   */
  static String noSentences(Article article) {
    String where = "article " + Names.quote(article.id()) + ": ";
    if (Blanks.isBlank(article.text())) {
      return where + "empty, no text to compare";
    }
    boolean kept = article.body().stream().anyMatch(b -> !Blanks.isBlank(b.text()));
    if (kept || article.removed().isEmpty()) {
      return where + "no sentences left after cleaning";
    }
    String reasons = article.removed().stream().map(r -> r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .distinct().collect(Collectors.joining(", "));
    return where + "no sentences left after cleaning: all its text was removed as page chrome (" + reasons + "); give"
        + " the story's own text";
  }

  /** The message that refuses article {@code id} as not English, {@code why} being {@link #whyNotEnglish}'s answer. */
  static String message(String id, String why) {
    return "article " + Names.quote(id) + ": does not look like English (" + why + "); Parallax compares English text";
  }

  /** The reason a comparison gives for an article it set apart as not English (its {@code eventReason}). */
  static String setApartReason(String why) {
    return "not compared: it does not look like English (" + why + "), and Parallax compares English text";
  }

  /**
   * Refuses the texts of a table of pairs that, all together, do not look like English: their scores would mean
   * nothing. The texts of pairs are short (headlines, titles, names) and write few function words even in English
   * ("Storm cuts power across Oskarvik"), so the table is judged as a short article is, on positive evidence only: most
   * letters of another script, or another language's function words more than twice as many as English ones. A table
   * without a word is not judged (its scores are 0).
   */
  static void requireEnglishPairs(List<Sentence> passages) {
    if (passages.stream().allMatch(s -> s.tokens().stream().noneMatch(t -> t.kind() == TokenKind.WORD))) {
      return;
    }
    notEnglish(passages, "the pairs hold no word", true).ifPresent(why -> {
      throw new InvalidInputException("the texts of the pairs do not look like English (" + why + "); Parallax scores"
          + " English text");
    });
  }

  /**
   * Why {@code sentences} do not look like English ("40% of its letters are Latin", "4% common English words"), or
   * empty when they do or are too short to judge; {@code noWords} is thrown when they hold no word. With
   * {@code shortTexts} (texts written in few words each, as pairs are) a long text too is judged on positive evidence
   * only, never on the few English function words it writes.
   */
  private static Optional<String> notEnglish(List<Sentence> sentences, String noWords, boolean shortTexts) {
    int words = 0;
    int function = 0;
    int otherFunction = 0;
    int latin = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (t.kind() != TokenKind.WORD) {
          continue;
        }
        words++;
        if (FUNCTION_WORDS.contains(t.norm())) {
          function++;
        }
        if (OTHER_FUNCTION_WORDS.contains(t.norm())) {
          otherFunction++;
        }
        if (isLatin(t.text().codePointAt(0))) {
          latin++;
        }
      }
    }
    if (words == 0) {
      throw new InvalidInputException(noWords);
    }
    // scripts written without spaces (Chinese, Japanese, Thai) make few "words": count letters too
    int letters = 0;
    int latinLetters = 0;
    for (Sentence s : sentences) {
      String text = s.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          letters++;
          latinLetters += isLatin(cp) ? 1 : 0;
        }
      }
    }
    if (letters >= MIN_LETTERS_TO_JUDGE && latinLetters < letters / 2) {
      return Optional.of(String.format(Locale.ROOT, "%.0f%% of its letters are Latin", 100.0 * latinLetters / letters));
    }
    // a short text is judged only on positive evidence: another language's function words, more than twice as
    // many as English ones ("Der Bundestag hat ein neues Gesetz beschlossen ... und kündigte Widerstand an"); a
    // headline alone has few of either, and English names them only in names ("Le Pen", "Los Angeles")
    boolean shortAndForeign = words >= MIN_SHORT_WORDS_TO_JUDGE && otherFunction >= MIN_OTHER_FUNCTION_WORDS
        && otherFunction > 2 * function;
    if (shortAndForeign || words >= MIN_WORDS_TO_JUDGE
        && ((!shortTexts && function < words * MIN_FUNCTION_SHARE) || latin < words / 2)) {
      return Optional.of(String.format(Locale.ROOT, "%.0f%% common English words", 100.0 * function / words));
    }
    return Optional.empty();
  }

  /**
   * Refuses, in words that say what to do, an article whose text is HTML: a page or a CMS's body field given as plain
   * text, whose tags would be compared as its words. Run for every article, English or not, before its sentences are
   * read (a one-line page's tags leave the cleaner no sentence). A text is HTML when it writes {@value
   * #MIN_TAGS_OF_A_PAGE} tags of {@link #HTML_ELEMENTS} or a doctype, or opens with such a tag and closes with one
   * ("&lt;p&gt;Flood waters rose ...&lt;/p&gt;").
   *
   * <table>
   *   <caption>Plain text with angle brackets, and markup</caption>
   *   <tr><th>text</th><th>result</th></tr>
   *   <tr><td>"&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;title&gt;...", or
   *       "&lt;html&gt;&lt;body&gt;&lt;p&gt;..." on one line</td><td>refused: read it as HTML</td></tr>
   *   <tr><td>"&lt;p&gt;Flood waters rose ...&lt;/p&gt;"</td><td>refused: read it as HTML</td></tr>
   *   <tr><td>"we &lt;3 the new park", "if a &lt; b", "Jane Doe &lt;jane@example.com&gt;", "&lt;Jane Doe&gt;
   *       wrote"</td><td>compared: no tags</td></tr>
   * </table>
   */
  private static void requireNotMarkup(Article article) {
    String text = article.text();
    Matcher tag = HTML_TAG.matcher(text);
    int tags = 0;
    int firstStart = -1;
    int lastEnd = -1;
    boolean closes = false;
    while (tag.find()) {
      if (!isElement(tag.group())) {
        continue;
      }
      tags++;
      firstStart = firstStart < 0 ? tag.start() : firstStart;
      lastEnd = tag.end();
      closes = tag.group().startsWith("</");
      if (tags >= MIN_TAGS_OF_A_PAGE) {
        break;
      }
    }
    boolean fragment = tags >= 2 && closes && Blanks.isBlank(text.substring(0, firstStart))
        && Blanks.isBlank(text.substring(lastEnd));
    if (tags >= MIN_TAGS_OF_A_PAGE || fragment) {
      throw new InvalidInputException("article " + Names.quote(article.id()) + ": looks like HTML, not plain text;"
          + " read it with ArticleReader.fromHtml (or from a file ending in .html), which extracts the page's text");
    }
  }

  /** Whether a tag {@link #HTML_TAG} found is of one of {@link #HTML_ELEMENTS}, or a doctype. */
  private static boolean isElement(String tag) {
    int from = tag.startsWith("</") || tag.startsWith("<!") ? 2 : 1;
    int to = from;
    while (to < tag.length() && Character.isLetterOrDigit(tag.charAt(to))) {
      to++;
    }
    String name = tag.substring(from, to).toLowerCase(Locale.ROOT);
    return HTML_ELEMENTS.contains(name) || tag.startsWith("<!") && name.equals("doctype");
  }

  /** Whether a code point is of the Latin script (ASCII letters answered without the script table's search). */
  private static boolean isLatin(int cp) {
    if (cp < 0x80) {
      int lower = cp | 0x20;
      return lower >= 'a' && lower <= 'z';
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }
}
