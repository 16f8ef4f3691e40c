package dev.parallax.spark;

import dev.parallax.corpus.Skipped;
import dev.parallax.report.CorpusJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code spark-submit} entry point: {@code CorpusJob INPUT OUT}. INPUT is Parquet (a file or folder) or
 * JSON Lines ({@code .jsonl}) with columns {@code id, outlet, published, url, title, text, html}; OUT receives
 * {@code events.parquet/}, {@code events.jsonl/} (Spark part files written in parallel, one event per line; the part
 * files in name order hold the events in event order, so their concatenation is {@code events.jsonl}) and
 * {@code outlets.json} (written by the driver, so OUT must be on a file system the driver sees).
 *
 * <pre>
 * spark-submit --class dev.parallax.spark.CorpusJob --master yarn \
 *   --conf spark.executor.memory=4g spark/target/parallax-spark-job.jar s3a://bucket/articles.parquet /data/out
 * </pre>
 *
 * <p>{@code --batch-end DATE[,DATE...]} (before INPUT) groups the corpus in batches that end on those days, as
 * {@code parallax corpus --batch-end} does: pass the last day of each earlier run when a corpus grows by batches, and
 * the events of the earlier batches stay as they were ({@link SparkCorpus#withBatchEnds}).</p>
 *
 * <p>Rows it cannot use are not counted as articles and not fatal: a JSON line that is not a JSON object is left out
 * (its file and opening are named on stderr), an article without an id or text is listed under {@code skipped} in
 * {@code outlets.json}; stderr gets one line with how many rows were skipped and the first reasons. When no article
 * could be read at all, the job exits with status 1 (after writing its empty output), so a scheduler sees the failure.</p>
 *
 * <p>The jar is built by {@code mvn -B -pl spark -am package -DskipTests}; {@code spark/README.md} says what it writes
 * and what it does not (no {@code index.html}, no event pages).</p>
 */
public final class CorpusJob {
  private CorpusJob() {}

  /** Runs the job; see the class comment. */
  public static void main(String[] args) {
    List<String> paths = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--batch-end") && i + 1 < args.length) {
          for (String d : args[++i].split(",")) {
            ends.add(LocalDate.parse(d.strip()));
          }
        } else {
          paths.add(args[i]);
        }
      }
    } catch (DateTimeParseException e) {
      System.err.println("CorpusJob: --batch-end takes dates as 2026-03-14: " + e.getParsedString());
      System.exit(2);
    }
    if (paths.size() != 2) {
      System.err.println("usage: CorpusJob [--batch-end DATE[,DATE...]] INPUT(.parquet|.jsonl) OUT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("parallax corpus").getOrCreate();
    int status;
    try {
      status = exitStatus(run(spark, paths.get(0), Path.of(paths.get(1)), ends, System.err));
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** The job's exit status for a result: 0 when at least one article was read, 1 when none was. */
  static int exitStatus(SparkCorpus.Result r) {
    return r.report().articles() > r.report().skipped().size() ? 0 : 1;
  }

  /** Reads INPUT, runs the job, writes OUT; says nothing about skipped rows. */
  public static SparkCorpus.Result run(SparkSession spark, String input, Path out) {
    return run(spark, input, out, List.of(), null);
  }

  /**
   * Reads INPUT, runs the job grouping in batches that end on {@code batchEnds} ({@link SparkCorpus#withBatchEnds}),
   * writes OUT; says nothing about skipped rows.
   */
  public static SparkCorpus.Result run(SparkSession spark, String input, Path out, List<LocalDate> batchEnds) {
    return run(spark, input, out, batchEnds, null);
  }

  /** The column Spark's JSON reader puts an unparsable line in (the rest of that row is null). */
  private static final String CORRUPT = "_corrupt_record";
  /** How many skipped rows stderr names one by one. */
  private static final int NAMED = 5;

  /** Reads INPUT, runs the job, writes OUT, and tells {@code err} (when not null) which rows it skipped and why. */
  static SparkCorpus.Result run(SparkSession spark, String input, Path out, PrintStream err) {
    return run(spark, input, out, List.of(), err);
  }

  /** As {@link #run(SparkSession, String, Path, PrintStream)}, grouping in batches that end on {@code batchEnds}. */
  static SparkCorpus.Result run(SparkSession spark, String input, Path out, List<LocalDate> batchEnds,
      PrintStream err) {
    Dataset<Row> articles;
    long unparsable = 0;
    List<Row> firstUnparsable = List.of();
    if (input.endsWith(".jsonl") || input.endsWith(".json")) {
      // Spark's permissive reader turns a line that is not a JSON object into a row of nulls; with this column it
      // also keeps the line, so such rows are told apart from articles (the cache is what Spark asks for before a
      // query reads the corrupt-record column alone).
      Dataset<Row> read = spark.read().schema(Schemas.ARTICLES.add(CORRUPT, DataTypes.StringType, true))
          .option("columnNameOfCorruptRecord", CORRUPT).json(input)
          .withColumn("_file", functions.input_file_name()).cache();
      Dataset<Row> bad = read.filter(functions.col(CORRUPT).isNotNull());
      unparsable = bad.count();
      if (unparsable > 0) {
        firstUnparsable = bad.select("_file", CORRUPT).limit(NAMED).collectAsList();
      }
      articles = read.filter(functions.col(CORRUPT).isNull()).drop(CORRUPT, "_file");
    } else {
      articles = spark.read().parquet(input);
    }
    SparkCorpus.Result r = SparkCorpus.standard().withBatchEnds(batchEnds).run(articles);
    // Both outputs are written by every executor from the kept event rows, part file by part file in event order.
    r.events().select(Arrays.stream(Schemas.EVENTS.fieldNames()).map(functions::col).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(out.resolve("events.parquet").toString());
    r.events().select("line").as(Encoders.STRING())
        .map((org.apache.spark.api.java.function.MapFunction<String, String>) l -> l.stripTrailing(), Encoders.STRING())
        .write().mode(SaveMode.Overwrite).text(out.resolve("events.jsonl").toString());
    r.events().unpersist();
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(r.report(), w);
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("outlets.json"), w.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (err != null) {
      tell(err, input, unparsable, firstUnparsable, r);
    }
    return r;
  }

  /** One line with what was skipped (if anything), the first reasons, and why the run fails when nothing was read. */
  private static void tell(PrintStream err, String input, long unparsable, List<Row> firstUnparsable,
      SparkCorpus.Result r) {
    List<Skipped> skipped = r.report().skipped();
    if (unparsable > 0) {
      err.println("parallax: " + input + ": skipped " + unparsable + " line" + (unparsable == 1 ? "" : "s")
          + " that " + (unparsable == 1 ? "is" : "are") + " not a JSON object (not counted as articles)");
      for (Row b : firstUnparsable) {
        String line = b.getString(1).strip();
        err.println("  " + b.getString(0) + ": " + (line.length() > 60 ? line.substring(0, 60) + "..." : line));
      }
    }
    if (!skipped.isEmpty()) {
      err.println("parallax: " + input + ": skipped " + skipped.size() + " of " + r.report().articles()
          + " articles (listed under \"skipped\" in outlets.json)");
      for (Skipped s : skipped.subList(0, Math.min(NAMED, skipped.size()))) {
        err.println("  " + s.reason());
      }
    }
    if (exitStatus(r) != 0) {
      err.println("parallax: " + input + ": no article could be read (a row needs \"id\" and \"text\" or \"html\")");
    }
  }
}
