package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts an article left alone after grouping and the look-alike cut into the event that holds most of its matches.
 *
 * <p>A report whose matches lie in two events (a merged event and a piece of it, or its own story and a look-alike
 * one) cannot join either while grouping: it needs a share of one event's recent members. Once the events are cut,
 * its matches mostly lie in one of them. An article alone in its event joins the event of two articles or more that
 * holds more than half of its matches, when these are as many as it would need to join that event in grouping (the
 * grouper's share of the event's size, at most its share cap). Matches spread evenly over events leave it alone, so
 * a round-up that bridges two stories still joins neither. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>no event of one article, or no pairs</td><td>the events, unchanged</td></tr>
 *   <tr><td>a lone article with 3 matches in one event and 1 in another</td><td>it joins the first</td></tr>
 *   <tr><td>a lone article with 2 matches in each of two events</td><td>it stays alone</td></tr>
 *   <tr><td>a lone article whose only matches are other lone articles</td><td>it stays alone</td></tr>
 * </table>
 *
 * <pre>{@code
 * EventGrouper.Session s = grouper.start();
 * s.add(articles);
 * List<CorpusEvent> cut = ...;   // s.events(), each cut by EventSplitter
 * List<CorpusEvent> events = LoneArticles.join(cut, keys, s.loneMatches(), grouper);
 * }</pre>
 */
public final class LoneArticles {
  private LoneArticles() {}

  /**
   * The events with each lone article that has a clear home moved into it, in order of their first article.
   *
   * @param events the events after the look-alike cut
   * @param ordered every article's sketch or key ({@link ArticleSketch#key}) in {@link MinHashGrouper#order()}
   * @param pairs verified pairs; those of a lone article count (others are ignored)
   * @param grouper the grouper that found the events (its share and share cap)
   */
  public static List<CorpusEvent> join(List<CorpusEvent> events, List<ArticleSketch> ordered, List<ScoredPair> pairs,
      MinHashGrouper grouper) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(grouper, "grouper");
    Map<String, Integer> eventOf = new HashMap<>();
    for (int e = 0; e < events.size(); e++) {
      for (String id : events.get(e).articles()) {
        eventOf.put(id, e);
      }
    }
    Map<String, Map<Integer, Integer>> homes = new TreeMap<>();
    for (ScoredPair p : pairs) {
      count(p.later(), p.earlier(), events, eventOf, homes);
      count(p.earlier(), p.later(), events, eventOf, homes);
    }
    Map<Integer, List<String>> joining = new HashMap<>();
    Set<Integer> emptied = new HashSet<>();
    for (Map.Entry<String, Map<Integer, Integer>> h : homes.entrySet()) {
      int home = holdingMost(h.getValue());
      if (home >= 0 && h.getValue().get(home) >= need(events.get(home).size(), grouper)) {
        joining.computeIfAbsent(home, k -> new ArrayList<>()).add(h.getKey());
        emptied.add(eventOf.get(h.getKey()));
      }
    }
    if (joining.isEmpty()) {
      return events;
    }
    Map<String, ArticleSketch> keys = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (ArticleSketch s : ordered) {
      keys.put(s.id(), s);
      rank.put(s.id(), rank.size());
    }
    List<CorpusEvent> out = new ArrayList<>(events.size());
    for (int e = 0; e < events.size(); e++) {
      if (emptied.contains(e)) {
        continue;
      }
      List<String> added = joining.get(e);
      out.add(added == null ? events.get(e) : grown(events.get(e), added, keys, rank));
    }
    out.sort(Comparator.comparingInt((CorpusEvent e) -> rank.get(e.articles().get(0))));
    return List.copyOf(out);
  }

  /** Counts {@code other}'s event as a home of {@code lone} when {@code lone} is alone and {@code other} is not. */
  private static void count(String lone, String other, List<CorpusEvent> events, Map<String, Integer> eventOf,
      Map<String, Map<Integer, Integer>> homes) {
    Integer own = eventOf.get(lone);
    Integer home = eventOf.get(other);
    if (own == null || home == null || events.get(own).size() != 1 || events.get(home).size() < 2) {
      return;
    }
    homes.computeIfAbsent(lone, k -> new TreeMap<>()).merge(home, 1, Integer::sum);
  }

  /** The event that holds more than half of the matches ({@code counts}: event to how many), or -1 when none does. */
  private static int holdingMost(Map<Integer, Integer> counts) {
    int total = 0;
    for (int n : counts.values()) {
      total += n;
    }
    for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
      if (2 * c.getValue() > total) {
        return c.getKey();
      }
    }
    return -1;
  }

  /** How many matches an article needs to join an event of {@code size} articles, as in grouping. */
  private static int need(int size, MinHashGrouper grouper) {
    return Math.max(1, (int) Math.ceil(grouper.share() * Math.min(size, grouper.shareCap()) - 1e-9));
  }

  /** {@code event} with {@code added} articles, its ids, title and days taken again in article order. */
  private static CorpusEvent grown(CorpusEvent event, List<String> added, Map<String, ArticleSketch> keys,
      Map<String, Integer> rank) {
    List<String> ids = new ArrayList<>(event.articles());
    ids.addAll(added);
    ids.sort(Comparator.comparingInt(rank::get));
    return MinHashGrouper.event(event.id(), ids.stream().map(keys::get).toList());
  }
}
