package dev.parallax.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentence segmentation that the BASIL same-fact labels are written against: a deliberately simple,
 * frozen rule, independent of Parallax's own sentence splitter, so that the labels keep their meaning when
 * Parallax changes. The evaluation maps these sentences to Parallax's by character overlap.
 *
 * <p>The rule, on the file's text decoded as UTF-8 (a leading byte-order mark dropped; offsets are Java
 * {@code char} offsets into the remaining text, as Parallax's are):
 * <ol>
 *   <li>Each line holding something other than white space is a paragraph (a BASIL file is a title line,
 *       then paragraphs separated by blank lines); the title line is one sentence.</li>
 *   <li>Inside a paragraph a sentence ends after {@code .}, {@code ?} or {@code !} (with any closing quotes
 *       or brackets right after it) when white space follows and the next character is an upper-case
 *       letter, a digit, an opening quote or bracket, or a dash; except when the word ending with the
 *       period is an abbreviation ({@code Mr.}, {@code Sen.}, {@code Jan.}, an initial {@code J.},
 *       {@code U.S.}, ... see {@link #ABBREVIATIONS}).</li>
 *   <li>A sentence's span is trimmed of white space at both ends.</li>
 * </ol>
 * Each sentence carries a short hash (the first 8 hex digits of the SHA-256 of its text in UTF-8), so that a
 * changed data file is detected.
 *
 * <p>Stateless and thread-safe. As a program it prints the sentences of the files given, one per line,
 * with their number, span and hash, to help labelling:
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.LabelSentences ../shared/data/basil/FILE.txt
 * </pre>
 */
public final class LabelSentences {
  /** Words that end with a period without ending a sentence (compared without the period, case-sensitive). */
  static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov",
      "Lt", "Gen", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Prof", "Rev", "Pres", "Supt", "Det", "St",
      "Jr", "Sr", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
      "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Mass", "Md", "Mich", "Minn",
      "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
      "Inc", "Corp", "Co", "Ltd", "approx", "etc", "e.g", "i.e");

  private LabelSentences() {}

  /**
   * One labelling sentence.
   *
   * @param index position in the file, from 1
   * @param start first char offset, inclusive
   * @param end last char offset, exclusive
   * @param text the text of the span
   * @param hash first 8 hex digits of the SHA-256 of {@code text}
   */
  public record Segment(int index, int start, int end, String text, String hash) {}

  /** Reads a file as the labels do: UTF-8, a leading byte-order mark dropped. */
  public static String read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentences of {@code text} by the rule above, in order. */
  public static List<Segment> split(String text) {
    List<Segment> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitParagraph(text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private static void splitParagraph(String text, int from, int to, List<Segment> out) {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int j = i + 1;
      while (j < to && isCloser(text.charAt(j))) {
        j++;
      }
      if (j >= to || !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < to && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= to || !opensSentence(text.charAt(k))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, from, i)) {
        continue;
      }
      add(text, start, j, out);
      start = k;
      i = k - 1;
    }
    add(text, start, to, out);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201C'
        || c == '\u2018' || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-';
  }

  /** Whether the word that ends at the period at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int from, int dot) {
    int w = dot;
    while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '('
        && text.charAt(w - 1) != '\u201C' && text.charAt(w - 1) != '"') {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "George W. Bush"
    }
    if (word.matches("(?:[A-Za-z]\\.)+[A-Za-z]")) {
      return true; // "U.S", "D.C", "U.N"
    }
    return ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int from, int to, List<Segment> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      String s = text.substring(from, to);
      out.add(new Segment(out.size() + 1, from, to, s, hash(s)));
    }
  }

  /** The first 8 hex digits of the SHA-256 of {@code s} in UTF-8. */
  public static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Prints the sentences of each file named: {@code number [start,end) hash text}. */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: LabelSentences FILE...");
      System.exit(2);
    }
    for (String a : args) {
      Path p = Path.of(a);
      if (!Files.isRegularFile(p)) {
        System.err.println(a + ": no such file");
        System.exit(1);
      }
      System.out.println("== " + p.getFileName());
      for (Segment s : split(read(p))) {
        System.out.printf(Locale.ROOT, "%3d [%d,%d) %s %s%n", s.index(), s.start(), s.end(), s.hash(), s.text());
      }
    }
  }
}
