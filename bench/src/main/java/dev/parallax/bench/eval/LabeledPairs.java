package dev.parallax.bench.eval;

import dev.parallax.TextPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text pairs with a gold value read from a TSV with a header: MSRP ({@code id a b label}, label 0 or 1)
 * or STS-B ({@code id a b score genre}, score 0 to 5).
 *
 * @param pairs the pairs, in file order
 * @param gold the gold value of each pair (label or score)
 * @param group the value of the grouping column (STS-B genre), empty when the file has none
 */
public record LabeledPairs(List<TextPair> pairs, double[] gold, List<String> group) {
  /** Copies. */
  public LabeledPairs {
    pairs = List.copyOf(pairs);
    gold = gold.clone();
    group = List.copyOf(group);
  }

  /**
   * Reads at most {@code limit} pairs of {@code file}, whose gold value is in column {@code goldColumn}
   * and whose group (may be {@code null}) in {@code groupColumn}.
   */
  public static LabeledPairs read(Path file, String goldColumn, String groupColumn, int limit) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty");
    }
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t", -1));
    int id = column(file, header, "id");
    int a = column(file, header, "a");
    int b = column(file, header, "b");
    int g = column(file, header, goldColumn);
    int grp = groupColumn == null ? -1 : column(file, header, groupColumn);
    List<TextPair> pairs = new ArrayList<>();
    List<Double> gold = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 1; i < lines.size() && pairs.size() < limit; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < header.size()) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + f.length + " fields, expected " + header.size());
      }
      pairs.add(new TextPair(f[id], f[a], f[b]));
      gold.add(Double.parseDouble(f[g]));
      groups.add(grp < 0 ? "" : f[grp]);
    }
    return new LabeledPairs(pairs, gold.stream().mapToDouble(Double::doubleValue).toArray(), groups);
  }

  /** The gold values as labels: positive when at least 0.5. */
  public boolean[] labels() {
    boolean[] out = new boolean[gold.length];
    for (int i = 0; i < gold.length; i++) {
      out[i] = gold[i] >= 0.5;
    }
    return out;
  }

  private static int column(Path file, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(file + ": no column '" + name + "' in header " + header);
    }
    return i;
  }
}
