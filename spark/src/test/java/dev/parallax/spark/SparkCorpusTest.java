package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
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
  void aLaterBatchThatBridgesTwoEarlierEventsGivesTheSameEventsAsInProcess() {
    // A week of local news (a rail strike, then talks set for Monday: two events) and the week after's two reports of
    // the pay deal, which name both. Run with the week's last day as a batch end, both engines keep the strike and
    // the talks apart and put the deal in one of them: same events, same lines.
    List<Article> feed = new ArrayList<>(JsonLinesArticles.read(BATCHES.resolve("week.jsonl")));
    feed.addAll(JsonLinesArticles.read(BATCHES.resolve("week-after.jsonl")));
    List<LocalDate> ends = List.of(LocalDate.parse("2025-03-09"));
    SparkCorpus.Result batched = SparkCorpus.standard().withBatchEnds(ends).run(rows(feed));
    List<CorpusEvent> events = assertSameAsInProcess(batched, feed, ends);
    batched.events().unpersist();
    assertThat(events).extracting(CorpusEvent::articles).anySatisfy(a -> assertThat(a).startsWith("beacon-0307-rail")
        .doesNotContain("beacon-0308-talks")).anySatisfy(a -> assertThat(a).startsWith("beacon-0308-talks"));
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
    // and one whose date is written day first: an article, kept without a date, and said to be by both engines
    lines.add("{\"id\": \"crane-dayfirst\", \"outlet\": \"Ledger\", \"published\": \"09.03.2026\", \"text\": "
        + "\"A crane fell onto the quay in Keldholm on Sunday, the harbour office said.\"}");
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
      r = CorpusJob.run(spark, feed.toString(), dir.resolve("out"), err).result();
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
    assertThat(r.report().undated()).containsExactly("crane-dayfirst").isEqualTo(report.undated());
    assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("feed.jsonl:2: a JSON object cut off before its end", "feed.jsonl:4: article dock-untold has neither",
            "feed.jsonl:6: no \"id\"", "for 1 of " + read.size() + " articles (crane-dayfirst)")
        // the undated article told in the same words as parallax corpus tells it
        .contains("parallax: " + report.undatedNotice().orElseThrow() + "\n");
  }

  /** A feed line of a dock strike in Velmora reported by {@code outlet}, on {@code day} of April 2031. */
  private static String strike(String id, String outlet, int day) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"" + outlet + "\", \"published\": \"2031-04-0" + day + "\", "
        + "\"title\": \"Dock strike in Velmora\", \"text\": \"Dock workers in Velmora stopped the ferries to the Orsk "
        + "islands on Tuesday, the harbour union said. About 900 workers joined the strike over pay, and the port "
        + "authority said no ferry would sail before Thursday.\"}";
  }

  /** A feed line in German, which neither engine can analyze: an article listed under skipped. */
  private static String inGerman(String id, String outlet, int day) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"" + outlet + "\", \"published\": \"2031-04-0" + day + "\", "
        + "\"text\": \"Die Hafenarbeiter in Velmora haben heute die Arbeit niedergelegt, und die Fähren zu den Inseln "
        + "bleiben im Hafen. Die Gewerkschaft sagt, dass der Streik bis zum Donnerstag dauern wird.\"}";
  }

  @Test
  void aFeedThatGivesOneIdTwiceIsRefusedAsInProcess(@TempDir Path dir) throws Exception {
    // A strike feed merged from two exports: line 4 gives the id of line 1 again (after a line cut off half way).
    // parallax corpus refuses the feed, naming both lines, before any article is analyzed; so does the Spark job, in
    // the same words, and it writes nothing.
    Path feed = dir.resolve("merged.jsonl");
    Files.write(feed, List.of(strike("strike-1", "Velmora Post", 1), strike("strike-2", "Orsk Daily", 1),
        "{\"id\": \"strike-3\", \"outlet\": \"Orsk Dai", strike("strike-1", "Orsk Daily", 2)));
    String said = "merged.jsonl:4: the id 'strike-1' is also the id of line 1; ids must be distinct";
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(feed, b -> { })).isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(said);
    assertThatThrownBy(() -> CorpusJob.run(spark, feed.toString(), dir.resolve("out")))
        .isInstanceOf(InvalidInputException.class).hasMessageEndingWith(said);
    assertThat(dir.resolve("out")).doesNotExist();

    // The same id in two files of a folder (a Spark output's part files): each file is sound, and both engines refuse
    // the whole in Corpus's words.
    Path exports = dir.resolve("exports.jsonl");
    Files.createDirectories(exports);
    Files.write(exports.resolve("a.jsonl"), List.of(strike("strike-1", "Velmora Post", 1), strike("strike-2", "Orsk Daily", 1)));
    Files.write(exports.resolve("b.jsonl"), List.of(strike("strike-4", "Velmora Post", 2), strike("strike-2", "Orsk Daily", 2)));
    List<Article> both = new ArrayList<>(JsonLinesArticles.onDemand(exports.resolve("a.jsonl")));
    both.addAll(JsonLinesArticles.onDemand(exports.resolve("b.jsonl")));
    String twice = "two articles have the id 'strike-2': ids must be distinct";
    assertThatThrownBy(() -> Corpus.builder(Parallax.create()).threads(2).build().run(both)).hasMessage(twice);
    assertThatThrownBy(() -> CorpusJob.run(spark, exports.toString(), dir.resolve("out2")))
        .isInstanceOf(InvalidInputException.class).hasMessage(twice);

    // Near variant: a line that holds no article gives no id, so a later line may give it, on both engines.
    Path mended = dir.resolve("mended.jsonl");
    Files.write(mended, List.of("{\"id\": \"strike-1\", \"outlet\": \"Velmora Post\"}", strike("strike-1", "Velmora Post", 1),
        strike("strike-2", "Orsk Daily", 1)));
    assertThat(JsonLinesArticles.onDemand(mended, b -> { })).extracting(Article::id).containsExactly("strike-1", "strike-2");
    SparkCorpus.Result r = CorpusJob.run(spark, mended.toString(), dir.resolve("out3"));
    r.events().unpersist();
    assertThat(r.report().articles()).isEqualTo(2);
  }

  @Test
  void everyLineThatRepeatsAnIdIsNamedWithTheBrokenLinesAsInProcess(@TempDir Path dir) throws Exception {
    // A strike feed merged from two exports that numbered their articles alike: lines 4 and 6 give the ids of lines 1
    // and 2 to other outlets' articles (a line that repeats its id's first line field for field is read once), and line
    // 3 was cut off half way. parallax corpus names all three lines, in line order, then stops with the first repeat
    // and how many more lines repeat an id; the Spark job names the same lines and stops with the same message.
    Path feed = dir.resolve("twice.jsonl");
    Files.write(feed, List.of(strike("strike-1", "Velmora Post", 1), strike("strike-2", "Orsk Daily", 1),
        "{\"id\": \"strike-3\", \"outlet\": \"Orsk Dai", strike("strike-1", "Harbour Herald", 1),
        strike("strike-4", "Harbour Herald", 2), strike("strike-2", "Velmora Post", 1)));
    List<dev.parallax.corpus.BadLine> bad = new ArrayList<>();
    String first = "twice.jsonl:4: the id 'strike-1' is also the id of line 1; ids must be distinct";
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(feed, bad::add)).isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(first + " (and 1 more line repeats an id)");
    List<String> named = bad.stream().map(b -> "  " + b.where() + ": " + b.reason()).toList();
    assertThat(named).hasSize(3);
    assertThat(named.get(2)).endsWith("twice.jsonl:6: the id 'strike-2' is also the id of line 2; ids must be distinct");

    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    try (java.io.PrintStream err = new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8)) {
      assertThatThrownBy(() -> CorpusJob.run(spark, feed.toString(), dir.resolve("out"), err))
          .isInstanceOf(InvalidInputException.class).hasMessageEndingWith(first + " (and 1 more line repeats an id)");
    }
    List<String> told = said.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(told.get(0)).endsWith("twice.jsonl: 3 lines that hold no article or repeat an earlier line's id;"
        + " the run stops");
    assertThat(told.subList(1, told.size()).stream().map(l -> l.replaceFirst("^  file:", "  ")).toList())
        .isEqualTo(named);
    assertThat(dir.resolve("out")).doesNotExist();

    // Near variant: one repeat only, and the message is the repeat's alone, on both engines.
    Path once = dir.resolve("once.jsonl");
    Files.write(once, List.of(strike("strike-1", "Velmora Post", 1), strike("strike-2", "Orsk Daily", 1),
        strike("strike-2", "Velmora Post", 1)));
    String only = "once.jsonl:3: the id 'strike-2' is also the id of line 2; ids must be distinct";
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(once, b -> { })).hasMessageEndingWith(only);
    assertThatThrownBy(() -> CorpusJob.run(spark, once.toString(), dir.resolve("out2")))
        .isInstanceOf(InvalidInputException.class).hasMessageEndingWith(only);
  }

  @Test
  void skippedArticlesOfAFeedInSeveralFilesAreListedInTheOrderOfTheFilesNamesAsInProcess(@TempDir Path dir)
      throws Exception {
    // Three daily exports of a strike feed, each with one article in German that neither engine can analyze, written
    // last day first (so that the folder need not list them in name order). parallax corpus reads the files as a
    // shell lists feeds.jsonl/*, in name order; the Spark job reads the folder in the same order, whatever order
    // Hadoop lists it in: outlets.json is the same byte for byte, its skipped list in file and line order.
    Path feeds = dir.resolve("feeds.jsonl");
    Files.createDirectories(feeds);
    for (int day = 3; day >= 1; day--) {
      Files.write(feeds.resolve("day-" + day + ".jsonl"), List.of(strike("strike-" + day + "a", "Velmora Post", day),
          inGerman("streik-" + day, "Velmora Zeitung", day), strike("strike-" + day + "b", "Orsk Daily", day)));
    }
    List<Article> read = new ArrayList<>();
    for (int day = 1; day <= 3; day++) {
      read.addAll(JsonLinesArticles.onDemand(feeds.resolve("day-" + day + ".jsonl")));
    }
    CorpusReport report = Corpus.builder(Parallax.create()).threads(2).build().run(read);
    StringWriter expected = new StringWriter();
    CorpusJson.writeSummary(report, expected);
    assertThat(report.skipped()).extracting(dev.parallax.corpus.Skipped::article)
        .containsExactly("streik-1", "streik-2", "streik-3");

    SparkCorpus.Result r = CorpusJob.run(spark, feeds.toString(), dir.resolve("out"));
    r.events().unpersist();
    assertThat(Files.readString(dir.resolve("out/outlets.json"))).isEqualTo(expected.toString());
    // near variant: the same feed as one file gives the same list
    Path one = dir.resolve("one.jsonl");
    List<String> all = new ArrayList<>();
    for (int day = 1; day <= 3; day++) {
      all.addAll(Files.readAllLines(feeds.resolve("day-" + day + ".jsonl")));
    }
    Files.write(one, all);
    SparkCorpus.Result whole = CorpusJob.run(spark, one.toString(), dir.resolve("out-one"));
    whole.events().unpersist();
    assertThat(whole.report().skipped()).isEqualTo(report.skipped());
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
