package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Omission;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
