package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlet profiles from invented findings: which figures carry an interval by event. */
class OutletProfileTest {
  /** The Skelby Post's finding in one event: its quotes (verbatim of all), its passages (its own of all). */
  private static OutletFinding post(int verbatim, int quotes, int own, int passages) {
    return new OutletFinding("Skelby Post", "post", 0.2, false, List.of(), quotes, verbatim, 0, quotes - verbatim, 0,
        own > 0, false, passages, own);
  }

  private static OutletFinding tidende() {
    return new OutletFinding("Vesterby Tidende", "tidende", 0.1, false, List.of(), 0, 0, 0, 0, 0, false, false, 4, 1);
  }

  @Test
  void quoteAndPassageFiguresCarryAnIntervalFromResamplingEventsAndEventFiguresDoNot() {
    // Across twelve ferry stories the Skelby Post quotes every speaker word for word in six and alters every quote in
    // the other six: its verbatim rate is 24 of 48 quotes, but it is six events of twelve that decide it.
    List<EventFindings> findings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      findings.add(new EventFindings("e" + i, List.of(post(i % 2 == 0 ? 4 : 0, 4, i % 3, 5), tidende())));
    }
    OutletProfile post = OutletProfile.of(findings).get(0);
    assertThat(post.outlet()).isEqualTo("Skelby Post");
    assertThat(post.verbatim().count()).isEqualTo(24);
    assertThat(post.verbatim().total()).isEqualTo(48);
    assertThat(post.verbatim().bootstrap()).hasValueSatisfying(b -> {
      assertThat(b.resampledEvents()).isEqualTo(12);
      assertThat(b.high() - b.low()).isGreaterThan(post.verbatim().high() - post.verbatim().low());
    });
    assertThat(post.altered().bootstrap()).isPresent();
    assertThat(post.exclusivePassages().bootstrap()).hasValueSatisfying(b -> assertThat(b.resampledEvents()).isEqualTo(12));
    // figures that count events are rates over independent units already: Wilson alone
    assertThat(post.omitsSalient().bootstrap()).isEmpty();
    assertThat(post.copies().bootstrap()).isEmpty();
    assertThat(post.framing()).allSatisfy(k -> assertThat(k.events().bootstrap()).isEmpty());
    // an outlet that quotes no one has no quote interval by event, and its passages are resampled all the same
    OutletProfile tidende = OutletProfile.of(findings).get(1);
    assertThat(tidende.verbatim().bootstrap()).isEmpty();
    assertThat(tidende.exclusivePassages().bootstrap()).isPresent();
  }
}
