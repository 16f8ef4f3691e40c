package dev.parallax.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A kind of file that holds no article's text to read (a PDF, an image, an office document, an archive), told by its
 * first bytes whatever the file is named, with what the user can do about it.
 *
 * <p>{@link ArticleReader} refuses such a file, or its bytes given as a string, with a
 * {@link dev.parallax.NotTextException} naming the format; a caller that sorts files before reading them (the CLI
 * skipping a folder's photos) asks {@link #of(byte[])}. Thread-safe, as every enum is.
 *
 * <pre>{@code
 * byte[] head = in.readNBytes(FileFormat.HEAD_BYTES);
 * FileFormat.of(head).ifPresent(f -> System.err.println(file + ": " + f.description()));
 * }</pre>
 *
 * <table>
 *   <caption>First bytes and format</caption>
 *   <tr><th>first bytes</th><th>format</th></tr>
 *   <tr><td>{@code %PDF-}</td><td>{@link #PDF}</td></tr>
 *   <tr><td>{@code \x89PNG}, {@code FF D8 FF}, {@code GIF87a} or {@code GIF89a}, {@code RIFF....WEBP},
 *       {@code II*\0} or {@code MM\0*}</td><td>{@link #PNG}, {@link #JPEG}, {@link #GIF}, {@link #WEBP},
 *       {@link #TIFF}</td></tr>
 *   <tr><td>{@code PK\3\4} naming {@code word/} in its first entries; naming {@code [Content_Types].xml};
 *       naming {@code mimetype} of {@code opendocument}; of {@code epub}; none of these</td><td>{@link #WORD},
 *       {@link #OFFICE}, {@link #OPEN_DOCUMENT}, {@link #EPUB}, {@link #ZIP}</td></tr>
 *   <tr><td>{@code D0 CF 11 E0 A1 B1 1A E1}</td><td>{@link #OLD_OFFICE}</td></tr>
 *   <tr><td>{@code 1F 8B}, {@code 7z BC AF 27 1C}, {@code Rar!\x1A\x07}</td><td>{@link #GZIP}, {@link #SEVEN_ZIP},
 *       {@link #RAR}</td></tr>
 *   <tr><td><code>{\rtf</code>, after white space or a byte-order mark</td><td>{@link #RTF}</td></tr>
 *   <tr><td>anything else: text, HTML, a story that begins "PK" or "GIF", an empty array</td><td>empty</td></tr>
 * </table>
 */
public enum FileFormat {
  /** A PDF document. */
  PDF("a PDF: copy its text out into a .txt file"),
  /** A PNG image. */
  PNG("a PNG image, not an article's text"),
  /** A JPEG image. */
  JPEG("a JPEG image, not an article's text"),
  /** A GIF image. */
  GIF("a GIF image, not an article's text"),
  /** A WebP image. */
  WEBP("a WebP image, not an article's text"),
  /** A TIFF image (a scan, often). */
  TIFF("a TIFF image, not an article's text"),
  /** A Word document ({@code .docx}). */
  WORD("a Word document (.docx): save it as plain text (File > Save As > Plain Text) or copy its text into a .txt"
      + " file"),
  /** Another Office Open XML file ({@code .xlsx}, {@code .pptx}, or a {@code .docx} whose first entries name no part). */
  OFFICE("an Office document (.docx, .xlsx or .pptx): copy the article's text out into a .txt file"),
  /** An OpenDocument file ({@code .odt}, {@code .ods}, {@code .odp}). */
  OPEN_DOCUMENT("an OpenDocument file (.odt, .ods or .odp): save it as plain text or copy its text into a .txt file"),
  /** An EPUB e-book. */
  EPUB("an EPUB e-book, not an article: copy the article's text out into a .txt file"),
  /** An Office file of the older binary kind ({@code .doc}, {@code .xls}, {@code .ppt}). */
  OLD_OFFICE("an Office document of the older kind (.doc, .xls or .ppt): save it as plain text or copy its text into"
      + " a .txt file"),
  /** A ZIP archive. */
  ZIP("a ZIP archive: unpack it and name the articles inside"),
  /** A gzip-compressed file. */
  GZIP("a gzip-compressed file: unpack it and name the articles inside"),
  /** A 7-Zip archive. */
  SEVEN_ZIP("a 7-Zip archive: unpack it and name the articles inside"),
  /** A RAR archive. */
  RAR("a RAR archive: unpack it and name the articles inside"),
  /** A rich-text document, which opens with <code>{\rtf</code>: read as text, its control words would be compared. */
  RTF("is an RTF (rich text) document, not plain text or HTML; save it as plain text (TextEdit: Format > Make Plain"
      + " Text, then Save; Word: Save As > Plain Text (.txt)) or copy its text into a .txt file");

  /** How many first bytes {@link #of(byte[])} looks at; fewer tell less (an office document's parts). */
  public static final int HEAD_BYTES = 4096;

  /** A char of a string that stands for a byte that is not ASCII but cannot be told: U+FFFD, a decoder's. */
  private static final int HIGH = 0x100;
  /** A char of a string over U+00FF (a letter of another script), which stands for no byte of a format's first. */
  private static final int OTHER = 0x102;
  /** A string's byte-order mark, U+FEFF. */
  private static final int MARK = 0x101;

  private final String description;

  FileFormat(String description) {
    this.description = description;
  }

  /**
   * What the file is and what to do, as a phrase to follow a file's name and a colon: "a PDF: copy its text out into a
   * .txt file", "a PNG image, not an article's text".
   */
  public String description() {
    return description;
  }

  /**
   * The format {@code firstBytes} open, or empty when they may be text or HTML (see the class's table). The first
   * {@link #HEAD_BYTES} bytes are enough; fewer still tell every format but an office document's kind.
   *
   * @throws NullPointerException when {@code firstBytes} is null
   */
  public static Optional<FileFormat> of(byte[] firstBytes) {
    Objects.requireNonNull(firstBytes, "firstBytes");
    return sniff(Math.min(firstBytes.length, HEAD_BYTES), i -> firstBytes[i] & 0xFF);
  }

  /**
   * The format whose bytes {@code text} holds, decoded as any charset would: a char up to U+00FF stands for its
   * byte, and U+FFFD for a byte that is not ASCII, so a PNG read as UTF-8 is still a PNG, when more of the
   * signature's bytes match exactly than stand as U+FFFD (three U+FFFD are no JPEG); any other char matches no byte
   * (three Chinese characters are no JPEG either).
   */
  static Optional<FileFormat> of(CharSequence text) {
    return sniff(Math.min(text.length(), HEAD_BYTES), i -> {
      char c = text.charAt(i);
      return c <= 0xFF ? c : c == '\uFEFF' ? MARK : c == '\uFFFD' ? HIGH : OTHER;
    });
  }

  private static Optional<FileFormat> sniff(int n, IntUnaryOperator at) {
    Head h = new Head(n, at);
    if (h.starts("%PDF-")) {
      return Optional.of(PDF);
    }
    if (h.starts(0x89, 'P', 'N', 'G')) {
      return Optional.of(PNG);
    }
    if (h.starts(0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (h.starts("GIF87a") || h.starts("GIF89a")) {
      return Optional.of(GIF);
    }
    if (h.starts("RIFF") && h.at(8, "WEBP")) {
      return Optional.of(WEBP);
    }
    if (h.starts('I', 'I', '*', 0) || h.starts('M', 'M', 0, '*')) {
      return Optional.of(TIFF);
    }
    if (h.starts('P', 'K', 3, 4)) {
      return Optional.of(zipKind(h));
    }
    if (h.starts(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Optional.of(OLD_OFFICE);
    }
    if (h.starts(0x1F, 0x8B, 0x08)) {
      return Optional.of(GZIP);
    }
    if (h.starts('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return Optional.of(SEVEN_ZIP);
    }
    if (h.starts('R', 'a', 'r', '!', 0x1A, 0x07)) {
      return Optional.of(RAR);
    }
    int i = h.starts(0xEF, 0xBB, 0xBF) ? 3 : 0;   // a file's UTF-8 byte-order mark
    while (i < n && (Character.isWhitespace(at.applyAsInt(i)) || at.applyAsInt(i) == MARK)) {
      i++;
    }
    return h.at(i, "{\\rtf") ? Optional.of(RTF) : Optional.empty();
  }

  /** What a ZIP file is, by the names of its first entries: an office document is a ZIP of named parts. */
  private static FileFormat zipKind(Head h) {
    if (h.contains("application/vnd.oasis.opendocument")) {
      return OPEN_DOCUMENT;
    }
    if (h.contains("application/epub+zip")) {
      return EPUB;
    }
    if (h.contains("word/")) {
      return WORD;
    }
    return h.contains("[Content_Types].xml") ? OFFICE : ZIP;
  }

  /** The first bytes, read through {@code at}, with the tests the table above needs. */
  private record Head(int length, IntUnaryOperator at) {
    boolean starts(String ascii) {
      return at(0, ascii);
    }

    boolean starts(int... bytes) {
      return at(0, bytes);
    }

    boolean at(int from, String ascii) {
      return at(from, ascii.chars().toArray());
    }

    /** Whether {@code bytes} stand at {@code from}, more of them exactly than as a decoder's U+FFFD. */
    boolean at(int from, int... bytes) {
      if (from + bytes.length > length) {
        return false;
      }
      int exact = 0;
      for (int k = 0; k < bytes.length; k++) {
        int b = at.applyAsInt(from + k);
        if (b == bytes[k]) {
          exact++;
        } else if (!(b == HIGH && bytes[k] >= 0x80)) {
          return false;
        }
      }
      return exact * 2 > bytes.length;
    }

    boolean contains(String ascii) {
      int[] needle = ascii.chars().toArray();
      for (int i = 0; i + needle.length <= length; i++) {
        if (at(i, needle)) {
          return true;
        }
      }
      return false;
    }
  }
}
