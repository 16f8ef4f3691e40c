package dev.parallax.embeddings;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second model survey: for every MSRP training pair, pair features richer than one cosine, so that
 * {@link BlendFit} ({@code cols:...}) can test whether a classifier over them reaches the module's MSRP
 * target. Arguments as for {@link ModelSurvey} (data folder, output table, model specs
 * {@code name:model.onnx:tokenizer.json:MEAN|CLS:prefix}).
 *
 * <p>Columns: {@code gold lex para lenratio nummis} (the lexical and {@code lexical-paraphrase} scores, length
 * ratio and number mismatch of {@link PairFeatures}), then per model {@code <name>_<feature>}:
 * <ul>
 *   <li>{@code cos}: the sentence cosine the encoder gives;</li>
 *   <li>{@code P}, {@code R}: BERTScore-style precision and recall (mean, over the word pieces of one side, of
 *       the best cosine with a word piece of the other side; contextual vectors of the last layer);</li>
 *   <li>{@code Pi}, {@code Ri}: the same weighted by the word piece's IDF over all sentences of the data;</li>
 *   <li>{@code UA6}, {@code UB6}, {@code UA7}, {@code UB7}: the IDF mass of one side's informative word pieces
 *       (IDF above 3) whose best match is below 0.6 or 0.7 — content that side adds;</li>
 *   <li>{@code minA}, {@code minB}: the weakest best match of an informative word piece of that side.</li>
 * </ul>
 * About a minute per small int8 model on two cores.
 */
public final class PairFeatureSurvey {
  private static final double INFORMATIVE_IDF = 3.0;

  private PairFeatureSurvey() {}

  /** Runs the survey; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Analyzer analyzer = EnglishAnalyzer.create(EnglishModels.load());
    PairCorpus corpus = PairCorpus.msrp(Path.of(args[0]), analyzer);
    List<PairCorpus.Pair> pairs = corpus.pairs();
    SentenceSimilarity.Scorer lexical = Similarities.lexical().bind(corpus.sentences());
    SentenceSimilarity.Scorer paraphrase = Similarities.paraphrase().bind(corpus.sentences());
    List<String> texts = new ArrayList<>(new LinkedHashSet<>(corpus.sentences().stream().map(Sentence::text).toList()));
    List<String> header = new ArrayList<>(List.of("gold", "lex", "para", "lenratio", "nummis"));
    List<double[][]> perModel = new ArrayList<>();
    for (int m = 2; m < args.length; m++) {
      String[] spec = args[m].split(":", -1);
      OnnxEncoder encoder = OnnxEncoder.load(spec[0], spec[1], spec[2], OnnxEncoder.Pooling.valueOf(spec[3]), spec[4]);
      long start = System.nanoTime();
      Map<String, float[]> pooled = new ConcurrentHashMap<>();
      Map<String, OnnxEncoder.TokenVectors> tokens = new ConcurrentHashMap<>();
      texts.parallelStream().forEach(t -> {
        pooled.put(t, encoder.encode(List.of(t), 1).get(0));
        tokens.put(t, encoder.tokens(t));
      });
      System.err.printf(Locale.ROOT, "%s: %d texts in %.0f s%n", spec[0], texts.size(), (System.nanoTime() - start) / 1e9);
      Map<Long, Double> idf = idf(tokens.values());
      double[][] features = new double[pairs.size()][];
      for (int i = 0; i < pairs.size(); i++) {
        String a = pairs.get(i).a().text();
        String b = pairs.get(i).b().text();
        features[i] = features(BlendedSimilarity.dot(pooled.get(a), pooled.get(b)), tokens.get(a), tokens.get(b), idf);
      }
      for (String f : List.of("cos", "P", "R", "Pi", "Ri", "UA6", "UB6", "UA7", "UB7", "minA", "minB")) {
        header.add(spec[0] + "_" + f);
      }
      perModel.add(features);
    }
    StringBuilder out = new StringBuilder(String.join("\t", header)).append('\n');
    for (int i = 0; i < pairs.size(); i++) {
      PairCorpus.Pair p = pairs.get(i);
      out.append(p.gold()).append('\t').append(lexical.score(p.a(), p.b())).append('\t')
          .append(paraphrase.score(p.a(), p.b())).append('\t').append(PairFeatures.lengthRatio(p.a(), p.b()))
          .append('\t').append(PairFeatures.numberMismatch(p.a(), p.b()));
      for (double[][] f : perModel) {
        for (double x : f[i]) {
          out.append('\t').append(x);
        }
      }
      out.append('\n');
    }
    Files.writeString(Path.of(args[1]), out);
  }

  /** IDF of each word piece over the distinct texts: {@code log((n + 1) / (df + 1))}. */
  private static Map<Long, Double> idf(java.util.Collection<OnnxEncoder.TokenVectors> texts) {
    Map<Long, Integer> df = new HashMap<>();
    for (OnnxEncoder.TokenVectors t : texts) {
      Set<Long> seen = new HashSet<>();
      for (long id : t.ids()) {
        if (seen.add(id)) {
          df.merge(id, 1, Integer::sum);
        }
      }
    }
    Map<Long, Double> out = new HashMap<>();
    df.forEach((id, n) -> out.put(id, Math.log((texts.size() + 1.0) / (n + 1.0))));
    return out;
  }

  private static double[] features(double cosine, OnnxEncoder.TokenVectors a, OnnxEncoder.TokenVectors b,
      Map<Long, Double> idf) {
    double[] bestA = new double[a.ids().length];
    double[] bestB = new double[b.ids().length];
    Arrays.fill(bestA, -1);
    Arrays.fill(bestB, -1);
    for (int i = 0; i < bestA.length; i++) {
      for (int j = 0; j < bestB.length; j++) {
        double s = BlendedSimilarity.dot(a.vectors()[i], b.vectors()[j]);
        bestA[i] = Math.max(bestA[i], s);
        bestB[j] = Math.max(bestB[j], s);
      }
    }
    return new double[] {cosine, mean(bestA, null, idf), mean(bestB, null, idf), mean(bestA, a.ids(), idf),
        mean(bestB, b.ids(), idf), unmatched(bestA, a.ids(), idf, 0.6), unmatched(bestB, b.ids(), idf, 0.6),
        unmatched(bestA, a.ids(), idf, 0.7), unmatched(bestB, b.ids(), idf, 0.7), weakest(bestA, a.ids(), idf),
        weakest(bestB, b.ids(), idf)};
  }

  /** The mean best match, plain ({@code ids == null}) or IDF-weighted. */
  private static double mean(double[] best, long[] ids, Map<Long, Double> idf) {
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < best.length; i++) {
      double w = ids == null ? 1 : idf.get(ids[i]);
      sum += w * best[i];
      weights += w;
    }
    return weights == 0 ? 0 : sum / weights;
  }

  private static double unmatched(double[] best, long[] ids, Map<Long, Double> idf, double below) {
    double mass = 0;
    for (int i = 0; i < best.length; i++) {
      double w = idf.get(ids[i]);
      if (w > INFORMATIVE_IDF && best[i] < below) {
        mass += w;
      }
    }
    return mass;
  }

  private static double weakest(double[] best, long[] ids, Map<Long, Double> idf) {
    double min = 1;
    for (int i = 0; i < best.length; i++) {
      if (idf.get(ids[i]) > INFORMATIVE_IDF) {
        min = Math.min(min, best[i]);
      }
    }
    return min;
  }
}
