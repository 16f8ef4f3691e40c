package dev.parallax.ingest;

import dev.parallax.InvalidInputException;
import dev.parallax.NotTextException;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text, and keeps text free of lone surrogates.
 *
 * <table>
 *   <caption>What the bytes are read as</caption>
 *   <tr><th>bytes</th><th>text</th></tr>
 *   <tr><td>UTF-8 byte-order mark, or valid UTF-8</td><td>UTF-8 (the mark dropped)</td></tr>
 *   <tr><td>UTF-16 byte-order mark, or a zero byte in every other position</td><td>UTF-16 (LE or BE)</td></tr>
 *   <tr><td>NUL bytes or many control characters otherwise</td><td>refused: a binary file</td></tr>
 *   <tr><td>some invalid UTF-8, and at least as many valid multi-byte sequences</td><td>UTF-8, each bad
 *       sequence replaced by U+FFFD</td></tr>
 *   <tr><td>invalid UTF-8 and no valid multi-byte sequence</td><td>Windows-1252</td></tr>
 *   <tr><td>a PDF, an image, an office document, an archive or an RTF document (<code>{\rtf</code> first), by its
 *       first bytes (see {@link FileFormat})</td><td>refused with a {@link NotTextException} naming the format and
 *       saying what to do (how to save an RTF document as plain text)</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class Decoding {
  private static final char REPLACEMENT = '\uFFFD';

  private Decoding() {}

  static String decode(byte[] bytes, String where) {
    requireText(FileFormat.of(bytes), where);
    String text = decodeAny(bytes, where);
    requireText(FileFormat.of(text), where);   // an RTF document saved as UTF-16
    return text;
  }

  /** Refuses a file of another format, by its first bytes, naming it. */
  static void requireText(Optional<FileFormat> format, String where) {
    if (format.isPresent()) {
      throw new NotTextException(where, format.get());
    }
  }

  private static String decodeAny(byte[] bytes, String where) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return withoutLoneSurrogates(utf8(bytes, 3, true));
    }
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      int skip = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
          || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) ? 2 : 0;
      String text = decodeReplacing(utf16, bytes, skip);
      if (looksBinary(text)) {
        throw new InvalidInputException(where + ": looks like a binary file, not text or HTML");
      }
      return withoutLoneSurrogates(text);
    }
    if (looksBinary(bytes)) {
      throw new InvalidInputException(where + ": looks like a binary file, not text or HTML");
    }
    String strict = utf8(bytes, 0, false);
    if (strict != null) {
      return withoutLoneSurrogates(strict);
    }
    int[] counts = utf8Sequences(bytes);
    if (counts[0] >= counts[1]) {
      return withoutLoneSurrogates(utf8(bytes, 0, true));
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }

  /** UTF-8, strict (null when invalid) or with replacement. */
  private static String utf8(byte[] bytes, int offset, boolean replace) {
    if (replace) {
      return decodeReplacing(StandardCharsets.UTF_8, bytes, offset);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String decodeReplacing(Charset cs, byte[] bytes, int offset) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(String.valueOf(REPLACEMENT))
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  /** UTF-16LE or BE by byte-order mark or by zero bytes in every other position; null when neither. */
  private static Charset utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero * 10 >= pairs * 7 && evenZero * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 >= pairs * 7 && oddZero * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** {valid multi-byte sequences, invalid bytes} of UTF-8 in {@code bytes}. */
  private static int[] utf8Sequences(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
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

  /**
   * Refuses a string that is not readable text: one that holds a file of another format's bytes, decoded as any
   * charset would (a PDF, an image, an RTF document's markup: see {@link FileFormat}), with a {@link
   * NotTextException} naming the format, or another binary file's bytes (a NUL, or many control characters), with
   * the message a binary file gets ("article ID: looks like binary data, not text or HTML").
   */
  static void requireReadableText(String text, String where) {
    requireText(FileFormat.of(text), where);
    if (looksBinary(text)) {
      throw new InvalidInputException(where + ": looks like binary data, not text or HTML");
    }
  }

  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > n / 20;
  }

  /** {@code text} with every unpaired surrogate replaced by U+FFFD (the same string when it has none). */
  static String withoutLoneSurrogates(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone && sb == null) {
        sb = new StringBuilder(text);
      }
      if (lone) {
        sb.setCharAt(i, REPLACEMENT);
      } else if (Character.isHighSurrogate(c)) {
        i++;   // a valid pair: skip its low half
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** One {@link RemovalReason#ENCODING} removal per run of U+FFFD in {@code text} at or after {@code from}. */
  static List<Removal> replacements(String text, int from) {
    List<Removal> out = new ArrayList<>();
    int i = text.indexOf(REPLACEMENT, from);
    while (i >= 0) {
      int j = i;
      while (j < text.length() && text.charAt(j) == REPLACEMENT) {
        j++;
      }
      out.add(new Removal(i, j, text.substring(i, j), RemovalReason.ENCODING));
      i = text.indexOf(REPLACEMENT, j);
    }
    return out;
  }
}
