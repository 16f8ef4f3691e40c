package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Omission;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same articles given in any order get the same passages and omissions: only the order of the report's lists
 * (and the numbers of passages of equal salience) follows the order given.
 */
class ArticleOrderTest {
  private static final ArticleReader READER = ArticleReader.create();
  private static final LocalDate DAY = LocalDate.of(2031, 6, 6);

  /**
   * Word-set Jaccard similarity, "the same thing" from 0.7: a similarity under which one outlet's sentence that joins
   * two facts ("Lind closed the harbour bridge as Berg fined the river ferry") is exactly as close to the one outlet
   * that reports the first as to the one that reports the second.
   */
  private static final SentenceSimilarity SHARED_WORDS = new SentenceSimilarity() {
    @Override
    public String name() {
      return "shared words";
    }

    @Override
    public double threshold() {
      return 0.7;
    }

    @Override
    public Scorer bind(List<Sentence> corpus) {
      return (a, b) -> {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return x.isEmpty() || y.isEmpty() ? 0.0 : (double) both.size() / (x.size() + y.size() - both.size());
      };
    }
  };

  private static Set<String> words(Sentence s) {
    Set<String> words = new HashSet<>(Arrays.asList(s.text().toLowerCase(Locale.ROOT).split("\\W+")));
    words.remove("");
    return words;
  }

  private static Article article(String id, String... paragraphs) {
    return READER.fromText(id, String.join("\n\n", paragraphs)).withMetadata(id, Optional.of(DAY));
  }

  /** Three outlets on one storm day; the bridge and the ferry are two facts, which the east outlet tells in one go. */
  private static final List<Article> STORM_DAY = List.of(
      article("north", "Storm closes Valdoria harbour",
          "A storm closed the harbour of Valdoria on Monday.", "Waves broke over the sea wall at noon.",
          "Fishermen counted their damaged boats.", "Lind closed the harbour bridge."),
      article("south", "Valdoria harbour shut by storm",
          "The harbour of Valdoria was shut by a storm on Monday.", "Waves broke over the sea wall before noon.",
          "A bakery handed out free bread.", "Berg fined the river ferry."),
      article("east", "Storm shuts harbour in Valdoria",
          "A storm shut the harbour of Valdoria on Monday.", "Waves broke over the sea wall.",
          "Rail fares will rise next spring.", "Lind closed the harbour bridge as Berg fined the river ferry."));

  @Test
  void theSameArticlesInAnyOrderGetTheSamePassagesAndOmissions() {
    Parallax parallax = Parallax.builder().similarity(SHARED_WORDS).build();
    Findings given = Findings.of(parallax.compare(STORM_DAY));
    for (List<Article> order : orders(STORM_DAY)) {
      assertThat(Findings.of(parallax.compare(order))).as("given as %s", order.stream().map(Article::id).toList())
          .isEqualTo(given);
    }
    // the east outlet's sentence of two facts goes with one of the two, whichever order the articles come in
    assertThat(given.passages()).containsAnyOf("{east=[4], north=[4]}", "{east=[4], south=[4]}");
  }

  /**
   * Three outlets on one council vote: two quote the mayor, one with her middle initial, and two write the vote's
   * tally differently, each in a sentence of its own.
   */
  private static final List<Article> COUNCIL_VOTE = List.of(
      article("north", "Valdoria council votes to rebuild harbour bridge",
          "The Valdoria council voted on Tuesday to rebuild the harbour bridge.",
          "The 7-to-2 vote came after a long debate.",
          "“The bridge will reopen before the winter storms,” said Mayor Ann B. Lind."),
      article("south", "Harbour bridge to be rebuilt, Valdoria council decides",
          "The Valdoria council on Tuesday voted to rebuild the harbour bridge.",
          "“The bridge will reopen before the winter storms,” Ann Lind told reporters.",
          "Fishermen welcomed the plan.", "The vote was 6-3, with one member absent."),
      article("east", "Valdoria to rebuild harbour bridge",
          "The council of Valdoria decided on Tuesday to rebuild the harbour bridge.",
          "Rail fares will rise next spring."));

