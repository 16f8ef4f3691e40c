package dev.parallax.embeddings;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the pairs of seed sentences, from different articles, that share a passage with the semantic
 * similarity and not with the lexical one, and the other way round: the list behind the module README's
 * "gained / lost" account. Run from the module folder (the seeds are read from {@code ../examples}):
 * <pre>
 * (cd embeddings &amp;&amp; java -cp ... dev.parallax.embeddings.AlignmentDiff)
 * </pre>
 */
public final class AlignmentDiff {
  private AlignmentDiff() {}

  /** Prints both differences; takes no arguments. */
  public static void main(String[] args) {
    Seeds seeds = Shared.SEEDS;
    Comparison lexical = Shared.PARALLAX.compare(seeds.articles);
    Comparison semantic =
        Parallax.builder().analyzer(Shared.ANALYZER).similarity(Shared.SEMANTIC).build().compare(seeds.articles);
    System.out.printf("passages: lexical %d, semantic %d%n", lexical.passages().size(), semantic.passages().size());
    Set<String> lexicalPairs = crossArticlePairs(lexical, seeds);
    Set<String> semanticPairs = crossArticlePairs(semantic, seeds);
    System.out.println("== only semantic");
    semanticPairs.stream().filter(p -> !lexicalPairs.contains(p)).forEach(System.out::println);
    System.out.println("== only lexical");
    lexicalPairs.stream().filter(p -> !semanticPairs.contains(p)).forEach(System.out::println);
  }

  /** Every pair of sentences of different articles in one passage, as "article:index text" pairs, sorted. */
  private static Set<String> crossArticlePairs(Comparison comparison, Seeds seeds) {
    Set<String> out = new TreeSet<>();
    for (Passage p : comparison.passages()) {
      List<String> article = new ArrayList<>();
      List<String> label = new ArrayList<>();
      for (PassageMember m : p.members()) {
        AnalyzedArticle a = seeds.analyzed.stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
        for (int i : m.sentences()) {
          article.add(m.article());
          label.add(m.article().substring(0, 3) + ":" + i + " " + shorten(a.sentences().get(i).text()));
        }
      }
      for (int i = 0; i < label.size(); i++) {
        for (int j = i + 1; j < label.size(); j++) {
          if (!article.get(i).equals(article.get(j))) {
            String x = label.get(i);
            String y = label.get(j);
            out.add(x.compareTo(y) < 0 ? x + "  <->  " + y : y + "  <->  " + x);
          }
        }
      }
    }
    return out;
  }

  private static String shorten(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 70 ? flat.substring(0, 70) + "…" : flat;
  }
}
