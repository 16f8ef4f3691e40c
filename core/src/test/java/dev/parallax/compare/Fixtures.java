package dev.parallax.compare;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small articles, hand-built passages and the seed articles for the compare tests. */
final class Fixtures {
  static final Parallax PARALLAX = Parallax.create();
  private static List<AnalyzedArticle> seeds;

  private Fixtures() {}

  /** An analyzed article; {@code date} may be null. */
  static AnalyzedArticle article(String id, String date, String text) {
    return PARALLAX.analyze(Article.of(id, id, date == null ? null : LocalDate.parse(date), "", text));
  }

  /** The index of the first sentence of {@code a} that contains {@code fragment}. */
  static int sentence(AnalyzedArticle a, String fragment) {
    for (Sentence s : a.sentences()) {
      if (s.text().contains(fragment)) {
        return s.index();
      }
    }
    throw new AssertionError(a.id() + " has no sentence with: " + fragment);
  }

  /** A passage of the sentences holding the fragments: {@code article, fragment, article, fragment, ...}. */
  static Passage passage(String id, Object... articleThenFragment) {
    List<PassageMember> members = new ArrayList<>();
    for (int i = 0; i < articleThenFragment.length; i += 2) {
      AnalyzedArticle a = (AnalyzedArticle) articleThenFragment[i];
      members.add(new PassageMember(a.id(), List.of(sentence(a, (String) articleThenFragment[i + 1]))));
    }
    return new Passage(id, 1.0, members, 1.0);
  }

  /** Compares the articles, all in the main event, with the given passages. */
  static Comparison compare(List<AnalyzedArticle> articles, Passage... passages) {
    List<ArticleEvent> events = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      events.add(new ArticleEvent(a.id(), EventMembership.MAIN, "test"));
    }
    return Comparers.standard().compare(articles, new Alignment(events, List.of(passages)), "test");
  }

  /** The seed articles of examples/data/lavrov-nightmare, cleaned and analyzed, in manifest order. */
  static synchronized List<AnalyzedArticle> seeds() {
    if (seeds == null) {
      {
        List<Article> read = ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv"))
            .readManifestFiles();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (Article a : read) {
          out.add(PARALLAX.analyze(a));
        }
        seeds = List.copyOf(out);
      }
    }
    return seeds;
  }

  /** The seed whose id starts with {@code prefix} ("001"). */
  static AnalyzedArticle seed(String prefix) {
    return seeds().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }
}
