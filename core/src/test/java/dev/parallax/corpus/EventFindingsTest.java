package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.Omission;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-outlet facts of one event's comparison. */
class EventFindingsTest {
  private static final String REPORT = "Engineers closed the old stone bridge in Lindby on Monday after finding a deep "
      + "crack in its central arch, Karl Lind, the town's chief engineer, told reporters at the riverbank.\n\n"
      + "The bridge carries about four thousand cars a day across the river, and traffic will go through Norrby "
      + "until the repairs are finished.";
  private static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
  }

  private static Comparison compare(String postDay, String digestDay) {
    Comparison c = parallax.compare(List.of(
        Article.of("post", "Lindby Post", LocalDate.parse(postDay), "", "Lindby bridge closed\n\n" + REPORT),
        Article.of("digest", "Valley Digest", LocalDate.parse(digestDay), "", "Crack shuts Lindby bridge\n\n" + REPORT)));
    assertThat(c.reuse()).hasSize(1);
    return c;
  }

  @Test
  void aSalientFactOnlyALaterArticleCarriesIsNoSalientOmissionOfTheOutlet() {
    Comparison c = compare("2024-03-04", "2024-03-05");
    String fact = c.passages().get(0).id();
    Omission later = new Omission("post", fact, 0.9, List.of("digest"), Optional.empty(), true);
    assertThat(EventFindings.of("e1", withOmissions(c, later)).outlets())
        .extracting(OutletFinding::outlet, OutletFinding::omitsSalient)
        .containsExactly(tuple("Lindby Post", false), tuple("Valley Digest", false));
    // the same fact carried by an article of the same day, or undated, is a salient omission
    Omission counted = new Omission("post", fact, 0.9, List.of("digest"));
    assertThat(EventFindings.of("e1", withOmissions(c, counted)).outlets())
        .extracting(OutletFinding::outlet, OutletFinding::omitsSalient)
        .containsExactly(tuple("Lindby Post", true), tuple("Valley Digest", false));
  }

  private static Comparison withOmissions(Comparison c, Omission... omissions) {
    return new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(), c.framing(), c.quotes(),
        c.reuse(), c.discrepancies(), List.of(omissions), c.outlets());
  }

  @Test
  void theLaterOfTwoOutletsThatShareTextCopies() {
    assertThat(EventFindings.of("e1", compare("2024-03-04", "2024-03-05")).outlets())
        .extracting(OutletFinding::outlet, OutletFinding::copies)
        .containsExactly(tuple("Lindby Post", false),
            tuple("Valley Digest", true));
  }

  @Test
  void noOutletCopiesWhenOnlyTheInputOrderTellsWhichCameFirst() {
    // Same day, no credit, as much text of its own around the shared words: which one copied is not known, so the
    // outlet given second is not charged with copying (nor the first).
    Comparison c = compare("2024-03-05", "2024-03-05");
    assertThat(c.reuse().get(0).basis()).isEqualTo(ReuseBasis.INPUT_ORDER);
    assertThat(EventFindings.of("e1", c).outlets()).extracting(OutletFinding::copies).containsExactly(false, false);
  }

  @Test
  void columnsThatShareNoFactAreMarkedAndLeftOutOfTheOmissionFigures() {
    // three columns on three subjects: each "leaves out" all of the others, which says nothing about the outlets
    Comparison columns = parallax.compare(List.of(
        Article.of("o1", "Lindby Courier", null, "", "Why Lindby needs a new harbour\n\nThe old harbour of Lindby has"
            + " served the town for a century. It is time to build a new one. Fishermen deserve better docks.\n"),
        Article.of("o2", "Kesra Post", null, "", "The council should stop taxing bakers\n\nEvery morning the bakers of"
            + " Kesra rise before dawn. The council rewards them with a tax that no other trade pays.\n"),
        Article.of("o3", "Eastvale Herald", null, "", "Our schools are failing our children\n\nTeachers in Eastvale"
            + " tell me the classrooms are crowded. Parents say the books are old.\n")));
    EventFindings nothing = EventFindings.of("e2", columns);
    assertThat(nothing.sharesNothing()).isTrue();
    assertThat(nothing.outlets()).extracting(OutletFinding::omissionScore).allMatch(score -> score > 0.5);
    EventFindings bridge = EventFindings.of("e1", compare("2024-03-04", "2024-03-05"));
    assertThat(bridge.sharesNothing()).isFalse();
    // the Lindby Courier is seen in both events, but its omission and exclusive figures count the bridge alone
    OutletFinding courierOnBridge = new OutletFinding("Lindby Courier", "post", 0.2, false, List.of(), 0, 0, 0, 0, 0,
        false, false);
    OutletFinding otherOnBridge = new OutletFinding("Valley Digest", "digest", 0.0, false, List.of(), 0, 0, 0, 0, 0,
        false, true);
    OutletProfile courier = OutletProfile.of(List.of(new EventFindings("e1", List.of(courierOnBridge, otherOnBridge)),
        nothing)).stream().filter(p -> p.outlet().equals("Lindby Courier")).findFirst().orElseThrow();
    assertThat(courier.events()).containsExactly("e1", "e2");
    assertThat(courier.omitsSalient().total()).isEqualTo(1);
    assertThat(courier.omitsSalient().count()).isZero();
    assertThat(courier.exclusives().total()).isEqualTo(1);
    assertThat(courier.meanOmissionScore()).isEqualTo(0.2);
    assertThat(courier.framing().get(0).events().total()).isEqualTo(2);
  }

  @Test
  void anArticleTheComparisonSetsApartIsNamedAndCountsForNoOutlet() {
    Comparison c = parallax.compare(List.of(
        Article.of("post", "Lindby Post", LocalDate.parse("2024-03-04"), "", "Lindby bridge closed\n\n" + REPORT),
        Article.of("digest", "Valley Digest", LocalDate.parse("2024-03-04"), "", "Crack shuts Lindby bridge\n\n" + REPORT
            + "\n\nA ferry across the river will run every half hour from Wednesday, the harbour master announced."),
        Article.of("bakers", "Kesra Post", LocalDate.parse("2024-03-05"), "", "Kesra bakers strike over tax\n\nEvery"
            + " bakery in Kesra stayed shut on Tuesday as the bakers protested against a tax that no other trade pays.\n")));
    EventFindings f = EventFindings.of("e1", c);
    assertThat(f.setApart()).containsExactly("bakers");
    assertThat(f.outlets()).extracting(OutletFinding::outlet).containsExactly("Lindby Post", "Valley Digest");
    // the two share the report; the Digest alone tells of the ferry
    assertThat(f.outlets()).extracting(OutletFinding::exclusivePassages).containsExactly(0, 1);
    assertThat(f.outlets()).allSatisfy(o -> assertThat(o.passages()).isGreaterThan(o.exclusivePassages()));
    // the findings of an event nothing is set apart from name none
    assertThat(EventFindings.of("e2", compare("2024-03-04", "2024-03-05")).setApart()).isEmpty();
  }

  @Test
  void findingsKeptByAnEarlierBuildWithoutSetApartArticlesReadAsNoneSetApart() throws Exception {
    EventFindings f = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
        "{\"event\":\"e3\",\"outlets\":[],\"sharesNothing\":false}", EventFindings.class);
    assertThat(f.setApart()).isEmpty();
  }
}
