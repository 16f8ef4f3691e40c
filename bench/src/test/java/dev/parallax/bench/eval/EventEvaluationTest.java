package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Parallax;
import dev.parallax.align.Aligners;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event evaluation end to end: the seeds (always), and one ECB+ dev topic (skipped when
 * {@code parallax.sharedData} has no {@code ecbplus}). It asserts the protocol and well-formed figures, not a
 * quality level (topic 35 is one of the hard ones: most of its look-alikes stay main); the figures are in
 * {@code docs/evaluation.md}.
 */
class EventEvaluationTest {
  private static Parallax parallax;

  @BeforeAll
  static void setUp() {
    parallax = Parallax.create();
  }

  @Test
  void theFourSeedsAboutTheOsceMeetingAreMainAndTheLaterOneIsNot() {
    List<ArticleEvent> events = EventEvaluation.seeds(parallax);
    assertThat(events).extracting(ArticleEvent::membership).containsExactly(EventMembership.MAIN,
        EventMembership.MAIN, EventMembership.MAIN, EventMembership.MAIN, EventMembership.OTHER);
  }

  @Test
  void oneDevTopicGivesWellFormedFigures() {
    Path ecb = Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve("ecbplus");
    assumeTrue(Files.isRegularFile(ecb.resolve("MANIFEST.tsv")), "shared data absent: " + ecb);
    List<EventEvaluation.Doc> topic = new ArrayList<>();
    for (EventEvaluation.Doc d : EventEvaluation.read(ecb)) {
      if (d.topic() == 35) {   // a Chargers player arrested for drunk driving: two players, two arrests
        topic.add(d);
      }
    }
    List<EventEvaluation.Run> runs = EventEvaluation.runs(topic, parallax, 2);
    assertThat(runs).allSatisfy(r -> assertThat(r.articles().size() - r.mainCount()).isBetween(1, 2));
    List<String> misses = new ArrayList<>();
    List<EventEvaluation.Figures> figures = EventEvaluation.evaluate(runs, Aligners.standard(parallax.similarity()),
        misses::add);
    assertThat(figures).hasSize(1);
    EventEvaluation.Figures dev = figures.get(0);
    assertThat(dev.split()).isEqualTo("dev");
    assertThat(dev.lookAlikes()).isEqualTo(topic.size());
    assertThat(dev.same()).isEqualTo(runs.stream().mapToInt(EventEvaluation.Run::mainCount).sum());
    assertThat(List.of(dev.otherShare(), dev.mainShare())).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(misses).hasSize(dev.lookAlikes() - dev.lookAlikesOther() + dev.same() - dev.sameMain());
  }
}
