package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default grouper: its score as a metric, its steps run apart, its configuration. */
class MinHashGrouperTest {
  private static final MinHashGrouper GROUPER = EventGroupers.minHash();
  private static Parallax parallax;
  private static List<AnalyzedArticle> analyzed;
  private static List<ArticleSketch> sketches;
  private static TermStats stats;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
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
  void termsNoOtherArticleCarriesLeaveTheBandKeysAsTheyAre() {
    // Two sketches with the same shared terms; one also carries forty terms of its own, weighted highest.
    long[] shared = {11, 12, 13, 14, 15, 16, 17, 18};
    long[] own = new long[40];
    for (int i = 0; i < own.length; i++) {
      own[i] = 1000 + i;
    }
    long[] withOwn = java.util.stream.LongStream.concat(java.util.Arrays.stream(shared), java.util.Arrays.stream(own)).toArray();
    float[] sharedWeights = new float[shared.length];
    java.util.Arrays.fill(sharedWeights, 1f);
    float[] ownWeights = new float[withOwn.length];
    java.util.Arrays.fill(ownWeights, 3f);
    ArticleSketch plain = new ArticleSketch("plain", "o", 0, "", shared, sharedWeights);
    ArticleSketch crowded = new ArticleSketch("crowded", "o", 0, "", withOwn, ownWeights);
    TermStats both = TermStats.of(List.of(plain, crowded));

    assertThat(both.shared(11)).isTrue();
    assertThat(both.shared(1000)).isFalse();
    assertThat(GROUPER.bandKeys(crowded, both)).containsExactly(GROUPER.bandKeys(plain, both));
  }

