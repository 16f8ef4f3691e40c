package dev.parallax.embeddings;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The analyzed seed articles of {@code examples/data/lavrov-nightmare}, and their sentences by text. */
final class Seeds {
  static final Path DIR = Path.of("..", "examples", "data", "lavrov-nightmare");

  final List<Article> articles;
  final List<AnalyzedArticle> analyzed = new ArrayList<>();
  final List<Sentence> sentences = new ArrayList<>();

  Seeds(Parallax parallax) {
    articles = ArticleReader.withManifest(DIR.resolve("MANIFEST.tsv")).readManifestFiles();
    for (Article a : articles) {
      AnalyzedArticle x = parallax.analyze(a);
      analyzed.add(x);
      sentences.addAll(x.sentences());
    }
  }

  /** The first seed sentence (in manifest order) that starts with {@code prefix}, apostrophes folded. */
  Sentence starting(String prefix) {
    List<Sentence> hits = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.text().replace('\u2019', '\'').startsWith(prefix)) {
        hits.add(s);
      }
    }
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("no seed sentence starts with '" + prefix + "'");
    }
    return hits.get(0);
  }
}
