package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.embeddings.EmbeddingSimilarities;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the optional sentence-embedding module ({@code parallax-embeddings}) adds: the sentences of different
 * outlets that it puts in one passage and the default lexical similarity keeps apart, because they tell
 * one fact in other words.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FactsInOtherWords}.
 * Loading the model takes about a second; the semantic comparison of the five example articles about 0.3 s.
 */
public final class FactsInOtherWords {
  private FactsInOtherWords() {}

  /** Prints the sentence pairs only the semantic similarity aligns, for the articles a manifest lists. */
  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/data/lavrov-nightmare/MANIFEST.tsv");
    List<Article> articles = ArticleReader.withManifest(manifest).readManifestFiles();
    Comparison lexical = Parallax.create().compare(articles);
    Comparison semantic = Parallax.builder().similarity(EmbeddingSimilarities.semantic()).build().compare(articles);
    Set<String> before = alignedPairs(lexical);
    System.out.println("Aligned with " + semantic.similarity() + " and not with " + lexical.similarity() + ":");
    for (String pair : alignedPairs(semantic)) {
      if (!before.contains(pair)) {
        System.out.println(pair);
      }
    }
  }

  /** Every two sentences of different outlets that share a passage, as two lines: "outlet: sentence". */
  private static Set<String> alignedPairs(Comparison comparison) {
    Set<String> out = new LinkedHashSet<>();
    for (Passage passage : comparison.passages()) {
      List<String> lines = new ArrayList<>();
      List<String> outlets = new ArrayList<>();
      for (PassageMember member : passage.members()) {
        AnalyzedArticle article = comparison.article(member.article()).orElseThrow();
        for (int sentence : member.sentences()) {
          outlets.add(member.article());
          lines.add("  " + article.article().outlet() + ": " + article.sentences().get(sentence).text());
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        for (int j = i + 1; j < lines.size(); j++) {
          if (!outlets.get(i).equals(outlets.get(j))) {
            out.add("\n" + lines.get(i) + "\n" + lines.get(j));
          }
        }
      }
    }
    return out;
  }
}
