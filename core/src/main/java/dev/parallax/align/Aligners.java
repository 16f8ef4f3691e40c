package dev.parallax.align;

import java.util.Objects;

/**
 * Stock {@link Aligner}s.
 *
 * <pre>{@code
 * Aligner aligner = Aligners.standard(Similarities.lexical());
 * Alignment alignment = aligner.align(analyzedArticles);
 * alignment.passages().get(0).articles();   // the outlets that carry the most salient fact
 * }</pre>
 */
public final class Aligners {
  private Aligners() {}

  /**
   * The default aligner. Immutable and thread-safe; it keeps no state between calls.
   *
   * <p><b>Sentences.</b> Only reporting sentences take part (headlines, bullets and body; not embedded
   * content such as tweets).
   *
   * <p><b>Candidates.</b> Sentences are indexed under blocking keys: content stems, 5-letter stem
   * prefixes, numbers and synonym groups. A key found in more sentences than twice the number of articles
   * (at least 4) is not informative ("Russia", "NATO" in a story about them) and proposes no pair; every
   * other key proposes the cross-article pairs of its sentences, which are scored with the similarity.
   * Cost grows with the number of sentences that share rare terms, close to linearly with the articles.
   *
   * <p><b>Event membership.</b> An article's <i>share</i> is the fraction of its sentences that score at
   * or above {@link SentenceSimilarity#threshold()} with a sentence of another article. An article is
   * {@link EventMembership#OTHER} when
   * <ul>
   *   <li>it is dated more than 7 days from the median date of the other dated articles and its share is
   *       below one half (a late article about the same event that matches strongly stays), or</li>
   *   <li>with two articles, none of its sentences shares a fact (see <b>Passages</b>) with a sentence of
   *       the other (this alone decides for undated articles), or</li>
   *   <li>with three articles or more, it is a look-alike: another event of the same kind. A logistic
   *       regression fitted on ECB+ reads how much its names, content words, numbers and dates agree with
   *       each other article's (the median over the others), relative to the typical article of the set,
   *       with its share of matching sentences, and the names, figures and counts of its own that the
   *       others do not use or contradict; see {@code docs/alignment.md}.</li>
   * </ul>
   * When that would leave no main article (two articles with nothing in common), the article with the
   * most sentences sharing a fact, the first given on ties, is the main event. One article alone is the main
   * event. Each decision carries a reason in words.
   *
   * <p><b>Passages.</b> Two sentences share a fact when they score at least 0.6 times the threshold (the
   * threshold says "the same thing"; a news sentence carries one shared fact plus context of its own).
   * Pairs of sentences of main-event articles at that level are
   * taken strongest first; each joins the two groups of its sentences when the mean similarity over all
   * cross-article sentence pairs of the two groups stays at or above 0.9 times that level (average
   * linkage, so a group never drifts to a different fact through a chain of near matches). A pair below
   * the threshold also needs specific evidence: on each side, informative words (their key is in at most
   * twice as many sentences as articles, at least 4) the other sentence uses count 1 and those it only
   * echoes (synonym, derived form, same 5-letter prefix, number of the same magnitude) count 0.5, and the
   * smaller side must reach 2; or at least two pairs at the fact level must link the two groups. A sentence
   * ending with a colon whose next sentence opens with a quotation mark is grouped with that quotation
   * before any pair is taken (it announces the quote). A group may hold
   * several sentences of one article when they are neighbours (one outlet may spread over two sentences
   * what another says in one), when one is a headline or bullet, or when they are alike themselves; last, an
   * article's first body sentence that names the main action joins the main event's passage even beside a later
   * sentence of its article there (both report the main event: the outlet says it twice). Two
   * sentences that are mostly quotations (half their characters) given to two different people (no speaker's
   * surname in common) are never in one group unless they print one quote's words (8 in a row, or all of the
   * shorter quote's): two people's remarks may share a phrase ("on the wrong side of history") but are not one fact.
   * Every reporting sentence of a main-event article ends in exactly one passage; facts one outlet alone
   * carries are one-member passages.
   *
   * <p><b>Salience</b> in [0, 1] is {@code 0.7 * coverage + 0.2 * lead + 0.1 * headline}: coverage is
   * {@code (k - 1) / (n - 1)} for a passage carried by k of the n outlets of the main-event articles (1 when
   * n = 1; outlets, not articles: an outlet's second article carrying the fact does not raise it),
   * lead is 1 minus the mean relative position of the passage's first sentence in each article, headline
   * is 1 when a member sentence is a headline or bullet. Passages are numbered {@code p1, p2, ...} by decreasing salience, then by first article and
   * sentence. The same articles given in another order get the same passages: the sentences are numbered, ties of score
   * taken and each pair's same-fact features read (from its first sentence's side) with the articles in an order of
   * their own, by text, then title, outlet, date and id; only the order of a passage's members and the numbers of
   * passages of equal salience follow the order given. {@link Passage#similarity()} is the mean similarity of member sentences of different
   * articles (1.0 for one member).
   *
   * <table>
   *   <caption>Edge cases</caption>
   *   <tr><th>input</th><th>output</th></tr>
   *   <tr><td>no articles</td><td>{@link IllegalArgumentException}</td></tr>
   *   <tr><td>one article</td><td>main event; one passage per reporting sentence</td></tr>
   *   <tr><td>two articles with no matching sentence</td><td>the first main, the second other</td></tr>
   *   <tr><td>undated articles</td><td>decided by content alone</td></tr>
   * </table>
   */
  public static Aligner standard(SentenceSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    return new StandardAligner(similarity, Lexicon.standard());
  }
}
