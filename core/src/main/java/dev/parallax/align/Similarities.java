package dev.parallax.align;

import dev.parallax.ParallaxException;
import dev.parallax.analyze.Sentence;
import dev.parallax.internal.Names;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Stock {@link SentenceSimilarity} measures.
 *
 * <pre>{@code
 * SentenceSimilarity.Scorer scorer = Similarities.lexical().bind(allSentences);
 * double s = scorer.score(a, b);   // in [0, 1]; same fact when s >= Similarities.lexical().threshold()
 * }</pre>
 */
public final class Similarities {
  private Similarities() {}

  /**
   * The default lexical similarity: IDF-weighted soft overlap of content stems, with WordNet synonyms,
   * character-trigram morphology, close numbers, and names that count as one word however many words spell
   * them (shared actors are a story's topic, not a fact). Immutable and
   * thread-safe; the word lists load once per JVM.
   *
   * <table>
   *   <caption>Edge cases</caption>
   *   <tr><th>input</th><th>score</th></tr>
   *   <tr><td>a sentence with at least one word or number, with itself</td><td>1.0</td></tr>
   *   <tr><td>either sentence without words or numbers</td><td>0.0</td></tr>
   *   <tr><td>{@code score(a, b)}</td><td>{@code score(b, a)}</td></tr>
   *   <tr><td>sentences sharing only function words</td><td>0.0 (a sentence of function words only is
   *       compared on those words)</td></tr>
   * </table>
   */
  public static SentenceSimilarity lexical() {
    return new LexicalSimilarity(
        Lexicon.standard(), LexicalSimilarity.Weights.DEFAULT, LexicalSimilarity.Scoring.POOLED);
  }

  /**
   * A stricter lexical similarity for whole-sentence paraphrase ("do these two sentences say the same
   * thing, and nothing more?"), as in the MSRP corpus: {@link #lexical()}'s share of matched content,
   * blended by fitted logistic-regression weights with surface features (character trigram overlap, word
   * count ratio, agreeing numbers, word bigram overlap, unmatched content). Rewordings and sentences that
   * add a clause score lower than under {@link #lexical()}, so the aligner, which must find one fact two
   * outlets word differently, keeps {@link #lexical()}; this one is for sentence-pair decisions. Same
   * edge cases as {@link #lexical()}; immutable and thread-safe.
   */
  public static SentenceSimilarity paraphrase() {
    return new LexicalSimilarity(
        Lexicon.standard(), LexicalSimilarity.Weights.PARAPHRASE, LexicalSimilarity.Scoring.PARAPHRASE);
  }

  /** How far past 0 or 1 a score may stray by rounding; it is then read as 0 or 1. */
  private static final double ROUNDING = 1e-9;

  /**
   * {@code similarity} with every score checked: a score that is NaN or outside [0, 1] (beyond rounding, which is
   * brought back to 0 or 1) throws a {@link ParallaxException} naming the similarity, the score and the two sentences,
   * at the first such score. The pipeline binds every similarity through this, so a custom measure that breaks
   * {@link SentenceSimilarity.Scorer}'s contract fails clearly instead of writing a report outside its schema. Same
   * name and threshold; immutable and thread-safe when {@code similarity} is. Checking a checked similarity again
   * returns it.
   *
   * <table>
   *   <caption>Scores</caption>
   *   <tr><th>the measure's score</th><th>result</th></tr>
   *   <tr><td>in [0, 1]</td><td>that score</td></tr>
   *   <tr><td>1.0000000001, -1e-12</td><td>1.0, 0.0</td></tr>
   *   <tr><td>7.0, -0.5, NaN, infinite</td><td>{@link ParallaxException}</td></tr>
   * </table>
   */
  public static SentenceSimilarity checked(SentenceSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    return similarity instanceof Checked ? similarity : new Checked(similarity);
  }

  /** A similarity whose scorers check each score's range. */
  private record Checked(SentenceSimilarity inner) implements SentenceSimilarity {
    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public double threshold() {
      return inner.threshold();
    }

    @Override
    public Scorer bind(List<Sentence> corpus) {
      Scorer scorer = Objects.requireNonNull(inner.bind(corpus), () -> "similarity \""
          + Names.quote(inner.name()) + "\" bound no scorer");
      return (a, b) -> {
        double s = scorer.score(a, b);
        if (s >= 0.0 && s <= 1.0) {
          return s;
        }
        if (s > 1.0 && s <= 1.0 + ROUNDING) {
          return 1.0;
        }
        if (s < 0.0 && s >= -ROUNDING) {
          return 0.0;
        }
        throw new ParallaxException(String.format(Locale.ROOT,
            "similarity \"%s\" (%s) scored %s for \"%s\" and \"%s\": a SentenceSimilarity must score in [0, 1]",
            Names.quote(inner.name()), inner.getClass().getName(), s, Names.excerpt(a.text()),
            Names.excerpt(b.text())));
      };
    }
  }
}
