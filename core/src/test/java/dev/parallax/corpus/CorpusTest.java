package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.CorpusJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus mode on a small corpus: two fires in two cities, a council vote, and the five seed articles. */
class CorpusTest {
  private static Parallax parallax;
  private static List<Article> articles;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
    articles = new ArrayList<>(ArticleReader.withManifest(Path.of("src/test/resources/corpus/MANIFEST.tsv")).readManifestFiles());
    articles.addAll(ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv")).readManifestFiles());
  }

  private static List<List<String>> groups(CorpusReport r) {
    return r.events().stream().map(CorpusEvent::articles).toList();
  }

  @Test
  void articlesAboutOneEventFormOneEvent() {
    CorpusReport r = Corpus.builder(parallax).threads(1).build().run(articles);
    assertThat(groups(r)).contains(List.of("fire-herald", "fire-courier"), List.of("tram-gazette", "tram-observer"));
    assertThat(groups(r)).anySatisfy(g -> assertThat(g).contains("000_de842d1e572453eb", "001_17d8a8fe762a2e75",
        "002_d2b672eee6184288", "003_b011d7168288c4b4"));
  }

  @Test
  void anotherFireInAnotherCityIsItsOwnEvent() {
    CorpusReport r = Corpus.builder(parallax).threads(1).build().run(articles);
    assertThat(groups(r)).contains(List.of("fire-other-city"));
  }

  @Test
  void aFollowUpWeeksLaterIsOutsideTheDateWindow() {
    // The fifth seed was published three weeks after the others: it cannot join their event.
    CorpusReport r = Corpus.builder(parallax).threads(1).build().run(articles);
    assertThat(groups(r)).contains(List.of("004_e9aafec4d55ee50f"));
  }

  @Test
  void sameEventsAndProfilesWhateverTheThreadCount() {
    CorpusReport one = Corpus.builder(parallax).threads(1).build().run(articles);
    CorpusReport two = Corpus.builder(parallax).threads(2).build().run(articles);
    assertThat(two).isEqualTo(one);
  }

  private static List<String> reports(Corpus corpus) {
    return reports(corpus, articles);
  }

  private static List<String> reports(Corpus corpus, List<Article> input) {
    List<String> lines = new ArrayList<>();
    corpus.run(input, r -> lines.add(CorpusJson.eventLine(r.event(), r.comparison().map(CorpusJson::compactReport), r.error())));
    return lines;
  }

  @Test
  void articlesAnalyzedAgainForTheirEventGiveTheSameReportsAsArticlesKept() {
    List<String> allKept = reports(Corpus.builder(parallax).threads(2).keepAnalyzed(Integer.MAX_VALUE).build());
    List<String> noneKept = reports(Corpus.builder(parallax).threads(2).keepAnalyzed(0).build());
    List<String> someKept = reports(Corpus.builder(parallax).threads(1).keepAnalyzed(3).build());
    assertThat(allKept).hasSizeGreaterThan(2).anySatisfy(line -> assertThat(line).contains("parallax-report/1"));
    assertThat(noneKept).isEqualTo(allKept);
    assertThat(someKept).isEqualTo(allKept);
  }

