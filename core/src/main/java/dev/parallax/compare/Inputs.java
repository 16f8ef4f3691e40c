package dev.parallax.compare;

import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every comparison step reads: the main-event articles in input order, looked up by id, and the
 * passages.
 *
 * @param main the articles of the main event, in the order given
 * @param passages the alignment's passages
 */
record Inputs(List<AnalyzedArticle> main, List<Passage> passages) {
  Inputs {
    main = List.copyOf(main);
    passages = List.copyOf(passages);
  }

  /** The main-event articles of {@code articles} (all of them when the alignment has no event for one). */
  static Inputs of(List<AnalyzedArticle> articles, Alignment alignment) {
    List<AnalyzedArticle> main = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      boolean decided = false;
      for (ArticleEvent e : alignment.events()) {
        decided |= e.article().equals(a.id());
      }
      if (!decided || alignment.isMain(a.id())) {
        main.add(a);
      }
    }
    return new Inputs(main, alignment.passages());
  }

  /** The article with {@code id}, or null. */
  AnalyzedArticle article(String id) {
    for (AnalyzedArticle a : main) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /** Position of the article in the input, or {@code Integer.MAX_VALUE}. */
  int order(String id) {
    for (int i = 0; i < main.size(); i++) {
      if (main.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Earliest published first, articles without a date after those with one, then input order. */
  Comparator<String> chronological() {
    Map<String, LocalDate> dates = new HashMap<>();
    for (AnalyzedArticle a : main) {
      a.article().published().ifPresent(d -> dates.put(a.id(), d));
    }
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

  /** The sentence the offset falls in, or null. */
  static Sentence sentenceAt(AnalyzedArticle a, int offset) {
    for (Sentence s : a.sentences()) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
    }
    return null;
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
