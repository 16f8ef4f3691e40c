package dev.parallax.cli;

import dev.parallax.Comparison;
import dev.parallax.align.EventMembership;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.EventGroupers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A hint for {@code compare} when its articles report several events as corpus mode groups them: compare takes its
 * input as one event (it sets apart an article of another event, but a folder of four stories has no one main event to
 * set the others apart from), so a user who gave it a folder of a week's news is pointed to {@code parallax corpus}.
 * The grouping is corpus mode's ({@link EventGroupers#minHash()}) on the articles compare analyzed: a few milliseconds,
 * and nothing in the comparison changes. Stateless.
 */
final class SeveralEvents {
  private SeveralEvents() {}

  /**
   * "corpus mode's grouping finds 3 events of two articles or more among these 9 articles (4, 3 and 2 articles);
   * compare takes them as one event, with 0 set apart: to compare each event on its own, run parallax corpus --out DIR
   * with the same inputs"; empty when at most one event has two articles or more.
   */
  static Optional<String> hint(Comparison comparison) {
    List<CorpusEvent> events = EventGroupers.minHash().group(comparison.articles());
    List<Integer> sizes = new ArrayList<>();
    for (CorpusEvent e : events) {
      if (e.size() > 1) {
        sizes.add(e.size());
      }
    }
    if (sizes.size() < 2) {
      return Optional.empty();
    }
    sizes.sort(Comparator.reverseOrder());
    List<String> shown = sizes.stream().map(String::valueOf).toList();
    String listed = String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    long apart = comparison.events().stream().filter(e -> e.membership() == EventMembership.OTHER).count();
    return Optional.of("corpus mode's grouping finds " + sizes.size() + " events of two articles or more among these "
        + comparison.articles().size() + " articles (" + listed + " articles); compare takes them as one event, with "
        + apart + " set apart: to compare each event on its own, run parallax corpus --out DIR with the same inputs");
  }
}
