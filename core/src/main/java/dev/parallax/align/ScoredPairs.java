package dev.parallax.align;

import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.internal.Parallel;
import dev.parallax.internal.WordRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence pairs of one alignment call with their scores: the {@link CandidatePairs} scored by the
 * similarity and by the same-fact model, and any other pair scored when first asked. It is also what the
 * {@link PairFeatures} of the call read.
 *
 * <p>Caches the pairs scored later: not thread-safe, one per alignment call (its constructor may score on several
 * threads, see there).
 */
final class ScoredPairs implements PairFeatures.Run {
  /** The share of a sentence's characters inside quotation marks from which it is mostly a quotation. */
  static final double QUOTED = 0.5;
  /**
   * Quoted words in a row that two sentences given to two people must print alike (or all of the shorter quote's) to
   * be one quote that one of them gives to another person, and so possibly one fact.
   */
  static final int SAME_WORDS = 8;
  private final SentenceNodes nodes;
  private final SentenceFindings findings;
  private final SharedEvidence evidence;
  private final SentenceSimilarity.Scorer scorer;
  /** The similarity's threshold: "these two sentences say the same thing". */
  private final double sameLevel;
  private final SameFactModel model;
  /** Candidate pairs (see {@link SentenceNodes#pair}), ascending, and their scores. */
  private final long[] pairs;
  private final double[] scores;
  /**
   * The fact score of each candidate pair: its similarity, or more when a sentence's main clause, standing in for the
   * sentence, scores higher (see {@link #factSim}).
   */
  private final double[] factScores;
  /** Node -> its sentence's main clause ({@link MainClauses}), or null when it has none. */
  private final Sentence[] mainClauses;
  /** Node -> the values of the figures (number mentions) in its main clause; empty when it has none. */
  private final List<Set<String>> clauseFigures;
  /** The same-fact probability of each candidate pair. */
  private final double[] probabilities;
  private final PairFeatures features;
  /** Pairs scored later, while merging groups. */
  private final Map<Long, Double> extraScores = new HashMap<>();
  /** Probabilities computed later, while merging groups. */
  private final Map<Long, Double> extraProbabilities = new HashMap<>();
  /**
   * Per node, filled on first use while merging groups: 1 when its sentence is mostly a quotation given to someone, 2
   * when not (0 not yet known); most are not, and the merge asks of every pair of members.
   */
  private final byte[] quoted;

  /**
   * Finds the candidate pairs of the nodes and scores them. When the run allows parts at once ({@link Parallel}), the
   * candidate pairs are found while the similarity is bound and the nodes' tables are built, and the pairs are scored
   * in ranges on several threads, each with scratch marks of its own: every score is one pair's alone, so the
   * results are those of one thread.
   */
  ScoredPairs(SentenceNodes nodes, SentenceSimilarity similarity, SameFactModel model, Lexicon lexicon) {
    this.nodes = nodes;
    this.quoted = new byte[nodes.size()];
    this.findings = new SentenceFindings(nodes, lexicon);
    this.sameLevel = similarity.threshold();
    this.model = model;
    // the findings are read (and indexed) by the second part only; the parts share nothing else that changes
    Prepared prepared = Parallel.both(() -> candidates(nodes, lexicon), () -> tables(similarity, lexicon),
        Prepared::new);
    this.evidence = prepared.candidates().evidence();
    this.pairs = prepared.candidates().pairs();
    this.scorer = prepared.tables().scorer();
    this.mainClauses = prepared.tables().mainClauses();
    this.clauseFigures = prepared.tables().clauseFigures();
    this.features = prepared.tables().features();
    scores = new double[pairs.length];
    factScores = new double[pairs.length];
    probabilities = new double[pairs.length];
    Parallel.inRanges(pairs.length, LEAST_PAIRS, (from, to, all) -> {
      if (all) {
        scoreRange(from, to, features);
      } else {
        OneThread view = new OneThread(evidence.forAnotherThread());
        scoreRange(from, to, features.forAnotherThread(view));
      }
    });
  }

  /** Candidate pairs in a range scored on one thread (the least that is worth a thread of its own). */
  private static final int LEAST_PAIRS = 256;

  /** The candidate pairs and the evidence that ranks them. */
  private record Candidates(SharedEvidence evidence, long[] pairs) {}

  /** What scoring reads of each node: the bound similarity, the main clauses and their figures, the features. */
  private record Tables(SentenceSimilarity.Scorer scorer, Sentence[] mainClauses, List<Set<String>> clauseFigures,
      PairFeatures features) {}

  /** The two halves of the preparation. */
  private record Prepared(Candidates candidates, Tables tables) {}

  private static Candidates candidates(SentenceNodes nodes, Lexicon lexicon) {
    BlockingKeys keys = new BlockingKeys(nodes, lexicon);
    return new Candidates(new SharedEvidence(nodes.size(), keys), CandidatePairs.find(nodes, keys));
  }

