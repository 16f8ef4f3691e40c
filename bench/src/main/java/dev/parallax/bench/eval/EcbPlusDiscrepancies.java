package dev.parallax.bench.eval;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Discrepancy;
import dev.parallax.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lists the discrepancies {@link Parallax#compare} finds in each ECB+ sub-topic of one split, the articles of a
 * sub-topic taken as one event, so that a change to the discrepancy rules can be read on independently written
 * coverage (docs/evaluation.md, "Discrepancies").
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.EcbPlusDiscrepancies ../shared/data/ecbplus train
 * </pre>
 * Prints one line per discrepancy (sub-topic, kind, values) and the total last ("discrepancies N"). When the
 * data folder is absent it says so and exits 0.
 */
public final class EcbPlusDiscrepancies {
  private EcbPlusDiscrepancies() {}

  /**
   * Runs every sub-topic of the split.
   *
   * @param args {@code ECBPLUS_DIR [SPLIT]} (split {@code train} by default)
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    String split = args.length > 1 ? args[1] : "train";
    Optional<EcbPlus> data = EcbPlus.load(root);
    if (data.isEmpty()) {
      System.out.println("no ECB+ data at " + root + "; nothing measured");
      return;
    }
    EcbPlus ecb = data.get();
    Parallax parallax = Parallax.create();
    int total = 0;
    for (EcbPlus.SubTopic topic : ecb.subTopics(split)) {
      List<Article> articles = topic.docs().stream().map(ecb::article).toList();
      if (articles.size() < 2) {
        continue;
      }
      Comparison comparison = parallax.compare(articles);
      for (Discrepancy d : comparison.discrepancies()) {
        System.out.println(topic.id() + "\t" + d);
        total++;
      }
    }
    System.out.println("discrepancies " + total);
  }
}
