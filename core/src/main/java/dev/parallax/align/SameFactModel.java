package dev.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A logistic regression over {@link PairFeatures} that gives the probability that two sentences of
 * different articles report the same fact, with the two levels the aligner uses: a pair at or above
 * {@link #edge()} may join two passages, and two passages join when their members' mean probability reaches
 * {@link #link()}.
 *
 * <p>The weights are fitted on ECB+ train and the levels chosen on ECB+ dev by
 * {@code dev.parallax.bench.eval.SameFactTraining} (see {@code docs/alignment.md}); they ship as
 * {@code same-fact-model.tsv}. Immutable and thread-safe; loaded once per JVM.
 */
final class SameFactModel {
  private final double[] weights;
  private final double intercept;
  private final double edge;
  private final double link;
  private final double fact;

  SameFactModel(double[] weights, double intercept, double edge, double link) {
    this(weights, intercept, edge, link, StandardAligner.FACT);
  }

  SameFactModel(double[] weights, double intercept, double edge, double link, double fact) {
    if (weights.length != PairFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
    this.intercept = intercept;
    this.edge = edge;
    this.link = link;
    if (!(fact > 0)) {
      throw new IllegalArgumentException("fact must be positive, got " + fact);
    }
    this.fact = fact;
  }

  /** The shipped model fitted with the default lexical similarity. */
  static SameFactModel standard() {
    return Holder.STANDARD;
  }

  /**
   * The shipped model fitted with the named similarity ({@code same-fact-model-<name>.tsv}, the name's runs
   * of other characters than letters and digits as one dash), or the standard one when none was fitted for it.
   */
  static SameFactModel forSimilarity(String name) {
    String resource = resourceFor(name);
    return Holder.BY_RESOURCE.computeIfAbsent(resource,
        r -> SameFactModel.class.getResource(r) == null ? standard() : read(r));
  }

  /** The resource name of the model fitted with the named similarity. */
  static String resourceFor(String similarityName) {
    String slug = similarityName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return "same-fact-model-" + slug + ".tsv";
  }

  /** The probability that the pair with these features reports one fact, in (0, 1). */
  double probability(double[] features) {
    double z = intercept;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The least probability of a pair that may join two passages. */
  double edge() {
    return edge;
  }

  /** The least mean probability between two passages that join. */
  double link() {
    return link;
  }

  /**
   * The share of the similarity's threshold at which two sentences share a fact by their similarity alone
   * (the aligner's first round); {@link StandardAligner#FACT} unless the model file names its own
   * ({@code fact}), as one fitted for a similarity whose scores spread differently may.
   */
  double fact() {
    return fact;
  }

  private static final class Holder {
    static final SameFactModel STANDARD = read("same-fact-model.tsv");
    /** Models read so far, by resource: a cache of immutable values, filled once per resource. */
    static final java.util.concurrent.ConcurrentMap<String, SameFactModel> BY_RESOURCE =
        new java.util.concurrent.ConcurrentHashMap<>();
  }

  /**
   * Reads {@code name<TAB>value} lines: one per feature, plus {@code intercept}, {@code edge}, {@code link} and
   * optionally {@code fact}.
   */
  static SameFactModel read(String resource) {
    Map<String, Double> values = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(SameFactModel.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        values.put(f[0], Double.parseDouble(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names = PairFeatures.NAMES;
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = require(values, names.get(i), resource);
    }
    return new SameFactModel(w, require(values, "intercept", resource), require(values, "edge", resource),
        require(values, "link", resource), values.getOrDefault("fact", StandardAligner.FACT));
  }

  private static double require(Map<String, Double> values, String name, String resource) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalStateException(resource + " has no value for " + name);
    }
    return v;
  }
}
