package dev.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Comparison;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.corpus.ArticleSketch;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.CorpusArticle;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.EventIds;
import dev.parallax.corpus.EventSplitter;
import dev.parallax.corpus.LoneArticles;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.corpus.MinHashGrouper;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.corpus.ScoredPair;
import dev.parallax.corpus.Skipped;
import dev.parallax.corpus.TermStats;
import dev.parallax.ingest.Article;
import dev.parallax.internal.Names;
import dev.parallax.internal.UndatedArticles;
import dev.parallax.report.CorpusJson;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;
import scala.Tuple4;

/**
 * Corpus mode as an Apache Spark job: the same grouping and the same comparisons as the in-process
 * {@link dev.parallax.corpus.Corpus}, spread over a cluster.
 *
 * <p>Steps: analyze and sketch each article on the executors (models loaded once per executor JVM); count
 * document frequencies; emit each sketch's MinHash band keys and pair articles inside each band bucket exactly
 * as the in-process session does (by day then id, at most {@code bucketCap} earlier articles within the window);
 * score the candidate pairs on the executors; collect the matching pairs (a few per article) and cluster them on
 * the driver with {@link MinHashGrouper#cluster}; then compare each event on the executors, where its
 * {@code events.jsonl} line stays: the driver receives only each event's small per-outlet findings. Stateless and
 * thread-safe; each {@link #run} is one job.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate();
 * Dataset<Row> articles = spark.read().parquet("articles.parquet");   // id, outlet, published, title, text|html
 * SparkCorpus.Result r = new SparkCorpus(EventGroupers.minHash()).run(articles);
 * r.events().select("event", "title", "first", "last", "articles", "line").write().parquet("events.parquet");
 * r.events().unpersist();
 * }</pre>
 */
