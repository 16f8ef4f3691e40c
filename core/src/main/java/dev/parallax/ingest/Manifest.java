package dev.parallax.ingest;

import dev.parallax.InvalidInputException;
import dev.parallax.internal.DateHints;
import dev.parallax.internal.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TSV file that gives outlet and publication date per article file.
 *
 * <p>The first line is a header naming the columns; {@code file} is required, {@code outlet},
 * {@code published} and {@code url} are read when present, other columns are ignored. A {@code published} value starts
 * with an ISO date and may carry text after it ({@code 2021-12-02 (inferred from the text)}); an empty
 * value means unknown. Immutable and thread-safe.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>empty file</td><td>{@link InvalidInputException}</td></tr>
 *   <tr><td>header without {@code file}</td><td>{@link InvalidInputException}</td></tr>
 *   <tr><td>row with no {@code file} cell</td><td>{@link InvalidInputException} naming the line</td></tr>
 *   <tr><td>row that ends before the header's {@code outlet} or {@code published} column ({@code b.txt<TAB>Post} under
 *       {@code file<TAB>outlet<TAB>published})</td><td>{@link InvalidInputException} naming the line and the missing
 *       column: an unknown outlet or date is an empty cell ({@code b.txt<TAB>Post<TAB>}), not a missing one</td></tr>
 *   <tr><td>{@code published} that does not start with {@code YYYY-MM-DD}, or no such date</td><td>{@link
 *       InvalidInputException} naming every such line, not only the first; read with {@link BadDates#READ_AS_UNKNOWN},
 *       the row's date is unknown (an empty cell) and the line is named in {@link #unreadDates()}</td></tr>
 *   <tr><td>the same file twice</td><td>{@link InvalidInputException} naming the line</td></tr>
 *   <tr><td>blank lines</td><td>skipped</td></tr>
 * </table>
 *
 * @param source where the manifest was read from (for messages and to resolve file names)
 * @param entries one entry per file, in file order
 * @param unreadDates the rows whose {@code published} cell was read as unknown because it holds no date, each as
 *     "line 4: published '06/04/2026' does not start with ...", in file order; empty unless read with
 *     {@link BadDates#READ_AS_UNKNOWN}
 */
public record Manifest(Path source, List<Entry> entries, List<String> unreadDates) {
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?!\\d).*$", Pattern.DOTALL);

  /** Validates and copies. */
  public Manifest {
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
    unreadDates = List.copyOf(unreadDates);
  }

  /** A manifest whose every date was read (or left empty). */
  public Manifest(Path source, List<Entry> entries) {
    this(source, entries, List.of());
  }

  /**
   * What reading does with a {@code published} cell that holds no date ({@code 06/04/2026}, {@code yesterday},
   * {@code 2026-02-30}).
   */
  public enum BadDates {
    /** The manifest is refused, naming every such line: a few hand-written lines to mend ({@code compare}). */
    REFUSED,
    /**
     * The row is kept as if its cell were empty and named in {@link #unreadDates()}: in a corpus of thousands of
     * lines one bad cell should cost its article's date, not the run.
     */
    READ_AS_UNKNOWN
  }

  /**
   * One row of a manifest.
   *
   * @param file the file name as written in the manifest (relative to the manifest's folder)
   * @param outlet the outlet, empty when not given
   * @param published the publication date, when given
   * @param url the page's address, empty when not given: only its folders are read, for the page's {@linkplain
   *     GenreMark#ofAddress genre} ({@code /opinion/}), when the page itself carries no mark
   */
  public record Entry(String file, String outlet, Optional<LocalDate> published, String url) {
    /** Validates the fields. */
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(url, "url");
    }

    /** An entry without an address. */
    public Entry(String file, String outlet, Optional<LocalDate> published) {
      this(file, outlet, published, "");
    }
  }

  /** Reads and validates a manifest; a date that cannot be read refuses it ({@link BadDates#REFUSED}). */
  public static Manifest read(Path path) {
    return read(path, BadDates.REFUSED);
  }

  /** Reads and validates a manifest, doing with a date that cannot be read what {@code badDates} says. */
  public static Manifest read(Path path, BadDates badDates) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(badDates, "badDates");
    String where = "manifest " + Names.quote(path.toString());
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(where + ": is a directory, not a TSV file");
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(where + ": no such file");
    }
    // at most the article size limit, counted as bytes arrive: a manifest is a few lines per article
    byte[] bytes = ArticleReader.readAtMost(path, ArticleReader.DEFAULT_MAX_BYTES, where);
    List<String> lines;
    try {
      lines = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString().lines().toList();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(where + ": not UTF-8 text (is it a TSV file?)", e);
    }
    return parse(path, lines, badDates);
  }

  /**
   * Parses manifest lines; {@code source} names it in messages and resolves its file names. A date that cannot be read
   * refuses it ({@link BadDates#REFUSED}).
   */
  public static Manifest parse(Path source, List<String> lines) {
    return parse(source, lines, BadDates.REFUSED);
  }

  /** Parses manifest lines, doing with a date that cannot be read what {@code badDates} says. */
  public static Manifest parse(Path source, List<String> lines, BadDates badDates) {
    Objects.requireNonNull(badDates, "badDates");
    String where = "manifest " + Names.quote(String.valueOf(source));
    int headerLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        headerLine = i;
        break;
      }
    }
    if (headerLine < 0) {
      throw new InvalidInputException(where + ": empty, expected a header line with a 'file' column");
    }
    String[] header = lines.get(headerLine).replace("\uFEFF", "").split("\t", -1);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.putIfAbsent(header[i].trim().toLowerCase(java.util.Locale.ROOT), i);
    }
    Integer fileCol = columns.get("file");
    if (fileCol == null && header.length == 1 && lines.get(headerLine).trim().toLowerCase(java.util.Locale.ROOT)
        .matches("file[ ,;|]+.*")) {
      // a header "file    outlet    published" typed with spaces, or a CSV: the columns are there, the tabs are not
      throw new InvalidInputException(where + ": not tab-separated (the header's columns are separated by spaces or"
          + " commas); separate the columns file, outlet, published, and each line's cells, with one tab each");
    }
    if (fileCol == null) {
      throw new InvalidInputException(
          where + ": the header has no 'file' column (columns are tab-separated: file, outlet, published)");
    }
    Integer outletCol = columns.get("outlet");
    Integer publishedCol = columns.get("published");
    Integer urlCol = columns.get("url");
    List<Entry> entries = new ArrayList<>();
    List<String> badRows = new ArrayList<>(); // rows whose date or cells are wrong: all said at once, not the first alone
    List<String> unreadDates = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = headerLine + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      int lineNo = i + 1;
      String file = cell(cells, fileCol);
      if (file == null || file.isBlank()) {
        throw new InvalidInputException(where + " line " + lineNo + ": no file name (is the line tab-separated?)");
      }
      if (!seen.add(file.trim())) {
        throw new InvalidInputException(where + " line " + lineNo + ": file " + Names.quote(file.trim())
            + " is listed twice");
      }
      String outlet = outletCol == null ? null : cell(cells, outletCol);
      String published = publishedCol == null ? null : cell(cells, publishedCol);
      String missing = outletCol != null && outlet == null ? "outlet" : publishedCol != null && published == null
          ? "published" : null;
      if (missing != null) {
        badRows.add("line " + lineNo + ": no '" + missing + "' cell (the row has " + cells.length + " of the header's "
            + header.length + " columns; an unknown " + (missing.equals("outlet") ? "outlet" : "date")
            + " is an empty cell after a tab)");
        continue;
      }
      Optional<LocalDate> date;
      try {
        date = parseDate(published);
      } catch (IllegalArgumentException e) {
        if (badDates == BadDates.REFUSED) {
          badRows.add("line " + lineNo + ": " + e.getMessage());
          continue;
        }
        unreadDates.add("line " + lineNo + ": " + e.getMessage());
        date = Optional.empty();
      }
      String url = urlCol == null ? null : cell(cells, urlCol);   // a row short of its url cell: no address
      entries.add(new Entry(file.trim(), outlet == null ? "" : outlet.trim(), date, url == null ? "" : url.trim()));
    }
    if (!badRows.isEmpty()) {
      throw new InvalidInputException(where + " " + String.join("; ", badRows));
    }
    return new Manifest(source, entries, unreadDates);
  }

  private static String cell(String[] cells, int col) {
    return col < cells.length ? cells[col] : null;
  }

  /** The date a {@code published} cell gives; {@link IllegalArgumentException} saying what is wrong with it. */
  private static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("published '" + Names.quote(value.trim())
          + "' does not start with a YYYY-MM-DD date, the one form a manifest takes" + DateHints.of(value));
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no such date " + m.group(1));
    }
  }

  /** The entry for a file name (compared without folders), if the manifest lists it. */
  public Optional<Entry> entryFor(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    for (Entry e : entries) {
      if (Path.of(e.file()).getFileName().toString().equals(fileName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The folder that the manifest's file names are relative to. */
  public Path folder() {
    Path parent = source.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /** Whether {@code path} looks like a manifest: a {@code .tsv} file whose header names a {@code file} column. */
  public static boolean looksLikeManifest(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".tsv") || !Files.isRegularFile(path)) {
      return false;
    }
    try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        return name.startsWith("manifest");
      }
      for (String col : first.replace("\uFEFF", "").split("\t")) {
        if (col.trim().equalsIgnoreCase("file")) {
          return true;
        }
      }
      return name.startsWith("manifest");
    } catch (IOException e) {
      return name.startsWith("manifest");
    }
  }
}
