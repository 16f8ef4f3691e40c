package dev.parallax.corpus;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import dev.parallax.internal.FileStamp;
import dev.parallax.internal.RepeatedIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The articles of a JSON Lines file, read on demand: one pass over the file checks every line and records
 * where each article's line starts, how long it is and its line number (16 bytes per article); {@link #get}
 * reads and parses that line again. What it holds does not grow with the articles' text.
 *
 * <p>The file must not change while the list is used: {@link #get} compares the file's size, modification time
 * and identity with those of the first pass after each read, and throws {@link InvalidInputException} when they
 * differ, rather than give another article than the first pass saw. Thread-safe: each {@code get} opens the file
 * on its own.
 */
final class JsonLinesFile extends AbstractList<Article> implements RandomAccess {
  private final Path file;
  private final FileStamp stamp;
  private final long[] offsets;
  private final int[] lengths;
  private final int[] lines;

  private JsonLinesFile(Path file, FileStamp stamp, long[] offsets, int[] lengths, int[] lines) {
    this.file = file;
    this.stamp = stamp;
    this.offsets = offsets;
    this.lengths = lengths;
    this.lines = lines;
  }

  /** Reads {@code file} once, checking each non-blank line as {@link JsonLinesArticles#read} does. */
  static JsonLinesFile index(Path file) {
    return index(file, null);
  }

  /**
   * Reads {@code file} once, checking each non-blank line as {@link JsonLinesArticles#read} does; a line that holds no
   * article is handed to {@code bad} and left out, or fails the call when {@code bad} is null. A line that gives the id
   * of an earlier line fails the call either way: at once when {@code bad} is null, else at the end of the file, after
   * every bad line, those that repeat an id among them, has been handed to {@code bad}, so that one run names them all.
   */
  static JsonLinesFile index(Path file, Consumer<? super BadLine> bad) {
    return index(file, bad, null);
  }

  /**
   * As {@link #index(Path, Consumer)}; when {@code copies} is not null, a line whose article is field for field the
   * article of the id's first line (a scraped feed that gives one story twice) is handed to {@code copies} and left
   * out instead of failing the call: only a line that gives another article under an earlier id fails it.
   */
  static JsonLinesFile index(Path file, Consumer<? super BadLine> bad, Consumer<? super BadLine> copies) {
    return index(file, bad, copies, null);
  }

  /**
   * As {@link #index(Path, Consumer, Consumer)}; when {@code dates} is not null, each line kept whose {@code published}
   * is given and read as no date is handed to it as well ({@link JsonLinesArticles.Fields#unreadDate()} as the reason).
   */
  static JsonLinesFile index(Path file, Consumer<? super BadLine> bad, Consumer<? super BadLine> copies,
      Consumer<? super BadLine> dates) {
    Objects.requireNonNull(file, "file");
    FileStamp before = FileStamp.of(file);
    Lines index = new Lines();
    Map<String, Integer> lineOfId = new HashMap<>();   // a duplicate is named with both lines before any work
    Map<String, Integer> slotOfId = new HashMap<>();   // where in the index the id's first line is, to read it again
    List<String> repeated = new ArrayList<>();           // the lines that repeat an id, as error messages
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long pos = 0;         // bytes read so far
      long start = 0;       // where the current line starts
      int number = 1;       // the current line's number
      boolean afterCr = false;
      for (int got = in.read(buf); got >= 0; got = in.read(buf)) {
        for (int i = 0; i < got; i++, pos++) {
          byte b = buf[i];
          if (afterCr) {
            afterCr = false;
            if (b == '\n') {   // the \n of a \r\n: the line already ended
              start = pos + 1;
              continue;
            }
          }
          if (b == '\n' || b == '\r') {
            if (check(line.toByteArray(), file, number, lineOfId, bad, repeated, copies, dates, index, slotOfId)) {
              index.add(start, line.size(), number);
            }
            line.reset();
            number++;
            start = pos + 1;
            afterCr = b == '\r';
          } else {
            line.write(b);
          }
        }
      }
      if (line.size() > 0
          && check(line.toByteArray(), file, number, lineOfId, bad, repeated, copies, dates, index, slotOfId)) {   // a last line without a line break
        index.add(start, line.size(), number);
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    FileStamp after = FileStamp.of(file);
    if (!after.equals(before)) {
      throw changed(file);
    }
    if (!repeated.isEmpty()) {
      throw new InvalidInputException(repeated.get(0) + RepeatedIds.andMore(repeated.size() - 1));
    }
    return new JsonLinesFile(file, after, Arrays.copyOf(index.offsets, index.n), Arrays.copyOf(index.lengths, index.n),
        Arrays.copyOf(index.lines, index.n));
  }

  @Override
  public Article get(int index) {
    Objects.checkIndex(index, offsets.length);
    byte[] bytes = new byte[lengths[index]];
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      long at = offsets[index];
      while (buf.hasRemaining()) {
        int got = ch.read(buf, at);
        if (got < 0) {
          throw changed(file);
        }
        at += got;
      }
      if (!FileStamp.of(file).equals(stamp)) {
        throw changed(file);
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    int number = lines[index];
    return JsonLinesArticles.parse(decode(bytes, file, number), file + ":" + number);
  }

  @Override
  public int size() {
    return offsets.length;
  }

  /**
   * Whether a line holds an article (false for a blank line); throws, naming the line, when it is a bad one or its
   * article has the id of an earlier line's (recorded in {@code lineOfId}) and {@code bad} is null; else hands it to
   * {@code bad} and gives false, adding a repeated id's message to {@code repeated}.
   */
  private static boolean check(byte[] line, Path file, int number, Map<String, Integer> lineOfId,
      Consumer<? super BadLine> bad, List<String> repeated, Consumer<? super BadLine> copies,
      Consumer<? super BadLine> dates, Lines index, Map<String, Integer> slotOfId) {
    String id;
    JsonLinesArticles.Fields fields;
    try {
      String text = decode(line, file, number);
      if (text.isBlank()) {
        return false;
      }
      fields = JsonLinesArticles.fields(text, file + ":" + number);
      id = fields.article(file + ":" + number).id();
    } catch (InvalidInputException e) {
      if (bad == null) {
        throw e;
      }
      String where = file + ":" + number + ": ";
      String message = e.getMessage();
      bad.accept(new BadLine(file, number, message.startsWith(where) ? message.substring(where.length()) : message));
      return false;
    }
    Integer first = lineOfId.putIfAbsent(id, number);
    if (first == null) {
      slotOfId.put(id, index.n);   // the slot this line is added at
    } else if (copies != null && fields.equals(fieldsAt(file, index, slotOfId.get(id)))) {
      copies.accept(new BadLine(file, number, RepeatedIds.copy(first, "line")));
      return false;
    }
    if (first != null) {
      String reason = RepeatedIds.reason(id, first);
      if (bad == null) {
        throw new InvalidInputException(file + ":" + number + ": " + reason);
      }
      bad.accept(new BadLine(file, number, reason));
      repeated.add(file + ":" + number + ": " + reason);
      return false;
    }
    if (dates != null) {
      fields.unreadDate().ifPresent(reason -> dates.accept(new BadLine(file, number, reason)));
    }
    return true;
  }

  /** The fields of the line at {@code slot} of {@code index}, read again from the file. */
  private static JsonLinesArticles.Fields fieldsAt(Path file, Lines index, int slot) {
    byte[] bytes = new byte[index.lengths[slot]];
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      long at = index.offsets[slot];
      while (buf.hasRemaining()) {
        if (ch.read(buf, at + buf.position()) < 0) {
          throw changed(file);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    int number = index.lines[slot];
    return JsonLinesArticles.fields(decode(bytes, file, number), file + ":" + number);
  }

  private static String decode(byte[] bytes, Path file, int number) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file + ":" + number + ": not UTF-8 text");
    }
  }

  private static InvalidInputException changed(Path file) {
    return new InvalidInputException(file + ": changed while its articles were being read (its size or modification"
        + " time is not what it was at the start); run again on a file that does not change");
  }

  /** Where the article lines of a file are, as the first pass finds them. */
  private static final class Lines {
    long[] offsets = new long[1024];
    int[] lengths = new int[1024];
    int[] lines = new int[1024];
    int n;

    void add(long offset, int length, int line) {
      if (n == offsets.length) {
        offsets = Arrays.copyOf(offsets, n * 2);
        lengths = Arrays.copyOf(lengths, n * 2);
        lines = Arrays.copyOf(lines, n * 2);
      }
      offsets[n] = offset;
      lengths[n] = length;
      lines[n] = line;
      n++;
    }
  }

}
