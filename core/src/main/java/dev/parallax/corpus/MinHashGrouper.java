package dev.parallax.corpus;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.ingest.Genre;
import dev.parallax.ingest.GenreMark;
import dev.parallax.internal.Names;
import dev.parallax.internal.ResourceLines;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@link EventGrouper}: banded MinHash over each article's informative features (names, numbers,
 * dates, title and lead words) proposes candidate pairs within a date window; a weighted-term cosine on the
 * analyzed text verifies each pair; and an article joins the event whose recent members it matches in a
 * sufficient share (never a plain connected component, so one bridging article merges nothing). An article left
 * alone whose matches, earlier and later, all lie in one event and are enough to join it is put there at the end.
 *
 * <p>Immutable, thread-safe and serializable (a cluster engine ships it to its workers); the {@code with...}
 * methods return new instances. Cost is linear in the
 * corpus: each article is compared with at most {@link #bucketCap()} earlier articles per band.
 *
 * <pre>{@code
 * MinHashGrouper grouper = EventGroupers.minHash().withWindowDays(3);
 * List<CorpusEvent> events = grouper.group(analyzedArticles);
 * }</pre>
 *
 * <p>The steps are public so that a cluster engine can run them apart and still get the same events:
 * {@link #sketch}, {@link #bandKeys}, {@link #score}, {@link #cluster}.
 */
public final class MinHashGrouper implements EventGrouper, Serializable {
  private static final long serialVersionUID = 1L;
  private static final HashFunction TERM_HASH = Hashing.murmur3_128(0x5eed);
  private static final Set<String> STOP = Set.copyOf(ResourceLines.read("dev/parallax/align/stopwords.txt"));
  private static final float NAME_BOOST = 2.0f;
  private static final float NUMBER_BOOST = 1.5f;
  private static final float TITLE_BOOST = 2.0f;
  /**
   * Where a headline's clauses part: a colon, a full stop (not of a title such as "Dr." or an initial), a semicolon, a
   * dash or a bar, before a space.
   */
  private static final Pattern CLAUSES = Pattern.compile(
      "(?:[:;|\u2014\u2013]|(?<!\\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Sgt|Capt|vs|[A-Z]))\\.)\\s+"
          + "|\\s+-\\s+");
  /** A relative clause between two dashes: "Orrby mayor Lind - who ordered the evacuation - resigns". */
  private static final Pattern RELATIVE_BETWEEN_DASHES = Pattern.compile(
      "\\s+[-\u2014\u2013]\\s+(?:who|whom|whose|which)\\b[^-\u2014\u2013]*\\s+[-\u2014\u2013]\\s+",
      Pattern.CASE_INSENSITIVE);
  /** A clause that is a quotation, in quotation marks from its start to its end: someone's words, not a question. */
  private static final Pattern QUOTATION = Pattern.compile("[\"'\u201c\u2018].*[\"'\u201d]");
  /** A clause that opens with a question word, or with "here is / are / 's" (quotation marks before it skipped). */
  private static final Pattern ASKING_OPENER = Pattern.compile(
      "[\"'\u201c\u2018]*(what|why|how|who|whom|whose|which|where|when|here(?:'s|\\s+is|\\s+are))\\b",
      Pattern.CASE_INSENSITIVE);
  /** A headline that ends in "explained" ("The dam failure, explained"). */
  private static final Pattern EXPLAINED = Pattern.compile("\\bexplained\\W*$", Pattern.CASE_INSENSITIVE);
  /** A headline that opens a list: "5 things to know", "Three takeaways from". */
  private static final Pattern LISTING = Pattern.compile(
      "(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:\\w+\\s+)?"
          + "(things|reasons|ways|takeaways|questions|facts|lessons)\\b", Pattern.CASE_INSENSITIVE);

  private static final MinHashGrouper STANDARD = new MinHashGrouper(32, 1, 3, 48, 0.15, 0.5, 6, 30);

  private final int bands;
  private final int rows;
  private final int windowDays;
  private final int bucketCap;
  private final double threshold;
  private final double share;
  private final int shareCap;
  private final int features;
  private final long[] seeds;

  private MinHashGrouper(int bands, int rows, int windowDays, int bucketCap, double threshold, double share, int shareCap,
      int features) {
    this.bands = bands;
    this.rows = rows;
    this.windowDays = windowDays;
    this.bucketCap = bucketCap;
    this.threshold = threshold;
    this.share = share;
    this.shareCap = shareCap;
    this.features = features;
    this.seeds = new long[bands * rows];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(x);
    }
  }

  /** The tuned defaults: 32 one-hash bands over 30 informative terms, a 3-day window, 48 per bucket, pair threshold 0.15, share 0.5 (chosen on BASIL and ECB+ train, see docs/evaluation.md). */
  public static MinHashGrouper standard() {
    return STANDARD;
  }

  /** Number of bands. */
  public int bands() {
    return bands;
  }

  /** Rows (hash values) per band. */
  public int rows() {
    return rows;
  }

  /** Two articles more than this many days apart are never paired. */
  public int windowDays() {
    return windowDays;
  }

  /** How many earlier articles of one bucket a new article is paired with, at most. */
  public int bucketCap() {
    return bucketCap;
  }

  /** The pair score from which two articles match, in [0, 1]. */
  public double threshold() {
    return threshold;
  }

  /** The share of an event's recent members an article must match to join it, in (0, 1]. */
  public double share() {
    return share;
  }

  /** The member count above which the share needs no more matches (large events need a fixed number). */
  public int shareCap() {
    return shareCap;
  }

  /** How many of an article's most informative terms its MinHash signature is drawn from. */
  public int features() {
    return features;
  }

  /** This grouper drawing signatures from another number of informative terms (at least 1). */
  public MinHashGrouper withFeatures(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("features must be >= 1: " + count);
    }
    return new MinHashGrouper(bands, rows, windowDays, bucketCap, threshold, share, shareCap, count);
  }

  /** This grouper with another band layout. */
  public MinHashGrouper withBands(int newBands, int newRows) {
    if (newBands < 1 || newRows < 1 || newBands * newRows > 1024) {
      throw new IllegalArgumentException("bands and rows must be positive with at most 1024 hashes: " + newBands + " x " + newRows);
    }
    return new MinHashGrouper(newBands, newRows, windowDays, bucketCap, threshold, share, shareCap, features);
  }

  /** This grouper with another date window (days, at least 0). */
  public MinHashGrouper withWindowDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("windowDays must be >= 0: " + days);
    }
    return new MinHashGrouper(bands, rows, days, bucketCap, threshold, share, shareCap, features);
  }

  /** This grouper with another bucket cap (at least 1). */
  public MinHashGrouper withBucketCap(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("bucketCap must be >= 1: " + cap);
    }
    return new MinHashGrouper(bands, rows, windowDays, cap, threshold, share, shareCap, features);
  }

  /** This grouper with another pair threshold, in [0, 1]. */
  public MinHashGrouper withThreshold(double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + value);
    }
    return new MinHashGrouper(bands, rows, windowDays, bucketCap, value, share, shareCap, features);
  }

  /** This grouper with another share, in (0, 1], and the member count from which it stops growing (at least 1). */
  public MinHashGrouper withShare(double value, int cap) {
    if (!(value > 0 && value <= 1) || cap < 1) {
      throw new IllegalArgumentException("share must be in (0, 1] and cap >= 1: " + value + ", " + cap);
    }
    return new MinHashGrouper(bands, rows, windowDays, bucketCap, threshold, value, cap, features);
  }

  @Override
  public Session start() {
    return new MinHashSession();
  }

  // ---------------------------------------------------------------- steps

  /** The sketch of one analyzed article: its weighted terms and informative features. */
  @Override
  public ArticleSketch sketch(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    Map<Long, float[]> weights = new HashMap<>();
    for (Sentence s : article.sentences()) {
      if (s.role() == SentenceRole.EMBEDDED) {
        continue;
      }
      boolean headline = s.role() == SentenceRole.HEADLINE;
      for (Token t : s.tokens()) {
        if (t.kind() != TokenKind.WORD) {
          continue;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.length() < 2 || STOP.contains(t.norm().toLowerCase(Locale.ROOT)) || STOP.contains(lemma)) {
          continue;
        }
        long h = hash("w|" + lemma);
        weights.computeIfAbsent(h, k -> new float[1])[0] += headline ? TITLE_BOOST : 1f;
      }
    }
    String title = article.article().title();
    List<List<Mention>> others = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      others.add(new ArrayList<>());
    }
    for (Mention m : article.mentions()) {
      if (m.kind() == MentionKind.NAME) {
        continue;
      }
      others.get(m.sentence()).add(m);
      if (m.kind() != MentionKind.WEEKDAY) {
        weights.computeIfAbsent(hash("#|" + m.value() + " " + m.unit()), k -> new float[1])[0] += NUMBER_BOOST;
      }
    }
    for (Sentence s : article.sentences()) {
      for (String run : capitalizedRuns(s, others.get(s.index()))) {
        weights.computeIfAbsent(hash("n|" + run), k -> new float[1])[0] += NAME_BOOST;
      }
    }
    long[] terms = weights.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    float[] w = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      w[i] = (float) (1.0 + Math.log(weights.get(terms[i])[0]));
    }
    long day = article.article().published().map(LocalDate::toEpochDay).orElse(ArticleSketch.NO_DAY);
    return new ArticleSketch(article.id(), article.article().outlet(), day, title, terms, w);
  }

  /**
   * The name terms of a sentence: each run of capitalized words outside its numbers and dates (a run of one
   * only past the sentence's first word), lower-cased. Not the analyzer's names: grouping wants every proper
   * noun and title-case headline word as a term, in the form the outlet wrote it, while the analyzer's names
   * are stricter and resolved within the article ("Gingrich" read as "Newt Gingrich"), which would give every
   * story about one politician the same heavy term.
   */
  private static List<String> capitalizedRuns(Sentence s, List<Mention> others) {
    List<Token> t = s.tokens();
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Mention covering = covering(others, t.get(i));
      if (covering != null) {
        while (i < t.size() && t.get(i).start() < covering.end()) {
          i++;
        }
        continue;
      }
      Token tok = t.get(i);
      if (tok.kind() == TokenKind.WORD && tok.isCapitalized()
          && (i > 0 || i + 1 < t.size() && t.get(i + 1).isCapitalized())) {
        int j = i + 1;
        while (j < t.size() && t.get(j).kind() == TokenKind.WORD && t.get(j).isCapitalized()) {
          j++;
        }
        StringBuilder v = new StringBuilder();
        for (int k = i; k < j; k++) {
          v.append(k > i ? " " : "").append(t.get(k).norm());
        }
        out.add(v.toString().toLowerCase(Locale.ROOT));
        i = j;
        continue;
      }
      i++;
    }
    return out;
  }

  /** The mention of {@code others} whose span holds the token's start, or null. */
  private static Mention covering(List<Mention> others, Token token) {
    for (Mention m : others) {
      if (token.start() >= m.start() && token.start() < m.end()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The MinHash band keys of a sketch, one per band: the signature is drawn from its {@link #features()}
   * most informative terms (highest {@code (1 + ln tf) * idf}) among those at least one other article carries
   * ({@link TermStats#shared}); empty when it has no such term. A term of one article alone would take a place in
   * the signature that can never meet another article's: a report that lists many names no other report has
   * (the people taken in, the players of a match) shared no band with its own story.
   */
  public long[] bandKeys(ArticleSketch sketch, TermStats stats) {
    Objects.requireNonNull(sketch, "sketch");
    Objects.requireNonNull(stats, "stats");
    return bandKeys(sketch, stats::idf, stats::shared);
  }

  long[] bandKeys(ArticleSketch sketch, Idf idf, LongPredicate shared) {
    long[] f = informative(sketch, idf, shared);
    if (f.length == 0) {
      return new long[0];
    }
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : f) {
      for (int i = 0; i < seeds.length; i++) {
        long v = mix(x ^ seeds[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long k = mix(0xBADC0FFEE0DDF00DL + b);
      for (int r = 0; r < rows; r++) {
        k = mix(k * 31 + sig[b * rows + r]);
      }
      keys[b] = k;
    }
    return keys;
  }

  /**
   * The {@link #features()} terms of highest weight times idf (ties: lower hash first) among those another
   * article also carries: a term of one article alone can never put two articles in one bucket.
   */
  private long[] informative(ArticleSketch sketch, Idf idf, LongPredicate shared) {
    int n = sketch.termCount();
    List<Integer> kept = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (shared.test(sketch.term(i))) {
        kept.add(i);
      }
    }
    if (kept.size() <= features) {
      return kept.stream().mapToLong(sketch::term).toArray();
    }
    double[] w = new double[n];
    for (int i : kept) {
      w[i] = sketch.weight(i) * idf.idf(sketch.term(i));
    }
    kept.sort((x, y) -> w[x] != w[y] ? Double.compare(w[y], w[x]) : Long.compare(sketch.term(x), sketch.term(y)));
    long[] out = new long[features];
    for (int i = 0; i < features; i++) {
      out[i] = sketch.term(kept.get(i));
    }
    return out;
  }

  /**
   * The same-event score of two sketches: the cosine of their term vectors weighted by
   * {@code (1 + ln tf) * idf}, in [0, 1]; 0 when either has no term. Symmetric.
   */
  public double score(ArticleSketch a, ArticleSketch b, TermStats stats) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(stats, "stats");
    return cosine(a, b, stats::idf);
  }

  /** Whether two sketches are close enough in time to be paired. */
  public boolean near(ArticleSketch a, ArticleSketch b) {
    return ArticleSketch.near(a.day(), b.day(), windowDays);
  }

  /** The order articles are grouped in: by day (undated first), then id. */
  public static Comparator<ArticleSketch> order() {
    return Comparator.comparingLong(ArticleSketch::day).thenComparing(ArticleSketch::id);
  }

  /**
   * The candidate pairs of one band bucket: {@code bucket} sorted by {@link #order()}, each article paired
   * with at most {@link #bucketCap()} articles just before it that are within the window. Returns pairs of
   * indexes into {@code bucket}, {@code [later, earlier]}.
   */
  public List<int[]> bucketPairs(List<ArticleSketch> bucket) {
    List<int[]> out = new ArrayList<>();
    for (int i = 1; i < bucket.size(); i++) {
      for (int j = i - 1; j >= Math.max(0, i - bucketCap); j--) {
        if (near(bucket.get(i), bucket.get(j))) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }

  /**
   * The clustering step on its own: given the articles in {@link #order()} and every verified pair scoring at
   * least {@link #threshold()}, the events. What a session does, for engines that score pairs elsewhere.
   */
  public List<CorpusEvent> cluster(List<ArticleSketch> ordered, List<ScoredPair> matches) {
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(matches, "matches");
    Map<String, Integer> index = new HashMap<>();
    for (ArticleSketch s : ordered) {
      index.put(s.id(), index.size());
    }
    Map<Integer, Map<Integer, Double>> byLater = new HashMap<>();
    for (ScoredPair p : matches) {
      if (p.score() < threshold) {
        continue;
      }
      Integer a = index.get(p.later());
      Integer b = index.get(p.earlier());
      if (a == null || b == null) {
        throw new IllegalArgumentException("pair " + p + " names an article not in the list");
      }
      int later = Math.max(a, b);
      int earlier = Math.min(a, b);
      byLater.computeIfAbsent(later, k -> new TreeMap<>()).put(earlier, p.score());
    }
    OnlineClusters clusters = new OnlineClusters(windowDays, share, shareCap);
    for (int i = 0; i < ordered.size(); i++) {
      clusters.add(ordered.get(i).day(), byLater.getOrDefault(i, Map.of()));
    }
    return events(ordered, clusters.clusters());
  }

  // ---------------------------------------------------------------- internals

  interface Idf {
    double idf(long term);
  }

  static double cosine(ArticleSketch a, ArticleSketch b, Idf idf) {
    int n = a.termCount();
    int m = b.termCount();
    if (n == 0 || m == 0) {
      return 0.0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      long ta = i < n ? a.term(i) : Long.MAX_VALUE;
      long tb = j < m ? b.term(j) : Long.MAX_VALUE;
      if (i < n && (j >= m || ta < tb)) {
        double w = a.weight(i) * idf.idf(ta);
        na += w * w;
        i++;
      } else if (j < m && (i >= n || tb < ta)) {
        double w = b.weight(j) * idf.idf(tb);
        nb += w * w;
        j++;
      } else {
        double f = idf.idf(ta);
        double wa = a.weight(i) * f;
        double wb = b.weight(j) * f;
        dot += wa * wb;
        na += wa * wa;
        nb += wb * wb;
        i++;
        j++;
      }
    }
    double c = dot / Math.sqrt(na * nb);
    return Math.max(0.0, Math.min(1.0, c));
  }

  static long hash(String s) {
    return TERM_HASH.hashString(s, StandardCharsets.UTF_8).asLong();
  }

  /** The 64-bit finalizer of MurmurHash3 (fmix64): a cheap, well-mixed permutation of a long. */
  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }

  static List<CorpusEvent> events(List<ArticleSketch> ordered, List<List<Integer>> clusters) {
    List<CorpusEvent> out = new ArrayList<>(clusters.size());
    for (List<Integer> c : clusters) {
      out.add(event("e" + (out.size() + 1), c.stream().map(ordered::get).toList()));
    }
    return EventIds.assign(out);
  }

  /**
   * The event {@code id} of {@code sketches} (in article order): their ids, their {@linkplain #centralTitle central
   * title}, and the first and last of their days.
   */
  static CorpusEvent event(String id, List<ArticleSketch> sketches) {
    List<String> ids = new ArrayList<>(sketches.size());
    List<String> titles = new ArrayList<>(sketches.size());
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (ArticleSketch s : sketches) {
      ids.add(s.id());
      titles.add(s.title());
      if (s.day() != ArticleSketch.NO_DAY) {
        first = Math.min(first, s.day());
        last = Math.max(last, s.day());
      }
    }
    Optional<LocalDate> f = first == Long.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(first));
    Optional<LocalDate> l = last == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last));
    return new CorpusEvent(id, centralTitle(titles), ids, f, l);
  }

  /**
   * The headline that names an event best: of the non-blank {@code titles} (in article order) that state something
   * rather than {@linkplain #asks ask or announce an explainer} and carry no {@linkplain #labelledOpinion opinion
   * label} (all of them when none does), the one whose words
   * (lower-cased, stop words left out) the others share most, summed over all the others as
   * {@code shared / sqrt(its words * their words)}; on a tie the earliest, so with two headlines the first. A
   * headline of its own angle (an opinion piece's, a later development's) shares fewer words with the event's other
   * reports than a plain report of the event does; an explainer ("What we know about the dam failure") may share as
   * many, but it is not the headline that says what happened. Empty when every title is blank.
   *
   * <p>Linear in the words of the titles: the sum over the others is {@code (sum over its words w of S(w)) /
   * sqrt(its words) - 1}, where {@code S(w)} sums {@code 1 / sqrt(their words)} over the titles holding {@code w}
   * (itself included, hence the 1 taken off), so no title is compared with every other.
   */
  static String centralTitle(List<String> titles) {
    List<String> given = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    Map<String, Double> holders = new HashMap<>();   // S(w): 1 / sqrt(size) summed over the titles holding w
    for (String t : titles) {
      if (t.isBlank()) {
        continue;
      }
      given.add(t.strip());
      Set<String> w = new HashSet<>();
      for (String word : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 2 && !STOP.contains(word)) {
          w.add(word);
        }
      }
      words.add(w);
      double each = w.isEmpty() ? 0 : 1 / Math.sqrt(w.size());
      for (String word : w) {
        holders.merge(word, each, Double::sum);
      }
    }
    if (given.isEmpty()) {
      return "";
    }
    boolean anyStatement = given.stream().anyMatch(t -> !passedOver(t));
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < given.size(); i++) {
      if (anyStatement && passedOver(given.get(i))) {
        continue;
      }
      Set<String> mine = words.get(i);
      double score = 0;
      if (!mine.isEmpty()) {
        double sum = 0;
        for (String w : mine) {
          sum += holders.get(w);
        }
        score = Math.max(0, sum / Math.sqrt(mine.size()) - 1);
      }
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    }
    return given.get(best);
  }

  /**
   * Whether {@code title} is passed over as an event's title while another headline is not: it {@linkplain #asks asks
   * or announces an explainer}, or it is {@linkplain #labelledOpinion labelled an opinion}.
   */
  static boolean passedOver(String title) {
    return asks(title) || labelledOpinion(title);
  }

  /**
   * Whether {@code title} opens with the label of an opinion piece, before a colon, a bar or a dash: "Opinion:",
   * "OPINION |", "Editorial:", "Op-Ed:", "Commentary -", "Column:", "Guest column:", "Letters:", "Viewpoints:",
   * "Perspective:" ({@link GenreMark#ofTitle}, as {@code compare} reads a title's label). A writer's view of the event
   * is not the headline that says what happened. "Opinion poll shows ..." has no label, and "Analysis:" is no opinion.
   */
  static boolean labelledOpinion(String title) {
    return GenreMark.ofTitle(title).filter(m -> m.genre() == Genre.OPINION).isPresent();
  }

  /**
   * Whether {@code title} asks a question or announces an explainer rather than stating what happened: it holds a
   * question mark, one of its clauses (the headline, or what follows a colon, a full stop, a dash or a bar) opens with
   * a question word or "here is / are / 's", it ends in "explained", or it opens a list ("5 things to know").
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>title</th><th>asks</th></tr>
   *   <tr><td>Dam fails at Orrby, valley evacuated</td><td>no</td></tr>
   *   <tr><td>Could the Orrby dam fail again?</td><td>yes (a question mark)</td></tr>
   *   <tr><td>What we know about the Orrby dam failure</td><td>yes (opens with a question word)</td></tr>
   *   <tr><td>Orrby dam fails: here's what it means for the valley</td><td>yes (a clause opens with "here's")</td></tr>
   *   <tr><td>The Orrby dam failure, explained</td><td>yes</td></tr>
   *   <tr><td>4 reasons the Orrby dam failed</td><td>yes (a list)</td></tr>
   *   <tr><td>WHO chief: vaccine stocks low</td><td>no (a word in capitals is a name, here an organization's)</td></tr>
   *   <tr><td>When the levee broke, 400 homes flooded</td><td>no (a clause of time before the statement)</td></tr>
   *   <tr><td>Lind: 'What happened was a tragedy'</td><td>no (a quotation)</td></tr>
   *   <tr><td>Mayor Lind - who ordered the evacuation - resigns</td><td>no (a relative clause)</td></tr>
   * </table>
   */
  static boolean asks(String title) {
    String t = title.strip().replace('\u2019', '\'');
    if (t.indexOf('?') >= 0 || EXPLAINED.matcher(t).find() || LISTING.matcher(t).lookingAt()) {
      return true;
    }
    for (String clause : CLAUSES.split(RELATIVE_BETWEEN_DASHES.matcher(t).replaceAll(" "))) {
      String c = clause.strip();
      Matcher m = ASKING_OPENER.matcher(c);
      // a word in capitals is a name: "WHO chief: ..." is the World Health Organization's
      if (m.lookingAt() && !m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && !QUOTATION.matcher(c).matches()
          && !opensASentenceOfItsOwn(m.group(1), c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause that opens with "when" or "where" goes on after a comma: the question word opens a clause of
   * time or place before the statement ("When the levee broke, 400 homes flooded").
   */
  private static boolean opensASentenceOfItsOwn(String opener, String clause) {
    String w = opener.toLowerCase(Locale.ROOT);
    return (w.equals("when") || w.equals("where")) && clause.indexOf(',') > 0;
  }

  /** One run: buckets of recent articles per band key, document frequencies so far, the clusters. */
  private final class MinHashSession implements Session {
    private final List<ArticleSketch> ordered = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<Long, ArrayDeque<Integer>> buckets = new HashMap<>();
    /** Per term, how many articles carry it; while one article alone does, {@code -(its index + 1)}. */
    private final Map<Long, Integer> df = new HashMap<>();
    private final OnlineClusters clusters = new OnlineClusters(windowDays, share, shareCap);

    @Override
    public void add(List<AnalyzedArticle> batch) {
      Objects.requireNonNull(batch, "batch");
      List<ArticleSketch> sketches = new ArrayList<>(batch.size());
      for (AnalyzedArticle a : batch) {
        Objects.requireNonNull(a, "article");
        sketches.add(sketch(a));
      }
      addSketches(sketches);
    }

    @Override
    public void addSketches(List<ArticleSketch> batch) {
      Objects.requireNonNull(batch, "batch");
      for (ArticleSketch s : batch) {
        Objects.requireNonNull(s, "sketch");
        if (!ids.add(s.id())) {
          throw new IllegalArgumentException("article id '" + Names.quote(s.id()) + "' was added before");
        }
      }
      List<ArticleSketch> sorted = new ArrayList<>(batch);
      sorted.sort(order());
      Set<Integer> resigned = count(sorted);
      long articles = ordered.size() + sorted.size();
      Idf idf = t -> 1.0 + Math.log((articles + 1.0) / (Math.max(1, carriers(t)) + 1.0));
      LongPredicate shared = t -> carriers(t) >= 2;
      for (int j : resigned) {
        if (nearBatch(ordered.get(j).day(), sorted)) {
          resign(j, idf, shared);
        }
      }
      for (ArticleSketch s : sorted) {
        int index = ordered.size();
        ordered.add(s);
        Set<Integer> candidates = new TreeSet<>();
        for (long key : bandKeys(s, idf, shared)) {
          ArrayDeque<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>());
          Iterator<Integer> it = bucket.descendingIterator();
          for (int taken = 0; it.hasNext() && taken < bucketCap; taken++) {
            int j = it.next();
            if (ArticleSketch.near(ordered.get(j).day(), s.day(), windowDays)) {
              candidates.add(j);
            }
          }
          bucket.addLast(index);
          if (bucket.size() > bucketCap) {
            bucket.removeFirst();
          }
        }
        Map<Integer, Double> matches = new TreeMap<>();
        for (int j : candidates) {
          double score = cosine(s, ordered.get(j), idf);
          if (score >= threshold) {
            matches.put(j, score);
          }
        }
        clusters.add(s.day(), matches);
      }
    }

    @Override
    public List<CorpusEvent> events() {
      return MinHashGrouper.events(ordered, clusters.clusters());
    }

    @Override
    public List<ScoredPair> loneMatches() {
      List<ScoredPair> out = new ArrayList<>();
      for (List<Integer> c : clusters.clusters()) {
        if (c.size() != 1) {
          continue;
        }
        int lone = c.get(0);
        for (Map.Entry<Integer, Double> m : clusters.openerMatches(lone).entrySet()) {
          int later = Math.max(lone, m.getKey());
          int earlier = Math.min(lone, m.getKey());
          out.add(new ScoredPair(ordered.get(later).id(), ordered.get(earlier).id(), m.getValue()));
        }
      }
      return out;
    }

    /**
     * Counts the terms of {@code sorted} (the batch, in order) into the document frequencies; returns the
     * articles of earlier batches that carried one of these terms alone until now.
     */
    private Set<Integer> count(List<ArticleSketch> sorted) {
      Set<Integer> resigned = new TreeSet<>();
      for (int k = 0; k < sorted.size(); k++) {
        ArticleSketch s = sorted.get(k);
        int index = ordered.size() + k;
        for (int i = 0; i < s.termCount(); i++) {
          long term = s.term(i);
          Integer v = df.get(term);
          if (v == null) {
            df.put(term, -(index + 1));
          } else if (v < 0) {
            int carrier = -v - 1;
            if (carrier < ordered.size()) {
              resigned.add(carrier);
            }
            df.put(term, 2);
          } else {
            df.put(term, v + 1);
          }
        }
      }
      return resigned;
    }

    /** How many articles added so far carry {@code term}. */
    private int carriers(long term) {
      Integer v = df.get(term);
      return v == null ? 0 : v < 0 ? 1 : v;
    }

    /**
     * Signs an article of an earlier batch again, now that a term it carried alone is shared, and puts it in the
     * buckets of its new band keys: it was signed before any other article carried its story's terms (a first
     * report), so its first keys came from the few terms it shared with other stories, and the later reports of
     * its story, signed from the terms they share with it, would never meet it.
     */
    private void resign(int j, Idf idf, LongPredicate shared) {
      for (long key : bandKeys(ordered.get(j), idf, shared)) {
        ArrayDeque<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!bucket.contains(j)) {
          bucket.addLast(j);
          if (bucket.size() > bucketCap) {
            bucket.removeFirst();
          }
        }
      }
    }

    /** Whether {@code day} lies within the window of the days of {@code sorted} (the batch, in order). */
    private boolean nearBatch(long day, List<ArticleSketch> sorted) {
      long first = sorted.get(0).day();
      long last = sorted.get(sorted.size() - 1).day();
      return day == ArticleSketch.NO_DAY || first == ArticleSketch.NO_DAY
          || day >= first - windowDays && day <= last + windowDays;
    }
  }
}
