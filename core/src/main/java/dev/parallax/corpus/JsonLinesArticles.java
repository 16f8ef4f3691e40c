package dev.parallax.corpus;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.ingest.GenreMark;
import dev.parallax.internal.DateHints;
import dev.parallax.internal.Names;
import dev.parallax.internal.Utf8Size;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a corpus from JSON Lines: one article per line, with fields {@code id}, {@code outlet},
 * {@code published} ({@code YYYY-MM-DD}, or a date-time whose first ten characters are one), {@code url},
 * {@code title}, and {@code text} or {@code html}. Only {@code id} and one of {@code text}/{@code html} are
 * required; blank lines are skipped. A {@code published} that is no such date ("March 4", "04/03/2024") is read as
 * no date, as one left out is: the article is kept, undated (or dated by its text's date line), and a corpus run
 * groups it without its date window and lists it under {@code undated} in its summary. A {@code title} given with a
 * {@code text} that does not open with it becomes the text's first line (a blank line, then the text), so that the
 * headline is grouped and compared as in a file whose first line it is; offsets in the reports then count from the
 * title.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Article> articles = JsonLinesArticles.read(Path.of("feed.jsonl"));       // all in memory
 * List<Article> feed = JsonLinesArticles.onDemand(Path.of("archive.jsonl"));    // each read when asked for
 * CorpusReport report = corpus.run(feed, sink);
 * }</pre>
 */
