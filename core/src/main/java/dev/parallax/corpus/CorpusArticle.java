package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One article of a corpus run with its outlet, its event, and what the outlet profiles made of it.
 *
 * @param article the article's id
 * @param outlet its outlet
 * @param event the id of its event
 * @param use whether its outlet's profile counts it, or why not
 */
public record CorpusArticle(String article, String outlet, String event, ArticleUse use) {
  /** Validates. */
  public CorpusArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(use, "use");
  }

  /**
   * Every article of {@code events}, in event order and then the event's order, with its use.
   *
   * <table>
   *   <caption>Uses</caption>
   *   <tr><th>article</th><th>use</th></tr>
   *   <tr><td>the only article of its event</td><td>{@link ArticleUse#ALONE}</td></tr>
   *   <tr><td>either article of a two-article event whose comparison set one apart (the two share nothing, or were
   *       published far apart: neither is more the event than the other)</td><td>{@link ArticleUse#ALONE}</td></tr>
   *   <tr><td>in an event whose comparison failed</td><td>{@link ArticleUse#NOT_COMPARED}</td></tr>
   *   <tr><td>set apart by its event's comparison</td><td>{@link ArticleUse#SET_APART}</td></tr>
   *   <tr><td>in an event whose other compared articles are of its own outlet</td><td>{@link ArticleUse#ONE_OUTLET}</td></tr>
   *   <tr><td>its outlet's first article in an event of two outlets or more</td><td>{@link ArticleUse#PROFILED}</td></tr>
   *   <tr><td>its outlet's second article there</td><td>{@link ArticleUse#NOT_FIRST}</td></tr>
   *   <tr><td>an article there whose outlet has no finding, in findings that name no article set apart (kept by an
   *       earlier build)</td><td>{@link ArticleUse#SET_APART}: a main-event article gives its outlet a finding</td></tr>
   * </table>
   *
   * @param findings the findings of each event, in the same order as {@code events}
   * @param outletOf the outlet of an article id
   * @throws IllegalArgumentException when {@code findings} and {@code events} differ in size
   */
  public static List<CorpusArticle> of(List<CorpusEvent> events, List<EventFindings> findings,
      Function<String, String> outletOf) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(outletOf, "outletOf");
    if (events.size() != findings.size()) {
      throw new IllegalArgumentException("events and findings differ in size: " + events.size() + ", " + findings.size());
    }
    List<CorpusArticle> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      CorpusEvent e = events.get(i);
      EventFindings f = findings.get(i);
      Set<String> setApart = new HashSet<>(f.setApart());
      Set<String> profiled = new HashSet<>();
      Set<String> outlets = new HashSet<>();
      f.outlets().forEach(o -> {
        profiled.add(o.article());
        outlets.add(o.outlet());
      });
      for (String id : e.articles()) {
        String outlet = Objects.requireNonNull(outletOf.apply(id), "outlet of " + id);
        ArticleUse use;
        if (e.size() < 2 || e.size() == 2 && setApart.size() == 1) {
          // of two articles told apart, neither is more the event than the other (the comparison keeps the one given
          // first): each is alone in its event, and neither outlet is charged with an article set apart
          use = ArticleUse.ALONE;
        } else if (setApart.contains(id)) {
          use = ArticleUse.SET_APART;
        } else if (f.outlets().isEmpty()) {
          use = ArticleUse.NOT_COMPARED;
        } else if (f.outlets().size() < 2) {
          use = ArticleUse.ONE_OUTLET;
        } else if (profiled.contains(id)) {
          use = ArticleUse.PROFILED;
        } else {
          // a main-event article always gives its outlet a finding: one of an outlet without one was set apart (so
          // reads the findings of a build that did not name the articles set apart)
          use = outlets.contains(outlet) ? ArticleUse.NOT_FIRST : ArticleUse.SET_APART;
        }
        out.add(new CorpusArticle(id, outlet, e.id(), use));
      }
    }
    return out;
  }
}
