package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over-removal check on real news sentences: the 8,000 sentences of the MSRP training pairs (from the
 * shared evaluation data, never copied into the project) laid out as pages of twelve are reporting, so
 * cleaning must keep them, except the 8 closing credits among them ("Staff Writer Jane Doe contributed to this
 * report."), which are bylines. Skipped when the shared data is absent.
 */
class NewsSentencesSurviveCleaningTest {
  private static final Pattern CREDIT = Pattern.compile("contributed to this (?:report|story|article)\\.$");
  private static List<String> sentences;

  @BeforeAll
  static void readSentences() throws IOException {
    String shared = System.getProperty("parallax.sharedData", "");
    Path file = Path.of(shared.isEmpty() ? "../shared/data" : shared, "msrp", "train.tsv");
    assumeTrue(Files.isRegularFile(file), "shared evaluation data not present: " + file);
    sentences = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      if (cells.length >= 4) {
        sentences.add(cells[1]);
        sentences.add(cells[2]);
      }
    }
    assertThat(sentences).hasSizeGreaterThan(1000);
  }

  /** Removals for other reasons than a sentence repeated on the same page. */
  private static List<Removal> cleanPages(String paragraphBreak, boolean pairsAsParagraphs) {
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i + 12 <= sentences.size(); i += 12) {
      StringBuilder page = new StringBuilder();
      for (int k = i; k < i + 12; k++) {
        page.append(sentences.get(k));
        boolean pairEnd = (k - i) % 2 == 1;
        page.append(pairsAsParagraphs ? (pairEnd ? "\n\n" : "\n") : paragraphBreak);
      }
      Article a = Cleaners.standard().clean(Article.of("p" + i, "Outlet", null, "", page.toString()));
      a.removed().stream().filter(r -> r.reason() != RemovalReason.DUPLICATE)
          .filter(r -> !(r.reason() == RemovalReason.BYLINE && CREDIT.matcher(r.text()).find()))
          .forEach(removed::add);
    }
    return removed;
  }

  @Test
  void sentencesAsParagraphsAllSurvive() {
    assertThat(cleanPages("\n\n", false)).isEmpty();
  }

  @Test
  void sentencesOnePerLineAllSurvive() {
    assertThat(cleanPages("\n", false)).isEmpty();
  }

  @Test
  void paraphrasePairsAsTwoLineParagraphsRarelyLookLikeAltTextAndCaption() {
    // The worst case for the alt-text/caption rule: each paragraph is two lines that say the same thing.
    assertThat(cleanPages("", true)).hasSizeLessThan(sentences.size() / 50);
  }
}
