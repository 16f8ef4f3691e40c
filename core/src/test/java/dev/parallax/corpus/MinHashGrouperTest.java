package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default grouper: its score as a metric, its steps run apart, its configuration. */
class MinHashGrouperTest {
  private static final MinHashGrouper GROUPER = EventGroupers.minHash();
  private static List<AnalyzedArticle> analyzed;
  private static List<ArticleSketch> sketches;
  private static TermStats stats;

  @BeforeAll
  static void load() {
    Parallax parallax = Parallax.create();
    List<Article> articles = ArticleReader.withManifest(Path.of("src/test/resources/corpus/MANIFEST.tsv")).readManifestFiles();
    analyzed = new ArrayList<>();
    sketches = new ArrayList<>();
    for (Article a : articles) {
      AnalyzedArticle x = parallax.analyze(a);
      analyzed.add(x);
      sketches.add(GROUPER.sketch(x));
    }
    stats = TermStats.of(sketches);
  }

  private static ArticleSketch sketch(String id) {
    return sketches.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void scoreIsSymmetricAndInRange() {
    for (ArticleSketch a : sketches) {
      for (ArticleSketch b : sketches) {
        double ab = GROUPER.score(a, b, stats);
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(GROUPER.score(b, a, stats));
      }
    }
  }

  @Test
  void twoReportsOfOneFireScoreAboveTheThresholdAndTwoFiresBelow() {
    assertThat(GROUPER.score(sketch("fire-herald"), sketch("fire-courier"), stats)).isGreaterThanOrEqualTo(GROUPER.threshold());
    assertThat(GROUPER.score(sketch("fire-herald"), sketch("fire-other-city"), stats)).isLessThan(GROUPER.threshold());
  }

  @Test
  void anArticleWithoutTermsScoresZero() {
    ArticleSketch empty = ArticleSketch.key("x", "o", 0, "");
    assertThat(GROUPER.score(empty, sketch("fire-herald"), stats)).isZero();
    assertThat(GROUPER.bandKeys(empty, stats)).isEmpty();
  }

  @Test
  void stepsRunApartGiveTheSessionsEvents() {
    // What a cluster engine does: band buckets, pairs inside each, scores, then clustering.
    List<ArticleSketch> ordered = new ArrayList<>(sketches);
    ordered.sort(MinHashGrouper.order());
    java.util.Map<Long, List<ArticleSketch>> buckets = new java.util.TreeMap<>();
    for (ArticleSketch s : ordered) {
      for (long k : GROUPER.bandKeys(s, stats)) {
        buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    Set<List<String>> pairs = new HashSet<>();
    List<ScoredPair> matches = new ArrayList<>();
    for (List<ArticleSketch> b : buckets.values()) {
      for (int[] p : GROUPER.bucketPairs(b)) {
        if (pairs.add(List.of(b.get(p[0]).id(), b.get(p[1]).id()))) {
          matches.add(new ScoredPair(b.get(p[0]).id(), b.get(p[1]).id(), GROUPER.score(b.get(p[0]), b.get(p[1]), stats)));
        }
      }
    }
    assertThat(GROUPER.cluster(ordered, matches)).isEqualTo(GROUPER.group(analyzed));
  }

  @Test
  void batchesByDayGiveTheSameEventsHere() {
    EventGrouper.Session s = GROUPER.start();
    s.add(analyzed.subList(0, 2));
    s.add(analyzed.subList(2, analyzed.size()));
    assertThat(s.events()).extracting(CorpusEvent::articles)
        .isEqualTo(GROUPER.group(analyzed).stream().map(CorpusEvent::articles).toList());
  }

  @Test
  void anIdAddedTwiceIsRefused() {
    EventGrouper.Session s = GROUPER.start();
    s.add(analyzed.subList(0, 1));
    assertThatThrownBy(() -> s.add(analyzed.subList(0, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("added before");
  }

  @Test
  void badSettingsAreRefusedAndSettingsMakeNewInstances() {
    assertThatThrownBy(() -> GROUPER.withThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GROUPER.withBands(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GROUPER.withWindowDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GROUPER.withShare(0, 3)).isInstanceOf(IllegalArgumentException.class);
    MinHashGrouper wide = GROUPER.withWindowDays(30);
    assertThat(wide.windowDays()).isEqualTo(30);
    assertThat(GROUPER.windowDays()).isEqualTo(3);
  }

  @Test
  void nameTermsAreTheCapitalizedWordsAsWrittenNotTheAnalyzersResolvedNames() {
    String text = "Senate Votes On Harbour Levy Plan\n\n"
        + "Senator Newt Gingrich spoke on Tuesday. Later Mr. Gingrich left the chamber without a vote.";
    AnalyzedArticle a = Parallax.create().analyze(Article.of("g", "Outlet", null, "", text));
    Set<Long> terms = new HashSet<>();
    for (long t : GROUPER.sketch(a).terms()) {
      terms.add(t);
    }
    // the analyzer reads "Mr. Gingrich" as Newt Gingrich; grouping keeps the outlet's own words, so a story that
    // names a politician by surname does not take the heavy full-name term every story about him shares
    assertThat(terms).contains(MinHashGrouper.hash("n|gingrich"), MinHashGrouper.hash("n|senator newt gingrich"));
    assertThat(terms).contains(MinHashGrouper.hash("n|senate votes on harbour levy plan"));
  }
}
