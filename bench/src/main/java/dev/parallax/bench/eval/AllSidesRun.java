package dev.parallax.bench.eval;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import dev.parallax.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link Parallax#compare} on every AllSides story folder built by {@code bench/scripts/allsides_events.py}
 * and writes each story's JSON report and text summary, so that two builds can be compared story by story
 * with {@code bench/scripts/allsides_stats.py}.
 *
 * <p>Reads {@code STORIES_DIR/ev/<story>/m.tsv} (the manifest the script writes) and writes
 * {@code OUT_DIR/<story>.json} and {@code OUT_DIR/<story>.txt}; a story Parallax refuses gets
 * {@code OUT_DIR/<story>.err} with the message. The stories are not part of Parallax (docs/evaluation.md says
 * where they come from):
 * <pre>
 * python3 bench/scripts/allsides_events.py build headline_11_2021-10-19_crawled_all.jsonl /tmp/allsides
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.AllSidesRun /tmp/allsides /tmp/allsides-out
 * python3 bench/scripts/allsides_stats.py /tmp/allsides-out [/tmp/allsides-base]
 * </pre>
 */
public final class AllSidesRun {
  private AllSidesRun() {}

  /**
   * Runs every story.
   *
   * @param args {@code STORIES_DIR OUT_DIR}
   * @throws IOException when a folder cannot be read or a report cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AllSidesRun STORIES_DIR OUT_DIR");
      System.exit(2);
    }
    Path stories = Path.of(args[0]).resolve("ev");
    Path out = Path.of(args[1]);
    if (!Files.isDirectory(stories)) {
      System.err.println("no story folders in " + stories + ": build them with bench/scripts/allsides_events.py");
      System.exit(2);
    }
    Files.createDirectories(out);
    Parallax parallax = Parallax.create();
    List<Path> folders;
    try (Stream<Path> listing = Files.list(stories)) {
      folders = listing.filter(d -> Files.isRegularFile(d.resolve("m.tsv"))).sorted().toList();
    }
    int written = 0;
    int refused = 0;
    for (Path folder : folders) {
      String story = folder.getFileName().toString();
      try {
        List<Article> articles = ArticleReader.withManifest(folder.resolve("m.tsv")).readManifestFiles();
        Comparison comparison = parallax.compare(articles);
        write(out.resolve(story + ".json"), JsonReport.toJson(comparison));
        write(out.resolve(story + ".txt"), TextReport.render(comparison));
        written++;
      } catch (ParallaxException e) {
        write(out.resolve(story + ".err"), e.getMessage() + "\n");
        refused++;
      }
    }
    System.out.printf("%d stories compared, %d refused, reports in %s%n", written, refused, out);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