  /** The per-node tables; the features read this object's nodes and findings, set before this runs. */
  private Tables tables(SentenceSimilarity similarity, Lexicon lexicon) {
    SentenceSimilarity.Scorer bound = Similarities.checked(similarity).bind(nodes.sentences());
    Sentence[] clauses = new Sentence[nodes.size()];
    List<Set<String>> figures = new ArrayList<>(nodes.size());
    for (int g = 0; g < nodes.size(); g++) {
      clauses[g] = MainClauses.of(nodes.sentence(g)).orElse(null);
      figures.add(clauses[g] == null ? Set.of() : figures(findings.mentions(g), clauses[g].end()));
    }
    return new Tables(bound, clauses, figures, new PairFeatures(this, lexicon));
  }

  /**
   * Scores candidate pairs {@code from} to {@code to} (exclusive): their similarity, fact score and same-fact
   * probability, read through {@code features} (this object's, or a copy with marks of its own for another thread).
   */
  private void scoreRange(int from, int to, PairFeatures features) {
    for (int i = from; i < to; i++) {
      int x = nodes.low(pairs[i]);
      int y = nodes.high(pairs[i]);
      scores[i] = scorer.score(nodes.sentence(x), nodes.sentence(y));
      factScores[i] = factScore(x, y, scores[i]);
      probabilities[i] = probability(features, x, y);
    }
  }

  /** The number of candidate pairs. */
  int size() {
    return pairs.length;
  }

  /** The key of candidate pair {@code i} (see {@link SentenceNodes#pair}); keys ascend with {@code i}. */
  long pair(int i) {
    return pairs[i];
  }

  /** The similarity of candidate pair {@code i}. */
  double score(int i) {
    return scores[i];
  }

  /** The fact score of candidate pair {@code i}: its similarity, or more with a main clause standing in. */
  double factScore(int i) {
    return factScores[i];
  }

  /**
   * The fact score of two nodes: their similarity, or more when the main clause of one ({@link MainClauses}) gives a
   * figure the other sentence gives too and, standing in for its sentence, scores higher. A long sentence that carries
   * a fact and its context ("...fell below 300 on Monday, sparking hopes that...") then compares fairly with another
   * outlet's sentence of the fact alone; a clause without a shared figure never stands in, so sentences that merely
   * open alike do not gain.
   */
  double factSim(int x, int y) {
    int i = Arrays.binarySearch(pairs, nodes.pair(x, y));
    return i >= 0 ? factScores[i] : factScore(x, y, sim(x, y));
  }

  /** The fact score of two nodes whose similarity is {@code whole}. */
  private double factScore(int x, int y, double whole) {
    Sentence a = carriesFigure(x, y) ? mainClauses[x] : null;
    Sentence b = carriesFigure(y, x) ? mainClauses[y] : null;
    double best = whole;
    if (a != null) {
      best = Math.max(best, scorer.score(a, nodes.sentence(y)));
    }
    if (b != null) {
      best = Math.max(best, scorer.score(nodes.sentence(x), b));
    }
    if (a != null && b != null) {
      best = Math.max(best, scorer.score(a, b));
    }
    return best;
  }

  /** Whether node x's main clause gives a figure that node y's sentence gives too. */
  private boolean carriesFigure(int x, int y) {
    Set<String> figures = clauseFigures.get(x);
    if (figures.isEmpty()) {
      return false;
    }
    for (Mention m : findings.mentions(y)) {
      if (m.kind() == MentionKind.NUMBER && figures.contains(m.value())) {
        return true;
      }
    }
    return false;
  }

  /** The values of the number mentions that end by {@code end}. */
  private static Set<String> figures(List<Mention> mentions, int end) {
    Set<String> values = new HashSet<>();
    for (Mention m : mentions) {
      if (m.kind() == MentionKind.NUMBER && m.end() <= end) {
        values.add(m.value());
      }
    }
    return Set.copyOf(values);
  }

  /** The same-fact probability of candidate pair {@code i}. */
  double probability(int i) {
    return probabilities[i];
  }

  /** The same-fact features of the call's pairs. */
  PairFeatures features() {
    return features;
  }

  /** The similarity of two nodes, from the candidate table or computed now. */
  double sim(int x, int y) {
    long k = nodes.pair(x, y);
    int i = Arrays.binarySearch(pairs, k);
    if (i >= 0) {
      return scores[i];
    }
    return extraScores.computeIfAbsent(k, kk -> scorer.score(nodes.sentence(x), nodes.sentence(y)));
  }

  /** The same-fact probability of two nodes of different articles, from the candidate table or computed now. */
  double prob(int x, int y) {
    long k = nodes.pair(x, y);
    int i = Arrays.binarySearch(pairs, k);
    if (i >= 0) {
      return probabilities[i];
    }
    // read from the lower node's side, as the candidate table is, whichever way round the caller asks
    return extraProbabilities.computeIfAbsent(k, kk -> probability(Math.min(x, y), Math.max(x, y)));
  }

  /** The model's probability for a pair that shares content beyond its actors, else 0. */
  private double probability(int x, int y) {
    return probability(features, x, y);
  }

  /** The same, read through {@code with} (this run's features, or another thread's copy of them). */
  private double probability(PairFeatures with, int x, int y) {
    double[] f = with.ofSharing(x, y);
    return f == null ? 0.0 : model.probability(f);
  }