  @Test
  void theSameArticlesInAnyOrderGetTheSameQuotesAndDiscrepancies() throws JsonProcessingException {
    Parallax parallax = Parallax.create();
    String given = orderFree(JsonReport.toJson(parallax.compare(COUNCIL_VOTE)));
    List<List<Article>> all = new ArrayList<>(orders(COUNCIL_VOTE));
    all.add(COUNCIL_VOTE);
    for (List<Article> order : all) {
      String json = JsonReport.toJson(parallax.compare(order));
      String as = "given as " + order.stream().map(Article::id).toList();
      assertThat(orderFree(json)).as(as).isEqualTo(given);
      JsonNode report = new ObjectMapper().readTree(json);
      // the quote group's speaker: the name most outlets give, the fullest on a tie
      assertThat(report.get("quotes")).as(as).hasSize(1);
      assertThat(report.get("quotes").get(0).get("speaker").asText()).as(as).isEqualTo("Ann B. Lind");
      // the tally written two ways is filed under the more salient of its two passages (north's) in every order
      assertThat(report.get("discrepancies")).as(as).hasSize(1);
      assertThat(sentencesOf(report, report.get("discrepancies").get(0).get("passage").asText())).as(as)
          .contains("The 7-to-2 vote came after a long debate.");
    }
  }

  /** The texts of the sentences of passage {@code id} in a JSON report, of all its articles. */
  private static List<String> sentencesOf(JsonNode report, String id) {
    Map<String, JsonNode> articles = new HashMap<>();
    report.get("articles").forEach(a -> articles.put(a.get("id").asText(), a.get("sentences")));
    List<String> out = new ArrayList<>();
    for (JsonNode p : report.get("passages")) {
      if (p.get("id").asText().equals(id)) {
        for (JsonNode m : p.get("members")) {
          for (JsonNode i : m.get("sentences")) {
            for (JsonNode s : articles.get(m.get("article").asText())) {
              if (s.get("index").asInt() == i.asInt()) {
                out.add(s.get("text").asText());
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The JSON report's quotes and discrepancies with what follows the order given put in one order: quotes without
   * their ids, sorted, each with its versions by article; a discrepancy's passages as their members, its values by
   * article.
   */
  private static String orderFree(String json) throws JsonProcessingException {
    JsonNode report = new ObjectMapper().readTree(json);
    Map<String, String> membersOf = new HashMap<>();
    for (JsonNode p : report.get("passages")) {
      TreeMap<String, String> members = new TreeMap<>();
      p.get("members").forEach(m -> members.put(m.get("article").asText(), m.get("sentences").toString()));
      membersOf.put(p.get("id").asText(), members.toString());
    }
    Set<String> quotes = new TreeSet<>();
    for (JsonNode q : report.get("quotes")) {
      quotes.add(q.get("speaker") + " " + sorted(q.get("variants"), "article"));
    }
    Set<String> discrepancies = new TreeSet<>();
    for (JsonNode d : report.get("discrepancies")) {
      for (JsonNode e : d.get("evidence")) {
        if (e.has("passage")) { // a value's own passage, named by its members too
          ((ObjectNode) e).put("passage", membersOf.get(e.get("passage").asText()));
        }
      }
      discrepancies.add(d.get("kind") + " in " + membersOf.get(d.get("passage").asText()) + " "
          + sorted(d.get("evidence"), "article"));
    }
    return "quotes " + quotes + "\ndiscrepancies " + discrepancies;
  }

  /** The array's elements as JSON, sorted by one field and then as written. */
  private static List<String> sorted(JsonNode array, String field) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    out.sort(Comparator.comparing((JsonNode n) -> n.get(field).asText()).thenComparing(JsonNode::toString));
    return out.stream().map(JsonNode::toString).toList();
  }

  /** Every order of the articles but the one given. */
  private static List<List<Article>> orders(List<Article> articles) {
    List<List<Article>> all = new ArrayList<>();
    permute(new ArrayList<>(), new ArrayList<>(articles), all);
    all.remove(articles);
    return all;
  }

  private static void permute(List<Article> chosen, List<Article> left, List<List<Article>> out) {
    if (left.isEmpty()) {
      out.add(List.copyOf(chosen));
    }
    for (int i = 0; i < left.size(); i++) {
      chosen.add(left.remove(i));
      permute(chosen, left, out);
      left.add(i, chosen.remove(chosen.size() - 1));
    }
  }

  /**
   * A comparison's passages, each as its members ("{east=[4], north=[4]}"), and its omissions, each as the article and
   * the members of the passage it leaves out: what does not depend on the order of the articles.
   */
  private record Findings(Set<String> passages, Set<String> omissions) {
    static Findings of(Comparison c) {
      Map<String, String> membersOf = new HashMap<>();
      Set<String> passages = new TreeSet<>();
      for (Passage p : c.passages()) {
        TreeMap<String, List<Integer>> members = new TreeMap<>();
        for (PassageMember m : p.members()) {
          members.put(m.article(), m.sentences());
        }
        membersOf.put(p.id(), members.toString());
        passages.add(members.toString());
      }
      Set<String> omissions = new TreeSet<>();
      for (Omission o : c.omissions()) {
        omissions.add(o.article() + " leaves out " + membersOf.get(o.passage()));
      }
      return new Findings(passages, omissions);
    }
  }
}
