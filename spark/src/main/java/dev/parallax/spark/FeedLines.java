package dev.parallax.spark;

import dev.parallax.InvalidInputException;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.internal.RepeatedIds;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple3;

/**
 * A JSON Lines input read as the in-process reader ({@link JsonLinesArticles#onDemand(java.nio.file.Path,
 * java.util.function.Consumer)}) reads a feed, in parallel: each line is numbered in its file, a line that holds no
 * article (not a JSON object, not UTF-8, no {@code id}, neither {@code text} nor {@code html}, a bad date, a text
 * too large) is a bad line named by its file, number and the in-process reason, and left out; blank lines are passed
 * over. Lines are numbered per file split: one pass counts the lines of each split (Hadoop's line reader, which ends a
 * line at {@code \n}, {@code \r} or {@code \r\n} as the in-process reader does), the driver adds up the counts of the
 * earlier splits of each file, and the second pass numbers each split's lines from there; a large file is read by
 * many tasks at once, and the driver holds one number per split, never a line. A Parquet input is read the same way
 * ({@link #table}), each row numbered in its file.
 */
final class FeedLines {
  private FeedLines() {}

  /**
   * What a read gives.
   *
   * @param articles one row per article line (the columns of {@link Schemas#ARTICLES}, then its place in the input,
   *     {@link SparkCorpus#POSITION}: files in name order, lines in order)
   * @param lines what {@code articles} is read from, kept in memory for the job's reads: {@code unpersist()} it when done
   * @param bad how many lines hold no article
   * @param firstBad the first few of them by file and line, each as {@code file:line: reason}
   */
  record Read(Dataset<Row> articles, Dataset<Row> lines, long bad, List<String> firstBad) {}

  private static final String REASON = "_bad";
  private static final String FILE = "_file";
  private static final String LINE = "_line";
  /** The articles' columns (the id nullable here, since a bad line has none), then the bad line's reason and place. */
  private static final StructType LINES = allNullable(Schemas.ARTICLES)
      .add(REASON, DataTypes.StringType, true)
      .add(FILE, DataTypes.StringType, false)
      .add(LINE, DataTypes.LongType, false)
      .add(SparkCorpus.POSITION, DataTypes.LongType, false);
  /** How many bits of a row's place hold its line (or row) number; the file's rank in name order is above them. */
  private static final int LINE_BITS = 40;
  private static final String[] FIELDS = Schemas.ARTICLES.fieldNames();

  /** Reads {@code input} (a file, a folder or a glob), naming the first {@code named} bad lines. */
  static Read read(SparkSession spark, String input, int named) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(input,
        TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());

    // Pass 1: how many lines each split holds (a split's first line is the one after the first line break at or after
    // its start, so the counts of a file's splits add up to its lines).
    List<Tuple3<String, Long, Long>> counts = raw.mapPartitionsWithInputSplit((split, lines) -> {
      long n = 0;
      for (; lines.hasNext(); lines.next()) {
        n++;
      }
      FileSplit s = (FileSplit) split;
      return List.of(new Tuple3<>(s.getPath().toString(), s.getStart(), n)).iterator();
    }, true).collect();
    List<Tuple3<String, Long, Long>> sorted = new ArrayList<>(counts);
    sorted.sort(Comparator.comparing((Tuple3<String, Long, Long> t) -> t._1()).thenComparing(Tuple3::_2));
    // Each split's first line number, and the place of that line in the input: files in name order, lines in order.
    HashMap<String, long[]> firstLine = new HashMap<>();
    String file = null;
    long before = 0;
    long rank = -1;
    for (Tuple3<String, Long, Long> t : sorted) {
      if (!t._1().equals(file)) {
        file = t._1();
        before = 0;
        rank++;
      }
      firstLine.put(key(t._1(), t._2()), new long[] {before + 1, rank << LINE_BITS});
      before += t._3();
    }
    Broadcast<HashMap<String, long[]>> firstB = jsc.broadcast(firstLine);

