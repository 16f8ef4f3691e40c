package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five Lavrov "nightmare" articles of {@code examples/data}, analysed and aligned once, with helpers
 * that find sentences by a distinctive fragment (robust to cleaning changing sentence indices).
 */
final class SeedStory {
  private static final SeedStory INSTANCE = load();

  final List<AnalyzedArticle> articles;
  final Alignment alignment;

  private SeedStory(List<AnalyzedArticle> articles, Alignment alignment) {
    this.articles = articles;
    this.alignment = alignment;
  }

  static SeedStory get() {
    return INSTANCE;
  }

  private static SeedStory load() {
    Path manifest = locate("examples/data/lavrov-nightmare/MANIFEST.tsv");
    Parallax parallax = Parallax.create();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (Article a : ArticleReader.withManifest(manifest).readManifestFiles()) {
      analyzed.add(parallax.analyze(a));
    }
    return new SeedStory(analyzed, Aligners.standard(parallax.similarity()).align(analyzed));
  }

  private static Path locate(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve(relative);
      if (Files.isRegularFile(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(relative + " not found above the working directory");
  }

  /** The article whose id starts with {@code prefix} ("000", "001", ...). */
  AnalyzedArticle article(String prefix) {
    return articles.stream().filter(a -> a.id().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no article " + prefix));
  }

  /** The first sentence of article {@code prefix} that contains {@code fragment}. */
  Sentence sentence(String prefix, String fragment) {
    return article(prefix).sentences().stream().filter(s -> s.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no sentence with '" + fragment + "' in " + prefix));
  }

  /** The passage holding that sentence, failing when there is none. */
  Passage passageOf(String prefix, String fragment) {
    AnalyzedArticle a = article(prefix);
    int index = sentence(prefix, fragment).index();
    return alignment.passages().stream()
        .filter(p -> p.carriedBy(a.id()) && p.member(a.id()).sentences().contains(index))
        .findFirst().orElseThrow(() -> new AssertionError("no passage holds '" + fragment + "' of " + prefix));
  }

  /** Asserts the sentences, given as (article prefix, fragment) pairs, all lie in one passage. */
  Passage assertOnePassage(String... prefixAndFragment) {
    Passage first = passageOf(prefixAndFragment[0], prefixAndFragment[1]);
    for (int i = 2; i < prefixAndFragment.length; i += 2) {
      assertThat(passageOf(prefixAndFragment[i], prefixAndFragment[i + 1]).id())
          .as("passage of '%s' (%s) vs '%s' (%s)", prefixAndFragment[i + 1], prefixAndFragment[i],
              prefixAndFragment[1], prefixAndFragment[0])
          .isEqualTo(first.id());
    }
    return first;
  }

  /** Asserts two sentences, given as article prefix and fragment, lie in different passages. */
  void assertApart(String prefixA, String fragmentA, String prefixB, String fragmentB) {
    assertThat(passageOf(prefixA, fragmentA).id())
        .as("'%s' (%s) and '%s' (%s) report different facts", fragmentA, prefixA, fragmentB, prefixB)
        .isNotEqualTo(passageOf(prefixB, fragmentB).id());
  }
}
