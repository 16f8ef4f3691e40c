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
      Grouping grouping = group(grouper, sketches, batchEnds);
      List<CorpusEvent> grouped = grouping.events();
      List<ScoredPair> loneMatches = grouping.loneMatches();
      Map<String, TermStats> stats = grouping.splitStats();
      grouping = null;
      List<ArticleSketch> keys = keys(sketches);
      Map<String, String> outletOf = new HashMap<>();
      keys.forEach(k -> outletOf.put(k.id(), k.outlet()));
      sketches = null;   // the grouping session is gone; its sketches go too
      List<CorpusEvent> events = EventIds.assign(LoneArticles.join(split(grouped, stats, held, articles, byId, days,
          pool), keys, loneMatches, grouper instanceof MinHashGrouper m ? m : MinHashGrouper.standard()));
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
   * order of their first article (day, then id). The held articles stay held for the comparison.
   */
  private List<CorpusEvent> split(List<CorpusEvent> grouped, Map<String, TermStats> stats, Map<String, AnalyzedArticle> held,
      List<Article> input, Map<String, Integer> index, long[] days, ExecutorService pool) {
    List<Future<List<CorpusEvent>>> parts = new ArrayList<>(grouped.size());
    for (CorpusEvent e : grouped) {
      parts.add(splitter.examines(e.size())
          ? pool.submit(() -> splitOne(e, stats.get(e.id()), held, input, index))
          : CompletableFuture.completedFuture(List.of(e)));
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
   * ascending; empty for one batch), each batch added to one grouping session in turn. The step on its own, so that
   * another engine (the Spark job, for a corpus grouped in batches) groups exactly as a run does.
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
     * before any later article, so that a run on the same articles plus later ones gives the earlier articles the
     * same events as a run on them alone (an event of an earlier batch can still grow by later articles). Pass the
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
