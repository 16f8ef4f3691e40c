package dev.parallax.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Parallax;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the bar of the omission check on ECB+: how loose must "some sentence of this article says the
 * fact" be so that an article that reports a fact in other words is not said to leave it out?
 *
 * <p>A curated sentence {@code m} and the sentences linked to it in other documents form a passage; for
 * another document {@code B}, the score is what the omission check computes: the best, over {@code B}'s
 * sentences that share two informative words with the passage, of the mean over the passage's documents of
 * the sentence's best similarity with that document's sentences (as core's {@code OmissionFinder}). Three
 * kinds of cases:
 * <ul>
 *   <li><b>reported</b>: {@code B} is about the same event and has a sentence linked to {@code m} in the
 *       gold (left out of the passage): an omission here would be false;</li>
 *   <li><b>other event</b>: {@code B} is about the other event of the topic (a look-alike: another
 *       earthquake, another rehab stay) and none of its sentences mentions an event chain of {@code m}
 *       (chains marked as also in the sibling are skipped): an omission here is true;</li>
 *   <li><b>same event, not annotated</b>: {@code B} is about the same event and none of its sentences is
 *       annotated with a chain of {@code m}: mostly true omissions, noisy (ECB+ annotates some sentences
 *       only).</li>
 * </ul>
 * For bars given as a share of the similarity's threshold, the program prints the share of each kind scoring
 * at or above the bar and Youden's J, and names the share with the best J against the same-event cases (the
 * situation of a real omission). Each topic's sentences are bound together, as a comparison binds its
 * articles. Reads {@code ecbplus/} under {@code DATA_DIR} (default {@code ../shared/data}), the given split
 * ({@code train}, the default, to choose; {@code dev} to report); says so and exits 0 when it is absent.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.compare.OmissionBar ../shared/data train
 * </pre>
 */
public final class OmissionBar {
  private static final double[] SHARES = {0.2, 0.25, 0.3, 0.35, 0.4, 0.425, 0.45, 0.475, 0.5, 0.525, 0.55, 0.6, 0.7, 0.8,
      0.9, 1.0};

  private static final int MIN_SHARED = Integer.getInteger("minShared", OmissionFinder.MIN_SHARED);

  private OmissionBar() {}

  /** Best scores of the two kinds of cases. */
  record Scores(List<Double> reported, List<Double> notReported, List<Double> sameEventNotReported) {}

