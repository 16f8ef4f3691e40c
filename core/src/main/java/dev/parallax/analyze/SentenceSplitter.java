package dev.parallax.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a line of news text into sentences with OpenNLP's sentence detector, then repairs the breaks the
 * model gets wrong on news text.
 *
 * <table>
 *   <caption>Repairs</caption>
 *   <tr><th>case</th><th>example</th><th>rule</th></tr>
 *   <tr><td>closing quote after the period</td><td>{@code ...returning.” Next}</td><td>a fragment made only of closing quotes or brackets joins the sentence before</td></tr>
 *   <tr><td>ellipsis inside a quotation</td><td>{@code “...borders... The nightmarish...”}</td><td>no break after an ellipsis while a quotation is open</td></tr>
 *   <tr><td>abbreviation before a number or name</td><td>{@code on Nov.23}, {@code Mr. Lavrov}</td><td>no break after a title or month abbreviation</td></tr>
 *   <tr><td>break before lower case</td><td>{@code the U.S. and its allies}</td><td>a fragment that starts in lower case joins the sentence before</td></tr>
 * </table>
 *
 * <p>Line breaks are handled by the caller: every line is split on its own, so a headline never runs into
 * the first sentence. Not thread-safe: make one per call.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "jr", "sr",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "est", "fig");

  private final SentenceDetectorME detector;

  SentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
  }

  /** Sentence spans of {@code line}, relative to it, trimmed of surrounding white space. */
  List<int[]> split(String line) {
    Span[] spans = detector.sentPosDetect(line);
    List<int[]> out = new ArrayList<>();
    for (Span s : spans) {
      int[] cur = trim(line, s.getStart(), s.getEnd());
      if (cur == null) {
        continue;
      }
      if (!out.isEmpty() && shouldJoin(line, out.get(out.size() - 1), cur)) {
        out.get(out.size() - 1)[1] = cur[1];
      } else {
        out.add(cur);
      }
    }
    if (out.isEmpty()) {
      int[] all = trim(line, 0, line.length());
      if (all != null) {
        out.add(all);
      }
    }
    return out;
  }

  private static boolean shouldJoin(String line, int[] prev, int[] cur) {
    String next = line.substring(cur[0], cur[1]);
    if (isClosingOnly(next)) {
      return true;
    }
    int firstLetter = firstLetterOrDigit(next);
    if (firstLetter >= 0) {
      char c = next.charAt(firstLetter);
      if (Character.isLowerCase(c)) {
        return true;
      }
    }
    String before = line.substring(prev[0], prev[1]);
    String lastWord = lastWord(before);
    if (before.endsWith(".") && ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return (before.endsWith("...") || before.endsWith("\u2026")) && quoteOpen(line, prev[1]);
  }

  private static boolean isClosingOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || Character.isWhitespace(c))) {
        return false;
      }
    }
    return true;
  }

  private static int firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String lastWord(String s) {
    int end = s.length() - 1;
    while (end >= 0 && s.charAt(end) == '.') {
      end--;
    }
    int start = end;
    while (start >= 0 && (Character.isLetter(s.charAt(start)) || s.charAt(start) == '.')) {
      start--;
    }
    return s.substring(start + 1, end + 1);
  }

  /** Whether a double quotation opened before {@code pos} in {@code line} is still open there. */
  static boolean quoteOpen(String line, int pos) {
    boolean open = false;
    for (int i = 0; i < pos; i++) {
      char c = line.charAt(i);
      if (c == '\u201C') {
        open = true;
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  private static int[] trim(String line, int start, int end) {
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return start < end ? new int[] {start, end} : null;
  }
}
