package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartOmissionsTest {
  private static final String BEFORE = "The Alder River burst its banks in Marrowby on Tuesday night, flooding about"
      + " 200 homes.\n\n";
  private static final String AFTER = "\n\nVolunteers handed out sandbags at the town hall.";
  /** Two outlets' sentence of p2 with both of its parts, the schools and the bridge, in their own words. */
  private static final String SCHOOLS_AND_BRIDGE = "Schools in Marrowby will stay closed until Monday, and the main"
      + " bridge over the river remains shut while engineers inspect it.";
  private static final String BRIDGE_AND_SCHOOLS = "The main bridge remains closed while engineers check it for damage,"
      + " and schools will stay shut until Monday.";
  /** An outlet's sentence of p2 with one part only. */
  private static final String SCHOOLS_ONLY = "Schools will remain closed until Monday.";
  private static final String BRIDGE_ONLY = "Officials said the bridge over the Alder will stay closed for inspection.";

  private static AnalyzedArticle flood(String id, String sentence) {
    return Fixtures.article(id, "2026-03-04", BEFORE + sentence + AFTER);
  }

  /** The four articles compared with their opening, their sentence on schools and bridge (p2), and sandbags. */
  private static Comparison compare(AnalyzedArticle... articles) {
    Object[] members = new Object[2 * articles.length];
    for (int i = 0; i < articles.length; i++) {
      members[2 * i] = articles[i];
      members[2 * i + 1] = articles[i].sentences().get(1).text().substring(0, 12);
    }
    return Fixtures.compare(List.of(articles),
        Fixtures.passage("p1", articles[0], "burst its banks", articles[1], "burst its banks", articles[2],
            "burst its banks", articles[3], "burst its banks"),
        Fixtures.passage("p2", members),
        Fixtures.passage("p3", articles[0], "sandbags", articles[1], "sandbags", articles[2], "sandbags", articles[3],
            "sandbags"));
  }

  @Test
  void aPartOfAFactThatTwoOutletsCarryIsLeftOutByEachOutletThatGivesOnlyTheRest() {
    AnalyzedArticle gazette = flood("gazette", SCHOOLS_AND_BRIDGE);
    AnalyzedArticle post = flood("post", BRIDGE_AND_SCHOOLS);
    AnalyzedArticle courier = flood("courier", SCHOOLS_ONLY);
    AnalyzedArticle ledger = flood("ledger", BRIDGE_ONLY);
    Comparison c = compare(gazette, post, courier, ledger);

    // the courier gives the schools alone, the ledger the bridge alone: each carries p2 and leaves out a part of it
    assertThat(c.omissions()).allSatisfy(o -> assertThat(o.isPart()).isTrue());
    assertThat(c.omissions()).extracting(o -> o.article() + " " + o.passage() + ": " + o.part().orElseThrow().text()
        + " " + o.coveredBy()).containsExactly(
            "courier p2: the main bridge over the river remains shut while engineers inspect it [gazette, post, ledger]",
            "ledger p2: Schools in Marrowby will stay closed until Monday [gazette, post, courier]");
    for (Omission o : c.omissions()) {
      Omission.Part part = o.part().orElseThrow();
      AnalyzedArticle carrier = c.article(part.article()).orElseThrow();
      assertThat(carrier.article().text().substring(part.start(), part.end())).isEqualTo(part.text());
      Sentence own = c.article(o.article()).orElseThrow().sentences().get(o.closest().orElseThrow().sentence());
      // the closest is the omitting outlet's own version of p2
      assertThat(own.index()).isEqualTo(Fixtures.sentence(c.article(o.article()).orElseThrow(), "closed"));
    }
    // a part left out is no passage left out: each outlet still carries every passage
    assertThat(c.outlets()).allSatisfy(o -> assertThat(o.omissionScore()).isZero());
  }

  @Test
  void thePartIsShownInTheSameOutletsWordsWhateverTheOrderTheArticlesAreGivenIn() {
    AnalyzedArticle gazette = flood("gazette", SCHOOLS_AND_BRIDGE);
    AnalyzedArticle post = flood("post", BRIDGE_AND_SCHOOLS);
    AnalyzedArticle courier = flood("courier", SCHOOLS_ONLY);
    AnalyzedArticle ledger = flood("ledger", BRIDGE_ONLY);

    Comparison given = compare(gazette, post, courier, ledger);
    Comparison reversed = compare(ledger, courier, post, gazette);

    assertThat(reversed.omissions()).extracting(o -> o.article() + ": " + o.part().orElseThrow().article() + " "
        + o.part().orElseThrow().text()).containsExactlyInAnyOrderElementsOf(given.omissions().stream()
            .map(o -> o.article() + ": " + o.part().orElseThrow().article() + " " + o.part().orElseThrow().text())
            .toList());
    // omissions are listed by article in the order given, and each coveredBy in the passage's order, as given
    assertThat(reversed.omissions().get(0).article()).isEqualTo("ledger");
    assertThat(reversed.omissions().get(0).coveredBy()).containsExactly("courier", "post", "gazette");
  }

  @Test
  void aPartTheOutletGivesInAnotherSentenceIsNotLeftOut() {
    AnalyzedArticle gazette = flood("gazette", SCHOOLS_AND_BRIDGE);
    AnalyzedArticle post = flood("post", BRIDGE_AND_SCHOOLS);
    AnalyzedArticle courier = Fixtures.article("courier", "2026-03-04", BEFORE
        + "Schools will remain closed until Monday.\n\nThe main bridge over the river remains shut while engineers"
        + " inspect it." + AFTER);
    AnalyzedArticle ledger = flood("ledger", BRIDGE_ONLY);
    Comparison c = compare(gazette, post, courier, ledger);

    assertThat(c.omissions()).extracting(o -> o.article() + " " + o.passage()).containsExactly("ledger p2");
  }

  @Test
  void membersThatDifferOnlyInWordingLeaveNoPartOut() {
    AnalyzedArticle gazette = flood("gazette", SCHOOLS_AND_BRIDGE);
    AnalyzedArticle post = flood("post", BRIDGE_AND_SCHOOLS);
    AnalyzedArticle courier = flood("courier", "Schools will remain closed until Monday, while the river's main"
        + " bridge stays shut for engineers to inspect.");
    AnalyzedArticle ledger = flood("ledger", "Until Monday the schools stay shut and the main bridge stays closed"
        + " while engineers inspect it.");
    Comparison c = compare(gazette, post, courier, ledger);

    assertThat(c.omissions()).isEmpty();
  }

  @Test
  void aPartOneOtherOutletCarriesIsNoPartLeftOut() {
    AnalyzedArticle gazette = flood("gazette", SCHOOLS_AND_BRIDGE);
    AnalyzedArticle post = flood("post", "Schools will stay shut until Monday, the council said.");
    AnalyzedArticle courier = flood("courier", SCHOOLS_ONLY);
    AnalyzedArticle ledger = flood("ledger", "All schools in the town are to stay closed until Monday.");
    Comparison c = compare(gazette, post, courier, ledger);

    assertThat(c.omissions()).isEmpty();
  }

  @Test
  void aSentenceIsCutAtTheJointsOfItsClausesButNotInsideAListOrAQuotation() {
    AnalyzedArticle a = Fixtures.article("a", "2026-03-04",
        "Schools in Marrowby will stay closed until Monday, and the main bridge remains shut; the ferry runs again."
            + "\n\nThe storm closed schools, roads, and the bridge over the river."
            + "\n\n\"The water rose too fast for the pumps, and we lost the lower streets,\" the mayor said.");
    assertThat(PartOmissions.cut(a.sentences().get(0))).extracting(Sentence::text).containsExactly(
        "Schools in Marrowby will stay closed until Monday", "the main bridge remains shut", "the ferry runs again");
    assertThat(PartOmissions.cut(a.sentences().get(1))).containsExactly(a.sentences().get(1));
    assertThat(PartOmissions.cut(a.sentences().get(2))).containsExactly(a.sentences().get(2));
  }
}
