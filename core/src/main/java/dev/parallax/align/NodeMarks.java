package dev.parallax.align;

/**
 * Scratch marks of one sentence node's ids (its word keys, soft keys, synonym groups) in dense tables, so that
 * whether another node has an id costs one array read. Two slots keep the two nodes marked last: the
 * candidate pairs of one node come together, and a pair is looked at from both sides. Marking a node again
 * only bumps a stamp, so nothing is ever cleared. Not thread-safe; one per alignment run and thread ({@link #another}).
 */
final class NodeMarks {
  private final Slot[] slots;

  /** Marks over tables of these sizes (table {@code t} holds ids {@code 0 .. sizes[t] - 1}). */
  NodeMarks(int... tableSizes) {
    slots = new Slot[] {new Slot(tableSizes), new Slot(tableSizes)};
  }

  /** New marks over tables of the same sizes, none marked: for another thread. */
  NodeMarks another() {
    int[] sizes = new int[slots[0].stamps.length];
    for (int t = 0; t < sizes.length; t++) {
      sizes[t] = slots[0].stamps[t].length;
    }
    return new NodeMarks(sizes);
  }

  /** The slot that holds {@code node}'s marks, or null when neither does. */
  Slot holding(int node) {
    for (Slot s : slots) {
      if (s.node == node) {
        return s;
      }
    }
    return null;
  }

  /** A slot emptied for {@code node}, never the one that holds {@code keep}; the caller marks the node's ids. */
  Slot claim(int node, int keep) {
    Slot s = slots[0].node == keep ? slots[1] : slots[0];
    s.node = node;
    s.stamp++;
    return s;
  }

  /** One node's marks: an id of a table is marked when its stamp is the slot's, with an optional value. */
  static final class Slot {
    private int node = -1;
    private int stamp;
    private final int[][] stamps;
    private final int[][] values;

    private Slot(int[] tableSizes) {
      stamps = new int[tableSizes.length][];
      values = new int[tableSizes.length][];
      for (int t = 0; t < tableSizes.length; t++) {
        stamps[t] = new int[tableSizes[t]];
        values[t] = new int[tableSizes[t]];
      }
    }

    void mark(int table, int id) {
      stamps[table][id] = stamp;
    }

    /** Marks {@code id} with a value read back by {@link #value} (the id's position in the node's list). */
    void mark(int table, int id, int value) {
      stamps[table][id] = stamp;
      values[table][id] = value;
    }

    boolean has(int table, int id) {
      return stamps[table][id] == stamp;
    }

    /** The value {@code id} was marked with; meaningful only when {@link #has} it. */
    int value(int table, int id) {
      return values[table][id];
    }
  }
}