public final class SparkCorpus implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The column that numbers the input's rows, in input order: given by the job's readers (files in name order, lines
   * in order), else the order of the input's partitions.
   */
  static final String POSITION = "__parallax_position";
  /** The name of the accumulator counting the comparisons run (each event of two articles or more, once). */
  static final String COMPARED = "parallax events compared";

  private final MinHashGrouper grouper;
  private final List<LocalDate> batchEnds;

  /** A job grouping with {@code grouper}, the corpus as one batch. */
  public SparkCorpus(MinHashGrouper grouper) {
    this(grouper, List.of());
  }

  private SparkCorpus(MinHashGrouper grouper, List<LocalDate> batchEnds) {
    this.grouper = Objects.requireNonNull(grouper, "grouper");
    this.batchEnds = List.copyOf(new TreeSet<>(batchEnds));
  }

  /**
   * This job grouping the corpus in batches that end on {@code days}, as {@link Corpus.Builder#batchEnds} does
   * in-process: the articles up to each day are grouped before any later one, with the term frequencies of the
   * articles up to their batch, and each batch keeps the events the earlier ones ended with ({@link Corpus#inBatches}),
   * so a later batch does not move the events of an earlier one. The grouping then runs
   * on the driver, over the collected sketches (about 2 KB an article); analysis, splitting and comparison stay on the
   * executors. The days are sorted; repeats are dropped; none gives one batch.
   */
  public SparkCorpus withBatchEnds(List<LocalDate> days) {
    Objects.requireNonNull(days, "days");
    days.forEach(d -> Objects.requireNonNull(d, "day"));
    return new SparkCorpus(grouper, days);
  }

  /** The last days of the earlier batches, ascending; empty when the corpus is grouped as one batch. */
  public List<LocalDate> batchEnds() {
    return batchEnds;
  }

  /** A job with the default grouper. */
  public static SparkCorpus standard() {
    return new SparkCorpus(EventGroupers.minHash());
  }

  /**
   * What a run gives.
   *
   * @param events one row per event, in event order, made on the executors and kept there (memory and disk) for the
   *     writes that follow, so that no event is compared twice ({@code unpersist()} it when written): {@code event,
   *     title, first, last, articles, line} where {@code line} is the event's {@code events.jsonl} line (with its
   *     {@code parallax-report/1}), then {@code order} (its place, from 0) and {@code findings} (its per-outlet
   *     findings as JSON, which the driver collects for the outlet profiles)
   * @param report the corpus summary with the outlet profiles (what {@code outlets.json} holds)
   */
  public record Result(Dataset<Row> events, CorpusReport report) {}

  /** The per-executor models: loaded the first time a task of this JVM needs them, then shared. */
  private static final class Models {
    static final Parallax PARALLAX = Parallax.create();
    static final Aligner SPLIT_ALIGNER = Aligners.standard(PARALLAX.similarity());
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** One analyzed article on its way: its place in the input, id, and its sketch or why it was skipped. */
  private static Tuple4<Long, String, ArticleSketch, String> sketchOf(MinHashGrouper grouper, Row row) {
    long position = row.getLong(row.fieldIndex(POSITION));
    String id = field(row, "id");
    try {
      Article a = article(row);
      AnalyzedArticle analyzed = Models.PARALLAX.analyze(a);
      return new Tuple4<>(position, id, grouper.sketch(analyzed), "");
    } catch (ParallaxException e) {
      return new Tuple4<>(position, id, null, String.valueOf(e.getMessage()));
    }
  }

  static Article article(Row row) {
    return article(fields(row));
  }

  /** The fields an article is made of: id, outlet, published, title, text, html (empty when absent). */
  private static String[] fields(Row row) {
    return new String[] {field(row, "id"), field(row, "outlet"), field(row, "published"), field(row, "title"),
        field(row, "text"), field(row, "html")};
  }

  private static Article article(String[] f) {
    return JsonLinesArticles.fromFields(f[0], f[1], f[2], f[3], f[4], f[5], "row " + f[0]);
  }

  private static String field(Row row, String name) {
    int i;
    try {
      i = row.fieldIndex(name);
    } catch (IllegalArgumentException e) {
      return "";
    }
    Object v = row.get(i);
    return v == null ? "" : v.toString();
  }

  /**
   * Runs the job on {@code articles} (columns {@code id, outlet, published, title} and {@code text} or {@code html}).
   *
   * @throws InvalidInputException when two rows give one id (before any article is analyzed), as in-process
   */
  public Result run(Dataset<Row> articles) {
    Objects.requireNonNull(articles, "articles");
    SparkSession spark = articles.sparkSession();
    MinHashGrouper g = grouper;
    int parallelism = spark.sparkContext().defaultParallelism();
    // Each article's place in the input, for the skipped list (in input order). An input of fewer partitions than
    // four per core (a small file is one partition) would leave cores idle in the analysis, or waiting for the
    // last of a few long tasks: it is spread round-robin and kept, since every later step reads it again.
    Dataset<Row> input = Arrays.asList(articles.columns()).contains(POSITION) ? articles
        : articles.withColumn(POSITION, monotonically_increasing_id());
    boolean spread = input.rdd().getNumPartitions() < 4 * parallelism;
    if (spread) {
      input = input.repartition(4 * parallelism).persist(StorageLevel.MEMORY_AND_DISK());
    }
    try {
      requireDistinctIds(input);
    } catch (InvalidInputException e) {
      if (spread) {
        input.unpersist();
      }
      throw e;
    }
    long total = input.count();

    Encoder<Tuple4<Long, String, ArticleSketch, String>> sketchEnc = Encoders.tuple(Encoders.LONG(), Encoders.STRING(),
        Encoders.javaSerialization(ArticleSketch.class), Encoders.STRING());
    Dataset<Tuple4<Long, String, ArticleSketch, String>> analyzed = input.mapPartitions(
        (MapPartitionsFunction<Row, Tuple4<Long, String, ArticleSketch, String>>) rows -> {
          List<Tuple4<Long, String, ArticleSketch, String>> out = new ArrayList<>();
          while (rows.hasNext()) {
            out.add(sketchOf(g, rows.next()));
          }
          return out.iterator();
        }, sketchEnc).cache();

    List<Tuple4<Long, String, ArticleSketch, String>> failed = new ArrayList<>(analyzed.filter(
        (FilterFunction<Tuple4<Long, String, ArticleSketch, String>>) t -> t._3() == null).collectAsList());
    failed.sort(Comparator.comparingLong(Tuple4::_1));
    List<Skipped> skipped = new ArrayList<>();
    for (Tuple4<Long, String, ArticleSketch, String> t : failed) {
      skipped.add(new Skipped(t._2(), t._4()));
    }
    Dataset<ArticleSketch> sketches = analyzed
        .filter((FilterFunction<Tuple4<Long, String, ArticleSketch, String>>) t -> t._3() != null)
        .map((MapFunction<Tuple4<Long, String, ArticleSketch, String>, ArticleSketch>) Tuple4::_3,
            Encoders.javaSerialization(ArticleSketch.class))
        .cache();
    long sketched = sketches.count();

    int partitions = Math.max(spark.sessionState().conf().numShufflePartitions(), 4 * parallelism);
    if (!batchEnds.isEmpty()) {
      // In batches, as in-process: one grouping session on the driver takes the batches in turn (each weighed by the
      // term frequencies up to it), and each examined event is cut with the frequencies of its own last batch.
      List<ArticleSketch> all = new ArrayList<>(sketches.collectAsList());
      all.sort(MinHashGrouper.order());
      // Each batch's prefix is grouped and finished as a run on it alone, and a later batch keeps the events the
      // earlier ones ended with (Corpus.inBatches): the examined events of each prefix are cut on the executors.
      analyzed.unpersist();
      sketches.unpersist();
      Dataset<Row> rows = input;
      List<CorpusEvent> events = Corpus.inBatches(g, all, batchEnds, (grouping, prefix) -> {
        Broadcast<HashMap<String, TermStats>> byEvent = spark.sparkContext().broadcast(
            new HashMap<>(grouping.splitStats()), scala.reflect.ClassTag$.MODULE$.apply(HashMap.class));
        return LoneArticles.join(split(rows, grouping.events(), prefix, e -> byEvent.value().get(e.id()), partitions),
            prefix, grouping.loneMatches(), g);
      });
      List<ArticleSketch> keys = new ArrayList<>(all.size());
      all.forEach(s -> keys.add(ArticleSketch.key(s.id(), s.outlet(), s.day(), s.title())));
      all = null;
      return compareAll(spark, input, spread, total, keys, events, skipped, partitions);
    }

    // As one batch: document frequencies of the terms found in two articles or more, over the whole input (batch mode
    // above weighs each batch by its own, on the driver).
    Dataset<Row> frequent = sketches
        .flatMap((FlatMapFunction<ArticleSketch, Long>) s -> Arrays.stream(s.terms()).boxed().iterator(), Encoders.LONG())
        .toDF("term")
        .groupBy("term")
        .count()
        .filter(col("count").geq(2));
    Map<Long, Integer> df = new HashMap<>();
    for (Row r : frequent.collectAsList()) {
      df.put(r.getLong(0), (int) r.getLong(1));
    }
    Broadcast<TermStats> stats = spark.sparkContext().broadcast(TermStats.of(sketched, df),
        scala.reflect.ClassTag$.MODULE$.apply(TermStats.class));

    // Candidate pairs: the band buckets, each sorted and paired as the in-process session pairs them.
    Encoder<Tuple2<Long, ArticleSketch>> keyed = Encoders.tuple(Encoders.LONG(), Encoders.javaSerialization(ArticleSketch.class));
    Dataset<Tuple2<String, String>> candidates = sketches
        .flatMap((FlatMapFunction<ArticleSketch, Tuple2<Long, ArticleSketch>>) s -> {
          List<Tuple2<Long, ArticleSketch>> out = new ArrayList<>();
          for (long k : g.bandKeys(s, stats.value())) {
            out.add(new Tuple2<>(k, ArticleSketch.key(s.id(), s.outlet(), s.day(), "")));
          }
          return out.iterator();
        }, keyed)
        .groupByKey((MapFunction<Tuple2<Long, ArticleSketch>, Long>) Tuple2::_1, Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Tuple2<Long, ArticleSketch>, Tuple2<String, String>>) (k, it) -> {
          List<ArticleSketch> bucket = new ArrayList<>();
          it.forEachRemaining(t -> bucket.add(t._2()));
          bucket.sort(MinHashGrouper.order());
          List<Tuple2<String, String>> out = new ArrayList<>();
          for (int[] p : g.bucketPairs(bucket)) {
            out.add(new Tuple2<>(bucket.get(p[0]).id(), bucket.get(p[1]).id()));
          }
          return out.iterator();
        }, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .distinct();

    // Score each candidate pair where its sketches are.
    Dataset<Tuple2<String, ArticleSketch>> byId = sketches.map(
        (MapFunction<ArticleSketch, Tuple2<String, ArticleSketch>>) s -> new Tuple2<>(s.id(), s),
        Encoders.tuple(Encoders.STRING(), Encoders.javaSerialization(ArticleSketch.class)));
    Dataset<ScoredPair> scored = candidates.as("c")
        .joinWith(byId.as("a"), col("c._1").equalTo(col("a._1")))
        .as("x")
        .joinWith(byId.as("b"), col("x._1._2").equalTo(col("b._1")))
        .map((MapFunction<Tuple2<Tuple2<Tuple2<String, String>, Tuple2<String, ArticleSketch>>, Tuple2<String, ArticleSketch>>, ScoredPair>) t -> {
          ArticleSketch later = t._1()._2()._2();
          ArticleSketch earlier = t._2()._2();
          return new ScoredPair(later.id(), earlier.id(), g.score(later, earlier, stats.value()));
        }, Encoders.javaSerialization(ScoredPair.class))
        .filter((FilterFunction<ScoredPair>) p -> p.score() >= g.threshold());
    List<ScoredPair> matches = scored.collectAsList();

    // Cluster on the driver: a few matches per article, and the articles' keys.
    List<ArticleSketch> keys = new ArrayList<>(sketches
        .map((MapFunction<ArticleSketch, ArticleSketch>) s -> ArticleSketch.key(s.id(), s.outlet(), s.day(), s.title()),
            Encoders.javaSerialization(ArticleSketch.class))
        .collectAsList());
    keys.sort(MinHashGrouper.order());
    List<CorpusEvent> events = EventIds.assign(LoneArticles.join(split(input, g.cluster(keys, matches), keys,
        e -> stats.value(), partitions), keys, matches, g));
    analyzed.unpersist();
    sketches.unpersist();
    return compareAll(spark, input, spread, total, keys, events, skipped, partitions);
  }

  /**
   * Refuses an input in which two rows give one id, as {@link Corpus#run(List)} refuses it and in its words, naming the
   * first row in input order that gives an earlier row's id.
   *
   * @throws InvalidInputException naming the id
   */
  private static void requireDistinctIds(Dataset<Row> input) {
    Dataset<Row> ids = input.select("id", POSITION).filter(col("id").isNotNull()
        .and(functions.length(functions.trim(col("id"))).gt(0)));   // a row without an id is skipped, not refused
    if (ids.groupBy("id").count().filter(col("count").gt(1)).isEmpty()) {
      return;
    }
    Row again = ids.withColumn("n", row_number().over(Window.partitionBy("id").orderBy(POSITION)))
        .filter(col("n").equalTo(2)).orderBy(POSITION).first();
    throw new InvalidInputException("two articles have the id '" + Names.quote(again.getString(0))
        + "': ids must be distinct");
  }

  /** Compares the events on the executors and profiles the outlets: the run's last step, whatever the grouping. */
  private static Result compareAll(SparkSession spark, Dataset<Row> input, boolean spread, long total,
      List<ArticleSketch> keys, List<CorpusEvent> events, List<Skipped> skipped, int partitions) {

    // Compare each event on the executors, in event order; each event's row stays there (kept, since the driver
    // reads its findings and the caller then writes the rows), only the findings come to the driver.
    LongAccumulator compared = spark.sparkContext().longAccumulator(COMPARED);
    Dataset<Row> rows = spark.createDataFrame(byEvent(input, events, partitions,
        (order, event, members) -> compareEvent(order, event, members, compared)), Schemas.COMPARED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    EventFindings[] findings = new EventFindings[events.size()];
    ObjectMapper mapper = new ObjectMapper();
    for (Row r : rows.select("order", "findings").collectAsList()) {
      try {
        findings[r.getInt(0)] = mapper.readValue(r.getString(1), EventFindings.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (int i = 0; i < findings.length; i++) {
      if (findings[i] == null) {
        findings[i] = new EventFindings(events.get(i).id(), List.of());
      }
    }
    if (spread) {
      input.unpersist();
    }
    Map<String, String> outletOf = new HashMap<>();
    keys.forEach(k -> outletOf.put(k.id(), k.outlet()));
    CorpusReport report = new CorpusReport((int) total, events, OutletProfile.of(Arrays.asList(findings)), skipped,
        CorpusArticle.of(events, Arrays.asList(findings), outletOf::get), UndatedArticles.of(events, keys));
    return new Result(rows, report);
  }

  /** What one event task does with the event's articles, on an executor. */
  @FunctionalInterface
  private interface EventTask<R> extends Serializable {
    R apply(int order, CorpusEvent event, Map<String, Article> articles) throws IOException;
  }

  /**
   * Runs {@code task} once per event of {@code events} on the executors, with the event's articles: each article
   * is sent (once) to the partition of its event, partitions hold contiguous runs of events of about equal expected
   * cost ({@link EventRanges}), and each partition works through its events in order, so the results come in event
   * order without a sort.
   */
  private static <R> JavaRDD<R> byEvent(Dataset<Row> articles, List<CorpusEvent> events, int partitions, EventTask<R> task) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext());
    HashMap<String, Integer> orderOf = new HashMap<>();
    ArrayList<ArrayList<String>> encoded = new ArrayList<>(events.size());
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        orderOf.put(a, encoded.size());
      }
      encoded.add(encode(e));
    }
    Broadcast<HashMap<String, Integer>> orderB = jsc.broadcast(orderOf);
    Broadcast<ArrayList<ArrayList<String>>> eventsB = jsc.broadcast(encoded);
    return articles.javaRDD()
        .flatMapToPair((PairFlatMapFunction<Row, Integer, String[]>) r -> {
          Integer order = orderB.value().get(field(r, "id"));
          return order == null ? Collections.emptyIterator() : List.of(new Tuple2<>(order, fields(r))).iterator();
        })
        .repartitionAndSortWithinPartitions(EventRanges.of(events, partitions))
        .mapPartitions((FlatMapFunction<Iterator<Tuple2<Integer, String[]>>, R>) in -> new EventIterator<>(in, eventsB.value(), task));
  }

  /** The results of one partition's events, one event at a time (its articles arrive together, sorted by event). */
  private static final class EventIterator<R> implements Iterator<R> {
    private final Iterator<Tuple2<Integer, String[]>> in;
    private final List<ArrayList<String>> events;
    private final EventTask<R> task;
    private Tuple2<Integer, String[]> ahead;

    EventIterator(Iterator<Tuple2<Integer, String[]>> in, List<ArrayList<String>> events, EventTask<R> task) {
      this.in = in;
      this.events = events;
      this.task = task;
    }

    @Override
    public boolean hasNext() {
      return ahead != null || in.hasNext();
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Tuple2<Integer, String[]> t = ahead != null ? ahead : in.next();
      int order = t._1();
      Map<String, Article> members = new HashMap<>();
      while (t != null && t._1() == order) {
        Article a = article(t._2());
        members.put(a.id(), a);
        t = in.hasNext() ? in.next() : null;
      }
      ahead = t;
      try {
        return task.apply(order, decode(events.get(order)), members);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Partitions of contiguous runs of events (by their order) of about equal expected cost: a comparison costs about
   * the square of its event's size (analysis per article, wording work per pair), an event of one article next to
   * nothing. A large event gets a partition to itself, so that no partition holds most of the work.
   */
  static final class EventRanges extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int[] starts;

    private EventRanges(int[] starts) {
      this.starts = starts;
    }

    static EventRanges of(List<CorpusEvent> events, int partitions) {
      int n = Math.max(1, Math.min(partitions, events.size()));
      long total = 0;
      for (CorpusEvent e : events) {
        total += cost(e.size());
      }
      int[] starts = new int[n];
      Arrays.fill(starts, events.size());
      starts[0] = 0;
      long before = 0;
      int part = 0;
      for (int i = 0; i < events.size(); i++) {
        long w = cost(events.get(i).size());
        int p = (int) Math.min(n - 1, (before + w / 2) * n / Math.max(1, total));
        while (part < p) {
          starts[++part] = i;
        }
        before += w;
      }
      return new EventRanges(starts);
    }

    static long cost(int size) {
      return size < 2 ? 1 : 100L * size * size;
    }

    @Override
    public int numPartitions() {
      return starts.length;
    }

    @Override
    public int getPartition(Object key) {
      int order = (Integer) key;
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {   // the last partition whose first event is at or before this one
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= order) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EventRanges r && Arrays.equals(starts, r.starts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(starts);
    }
  }

  /**
   * The grouped events with each one that holds two look-alike events cut in two ({@link EventSplitter}), on the
   * executors where the events' articles are analyzed again; in the order of their first article, as in-process.
   */
  private List<CorpusEvent> split(Dataset<Row> articles, List<CorpusEvent> grouped, List<ArticleSketch> ordered,
      StatsOf stats, int partitions) {
    EventSplitter splitter = EventSplitter.forGrouper(grouper);
    List<CorpusEvent> examined = new ArrayList<>();
    for (CorpusEvent e : grouped) {
      if (splitter.examines(e.size())) {
        examined.add(e);
      }
    }
    if (examined.isEmpty()) {
      return grouped;
    }
    Map<String, List<CorpusEvent>> partsOf = new HashMap<>();
    for (Tuple2<Integer, ArrayList<ArrayList<String>>> parts : byEvent(articles, examined, partitions,
        (order, event, members) -> new Tuple2<>(order, splitEvent(splitter, event, members, stats.of(event)))).collect()) {
      List<CorpusEvent> decoded = new ArrayList<>();
      parts._2().forEach(p -> decoded.add(decode(p)));
      partsOf.put(examined.get(parts._1()).id(), decoded);
    }
    Map<String, Integer> rank = new HashMap<>();
    for (ArticleSketch s : ordered) {
      rank.put(s.id(), rank.size());
    }
    List<CorpusEvent> out = new ArrayList<>();
    for (CorpusEvent e : grouped) {
      List<CorpusEvent> parts = partsOf.get(e.id());
      if (parts == null) {
        out.add(e);
      } else {
        out.addAll(parts);
      }
    }
    out.sort(Comparator.comparingInt((CorpusEvent e) -> rank.get(e.articles().get(0))));
    return out;
  }

  /** On an executor, the term frequencies an event is cut with (read from a broadcast). */
  @FunctionalInterface
  private interface StatsOf extends Serializable {
    TermStats of(CorpusEvent event);
  }

  /** Splits one event on an executor: its parts, encoded. */
  private static ArrayList<ArrayList<String>> splitEvent(EventSplitter splitter, CorpusEvent event, Map<String, Article> byId,
      TermStats stats) {
    List<CorpusEvent> parts;
    try {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String id : event.articles()) {
        members.add(Models.PARALLAX.analyze(byId.get(id)));
      }
      parts = splitter.split(event, members, stats, Models.SPLIT_ALIGNER);
    } catch (ParallaxException e) {
      parts = List.of(event);
    }
    ArrayList<ArrayList<String>> out = new ArrayList<>();
    for (CorpusEvent p : parts) {
      out.add(encode(p));
    }
    return out;
  }

  /** An event as plain strings (records with optional fields do not serialize): id, title, first, last, articles. */
  private static ArrayList<String> encode(CorpusEvent e) {
    ArrayList<String> out = new ArrayList<>();
    out.add(e.id());
    out.add(e.title());
    out.add(e.first().map(Object::toString).orElse(""));
    out.add(e.last().map(Object::toString).orElse(""));
    out.addAll(e.articles());
    return out;
  }

  private static CorpusEvent decode(List<String> s) {
    return new CorpusEvent(s.get(0), s.get(1), s.subList(4, s.size()),
        s.get(2).isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(s.get(2))),
        s.get(3).isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(s.get(3))));
  }

  /**
   * Compares one event on an executor: its row of {@link Schemas#COMPARED}, with its {@code events.jsonl} line and
   * its findings as JSON.
   */
  private static Row compareEvent(int order, CorpusEvent event, Map<String, Article> byId, LongAccumulator compared)
      throws IOException {
    String line;
    EventFindings findings = new EventFindings(event.id(), List.of());
    if (event.size() < 2) {
      line = CorpusJson.eventLine(event, Optional.empty(), Optional.empty());
    } else {
      compared.add(1);
      try {
        List<AnalyzedArticle> members = new ArrayList<>();
        for (String id : event.articles()) {
          members.add(Models.PARALLAX.analyze(byId.get(id)));
        }
        Comparison c = Models.PARALLAX.compareAnalyzed(members);
        line = CorpusJson.eventLine(event, Optional.of(CorpusJson.compactReport(c)), Optional.empty());
        findings = EventFindings.of(event.id(), c);
      } catch (ParallaxException e) {
        line = CorpusJson.eventLine(event, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
      }
    }
    return RowFactory.create(event.id(), event.title(), event.first().map(Object::toString).orElse(null),
        event.last().map(Object::toString).orElse(null), event.articles().toArray(new String[0]), line, order,
        Models.JSON.writeValueAsString(findings));
  }
}
