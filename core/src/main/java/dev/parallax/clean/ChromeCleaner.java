package dev.parallax.clean;

import dev.parallax.ingest.Article;
import dev.parallax.internal.Deadline;
import java.util.Objects;

/**
 * The standard cleaner: classifies each line of a page by its shape and position, in the manner of
 * jusText and boilerpipe, and keeps the story.
 *
 * <p>Signals, none of them a string from a particular site: the share of function words and of words in
 * capitals, whether a line ends like a sentence, the share of URL characters, the script of the letters,
 * repetition of a line elsewhere on the page, the position of a line before the headline, between the
 * headline and the first paragraph of prose or after the last one, the shape of credits ({@code ©
 * AGENCY / Name}, {@code (Photo: ...)}), bylines, role credits ({@code Editor: Name}) and datelines, teaser
 * labels ({@code READ MORE:}, {@code Full coverage:}, {@code More coverage on ...}, {@code … Read more}), a
 * picture's alt text and caption that repeat each other on adjacent lines, a caption under its own label
 * ({@code Image caption,}), the attribution line of an
 * embedded post ({@code — Name (@handle) date}), a line that repeats its neighbour with a breadcrumb, a site's
 * name, an icon's label or a credit glued on, the items of a key-points box pasted without their bullets (list
 * items all the same), lines with no letter or digit and lines of code, runs of
 * four or more lines none of which reads as reporting (a menu, a list of teaser headlines), and, on a whole
 * pasted page, sentences among chrome outside the story that share almost no word with it (the summaries of
 * teaser cards).
 *
 * <p>A physical line may be cut in pieces: the border pipes of a pasted table row ({@code | ... |}) and a
 * credit at its end ({@code ... [Photo/Agency]}, {@code ... (Via Outlet)}, {@code ....—AFP}, see {@link
 * Credits}) are judged apart from the words they frame. The words before a picture credit are its caption
 * when they are one sentence without quotation or reported speech, or when the line comes again beside itself
 * with chrome glued on (alt text and caption); before a source or footage credit they
 * are reporting and stay, so a sentence that names its source is never lost with the credit.
 *
 * <p>The work is shared out by seam: {@link LineSplitter} cuts the page into {@link PageLine}s held by a
 * {@link Page}; {@link LineRules} judges each line on its own (with {@link CaptionRules}, {@link BylineRules},
 * {@link TeaserRules} and {@link FurnitureRules}); {@link PositionPasses}, {@link GluedCopyPass} and {@link
 * CaptionPasses} judge lines by their place on the page and their neighbours, {@link TeaserCardPass} and
 * {@link AuthorBioPass} by what they say against the story's {@link ProseBlock}, and {@link PullQuotePass} drops
 * a line the story repeats word for word inside a longer one. This class runs the passes in order.
 *
 * <p>Immutable, stateless and thread-safe; all per-call state lives in {@link Page} and the per-page rule
 * objects made for it. Linear in the length of the text: every rule reads a line a bounded number of times
 * and no regular expression is used.
 */
final class ChromeCleaner implements Cleaner {
  @Override
  public Article clean(Article article) {
    Objects.requireNonNull(article, "article");
    Page page = LineSplitter.split(article);
    Deadline.check(); // a page of thousands of lines: stop between passes once the run's time is up
    // the order matters: each pass sees the verdicts of the passes before it
    PositionPasses positions = new PositionPasses(page);
    CaptionPasses captions = new CaptionPasses(page);
    positions.markEmbedded();
    new LineRules(page).judgeEachLine();
    new LivePosts(page).markLinksToPosts();
    Deadline.check();
    positions.markListsUnderTeaserLabels();
    positions.markDatedTeaserCards();
    positions.markDuplicates();
    new GluedCopyPass(page).markGluedCopies();
    captions.markCaptionsUnderTheirLabel();
    captions.markCaptionsSetTwice();
    captions.markCaptionsUnderTheirAltText();
    positions.markReaderNotices();
    positions.markKeyPoints();
    positions.chooseHeadline(positions.firstProse());
    captions.markCaptionAfterRepeatedHeadline();
    captions.markCaptionPairs();
    captions.markAltTextOfCaptions();
    captions.markCaptionsBesideCredits();
    positions.markBeforeStory(positions.firstProse());
    positions.markRepeatedShortLines();
    positions.markRepeatedPrompts();
    positions.markCommentSection();
    positions.markAfterStory();
    positions.markNumberedComments();
    new AuthorBioPass(page).markAuthorBios();
    Deadline.check();
    new TeaserCardPass(page).markTeaserSummaries();
    positions.markCaptionsInsidePosts();
    positions.markChromeRuns();
    positions.markLoneRelatedHeadlines();
    positions.markHeadlinesUnderTeaserLabels();
    positions.markLoneWords();
    new PullQuotePass(page).markPullQuotes();
    new LivePosts(page).markOtherNews();
    positions.nameRemovalsByTheirNeighbours();
    return page.result();
  }
}
