package dev.parallax.corpus;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The id of a corpus event, derived from its earliest article: {@code e} and 12 hexadecimal digits of a hash of that
 * article's id ({@code e3f0a9c41b27d}). An event keeps its id when a corpus grows, as long as its earliest article
 * stays its earliest: a page {@code events/e3f0a9c41b27d.html} or a cited id names the same story after later articles
 * are added. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>the same first article, any other members</td><td>the same id</td></tr>
 *   <tr><td>two events whose first articles' ids hash alike (48 bits: for a million events, a chance of about
 *     0.2% that any two do)</td><td>the later event, in event order, takes the hash of its first article's id and a
 *     counter</td></tr>
 *   <tr><td>no event</td><td>no event</td></tr>
 * </table>
 *
 * <pre>{@code
 * List<CorpusEvent> named = EventIds.assign(events);   // events in order of their first article
 * }</pre>
 */
public final class EventIds {
  private static final HashFunction HASH = Hashing.murmur3_128(0xe7e47);
  private static final int DIGITS = 12;

  private EventIds() {}

  /** The id of an event whose earliest article is {@code firstArticle}, when no other event's id is the same. */
  public static String of(String firstArticle) {
    return of(firstArticle, 0);
  }

  private static String of(String firstArticle, int attempt) {
    Objects.requireNonNull(firstArticle, "firstArticle");
    String key = attempt == 0 ? firstArticle : firstArticle + "\n" + attempt;
    return "e" + HASH.hashString(key, StandardCharsets.UTF_8).toString().substring(0, DIGITS);
  }

  /**
   * The events, in the same order, each with the id of its earliest article ({@link CorpusEvent#articles()} is in
   * article order, so its first); a collision is settled in event order.
   */
  public static List<CorpusEvent> assign(List<CorpusEvent> events) {
    Objects.requireNonNull(events, "events");
    List<CorpusEvent> out = new ArrayList<>(events.size());
    Set<String> taken = new HashSet<>();
    for (CorpusEvent e : events) {
      String first = e.articles().get(0);
      String id = of(first, 0);
      for (int attempt = 1; !taken.add(id); attempt++) {
        id = of(first, attempt);
      }
      out.add(id.equals(e.id()) ? e : new CorpusEvent(id, e.title(), e.articles(), e.first(), e.last()));
    }
    return List.copyOf(out);
  }
}
