package dev.parallax.align;

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
}
