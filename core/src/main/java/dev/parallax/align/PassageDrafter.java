package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a call's groups of sentence nodes into passages: each main-event group's members per article, its
 * salience and the mean similarity of its members, numbered {@code p1, p2, ...} by decreasing salience.
 *
 * <p>See {@link Aligners#standard(SentenceSimilarity)} for salience and order. Stateless: only static methods.
 */
final class PassageDrafter {
  private PassageDrafter() {}

  /**
   * The passages of the groups whose nodes belong to main-event articles, most salient first (then by first
   * article and first sentence).
   *
   * @param groups the nodes of each group (see {@link GroupMerger#groups}), none empty
   * @param main per article, whether it is about the main event
   * @param given per article of the nodes, its place in the order the articles were given: a passage lists its
   *     members, and passages of equal salience are numbered, in that order
   */
  static List<Passage> passages(SentenceNodes nodes, ScoredPairs pairs, List<List<Integer>> groups, boolean[] main,
      int[] given) {
    Set<String> mainOutlets = new HashSet<>();
    for (int i = 0; i < main.length; i++) {
      if (main[i]) {
        mainOutlets.add(outlet(nodes, i));
      }
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> m : groups) {
      if (main[nodes.articleOf(m.get(0))]) {
        drafts.add(draft(nodes, pairs, m, mainOutlets.size(), given));
      }
    }
    drafts.sort(Comparator.comparingDouble((Draft d) -> -d.salience)
        .thenComparingInt(d -> d.firstArticle)
        .thenComparingInt(d -> d.firstSentence));
    List<Passage> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(new Passage("p" + (out.size() + 1), d.salience, d.members, d.similarity));
    }
    return out;
  }

  /** The outlet of the {@code i}-th article (its id when the outlet is unknown, as {@code Article} gives it). */
  private static String outlet(SentenceNodes nodes, int i) {
    return nodes.articles().get(i).article().outlet();
  }

  /**
   * A passage before it is numbered: its members, salience, mean similarity and first sentence. Coverage counts
   * outlets, not articles: an outlet's second article carrying a fact does not make it more salient.
   */
  private static Draft draft(SentenceNodes nodes, ScoredPairs pairs, List<Integer> group, int mainOutlets,
      int[] given) {
    TreeMap<Integer, List<Integer>> byArticle = new TreeMap<>();
    boolean headline = false;
    for (int g : group) {
      Sentence s = nodes.sentence(g);
      byArticle.computeIfAbsent(nodes.articleOf(g), k -> new ArrayList<>()).add(s.index());
      headline |= SentenceNodes.isSummary(s);
    }
    Set<String> outlets = new HashSet<>();
    double lead = 0;
    for (Map.Entry<Integer, List<Integer>> e : byArticle.entrySet()) {
      outlets.add(outlet(nodes, e.getKey()));
      List<Integer> idx = e.getValue();
      idx.sort(Comparator.naturalOrder());
      lead += 1.0 - nodes.position(e.getKey(), idx.get(0));
    }
    lead /= byArticle.size();
    List<Integer> inGivenOrder = new ArrayList<>(byArticle.keySet());
    inGivenOrder.sort(Comparator.comparingInt(a -> given[a]));
    List<PassageMember> members = new ArrayList<>();
    for (int a : inGivenOrder) {
      members.add(new PassageMember(nodes.articles().get(a).id(), byArticle.get(a)));
    }
    double coverage = mainOutlets <= 1 ? 1.0 : (outlets.size() - 1.0) / (mainOutlets - 1.0);
    double salience = 0.7 * coverage + 0.2 * lead + 0.1 * (headline ? 1.0 : 0.0);
    double sum = 0;
    int count = 0;
    List<Integer> core = GroupMerger.sample(group);
    for (int i = 0; i < core.size(); i++) {
      for (int j = i + 1; j < core.size(); j++) {
        if (nodes.articleOf(core.get(i)) != nodes.articleOf(core.get(j))) {
          sum += pairs.sim(core.get(i), core.get(j));
          count++;
        }
      }
    }
    int firstArticle = inGivenOrder.get(0);
    return new Draft(members, Math.min(1.0, salience), count == 0 ? 1.0 : sum / count, given[firstArticle],
        byArticle.get(firstArticle).get(0));
  }

  private record Draft(List<PassageMember> members, double salience, double similarity, int firstArticle,
      int firstSentence) {}
}
