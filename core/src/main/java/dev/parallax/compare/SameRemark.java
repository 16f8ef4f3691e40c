package dev.parallax.compare;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A remark two outlets quote in the same words: the sentence of an article that prints, inside quotation marks, all
 * the words a passage's sentence quotes (or whose quote the passage's quote holds whole), at least
 * {@value #MIN_WORDS} informative words. Such an article reports the remark, however much else its sentence or the
 * passage's says around it, so it does not leave the passage out. One per comparison: it reads each article's quotes
 * and each passage's once; not thread-safe.
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

  private final Map<String, AnalyzedArticle> byId;
  private final Map<String, List<Remark>> quotesOf = new HashMap<>(); // article id -> quotes of its reporting sentences
  private final Map<String, List<Remark>> remarksOf = new HashMap<>(); // passage id -> quotes its members print

  /** Reads the articles of one comparison, looked up by id. */
  SameRemark(Map<String, AnalyzedArticle> byId) {
    this.byId = byId;
  }

  /** A quote's words as read for matching, the sentence it opens in, and how many of its words are informative. */
  private record Remark(Sentence sentence, List<String> norms, long informative) {}

  /**
   * The reporting sentence of {@code article} where a quote opens that is the same remark as a quote in one of
   * {@code passage}'s member sentences; empty when there is none.
   */
  Optional<Sentence> quotedBy(AnalyzedArticle article, Passage passage) {
    List<Remark> remarks = remarksOf.computeIfAbsent(passage.id(), k -> remarksIn(passage));
    if (remarks.isEmpty()) {
      return Optional.empty();
    }
    for (Remark mine : quotesOf.computeIfAbsent(article.id(), k -> quotesIn(article))) {
      if (remarks.stream().anyMatch(r -> same(mine, r))) {
        return Optional.of(mine.sentence());
      }
    }
    return Optional.empty();
  }

  /** The quotes the passage's member sentences print, each cut to the part its sentence holds. */
  private List<Remark> remarksIn(Passage passage) {
    List<Remark> remarks = new ArrayList<>();
    for (PassageMember m : passage.members()) {
      AnalyzedArticle other = byId.get(m.article());
      if (other == null) {
        continue;
      }
      for (int si : m.sentences()) {
        Sentence s = other.sentences().get(si);
        for (Quote q : other.quotes()) {
          if (q.start() < s.end() && q.end() > s.start()) {
            remarks.add(remark(s, words(List.of(s), q))); // the part of the quote this sentence holds
          }
        }
      }
    }
    return remarks;
  }

  /** The quotes that open in the article's reporting sentences, whole. */
  private static List<Remark> quotesIn(AnalyzedArticle article) {
    List<Remark> out = new ArrayList<>();
    for (Quote q : article.quotes()) {
      Sentence s = article.sentences().get(q.sentence());
      if (s.isReporting()) {
        out.add(remark(s, words(article.sentences().subList(q.sentence(), article.sentences().size()), q)));
      }
    }
    return out;
  }

  private static Remark remark(Sentence s, List<Token> words) {
    long informative = words.stream().filter(t -> !QuoteMatcher.STOP.contains(t.lemma().toLowerCase(Locale.ROOT)))
        .count();
    return new Remark(s, words.stream().map(t -> t.norm().replace('\u2019', '\'')).toList(), informative);
  }

  /** The words and numbers of quote {@code q} in {@code sentences} (read while they start before the quote ends). */
  private static List<Token> words(List<Sentence> sentences, Quote q) {
    return QuoteMatcher.tokensIn(sentences, q, Token::isContent);
  }

  /** Whether the shorter of two quotes is found word for word in the longer and has enough informative words. */
  private static boolean same(Remark a, Remark b) {
    Remark shorter = a.norms().size() <= b.norms().size() ? a : b;
    Remark longer = shorter == a ? b : a;
    return shorter.informative() >= MIN_WORDS && Collections.indexOfSubList(longer.norms(), shorter.norms()) >= 0;
  }
}
