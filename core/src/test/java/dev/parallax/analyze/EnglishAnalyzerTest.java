package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.clean.RemovalReason;
import dev.parallax.DeadlineExceededException;
import dev.parallax.ingest.Article;
import dev.parallax.internal.Deadline;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences of whole articles: lines, headlines, bullets, embedded blocks and offsets. */
class EnglishAnalyzerTest {
  private static EnglishAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = EnglishAnalyzer.create(EnglishModels.load());
  }

  private static AnalyzedArticle analyze(String text) {
    AnalyzedArticle a = analyzer.analyze(Article.of("a", "Outlet", null, "", text));
    assertOffsets(a);
    return a;
  }

  private static void assertOffsets(AnalyzedArticle a) {
    for (Sentence s : a.sentences()) {
      assertThat(a.article().text().substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.index()).isEqualTo(a.sentences().indexOf(s));
    }
  }

  private static List<String> texts(AnalyzedArticle a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void lineBreakSeparatesHeadlineFromFirstSentence() {
    AnalyzedArticle a = analyze("Russia warns of nightmare scenario\nLavrov spoke in Stockholm on Thursday. He left.");
    assertThat(texts(a)).containsExactly("Russia warns of nightmare scenario", "Lavrov spoke in Stockholm on Thursday.", "He left.");
    assertThat(a.sentences().get(0).role()).isEqualTo(SentenceRole.HEADLINE);
    assertThat(a.sentences().get(1).role()).isEqualTo(SentenceRole.BODY);
  }

  @Test
  void everyKindOfLineBreakSeparatesLines() {
    for (String br : new String[] {"\n", "\r\n", "\r", "\u2028", "\u2029"}) {
      AnalyzedArticle a = analyze("Russia warns of nightmare scenario" + br + "Lavrov spoke in Stockholm on Thursday.");
      assertThat(texts(a)).as("break %s", br.codePointAt(0))
          .containsExactly("Russia warns of nightmare scenario", "Lavrov spoke in Stockholm on Thursday.");
    }
  }

  @Test
  void bulletsLoseTheirMarkAndBecomeBulletSentences() {
    AnalyzedArticle a = analyze("Lavrov spoke on Thursday.\n  \u2022 He accused NATO.\u00A0\n- He warned Europe.\n* He left early.");
    assertThat(texts(a)).containsExactly("Lavrov spoke on Thursday.", "He accused NATO.", "He warned Europe.", "He left early.");
    assertThat(a.sentences()).extracting(Sentence::role).containsExactly(SentenceRole.BODY, SentenceRole.BULLET,
        SentenceRole.BULLET, SentenceRole.BULLET);
  }

  @Test
  void hardWrappedParagraphIsReadAsOneLine() {
    AnalyzedArticle a = analyze("Lavrov said the alliance was moving its infrastructure\ncloser to Russia's borders. He left.");
    assertThat(texts(a)).containsExactly("Lavrov said the alliance was moving its infrastructure\ncloser to Russia's borders.", "He left.");
  }

  @Test
  void blocksMarkedByCleaningGiveRoles() {
    String text = "A headline\nHe spoke. pic.example.com/x\nThe story goes on.";
    List<Block> body = List.of(block(text, "A headline", BlockKind.HEADLINE),
        block(text, "He spoke. pic.example.com/x", BlockKind.EMBEDDED),
        block(text, "The story goes on.", BlockKind.STORY));
    Article article = new Article("a", "Outlet", Optional.empty(), "", text, body, List.of());
    AnalyzedArticle a = analyzer.analyze(article);
    assertOffsets(a);
    assertThat(a.sentences()).extracting(Sentence::role).containsExactly(SentenceRole.HEADLINE,
        SentenceRole.EMBEDDED, SentenceRole.BODY);
  }

  @Test
  void aQuotedSloganInAHeadlineIsNotCutInTwo() {
    String headline = "South Dakota doubles down on \u2018Meth. We\u2019re on it.\u2019";
    String text = headline + "\nThe state spent half a million dollars on the campaign. \"It works. We know it,\" she said.";
    List<Block> body = List.of(block(text, headline, BlockKind.HEADLINE),
        block(text, text.substring(headline.length() + 1), BlockKind.STORY));
    AnalyzedArticle a = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text, body, List.of()));
    assertThat(texts(a)).containsExactly(headline, "The state spent half a million dollars on the campaign.",
        "\"It works.", "We know it,\" she said.");
  }

  @Test
  void firstSentenceIsNotGuessedAsHeadlineWhenCleaningMarkedOne() {
    String text = "Marked headline\nShort line\nThe story.";
    List<Block> body = List.of(block(text, "Marked headline", BlockKind.HEADLINE),
        block(text, "Short line\nThe story.", BlockKind.STORY));
    AnalyzedArticle a = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text, body, List.of()));
    assertThat(a.sentences()).extracting(Sentence::role).containsExactly(SentenceRole.HEADLINE, SentenceRole.BODY,
        SentenceRole.BODY);
  }

  private static Block block(String text, String part, BlockKind kind) {
    int start = text.indexOf(part);
    return new Block(start, start + part.length(), part, kind);
  }

  @Test
  void emptyBodyHasNoSentences() {
    assertThat(analyze("").sentences()).isEmpty();
    assertThat(analyze("\n\n \u00A0\n").sentences()).isEmpty();
  }

  @Test
  void offsetsHoldWithOddUnicode() {
    AnalyzedArticle a = analyze("\uFEFF\u200FHeadline\u200E\r\n\r\n\u00A0“Quote…” he said.\u2028Next\u00A0one.\r\n");
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void paragraphBreakPastedIntoTheMiddleOfASentenceIsJoined() {
    AnalyzedArticle a = analyze("Rescue teams said progress was slow because of the steep roads leading to several\n\n"
        + "flooded hamlets in the northern valley. The army sent more trucks.");
    assertThat(texts(a)).containsExactly("Rescue teams said progress was slow because of the steep roads leading to several\n\n"
        + "flooded hamlets in the northern valley.", "The army sent more trucks.");
  }

  @Test
  void paragraphBreakBetweenCleanedBlocksInTheMiddleOfASentenceIsJoined() {
    String text = "The ferry, the largest to serve the islands in a decade, left port\n\nat 6 a.m. on Monday with 300 people.\n\n"
        + "A Short Paragraph Without A Stop\n\nnothing joins a short line.";
    List<Block> body = List.of(block(text, "The ferry, the largest to serve the islands in a decade, left port", BlockKind.STORY),
        block(text, "at 6 a.m. on Monday with 300 people.", BlockKind.STORY),
        block(text, "A Short Paragraph Without A Stop", BlockKind.STORY),
        block(text, "nothing joins a short line.", BlockKind.STORY));
    AnalyzedArticle a = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text, body, List.of()));
    assertOffsets(a);
    assertThat(texts(a)).containsExactly(
        "The ferry, the largest to serve the islands in a decade, left port\n\nat 6 a.m. on Monday with 300 people.",
        "A Short Paragraph Without A Stop", "nothing joins a short line.");
  }

  /**
   * A sentence that a removed line (an advertising label) cuts in two is read whole: its text holds blanks where
   * the label stood, one for each character, so its offsets stay the article's; a sentence that ended before the
   * label is not joined to a lower-case line after it.
   */
  @Test
  void sentenceCutByARemovedLabelIsJoinedAcrossIt() {
    String first = "Crews were called to the old flax mill at Ostery on Sunday night in what the brigade";
    String text = first + "\n\nAdvertisement\n\nsaid was the third fire there since the spring. Nobody was hurt.";
    AnalyzedArticle a = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text,
        List.of(block(text, first, BlockKind.STORY),
            block(text, "said was the third fire there since the spring. Nobody was hurt.", BlockKind.STORY)),
        List.of(new Removal(text.indexOf("Advertisement"), text.indexOf("Advertisement") + 13, "Advertisement",
            RemovalReason.FOOTER))));
    assertThat(texts(a)).containsExactly(
        first + "\n\n             \n\nsaid was the third fire there since the spring.", "Nobody was hurt.");
    assertThat(a.sentences().get(0).start()).isZero();
    assertThat(a.sentences().get(0).end()).isEqualTo(text.indexOf(" Nobody"));
    assertThat(a.sentences().get(0).tokens()).extracting(Token::text).doesNotContain("Advertisement").contains("what", "said");

    // near variants: the line before the label ends a sentence; the label was kept as the story's
    String ended = "Crews were called to the old flax mill at Ostery on Sunday night, the brigade said.";
    String text2 = ended + "\n\nAdvertisement\n\neBay listings for its machinery were taken down.";
    AnalyzedArticle apart = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text2,
        List.of(block(text2, ended, BlockKind.STORY), block(text2, "eBay listings for its machinery were taken down.",
            BlockKind.STORY)),
        List.of(new Removal(text2.indexOf("Advertisement"), text2.indexOf("Advertisement") + 13, "Advertisement",
            RemovalReason.FOOTER))));
    assertOffsets(apart);
    assertThat(texts(apart)).containsExactly(ended, "eBay listings for its machinery were taken down.");
    AnalyzedArticle kept = analyzer.analyze(new Article("a", "Outlet", Optional.empty(), "", text,
        List.of(block(text, first, BlockKind.STORY), block(text, "Advertisement", BlockKind.STORY),
            block(text, "said was the third fire there since the spring. Nobody was hurt.", BlockKind.STORY)),
        List.of()));
    assertOffsets(kept);
    assertThat(texts(kept)).contains(first, "Advertisement");
  }

  @Test
  void paragraphThatEndsASentenceIsNotJoinedToALowerCaseOne() {
    AnalyzedArticle a = analyze("The council met on Tuesday and approved the new budget for the schools.\n\n"
        + "iPhone sales were also discussed.");
    assertThat(texts(a)).containsExactly("The council met on Tuesday and approved the new budget for the schools.",
        "iPhone sales were also discussed.");
  }

  /**
   * A run whose time is up while an article waits to be analysed stops in the analysis, not after it: a text of
   * thousands of lines is read line by line with the deadline checked; within its time the same text is analysed.
   */
  @Test
  void aLongTextStopsBeingAnalysedOnceTheDeadlineHasPassed() {
    StringBuilder text = new StringBuilder("Ferry strike ends in Ostvik\n\n");
    for (int i = 0; i < 200; i++) {
      text.append("The ferry number ").append(i).append(" left the Ostvik harbour on Monday morning.\n\n");
    }
    Article article = Article.of("ostvik", "Ostvik Herald", null, "", text.toString());
    assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(1), "analyzing", () -> {
      pause(20); // the time is used up before the analysis starts
      return analyzer.analyze(article);
    })).isInstanceOf(DeadlineExceededException.class);
    assertThat(Deadline.within(Duration.ofMinutes(5), "analyzing", () -> analyzer.analyze(article)).sentences())
        .hasSizeGreaterThan(200);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
