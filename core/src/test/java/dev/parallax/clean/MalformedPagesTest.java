package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.ingest.Article;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages stitched at random (fixed seed) from the pieces that trip cleaners and splitters: credits, labels,
 * handles, URLs, quotes, ellipses, bullets, odd spaces, other scripts, stray line ends. Cleaning and
 * analysis never fail on them, keep or remove every character with a reason, and keep their offsets true.
 */
class MalformedPagesTest {
  private static final String[] PIECES = {
      "The talks went on.", " ", "\n", "\n\n", "\r\n", "\u00A0", "\u200B", "\u200F", "\uFEFF", "\u2028",
      "“", "”", "\"", "'", "’", "...", "\u2026", "© AGENCY / Name", "(Image: AP)", "READ MORE:", "Related:",
      "By Jane Roe", "— Jane Roe (@jroe) May 1, 2021", "@", "(@", "https://example.com/x", "www.", "pic.example.com/",
      "\u2022 ", "- ", "* ", "U.S.", "U.", "Nov.23", "Mr. ", "No. 10", "a no-no.", "Is it war?", ":", "|", "›",
      "العربية", "рус", "Advertisement", "0 comments", "Share this", "We use cookies.", "2 Dec, 2021 11:07",
      "Putin said", "WASHINGTON:", "A", "a", "1", ",", ".", "(", ")", "[", "]", "—", "-", "HomeRussia",
  };
  private static EnglishAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = SeedArticles.analyzer();
  }

  @Test
  void randomPagesCleanAndSplitWithoutError() {
    Random random = new Random(20211202);
    for (int page = 0; page < 400; page++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(120);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      Article cleaned = Cleaners.standard().clean(Article.of("p" + page, "Outlet", null, "", text));
      assertThat(cleaned.text()).isEqualTo(text);
      CleaningInvariants.assertPartition(cleaned);
      AnalyzedArticle a = analyzer.analyze(cleaned);
      SeedArticles.assertOffsetsHold(a);
    }
  }
}
