package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.internal.Deadline;
import dev.parallax.ingest.PublishedTime;
import dev.parallax.internal.ResourceLines;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds text one outlet reuses from another: runs of at least {@value #SHINGLE} words (lower-cased,
 * punctuation and quotation marks ignored) that two articles share.
 *
 * <p>Every run of {@value #SHINGLE} words of every article is hashed once; runs with the same hash in two
 * articles are checked word by word and merged along their diagonal into maximal spans. The cost is linear
 * in the number of words (plus the shared runs); there is no all-pairs substring search.
 *
 * <p><b>Quotes and stock phrases are weak evidence.</b> Two outlets that print the same words of a speaker
 * may both have quoted the speaker (or a wire) faithfully, and wrap the quote in the same attribution ("fire
 * chief Tom Reyes said at the scene"). Words inside quotation marks in either article (a quote found, or double
 * marks around them, also over several paragraphs: {@link #inQuotationMarks}), capitalised words
 * (names that every report repeats), verbs of saying ({@code attribution-neutral.txt}: "said", "told",
 * "according to") and the stock phrases of news writing ({@code stock-phrases.txt}: "at the scene", "in a
 * statement") therefore do not count towards the evidence: a pair is reported only when its shared spans hold at least
 * {@value #MIN_NARRATIVE_WORDS} other words, the outlets' own narrative, in two runs of {@value #MIN_RUN_NARRATIVE} or
 * more, or in one run that holds twice as many or is {@value #WIRE_RUN} words long with its quotes and holds
 * {@value #MIN_RUN_NARRATIVE} (one short phrase two reporters hit on, or a shared "a spokesman said", is no copy).
 * A word that stands in a two-word phrase
 * many other articles of the story use too (a quarter of them, {@value #STORY_PHRASE_MIN} at least) is the story's
 * common phrasing ("the Corvell packaging plant in Alder Bay", "fire chief"), which every outlet writes, and does not
 * count either; one other article repeating a few phrases of a long shared run says nothing of the pair. When that
 * many other articles (all of them, when fewer) print the whole run, the run itself is what every outlet writes (a
 * phrase of the story, a notice), and a phrase any one of them uses does not count. Neither holds when the pair shares two or more runs
 * of at least {@value #WIRE_RUN} words, or one of at least {@value #WIRE_STORY_RUN}: a wire story that several outlets
 * print is copy each pair of them shares. Once
 * a pair qualifies, all its shared spans are listed, quoted ones included.
 *
 * <p><b>Direction</b> ({@link Reuse#direction()}, {@link Reuse#basis()}): the article published earlier is
 * the source ("published earlier", {@link ReuseBasis#PUBLISHED_EARLIER}); on the same day, the one whose date line
 * gives the earlier time ({@link PublishedTime}: "7:05 AM" against an "Updated: ... 9:10 AM", since a later version
 * cannot be the source of an earlier one). When the dates tie or one is
 * missing, an article that names the other outlet where it prints the shared words ("According to the Lindby Post,
 * …"; see {@link #credit}) is the copier, the other the source ("credits the source",
 * {@link ReuseBasis#CREDITS_SOURCE}). When both or neither do, the source is the article in which the shared spans
 * sit inside clearly more of its own text — the
 * paragraphs around them are longer, by at least {@value #CONTEXT_MARGIN} characters and a quarter ("longer
 * context", {@link ReuseBasis#LONGER_CONTEXT}). When that ties too, the article given first is the source
 * ("input order", {@link ReuseBasis#INPUT_ORDER}). The direction
 * starts with that rule's name and says the reason in plain words, naming the outlets: "published earlier:
 * RT came out on 2021-12-02, ZeroHedge on 2021-12-03".
 *
 * <p>Stateless and thread-safe.
 */
final class ReuseFinder {
  /** The least difference of own text around the shared spans that decides a direction. */
  static final int CONTEXT_MARGIN = 60;
  /** Last words of outlet names too common to stand for the outlet alone ("Fox News" is not "News"). */
  private static final Set<String> GENERIC_NAME_ENDS = Set.of("news", "daily", "online", "media", "network", "today",
      "group", "service", "wire", "tv", "radio", "magazine");
  /** English function words ("a", "it", "the"): never an outlet's name on their own. */
  private static final Set<String> FUNCTION_WORDS =
      Set.copyOf(ResourceLines.read("dev/parallax/align/stopwords.txt"));
  static final int SHINGLE = 8;
  static final int MIN_NARRATIVE_WORDS = 6;
  /** The least number of the outlets' own words that make a shared run one of the two runs of narrative asked for. */
  static final int MIN_RUN_NARRATIVE = 5;
  /**
   * The least number of words in a row two articles share that, in two or more places, are copy they print (a wire
   * story carried by several outlets), not the story's common phrasing, however many other articles print them too;
   * one such run alone is as often a notice every outlet appends (a helpline). On BASIL's independently written
   * events a run of 14 words is a stock biography line ("Doe, 46, is married to …"), and no pair changes at 20; on an
   * ECB+ train event four outlets carrying one agency story were found only with it.
   */
  static final int WIRE_RUN = 20;
  /**
   * The least number of words in a row that alone are copy however many other articles print them: a story printed
   * word for word by several outlets is one run, while a notice every outlet appends (a helpline, a correction) runs
   * to two or three dozen words.
   */
  static final int WIRE_STORY_RUN = 3 * WIRE_RUN;
  /**
   * The share of the shorter article's words outside quotation marks that, in shared runs of {@value #SHINGLE} words or
   * more, make a pair copy however many other articles print them: a wire story that each outlet edited a little (a
   * word changed every dozen) shares no run of {@value #WIRE_RUN} words, yet most of its text.
   */
  static final double WIRE_SHARE = 0.5;
  /** A run repeated more often than this (per article given) is boilerplate, not evidence. */
  private static final int MAX_POSTINGS_PER_ARTICLE = 3;
  /** The places sharing a run pair with at most this many following ones. */
  private static final int POSTING_REACH = 64;

  /**
   * An article's words in reading order, with what the evidence rules need, and the hash of the
   * {@value #SHINGLE}-word piece that starts at each word (as many as there are such pieces).
   */
  private record Words(int index, AnalyzedArticle article, List<Token> tokens, boolean[] quoted, boolean[] weak,
      java.util.Set<Long> phrases, long[] pieces) {}

  /**
   * The least share of the other articles (besides the pair) that must use a two-word phrase for it to be the story's
   * common phrasing in a run no other article prints whole; at least {@value #STORY_PHRASE_MIN} of them.
   */
  static final double STORY_PHRASE_SHARE = 0.25;
  /** The least number of other articles that make a phrase the story's, when no other article prints the whole run. */
  static final int STORY_PHRASE_MIN = 2;

  List<Reuse> find(Inputs in) {
    List<Words> words = new ArrayList<>();
    for (AnalyzedArticle a : in.main()) {
      words.add(words(words.size(), a));
    }
    Map<Long, Integer> phrases = new HashMap<>(); // two-word phrase -> articles that use it
    for (Words w : words) {
      for (long h : w.phrases()) {
        phrases.merge(h, 1, Integer::sum);
      }
    }
    Map<Long, List<int[]>> postings = new HashMap<>();
    for (int d = 0; d < words.size(); d++) {
      long[] pieces = words.get(d).pieces();
      for (int i = 0; i < pieces.length; i++) {
        postings.computeIfAbsent(pieces[i], k -> new ArrayList<>(2)).add(new int[] {d, i});
      }
    }
    Map<Long, List<int[]>> matches = new HashMap<>();
    for (List<int[]> p : postings.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTINGS_PER_ARTICLE * words.size()) {
        continue;
      }
      Deadline.check();
      // a run that more than POSTING_REACH places share pairs each with the next POSTING_REACH only, so
      // hundreds of articles carrying one wire story cost their number, not its square
      int reach = Math.min(p.size(), POSTING_REACH);
      for (int x = 0; x < p.size(); x++) {
        for (int y = x + 1; y < Math.min(p.size(), x + 1 + reach); y++) {
          int[] a = p.get(x);
          int[] b = p.get(y);
          if (a[0] == b[0] || !same(words.get(a[0]).tokens(), a[1], words.get(b[0]).tokens(), b[1])) {
            continue;
          }
          int[] lo = a[0] < b[0] ? a : b;
          int[] hi = lo == a ? b : a;
          matches.computeIfAbsent((long) lo[0] * words.size() + hi[0], k -> new ArrayList<>()).add(new int[] {lo[1], hi[1]});
        }
      }
    }
    List<Reuse> out = new ArrayList<>();
    List<Long> pairs = new ArrayList<>(matches.keySet());
    pairs.sort(Comparator.naturalOrder());
    for (long key : pairs) {
      Words a = words.get((int) (key / words.size()));
      Words b = words.get((int) (key % words.size()));
      reuse(in, a, b, matches.get(key), phrases, postings, words.size()).ifPresent(out::add);
    }
    out.sort(Comparator.comparingInt(Reuse::chars).reversed().thenComparing(Reuse::from).thenComparing(Reuse::to));
    return out;
  }

  /**
   * Whether the shared runs, two or more, hold at least {@value #WIRE_SHARE} of the shorter article's words outside
   * quotation marks (and {@value #WIRE_RUN} such words at least): most of one article is the other's text, edited.
   */
  private static boolean mostlyShared(Words a, Words b, List<int[]> runs) {
    boolean[] inRun = new boolean[a.tokens().size()];
    int shared = 0;
    for (int[] r : runs) {
      for (int k = 0; k < r[2]; k++) {
        int i = r[0] + k;
        if (!inRun[i] && !a.quoted()[i] && !b.quoted()[r[1] + k]) {
          inRun[i] = true;
          shared++;
        }
      }
    }
    int shorter = Math.min(unquoted(a), unquoted(b));
    // in two runs at least: one run is a reprint (WIRE_STORY_RUN) or a notice every outlet appends to a short report
    return runs.size() >= 2 && shared >= WIRE_RUN && shared >= WIRE_SHARE * shorter;
  }

  /** How many of an article's words stand outside quotation marks. */
  private static int unquoted(Words w) {
    int n = 0;
    for (boolean q : w.quoted()) {
      n += q ? 0 : 1;
    }
    return n;
  }

  private Optional<Reuse> reuse(Inputs in, Words a, Words b, List<int[]> m, Map<Long, Integer> phrases,
      Map<Long, List<int[]>> postings, int articles) {
    m.sort(Comparator.<int[]>comparingInt(x -> x[0] - x[1]).thenComparingInt(x -> x[0]));
    List<int[]> runs = new ArrayList<>(); // {aStart, bStart, length in words}
    for (int[] x : m) {
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[0] - last[1] == x[0] - x[1] && x[0] <= last[0] + last[2]) {
        last[2] = Math.max(last[2], x[0] + SHINGLE - last[0]);
      } else {
        runs.add(new int[] {x[0], x[1], SHINGLE});
      }
    }
    runs.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
    int narrative = 0;
    int narrativeRuns = 0;
    boolean strongRun = false;
    // two or more long runs are copy (a wire story); one is as often a notice every outlet prints (a helpline),
    // unless it is longer than such notices run: a story printed word for word is one run, however long
    boolean mostly = mostlyShared(a, b, runs); // an edited wire story: most of one article, in short runs
    boolean wire = runs.stream().filter(r -> r[2] >= WIRE_RUN).count() >= 2
        || runs.stream().anyMatch(r -> r[2] >= WIRE_STORY_RUN) || mostly;
    // a phrase is the story's when many of the other articles use it; when as many print the whole run (all of them,
    // when fewer), the run is a phrase or a notice every outlet writes, and any phrase another article uses is the story's
    int many = Math.max(STORY_PHRASE_MIN, (int) Math.ceil(STORY_PHRASE_SHARE * (articles - 2)));
    for (int[] r : runs) {
      int own = 0;
      int common = printedWholeElsewhere(a, b, r, postings, articles) >= Math.min(many, articles - 2) ? 1 : many;
      for (int k = 0; k < r[2]; k++) {
        int i = r[0] + k;
        int j = r[1] + k;
        if (!a.quoted()[i] && !b.quoted()[j] && !a.weak()[i]
            && (wire && (r[2] >= WIRE_RUN || mostly) || !storyPhrase(a, b, i, phrases, common))) {
          own++;
        }
      }
      narrative += own;
      narrativeRuns += own >= MIN_RUN_NARRATIVE ? 1 : 0; // not a shared attribution's tail ("a spokesman said")
      strongRun |= own >= 2 * MIN_NARRATIVE_WORDS || own >= MIN_RUN_NARRATIVE && r[2] >= WIRE_RUN;
    }
    // one short run of the outlets' own words is as often the story's phrasing two reporters hit on ("to alter the
    // talking points for political reasons"): the narrative must be in two runs, or in one run twice as long, or in a
    // run of at least WIRE_RUN words (the same words between the same two quotes), each with five own words or more
    if (narrative < MIN_NARRATIVE_WORDS || narrativeRuns < 2 && !strongRun) {
      return Optional.empty();
    }
    boolean aFirst;
    String rule;
    ReuseBasis basis;
    Optional<LocalDate> da = a.article().article().published();
    Optional<LocalDate> db = b.article().article().published();
    long ca = context(a, runs, 0);
    long cb = context(b, runs, 1);
    boolean sameOutlet = a.article().article().outlet().equals(b.article().article().outlet());
    String na = sameOutlet ? a.article().id() : a.article().article().outlet();
    String nb = sameOutlet ? b.article().id() : b.article().article().outlet();
    // an article that names the other outlet where it prints the shared words credits it: it is the copier
    Optional<String> bCredits = sameOutlet ? Optional.empty()
        : credit(b.article(), a.article().article().outlet(), spans(runs, true, a, b));
    Optional<String> aCredits = sameOutlet ? Optional.empty()
        : credit(a.article(), b.article().article().outlet(), spans(runs, false, a, b));
    Optional<PublishedTime.Clock> ta = PublishedTime.of(a.article().article());
    Optional<PublishedTime.Clock> tb = PublishedTime.of(b.article().article());
    if (da.isPresent() && db.isPresent() && !da.get().equals(db.get())) {
      aFirst = da.get().isBefore(db.get());
      basis = ReuseBasis.PUBLISHED_EARLIER;
      rule = "published earlier: " + (aFirst ? na + " came out on " + da.get() + ", " + nb + " on " + db.get()
          : nb + " came out on " + db.get() + ", " + na + " on " + da.get());
    } else if (da.isPresent() && db.isPresent() && earlierSameDay(ta, tb) != earlierSameDay(tb, ta)) {
      // the same day, at times their date lines give (an update's, for an updated version): a later version cannot be
      // the source of an earlier one
      aFirst = earlierSameDay(ta, tb);
      basis = ReuseBasis.PUBLISHED_EARLIER;
      rule = "published earlier: both came out on " + da.get() + ", " + (aFirst ? na + " at " + ta.get() + ", " + nb
          + " at " + tb.get() : nb + " at " + tb.get() + ", " + na + " at " + ta.get());
    } else if (aCredits.isPresent() != bCredits.isPresent()) {
      aFirst = bCredits.isPresent();
      basis = ReuseBasis.CREDITS_SOURCE;
      rule = "credits the source: " + (da.isPresent() && db.isPresent() ? "both came out on " + da.get()
          : "a publication date is missing") + ", and " + (aFirst ? nb : na) + " names " + (aFirst ? na : nb)
          + " where it prints the shared words";
    } else if (clearlyLonger(ca, cb) || clearlyLonger(cb, ca)) {
      aFirst = ca > cb;
      basis = ReuseBasis.LONGER_CONTEXT;
      rule = "longer context: " + (da.isPresent() && db.isPresent() ? "both came out on " + da.get()
          : "a publication date is missing") + ", and the shared text sits inside more of " + (aFirst ? na : nb)
          + "'s own writing (" + Math.max(ca, cb) + " characters of its own text around it, against " + Math.min(ca, cb)
          + " in " + (aFirst ? nb : na) + ")";
    } else {
      aFirst = in.order(a.article().id()) <= in.order(b.article().id());
      basis = ReuseBasis.INPUT_ORDER;
      rule = "input order: neither the dates nor the text around the shared words tell which came first, so "
          + (aFirst ? na : nb) + ", given first, is taken as the source";
    }
    Words from = aFirst ? a : b;
    Words to = aFirst ? b : a;
    List<ReuseSpan> spans = spans(runs, aFirst, a, b);
    // an outlet's own name in its other version ("records seen by the Ledger") is its own reporting, no credit
    return Optional.of(new Reuse(from.article().id(), to.article().id(), spans, copiedChars(spans), rule, basis,
        sameOutlet ? Optional.empty() : credit(to.article(), from.article().article().outlet(), spans)));
  }

  /** Whether time {@code a} is earlier than {@code b}, both known and in the same zone (or both in none). */
  private static boolean earlierSameDay(Optional<PublishedTime.Clock> a, Optional<PublishedTime.Clock> b) {
    return a.isPresent() && b.isPresent() && a.get().isBefore(b.get());
  }

  /** The shared runs as spans from {@code a} to {@code b} when {@code aFirst}, else from {@code b} to {@code a}. */
  private static List<ReuseSpan> spans(List<int[]> runs, boolean aFirst, Words a, Words b) {
    Words from = aFirst ? a : b;
    Words to = aFirst ? b : a;
    List<ReuseSpan> spans = new ArrayList<>();
    for (int[] r : runs) {
      int fi = aFirst ? r[0] : r[1];
      int ti = aFirst ? r[1] : r[0];
      Token fs = from.tokens().get(fi);
      Token fe = from.tokens().get(fi + r[2] - 1);
      Token ts = to.tokens().get(ti);
      Token te = to.tokens().get(ti + r[2] - 1);
      spans.add(new ReuseSpan(fs.start(), fe.end(), ts.start(), te.end()));
    }
    return spans;
  }

  /**
   * The sentence of the reusing article that names the source outlet, in or just before a shared span ("Here's an
   * excerpt from the Times report:", "the Times reported"): the outlet's name, without a leading "The", or its last
   * word when that is distinctive ("Times", "Insider"; not "News"), capitalised as a word.
   */
  static Optional<String> credit(AnalyzedArticle copier, String source, List<ReuseSpan> spans) {
    List<String> names = new ArrayList<>();
    String name = source.strip().replaceFirst("^(?i)the\\s+", "");
    if (readsAsName(name)) {
      names.add(name);
    }
    int sp = name.lastIndexOf(' ');
    String last = sp < 0 ? "" : name.substring(sp + 1);
    if (last.length() >= 4 && !GENERIC_NAME_ENDS.contains(last.toLowerCase(Locale.ROOT)) && readsAsName(last)) {
      names.add(last);
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    List<Sentence> sentences = copier.sentences();
    for (ReuseSpan span : spans) {
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        boolean inSpan = s.start() < span.toEnd() && s.end() > span.toStart();
        boolean introduces = i + 1 < sentences.size() && sentences.get(i + 1).start() <= span.toStart()
            && sentences.get(i + 1).end() > span.toStart();
        if ((inSpan || introduces) && names.stream().anyMatch(n -> namesWord(s.text(), n))) {
          return Optional.of(s.text().strip());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an outlet's name can be found in a text as a name: it opens with a capital letter (or a digit, "9News")
   * and, as one word, is no function word. An outlet named after a file ("a", "a2", "post") or "The" alone would
   * otherwise be found in every article that writes "a" or "post".
   *
   * <table>
   *   <caption>Names and whether they read as names</caption>
   *   <tr><th>name</th><th>reads as a name</th></tr>
   *   <tr><td>{@code Lindby Post}</td><td>yes</td></tr>
   *   <tr><td>{@code 9News}</td><td>yes</td></tr>
   *   <tr><td>{@code a}, {@code a2}, {@code post}</td><td>no: lower case</td></tr>
   *   <tr><td>{@code A}, {@code It}</td><td>no: a function word</td></tr>
   * </table>
   */
  static boolean readsAsName(String name) {
    if (name.isEmpty() || !(Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))) {
      return false;
    }
    return name.indexOf(' ') >= 0 || !FUNCTION_WORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code text} holds {@code name} as whole words, with its capitals. */
  private static boolean namesWord(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} of {@code a} stands in a two-word phrase that at least {@code common} articles other than
   * {@code a} and {@code b} use too: the story's common phrasing ("the Corvell packaging plant in Alder Bay"), which
   * every outlet writes, not text these two alone share.
   */
  private static boolean storyPhrase(Words a, Words b, int i, Map<Long, Integer> phrases, int common) {
    for (int k = Math.max(0, i - 1); k <= i && k + 1 < a.tokens().size(); k++) {
      long h = phrase(a.tokens(), k);
      int elsewhere = phrases.getOrDefault(h, 0) - 1 - (b.phrases().contains(h) ? 1 : 0);
      if (elsewhere >= common) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many articles other than {@code a} and {@code b} hold every {@value #SHINGLE}-word piece of run {@code r} (its
   * start in {@code a}, its start in {@code b}, its length): print the whole run, as a phrase or a notice every outlet
   * writes, not only some of its phrases.
   */
  private static int printedWholeElsewhere(Words a, Words b, int[] r, Map<Long, List<int[]>> postings, int articles) {
    // held[d]: how many of the run's pieces so far article d holds, all of them or it drops out (no set per piece)
    int[] held = new int[articles];
    int pieces = 0;
    for (int i = r[0]; i + SHINGLE <= r[0] + r[2]; i++) {
      boolean any = false;
      for (int[] p : postings.getOrDefault(a.pieces()[i], List.of())) {
        if (p[0] != a.index() && p[0] != b.index() && held[p[0]] == pieces) {
          held[p[0]]++;
          any = true;
        }
      }
      pieces++;
      if (!any) {
        return 0;
      }
    }
    int holders = 0;
    for (int h : held) {
      holders += pieces > 0 && h == pieces ? 1 : 0;
    }
    return holders;
  }

  private static long phrase(List<Token> t, int k) {
    return 31L * t.get(k).norm().hashCode() + t.get(k + 1).norm().hashCode() * 0x9E3779B97F4A7C15L;
  }

  /** Characters of the copying article covered by the spans, each counted once where spans overlap. */
  static int copiedChars(List<ReuseSpan> spans) {
    List<ReuseSpan> byStart = new ArrayList<>(spans);
    byStart.sort(java.util.Comparator.comparingInt(ReuseSpan::toStart).thenComparingInt(ReuseSpan::toEnd));
    int chars = 0;
    int coveredTo = Integer.MIN_VALUE;
    for (ReuseSpan sp : byStart) {
      int start = Math.max(sp.toStart(), coveredTo);
      if (sp.toEnd() > start) {
        chars += sp.toEnd() - start;
      }
      coveredTo = Math.max(coveredTo, sp.toEnd());
    }
    return chars;
  }

  /**
   * Whether one article's own text around the shared spans is clearly longer than the other's: by at least
   * {@value #CONTEXT_MARGIN} characters and a quarter. Two wire reprints whose contexts differ by a sentence's
   * tail (294 against 293 characters) say nothing about which came first.
   */
  private static boolean clearlyLonger(long longer, long shorter) {
    return longer - shorter >= CONTEXT_MARGIN && longer * 4 >= shorter * 5;
  }

  /** Characters of the paragraphs (lines) holding the spans that lie outside the spans. */
  private static long context(Words w, List<int[]> runs, int side) {
    String text = w.article().article().text();
    long own = 0;
    int lastLineEnd = -1;
    for (int[] r : runs) {
      int s = w.tokens().get(r[side]).start();
      int e = w.tokens().get(r[side] + r[2] - 1).end();
      int ls = text.lastIndexOf('\n', s - 1) + 1;
      int le = text.indexOf('\n', e);
      le = le < 0 ? text.length() : le;
      if (ls >= lastLineEnd) {
        own += (s - ls) + (le - e);
      } else {
        own += le - e;
      }
      lastLineEnd = le;
    }
    return own;
  }

  private final Lexicon lex;

  ReuseFinder(Lexicon lex) {
    this.lex = lex;
  }

  ReuseFinder() {
    this(Lexicon.standard());
  }

  private Words words(int index, AnalyzedArticle a) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!s.isReporting()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.isContent()) {
          tokens.add(t);
        }
      }
    }
    boolean[] marked = inQuotationMarks(a.article().text());
    boolean[] quoted = new boolean[tokens.size()];
    boolean[] weak = new boolean[tokens.size()];
    int q = 0;
    List<Quote> quotes = a.quotes();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (q < quotes.size() && quotes.get(q).end() <= t.start()) {
        q++;
      }
      quoted[i] = q < quotes.size() && quotes.get(q).start() <= t.start() || marked[t.start()];
      weak[i] |= t.isCapitalized();
      int stock = !lex.mayMatch(t) ? 0
          : Math.max(lex.match(WordList.NEUTRAL_ATTRIBUTION, tokens, i), lex.match(WordList.STOCK_PHRASE, tokens, i));
      for (int k = i; k < i + stock; k++) {
        weak[k] = true;
      }
    }
    java.util.Set<Long> phrases = new java.util.HashSet<>();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      phrases.add(phrase(tokens, k));
    }
    long[] pieces = new long[Math.max(0, tokens.size() - SHINGLE + 1)];
    for (int i = 0; i < pieces.length; i++) {
      pieces[i] = hash(tokens, i);
    }
    return new Words(index, a, tokens, quoted, weak, phrases, pieces);
  }

  /** The most paragraphs a quotation opened at a paragraph's start and left open may run on for. */
  static final int MAX_QUOTED_PARAGRAPHS = 12;

  /**
   * Which characters of {@code text} stand inside double quotation marks, whether or not a quote was found there: a
   * pair of marks in one paragraph, or a quotation that opens a paragraph, is left open there and closes at the end of
   * one of the next {@value #MAX_QUOTED_PARAGRAPHS} paragraphs (a speaker's words over several paragraphs, each
   * perhaps opening with a mark of its own). A mark left open any other way quotes nothing past its paragraph.
   */
  static boolean[] inQuotationMarks(String text) {
    boolean[] in = new boolean[text.length() + 1];
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int first = start;
      while (first < end && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      int close = first < end && opens(text.charAt(first)) && !closedWithin(text, first + 1, end)
          ? continuedTo(text, end) : -1;
      if (close >= 0) {
        java.util.Arrays.fill(in, first, close + 1, true);
        start = text.indexOf('\n', close);
        start = start < 0 ? text.length() : start + 1;
        continue;
      }
      int open = -1;
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        if (open < 0 && (c == '"' || c == '\u201C')) {
          open = k;
        } else if (open >= 0 && (c == '"' || c == '\u201D')) {
          java.util.Arrays.fill(in, open, k + 1, true);
          open = -1;
        }
      }
      start = end + 1;
    }
    return in;
  }

  private static boolean opens(char c) {
    return c == '"' || c == '\u201C';
  }

  /** Whether the paragraph from {@code from} to {@code end} holds a closing double mark. */
  private static boolean closedWithin(String text, int from, int end) {
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '\u201D') {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset of the mark that closes a quotation left open at the end of the paragraph ending at {@code end}: the
   * last double mark of one of the next {@value #MAX_QUOTED_PARAGRAPHS} paragraphs that ends with one (before its final
   * blank), or -1.
   */
  private static int continuedTo(String text, int end) {
    int start = end + 1;
    for (int n = 0; n < MAX_QUOTED_PARAGRAPHS && start < text.length(); ) {
      int e = text.indexOf('\n', start);
      e = e < 0 ? text.length() : e;
      int last = e - 1;
      while (last >= start && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      if (last >= start) {
        n++;
        char c = text.charAt(last);
        if (c == '"' || c == '\u201D') {
          return last;
        }
        for (int k = start; k < last; k++) { // a mark that closes inside the paragraph ends the quotation there
          char m = text.charAt(k);
          if (m == '\u201D' || m == '"' && k > start && !Character.isWhitespace(text.charAt(k - 1))) {
            return k;
          }
        }
      }
      start = e + 1;
    }
    return -1;
  }

  private static long hash(List<Token> t, int from) {
    long h = 1125899906842597L;
    for (int k = from; k < from + SHINGLE; k++) {
      h = 31 * h + t.get(k).norm().hashCode();
      h ^= h >>> 29;
    }
    return h;
  }

  private static boolean same(List<Token> a, int i, List<Token> b, int j) {
    for (int k = 0; k < SHINGLE; k++) {
      if (!a.get(i + k).norm().equals(b.get(j + k).norm())) {
        return false;
      }
    }
    return true;
  }
}
