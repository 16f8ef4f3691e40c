package dev.parallax.cli;

import dev.parallax.ingest.FileFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files of a folder are not articles: Parallax's own reports from an earlier run (recognised by
 * their content, whatever their name), files that are neither text nor HTML (by core's {@link FileFormat} of their
 * first bytes, by extension, or by a NUL byte near the start), and empty files.
 */
final class NotAnArticle {
  /** Extensions of files that may hold an article; a file without an extension may too. */
  static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "shtml");
  /** How much of a file is read to recognise it. */
  static final int PEEK = 4096;
  /** The text summary's first line: "Parallax: 5 articles, 4 outlets on the main event, ...". */
  private static final Pattern TEXT_SUMMARY = Pattern.compile("\\AParallax: \\d+ articles?, \\d+ outlets? on the main event");

  /** A first line that opens a JSON object with a key: {@code {"id": ...}}, after any byte-order mark. */
  private static final Pattern JSON_OBJECT_LINE = Pattern.compile("\\A(?:\u00EF\u00BB\u00BF)?[ \\t]*\\{[ \\t]*\"");

  private NotAnArticle() {}

  /**
   * Whether a file is a JSON Lines feed (one article per line): named {@code .jsonl}, or, named otherwise than an article
   * ({@code .json}, {@code .ndjson}, no extension; not {@code .txt} or {@code .html}), its first line opens a JSON object
   * with a key, which no article's text does.
   *
   * <table>
   *   <caption>Cases</caption>
   *   <tr><th>file</th><th>a feed?</th></tr>
   *   <tr><td>{@code feed.jsonl}, any content</td><td>yes</td></tr>
   *   <tr><td>{@code feed.ndjson} or {@code feed.json} whose first line is {@code {"id":"a1","text":"..."}}</td><td>yes</td></tr>
   *   <tr><td>{@code feed.json} holding one object over many lines (first line <code>{</code>), or an array</td><td>no</td></tr>
   *   <tr><td>{@code story.txt}, any content</td><td>no</td></tr>
   * </table>
   */
  static boolean jsonLinesFeed(Path file) {
    if (file.getFileName() != null && file.getFileName().toString().endsWith(".jsonl")) {
      return true;
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return false;   // an article file is not opened to be told from a feed: a corpus names thousands
    }
    return Files.isRegularFile(file) && JSON_OBJECT_LINE.matcher(head(file, 256).orElse("")).lookingAt();
  }

  /** Whether a file is named as a table ({@code .tsv}, {@code .csv}): a manifest or a spreadsheet's export, never an article. */
  static boolean table(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") || name.endsWith(".csv");
  }

  /** Whether a file is named as JSON ({@code .json}, {@code .ndjson}), which Parallax reads only as a JSON Lines feed. */
  static boolean namedAsJson(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".ndjson");
  }

  /**
   * What a file is, said so that the user knows what to do, when its first bytes show it holds no text to read (core's
   * {@link FileFormat}: "a PDF: copy its text out into a .txt file", "a PNG image, not an article's text", a Word
   * document, an archive), or "empty file" (nothing but white space); empty otherwise, whatever the file's name
   * ({@code story.txt} may be a renamed PDF).
   */
  static Optional<String> unreadable(Path file) {
    Optional<FileFormat> format = headBytes(file, FileFormat.HEAD_BYTES).flatMap(FileFormat::of);
    if (format.isPresent()) {
      return Optional.of(format.get().description());
    }
    return Files.isRegularFile(file) && blank(file) ? Optional.of("empty file") : Optional.empty();
  }

  /** Why a file found in a folder is skipped, or empty when it may be an article. */
  static Optional<String> inFolder(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    Optional<String> kind = unreadable(file).filter(why -> !why.equals("empty file"));
    if (kind.isPresent()) {
      return kind;
    }
    if (!ext.isEmpty() && !ARTICLE_EXTENSIONS.contains(ext)) {
      return Optional.of("not text or HTML");
    }
    Optional<String> report = parallaxReport(file);
    if (report.isPresent()) {
      return report;
    }
    if (blank(file)) {
      return Optional.of("empty"); // a log or placeholder beside the articles; named on its own, it is an error
    }
    return head(file).indexOf('\0') >= 0 ? Optional.of("binary") : Optional.empty();
  }

  /** Whether a readable file holds nothing but white space (and a byte-order mark); an unreadable one is not. */
  private static boolean blank(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(PEEK + 1);
      if (bytes.length > PEEK) {
        return false;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return (text.startsWith("\uFEFF") ? text.substring(1) : text).isBlank();
    } catch (IOException e) {
      return false; // unreadable: the reader reports it, with its own message
    }
  }

  /**
   * "a Parallax report" when the file is an HTML, JSON or text report, a {@code pairs} score table, or a
   * {@code corpus} index page, that Parallax wrote; else empty.
   */
  static Optional<String> parallaxReport(Path file) {
    String head = head(file);
    boolean report = head.contains("<meta name=\"generator\" content=\"Parallax")
        || head.contains("\"schema\" : \"parallax-report/")
        || TEXT_SUMMARY.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head).lookingAt()
        || head.startsWith(PairTable.HEADER)
        || CorpusFolder.isCorpusIndex(head)   // the index.html of a corpus run whose --out is inside its input
        // Pages written before the generator tag: the footer closes them.
        || (head.startsWith("<!DOCTYPE html>") && tail(file).contains("<footer>Generated by Parallax ("));
    return report ? Optional.of("a Parallax report") : Optional.empty();
  }

  private static String head(Path file) {
    return head(file, PEEK).orElse("");   // unreadable: the reader reports it, with its own message
  }

  /** The first {@code bytes} bytes of a file (fewer when it is shorter), one char a byte; empty when it cannot be read. */
  static Optional<String> head(Path file, int bytes) {
    return headBytes(file, bytes).map(b -> new String(b, StandardCharsets.ISO_8859_1));
  }

  /** The first {@code bytes} bytes of a file (fewer when it is shorter); empty when it cannot be read. */
  private static Optional<byte[]> headBytes(Path file, int bytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(in.readNBytes(bytes));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String tail(Path file) {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      ch.position(Math.max(0, size - PEEK));
      var buf = java.nio.ByteBuffer.allocate((int) Math.min(PEEK, size));
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // keep reading
      }
      return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }
}