  @Test
  void keptAnalysesMustNotBeNegative() {
    assertThatThrownBy(() -> Corpus.builder(parallax).keepAnalyzed(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsAreHandedOverInOrderWithTheirComparison() {
    List<EventResult> seen = new ArrayList<>();
    CorpusReport r = Corpus.builder(parallax).build().run(articles, seen::add);
    assertThat(seen).extracting(EventResult::event).isEqualTo(r.events());
    assertThat(seen).allSatisfy(e -> assertThat(e.comparison().isPresent()).isEqualTo(e.event().size() > 1));
    assertThat(r.events()).allSatisfy(e -> assertThat(e.id()).isEqualTo(EventIds.of(e.articles().get(0))));
  }

  @Test
  void resumedEventsAreNotComparedAgain() {
    List<EventResult> first = new ArrayList<>();
    CorpusReport before = Corpus.builder(parallax).build().run(articles, first::add);
    List<EventResult> again = new ArrayList<>();
    CorpusReport after = Corpus.builder(parallax).build().run(articles, new EventSink() {
      @Override
      public Optional<EventFindings> resume(CorpusEvent event) {
        return first.stream().filter(x -> x.event().equals(event)).map(EventResult::findings).findFirst();
      }

      @Override
      public void accept(EventResult result) {
        again.add(result);
      }
    });
    assertThat(again).allSatisfy(e -> assertThat(e.comparison()).isEmpty());
    assertThat(after.outlets()).isEqualTo(before.outlets());
  }

  @Test
  void repeatedIdsAreRefused() {
    List<Article> twice = List.of(articles.get(0), articles.get(0));
    assertThatThrownBy(() -> Corpus.builder(parallax).build().run(twice))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ids must be distinct");
  }

  @Test
  void anArticleWithoutEnglishTextIsSkippedWithItsReason() {
    List<Article> withBad = new ArrayList<>(articles);
    withBad.add(Article.of("leer", "Blatt", null, "", "Dies ist kein englischer Text, und er bleibt es auch. Die Stadt hat heute beschlossen, dass die neue Brücke "
        + "im nächsten Jahr gebaut wird, obwohl viele Bürger dagegen waren und die Kosten noch nicht feststehen. "
        + "Der Bürgermeister sagte, man werde die Pläne im Herbst vorstellen."));
    CorpusReport r = Corpus.builder(parallax).build().run(withBad);
    assertThat(r.skipped()).extracting(Skipped::article).containsExactly("leer");
    assertThat(r.articles()).isEqualTo(withBad.size());
  }

  @Test
  void feedArticlesWhoseHeadlinesTellTheSameEventFormOneEvent() {
    // A feed gives each headline apart from the text; here the two texts share hardly a word, their headlines do.
    List<Article> feed = new ArrayList<>(articles);
    feed.add(JsonLinesArticles.parse("""
        {"id":"bridge-herald","outlet":"Herald","published":"2026-03-12","title":"Lindby bridge closed after cracks found in main span",\
        "text":"Engineers shut the crossing on Tuesday morning. Traffic was sent through the town centre, and buses will run \
        on a detour until further notice.\\n\\nThe council said an inspection would take several weeks."}""", "l:1"));
    feed.add(JsonLinesArticles.parse("""
        {"id":"bridge-courier","outlet":"Courier","published":"2026-03-12","title":"Cracks in main span force Lindby bridge closure",\
        "text":"Drivers faced long queues as officials barred vehicles from the structure. Eva Strand, who heads the roads \
        department, said repairs could cost millions.\\n\\nPedestrians may still use the footpath."}""", "l:2"));
    CorpusReport r = Corpus.builder(parallax).threads(1).build().run(feed);
    assertThat(groups(r)).contains(List.of("bridge-courier", "bridge-herald"));
  }

  @Test
  void anEmptyCorpusHasNoEvent() {
    CorpusReport r = Corpus.builder(parallax).build().run(List.of());
    assertThat(r.events()).isEmpty();
    assertThat(r.outlets()).isEmpty();
  }

  @Test
  void threadsMustBePositive() {
    assertThatThrownBy(() -> Corpus.builder(parallax).threads(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFeedReadOnDemandGivesTheSameReportsAsOneHeldInMemory(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Article a : articles) {
      lines.append(json.writeValueAsString(Map.of("id", a.id(), "outlet", a.outlet(), "title", a.title(), "text", a.text(),
          "published", a.published().map(Object::toString).orElse("")))).append('\n');
    }
    Files.writeString(feed, lines);
    List<String> inMemory = reports(Corpus.builder(parallax).threads(1).build(), JsonLinesArticles.read(feed));
    List<String> onDemand = reports(Corpus.builder(parallax).threads(2).keepAnalyzed(0).build(), JsonLinesArticles.onDemand(feed));
    assertThat(inMemory).hasSizeGreaterThan(2).anySatisfy(line -> assertThat(line).contains("parallax-report/1"));
    assertThat(onDemand).isEqualTo(inMemory);
  }

  @Test
  void anInputThatGivesAnotherArticleLaterFailsTheRun() {
    List<Article> changing = new AbstractList<>() {
      private int reads;

      @Override
      public Article get(int index) {
        return index == 0 && ++reads > 1 ? articles.get(1) : articles.get(index);
      }

      @Override
      public int size() {
        return 1;
      }
    };
    assertThatThrownBy(() -> Corpus.builder(parallax).threads(1).build().run(changing))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("the input changed during the run");
  }

  @Test
  void articlesAreReadForAnalysisAFewHundredAheadNotAllAtOnce() {
    int n = 2_000;
    AtomicInteger reads = new AtomicInteger();
    List<Article> input = new AbstractList<>() {
      @Override
      public Article get(int index) {
        reads.incrementAndGet();
        return Article.of("a" + index, "Outlet", LocalDate.of(2026, 1, 1), "", "Item " + index + ".");
      }

      @Override
      public int size() {
        return n;
      }
    };
    int[] mostAhead = new int[1];
    class Stop extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    assertThatThrownBy(() -> Corpus.builder(parallax).threads(1).build().run(input, new EventSink() {
      @Override
      public void analyzed(int done, int of) {
        // The first pass reads each article once for its id and date; the rest are reads for analysis.
        mostAhead[0] = Math.max(mostAhead[0], reads.get() - of - done);
      }

      @Override
      public void grouped(int events) {
        throw new Stop();   // the comparisons are not what this test is about
      }

      @Override
      public void accept(EventResult result) {
      }
    })).isInstanceOf(Stop.class);
    assertThat(mostAhead[0]).isPositive().isLessThan(n / 4);
  }

  // ---------------------------------------------------------------- a corpus that grows by batches

  /**
   * March (corpus-batches/march.jsonl): a ferry aground off Keldholm (two reports), a school, a budget, a new tram line
   * (two reports, the second on the 14th). Later (later.jsonl): the tram line's first weekend (the 15th), then eight May
   * stories about the Keldholm ferry route.
   */
  private static List<Article> march() {
    return JsonLinesArticles.read(Path.of("src/test/resources/corpus-batches/march.jsonl"));
  }

  private static List<Article> later() {
    return JsonLinesArticles.read(Path.of("src/test/resources/corpus-batches/later.jsonl"));
  }

  private static List<Article> marchThenLater() {
    List<Article> all = new ArrayList<>(march());
    all.addAll(later());
    return all;
  }

  @Test
  void aLaterBatchDoesNotMoveTheEventsOfAnEarlierOne() {
    // In May "ferry", "Keldholm", "coastguard" and "passengers" become everyday words of the feed; weighed by the whole
    // feed, the two March reports of the grounding no longer look alike. Grouped in batches, March keeps its events.
    List<CorpusEvent> alone = Corpus.builder(parallax).threads(1).build().run(march()).events();
    assertThat(alone.stream().map(CorpusEvent::articles)).contains(List.of("ferry-beacon", "ferry-ledger"));
    List<CorpusEvent> both = Corpus.builder(parallax).threads(1).batchEnds(List.of(LocalDate.parse("2026-03-14")))
        .build().run(marchThenLater()).events();
    for (CorpusEvent e : alone) {
      if (!e.articles().get(0).startsWith("tram")) {
        assertThat(both).as("March's event %s", e.articles()).contains(e);
      }
    }
  }

  @Test
  void anEventOfAnEarlierBatchStillGrowsByALaterArticle() {
    // The tram line's weekend report, the day after March's batch ends, joins the event of its first two reports:
    // same id (its first article), one more article.
    List<CorpusEvent> alone = Corpus.builder(parallax).threads(1).build().run(march()).events();
    CorpusEvent tram = alone.stream().filter(e -> e.articles().contains("tram-beacon")).findFirst().orElseThrow();
    assertThat(tram.articles()).containsExactly("tram-beacon", "tram-ledger");
    CorpusReport both = Corpus.builder(parallax).threads(1).batchEnds(List.of(LocalDate.parse("2026-03-14")))
        .build().run(marchThenLater());
    assertThat(both.events()).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo(tram.id());
      assertThat(e.articles()).containsExactly("tram-beacon", "tram-ledger", "tram-courier");
    });
  }

  @Test
  void aLaterArticleThatBridgesTwoEarlierEventsJoinsOneOfThem() {
    // A week of local news: a rail strike on Friday, then talks set for Monday (two events). The week after, two
    // reports of the pay deal name both the strike and the talks; weighed with them, the whole rail story looks like
    // one event. Grouped with the week's last day as a batch end, the strike and the talks stay two events, with
    // their ids, and the deal joins one of them.
    List<Article> week = JsonLinesArticles.read(Path.of("src/test/resources/corpus-batches/week.jsonl"));
    List<Article> both = new ArrayList<>(week);
    both.addAll(JsonLinesArticles.read(Path.of("src/test/resources/corpus-batches/week-after.jsonl")));
    List<CorpusEvent> alone = Corpus.builder(parallax).threads(1).build().run(week).events();
    assertThat(alone).extracting(CorpusEvent::articles).contains(
        List.of("beacon-0307-rail", "courier-0307-strike", "gazette-0307-strike", "metro-0307-commute",
            "standard-0307-strike"),
        List.of("beacon-0308-talks", "courier-0308-talks", "gazette-0309-rail", "metro-0309-talks", "standard-0309-rail"));

    List<CorpusEvent> later = Corpus.builder(parallax).threads(2).batchEnds(List.of(LocalDate.parse("2025-03-09")))
        .build().run(both).events();
    assertThat(later).hasSize(alone.size());
    for (CorpusEvent e : alone) {
      assertThat(later).as("the week's event %s", e.articles()).anySatisfy(grown -> {
        assertThat(grown.id()).isEqualTo(e.id());
        assertThat(grown.articles().stream().filter(id -> !id.contains("-0310-"))).isEqualTo(e.articles());
      });
    }
    assertThat(later).filteredOn(e -> e.articles().contains("courier-0310-deal")).singleElement()
        .satisfies(e -> assertThat(e.articles()).contains("metro-0310-deal"));
  }

  @Test
  void batchEndsAreSortedOnce() {
    Corpus c = Corpus.builder(parallax).batchEnds(List.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-03-14"),
        LocalDate.parse("2026-05-01"))).build();
    assertThat(c.batchEnds()).containsExactly(LocalDate.parse("2026-03-14"), LocalDate.parse("2026-05-01"));
    assertThat(Corpus.builder(parallax).build().batchEnds()).isEmpty();
  }
}
