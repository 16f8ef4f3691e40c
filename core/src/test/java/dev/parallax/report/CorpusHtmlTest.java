package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.OutletFinding;
import dev.parallax.corpus.OutletProfile;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Corpus mode's HTML index. */
class CorpusHtmlTest {
  private static OutletFinding seen(String outlet) {
    return new OutletFinding(outlet, outlet.toLowerCase(Locale.ROOT), 0.0, false, List.of(), 0, 0, 0, 0, 0, true, false);
  }

  @Test
  void outletsSeenInMoreEventsComeFirst() {
    // An outlet seen in one event shows 100% exclusives like one seen in three: the table leads with the better measured.
    List<OutletProfile> profiles = OutletProfile.of(List.of(
        new EventFindings("e1", List.of(seen("Zeta Post"), seen("Alpha Times"))),
        new EventFindings("e2", List.of(seen("Zeta Post"), seen("Mid Herald"))),
        new EventFindings("e3", List.of(seen("Zeta Post"), seen("Mid Herald")))));
    String html = CorpusHtml.render(new CorpusReport(6, List.of(), profiles, List.of()), e -> null);
    assertThat(html.indexOf("<td>Zeta Post</td>")).isPositive().isLessThan(html.indexOf("<td>Mid Herald</td>"));
    assertThat(html.indexOf("<td>Mid Herald</td>")).isLessThan(html.indexOf("<td>Alpha Times</td>"));
  }
}
