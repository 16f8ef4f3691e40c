package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

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

  private record Run(SparkCorpus.Result result, String err) {}

  private Run run(List<String> lines) throws Exception {
    Path in = dir.resolve("feed.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SparkCorpus.Result r;
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      r = CorpusJob.run(spark, in.toString(), dir.resolve("out"), err);
    }
    return new Run(r, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenLineIsNamedOnStderrAndNotCountedAsAnArticle() throws Exception {
    Run run = run(List.of(article("harbour-1", "Velmora Post", "text"), "{\"id\": \"harbour-2\", \"outlet\": \"Orsk Dai",
        article("harbour-3", "Orsk Daily", "text")));

    assertThat(run.result().report().articles()).isEqualTo(2);
    assertThat(run.result().report().skipped()).isEmpty();
    assertThat(run.err()).contains("skipped 1 line that is not a JSON object").contains("{\"id\": \"harbour-2\"");
    assertThat(CorpusJob.exitStatus(run.result())).isZero();
  }

  @Test
  void aFeedOfGoodArticlesRunsWithoutAWord() throws Exception {
    Run run = run(List.of(article("harbour-1", "Velmora Post", "text"), article("harbour-3", "Orsk Daily", "text")));

    assertThat(run.result().report().articles()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    assertThat(CorpusJob.exitStatus(run.result())).isZero();
  }

  @Test
  void aFeedWhoseTextColumnHasAnotherNameFailsAndSaysWhy() throws Exception {
    Run run = run(List.of(article("harbour-1", "Velmora Post", "body"), article("harbour-3", "Orsk Daily", "body")));

    assertThat(run.err()).contains("skipped 2 of 2 articles").contains("harbour-1").contains("no article could be read");
    assertThat(CorpusJob.exitStatus(run.result())).isEqualTo(1);
  }

  @Test
  void anEmptyFeedFails() throws Exception {
    Run run = run(List.of());

    assertThat(run.result().report().articles()).isZero();
    assertThat(run.err()).contains("no article could be read");
    assertThat(CorpusJob.exitStatus(run.result())).isEqualTo(1);
  }
}
