package dev.parallax.analyze;

import dev.parallax.ingest.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with its language analysis: sentences and tokens, quotes, and factual anchors.
 *
 * @param article the cleaned article
 * @param sentences its sentences in order; {@code sentences.get(i).index() == i}
 * @param quotes its direct quotations in order of appearance
 * @param mentions numbers, dates, weekdays and names, in order of appearance
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Quote> quotes, List<Mention> mentions) {
  /** Validates and copies. */
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    mentions = List.copyOf(mentions);
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }

  /** Number of tokens in all sentences. */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
