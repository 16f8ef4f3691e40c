package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Block;
import dev.parallax.clean.RemovalReason;
import org.junit.jupiter.api.Test;

/**
 * How the story is found in an HTML page as served, for the markup patterns real news sites use (each case
 * is a pattern met on a public page of the article-extraction benchmark, written here small).
 */
class HtmlStoryExtractionTest {
  private static final String FIRST = "The city council voted on Tuesday to close the old bridge to cars after engineers"
      + " found cracks in two of its piers.";
  private static final String SECOND = "Repairs are expected to take at least eighteen months and to cost about"
      + " four million dollars, the council said.";
  private static final String THIRD = "Cyclists and pedestrians will still be allowed to cross while the work goes on,"
      + " according to the city's transport office.";

  /** The story extracted from a page with this body: the article's story blocks (what the page drops is not in them). */
  private static String text(String body) {
    return ArticleReader.create().fromHtml("page", "<html><head><title>Bridge closed</title></head><body>" + body
        + "</body></html>").cleanedText();
  }

  @Test
  void aBlogPostWrittenStraightIntoADivIsReadParagraphByParagraph() {
    String text = text("<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        + "<div class='post-body'>" + FIRST + "<br><br>" + SECOND + "<br>" + THIRD + "</div>");
    assertThat(text).contains(FIRST + "\n\n" + SECOND + "\n\n" + THIRD).doesNotContain("Home");
  }

  @Test
  void aPageWrappedInOneFormKeepsItsStoryButASearchFormIsDropped() {
    String text = text("<form class='search'><p>Search this site</p><input name='q'></form>"
        + "<form id='aspnetForm'><div class='story'><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
        + "</p></div></form>");
    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("Search this site");
  }

  @Test
  void aLongReaderCommentDoesNotTakeThePlaceOfAShorterStory() {
    String comment = (SECOND + " I think the council waited far too long, and everyone in town knew it. ").repeat(4);
    String text = text("<div class='article'><div class='content'>" + FIRST + "<br>" + THIRD + "</div></div>"
        + "<div class='comments'><div class='comment'><div class='comment_content'><p>" + comment
        + "</p><p>" + comment + "</p></div></div></div>");
    assertThat(text).contains(FIRST, THIRD).doesNotContain("waited far too long");
  }

  @Test
  void aCommentWrittenAsAnArticleElementIsNotTheStory() {
    String comment = "Great post, I have followed the bridge saga for years and I am glad somebody finally wrote it all"
        + " down in one place. Thank you for your work on this, it means a lot to all of us in the east end.";
    String text = text("<div class='builder-widget'><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div>"
        + "<ol class='comment-list'><li><article class='comment-body'><p>" + comment + "</p><p>" + comment + "</p></article></li></ol>");
    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("Great post");
  }

  @Test
  void aLayoutWrapperNamedForItsSidebarStillHoldsTheStory() {
    String text = text("<div class='container has-sidebar'><div class='stickySidebar'><div class='inner'><p>" + FIRST
        + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div></div></div>");
    assertThat(text).contains(FIRST, SECOND, THIRD);
  }

  @Test
  void relatedPostsInsideTheArticleAreLeftOutButAStoryNamedForItsCaptionsIsNot() {
    String teaser = "Last year the council closed the ferry pier for three months after a storm damaged it badly.";
    String text = text("<div class='article-body has-captions'><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
        + "</p><div class='related-posts'><p>" + teaser + "</p></div></div>");
    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("ferry pier");
  }

  @Test
  void aPageWhoseOnlyTextIsInANamedBoxKeepsItLineByLine() {
    // the story element is widened to the wrapper, in which the only paragraphs are in the box
    String text = text("<div class='wrap'><div class='photo-credit'><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
        + "<span>x</span></div>");
    assertThat(text).contains(FIRST + "\n\n" + SECOND);
  }

  @Test
  void paragraphsWrittenAsDivsAreOneStory() {
    String text = text("<div class='sidebar'><p>Most read: a cat stuck in a tree for three days was rescued by"
        + " firefighters on Sunday.</p></div><div class='body'><div class='para'>" + FIRST + "</div><div class='para'>"
        + SECOND + "</div><div class='para'>" + THIRD + "</div></div>");
    assertThat(text).contains(FIRST + "\n\n" + SECOND + "\n\n" + THIRD).doesNotContain("cat stuck");
  }

  @Test
  void aLeadWrittenBesideTheParagraphsIsKept() {
    String lead = "Drivers face long detours from next week.";
    String text = text("<div class='article'><div class='summary'>" + lead + "</div><div class='text'><p>" + FIRST
        + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div></div>");
    assertThat(text).contains(lead + "\n\n" + FIRST);
  }

  @Test
  void captionsAndShortLabelsOutsideTheParagraphsAreLeftOut() {
    String text = text("<article><div class='share'><span>Share this:</span></div>"
        + "<div class='image'><img src='b.jpg'><div class='image-caption'>The bridge seen from the river bank on"
        + " Monday morning, before the vote.</div></div><p>" + FIRST + "</p><p>" + SECOND + "</p>"
        + "<div class='tags'><span>Topics:</span></div><p>" + THIRD + "</p></article>");
    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("Share this", "river bank", "Topics");
  }

  @Test
  void aLongLineOfLinksIsAListOfTeasersNotProse() {
    StringBuilder teasers = new StringBuilder("<div class='more'>");
    for (int i = 1; i <= 6; i++) {
      teasers.append("<a href='/s").append(i).append("'>").append(i)
          .append(" Another story about something that happened elsewhere in the region this week</a> ");
    }
    String text = text("<article><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>" + teasers
        + "</div></article>");
    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("Another story");
  }

  /** A page of the Harbury Courier with the chrome a saved news page has around its story. */
  private static final String CHROME_PAGE = "<html><head><title>Ferry service resumes</title>"
      + "<meta property='og:site_name' content='Harbury Courier'></head><body>"
      + "<header><nav><a href='/'>Home</a> <a href='/local'>Local</a> <a href='/sport'>Sport</a> <a href='/arts'>Arts</a>"
      + "</nav><div class='cookie-banner'>We use cookies to improve your visit. Accept all cookies</div></header>"
      + "<main><article><h1>Ferry service resumes</h1><div class='byline'>By Staff Writer</div>"
      + "<div class='share-bar'>Share on Facebook Share by email</div>"
      + "<p>" + FIRST + "</p><p>" + SECOND + "</p>"
      + "<aside><h3>Most read</h3><ul><li><a href='/a'>Heat grips the valley as records fall</a></li></ul></aside>"
      + "<p>" + THIRD + "</p></article></main>"
      + "<footer>\u00A9 2024 Harbury Courier. All rights reserved.</footer></body></html>";

  @Test
  void whatThePageDropsIsShownAsRemovedWithItsReason() {
    Article a = ArticleReader.create().fromHtml("courier", CHROME_PAGE);
    assertThat(a.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactly(
        "NAVIGATION: Home Local Sport Arts",
        "FOOTER: We use cookies to improve your visit. Accept all cookies",
        "FOOTER: Share on Facebook Share by email",
        "TEASER: Heat grips the valley as records fall",
        "FOOTER: \u00A9 2024 Harbury Courier. All rights reserved.");
    // every removal and story block prints the characters of the article's text at its offsets, in page order
    a.removed().forEach(r -> assertThat(a.text().substring(r.start(), r.end())).isEqualTo(r.text()));
    a.body().forEach(b -> assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text()));
    assertThat(a.text().indexOf("Accept all cookies")).isLessThan(a.text().indexOf(FIRST));
    assertThat(a.text().indexOf("Heat grips")).isBetween(a.text().indexOf(SECOND), a.text().indexOf(THIRD));
    // the story is what it was: the dropped lines are not in it, and a byline of three words is not shown
    assertThat(a.cleanedText()).isEqualTo("Ferry service resumes\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    assertThat(a.text()).doesNotContain("By Staff Writer");
  }

  @Test
  void aPageWithoutChromeHasNothingRemovedAndOneStoryBlock() {
    Article a = ArticleReader.create().fromHtml("courier", "<html><body><article><p>" + FIRST + "</p><p>" + SECOND
        + "</p><p>" + THIRD + "</p></article></body></html>");
    assertThat(a.removed()).isEmpty();
    assertThat(a.body()).extracting(Block::text).containsExactly(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    assertThat(a.text()).isEqualTo(a.cleanedText());
  }

  private static final String PULL_QUOTE = "\u201CWe will not close the bridge for a single day longer than needed,\u201D"
      + " Mayor Ilse Varga said.";

  @Test
  void aPullQuoteTheStoryDoesNotPrintIsKeptInItsPlace() {
    Article a = ArticleReader.create().fromHtml("courier", "<html><body><article><p>" + FIRST + "</p><p>" + SECOND
        + "</p><aside class='pullquote'>" + PULL_QUOTE + "</aside><p>" + THIRD + "</p></article></body></html>");
    assertThat(a.cleanedText()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + PULL_QUOTE + "\n\n" + THIRD);
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void aPullQuoteRepeatingTheStorysQuoteIsADuplicateNotStoryTextTwice() {
    String said = "Mayor Ilse Varga said the work would be quick. \u201CWe will not close the bridge for a single day"
        + " longer than needed,\u201D she said.";
    Article a = ArticleReader.create().fromHtml("courier", "<html><body><article><p>" + FIRST + "</p>"
        + "<figure class='wp-block-pullquote'><blockquote><p>" + PULL_QUOTE + "</p></blockquote></figure>"
        + "<p>" + said + "</p><p>" + THIRD + "</p></article></body></html>");
    assertThat(a.cleanedText()).isEqualTo(FIRST + "\n\n" + said + "\n\n" + THIRD);
    assertThat(a.removed()).extracting(r -> r.reason() + ": " + r.text())
        .containsExactly(RemovalReason.DUPLICATE + ": " + PULL_QUOTE);
  }

  @Test
  void aBlockQuoteWithoutAPullQuoteClassStaysTheStorysQuote() {
    Article a = ArticleReader.create().fromHtml("courier", "<html><body><article><p>" + FIRST + "</p>"
        + "<blockquote>" + PULL_QUOTE + "</blockquote><p>" + THIRD + "</p></article></body></html>");
    assertThat(a.cleanedText()).isEqualTo(FIRST + "\n\n" + PULL_QUOTE + "\n\n" + THIRD);
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void anAsideRepeatingASentenceOfTheStoryIsADuplicate() {
    Article a = ArticleReader.create().fromHtml("courier", "<html><body><article><p>" + FIRST + "</p><p>" + SECOND
        + "</p><aside>" + SECOND + "</aside><aside>Read more: the council's plan for the old quay</aside><p>"
        + THIRD + "</p></article></body></html>");
    assertThat(a.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactly(
        RemovalReason.DUPLICATE + ": " + SECOND,
        RemovalReason.TEASER + ": Read more: the council's plan for the old quay");
  }

  /**
   * A saved page's box with the writer's biography, named so by its class, inside the article or after it, is not the
   * story; a class that only begins like one ("biotech-desk") names no biography.
   */
  @Test
  void theWritersBiographyBoxIsNotTheStory() {
    String bio = "Jane Roe is a reporter at the Lindby Courier, where she covers the city council and its budget.";
    String inside = text("<article><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
        + "</p><div class='author-bio'><p>" + bio + "</p></div></article>");
    assertThat(inside).contains(FIRST, SECOND, THIRD).doesNotContain("Jane Roe");
    String after = text("<main><article><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
        + "</p></article><div id='about-the-author'><p>" + bio + "</p></div></main>");
    assertThat(after).contains(FIRST, SECOND, THIRD).doesNotContain("Jane Roe");
    String desk = text("<div class='biotech-desk'><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div>");
    assertThat(desk).contains(FIRST, SECOND, THIRD);
  }
}
