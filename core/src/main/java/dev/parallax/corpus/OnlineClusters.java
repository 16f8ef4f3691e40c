package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The clustering step: articles arrive in order and each joins the event whose recent members it matches in
 * a sufficient share, or opens a new event. Events never merge, so one article that matches members of two
 * events cannot join them into one (it needs a share of either). An article left alone at the end, all of
 * whose matches lie in one event and are enough to join it, is put in that event (see {@link #clusters()}). Not thread-safe; one per run.
 */
final class OnlineClusters {
  private final int window;
  private final double share;
  private final int cap;
  private final List<Integer> clusterOf = new ArrayList<>();
  private final List<Long> dayOf = new ArrayList<>();
  private final List<List<Integer>> members = new ArrayList<>();
  /** Per cluster, how many of its members are undated (near every day). */
  private final List<int[]> undated = new ArrayList<>();
  /** The latest day added so far ({@link ArticleSketch#NO_DAY} before any dated article). */
  private long latest = ArticleSketch.NO_DAY;
  /**
   * Whether the articles came in order of their days, undated first (as {@link MinHashGrouper#order()} and batches
   * of later days give them): then each cluster's members are in order of their days too, and a scan back through
   * them can stop at the first one older than the window.
   */
  private boolean inOrder = true;
  /** Per article alone in the event it opened: the articles it matched, earlier and later, with their scores. */
  private final Map<Integer, Map<Integer, Double>> openerMatches = new HashMap<>();

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
      int recent = recent(members.get(c), day);
      double ratio = h.getValue()[0] / (double) need(recent);
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
      undated.add(new int[1]);
      openerMatches.put(index, new TreeMap<>(matches));
    }
    for (Map.Entry<Integer, Double> m : matches.entrySet()) {
      Map<Integer, Double> opener = openerMatches.get(m.getKey());
      if (opener != null) {
        opener.put(index, m.getValue());
      }
    }
    members.get(best).add(index);
    if (day == ArticleSketch.NO_DAY) {
      undated.get(best)[0]++;
    }
    if (day < latest) {
      inOrder = false;
    }
    latest = Math.max(latest, day);
    if (members.get(best).size() == 2) {
      openerMatches.remove(members.get(best).get(0));
    }
    clusterOf.add(best);
    dayOf.add(day);
    return best;
  }

  /**
   * How many of {@code cluster}'s members are within the window of {@code day}, counted up to {@code cap} (all
   * {@link #need} reads), latest member first: counting every member made each article that joins a large event cost
   * the event's size, and one event of 50,000 articles cost as much as 1.25 billion such checks. When the articles
   * came in order of their days, the scan stops at the first dated member older than the window (the earlier ones
   * are older still, or undated and counted apart): a story followed for months at a few articles a day no longer
   * costs each new article a look at every member of the months before.
   */
  private int recent(List<Integer> cluster, long day) {
    int recent = 0;
    for (int i = cluster.size() - 1; i >= 0 && recent < cap; i--) {
      long d = dayOf.get(cluster.get(i));
      if (ArticleSketch.near(d, day, window)) {
        recent++;
      } else if (inOrder && d < day) {
        return Math.min(cap, recent + undated.get(clusterOf.get(cluster.get(i)))[0]);
      }
    }
    return recent;
  }

  /** How many matches an article needs to join a cluster of {@code recent} members within its window. */
  private int need(int recent) {
    return Math.max(1, (int) Math.ceil(share * Math.min(Math.max(recent, 1), cap) - 1e-9));
  }

  /**
   * The clusters, each a list of article indexes in arrival order, in order of their first article. An article
   * that is alone in its cluster, whose matches (with earlier and later articles) all lie in one other cluster
   * and are as many as it would need to join that cluster had it come last, is moved into it: arrival order can
   * leave the first report of a story alone (the second report did not match it; the later ones matched both
   * but joined the larger group). One that matched members of two clusters stays alone, so it still joins no
   * two events.
   */
  List<List<Integer>> clusters() {
    Map<Integer, List<Integer>> joining = new HashMap<>();
    Set<Integer> moved = new HashSet<>();
    for (Map.Entry<Integer, Map<Integer, Double>> e : new TreeMap<>(openerMatches).entrySet()) {
      Set<Integer> targets = new HashSet<>();
      for (int m : e.getValue().keySet()) {
        targets.add(clusterOf.get(m));
      }
      if (targets.size() != 1) {
        continue;
      }
      int target = targets.iterator().next();
      List<Integer> joined = members.get(target);
      if (joined.size() > 1 && e.getValue().size() >= need(recent(joined, dayOf.get(e.getKey())))) {
        joining.computeIfAbsent(target, k -> new ArrayList<>()).add(e.getKey());
        moved.add(e.getKey());
      }
    }
    List<List<Integer>> out = new ArrayList<>(members.size());
    for (int c = 0; c < members.size(); c++) {
      List<Integer> m = members.get(c);
      if (m.size() == 1 && moved.contains(m.get(0))) {
        continue;
      }
      List<Integer> list = new ArrayList<>(m);
      list.addAll(joining.getOrDefault(c, List.of()));
      list.sort(null);
      out.add(List.copyOf(list));
    }
    out.sort(Comparator.comparing(list -> list.get(0)));
    return out;
  }

  /**
   * The articles {@code article} matched, earlier and later, with their scores, when it opened its cluster and no
   * later article joined it; empty otherwise.
   */
  Map<Integer, Double> openerMatches(int article) {
    return openerMatches.getOrDefault(article, Map.of());
  }
}
