package dev.parallax.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes a sentence with OpenNLP's character-class tokenizer, then rejoins what news text needs whole:
 * numbers with separators ({@code 90,000}), hyphenated words ({@code Kremlin-backed}), clitics ({@code 's}),
 * names with an elided article ({@code O'Brien}) and initialisms ({@code U.S.}, whose lemma {@code us} matches
 * {@code US}). Words get a Snowball (Porter2) stem as their lemma. No-break and zero-width spaces and direction marks separate tokens like spaces.
 *
 * <p>Not thread-safe (the stemmer keeps state, and stems are remembered per word): make one per call.
 */
final class Tokens {
  /** A word and a number joined by a hyphen ({@code g-7}, {@code covid-19}): the same lemma as without it. */
  private static final Pattern CODE_NAME = Pattern.compile("\\p{L}{1,6}-\\d+");

  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
  /** Stems already computed in this call, by normalized word: an article repeats most of its words. */
  private final Map<String, String> stems = new HashMap<>();

  /** Tokens of {@code text}, which starts at {@code offset} in the article. */
  List<Token> tokenize(String original, int offset) {
    String text = SentenceSplitter.plainSpaces(original);
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
    List<int[]> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int[] cur = {s.getStart(), s.getEnd()};
      int n = out.size();
      if (n >= 1 && (isInitialism(text, out.get(n - 1), cur) || isCodeName(text, out.get(n - 1), cur))) {
        out.get(n - 1)[1] = cur[1];
        continue;
      }
      if (n >= 2) {
        int[] sep = out.get(n - 1);
        int[] before = out.get(n - 2);
        if (before[1] == sep[0] && sep[1] == cur[0] && sep[1] - sep[0] == 1) {
          char c = text.charAt(sep[0]);
          char left = text.charAt(before[1] - 1);
          char right = text.charAt(cur[0]);
          String curText = text.substring(cur[0], cur[1]);
          boolean number = Character.isDigit(left) && isDigits(curText)
              && (c == '.' || c == ',' && curText.length() == 3);
          boolean hyphen = (c == '-' || c == '\u2010' || c == '\u2011') && Character.isLetterOrDigit(left)
              && Character.isLetterOrDigit(right)
              // "K\u201312", "COVID\u201319": an en dash between a word and a number is that word's hyphen
              || c == '\u2013' && Character.isLetter(left) && Character.isDigit(right);
          // a name with an elided article: "O'Brien", "D'Angelo", "d'Ivoire"
          boolean elision = (c == '\'' || c == '\u2019') && before[1] - before[0] == 1 && Character.isLetter(left)
              && followsBoundary(text, before[0]) && Character.isUpperCase(right) && curText.length() >= 2;
          if (number || hyphen || elision) {
            out.remove(n - 1);
            before[1] = cur[1];
            continue;
          }
          if ((c == '\'' || c == '\u2019') && Character.isLetter(left) && isClitic(curText)) {
            sep[1] = cur[1];
            continue;
          }
        }
      }
      out.add(cur);
    }
    List<Token> tokens = new ArrayList<>(out.size());
    for (int[] m : out) {
      tokens.add(token(original.substring(m[0], m[1]), m[0] + offset, m[1] + offset));
    }
    return tokens;
  }

  /**
   * Whether {@code cur} continues an initialism such as {@code U.S.} or {@code U.K.} that {@code prev}
   * has begun: single letters each followed by a period, written without spaces.
   */
  private static boolean isInitialism(String text, int[] prev, int[] cur) {
    if (prev[1] != cur[0]) {
      return false;
    }
    int len = prev[1] - prev[0];
    if (cur[1] - cur[0] == 1 && text.charAt(cur[0]) == '.') {
      // "U" + "." or "U.S" + "."
      return isInitialismBody(text, prev[0], prev[1]) && (len == 1 ? Character.isUpperCase(text.charAt(prev[0]))
          : true) && followsBoundary(text, prev[0]) && (len > 1 || continuesWithLetterDot(text, cur[1]));
    }
    if (cur[1] - cur[0] == 1 && Character.isUpperCase(text.charAt(cur[0]))) {
      // "U." + "S"
      return len >= 2 && text.charAt(prev[1] - 1) == '.' && isInitialismBody(text, prev[0], prev[1] - 1);
    }
    return false;
  }

  /**
   * Whether {@code cur}, digits, continues {@code prev}, one to six capital letters, written without a space: a
   * name made of letters and a number ({@code G7}, {@code F35}, {@code COVID19}) is one word, not a word and a
   * count.
   */
  private static boolean isCodeName(String text, int[] prev, int[] cur) {
    if (prev[1] != cur[0] || prev[1] - prev[0] > 6 || !followsBoundary(text, prev[0])) {
      return false;
    }
    for (int i = prev[0]; i < prev[1]; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return isDigits(text.substring(cur[0], cur[1]));
  }

  private static boolean isInitialismBody(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean letterSlot = (i - from) % 2 == 0;
      if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean followsBoundary(String text, int pos) {
    return pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1));
  }

  private static boolean continuesWithLetterDot(String text, int pos) {
    return pos + 1 < text.length() && Character.isUpperCase(text.charAt(pos))
        && (pos + 1 == text.length() || text.charAt(pos + 1) == '.');
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isClitic(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    return t.equals("s") || t.equals("t") || t.equals("re") || t.equals("ve") || t.equals("ll")
        || t.equals("d") || t.equals("m");
  }

  private Token token(String t, int start, int end) {
    String norm = normalize(t);
    TokenKind kind = kindOf(t);
    String lemma;
    switch (kind) {
      case WORD -> lemma = norm.indexOf('.') > 0 ? norm.replace(".", "")
          : norm.indexOf('-') > 0 && CODE_NAME.matcher(norm).matches() ? norm.replace("-", "") : stem(norm);
      case NUMBER -> lemma = norm.replace(",", "");
      default -> lemma = norm;
    }
    return new Token(t, norm, lemma, start, end, kind);
  }

  private String stem(String norm) {
    if (norm.length() <= 2) {
      return norm;
    }
    String stem = stems.get(norm);
    if (stem == null) {
      stem = stemmer.stem(norm).toString();
      stems.put(norm, stem);
    }
    return stem;
  }

  /** Lower case, typographic quotes and dashes folded to ASCII. */
  static String normalize(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> sb.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> sb.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> sb.append('-');
        case '\u2026' -> sb.append("...");
        default -> sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  static TokenKind kindOf(String t) {
    int c = t.codePointAt(0);
    if (Character.isDigit(c)) {
      return TokenKind.NUMBER;
    }
    if (Character.isLetter(c)) {
      return TokenKind.WORD;
    }
    int type = Character.getType(c);
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> TokenKind.PUNCTUATION;
      default -> TokenKind.SYMBOL;
    };
  }
}
