/**
 * Corpus mode on Apache Spark: {@link dev.parallax.spark.SparkCorpus} runs the same grouping and comparisons
 * as the in-process {@link dev.parallax.corpus.Corpus} as one Spark job; {@link dev.parallax.spark.CorpusJob}
 * is its {@code spark-submit} entry point.
 */
package dev.parallax.spark;
