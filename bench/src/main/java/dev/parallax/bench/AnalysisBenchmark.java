package dev.parallax.bench;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Analysis throughput in tokens per second on one core, stage by stage.
 *
 * <p>Workload: the cleaned text of the five seed articles ({@code examples/data/lavrov-nightmare/}, about
 * 2,000 tokens). Each benchmark processes all of it once per operation and counts the tokens it covered;
 * read the {@code tokens} row (tokens/s), not the ops/s row. Stages:
 * <ul>
 *   <li>{@code analyzer}: Parallax's whole {@link EnglishAnalyzer} (segmentation with repairs,
 *       tokenization, stems, quotes, mentions) — the figure the 150k tokens/s target is about;</li>
 *   <li>{@code segmentation}: OpenNLP {@link SentenceDetectorME} with the UD English model, per line;</li>
 *   <li>{@code tokenization}: OpenNLP {@link SimpleTokenizer}, per sentence;</li>
 *   <li>{@code stems}: the Snowball (Porter2) stemmer Parallax uses as lemmatizer, per word;</li>
 *   <li>{@code posTagger}: OpenNLP {@link POSTaggerME} with the UD English model, per sentence (reference:
 *       Parallax does not tag by default);</li>
 *   <li>{@code lemmatizer}: OpenNLP {@link LemmatizerME} with the UD English model on tagged sentences
 *       (reference).</li>
 * </ul>
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar AnalysisBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnalysisBenchmark {
  private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin";
  private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

  /** Counts the tokens processed; JMH reports them per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class TokenCounter {
    /** Tokens processed. */
    public long tokens;

    /** Resets before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  Analyzer analyzer;
  List<Article> cleaned;
  List<String> lines;
  List<String> sentences;
  List<String> words;
  List<String[]> tokenized;
  List<String[]> tags;
  int tokenCount;
  SentenceDetectorME detector;
  POSTaggerME tagger;
  LemmatizerME lemmatizer;
  SnowballStemmer stemmer;

  /** Loads models and prepares each stage's input from the seeds. */
  @Setup
  public void setUp() {
    EnglishModels models = EnglishModels.load();
    analyzer = EnglishAnalyzer.create(models);
    cleaned = new ArrayList<>();
    lines = new ArrayList<>();
    sentences = new ArrayList<>();
    words = new ArrayList<>();
    tokenized = new ArrayList<>();
    for (Article seed : Seeds.load()) {
      Article c = Cleaners.standard().clean(seed);
      cleaned.add(c);
      for (String line : c.cleanedText().split("\n")) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      AnalyzedArticle a = analyzer.analyze(c);
      for (Sentence s : a.sentences()) {
        sentences.add(s.text());
        String[] toks = new String[s.tokens().size()];
        for (int i = 0; i < toks.length; i++) {
          Token t = s.tokens().get(i);
          toks[i] = t.text();
          if (t.kind() == TokenKind.WORD) {
            words.add(t.norm());
          }
        }
        tokenized.add(toks);
        tokenCount += toks.length;
      }
    }
    detector = new SentenceDetectorME(models.sentenceModel());
    POSModel posModel = load(POS_MODEL, POSModel::new);
    tagger = new POSTaggerME(posModel);
    lemmatizer = new LemmatizerME(load(LEMMA_MODEL, LemmatizerModel::new));
    stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    tags = new ArrayList<>();
    for (String[] t : tokenized) {
      tags.add(tagger.tag(t));
    }
  }

  /** How a model is read from its stream. */
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /** A model from the bench's class path (the opennlp-models-*-en jars only the benchmark depends on). */
  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = AnalysisBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parallax's analyzer on the five cleaned seeds. */
  @Benchmark
  public void analyzer(TokenCounter c, Blackhole bh) {
    for (Article a : cleaned) {
      bh.consume(analyzer.analyze(a));
    }
    c.tokens += tokenCount;
  }

  /** Sentence detection of every line. */
  @Benchmark
  public void segmentation(TokenCounter c, Blackhole bh) {
    for (String line : lines) {
      bh.consume(detector.sentPosDetect(line));
    }
    c.tokens += tokenCount;
  }

  /** Tokenization of every sentence. */
  @Benchmark
  public void tokenization(TokenCounter c, Blackhole bh) {
    for (String s : sentences) {
      Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(s);
      bh.consume(spans);
    }
    c.tokens += tokenCount;
  }

  /** Snowball stems of every word (punctuation and numbers are not stemmed, but are counted). */
  @Benchmark
  public void stems(TokenCounter c, Blackhole bh) {
    for (String w : words) {
      bh.consume(stemmer.stem(w));
    }
    c.tokens += tokenCount;
  }

  /** OpenNLP POS tags of every sentence. */
  @Benchmark
  public void posTagger(TokenCounter c, Blackhole bh) {
    for (String[] t : tokenized) {
      bh.consume(tagger.tag(t));
    }
    c.tokens += tokenCount;
  }

  /** OpenNLP lemmas of every tagged sentence. */
  @Benchmark
  public void lemmatizer(TokenCounter c, Blackhole bh) {
    for (int i = 0; i < tokenized.size(); i++) {
      bh.consume(lemmatizer.lemmatize(tokenized.get(i), tags.get(i)));
    }
    c.tokens += tokenCount;
  }
}
