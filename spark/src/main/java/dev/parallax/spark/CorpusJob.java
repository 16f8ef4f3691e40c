package dev.parallax.spark;

import dev.parallax.report.CorpusJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

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
 * <p>The jar is built by {@code mvn -B -pl spark -am package -DskipTests}; {@code spark/README.md} says what it writes
 * and what it does not (no {@code index.html}, no event pages).</p>
 */
public final class CorpusJob {
  private CorpusJob() {}

  /** Runs the job; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CorpusJob INPUT(.parquet|.jsonl) OUT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("parallax corpus").getOrCreate();
    try {
      run(spark, args[0], Path.of(args[1]));
    } finally {
      spark.stop();
    }
  }

  /** Reads INPUT, runs the job, writes OUT. */
  public static SparkCorpus.Result run(SparkSession spark, String input, Path out) {
    Dataset<Row> articles = input.endsWith(".jsonl") || input.endsWith(".json")
        ? spark.read().schema(Schemas.ARTICLES).json(input)
        : spark.read().parquet(input);
    SparkCorpus.Result r = SparkCorpus.standard().run(articles);
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
    return r;
  }
}
