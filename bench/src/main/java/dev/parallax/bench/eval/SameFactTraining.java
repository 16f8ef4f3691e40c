package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Alignment;
import dev.parallax.align.SameFactFeatures;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fits the default aligner's same-fact model (a logistic regression over {@link SameFactFeatures}) on
 * ECB+ train and chooses its two levels on ECB+ dev, then writes {@code same-fact-model.tsv}.
 *
 * <p>Training pairs: every gold link and curated non-link of each train sub-topic, with features computed
 * in a comparison of that sub-topic's documents; plus, as negatives, pairs of sentences from the two
 * look-alike sub-topics of one topic (another event of the same kind), with features computed in a
 * comparison of both. The levels: on dev, the pair of (edge, link) with the most links made while making at
 * most {@link #MAX_FALSE_LINKS} of the curated non-links; optionally also the fact level, the share of the
 * similarity's threshold at which a pair shares a fact by its similarity alone (the aligner's first round),
 * among the levels given (only {@link SameFactFeatures#FACT} by default; a similarity whose scores spread
 * differently may need its own). Deterministic: no sampling but a fixed stride. Never runs in tests or CI.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.SameFactTraining ../shared/data/ecbplus \
 *     core/src/main/resources/dev/parallax/align/same-fact-model.tsv [lexical|semantic [FACT,FACT...]]
 * </pre>
 *
 * <p>{@code -Dpairs=PREFIX} also writes every gold pair of train and dev with its keys and features
 * ({@code PREFIX-train.tsv}, {@code PREFIX-dev.tsv}); {@code -DpairsOnly=1} stops before the levels.
 */
public final class SameFactTraining {
  /** The false-link rate the chosen levels may reach on dev: about what the similarity-only aligner reaches (9.1%). */
  static final double MAX_FALSE_LINKS = 0.10;
  /** Recall the chosen levels may give up against the best under the cap, for a stricter edge. */
  static final double RECALL_SLACK = 0.02;
  /** L2 penalty of the regression. */
  static final double RIDGE = 1.0;
  /** At most this many look-alike negatives per topic, taken at a fixed stride. */
  static final int LOOKALIKE_PER_TOPIC = 400;

  private SameFactTraining() {}

  /** One training row. */
  record Row(double[] x, boolean y) {}

  /** A gold pair whose two sentences are found and have features, and whether the content gate lets it through. */
  record GoldRow(EcbPlus.GoldPair pair, boolean gated, double[] x) {}

  /**
   * Arguments: the ECB+ folder, the model file to write, optionally the similarity ({@code lexical} by
   * default) and the fact levels to choose among (comma-separated; {@link SameFactFeatures#FACT} by default).
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    Path out = Path.of(args.length > 1 ? args[1] : "same-fact-model.tsv");
    String simName = args.length > 2 ? args[2] : "lexical";
    double[] facts = args.length > 3
        ? java.util.Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray()
        : new double[] {SameFactFeatures.FACT};
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("SameFactTraining skipped: no ECB+ data under " + root.toAbsolutePath());
      return;
    }
    SentenceSimilarity similarity = EcbPlusAlignment.similarityNamed(simName);
    Parallax parallax = Parallax.builder().similarity(similarity).build();
    Map<String, AnalyzedArticle> analyzed = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    List<GoldRow> trainPairs = new ArrayList<>();
    for (EcbPlus.SubTopic topic : data.subTopics("train")) {
      List<GoldRow> gold = goldPairs(topic, analyzed(parallax, data, topic.docs(), analyzed), similarity);
      trainPairs.addAll(gold);
      rows.addAll(gatedRows(gold));
      if (topic.id().endsWith("a")) {
        Optional<EcbPlus.SubTopic> sib = data.sibling(topic);
        if (sib.isPresent()) {
          rows.addAll(lookAlikeRows(topic, sib.get(), parallax, data, analyzed, similarity));
        }
      }
    }
    long pos = rows.stream().filter(Row::y).count();
    System.out.printf(Locale.ROOT, "training rows: %d (%d links, %d non-links)%n", rows.size(), pos,
        rows.size() - pos);
    double[] w = fit(rows);
    List<String> names = SameFactFeatures.names();
    for (int i = 0; i < names.size(); i++) {
      System.out.printf(Locale.ROOT, "  %-18s %8.4f%n", names.get(i), w[i]);
    }
    System.out.printf(Locale.ROOT, "  %-18s %8.4f%n", "intercept", w[names.size()]);
    double[] weights = java.util.Arrays.copyOf(w, names.size());
    double intercept = w[names.size()];

    // choose the levels on dev
    List<EcbPlus.SubTopic> dev = data.subTopics("dev");
    Map<String, List<AnalyzedArticle>> devArticles = new HashMap<>();
    for (EcbPlus.SubTopic t : dev) {
      devArticles.put(t.id(), analyzed(parallax, data, t.docs(), analyzed));
    }
    List<Row> devRows = new ArrayList<>();
    List<GoldRow> devPairs = new ArrayList<>();
    for (EcbPlus.SubTopic t : dev) {
      List<GoldRow> gold = goldPairs(t, devArticles.get(t.id()), similarity);
      devPairs.addAll(gold);
      devRows.addAll(gatedRows(gold));
    }
    for (double cut = 0.3; cut < 0.96; cut += 0.05) {
      int tp = 0;
      int fp = 0;
      int p = 0;
      int n = 0;
      for (Row r : devRows) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
          z += weights[i] * r.x()[i];
        }
        boolean yes = 1 / (1 + Math.exp(-z)) >= cut;
        if (r.y()) {
          p++;
          tp += yes ? 1 : 0;
        } else {
          n++;
          fp += yes ? 1 : 0;
        }
      }
      System.out.printf(Locale.ROOT, "  pairs at %.2f: recall %.1f%%, false %.1f%%%n", cut, 100.0 * tp / p,
          100.0 * fp / n);
    }
    String dump = System.getProperty("dump");
    if (dump != null) {
      writeRows(Path.of(dump + "-train.csv"), rows);
      writeRows(Path.of(dump + "-dev.csv"), devRows);
    }
    String pairs = System.getProperty("pairs");
    if (pairs != null) {
      writePairs(Path.of(pairs + "-train.tsv"), trainPairs);
      writePairs(Path.of(pairs + "-dev.tsv"), devPairs);
    }
    if (System.getProperty("pairsOnly") != null) {
      return;
    }
    List<double[]> grid = new ArrayList<>();   // edge, link, recall, false-link rate, fact
    for (double fact : facts) {
      for (int e = 50; e <= 95; e += 5) {
        for (int l = 20; l <= e; l += 5) {
          double edge = e / 100.0;
          double link = l / 100.0;
          EcbPlusAlignment.Figures f = figures(dev, devArticles,
              SameFactFeatures.aligner(similarity, weights, intercept, edge, link, fact));
          System.out.printf(Locale.ROOT, "  %sedge %.2f link %.2f: linked %.1f%%, false %.1f%%%n",
              facts.length > 1 ? String.format(Locale.ROOT, "fact %.2f ", fact) : "", edge, link,
              100 * f.recall(), 100 * f.falseLinkRate());
          grid.add(new double[] {edge, link, f.recall(), f.falseLinkRate(), fact});
        }
      }
    }
    double bestRecall = -1;
    for (double[] g : grid) {
      if (g[3] <= MAX_FALSE_LINKS) {
        bestRecall = Math.max(bestRecall, g[2]);
      }
    }
    // the strictest edge that links within RECALL_SLACK of the best: loose edges cost more on unseen text
    double[] chosen = null;
    for (double[] g : grid) {
      boolean eligible = g[3] <= MAX_FALSE_LINKS && g[2] >= bestRecall - RECALL_SLACK;
      if (eligible && (chosen == null || g[0] > chosen[0] || g[0] == chosen[0] && g[2] > chosen[2])) {
        chosen = g;
      }
    }
    if (chosen == null) {
      throw new IllegalStateException("no levels keep the false-link rate under " + MAX_FALSE_LINKS);
    }
    double bestEdge = chosen[0];
    double bestLink = chosen[1];
    bestRecall = chosen[2];
    double bestFact = chosen[4];
    System.out.printf(Locale.ROOT, "chosen: %sedge %.2f link %.2f (dev linked %.1f%%, false %.1f%%)%n",
        facts.length > 1 ? String.format(Locale.ROOT, "fact %.2f ", bestFact) : "", bestEdge, bestLink,
        100 * bestRecall, 100 * chosen[3]);
    StringBuilder sb = new StringBuilder();
    sb.append("# Same-fact model of the default aligner: logistic regression weights, then the two levels.\n");
    sb.append("# Written by dev.parallax.bench.eval.SameFactTraining (similarity ").append(simName)
        .append(") from ECB+ train (weights) and dev (levels); see docs/alignment.md. Do not edit by hand.\n");
    for (int i = 0; i < names.size(); i++) {
      sb.append(names.get(i)).append('\t').append(format(weights[i])).append('\n');
    }
    sb.append("intercept\t").append(format(intercept)).append('\n');
    sb.append("edge\t").append(format(bestEdge)).append('\n');
    sb.append("link\t").append(format(bestLink)).append('\n');
    if (bestFact != SameFactFeatures.FACT) {
      sb.append("fact\t").append(format(bestFact)).append('\n');
    }
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  private static void writeRows(Path file, List<Row> rows) throws IOException {
    StringBuilder sb = new StringBuilder(String.join(",", SameFactFeatures.names())).append(",y\n");
    for (Row r : rows) {
      for (double v : r.x()) {
        sb.append(format(v)).append(',');
      }
      sb.append(r.y() ? 1 : 0).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Every gold pair whose two sentences are found and have features, one line each: the two documents and ECB+
   * sentence numbers, the gold label, whether the content gate lets the pair through, and the features (the rows an
   * outside scorer joins its own pair scores to; training/sentence-encoder).
   */
  private static void writePairs(Path file, List<GoldRow> gold) throws IOException {
    StringBuilder out = new StringBuilder("doc_a\tn_a\tdoc_b\tn_b\ty\tgated\t")
        .append(String.join("\t", SameFactFeatures.names())).append('\n');
    for (GoldRow g : gold) {
      EcbPlus.GoldPair p = g.pair();
      out.append(p.docA()).append('\t').append(p.sentenceA()).append('\t').append(p.docB()).append('\t')
          .append(p.sentenceB()).append('\t').append(p.link() ? 1 : 0).append('\t').append(g.gated() ? 1 : 0);
      for (double v : g.x()) {
        out.append('\t').append(format(v));
      }
      out.append('\n');
    }
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  /** The position of each of {@code articles}, by id. */
  private static Map<String, Integer> positions(List<AnalyzedArticle> articles) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      index.put(articles.get(i).id(), i);
    }
    return index;
  }

  /** The position of {@code doc} in {@code index}; a gold pair naming a document its sub-topic does not list is refused. */
  private static int position(Map<String, Integer> index, EcbPlus.SubTopic topic, String doc) {
    Integer i = index.get(doc);
    if (i == null) {
      throw new IllegalArgumentException("sub-topic " + topic.id() + ": a gold pair names document " + doc
          + ", which is not among its documents " + topic.docs());
    }
    return i;
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static EcbPlusAlignment.Figures figures(List<EcbPlus.SubTopic> topics, Map<String, List<AnalyzedArticle>> articles,
      Aligner aligner) {
    EcbPlusAlignment.Figures total = new EcbPlusAlignment.Figures(0, 0, 0, 0);
    for (EcbPlus.SubTopic t : topics) {
      List<AnalyzedArticle> list = articles.get(t.id());
      Alignment a = aligner.align(list);
      Map<String, AnalyzedArticle> byId = new HashMap<>();
      list.forEach(x -> byId.put(x.id(), x));
      EcbPlusAlignment.Figures f = EcbPlusAlignment.count(a.events(), a.passages(), byId::get, t);
      total = new EcbPlusAlignment.Figures(total.links() + f.links(), total.linksFound() + f.linksFound(),
          total.nonLinks() + f.nonLinks(), total.nonLinksFound() + f.nonLinksFound());
    }
    return total;
  }

  static List<AnalyzedArticle> analyzed(Parallax parallax, EcbPlus data, List<String> docs,
      Map<String, AnalyzedArticle> cache) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String d : docs) {
      out.add(cache.computeIfAbsent(d, k -> parallax.analyze(data.article(k))));
    }
    return out;
  }

  /**
   * The gold pairs of one sub-topic whose two sentences are found and have features, from one comparison of its
   * documents: the training rows ({@link #gatedRows}) and the {@code -Dpairs} dump alike.
   */
  private static List<GoldRow> goldPairs(EcbPlus.SubTopic topic, List<AnalyzedArticle> articles,
      SentenceSimilarity similarity) {
    SameFactFeatures features = SameFactFeatures.of(articles, similarity);
    Map<String, Integer> index = positions(articles);
    List<GoldRow> out = new ArrayList<>();
    for (EcbPlus.GoldPair p : topic.pairs()) {
      int a = position(index, topic, p.docA());
      int b = position(index, topic, p.docB());
      int sa = sentenceOf(articles.get(a), topic, p.docA(), p.sentenceA());
      int sb = sentenceOf(articles.get(b), topic, p.docB(), p.sentenceB());
      if (sa < 0 || sb < 0) {
        continue;
      }
      Optional<double[]> x = features.features(a, sa, b, sb);
      if (x.isPresent()) {
        out.add(new GoldRow(p, features.sharesContent(a, sa, b, sb), x.get()));
      }
    }
    return out;
  }

  /** The training rows of {@code gold}: the pairs the content gate lets through, labelled by the gold link. */
  private static List<Row> gatedRows(List<GoldRow> gold) {
    List<Row> rows = new ArrayList<>();
    for (GoldRow g : gold) {
      if (g.gated()) {
        rows.add(new Row(g.x(), g.pair().link()));
      }
    }
    return rows;
  }

  /** Negatives: sentence pairs across two look-alike sub-topics, features from a comparison of both. */
  private static List<Row> lookAlikeRows(EcbPlus.SubTopic a, EcbPlus.SubTopic b, Parallax parallax, EcbPlus data,
      Map<String, AnalyzedArticle> cache, SentenceSimilarity similarity) {
    List<String> docs = new ArrayList<>(a.docs());
    docs.addAll(b.docs());
    List<AnalyzedArticle> articles = analyzed(parallax, data, docs, cache);
    SameFactFeatures features = SameFactFeatures.of(articles, similarity);
    List<double[]> all = new ArrayList<>();
    for (int i = 0; i < a.docs().size(); i++) {
      for (int j = a.docs().size(); j < articles.size(); j++) {
        int ni = articles.get(i).sentences().size();
        int nj = articles.get(j).sentences().size();
        for (int x = 0; x < ni; x++) {
          for (int y = 0; y < nj; y++) {
            Optional<double[]> f = features.features(i, x, j, y);
            // only pairs that share something: the hard negatives a same-kind event gives
            if (f.isPresent() && features.sharesContent(i, x, j, y)) {
              all.add(f.get());
            }
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    int stride = Math.max(1, all.size() / LOOKALIKE_PER_TOPIC);
    for (int i = 0; i < all.size(); i += stride) {
      rows.add(new Row(all.get(i), false));
    }
    return rows;
  }

  /** The index of the analyzed sentence that overlaps the gold sentence most, or -1. */
  private static int sentenceOf(AnalyzedArticle article, EcbPlus.SubTopic topic, String doc, int n) {
    EcbPlus.GoldSentence g = null;
    for (EcbPlus.GoldSentence s : topic.sentences().getOrDefault(doc, List.of())) {
      if (s.n() == n) {
        g = s;
      }
    }
    if (g == null) {
      return -1;
    }
    String text = article.article().text();
    int gs = EcbPlusAlignment.javaOffset(text, g.start());
    int ge = EcbPlusAlignment.javaOffset(text, g.end());
    int best = -1;
    int bestOverlap = 0;
    for (Sentence s : article.sentences()) {
      int overlap = Math.min(ge, s.end()) - Math.max(gs, s.start());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = s.index();
      }
    }
    return best;
  }

  /** Ridge logistic regression by Newton's method; the last weight is the intercept. */
  static double[] fit(List<Row> rows) {
    List<double[]> x = new ArrayList<>(rows.size());
    List<Boolean> y = new ArrayList<>(rows.size());
    for (Row r : rows) {
      x.add(withBias(r.x()));
      y.add(r.y());
    }
    return LogisticRegression.fit(x, y, x.get(0).length - 1, RIDGE, 1e-6, 30, 1e-12);
  }

  private static double[] withBias(double[] x) {
    double[] out = java.util.Arrays.copyOf(x, x.length + 1);
    out[x.length] = 1;
    return out;
  }
}
