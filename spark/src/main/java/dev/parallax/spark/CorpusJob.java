package dev.parallax.spark;

import dev.parallax.InvalidInputException;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.Skipped;
import dev.parallax.internal.Names;
import dev.parallax.internal.RepeatedIds;
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
 * <p>Rows it cannot use are not counted as articles and not fatal. A JSON line that holds no article (not a JSON object,
 * no id, neither text nor html) is left out as {@code parallax corpus} leaves it out: not counted, not in
 * {@code outlets.json}, and named on stderr by its file and line number with the in-process reason
 * ({@code feed.jsonl:12: no "id"}), so both engines write the same {@code events.jsonl} and {@code outlets.json} for
 * the same feed. A Parquet row that would be such a line is left out the same way, named by its file and row number
 * ({@code part-00000.parquet: row 3: no "id"}). stderr names them file by file, under a heading per file with how many
 * it skipped and its first five, as {@code parallax corpus} names a feed's. An article of either input that cannot be
 * analyzed is listed under {@code skipped} in {@code outlets.json} and counted, in input order: the files of a folder or
 * glob in name order, each file's lines in order. The exit status is the one {@code parallax corpus} ends with: 1 (after
 * writing the output) when a line was skipped or when no event has two articles, else 0. An input that holds no article
 * (empty, or every line or row left out) stops the job before anything is written, with {@code parallax corpus}'s message
 * and status 1, as {@code parallax corpus} stops. Two lines or rows that give
 * one id stop the job before any article is analyzed, with {@code parallax corpus}'s message, status 1 and nothing
 * written; within one JSON Lines file, every line that repeats an id is first named on stderr with the lines that hold
 * no article, as {@code parallax corpus} names them; in a Parquet table, every row that repeats the id of any earlier
 * row (of its file or another) is named by its file and row with the row it repeats.</p>
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
      status = run(spark, paths.get(0), Path.of(paths.get(1)), ends, System.err).exitStatus();
    } catch (InvalidInputException e) {
      // an input parallax corpus refuses (two articles with one id): one line, as parallax corpus says it, nothing written
      System.err.println("parallax: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * What a run of the job did.
   *
   * @param result the events, reports and summary
   * @param skippedLines how many lines (or rows) of the input hold no article and were left out
   */
  record Ran(SparkCorpus.Result result, long skippedLines) {
    /**
     * The job's exit status, as {@code parallax corpus} ends: 0 when an event was compared and every line of the input
     * held an article; 1 when a line was skipped (the other events are written, but the input was not all read), and
     * when no event has two articles (each article alone in its event).
     */
    int exitStatus() {
      return result.report().comparedEvents() > 0 && skippedLines == 0 ? 0 : 1;
    }
  }

  /**
   * Reads INPUT, runs the job, writes OUT; says nothing about skipped rows.
   *
   * @throws InvalidInputException when INPUT holds no article (nothing is written) or gives an id twice
   */
  public static SparkCorpus.Result run(SparkSession spark, String input, Path out) {
    return run(spark, input, out, List.of(), null).result();
  }

  /** How many skipped rows stderr names one by one. */
  private static final int NAMED = 5;

  /** Reads INPUT, runs the job, writes OUT, and tells {@code err} (when not null) which rows it skipped and why. */
  static Ran run(SparkSession spark, String input, Path out, PrintStream err) {
    return run(spark, input, out, List.of(), err);
  }

  /** As {@link #run(SparkSession, String, Path, PrintStream)}, grouping in batches that end on {@code batchEnds}. */
  static Ran run(SparkSession spark, String input, Path out, List<LocalDate> batchEnds, PrintStream err) {
    FeedLines.Read feed;
    boolean json = input.endsWith(".jsonl") || input.endsWith(".json");
    if (json) {
      // Each line numbered in its file and read as the in-process reader reads it: a line that holds no article is
      // left out and named by its file and line, not counted (FeedLines says how the lines are numbered in parallel).
      feed = FeedLines.read(spark, input, NAMED);
    } else {
      // Each row numbered in its file and checked as a JSON line is: a row that holds no article is left out and named
      // by its file and row, not counted.
      feed = FeedLines.table(spark, input, NAMED);
    }
    if (feed.articles().isEmpty()) {
      // nothing to group: stopped before any file is written, with parallax corpus's message and status (1)
      feed.lines().unpersist();
      if (err != null) {
        String noun = feed.noun();
        feed.badByFile().forEach(f -> tellFile(err, f, noun, false));
      }
      throw new InvalidInputException(feed.bad() > 0
          ? "no article could be read: every " + feed.noun() + " of the input holds none (named above; a " + feed.noun()
              + " needs \"id\" and \"text\" or \"html\")"
          : input + ": empty, no article in it (" + (json
              ? "a .jsonl feed has one JSON object per line" : "a table has one row per article, with columns")
              + ": id, outlet, published, title, text or html)");
    }
    SparkCorpus.Result r;
    FeedLines.Copies copies = null;
    try {
      try {
        r = SparkCorpus.standard().withBatchEnds(batchEnds).run(feed.articles());
      } catch (InvalidInputException e) {
        // an id given again: lines that repeat their id's first line field for field are read once, as in-process, and
        // the job runs on the rest; another article under an earlier id still stops it
        copies = FeedLines.copies(feed, NAMED);
        if (copies == null) {
          throw e;
        }
        feed.lines().unpersist();
        feed = copies.read();
        r = SparkCorpus.standard().withBatchEnds(batchEnds).run(feed.articles());
      }
    } catch (InvalidInputException e) {
      try {
        // an id given again: every such line of the file it stops at is named with the lines that hold no article
        // (and those of the files before it), and the job stops with the first, as the in-process reader does
        FeedLines.Repeats repeats = FeedLines.repeatedIds(feed, NAMED);
        if (repeats == null) {
          throw e;
        }
        if (err != null) {
          tellStop(err, feed, repeats);
        }
        throw new InvalidInputException(repeats.message(), e);
      } finally {
        feed.lines().unpersist();
      }
    }
    // Both outputs are written by every executor from the kept event rows, part file by part file in event order.
    r.events().select(Arrays.stream(Schemas.EVENTS.fieldNames()).map(functions::col).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(out.resolve("events.parquet").toString());
    r.events().select("line").as(Encoders.STRING())
        .map((org.apache.spark.api.java.function.MapFunction<String, String>) l -> l.stripTrailing(), Encoders.STRING())
        .write().mode(SaveMode.Overwrite).text(out.resolve("events.jsonl").toString());
    r.events().unpersist();
    feed.lines().unpersist();
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(r.report(), w);
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("outlets.json"), w.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (err != null) {
      if (copies != null) {
        for (FeedLines.FileLines f : copies.byFile()) {
          tellCopies(err, f, feed.noun());
        }
      }
      tell(err, input, out, feed, r);
    }
    return new Ran(r, feed.bad());
  }

  /** "1 line", "2 lines". */
  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The lines of one file that hold no article, under a heading naming the file, as {@code parallax corpus} names a
   * feed's; when {@code stops}, the lines also repeat an id and the run stops after them.
   */
  private static void tellFile(PrintStream err, FeedLines.FileLines f, String noun, boolean stops) {
    boolean one = f.count() == 1;
    err.println("parallax: " + Names.quote(f.file()) + ": " + (stops
        ? count(f.count(), noun) + " that " + (one ? "holds" : "hold") + " no article or " + (one ? "repeats" : "repeat")
            + " an earlier " + noun + "'s id; the run stops"
        : "skipped " + count(f.count(), noun) + " that " + (one ? "holds" : "hold")
            + " no article (not counted as articles; the run goes on without " + (one ? "it" : "them") + ")"));
    for (String b : f.first()) {
      err.println("  " + Names.quote(b)); // a reason quotes the line's own id: on one line, controls escaped
    }
    if (f.count() > f.first().size()) {
      err.println("  and " + count(f.count() - f.first().size(), "more " + noun));
    }
  }

  /** The lines of one file that repeat an earlier line field for field, read once, as {@code parallax corpus} names them. */
  private static void tellCopies(PrintStream err, FeedLines.FileLines f, String noun) {
    err.println("parallax: " + Names.quote(RepeatedIds.copiesHeading(f.file(), f.count(), noun)));
    for (String b : f.first()) {
      err.println("  " + Names.quote(b));
    }
    if (f.count() > f.first().size()) {
      err.println("  and " + count(f.count() - f.first().size(), "more " + noun));
    }
  }

  /** The lines that hold no article or repeat an id, as {@code parallax corpus} names them before it stops. */
  private static void tellStop(PrintStream err, FeedLines.Read feed, FeedLines.Repeats repeats) {
    for (FeedLines.FileLines f : repeats.before()) {
      tellFile(err, f, feed.noun(), false);
    }
    tellFile(err, repeats.stop(), feed.noun(), true);
  }

  /**
   * The lines that hold no article (file by file), the articles that could not be analyzed, and why the run fails when
   * it does, in {@code parallax corpus}'s words.
   */
  private static void tell(PrintStream err, String input, Path out, FeedLines.Read feed, SparkCorpus.Result r) {
    CorpusReport report = r.report();
    List<Skipped> skipped = report.skipped();
    for (FeedLines.FileLines f : feed.badByFile()) {
      tellFile(err, f, feed.noun(), false);
    }
    if (!skipped.isEmpty()) {
      err.println("parallax: " + input + ": skipped " + skipped.size() + " of " + report.articles()
          + " articles (listed under \"skipped\" in outlets.json)");
      for (Skipped s : skipped.subList(0, Math.min(NAMED, skipped.size()))) {
        err.println("  " + s.reason());
      }
    }
    // as parallax corpus says it: an undated article is kept, grouped without the date window
    report.undatedNotice().ifPresent(note -> err.println("parallax: " + note));
    if (report.comparedEvents() == 0) {
      err.println("parallax: nothing compared: no event has two articles (" + count(report.articles(), "article")
          + " read, " + count(report.events().size(), "event") + " of one article" + (skipped.isEmpty() ? ""
          : ", " + count(skipped.size(), "article") + " skipped (listed in outlets.json)") + "); " + out + " lists them");
    }
    if (feed.bad() > 0) {
      err.println("parallax: " + count(feed.bad(), feed.noun()) + " of the input skipped (named above); the other"
          + " articles' events are written to " + out);
    }
  }
}
