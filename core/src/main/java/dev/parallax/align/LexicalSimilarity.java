package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Soft, IDF-weighted word overlap between two sentences (the measure behind {@link Similarities#lexical()}).
 *
 * <p>A sentence is the set of its content terms: Snowball stems of words that are not function words, and
 * numbers. Each term weighs its inverse document frequency over the bound corpus, times
 * {@link Weights#anchor()} for anchors (numbers and capitalised words after the first). A term of one
 * sentence is matched by the same term in the other (1.0), else by a WordNet synonym or derivationally
 * related stem ({@link Weights#synonym()}), else by a stem sharing enough character trigrams
 * ({@code nightmar} / {@code nightmarish}, scaled by {@link Weights#morph()}). The score is the weighted share of both sentences' terms that find a match:
 *
 * <pre>
 * score(A, B) = (sum over t in A of w(t) * match(t, B) + sum over u in B of w(u) * match(u, A)) / (W(A) + W(B))
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
final class LexicalSimilarity implements SentenceSimilarity {
  /**
   * The tunable constants.
   *
   * @param threshold decision threshold ("same fact")
   * @param anchor weight multiplier for numbers and capitalised words
   * @param synonym match value of two stems that share a synonym group
   * @param morph match value per unit of trigram Dice for morphological variants
   * @param morphMin minimum trigram Dice for two stems to count as morphological variants
   * @param idfPower exponent applied to the smoothed IDF (above 1 sharpens informativeness)
   * @param stopWeight weight multiplier of function words (0 leaves them out)
   * @param numberPenalty factor applied when each sentence has a number the other lacks
   * @param mean 0 for pooled overlap, else the exponent of the power mean of the two coverages
   * @param number weight multiplier for numbers
   */
  record Weights(double threshold, double anchor, double synonym, double morph, double morphMin, double idfPower,
      double stopWeight, double numberPenalty, double mean, double number) {
    /** The defaults, fitted on the MSRP training set (see docs/alignment.md). */
    static final Weights DEFAULT = new Weights(0.45, 0.5, 0.8, 0.9, 0.6, 2.0, 0.3, 1.0, 0.0, 1.0);
  }

  private final Lexicon lexicon;
  private final Weights weights;

  LexicalSimilarity(Lexicon lexicon, Weights weights) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  @Override
  public String name() {
    return "lexical";
  }

  @Override
  public double threshold() {
    return weights.threshold();
  }

  @Override
  public Bound bind(List<Sentence> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return new Bound(lexicon, weights, corpus);
  }

  /** Terms of a sentence before weighting: term to whether it is an anchor. */
  static Map<String, Double> terms(Sentence s, Lexicon lexicon, Weights weights) {
    Map<String, Double> out = new TreeMap<>();
    boolean first = true;
    for (Token t : s.tokens()) {
      if (!t.isContent()) {
        continue;
      }
      boolean initial = first;
      first = false;
      if (t.kind() == TokenKind.NUMBER) {
        out.put("#" + t.lemma(), weights.number());
      } else if (!lexicon.isStopWord(t.norm())) {
        double m = !initial && t.isCapitalized() ? weights.anchor() : 1.0;
        m = t.norm().length() <= 2 ? Math.min(m, weights.stopWeight()) : m;
        out.merge(t.lemma(), m, Math::max);
      } else if (weights.stopWeight() > 0) {
        out.merge("~" + t.norm(), weights.stopWeight(), Math::max);
      }
    }
    if (out.isEmpty()) {
      for (Token t : s.tokens()) {
        if (t.kind() == TokenKind.WORD) {
          out.put(t.lemma(), 1.0);
        }
      }
    }
    return out;
  }

  /** The weighted terms of one sentence, sorted by term. */
  record Features(String[] terms, double[] weights, double total) {
    boolean isEmpty() {
      return terms.length == 0;
    }

    int indexOf(String term) {
      return Arrays.binarySearch(terms, term);
    }
  }

  /** A lexical similarity bound to a corpus: IDF statistics and the related-term table of its vocabulary. */
  static final class Bound implements Scorer {
    private final Lexicon lexicon;
    private final Weights weights;
    private final int size;
    private final Map<String, Integer> df;
    private final Map<String, String[]> relatedTerms;
    private final Map<String, double[]> relatedValues;
    private final IdentityHashMap<Sentence, Features> cache;

    Bound(Lexicon lexicon, Weights weights, List<Sentence> corpus) {
      this.lexicon = lexicon;
      this.weights = weights;
      this.size = corpus.size();
      Map<String, Integer> counts = new HashMap<>();
      List<Map<String, Double>> termsOf = new ArrayList<>(corpus.size());
      for (Sentence s : corpus) {
        Map<String, Double> t = terms(s, lexicon, weights);
        termsOf.add(t);
        for (String term : t.keySet()) {
          counts.merge(term, 1, Integer::sum);
        }
      }
      this.df = counts;
      Map<String, TreeMap<String, Double>> related = relate(counts.keySet(), lexicon, weights);
      this.relatedTerms = new HashMap<>();
      this.relatedValues = new HashMap<>();
      related.forEach((term, rel) -> {
        relatedTerms.put(term, rel.keySet().toArray(new String[0]));
        relatedValues.put(term, rel.values().stream().mapToDouble(Double::doubleValue).toArray());
      });
      this.cache = new IdentityHashMap<>();
      for (int i = 0; i < corpus.size(); i++) {
        cache.put(corpus.get(i), features(termsOf.get(i)));
      }
    }

    /** Inverse document frequency of {@code term} in the bound corpus (smoothed, at least 1). */
    double idf(String term) {
      int d = df.getOrDefault(term, 0);
      return Math.pow(Math.log((1.0 + size) / (1.0 + d)) + 1.0, weights.idfPower());
    }

    /** The weighted terms of {@code s}. */
    Features features(Sentence s) {
      Features f = cache.get(s);
      return f != null ? f : features(terms(s, lexicon, weights));
    }

    private Features features(Map<String, Double> terms) {
      String[] t = new String[terms.size()];
      double[] w = new double[terms.size()];
      double total = 0;
      int i = 0;
      for (Map.Entry<String, Double> e : terms.entrySet()) {
        t[i] = e.getKey();
        w[i] = idf(e.getKey()) * e.getValue();
        total += w[i];
        i++;
      }
      return new Features(t, w, total);
    }

    @Override
    public double score(Sentence a, Sentence b) {
      return score(features(a), features(b));
    }

    double score(Features a, Features b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
      }
      double ma = 0;
      boolean numberA = false;
      for (int i = 0; i < a.terms.length; i++) {
        double x = match(a.terms[i], b);
        ma += a.weights[i] * x;
        numberA |= x == 0 && a.terms[i].charAt(0) == '#';
      }
      double mb = 0;
      boolean numberB = false;
      for (int i = 0; i < b.terms.length; i++) {
        double x = match(b.terms[i], a);
        mb += b.weights[i] * x;
        numberB |= x == 0 && b.terms[i].charAt(0) == '#';
      }
      double s;
      double p = weights.mean();
      if (p == 0) {
        s = (ma + mb) / (a.total + b.total);
      } else {
        double ca = ma / a.total;
        double cb = mb / b.total;
        s = ca <= 0 || cb <= 0 ? (p < 0 ? 0 : Math.pow((Math.pow(ca, p) + Math.pow(cb, p)) / 2, 1 / p))
            : Math.pow((Math.pow(ca, p) + Math.pow(cb, p)) / 2, 1 / p);
      }
      if (numberA && numberB) {
        s *= weights.numberPenalty();
      }
      return Math.min(1.0, Math.max(0.0, s));
    }

    /** How well {@code term} is matched in {@code other}: 1 for the same term, less for a related one. */
    double match(String term, Features other) {
      if (other.indexOf(term) >= 0) {
        return 1.0;
      }
      if (term.charAt(0) == '#') {
        return closeNumber(term, other);
      }
      if (term.charAt(0) == '~') {
        return 0.0;
      }
      double best = 0;
      String[] rel = relatedTerms.get(term);
      if (rel != null || df.containsKey(term)) {
        if (rel != null) {
          double[] val = relatedValues.get(term);
          for (int i = 0; i < rel.length; i++) {
            if (val[i] > best && other.indexOf(rel[i]) >= 0) {
              best = val[i];
            }
          }
        }
        boolean allKnown = true;
        for (String u : other.terms) {
          if (!df.containsKey(u)) {
            allKnown = false;
            break;
          }
        }
        if (allKnown) {
          return best;
        }
      }
      for (String u : other.terms) {
        if (u.charAt(0) != '#' && u.charAt(0) != '~') {
          best = Math.max(best, relation(term, u, lexicon, weights));
        }
      }
      return best;
    }
  }

  /**
   * Match value of a number with the closest number of {@code other}: {@link #CLOSE_NUMBER} when they
   * differ by at most a tenth of the larger (estimates such as 90,000 and 94,000 troops), else 0.
   */
  static double closeNumber(String term, Features other) {
    double x = parse(term);
    if (Double.isNaN(x) || x < 100) {
      return 0.0;
    }
    for (String u : other.terms()) {
      if (u.charAt(0) == '#') {
        double y = parse(u);
        if (!Double.isNaN(y) && Math.abs(x - y) <= 0.1 * Math.max(x, y)) {
          return CLOSE_NUMBER;
        }
      }
    }
    return 0.0;
  }

  /** Match value of two numbers within a tenth of each other. */
  static final double CLOSE_NUMBER = 0.6;

  private static double parse(String numberTerm) {
    try {
      return Double.parseDouble(numberTerm.substring(1));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The match value of two different stems: synonym, morphological variant, or 0. */
  static double relation(String a, String b, Lexicon lexicon, Weights weights) {
    if (a.equals(b)) {
      return 1.0;
    }
    double r = lexicon.synonyms(a, b) ? weights.synonym() : 0.0;
    if (a.length() >= 4 && b.length() >= 4
        && (a.regionMatches(0, b, 0, 4) || a.regionMatches(a.length() - 4, b, b.length() - 4, 4))) {
      double d = trigramDice(a, b);
      if (d >= weights.morphMin()) {
        r = Math.max(r, weights.morph() * d);
      }
    }
    return r;
  }

  /** Related terms within a vocabulary, found through synonym groups and 4-letter prefix or suffix buckets. */
  static Map<String, TreeMap<String, Double>> relate(
      Iterable<String> vocabulary, Lexicon lexicon, Weights weights) {
    Map<Integer, List<String>> byGroup = new HashMap<>();
    Map<String, List<String>> byPrefix = new HashMap<>();
    for (String t : vocabulary) {
      if (t.charAt(0) == '#' || t.charAt(0) == '~') {
        continue;
      }
      for (int g : lexicon.groupsOf(t)) {
        byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
      }
      if (t.length() >= 4) {
        byPrefix.computeIfAbsent(t.substring(0, 4), k -> new ArrayList<>()).add(t);
        byPrefix.computeIfAbsent("-" + t.substring(t.length() - 4), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, TreeMap<String, Double>> out = new HashMap<>();
    for (List<String> bucket : byGroup.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          put(out, bucket.get(i), bucket.get(j), weights.synonym());
        }
      }
    }
    for (List<String> bucket : byPrefix.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          double d = trigramDice(bucket.get(i), bucket.get(j));
          if (d >= weights.morphMin()) {
            put(out, bucket.get(i), bucket.get(j), weights.morph() * d);
          }
        }
      }
    }
    return out;
  }

  private static void put(Map<String, TreeMap<String, Double>> out, String a, String b, double r) {
    out.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, r, Math::max);
    out.computeIfAbsent(b, k -> new TreeMap<>()).merge(a, r, Math::max);
  }

  /** Dice coefficient of the character trigrams of {@code ^a$} and {@code ^b$}. */
  static double trigramDice(String a, String b) {
    long[] x = trigrams(a);
    long[] y = trigrams(b);
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (x.length + y.length);
  }

  private static long[] trigrams(String s) {
    String p = "^" + s + "$";
    long[] out = new long[p.length() - 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((long) p.charAt(i) << 32) | ((long) p.charAt(i + 1) << 16) | p.charAt(i + 2);
    }
    Arrays.sort(out);
    return out;
  }
}
