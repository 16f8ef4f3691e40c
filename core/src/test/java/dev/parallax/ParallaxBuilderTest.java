package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.Aligners;
import dev.parallax.align.Similarities;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the facade is configured, and what it refuses. */
class ParallaxBuilderTest {
  @Test
  void aSimilarityAndAnAlignerTogetherAreAConflictingSetting() {
    Parallax.Builder builder = Parallax.builder()
        .similarity(Similarities.paraphrase())
        .aligner(Aligners.standard(Similarities.lexical()));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void theComparisonNamesTheSimilarityItAlignedWith() {
    Parallax parallax = Parallax.builder().similarity(Similarities.paraphrase()).build();
    Comparison c = parallax.compare(List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("b", "B", null, "", "Talks will resume on Monday in Vienna, the minister said.")));
    assertThat(c.similarity()).isEqualTo(Similarities.paraphrase().name());
  }

  @Test
  void oneArticleIsNotEnough() {
    assertThatThrownBy(() -> Parallax.create().compare(List.of(Article.of("a", "A", null, "", "One text."))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least two articles");
  }

  @Test
  void aNullAmongTheArticlesIsNamedByItsIndex() {
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."));
    articles.add(null);
    assertThatThrownBy(() -> Parallax.create().compare(articles)).isInstanceOf(NullPointerException.class)
        .hasMessage("articles[1]");
  }

  @Test
  void anEmptyArticleIsSaidToBeEmpty() {
    List<Article> articles = List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("b", "B", null, "", " \n "));
    assertThatThrownBy(() -> Parallax.create().compare(articles)).isInstanceOf(InvalidInputException.class)
        .hasMessage("article b: empty, no text to compare");
  }

  @Test
  void anArticleOfOnlyPageChromeSaysItsTextWasAllRemovedAsChrome() {
    // what a saved page holds when its story did not load: a menu, a share bar and a copyright line
    Article chrome = Article.of("lindby", "Lindby Post", null, "", "Home | News | Sport | Weather\nShare on Facebook\n"
        + "\u00A9 2024 Lindby Post Ltd. All rights reserved.\n");
    List<Article> articles = List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."), chrome);
    assertThatThrownBy(() -> Parallax.create().compare(articles)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("article lindby: no sentences left after cleaning: all its text was removed as page"
            + " chrome (")
        .hasMessageEndingWith("); give the story's own text");
  }

  @Test
  void aPdfReadIntoAStringIsRefusedWhenTheArticleIsMade() {
    // a caller that reads a PDF's bytes as text gets the file's kind, not a comparison of its markup
    String pdf = new String("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Article.of("report", "Lindby Post", null, "", pdf)).isInstanceOf(NotTextException.class)
        .hasMessage("article report: a PDF: copy its text out into a .txt file");
  }

  @Test
  void eventDecisionsMustFollowTheArticles() {
    Comparison c = Parallax.create().compare(List.of(
        Article.of("a", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("b", "B", null, "", "Talks will resume on Monday in Vienna, the minister said.")));
    assertThatThrownBy(() -> new Comparison(c.similarity(), c.articles(), List.of(c.events().get(0)), c.passages(),
        c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one event decision per article");
    assertThatThrownBy(() -> new Comparison(c.similarity(), c.articles(), List.of(c.events().get(1), c.events().get(0)),
        c.passages(), c.wording(), c.framing(), c.quotes(), c.reuse(), c.discrepancies(), c.omissions(), c.outlets()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("follow the articles' order");
  }

  @Test
  void analyzingInParallelGivesTheReportOfOneThread() {
    List<Article> articles = List.of(
        Article.of("a", "A", null, "", "Fifteen workers were hurt when a fire tore through the Lindby plant on Monday."),
        Article.of("b", "B", null, "", "A fire injured 12 workers at the Lindby plant on Monday, the mayor said."),
        Article.of("c", "C", null, "", "Mayor Eva Strand said the fire at the Lindby plant hurt a dozen workers."));
    Comparison alone = Parallax.builder().parallel(false).build().compare(articles);
    Comparison together = Parallax.builder().parallel(true).build().compare(articles);
    assertThat(JsonReport.toJson(together)).isEqualTo(JsonReport.toJson(alone));
  }

  @Test
  void aligningTheFiveSeedArticlesInParallelGivesTheReportOfOneThread() {
    // enough sentences that the aligner scores its candidate pairs in ranges on several threads
    List<Article> articles = ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv"))
        .readManifestFiles();
    Comparison alone = Parallax.builder().parallel(false).build().compare(articles);
    Comparison together = Parallax.builder().parallel(true).build().compare(articles);
    assertThat(JsonReport.toJson(together)).isEqualTo(JsonReport.toJson(alone));
  }

  @Test
  void theErrorReportedIsTheFirstFailingArticlesInInputOrder() {
    // the second article fails late, the third at once: one thread going through them in order meets the second
    Parallax slowToFail = Parallax.builder().cleaner(article -> {
      if (article.id().equals("late")) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Cleaners.standard().clean(article);
    }).build();
    List<Article> articles = List.of(
        Article.of("fine", "A", null, "", "The minister said the talks would resume on Monday in Vienna."),
        Article.of("late", "B", null, "", "?!"),
        Article.of("early", "C", null, "", "..."));
    assertThatThrownBy(() -> slowToFail.compare(articles)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("article late:");
  }
}
