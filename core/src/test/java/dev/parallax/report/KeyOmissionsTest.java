package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.compare.Omission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which omissions a report shows unfolded, outlets counted by name. */
class KeyOmissionsTest {
  /** The Lindby Courier has two articles on the event, the Kesra Post and the Eastvale Herald one each. */
  private static final Map<String, String> OUTLETS = outlets(
      "c1", "Lindby Courier", "c2", "Lindby Courier", "k", "Kesra Post", "e", "Eastvale Herald");

  @Test
  void noOmissionsShowNothing() {
    assertThat(KeyOmissions.shown(List.of(), OUTLETS)).isEmpty();
  }

  @Test
  void aFactOneOutletsTwoArticlesCarryIsNotCarriedByMostOtherOutlets() {
    // of the Herald's two other outlets, only the Courier carries p1 to p3 (in both its articles); p4 and p5 are
    // carried by the Courier and the Kesra Post, so they are the ones most other outlets carry
    List<Omission> herald = List.of(
        new Omission("e", "p1", 0.8, List.of("c1", "c2")),
        new Omission("e", "p2", 0.7, List.of("c1", "c2")),
        new Omission("e", "p3", 0.6, List.of("c1", "c2")),
        new Omission("e", "p4", 0.5, List.of("c1", "k")),
        new Omission("e", "p5", 0.4, List.of("k", "c2")));
    assertThat(KeyOmissions.shown(herald, OUTLETS)).extracting(Omission::passage).containsExactly("p1", "p4", "p5");
  }

  @Test
  void theOmittingOutletsOwnOtherArticleIsNotAnotherOutlet() {
    // p1 is carried by the Courier's second article and the Kesra Post: one of the first article's two other
    // outlets, so not most of them; p2 to p4 are carried by both
    List<Omission> courier = List.of(
        new Omission("c1", "p1", 0.9, List.of("c2", "k")),
        new Omission("c1", "p2", 0.8, List.of("k", "e")),
        new Omission("c1", "p3", 0.7, List.of("e", "k")),
        new Omission("c1", "p4", 0.6, List.of("k", "e")));
    assertThat(KeyOmissions.shown(courier, OUTLETS)).extracting(Omission::passage).containsExactly("p2", "p3", "p4");
  }

  @Test
  void atMostFiveOfTheWidelyCarriedAreShown() {
    List<Omission> kesra = List.of(
        new Omission("k", "p1", 0.9, List.of("c1", "e")),
        new Omission("k", "p2", 0.8, List.of("c2", "e")),
        new Omission("k", "p3", 0.7, List.of("c1", "c2", "e")),
        new Omission("k", "p4", 0.6, List.of("c1", "e")),
        new Omission("k", "p5", 0.5, List.of("c2", "e")),
        new Omission("k", "p6", 0.4, List.of("c1", "e")));
    assertThat(KeyOmissions.shown(kesra, OUTLETS)).extracting(Omission::passage)
        .containsExactly("p1", "p2", "p3", "p4", "p5");
  }

  private static Map<String, String> outlets(String... idsAndOutlets) {
    Map<String, String> outlets = new LinkedHashMap<>();
    for (int i = 0; i < idsAndOutlets.length; i += 2) {
      outlets.put(idsAndOutlets[i], idsAndOutlets[i + 1]);
    }
    return outlets;
  }
}
