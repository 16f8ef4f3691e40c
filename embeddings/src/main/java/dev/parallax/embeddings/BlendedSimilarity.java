package dev.parallax.embeddings;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lexical similarity blended with the cosine of sentence embeddings:
 * {@code score = max(w * max(0, (cosine - floor) / (1 - floor)) + (1 - w) * lexical, lexical * t / tLex)},
 * where {@code t} is this similarity's threshold and {@code tLex} the lexical one's.
 *
 * <p>The floor is the cosine that two sentences on the same topic but about different things typically
 * have; below it the cosine is no evidence of a shared fact, so unrelated sentences of one story score
 * near 0 as they do lexically, and rules relative to the threshold (such as the aligner's linkage) keep
 * their meaning.
 *
 * <p>The second term keeps the lexical decision: a pair that the lexical similarity alone takes for one fact
 * scores at least this similarity's threshold, so adding the model never separates sentences that share
 * their wording (a short quotation and a headline quoting it have a low cosine: their lengths and framing
 * differ, their words do not).
 *
 * <p>Immutable and thread-safe. The encoder is shared by every scorer this similarity binds; a bound scorer
 * holds the vectors of its corpus and memoizes vectors of sentences outside it.
 */
final class BlendedSimilarity implements SentenceSimilarity {
  private final SentenceSimilarity lexical;
  private final Encoder encoder;
  private final double weight;
  private final double threshold;
  private final double floor;

  BlendedSimilarity(SentenceSimilarity lexical, Encoder encoder, double weight, double threshold, double floor) {
    this.lexical = Objects.requireNonNull(lexical, "lexical");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    if (!(floor >= 0 && floor < 1)) {
      throw new IllegalArgumentException("floor must be in [0, 1), got " + floor);
    }
    this.weight = weight;
    this.threshold = threshold;
    this.floor = floor;
  }

  @Override
  public String name() {
    return encoder.name() + "+" + lexical.name();
  }

  /** The sentence encoder, shared by every scorer this similarity binds. */
  Encoder encoder() {
    return encoder;
  }

  @Override
  public double threshold() {
    return threshold;
  }

  /** The weight of the embedding cosine in the blend, in [0, 1]. */
  double weight() {
    return weight;
  }

  /** The lexical similarity's threshold. */
  double lexicalThreshold() {
    return lexical.threshold();
  }

  /** The cosine counted as no evidence, in [0, 1). */
  double floor() {
    return floor;
  }

  /** The cosine mapped to [0, 1]: 0 at or below the floor, 1 for equal vectors. */
  double rescale(double cosine) {
    return clamp((cosine - floor) / (1 - floor));
  }

  /** The factor that maps the lexical threshold onto this similarity's threshold. */
  private double lexicalScale() {
    return Math.min(1.0, threshold / lexical.threshold());
  }

  @Override
  public Scorer bind(List<Sentence> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    Scorer words = lexical.bind(corpus);
    Set<String> texts = new LinkedHashSet<>();
    for (Sentence s : corpus) {
      if (hasContent(s)) {
        texts.add(s.text());
      }
    }
    List<String> order = new ArrayList<>(texts);
    List<float[]> vectors = encoder.encode(order);
    Map<String, float[]> known = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      known.put(order.get(i), vectors.get(i));
    }
    return new BlendedScorer(words, Map.copyOf(known));
  }

  /** A scorer bound to one corpus; its two parts are visible to the package for evaluation. */
  final class BlendedScorer implements Scorer {
    private final Scorer words;
    private final Map<String, float[]> known;
    private final Map<String, float[]> extra = new ConcurrentHashMap<>();
    private final double lexicalScale = lexicalScale();

    BlendedScorer(Scorer words, Map<String, float[]> known) {
      this.words = words;
      this.known = known;
    }

    @Override
    public double score(Sentence a, Sentence b) {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      if (!hasContent(a) || !hasContent(b)) {
        return 0.0;
      }
      double lexical = lexical(a, b);
      double blend = weight * rescale(cosine(a, b)) + (1 - weight) * lexical;
      return clamp(Math.max(blend, lexical * lexicalScale));
    }

    /** The lexical part, clamped to [0, 1]. */
    double lexical(Sentence a, Sentence b) {
      return clamp(words.score(a, b));
    }

    /** The embedding cosine, negative values taken as 0; exactly 1 for equal texts. */
    double cosine(Sentence a, Sentence b) {
      return a.text().equals(b.text()) ? 1.0 : clamp(dot(vector(a), vector(b)));
    }

    private float[] vector(Sentence s) {
      float[] v = known.get(s.text());
      return v != null ? v : extra.computeIfAbsent(s.text(), t -> encoder.encode(List.of(t)).get(0));
    }
  }

  private static boolean hasContent(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isContent()) {
        return true;
      }
    }
    return false;
  }

  static double dot(float[] x, float[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (double) x[i] * y[i];
    }
    return sum;
  }

  private static double clamp(double v) {
    return v <= 0 ? 0.0 : Math.min(1.0, v);
  }
}
