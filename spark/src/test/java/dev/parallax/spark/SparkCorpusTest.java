package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventGroupers;
import dev.parallax.corpus.EventResult;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.CorpusJson;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** The Spark engine against the in-process one, in local mode on one shared session. */
class SparkCorpusTest {
  private static final Path BATCHES = Path.of("../core/src/test/resources/corpus-batches");
  private static SparkSession spark;
  private static List<Article> articles;
  private static Path out;
  private static SparkCorpus.Result result;
  /** The comparisons that job ran, as the job's own counter counted them. */
  private static final AtomicLong comparisons = new AtomicLong();

  /** One job for the whole class (each Spark job costs seconds): Parquet in, everything out. */
  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("parallax-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    articles = new ArrayList<>();
    articles.addAll(ArticleReader.withManifest(Path.of("../core/src/test/resources/corpus/MANIFEST.tsv")).readManifestFiles());
    articles.addAll(ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv")).readManifestFiles());
    out = dir;
    Path input = out.resolve("in.parquet");
    rows(articles).write().parquet(input.toString());
    SparkListener counter = new SparkListener() {
      @Override
      public void onStageCompleted(SparkListenerStageCompleted e) {
        for (AccumulableInfo a : CollectionConverters.asJava(e.stageInfo().accumulables()).values()) {
          if (a.name().contains(SparkCorpus.COMPARED) && a.value().isDefined()) {
            comparisons.accumulateAndGet(Long.parseLong(a.value().get().toString()), Math::max);
          }
        }
      }
    };
    spark.sparkContext().addSparkListener(counter);
    result = CorpusJob.run(spark, input.toString(), out.resolve("out"));
    spark.sparkContext().listenerBus().waitUntilEmpty();
    spark.sparkContext().removeSparkListener(counter);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> rows(List<Article> list) {
    List<Row> rows = new ArrayList<>();
    for (Article a : list) {
      rows.add(RowFactory.create(a.id(), a.outlet(), a.published().map(Object::toString).orElse(null), null, a.title(), a.text(), null));
    }
    return spark.createDataFrame(rows, Schemas.ARTICLES);
  }

  /** What the in-process engine gives for the same rows (read back the way the Spark job reads them). */
  private static Map<String, String> inProcess(List<Article> list, List<CorpusEvent> events, StringWriter summary) {
    return inProcess(list, List.of(), events, summary);
  }

  /** What the in-process engine gives for the same rows grouped in batches that end on {@code batchEnds}. */
  private static Map<String, String> inProcess(List<Article> list, List<LocalDate> batchEnds, List<CorpusEvent> events,
      StringWriter summary) {
    List<Article> same = new ArrayList<>();
    for (Row r : rows(list).collectAsList()) {
      same.add(SparkCorpus.article(r));
    }
    Map<String, String> lines = new HashMap<>();
    CorpusReport report = Corpus.builder(Parallax.create()).threads(2).batchEnds(batchEnds).build().run(same, (EventResult r) -> lines.put(r.event().id(),
        CorpusJson.eventLine(r.event(), r.comparison().map(CorpusJson::compactReport), r.error())));
    events.addAll(report.events());
    CorpusJson.writeSummary(report, summary);
    return lines;
  }

  @Test
  void sparkFindsTheSameEventsAndReportsAsInProcess() {
    SparkCorpus.Result r = result;
    assertSameAsInProcess(r, articles);
  }

  @Test
  void lookAlikeEventsAreCutApartAsInProcess() throws Exception {
    // Four ECB+ dev topics, read at run time (skipped without the shared data): in topic 23 the grouper merges
    // two look-alike events, which both engines cut apart the same way, with the same ids and reports.
    String root = System.getProperty("parallax.sharedData");
    Path dir = root == null ? null : Path.of(root, "ecbplus");
    Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("MANIFEST.tsv")), "ECB+ not found under parallax.sharedData");
    ArticleReader reader = ArticleReader.withManifest(dir.resolve("MANIFEST.tsv"));
    List<Article> docs = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv"))) {
      String[] r = line.split("\t", -1);
      if (r.length > 5 && r[5].equals("dev") && Set.of("2", "12", "18", "23").contains(r[3])) {
        docs.add(reader.read(dir.resolve(r[0])));
      }
    }
    SparkCorpus.Result r = SparkCorpus.standard().run(rows(docs));
    List<CorpusEvent> expected = assertSameAsInProcess(r, docs);
    // the cut is seen in the number of events, not in their ids (derived from each event's first article)
    Parallax parallax = Parallax.create();
    List<CorpusEvent> grouped = EventGroupers.minHash().group(docs.stream().map(parallax::analyze).toList());
    assertThat(expected).hasSizeGreaterThan(grouped.size());
  }

  /**
   * Asserts that the Spark job's events, {@code events.jsonl} lines and summary are the in-process engine's on
   * the same articles; returns the in-process events.
   */
  private static List<CorpusEvent> assertSameAsInProcess(SparkCorpus.Result r, List<Article> articles) {
    return assertSameAsInProcess(r, articles, List.of());
  }

  /** As above, both engines grouping in batches that end on {@code batchEnds}. */
  private static List<CorpusEvent> assertSameAsInProcess(SparkCorpus.Result r, List<Article> articles,
      List<LocalDate> batchEnds) {
    List<CorpusEvent> expected = new ArrayList<>();
    StringWriter expectedSummary = new StringWriter();
    Map<String, String> expectedLines = inProcess(articles, batchEnds, expected, expectedSummary);

    assertThat(r.report().events()).isEqualTo(expected);
    Map<String, String> lines = new HashMap<>();
    for (Row row : r.events().collectAsList()) {
      lines.put(row.getString(0), row.getString(5));
    }
    assertThat(lines).isEqualTo(expectedLines);
    StringWriter summary = new StringWriter();
    CorpusJson.writeSummary(r.report(), summary);
    assertThat(summary.toString()).isEqualTo(expectedSummary.toString());
    return expected;
  }

  @Test
  void aFeedGroupedInBatchesGivesTheSameEventsAndReportsAsInProcess() {
    // A March feed (a ferry aground off Keldholm, two reports; a tram line, two reports) and a later batch (the tram
    // line's first weekend, then eight May stories on the Keldholm ferry route). Run with March's last day as a batch
    // end, both engines keep March's events as March alone gives them (May's everyday ferry words do not pull the
    // two grounding reports apart) and let the tram event grow by its weekend report: same events, same lines.
    List<Article> feed = new ArrayList<>(JsonLinesArticles.read(BATCHES.resolve("march.jsonl")));
    feed.addAll(JsonLinesArticles.read(BATCHES.resolve("later.jsonl")));
    List<LocalDate> ends = List.of(LocalDate.parse("2026-03-14"));
    SparkCorpus job = SparkCorpus.standard().withBatchEnds(ends);
    assertThat(job.batchEnds()).isEqualTo(ends);
    SparkCorpus.Result batched = job.run(rows(feed));
    List<CorpusEvent> events = assertSameAsInProcess(batched, feed, ends);
    batched.events().unpersist();
    assertThat(events).extracting(CorpusEvent::articles).contains(List.of("ferry-beacon", "ferry-ledger"),
        List.of("tram-beacon", "tram-ledger", "tram-courier"));

    // Near variant: the same feed as one batch still gives the in-process events, which are not the batched ones.
    SparkCorpus.Result whole = SparkCorpus.standard().run(rows(feed));
    List<CorpusEvent> asOne = assertSameAsInProcess(whole, feed);
    whole.events().unpersist();
    assertThat(asOne).isNotEqualTo(events);
  }

  @Test
  void aFeedWithBadLinesGivesTheSameEventsAndOutletsFilesAsInProcess(@TempDir Path dir) throws Exception {
    // The March feed with three lines that hold no article: one cut off half way, one without a text, one without an
    // id. Both engines leave the three out, do not count them as articles, and write the same two files byte for
    // byte; the Spark job names each by its file and line, as the in-process reader does.
    List<String> lines = new ArrayList<>(Files.readAllLines(BATCHES.resolve("march.jsonl")));
    lines.add(1, "{\"id\": \"dock-cut\", \"outlet\": \"Beacon\", \"text\": \"Dock workers in Keld");
    lines.add(3, "{\"id\": \"dock-untold\", \"outlet\": \"Ledger\", \"published\": \"2026-03-08\"}");
    lines.add(5, "{\"outlet\": \"Courier\", \"text\": \"A crane fell on the quay in Keldholm on Sunday.\"}");
    // near variant: an article given by its page instead of a text is an article, read and counted
    lines.add("{\"id\": \"crane-page\", \"outlet\": \"Courier\", \"published\": \"2026-03-09\", \"html\": "
        + "\"<html><body><p>A crane toppled onto the Keldholm quay on Sunday, the harbour office said.</p></body></html>\"}");
    Path feed = dir.resolve("feed.jsonl");
    Files.write(feed, lines);

    List<dev.parallax.corpus.BadLine> bad = new ArrayList<>();
    List<Article> read = JsonLinesArticles.onDemand(feed, bad::add);
    assertThat(bad).extracting(dev.parallax.corpus.BadLine::line).containsExactly(2, 4, 6);
    StringBuilder expectedEvents = new StringBuilder();
    Map<String, String> lineOf = new HashMap<>();
    CorpusReport report = Corpus.builder(Parallax.create()).threads(2).build().run(read, (EventResult r) -> lineOf.put(
        r.event().id(), CorpusJson.eventLine(r.event(), r.comparison().map(CorpusJson::compactReport), r.error())));
    report.events().forEach(e -> expectedEvents.append(lineOf.get(e.id())));
    StringWriter expectedOutlets = new StringWriter();
    CorpusJson.writeSummary(report, expectedOutlets);

    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    SparkCorpus.Result r;
    try (java.io.PrintStream err = new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8)) {
      r = CorpusJob.run(spark, feed.toString(), dir.resolve("out"), err);
    }
    r.events().unpersist();
    StringBuilder events = new StringBuilder();
    try (var parts = Files.list(dir.resolve("out/events.jsonl"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        events.append(Files.readString(part));
      }
    }
    assertThat(events.toString()).isEqualTo(expectedEvents.toString());
    assertThat(Files.readString(dir.resolve("out/outlets.json"))).isEqualTo(expectedOutlets.toString());
    assertThat(r.report().articles()).isEqualTo(read.size()).isEqualTo(lines.size() - 3);
    assertThat(r.report().skipped()).isEmpty();
    assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("feed.jsonl:2: not a JSON object", "feed.jsonl:4: article dock-untold has neither",
            "feed.jsonl:6: no \"id\"");
  }

  @Test
  void eachEventIsComparedOnceThoughTheJobReadsItsRowThreeTimes() {
    // The driver collects the findings, then the job writes Parquet and JSON Lines from the same kept rows.
    long compared = result.report().events().stream().filter(e -> e.size() > 1).count();
    assertThat(compared).isPositive();
    assertThat(comparisons.get()).isEqualTo(compared);
  }

  @Test
  void jsonLinesPartFilesInNameOrderHoldTheEventsInEventOrder() throws Exception {
    // Written in parallel, without a sort or a single writer: the part files together are events.jsonl.
    List<String> ids = new ArrayList<>();
    try (var parts = Files.list(out.resolve("out/events.jsonl"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          ids.add(line.substring("{\"event\":\"".length(), line.indexOf('"', "{\"event\":\"".length())));
        }
      }
    }
    assertThat(ids).isEqualTo(result.report().events().stream().map(CorpusEvent::id).toList());
  }

  @Test
  void anotherFireInAnotherCityIsItsOwnEvent() {
    SparkCorpus.Result r = result;
    assertThat(r.report().events()).extracting(CorpusEvent::articles).contains(
        List.of("fire-herald", "fire-courier"), List.of("fire-other-city"), List.of("tram-gazette", "tram-observer"));
  }

  @Test
  void jobWritesParquetJsonLinesAndTheSummary() throws Exception {
    Dataset<Row> events = spark.read().parquet(out.resolve("out/events.parquet").toString());
    assertThat(events.count()).isEqualTo(5);
    assertThat(Files.readString(out.resolve("out/outlets.json"))).contains("\"schema\" : \"parallax-corpus/1\"");
    assertThat(spark.read().text(out.resolve("out/events.jsonl").toString()).count()).isEqualTo(5);
    assertThat(events.columns()).containsExactly("event", "title", "first", "last", "articles", "line");
  }
}