  @Test
  void aReportThatNamesManyPeopleNoOtherReportNamesStillMeetsItsStory() {
    // Three reports of one flood; the third lists the residents taken in by name, names no other report has.
    StringBuilder roll = new StringBuilder();
    String[] first = {"Anna", "Bo", "Carl", "Dora", "Erik", "Frida", "Gustav", "Hanna", "Ivar", "Jonna", "Kurt", "Lena",
        "Maja", "Nils", "Olga", "Pia"};
    String[] last = {"Ahlberg", "Berglund", "Dahlin"};
    for (String f : first) {
      for (String l : last) {
        roll.append(' ').append(f).append(' ').append(l).append(" was one of them, with all of the household.");
      }
    }
    List<AnalyzedArticle> reports = new ArrayList<>();
    reports.add(parallax.analyze(Article.of("flood-post", "Post", java.time.LocalDate.of(2026, 4, 2), "River Lind floods Lindby",
        "The River Lind burst its banks in Lindby on Thursday, flooding 120 homes along the quay. Mayor Karl Lind said"
            + " the school on Mill Street would shelter families overnight.")));
    reports.add(parallax.analyze(Article.of("flood-gazette", "Gazette", java.time.LocalDate.of(2026, 4, 2),
        "Flood forces 120 Lindby families from homes", "About 120 homes on the Lindby quay were flooded on Thursday when"
            + " the River Lind rose. The Mill Street school is open to families, Mayor Karl Lind said.")));
    reports.add(parallax.analyze(Article.of("flood-roll", "Roll", java.time.LocalDate.of(2026, 4, 2),
        "Who slept at the Mill Street school", "The River Lind flooded 120 homes in Lindby on Thursday. Many families were taken in"
            + " at the Mill Street school, Mayor Karl Lind said." + roll)));
    reports.add(parallax.analyze(Article.of("budget", "Post", java.time.LocalDate.of(2026, 4, 2), "Norby sets budget",
        "The Norby council set its budget on Thursday, raising the harbour levy by 2 per cent.")));
    reports.add(parallax.analyze(Article.of("match", "Gazette", java.time.LocalDate.of(2026, 4, 2), "Lindby wins derby",
        "Lindby beat Norby 3-1 in the derby on Thursday night, with two goals from Eva Strand.")));

    List<CorpusEvent> events = GROUPER.group(reports);

    assertThat(events).extracting(CorpusEvent::articles)
        .contains(List.of("flood-gazette", "flood-post", "flood-roll"));
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
  void aFirstReportFedAloneStillMeetsTheReportsThatFollowIt() {
    // A stream, one article at a time: the first report of a ferry fire is signed when no other article carries
    // its names yet; the two reports that follow share them with it and must still find it.
    LocalDate day = LocalDate.of(2026, 5, 4);
    List<AnalyzedArticle> stream = List.of(
        parallax.analyze(Article.of("a-budget", "Post", day, "Norby sets harbour budget", "The Norby council set its budget"
            + " on Monday, raising the harbour levy by 2 per cent. Councillor Eva Strand said the harbour needs new cranes.")),
        parallax.analyze(Article.of("b-ferry", "Post", day, "Fire on the Lindby ferry", "Fire broke out on the ferry Astrid"
            + " Lind in Lindby harbour on Monday morning. Captain Karl Holm got all 212 passengers ashore at Quay Nine before"
            + " the crew put the fire out.")),
        parallax.analyze(Article.of("c-ferry", "Gazette", day, "Astrid Lind passengers safe after fire", "All 212 passengers"
            + " of the Astrid Lind were brought ashore at Quay Nine on Monday when fire broke out on board, Captain Karl Holm"
            + " said.")),
        parallax.analyze(Article.of("d-ferry", "Herald", day, "Captain Karl Holm praised", "Captain Karl Holm was praised for"
            + " bringing the 212 passengers of the Astrid Lind ashore at Quay Nine after Monday's fire.")),
        parallax.analyze(Article.of("e-match", "Gazette", day, "Lindby wins derby", "Lindby beat Norby 3-1 in the derby on"
            + " Monday night, with two goals from Eva Strand.")));
    EventGrouper.Session oneByOne = GROUPER.start();
    stream.forEach(a -> oneByOne.add(List.of(a)));

    assertThat(oneByOne.events()).extracting(CorpusEvent::articles)
        .contains(List.of("b-ferry", "c-ferry", "d-ferry"))
        .isEqualTo(GROUPER.group(stream).stream().map(CorpusEvent::articles).toList());
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

  /** Invented reports of one night's fire in Lindby and three unrelated stories, in id order as grouped. */
  private static List<AnalyzedArticle> sawmillFire(String firstId, String firstTitle, String firstText) {
    String[][] rows = {
        {firstId, firstTitle, firstText},
        {"b-owner", "Lindby sawmill owner vows to rebuild", "Eva Strand, who owns the Strand sawmill, said on Tuesday she"
            + " would rebuild. The mill employs 40 people. Insurance will cover the loss, Strand said."},
        {"c-report", "Fire destroys Strand sawmill in Lindby", "A fire destroyed the Strand sawmill in Lindby on Monday night."
            + " Firefighters fought the blaze until dawn and no one was hurt. Owner Eva Strand said she would rebuild the"
            + " mill, which employs 40 people."},
        {"d-report", "Lindby sawmill lost to overnight blaze", "The Strand sawmill in Lindby burned down overnight on Monday."
            + " Firefighters from three towns fought the fire. Eva Strand, the owner, said the mill's 40 workers would keep"
            + " their jobs and she would rebuild."},
        {"x-council", "Karl Lind elected mayor of Norby", "Karl Lind won the mayoral election in Norby on Sunday with 62"
            + " percent of the vote. He promised lower bus fares."},
        {"y-harbour", "Harbour dredging starts in Westvik", "Dredging of the Westvik harbour began on Monday. The work will"
            + " take six weeks and cost 3 million euros, the port authority said."},
        {"z-school", "New school opens in Ostby", "A new primary school opened in Ostby on Tuesday. It has room for 300"
            + " pupils, headteacher Jane Doe said."}};
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(parallax.analyze(Article.of(r[0], "Outlet " + r[0], java.time.LocalDate.of(2026, 3, 10), r[1], r[2])));
    }
    return out;
  }

  @Test
  void aFirstReportThatTheSecondDidNotMatchStillJoinsItsStory() {
    // The brief first report says nothing of the owner the second one is about, so the second opens an event of
    // its own; the two full reports match both and join the larger group. The first report is left alone with
    // all its matches in that event, as many as it would need coming last: it belongs there.
    List<AnalyzedArticle> articles = sawmillFire("a-first", "Fire at Lindby sawmill", "A fire broke out at the sawmill in"
        + " Lindby on Monday night. Firefighters from three towns fought the blaze until dawn. No one was hurt, the fire"
        + " brigade said.");
    assertThat(GROUPER.group(articles)).extracting(CorpusEvent::articles).containsExactly(
        List.of("a-first", "b-owner", "c-report", "d-report"), List.of("x-council"), List.of("y-harbour"),
        List.of("z-school"));
  }

  @Test
  void anotherFireTheSameNightStaysApart() {
    // A bakery fire in another town shares the words of a fire with one report of the sawmill fire (and the day
    // and town words of the harbour story): too little to join either.
    List<AnalyzedArticle> articles = sawmillFire("a-other", "Fire at Westvik bakery", "A fire broke out at the Holm"
        + " bakery in Westvik on Monday night. Firefighters fought the blaze for two hours. The baker, Karl Holm, was"
        + " treated for smoke, the fire brigade said.");
    assertThat(GROUPER.group(articles)).extracting(CorpusEvent::articles).containsExactly(
        List.of("a-other"), List.of("b-owner", "c-report", "d-report"), List.of("x-council"), List.of("y-harbour"),
        List.of("z-school"));
  }

  /** One event of three invented reports given in order ({@code id|headline}), each matching the others. */
  private static CorpusEvent eventOf(String... articles) {
    long day = LocalDate.of(2026, 6, 1).toEpochDay();
    List<ArticleSketch> keys = new ArrayList<>();
    for (String a : articles) {
      String[] p = a.split("\\|");
      keys.add(ArticleSketch.key(p[0], "Outlet " + p[0], day, p[1]));
    }
    keys.sort(MinHashGrouper.order());
    List<ScoredPair> matches = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < i; j++) {
        matches.add(new ScoredPair(keys.get(i).id(), keys.get(j).id(), 0.6));
      }
    }
    List<CorpusEvent> events = GROUPER.cluster(keys, matches);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void anEventIsTitledByTheHeadlineItsReportsShareNotByAnOpinionPieceThatCameFirst() {
    // The opinion piece sorts first on the day; the two reports say what happened in words they share.
    CorpusEvent e = eventOf("a-comment|Why Tarnby's new harbour tax is a disgrace",
        "b-courier|Tarnby council votes harbour tax on cruise ships",
        "c-herald|Cruise ships face harbour tax after Tarnby council vote");
    assertThat(e.title()).isEqualTo("Tarnby council votes harbour tax on cruise ships");
  }

