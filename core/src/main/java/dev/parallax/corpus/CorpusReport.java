package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of a corpus run: its events, its outlet profiles, the articles it had to leave out, and what the profiles
 * made of each article. Each event's comparison went to the run's {@link EventSink}.
 *
 * @param articles number of articles given
 * @param events the events, in order of their first article
 * @param outlets one profile per outlet, by outlet name
 * @param skipped articles left out, in input order
 * @param uses every article of the events, in event order, with its outlet and whether its profile counts it, or
 *     why not ({@link CorpusArticle#of}); empty when not known
 * @param undated the articles of the events without a date (none given, or none readable as {@code YYYY-MM-DD}), in
 *     event order: the date window could not place them, so each may have joined an event of any day
 */
public record CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped,
    List<CorpusArticle> uses, List<String> undated) {
  /** The schema identifier of the corpus summary ({@code outlets.json}). */
  public static final String SCHEMA = "parallax-corpus/1";

  /** Validates and copies. */
  public CorpusReport {
    events = List.copyOf(events);
    outlets = List.copyOf(outlets);
    skipped = List.copyOf(skipped);
    uses = List.copyOf(uses);
    undated = List.copyOf(undated);
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0: " + articles);
    }
  }

  /** A report without the articles' uses, every article dated. */
  public CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped) {
    this(articles, events, outlets, skipped, List.of());
  }

  /** A report with every article dated. */
  public CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped,
      List<CorpusArticle> uses) {
    this(articles, events, outlets, skipped, uses, List.of());
  }

  /** The ids of {@code events}' articles whose key in {@code keys} has no day, in event order: {@link #undated()}. */
  public static List<String> undated(List<CorpusEvent> events, List<ArticleSketch> keys) {
    Set<String> none = new HashSet<>();
    for (ArticleSketch k : keys) {
      if (k.day() == ArticleSketch.NO_DAY) {
        none.add(k.id());
      }
    }
    List<String> out = new ArrayList<>();
    for (CorpusEvent e : events) {
      for (String a : e.articles()) {
        if (none.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** Per outlet, by name, how many of its articles its profile counts and why the others are not counted. */
  public List<OutletArticles> outletArticles() {
    return OutletArticles.byOutlet(uses);
  }

  /** The same for all articles of the events together (the skipped ones are not among them). */
  public OutletArticles articleTotals() {
    return OutletArticles.total(uses);
  }

  /** Number of events with at least two articles (the ones compared). */
  public long comparedEvents() {
    return events.stream().filter(e -> e.size() > 1).count();
  }
}
