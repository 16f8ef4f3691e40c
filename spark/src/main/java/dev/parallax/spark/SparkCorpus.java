package dev.parallax.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.corpus.ArticleSketch;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.EventSplitter;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.corpus.MinHashGrouper;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.corpus.ScoredPair;
import dev.parallax.corpus.Skipped;
import dev.parallax.corpus.TermStats;
import dev.parallax.ingest.Article;
import dev.parallax.report.CorpusJson;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Corpus mode as an Apache Spark job: the same grouping and the same comparisons as the in-process
 * {@link dev.parallax.corpus.Corpus}, spread over a cluster.
 *
 * <p>Steps: analyze and sketch each article on the executors (models loaded once per executor JVM); count
 * document frequencies; emit each sketch's MinHash band keys and pair articles inside each band bucket exactly
 * as the in-process session does (by day then id, at most {@code bucketCap} earlier articles within the window);
 * score the candidate pairs on the executors; collect the matching pairs (a few per article) and cluster them on
 * the driver with {@link MinHashGrouper#cluster}; then compare each event on the executors. Stateless and
 * thread-safe; each {@link #run} is one job.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate();
 * Dataset<Row> articles = spark.read().parquet("articles.parquet");   // id, outlet, published, title, text|html
 * SparkCorpus.Result r = new SparkCorpus(EventGroupers.minHash()).run(articles);
 * r.events().write().parquet("events.parquet");
 * }</pre>
 */
public final class SparkCorpus implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MinHashGrouper grouper;

  /** A job grouping with {@code grouper}. */
  public SparkCorpus(MinHashGrouper grouper) {
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  /** A job with the default grouper. */
  public static SparkCorpus standard() {
    return new SparkCorpus(EventGroupers.minHash());
  }

  /**
   * What a run gives.
   *
   * @param events one row per event, in event order: {@code event, title, first, last, articles, line} where
   *     {@code line} is the event's {@code events.jsonl} line (with its {@code parallax-report/1})
   * @param report the corpus summary with the outlet profiles (what {@code outlets.json} holds)
   */
  public record Result(Dataset<Row> events, CorpusReport report) {}

  /** The per-executor models: loaded the first time a task of this JVM needs them, then shared. */
  private static final class Models {
    static final Parallax PARALLAX = Parallax.create();
    static final Aligner SPLIT_ALIGNER = Aligners.standard(PARALLAX.similarity());
  }

  /** One analyzed article on its way: its sketch, or why it was skipped. */
  private static Tuple3<String, ArticleSketch, String> sketchOf(MinHashGrouper grouper, Row row) {
    String id = field(row, "id");
    try {
      Article a = article(row);
      AnalyzedArticle analyzed = Models.PARALLAX.analyze(a);
      return new Tuple3<>(id, grouper.sketch(analyzed), "");
    } catch (ParallaxException e) {
      return new Tuple3<>(id, null, String.valueOf(e.getMessage()));
    }
  }

  static Article article(Row row) {
    return JsonLinesArticles.fromFields(field(row, "id"), field(row, "outlet"), field(row, "published"), field(row, "title"),
        field(row, "text"), field(row, "html"), "row " + field(row, "id"));
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

  /** Runs the job on {@code articles} (columns {@code id, outlet, published, title} and {@code text} or {@code html}). */
  public Result run(Dataset<Row> articles) {
    Objects.requireNonNull(articles, "articles");
    SparkSession spark = articles.sparkSession();
    MinHashGrouper g = grouper;
    long total = articles.count();

    Encoder<Tuple3<String, ArticleSketch, String>> sketchEnc =
        Encoders.tuple(Encoders.STRING(), Encoders.javaSerialization(ArticleSketch.class), Encoders.STRING());
    Dataset<Tuple3<String, ArticleSketch, String>> analyzed = articles.mapPartitions(
        (MapPartitionsFunction<Row, Tuple3<String, ArticleSketch, String>>) rows -> {
          List<Tuple3<String, ArticleSketch, String>> out = new ArrayList<>();
          while (rows.hasNext()) {
            out.add(sketchOf(g, rows.next()));
          }
          return out.iterator();
        }, sketchEnc).cache();

    List<Skipped> skipped = new ArrayList<>();
    for (Tuple3<String, ArticleSketch, String> t : analyzed.filter((org.apache.spark.api.java.function.FilterFunction<
        Tuple3<String, ArticleSketch, String>>) t -> t._2() == null).collectAsList()) {
      skipped.add(new Skipped(t._1(), t._3()));
    }
    Dataset<ArticleSketch> sketches = analyzed
        .filter((org.apache.spark.api.java.function.FilterFunction<Tuple3<String, ArticleSketch, String>>) t -> t._2() != null)
        .map((MapFunction<Tuple3<String, ArticleSketch, String>, ArticleSketch>) Tuple3::_2, Encoders.javaSerialization(ArticleSketch.class))
        .cache();
    long sketched = sketches.count();

    // Document frequencies of the terms found in two articles or more.
    Map<Long, Integer> df = new HashMap<>();
    for (Tuple2<Long, Long> t : sketches
        .flatMap((FlatMapFunction<ArticleSketch, Long>) s -> Arrays.stream(s.terms()).boxed().iterator(), Encoders.LONG())
        .groupByKey((MapFunction<Long, Long>) x -> x, Encoders.LONG())
        .count()
        .filter((org.apache.spark.api.java.function.FilterFunction<Tuple2<Long, Object>>) t -> ((Long) t._2()) >= 2)
        .map((MapFunction<Tuple2<Long, Object>, Tuple2<Long, Long>>) t -> new Tuple2<>(t._1(), (Long) t._2()),
            Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
        .collectAsList()) {
      df.put(t._1(), t._2().intValue());
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
        .filter((org.apache.spark.api.java.function.FilterFunction<ScoredPair>) p -> p.score() >= g.threshold());
    List<ScoredPair> matches = scored.collectAsList();

    // Cluster on the driver: a few matches per article, and the articles' keys.
    List<ArticleSketch> keys = new ArrayList<>(sketches
        .map((MapFunction<ArticleSketch, ArticleSketch>) s -> ArticleSketch.key(s.id(), s.outlet(), s.day(), s.title()),
            Encoders.javaSerialization(ArticleSketch.class))
        .collectAsList());
    keys.sort(MinHashGrouper.order());
    List<CorpusEvent> events = split(articles, g.cluster(keys, matches), keys, stats);

    // Compare each event on the executors.
    Map<String, String> eventOf = new HashMap<>();
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        eventOf.put(a, e.id());
      }
    }
    Broadcast<Map<String, String>> eventOfB = spark.sparkContext().broadcast(eventOf, scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    HashMap<String, ArrayList<String>> byEvent = new HashMap<>();
    for (CorpusEvent e : events) {
      byEvent.put(e.id(), encode(e));
    }
    Broadcast<HashMap<String, ArrayList<String>>> eventsB = spark.sparkContext().broadcast(byEvent, scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    Dataset<Tuple3<String, String, String>> compared = articles
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> eventOfB.value().containsKey(field(r, "id")))
        .groupByKey((MapFunction<Row, String>) r -> eventOfB.value().get(field(r, "id")), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Tuple3<String, String, String>>) (eventId, rows) ->
            List.of(compareEvent(decode(eventsB.value().get(eventId)), rows)).iterator(),
            Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()));

    Map<String, EventFindings> findingsById = new HashMap<>();
    Map<String, String> lineById = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Tuple3<String, String, String> t : compared.collectAsList()) {
      lineById.put(t._1(), t._2());
      try {
        findingsById.put(t._1(), mapper.readValue(t._3(), EventFindings.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<EventFindings> findings = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (CorpusEvent e : events) {
      findings.add(findingsById.getOrDefault(e.id(), new EventFindings(e.id(), List.of())));
      rows.add(org.apache.spark.sql.RowFactory.create(e.id(), e.title(), e.first().map(Object::toString).orElse(null),
          e.last().map(Object::toString).orElse(null), e.articles().toArray(new String[0]), lineById.get(e.id())));
    }
    CorpusReport report = new CorpusReport((int) total, events, OutletProfile.of(findings), skipped);
    Dataset<Row> eventRows = spark.createDataFrame(rows, Schemas.EVENTS);
    analyzed.unpersist();
    sketches.unpersist();
    return new Result(eventRows, report);
  }

  /**
   * The grouped events with each one that holds two look-alike events cut in two ({@link EventSplitter}), on the
   * executors where the events' articles are analyzed again; in the order of their first article, as in-process.
   */
  private List<CorpusEvent> split(Dataset<Row> articles, List<CorpusEvent> grouped, List<ArticleSketch> ordered,
      Broadcast<TermStats> stats) {
    EventSplitter splitter = EventSplitter.forGrouper(grouper);
    HashMap<String, String> eventOf = new HashMap<>();
    HashMap<String, ArrayList<String>> examined = new HashMap<>();
    for (CorpusEvent e : grouped) {
      if (splitter.examines(e.size())) {
        examined.put(e.id(), encode(e));
        e.articles().forEach(a -> eventOf.put(a, e.id()));
      }
    }
    if (examined.isEmpty()) {
      return grouped;
    }
    SparkSession spark = articles.sparkSession();
    Broadcast<HashMap<String, String>> eventOfB = spark.sparkContext().broadcast(eventOf,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    Broadcast<HashMap<String, ArrayList<String>>> examinedB = spark.sparkContext().broadcast(examined,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    Map<String, List<CorpusEvent>> partsOf = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Tuple2<String, String> t : articles
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> eventOfB.value().containsKey(field(r, "id")))
        .groupByKey((MapFunction<Row, String>) r -> eventOfB.value().get(field(r, "id")), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Tuple2<String, String>>) (eventId, rows) ->
            splitEvent(splitter, decode(examinedB.value().get(eventId)), rows, stats.value()).iterator(),
            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .collectAsList()) {
      try {
        List<String> encoded = Arrays.asList(mapper.readValue(t._2(), String[].class));
        partsOf.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(decode(encoded));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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

  /** Splits one event on an executor: each part as its event id and its encoding in JSON. */
  private static List<Tuple2<String, String>> splitEvent(EventSplitter splitter, CorpusEvent event, Iterator<Row> rows,
      TermStats stats) throws IOException {
    Map<String, Article> byId = new HashMap<>();
    rows.forEachRemaining(r -> {
      Article a = article(r);
      byId.put(a.id(), a);
    });
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
    ObjectMapper mapper = new ObjectMapper();
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (CorpusEvent p : parts) {
      out.add(new Tuple2<>(event.id(), mapper.writeValueAsString(encode(p))));
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

  /** Compares one event on an executor: its {@code events.jsonl} line and its findings as JSON. */
  private static Tuple3<String, String, String> compareEvent(CorpusEvent event, Iterator<Row> rows) throws IOException {
    Map<String, Article> byId = new HashMap<>();
    rows.forEachRemaining(r -> {
      Article a = article(r);
      byId.put(a.id(), a);
    });
    ObjectMapper mapper = new ObjectMapper();
    if (event.size() < 2) {
      return new Tuple3<>(event.id(), CorpusJson.eventLine(event, Optional.empty(), Optional.empty()),
          mapper.writeValueAsString(new EventFindings(event.id(), List.of())));
    }
    try {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String id : event.articles()) {
        members.add(Models.PARALLAX.analyze(byId.get(id)));
      }
      Comparison c = Models.PARALLAX.compareAnalyzed(members);
      return new Tuple3<>(event.id(), CorpusJson.eventLine(event, Optional.of(CorpusJson.compactReport(c)), Optional.empty()),
          mapper.writeValueAsString(EventFindings.of(event.id(), c)));
    } catch (ParallaxException e) {
      return new Tuple3<>(event.id(), CorpusJson.eventLine(event, Optional.empty(), Optional.of(String.valueOf(e.getMessage()))),
          mapper.writeValueAsString(new EventFindings(event.id(), List.of())));
    }
  }
}
