package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clustering step: articles arrive in order and each joins the event whose recent members it matches in
 * a sufficient share, or opens a new event. Events never merge, so one article that matches members of two
 * events cannot join them into one (it needs a share of either). Not thread-safe; one per run.
 */
final class OnlineClusters {
  private final int window;
  private final double share;
  private final int cap;
  private final List<Integer> clusterOf = new ArrayList<>();
  private final List<Long> dayOf = new ArrayList<>();
  private final List<List<Integer>> members = new ArrayList<>();

  OnlineClusters(int window, double share, int cap) {
    this.window = window;
    this.share = share;
    this.cap = cap;
  }

  /**
   * Assigns the next article (index {@code clusterOf.size()}) given its matches among earlier articles
   * (index to score, each at least the pair threshold), and returns its cluster.
   */
  int add(long day, Map<Integer, Double> matches) {
    Map<Integer, int[]> hits = new TreeMap<>();
    Map<Integer, Double> sums = new TreeMap<>();
    for (Map.Entry<Integer, Double> m : matches.entrySet()) {
      int c = clusterOf.get(m.getKey());
      hits.computeIfAbsent(c, k -> new int[1])[0]++;
      sums.merge(c, m.getValue(), Double::sum);
    }
    int best = -1;
    double bestRatio = 0;
    double bestSum = 0;
    for (Map.Entry<Integer, int[]> h : hits.entrySet()) {
      int c = h.getKey();
      int recent = 0;
      for (int m : members.get(c)) {
        if (ArticleSketch.near(dayOf.get(m), day, window)) {
          recent++;
        }
      }
      int need = Math.max(1, (int) Math.ceil(share * Math.min(Math.max(recent, 1), cap) - 1e-9));
      double ratio = h.getValue()[0] / (double) need;
      double sum = sums.get(c);
      if (ratio >= 1.0 && (best < 0 || ratio > bestRatio + 1e-12 || (Math.abs(ratio - bestRatio) <= 1e-12 && sum > bestSum + 1e-12))) {
        best = c;
        bestRatio = ratio;
        bestSum = sum;
      }
    }
    int index = clusterOf.size();
    if (best < 0) {
      best = members.size();
      members.add(new ArrayList<>());
    }
    members.get(best).add(index);
    clusterOf.add(best);
    dayOf.add(day);
    return best;
  }

  /** The clusters, each a list of article indexes in arrival order, in order of their first article. */
  List<List<Integer>> clusters() {
    List<List<Integer>> out = new ArrayList<>(members.size());
    for (List<Integer> m : members) {
      out.add(List.copyOf(m));
    }
    return out;
  }
}
