package dev.parallax.align;

/**
 * Why an article was judged part of the main event or not: the rule behind {@link ArticleEvent#reason()},
 * as a closed set a program can act on.
 */
public enum EventBasis {
  /** It is the only article given, so it is the main event. */
  ONLY_ARTICLE,
  /** Enough of its sentences match sentences of the other articles (main event), even when published far apart. */
  SHARES_FACTS,
  /** Published far from the other articles' median date, and few of its sentences match theirs (another event). */
  PUBLISHED_APART,
  /**
   * Another event of the same kind (a look-alike): its names, places, dates, figures and sentences agree
   * much less with the other articles than theirs agree with each other (another event).
   */
  LOOK_ALIKE,
  /**
   * None of its sentences shares a fact with the other articles', but its names, places, dates and figures
   * agree with theirs (main event; with two articles: each one's lead names what the other names).
   */
  SHARES_NAMES,
  /** None of its sentences shares a fact with a sentence of the other articles (another event). */
  SHARES_NOTHING,
  /** No article matches the others well; this one shares the most, so it is taken as the main event. */
  FALLBACK_MAIN,
  /**
   * Its text does not look like English (another script, or too few common English words), so it was not compared:
   * set apart before alignment, whatever its event.
   */
  NOT_ENGLISH,
  /** The aligner gave no machine-readable basis (an event built without one); read the reason. */
  UNSPECIFIED
}
