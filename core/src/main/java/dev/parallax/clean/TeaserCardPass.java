package dev.parallax.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Removes the summaries of teaser cards on a whole pasted page: a headline and a one-sentence summary of
 * another story, again and again, around the story or below it. The summaries read as sentences, so no rule
 * of shape removes them, and they break the runs of chrome {@link PositionPasses#markChromeRuns} removes; so
 * they are judged by what they say.
 *
 * <p>On a whole page ({@link PositionPasses#PAGE_TOP_LINES} or more lines above the headline: a menu), a kept
 * line that reads as reporting, next to a line removed before this pass, is removed when fewer than {@link
 * #STORY_SHARE} of its content words (at least {@link #MIN_WORDS}; words with figures left out) are the story's
 * (its main block of prose and its headline). It stays when it stands in the main block, or in another block of
 * prose that is about the story as a whole (its part on the far side of a widget), or shares {@link
 * #HEADLINE_WORDS} content words with the headline (a short story under a longer list of teasers, which is then
 * taken for the main block), or is a list item. The pass is skipped when the main block does not outweigh every
 * other block {@link #MAIN_BLOCK_WEIGHT} times: which block is the story is then in doubt. A list without function
 * words (tour dates, a menu of dishes) does not read as reporting and stays; one removal does not make its
 * neighbour "next to a removed line", so nothing spreads down a list. A plain article, with its headline at the
 * top, is never judged this way.
 *
 * <p>By the same reading it finds, for {@link PositionPasses#markAfterStory}, a list of other stories' headlines
 * with no label that ends the page ({@link #headlineListAtTheEnd}).
 *
 * <p>One instance per page; runs in a few linear sweeps.
 */
final class TeaserCardPass {
  /** Below this share of its content words found in the story, a line is about something else. */
  static final double STORY_SHARE = 0.2;
  /** Content words a line needs before it is judged by what it says. */
  static final int MIN_WORDS = 4;
  /** Content words shared with the headline that make a line the story's whatever else it says. */
  static final int HEADLINE_WORDS = 2;
  /** How many times the main block's prose must outweigh each other block's for the pass to run. */
  static final double MAIN_BLOCK_WEIGHT = 2;

  private final Page page;

  TeaserCardPass(Page page) {
    this.page = page;
  }

  /** Marks the summaries of teaser cards {@link RemovalReason#TEASER} (see the class comment). */
  void markTeaserSummaries() {
    List<ProseBlock> blocks = ProseBlock.of(page);
    Optional<ProseBlock> found = ProseBlock.main(blocks);
    if (found.isEmpty() || !isWholePage(found.get()) || !outweighsTheRest(found.get(), blocks)) {
      return;
    }
    ProseBlock main = found.get();
    Set<String> headline = page.headline >= 0 ? words(page.lines.get(page.headline)) : Set.of();
    Set<String> story = wordsOf(main);
    story.addAll(headline);
    boolean[] inStory = new boolean[page.lines.size()];
    for (ProseBlock block : blocks) {
      if (block.equals(main) || !aboutSomethingElse(wordsOf(block), story)) {
        Arrays.fill(inStory, block.first(), block.last() + 1, true);
      }
    }
    // judged against the verdicts from before this pass, so that a removal does not spread down a list
    boolean[] removed = new boolean[page.lines.size()];
    for (int i = 0; i < removed.length; i++) {
      removed[i] = !page.lines.get(i).kept();
    }
    for (int i = 0; i < page.lines.size(); i++) {
      PageLine l = page.lines.get(i);
      boolean besideRemoved = i > 0 && removed[i - 1] || i + 1 < removed.length && removed[i + 1];
      if (inStory[i] || !l.open() || i == page.headline || !besideRemoved || !page.readsAsReporting(l)
          || page.isBullet(l)) {
        continue;
      }
      Set<String> words = words(l);
      if (ContentWords.shared(words, headline) < HEADLINE_WORDS && aboutSomethingElse(words, story)) {
        l.reason = RemovalReason.TEASER;
      }
    }
  }

  /**
   * The first line of a list of other stories' headlines that ends the page, with no label above it: at least
   * {@link #MIN_LIST_LINES} kept lines after the story's main block, to the end of the text (lines removed already
   * between them are passed over), each an unfinished line of headline size (3 to {@link #MAX_HEADLINE_WORDS}
   * words, no sentence's end, opening with a capital or a figure, not a list item) that says nothing of the story
   * (of its content words, at least {@link #MIN_WORDS}, none in the main block or the headline) and does not
   * report like a lead ({@link PositionPasses#LEAD_WORDS}: "said", "told", the day). -1 when there is none. The
   * story's last paragraph that lost its full stop shares a word with the story or reports ("The council said the
   * road would reopen"), and a list of the story's own points shares its words.
   */
  int headlineListAtTheEnd() {
    Optional<ProseBlock> found = ProseBlock.main(ProseBlock.of(page));
    if (found.isEmpty() || page.lines.size() - 1 - found.get().last() < MIN_LIST_LINES) {
      return -1; // too few lines after the story to make a list: its words need not be read
    }
    Set<String> story = wordsOf(found.get());
    if (page.headline >= 0) {
      story.addAll(words(page.lines.get(page.headline)));
    }
    int first = -1;
    int lines = 0;
    for (int i = page.lines.size() - 1; i > found.get().last(); i--) {
      PageLine l = page.lines.get(i);
      if (!l.kept()) {
        continue;
      }
      LineShape s = l.shape;
      char c = page.text.charAt(l.start);
      if (!l.open() || s.terminal || s.words < 3 || s.words > MAX_HEADLINE_WORDS || page.isBullet(l)
          || !(Character.isUpperCase(c) || Character.isDigit(c)) || s.anyWordIn(PositionPasses.LEAD_WORDS)
          || !sharesNothing(words(l), story)) {
        break;
      }
      first = i;
      lines++;
    }
    return lines >= MIN_LIST_LINES ? first : -1;
  }

  /** At least {@link #MIN_WORDS} content words and none of them the story's. */
  private static boolean sharesNothing(Set<String> words, Set<String> story) {
    return words.size() >= MIN_WORDS && ContentWords.shared(words, story) == 0;
  }

  /** Lines a list of other stories' headlines at the end of the page needs: one alone may be the story's. */
  static final int MIN_LIST_LINES = 2;
  /** The most words of a headline in such a list. */
  static final int MAX_HEADLINE_WORDS = 20;

  /** Lines above the headline (above the main block when there is none): a menu, so a whole page. */
  private boolean isWholePage(ProseBlock main) {
    int top = page.headline >= 0 ? page.headline : main.first();
    return top >= PositionPasses.PAGE_TOP_LINES;
  }

  private static boolean outweighsTheRest(ProseBlock main, List<ProseBlock> blocks) {
    for (ProseBlock b : blocks) {
      if (!b.equals(main) && main.chars() < MAIN_BLOCK_WEIGHT * b.chars()) {
        return false;
      }
    }
    return true;
  }

  private static boolean aboutSomethingElse(Set<String> words, Set<String> story) {
    return words.size() >= MIN_WORDS && ContentWords.shared(words, story) < STORY_SHARE * words.size();
  }

  /** The line's content words without figures: a telephone number or a count says nothing of the topic. */
  private static Set<String> words(PageLine l) {
    Set<String> words = ContentWords.of(l.shape);
    words.removeIf(Page::hasDigit);
    return words;
  }

  private Set<String> wordsOf(ProseBlock block) {
    Set<String> words = new HashSet<>();
    for (int i = block.first(); i <= block.last(); i++) {
      PageLine l = page.lines.get(i);
      if (l.kept()) {
        words.addAll(words(l));
      }
    }
    return words;
  }
}
