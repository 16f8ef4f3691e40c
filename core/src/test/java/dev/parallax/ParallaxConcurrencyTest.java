package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link Parallax} shared by four threads gives each of them exactly what it gives one thread: the
 * Javadoc promises a thread-safe facade, and every stage (cleaner, analyzer with its OpenNLP models,
 * similarity, aligner, comparer, report) runs here at once from several threads.
 */
class ParallaxConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 3;
  private static final Path SEEDS = Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv");

  private static Parallax parallax;
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    parallax = Parallax.create();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void fourThreadsComparingTheSeedsAtOnceGetTheSingleThreadedReport() throws Exception {
    List<Article> articles = ArticleReader.withManifest(SEEDS).readManifestFiles();
    String expected = JsonReport.toJson(parallax.compare(articles));

    List<String> reports = runConcurrently(() -> JsonReport.toJson(parallax.compare(articles)));

    assertThat(reports).hasSize(THREADS * ROUNDS).allSatisfy(json -> assertThat(json).isEqualTo(expected));
  }

  @Test
  void fourThreadsComparingDifferentSubsetsDoNotSeeEachOthersArticles() throws Exception {
    List<Article> all = ArticleReader.withManifest(SEEDS).readManifestFiles();
    List<List<Article>> subsets = List.of(all.subList(0, 2), all.subList(1, 4), all.subList(2, 5), all);
    List<String> expected = new ArrayList<>();
    for (List<Article> s : subsets) {
      expected.add(JsonReport.toJson(parallax.compare(s)));
    }
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Article> mine = subsets.get(t);
      futures.add(pool.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
          out.add(JsonReport.toJson(parallax.compare(mine)));
        }
        return out;
      }));
    }
    for (int t = 0; t < THREADS; t++) {
      String want = expected.get(t);
      assertThat(futures.get(t).get(120, TimeUnit.SECONDS)).allSatisfy(json -> assertThat(json).isEqualTo(want));
    }
  }

  @Test
  void fourThreadsScoringPairsAtOnceGetTheSameScores() throws Exception {
    List<TextPair> pairs = List.of(
        new TextPair("1", "Lavrov warned of a nightmare scenario.", "Lavrov spoke of a nightmarish scenario."),
        new TextPair("2", "NATO moved closer to Russia's borders.", "The alliance is approaching Russian borders."),
        new TextPair("3", "The talks took place in Stockholm.", "Blinken met Lavrov in Stockholm on Thursday."));
    List<PairScore> expected = parallax.scorePairs(pairs);

    List<List<PairScore>> results = runConcurrently(() -> parallax.scorePairs(pairs));

    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }

  private static <T> List<T> runConcurrently(java.util.concurrent.Callable<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<T>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<T> out = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
          out.add(task.call());
        }
        return out;
      }));
    }
    List<T> all = new ArrayList<>();
    for (Future<List<T>> f : futures) {
      all.addAll(f.get(120, TimeUnit.SECONDS));
    }
    return all;
  }
}
