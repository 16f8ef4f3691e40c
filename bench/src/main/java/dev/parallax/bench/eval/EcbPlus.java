package dev.parallax.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ECB+ same-fact data set as laid out in {@code ../shared/data/ecbplus} (see its README): documents,
 * their sub-topics and split, every sentence's span, and the gold links and curated non-links between the
 * sentences of two documents of one sub-topic.
 *
 * <p>Immutable once loaded. Only evaluation code reads it; nothing of it is committed into the project.
 */
public final class EcbPlus {
  /** One sentence of the gold: its number in the document and its span in the document's text. */
  public record GoldSentence(int n, int start, int end, boolean curated) {}

  /** A pair of gold sentences of two documents: {@code link} when they share a coreferent action. */
  public record GoldPair(String docA, int sentenceA, String docB, int sentenceB, boolean link) {}

  /** One sub-topic: its documents (in manifest order), their sentences and the annotated pairs. */
  public record SubTopic(String id, String split, List<String> docs, Map<String, List<GoldSentence>> sentences,
      List<GoldPair> pairs) {}

  private final Path root;
  private final Map<String, String[]> manifest = new LinkedHashMap<>();
  private final List<SubTopic> subTopics = new ArrayList<>();

  private EcbPlus(Path root) {
    this.root = root;
  }

  /** Loads the data set, or empty when the folder or its files are absent. */
  public static Optional<EcbPlus> load(Path root) {
    Path gold = root.resolve("gold.json");
    Path manifest = root.resolve("MANIFEST.tsv");
    if (!Files.isRegularFile(gold) || !Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    EcbPlus data = new EcbPlus(root);
    try {
      List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        String doc = Path.of(f[0]).getFileName().toString().replaceFirst("\\.txt$", "");
        data.manifest.put(doc, f);
      }
      JsonNode json = new ObjectMapper().readTree(gold.toFile());
      for (Map.Entry<String, JsonNode> e : json.get("subtopics").properties()) {
        data.subTopics.add(subTopic(e.getKey(), e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(data);
  }

  private static SubTopic subTopic(String id, JsonNode node) {
    List<String> docs = new ArrayList<>();
    node.get("docs").forEach(d -> docs.add(d.asText()));
    Map<String, List<GoldSentence>> sentences = new LinkedHashMap<>();
    Map<String, Map<Integer, GoldSentence>> byNumber = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : node.get("sentences").properties()) {
      List<GoldSentence> list = new ArrayList<>();
      for (JsonNode s : e.getValue()) {
        GoldSentence g = new GoldSentence(s.get("n").asInt(), s.get("span").get(0).asInt(),
            s.get("span").get(1).asInt(), s.get("curated").asBoolean());
        list.add(g);
        byNumber.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(g.n(), g);
      }
      sentences.put(e.getKey(), List.copyOf(list));
    }
    List<GoldPair> pairs = new ArrayList<>();
    for (JsonNode p : node.get("pairs")) {
      String a = p.get("a").asText();
      String b = p.get("b").asText();
      java.util.Set<Long> linked = new java.util.HashSet<>();
      for (JsonNode l : p.get("links")) {
        int na = l.get(0).asInt();
        int nb = l.get(1).asInt();
        linked.add(((long) na << 32) | nb);
        pairs.add(new GoldPair(a, na, b, nb, true));
      }
      List<GoldSentence> sa = sentences.getOrDefault(a, List.of());
      List<GoldSentence> sb = sentences.getOrDefault(b, List.of());
      for (GoldSentence x : sa) {
        for (GoldSentence y : sb) {
          if (x.curated() && y.curated() && !linked.contains(((long) x.n() << 32) | y.n())) {
            pairs.add(new GoldPair(a, x.n(), b, y.n(), false));
          }
        }
      }
    }
    return new SubTopic(id, node.get("split").asText(), List.copyOf(docs), sentences, List.copyOf(pairs));
  }

  /** The sub-topics of one split ({@code train} or {@code dev}), in the gold file's order. */
  public List<SubTopic> subTopics(String split) {
    return subTopics.stream().filter(s -> s.split().equals(split)).toList();
  }

  /** All sub-topics. */
  public List<SubTopic> subTopics() {
    return List.copyOf(subTopics);
  }

  /** The sibling of a sub-topic ({@code 1a} for {@code 1b}), if present. */
  public Optional<SubTopic> sibling(SubTopic s) {
    String id = s.id();
    String other = id.substring(0, id.length() - 1) + (id.endsWith("a") ? "b" : "a");
    return subTopics.stream().filter(t -> t.id().equals(other)).findFirst();
  }

  /** The documents of {@code topic} as articles ({@link #article}), in the topic's order: what one comparison takes. */
  public List<Article> articles(SubTopic topic) {
    return topic.docs().stream().map(this::article).toList();
  }

  /** A document as an {@link Article}: its id, the manifest's outlet and date, its text. */
  public Article article(String doc) {
    String[] f = manifest.get(doc);
    if (f == null) {
      throw new IllegalArgumentException("document " + doc + " of " + root.resolve("gold.json") + " is not in "
          + root.resolve("MANIFEST.tsv"));
    }
    try {
      String text = Files.readString(root.resolve(f[0]), StandardCharsets.UTF_8);
      return Article.of(doc, f[1], LocalDate.parse(f[2]), "", text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