  @Test
  void anEventIsTitledByAHeadlineThatSaysWhatHappenedNotByAQuestionThatSharesMoreWords() {
    // The question shares the most words with the others ("Orrby", "dam", "fail"), but it asks what the reports say.
    CorpusEvent e = eventOf("a-courier|What we know about the Orrby dam failure",
        "b-herald|Orrby dam fails, valley evacuated", "c-post|Why did the Orrby dam fail?");
    assertThat(e.title()).isEqualTo("Orrby dam fails, valley evacuated");
    // near variant: when every headline asks, the one the others share most is taken
    CorpusEvent asked = eventOf("a-courier|Is Lindholm ready for its new mayor?",
        "b-herald|Why did the Lindholm mayor quit over the budget?", "c-post|Who will lead Lindholm after the mayor quit?");
    assertThat(asked.title()).isEqualTo("Why did the Lindholm mayor quit over the budget?");
  }

  @Test
  void anEventIsTitledByAReportNotByAnEditorialThatSharesItsWords() {
    // The editorial shares the most words with the reports ("Tarnby", "council", "harbour", "tax", "cruise",
    // "ships"), but it gives the paper's view, not the event.
    CorpusEvent e = eventOf("a-comment|Editorial: Tarnby council harbour tax vote on cruise ships was right",
        "b-courier|Tarnby council votes harbour tax", "c-herald|Cruise ships face harbour tax after Tarnby vote");
    assertThat(e.title()).isEqualTo("Cruise ships face harbour tax after Tarnby vote");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Opinion: Tarnby's harbour tax is a disgrace              | true
      OPINION \u2014 The harbour tax Tarnby needs               | true
      Op-Ed: Cruise ships should pay their way                  | true
      Editorial - Good for Tarnby                               | true
      Guest column: Why I voted for the tax                     | true
      Letters: The harbour tax                                  | true
      Viewpoints: Two readers on the harbour tax                | true
      Analysis: Tarnby's harbour tax tests its council         | false
      Opinion poll shows Tarnby backs harbour tax               | false
      Columnist wins Tarnby press prize                         | false
      Tarnby council votes harbour tax                          | false
      """)
  void aHeadlineLabelledAsOpinionIsPassedOver(String title, boolean passedOver) {
    assertThat(MinHashGrouper.passedOver(title)).as(title).isEqualTo(passedOver);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Dam fails at Orrby, valley evacuated                      | false
      Could the Orrby dam fail again?                           | true
      What we know about the Orrby dam failure                  | true
      Orrby dam fails: here's what it means for the valley      | true
      Orrby dam fails — Here’s why it matters                | true
      \u201cWhy Orrby's dam gave way                                 | true
      The Orrby dam failure, explained                          | true
      4 reasons the Orrby dam failed                            | true
      Three big takeaways from the Orrby vote                   | true
      WHO chief: vaccine stocks low                             | false
      Whoever wins, Orrby pays                                  | false
      Orrby names new dam inspector                             | false
      When the levee broke, 400 homes flooded in Orrby          | false
      When will the Orrby levee be rebuilt                      | true
      Lind: 'What happened at the dam was a tragedy'            | false
      Dr. Who star opens Orrby dam museum                       | false
      Dam fails at Orrby. Where residents can find shelter      | true
      Orrby mayor Lind - who ordered the evacuation - resigns   | false
      Orrby dam fails - who is to blame                         | true
      Cause of Orrby dam collapse explained                     | true
      """)
  void aHeadlineAsksWhenItIsAQuestionOrAnExplainer(String title, boolean asks) {
    assertThat(MinHashGrouper.asks(title)).as(title).isEqualTo(asks);
  }

