package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import dev.parallax.NotTextException;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading articles from text and HTML files: metadata, encodings, and bad input. */
class ArticleReaderTest {
  @Test
  void aPastedPageIsCreditedToTheOutletItsCopyrightLineNames() {
    ArticleReader reader = ArticleReader.create();
    String story = "Ferry service resumes in Lindby\n\nThe ferry between Lindby and Kelby ran again on Monday after a"
        + " week of storms, the operator said.\n\nShare this story\n";
    assertThat(reader.fromText("left", story + "\u00A9 2021 The Daily Lindby. All rights reserved.\n").outlet())
        .isEqualTo("The Daily Lindby");
    assertThat(reader.fromText("right", story + "Copyright \u00A9 2019-2021 Kelby Star Inc.\n").outlet())
        .isEqualTo("Kelby Star Inc.");
    // the period of an abbreviation is the name's; a name's full stop is not
    assertThat(reader.fromText("right", story + "\u00A9 2021 Kelby Star Inc. All rights reserved.\n").outlet())
        .isEqualTo("Kelby Star Inc.");
    assertThat(reader.fromText("right", story + "\u00A9 2021 Kelby Media S.A.\n").outlet()).isEqualTo("Kelby Media S.A.");
    assertThat(reader.fromText("right", story + "\u00A9 2021 Kelby Star.\n").outlet()).isEqualTo("Kelby Star");
    // the year after the name, as many pages' footers write it
    assertThat(reader.fromText("right", story + "\u00A9 Valley Courier 2026\n").outlet()).isEqualTo("Valley Courier");
    assertThat(reader.fromText("right", story + "Copyright \u00A9 Kelby Star 2019-2021. All rights reserved.\n")
        .outlet()).isEqualTo("Kelby Star");
    // without the sign a name and a year are no notice, nor is the word alone
    assertThat(reader.fromText("right", story + "Copyright Act 1976\n").outlet()).isEqualTo("right");
    assertThat(reader.fromText("right", story + "\u00A9 Copyright 2021\n").outlet()).isEqualTo("right");
    // a photo agency's credit names no outlet, and without a copyright line the file name stays the outlet
    assertThat(reader.fromText("center", story + "\u00A9 2021 Harbour Images\n").outlet()).isEqualTo("center");
    assertThat(reader.fromText("center", story).outlet()).isEqualTo("center");
  }

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Nested
  class PlainText {
    @Test
    void idIsTheFileNameWithoutExtensionAndTheTextIsKeptAsGiven() throws IOException {
      Article a = ArticleReader.create().read(write("rt-2021.txt", "Headline\n\nThe story."));
      assertThat(a.id()).isEqualTo("rt-2021");
      assertThat(a.outlet()).isEqualTo("rt-2021");
      assertThat(a.title()).isEmpty();
      assertThat(a.published()).isEmpty();
      assertThat(a.text()).isEqualTo("Headline\n\nThe story.");
      assertThat(a.body()).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo(BlockKind.STORY));
    }

    @Test
    void idOfIsTheIdReadGivesBeforeAnythingIsRead() throws IOException {
      assertThat(ArticleReader.idOf(Path.of("news", "lindby-post.txt"))).isEqualTo("lindby-post");
      assertThat(ArticleReader.idOf(Path.of("page.v2.html"))).isEqualTo("page.v2");
      assertThat(ArticleReader.idOf(Path.of("README"))).isEqualTo("README");
      assertThat(ArticleReader.idOf(Path.of(".story"))).isEqualTo(".story");
      Path file = write("page.v2.html", "<p>Jane Doe opened the library in Lindby.</p>");
      assertThat(ArticleReader.create().read(file).id()).isEqualTo(ArticleReader.idOf(file));
    }

