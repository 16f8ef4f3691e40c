package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The measurable shape of one line of a page: its words, how many are function words or capitalized,
 * how it ends, how much of it is URLs and in which script its letters are. Computed in one linear pass.
 *
 * <p>Word lists are kept only for lines of at most {@link #DETAIL_LIMIT} characters: the rules that read
 * single words only ever apply to short lines, and a 5 MB line must not cost more than a scan.
 */
final class LineShape {
  /** Lines longer than this keep counts only, not their word list. */
  static final int DETAIL_LIMIT = 2000;
  /** No function word is longer than this: longer words need no look-up. */
  private static final int MAX_STOP_WORD = 9;

  final int length;
  final int words;
  final int stopWords;
  final int capitalized;
  final int nonBlankChars;
  final int urlChars;
  final int urlTokens;
  final int latinLetters;
  final int otherLetters;
  final int digits;
  /** Ends with sentence punctuation (. ! ? … : ;), possibly followed by closing quotes or brackets. */
  final boolean terminal;
  /** Starts with an opening quotation mark. */
  final boolean startsWithQuote;
  /** Holds a double quotation mark anywhere. */
  final boolean hasQuote;
  /** The lower-cased words (letters and digits with inner punctuation kept), for short lines only. */
  final List<String> lowerWords;
  /** The words as written, for short lines only. */
  final List<String> rawWords;
  /** The index in {@link #rawWords} of the first word written after "(" ("(aggregate 4-4)"), or -1. */
  final int firstBracketed;

  private LineShape(String text, int start, int end) {
    length = end - start;
    boolean keep = length <= DETAIL_LIMIT;
    List<String> lower = keep ? new ArrayList<>() : Collections.emptyList();
    List<String> raw = keep ? new ArrayList<>() : Collections.emptyList();
    int w = 0;
    int stop = 0;
    int caps = 0;
    int nonBlank = 0;
    int url = 0;
    int urls = 0;
    int latin = 0;
    int other = 0;
    int dig = 0;
    boolean quoteSeen = false;
    int bracketed = -1;
    int i = start;
    while (i < end) {
      while (i < end && Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int tokStart = i;
      while (i < end && !Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      int tokEnd = i;
      nonBlank += tokEnd - tokStart;
      boolean hasLetterOrDigit = false;
      for (int k = tokStart; k < tokEnd; k++) {
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
          hasLetterOrDigit = true;
          if (c < '\u0250' && c != '\u00B5' || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latin++;
          } else {
            other++;
          }
        } else if (Character.isDigit(c)) {
          hasLetterOrDigit = true;
          dig++;
        } else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
          quoteSeen = true;
        }
      }
      if (isUrl(text, tokStart, tokEnd)) {
        url += tokEnd - tokStart;
        urls++;
        continue;
      }
      if (!hasLetterOrDigit) {
        continue;
      }
      int a = tokStart;
      int b = tokEnd;
      while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
        b--;
      }
      w++;
      char first = text.charAt(a);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        caps++;
      }
      if (keep || b - a <= MAX_STOP_WORD) {
        String word = text.substring(a, b);
        String lw = fold(word);
        if (Vocabulary.STOP_WORDS.contains(lw)) {
          stop++;
        }
        if (keep) {
          if (bracketed < 0 && text.charAt(tokStart) == '(') {
            bracketed = raw.size();
          }
          lower.add(lw);
          raw.add(word);
        }
      }
    }
    words = w;
    stopWords = stop;
    capitalized = caps;
    nonBlankChars = nonBlank;
    urlChars = url;
    urlTokens = urls;
    latinLetters = latin;
    otherLetters = other;
    digits = dig;
    hasQuote = quoteSeen;
    lowerWords = lower;
    rawWords = raw;
    firstBracketed = bracketed;
    terminal = endsWithSentencePunctuation(text, start, end);
    startsWithQuote = length > 0 && isOpeningQuote(text.charAt(start));
  }

  static LineShape of(String text, int start, int end) {
    return new LineShape(text, start, end);
  }

  /** Share of words that are function words, 0 when there are no words. */
  double stopRatio() {
    return words == 0 ? 0 : (double) stopWords / words;
  }

  /** Share of words that start with a capital letter or a digit, 0 when there are no words. */
  double capitalizedRatio() {
    return words == 0 ? 0 : (double) capitalized / words;
  }

  /** Share of the non-blank characters that belong to URLs. */
  double urlShare() {
    return nonBlankChars == 0 ? 0 : (double) urlChars / nonBlankChars;
  }

  /** Share of the letters that are not Latin. */
  double foreignShare() {
    int letters = latinLetters + otherLetters;
    return letters == 0 ? 0 : (double) otherLetters / letters;
  }

  /** Prose: a sentence-shaped line with enough words and function words (jusText's "good" paragraph). */
  boolean isProse() {
    return terminal && words >= 6 && stopRatio() >= 0.15;
  }

  /**
   * Whether the line narrates with a finite verb: a past or modal auxiliary or a common irregular past form, or a
   * lower-case word in -ed of at least {@code shortestEd} letters after the first word and not after an article, a
   * preposition or a present auxiliary, where it describes ("a collapsed building", "past destroyed homes", "is
   * carried").
   */
  boolean narrates(int shortestEd) {
    if (anyWordIn(Vocabulary.PAST_OR_MODAL)) {
      return true;
    }
    for (int k = 1; k < rawWords.size(); k++) {
      String w = rawWords.get(k);
      if (w.length() >= shortestEd && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
          && !Vocabulary.BEFORE_PARTICIPLE.contains(lowerWords.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word the line keeps ({@link #rawWords}) begins with a capital letter: "Lindby Mill Ltd", "KARL
   * LIND"; true for a line that keeps none. For short lines only (it reads the word lists).
   */
  boolean allCapitalised() {
    for (String w : rawWords) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether each word from {@code from} (inclusive) to {@code to} (exclusive) is capitalised or a name particle
   * ({@link Vocabulary#NAME_PARTICLES}): the words of a name ("Jane van Doe"), an outlet's or a title-case label's;
   * true when the range is empty. For short lines only (it reads the word lists).
   */
  boolean capitalisedOrParticles(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(rawWords.get(i).charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(lowerWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line gives one match's result: a run of capitalised words (a team of at most {@value #MAX_TEAM}
   * words), a score of two figures of one to three digits joined by a hyphen or an en dash, another such run, and
   * nothing else but perhaps a bracket at the end with the aggregate ("Lindby 3-1 Strand", "Lindby FC 3–1 Strand
   * United (Aggregate Lindby FC 5-4 Strand United)", "(aggregate 4-4)"): at most one score there, and no capitalised
   * word but the bracket's first and the teams' own. A season or a span of years ("ISL 2019-20") has four digits
   * before its dash and is no score, nor is a figure between lower-case words ("won 3-1 at home"), nor a row of
   * several results ("Lindby Town 2-1 Strand Rovers Eva City 0-0 Karl United"). For short lines only (it reads the
   * word lists).
   */
  boolean holdsAScore() {
    int end = firstBracketed < 0 ? rawWords.size() : firstBracketed;
    int score = -1;
    for (int k = 0; k < end; k++) {
      if (isScore(rawWords.get(k))) {
        if (score >= 0) {
          return false; // a row of results
        }
        score = k;
      } else if (!teamWord(k)) {
        return false;
      }
    }
    if (score < 1 || score > MAX_TEAM || end - score - 1 < 1 || end - score - 1 > MAX_TEAM
        || !Character.isUpperCase(rawWords.get(0).charAt(0)) || !Character.isUpperCase(rawWords.get(score + 1).charAt(0))) {
      return false;
    }
    java.util.Set<String> teams = new java.util.HashSet<>(rawWords.subList(0, end));
    boolean scoreInBracket = false;
    for (int k = end; k < rawWords.size(); k++) {
      String w = rawWords.get(k);
      if (isScore(w)) {
        if (scoreInBracket) {
          return false;
        }
        scoreInBracket = true;
      } else if (k > end && Character.isUpperCase(w.charAt(0)) && !teams.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The most words a team's name has in {@link #holdsAScore}: "Lindby and Strand Athletic". */
  private static final int MAX_TEAM = 4;

  /** Whether word {@code k} may be part of a team's name: capitalised, or a particle ("de", "and"). */
  private boolean teamWord(int k) {
    return Character.isUpperCase(rawWords.get(k).charAt(0)) || Vocabulary.NAME_PARTICLES.contains(lowerWords.get(k));
  }

  /** "3-1", "0–2", "112-104": one to three digits, a hyphen or an en dash, one to three digits. */
  private static boolean isScore(String word) {
    int dash = Math.max(word.indexOf('-'), word.indexOf('\u2013'));
    if (dash < 1 || dash > 3 || word.length() - dash - 1 < 1 || word.length() - dash - 1 > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (i != dash && !Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether any of the words (lower-cased) is in {@code set}. */
  boolean anyWordIn(java.util.Set<String> set) {
    for (String w : lowerWords) {
      if (set.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Number of words (lower-cased) in {@code set}. */
  int countWordsIn(java.util.Set<String> set) {
    int n = 0;
    for (String w : lowerWords) {
      if (set.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /** Lower case with typographic apostrophes folded, for look-ups. */
  static String fold(String word) {
    return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }



  /**
   * The first line break at or after {@code from} and before {@code limit}, or {@code limit}: a line feed,
   * a carriage return not followed by one, or a Unicode line or paragraph separator.
   */
  static int nextLineBreak(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        return i;
      }
    }
    return limit;
  }

  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\'';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB'
        || c == '*' || Blanks.isBlank(c);
  }

  static boolean endsWithSentencePunctuation(String text, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (isClosing(c)) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';';
    }
    return false;
  }

  /** A token that is a web address: a scheme, {@code www.}, or a host name followed by a path. */
  static boolean isUrl(String text, int start, int end) {
    int len = end - start;
    if (len < 4) {
      return false;
    }
    if (text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.", start)) {
      return true;
    }
    // host.tld/path without a scheme: letters, a dot, letters, then a slash, no spaces (checked by the caller).
    int slash = -1;
    boolean dotBeforeSlash = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '/') {
        slash = i;
        break;
      }
      if (c == '.' && i > start && i + 1 < end && Character.isLetter(text.charAt(i + 1))
          && Character.isLetter(text.charAt(i - 1))) {
        dotBeforeSlash = true;
      } else if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
        return false;
      }
    }
    return dotBeforeSlash && slash > start && slash + 1 < end;
  }
}
