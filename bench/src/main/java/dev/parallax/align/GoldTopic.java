package dev.parallax.align;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.eval.EcbPlus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ECB+ sub-topic's comparison as the alignment probes ({@link PartitionCeiling}, {@link LinkLoss}) read it: the
 * articles in a chosen order, the aligner's sentence nodes over them, each passage's nodes, and each gold sentence's
 * nodes. Built once per sub-topic; not thread-safe (the arrays are shared, not copied).
 *
 * @param articles the comparison's articles in the order the nodes number them
 * @param index article id to its place in {@code articles}
 * @param main per article, whether the event decision put it on the main event
 * @param nodes the aligner's sentence nodes over {@code articles}
 * @param nodeOf {@link PartitionCeiling#key}(article, sentence index) to its node
 * @param passageOf per node, the index of the comparison's passage holding it, or -1
 * @param members per passage, in passage order, its nodes
 * @param gold per gold document and gold sentence number, the nodes of the sentences overlapping it
 */
record GoldTopic(List<AnalyzedArticle> articles, Map<String, Integer> index, boolean[] main, SentenceNodes nodes,
    Map<Long, Integer> nodeOf, int[] passageOf, List<List<Integer>> members,
    Map<String, Map<Integer, List<Integer>>> gold) {

  /** The view of {@code c}'s {@code articles} (its own, perhaps reordered) against {@code topic}'s gold. */
  static GoldTopic of(Comparison c, List<AnalyzedArticle> articles, EcbPlus.SubTopic topic) {
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      index.put(articles.get(a).id(), a);
    }
    boolean[] main = new boolean[articles.size()];
    for (ArticleEvent e : c.events()) {
      main[index.get(e.article())] = e.membership() == EventMembership.MAIN;
    }
    SentenceNodes nodes = new SentenceNodes(articles);
    Map<Long, Integer> nodeOf = new HashMap<>();
    for (int g = 0; g < nodes.size(); g++) {
      nodeOf.put(PartitionCeiling.key(nodes.articleOf(g), nodes.sentence(g).index()), g);
    }
    int[] passageOf = new int[nodes.size()];
    Arrays.fill(passageOf, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (Passage p : c.passages()) {
      List<Integer> m = new ArrayList<>();
      for (PassageMember member : p.members()) {
        for (int s : member.sentences()) {
          Integer g = nodeOf.get(PartitionCeiling.key(index.get(member.article()), s));
          if (g != null) {
            m.add(g);
            passageOf[g] = members.size();
          }
        }
      }
      members.add(m);
    }
    return new GoldTopic(articles, index, main, nodes, nodeOf, passageOf, members,
        PartitionCeiling.mapGold(topic, articles, index, nodeOf));
  }
}
