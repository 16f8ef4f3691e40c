package dev.parallax.embeddings;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One-event comparison ({@link Parallax#compare(List)}, from raw articles to the {@link Comparison}) with
 * the lexical similarity and with the semantic blend, for the N = 5 seed articles and for N = 20 articles
 * made from them (each seed plus three variants whose every sentence gets one extra word, so no sentence
 * text repeats and the embedding cache cannot help across articles).
 *
 * <p>{@link #bind()} isolates what the similarity adds to a run: binding it to every sentence of the N
 * analyzed articles (for the semantic blend, embedding each distinct sentence once). {@link #compare()} is the
 * whole run; it includes the similarity's cost only as far as the aligner calls it.
 *
 * <p>The encoder keeps the vectors of the texts it encoded recently, so from the second call on, {@link #bind()}
 * and {@link #compare()} find every vector there: they measure a comparison repeated on the same articles.
 * {@link #bindUnseen} and {@link #compareUnseen} clear those vectors before each call ({@link Unseen}), so every
 * sentence is embedded again: the first comparison of articles the process has not seen, which is what a
 * command-line run or a new event costs. For the lexical similarity the two are the same.
 *
 * <p>Run from the project root (after {@code mvn -B -q -o -pl embeddings -am test-compile}):
 * <pre>
 * mvn -B -q -o -pl embeddings dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp embeddings/target/test-classes:embeddings/target/classes:core/target/classes:$(cat embeddings/target/cp.txt) \
 *     org.openjdk.jmh.Main SemanticCompareBenchmark
 * </pre>
 * (put {@code core/target/classes} first so the worktree's core wins over any installed snapshot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SemanticCompareBenchmark {
  private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?]\\s+)(\\p{Lu}\\p{L}*)", Pattern.MULTILINE);
  private static final String[] VARIANT_WORDS = {"reportedly", "also", "now"};

  /** Number of articles compared. */
  @Param({"5", "20"})
  public int n;

  /** {@code lexical} or {@code semantic}. */
  @Param({"lexical", "semantic"})
  public String similarity;

  private Parallax parallax;
  private List<Article> articles;
  private List<Sentence> sentences;

  /** Loads the models once and reads (and varies) the articles. */
  @Setup
  public void setUp() {
    Parallax.Builder builder = Parallax.builder().analyzer(EnglishAnalyzer.create(EnglishModels.load()));
    parallax = similarity.equals("semantic")
        ? builder.similarity(EmbeddingSimilarities.semantic(Similarities.lexical())).build()
        : builder.build();
    articles = articles(Path.of(System.getProperty("parallax.seeds", "examples/data/lavrov-nightmare")), n);
    sentences = new ArrayList<>();
    for (Article a : articles) {
      sentences.addAll(parallax.analyze(a).sentences());
    }
  }

  /** Binding the similarity to all sentences of the {@code n} articles. */
  @Benchmark
  public SentenceSimilarity.Scorer bind() {
    return parallax.similarity().bind(sentences);
  }

  /** The comparison of {@code n} articles. */
  @Benchmark
  public Comparison compare() {
    return parallax.compare(articles);
  }

  /** Binding the similarity to all sentences of the {@code n} articles, none of them embedded before. */
  @Benchmark
  public SentenceSimilarity.Scorer bindUnseen(Unseen unseen) {
    return parallax.similarity().bind(sentences);
  }

  /** The comparison of {@code n} articles, none of whose sentences was embedded before. */
  @Benchmark
  public Comparison compareUnseen(Unseen unseen) {
    return parallax.compare(articles);
  }

  /** Before each call, clears the vectors the encoder keeps of recently encoded texts. */
  @State(Scope.Benchmark)
  public static class Unseen {
    /** Forgets the recent vectors of the benchmark's semantic similarity (nothing for the lexical one). */
    @Setup(Level.Invocation)
    public void forget(SemanticCompareBenchmark benchmark) {
      if (benchmark.parallax.similarity() instanceof BlendedSimilarity blend
          && blend.encoder() instanceof OnnxEncoder encoder) {
        encoder.forgetRecent();
      }
    }
  }

  /** The seeds, then variants of them until there are {@code n}. */
  static List<Article> articles(Path seedDir, int n) {
    List<Article> seeds = ArticleReader.withManifest(seedDir.resolve("MANIFEST.tsv")).readManifestFiles();
    List<Article> out = new ArrayList<>();
    for (int k = 0; out.size() < n; k++) {
      for (Article a : seeds) {
        if (out.size() == n) {
          break;
        }
        out.add(k == 0 ? a : variant(a, k));
      }
    }
    return out;
  }

  /** {@code a} with one extra word after the first word of every sentence. */
  static Article variant(Article a, int k) {
    String word = VARIANT_WORDS[(k - 1) % VARIANT_WORDS.length];
    Matcher m = SENTENCE_START.matcher(a.text());
    String text = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + " " + word));
    return Article.of(a.id() + "-v" + k, a.outlet() + " " + k, a.published().orElse(null), a.title(), text);
  }
}