  @Test
  void anEventOfTwoHeadlinesOrOfBlankOnesTakesTheEarliest() {
    assertThat(eventOf("a-courier|Tarnby council votes harbour tax", "b-herald|Harbour tax passes in Tarnby").title())
        .isEqualTo("Tarnby council votes harbour tax");
    assertThat(eventOf("a-courier| ", "b-herald|Harbour tax passes in Tarnby", "c-post| ").title())
        .isEqualTo("Harbour tax passes in Tarnby");
    assertThat(eventOf("a-courier| ", "b-herald| ").title()).isEmpty();
  }

  @Test
  void aLargeEventIsTitledByTheHeadlineItsUpdatesShare() {
    // 50,000 numbered updates of one story, each headline with a number of its own, then the plain headline they
    // all share: it shares most with the others. How long this takes is measured by CorpusProbe's "title" mode
    // (docs/scaling.md), not here: speed is measured in benchmarks, never in timed unit tests.
    List<String> titles = new ArrayList<>();
    for (int i = 10; i < 50_010; i++) {
      titles.add("Storm floods Kettering valley: " + i);
    }
    titles.add("Storm floods Kettering valley");
    assertThat(MinHashGrouper.centralTitle(titles)).isEqualTo("Storm floods Kettering valley");
  }

  @Test
  void theCentralHeadlineIsTheOneWhoseWordsTheOthersShareMost() {
    // The definition, title by title, against the linear sum: blank headlines and headlines of stop words alone
    // take no part; a question or an explainer only when every headline is one; a tie goes to the earliest.
    List<List<String>> events = List.of(
        List.of("Dam gate fails at Orrby", "Orrby dam gate fails, valley warned", "Valley warned after dam fails",
            "Why the Orrby dam failed"),
        List.of(" ", "The and of", "Ferry strike ends", "Ferry strike ends"),
        List.of("Mayor of Lindholm resigns", "Lindholm mayor quits over budget", "Budget row: Lindholm mayor out",
            "Lindholm council picks new mayor", "Mayor resigns", "Lindholm"),
        List.of("Of the", "And the"));
    for (List<String> titles : events) {
      assertThat(MinHashGrouper.centralTitle(titles)).as(titles.toString()).isEqualTo(centralByPairs(titles));
    }
  }

  /**
   * The central title as defined: each title's shared words with every other, summed; the first best among the
   * headlines that state something, or among all when none does.
   */
  private static String centralByPairs(List<String> titles) {
    List<String> given = titles.stream().filter(t -> !t.isBlank()).map(String::strip).toList();
    List<Set<String>> words = new ArrayList<>();
    Set<String> stop = Set.copyOf(dev.parallax.internal.ResourceLines.read("dev/parallax/align/stopwords.txt"));
    for (String t : given) {
      Set<String> w = new HashSet<>();
      for (String word : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 2 && !stop.contains(word)) {
          w.add(word);
        }
      }
      words.add(w);
    }
    String best = given.isEmpty() ? "" : given.get(0);
    double bestScore = -1;
    boolean anyStatement = given.stream().anyMatch(t -> !MinHashGrouper.passedOver(t));
    for (int i = 0; i < given.size(); i++) {
      if (anyStatement && MinHashGrouper.passedOver(given.get(i))) {
        continue;
      }
      double score = 0;
      for (int j = 0; j < given.size(); j++) {
        if (j != i && !words.get(i).isEmpty() && !words.get(j).isEmpty()) {
          Set<String> shared = new HashSet<>(words.get(i));
          shared.retainAll(words.get(j));
          score += shared.size() / Math.sqrt((double) words.get(i).size() * words.get(j).size());
        }
      }
      if (score > bestScore + 1e-9) {
        best = given.get(i);
        bestScore = score;
      }
    }
    return best;
  }
}
