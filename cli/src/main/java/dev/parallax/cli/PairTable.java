package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.PairScore;
import dev.parallax.TextPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the tab-separated files of {@code parallax pairs}.
 *
 * <p>Input: a header line naming the columns, then one pair per line. The columns {@code id}, {@code a}
 * and {@code b} are required, found by name (case ignored) in any order; other columns are ignored, so
 * the MSRP ({@code id a b label}) and STS-B ({@code id a b score genre}) files work as they are. Fields are
 * not quoted: a field ends at the next tab. Blank lines are skipped; a {@code \r} before the line break
 * and a byte-order mark are dropped.
 *
 * <p>Output: a header {@code id score same}, then one line per pair in input order, the score with six
 * decimals and {@code same} as {@code 1} or {@code 0}.
 */
final class PairTable {
  private static final List<String> REQUIRED = List.of("id", "a", "b");
  /** The first line of the score table {@code pairs} writes. */
  static final String HEADER = "id\tscore\tsame\n";

  private PairTable() {}

  /**
   * Parses {@code content} read from {@code source} (a file name or {@code <stdin>}).
   *
   * @throws InvalidInputException for empty input, a missing column or a row with too few fields
   */
  static List<TextPair> parse(String content, String source) {
    String[] lines = content.split("\n", -1);
    int headerLine = -1;
    for (int i = 0; i < lines.length; i++) {
      if (!strip(lines[i], i).isBlank()) {
        headerLine = i;
        break;
      }
    }
    if (headerLine < 0) {
      throw new InvalidInputException(source + ": empty input; expected a header line with columns id, a, b");
    }
    String[] header = strip(lines[headerLine], headerLine).split("\t", -1);
    int[] col = new int[REQUIRED.size()];
    for (int r = 0; r < REQUIRED.size(); r++) {
      col[r] = -1;
      for (int c = 0; c < header.length; c++) {
        if (header[c].trim().toLowerCase(Locale.ROOT).equals(REQUIRED.get(r))) {
          col[r] = c;
          break;
        }
      }
      if (col[r] < 0) {
        throw new InvalidInputException(String.format(Locale.ROOT,
            "%s: line %d: the header has no '%s' column (found: %s); expected columns id, a, b separated by tabs",
            source, headerLine + 1, REQUIRED.get(r), String.join(", ", header)));
      }
    }
    int needed = Math.max(col[0], Math.max(col[1], col[2])) + 1;
    List<TextPair> pairs = new ArrayList<>();
    for (int i = headerLine + 1; i < lines.length; i++) {
      String line = strip(lines[i], i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < needed) {
        throw new InvalidInputException(String.format(Locale.ROOT,
            "%s: line %d: %s, need at least %d (columns id, a, b are %d, %d, %d)",
            source, i + 1, CorpusCommand.count(f.length, "tab-separated field"), needed,
            col[0] + 1, col[1] + 1, col[2] + 1));
      }
      String id = f[col[0]].trim();
      if (id.isEmpty()) {
        throw new InvalidInputException(source + ": line " + (i + 1) + ": the id is empty");
      }
      pairs.add(new TextPair(id, f[col[1]], f[col[2]]));
    }
    if (pairs.isEmpty()) {
      throw new InvalidInputException(source + ": no pairs after the header line");
    }
    return pairs;
  }

  /** The output table: header, then one line per score. */
  static String format(List<PairScore> scores) {
    StringBuilder sb = new StringBuilder(32 * (scores.size() + 1));
    sb.append(HEADER);
    for (PairScore s : scores) {
      sb.append(s.id()).append('\t')
          .append(String.format(Locale.ROOT, "%.6f", s.score())).append('\t')
          .append(s.same() ? '1' : '0').append('\n');
    }
    return sb.toString();
  }

  private static String strip(String line, int index) {
    String s = line;
    if (index == 0 && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
