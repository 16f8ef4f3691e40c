package dev.parallax.corpus;

import java.util.List;
import java.util.Optional;

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

  /** How many ids {@link #undatedNotice()} names before "...". */
  private static final int UNDATED_SHOWN = 5;

  /**
   * The notice both engines give when some articles had no date (none given, or none readable as {@code YYYY-MM-DD}):
   * "no date given (or none readable as YYYY-MM-DD) for 2 of 3 articles (a, b): the date window cannot place them,
   * ..."; empty when every article of the events had one. Built from {@link #undated()}.
   */
  public Optional<String> undatedNotice() {
    if (undated.isEmpty()) {
      return Optional.empty();
    }
    int n = undated.size();
    return Optional.of("no date given (or none readable as YYYY-MM-DD) for " + n + " of " + articles + " article"
        + (articles == 1 ? "" : "s") + " (" + String.join(", ", undated.subList(0, Math.min(UNDATED_SHOWN, n)))
        + (n > UNDATED_SHOWN ? ", ..." : "") + "): the date window cannot place " + (n == 1 ? "it" : "them")
        + ", so an undated article may join an event of any day, and an event of undated articles has no first or"
        + " last day; give each article its date (a .jsonl line's \"published\", a manifest's published column);"
        + " outlets.json lists them under \"undated\"");
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
