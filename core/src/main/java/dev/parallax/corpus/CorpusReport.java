package dev.parallax.corpus;

import java.util.List;

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
 */
public record CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped,
    List<CorpusArticle> uses) {
  /** The schema identifier of the corpus summary ({@code outlets.json}). */
  public static final String SCHEMA = "parallax-corpus/1";

  /** Validates and copies. */
  public CorpusReport {
    events = List.copyOf(events);
    outlets = List.copyOf(outlets);
    skipped = List.copyOf(skipped);
    uses = List.copyOf(uses);
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0: " + articles);
    }
  }

  /** A report without the articles' uses. */
  public CorpusReport(int articles, List<CorpusEvent> events, List<OutletProfile> outlets, List<Skipped> skipped) {
    this(articles, events, outlets, skipped, List.of());
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
