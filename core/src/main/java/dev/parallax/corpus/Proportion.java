package dev.parallax.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A rate with its 95% Wilson score interval and the events behind its count, so that a statement such as
 * "outlet X leaves out a salient fact in 40% of events" links to its evidence.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>count / total</th><th>rate</th><th>interval</th></tr>
 *   <tr><td>0 / 0</td><td>0.0</td><td>[0.0, 1.0] (nothing known)</td></tr>
 *   <tr><td>0 / n</td><td>0.0</td><td>[0.0, high &gt; 0]</td></tr>
 *   <tr><td>n / n</td><td>1.0</td><td>[low &lt; 1, 1.0]</td></tr>
 * </table>
 *
 * @param count how many times it happened
 * @param total out of how many (events or quotes)
 * @param rate {@code count / total}, 0 when {@code total} is 0
 * @param low lower bound of the 95% Wilson interval, in [0, 1]
 * @param high upper bound, in [0, 1]
 * @param events the ids of the events where it happened, in event order
 */
public record Proportion(int count, int total, double rate, double low, double high, List<String> events) {
  private static final double Z = 1.959963984540054;

  /** Validates and copies. */
  public Proportion {
    events = List.copyOf(events);
    if (count < 0 || total < count) {
      throw new IllegalArgumentException("need 0 <= count <= total: " + count + " / " + total);
    }
  }

  /** {@code count} of {@code total} with its Wilson interval. */
  public static Proportion wilson(int count, int total, List<String> events) {
    Objects.requireNonNull(events, "events");
    if (total == 0) {
      return new Proportion(0, 0, 0.0, 0.0, 1.0, events);
    }
    double p = count / (double) total;
    double z2 = Z * Z;
    double denom = 1 + z2 / total;
    double centre = (p + z2 / (2.0 * total)) / denom;
    double half = Z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total)) / denom;
    double low = count == 0 ? 0.0 : Math.max(0.0, centre - half);
    double high = count == total ? 1.0 : Math.min(1.0, centre + half);
    return new Proportion(count, total, p, low, high, events);
  }
}
