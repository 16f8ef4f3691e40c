package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.internal.Blanks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five Lavrov articles bundled in {@code examples/data}, read, cleaned and analyzed for tests. */
final class SeedArticles {
  static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
      .resolve("../examples/data/lavrov-nightmare").normalize();

  private SeedArticles() {}

  static Article read(String id) {
    Path p = FOLDER.resolve(id + ".txt");
    assertThat(p).as("seed article %s", id).exists();
    return ArticleReader.withManifest(FOLDER.resolve("MANIFEST.tsv")).read(p);
  }

  static AnalyzedArticle cleanAndAnalyze(EnglishAnalyzer analyzer, String id) {
    return analyzer.analyze(Cleaners.standard().clean(read(id)));
  }

  static EnglishAnalyzer analyzer() {
    return EnglishAnalyzer.create(EnglishModels.load());
  }

  static List<String> ids() throws java.io.IOException {
    try (var s = Files.list(FOLDER)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
  }

  /** Every sentence's offsets select exactly its text in the article. */
  static void assertOffsetsHold(AnalyzedArticle a) {
    String text = a.article().text();
    for (Sentence s : a.sentences()) {
      // a sentence that a removed line cuts in two holds blanks where that line stood, one for each character
      StringBuilder expected = new StringBuilder(text.substring(s.start(), s.end()));
      for (Removal r : a.article().removed()) {
        for (int k = Math.max(r.start(), s.start()); k < Math.min(r.end(), s.end()); k++) {
          if (!Character.isWhitespace(text.charAt(k)) && !Blanks.isBlank(text.charAt(k))) {
            expected.setCharAt(k - s.start(), ' ');
          }
        }
      }
      String actual = s.text();
      assertThat(actual).as("sentence %d offsets", s.index())
          .isIn(text.substring(s.start(), s.end()), expected.toString());
    }
  }
}
