package dev.parallax;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.Names;
import java.util.Locale;
import java.util.Set;

/** Rejects articles with no sentences, or whose words are not English, with a clear message. */
final class LanguageCheck {
  /** The most frequent English function words: running English text has about a third of its words here. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
      "it", "as", "was", "with", "be", "by", "on", "not", "he", "she", "this", "are", "or", "his", "from", "at",
      "which", "but", "have", "an", "had", "they", "has", "were", "their", "been", "its", "who", "will", "would",
      "said", "we", "our", "us", "there", "if", "no", "than");
  /** Below this share of function words among the words, text is not taken as English. */
  private static final double MIN_FUNCTION_SHARE = 0.12;
  private static final int MIN_WORDS_TO_JUDGE = 30;
  private static final int MIN_LETTERS_TO_JUDGE = 20;

  private LanguageCheck() {}

  static void requireEnglish(AnalyzedArticle a) {
    String id = a.id();
    if (a.sentences().isEmpty()) {
      throw new InvalidInputException("article " + Names.quote(id) + ": no sentences left after cleaning");
    }
    int words = 0;
    int function = 0;
    int latin = 0;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (t.kind() != TokenKind.WORD) {
          continue;
        }
        words++;
        if (FUNCTION_WORDS.contains(t.norm())) {
          function++;
        }
        if (isLatin(t.text().codePointAt(0))) {
          latin++;
        }
      }
    }
    if (words == 0) {
      throw new InvalidInputException("article " + Names.quote(id) + ": no words left after cleaning");
    }
    // scripts written without spaces (Chinese, Japanese, Thai) make few "words": count letters too
    int letters = 0;
    int latinLetters = 0;
    for (Sentence s : a.sentences()) {
      String text = s.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          letters++;
          latinLetters += isLatin(cp) ? 1 : 0;
        }
      }
    }
    if (letters >= MIN_LETTERS_TO_JUDGE && latinLetters < letters / 2) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "article %s: does not look like English (%.0f%% of its letters are Latin); Parallax compares English text",
          Names.quote(id), 100.0 * latinLetters / letters));
    }
    if (words >= MIN_WORDS_TO_JUDGE && (function < words * MIN_FUNCTION_SHARE || latin < words / 2)) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "article %s: does not look like English (%.0f%% common English words); Parallax compares English text",
          Names.quote(id), 100.0 * function / words));
    }
  }

  /** Whether a code point is of the Latin script (ASCII letters answered without the script table's search). */
  private static boolean isLatin(int cp) {
    if (cp < 0x80) {
      int lower = cp | 0x20;
      return lower >= 'a' && lower <= 'z';
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }
}
