package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many of a passage's informative words each sentence of each article holds, counted once per passage for all
 * articles through one index of the comparison's words (word to the sentences that hold it). The omission check asks
 * for one article's counts for every passage the article does not carry, and the relay for all articles' counts of the
 * same passage: counted here once, not once per article and once more for the relay.
 *
 * <p>Sentences are numbered across the articles in their order (an article's sentence {@code i} is number
 * {@code first(article) + i}). One per comparison; {@link #count} uses a scratch array: not thread-safe.
 */
final class WordCounts {
  private static final int[] NONE = new int[0];

  private final String[] ids;
  private final Map<String, Integer> articleNumber = new HashMap<>();
  /** The number of each article's first sentence, and after the last article the number of sentences in all. */
  private final int[] first;
  /** Each word to the numbers of the sentences holding it, ascending. */
  private final Map<String, int[]> postings = new HashMap<>();
  private final int[] scratch;

  /**
   * Indexes {@code words}: for each article id, the informative words of each of its sentences by sentence index (an
   * empty set for a sentence that does not count).
   */
  WordCounts(List<AnalyzedArticle> articles, Map<String, List<Set<String>>> words) {
    ids = new String[articles.size()];
    first = new int[articles.size() + 1];
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      String id = articles.get(a).id();
      ids[a] = id;
      articleNumber.put(id, a);
      List<Set<String>> perSentence = words.get(id);
      for (int si = 0; si < perSentence.size(); si++) {
        int number = first[a] + si;
        for (String w : perSentence.get(si)) {
          lists.computeIfAbsent(w, k -> new ArrayList<>()).add(number);
        }
      }
      first[a + 1] = first[a] + perSentence.size();
    }
    lists.forEach((w, l) -> postings.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    scratch = new int[first[articles.size()]];
  }

  /** The counts of {@code passageWords} in every sentence that holds one of them. */
  Counts count(Set<String> passageWords) {
    int touched = 0;
    int[] numbers = new int[16];
    for (String w : passageWords) {
      for (int number : postings.getOrDefault(w, NONE)) {
        if (scratch[number]++ == 0) {
          if (touched == numbers.length) {
            numbers = Arrays.copyOf(numbers, 2 * touched);
          }
          numbers[touched++] = number;
        }
      }
    }
    numbers = Arrays.copyOf(numbers, touched);
    Arrays.sort(numbers);
    int[] counts = new int[touched];
    for (int k = 0; k < touched; k++) {
      counts[k] = scratch[numbers[k]];
      scratch[numbers[k]] = 0;
    }
    return new Counts(numbers, counts);
  }

  /**
   * One passage's counts: the numbers of the sentences holding one of its words, ascending, and how many each holds.
   */
  final class Counts {
    private final int[] numbers;
    private final int[] counts;

    private Counts(int[] numbers, int[] counts) {
      this.numbers = numbers;
      this.counts = counts;
    }

    /** How many of the passage's words each sentence of article {@code id} holds, by sentence index. */
    int[] of(String id) {
      int a = articleNumber.get(id);
      int[] out = new int[first[a + 1] - first[a]];
      int k = Arrays.binarySearch(numbers, first[a]);
      for (k = k >= 0 ? k : -k - 1; k < numbers.length && numbers[k] < first[a + 1]; k++) {
        out[numbers[k] - first[a]] = counts[k];
      }
      return out;
    }

    /** How many of the passage's words sentence {@code sentence} of article {@code id} holds. */
    int at(String id, int sentence) {
      int k = Arrays.binarySearch(numbers, first[articleNumber.get(id)] + sentence);
      return k >= 0 ? counts[k] : 0;
    }

    /** Calls {@code sink} with each sentence (article id, sentence index) holding at least {@code least} of the words. */
    void forEachHolding(int least, SentenceSink sink) {
      int a = 0;
      for (int k = 0; k < numbers.length; k++) {
        if (counts[k] < least) {
          continue;
        }
        while (numbers[k] >= first[a + 1]) {
          a++;
        }
        sink.accept(ids[a], numbers[k] - first[a]);
      }
    }
  }

  /** Receives one sentence of one article. */
  @FunctionalInterface
  interface SentenceSink {
    /** Sentence {@code sentence} of article {@code id}. */
    void accept(String id, int sentence);
  }

}
