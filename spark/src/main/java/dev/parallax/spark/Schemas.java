package dev.parallax.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The table layouts of the Spark job's input and output. */
final class Schemas {
  private Schemas() {}

  /** The input: one row per article (text or html may be null, not both). */
  static final StructType ARTICLES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("html", DataTypes.StringType, true);

  /** The output: one row per event, {@code line} its {@code events.jsonl} line. */
  static final StructType EVENTS = new StructType()
      .add("event", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, false)
      .add("first", DataTypes.StringType, true)
      .add("last", DataTypes.StringType, true)
      .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("line", DataTypes.StringType, false);

  /**
   * What the job gives per event: its {@link #EVENTS} row, then its place in event order and its per-outlet findings
   * (an {@code EventFindings} as JSON).
   */
  static final StructType COMPARED = EVENTS
      .add("order", DataTypes.IntegerType, false)
      .add("findings", DataTypes.StringType, false);
}
