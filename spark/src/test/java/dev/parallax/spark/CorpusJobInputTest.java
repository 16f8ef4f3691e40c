package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code CorpusJob} says and returns when its JSON Lines input has rows it cannot use, in local mode. */
class CorpusJobInputTest {
  private static SparkSession spark;
  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[1]").appName("parallax-input-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String article(String id, String outlet, String text) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"" + outlet + "\", \"published\": \"2031-04-02\", "
        + "\"title\": \"Ferry strike in Velmora\", \"" + text + "\": \"Dock workers in Velmora stopped the ferries to the "
        + "Orsk islands on Tuesday, the harbour union said. About 900 workers joined the strike over pay.\"}";
  }

  private record Run(CorpusJob.Ran ran, String err) {
    SparkCorpus.Result result() {
      return ran.result();
    }
  }

  private Run run(List<String> lines) throws Exception {
    Path in = dir.resolve("feed.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return run(in);
  }

  private Run run(Path in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CorpusJob.Ran r;
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      r = CorpusJob.run(spark, in.toString(), dir.resolve("out"), err);
    }
    r.result().events().unpersist();
    return new Run(r, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenLineIsNamedOnStderrAndNotCountedAsAnArticleAndTheJobFailsAsInProcess() throws Exception {
    Run run = run(List.of(article("harbour-1", "Velmora Post", "text"), "{\"id\": \"harbour-2\", \"outlet\": \"Orsk Dai",
        article("harbour-3", "Orsk Daily", "text")));

    assertThat(run.result().report().articles()).isEqualTo(2);
    assertThat(run.result().report().skipped()).isEmpty();
    assertThat(run.result().report().comparedEvents()).isEqualTo(1);
    assertThat(run.err()).contains("skipped 1 line that holds no article").contains("feed.jsonl:2: a JSON object cut off before its end");
    // the other articles' event is written, and the job ends as parallax corpus ends: the input was not all read
    assertThat(run.err()).endsWith("parallax: 1 line of the input skipped (named above); the other articles' events are"
        + " written to " + dir.resolve("out") + System.lineSeparator());
    assertThat(dir.resolve("out/outlets.json")).exists();
    assertThat(run.ran().exitStatus()).isEqualTo(1);
  }

  @Test
  void aFeedWhereNoEventHasTwoArticlesFailsAsInProcess() throws Exception {
    // A feed of one article: nothing to compare. parallax corpus writes its files, says so and exits 1; so does the job.
    Run run = run(List.of(article("harbour-1", "Velmora Post", "text")));

    assertThat(run.result().report().articles()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("parallax: nothing compared: no event has two articles (1 article read, 1 event of"
        + " one article); " + dir.resolve("out") + " lists them" + System.lineSeparator());
    assertThat(dir.resolve("out/outlets.json")).exists();
    assertThat(run.ran().exitStatus()).isEqualTo(1);
  }

  @Test
  void theBadLinesOfEachFileAreNamedUnderTheirFilesHeadingAsInProcess() throws Exception {
    // A folder of two daily feeds: the first has two lines that hold no article, the second one. parallax corpus given
    // both names each file's lines under a heading of that file, with how many it holds; so does the Spark job.
    Path feeds = dir.resolve("days.jsonl");
    Files.createDirectories(feeds);
    Files.write(feeds.resolve("day-1.jsonl"), List.of(article("harbour-1", "Velmora Post", "text"),
        "{\"id\": \"harbour-2\", \"outlet\": \"Orsk Dai", article("harbour-3", "Orsk Daily", "text"),
        "{\"outlet\": \"Orsk Daily\", \"text\": \"The strike ended on Friday.\"}"));
    Files.write(feeds.resolve("day-2.jsonl"), List.of(article("harbour-4", "Harbour Herald", "text"),
        article("harbour-5", "Orsk Daily", "body")));

    Run run = run(feeds);

    List<String> told = run.err().lines().map(l -> l.replace(feeds.toUri().toString().replace("file:///", "file:/"), "DAYS/"))
        .toList();
    assertThat(told).containsExactly(
        "parallax: DAYS/day-1.jsonl: skipped 2 lines that hold no article (not counted as articles; the run goes on"
            + " without them)",
        "  DAYS/day-1.jsonl:2: a JSON object cut off before its end",
        "  DAYS/day-1.jsonl:4: no \"id\"",
        "parallax: DAYS/day-2.jsonl: skipped 1 line that holds no article (not counted as articles; the run goes on"
            + " without it)",
        "  DAYS/day-2.jsonl:2: article harbour-5 has neither \"text\" nor \"html\"",
        "parallax: 3 lines of the input skipped (named above); the other articles' events are written to "
            + dir.resolve("out"));
    assertThat(run.result().report().articles()).isEqualTo(3);
    assertThat(run.ran().exitStatus()).isEqualTo(1);
  }

  @Test
  void aFeedOfGoodArticlesRunsWithoutAWord() throws Exception {
    Run run = run(List.of(article("harbour-1", "Velmora Post", "text"), article("harbour-3", "Orsk Daily", "text")));

    assertThat(run.result().report().articles()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    assertThat(run.ran().exitStatus()).isZero();
  }

  @Test
  void aFeedWhoseTextColumnHasAnotherNameStopsAndSaysWhyWritingNothingAsInProcess() throws Exception {
    Path in = dir.resolve("feed.jsonl");
    Files.write(in, List.of(article("harbour-1", "Velmora Post", "body"), article("harbour-3", "Orsk Daily", "body")),
        StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // each line holds no article, as parallax corpus says: named by its line; then the job stops as parallax corpus
    // stops, with its message, and writes nothing
    assertThatThrownBy(() -> CorpusJob.run(spark, in.toString(), dir.resolve("out"), err))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("no article could be read");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("skipped 2 lines that hold no article")
        .contains("feed.jsonl:1: article harbour-1 has neither \"text\" nor \"html\"");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aBadLineIsNamedByItsLineInItsFileWhenTheFilesAreReadInPieces() throws Exception {
    // A folder of two feeds, each read by several tasks (splits of 1,000 bytes): the lines are numbered per file, as
    // the in-process reader numbers them, whichever task reads them.
    Path feeds = dir.resolve("feeds");
    Files.createDirectories(feeds);
    List<String> first = new java.util.ArrayList<>();
    List<String> second = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      first.add(article("harbour-a" + i, "Velmora Post", "text"));
      second.add(article("harbour-b" + i, "Orsk Daily", "text"));
    }
    first.add(6, "");                                   // a blank line is a line, and no bad one
    first.set(8, "{\"id\": \"harbour-a8\", \"outlet\": \"Velmora Post\"");   // line 9, cut off
    second.set(6, "{\"outlet\": \"Orsk Daily\", \"text\": \"The strike ended on Friday.\"}");   // line 7, no id
    Files.write(feeds.resolve("a.jsonl"), first, StandardCharsets.UTF_8);
    // the second feed with Windows line breaks, counted as one break each, as the in-process reader counts them
    Files.writeString(feeds.resolve("b.jsonl"), String.join("\r\n", second) + "\r\n", StandardCharsets.UTF_8);
    String split = "mapreduce.input.fileinputformat.split.maxsize";
    var conf = spark.sparkContext().hadoopConfiguration();
    conf.set(split, "1000");
    FeedLines.Read read;
    try {
      read = FeedLines.read(spark, feeds.toString(), 5);
      assertThat(read.articles().rdd().getNumPartitions()).isGreaterThan(2);
    } finally {
      conf.unset(split);
    }

    assertThat(read.bad()).isEqualTo(2);
    assertThat(read.badByFile()).hasSize(2);
    assertThat(read.badByFile().get(0).first()).singleElement().asString().endsWith("a.jsonl:9: a JSON object cut off before its end");
    assertThat(read.badByFile().get(1).first()).singleElement().asString().endsWith("b.jsonl:7: no \"id\"");
    // near variant: every other line is an article
    assertThat(read.articles().select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder(
        "harbour-a1", "harbour-a2", "harbour-a3", "harbour-a4", "harbour-a5", "harbour-a6", "harbour-a7", "harbour-a9",
        "harbour-b1", "harbour-b2", "harbour-b3", "harbour-b4", "harbour-b5", "harbour-b6", "harbour-b8", "harbour-b9");
    read.lines().unpersist();
  }

  @Test
  void parquetRowsThatHoldNoArticleAreNamedByFileAndRowAndNotCounted() throws Exception {
    // A Parquet export of the strike coverage: its second row lost its id, its fourth both its text and its page. Both
    // are left out as a feed's bad lines are, not counted and not under skipped, named by file and row; the third
    // row, given by its page, is an article (near variant).
    java.util.List<org.apache.spark.sql.Row> rows = List.of(
        org.apache.spark.sql.RowFactory.create("harbour-1", "Velmora Post", "2031-04-02", null, "Ferry strike in Velmora",
            "Dock workers in Velmora stopped the ferries to the Orsk islands on Tuesday, the harbour union said.", null),
        org.apache.spark.sql.RowFactory.create(null, "Orsk Daily", "2031-04-02", null, null,
            "About 900 workers joined the strike over pay.", null),
        org.apache.spark.sql.RowFactory.create("harbour-3", "Orsk Daily", "2031-04-02", null, "Ferries stay in port",
            null, "<html><body><p>No ferry left Velmora for the Orsk islands on Tuesday as dock workers struck over "
            + "pay, the union said.</p></body></html>"),
        org.apache.spark.sql.RowFactory.create("harbour-4", "Orsk Daily", "2031-04-03", null, "Strike goes on", null, null));
    Path in = dir.resolve("export.parquet");
    spark.createDataFrame(rows, nullableArticles()).coalesce(1).write().parquet(in.toString());
    Run run = run(in);
    SparkCorpus.Result r = run.result();
    String said = run.err();

    assertThat(r.report().articles()).isEqualTo(2);
    assertThat(r.report().skipped()).isEmpty();
    assertThat(said).contains("skipped 2 rows that hold no article").containsPattern("part-[^ ]*\\.parquet: row 2: no \"id\"")
        .containsPattern("part-[^ ]*\\.parquet: row 4: article harbour-4 has neither \"text\" nor \"html\"")
        .contains("parallax: 2 rows of the input skipped (named above)");
    assertThat(Files.readString(dir.resolve("out/outlets.json"))).doesNotContain("harbour-4");
    assertThat(run.ran().exitStatus()).isEqualTo(1);
  }

  @Test
  void aLineThatRepeatsAnEarlierLineFieldForFieldIsReadOnceAsInProcess() throws Exception {
    // A scraped feed that gives the Velmora Post's article twice (line 4 is line 1 again): parallax corpus reads it
    // once, names the copy and runs; so does the job, with the same words and exit status.
    String post = article("harbour-1", "Velmora Post", "text");
    Run run = run(List.of(post, article("harbour-2", "Orsk Daily", "text"), article("harbour-3", "Harbour Herald", "text"),
        post));

    String feed = dir.resolve("feed.jsonl").toUri().toString().replace("file:///", "file:/");
    assertThat(run.err().lines()).containsExactly(
        "parallax: " + feed + ": 1 line repeats an earlier line field for field; each article is read once",
        "  " + feed + ":4: repeats line 1 field for field (read once)");
    assertThat(run.result().report().articles()).isEqualTo(3);
    assertThat(run.ran().exitStatus()).isZero();

    // near variant: the copy gives another outlet's article under the id, which only the user can tell apart
    Files.write(dir.resolve("feed.jsonl"), List.of(post, article("harbour-2", "Orsk Daily", "text"),
        article("harbour-1", "Harbour Herald", "text")), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorpusJob.run(spark, dir.resolve("feed.jsonl").toString(),
            dir.resolve("out2"), null))
        .isInstanceOf(dev.parallax.InvalidInputException.class)
        .hasMessageContaining(":3: the id 'harbour-1' is also the id of line 1; ids must be distinct");
  }

  @Test
  void parquetRowsThatRepeatAnIdAreNamedByFileAndRow() throws Exception {
    // A Parquet export of the strike coverage in two files: the second file's second row gives the id of the first
    // file's first row to another outlet's article, and its third row the id of its own first row. The job names each repeat by its file and row
    // and the row that first gave the id, and stops before any article is analyzed, writing nothing.
    Path in = dir.resolve("export.parquet");
    writeParquet(in.resolve("a.parquet"), List.of(strikeRow("strike-1", "Velmora Post"), strikeRow("strike-2", "Orsk Daily")));
    writeParquet(in.resolve("b.parquet"), List.of(strikeRow("strike-3", "Harbour Herald"),
        strikeRow("strike-1", "Orsk Daily"), strikeRow("strike-3", "Velmora Post")));
    String a = in.resolve("a.parquet").toUri().toString().replace("file:///", "file:/");
    String b = in.resolve("b.parquet").toUri().toString().replace("file:///", "file:/");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorpusJob.run(spark, in.toString(), dir.resolve("out"), err))
          .isInstanceOf(dev.parallax.InvalidInputException.class)
          .hasMessage(b + ": row 2: the id 'strike-1' is also the id of " + a + ": row 1; ids must be distinct"
              + " (and 1 more row repeats an id)");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "parallax: " + b + ": 2 rows that hold no article or repeat an earlier row's id; the run stops",
        "  " + b + ": row 2: the id 'strike-1' is also the id of " + a + ": row 1; ids must be distinct",
        "  " + b + ": row 3: the id 'strike-3' is also the id of row 1; ids must be distinct");
    assertThat(dir.resolve("out")).doesNotExist();

    // near variant: the ids made distinct, the same files are read
    Path mended = dir.resolve("mended.parquet");
    writeParquet(mended.resolve("a.parquet"), List.of(strikeRow("strike-1", "Velmora Post"), strikeRow("strike-2", "Orsk Daily")));
    writeParquet(mended.resolve("b.parquet"), List.of(strikeRow("strike-3", "Harbour Herald")));
    Run run = run(mended);
    assertThat(run.result().report().articles()).isEqualTo(3);
    assertThat(run.ran().exitStatus()).isZero();
  }

  private static org.apache.spark.sql.Row strikeRow(String id, String outlet) {
    return org.apache.spark.sql.RowFactory.create(id, outlet, "2031-04-02", null, "Ferry strike in Velmora",
        "Dock workers in Velmora stopped the ferries to the Orsk islands on Tuesday, the harbour union said. About 900 "
        + "workers joined the strike over pay.", null);
  }

  /** Writes {@code rows} as one Parquet file named {@code file}. */
  private void writeParquet(Path file, List<org.apache.spark.sql.Row> rows) throws Exception {
    Path tmp = dir.resolve("tmp-" + file.getParent().getFileName() + "-" + file.getFileName());
    spark.createDataFrame(rows, nullableArticles()).coalesce(1).write().parquet(tmp.toString());
    Files.createDirectories(file.getParent());
    try (var parts = Files.list(tmp)) {
      Files.move(parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow(), file);
    }
  }

  /** The input's columns, the id nullable too (a table may lack ids). */
  private static org.apache.spark.sql.types.StructType nullableArticles() {
    org.apache.spark.sql.types.StructType out = new org.apache.spark.sql.types.StructType();
    for (org.apache.spark.sql.types.StructField f : Schemas.ARTICLES.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }

  @Test
  void anEmptyFeedStopsWritingNothingAsInProcess() throws Exception {
    Path in = dir.resolve("feed.jsonl");
    Files.write(in, List.of(), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CorpusJob.run(spark, in.toString(), dir.resolve("out"), System.err))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("feed.jsonl: empty, no article in it");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
