package dev.parallax.report;

import dev.parallax.compare.Omission;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of an outlet's omissions a report shows unfolded: the facts most of the other outlets carry, most
 * salient first, at most {@value #MAX_SHOWN}; when fewer than {@value #MIN_SHOWN} are carried that widely,
 * the most salient others fill up to {@value #MIN_SHOWN}. The rest are folded (HTML) or counted (text).
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>omissions</th><th>shown</th></tr>
 *   <tr><td>none</td><td>none</td></tr>
 *   <tr><td>two, each carried by one other outlet of three</td><td>both</td></tr>
 *   <tr><td>ten, each carried by every other outlet</td><td>the five most salient</td></tr>
 * </table>
 */
final class KeyOmissions {
  static final int MAX_SHOWN = 5;
  static final int MIN_SHOWN = 3;

  private KeyOmissions() {}

  /**
   * The omissions to show, in the given order (most salient first).
   *
   * @param omissions one outlet's omissions, most salient first
   * @param otherOutlets how many other main-event outlets there are
   */
  static List<Omission> shown(List<Omission> omissions, int otherOutlets) {
    List<Omission> shown = new ArrayList<>();
    for (Omission o : omissions) {
      if (shown.size() < MAX_SHOWN && 2 * o.coveredBy().size() > otherOutlets) {
        shown.add(o);
      }
    }
    for (Omission o : omissions) {
      if (shown.size() >= MIN_SHOWN) {
        break;
      }
      if (!shown.contains(o)) {
        shown.add(o);
      }
    }
    List<Omission> ordered = new ArrayList<>(omissions);
    ordered.retainAll(shown);
    return List.copyOf(ordered);
  }
}