  /** Runs the measurement: {@code DATA_DIR [split]}. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : System.getProperty("parallax.sharedData", "../shared/data"));
    String split = args.length > 1 ? args[1] : "train";
    Path ecb = data.resolve("ecbplus");
    if (!Files.isRegularFile(ecb.resolve("gold.json"))) {
      System.out.println("OmissionBar skipped: no ecbplus/gold.json under " + data.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.create();
    SentenceSimilarity sim = parallax.similarity();
    Scores s = measure(parallax, ecb, split);
    System.out.printf(Locale.ROOT, "ECB+ %s, similarity `%s` (threshold %.3f): %d reported, %d not reported (other event), %d not annotated as reported (same event)%n%n",
        split, sim.name(), sim.threshold(), s.reported().size(), s.notReported().size(), s.sameEventNotReported().size());
    System.out.println("| bar (share of threshold) | bar | reported: found | other event, not reported: found (J) | same event, not annotated: found (J) |");
    System.out.println("|---:|---:|---:|---:|---:|");
    double bestJ = Double.NEGATIVE_INFINITY;
    double bestShare = 0;
    for (double share : SHARES) {
      double bar = share * sim.threshold();
      double found = above(s.reported(), bar);
      double other = above(s.notReported(), bar);
      double same = above(s.sameEventNotReported(), bar);
      System.out.printf(Locale.ROOT, "| %.3f | %.3f | %.1f%% | %.1f%% (%.3f) | %.1f%% (%.3f) |%n", share, bar,
          100 * found, 100 * other, found - other, 100 * same, found - same);
      if (found - same > bestJ) {
        bestJ = found - same;
        bestShare = share;
      }
    }
    System.out.printf(Locale.ROOT, "%nBest Youden's J against same-event facts not annotated as reported: share %.3f (J %.3f)%n",
        bestShare, bestJ);
  }

  private static double above(List<Double> xs, double bar) {
    if (xs.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (double x : xs) {
      n += x >= bar ? 1 : 0;
    }
    return (double) n / xs.size();
  }

  /** The best scores of the reported and not-reported cases of one split. */
  static Scores measure(Parallax parallax, Path ecb, String split) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(ecb.resolve("gold.json").toFile());
    Map<Integer, List<String>> topics = new TreeMap<>();
    JsonNode subtopics = gold.get("subtopics");
    for (var it = subtopics.fieldNames(); it.hasNext(); ) {
      String sid = it.next();
      JsonNode st = subtopics.get(sid);
      if (st.get("split").asText().equals(split)) {
        topics.computeIfAbsent(st.get("topic").asInt(), k -> new ArrayList<>()).add(sid);
      }
    }
    List<Double> reported = new ArrayList<>();
    List<Double> notReported = new ArrayList<>();
    List<Double> sameEvent = new ArrayList<>();
    for (List<String> sids : topics.values()) {
      Map<String, AnalyzedArticle> docs = new LinkedHashMap<>();
      Map<String, String> subtopicOf = new HashMap<>();
      for (String sid : sids) {
        for (JsonNode d : subtopics.get(sid).get("docs")) {
          String id = d.asText();
          String text = Files.readString(ecb.resolve("docs").resolve(id + ".txt"), StandardCharsets.UTF_8);
          docs.put(id, parallax.analyze(Article.of(id, id, null, "", text)));
          subtopicOf.put(id, sid);
        }
      }
      List<Sentence> all = new ArrayList<>();
      docs.values().forEach(a -> all.addAll(a.sentences()));
      SentenceSimilarity.Scorer scorer = parallax.similarity().bind(all);
      for (String sid : sids) {
        JsonNode st = subtopics.get(sid);
        // links: (doc a, sentence n) -> doc it links into -> the linked sentence numbers there
        Map<String, Map<String, List<Integer>>> linksInto = new HashMap<>();
        for (JsonNode p : st.get("pairs")) {
          String a = p.get("a").asText();
          String b = p.get("b").asText();
          for (JsonNode l : p.get("links")) {
            linksInto.computeIfAbsent(a + "#" + l.get(0).asInt(), k -> new TreeMap<>())
                .computeIfAbsent(b, k -> new ArrayList<>()).add(l.get(1).asInt());
            linksInto.computeIfAbsent(b + "#" + l.get(1).asInt(), k -> new TreeMap<>())
                .computeIfAbsent(a, k -> new ArrayList<>()).add(l.get(0).asInt());
          }
        }
        Map<String, Map<Integer, Sentence>> byNumber = new HashMap<>();
        for (var it = st.get("sentences").fieldNames(); it.hasNext(); ) {
          String docId = it.next();
          AnalyzedArticle doc = docs.get(docId);
          Map<Integer, Sentence> numbered = new HashMap<>();
          for (JsonNode sent : st.get("sentences").get(docId)) {
            Sentence x = doc == null ? null : sentenceAt(doc, sent.get("span").get(0).asInt(), sent.get("span").get(1).asInt());
            if (x != null) {
              numbered.put(sent.get("n").asInt(), x);
            }
          }
          byNumber.put(docId, numbered);
        }
        for (var it = st.get("sentences").fieldNames(); it.hasNext(); ) {
          String docId = it.next();
          AnalyzedArticle doc = docs.get(docId);
          if (doc == null) {
            continue;
          }
          for (JsonNode sent : st.get("sentences").get(docId)) {
            if (!sent.get("curated").asBoolean() || sent.get("chains").isEmpty()) {
              continue;
            }
            Sentence m = sentenceAt(doc, sent.get("span").get(0).asInt(), sent.get("span").get(1).asInt());
            if (m == null) {
              continue;
            }
            Set<String> chains = new HashSet<>();
            boolean inSibling = false;
            for (JsonNode c : sent.get("chains")) {
              String chain = c.get(0).asText();
              chains.add(chain);
              JsonNode info = st.get("chains").get(chain);
              inSibling |= info != null && info.get("also_in_sibling").asBoolean();
            }
            // the fact as a passage: m and the sentences linked to it, by document
            Map<String, List<Sentence>> passage = new TreeMap<>();
            passage.put(docId, List.of(m));
            Map<String, List<Integer>> linked = linksInto.getOrDefault(docId + "#" + sent.get("n").asInt(), Map.of());
            for (Map.Entry<String, List<Integer>> e : linked.entrySet()) {
              List<Sentence> xs = new ArrayList<>();
              for (int n : e.getValue()) {
                Sentence x = byNumber.getOrDefault(e.getKey(), Map.of()).get(n);
                if (x != null) {
                  xs.add(x);
                }
              }
              if (!xs.isEmpty()) {
                passage.put(e.getKey(), xs);
              }
            }
            for (String target : linked.keySet()) {
              if (docs.containsKey(target)) {
                Map<String, List<Sentence>> others = new TreeMap<>(passage);
                others.remove(target);
                reported.add(best(scorer, others, docs.get(target)));
              }
            }
            if (inSibling) {
              continue;
            }
            for (Map.Entry<String, AnalyzedArticle> other : docs.entrySet()) {
              String osid = subtopicOf.get(other.getKey());
              if (other.getKey().equals(docId) || mentionsAny(subtopics.get(osid), other.getKey(), chains)) {
                continue;
              }
              (osid.equals(sid) ? sameEvent : notReported).add(best(scorer, passage, other.getValue()));
            }
          }
        }
      }
    }
    return new Scores(reported, notReported, sameEvent);
  }

  private static boolean mentionsAny(JsonNode subtopic, String doc, Set<String> chains) {
    JsonNode sentences = subtopic.get("sentences").get(doc);
    if (sentences == null) {
      return false;
    }
    for (JsonNode s : sentences) {
      for (JsonNode c : s.get("chains")) {
        if (chains.contains(c.get(0).asText())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What the omission check computes (as {@code OmissionFinder} in core does): the best, over the document's
   * sentences that share at least {@value #MIN_SHARED} informative words with the passage, of the mean over the
   * passage's documents of the sentence's best similarity with that document's sentences of the passage; 0
   * when no sentence shares them.
   */
  private static double best(SentenceSimilarity.Scorer scorer, Map<String, List<Sentence>> passage, AnalyzedArticle doc) {
    Set<String> passageWords = new HashSet<>();
    passage.values().forEach(xs -> xs.forEach(x -> passageWords.addAll(OmissionFinder.informativeWords(x))));
    List<List<Sentence>> outlets = new ArrayList<>(passage.values());
    double best = 0;
    for (Sentence s : doc.sentences()) {
      int shared = 0;
      for (String w : OmissionFinder.informativeWords(s)) {
        shared += passageWords.contains(w) ? 1 : 0;
      }
      if (!s.isReporting() || shared < MIN_SHARED) {
        continue;
      }
      best = Math.max(best, OmissionFinder.meanBest(scorer, s, outlets));
    }
    return best;
  }

  private static Sentence sentenceAt(AnalyzedArticle a, int start, int end) {
    Sentence best = null;
    int bestOverlap = 0;
    for (Sentence s : a.sentences()) {
      int overlap = Math.min(end, s.end()) - Math.max(start, s.start());
      if (overlap > bestOverlap) {
        best = s;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
