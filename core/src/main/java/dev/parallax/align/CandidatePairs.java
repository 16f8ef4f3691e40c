package dev.parallax.align;

import dev.parallax.internal.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cross-article sentence pairs of one alignment call worth scoring: those that share an informative
 * blocking key, at most {@link #MAX_CANDIDATES} best ones per sentence, plus every pair of leads when the
 * articles are few. Found through an inverted index of the keys and capped per sentence, so their number
 * grows about linearly with the sentences.
 *
 * <pre>{@code
 * long[] pairs = CandidatePairs.find(nodes, keys);   // pair keys (see SentenceNodes#pair), ascending
 * }</pre>
 */
final class CandidatePairs {
  /** A blocking term's sentences pair with at most this many following ones (linear cost in many articles). */
  private static final int POSTING_REACH = 64;
  /**
   * At most this many candidate partners are scored per sentence: the ones sharing the most blocking
   * terms with it. A fact carried by many outlets still forms one group, through its members' best
   * partners, while the number of similarity calls grows linearly with the number of sentences.
   */
  static final int MAX_CANDIDATES = 32;
  /**
   * Up to this many articles, the headline and first {@link SentenceNodes#LEAD_SENTENCES} body sentences of
   * every article are candidate partners of those of every other article, whatever words they share: leads
   * report the story's main fact in each outlet's own words. Beyond it, leads pair through shared terms like
   * the rest.
   */
  static final int LEAD_PAIRING_ARTICLES = 64;

  private final SentenceNodes nodes;

  private CandidatePairs(SentenceNodes nodes) {
    this.nodes = nodes;
  }

  /** The candidate pairs of the nodes, as pair keys (see {@link SentenceNodes#pair}), ascending and each once. */
  static long[] find(SentenceNodes nodes, BlockingKeys keys) {
    CandidatePairs candidates = new CandidatePairs(nodes);
    return candidates.withLeadPairs(candidates.blockedPairs(keys.informativePostings()));
  }

  /**
   * The cross-article pairs that share an informative blocking key, kept by {@link #bestCandidates}: each
   * node's partners after it in the postings of its keys, counted per partner, so the pairs come out
   * ascending with their number of shared keys without sorting a list with one entry per shared key.
   */
  private long[] blockedPairs(List<int[]> informative) {
    // the postings' order does not matter: each node's partners are counted, then sorted
    int n = nodes.size();
    // node -> {posting, position of the node in it} of each informative key it has
    int[] entries = new int[n];
    for (int[] post : informative) {
      for (int g : post) {
        entries[g]++;
      }
    }
    int[][] inPosting = new int[n][];
    for (int g = 0; g < n; g++) {
      inPosting[g] = new int[2 * entries[g]];
      entries[g] = 0;
    }
    for (int p = 0; p < informative.size(); p++) {
      int[] post = informative.get(p);
      for (int i = 0; i < post.length; i++) {
        int g = post[i];
        inPosting[g][entries[g]++] = p;
        inPosting[g][entries[g]++] = i;
      }
    }
    long[] found = new long[64];
    int[] shared = new int[64];
    int unique = 0;
    int[] count = new int[n];
    int[] partners = new int[n];
    for (int x = 0; x < n; x++) {
      if ((x & 63) == 0) {
        Deadline.check();
      }
      int m = 0;
      for (int e = 0; e < inPosting[x].length; e += 2) {
        int[] post = informative.get(inPosting[x][e]);
        int i = inPosting[x][e + 1];
        // a term in more than POSTING_REACH sentences pairs each with the next POSTING_REACH only: all
        // pairs would grow with the square of the articles, and bestCandidates keeps a few per sentence anyway
        int reach = post.length <= POSTING_REACH ? post.length : POSTING_REACH;
        for (int j = i + 1; j < Math.min(post.length, i + 1 + reach); j++) {
          int y = post[j];
          if (nodes.articleOf(x) != nodes.articleOf(y)) {
            if (count[y]++ == 0) {
              partners[m++] = y;
            }
          }
        }
      }
      Arrays.sort(partners, 0, m);
      if (unique + m > found.length) {
        found = Arrays.copyOf(found, Math.max(2 * found.length, unique + m));
        shared = Arrays.copyOf(shared, found.length);
      }
      for (int k = 0; k < m; k++) {
        found[unique] = nodes.pair(x, partners[k]);
        shared[unique++] = count[partners[k]];
        count[partners[k]] = 0;
      }
    }
    return bestCandidates(found, shared, unique);
  }

  /**
   * The candidate pairs plus, for up to {@link #LEAD_PAIRING_ARTICLES} articles, every cross-article pair of
   * lead sentences (see {@link SentenceNodes#isLead}), ascending.
   */
  private long[] withLeadPairs(long[] candidates) {
    if (nodes.articles().size() > LEAD_PAIRING_ARTICLES) {
      return candidates;
    }
    List<Integer> leads = new ArrayList<>();
    for (int g = 0; g < nodes.size(); g++) {
      if (nodes.isLead(g)) {
        leads.add(g);
      }
    }
    long[] all = Arrays.copyOf(candidates, candidates.length + leads.size() * (leads.size() - 1) / 2);
    int size = candidates.length;
    for (int i = 0; i < leads.size(); i++) {
      for (int j = i + 1; j < leads.size(); j++) {
        if (nodes.articleOf(leads.get(i)) != nodes.articleOf(leads.get(j))) {
          all[size++] = nodes.pair(leads.get(i), leads.get(j));
        }
      }
    }
    // ascending and each pair once
    Arrays.sort(all, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || all[distinct - 1] != all[i]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /**
   * The candidate pairs to score, ascending: a pair is kept when it is among the {@link #MAX_CANDIDATES}
   * pairs of either of its sentences that share the most blocking terms (ties broken by the pair key).
   */
  private long[] bestCandidates(long[] found, int[] shared, int unique) {
    int n = nodes.size();
    int[] degree = new int[n];
    for (int i = 0; i < unique; i++) {
      degree[(int) (found[i] / n)]++;
      degree[(int) (found[i] % n)]++;
    }
    boolean crowded = false;
    for (int d : degree) {
      crowded |= d > MAX_CANDIDATES;
    }
    if (!crowded) {
      return Arrays.copyOf(found, unique);
    }
    // most shared keys first, ties by pair key: found is ascending, so by index (packed below the count)
    long[] order = new long[unique];
    for (int i = 0; i < unique; i++) {
      order[i] = ((long) (Integer.MAX_VALUE - shared[i]) << 32) | i;
    }
    Arrays.sort(order);
    int[] taken = new int[n];
    boolean[] keep = new boolean[unique];
    for (long o : order) {
      int i = (int) o;
      int x = (int) (found[i] / n);
      int y = (int) (found[i] % n);
      if (taken[x] < MAX_CANDIDATES || taken[y] < MAX_CANDIDATES) {
        keep[i] = true;
        taken[x]++;
        taken[y]++;
      }
    }
    long[] out = new long[unique];
    int k = 0;
    for (int i = 0; i < unique; i++) {
      if (keep[i]) {
        out[k++] = found[i];
      }
    }
    return Arrays.copyOf(out, k);
  }
}
