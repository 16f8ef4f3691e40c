package dev.parallax.compare;

import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.internal.ArticleOrder;
import dev.parallax.internal.SentencePassages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What every comparison step reads: the main-event articles in input order, looked up by id, and the
 * passages. Look-ups by id and the chronological order are indexed once, so that each costs O(1) however
 * many articles there are.
 *
 * @param main the articles of the main event, in the order given
 * @param passages the alignment's passages
 * @param index the position of each main article's id in {@code main}
 * @param dates the publication date of each dated main article
 * @param mentions per main article, the mentions of each of its sentences in text order
 * @param sentencePassages per article of a passage, the id of the passage that holds each of its sentences (the
 *     first, should two)
 */
record Inputs(List<AnalyzedArticle> main, List<Passage> passages, Map<String, Integer> index,
    Map<String, LocalDate> dates, Map<String, List<List<Mention>>> mentions,
    Map<String, Map<Integer, String>> sentencePassages) {
  Inputs {
    main = List.copyOf(main);
    passages = List.copyOf(passages);
    index = Map.copyOf(index);
    dates = Map.copyOf(dates);
    mentions = Map.copyOf(mentions);
    Map<String, Map<Integer, String>> copied = new HashMap<>();
    sentencePassages.forEach((article, bySentence) -> copied.put(article, Map.copyOf(bySentence)));
    sentencePassages = Map.copyOf(copied);
  }

  /** Inputs over {@code main} and {@code passages}, indexed. */
  Inputs(List<AnalyzedArticle> main, List<Passage> passages) {
    this(main, passages, indexOf(main), datesOf(main), mentionsOf(main), SentencePassages.of(passages));
  }

  /**
   * The id of the passage that holds sentence {@code sentence} of article {@code id} (the first, should two); null
   * when no passage holds it.
   */
  String passageOf(String id, int sentence) {
    return sentencePassages.getOrDefault(id, Map.of()).get(sentence);
  }

  private static Map<String, List<List<Mention>>> mentionsOf(List<AnalyzedArticle> main) {
    Map<String, List<List<Mention>>> out = new HashMap<>();
    for (AnalyzedArticle a : main) {
      List<List<Mention>> bySentence = new ArrayList<>(a.sentences().size());
      for (int i = 0; i < a.sentences().size(); i++) {
        bySentence.add(new ArrayList<>(0));
      }
      for (Mention m : a.mentions()) {
        if (m.sentence() >= 0 && m.sentence() < bySentence.size()) {
          bySentence.get(m.sentence()).add(m);
        }
      }
      out.putIfAbsent(a.id(), bySentence);
    }
    return out;
  }

  /** The mentions of sentence {@code sentence} of the main article {@code id}, in text order; empty when none. */
  List<Mention> mentionsIn(String id, int sentence) {
    List<List<Mention>> bySentence = mentions.get(id);
    return bySentence == null || sentence < 0 || sentence >= bySentence.size() ? List.of() : bySentence.get(sentence);
  }

  private static Map<String, Integer> indexOf(List<AnalyzedArticle> main) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < main.size(); i++) {
      index.putIfAbsent(main.get(i).id(), i);
    }
    return index;
  }

  private static Map<String, LocalDate> datesOf(List<AnalyzedArticle> main) {
    Map<String, LocalDate> dates = new HashMap<>();
    for (AnalyzedArticle a : main) {
      a.article().published().ifPresent(d -> dates.put(a.id(), d));
    }
    return dates;
  }

  /** The main-event articles of {@code articles} (all of them when the alignment has no event for one). */
  static Inputs of(List<AnalyzedArticle> articles, Alignment alignment) {
    Set<String> decided = new HashSet<>();
    for (ArticleEvent e : alignment.events()) {
      decided.add(e.article());
    }
    List<AnalyzedArticle> main = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      if (!decided.contains(a.id()) || alignment.isMain(a.id())) {
        main.add(a);
      }
    }
    return new Inputs(main, alignment.passages());
  }

  /**
   * The same inputs with the main articles in their own order ({@link ArticleOrder}: by text, not as given), for a
   * step whose ties and greedy choices must not follow the order given.
   */
  Inputs inOwnOrder() {
    List<AnalyzedArticle> own = ArticleOrder.sorted(main);
    return new Inputs(own, passages, indexOf(own), dates, mentions, sentencePassages);
  }

  /** The article with {@code id}, or null. */
  AnalyzedArticle article(String id) {
    Integer i = index.get(id);
    return i == null ? null : main.get(i);
  }

  /** Position of the article in the input, or {@code Integer.MAX_VALUE}. */
  int order(String id) {
    return index.getOrDefault(id, Integer.MAX_VALUE);
  }

  /** Earliest published first, articles without a date after those with one, then the order of {@link #main}. */
  Comparator<String> chronological() {
    return Comparator.<String, LocalDate>comparing(dates::get, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(this::order);
  }

  /** The tokens of the given sentences of an article, in order. */
  static List<Token> tokens(AnalyzedArticle a, List<Integer> sentences) {
    List<Token> out = new ArrayList<>();
    for (int s : sentences) {
      if (s >= 0 && s < a.sentences().size()) {
        out.addAll(a.sentences().get(s).tokens());
      }
    }
    return out;
  }

  /** The sentence the offset falls in, or null (a binary search: sentences are in text order). */
  static Sentence sentenceAt(AnalyzedArticle a, int offset) {
    List<Sentence> sentences = a.sentences();
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {   // the last sentence starting at or before offset
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= 0 && offset < sentences.get(hi).end() ? sentences.get(hi) : null;
  }

  /** The quote that contains {@code offset}, or null. */
  static Quote quoteAt(AnalyzedArticle a, int offset) {
    for (Quote q : a.quotes()) {
      if (offset >= q.start() && offset < q.end()) {
        return q;
      }
    }
    return null;
  }
}
