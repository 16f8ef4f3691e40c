package dev.parallax.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Chooses, from a wider candidate synonym table, the pairs of stems that ECB+ train shows to be evidence of one
 * fact, and writes a synonym table for lexical similarity: measured in the 42nd session (docs/alignment.md,
 * "Synonyms chosen on ECB+ train"); the shipped table is still {@code SynonymTableGenerator}'s own.
 *
 * <p>A candidate pair is two stems that share a group of the wide table ({@code SynonymTableGenerator
 * --common-synsets 3}) and no group of the narrow one. It bridges a pair of sentences when one sentence has the
 * first stem and not the second and the other sentence the second and not the first. Over the annotated sentence
 * pairs of every ECB+ train sub-topic, each candidate counts the gold links it bridges and the curated non-links
 * it bridges, and over the curated sentences of the two sub-topics of one topic (two events of one kind) the
 * look-alike pairs it bridges. It is kept when it bridges at least {@link #MIN_POS} links in at least
 * {@link #MIN_TOPICS} topics (one topic's words are no rule) and bridges links at least {@link #RATIO} times as
 * often, in shares of all links and all non-links, as non-links (each count smoothed by one half), and at least
 * {@code lookRatio} times as often as look-alike pairs. Written: the narrow table plus the pairs kept; with
 * {@code -DkeepUnseen=1}, the wide table less the pairs train shows bridging and not kept (its groups split so
 * that no such pair shares one). Deterministic; reads only ECB+ train; never runs in tests or CI.
 *
 * <pre>
 * mvn -B -o -q -pl core test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat core/cp.txt) \
 *     dev.parallax.align.SynonymTableGenerator /tmp/narrow.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat core/cp.txt) \
 *     dev.parallax.align.SynonymTableGenerator --common-synsets 3 /tmp/wide.txt
 * java [-DkeepUnseen=1] -cp bench/target/benchmarks.jar dev.parallax.bench.eval.SynonymSelection \
 *     ../shared/data/ecbplus /tmp/narrow.txt /tmp/wide.txt /tmp/synonyms.txt
 * </pre>
 *
 * <p>{@code -Dratio=R}, {@code -DminPos=N}, {@code -DminTopics=N} and {@code -DlookRatio=R} change the rule;
 * {@code -Dlist=1} prints every candidate that bridges something: its links, non-links, look-alike pairs,
 * topics, the two ratios and whether it is kept.
 */
public final class SynonymSelection {
  /** How many times more often, in shares, a kept pair bridges links than non-links. */
  static final double RATIO = 2.0;
  /** The fewest gold links a kept pair bridges. */
  static final int MIN_POS = 2;
  /** How many times more often, in shares, a kept pair bridges links than look-alike pairs (0: not asked). */
  static final double LOOK_RATIO = 0.0;
  /** The fewest ECB+ train topics in whose links a kept pair is a bridge: one topic's words are no rule. */
  static final int MIN_TOPICS = 2;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private SynonymSelection() {}

