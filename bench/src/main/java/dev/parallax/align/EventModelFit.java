package dev.parallax.align;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.EventEvaluation;
import dev.parallax.bench.eval.LogisticRegression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits the look-alike model of {@link EventDecider} (its logistic-regression weights and cut) on ECB+
 * train with the protocol of {@link EventEvaluation}, and prints the figures on train and dev. Not a test
 * and never run by the build: run it by hand; with a third argument it writes the model resource.
 *
 * <p>It lives in {@code dev.parallax.align} (in bench, on the class path beside core) because the features
 * are the decider's package-private ones: the fit and the shipped decision cannot drift apart.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.align.EventModelFit ../shared/data/ecbplus 2 \
 *     core/src/main/resources/dev/parallax/align/event-model.txt
 * </pre>
 *
 * <p>With the same weights it fits a cut of its own for sets of {@link EventEvaluation#SMALL_FROM} to
 * {@link EventEvaluation#SMALL_TO} articles, on train runs of that size ({@link EventEvaluation#smallRuns}), where it
 * is below the general cut; the file holds them as {@code cut.N} lines.
 *
 * <p>Arguments: the ECB+ folder (default {@code ../shared/data/ecbplus}), the look-alikes per run (default
 * 2), and optionally the file to write the model to.
 */
final class EventModelFit {
  /** L2 penalty of the logistic regression (features are log ratios and shares, all of order 1). */
  private static final double L2 = 1e-2;
  /**
   * The cut keeps at least this share of train's same-event decisions main: the lowest of 99%, 98.5%, 98%
   * and 97.5% (all printed) at which dev keeps at least 98% main, the bar (chosen on dev).
   */
  private static final double KEEP_MAIN = 0.985;

  private EventModelFit() {}

  /** Rows of one split: features, label (look-alike), and whether a rule before the model decided (none in ECB+ runs: one date, three articles or more). */
  private record Rows(List<double[]> x, List<Boolean> lookAlike, List<Boolean> ruled) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    int k = args.length > 1 ? Integer.parseInt(args[1]) : EventEvaluation.DEFAULT_LOOK_ALIKES;
    if (!Files.isRegularFile(dir.resolve("MANIFEST.tsv"))) {
      System.err.println("no MANIFEST.tsv under " + dir.toAbsolutePath() + ": give the ECB+ folder");
      System.exit(1);
    }
    Parallax parallax = Parallax.create();
    StandardAligner aligner = (StandardAligner) Aligners.standard(parallax.similarity());
    EventDecider decider = EventDecider.standard();
    Rows train = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Rows dev = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<EventEvaluation.Run> runs = EventEvaluation.runs(EventEvaluation.read(dir), parallax, k);
    for (EventEvaluation.Run run : runs) {
      List<AnalyzedArticle> articles = run.articles();
      EventDecider.Evidence ev = aligner.eventEvidence(articles);
      double[][] f = decider.features(articles, ev);
      Rows rows = run.split().equals("train") ? train : dev;
      for (int a = 0; a < articles.size(); a++) {
        rows.x().add(f[a]);
        rows.lookAlike().add(a >= run.mainCount());
        rows.ruled().add(false);
      }
    }
    System.out.println("features " + EventDecider.FEATURES);
    for (int j = 0; j < EventDecider.FEATURES.size(); j++) {
      System.out.printf(Locale.ROOT, "  %-18s AUC train %.3f dev %.3f%n", EventDecider.FEATURES.get(j),
          auc(train, j), auc(dev, j));
    }
    double[] w = fit(train);
    double cut = cut(train, w, KEEP_MAIN);
    System.out.printf(Locale.ROOT, "intercept %.4f weights %s cut %.4f%n", w[0],
        Arrays.toString(Arrays.copyOfRange(w, 1, w.length)), cut);
    report("train", train, w, cut);
    report("dev", dev, w, cut);
    for (double keep : new double[] {0.99, 0.985, 0.98, 0.975}) {
      double c = cut(train, w, keep);
      System.out.printf(Locale.ROOT, "cut keeping %.1f%% of train main: %.4f%n", 100 * keep, c);
      report("  train", train, w, c);
      report("  dev", dev, w, c);
    }
    // sets of few articles: the same weights, a cut of their own where it is lower (the probabilities of
    // same-event articles run lower when fewer articles are compared)
    double[] smallCuts = new double[EventEvaluation.SMALL_TO + 1];
    for (int n = EventEvaluation.SMALL_FROM; n <= EventEvaluation.SMALL_TO; n++) {
      Rows smallTrain = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      Rows smallDev = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (EventEvaluation.Run run : EventEvaluation.smallRuns(runs, n)) {
        List<AnalyzedArticle> articles = run.articles();
        double[][] f = decider.features(articles, aligner.eventEvidence(articles));
        Rows rows = run.split().equals("train") ? smallTrain : smallDev;
        for (int a = 0; a < articles.size(); a++) {
          rows.x().add(f[a]);
          rows.lookAlike().add(a >= run.mainCount());
          rows.ruled().add(false);
        }
      }
      double c = cut(smallTrain, w, KEEP_MAIN);
      System.out.printf(Locale.ROOT, "%d articles: cut keeping %.1f%% of train main %.4f%s%n", n, 100 * KEEP_MAIN, c,
          c < cut ? "" : " (not below the general cut: not used)");
      report("  train", smallTrain, w, Math.min(c, cut));
      report("  dev", smallDev, w, Math.min(c, cut));
      report("  dev at the general cut", smallDev, w, cut);
      smallCuts[n] = c < cut ? c : 0;
    }
    if (args.length > 2) {
      StringBuilder sb = new StringBuilder();
      sb.append("# Look-alike model of EventDecider: logistic regression on ECB+ train, ").append(k)
          .append(" look-alikes per run.\n# Regenerate: java -cp bench/target/benchmarks.jar")
          .append(" dev.parallax.align.EventModelFit ECBPLUS_DIR ").append(k)
          .append(" <this file> (see docs/evaluation.md)\n");
      sb.append(String.format(Locale.ROOT, "intercept %.6f%n", w[0]));
      for (int j = 0; j < EventDecider.FEATURES.size(); j++) {
        sb.append(String.format(Locale.ROOT, "%s %.6f%n", EventDecider.FEATURES.get(j), w[j + 1]));
      }
      sb.append(String.format(Locale.ROOT, "cut %.6f%n", cut));
      for (int n = 0; n < smallCuts.length; n++) {
        if (smallCuts[n] > 0) {
          sb.append(String.format(Locale.ROOT, "cut.%d %.6f%n", n, smallCuts[n]));
        }
      }
      Files.writeString(Path.of(args[2]), sb.toString(), StandardCharsets.UTF_8);
      System.out.println("wrote " + args[2]);
    }
  }

  /** How well feature {@code j} alone ranks look-alikes below same-event articles (1: perfectly). */
  private static double auc(Rows rows, int j) {
    long pos = 0;
    long neg = 0;
    double wins = 0;
    List<double[]> p = new ArrayList<>();
    List<double[]> q = new ArrayList<>();
    for (int i = 0; i < rows.x().size(); i++) {
      (rows.lookAlike().get(i) ? p : q).add(rows.x().get(i));
    }
    for (double[] a : p) {
      for (double[] b : q) {
        wins += a[j] < b[j] ? 1 : a[j] == b[j] ? 0.5 : 0;
      }
    }
    pos = p.size();
    neg = q.size();
    return wins / (pos * neg);
  }

  /** Logistic regression by Newton's method, L2 on the weights (not the intercept); rows the rules decided are left out. */
  static double[] fit(Rows rows) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < rows.x().size(); i++) {
      if (!rows.ruled().get(i)) {
        x.add(with1(rows.x().get(i)));
        y.add(rows.lookAlike().get(i));
      }
    }
    return LogisticRegression.fit(x, y, 0, L2 * x.size(), 0, 50, 1e-14);
  }

  /** The lowest probability cut that keeps {@link #KEEP_MAIN} of train's same-event decisions main. */
  private static double cut(Rows rows, double[] w, double keepMain) {
    List<Double> same = new ArrayList<>();
    int total = 0;
    int lost = 0;
    for (int i = 0; i < rows.x().size(); i++) {
      if (!rows.lookAlike().get(i)) {
        total++;
        if (rows.ruled().get(i)) {
          lost++;
        } else {
          same.add(LogisticRegression.probability(w, with1(rows.x().get(i))));
        }
      }
    }
    same.sort(null);
    int allowed = (int) Math.floor((1 - keepMain) * total) - lost;
    if (allowed <= 0) {
      return Math.nextUp(same.get(same.size() - 1));
    }
    return Math.nextUp(same.get(same.size() - allowed));
  }

  private static void report(String split, Rows rows, double[] w, double cut) {
    int look = 0;
    int caught = 0;
    int same = 0;
    int kept = 0;
    for (int i = 0; i < rows.x().size(); i++) {
      boolean other = rows.ruled().get(i) || LogisticRegression.probability(w, with1(rows.x().get(i))) >= cut;
      if (rows.lookAlike().get(i)) {
        look++;
        caught += other ? 1 : 0;
      } else {
        same++;
        kept += other ? 0 : 1;
      }
    }
    System.out.printf(Locale.ROOT, "%s: look-alikes OTHER %d/%d (%.1f%%), same-event MAIN %d/%d (%.1f%%)%n", split,
        caught, look, 100.0 * caught / look, kept, same, 100.0 * kept / same);
  }

  private static double[] with1(double[] f) {
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }
}
