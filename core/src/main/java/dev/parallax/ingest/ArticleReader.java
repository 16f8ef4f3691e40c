package dev.parallax.ingest;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.Names;
import dev.parallax.internal.Utf8Size;
import dev.parallax.InvalidInputException;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads articles from files or strings: plain text, HTML, or a web page pasted as text.
 *
 * <p>Metadata comes, in this order of precedence, from the manifest given with {@link #withManifest},
 * a leading {@code date YYYY-MM-DD} marker in a text file (recorded as a {@link RemovalReason#METADATA}
 * removal), the HTML page's {@code <meta>} tags, and a date line near the top of the text or page, one that holds
 * a date and nothing else but a label, a weekday and a time ({@code September 20, 2017 4:48 PM}, {@code Published:
 * 22/09/2017}; not {@code Updated: ...}, not a date inside a sentence, and not a date such as {@code 05/09/2017}
 * that may be read day first or month first, unless another date on the page reads one way only). The outlet is the
 * manifest's, else the HTML page's site name
 * ({@code og:site_name}, {@code application-name}, or the host of its {@code og:url} or canonical link), else the
 * copyright line among the last lines of the text or page ({@code © 2026 Kelby Star}; see {@link CopyrightLine}), else
 * the article id. The article id is the file name without extension.
 * Text is decoded as UTF-8 (a byte-order mark is dropped); UTF-16 is recognized by its byte-order mark or
 * its pattern of zero bytes; a file with a few invalid UTF-8 bytes among valid ones is read as UTF-8 with
 * each bad sequence replaced by U+FFFD; one with invalid bytes and no valid multi-byte UTF-8 is read as
 * Windows-1252. Every U+FFFD in the text (a replaced sequence, or a lone surrogate in a string or an HTML
 * entity) is listed as a {@link RemovalReason#ENCODING} removal, so the loss is visible in the report.
 *
 * <p>Immutable and thread-safe: configuration methods return a new reader.
 *
 * <pre>{@code
 * List<Article> articles = ArticleReader.withManifest(Path.of("data/MANIFEST.tsv")).readAll(paths);
 * }</pre>
 *
 * <table>
 *   <caption>Bad input</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>missing file or a directory</td><td>{@link InvalidInputException}</td></tr>
 *   <tr><td>empty or whitespace-only file (no-break and zero-width spaces count as white space)</td><td>{@link InvalidInputException}</td></tr>
 *   <tr><td>binary file (NUL bytes, many control characters)</td><td>{@link InvalidInputException}</td></tr>
 *   <tr><td>a file of another format, or a string of its bytes, whatever its name: a PDF, an image, an office document
 *   (Word, OpenDocument), an archive (ZIP, gzip), an RTF document (rich text saved by a word processor); see {@link
 *   FileFormat}</td><td>{@link dev.parallax.NotTextException}, an {@link InvalidInputException} naming the format
 *   and saying what to do ("story.txt: a PDF: copy its text out into a .txt file")</td></tr>
 *   <tr><td>file, or string given to {@link #fromText} or {@link #fromHtml}, larger than {@link #maxBytes()} (a string counted in UTF-8)</td><td>{@link InvalidInputException}</td></tr>
 * </table>
 */
public final class ArticleReader {
  /** Default largest file read, or string taken (in UTF-8): 8 MiB (8,388,608 bytes), far beyond any article. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private static final Pattern DATE_MARKER = Pattern.compile("\\A[\\s\\uFEFF]*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*");

  private final Optional<Manifest> manifest;
  private final long maxBytes;

  private ArticleReader(Optional<Manifest> manifest, long maxBytes) {
    this.manifest = manifest;
    this.maxBytes = maxBytes;
  }

  /** A reader without a manifest. */
  public static ArticleReader create() {
    return new ArticleReader(Optional.empty(), DEFAULT_MAX_BYTES);
  }

  /**
   * A reader that takes outlet and date from the manifest at {@code manifestPath}.
   *
   * @throws NullPointerException when {@code manifestPath} is null
   * @throws InvalidInputException when the manifest cannot be read or a line of it is malformed
   */
  public static ArticleReader withManifest(Path manifestPath) {
    return create().manifest(Manifest.read(manifestPath));
  }

  /** This reader with {@code manifest} as the first source of metadata. */
  public ArticleReader manifest(Manifest manifest) {
    return new ArticleReader(Optional.of(Objects.requireNonNull(manifest, "manifest")), maxBytes);
  }

  /** This reader with another size limit per file and per string given to it (in UTF-8), in bytes (at least 1). */
  public ArticleReader maxBytes(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + limit);
    }
    return new ArticleReader(manifest, limit);
  }

  /** The largest file, or string in UTF-8, this reader accepts, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The manifest this reader uses, if any. */
  public Optional<Manifest> manifest() {
    return manifest;
  }

  /**
   * Reads every file given, in the order given, and only those: a file the manifest lists but {@code paths} lacks is
   * not read (so a caller may compare some of a manifest's articles), and a file {@code paths} holds that the manifest
   * does not list keeps its own metadata. {@link #readManifestFiles()} reads every file a manifest lists.
   *
   * @throws NullPointerException when {@code paths} or one of them is null
   * @throws InvalidInputException when a file cannot be read as an article (see {@link #read(Path)})
   */
  public List<Article> readAll(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<Article> out = new ArrayList<>();
    for (Path p : paths) {
      out.add(read(p));
    }
    return out;
  }

  /** Reads the files a manifest lists, from the manifest's folder, in manifest order. */
  public List<Article> readManifestFiles() {
    Manifest m = manifest.orElseThrow(() -> new IllegalStateException("this reader has no manifest"));
    if (m.entries().isEmpty()) {
      throw new InvalidInputException("manifest " + m.source() + ": lists no files");
    }
    List<Path> paths = new ArrayList<>();
    for (Manifest.Entry e : m.entries()) {
      Path p = m.folder().resolve(e.file());
      if (!Files.exists(p)) {
        throw new InvalidInputException("manifest " + Names.quote(m.source().toString()) + " names " + Names.quote(e.file())
            + ", which does not exist in " + Names.quote(m.folder().toString()));
      }
      paths.add(p);
    }
    return readAll(paths);
  }

  /**
   * Reads one file as an article whose id is the file name without its extension. At most
   * {@link #maxBytes()} bytes are read from any source, counted as they arrive, so a device or a pipe
   * cannot bypass the limit.
   *
   * @throws NullPointerException when {@code path} is null
   * @throws dev.parallax.NotTextException when the file's first bytes show another format (a PDF, an image, an office
   *     document, an archive, an RTF document), whatever its name and size
   * @throws InvalidInputException when the file is missing, a directory, unreadable, larger than {@link #maxBytes()},
   *     empty, binary, or HTML without article text
   */
  public Article read(Path path) {
    Objects.requireNonNull(path, "path");
    return read(path, idOf(path));
  }

  /**
   * Reads one file as {@link #read(Path)} does, as the article {@code id} rather than its file name: an article
   * without an outlet (in the manifest, the page's metadata, or the copyright line of a text or page) takes
   * {@code id} as its outlet, as it would its file name, while an outlet that is given stays what it is, even when
   * it is written as the file name ({@code monday/1.txt} read as {@code monday/1} with the manifest's outlet
   * {@code 1} keeps the outlet {@code 1}).
   *
   * @throws NullPointerException when {@code path} or {@code id} is null
   * @throws InvalidInputException when {@code id} is blank, or as {@link #read(Path)}
   */
  public Article read(Path path, String id) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    String where = Names.quote(path.toString());
    if (!Files.exists(path)) {
      throw new InvalidInputException(where + ": " + missing(path));
    }
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(where + ": is a directory, not an article file");
    }
    byte[] bytes = readAtMost(path, maxBytes, where);
    String name = path.getFileName().toString();
    String text = decode(bytes, where);
    boolean html = isHtml(name, text);
    Article article = html ? fromHtml(id, text, where) : fromText(id, text, where);
    return applyManifest(article, name);
  }

  /**
   * The id {@link #read} gives the file at {@code path}: its name without its extension, so that a caller can find
   * two files that would share an id before reading either.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>path</th><th>id</th></tr>
   *   <tr><td>{@code news/lindby-post.txt}</td><td>{@code lindby-post}</td></tr>
   *   <tr><td>{@code page.v2.html}</td><td>{@code page.v2}</td></tr>
   *   <tr><td>{@code README}</td><td>{@code README}</td></tr>
   *   <tr><td>{@code .story}</td><td>{@code .story}</td></tr>
   * </table>
   */
  public static String idOf(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return stripExtension(name == null ? path.toString() : name.toString());
  }

  /** Why a path that does not exist cannot be read: missing, a broken link, or a loop of links. */
  private static String missing(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file";
    }
    try {
      path.toRealPath();
      return "no such file";
    } catch (FileSystemException e) {
      String reason = e.getReason();
      return reason != null ? "symbolic link cannot be followed (" + reason.toLowerCase(Locale.ROOT) + ")"
          : "symbolic link points to no file";
    } catch (IOException e) {
      return "symbolic link cannot be followed";
    }
  }

  /** The file's bytes, refusing more than {@code limit}, with the reason of any failure. */
  static byte[] readAtMost(Path path, long limit, String where) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buf = new byte[(int) Math.min(limit + 1, 64 * 1024)];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n > limit) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > limit) {
        Decoding.requireText(FileFormat.of(buf), where);   // a 20 MB PDF is a PDF before it is too large
        throw new InvalidInputException(where + ": " + tooLarge(path, limit));
      }
      return Arrays.copyOf(buf, n);
    } catch (IOException e) {
      throw new InvalidInputException(where + ": cannot read (" + reason(e) + ")", e);
    }
  }

  private static String tooLarge(Path path, long limit) {
    String max = String.format(Locale.ROOT, "%,d bytes", limit);
    try {
      if (Files.isRegularFile(path)) {
        return String.format(Locale.ROOT, "%,d bytes, more than the limit of %s for one article", Files.size(path), max);
      }
    } catch (IOException e) {
      // fall through: say what we know
    }
    return "more than the limit of " + max + " for one article (read from a device or pipe)";
  }

  /** An I/O failure's reason in words: "permission denied", "is a directory", the system's message. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : Names.quote(e.getMessage());
  }

  /**
   * Makes an article from plain text (or a pasted page), reading a leading date marker, or else a date line near the
   * top ({@code September 20, 2017 4:48 PM}: see the class's Javadoc). A string is held to the
   * limit a file is: at most {@link #maxBytes()} bytes in UTF-8.
   *
   * @throws dev.parallax.NotTextException when {@code text} holds another format's bytes (a PDF read into a string)
   * @throws InvalidInputException when {@code text} is larger than {@link #maxBytes()} in UTF-8, or empty or white
   *     space only, or {@code id} is blank
   * @throws NullPointerException when {@code id} or {@code text} is null
   */
  public Article fromText(String id, String text) {
    requireWithinLimit(id, text, "text");
    String where = "article " + Names.quote(id);
    Decoding.requireReadableText(text, where);
    return fromText(id, text, where);
  }

  /**
   * Makes an article from an HTML page, extracting its title, date, site name and main text. A string is held to
   * the limit a file is: at most {@link #maxBytes()} bytes in UTF-8.
   *
   * @throws dev.parallax.NotTextException when {@code html} holds another format's bytes (an image read into a string)
   * @throws InvalidInputException when {@code html} is larger than {@link #maxBytes()} in UTF-8, or has no text, or
   *     {@code id} is blank
   * @throws NullPointerException when {@code id} or {@code html} is null
   */
  public Article fromHtml(String id, String html) {
    requireWithinLimit(id, html, "html");
    String where = "article " + Names.quote(id);
    Decoding.requireReadableText(html, where);
    return fromHtml(id, html, where);
  }

  /** Refuses a string larger than a file may be, naming the article, before any work. */
  private void requireWithinLimit(String id, String value, String what) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, what);
    long bytes = Utf8Size.over(value, maxBytes);
    if (bytes >= 0) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "article %s: %s of %,d bytes in UTF-8, more than the limit of %,d bytes for one article", id, what, bytes,
          maxBytes));
    }
  }

  private Article fromText(String id, String rawText, String where) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rawText, "text");
    String text = Decoding.withoutLoneSurrogates(rawText);
    requireContent(text, where, "empty, no text to compare");
    Optional<LocalDate> date = Optional.empty();
    List<Removal> removed = new ArrayList<>();
    int bodyStart = 0;
    Matcher m = DATE_MARKER.matcher(text);
    if (m.lookingAt()) {
      try {
        date = Optional.of(LocalDate.parse(m.group(1)));
        removed.add(new Removal(0, m.end(), text.substring(0, m.end()), RemovalReason.METADATA));
        bodyStart = m.end();
      } catch (java.time.format.DateTimeParseException e) {
        // Not a real date: leave the text alone.
      }
    }
    if (date.isEmpty()) {
      date = DateLine.near(text, bodyStart); // "September 20, 2017 4:48 PM" pasted over the headline
    }
    List<Block> body = bodyStart < text.length()
        ? List.of(new Block(bodyStart, text.length(), text.substring(bodyStart), BlockKind.STORY))
        : List.of();
    requireContent(text.substring(bodyStart), where, "empty after its date marker, no text to compare");
    removed.addAll(Decoding.replacements(text, bodyStart));
    return new Article(id, CopyrightLine.outletIn(text).orElse(id), date, "", text, body, removed);
  }

  private Article fromHtml(String id, String html, String where) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
    requireContent(html, where, "empty, no text to compare");
    HtmlPage page = HtmlPage.parse(html);
    String text = Decoding.withoutLoneSurrogates(page.text());
    String story = Decoding.withoutLoneSurrogates(page.storyText());
    requireContent(story, where, "no article text in the HTML, no text to compare");
    // no site name nor address in the page's metadata: its footer's copyright line, as a pasted page's
    String outlet = Decoding.withoutLoneSurrogates(page.siteName().or(() -> CopyrightLine.outletIn(text)).orElse(id));
    Optional<LocalDate> published = page.published().isPresent() ? page.published() : DateLine.near(story, 0);
    // the lines the extraction dropped are shown as removals; a run of U+FFFD is marked where it is not in one
    List<Removal> removed = new ArrayList<>(page.dropped());
    for (Removal r : Decoding.replacements(text, 0)) {
      if (page.dropped().stream().noneMatch(d -> d.start() <= r.start() && r.end() <= d.end())) {
        removed.add(r);
      }
    }
    removed.sort(java.util.Comparator.comparingInt(Removal::start).thenComparingInt(Removal::end));
    return new Article(id, outlet, published, Decoding.withoutLoneSurrogates(page.title()), text, page.story(),
        removed, page.genreMark());
  }

  private Article applyManifest(Article article, String fileName) {
    if (manifest.isEmpty()) {
      return article;
    }
    Optional<Manifest.Entry> entry = manifest.get().entryFor(fileName);
    if (entry.isEmpty()) {
      return article;
    }
    Manifest.Entry e = entry.get();
    String outlet = e.outlet().isBlank() ? article.outlet() : e.outlet();
    Optional<LocalDate> published = e.published().isPresent() ? e.published() : article.published();
    Article out = article.withMetadata(outlet, published);
    // the page's own metadata or address wins; an address given beside the file is read when the page has none
    return out.genreMark().isPresent() || e.url().isBlank() ? out : out.withGenreMark(GenreMark.ofAddress(e.url()));
  }

  /** Refuses text with nothing but white space: "article ID: empty, no text to compare", or the file's name. */
  private static void requireContent(String text, String where, String what) {
    if (Blanks.isBlank(text)) {
      throw new InvalidInputException(where + ": " + what);
    }
  }



  static String decode(byte[] bytes, String where) {
    if (bytes.length == 0) {
      throw new InvalidInputException(where + ": empty file");
    }
    return Decoding.decode(bytes, where);
  }

  private static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