  /** Arguments: the ECB+ folder, the narrow table, the wide table, the table to write. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    List<String> narrow = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    List<String> wide = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    Path out = Path.of(args[3]);
    double ratio = Double.parseDouble(System.getProperty("ratio", Double.toString(RATIO)));
    int minPos = Integer.parseInt(System.getProperty("minPos", Integer.toString(MIN_POS)));
    double lookRatio = Double.parseDouble(System.getProperty("lookRatio", Double.toString(LOOK_RATIO)));
    int minTopics = Integer.parseInt(System.getProperty("minTopics", Integer.toString(MIN_TOPICS)));
    EcbPlus data = EcbPlus.load(root).orElseThrow(() -> new IllegalArgumentException("no ECB+ data at " + root));

    Set<String> known = pairs(narrow);
    Map<String, Set<String>> candidates = new HashMap<>();
    for (String p : pairs(wide)) {
      if (!known.contains(p)) {
        String[] ab = p.split(" ");
        candidates.computeIfAbsent(ab[0], k -> new HashSet<>()).add(ab[1]);
        candidates.computeIfAbsent(ab[1], k -> new HashSet<>()).add(ab[0]);
      }
    }

    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Set<String>> topics = new HashMap<>();
    Map<String, List<Set<String>>> curated = new HashMap<>();
    int links = 0;
    int nonLinks = 0;
    for (EcbPlus.SubTopic topic : data.subTopics("train")) {
      Map<String, Map<Integer, Set<String>>> stems = new HashMap<>();
      for (String doc : topic.docs()) {
        String text = data.article(doc).text();
        Map<Integer, Set<String>> byN = new HashMap<>();
        for (EcbPlus.GoldSentence s : topic.sentences().getOrDefault(doc, List.of())) {
          String sentence = text.substring(EcbPlusAlignment.javaOffset(text, s.start()),
              EcbPlusAlignment.javaOffset(text, s.end()));
          byN.put(s.n(), stemsOf(sentence, stemmer));
          if (s.curated()) {
            curated.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(byN.get(s.n()));
          }
        }
        stems.put(doc, byN);
      }
      for (EcbPlus.GoldPair p : topic.pairs()) {
        Set<String> x = stems.get(p.docA()).get(p.sentenceA());
        Set<String> y = stems.get(p.docB()).get(p.sentenceB());
        if (x == null || y == null) {
          continue;
        }
        if (p.link()) {
          links++;
        } else {
          nonLinks++;
        }
        for (String bridge : bridges(x, y, candidates)) {
          counts.computeIfAbsent(bridge, k -> new int[3])[p.link() ? 0 : 1]++;
          if (p.link()) {
            topics.computeIfAbsent(bridge, k -> new TreeSet<>()).add(topic.id().replaceAll("[ab]$", ""));
          }
        }
      }
    }
    // the look-alikes: curated sentences of the two sub-topics of one topic (two events of one kind)
    int lookAlikes = 0;
    for (EcbPlus.SubTopic topic : data.subTopics("train")) {
      if (!topic.id().endsWith("a")) {
        continue;
      }
      String other = topic.id().substring(0, topic.id().length() - 1) + "b";
      for (Set<String> x : curated.getOrDefault(topic.id(), List.of())) {
        for (Set<String> y : curated.getOrDefault(other, List.of())) {
          lookAlikes++;
          for (String bridge : bridges(x, y, candidates)) {
            counts.computeIfAbsent(bridge, k -> new int[3])[2]++;
          }
        }
      }
    }

    TreeSet<String> kept = new TreeSet<>();
    Set<String> dropped = new HashSet<>();
    boolean keepUnseen = System.getProperty("keepUnseen") != null;
    boolean list = System.getProperty("list") != null;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int pos = e.getValue()[0];
      int neg = e.getValue()[1];
      int look = e.getValue()[2];
      int seen = topics.getOrDefault(e.getKey(), Set.of()).size();
      double lift = ((pos + 0.5) / links) / ((neg + 0.5) / nonLinks);
      double liftLook = ((pos + 0.5) / links) / ((look + 0.5) / lookAlikes);
      boolean keep = pos >= minPos && seen >= minTopics && lift >= ratio && liftLook >= lookRatio;
      if (keep) {
        kept.add(e.getKey());
      } else {
        dropped.add(e.getKey());
      }
      if (list) {
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%s%n", e.getKey(), pos, neg, look, seen, lift,
            liftLook, keep ? "kept" : "");
      }
    }

    List<String> text = new ArrayList<>();
    TreeSet<String> groups = new TreeSet<>();
    for (String line : narrow) {
      if (line.startsWith("#")) {
        text.add(line);
      } else if (!line.isBlank()) {
        groups.add(line);
      }
    }
    text.add("# Plus pairs of members of one common synset that ECB+ train shows bridging same-fact sentences");
    text.add("# (chosen by SynonymSelection in bench).");
    if (keepUnseen) {
      // the wide table's groups, each split so that no dropped pair shares one
      for (String line : wide) {
        if (!line.startsWith("#") && !line.isBlank()) {
          split(new TreeSet<>(List.of(line.split(" "))), dropped, groups);
        }
      }
      removeContained(groups);
    } else {
      groups.addAll(kept);
    }
    text.addAll(groups);
    Files.write(out, text, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT,
        "%d candidate pairs, %d bridge an annotated pair of ECB+ train (%d links, %d non-links); %d kept "
            + "(ratio %.2f, at least %d links); %d groups written to %s%n",
        candidatePairs(candidates), counts.size(), links, nonLinks, kept.size(), ratio, minPos,
        groups.size(), out);
  }

  /** Adds {@code group} to {@code out}, or, when it holds a dropped pair, the two groups without one of its stems. */
  private static void split(TreeSet<String> group, Set<String> dropped, Set<String> out) {
    if (group.size() < 2) {
      return;
    }
    for (String a : group) {
      for (String b : group.tailSet(a, false)) {
        if (dropped.contains(a + " " + b)) {
          TreeSet<String> withoutA = new TreeSet<>(group);
          withoutA.remove(a);
          TreeSet<String> withoutB = new TreeSet<>(group);
          withoutB.remove(b);
          split(withoutA, dropped, out);
          split(withoutB, dropped, out);
          return;
        }
      }
    }
    out.add(String.join(" ", group));
  }

  /** Removes each group whose stems all belong to one other group: it adds no pair. */
  private static void removeContained(TreeSet<String> groups) {
    Map<String, List<Set<String>>> byStem = new HashMap<>();
    for (String g : groups) {
      Set<String> set = new HashSet<>(List.of(g.split(" ")));
      for (String stem : set) {
        byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(set);
      }
    }
    groups.removeIf(g -> {
      Set<String> set = new HashSet<>(List.of(g.split(" ")));
      for (Set<String> other : byStem.get(g.split(" ")[0])) {
        if (other.size() > set.size() && other.containsAll(set)) {
          return true;
        }
      }
      return false;
    });
  }

  private static int candidatePairs(Map<String, Set<String>> candidates) {
    return candidates.values().stream().mapToInt(Set::size).sum() / 2;
  }

  /** Every pair of two different stems that share a group of {@code table}, as "a b" with a before b. */
  private static Set<String> pairs(List<String> table) {
    Set<String> out = new HashSet<>();
    for (String line : table) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] g = line.split(" ");
      for (int i = 0; i < g.length; i++) {
        for (int j = i + 1; j < g.length; j++) {
          if (!g[i].equals(g[j])) {
            out.add(g[i].compareTo(g[j]) < 0 ? g[i] + " " + g[j] : g[j] + " " + g[i]);
          }
        }
      }
    }
    return out;
  }

  /** The Snowball stems of a sentence's words of three letters or more. */
  private static Set<String> stemsOf(String sentence, SnowballStemmer stemmer) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.group().length() >= 3) {
        out.add(stemmer.stem(m.group()).toString());
      }
    }
    return out;
  }

  /** The candidate pairs that join a stem only {@code x} has to a stem only {@code y} has. */
  private static Set<String> bridges(Set<String> x, Set<String> y, Map<String, Set<String>> candidates) {
    Set<String> out = new TreeSet<>();
    for (String a : x) {
      if (y.contains(a)) {
        continue;
      }
      for (String b : candidates.getOrDefault(a, Set.of())) {
        if (y.contains(b) && !x.contains(b)) {
          out.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
        }
      }
    }
    return out;
  }
}
