package dev.parallax.spark;

import dev.parallax.InvalidInputException;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.internal.Names;
import dev.parallax.internal.RepeatedIds;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
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
 * article (not a JSON object, not UTF-8, no {@code id}, neither {@code text} nor {@code html}, a text
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
   * @param table whether the input is a table (Parquet), whose lines are rows, named {@code file: row N}
   * @param bad how many lines hold no article
   * @param badByFile the lines that hold no article, file by file in name order (files without one left out)
   */
  record Read(Dataset<Row> articles, Dataset<Row> lines, boolean table, long bad, List<FileLines> badByFile) {
    /** What one line is called: {@code "row"} in a table, else {@code "line"}. */
    String noun() {
      return table ? "row" : "line";
    }
  }

  /**
   * Lines of one file that stderr names, as {@code parallax corpus} names a feed's: under one heading per file.
   *
   * @param file the file, as Hadoop names it ({@code file:/data/feed.jsonl})
   * @param count how many such lines the file holds
   * @param first the first few of them in line order, each as {@code file:line: reason} ({@code file: row N: reason}
   *     in a table)
   */
  record FileLines(String file, long count, List<String> first) {}

  private static final String REASON = "_bad";
  private static final String FILE = "_file";
  private static final String LINE = "_line";
  /** A repeat's first line (or row) with its id, and that line's file. */
  private static final String FIRST_LINE = "firstLine";
  private static final String FIRST_FILE = "firstFile";
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
    return read(all, named, false);
  }

  /**
   * Reads a Parquet input (a file, a folder or a glob) as {@link #read(SparkSession, String, int)} reads JSON Lines: a
   * row that holds no article (no {@code id}, neither {@code text} nor {@code html}, a text too large) is a
   * bad row, named by its file and row number (from 1, in the file's order) with the in-process reader's reason, and
   * left out. Columns the table lacks are read as absent fields.
   */
  static Read table(SparkSession spark, String input, int named) {
    Dataset<Row> table = spark.read().parquet(input);
    List<String> have = Arrays.asList(table.columns());
    List<Column> columns = new ArrayList<>();
    for (String f : FIELDS) {
      columns.add((have.contains(f) ? functions.col(f) : functions.lit(null)).cast(DataTypes.StringType).as(f));
    }
    columns.add(functions.col("_metadata.file_path").as(FILE));
    columns.add(functions.col("_metadata.row_index").plus(1).as(LINE));
    Dataset<Row> placed = table.select(columns.toArray(Column[]::new));
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
    return read(all, named, true);
  }

  /**
   * The articles and bad lines of {@code all} (numbered and checked), naming the first {@code named} bad ones of each
   * file.
   */
  private static Read read(Dataset<Row> all, int named, boolean table) {
    Dataset<Row> bad = all.filter(functions.col(REASON).isNotNull());
    long badCount = bad.count();
    List<FileLines> byFile = badCount == 0 ? List.of() : byFile(asNamed(bad), named, table);
    return new Read(all.filter(functions.col(REASON).isNull()).drop(REASON, FILE, LINE), all, table, badCount, byFile);
  }

  /** The bad lines of {@code lines} in the columns {@link #byFile} names (no repeated id). */
  private static Dataset<Row> asNamed(Dataset<Row> lines) {
    return lines.select(functions.col(FILE), functions.col(LINE), functions.col(SparkCorpus.POSITION),
        functions.col(REASON), functions.lit(null).cast(DataTypes.StringType).as("id"),
        functions.lit(null).cast(DataTypes.LongType).as(FIRST_LINE),
        functions.lit(null).cast(DataTypes.StringType).as(FIRST_FILE));
  }

  /**
   * The lines of {@code rows} (bad lines and repeats, in the columns of {@link #asNamed}) file by file in name order:
   * each file's count and its first {@code named} lines. The driver collects one count per file and at most
   * {@code named} lines per file, never a file's lines.
   */
  private static List<FileLines> byFile(Dataset<Row> rows, int named, boolean table) {
    HashMap<String, Long> counts = new HashMap<>();
    for (Row c : rows.groupBy(FILE).count().collectAsList()) {
      counts.put(c.getString(0), c.getLong(1));
    }
    List<Row> first = new ArrayList<>(rows
        .withColumn("n", functions.row_number().over(Window.partitionBy(FILE).orderBy(SparkCorpus.POSITION)))
        .filter(functions.col("n").leq(named)).drop("n").collectAsList());
    first.sort(Comparator.comparingLong(r -> r.getLong(2)));  // files in name order, each file's lines in order
    LinkedHashMap<String, List<String>> lines = new LinkedHashMap<>();
    for (Row r : first) {
      lines.computeIfAbsent(r.getString(0), f -> new ArrayList<>()).add(badLine(r, table));
    }
    List<FileLines> out = new ArrayList<>();
    lines.forEach((file, l) -> out.add(new FileLines(file, counts.get(file), List.copyOf(l))));
    return List.copyOf(out);
  }

  /**
   * Why a feed is refused when a line gives the id of an earlier line, as the in-process reader ({@link
   * JsonLinesArticles#onDemand(java.nio.file.Path, java.util.function.Consumer)}) refuses it: it reads the files in
   * name order, names the bad lines of each, and stops at the first file that repeats an id.
   *
   * @param before the bad lines of the files before the file it stops at, file by file (named as skipped)
   * @param stop the file it stops at: its lines that hold no article or repeat an id; a repeat's reason is {@code the
   *     id 'x' is also the id of line N; ids must be distinct}, N that id's first line in the file (in a table, {@code
   *     of row N}, or {@code of FILE: row N} when the id was first given in another file)
   * @param message the first repeat of that file, as {@code file:line: reason}, with {@code (and N more lines repeat
   *     an id)} when the file repeats ids on more lines
   */
  record Repeats(List<FileLines> before, FileLines stop, String message) {}

  /**
   * The lines of {@code read} that give the id of an earlier line, each from the second onward, citing the id's first
   * line, with the bad lines; null when none does. In JSON Lines only a line of the same file counts, as in-process: an
   * id given in two files is refused by {@link SparkCorpus#run}, as {@link dev.parallax.corpus.Corpus#run(List)}
   * refuses it. A table (Parquet) is one table however many part files its writer split it into, so there a row that
   * repeats the id of a row of another file counts too, naming that file and row. Lines that hold no article give no
   * id. The job calls this once {@link SparkCorpus#run} has found a repeated id, so that a feed of distinct ids costs
   * one count of its ids, not two.
   */
  static Repeats repeatedIds(Read read, int named) {
    Dataset<Row> articles = read.lines().filter(functions.col(REASON).isNull())
        .select("id", FILE, LINE, SparkCorpus.POSITION);
    Column[] key = read.table() ? new Column[] {functions.col("id")}
        : new Column[] {functions.col(FILE), functions.col("id")};
    if (articles.groupBy(key).count().filter(functions.col("count").gt(1)).isEmpty()) {
      return null;
    }
    WindowSpec sameId = Window.partitionBy(key).orderBy(SparkCorpus.POSITION);
    Dataset<Row> again = articles.withColumn("n", functions.row_number().over(sameId))
        .withColumn(FIRST_LINE, functions.first(LINE).over(sameId))
        .withColumn(FIRST_FILE, functions.first(FILE).over(sameId))
        .filter(functions.col("n").geq(2))
        .select(functions.col(FILE), functions.col(LINE), functions.col(SparkCorpus.POSITION),
            functions.lit(null).cast(DataTypes.StringType).as(REASON), functions.col("id"), functions.col(FIRST_LINE),
            functions.col(FIRST_FILE))
        .cache();
    try {
      Row first = again.orderBy(SparkCorpus.POSITION).first();
      String stopFile = first.getString(0);
      Column inStop = functions.col(FILE).equalTo(stopFile);
      Dataset<Row> stopRepeats = again.filter(inStop);
      FileLines stop = byFile(asNamed(read.lines().filter(functions.col(REASON).isNotNull().and(inStop)))
          .unionByName(stopRepeats), named, read.table()).get(0);
      List<FileLines> before = read.badByFile().stream().filter(f -> f.file().compareTo(stopFile) < 0).toList();
      long more = stopRepeats.count() - 1;
      String message = badLine(first, read.table()) + RepeatedIds.andMore(more, read.noun());
      return new Repeats(before, stop, message);
    } finally {
      again.unpersist();
    }
  }

  /**
   * What {@link #copies} gives: the read without the copies, and the copies file by file.
   *
   * @param read {@code read} without the lines that repeat their id's first line field for field
   * @param byFile those lines, file by file in name order, each as {@code file:line: repeats line N field for field
   *     (read once)}
   * @param count how many lines they are
   */
  record Copies(Read read, List<FileLines> byFile, long count) {}

  /**
   * The lines of {@code read} whose article is field for field that of the first line with its id (a scraped feed that
   * gives one story twice), as the in-process reader ({@link JsonLinesArticles#onDemand(java.nio.file.Path,
   * java.util.function.Consumer, java.util.function.Consumer)}) finds them: in JSON Lines among the lines of one file,
   * in a table among all its rows; null when there is none. The job calls this once {@link SparkCorpus#run} has found a
   * repeated id, so that a feed of distinct ids costs nothing more.
   */
  static Copies copies(Read read, int named) {
    Column[] key = read.table() ? new Column[] {functions.col("id")}
        : new Column[] {functions.col(FILE), functions.col("id")};
    WindowSpec sameId = Window.partitionBy(key).orderBy(SparkCorpus.POSITION);
    Dataset<Row> articles = read.lines().filter(functions.col(REASON).isNull())
        .withColumn("n", functions.row_number().over(sameId))
        .withColumn(FIRST_LINE, functions.first(LINE).over(sameId))
        .withColumn(FIRST_FILE, functions.first(FILE).over(sameId));
    Column same = functions.col("n").geq(2);
    for (String f : FIELDS) {
      articles = articles.withColumn("_first_" + f, functions.first(f).over(sameId));
      same = same.and(functions.col(f).eqNullSafe(functions.col("_first_" + f)));
    }
    Dataset<Row> copies = articles.filter(same).select(functions.col(FILE), functions.col(LINE),
        functions.col(SparkCorpus.POSITION), functions.col(FIRST_LINE), functions.col(FIRST_FILE)).cache();
    try {
      long count = copies.count();
      if (count == 0) {
        return null;
      }
      String place = read.table() ? ": row " : ":";
      Column reason = functions.concat(functions.lit("repeats "),
          functions.when(functions.col(FIRST_FILE).equalTo(functions.col(FILE)), functions.lit(read.noun() + " "))
              .otherwise(functions.concat(functions.col(FIRST_FILE), functions.lit(place))),
          functions.col(FIRST_LINE).cast(DataTypes.StringType), functions.lit(" field for field (read once)"));
      Dataset<Row> told = copies.select(functions.col(FILE), functions.col(LINE), functions.col(SparkCorpus.POSITION),
          reason.as(REASON), functions.lit(null).cast(DataTypes.StringType).as("id"),
          functions.lit(null).cast(DataTypes.LongType).as(FIRST_LINE),
          functions.lit(null).cast(DataTypes.StringType).as(FIRST_FILE));
      List<FileLines> byFile = byFile(told, named, read.table());
      Dataset<Row> kept = read.lines().join(copies.select(SparkCorpus.POSITION), SparkCorpus.POSITION, "left_anti")
          .select(Arrays.stream(read.lines().columns()).map(functions::col).toArray(Column[]::new)).cache();
      kept.count();   // made before the copies it is read without are let go
      Read without = new Read(kept.filter(functions.col(REASON).isNull()).drop(REASON, FILE, LINE), kept, read.table(),
          read.bad(), read.badByFile());
      return new Copies(without, byFile, count);
    } finally {
      copies.unpersist();
    }
  }

  /** A bad line or a repeat (a row in the columns of {@link #asNamed}) as {@code file:line: reason}. */
  private static String badLine(Row r, boolean table) {
    String place = table ? ": row " : ":";
    String reason = r.isNullAt(3) ? "the id '" + Names.quote(r.getString(4)) + "' is also the id of "
        + (r.getString(6).equals(r.getString(0)) ? (table ? "row " : "line ") : r.getString(6) + place) + r.getLong(5)
        + "; ids must be distinct" : r.getString(3);
    return r.getString(0) + place + r.getLong(1) + ": " + reason;
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
