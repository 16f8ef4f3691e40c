package dev.parallax.internal;

/**
 * Disjoint sets of the indices {@code 0..n-1} in a parent array (union-find), for the few places that group
 * items transitively. Internal: not part of the API. Stateless; the arrays are the caller's.
 */
public final class DisjointSets {
  private DisjointSets() {}

  /** A parent array of {@code n} sets of one index each. */
  public static int[] singletons(int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    return parent;
  }

  /** The root of the set of {@code i}, halving the path on the way. */
  public static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; the lower root becomes the root of both. */
  public static void join(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
