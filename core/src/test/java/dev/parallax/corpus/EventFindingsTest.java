package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
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
}
