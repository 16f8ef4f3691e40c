package dev.parallax.compare;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A remark two outlets quote in the same words: the sentence of an article that prints, inside quotation marks, all
 * the words a passage's sentence quotes (or whose quote the passage's quote holds whole), at least
 * {@value #MIN_WORDS} informative words. Such an article reports the remark, however much else its sentence or the
 * passage's says around it, so it does not leave the passage out. Stateless.
 *
 * <table>
 *   <caption>whether an article quotes a passage's remark</caption>
 *   <tr><td>passage: Mayor Lind said the town was “going in the wrong direction” as costs rose; the article: Lind
 *       declared that Lindby was “going in the wrong direction.”</td><td>yes: its quote holds the passage's</td></tr>
 *   <tr><td>the article quotes “That is the wrong direction” or “We are not going that way at all”</td><td>no:
 *       other words</td></tr>
 *   <tr><td>the shorter quote is “a wrong direction” (two informative words)</td><td>no: too few words to be one
 *       remark rather than a phrase of the story</td></tr>
 * </table>
 */
final class SameRemark {
  /** The informative words (not {@link QuoteMatcher#STOP} words) the shorter of two quotes must have. */
  static final int MIN_WORDS = 3;

  private SameRemark() {}

  /**
   * The reporting sentence of {@code article} where a quote opens that is the same remark as a quote in one of
   * {@code passage}'s member sentences (articles looked up in {@code byId}); empty when there is none.
   */
  static Optional<Sentence> quotedBy(AnalyzedArticle article, Passage passage, Map<String, AnalyzedArticle> byId) {
    List<List<Token>> remarks = new ArrayList<>();
    for (PassageMember m : passage.members()) {
      AnalyzedArticle other = byId.get(m.article());
      if (other == null) {
        continue;
      }
      for (int si : m.sentences()) {
        Sentence s = other.sentences().get(si);
        for (Quote q : other.quotes()) {
          if (q.start() < s.end() && q.end() > s.start()) {
            remarks.add(words(List.of(s), q)); // the part of the quote this sentence holds
          }
        }
      }
    }
    if (remarks.isEmpty()) {
      return Optional.empty();
    }
    for (Quote q : article.quotes()) {
      Sentence s = article.sentences().get(q.sentence());
      if (!s.isReporting()) {
        continue;
      }
      List<Token> mine = words(article.sentences().subList(q.sentence(), article.sentences().size()), q);
      if (remarks.stream().anyMatch(r -> same(mine, r))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The words and numbers of quote {@code q} in {@code sentences} (read while they start before the quote ends). */
  private static List<Token> words(List<Sentence> sentences, Quote q) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.start() >= q.end()) {
        break;
      }
      for (Token t : s.tokens()) {
        if (t.isContent() && t.start() >= q.start() && t.end() <= q.end()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether the shorter of two quotes is found word for word in the longer and has enough informative words. */
  private static boolean same(List<Token> a, List<Token> b) {
    List<Token> shorter = a.size() <= b.size() ? a : b;
    List<Token> longer = shorter == a ? b : a;
    long informative = shorter.stream().filter(t -> !QuoteMatcher.STOP.contains(t.lemma().toLowerCase(Locale.ROOT)))
        .count();
    return informative >= MIN_WORDS && Collections.indexOfSubList(norms(longer), norms(shorter)) >= 0;
  }

  private static List<String> norms(List<Token> tokens) {
    return tokens.stream().map(t -> t.norm().replace('\u2019', '\'')).toList();
  }
}