public final class JsonLinesArticles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** What is said of a line that opens a JSON object and ends before it closes (a feed cut off while written). */
  static final String CUT_OFF = "a JSON object cut off before its end";

  private JsonLinesArticles() {}

  /**
   * The articles of a JSON Lines file, in file order.
   *
   * @throws InvalidInputException naming the file and line of the first bad line
   */
  public static List<Article> read(Path file) {
    Objects.requireNonNull(file, "file");
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank()) {
          out.add(parse(line, file + ":" + n));
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    return out;
  }

  /**
   * The articles of a JSON Lines file, in file order, read on demand: a list that holds where each article's
   * line is (16 bytes per article), not its text, and reads and parses the line again on each {@code get},
   * giving an equal article each time. For a feed too large to hold, e.g. as the input of
   * {@link Corpus#run(List, EventSink)}.
   *
   * <p>This reads the whole file once, and checks every line as {@link #read} does, so a bad line fails here,
   * not half way through a run. The file must not change while the list is used: a {@code get} that finds the
   * file's size, modification time or identity changed since then throws {@link InvalidInputException} (one
   * line naming the file) rather than give another article. The list cannot be modified; it is thread-safe.
   *
   * @throws InvalidInputException naming the file and line of the first bad line, or when the file cannot be read
   */
  public static List<Article> onDemand(Path file) {
    return JsonLinesFile.index(file);
  }

  /**
   * The articles of a JSON Lines file read on demand, as {@link #onDemand(Path)} gives them, without the lines that hold
   * no article: each such line (not a JSON object, not UTF-8, no {@code id}, neither {@code text} nor {@code html}, a
   * text larger than an article file may be) is handed to {@code badLine}, in file order, and left out, so
   * that one broken line of a large feed does not stop the run; the caller says which lines were left out (the Spark
   * job does the same with the rows it cannot read). A line that gives the id of an earlier line's article still fails
   * the call, at the end of the file: it is handed to {@code badLine} too ("the id 'a1' is also the id of line 1; ids
   * must be distinct"), with every other bad line, so that the caller can name them all before it stops. A line left
   * out holds no article, so a later line may give its id.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>lines</th><th>articles</th><th>handed to {@code badLine}</th></tr>
   *   <tr><td>an article, a line cut off (<code>{"id":"a2","text":"Fire in</code>), an article</td><td>the two articles</td>
   *       <td>line 2, "a JSON object cut off before its end"</td></tr>
   *   <tr><td>an article, a line that is no JSON object ({@code [1, 2]}), an article</td><td>the two articles</td>
   *       <td>line 2, "not a JSON object"</td></tr>
   *   <tr><td>{@code {"id":"a1"}} only</td><td>none</td><td>line 1, "article a1 has neither "text" nor "html""</td></tr>
   *   <tr><td>an article, then a blank line</td><td>the article</td><td>nothing</td></tr>
   *   <tr><td>article a1, a line cut off, article a1 again</td><td>none: throws, naming line 3</td>
   *       <td>line 2, "a JSON object cut off before its end"; line 3, "the id 'a1' is also the id of line 1; ids must be distinct"</td></tr>
   * </table>
   *
   * @throws InvalidInputException when the file cannot be read, or two lines give one id (after every bad line is handed
   *     to {@code badLine})
   */
  public static List<Article> onDemand(Path file, Consumer<? super BadLine> badLine) {
    Objects.requireNonNull(badLine, "badLine");
    return JsonLinesFile.index(file, badLine);
  }

  /**
   * As {@link #onDemand(Path, Consumer)}, but a line whose article is field for field that of the earlier line with its
   * id (a scraped feed that gives one story twice, byte for byte or spaced otherwise) does not fail the call: it is
   * handed to {@code copy} ("repeats line 7 field for field (read once)") and left out, the earlier line read. A line
   * that gives another article under an earlier id still fails the call, as there only the user knows which is that
   * article.
   *
   * @throws InvalidInputException when the file cannot be read, or two lines give one id to two articles (after every
   *     bad line is handed to {@code badLine})
   */
  public static List<Article> onDemand(Path file, Consumer<? super BadLine> badLine, Consumer<? super BadLine> copy) {
    Objects.requireNonNull(badLine, "badLine");
    Objects.requireNonNull(copy, "copy");
    return JsonLinesFile.index(file, badLine, copy);
  }

  /**
   * As {@link #onDemand(Path, Consumer, Consumer)}, and each line kept whose {@code published} is given but read as no
   * date ({@code 18/10/2021}, {@code 2021-09-31}) is handed to {@code unreadDate}, in file order, with why
   * ({@link Fields#unreadDate()}: "published '18/10/2021' is not a YYYY-MM-DD date (write 2021-10-18)"): its article is
   * kept, undated unless its text opens with a date line, and the caller can name the line, as a manifest's unread cell
   * is named ({@link dev.parallax.ingest.Manifest#unreadDates()}).
   *
   * @throws InvalidInputException when the file cannot be read, or two lines give one id to two articles (after every
   *     bad line is handed to {@code badLine})
   */
  public static List<Article> onDemand(Path file, Consumer<? super BadLine> badLine, Consumer<? super BadLine> copy,
      Consumer<? super BadLine> unreadDate) {
    Objects.requireNonNull(badLine, "badLine");
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(unreadDate, "unreadDate");
    return JsonLinesFile.index(file, badLine, copy, unreadDate);
  }

  /**
   * One article from one JSON object.
   *
   * A byte-order mark opening the line (the first line of a file saved as "UTF-8 with BOM", as Windows editors do) is
   * dropped: it is no part of the JSON.
   *
   * @param where where the line comes from, for error messages ("feed.jsonl:12")
   * @throws InvalidInputException when the line is not an object with an id and a text or html
   */
  public static Article parse(String line, String where) {
    return fields(line, where).article(where);
  }

  /**
   * The fields of one JSON line, read once: what {@link #parse} makes an article of, for a caller that keeps the fields
   * as given (the Spark job's rows). A byte-order mark opening the line is dropped.
   *
   * @param where where the line comes from, for error messages ("feed.jsonl:12")
   * @throws InvalidInputException when the line is not a JSON object or has no id, in {@link #parse}'s words
   */
  public static Fields fields(String line, String where) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(where, "where");
    JsonNode node;
    try {
      node = MAPPER.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (JsonEOFException e) {
      // {"id":"a2","text":"Fire in  -- a feed cut off while it was written or copied
      throw new InvalidInputException(where + ": " + CUT_OFF);
    } catch (IOException e) {
      throw new InvalidInputException(where + ": not a JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(where + ": not a JSON object");
    }
    String id = text(node, "id");
    if (id.isBlank()) {
      throw new InvalidInputException(where + ": no \"id\"");
    }
    return new Fields(id, text(node, "outlet"), text(node, "published"), text(node, "url"), text(node, "title"),
        text(node, "text"), text(node, "html"));
  }

  /**
   * The fields of a feed's line as the line gives them, each the empty string when absent or null; not yet checked as
   * an article (see {@link #article}).
   *
   * @param id the article's id, not blank
   * @param outlet the outlet
   * @param published the date as given
   * @param url the page's address
   * @param title the headline
   * @param text the plain text
   * @param html the page
   */
  public record Fields(String id, String outlet, String published, String url, String title, String text,
      String html) {
    /** Validates: no field is null. */
    public Fields {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(html, "html");
    }

    /**
     * The article of these fields, as {@link #fromFields} makes it.
     *
     * @throws InvalidInputException naming {@code where}, when there is neither text nor html
     */
    public Article article(String where) {
      Article a = fromFields(id, outlet, published, title, text, html, where);
      // the page's own metadata wins; the address's folder (/opinion/) is read when the page has no mark
      return a.genreMark().isPresent() || url.isBlank() ? a : a.withGenreMark(GenreMark.ofAddress(url));
    }

    /**
     * Why {@code published} is given and read as no date, for a notice naming the line; empty when it is blank or
     * read. The article is kept either way, undated unless its text opens with a date line.
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><th>published</th><th>unread date</th></tr>
     *   <tr><td>{@code 2021-10-18} or {@code 2021-10-18T09:30:00Z}</td><td>empty</td></tr>
     *   <tr><td>{@code ""}</td><td>empty (no date given)</td></tr>
     *   <tr><td>{@code 18/10/2021}</td><td>{@code published '18/10/2021' is not a YYYY-MM-DD date (write 2021-10-18)}</td></tr>
     *   <tr><td>{@code 2021-09-31}</td><td>{@code published '2021-09-31' is no such date}</td></tr>
     * </table>
     */
    public Optional<String> unreadDate() {
      if (published.isBlank() || date(published).isPresent()) {
        return Optional.empty();
      }
      String given = Names.quote(published);   // as given: " 2021-10-18", with its space, is not read either
      return Optional.of(published.matches("(?s)\\d{4}-\\d{2}-\\d{2}.*")
          ? "published '" + given + "' is no such date"
          : "published '" + given + "' is not a YYYY-MM-DD date" + DateHints.of(published));
    }
  }

  /**
   * One article from its fields, as a JSON line or a table row (Parquet) gives them; empty strings (or
   * {@code null}) for absent fields. A title with a text becomes the text's first line unless it already is
   * (see the class comment). A {@code published} that is not {@code YYYY-MM-DD} (nor a date-time opening with one)
   * is read as no date: the article is kept, undated unless its text opens with a date line.
   *
   * @throws InvalidInputException when the id is blank, or there is neither text nor html
   */
  public static Article fromFields(String id, String outlet, String published, String title, String text, String html,
      String where) {
    Objects.requireNonNull(where, "where");
    String body = text == null ? "" : text;
    String page = html == null ? "" : html;
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(where + ": no \"id\"");
    }
    if (body.isBlank() && page.isBlank()) {
      throw new InvalidInputException(where + ": article " + id + noText(text, html));
    }
    requireArticleSize(body, "text", where);
    requireArticleSize(page, "html", where);
    ArticleReader reader = ArticleReader.create();
    Article a = !body.isBlank() ? reader.fromText(id, withHeadline(title == null ? "" : title, body))
        : reader.fromHtml(id, page);
    Optional<LocalDate> date = date(published == null ? "" : published).or(a::published);
    a = a.withMetadata(outlet == null || outlet.isBlank() ? a.outlet() : outlet, date);
    return title == null || title.isBlank() ? a : a.withTitle(title.strip());
  }

  /**
   * Why an article of neither text nor html with words is refused, naming what the line did give: a field given blank
   * ({@code "text": "   "}, as a scraper writes when it found no body) is not a field left out.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>text</th><th>html</th><th>reason</th></tr>
   *   <tr><td>absent</td><td>absent</td><td>{@code  has neither "text" nor "html"}</td></tr>
   *   <tr><td>{@code "   "}</td><td>absent</td><td>{@code : its "text" is empty}</td></tr>
   *   <tr><td>absent</td><td>{@code "  "}</td><td>{@code : its "html" has no text}</td></tr>
   * </table>
   */
  private static String noText(String text, String html) {
    boolean hasText = text != null && !text.isEmpty();
    boolean hasHtml = html != null && !html.isEmpty();
    if (hasText && hasHtml) {
      return ": its \"text\" is empty and its \"html\" has no text";
    }
    if (hasText) {
      return ": its \"text\" is empty";
    }
    if (hasHtml) {
      return ": its \"html\" has no text";
    }
    return " has neither \"text\" nor \"html\"";
  }

  /**
   * Refuses a field larger than a file of one article may be ({@link ArticleReader#DEFAULT_MAX_BYTES} in UTF-8), in
   * the words the file limit uses: a feed's line must not take in what a file is refused for.
   */
  private static void requireArticleSize(String value, String field, String where) {
    long limit = ArticleReader.DEFAULT_MAX_BYTES;
    long bytes = Utf8Size.over(value, limit);
    if (bytes >= 0) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "%s: \"%s\" of %,d bytes, more than the limit of %,d bytes for one article", where, field, bytes, limit));
    }
  }

  /**
   * The text an article of {@code title} and {@code text} is read from: the title (on one line), a blank line, then
   * the text; or the text alone when the title is blank or the text's first line already is the title. A feed gives
   * the headline apart from the text, while grouping and comparison read a headline as the first line of the text,
   * as in a file: without it they would miss the most telling line of every article.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>title</th><th>text</th><th>read from</th></tr>
   *   <tr><td>{@code "Fire in Lindby"}</td><td>{@code "A fire destroyed a barn."}</td>
   *       <td>{@code "Fire in Lindby\n\nA fire destroyed a barn."}</td></tr>
   *   <tr><td>{@code "Fire in Lindby"}</td><td>{@code "Fire in  lindby\n\nA fire destroyed a barn."}</td><td>the text as given</td></tr>
   *   <tr><td>{@code ""}</td><td>{@code "A fire destroyed a barn."}</td><td>the text as given</td></tr>
   * </table>
   */
  static String withHeadline(String title, String text) {
    String headline = oneLine(title);
    if (headline.isEmpty() || oneLine(firstLine(text)).equalsIgnoreCase(headline)) {
      return text;
    }
    return headline + "\n\n" + text;
  }

  /** The first line of {@code text} that is not blank, or the empty string. */
  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  /** {@code s} with each run of white space (line breaks and no-break spaces too) one space, stripped. */
  private static String oneLine(String s) {
    return s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  /**
   * The date {@code value} opens with, empty when it is blank or opens with no {@code YYYY-MM-DD} date: a feed's
   * unreadable date leaves its article undated, as a missing one does, rather than out of the run.
   */
  private static Optional<LocalDate> date(String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