  /**
   * Per pair of articles {@code [a][b]}: how many of {@code a}'s sentences score at least {@code level} with one of
   * {@code b}'s (a sentence counted once per other article).
   */
  int[][] closeCounts(double level) {
    int n = nodes.articles().size();
    int[][] close = new int[n][n];
    boolean[] counted = new boolean[nodes.size() * n]; // [node * n + other article]
    for (int i = 0; i < pairs.length; i++) {
      if (scores[i] >= level) {
        int x = nodes.low(pairs[i]);
        int y = nodes.high(pairs[i]);
        int ax = nodes.articleOf(x);
        int ay = nodes.articleOf(y);
        if (!counted[x * n + ay]) {
          counted[x * n + ay] = true;
          close[ax][ay]++;
        }
        if (!counted[y * n + ax]) {
          counted[y * n + ax] = true;
          close[ay][ax]++;
        }
      }
    }
    return close;
  }

  /** Per article: how many of its reporting sentences score at least {@code level} with another article's. */
  int[] matchedCounts(double level) {
    int[] matched = new int[nodes.articles().size()];
    boolean[] hit = new boolean[nodes.size()];
    for (int i = 0; i < pairs.length; i++) {
      if (scores[i] >= level) {
        hit[nodes.low(pairs[i])] = true;
        hit[nodes.high(pairs[i])] = true;
      }
    }
    for (int g = 0; g < hit.length; g++) {
      if (hit[g]) {
        matched[nodes.articleOf(g)]++;
      }
    }
    return matched;
  }

  @Override
  public List<Sentence> sentences() {
    return nodes.sentences();
  }

  @Override
  public int articleOf(int node) {
    return nodes.articleOf(node);
  }

  @Override
  public double relativeScore(int x, int y) {
    return sim(x, y) / sameLevel;
  }

  /** The specific evidence that two nodes' sentences share content (see {@link SharedEvidence}). */
  @Override
  public double evidence(int x, int y) {
    return evidence.between(x, y);
  }

  @Override
  public double position(int node) {
    return nodes.position(node);
  }

  @Override
  public int bodyRank(int node) {
    return nodes.bodyRank(node);
  }

  @Override
  public List<Mention> mentions(int node) {
    return findings.mentions(node);
  }

  @Override
  public Set<String> speakers(int node) {
    return findings.speakers(node);
  }

  /**
   * This run as one more thread scoring candidate pairs reads it: the same nodes and scores, and shared evidence with
   * scratch marks of its own.
   */
  private final class OneThread implements PairFeatures.Run {
    private final SharedEvidence ownEvidence;

    OneThread(SharedEvidence ownEvidence) {
      this.ownEvidence = ownEvidence;
    }

    @Override
    public List<Sentence> sentences() {
      return ScoredPairs.this.sentences();
    }

    @Override
    public int articleOf(int node) {
      return ScoredPairs.this.articleOf(node);
    }

    @Override
    public double relativeScore(int x, int y) {
      return ScoredPairs.this.relativeScore(x, y);
    }

    @Override
    public double evidence(int x, int y) {
      return ownEvidence.between(x, y);
    }

    @Override
    public double position(int node) {
      return ScoredPairs.this.position(node);
    }

    @Override
    public int bodyRank(int node) {
      return ScoredPairs.this.bodyRank(node);
    }

    @Override
    public List<Mention> mentions(int node) {
      return ScoredPairs.this.mentions(node);
    }

    @Override
    public Set<String> speakers(int node) {
      return ScoredPairs.this.speakers(node);
    }

    @Override
    public Optional<LocalDate> published(int node) {
      return ScoredPairs.this.published(node);
    }
  }

  /**
   * Whether two nodes' sentences are mostly quotations (at least {@value #QUOTED} of their characters) that their
   * articles give to different people (no speaker's surname in common): two people's remarks, which may share their
   * words ("on the wrong side of history") but are not one fact.
   */
  boolean quotesOfTwoPeople(int x, int y) {
    return mostlyQuoted(x) && mostlyQuoted(y) && Collections.disjoint(findings.quoteSpeakers(x), findings.quoteSpeakers(y))
        && !sameWords(findings.quotedWords(x), findings.quotedWords(y));
  }

  /** Whether the node's sentence is mostly ({@value #QUOTED}) a quotation given to someone. */
  private boolean mostlyQuoted(int node) {
    if (quoted[node] == 0) {
      boolean q = !findings.quoteSpeakers(node).isEmpty() && findings.quotedShare(node) >= QUOTED;
      quoted[node] = (byte) (q ? 1 : 2);
    }
    return quoted[node] == 1;
  }

  /**
   * Whether two sentences' quoted words are one quote's: {@value #SAME_WORDS} of them in a row alike, or all the
   * shorter one's when it has fewer.
   */
  private static boolean sameWords(List<String> a, List<String> b) {
    int n = Math.min(SAME_WORDS, Math.min(a.size(), b.size()));
    return n > 0 && WordRuns.sharesRun(a, b, n);
  }

  @Override
  public Optional<LocalDate> published(int node) {
    return nodes.articles().get(nodes.articleOf(node)).article().published();
  }
}
