package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.SameFactFeatures;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the levels of {@code --semantic}'s aligner on ECB+ train under the default aligner's false-link rate,
 * then reports the choice on dev: the blend's cosine floor and weight (the similarity's own first round: a
 * higher floor lets only closer paraphrases join by the cosine), the fact level and the same-fact model's link
 * level (the shipped lexical model's weights and edge).
 *
 * <p>The cap is the false-link rate the default (lexical) aligner makes on train with its shipped levels,
 * measured in the same run; the choice is the setting with the most train links within it, and the command
 * says when none links more than the default. It writes nothing: the blend's floor and weight are constants of
 * the embeddings module, chosen on MSRP, so a change to them is a decision for a person reading both figures.
 *
 * <p>The blend is built through reflection (its class is package-private in the embeddings module), and
 * sentence vectors are kept for the run so that each setting costs an alignment, not an encoding (about 5 s a
 * setting on train after 3 to 5 minutes of encoding). Never runs in tests or CI.
 *
 * <pre>
 * mvn -B -q -pl bench,embeddings -am package -DskipTests
 * java -cp bench/target/benchmarks.jar:embeddings/target/parallax-embeddings.jar \
 *     dev.parallax.bench.eval.SemanticLevels ../shared/data/ecbplus [FLOORS WEIGHTS FACTS LINKS]
 * </pre>
 *
 * <p>Each list is comma-separated; the defaults are the 42nd session's grid.
 */
public final class SemanticLevels {
  private SemanticLevels() {}

  /** One setting of the semantic aligner and what it makes on one split. */
  record Setting(double floor, double weight, double fact, double link, EcbPlusAlignment.Figures figures) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "floor %.2f weight %.2f fact %.2f link %.2f: linked %.1f%% (%d), false %.1f%% (%d)",
          floor, weight, fact, link, 100 * figures.recall(), figures.linksFound(), 100 * figures.falseLinkRate(),
          figures.nonLinksFound());
    }
  }

  /** Arguments: the ECB+ folder, then optionally the floors, weights, fact levels and link levels to try. */
  public static void main(String[] args) throws Exception {
    EcbPlus data = EcbPlus.load(Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus")).orElse(null);
    if (data == null) {
      System.out.println("SemanticLevels skipped: no ECB+ data");
      return;
    }
    double[] floors = parse(args.length > 1 ? args[1] : "0.5,0.6,0.7,0.75,0.8,0.85,0.9");
    double[] weights = parse(args.length > 2 ? args[2] : "0.3,0.5,0.7");
    double[] facts = parse(args.length > 3 ? args[3] : "0.6");
    double[] links = parse(args.length > 4 ? args[4] : "0.2,0.5,0.6");
    Map<String, Double> model = shippedModel();
    double[] w = new double[SameFactFeatures.names().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = model.get(SameFactFeatures.names().get(i));
    }
    Object encoder = memoizingEncoder();
    Split train = new Split(data, "train");
    Split dev = new Split(data, "dev");
    EcbPlusAlignment.Figures lexicalTrain = train.figures(SameFactFeatures.aligner(Similarities.lexical(), w,
        model.get("intercept"), model.get("edge"), model.get("link")));
    double cap = lexicalTrain.falseLinkRate();
    System.out.printf(Locale.ROOT, "default (lexical) aligner on train: linked %.1f%% (%d), false %.1f%% (%d): the cap%n",
        100 * lexicalTrain.recall(), lexicalTrain.linksFound(), 100 * cap, lexicalTrain.nonLinksFound());
    Setting best = null;
    for (double floor : floors) {
      for (double weight : weights) {
        SentenceSimilarity blend = blend(encoder, weight, floor);
        for (double fact : facts) {
          for (double link : links) {
            Setting s = new Setting(floor, weight, fact, link, train.figures(SameFactFeatures.aligner(blend, w,
                model.get("intercept"), model.get("edge"), link, fact)));
            System.out.println("train " + s);
            if (s.figures().falseLinkRate() <= cap
                && (best == null || s.figures().linksFound() > best.figures().linksFound())) {
              best = s;
            }
          }
        }
      }
    }
    if (best == null) {
      System.out.println("no setting keeps train's false links within the cap");
      return;
    }
    System.out.println("chosen on train: " + best + (best.figures().linksFound() > lexicalTrain.linksFound()
        ? "" : " (no more links than the default aligner)"));
    EcbPlusAlignment.Figures lexicalDev = dev.figures(SameFactFeatures.aligner(Similarities.lexical(), w,
        model.get("intercept"), model.get("edge"), model.get("link")));
    Setting onDev = new Setting(best.floor(), best.weight(), best.fact(), best.link(),
        dev.figures(SameFactFeatures.aligner(blend(encoder, best.weight(), best.floor()), w, model.get("intercept"),
            model.get("edge"), best.link(), best.fact())));
    System.out.printf(Locale.ROOT, "dev: %s; the default aligner linked %.1f%% (%d), false %.1f%% (%d)%n", onDev,
        100 * lexicalDev.recall(), lexicalDev.linksFound(), 100 * lexicalDev.falseLinkRate(),
        lexicalDev.nonLinksFound());
  }

  /** The analyzed documents of one split's sub-topics, analyzed once. */
  private static final class Split {
    private final List<EcbPlus.SubTopic> topics;
    private final Map<String, List<AnalyzedArticle>> articles = new HashMap<>();

    Split(EcbPlus data, String name) {
      Parallax parallax = Parallax.builder().build();
      Map<String, AnalyzedArticle> cache = new HashMap<>();
      this.topics = data.subTopics(name);
      for (EcbPlus.SubTopic t : topics) {
        articles.put(t.id(), SameFactTraining.analyzed(parallax, data, t.docs(), cache));
      }
    }

    EcbPlusAlignment.Figures figures(Aligner aligner) {
      return SameFactTraining.figures(topics, articles, aligner);
    }
  }

  private static double[] parse(String list) {
    return Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  /** The shipped lexical same-fact model's values, by name. */
  private static Map<String, Double> shippedModel() throws IOException {
    Map<String, Double> values = new HashMap<>();
    InputStream in = Objects.requireNonNull(
        SemanticLevels.class.getResourceAsStream("/dev/parallax/align/same-fact-model.tsv"), "same-fact-model.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          values.put(f[0], Double.parseDouble(f[1]));
        }
      }
    }
    return values;
  }

  /** The embeddings module's blend with the shipped threshold and the given weight and floor. */
  private static SentenceSimilarity blend(Object encoder, double weight, double floor) throws Exception {
    Class<?> c = Class.forName("dev.parallax.embeddings.BlendedSimilarity");
    Class<?> e = Class.forName("dev.parallax.embeddings.Encoder");
    Constructor<?> ctor = c.getDeclaredConstructor(SentenceSimilarity.class, e, double.class, double.class, double.class);
    ctor.setAccessible(true);
    double threshold = Class.forName("dev.parallax.embeddings.EmbeddingSimilarities").getField("THRESHOLD")
        .getDouble(null);
    return (SentenceSimilarity) ctor.newInstance(Similarities.lexical(), encoder, weight, threshold, floor);
  }

  /** The module's encoder, each text's vector kept for the run. */
  @SuppressWarnings("unchecked")
  private static Object memoizingEncoder() throws Exception {
    Class<?> iface = Class.forName("dev.parallax.embeddings.Encoder");
    Method make = Class.forName("dev.parallax.embeddings.OnnxEncoder").getDeclaredMethod("allMiniLmL6V2Quantized");
    make.setAccessible(true);
    Object real = make.invoke(null);
    Method encode = iface.getDeclaredMethod("encode", List.class);
    encode.setAccessible(true);
    Map<String, float[]> vectors = new ConcurrentHashMap<>();
    return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, a) -> {
      if (!m.getName().equals("encode")) {
        m.setAccessible(true);
        return m.invoke(real, a);
      }
      List<String> texts = (List<String>) a[0];
      List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
      if (!missing.isEmpty()) {
        List<float[]> computed = (List<float[]>) encode.invoke(real, missing);
        for (int i = 0; i < missing.size(); i++) {
          vectors.put(missing.get(i), computed.get(i));
        }
      }
      List<float[]> out = new ArrayList<>();
      texts.forEach(t -> out.add(vectors.get(t)));
      return out;
    });
  }
}
