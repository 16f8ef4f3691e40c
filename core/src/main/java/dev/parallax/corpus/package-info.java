/**
 * Corpus mode: find the events of a feed or an archive, compare each event, and profile each outlet.
 *
 * <p>{@link dev.parallax.corpus.Corpus} is the front door. An {@link dev.parallax.corpus.EventGrouper}
 * (default {@link dev.parallax.corpus.MinHashGrouper}) groups {@link dev.parallax.corpus.ArticleSketch sketches}
 * of analyzed articles into {@link dev.parallax.corpus.CorpusEvent events}; an
 * {@link dev.parallax.corpus.EventSplitter} cuts apart two look-alike events merged into one; each event is compared with the
 * one-event pipeline under an id derived from its earliest article ({@link dev.parallax.corpus.EventIds});
 * {@link dev.parallax.corpus.EventFindings} keep what each comparison says about each
 * outlet, and {@link dev.parallax.corpus.OutletProfile} sums them into rates with Wilson intervals
 * ({@link dev.parallax.corpus.Proportion}) that name the events behind them.
 */
package dev.parallax.corpus;
