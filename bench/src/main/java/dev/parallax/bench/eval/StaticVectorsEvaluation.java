package dev.parallax.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether the static word-vector table's scores add to the same-fact features: pair-level AUC and recall at
 * an 8% false-link rate on ECB+ dev, for the ridge logistic regression of {@link SameFactTraining} fitted on
 * ECB+ train with and without the table's columns. Reads the dump that
 * {@code SameFactTraining -Dsoft=1 -Dungated=1 -Ddump=PREFIX} writes (every column named there); never runs in
 * tests or CI.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Dsoft=1 -Dungated=1 -Ddump=/tmp/sf -cp bench/target/benchmarks.jar dev.parallax.bench.eval.SameFactTraining \
 *     ../shared/data/ecbplus
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.StaticVectorsEvaluation /tmp/sf
 * </pre>
 */
public final class StaticVectorsEvaluation {
  /** The false-link rate at which recall is read. */
  static final double FALSE_LINKS = 0.08;

  private StaticVectorsEvaluation() {}

  private record Table(List<String> columns, double[][] rows) {
    int col(String name) {
      int i = columns.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name + " (write the dump with -Dsoft=1 -Dungated=1)");
      }
      return i;
    }
  }

  /** Argument: the dump's prefix. */
  public static void main(String[] args) throws IOException {
    String prefix = args.length > 0 ? args[0] : "/tmp/sf";
    Table train = read(Path.of(prefix + "-train.csv"));
    Table dev = read(Path.of(prefix + "-dev.csv"));
    List<String> base = train.columns().subList(0, train.col("soft_min"));
    System.out.printf(Locale.ROOT, "ECB+ dev pairs that pass the content gate (the rows the model sees):%n");
    for (String c : List.of("static_cos", "soft_min", "soft_max", "sim")) {
      System.out.printf(Locale.ROOT, "  %-32s AUC %.3f%n", c + " alone", auc(column(dev, c, true), labels(dev, true)));
    }
    report("the model's features", base, train, dev, true);
    report("+ static_cos", plus(base, "static_cos"), train, dev, true);
    report("+ soft_min, soft_max", plus(base, "soft_min", "soft_max"), train, dev, true);
    report("+ all three", plus(base, "soft_min", "soft_max", "static_cos"), train, dev, true);
    System.out.printf(Locale.ROOT, "All ECB+ dev gold pairs (gate as a feature):%n");
    report("the model's features + gate", plus(base, "gate"), train, dev, false);
    report("+ all three", plus(base, "gate", "soft_min", "soft_max", "static_cos"), train, dev, false);
  }

  private static List<String> plus(List<String> base, String... more) {
    List<String> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return out;
  }

  private static void report(String label, List<String> cols, Table train, Table dev, boolean gatedOnly) {
    List<SameFactTraining.Row> rows = new ArrayList<>();
    int gate = train.col("gate");
    int y = train.col("y");
    for (double[] r : train.rows()) {
      if (!gatedOnly || r[gate] == 1) {
        rows.add(new SameFactTraining.Row(pick(r, train, cols), r[y] == 1));
      }
    }
    double[] w = SameFactTraining.fit(rows);
    List<Double> scores = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (double[] r : dev.rows()) {
      if (!gatedOnly || r[dev.col("gate")] == 1) {
        double[] x = pick(r, dev, cols);
        double z = w[x.length];
        for (int i = 0; i < x.length; i++) {
          z += w[i] * x[i];
        }
        scores.add(z);
        labels.add(r[dev.col("y")] == 1);
      }
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] l = new boolean[labels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = labels.get(i);
    }
    long pos = labels.stream().filter(b -> b).count();
    System.out.printf(Locale.ROOT, "  %-32s AUC %.3f, recall at %.0f%% false links %.3f (%d links, %d non-links)%n",
        label, auc(s, l), 100 * FALSE_LINKS, recallAt(s, l, FALSE_LINKS), pos, l.length - pos);
  }

  private static double[] pick(double[] row, Table t, List<String> cols) {
    double[] x = new double[cols.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = row[t.col(cols.get(i))];
    }
    return x;
  }

  private static double[] column(Table t, String name, boolean gatedOnly) {
    int c = t.col(name);
    int gate = t.col("gate");
    return Arrays.stream(t.rows()).filter(r -> !gatedOnly || r[gate] == 1).mapToDouble(r -> r[c]).toArray();
  }

  private static boolean[] labels(Table t, boolean gatedOnly) {
    int gate = t.col("gate");
    int y = t.col("y");
    double[][] rows = Arrays.stream(t.rows()).filter(r -> !gatedOnly || r[gate] == 1).toArray(double[][]::new);
    boolean[] out = new boolean[rows.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows[i][y] == 1;
    }
    return out;
  }

  /** The probability that a random link scores above a random non-link (ties count half). */
  static double auc(double[] scores, boolean[] labels) {
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!labels[i]) {
        continue;
      }
      for (int j = 0; j < scores.length; j++) {
        if (!labels[j]) {
          sum += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
          pairs++;
        }
      }
    }
    return pairs == 0 ? Double.NaN : sum / pairs;
  }

  /** The share of links scored above the level that lets through {@code rate} of the non-links. */
  static double recallAt(double[] scores, boolean[] labels, double rate) {
    double[] neg = new double[scores.length];
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!labels[i]) {
        neg[n++] = scores[i];
      }
    }
    neg = Arrays.copyOf(neg, n);
    Arrays.sort(neg);
    int k = (int) Math.floor(rate * n);
    double level = k < n ? neg[n - 1 - k] : Double.NEGATIVE_INFINITY;
    int hit = 0;
    int pos = 0;
    for (int i = 0; i < scores.length; i++) {
      if (labels[i]) {
        pos++;
        hit += scores[i] > level ? 1 : 0;
      }
    }
    return pos == 0 ? Double.NaN : (double) hit / pos;
  }

  private static Table read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> columns = List.of(lines.get(0).split(","));
    double[][] rows = new double[lines.size() - 1][];
    for (int i = 1; i < lines.size(); i++) {
      rows[i - 1] = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
    }
    return new Table(columns, rows);
  }
}
