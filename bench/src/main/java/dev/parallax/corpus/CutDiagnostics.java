package dev.parallax.corpus;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.GroupingEvaluation;
import dev.parallax.bench.eval.LogisticRegression;
import dev.parallax.bench.eval.GroupingEvaluation.LabelledSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Experiment (issue 13, not shipped): for each grouped event of at least six articles, three cuts in two
 * (the shipped 2-medoids cut; the same refined by moving each article to the part of higher mean score until
 * stable; a spectral cut, the sign of the second eigenvector of the normalized score matrix) with their
 * score ratio, the share of up to four probes the aligner marks other, and core-name evidence of two
 * instances (per part, the idf-weighted share of its core name and number terms, used by at least half or
 * two thirds of its articles, that few articles of the other part use). {@code grid} adds probes the other way (up to four articles of the larger part given to the
 * smaller part: {@code back}, {@code both} the higher share of the two directions, {@code mean}), the ceilings (a cut
 * kept exactly where it helps) and the rule grid; {@code logit} small logistic models fitted on ECB+ train;
 * {@code names} the core terms of each spectral part; {@code madeup DIR} groups and splits a small made-up corpus
 * ({@code core/src/test/resources/lookalikes}: two firings of one team's coaches, four articles each). See docs/evaluation.md.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.corpus.CutDiagnostics ../shared/data grid
 * </pre>
 */
public final class CutDiagnostics {
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Parallax parallax = Parallax.create();
    if (args.length > 1 && args[1].equals("madeup")) {
      madeUp(parallax, Path.of(args.length > 2 ? args[2] : "core/src/test/resources/lookalikes"));
      return;
    }
    List<LabelledSet> sets = List.of(
        GroupingEvaluation.basil(parallax, data.resolve("basil")),
        GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "train"),
        GroupingEvaluation.ecb(parallax, data.resolve("ecbplus"), "dev"));
    MinHashGrouper grouper = EventGroupers.minHash();
    Aligner aligner = Aligners.standard(parallax.similarity());
    List<List<Ev>> all = new ArrayList<>();
    for (LabelledSet set : sets) {
      List<Ev> evs = new ArrayList<>();
      all.add(evs);
      Map<String, AnalyzedArticle> byId = new HashMap<>();
      set.articles().forEach(a -> byId.put(a.id(), a));
      TermStats stats = TermStats.of(set.articles().stream().map(grouper::sketch).toList());
      System.out.println("## " + set.name());
      for (CorpusEvent e : grouper.group(set.articles())) {
        Ev ev = new Ev(e.articles(), new ArrayList<>());
        evs.add(ev);
        if (e.size() < 6) {
          continue;
        }
        List<AnalyzedArticle> members = e.articles().stream().map(byId::get).toList();
        int n = members.size();
        List<ArticleSketch> sk = members.stream().map(grouper::sketch).toList();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
          sim[i][i] = 1;
          for (int j = i + 1; j < n; j++) {
            sim[i][j] = sim[j][i] = grouper.score(sk.get(i), sk.get(j), stats);
          }
        }
        List<Set<String>> keyText = members.stream().map(MinHashGrouper::keyTerms).toList();
        List<Set<Long>> keys = keyText.stream().map(t -> { Set<Long> h = new java.util.HashSet<>(); t.forEach(x -> h.add(MinHashGrouper.hash(x))); return h; }).toList();
        List<Set<Long>> allTerms = sk.stream().map(x -> { Set<Long> t = new java.util.HashSet<>(); for (long v : x.terms()) t.add(v); return t; }).toList();
        Map<String, Integer> gold = new TreeMap<>();
        e.articles().forEach(id -> gold.merge(set.gold().get(id), 1, Integer::sum));
        System.out.println(e.id() + " " + n + " gold " + gold);
        for (String how : new String[] {"medoids", "refined", "spectral"}) {
          if (args.length > 1 && args[1].equals("names") && !how.equals("spectral")) continue;
          int[] side = switch (how) {
            case "medoids" -> EventSplitter.twoMedoids(sim);
            case "refined" -> refine(sim, EventSplitter.twoMedoids(sim));
            default -> spectral(sim);
          };
          List<AnalyzedArticle> p0 = new ArrayList<>();
          List<AnalyzedArticle> p1 = new ArrayList<>();
          List<Set<Long>> k0 = new ArrayList<>();
          List<Set<Long>> k1 = new ArrayList<>();
          Map<String, Integer> g0 = new TreeMap<>();
          Map<String, Integer> g1 = new TreeMap<>();
          for (int i = 0; i < n; i++) {
            (side[i] == 0 ? p0 : p1).add(members.get(i));
            (side[i] == 0 ? k0 : k1).add(keys.get(i));
            (side[i] == 0 ? g0 : g1).merge(set.gold().get(members.get(i).id()), 1, Integer::sum);
          }
          double d0 = distinct(k0, k1, stats, 0.5, 0.2);
          double d1 = distinct(k1, k0, stats, 0.5, 0.2);
          double c0 = soft(k0, k1, stats, 0.5);
          double c1 = soft(k1, k0, stats, 0.5);
          Map<String, Double> feats = new HashMap<>();
          List<Set<Long>> a0 = new ArrayList<>();
          List<Set<Long>> a1 = new ArrayList<>();
          for (int i = 0; i < n; i++) (side[i] == 0 ? a0 : a1).add(allTerms.get(i));
          for (boolean namesOnly : new boolean[] {false, true}) {
            List<Set<String>> t0 = new ArrayList<>();
            List<Set<String>> t1 = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              Set<String> t = new java.util.HashSet<>(keyText.get(i));
              if (namesOnly) t.removeIf(x -> !x.startsWith("n|"));
              (side[i] == 0 ? t0 : t1).add(t);
            }
            for (int top : new int[] {1, 3}) {
              feats.put("x" + (namesOnly ? "n" : "k") + top, Math.min(excl(t0, t1, top), excl(t1, t0, top)));
            }
          }
          for (double core : new double[] {0.5, 0.67}) {
            for (double rare : new double[] {0.1, 0.2, 0.34}) {
              feats.put("k" + core + "/" + rare, Math.min(distinct(k0, k1, stats, core, rare), distinct(k1, k0, stats, core, rare)));
              feats.put("m" + core + "/" + rare, (distinct(k0, k1, stats, core, rare) + distinct(k1, k0, stats, core, rare)) / 2);
              feats.put("a" + core + "/" + rare, Math.min(distinct(a0, a1, stats, core, rare), distinct(a1, a0, stats, core, rare)));
            }
          }
          boolean bigIs0 = p0.size() >= p1.size();
          List<AnalyzedArticle> larger = bigIs0 ? p0 : p1;
          List<AnalyzedArticle> smaller = bigIs0 ? p1 : p0;
          int marked = 0;
          int probes = 0;
          if (smaller.size() >= 3) {
            for (AnalyzedArticle a : spread(smaller, 4)) {
              List<AnalyzedArticle> probe = new ArrayList<>(larger);
              probe.add(a);
              List<ArticleEvent> d = aligner.align(probe).events();
              probes++;
              if (d.get(d.size() - 1).membership() == EventMembership.OTHER) {
                marked++;
              }
            }
          }
          if (args.length > 1 && args[1].equals("names")) {
            List<Set<String>> t0 = new ArrayList<>();
            List<Set<String>> t1 = new ArrayList<>();
            for (int i = 0; i < n; i++) (side[i] == 0 ? t0 : t1).add(keyText.get(i));
            System.out.println("    " + how + " 0: " + top(t0, t1) + "\n    " + how + " 1: " + top(t1, t0));
          }
          ev.cuts().add(new Cut(how, side, ratio(sim, side), Math.min(p0.size(), p1.size()), probes == 0 ? 0 : marked / (double) probes,
              Math.min(d0, d1), Math.min(c0, c1), feats));
          int marked2 = 0;
          int probes2 = 0;
          if (smaller.size() >= 3 && args.length > 1 && args[1].equals("grid")) {
            for (AnalyzedArticle a : spread(larger, 4)) {
              List<AnalyzedArticle> probe = new ArrayList<>(smaller);
              probe.add(a);
              List<ArticleEvent> d = aligner.align(probe).events();
              probes2++;
              if (d.get(d.size() - 1).membership() == EventMembership.OTHER) {
                marked2++;
              }
            }
          }
          feats.put("back", probes2 == 0 ? 0 : marked2 / (double) probes2);
          feats.put("both", Math.max(probes == 0 ? 0 : marked / (double) probes, probes2 == 0 ? 0 : marked2 / (double) probes2));
          feats.put("mean", ((probes == 0 ? 0 : marked / (double) probes) + (probes2 == 0 ? 0 : marked2 / (double) probes2)) / 2);
          System.out.printf(Locale.ROOT, "  back %d/%d%n", marked2, probes2);
          System.out.printf(Locale.ROOT, "  %-8s %s | %s ratio %.3f probes %d/%d distinct %.2f %.2f min %.2f soft %.2f %.2f min %.2f%n",
              how, g0, g1, ratio(sim, side), marked, probes, d0, d1, Math.min(d0, d1), c0, c1, Math.min(c0, c1));
        }
      }
    }
    if (args.length > 1 && args[1].equals("grid")) grid2(sets, all);
    if (args.length > 1 && args[1].equals("logit")) logit(sets, all);
  }

  record Cut(String how, int[] side, double ratio, int smaller, double probe, double distinct, double soft, Map<String, Double> feats) {}

  record Ev(List<String> ids, List<Cut> cuts) {}

  static void grid(List<LabelledSet> sets, List<List<Ev>> all) {
    System.out.println("| cut | ratio | probe | distinct | kind | op | BASIL | train | dev |");
    List<String> best = new ArrayList<>();
    for (String how : new String[] {"medoids", "refined", "spectral"}) {
      for (double rho : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 2}) {
        for (double tau : new double[] {0, 0.25, 0.5, 0.75, 2}) {
          for (double delta : new double[] {0, 0.2, 0.3, 0.4, 0.5, 0.6, 2}) {
            for (boolean soft : new boolean[] {false, true}) {
              for (boolean or : new boolean[] {false, true}) {
                if ((tau == 0 || tau == 2 || delta == 0 || delta == 2) && or) continue;
                if (tau == 2 && delta == 2) continue;
                if (delta == 0 && soft) continue;
                double[] f = new double[3];
                for (int k = 0; k < 3; k++) {
                  Map<String, String> found = new HashMap<>();
                  int eid = 0;
                  for (Ev ev : all.get(k)) {
                    eid++;
                    Cut c = null;
                    for (Cut x : ev.cuts()) if (x.how().equals(how)) c = x;
                    boolean cut = false;
                    if (c != null && c.smaller() >= 3 && c.ratio() <= rho) {
                      boolean p = c.probe() >= tau;
                      boolean d = (soft ? c.soft() : c.distinct()) >= delta;
                      cut = or ? p || d : p && d;
                    }
                    for (int i = 0; i < ev.ids().size(); i++) {
                      found.put(ev.ids().get(i), eid + (cut ? "-" + c.side()[i] : ""));
                    }
                  }
                  f[k] = GroupingEvaluation.pairwise(sets.get(k).gold(), found)[2];
                }
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %s | %s | %.3f | %.3f | %.3f |%n", how, rho, tau, delta,
                    soft ? "soft" : "hard", or ? "or" : "and", f[0], f[1], f[2]);
              }
            }
          }
        }
      }
    }
  }

  static void oracle(List<LabelledSet> sets, List<List<Ev>> all) {
    for (String how : new String[] {"medoids", "refined", "spectral"}) {
      double[] f = new double[3];
      for (int k = 0; k < 3; k++) {
        Map<String, String> found = new HashMap<>();
        int eid = 0;
        for (Ev ev : all.get(k)) {
          eid++;
          Cut c = null;
          for (Cut x : ev.cuts()) if (x.how().equals(how)) c = x;
          boolean cut = c != null && c.smaller() >= 3 && good(ev, c, sets.get(k).gold());
          for (int i = 0; i < ev.ids().size(); i++) found.put(ev.ids().get(i), eid + (cut ? "-" + c.side()[i] : ""));
        }
        f[k] = GroupingEvaluation.pairwise(sets.get(k).gold(), found)[2];
      }
      System.out.printf(Locale.ROOT, "ORACLE %s %.3f %.3f %.3f%n", how, f[0], f[1], f[2]);
    }
  }

  static void grid2(List<LabelledSet> sets, List<List<Ev>> all) {
    oracle(sets, all);
    System.out.println("GRID2 | cut | ratio | probe | feat | delta | op | BASIL | train | dev |");
    List<String> featNames = new ArrayList<>(new java.util.TreeSet<>(all.get(1).stream().flatMap(e -> e.cuts().stream()).findFirst().get().feats().keySet()));
    for (String how : new String[] {"medoids", "refined", "spectral", "best"}) {
      for (double rho : new double[] {0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 2}) {
        for (double tau : new double[] {0, 0.25, 0.5, 2}) {
          for (String feat : featNames) {
            for (double delta : new double[] {0, 0.2, 0.3, 0.4, 0.5, 0.6, 2}) {
              for (boolean or : new boolean[] {false, true}) {
                if ((tau == 0 || tau == 2 || delta == 0 || delta == 2) && or) continue;
                if (tau == 2 && delta == 2) continue;
                double[] f = new double[3];
                for (int k = 0; k < 3; k++) {
                  Map<String, String> found = new HashMap<>();
                  int eid = 0;
                  for (Ev ev : all.get(k)) {
                    eid++;
                    Cut c = null;
                    for (Cut x : ev.cuts()) {
                      if (how.equals("best") ? x.smaller() >= 3 && (c == null || x.ratio() < c.ratio()) : x.how().equals(how)) c = x;
                    }
                    boolean cut = false;
                    if (c != null && c.smaller() >= 3 && c.ratio() <= rho) {
                      boolean p = c.probe() >= tau;
                      boolean d = c.feats().get(feat) >= delta;
                      cut = or ? p || d : p && d;
                    }
                    for (int i = 0; i < ev.ids().size(); i++) {
                      found.put(ev.ids().get(i), eid + (cut ? "-" + c.side()[i] : ""));
                    }
                  }
                  f[k] = GroupingEvaluation.pairwise(sets.get(k).gold(), found)[2];
                }
                System.out.printf(Locale.ROOT, "GRID2 | %s | %.2f | %.2f | %s | %.1f | %s | %.3f | %.3f | %.3f |%n", how, rho, tau, feat, delta,
                    or ? "or" : "and", f[0], f[1], f[2]);
              }
            }
          }
        }
      }
    }
  }

  /** The made-up corpus: what the grouper and the shipped splitter do with it. */
  static void madeUp(Parallax parallax, Path dir) {
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    dev.parallax.ingest.ArticleReader.withManifest(dir.resolve("MANIFEST.tsv")).readManifestFiles()
        .forEach(a -> analyzed.add(parallax.analyze(a)));
    MinHashGrouper g = EventGroupers.minHash();
    TermStats stats = TermStats.of(analyzed.stream().map(g::sketch).toList());
    Aligner aligner = Aligners.standard(parallax.similarity());
    for (CorpusEvent e : g.group(analyzed)) {
      List<AnalyzedArticle> members = e.articles().stream()
          .map(id -> analyzed.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()).toList();
      System.out.println("grouped " + e.articles() + " -> shipped splitter "
          + EventSplitter.standard().split(e, members, stats, aligner).stream().map(CorpusEvent::articles).toList());
    }
  }

  static double[] row(Cut c, String[] feats) {
    double[] r = new double[feats.length + 1];
    r[0] = 1;
    for (int i = 0; i < feats.length; i++) {
      r[i + 1] = switch (feats[i]) {
        case "ratio" -> c.ratio();
        case "probe" -> c.probe();
        default -> c.feats().get(feats[i]);
      };
    }
    return r;
  }

  static boolean good(Ev ev, Cut c, Map<String, String> gold) {
    int diff = 0;
    int same = 0;
    for (int i = 0; i < ev.ids().size(); i++) {
      for (int j = i + 1; j < ev.ids().size(); j++) {
        if (c.side()[i] != c.side()[j]) {
          if (gold.get(ev.ids().get(i)).equals(gold.get(ev.ids().get(j)))) same++; else diff++;
        }
      }
    }
    return diff > same;
  }

  static void logit(List<LabelledSet> sets, List<List<Ev>> all) {
    String[][] featSets = {{"ratio"}, {"ratio", "probe"}, {"ratio", "k0.5/0.2"}, {"ratio", "probe", "k0.5/0.2"},
        {"ratio", "m0.67/0.2"}, {"ratio", "probe", "m0.67/0.2"}, {"ratio", "a0.5/0.2"}, {"ratio", "probe", "k0.5/0.2", "a0.5/0.2"}};
    for (String how : new String[] {"medoids", "refined", "spectral"}) {
      for (String[] feats : featSets) {
        for (double ridge : new double[] {0.1, 1}) {
          List<double[]> x = new ArrayList<>();
          List<Boolean> y = new ArrayList<>();
          List<Ev> owner = new ArrayList<>();
          for (Ev ev : all.get(1)) {
            for (Cut c : ev.cuts()) {
              if (c.how().equals(how) && c.smaller() >= 3) {
                x.add(row(c, feats));
                y.add(good(ev, c, sets.get(1).gold()));
                owner.add(ev);
              }
            }
          }
          double[] w = LogisticRegression.fit(x, y, 0, ridge, 0, 50, 1e-10);
          double[] f = new double[4];
          for (int k = 0; k < 3; k++) {
            f[k] = apply(sets.get(k), all.get(k), how, feats, w, null, null, ridge);
          }
          // leave one event out on train
          f[3] = apply(sets.get(1), all.get(1), how, feats, w, x, y, ridge);
          System.out.printf(Locale.ROOT, "LOGIT | %s | %s | %.1f | %.3f | %.3f | %.3f | LOO train %.3f | w %s%n", how, String.join("+", feats), ridge,
              f[0], f[1], f[2], f[3], java.util.Arrays.toString(java.util.Arrays.stream(w).map(v -> Math.round(v * 100) / 100.0).toArray()));
        }
      }
    }
  }

  static double apply(LabelledSet set, List<Ev> evs, String how, String[] feats, double[] w, List<double[]> x, List<Boolean> y, double ridge) {
    Map<String, String> found = new HashMap<>();
    int eid = 0;
    for (Ev ev : evs) {
      eid++;
      Cut c = null;
      for (Cut cc : ev.cuts()) if (cc.how().equals(how)) c = cc;
      boolean cut = false;
      if (c != null && c.smaller() >= 3) {
        double[] ww = w;
        if (x != null) {
          double[] r = row(c, feats);
          List<double[]> xx = new ArrayList<>();
          List<Boolean> yy = new ArrayList<>();
          for (int i = 0; i < x.size(); i++) {
            if (!java.util.Arrays.equals(x.get(i), r)) { xx.add(x.get(i)); yy.add(y.get(i)); }
          }
          ww = LogisticRegression.fit(xx, yy, 0, ridge, 0, 50, 1e-10);
        }
        cut = LogisticRegression.probability(ww, row(c, feats)) >= 0.5;
      }
      for (int i = 0; i < ev.ids().size(); i++) {
        found.put(ev.ids().get(i), eid + (cut ? "-" + c.side()[i] : ""));
      }
    }
    return GroupingEvaluation.pairwise(set.gold(), found)[2];
  }

  /** Mean of the top k of (share in a - share in b) over a's terms. */
  static double excl(List<Set<String>> a, List<Set<String>> b, int k) {
    Map<String, Integer> da = new HashMap<>();
    Map<String, Integer> db = new HashMap<>();
    a.forEach(d -> d.forEach(t -> da.merge(t, 1, Integer::sum)));
    b.forEach(d -> d.forEach(t -> db.merge(t, 1, Integer::sum)));
    double[] v = da.entrySet().stream().mapToDouble(e -> e.getValue() / (double) a.size() - db.getOrDefault(e.getKey(), 0) / (double) b.size())
        .sorted().toArray();
    double sum = 0;
    for (int i = 0; i < k && i < v.length; i++) sum += v[v.length - 1 - i];
    return sum / k;
  }

  static String top(List<Set<String>> a, List<Set<String>> b) {
    Map<String, Integer> da = new HashMap<>();
    Map<String, Integer> db = new HashMap<>();
    a.forEach(d -> d.forEach(t -> da.merge(t, 1, Integer::sum)));
    b.forEach(d -> d.forEach(t -> db.merge(t, 1, Integer::sum)));
    StringBuilder sb = new StringBuilder();
    da.entrySet().stream().filter(e -> e.getValue() >= 0.5 * a.size())
        .sorted((x, y) -> Double.compare(y.getValue() / (double) a.size() - db.getOrDefault(y.getKey(), 0) / (double) b.size(),
            x.getValue() / (double) a.size() - db.getOrDefault(x.getKey(), 0) / (double) b.size()))
        .limit(12).forEach(e -> sb.append(e.getKey()).append(String.format(Locale.ROOT, " %d/%d:%d/%d, ", e.getValue(), a.size(), db.getOrDefault(e.getKey(), 0), b.size())));
    return sb.toString();
  }

  static <T> List<T> spread(List<T> list, int max) {
    if (list.size() <= max) {
      return list;
    }
    List<T> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(list.get(i * list.size() / max));
    }
    return out;
  }

  /** idf-weighted share of a's core terms (used by >= core of a) that fewer than rare of b use. */
  static double distinct(List<Set<Long>> a, List<Set<Long>> b, TermStats stats, double core, double rare) {
    Map<Long, Integer> da = df(a);
    Map<Long, Integer> db = df(b);
    double all = 0;
    double own = 0;
    for (Map.Entry<Long, Integer> t : da.entrySet()) {
      if (t.getValue() >= core * a.size()) {
        double w = stats.idf(t.getKey());
        all += w;
        if (db.getOrDefault(t.getKey(), 0) < rare * b.size()) {
          own += w;
        }
      }
    }
    return all == 0 ? 0 : own / all;
  }

  /** idf-weighted mean over a's core terms of max(0, share in a - share in b) / share in a. */
  static double soft(List<Set<Long>> a, List<Set<Long>> b, TermStats stats, double core) {
    Map<Long, Integer> da = df(a);
    Map<Long, Integer> db = df(b);
    double all = 0;
    double own = 0;
    for (Map.Entry<Long, Integer> t : da.entrySet()) {
      double fa = t.getValue() / (double) a.size();
      if (fa >= core) {
        double w = stats.idf(t.getKey()) * fa;
        double fb = db.getOrDefault(t.getKey(), 0) / (double) b.size();
        all += w;
        own += w * Math.max(0, fa - fb) / fa;
      }
    }
    return all == 0 ? 0 : own / all;
  }

  static Map<Long, Integer> df(List<Set<Long>> docs) {
    Map<Long, Integer> df = new HashMap<>();
    docs.forEach(d -> d.forEach(t -> df.merge(t, 1, Integer::sum)));
    return df;
  }

  static double ratio(double[][] sim, int[] side) {
    double w = 0, c = 0;
    int wn = 0, cn = 0;
    for (int i = 0; i < sim.length; i++) {
      for (int j = i + 1; j < sim.length; j++) {
        if (side[i] == side[j]) { w += sim[i][j]; wn++; } else { c += sim[i][j]; cn++; }
      }
    }
    return wn == 0 || cn == 0 || w == 0 ? 1 : (c / cn) / (w / wn);
  }

  /** Reassign each article to the part of higher mean similarity (itself excluded) until stable. */
  static int[] refine(double[][] sim, int[] start) {
    int n = sim.length;
    int[] side = start.clone();
    for (int iter = 0; iter < 20; iter++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        double[] sum = new double[2];
        int[] cnt = new int[2];
        for (int j = 0; j < n; j++) {
          if (j != i) { sum[side[j]] += sim[i][j]; cnt[side[j]]++; }
        }
        if (cnt[0] == 0 || cnt[1] == 0) continue;
        int best = sum[1] / cnt[1] > sum[0] / cnt[0] ? 1 : 0;
        int own = side[i];
        if (best != own && cnt[own] >= 1) {
          side[i] = best;
          moved = true;
        }
      }
      if (!moved) break;
    }
    return side;
  }

  /** Sign of the second eigenvector of the normalized similarity (Shi-Malik), by power iteration with deflation. */
  static int[] spectral(double[][] sim) {
    int n = sim.length;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) d[i] += sim[i][j];
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++)
      m[i][j] = (i == j ? 1 : 0) + (i == j || d[i] == 0 || d[j] == 0 ? 0 : sim[i][j] / Math.sqrt(d[i] * d[j]));
    // top eigenvector of m is sqrt(d); deflate it
    double[] top = new double[n];
    double norm = 0;
    for (int i = 0; i < n; i++) { top[i] = Math.sqrt(d[i]); norm += d[i]; }
    norm = Math.sqrt(norm);
    for (int i = 0; i < n; i++) top[i] /= norm;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = (i % 2 == 0 ? 1 : -1) + 0.01 * i;
    for (int iter = 0; iter < 500; iter++) {
      double dot = 0;
      for (int i = 0; i < n; i++) dot += v[i] * top[i];
      for (int i = 0; i < n; i++) v[i] -= dot * top[i];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) w[i] += m[i][j] * v[j];
      double s = 0;
      for (double x : w) s += x * x;
      s = Math.sqrt(s);
      for (int i = 0; i < n; i++) v[i] = w[i] / s;
    }
    int[] side = new int[n];
    for (int i = 0; i < n; i++) side[i] = v[i] / (d[i] == 0 ? 1 : Math.sqrt(d[i])) >= 0 ? 0 : 1;
    return side;
  }
}
