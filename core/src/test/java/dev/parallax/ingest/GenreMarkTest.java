package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page's own marks of an opinion or analysis piece: the Javadoc's table, then whole pages read as a user would. */
class GenreMarkTest {

  private static String genre(Optional<GenreMark> mark) {
    return mark.map(m -> m.genre() + " " + m.source() + " " + m.text()).orElse("none");
  }

  /** The Javadoc's table: which reading, its input, and the mark it gives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kicker   | Opinion                                         | OPINION KICKER Opinion",
      "kicker   | OPINION                                         | OPINION KICKER OPINION",
      "kicker   | Op-Ed                                           | OPINION KICKER Op-Ed",
      "kicker   | Editorial:                                      | OPINION KICKER Editorial",
      "kicker   | Letters to the editor                           | OPINION KICKER Letters to the editor",
      "kicker   | Analysis                                        | ANALYSIS KICKER Analysis",
      "kicker   | News analysis                                   | ANALYSIS KICKER News analysis",
      "kicker   | Opinion poll shows support falling              | none",
      "kicker   | World                                           | none",
      "kicker   | Analysts say the harbour plan is costly         | none",
      "title    | Opinion: The harbour deserves better            | OPINION TITLE Opinion",
      "title    | EDITORIAL - Kelby's council got this one right  | OPINION TITLE EDITORIAL",
      "title    | Analysis: What the harbour vote means           | ANALYSIS TITLE Analysis",
      "title    | Opinion poll shows support for harbour falling  | none",
      "title    | Analysis of water samples finds no lead         | none",
      "title    | Columnists gather in Lindby for awards          | none",
      "address  | https://www.example.com/opinion/2026/03/18/harbour-plan             | OPINION URL opinion",
      "address  | https://example.com/2026/03/18/opinions/harbour-plan/index.html     | OPINION URL opinions",
      "address  | https://example.com/story/opinion/columnists/2026/03/18/harbour/1/ | OPINION URL opinion",
      "address  | https://example.com/news/editorials/harbour-plan                    | OPINION URL editorials",
      "address  | example.com/op-ed/harbour-plan                                      | OPINION URL op-ed",
      "address  | https://example.com/politics/analysis/harbour-vote?ref=home          | ANALYSIS URL analysis",
      "address  | https://example.com/news/opinion-poll-shows-support-falling         | none",
      "address  | https://example.com/politics/analysis                               | none",
      "address  | https://opinion.example.com/news/harbour-plan                       | none",
      "address  | https://example.com/news/harbour?section=/opinion/                  | none",
      "address  | ''                                                                  | none",
      "metadata | Opinion                                         | OPINION METADATA Opinion",
      "metadata | Commentary                                      | OPINION METADATA Commentary",
      "metadata | OpinionNewsArticle                              | OPINION METADATA OpinionNewsArticle",
      "metadata | AnalysisNewsArticle                             | ANALYSIS METADATA AnalysisNewsArticle",
      "metadata | article                                         | none",
      "metadata | NewsArticle                                     | none",
      "metadata | Politics                                        | none"})
  void readings(String reading, String input, String expected) {
    Optional<GenreMark> mark = switch (reading) {
      case "kicker" -> GenreMark.ofKicker(input);
      case "title" -> GenreMark.ofTitle(input);
      case "address" -> GenreMark.ofAddress(input);
      default -> GenreMark.ofMetadata(input);
    };
    assertThat(genre(mark)).isEqualTo(expected);
  }

  @Test
  void anUnmarkedArticleHasNoMark() {
    assertThatThrownBy(() -> new GenreMark(Genre.UNMARKED, GenreMark.Source.KICKER, "News"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNMARKED");
    assertThatThrownBy(() -> new GenreMark(Genre.OPINION, GenreMark.Source.KICKER, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Article.of("a", "Kelby Echo", null, "", "The council met.").genre()).isEqualTo(Genre.UNMARKED);
  }

  @Nested
  class Pages {
    private static final String STORY = "<p>The Kelby harbour board voted on Tuesday to close the north quay for"
        + " repairs, a decision the fishing fleet had opposed for months.</p><p>Repairs will take two years and cost"
        + " 4 million euros, the board said in a statement after the meeting.</p>";

    private Article page(String head, String beforeHeadline) {
      return ArticleReader.create().fromHtml("p", "<html><head>" + head + "</head><body>" + beforeHeadline
          + "<article><h1>The harbour board got it wrong</h1>" + STORY + "</article></body></html>");
    }

    @Test
    void kickerOverTheHeadline() {
      Article a = page("", "<header><a class=\"kicker\" href=\"/opinion/\">Opinion</a></header>");
      assertThat(genre(a.genreMark())).isEqualTo("OPINION KICKER Opinion");
      assertThat(a.cleanedText()).doesNotContain("Opinion");
    }

    @Test
    void lastEntryOfAMenuOverTheHeadlineIsNoKicker() {
      Article a = page("", "<nav><ul><li>News</li><li>Sport</li><li>Opinion</li></ul></nav>");
      assertThat(a.genre()).isEqualTo(Genre.UNMARKED);
    }

    @Test
    void menuOfLinksWithoutAListIsNoKickerButABreadcrumbIs() {
      Article menu = page("", "<div class=\"top\"><a href=\"/news/\">News</a> <a href=\"/sport/\">Sport</a>"
          + " <a href=\"/opinion/\">Opinion</a></div>");
      assertThat(menu.genre()).isEqualTo(Genre.UNMARKED);
      Article crumb = page("", "<div class=\"crumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/opinion/\">Opinion</a>"
          + "</div>");
      assertThat(genre(crumb.genreMark())).isEqualTo("OPINION KICKER Opinion");
    }

    @Test
    void sectionOfTheCanonicalAddress() {
      Article a = page("<link rel=\"canonical\" href=\"https://kelbyecho.example/opinion/2026/03/harbour\">", "");
      assertThat(genre(a.genreMark())).isEqualTo("OPINION URL opinion");
    }

    @Test
    void newsPageAboutAnOpinionPollIsUnmarked() {
      Article a = page("<meta property=\"og:url\" content=\"https://kelbyecho.example/news/opinion-poll-shows-support"
          + "\"><meta property=\"article:section\" content=\"Local news\">", "<p class=\"kicker\">Harbour</p>");
      assertThat(a.genre()).isEqualTo(Genre.UNMARKED);
    }

    @Test
    void articleSectionAndJsonLdType() {
      assertThat(genre(page("<meta property=\"article:section\" content=\"Analysis\">", "").genreMark()))
          .isEqualTo("ANALYSIS METADATA Analysis");
      assertThat(genre(page("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\":"
          + " \"OpinionNewsArticle\", \"headline\": \"The harbour board got it wrong\"}</script>", "").genreMark()))
          .isEqualTo("OPINION METADATA OpinionNewsArticle");
    }

    @Test
    void labelOpeningTheTitle() {
      Article a = page("<meta property=\"og:title\" content=\"Editorial: The harbour board got it wrong\">", "");
      assertThat(genre(a.genreMark())).isEqualTo("OPINION TITLE Editorial");
    }
  }

  @Test
  void addressInAManifestMarksAPlainText(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The harbour board got it wrong\n\nThe board voted to close the quay.");
    Files.writeString(dir.resolve("b.txt"), "Harbour board closes north quay\n\nThe board voted to close the quay.");
    Files.writeString(dir.resolve("m.tsv"), "file\toutlet\turl\na.txt\tKelby Echo\thttps://kelbyecho.example/opinions/"
        + "harbour\nb.txt\tLindby Post\thttps://lindbypost.example/news/harbour\n");
    List<Article> read = ArticleReader.withManifest(dir.resolve("m.tsv")).readManifestFiles();
    assertThat(read).extracting(a -> genre(a.genreMark())).containsExactly("OPINION URL opinions", "none");
  }
}