    @Test
    void leadingDateMarkerIsThePublicationDateAndARecordedRemoval() throws IOException {
      Article a = ArticleReader.create().read(write("a.txt", " date 2021-12-02 Russia warns of war.\n\nMore."));
      assertThat(a.published()).contains(LocalDate.of(2021, 12, 2));
      Removal marker = a.removed().get(0);
      assertThat(marker.reason()).isEqualTo(RemovalReason.METADATA);
      assertThat(a.text().substring(marker.start(), marker.end())).isEqualTo(marker.text()).contains("date 2021-12-02");
      assertThat(a.body().get(0).text()).startsWith("Russia warns of war.");
      assertThat(a.body().get(0).start()).isEqualTo(marker.end());
    }

    @Test
    void dateMarkerAfterAByteOrderMark() throws IOException {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] rest = "date 2022-01-05\nStory.".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[bom.length + rest.length];
      System.arraycopy(bom, 0, all, 0, 3);
      System.arraycopy(rest, 0, all, 3, rest.length);
      Article a = ArticleReader.create().read(writeBytes("a.txt", all));
      assertThat(a.published()).contains(LocalDate.of(2022, 1, 5));
      assertThat(a.text()).doesNotContain("\uFEFF");
    }

    @Test
    void impossibleDateOrMarkerInsideTheTextIsLeftAlone() throws IOException {
      Article bad = ArticleReader.create().read(write("a.txt", "date 2021-13-45 Story."));
      assertThat(bad.published()).isEmpty();
      assertThat(bad.removed()).isEmpty();
      Article inside = ArticleReader.create().read(write("b.txt", "Story first. date 2021-12-02 later."));
      assertThat(inside.published()).isEmpty();
    }

    /** A page pasted with its date line at the top keeps that date; a date the story mentions is no date line. */
    @Test
    void dateLinePastedAtTheTopOfAPage() {
      String story = "\n\nFerry strike ends in Ostvik\n\nThe ferry strike in Ostvik ended on Thursday after three"
          + " days, the union said, and boats will sail again on Friday morning.";
      ArticleReader reader = ArticleReader.create();
      assertThat(reader.fromText("a", "March 4, 2023 4:48 PM" + story).published())
          .contains(LocalDate.of(2023, 3, 4));
      assertThat(reader.fromText("b", "Published: 22/03/2023" + story).published())
          .contains(LocalDate.of(2023, 3, 22));
      assertThat(reader.fromText("c", "Ostvik Herald\n\nPosted Sat 4 Mar 2023, 09:15 GMT" + story).published())
          .contains(LocalDate.of(2023, 3, 4));
      // near variants: a date either way round, an update, and a date in the story's first sentence give none
      assertThat(reader.fromText("d", "04/03/2023" + story).published()).isEmpty();
      // a day equal to its month reads the same either way round
      assertThat(reader.fromText("i", "Published: 04/04/2023 18:42" + story).published())
          .contains(LocalDate.of(2023, 4, 4));
      assertThat(reader.fromText("e", "Updated: March 5, 2023" + story).published()).isEmpty();
      assertThat(reader.fromText("f", "On March 4, 2023 the ferry workers walked out." + story).published()).isEmpty();
      String lateDate = "Ferry strike ends\n\nThe ferry strike in Ostvik ended on Thursday after three days of talks"
          + " in the harbour office, the union said.\n\nMarch 4, 2023";
      assertThat(reader.fromText("g", lateDate).published()).isEmpty();
      // the date marker still comes first
      assertThat(reader.fromText("h", "date 2023-03-06\nMarch 4, 2023" + story).published())
          .contains(LocalDate.of(2023, 3, 6));
    }

    /** A date line that reads two ways is read as the page writes its other dates, when one of them tells. */
    @Test
    void aDateLineThatReadsTwoWaysIsReadInThePagesOwnOrder() {
      String story = "\n\nFerry strike ends in Ostvik\n\nThe ferry strike in Ostvik ended on Thursday after three"
          + " days, the union said, and boats will sail again on Friday morning.";
      ArticleReader reader = ArticleReader.create();
      assertThat(reader.fromText("a", "Published: 11/03/2026\nUpdated: 14/03/2026" + story).published())
          .contains(LocalDate.of(2026, 3, 11));
      assertThat(reader.fromText("b", "Published: 11/03/2026" + story + "\n\nComments closed 11/14/2026.").published())
          .contains(LocalDate.of(2026, 11, 3));
      // near variants: nothing tells, or the page writes dates both ways
      assertThat(reader.fromText("c", "Published: 11/03/2026" + story).published()).isEmpty();
      assertThat(reader.fromText("d", "Published: 11/03/2026\nUpdated: 14/03/2026" + story + "\n\nPrinted 03/15/2026.")
          .published()).isEmpty();
    }

    /**
     * A pasted page's date line is read below its menu lines, a long headline and a one-sentence dek, also with the
     * time first; a date standing alone inside the story is not.
     */
    @Test
    void dateLineBelowALongHeadlineAndADek() {
      String top = "Skip to content\nOstvik Herald\nWatch Live\nRegion\n"
          + "Ferry strike in Ostvik ends after three days as union and harbour board sign a new deal\n"
          + "The harbour board said boats would sail again on Friday morning from both quays.\n"
          + "By: Lina Marsk\n";
      String story = "\nThe ferry strike in Ostvik ended on Thursday after three days, the union said, and boats will"
          + " sail again on Friday morning from both quays of the harbour.\n"
          + "Talks in the harbour office lasted through the night before both sides signed the new deal.";
      ArticleReader reader = ArticleReader.create();
      assertThat(reader.fromText("a", top + "Posted at 7:28 PM, Mar 4, 2023\nShare this article:" + story)
          .published()).contains(LocalDate.of(2023, 3, 4));
      assertThat(reader.fromText("b", top + "Published on March 5, 2023 05:01 PM" + story).published())
          .contains(LocalDate.of(2023, 3, 5));
      String longHeadline = "Ferry strike in Ostvik ends after three days as union and harbour board sign a new deal";
      assertThat(reader.fromText("c", longHeadline + "\nPublished: March 6, 2023 09:39" + story).published())
          .contains(LocalDate.of(2023, 3, 6));
      // near variant: a date standing alone between the story's paragraphs (a timeline's heading) is the story's
      String twoParagraphs = "Ferry strike ends\n\nThe ferry strike in Ostvik ended on Thursday after three days of"
          + " talks in the harbour office, the union said.\n\nBoats will sail again on Friday morning from both quays"
          + " of the harbour, the board said.\n\nMarch 4, 2023\n\nThe union first walked out on a Monday in the"
          + " early morning, the board said in a statement.";
      assertThat(reader.fromText("d", twoParagraphs).published()).isEmpty();
    }

    /**
     * A whole page pasted from a browser has its date line under a menu, a cookie banner and a list of other stories,
     * more than a dozen lines from the top: it is read there, above the story's first paragraph.
     */
    @Test
    void dateLineUnderALongPastedTop() {
      String top = "Skip to content\nOstvik Herald\nSign in\nSubscribe\nNews\nPolitics\nWorld\nBusiness\nHealth\n"
          + "Sport\nWe use cookies to give you the best experience on our site. By browsing you agree to our cookies.\n"
          + "Accept all\nFerry strike in Ostvik ends after three days\nBy Lina Marsk\n";
      String story = "\nThe ferry strike in Ostvik ended on Thursday after three days, the union said, and boats will"
          + " sail again on Friday morning from both quays of the harbour.\n"
          + "Talks in the harbour office lasted through the night before both sides signed the new deal.";
      ArticleReader reader = ArticleReader.create();
      assertThat(reader.fromText("a", top + "March 4, 2023 9:14 AM" + story).published())
          .contains(LocalDate.of(2023, 3, 4));
      // near variant: the same date standing alone after the story's first two paragraphs is the story's
      assertThat(reader.fromText("b", top + story + "\n\nMarch 4, 2023\n\n" + story).published()).isEmpty();
    }

    /**
     * A news ticker of one long sentence right above a cookie banner reads like the story's first two paragraphs: the
     * date line under them, above the headline's story, is still read.
     */
    @Test
    void dateLineUnderABreakingTickerAndACookieBanner() {
      String top = "Skip to content\nOstvik Herald\nSign in\nNews\nSport\n\n"
          + "BREAKING: Police say the Kelby road fire is now under control; residents may return home tonight.\n\n"
          + "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our"
          + " use of cookies. Manage preferences\nAccept all\n\nFerry strike in Ostvik ends after three days\n\n"
          + "By Lina Marsk\n";
      String story = "\nThe ferry strike in Ostvik ended on Thursday after three days, the union said, and boats will"
          + " sail again on Friday morning from both quays of the harbour.\n\n"
          + "Talks in the harbour office lasted through the night before both sides signed the new deal.";
      ArticleReader reader = ArticleReader.create();
      assertThat(reader.fromText("a", top + "July 5, 2023 9:14 AM\n" + story).published())
          .contains(LocalDate.of(2023, 7, 5));
      assertThat(reader.fromText("b", top.replace("BREAKING:", "Just in |") + "July 5, 2023\n" + story).published())
          .contains(LocalDate.of(2023, 7, 5));
      // near variants: a story that opens with two paragraphs about cookies and the date alone below them is the
      // story's; so is a date under a first paragraph that is not a ticker
      String cookieStory = "Bakery wins prize\n\nThe Ostvik bakery won the national prize for its oat cookies on"
          + " Thursday, the jury said in a statement.\n\nThe owners said the cookies are baked before dawn from a"
          + " recipe of the founder.\n\nJuly 5, 2023\n\n" + story;
      assertThat(reader.fromText("c", cookieStory).published()).isEmpty();
      String twoParagraphs = "Ostvik Herald\n\nPolice say the Kelby road fire is now under control; residents may"
          + " return home tonight.\n\nFirefighters from three towns fought the blaze through the night and saved the"
          + " school next to the depot.\n\n";
      assertThat(reader.fromText("d", twoParagraphs + "July 5, 2023\n" + story).published()).isEmpty();
    }

    @Test
    void markerWithNothingAfterItIsEmpty() throws IOException {
      Path p = write("a.txt", "date 2021-12-02   \n  ");
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("empty");
    }
  }

  @Nested
  class Encodings {
    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
      byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
      assertThat(ArticleReader.create().read(writeBytes("a.txt", bytes)).text()).isEqualTo("Hi.");
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws IOException {
      // “Caf\u00e9” in Windows-1252: curly quotes 0x93/0x94, é 0xE9.
      byte[] bytes = {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94, ' ', 'o', 'p', 'e', 'n', 's', '.'};
      assertThat(ArticleReader.create().read(writeBytes("a.txt", bytes)).text()).isEqualTo("\u201CCaf\u00E9\u201D opens.");
    }

    @Test
    void utf8IsReadAsUtf8() throws IOException {
      assertThat(ArticleReader.create().read(write("a.txt", "Oslobođenje reported — “yes”.")).text())
          .isEqualTo("Oslobođenje reported — “yes”.");
    }
  }

  @Nested
  class Html {
    private static final String PAGE = """
        <!DOCTYPE html>
        <html><head>
          <title>Ministers meet in Vienna | Example News</title>
          <meta property="og:title" content="Ministers meet in Vienna">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2023-03-14T09:41:00Z">
          <script>var tracking = "do not read me";</script>
          <style>p { color: red; }</style>
        </head><body>
          <header><a href="/">Example News</a></header>
          <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <article>
            <h1>Ministers meet in Vienna</h1>
            <figure><img src="x.jpg" alt="Ministers"><figcaption>Ministers arrive. Photo: Agency</figcaption></figure>
            <p>The foreign ministers met in Vienna on Tuesday to discuss the ceasefire, officials said.</p>
            <p>The talks lasted four hours and ended without a joint statement, according to two diplomats.</p>
            <ul><li>Both sides will meet again next month.</li></ul>
            <p><a href="/a">Why talks fail</a> <a href="/b">Ceasefire explained</a></p>
            <p>Both sides agreed to meet again next month, the host government said in a statement on Tuesday evening.</p>
          </article>
          <footer>© 2023 Example News. All rights reserved.</footer>
        </body></html>
        """;

    @Test
    void titleDateSiteNameAndMainTextWithoutChrome() throws IOException {
      Article a = ArticleReader.create().read(write("vienna.html", PAGE));
      assertThat(a.id()).isEqualTo("vienna");
      assertThat(a.title()).isEqualTo("Ministers meet in Vienna");
      assertThat(a.outlet()).isEqualTo("Example News");
      assertThat(a.published()).contains(LocalDate.of(2023, 3, 14));
      assertThat(a.cleanedText()).startsWith("Ministers meet in Vienna\n\nThe foreign ministers met in Vienna")
          .contains("\u2022 Both sides will meet again next month.")
          .contains("the host government said in a statement")
          .doesNotContain("do not read me").doesNotContain("color").doesNotContain("World")
          .doesNotContain("All rights reserved").doesNotContain("Photo: Agency").doesNotContain("Why talks fail");
      // what the extraction dropped that holds four words or more is shown, with its reason, in the page's text
      assertThat(a.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactly(
          "CAPTION: Ministers arrive. Photo: Agency",
          "NAVIGATION: Why talks fail Ceasefire explained",
          "FOOTER: \u00A9 2023 Example News. All rights reserved.");
      assertThat(a.text()).doesNotContain("do not read me").doesNotContain("color").doesNotContain("World");
    }

    @Test
    void htmlIsRecognizedByItsContentWithoutTheExtension() throws IOException {
      Article a = ArticleReader.create().read(write("vienna.txt", PAGE));
      assertThat(a.title()).isEqualTo("Ministers meet in Vienna");
    }

    @Test
    void pageWithoutMetadata() {
      Article a = ArticleReader.create().fromHtml("p", "<html><body><p>Only a paragraph of text here.</p></body></html>");
      assertThat(a.title()).isEmpty();
      assertThat(a.published()).isEmpty();
      assertThat(a.outlet()).isEqualTo("p");
      assertThat(a.text()).isEqualTo("Only a paragraph of text here.");
    }

    @Test
    void pageWithoutText() {
      assertThatThrownBy(() -> ArticleReader.create().fromHtml("p", "<html><body><script>x()</script></body></html>"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("no article text");
    }

    @Test
    void theSiteNameAppendedToTheTitleIsNotPartOfTheHeadline() {
      Article a = ArticleReader.create().fromHtml("p", "<html><head><meta property=\"og:title\" content=\"Best"
          + " tech gadgets of 2019 | ZDNet\"><meta property=\"og:site_name\" content=\"ZDNet\"></head>"
          + "<body><p>The year brought folding phones and faster laptops.</p></body></html>");
      assertThat(a.title()).isEqualTo("Best tech gadgets of 2019");
      assertThat(a.text()).startsWith("Best tech gadgets of 2019\n\n");
      Article b = ArticleReader.create().fromHtml("p", "<html><head><title>NASA adds five companies to lunar"
          + " lander program - SpaceNews.com</title><link rel=\"canonical\" href=\"https://www.spacenews.com/nasa\">"
          + "</head><body><p>NASA added five companies on Monday.</p></body></html>");
      assertThat(b.title()).isEqualTo("NASA adds five companies to lunar lander program");
      assertThat(b.outlet()).as("the outlet named by the page's address when it gives no site name")
          .isEqualTo("spacenews.com");
      Article c = ArticleReader.create().fromHtml("p", "<html><head><meta property=\"og:site_name\""
          + " content=\"https://www.hawaiinewsnow.com\"></head><body><p>Water vapor was found.</p></body></html>");
      assertThat(c.outlet()).as("a site name given as an address").isEqualTo("hawaiinewsnow.com");
    }

    @Test
    void aPageWhoseMetadataNamesNoSiteIsCreditedToItsCopyrightLine() throws IOException {
      String story = "<article><h1>Ferry strike halts crossings</h1><p>Ferry crews walked out on Monday, halting all"
          + " crossings between Lindby and Kelby, the union said.</p><p>\u00A9 2026 Lindwire. All rights reserved.</p>"
          + "</article>";
      Article saved = ArticleReader.create().fromHtml("p", "<html><head><title>Ferry strike halts crossings</title>"
          + "</head><body>" + story + "<footer>\u00A9 2026 Harbour Weekly. All rights reserved.</footer></body></html>");
      assertThat(saved.outlet()).as("the page's own notice, under the wire's").isEqualTo("Harbour Weekly");
      // a site name in the page's metadata, and a manifest's outlet, come before any copyright line
      Path page = write("ferry.html", "<html><head><meta property=\"og:site_name\" content=\"The Kelby Echo\">"
          + "</head><body>" + story + "</body></html>");
      assertThat(ArticleReader.create().read(page).outlet()).isEqualTo("The Kelby Echo");
      Path manifest = write("MANIFEST.tsv", "file\toutlet\nferry.html\tKelby Echo\n");
      assertThat(ArticleReader.withManifest(manifest).read(page).outlet()).isEqualTo("Kelby Echo");
    }

    @Test
    void aTitleEndingInAQuotationKeepsIt() {
      String title = "Third case of plague in China as panic begins \u2013 \u2018The plague is coming\u2019";
      Article a = ArticleReader.create().fromHtml("p", "<html><head><meta property=\"og:title\" content=\"" + title
          + "\"><meta property=\"og:site_name\" content=\"Express.co.uk\"></head>"
          + "<body><p>A third case of plague has been confirmed.</p></body></html>");
      assertThat(a.title()).isEqualTo(title);
    }

    /** The publication date read from a page with this {@code <head>} and one paragraph. */
    private Optional<LocalDate> publishedWithHead(String head) {
      return ArticleReader.create().fromHtml("p", "<html><head>" + head + "</head><body><p>The talks ended.</p>"
          + "</body></html>").published();
    }

    @Test
    void theDateOfAPageThatGivesItOnlyInSchemaOrgJsonLd() {
      assertThat(publishedWithHead("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\":"
          + " \"Talks end\", \"datePublished\": \"2019-11-18T17:50:58-05:00\"}</script>"))
          .contains(LocalDate.of(2019, 11, 18));
    }

    @Test
    void aPlaceholderDateIsNoDateAndTheNextSourceIsRead() {
      assertThat(publishedWithHead("<script type=\"application/ld+json\">{\"datePublished\": \"0001-01-01T00:00:00Z\"}"
          + "</script><meta name=\"dc.date\" content=\"2019-11-20\">")).contains(LocalDate.of(2019, 11, 20));
    }

    @Test
    void theDateOfAnItempropNamingSeveralProperties() {
      assertThat(publishedWithHead("<meta property=\"article:published\" itemprop=\"datePublished dateCreated\""
          + " content=\"2019-11-19T11:00:09.000Z\">")).contains(LocalDate.of(2019, 11, 19));
      assertThat(publishedWithHead("<meta itemprop=\"dateCreated datePublished\" content=\"2019-11-21\">"))
          .contains(LocalDate.of(2019, 11, 21));
    }
  }

  @Nested
  class Metadata {
    @Test
    void manifestComesBeforeTheDateMarker() throws IOException {
      Path article = write("a.txt", "date 2021-12-01 Story.");
      Path manifest = write("MANIFEST.tsv", "file\toutlet\tpublished\na.txt\tRT\t2021-12-02 (inferred)\n");
      Article a = ArticleReader.withManifest(manifest).read(article);
      assertThat(a.outlet()).isEqualTo("RT");
      assertThat(a.published()).contains(LocalDate.of(2021, 12, 2));
    }

    @Test
    void emptyManifestCellsKeepWhatTheFileSays() throws IOException {
      Path article = write("a.txt", "date 2021-12-01 Story.");
      Path manifest = write("MANIFEST.tsv", "file\toutlet\tpublished\na.txt\t\t\n");
      Article a = ArticleReader.withManifest(manifest).read(article);
      assertThat(a.outlet()).isEqualTo("a");
      assertThat(a.published()).contains(LocalDate.of(2021, 12, 1));
    }

    @Test
    void readsTheFilesAManifestListsInItsOrder() throws IOException {
      write("b.txt", "Second story.");
      write("a.txt", "First story.");
      Path manifest = write("MANIFEST.tsv", "file\toutlet\nb.txt\tB\na.txt\tA\n");
      List<Article> all = ArticleReader.withManifest(manifest).readManifestFiles();
      assertThat(all).extracting(Article::outlet).containsExactly("B", "A");
    }

    @Test
    void aFileReadUnderAnotherIdKeepsTheOutletItsManifestGives() throws IOException {
      // Files named after their outlet, one folder per day: read as "monday/harbour-post", the article keeps the
      // outlet the manifest gives, although that outlet is written as the file's name.
      Path article = write("harbour-post.txt", "The ferry to Skelby was cancelled.");
      Path manifest = write("MANIFEST.tsv", "file\toutlet\nharbour-post.txt\tharbour-post\n");
      Article a = ArticleReader.withManifest(manifest).read(article, "monday/harbour-post");
      assertThat(a.id()).isEqualTo("monday/harbour-post");
      assertThat(a.outlet()).isEqualTo("harbour-post");
    }

    @Test
    void aFileReadUnderAnotherIdWithoutAnOutletTakesThatIdAsItsOutlet() throws IOException {
      Path article = write("harbour-post.txt", "The ferry to Skelby was cancelled.");
      Path page = write("ferry.html", "<html><head><meta property=\"og:site_name\" content=\"ferry\"></head>"
          + "<body><p>The ferry to Skelby was cancelled.</p></body></html>");
      assertThat(ArticleReader.create().read(article, "monday/harbour-post").outlet()).isEqualTo("monday/harbour-post");
      assertThat(ArticleReader.create().read(page, "monday/ferry").outlet()).isEqualTo("ferry");   // the page's site name
      assertThat(ArticleReader.create().read(article, "harbour-post")).isEqualTo(ArticleReader.create().read(article));
      assertThatThrownBy(() -> ArticleReader.create().read(article, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manifestNamingAMissingFile() throws IOException {
      Path manifest = write("MANIFEST.tsv", "file\toutlet\nmissing.txt\tB\n");
      assertThatThrownBy(() -> ArticleReader.withManifest(manifest).readManifestFiles())
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.txt");
    }
  }

  @Nested
  class BadInput {
    @Test
    void missingFile() {
      assertThatThrownBy(() -> ArticleReader.create().read(dir.resolve("nope.txt")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    }

    @Test
    void directory() {
      assertThatThrownBy(() -> ArticleReader.create().read(dir)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("directory");
    }

    @Test
    void emptyFile() throws IOException {
      Path p = write("a.txt", "");
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("empty");
    }

    @Test
    void whitespaceOnlyFileIncludingOddSpaces() throws IOException {
      Path p = write("a.txt", " \n\t\u00A0\u200B\r\n");
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("empty");
    }

    @Test
    void binaryFile() throws IOException {
      Path p = writeBytes("a.txt", new byte[] {'S', 'N', 'D', 0, 0, 0, 1, 2, 3});
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("binary");
    }

    /** A file of another format is named by its first bytes, whatever its name, and the reader says what to do. */
    @Test
    void pdfRenamedAsText() throws IOException {
      Path p = writeBytes("ostvik.txt", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(NotTextException.class)
          .hasMessage(p + ": a PDF: copy its text out into a .txt file")
          .extracting(e -> ((NotTextException) e).format()).isEqualTo(FileFormat.PDF);
    }

    @Test
    void pdfLargerThanTheLimitIsCalledAPdf() throws IOException {
      Path p = writeBytes("scan.pdf", ("%PDF-1.4\n" + "0".repeat(200)).getBytes(StandardCharsets.US_ASCII));
      assertThatThrownBy(() -> ArticleReader.create().maxBytes(100).read(p)).isInstanceOf(NotTextException.class)
          .hasMessageContaining("a PDF");
    }

    /** A document saved as rich text is refused with how to save it as plain text; a story that names RTF is read. */
    @Test
    void rtfDocument() throws IOException {
      String rtf = "{\\rtf1\\ansi\\ansicpg1252\n{\\fonttbl\\f0\\fswiss Helvetica;}\n\\f0\\fs24 Ferry strike ends"
          + " in Ostvik\\\n\\\nThe ferry strike ended on Thursday, the union said.}";
      Path p = write("pasted.txt", rtf);
      assertThatThrownBy(() -> ArticleReader.create().read(p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("RTF").hasMessageContaining("save it as plain text");
      assertThatThrownBy(() -> ArticleReader.create().fromText("memo", rtf)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("RTF");
      String story = "Ferry strike ends\n\nThe union sent its members an RTF file, {\\rtf1 and all}, the board said.";
      assertThat(ArticleReader.create().fromText("story", story).text()).isEqualTo(story);
    }

    /** Every string refused names its article the same way: "article ID: what is wrong". */
    @Test
    void stringsRefusedWithOneShapeOfMessage() {
      ArticleReader reader = ArticleReader.create();
      assertThatThrownBy(() -> reader.fromText("ostvik", " \n ")).isInstanceOf(InvalidInputException.class)
          .hasMessage("article ostvik: empty, no text to compare");
      assertThatThrownBy(() -> reader.fromHtml("ostvik", "<html><body><nav>Home</nav></body></html>"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("article ostvik: no article text in the HTML, no text to compare");
      // a binary file's bytes given as a string are refused as binary, as the file would be
      String bytes = new String(new byte[] {'S', 'N', 'D', 0, 0, 0, 1, 2, (byte) 0xFF}, StandardCharsets.ISO_8859_1);
      assertThatThrownBy(() -> reader.fromText("scan", bytes)).isInstanceOf(InvalidInputException.class)
          .hasMessage("article scan: looks like binary data, not text or HTML");
      assertThatThrownBy(() -> reader.fromHtml("scan", bytes)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("looks like binary");
      // and a file of a known format, read into a string as UTF-8, is named as the file would be
      String zip = new String(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xB7, (byte) 0xAC},
          StandardCharsets.UTF_8);
      assertThatThrownBy(() -> reader.fromText("bundle", zip)).isInstanceOf(NotTextException.class)
          .hasMessage("article bundle: a ZIP archive: unpack it and name the articles inside");
      // near variant: a text with a tab and a form feed is text
      assertThat(reader.fromText("ostvik", "Ferry strike ends.\tBoats sail again.\f").text()).startsWith("Ferry");
    }

    @Test
    void fileLargerThanTheLimit() throws IOException {
      Path p = write("a.txt", "A story that is longer than ten bytes.");
      assertThatThrownBy(() -> ArticleReader.create().maxBytes(10).read(p))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
    }

    @Test
    void limitMustBePositive() {
      assertThatThrownBy(() -> ArticleReader.create().maxBytes(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0");
    }

    @Test
    void nullArguments() {
      assertThatThrownBy(() -> ArticleReader.create().read(null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("path");
    }
  }

  /** Why a file cannot be read, in words, whoever runs the tests (root reads files without permission). */
  @Nested
  class ReasonsForUnreadableFiles {
    @Test
    void permissionDenied() {
      assertThat(ArticleReader.reason(new java.nio.file.AccessDeniedException("/a/b.txt"))).isEqualTo("permission denied");
    }

    @Test
    void noSuchFile() {
      assertThat(ArticleReader.reason(new java.nio.file.NoSuchFileException("/a/b.txt"))).isEqualTo("no such file");
    }

    @Test
    void theSystemsReasonForOtherFileSystemErrors() {
      assertThat(ArticleReader.reason(new java.nio.file.FileSystemException("/a/b.txt", null,
          "Too many levels of symbolic links"))).isEqualTo("too many levels of symbolic links");
    }

    @Test
    void theClassNameWhenThereIsNoMessage() {
      assertThat(ArticleReader.reason(new IOException())).isEqualTo("IOException");
    }
  }
}
