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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private final Map<String, Remarks> remarksOf = new HashMap<>(); // passage id -> quotes its members print

  /** Reads the articles of one comparison, looked up by id. */
  SameRemark(Map<String, AnalyzedArticle> byId) {
    this.byId = byId;
  }

  /**
   * A quote's words as read for matching ({@code norms}, and each once in {@code distinct}), the sentence it opens in,
   * and how many of its words are informative.
   */
  private record Remark(Sentence sentence, List<String> norms, Set<String> distinct, long informative) {}

  /**
   * A passage's remarks, found by their words: a quote can be the same remark as one of them only when it is the
   * shorter and its first word is among the remark's words, or the longer and the remark's first word is among its own.
   * Indexed once per passage, so an article's quotes are compared with these few, not with every remark.
   */
  private static final class Remarks {
    private final Map<String, List<Remark>> holding = new HashMap<>(); // a word -> the remarks holding it
    private final Map<String, List<Remark>> opening = new HashMap<>(); // a word -> the remarks it opens

    Remarks(List<Remark> remarks) {
      for (Remark r : remarks) {
        for (String w : r.distinct()) {
          holding.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
        }
        if (!r.norms().isEmpty()) {
          opening.computeIfAbsent(r.norms().get(0), k -> new ArrayList<>()).add(r);
        }
      }
    }

    /** Whether no remark has a word: then none is the same as any quote. */
    boolean isEmpty() {
      return holding.isEmpty();
    }

    /** Whether one of the remarks is the same as {@code mine} ({@link SameRemark#same}). */
    boolean holdSame(Remark mine) {
      if (mine.norms().isEmpty()) {
        return false; // no words, no remark
      }
      for (Remark r : holding.getOrDefault(mine.norms().get(0), List.of())) {
        if (same(mine, r)) {
          return true;
        }
      }
      for (String w : mine.distinct()) {
        for (Remark r : opening.getOrDefault(w, List.of())) {
          if (same(mine, r)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * The reporting sentence of {@code article} where a quote opens that is the same remark as a quote in one of
   * {@code passage}'s member sentences; empty when there is none.
   */
  Optional<Sentence> quotedBy(AnalyzedArticle article, Passage passage) {
    Remarks remarks = remarksOf.computeIfAbsent(passage.id(), k -> new Remarks(remarksIn(passage)));
    if (remarks.isEmpty()) {
      return Optional.empty();
    }
    for (Remark mine : quotesOf.computeIfAbsent(article.id(), k -> quotesIn(article))) {
      if (remarks.holdSame(mine)) {
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
    List<String> norms = words.stream().map(t -> t.norm().replace('\u2019', '\'')).toList();
    return new Remark(s, norms, new HashSet<>(norms), informative);
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