    // Pass 2: each line numbered and read, an article's row or a bad line's.
    JavaRDD<Row> rows = raw.mapPartitionsWithInputSplit((split, lines) -> {
      FileSplit s = (FileSplit) split;
      String path = s.getPath().toString();
      long[] first = firstB.value().get(key(path, s.getStart()));
      long number = first[0];
      List<Row> out = new ArrayList<>();
      for (; lines.hasNext(); number++) {
        Text t = lines.next()._2();
        Row r = row(Arrays.copyOf(t.getBytes(), t.getLength()), path, number, first[1] | number);
        if (r != null) {
          out.add(r);
        }
      }
      return out.iterator();
    }, true);
    Dataset<Row> all = spark.createDataFrame(rows, LINES).cache();
    return read(all, named, ":");
  }

  /**
   * Reads a Parquet input (a file, a folder or a glob) as {@link #read(SparkSession, String, int)} reads JSON Lines: a
   * row that holds no article (no {@code id}, neither {@code text} nor {@code html}, a bad date, a text too large) is a
   * bad row, named by its file and row number (from 1, in the file's order) with the in-process reader's reason, and
   * left out. Columns the table lacks are read as absent fields.
   */
  static Read table(SparkSession spark, String input, int named) {
    Dataset<Row> table = spark.read().parquet(input);
    List<String> have = Arrays.asList(table.columns());
    List<org.apache.spark.sql.Column> columns = new ArrayList<>();
    for (String f : FIELDS) {
      columns.add((have.contains(f) ? functions.col(f) : functions.lit(null)).cast(DataTypes.StringType).as(f));
    }
    columns.add(functions.col("_metadata.file_path").as(FILE));
    columns.add(functions.col("_metadata.row_index").plus(1).as(LINE));
    Dataset<Row> placed = table.select(columns.toArray(org.apache.spark.sql.Column[]::new));
    // the files' ranks in name order (read from the files' metadata alone, not their rows), for the rows' places
    List<String> files = new ArrayList<>(placed.select(FILE).distinct().as(Encoders.STRING()).collectAsList());
    files.sort(Comparator.naturalOrder());
    HashMap<String, Long> rankOf = new HashMap<>();
    for (String f : files) {
      rankOf.put(f, (long) rankOf.size() << LINE_BITS);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<String, Long>> rankB = jsc.broadcast(rankOf);
    JavaRDD<Row> rows = placed.javaRDD().map(r -> {
      String path = r.getString(FIELDS.length);
      long number = r.getLong(FIELDS.length + 1);
      Object[] values = new Object[LINES.size()];
      for (int i = 0; i < FIELDS.length; i++) {
        values[i] = r.isNullAt(i) ? null : r.getString(i);
      }
      String where = path + ": row " + number;
      try {
        check(values, where);
      } catch (InvalidInputException e) {
        Arrays.fill(values, 0, FIELDS.length, null);
        values[FIELDS.length] = reason(e, where);
      }
      values[FIELDS.length + 1] = path;
      values[FIELDS.length + 2] = number;
      values[FIELDS.length + 3] = rankB.value().get(path) | number;
      return RowFactory.create(values);
    });
    Dataset<Row> all = spark.createDataFrame(rows, LINES).cache();
    return read(all, named, ": row ");
  }

  /** The articles and bad lines of {@code all} (numbered and checked), naming the first {@code named} bad ones. */
  private static Read read(Dataset<Row> all, int named, String lineMark) {
    Dataset<Row> bad = all.filter(functions.col(REASON).isNotNull());
    long badCount = bad.count();
    List<String> firstBad = new ArrayList<>();
    if (badCount > 0) {
      for (Row b : bad.orderBy(SparkCorpus.POSITION).limit(named).collectAsList()) {
        firstBad.add(b.getString(b.fieldIndex(FILE)) + lineMark + b.getLong(b.fieldIndex(LINE)) + ": "
            + b.getString(b.fieldIndex(REASON)));
      }
    }
    return new Read(all.filter(functions.col(REASON).isNull()).drop(REASON, FILE, LINE), all, badCount,
        List.copyOf(firstBad));
  }

  /**
   * Why a feed is refused when a line gives the id of an earlier line of its file, as the in-process reader ({@link
   * JsonLinesArticles#onDemand(java.nio.file.Path, java.util.function.Consumer)}) refuses it.
   *
   * @param bad how many lines hold no article or repeat an id
   * @param firstBad the first few of them by file and line, each as {@code file:line: reason}; a repeat's reason is
   *     {@code the id 'x' is also the id of line N; ids must be distinct}, N that id's first line in the file
   * @param message the first repeat in the first file by name that has one, as {@code file:line: reason}, with {@code
   *     (and N more lines repeat an id)} when that file repeats ids on more lines
   */
  record Repeats(long bad, List<String> firstBad, String message) {}

  /**
   * The lines of {@code read} that give the id of an earlier line of their file (each from the second onward, citing
   * the id's first line in the file), with the bad lines; null when no file repeats an id. Lines that hold no article
   * give no id. An id given in two files is refused by {@link SparkCorpus#run}, as {@link
   * dev.parallax.corpus.Corpus#run(List)} refuses it; the job calls this once that has found a repeated id, so that a
   * feed of distinct ids costs one count of its ids, not two.
   */
  static Repeats repeatedIds(Read read, int named) {
    Dataset<Row> articles = read.lines().filter(functions.col(REASON).isNull())
        .select("id", FILE, LINE, SparkCorpus.POSITION);
    if (articles.groupBy(FILE, "id").count().filter(functions.col("count").gt(1)).isEmpty()) {
      return null;
    }
    WindowSpec sameId = Window.partitionBy(FILE, "id");
    Dataset<Row> again = articles.withColumn("n", functions.row_number().over(sameId.orderBy(LINE)))
        .withColumn("firstLine", functions.min(LINE).over(sameId))
        .filter(functions.col("n").geq(2))
        .select(functions.col(FILE), functions.col(LINE), functions.col(SparkCorpus.POSITION),
            functions.lit(null).cast(DataTypes.StringType).as(REASON), functions.col("id"), functions.col("firstLine"))
        .cache();
    try {
      long repeats = again.count();
      Dataset<Row> bad = read.lines().filter(functions.col(REASON).isNotNull())
          .select(functions.col(FILE), functions.col(LINE), functions.col(SparkCorpus.POSITION),
              functions.col(REASON), functions.lit(null).cast(DataTypes.StringType).as("id"),
              functions.lit(null).cast(DataTypes.LongType).as("firstLine"));
      List<String> firstBad = new ArrayList<>();
      for (Row b : bad.unionByName(again).orderBy(SparkCorpus.POSITION).limit(named).collectAsList()) {
        firstBad.add(badLine(b));
      }
      Row first = again.orderBy(SparkCorpus.POSITION).first();
      long more = again.filter(functions.col(FILE).equalTo(first.getString(0))).count() - 1;
      String message = badLine(first) + RepeatedIds.andMore(more);
      return new Repeats(read.bad() + repeats, List.copyOf(firstBad), message);
    } finally {
      again.unpersist();
    }
  }

  /** A bad line or a repeat (a row of {@link #repeatedIds}'s union) as {@code file:line: reason}. */
  private static String badLine(Row r) {
    String reason = r.isNullAt(3) ? RepeatedIds.reason(r.getString(4), r.getLong(5)) : r.getString(3);
    return r.getString(0) + ":" + r.getLong(1) + ": " + reason;
  }

  private static String key(String path, long start) {
    return start + ":" + path;
  }

  /**
   * The row of one line: its article's fields, or (fields null) why it holds none; null for a blank line. The reasons
   * are the in-process reader's, in its words.
   */
  private static Row row(byte[] bytes, String path, long number, long position) {
    String where = path + ":" + number;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return badRow("not UTF-8 text", path, number, position);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      // the line read once, then every check the in-process reader makes, with its messages
      JsonLinesArticles.Fields f = JsonLinesArticles.fields(text, where);
      f.article(where);
      return RowFactory.create(f.id(), f.outlet(), f.published(), f.url(), f.title(), f.text(), f.html(), null, path,
          number, position);
    } catch (InvalidInputException e) {
      return badRow(reason(e, where), path, number, position);
    }
  }

  /** Checks an article's fields ({@link #FIELDS} order) as the in-process reader does; throws naming {@code where}. */
  private static void check(Object[] values, String where) {
    JsonLinesArticles.fromFields((String) values[0], (String) values[1], (String) values[2], (String) values[4],
        (String) values[5], (String) values[6], where);
  }

  /** The in-process reason of a bad line, without the place its message opens with. */
  private static String reason(InvalidInputException e, String where) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
  }

  private static StructType allNullable(StructType schema) {
    StructType out = new StructType();
    for (StructField f : schema.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }

  private static Row badRow(String reason, String path, long number, long position) {
    Object[] values = new Object[LINES.size()];
    values[FIELDS.length] = reason;
    values[FIELDS.length + 1] = path;
    values[FIELDS.length + 2] = number;
    values[FIELDS.length + 3] = position;
    return RowFactory.create(values);
  }
}
