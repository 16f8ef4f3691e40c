package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The blocking keys of the sentence nodes of one alignment call: each content word's or number's exact key
 * (lemma, or {@code #} and the number) with its soft keys (5-letter prefix, synonym groups, number magnitude),
 * the word that governs each number ("toll" in "the toll is 2,200"), all of a sentence's words as one key, and the
 * nodes that have each key.
 *
 * <p>Immutable once built; one per alignment call.
 */
final class BlockingKeys {
  /** How many tokens before a number its governing word may stand. */
  private static final int HEAD_REACH = 8;

  /** Words that qualify a number without governing it ("at least", "a little more than", "nearly"). */
  private static final Set<String> NUMBER_QUALIFIERS = Set.of("least", "little", "nearly", "almost", "around",
      "roughly", "approximately", "estimated", "just", "only", "under", "fewer", "less", "well");

  private final Lexicon lexicon;
  /** Node -> its content words and numbers (lemma or number key) -> their soft keys. */
  private final List<Map<String, List<String>>> words = new ArrayList<>();
  /** Node -> its numbers (number key) -> the word that governs each ("toll" in "the toll is 2,200"). */
  private final List<Map<String, Set<String>>> numberHeads = new ArrayList<>();
  /** Key (exact or soft) -> the nodes that have it, ascending: how many sentences have it is its size. */
  private final Map<String, List<Integer>> postings = new HashMap<>();
  /** Keys found in more sentences than this are not informative. */
  private final int maxDf;

  /**
   * The keys of {@code nodes}' sentences; a key in more sentences than twice the number of articles (at least
   * 4) is not informative.
   */
  BlockingKeys(SentenceNodes nodes, Lexicon lexicon) {
    this.lexicon = lexicon;
    this.maxDf = Math.max(4, 2 * nodes.articles().size());
    Map<String, List<String>> softKeys = new HashMap<>();
    for (int g = 0; g < nodes.size(); g++) {
      Map<String, List<String>> w = new HashMap<>();
      blockingKeys(nodes.sentence(g), w, softKeys);
      words.add(w);
      numberHeads.add(numberHeads(nodes.sentence(g)));
      for (Map.Entry<String, List<String>> word : w.entrySet()) {
        post(word.getKey(), g);
        for (String k : word.getValue()) {
          post(k, g);
        }
      }
      if (!w.isEmpty()) {
        // all of the sentence's words at once: sentences saying the same thing in the same words meet even when each
        // word is the story's own ("He should pay for it."), which no single word's key proposes
        post("=" + String.join(" ", new TreeSet<>(w.keySet())), g);
      }
    }
  }

  /** The node's content words and numbers by exact key, each with its soft keys. */
  Map<String, List<String>> words(int node) {
    return words.get(node);
  }

  /** Whether a key is in at most twice as many sentences as articles (at least 4): it tells facts apart. */
  boolean isInformative(String key) {
    List<Integer> post = postings.get(key);
    return post == null || post.size() <= maxDf;
  }

  /**
   * The nodes of each informative key that at least two nodes have, ascending: the keys that propose
   * candidate pairs. The postings' order carries no meaning.
   */
  List<int[]> informativePostings() {
    List<int[]> informative = new ArrayList<>();
    for (List<Integer> post : postings.values()) {
      Deadline.check();
      if (post.size() >= 2 && post.size() <= maxDf) {
        informative.add(post.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return informative;
  }

  /** Whether a word governs the number with this exact key in the node's sentence. */
  boolean isGovernedNumber(int node, String key) {
    return numberHeads.get(node).containsKey(key);
  }

  /** Whether a number both sentences state is governed by the same word in both ("death toll ... 2,200"). */
  boolean sameHead(int x, int y, String key) {
    Set<String> a = numberHeads.get(x).get(key);
    Set<String> b = numberHeads.get(y).get(key);
    return a != null && b != null && !Collections.disjoint(a, b);
  }

  /** Adds node {@code g} to the postings of {@code key}, once (nodes come in ascending order). */
  private void post(String key, int g) {
    List<Integer> post = postings.computeIfAbsent(key, x -> new ArrayList<>());
    if (post.isEmpty() || post.get(post.size() - 1) != g) {
      post.add(g);
    }
  }

  /**
   * Fills {@code words} with each word of a sentence by its exact key (lemma, or number) and its soft keys
   * (5-letter prefix, synonym groups, number magnitude): the sentence's blocking keys. {@code softKeys}
   * remembers the soft keys of each lemma for the call.
   */
  private void blockingKeys(Sentence s, Map<String, List<String>> words, Map<String, List<String>> softKeys) {
    for (Token t : s.tokens()) {
      List<String> soft;
      String exact;
      if (t.kind() == TokenKind.NUMBER) {
        exact = "#" + t.lemma();
        soft = magnitude(t.lemma()).map(List::of).orElse(List.of());
      } else if (t.kind() == TokenKind.WORD && t.lemma().length() > 2 && !lexicon.isStopWord(t.norm())) {
        exact = t.lemma();
        soft = softKeys.computeIfAbsent(exact, this::softKeys);
      } else {
        continue;
      }
      words.computeIfAbsent(exact, k -> new ArrayList<>()).addAll(soft);
    }
  }

  /** The soft keys of a lemma: its 5-letter prefix and its synonym groups. */
  private List<String> softKeys(String lemma) {
    List<String> soft = new ArrayList<>();
    if (lemma.length() > 5) {
      soft.add(lemma.substring(0, 5) + "*");
    }
    for (int g : lexicon.groupsOf(lemma)) {
      soft.add("~" + g);
    }
    return soft;
  }

  /** A coarse key shared by close numbers: first digit and order of magnitude (4,100 and 4,400). */
  private static Optional<String> magnitude(String number) {
    int digits = 0;
    for (int i = 0; i < number.length() && Character.isDigit(number.charAt(i)); i++) {
      digits++;
    }
    if (digits < 3 || number.charAt(0) == '0') {
      return Optional.empty();
    }
    return Optional.of("#~" + number.charAt(0) + "e" + (digits - 1));
  }

  /**
   * For each number of a sentence, the word that governs it: the nearest content word before it in its
   * clause, past qualifiers ("the death toll is at a little more than 2,200" gives {@code toll}).
   */
  private Map<String, Set<String>> numberHeads(Sentence s) {
    Map<String, Set<String>> out = new TreeMap<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).kind() != TokenKind.NUMBER) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(0, i - HEAD_REACH); k--) {
        Token w = t.get(k);
        if (w.kind() == TokenKind.PUNCTUATION && !w.norm().equals("-")) {
          break;
        }
        if (w.kind() == TokenKind.WORD && w.lemma().length() > 2 && !lexicon.isStopWord(w.norm())
            && !NUMBER_QUALIFIERS.contains(w.norm())) {
          out.computeIfAbsent("#" + t.get(i).lemma(), x -> new TreeSet<>()).add(w.lemma());
          break;
        }
      }
    }
    return out;
  }
}
