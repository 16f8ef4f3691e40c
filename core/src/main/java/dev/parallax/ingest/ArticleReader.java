package dev.parallax.ingest;

import dev.parallax.internal.Blanks;
import dev.parallax.InvalidInputException;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * removal), and the HTML page's {@code <meta>} tags. The article id is the file name without extension.
 * Text is decoded as UTF-8 (a byte-order mark is dropped) and, when that fails, as Windows-1252.
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
 *   <tr><td>file larger than {@link #maxBytes()}</td><td>{@link InvalidInputException}</td></tr>
 * </table>
 */
public final class ArticleReader {
  /** Default largest file read: 8 MiB, far beyond any article. */
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

  /** A reader that takes outlet and date from the manifest at {@code manifestPath}. */
  public static ArticleReader withManifest(Path manifestPath) {
    return create().manifest(Manifest.read(manifestPath));
  }

  /** This reader with {@code manifest} as the first source of metadata. */
  public ArticleReader manifest(Manifest manifest) {
    return new ArticleReader(Optional.of(Objects.requireNonNull(manifest, "manifest")), maxBytes);
  }

  /** This reader with another size limit per file, in bytes (at least 1). */
  public ArticleReader maxBytes(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + limit);
    }
    return new ArticleReader(manifest, limit);
  }

  /** The largest file this reader accepts, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The manifest this reader uses, if any. */
  public Optional<Manifest> manifest() {
    return manifest;
  }

  /**
   * Reads every file, in the order given. Files that the manifest lists but {@code paths} lacks are an
   * error, so that a manifest never silently drops an article.
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
        throw new InvalidInputException("manifest " + m.source() + " names " + e.file() + ", which does not exist in " + m.folder());
      }
      paths.add(p);
    }
    return readAll(paths);
  }

  /** Reads one file as an article whose id is the file name without its extension. */
  public Article read(Path path) {
    Objects.requireNonNull(path, "path");
    if (!Files.exists(path)) {
      throw new InvalidInputException(path + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(path + ": is a directory, not an article file");
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InvalidInputException(String.format(Locale.ROOT,
            "%s: %.1f MB is larger than the %.1f MB limit for one article", path, size / 1e6, maxBytes / 1e6));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
    String name = path.getFileName().toString();
    String text = decode(bytes, path.toString());
    String id = stripExtension(name);
    boolean html = isHtml(name, text);
    Article article = html ? fromHtml(id, text, path.toString()) : fromText(id, text, path.toString());
    return applyManifest(article, name);
  }

  /** Makes an article from plain text (or a pasted page), reading a leading date marker. */
  public Article fromText(String id, String text) {
    return fromText(id, text, id);
  }

  /** Makes an article from an HTML page, extracting its title, date, site name and main text. */
  public Article fromHtml(String id, String html) {
    return fromHtml(id, html, id);
  }

  private Article fromText(String id, String text, String where) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    requireContent(text, where);
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
    List<Block> body = bodyStart < text.length()
        ? List.of(new Block(bodyStart, text.length(), text.substring(bodyStart), BlockKind.STORY))
        : List.of();
    requireContent(text.substring(bodyStart), where);
    return new Article(id, id, date, "", text, body, removed);
  }

  private Article fromHtml(String id, String html, String where) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
    requireContent(html, where);
    HtmlPage page = HtmlPage.parse(html);
    requireContent(page.text(), where + " (no article text in the HTML)");
    String text = page.text();
    List<Block> body = List.of(new Block(0, text.length(), text, BlockKind.STORY));
    String outlet = page.siteName().orElse(id);
    return new Article(id, outlet, page.published(), page.title(), text, body, List.of());
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
    return article.withMetadata(outlet, published);
  }

  private static void requireContent(String text, String where) {
    if (Blanks.isBlank(text)) {
      throw new InvalidInputException(where + ": empty, no text to compare");
    }
  }



  static String decode(byte[] bytes, String where) {
    if (bytes.length == 0) {
      throw new InvalidInputException(where + ": empty file");
    }
    if (looksBinary(bytes)) {
      throw new InvalidInputException(where + ": looks like a binary file, not text or HTML");
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 20;
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
