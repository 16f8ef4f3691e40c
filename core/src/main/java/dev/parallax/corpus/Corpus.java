package dev.parallax.corpus;

import dev.parallax.Comparison;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import dev.parallax.internal.Names;
import dev.parallax.internal.UndatedArticles;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Corpus mode: finds the events of a feed or an archive, compares each event's articles, and profiles each
 * outlet across events.
 *
 * <p>Immutable and thread-safe; a run uses {@link #threads()} worker threads of its own and shuts them down
 * before it returns. The same input gives the same events, comparisons and profiles whatever the thread count.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.builder(Parallax.create()).threads(4).build();
 * CorpusReport report = corpus.run(articles, result -> write(result));
 * report.outlets().forEach(p -> System.out.println(p.outlet() + " " + p.omitsSalient().rate()));
 * }</pre>
 */
public final class Corpus {
  /** How many analyzed articles a run keeps by default between grouping and comparison (about 100 MB). */
  public static final int DEFAULT_KEEP_ANALYZED = 1_000;
  /** How many articles per thread are read and waiting for analysis at most. */
  private static final int ANALYSIS_WINDOW = 256;

  private final Parallax parallax;
  private final EventGrouper grouper;
  private final EventSplitter splitter;
  private final Aligner splitAligner;
  private final int threads;
  private final int keepAnalyzed;
  private final List<LocalDate> batchEnds;

  private Corpus(Builder b) {
    this.parallax = b.parallax;
    this.grouper = b.grouper;
    this.splitter = EventSplitter.forGrouper(b.grouper);
    this.splitAligner = Aligners.standard(b.parallax.similarity());
    this.threads = b.threads;
    this.keepAnalyzed = b.keepAnalyzed;
    this.batchEnds = List.copyOf(b.batchEnds);
  }

  /** A builder around {@code parallax} (the comparison stages), with the MinHash grouper and one thread per core. */
  public static Builder builder(Parallax parallax) {
    return new Builder(Objects.requireNonNull(parallax, "parallax"));
  }

  /** The worker thread count. */
  public int threads() {
    return threads;
  }

  /** The event grouper. */
  public EventGrouper grouper() {
    return grouper;
  }

  /** How many analyzed articles a run keeps from grouping to comparison; the others are analyzed again. */
  public int keepAnalyzed() {
    return keepAnalyzed;
  }

  /**
   * The last days of the earlier batches, ascending: articles up to each day are grouped before any later one,
   * with the term frequencies of the articles up to their batch; empty when the corpus is grouped as one batch.
   */
  public List<LocalDate> batchEnds() {
    return batchEnds;
  }

  /** Groups, compares and profiles {@code articles}, keeping no comparison: {@code run(articles, EventSink.NONE)}. */
  public CorpusReport run(List<Article> articles) {
    return run(articles, EventSink.NONE);
  }

