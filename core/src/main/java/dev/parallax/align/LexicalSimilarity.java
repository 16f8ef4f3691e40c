package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Soft, IDF-weighted word overlap between two sentences (the measure behind {@link Similarities#lexical()}).
 *
 * <p>A sentence is the set of its content terms: Snowball stems of words that are not function words, and
 * numbers. Each term weighs its inverse document frequency over the bound corpus, times
 * {@link Weights#anchor()} / k for the k capitalised words of a name after the first word of the sentence,
 * times {@link Weights#number()} for numbers. A term of one sentence is matched by the same term in the
 * other (1.0), else by a WordNet synonym or derivationally related stem ({@link Weights#synonym()}), else
 * by a stem sharing enough character trigrams ({@code democrat} / {@code democratic}, scaled by
 * {@link Weights#morph()}); a number by one within a tenth of it ({@link #CLOSE_NUMBER}). The score is the
 * weighted share of both sentences' terms that find a match:
 *
 * <pre>
 * score(A, B) = (sum over t in A of w(t) * match(t, B) + sum over u in B of w(u) * match(u, A)) / (W(A) + W(B))
 * </pre>
 *
 * <p>That is {@link Scoring#POOLED}, the default: the share of content two sentences have in common, which is
 * what the aligner needs to find a fact two outlets word differently. {@link Scoring#PARAPHRASE} blends it
 * with surface features into a stricter "same whole sentence" score (see {@link #BLEND}).
 *
 * <p>Immutable and thread-safe.
 */
final class LexicalSimilarity implements SentenceSimilarity {
  /** How a pair's term statistics become a score. */
  enum Scoring {
    /** The pooled weighted share of matched terms (the formula above). */
    POOLED,
    /** A blend of the pooled share and surface features, fitted as a paraphrase classifier on MSRP. */
    PARAPHRASE
  }

  /**
   * The tunable constants.
   *
   * @param threshold decision threshold ("same fact")
   * @param anchor weight multiplier of a name (shared by its capitalised words)
   * @param synonym match value of two stems that share a synonym group
   * @param morph match value per unit of trigram Dice for morphological variants
   * @param morphMin minimum trigram Dice for two stems to count as morphological variants
   * @param idfPower exponent applied to the smoothed IDF (above 1 sharpens informativeness)
   * @param stopWeight weight multiplier of function words (0 leaves them out)
   * @param number weight multiplier for numbers
   */
  record Weights(double threshold, double anchor, double synonym, double morph, double morphMin, double idfPower,
      double stopWeight, double number) {
    /** The defaults, fitted on the MSRP training set (see docs/alignment.md). */
    static final Weights DEFAULT = new Weights(0.45, 0.5, 0.8, 0.9, 0.6, 2.0, 0.3, 1.0);

    /** The defaults with the threshold of the paraphrase blend (the F1-best cut on MSRP, see MsrpFit). */
    static final Weights PARAPHRASE = new Weights(0.544, 0.5, 0.8, 0.9, 0.6, 2.0, 0.3, 1.0);
  }

  private final Lexicon lexicon;
  private final Weights weights;
  private final Scoring scoring;

  LexicalSimilarity(Lexicon lexicon, Weights weights, Scoring scoring) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.scoring = Objects.requireNonNull(scoring, "scoring");
  }

  @Override
  public String name() {
    return scoring == Scoring.POOLED ? "lexical" : "lexical-paraphrase";
  }

  @Override
  public double threshold() {
    return weights.threshold();
  }

  @Override
  public Bound bind(List<Sentence> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return new Bound(lexicon, weights, scoring, corpus);
  }

  /**
   * Terms of a sentence before IDF weighting: term to its weight multiplier, in no particular order (callers
   * that sum over them sort them first).
   */
  static Map<String, Double> terms(Sentence s, Lexicon lexicon, Weights weights) {
    Map<String, Double> out = new HashMap<>();
    forEachTerm(s, lexicon, weights, (term, m) -> out.merge(term, m, Math::max));
    return out;
  }

  /** Receives the terms of a sentence. */
  @FunctionalInterface
  interface TermSink {
    /** One occurrence of {@code term} with weight multiplier {@code m}; a term's multiplier is its largest. */
    void add(String term, double m);
  }

  /** Gives each term occurrence of a sentence to {@code sink} (see {@link #terms}). */
  static void forEachTerm(Sentence s, Lexicon lexicon, Weights weights, TermSink sink) {
    List<Token> tokens = s.tokens();
    int size = tokens.size();
    // each word's function-word, initialism (or code name: "G7") and capital flags, looked up once for the three passes below
    boolean[] stop = new boolean[size];
    boolean[] initialism = new boolean[size];
    boolean[] nameWord = new boolean[size];
    boolean capitalsOnly = !hasLowerCaseWord(tokens);
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.WORD) {
        // both start with a capital: most words are settled by their first letter
        initialism[i] = Character.isUpperCase(t.text().charAt(0))
            && (!capitalsOnly && isInitialism(t.text()) || hasDigit(t.text()));
        stop[i] = !initialism[i] && lexicon.isStopWord(t.norm());
        nameWord[i] = !stop[i] && t.isCapitalized();
      }
    }
    int[] nameLength = titleCase(tokens, stop, nameWord) ? new int[size] : nameRuns(tokens, stop, nameWord);
    boolean first = true;
    boolean any = false;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      if (!t.isContent()) {
        continue;
      }
      boolean initial = first;
      first = false;
      if (t.kind() == TokenKind.NUMBER) {
        sink.add("#" + t.lemma(), weights.number());
        any = true;
      } else if (!stop[i]) {
        double m = !initial && nameLength[i] > 0 ? weights.anchor() / nameLength[i] : 1.0;
        m = t.norm().length() <= 2 && !initialism[i] ? Math.min(m, weights.stopWeight()) : m;
        sink.add(t.lemma(), m);
        any = true;
      } else if (weights.stopWeight() > 0) {
        sink.add("~" + t.norm(), weights.stopWeight());
        any = true;
      }
    }
    if (!any) {
      for (Token t : tokens) {
        if (t.kind() == TokenKind.WORD) {
          sink.add(t.lemma(), 1.0);
        }
      }
    }
  }

  /**
   * Whether {@code word} is written as an initialism without periods ({@code US}, {@code UK}, {@code EU}): two
   * to five capital letters. In a sentence that has lower-case words it is read like {@code U.S.}, a content word
   * of full weight, not as the function word {@code us} or a two-letter word.
   */
  static boolean isInitialism(String word) {
    if (word.length() < 2 || word.length() > 5) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word has a digit: a code name such as {@code G7} is no short function word. */
  private static boolean hasDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence has a word with a lower-case letter (a headline in capitals has none). */
  private static boolean hasLowerCaseWord(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() == TokenKind.WORD) {
        String w = t.text();
        for (int k = 0; k < w.length(); k++) {
          if (Character.isLowerCase(w.charAt(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * For each capitalised word, the number of capitalised words in its name (a run of capitalised words,
   * possibly joined by function words: "Minister of Health Jane Doe" is one name of four); 0 for
   * other tokens. A name counts about as much as one word, however many words spell it.
   */
  static int[] nameRuns(List<Token> tokens, boolean[] stop, boolean[] nameWord) {
    int[] out = new int[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord[i]) {
        i++;
        continue;
      }
      int j = i;
      int words = 0;
      int last = i;
      while (j < tokens.size()) {
        if (nameWord[j]) {
          words++;
          last = j;
        } else if (!(stop[j] && j + 1 < tokens.size() && nameWord[j + 1])) {
          break;
        }
        j++;
      }
      for (int k = i; k <= last; k++) {
        if (nameWord[k]) {
          out[k] = words;
        }
      }
      i = last + 1;
    }
    return out;
  }

  /**
   * Whether most content words are capitalised (a Title Case headline): capitals then say nothing of names.
   * {@code stop} and {@code nameWord} flag each token as a function word, or a capitalised word that is not one.
   */
  static boolean titleCase(List<Token> tokens, boolean[] stop, boolean[] nameWord) {
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == TokenKind.WORD && !stop[i]) {
        words++;
        capitalised += nameWord[i] ? 1 : 0;
      }
    }
    return words >= 3 && capitalised > 0.6 * words;
  }

  /** Largest vocabulary for which each sentence keeps a bit set of its terms (faster than searching). */
  static final int BITSET_VOCABULARY = 8192;

  /**
   * The weighted terms of one corpus sentence: vocabulary ids ascending, with their weights and {@code kinds}
   * flags, the number of its terms that are {@linkplain LexicalSimilarity#isEvidence evidence}, a bit set of the
   * ids for small vocabularies ({@code null} otherwise), and the values of its numbers of 100 or more (the only
   * ones a close number can match, see {@link LexicalSimilarity#close}).
   */
  record Features(int[] ids, double[] weights, byte[] kinds, int evidence, double total, long[] bits,
      double[] largeNumbers, Shape shape) {
    /** A {@code kinds} flag: the term is evidence of shared content. */
    static final byte EVIDENCE = 1;
    /** A {@code kinds} flag: the term is a number. */
    static final byte NUMBER = 2;
    /** A {@code kinds} flag: the term may match another term (it is a number, or has related terms). */
    static final byte SOFT = 4;

    boolean isEmpty() {
      return ids.length == 0;
    }

    boolean has(int id) {
      return bits != null ? (bits[id >>> 6] & (1L << id)) != 0 : Arrays.binarySearch(ids, id) >= 0;
    }
  }

  /**
   * A lexical similarity bound to a corpus: IDF statistics, the related-term table of its vocabulary and
   * the features of each corpus sentence, all computed once. Sentences outside the corpus are scored on
   * the fly with the same rules (unknown terms get the highest IDF).
   */
  static final class Bound implements Scorer {
    private final Lexicon lexicon;
    private final Weights weights;
    private final Scoring scoring;
    private final double idfMax;
    private final int size;
    private final Map<String, Integer> ids;
    private final int[] df;
    private final double[] numberValue;
    private final boolean[] evidence;
    private final int[][] relatedIds;
    private final double[][] relatedValues;
    private final IdentityHashMap<Sentence, Features> cache;

    Bound(Lexicon lexicon, Weights weights, Scoring scoring, List<Sentence> corpus) {
      this.lexicon = lexicon;
      this.weights = weights;
      this.scoring = scoring;
      this.size = corpus.size();
      this.idfMax = Math.pow(Math.log(1.0 + size) + 1.0, weights.idfPower());
      // each distinct term gets a provisional id in order of appearance; each sentence its distinct terms
      // (provisional ids) with their largest multipliers
      Terms found = new Terms();
      int[][] termsOf = new int[corpus.size()][];
      double[][] multipliersOf = new double[corpus.size()][];
      for (int c = 0; c < corpus.size(); c++) {
        found.startSentence();
        forEachTerm(corpus.get(c), lexicon, weights, found);
        termsOf[c] = Arrays.copyOf(found.sentenceTerms, found.sentenceSize);
        multipliersOf[c] = Arrays.copyOf(found.sentenceMultipliers, found.sentenceSize);
      }
      int n = found.terms.size();
      this.ids = new HashMap<>(n * 2);
      this.df = new int[n];
      this.numberValue = new double[n];
      this.evidence = new boolean[n];
      // ids in the terms' order, as a sorted map would give them
      String[] vocab = found.terms.toArray(new String[0]);
      Arrays.sort(vocab);
      double[] idfOf = new double[n];
      for (int i = 0; i < n; i++) {
        ids.put(vocab[i], i);
      }
      int[] idOf = new int[n];
      for (int p = 0; p < n; p++) {
        idOf[p] = ids.get(found.terms.get(p));
        df[idOf[p]] = found.sentences[p];
      }
      for (int i = 0; i < n; i++) {
        numberValue[i] = vocab[i].charAt(0) == '#' ? parse(vocab[i]) : Double.NaN;
        evidence[i] = isEvidence(vocab[i]);
        idfOf[i] = idf(df[i]);
      }
      this.relatedIds = new int[n][];
      this.relatedValues = new double[n][];
      relate(vocab, lexicon, weights, relatedIds, relatedValues);
      this.cache = new IdentityHashMap<>(corpus.size() * 2);
      for (int c = 0; c < corpus.size(); c++) {
        int[] t = termsOf[c];
        // each term as (id, position), sorted by id: the terms in their sorted order
        long[] order = new long[t.length];
        for (int k = 0; k < t.length; k++) {
          order[k] = ((long) idOf[t[k]] << 32) | k;
        }
        Arrays.sort(order);
        int[] fi = new int[order.length];
        double[] fw = new double[order.length];
        byte[] kinds = new byte[order.length];
        long[] bits = n <= BITSET_VOCABULARY ? new long[(n + 63) >>> 6] : null;
        double total = 0;
        int evidenceTerms = 0;
        int large = 0;
        for (int k = 0; k < order.length; k++) {
          int id = (int) (order[k] >>> 32);
          fi[k] = id;
          if (bits != null) {
            bits[id >>> 6] |= 1L << id;
          }
          fw[k] = idfOf[id] * multipliersOf[c][(int) order[k]];
          total += fw[k];
          boolean number = !Double.isNaN(numberValue[id]);
          kinds[k] = (byte) ((evidence[id] ? Features.EVIDENCE : 0) | (number ? Features.NUMBER : 0)
              | (number || relatedIds[id].length > 0 ? Features.SOFT : 0));
          evidenceTerms += evidence[id] ? 1 : 0;
          large += numberValue[id] >= 100 ? 1 : 0;
        }
        double[] largeNumbers = new double[large];
        large = 0;
        for (int id : fi) {
          if (numberValue[id] >= 100) {
            largeNumbers[large++] = numberValue[id];
          }
        }
        cache.put(corpus.get(c),
            new Features(fi, fw, kinds, evidenceTerms, total, bits, largeNumbers, shape(corpus.get(c))));
      }
    }

    /** Inverse document frequency of {@code term} in the bound corpus (smoothed, at least 1), to a power. */
    double idf(String term) {
      Integer id = ids.get(term);
      return idf(id == null ? 0 : df[id]);
    }

    /** The IDF weight of a term found in {@code d} sentences of the corpus. */
    private double idf(int d) {
      return Math.pow(Math.log((1.0 + size) / (1.0 + d)) + 1.0, weights.idfPower());
    }

    @Override
    public double score(Sentence a, Sentence b) {
      Features fa = cache.get(a);
      Features fb = cache.get(b);
      if (fa != null && fb != null) {
        return score(fa, fb);
      }
      return scoreTerms(new TreeMap<>(terms(a, lexicon, weights)), new TreeMap<>(terms(b, lexicon, weights)), shape(a),
          shape(b));
    }

    private Shape shape(Sentence s) {
      return scoring == Scoring.PARAPHRASE ? Shape.of(s) : Shape.NONE;
    }

    /** The pair features the score blends (see {@link #FEATURES}), for fitting; empty sentences give null. */
    double[] features(Sentence a, Sentence b) {
      Features fa = cache.get(a);
      Features fb = cache.get(b);
      if (fa == null || fb == null || fa.isEmpty() || fb.isEmpty()) {
        return null;
      }
      return pair(fa, fb).features(fa.shape, fb.shape, idfMax);
    }

    private double score(Features a, Features b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
      }
      return score(pair(a, b), a.shape, b.shape);
    }

    private double score(Pair p, Shape a, Shape b) {
      return scoring == Scoring.POOLED ? p.pooled() : paraphrase(p.features(a, b, idfMax));
    }

    private Pair pair(Features a, Features b) {
      double ma = 0;
      int sa = 0;
      boolean numbersAgree = true;
      for (int i = 0; i < a.ids.length; i++) {
        byte kind = a.kinds[i];
        double x = match(a.ids[i], kind, b);
        ma += a.weights[i] * x;
        numbersAgree &= x >= 1.0 || (kind & Features.NUMBER) == 0;
        sa += (kind & Features.EVIDENCE) != 0 && x >= 0.5 ? 1 : 0;
      }
      double mb = 0;
      int sb = 0;
      for (int i = 0; i < b.ids.length; i++) {
        byte kind = b.kinds[i];
        double x = match(b.ids[i], kind, a);
        mb += b.weights[i] * x;
        numbersAgree &= x >= 1.0 || (kind & Features.NUMBER) == 0;
        sb += (kind & Features.EVIDENCE) != 0 && x >= 0.5 ? 1 : 0;
      }
      return new Pair(ma, a.total, mb, b.total, Math.min(sa, sb) < Math.min(2, Math.min(a.evidence, b.evidence)),
          numbersAgree);
    }

    /** The match value in {@code other} of term {@code id}, whose {@code kinds} flags are {@code kind}. */
    private double match(int id, byte kind, Features other) {
      if (other.has(id)) {
        return 1.0;
      }
      if ((kind & Features.SOFT) == 0) {
        return 0.0;
      }
      if ((kind & Features.NUMBER) != 0) {
        double x = numberValue[id];
        for (double y : other.largeNumbers) {
          if (close(x, y)) {
            return CLOSE_NUMBER;
          }
        }
        return 0.0;
      }
      double best = 0;
      int[] rel = relatedIds[id];
      double[] val = relatedValues[id];
      for (int i = 0; i < rel.length; i++) {
        if (val[i] > best && other.has(rel[i])) {
          best = val[i];
        }
      }
      return best;
    }

    /** The same rules on term maps, for sentences outside the bound corpus. */
    private double scoreTerms(Map<String, Double> a, Map<String, Double> b, Shape sa, Shape sb) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
      }
      double[] wa = {0, 0, 0, 0, 1};
      double[] wb = {0, 0, 0, 0, 1};
      a.forEach((t, m) -> {
        double w = idf(t) * m;
        double x = matchTerm(t, b);
        wa[0] += w;
        wa[1] += w * x;
        if (isEvidence(t)) {
          wa[2]++;
          wa[3] += x >= 0.5 ? 1 : 0;
        }
        wa[4] = t.charAt(0) == '#' && x < 1.0 ? 0 : wa[4];
      });
      b.forEach((t, m) -> {
        double w = idf(t) * m;
        double x = matchTerm(t, a);
        wb[0] += w;
        wb[1] += w * x;
        if (isEvidence(t)) {
          wb[2]++;
          wb[3] += x >= 0.5 ? 1 : 0;
        }
        wb[4] = t.charAt(0) == '#' && x < 1.0 ? 0 : wb[4];
      });
      Pair p = new Pair(wa[1], wa[0], wb[1], wb[0], Math.min(wa[3], wb[3]) < Math.min(2, Math.min(wa[2], wb[2])),
          wa[4] > 0 && wb[4] > 0);
      return score(p, sa, sb);
    }

    private double matchTerm(String term, Map<String, Double> other) {
      if (other.containsKey(term)) {
        return 1.0;
      }
      if (term.charAt(0) == '#') {
        double x = parse(term);
        for (String u : other.keySet()) {
          if (u.charAt(0) == '#' && close(x, parse(u))) {
            return CLOSE_NUMBER;
          }
        }
        return 0.0;
      }
      double best = 0;
      if (term.charAt(0) != '~') {
        for (String u : other.keySet()) {
          if (u.charAt(0) != '#' && u.charAt(0) != '~') {
            best = Math.max(best, relation(term, u, lexicon, weights));
          }
        }
      }
      return best;
    }
  }

  /**
   * The terms of a corpus as its sentences give them: distinct terms with provisional ids (order of first
   * appearance) and the number of sentences using each, and the current sentence's distinct terms with their
   * largest multipliers. One per binding.
   */
  private static final class Terms implements TermSink {
    final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> idOf = new HashMap<>();
    int[] sentences = new int[64];
    /** Per provisional id: the last sentence that used it (1-based), and its position in that sentence's terms. */
    private int[] lastSentence = new int[64];
    private int[] position = new int[64];
    private int sentence;
    int[] sentenceTerms = new int[16];
    double[] sentenceMultipliers = new double[16];
    int sentenceSize;

    void startSentence() {
      sentence++;
      sentenceSize = 0;
    }

    @Override
    public void add(String term, double m) {
      Integer known = idOf.get(term);
      int id;
      if (known == null) {
        id = terms.size();
        idOf.put(term, id);
        terms.add(term);
        if (id == sentences.length) {
          sentences = Arrays.copyOf(sentences, 2 * id);
          lastSentence = Arrays.copyOf(lastSentence, 2 * id);
          position = Arrays.copyOf(position, 2 * id);
        }
      } else {
        id = known;
      }
      if (lastSentence[id] == sentence) {
        sentenceMultipliers[position[id]] = Math.max(sentenceMultipliers[position[id]], m);
        return;
      }
      lastSentence[id] = sentence;
      sentences[id]++;
      if (sentenceSize == sentenceTerms.length) {
        sentenceTerms = Arrays.copyOf(sentenceTerms, 2 * sentenceSize);
        sentenceMultipliers = Arrays.copyOf(sentenceMultipliers, 2 * sentenceSize);
      }
      position[id] = sentenceSize;
      sentenceTerms[sentenceSize] = id;
      sentenceMultipliers[sentenceSize++] = m;
    }
  }

  /** Factor applied to the score of sentences that share a single word of evidence. */
  static final double SINGLE_WORD = 0.5;

  /**
   * Term statistics of a pair: matched and total weight of each side, whether they share fewer words of
   * evidence than needed (two, or fewer when a sentence has fewer), whether every number finds its equal.
   */
  record Pair(double ma, double wa, double mb, double wb, boolean singleWord, boolean numbersAgree) {
    /**
     * The pooled share, halved when the sentences have fewer words in common than needed: one shared word
     * is not the same thing.
     */
    double pooled() {
      double s = (ma + mb) / (wa + wb) * (singleWord ? SINGLE_WORD : 1.0);
      return Math.min(1.0, Math.max(0.0, s));
    }

    /** The pair's {@link #FEATURES}, each in [0, 1] and 1.0 for a sentence with itself. */
    double[] features(Shape a, Shape b, double idfMax) {
      double unmatched = (wa - ma) + (wb - mb);
      return new double[] {
          pooled(),
          dice(a.trigrams, b.trigrams),
          Math.min(a.words, b.words) / (double) Math.max(1, Math.max(a.words, b.words)),
          numbersAgree ? 1.0 : 0.0,
          a.bigrams.length + b.bigrams.length == 0 ? 1.0 : dice(a.bigrams, b.bigrams),
          1.0 / (1.0 + Math.max(0.0, unmatched) / idfMax)};
    }
  }

  /**
   * What {@link Scoring#PARAPHRASE} blends, in order: the pooled share, the Dice overlap of the two texts'
   * character trigrams, the ratio of their word counts, whether their numbers agree, the Dice overlap of
   * their word bigrams, and 1 / (1 + the unmatched term weight of both sides in units of the largest IDF),
   * i.e. how much either sentence says that the other does not.
   */
  static final List<String> FEATURES =
      List.of("pooled", "characters", "length", "numbers", "bigrams", "unmatched");

  /**
   * Logistic-regression weights of {@link #FEATURES}, fitted on the 4,076 MSRP training pairs by
   * {@code MsrpFit} (core/src/test, L2 1e-3, intercept -8.366): paraphrase when z = -8.366 + sum w_i f_i is
   * at least -0.32 (the F1-best cut). Word bigrams weigh negatively once characters are counted: at equal
   * character overlap, rewording is the mark of a paraphrase and verbatim reuse plus an added clause the
   * mark of a non-paraphrase.
   */
  static final double[] BLEND = {2.045, 8.486, 3.644, 0.314, -3.829, 3.415};

  /**
   * Scale of the blend, 1 + sum w_i (f_i - 1) / BLEND_SCALE (1.0 for a sentence with itself): the least
   * squares fit of the pooled share on MSRP, so both scores read alike; the cut z = -0.32 then falls at
   * 0.54, {@link Weights#PARAPHRASE}'s threshold.
   */
  static final double BLEND_SCALE = 13.2;

  /** Pooled share at or above which the paraphrase score is the blend alone. */
  static final double PARAPHRASE_GATE = 0.6;

  /**
   * The paraphrase score of a pair's features: the blend, but no more than pooled share / {@link
   * #PARAPHRASE_GATE}, so that sentences with nothing in common score 0 however alike their lengths.
   */
  static double paraphrase(double[] f) {
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      z += BLEND[i] * (f[i] - 1.0);
    }
    return Math.min(1.0, Math.max(0.0, Math.min(f[0] / PARAPHRASE_GATE, 1.0 + z / BLEND_SCALE)));
  }

  /**
   * Surface shape of a sentence: sorted character trigrams of its lower-cased text, sorted distinct hashes
   * of its word bigrams, and its number of words (numbers included).
   */
  record Shape(long[] trigrams, long[] bigrams, int words) {
    /** No shape: what {@link Scoring#POOLED} keeps, since it does not use one. */
    static final Shape NONE = new Shape(new long[0], new long[0], 0);

    static Shape of(Sentence s) {
      long[] tri = LexicalSimilarity.trigrams(s.text().toLowerCase(Locale.ROOT));
      List<String> norms = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
          norms.add(t.norm());
        }
      }
      long[] bi = new long[Math.max(0, norms.size() - 1)];
      for (int i = 0; i + 1 < norms.size(); i++) {
        bi[i] = ((long) norms.get(i).hashCode() << 32) ^ (norms.get(i + 1).hashCode() & 0xffffffffL);
      }
      return new Shape(tri, Arrays.stream(bi).sorted().distinct().toArray(), norms.size());
    }
  }

  /** Dice overlap of two sorted arrays, counted as multisets; 0 when both are empty. */
  static double dice(long[] x, long[] y) {
    if (x.length + y.length == 0) {
      return 0.0;
    }
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

  /** Whether a term is evidence of shared content: a number or a content word of three letters or more. */
  static boolean isEvidence(String term) {
    return term.charAt(0) == '#' || term.charAt(0) != '~' && term.length() > 2;
  }

  /** Whether two numbers (at least 100) differ by at most a tenth of the larger. */
  static boolean close(double x, double y) {
    return x >= 100 && y >= 100 && Math.abs(x - y) <= 0.1 * Math.max(x, y);
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

  /**
   * Related terms within a sorted vocabulary, found through synonym groups and 4-letter prefix or suffix
   * buckets: fills, for each term id, the ids of its related terms ascending and their match values.
   */
  static void relate(String[] vocabulary, Lexicon lexicon, Weights weights, int[][] relatedIds,
      double[][] relatedValues) {
    Relations pairs = new Relations();
    // synonym buckets: (group, term) sorted, a group's terms in a run
    long[] byGroup = new long[64];
    int entries = 0;
    for (int t = 0; t < vocabulary.length; t++) {
      String term = vocabulary[t];
      if (term.charAt(0) == '#' || term.charAt(0) == '~') {
        continue;
      }
      for (int g : lexicon.groupsOf(term)) {
        if (entries == byGroup.length) {
          byGroup = Arrays.copyOf(byGroup, 2 * entries);
        }
        byGroup[entries++] = ((long) g << 32) | t;
      }
    }
    Arrays.sort(byGroup, 0, entries);
    for (int i = 0; i < entries; i++) {
      for (int j = i + 1; j < entries && byGroup[j] >>> 32 == byGroup[i] >>> 32; j++) {
        pairs.add((int) byGroup[i], (int) byGroup[j], weights.synonym());
      }
    }
    // prefix buckets: the vocabulary is sorted, so the terms sharing a 4-letter prefix are contiguous (shorter
    // terms sort before them); suffix buckets: (4-letter suffix, term) sorted
    long[][] trigrams = new long[vocabulary.length][];
    long[] suffixes = new long[vocabulary.length];
    int[] suffixTerm = new int[vocabulary.length];
    int bySuffix = 0;
    int runStart = -1;
    for (int t = 0; t < vocabulary.length; t++) {
      String term = vocabulary[t];
      if (term.charAt(0) == '#' || term.charAt(0) == '~' || term.length() < 4) {
        continue;
      }
      if (runStart >= 0 && vocabulary[runStart].regionMatches(0, term, 0, 4)) {
        for (int u = runStart; u < t; u++) {
          if (vocabulary[u].length() >= 4 && vocabulary[u].charAt(0) != '#' && vocabulary[u].charAt(0) != '~') {
            morph(vocabulary, trigrams, weights, pairs, u, t);
          }
        }
      } else {
        runStart = t;
      }
      int e = term.length() - 4;
      suffixes[bySuffix] = (long) term.charAt(e) << 48 | (long) term.charAt(e + 1) << 32
          | (long) term.charAt(e + 2) << 16 | term.charAt(e + 3);
      suffixTerm[bySuffix++] = t;
    }
    // the terms grouped by suffix: a counting sort on the rank of each term's suffix among the distinct ones
    long[] distinct = Arrays.copyOf(suffixes, bySuffix);
    Arrays.sort(distinct);
    int buckets = 0;
    for (int i = 0; i < bySuffix; i++) {
      if (buckets == 0 || distinct[buckets - 1] != distinct[i]) {
        distinct[buckets++] = distinct[i];
      }
    }
    int[] bucketStart = new int[buckets + 1];
    int[] bucketOf = new int[bySuffix];
    for (int i = 0; i < bySuffix; i++) {
      bucketOf[i] = Arrays.binarySearch(distinct, 0, buckets, suffixes[i]);
      bucketStart[bucketOf[i] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      bucketStart[b + 1] += bucketStart[b];
    }
    int[] grouped = new int[bySuffix];
    int[] filled = Arrays.copyOf(bucketStart, buckets);
    for (int i = 0; i < bySuffix; i++) {
      grouped[filled[bucketOf[i]]++] = suffixTerm[i];
    }
    for (int b = 0; b < buckets; b++) {
      for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
        for (int j = i + 1; j < bucketStart[b + 1]; j++) {
          morph(vocabulary, trigrams, weights, pairs, grouped[i], grouped[j]);
        }
      }
    }
    pairs.fill(vocabulary.length, relatedIds, relatedValues);
  }

  /** Relates two terms of a prefix or suffix bucket when they share enough character trigrams. */
  private static void morph(String[] vocabulary, long[][] trigrams, Weights weights, Relations pairs, int a, int b) {
    double d = dice(trigramsOf(vocabulary, trigrams, a), trigramsOf(vocabulary, trigrams, b));
    if (d >= weights.morphMin()) {
      pairs.add(a, b, weights.morph() * d);
    }
  }

  /** Related term pairs found in buckets, both ways, each with the best match value found for it. */
  private static final class Relations {
    private long[] keys = new long[256];
    private double[] values = new double[256];
    private int size;

    void add(int a, int b, double r) {
      if (size + 2 > keys.length) {
        keys = Arrays.copyOf(keys, 2 * keys.length);
        values = Arrays.copyOf(values, keys.length);
      }
      keys[size] = ((long) a << 32) | b;
      values[size++] = r;
      keys[size] = ((long) b << 32) | a;
      values[size++] = r;
    }

    /** For each term, the ids of its related terms ascending, with the best value of each. */
    void fill(int terms, int[][] relatedIds, double[][] relatedValues) {
      long[] distinct = Arrays.copyOf(keys, size);
      Arrays.sort(distinct);
      int n = 0;
      for (int i = 0; i < distinct.length; i++) {
        if (n == 0 || distinct[n - 1] != distinct[i]) {
          distinct[n++] = distinct[i];
        }
      }
      double[] best = new double[n];
      for (int i = 0; i < size; i++) {
        int k = Arrays.binarySearch(distinct, 0, n, keys[i]);
        best[k] = Math.max(best[k], values[i]);
      }
      int[] count = new int[terms];
      for (int i = 0; i < n; i++) {
        count[(int) (distinct[i] >>> 32)]++;
      }
      for (int t = 0; t < terms; t++) {
        relatedIds[t] = new int[count[t]];
        relatedValues[t] = new double[count[t]];
        count[t] = 0;
      }
      for (int i = 0; i < n; i++) {
        int t = (int) (distinct[i] >>> 32);
        relatedIds[t][count[t]] = (int) distinct[i];
        relatedValues[t][count[t]++] = best[i];
      }
    }
  }

  /** The trigrams of a vocabulary term, computed on first use. */
  private static long[] trigramsOf(String[] vocabulary, long[][] trigrams, int t) {
    if (trigrams[t] == null) {
      trigrams[t] = trigrams(vocabulary[t]);
    }
    return trigrams[t];
  }

  /** Dice coefficient of the character trigrams of {@code ^a$} and {@code ^b$}. */
  static double trigramDice(String a, String b) {
    return dice(trigrams(a), trigrams(b));
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
