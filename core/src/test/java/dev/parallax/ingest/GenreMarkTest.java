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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Opinion                                  | OPINION KICKER Opinion",
      "OPINION                                  | OPINION KICKER OPINION",
      "Op-Ed                                    | OPINION KICKER Op-Ed",
      "Editorial:                               | OPINION KICKER Editorial",
      "Letters to the editor                    | OPINION KICKER Letters to the editor",
      "Analysis                                 | ANALYSIS KICKER Analysis",
      "News analysis                            | ANALYSIS KICKER News analysis",
      "Opinion poll shows support falling       | none",
      "World                                    | none",
      "Analysts say the harbour plan is costly  | none"})
  void kickers(String line, String expected) {
    assertThat(genre(GenreMark.ofKicker(line))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Opinion: The harbour deserves better          | OPINION TITLE Opinion",
      "EDITORIAL - Kelby's council got this one right | OPINION TITLE EDITORIAL",
      "Analysis: What the harbour vote means          | ANALYSIS TITLE Analysis",
      "Opinion poll shows support for harbour falling | none",
      "Analysis of water samples finds no lead        | none",
      "Columnists gather in Lindby for awards         | none"})
  void titles(String title, String expected) {
    assertThat(genre(GenreMark.ofTitle(title))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.example.com/opinion/2026/03/18/harbour-plan             | OPINION URL opinion",
      "https://example.com/2026/03/18/opinions/harbour-plan/index.html     | OPINION URL opinions",
      "https://example.com/story/opinion/columnists/2026/03/18/harbour/1/ | OPINION URL opinion",
      "https://example.com/news/editorials/harbour-plan                    | OPINION URL editorials",
      "example.com/op-ed/harbour-plan                                      | OPINION URL op-ed",
      "https://example.com/politics/analysis/harbour-vote?ref=home          | ANALYSIS URL analysis",
      "https://example.com/news/opinion-poll-shows-support-falling         | none",
      "https://example.com/politics/analysis                               | none",
      "https://opinion.example.com/news/harbour-plan                       | none",
      "https://example.com/news/harbour?section=/opinion/                  | none",
      "''                                                                  | none"})
  void addresses(String address, String expected) {
    assertThat(genre(GenreMark.ofAddress(address))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Opinion               | OPINION METADATA Opinion",
      "Commentary            | OPINION METADATA Commentary",
      "OpinionNewsArticle    | OPINION METADATA OpinionNewsArticle",
      "AnalysisNewsArticle   | ANALYSIS METADATA AnalysisNewsArticle",
      "article               | none",
      "NewsArticle           | none",
      "Politics              | none"})
  void metadata(String value, String expected) {
    assertThat(genre(GenreMark.ofMetadata(value))).isEqualTo(expected);
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
