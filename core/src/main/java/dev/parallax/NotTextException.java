package dev.parallax;

import dev.parallax.ingest.FileFormat;
import java.util.Objects;

/**
 * Input that is a file of another kind than text or HTML (a PDF, an image, an office document, an archive, rich
 * text), told by its first bytes whatever its name: given to {@link dev.parallax.ingest.ArticleReader} as a file or
 * as a string of its bytes. The message names the input and the format and says what to do ("story.txt: a PDF: copy
 * its text out into a .txt file"); {@link #format()} tells a program which format it was.
 *
 * <pre>{@code
 * try {
 *   articles.add(reader.read(path));
 * } catch (NotTextException e) {
 *   skipped.put(path, e.format());   // a scan or a photo among the articles
 * }
 * }</pre>
 */
public class NotTextException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final FileFormat format;

  /** An input named {@code where} ({@code "story.txt"}, {@code "article ID"}) that holds a file of {@code format}. */
  public NotTextException(String where, FileFormat format) {
    super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(format, "format").description());
    this.format = format;
  }

  /** The format the input's first bytes show. */
  public FileFormat format() {
    return format;
  }
}
