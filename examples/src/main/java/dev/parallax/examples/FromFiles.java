package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Articles from files without a manifest (the id is the file name, the outlet taken from an HTML page's
 * metadata when it has some), and one {@link Parallax} shared by several threads.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FromFiles}.
 */
public final class FromFiles {
  private FromFiles() {}

  /** Compares two pairs of the bundled articles at once, on two threads, with one shared facade. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare");
    ArticleReader reader = ArticleReader.create();
    List<Article> rtAndZeroHedge = reader.readAll(List.of(
        data.resolve("001_17d8a8fe762a2e75.txt"), data.resolve("003_b011d7168288c4b4.txt")));
    List<Article> rtAndBusinessInsider = reader.readAll(List.of(
        data.resolve("001_17d8a8fe762a2e75.txt"), data.resolve("002_d2b672eee6184288.txt")));

    Parallax parallax = Parallax.create();                 // immutable and thread-safe: build once, share
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Comparison> first = pool.submit(() -> parallax.compare(rtAndZeroHedge));
      Future<Comparison> second = pool.submit(() -> parallax.compare(rtAndBusinessInsider));
      for (Comparison comparison : List.of(first.get(), second.get())) {
        int copied = comparison.reuse().size();
        System.out.println(comparison.articles().get(1).id() + ": " + comparison.passages().size()
            + " passages, " + copied + (copied == 1 ? " copied stretch" : " copied stretches"));
      }
    } finally {
      pool.shutdown();
    }
  }
}
