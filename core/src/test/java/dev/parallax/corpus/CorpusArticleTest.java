package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the outlet profiles make of each article of a corpus: counted, or why not. */
class CorpusArticleTest {
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2031, 5, 6));
  private static final Map<String, String> OUTLET = Map.of(
      "courier-1", "Lindby Courier", "courier-2", "Lindby Courier", "courier-3", "Lindby Courier",
      "courier-4", "Lindby Courier", "courier-5", "Lindby Courier",
      "post-1", "Ostra Post", "post-3", "Ostra Post", "post-4", "Ostra Post", "post-5", "Ostra Post",
      "valley-1", "Valley News");

  private static CorpusEvent event(String id, String... articles) {
    return new CorpusEvent(id, "", List.of(articles), DAY, DAY);
  }

  private static OutletFinding finding(String article) {
    return new OutletFinding(OUTLET.get(article), article, 0.0, false, List.of(), 0, 0, 0, 0, 0, false, false);
  }

  @Test
  void eachArticleSaysWhetherItsOutletsProfileCountsItOrWhyNot() {
    // e1: Valley News reports another fire, set apart; e2: a Courier story nobody else reports; e3: the Courier twice;
    // e4: two articles told apart, neither more the event than the other, so each is alone; e5: a comparison that failed
    List<CorpusEvent> events = List.of(event("e1", "courier-1", "post-1", "valley-1"), event("e2", "courier-2"),
        event("e3", "courier-3", "post-3", "courier-4"), event("e4", "courier-5", "post-4"),
        event("e5", "post-5", "courier-6"));
    List<EventFindings> findings = List.of(
        new EventFindings("e1", List.of(finding("courier-1"), finding("post-1")), false, List.of("valley-1")),
        new EventFindings("e2", List.of()),
        new EventFindings("e3", List.of(finding("courier-3"), finding("post-3"))),
        new EventFindings("e4", List.of(finding("courier-5")), false, List.of("post-4")),
        new EventFindings("e5", List.of()));
    List<CorpusArticle> uses = CorpusArticle.of(events, findings,
        id -> id.equals("courier-6") ? "Lindby Courier" : OUTLET.get(id));
    assertThat(uses).extracting(a -> a.article() + " " + a.use()).containsExactly(
        "courier-1 PROFILED", "post-1 PROFILED", "valley-1 SET_APART",
        "courier-2 ALONE",
        "courier-3 PROFILED", "post-3 PROFILED", "courier-4 NOT_FIRST",
        "courier-5 ALONE", "post-4 ALONE",
        "post-5 NOT_COMPARED", "courier-6 NOT_COMPARED");
    // Valley News has no profile, yet its article is counted, and why it is not profiled is said
    assertThat(OutletArticles.byOutlet(uses)).containsExactly(
        new OutletArticles("Lindby Courier", 6, 2, 2, 0, 1, 0, 1),
        new OutletArticles("Ostra Post", 4, 2, 1, 0, 0, 0, 1),
        new OutletArticles("Valley News", 1, 0, 0, 1, 0, 0, 0));
    assertThat(OutletArticles.total(uses)).isEqualTo(new OutletArticles("", 11, 4, 3, 1, 1, 0, 2));
    // the profiles rest on exactly the articles counted as profiled
    long profiledEvents = OutletProfile.of(findings).stream().mapToLong(p -> p.events().size()).sum();
    assertThat(profiledEvents).isEqualTo(4);
  }

  /**
   * Of two articles told apart neither outlet is charged with an article set apart, whichever was kept; of three,
   * the one its comparison sets apart is, and an outlet left alone with itself is one outlet's event.
   */
  @Test
  void twoArticlesToldApartAreEachAloneAndOfThreeTheOneSetApartIsCharged() {
    List<CorpusEvent> events = List.of(event("e1", "courier-1", "post-1"), event("e2", "post-3", "courier-3"),
        event("e3", "courier-4", "courier-5", "post-4"));
    List<EventFindings> findings = List.of(
        new EventFindings("e1", List.of(finding("courier-1")), false, List.of("post-1")),
        new EventFindings("e2", List.of(finding("post-3")), false, List.of("courier-3")),
        new EventFindings("e3", List.of(finding("courier-4")), false, List.of("post-4")));
    assertThat(CorpusArticle.of(events, findings, OUTLET::get)).extracting(a -> a.article() + " " + a.use())
        .containsExactly("courier-1 ALONE", "post-1 ALONE", "post-3 ALONE", "courier-3 ALONE",
            "courier-4 ONE_OUTLET", "courier-5 ONE_OUTLET", "post-4 SET_APART");
  }

  @Test
  void anEventNothingIsSetApartFromCountsEachOutletsFirstArticle() {
    List<CorpusEvent> events = List.of(event("e1", "courier-1", "post-1", "valley-1"));
    List<EventFindings> findings = List.of(new EventFindings("e1",
        List.of(finding("courier-1"), finding("post-1"), finding("valley-1"))));
    assertThat(CorpusArticle.of(events, findings, OUTLET::get)).extracting(CorpusArticle::use)
        .containsOnly(ArticleUse.PROFILED);
  }

  @Test
  void findingsKeptByAnEarlierBuildStillTellAnArticleSetApartFromASecondOne() {
    // findings read from a part that does not name the articles set apart: Valley News has no finding, so its article
    // was set apart, while the Courier's second article is not its first
    List<CorpusEvent> events = List.of(event("e1", "courier-1", "post-1", "valley-1", "courier-2"));
    List<EventFindings> findings = List.of(new EventFindings("e1", List.of(finding("courier-1"), finding("post-1"))));
    assertThat(CorpusArticle.of(events, findings, OUTLET::get)).extracting(CorpusArticle::use).containsExactly(
        ArticleUse.PROFILED, ArticleUse.PROFILED, ArticleUse.SET_APART, ArticleUse.NOT_FIRST);
  }

  @Test
  void findingsMustMatchTheEvents() {
    assertThatThrownBy(() -> CorpusArticle.of(List.of(event("e1", "courier-1")), List.of(), OUTLET::get))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(() -> new OutletArticles("Ostra Post", 3, 1, 1, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
