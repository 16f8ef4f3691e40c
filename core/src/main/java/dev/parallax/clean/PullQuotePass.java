package dev.parallax.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes a pull quote that a pasted page prints as a line of its own: a sentence of the story set again, whole or in
 * part and without its attribution, between two paragraphs ("The tram will not solve everything, but it is a start"
 * beside the paragraph "“The tram will not solve everything, but it is a start,” said Anna Vik, ..."). A kept line of
 * the story of {@value #MIN_WORDS} to {@value #MAX_WORDS} words whose words, in order, are all inside one longer kept
 * line of the story goes as a {@link RemovalReason#DUPLICATE}: nothing the story says is lost, since the longer line
 * says it. Words are compared in lower case, letters and digits only, so quotation marks and punctuation do not
 * matter. The headline, list items and lines that the line rules fixed stay; a line repeated whole is {@link
 * PositionPasses#markDuplicates}'s.
 *
 * <p>One instance per page. Linear in the page's words: a line is looked for only in the lines that hold its first
 * {@value #KEY_WORDS} words in a row, and at most {@value #MAX_CANDIDATES} of them.
 */
final class PullQuotePass {
  /**
   * The fewest words of a pull quote: a shorter line may well be said twice by the story itself (a speech that says
   * "We are going to get this done." again, seven words).
   */
  static final int MIN_WORDS = 8;
  /** The most words of a pull quote. */
  static final int MAX_WORDS = 60;
  /** How many words in a row find the lines a pull quote may be taken from. */
  private static final int KEY_WORDS = 4;
  /** The most lines a pull quote is looked for in. */
  private static final int MAX_CANDIDATES = 8;

  private final Page page;

  PullQuotePass(Page page) {
    this.page = page;
  }

  void markPullQuotes() {
    List<PageLine> lines = page.lines;
    List<List<String>> words = new ArrayList<>(lines.size());
    Map<String, List<Integer>> linesByKey = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      List<String> w = story(i) ? words(l) : List.of();
      words.add(w);
      for (int k = 0; k + KEY_WORDS <= w.size(); k++) {
        List<Integer> holders = linesByKey.computeIfAbsent(String.join(" ", w.subList(k, k + KEY_WORDS)),
            x -> new ArrayList<>(2));
        if (holders.size() <= MAX_CANDIDATES && (holders.isEmpty() || holders.get(holders.size() - 1) != i)) {
          holders.add(i);
        }
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      List<String> w = words.get(i);
      PageLine l = lines.get(i);
      if (w.size() < MIN_WORDS || w.size() > MAX_WORDS || page.isBullet(l)) {
        continue;
      }
      for (int j : linesByKey.getOrDefault(String.join(" ", w.subList(0, KEY_WORDS)), List.of())) {
        List<String> other = words.get(j);
        if (j != i && lines.get(j).kept() && other.size() > w.size() && Collections.indexOfSubList(other, w) >= 0) {
          l.reason = RemovalReason.DUPLICATE;
          break;
        }
      }
    }
  }

  /** Whether line {@code i} is kept as the story's: not the headline, open to the rules. */
  private boolean story(int i) {
    PageLine l = page.lines.get(i);
    return i != page.headline && l.open() && l.shape.length <= LineShape.DETAIL_LIMIT;
  }

  /** The line's words in lower case, letters and digits only ("it's" → "its"). */
  private List<String> words(PageLine l) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int k = l.start; k <= l.end; k++) {
      char c = k < l.end ? page.text.charAt(k) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '\u2019' || w.length() == 0) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      }
    }
    return out;
  }
}
