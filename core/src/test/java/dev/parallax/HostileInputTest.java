package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.WordingDiff;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs of a few kilobytes that once took tens of seconds or gigabytes (issue 15). Each asserts what it
 * should give and, where the blow-up was in the work rather than the output, a bound on that work: the bytes
 * allocated on this thread ({@link Allocation}), linear in the input's characters with room to spare. These are
 * blow-up guards, not speed measurements (those are in {@code bench}, {@code RobustnessProbe}), and no clock is
 * read, so a busy machine cannot fail them. Sizes are a fraction of the ones that blew up, enough that quadratic
 * work would overrun its bound many times over (the 20,000 nested block quotes allocated 615 MB, 1,139 bytes a
 * character, when each line of a run of story lines cut the whole run again; 14 MB, 25 a character, once a run is
 * cut once).
 */
class HostileInputTest {
  private static final Path SEEDS = Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv");
  private static final String[] WORDS = {"minister", "council", "river", "harbour", "budget", "tariff", "villagers",
      "engineers", "court", "ruling", "storm", "bridge", "election", "committee", "report", "vaccine"};
  private static Parallax parallax;
  /** Works on the calling thread, where {@link Allocation} counts what it allocates. */
  private static Parallax serial;
  private static List<Article> seeds;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
    serial = Parallax.builder().parallel(false).build();
    seeds = ArticleReader.withManifest(SEEDS).readManifestFiles();
  }

  @Test
  void deeplyNestedPreBlocksAreReadOnceEach() {
    String page = "<html><body>" + "<pre>w ".repeat(3000) + "</pre>".repeat(3000) + "</body></html>";
    Allocation.Measured<Article> read = Allocation.of(() -> ArticleReader.create().fromHtml("pre", page));
    // every "w" once: the text grows with the page, not with the square of its depth
    assertThat(read.result().text().chars().filter(c -> c == 'w').count()).isEqualTo(3000);
    assertThat(read.bytes()).isLessThan(500L * page.length());   // 60 a character measured
  }

  @Test
  void twentyThousandNestedBlockQuotesEnd() {
    String page = "<html><body>" + "<blockquote>a ".repeat(20_000) + "</blockquote>".repeat(20_000) + "</body></html>";
    Allocation.Measured<Article> read = Allocation.of(() -> ArticleReader.create().fromHtml("quotes", page));
    assertThat(read.result().text().length()).isLessThan(page.length());
    assertThat(read.bytes()).isLessThan(250L * page.length());   // 25 a character measured
  }

  @Test
  void twentyThousandNestedAsidesAndPullQuotesAreShownAsDroppedInLinearTime() {
    // each nested part is read once with the outermost one it lies in, not in a walk per level
    String lead = "The harbour office in Lindby reopened the north quay on Friday after a week of repairs.";
    String more = "Fishing boats that had moored at the south pier since the storm were allowed back the same afternoon,"
        + " the office said in a statement.";
    String story = "<article><p>" + lead + "</p><p>" + more + "</p></article>";
    String page = "<html><body>" + story + "<aside class='pullquote'>" + "<aside>Read the whole series here now ".repeat(20_000)
        + "</aside>".repeat(20_001) + "</body></html>";
    Allocation.Measured<Article> read = Allocation.of(() -> ArticleReader.create().fromHtml("asides", page));
    assertThat(read.result().cleanedText()).isEqualTo(lead + "\n\n" + more);
    assertThat(read.result().removed()).hasSize(20_000);
    assertThat(read.bytes()).isLessThan(250L * page.length());   // 39 a character measured
  }

  @Test
  void unclosedListItemsAroundParagraphsAreComparedInLinearTime() {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 800; i++) {
      page.append("<ul><li><p>").append(sentence(new Random(i), i)).append("</p>");
    }
    page.append("</body></html>");
    Allocation.Measured<Comparison> run = Allocation.of(() -> serial.compare(
        List.of(ArticleReader.create().fromHtml("lists", page.toString()), seeds.get(0))));
    assertThat(run.result().articles()).hasSize(2);
    assertThat(run.bytes()).isLessThan(3_000L * (page.length() + seeds.get(0).text().length()));   // 850 measured
  }

  @Test
  void aSentenceOfTwoThousandQuotesIsAnalyzedQuickly() {
    StringBuilder s = new StringBuilder("Amara Okafor said");
    for (int i = 0; i < 2000; i++) {
      s.append(i == 0 ? " " : ", and ").append('\u201C').append(WORDS[i % WORDS.length]).append(' ').append(i).append('\u201D');
    }
    s.append('.');
    Allocation.Measured<AnalyzedArticle> run = Allocation.of(() -> serial.analyze(Article.of("q", "Q", null, "",
        s.toString())));
    assertThat(run.result().quotes()).hasSize(2000);
    assertThat(run.result().quotes().get(1999).speaker()).contains("Amara Okafor");
    assertThat(run.bytes()).isLessThan(2_000L * s.length());   // 430 a character measured
  }

  @Test
  void aLongSentenceAgainstItsReverseIsDiffedCoarselyAndSaysSo() {
    List<String> words = new ArrayList<>();
    String[] common = {"the", "and", "of", "to", "in", "that", "with", "for"};
    for (int i = 0; i < 10_000; i++) {
      words.add(i % 2 == 0 ? common[(i / 2) % common.length] : WORDS[(i / 2) % WORDS.length] + (i / 2 / WORDS.length));
    }
    String forward = "The " + String.join(" ", words) + " ended.";
    Collections.reverse(words);
    String backward = "The " + String.join(" ", words) + " ended.";
    Allocation.Measured<Comparison> run = Allocation.of(() -> serial.compare(
        List.of(Article.of("a", "A", null, "", forward), Article.of("b", "B", null, "", backward))));
    assertThat(run.result().wording()).anyMatch(WordingDiff::coarse);
    assertThat(run.bytes()).isLessThan(3_000L * (forward.length() + backward.length()));   // 520 measured
  }

  @Test
  void twoLongArticlesOfUniqueSentencesAreComparedInLinearTime() {
    Allocation.Measured<Comparison> run = Allocation.of(() -> serial.compare(
        List.of(Article.of("a", "A", null, "", uniqueSentences(1, 150_000)),
            Article.of("b", "B", null, "", uniqueSentences(2, 150_000)))));
    assertThat(run.result().passages()).isNotEmpty();
    // 2,800 a character measured (1,900 for articles a quarter as long: a little more than linear, not quadratic)
    assertThat(run.bytes()).isLessThan(10_000L * 2 * 150_000);
  }

  @Test
  void aHundredAndTwentyArticlesOfOneStoryAreComparedInLinearTime() {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      Article seed = seeds.get(i % 4);   // the four seeds about the main event
      many.add(Article.of("a" + i, "outlet " + i, seed.published().orElse(null), seed.title(), seed.text()));
    }
    Comparison c = parallax.compare(many);
    assertThat(c.articles()).hasSize(120);
    // a passage that more than 32 outlets carry lists each member against the reference (at most 119
    // pairs, not up to 7,140) and says so; smaller passages keep every pair (at most 32 * 31 / 2)
    assertThat(c.wording()).anyMatch(w -> w.coarse() && w.pairs().size() < 120);
    assertThat(c.wording()).allMatch(w -> w.pairs().size() <= 32 * 31 / 2);
  }

  @Test
  void aRunThatOverrunsItsDeadlineStopsWithAClearError() {
    Parallax hurried = Parallax.builder().deadline(Duration.ofMillis(1)).build();
    List<Article> many = new ArrayList<>(seeds);
    for (int i = 0; i < 20; i++) {
      many.add(Article.of("copy" + i, "Copy " + i, null, "", seeds.get(i % 4).text()));
    }
    assertThatThrownBy(() -> hurried.compare(many))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("deadline of 1 ms")
        .satisfies(e -> assertThat(((DeadlineExceededException) e).deadline()).isEqualTo(Duration.ofMillis(1)));
  }

  /** When cleaning uses up the run's time, the article is not analysed after the deadline. */
  @Test
  void noArticleIsAnalysedAfterTheDeadline() {
    java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
    dev.parallax.analyze.Analyzer counting = a -> {
      analysed.incrementAndGet();
      return parallax.analyze(a);
    };
    Parallax slowCleaning = Parallax.builder().deadline(Duration.ofMillis(50)).parallel(false).analyzer(counting)
        .cleaner(a -> {
          try {
            Thread.sleep(100); // a page whose cleaning takes longer than the run may
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return a;
        }).build();
    assertThatThrownBy(() -> slowCleaning.compare(seeds)).isInstanceOf(DeadlineExceededException.class);
    assertThat(analysed).hasValue(0);
  }

  @Test
  void theDefaultDeadlineIsFiveMinutesAndZeroIsRefused() {
    assertThat(parallax.deadline()).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> Parallax.builder().deadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShortChineseArticleFailsTheEnglishCheck() {
    Article chinese = Article.of("zh", "ZH", null, "", "俄罗斯外长拉夫罗夫周四表示，"
        + "北约继续东扩将导致军事对抗的噩梦。");
    assertThatThrownBy(() -> parallax.analyze(chinese))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not look like English");
  }

  @Test
  void aShortGermanArticleFailsTheEnglishCheck() {
    Article german = Article.of("de", "DE", null, "", "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. "
        + "Die Opposition kritisierte die Entscheidung scharf und kündigte Widerstand an.");
    assertThatThrownBy(() -> parallax.analyze(german))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not look like English");
  }

  @Test
  void aShortEnglishArticleWithForeignNamesPassesTheEnglishCheck() {
    Article headlines = Article.of("en", "EN", null, "", "Le Pen Rallies Supporters Los Angeles Crowd Cheers Loudly\n\n"
        + "Marine Le Pen spoke in Los Angeles to a crowd of supporters on Friday.");
    assertThat(parallax.analyze(headlines).sentences()).hasSize(2);
    Article title = Article.of("t", "T", null, "", "Lindby Council Approves Harbour Tunnel Plan After Long Debate Tonight");
    assertThat(parallax.analyze(title).sentences()).isNotEmpty();
  }

  @Test
  void aHostileOutletNameCannotReorderTheRestOfTheReport() {
    Article evil = Article.of("evil", "‮evil outlet", seeds.get(0).published().orElse(null), "", seeds.get(0).text());
    String html = dev.parallax.report.HtmlReport.render(parallax.compare(List.of(evil, seeds.get(1))));
    int overrides = html.split("‮", -1).length - 1;
    int closings = html.split("‬", -1).length - 1;
    assertThat(overrides).isPositive();
    assertThat(closings).isGreaterThanOrEqualTo(overrides);
  }

  private static String uniqueSentences(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < chars) {
      sb.append(sentence(r, i++)).append(i % 5 == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  private static String sentence(Random r, int i) {
    String[] names = {"Amara Okafor", "Lucas Brandt", "Mei Tanaka", "Omar Haddad", "Sofia Rossi"};
    String[] places = {"Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn"};
    return names[r.nextInt(names.length)] + " told the " + WORDS[r.nextInt(WORDS.length)] + " in "
        + places[r.nextInt(places.length)] + " that " + (r.nextInt(900) + 10 + i) + " " + WORDS[r.nextInt(WORDS.length)]
        + " workers had seen the " + WORDS[r.nextInt(WORDS.length)] + " number " + i + ".";
  }
}