  /**
   * Groups, compares and profiles {@code articles}, handing each event to {@code sink} in event order.
   *
   * <p>Memory: each article is analyzed once to be sketched for grouping; the run then keeps its sketch
   * (about 2 KB) and drops the analyzed article (about 100 KB), except for the first {@link #keepAnalyzed()}
   * articles by day and id. When an event is compared, its articles are taken from those kept or analyzed
   * again, and released once the event is handed to {@code sink}; at most eight events per thread are in
   * flight. So what a run holds grows with the sketches, not with the analyzed articles. {@code articles} is read
   * with {@code get}: once for the ids and dates, once more as each article is analyzed (a few hundred articles per
   * thread ahead of the analyses, never all at once), and again when an article not kept is analyzed again; so it
   * may be a list that reads each article on demand, such as {@link JsonLinesArticles#onDemand}. It must give the
   * same article each time, and be safe to read from several threads.
   *
   * @throws InvalidInputException when two articles share an id, or when the list gives another article for an
   *     index than it gave before (the input changed during the run)
   */
  public CorpusReport run(List<Article> articles, EventSink sink) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(sink, "sink");
    Map<String, Integer> byId = new HashMap<>();
    List<String> ids = new ArrayList<>(articles.size());
    long[] days = new long[articles.size()];
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      if (byId.putIfAbsent(a.id(), ids.size()) != null) {
        throw new InvalidInputException("two articles have the id '" + Names.quote(a.id()) + "': ids must be distinct");
      }
      days[ids.size()] = a.published().map(LocalDate::toEpochDay).orElse(ArticleSketch.NO_DAY);
      ids.add(a.id());
    }
    boolean[] keep = earliest(ids, days, keepAnalyzed);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parallax-corpus");
      t.setDaemon(true);
      return t;
    });
    try {
      // Articles are read and submitted a window ahead of the analysis taken in order, so that the pool's queue
      // never holds more than ANALYSIS_WINDOW articles per thread (an on-demand input is not read in full into it).
      int n = ids.size();
      int window = ANALYSIS_WINDOW * threads;
      ArrayDeque<Future<Sketched>> analyses = new ArrayDeque<>(Math.min(n, window));
      int submitted = 0;
      List<ArticleSketch> sketches = new ArrayList<>(n);
      Map<String, AnalyzedArticle> held = new ConcurrentHashMap<>();
      List<Skipped> skipped = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (; submitted < n && submitted - i < window; submitted++) {
          Article a = read(articles, submitted, ids.get(submitted));
          boolean kept = keep[submitted];
          analyses.add(pool.submit(() -> sketch(a, kept)));
        }
        Sketched r = get(analyses.removeFirst());
        if (r.sketch() != null) {
          sketches.add(r.sketch());
          if (r.analyzed() != null) {
            held.put(r.analyzed().id(), r.analyzed());
          }
        } else {
          skipped.add(new Skipped(ids.get(i), r.reason()));
        }
        if ((i + 1) % 100 == 0 || i + 1 == n) {
          sink.analyzed(i + 1, n);
        }
      }
      MinHashGrouper joining = grouper instanceof MinHashGrouper m ? m : MinHashGrouper.standard();
      // an event that is the same in the runs on two batches' prefixes is cut once
      Map<List<String>, List<CorpusEvent>> cuts = new ConcurrentHashMap<>();
      List<CorpusEvent> events = inBatches(grouper, sketches, batchEnds, (grouping, prefix) -> LoneArticles.join(
          split(grouping.events(), grouping.splitStats(), cuts, held, articles, byId, days, pool), prefix,
          grouping.loneMatches(), joining));
      cuts.clear();
      List<ArticleSketch> keys = keys(sketches);
      Map<String, String> outletOf = new HashMap<>();
      keys.forEach(k -> outletOf.put(k.id(), k.outlet()));
      sketches = null;   // the grouping sessions are gone; their sketches go too
      sink.grouped(events.size());
      // Results wait in event order for the sink; a bounded window keeps a slow event from piling up the others.
      int ahead = 8 * threads;
      ArrayDeque<Future<EventResult>> pending = new ArrayDeque<>();
      List<EventFindings> findings = new ArrayList<>(events.size());
      for (CorpusEvent e : events) {
        Optional<EventFindings> done = e.size() > 1 ? sink.resume(e) : Optional.empty();
        if (e.size() < 2 || done.isPresent()) {
          e.articles().forEach(held::remove);
          EventFindings f = done.orElseGet(() -> new EventFindings(e.id(), List.of()));
          pending.add(CompletableFuture.completedFuture(new EventResult(e, Optional.empty(), f, Optional.empty())));
        } else {
          pending.add(pool.submit(() -> compareHeldOrAgain(e, held, articles, byId)));
        }
        while (pending.size() > ahead) {
          hand(get(pending.removeFirst()), findings, sink);
        }
      }
      while (!pending.isEmpty()) {
        hand(get(pending.removeFirst()), findings, sink);
      }
      return new CorpusReport(articles.size(), events, OutletProfile.of(findings), skipped,
          CorpusArticle.of(events, findings, outletOf::get), UndatedArticles.of(events, keys));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Compares one event's articles (analyzed); an event of one article has no comparison. */
  public EventResult compare(CorpusEvent event, Map<String, AnalyzedArticle> analyzed) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(analyzed, "analyzed");
    if (event.size() < 2) {
      return compareMembers(event, List.of());
    }
    List<AnalyzedArticle> members = new ArrayList<>(event.size());
    for (String id : event.articles()) {
      AnalyzedArticle a = analyzed.get(id);
      if (a == null) {
        throw new IllegalArgumentException("event " + event.id() + " names article '" + Names.quote(id)
            + "', which was not analyzed");
      }
      members.add(a);
    }
    return compareMembers(event, members);
  }

  /**
   * The grouped events with each one that holds two look-alike events cut in two ({@link EventSplitter}), in
   * order of their first article (day, then id); an event found in {@code cuts} (by its articles) is not cut again,
   * and each one cut is put there. The held articles stay held for the comparison.
   */
  private List<CorpusEvent> split(List<CorpusEvent> grouped, Map<String, TermStats> stats,
      Map<List<String>, List<CorpusEvent>> cuts, Map<String, AnalyzedArticle> held, List<Article> input,
      Map<String, Integer> index, long[] days, ExecutorService pool) {
    List<Future<List<CorpusEvent>>> parts = new ArrayList<>(grouped.size());
    for (CorpusEvent e : grouped) {
      List<CorpusEvent> cut = cuts.get(e.articles());
      parts.add(cut != null || !splitter.examines(e.size())
          ? CompletableFuture.completedFuture(cut != null ? cut : List.of(e))
          : pool.submit(() -> {
            List<CorpusEvent> p = splitOne(e, stats.get(e.id()), held, input, index);
            cuts.put(e.articles(), p);
            return p;
          }));
    }
    List<CorpusEvent> out = new ArrayList<>(grouped.size());
    for (Future<List<CorpusEvent>> f : parts) {
      out.addAll(get(f));
    }
    out.sort(Comparator.comparingLong((CorpusEvent e) -> days[index.get(e.articles().get(0))])
        .thenComparing(e -> e.articles().get(0)));
    return out;
  }

  /**
   * One event, or its two parts; an article that cannot be analyzed again leaves the event as it is (its
   * comparison reports why), while an input that cannot be read again fails the run, as in the comparison.
   */
  private List<CorpusEvent> splitOne(CorpusEvent event, TermStats stats, Map<String, AnalyzedArticle> held,
      List<Article> input, Map<String, Integer> index) {
    List<AnalyzedArticle> members = new ArrayList<>(event.size());
    for (String id : event.articles()) {
      AnalyzedArticle a = held.get(id);
      if (a == null) {
        Article article = read(input, index.get(id), id);
        try {
          a = parallax.analyze(article);
        } catch (ParallaxException e) {
          return List.of(event);
        }
      }
      members.add(a);
    }
    return splitter.split(event, members, stats, splitAligner);
  }

  /**
   * {@code sketches} cut into batches at {@code ends} (the last day of each earlier batch): batch {@code k} holds the
   * articles after {@code ends[k - 1]} up to {@code ends[k]}, the last batch those after the last end; an undated
   * article is in the first. One list per batch, {@code ends.size() + 1} in all, some maybe empty.
   */
  static List<List<ArticleSketch>> batches(List<ArticleSketch> sketches, List<LocalDate> ends) {
    List<List<ArticleSketch>> out = new ArrayList<>();
    for (int k = 0; k <= ends.size(); k++) {
      out.add(new ArrayList<>());
    }
    for (ArticleSketch s : sketches) {
      out.get(batchOf(s.day(), ends)).add(s);
    }
    return out;
  }

  /**
   * How a run groups its sketched articles, before look-alike events are cut apart: the events, the matches of the
   * articles left alone (for {@link LoneArticles}), and per event the splitter examines (by id) the term frequencies
   * it is cut with.
   *
   * @param events the grouped events, in the grouper's order
   * @param loneMatches the verified matches of the articles alone in their event
   * @param splitStats per examined event's id, the term frequencies of the articles up to the end of the batch of its
   *     latest article (as grouping weighed its pairs), kept for its own terms only
   */
  public record Grouping(List<CorpusEvent> events, List<ScoredPair> loneMatches, Map<String, TermStats> splitStats) {
    /** Copies. */
    public Grouping {
      events = List.copyOf(events);
      loneMatches = List.copyOf(loneMatches);
      splitStats = Map.copyOf(splitStats);
    }
  }

  /**
   * Groups {@code sketches} as a run does: cut into batches at {@code batchEnds} (the last day of each earlier batch,
   * ascending; empty for one batch), each batch added to one grouping session in turn: the grouping of a corpus as one
   * run on all of its articles gives it. A corpus grouped in batches is placed by {@link #inBatches}, which keeps each
   * batch's events as the batches before ended with them.
   */
  public static Grouping group(EventGrouper grouper, List<ArticleSketch> sketches, List<LocalDate> batchEnds) {
    Objects.requireNonNull(grouper, "grouper");
    Objects.requireNonNull(sketches, "sketches");
    Objects.requireNonNull(batchEnds, "batchEnds");
    List<LocalDate> ends = List.copyOf(new java.util.TreeSet<>(batchEnds));
    EventGrouper.Session session = grouper.start();
    List<List<ArticleSketch>> batches = batches(sketches, ends);
    for (List<ArticleSketch> b : batches) {
      if (!b.isEmpty()) {
        session.addSketches(b);
      }
    }
    List<CorpusEvent> grouped = session.events();
    List<ScoredPair> lone = session.loneMatches();
    session = null;
    return new Grouping(grouped, lone, splitStats(EventSplitter.forGrouper(grouper), grouped, batches, ends));
  }

  /** How a run ends the events of a grouping: cut look-alike events apart, join lone articles (ids need not be set). */
  @FunctionalInterface
  public interface Finishing {
    /**
     * The events of {@code grouping}, finished.
     *
     * @param grouping the grouping of the articles up to the end of one batch
     * @param keys these articles' sketches or keys ({@link ArticleSketch#key}), in {@link MinHashGrouper#order()}
     */
    List<CorpusEvent> finish(Grouping grouping, List<ArticleSketch> keys);
  }

  /**
   * The events of {@code sketches} grouped in batches that end on {@code batchEnds} (as {@link #group}) and finished by
   * {@code finish}, each batch taking the events the batches before it ended with as they are: the articles up to
   * each batch's end are grouped and finished as a run on them alone would (so each event of an earlier batch is the
   * one its run gave), and a later batch's articles are then placed by the events it finishes with ({@link
   * #kept}): they may grow an earlier event, never move an earlier article, join two earlier events or cut one.
   * Without a batch end, {@code finish} of the one grouping. The step on its own, so that another engine (the Spark
   * job) places the articles exactly as a run does. Ids are set ({@link EventIds}).
   *
   * <p>Cost: one grouping session takes the batches in turn, and each batch's prefix is finished once: a corpus of
   * {@code k} non-empty batches is finished {@code k} times (an event unchanged from one prefix to the next need not
   * be cut again: {@code finish} may remember its cuts).
   */
  public static List<CorpusEvent> inBatches(EventGrouper grouper, List<ArticleSketch> sketches, List<LocalDate> batchEnds,
      Finishing finish) {
    Objects.requireNonNull(grouper, "grouper");
    Objects.requireNonNull(sketches, "sketches");
    Objects.requireNonNull(batchEnds, "batchEnds");
    Objects.requireNonNull(finish, "finish");
    List<LocalDate> ends = List.copyOf(new java.util.TreeSet<>(batchEnds));
    if (ends.isEmpty()) {
      return EventIds.assign(finish.finish(group(grouper, sketches, ends), keys(sketches)));
    }
    EventSplitter splitter = EventSplitter.forGrouper(grouper);
    List<List<ArticleSketch>> batches = batches(sketches, ends);
    EventGrouper.Session session = grouper.start();
    List<ArticleSketch> prefix = new ArrayList<>(sketches.size());
    List<CorpusEvent> events = List.of();
    // the document frequencies up to the current batch, counted once; an examined event's frequencies are those up to
    // its latest article's batch, so an event met again unchanged in a later prefix keeps the ones first taken
    Map<Long, Integer> df = new HashMap<>();
    Map<String, ArticleSketch> byId = new HashMap<>();
    Map<List<String>, TermStats> known = new HashMap<>();
    for (int k = 0; k < batches.size(); k++) {
      if (batches.get(k).isEmpty()) {
        continue;
      }
      session.addSketches(batches.get(k));
      prefix.addAll(batches.get(k));
      for (ArticleSketch s : batches.get(k)) {
        byId.put(s.id(), s);
        for (long t : s.terms()) {
          df.merge(t, 1, Integer::sum);
        }
      }
      List<CorpusEvent> grouped = session.events();
      Map<String, TermStats> stats = new HashMap<>();
      List<CorpusEvent> others = new ArrayList<>();
      for (CorpusEvent e : grouped) {
        if (!splitter.examines(e.size())) {
          continue;
        }
        TermStats t = known.get(e.articles());
        if (t == null && batchOf(latest(e), ends) == k) {
          t = ownStats(e, byId, df, prefix.size());
          known.put(e.articles(), t);
        }
        if (t != null) {
          stats.put(e.id(), t);
        } else {
          others.add(e);   // ends in an earlier batch, not met before as it is (rare): counted from the batches
        }
      }
      if (!others.isEmpty()) {
        Map<String, TermStats> counted = splitStats(splitter, others, batches.subList(0, k + 1), ends);
        stats.putAll(counted);
        others.forEach(e -> known.put(e.articles(), counted.get(e.id())));
      }
      Grouping grouping = new Grouping(grouped, session.loneMatches(), stats);
      List<ArticleSketch> keys = keys(prefix);
      List<CorpusEvent> finished = finish.finish(grouping, keys);
      events = events.isEmpty() ? finished : kept(events, finished, keys);
    }
    return EventIds.assign(events);
  }

  /**
   * The events of the batches so far, {@code earlier}, grown by the articles the next batch adds: {@code now} is how the
   * run on all of them finishes, and each of its events that holds new articles gives them to the earlier event that
   * holds most of its earlier articles (on a tie the one whose latest article is latest, then the first), or makes
   * them an event of their own when it holds none. So an earlier event keeps its articles and its first article (its
   * id), and a new article bridging two earlier events joins one of them.
   *
   * <table>
   *   <caption>Examples (A, B earlier events; x, y new articles)</caption>
   *   <tr><th>{@code now}</th><th>result</th></tr>
   *   <tr><td>A + x, B</td><td>A + x, B</td></tr>
   *   <tr><td>A + B + x (the new article bridged them)</td><td>A, B + x when B's latest article is later than A's
   *     and both are as large; else the larger</td></tr>
   *   <tr><td>A split apart, x y alone</td><td>A, x y</td></tr>
   * </table>
   */
  static List<CorpusEvent> kept(List<CorpusEvent> earlier, List<CorpusEvent> now, List<ArticleSketch> keys) {
    Map<String, Integer> eventOf = new HashMap<>();
    List<List<String>> added = new ArrayList<>(earlier.size());
    for (int e = 0; e < earlier.size(); e++) {
      for (String id : earlier.get(e).articles()) {
        eventOf.put(id, e);
      }
      added.add(new ArrayList<>());
    }
    List<List<String>> fresh = new ArrayList<>();
    for (CorpusEvent f : now) {
      List<String> incoming = new ArrayList<>();
      Map<Integer, Integer> held = new java.util.TreeMap<>();
      for (String id : f.articles()) {
        Integer e = eventOf.get(id);
        if (e == null) {
          incoming.add(id);
        } else {
          held.merge(e, 1, Integer::sum);
        }
      }
      if (incoming.isEmpty()) {
        continue;
      }
      int home = -1;
      for (Map.Entry<Integer, Integer> h : held.entrySet()) {
        if (home < 0 || h.getValue() > held.get(home) || h.getValue().equals(held.get(home))
            && latest(earlier.get(h.getKey())) > latest(earlier.get(home))) {
          home = h.getKey();
        }
      }
      if (home < 0) {
        fresh.add(incoming);
      } else {
        added.get(home).addAll(incoming);
      }
    }
    Map<String, ArticleSketch> byId = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (ArticleSketch s : keys) {
      byId.put(s.id(), s);
      rank.put(s.id(), rank.size());
    }
    List<CorpusEvent> out = new ArrayList<>(earlier.size() + fresh.size());
    for (int e = 0; e < earlier.size(); e++) {
      CorpusEvent old = earlier.get(e);
      if (added.get(e).isEmpty()) {
        out.add(old);
      } else {
        List<String> ids = new ArrayList<>(old.articles());
        ids.addAll(added.get(e));
        ids.sort(Comparator.comparingInt(rank::get));
        out.add(MinHashGrouper.event(old.id(), ids.stream().map(byId::get).toList()));
      }
    }
    for (List<String> ids : fresh) {
      ids.sort(Comparator.comparingInt(rank::get));
      out.add(MinHashGrouper.event("e" + (out.size() + 1), ids.stream().map(byId::get).toList()));
    }
    out.sort(Comparator.comparingInt((CorpusEvent e) -> rank.get(e.articles().get(0))));
    return out;
  }

  /** The term frequencies {@code e} is cut with: {@code df} over {@code articles} articles, kept for its own terms. */
  private static TermStats ownStats(CorpusEvent e, Map<String, ArticleSketch> byId, Map<Long, Integer> df, long articles) {
    Map<Long, Integer> own = new HashMap<>();
    for (String id : e.articles()) {
      for (long t : byId.get(id).terms()) {
        own.put(t, df.get(t));
      }
    }
    return TermStats.of(articles, own);
  }

  /** The epoch day of an event's latest article, or {@link ArticleSketch#NO_DAY} when none is dated. */
  private static long latest(CorpusEvent e) {
    return e.last().map(LocalDate::toEpochDay).orElse(ArticleSketch.NO_DAY);
  }

  /**
   * Per event the splitter examines (by id), the term frequencies it is cut with: those of the articles up to the end
   * of the batch of its latest article, as grouping weighed its pairs, kept for its own terms only. One pass over the
   * batches, so linear in the corpus whatever the number of batches.
   */
  private static Map<String, TermStats> splitStats(EventSplitter splitter, List<CorpusEvent> grouped,
      List<List<ArticleSketch>> batches, List<LocalDate> batchEnds) {
    Map<String, ArticleSketch> byId = new HashMap<>();
    batches.forEach(b -> b.forEach(s -> byId.put(s.id(), s)));
    Map<Integer, List<CorpusEvent>> ending = new HashMap<>();
    for (CorpusEvent e : grouped) {
      if (splitter.examines(e.size())) {
        long lastDay = e.last().map(LocalDate::toEpochDay).orElse(ArticleSketch.NO_DAY);
        ending.computeIfAbsent(batchOf(lastDay, batchEnds), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, TermStats> out = new HashMap<>();
    if (ending.isEmpty()) {
      return out;
    }
    Map<Long, Integer> df = new HashMap<>();
    long articles = 0;
    for (int k = 0; k < batches.size(); k++) {
      for (ArticleSketch s : batches.get(k)) {
        articles++;
        for (long t : s.terms()) {
          df.merge(t, 1, Integer::sum);
        }
      }
      for (CorpusEvent e : ending.getOrDefault(k, List.of())) {
        Map<Long, Integer> own = new HashMap<>();
        for (String id : e.articles()) {
          for (long t : byId.get(id).terms()) {
            own.put(t, df.get(t));
          }
        }
        out.put(e.id(), TermStats.of(articles, own));
      }
    }
    return out;
  }

  /** The batch index of {@code day} among the batches cut at {@code ends}; an undated article is in the first. */
  private static int batchOf(long day, List<LocalDate> ends) {
    int k = 0;
    while (k < ends.size() && day != ArticleSketch.NO_DAY && day > ends.get(k).toEpochDay()) {
      k++;
    }
    return k;
  }

  /** Each article's key (id, outlet, day, title) without its terms, in the grouper's order. */
  private static List<ArticleSketch> keys(List<ArticleSketch> sketches) {
    List<ArticleSketch> keys = new ArrayList<>(sketches.size());
    sketches.forEach(s -> keys.add(ArticleSketch.key(s.id(), s.outlet(), s.day(), s.title())));
    keys.sort(MinHashGrouper.order());
    return keys;
  }

  /** Compares an event whose articles are held (and taken out of {@code held}) or analyzed again from the input. */
  private EventResult compareHeldOrAgain(CorpusEvent event, Map<String, AnalyzedArticle> held, List<Article> input,
      Map<String, Integer> index) {
    List<AnalyzedArticle> members = new ArrayList<>(event.size());
    for (String id : event.articles()) {
      AnalyzedArticle a = held.remove(id);
      if (a == null) {
        Article article = read(input, index.get(id), id);   // an input that cannot be read again fails the run
        try {
          a = parallax.analyze(article);
        } catch (ParallaxException e) {
          return new EventResult(event, Optional.empty(), new EventFindings(event.id(), List.of()),
              Optional.of(String.valueOf(e.getMessage())));
        }
      }
      members.add(a);
    }
    return compareMembers(event, members);
  }

  private EventResult compareMembers(CorpusEvent event, List<AnalyzedArticle> members) {
    EventFindings none = new EventFindings(event.id(), List.of());
    if (event.size() < 2) {
      return new EventResult(event, Optional.empty(), none, Optional.empty());
    }
    try {
      Comparison c = parallax.compareAnalyzed(members);
      return new EventResult(event, Optional.of(c), EventFindings.of(event.id(), c), Optional.empty());
    } catch (ParallaxException e) {
      return new EventResult(event, Optional.empty(), none, Optional.of(String.valueOf(e.getMessage())));
    }
  }

  /** The {@code i}-th input article, which must still be the one with id {@code id} that the run saw first. */
  private static Article read(List<Article> articles, int i, String id) {
    Article a = Objects.requireNonNull(articles.get(i), "article");
    if (!a.id().equals(id)) {
      throw new InvalidInputException("the input changed during the run: article " + (i + 1) + " is now '"
          + Names.quote(a.id()) + "', was '" + Names.quote(id)
          + "'; a list read on demand must give the same article each time");
    }
    return a;
  }

  private static void hand(EventResult r, List<EventFindings> findings, EventSink sink) {
    findings.add(r.findings());
    sink.accept(r);
  }

  /** Which articles are among the first {@code n} by day (undated first), then id: the order events are compared in. */
  private static boolean[] earliest(List<String> ids, long[] days, int n) {
    boolean[] out = new boolean[ids.size()];
    if (n >= ids.size()) {
      Arrays.fill(out, true);
      return out;
    }
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> days[i]).thenComparing(ids::get));
    for (int i = 0; i < n; i++) {
      out[order[i]] = true;
    }
    return out;
  }

  /** One article after analysis: its sketch and, when it is kept, its analysis; or why it was skipped. */
  private record Sketched(ArticleSketch sketch, AnalyzedArticle analyzed, String reason) {}

  private Sketched sketch(Article a, boolean keep) {
    try {
      AnalyzedArticle analyzed = parallax.analyze(a);
      return new Sketched(grouper.sketch(analyzed), keep ? analyzed : null, null);
    } catch (ParallaxException e) {
      return new Sketched(null, null, String.valueOf(e.getMessage()));
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParallaxException("corpus run interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new ParallaxException("corpus run failed: " + c, c);
    }
  }

  /** Configures a {@link Corpus}; not thread-safe. */
  public static final class Builder {
    private final Parallax parallax;
    private EventGrouper grouper = EventGroupers.minHash();
    private int threads = Runtime.getRuntime().availableProcessors();
    private int keepAnalyzed = DEFAULT_KEEP_ANALYZED;
    private List<LocalDate> batchEnds = List.of();

    private Builder(Parallax parallax) {
      this.parallax = parallax;
    }

    /** The event grouper (default {@link EventGroupers#minHash()}). */
    public Builder grouper(EventGrouper value) {
      this.grouper = Objects.requireNonNull(value, "grouper");
      return this;
    }

    /**
     * Worker threads (default: the number of cores).
     *
     * @throws IllegalArgumentException when {@code value < 1}
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * How many analyzed articles (about 100 KB each) a run keeps from grouping to comparison (default
     * {@value Corpus#DEFAULT_KEEP_ANALYZED}): the first ones by day and id; the others are analyzed a second
     * time when their event is compared. 0 holds none; a value at least the corpus size analyzes each article
     * once but holds them all. The results are the same whatever the value.
     *
     * @throws IllegalArgumentException when {@code value < 0}
     */
    public Builder keepAnalyzed(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("keepAnalyzed must be >= 0: " + value);
      }
      this.keepAnalyzed = value;
      return this;
    }

    /**
     * Groups the corpus in batches that end on {@code days} (the last day of each earlier batch; default none: one
     * batch): the articles up to each day are grouped, with the term frequencies of the articles up to their batch,
     * before any later article, and each batch keeps the events the earlier ones ended with ({@link #inBatches}), so
     * that a run on the same articles plus later ones gives the earlier articles the same events, with the same ids, as
     * a run on them alone: an event of an earlier batch can grow by later articles, but a later article never moves an
     * earlier one, nor joins two earlier events into one. Pass the
     * last day of each earlier run when a corpus grows by batches. The days are sorted; repeats are dropped.
     */
    public Builder batchEnds(List<LocalDate> days) {
      Objects.requireNonNull(days, "days");
      days.forEach(d -> Objects.requireNonNull(d, "day"));
      this.batchEnds = List.copyOf(new java.util.TreeSet<>(days));
      return this;
    }

    /** The corpus runner. */
    public Corpus build() {
      return new Corpus(this);
    }
  }
}
