package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting sentences of one alignment call numbered as nodes across its articles, with each node's
 * article, rank among the body sentences and position, and the key of a pair of nodes.
 *
 * <p>Nodes run article by article, in sentence order. Not thread-safe (positions are indexed on first use);
 * one per alignment call.
 */
final class SentenceNodes {
  /** Body sentences counted as an article's lead. */
  static final int LEAD_SENTENCES = 2;

  private final List<AnalyzedArticle> articles;
  /** Node -> sentence. */
  private final List<Sentence> sentences = new ArrayList<>();
  /** Node -> article index. */
  private final int[] articleOf;
  /** Per article: how many of its sentences are reporting ones. */
  private final int[] reportingCount;
  /** Per article, filled on first use: how many reporting sentences come before each sentence index. */
  private final int[][] reportingBefore;
  /** Node -> rank among its article's body sentences (headlines and bullets apart, -1), 0 for the lead. */
  private final int[] bodyRank;

  SentenceNodes(List<AnalyzedArticle> articles) {
    this.articles = articles;
    List<Integer> owner = new ArrayList<>();
    reportingCount = new int[articles.size()];
    reportingBefore = new int[articles.size()][];
    for (int a = 0; a < articles.size(); a++) {
      for (Sentence s : articles.get(a).sentences()) {
        if (s.isReporting()) {
          sentences.add(s);
          owner.add(a);
          reportingCount[a]++;
        }
      }
    }
    articleOf = owner.stream().mapToInt(Integer::intValue).toArray();
    bodyRank = new int[sentences.size()];
    int[] seen = new int[articles.size()];
    for (int g = 0; g < sentences.size(); g++) {
      bodyRank[g] = isSummary(sentences.get(g)) ? -1 : seen[articleOf[g]]++;
    }
  }

  /** The articles of the call. */
  List<AnalyzedArticle> articles() {
    return articles;
  }

  /** The number of nodes. */
  int size() {
    return sentences.size();
  }

  /** Node -> sentence. */
  List<Sentence> sentences() {
    return sentences;
  }

  Sentence sentence(int node) {
    return sentences.get(node);
  }

  /** The index of the node's article in {@link #articles()}. */
  int articleOf(int node) {
    return articleOf[node];
  }

  /** Per article: how many of its sentences take part (a fresh copy). */
  int[] reportingCounts() {
    return reportingCount.clone();
  }

  /** Rank of the node among its article's body sentences, 0 for the lead; -1 for a headline or bullet. */
  int bodyRank(int node) {
    return bodyRank[node];
  }

  /** Whether the node is a lead: a headline, a bullet, or one of the first {@link #LEAD_SENTENCES} body sentences. */
  boolean isLead(int node) {
    return bodyRank[node] < LEAD_SENTENCES;
  }

  /** Position of the node among its article's reporting sentences, in [0, 1]. */
  double position(int node) {
    return position(articleOf[node], sentences.get(node).index());
  }

  /** Rank of sentence {@code index} among its article's reporting sentences, scaled to [0, 1]. */
  double position(int article, int index) {
    if (reportingBefore[article] == null) {
      List<Sentence> all = articles.get(article).sentences();
      int[] before = new int[all.size() + 1];
      for (int i = 0; i < all.size(); i++) {
        before[i + 1] = before[i] + (all.get(i).isReporting() ? 1 : 0);
      }
      reportingBefore[article] = before;
    }
    int rank = reportingBefore[article][Math.min(index, reportingBefore[article].length - 1)];
    return reportingCount[article] <= 1 ? 0.0 : (double) rank / (reportingCount[article] - 1);
  }

  /** The key of the pair of two nodes, the same either way round: {@code lo * size() + hi}. */
  long pair(int x, int y) {
    int lo = Math.min(x, y);
    int hi = Math.max(x, y);
    return (long) lo * sentences.size() + hi;
  }

  /** The lower node of a pair key. */
  int low(long pair) {
    return (int) (pair / sentences.size());
  }

  /** The higher node of a pair key. */
  int high(long pair) {
    return (int) (pair % sentences.size());
  }

  /** Whether a sentence sums the story up: a headline or a bullet. */
  static boolean isSummary(Sentence s) {
    return s.role() == SentenceRole.HEADLINE || s.role() == SentenceRole.BULLET;
  }
}
