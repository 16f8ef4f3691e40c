package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How many of a passage's words each sentence of each article holds, counted once for all articles. */
class WordCountsTest {
  private static final AnalyzedArticle GAZETTE = Fixtures.article("gazette", null,
      "The Lindby ferry fare rose on Monday. Jane Doe runs the ferry.");
  private static final AnalyzedArticle HERALD = Fixtures.article("herald", null,
      "Karl Lind spoke. The fare of the ferry rose again. Nobody else spoke.");

  /** Each article's sentences with invented informative words, the way the omission check gives them. */
  private static final Map<String, List<Set<String>>> WORDS = Map.of(
      "gazette", List.of(Set.of("ferry", "fare", "rise"), Set.of("run", "ferry")),
      "herald", List.of(Set.of("speak"), Set.of("fare", "ferry", "rise"), Set.of()));

  private static WordCounts counts() {
    return new WordCounts(List.of(GAZETTE, HERALD), WORDS);
  }

  @Test
  void sentencesOfEachArticleCountThePassagesWords() {
    WordCounts.Counts c = counts().count(Set.of("ferry", "fare", "toll"));
    assertArrayEquals(new int[] {2, 1}, c.of("gazette"));
    assertArrayEquals(new int[] {0, 2, 0}, c.of("herald"));
    assertEquals(2, c.at("herald", 1));
    assertEquals(0, c.at("herald", 2));
  }

  @Test
  void sentencesHoldingEnoughWordsAreListedInArticleOrder() {
    List<String> holding = new ArrayList<>();
    counts().count(Set.of("ferry", "fare")).forEachHolding(2, (id, si) -> holding.add(id + " " + si));
    assertEquals(List.of("gazette 0", "herald 1"), holding);
  }

  @Test
  void wordsNoSentenceHoldsCountNothing() {
    WordCounts counter = counts();
    assertArrayEquals(new int[] {0, 0}, counter.count(Set.of("bridge")).of("gazette"));
    assertArrayEquals(new int[] {0, 0, 0}, counter.count(Set.of()).of("herald"));
    // a count leaves nothing behind for the next one
    assertArrayEquals(new int[] {1, 1}, counter.count(Set.of("ferry")).of("gazette"));
  }
}
