package dev.parallax.corpus;

import dev.parallax.align.Aligner;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.internal.Names;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a grouped event that holds two look-alike events (two earthquakes, two coach firings of one team)
 * into its two parts, with the look-alike decision of the aligner.
 *
 * <p>The grouper merges two events of the same kind when their articles share most of their vocabulary. Such
 * a merged event is a balanced mixture, which the aligner's look-alike decision cannot see on the whole event
 * (it needs a majority of articles about one event to measure the others against). So the event's articles
 * are first cut in two by 2-medoids on the grouper's pair score (term weights from the whole corpus, as in
 * grouping), seeded from up to eight articles spread over the event, each with the article least similar to it,
 * and of these cuts the one whose parts both hold {@link #minPart()} articles and are least alike across is taken (a
 * cut seeded from one pair alone goes around a stray report rather than between the two events); the cut is kept
 * when both parts have at least {@link #minPart()} articles, the mean score across the cut is at most {@link
 * #ratioCap()} times the mean score within the parts, and the aligner, given the larger part plus one article of
 * the smaller part at a time, marks at least
 * {@link #probeShare()} of the smaller part's articles {@link EventMembership#OTHER} (at most four of them are
 * tried, spread over the part, so that a large event costs at most four alignments). A mark counts only for an article
 * that sides with its part (its mean score with the other part at most {@link #ratioCap()} times its mean score with
 * its own): a stray the grouper took in (a report of a later story that shares the names) is as far from its own part
 * as from the other, and the aligner's "other" for it says nothing of the articles it was cut with (such an article
 * is not aligned at all). A clear cut, whose mean score across is at most {@link #clearRatio()} times the mean within
 * (the two parts are less than half as alike as each part is in itself), is kept without asking the aligner: its
 * decision measures each article against what most of the others report, and two stories of one kind told in the
 * same words (two fires of one night, each with its own town, owner and figures) can look alike to it where their
 * names and figures do not. A cut
 * whose parts were published one wholly before the other (every article dated, the last day of one part before
 * the first day of the other) is kept without asking the aligner too: such parts are a story and a later one told
 * with the same names (a leader's defeat, then a rival's bid for his post), which the aligner takes for one event.
 * A cut the aligner does not confirm is still kept when each part opens with a name of its own ({@link
 * #ownLeadingNames}): two players of one team put on injured reserve the same day, told in the same words, each
 * named in the headline or opening sentences of most of his own part's reports and of hardly any of the other's.
 * When no such cut is kept, the event is cut between two days ({@link #dayCut}: every article dated, the days up to
 * one day against those after it, the cut of lowest ratio with parts of at least {@link #minPart()}) when that cut's
 * ratio is at most {@link #dayRatioCap()}: a story followed over several days (a bill blocked one day, passed two days
 * later) whose daily reports the grouper chained into one event, where the 2-medoids cut went across the days.
 * The settings were chosen on BASIL and ECB+ train (see {@code docs/evaluation.md}); one cut per event, no
 * repetition.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>an event of fewer than {@code 2 × minPart()} articles</td><td>the event, unchanged, no alignment run</td></tr>
 *   <tr><td>an event whose cut fails a test</td><td>the event, unchanged</td></tr>
 *   <tr><td>an event whose cut the aligner confirms only by marking other an article as far from its own part as
 *       from the other</td><td>the event, unchanged</td></tr>
 *   <tr><td>an event whose cut is clear (parts of at least {@code minPart()}, ratio at most {@code clearRatio()})</td>
 *       <td>its two parts, no alignment run</td></tr>
 *   <tr><td>an event whose cut passes the size and ratio tests and whose parts were published on days apart</td>
 *       <td>its two parts, no alignment run</td></tr>
 *   <tr><td>an event whose cut passes the size and ratio tests, which the aligner does not confirm, and whose parts
 *       each open with a name of their own</td><td>its two parts</td></tr>
 *   <tr><td>an event whose cut is not kept, every article dated, whose best cut between two days has parts of at
 *       least {@code minPart()} and a ratio of at most {@code dayRatioCap()}</td><td>the articles up to that day and
 *       those after it, no alignment run</td></tr>
 *   <tr><td>an event {@code e7} that is cut</td><td>{@code e7}, the part holding its first article, and
 *       {@code e7-2}, the other, each with its own title and dates</td></tr>
 * </table>
 *
 * <p>Immutable, thread-safe and serializable. Cost: one pair score per pair of the event's articles, up to nine
 * 2-medoids runs on them, and up to four alignments of the larger part plus one article (none for a clear cut or
 * parts apart in time), for events of at least {@code 2 × minPart()} articles only.
 *
 * <pre>{@code
 * EventSplitter splitter = EventSplitter.standard();
 * List<CorpusEvent> parts = splitter.split(event, analyzedMembers, TermStats.of(corpusSketches),
 *     Aligners.standard(parallax.similarity()));
 * }</pre>
 */
public final class EventSplitter implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The most articles of the smaller part given to the aligner one at a time, spread over the part. */
  static final int MAX_PROBES = 4;
  /** The most articles a cut is seeded from, spread over the event, so that a large event costs a bounded number of cuts. */
  static final int MAX_SEEDS = 8;
  /** How many sentences after the headline make an article's opening, where a report names its main actor. */
  static final int OPENING_SENTENCES = 2;
  /** The least share of a part's articles whose openings name its own leading name. */
  static final double OWN_OPENING_SHARE = 2.0 / 3;
  /** The most share of the other part's articles whose openings may name it too. */
  static final double OTHER_OPENING_SHARE = 0.25;
  private static final EventSplitter STANDARD = new EventSplitter(MinHashGrouper.standard(), 3, 0.25, 0.8, 0.5, 0.9);

  private final MinHashGrouper scorer;
  private final int minPart;
  private final double probeShare;
  private final double ratioCap;
  private final double clearRatio;
  private final double dayRatioCap;

  private EventSplitter(MinHashGrouper scorer, int minPart, double probeShare, double ratioCap, double clearRatio,
      double dayRatioCap) {
    this.scorer = scorer;
    this.minPart = minPart;
    this.probeShare = probeShare;
    this.ratioCap = ratioCap;
    this.clearRatio = clearRatio;
    this.dayRatioCap = dayRatioCap;
  }

  /**
   * The tuned splitter: parts of at least 3 articles, probe share 0.25, score ratio at most 0.8, a clear cut at a
   * ratio of at most 0.5, a cut between two days at a ratio of at most 0.9, scored by the standard grouper.
   */
  public static EventSplitter standard() {
    return STANDARD;
  }

  /**
   * This splitter with other settings (for evaluation).
   *
   * @param grouper scores article pairs ({@link MinHashGrouper#score})
   * @param minPart the fewest articles of each part, at least 1
   * @param probeShare the share of the smaller part the aligner must mark other, in [0, 1]
   * @param ratioCap the highest ratio of the mean score across the cut to the mean score within the parts
   */
  public EventSplitter with(MinHashGrouper grouper, int minPart, double probeShare, double ratioCap) {
    Objects.requireNonNull(grouper, "grouper");
    if (minPart < 1) {
      throw new IllegalArgumentException("minPart must be >= 1: " + minPart);
    }
    if (!(probeShare >= 0 && probeShare <= 1)) {
      throw new IllegalArgumentException("probeShare must be in [0, 1]: " + probeShare);
    }
    if (!(ratioCap >= 0)) {
      throw new IllegalArgumentException("ratioCap must be >= 0: " + ratioCap);
    }
    return new EventSplitter(grouper, minPart, probeShare, ratioCap, clearRatio, dayRatioCap);
  }

  /**
   * This splitter with another clear-cut ratio (for evaluation): a cut whose ratio is at most this is kept without
   * asking the aligner; 0 asks the aligner about every cut.
   */
  public EventSplitter withClearRatio(double ratio) {
    if (!(ratio >= 0)) {
      throw new IllegalArgumentException("clearRatio must be >= 0: " + ratio);
    }
    return new EventSplitter(scorer, minPart, probeShare, ratioCap, ratio, dayRatioCap);
  }

  /**
   * This splitter with another cap on the ratio of a cut between two days (for evaluation): the best such cut is kept
   * when its ratio is at most this; 0 keeps none.
   */
  public EventSplitter withDayRatioCap(double cap) {
    if (!(cap >= 0)) {
      throw new IllegalArgumentException("dayRatioCap must be >= 0: " + cap);
    }
    return new EventSplitter(scorer, minPart, probeShare, ratioCap, clearRatio, cap);
  }

  /** The standard splitter scoring pairs with {@code grouper} when it is a {@link MinHashGrouper}, else with the standard one. */
  public static EventSplitter forGrouper(EventGrouper grouper) {
    Objects.requireNonNull(grouper, "grouper");
    return grouper instanceof MinHashGrouper m ? STANDARD.with(m, STANDARD.minPart, STANDARD.probeShare, STANDARD.ratioCap)
        : STANDARD;
  }

  /** The fewest articles of each part. */
  public int minPart() {
    return minPart;
  }

  /** The share of the smaller part the aligner must mark other. */
  public double probeShare() {
    return probeShare;
  }

  /** The highest ratio of the mean pair score across the cut to the mean within the parts. */
  public double ratioCap() {
    return ratioCap;
  }

  /** The ratio up to which a cut is clear: kept without asking the aligner. */
  public double clearRatio() {
    return clearRatio;
  }

  /**
   * The highest ratio of a cut between two days ({@link #dayCut}) that is kept: higher than {@link #ratioCap()}, for
   * the days already part the articles. On the AllSides openings (44th session, docs/evaluation.md) every cut between
   * 0.8 and 0.9 parted two stories of a running topic (a cease-fire from the talks before it, an evacuation from the
   * fall of a capital) and none parted one story.
   */
  public double dayRatioCap() {
    return dayRatioCap;
  }

  /** Whether an event of {@code size} articles is examined at all: {@code size >= 2 × minPart()}. */
  public boolean examines(int size) {
    return size >= 2 * minPart;
  }

  /**
   * The event itself, or its two parts when it holds two look-alike events (see the class comment).
   *
   * @param event the grouped event
   * @param members its articles, analyzed, in the order of {@link CorpusEvent#articles()}
   * @param stats the corpus's term statistics (those grouping used)
   * @param aligner decides event membership ({@code Aligners.standard(similarity)})
   * @return one or two events, the one with the event's first article first
   * @throws IllegalArgumentException when {@code members} are not the event's articles in order
   */
  public List<CorpusEvent> split(CorpusEvent event, List<AnalyzedArticle> members, TermStats stats, Aligner aligner) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(aligner, "aligner");
    int n = event.size();
    if (members.size() != n) {
      throw new IllegalArgumentException("event " + event.id() + " has " + n + " articles, got " + members.size());
    }
    for (int i = 0; i < n; i++) {
      if (!members.get(i).id().equals(event.articles().get(i))) {
        throw new IllegalArgumentException("member " + i + " of event " + event.id() + " is "
            + Names.quote(members.get(i).id()) + ", expected " + Names.quote(event.articles().get(i)));
      }
    }
    if (!examines(n)) {
      return List.of(event);
    }
    List<ArticleSketch> sketches = new ArrayList<>(n);
    members.forEach(a -> sketches.add(scorer.sketch(a)));
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      sim[i][i] = 1.0;
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = scorer.score(sketches.get(i), sketches.get(j), stats);
        sim[j][i] = sim[i][j];
      }
    }
    int[] side = cleanestCut(sim, minPart);
    if (!keeps(side, members, sim, aligner)) {
      // no look-alike cut: the cut between two days, when it passes the size and ratio tests (a story over days)
      long[] day = new long[n];
      for (int i = 0; i < n; i++) {
        day[i] = members.get(i).article().published().map(LocalDate::toEpochDay).orElse(ArticleSketch.NO_DAY);
      }
      side = keptDayCut(day, sim);
      if (side == null) {
        return List.of(event);
      }
    }
    List<AnalyzedArticle> first = new ArrayList<>();
    List<AnalyzedArticle> second = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (side[i] == side[0] ? first : second).add(members.get(i));
    }
    return List.of(part(event.id(), first), part(event.id() + "-2", second));
  }

  /** Whether the 2-medoids cut {@code side} passes the size and ratio tests and is confirmed (class comment). */
  private boolean keeps(int[] side, List<AnalyzedArticle> members, double[][] sim, Aligner aligner) {
    int n = side.length;
    int count1 = 0;
    for (int s : side) {
      count1 += s;
    }
    // The larger part is side "big"; on a tie, the part holding the first article.
    int big = count1 > n - count1 || count1 * 2 == n && side[0] == 1 ? 1 : 0;
    List<AnalyzedArticle> larger = new ArrayList<>();
    List<AnalyzedArticle> smaller = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (side[i] == big ? larger : smaller).add(members.get(i));
    }
    double ratio = crossRatio(sim, side);
    if (smaller.size() < minPart || ratio > ratioCap) {
      return false;
    }
    return ratio <= clearRatio || apartInTime(larger, smaller)
        || alignerMarksOther(members, larger, sim, side, 1 - big, aligner) || ownLeadingNames(larger, smaller);
  }

  /**
   * The cut between two days of lowest {@link #crossRatio} whose parts both hold at least {@code minPart} articles
   * (side 0 the articles up to the day, side 1 those after it), or null when an article has no date ({@link
   * ArticleSketch#NO_DAY}) or no such cut exists. A story followed over several days grows into one event as each
   * day's reports match the day before's; its later stage (a bill passed, after the day it was blocked) shares the
   * story's names but fewer of its words.
   *
   * @param day each article's day (days since 1970-01-01), indexed as {@code sim}
   */
  static int[] dayCut(long[] day, double[][] sim, int minPart) {
    int n = day.length;
    if (Arrays.stream(day).anyMatch(d -> d == ArticleSketch.NO_DAY)) {
      return null;
    }
    long[] days = Arrays.stream(day).distinct().sorted().toArray();
    List<int[]> cuts = new ArrayList<>();
    for (int k = 0; k + 1 < days.length; k++) {
      int[] side = new int[n];
      for (int i = 0; i < n; i++) {
        side[i] = day[i] > days[k] ? 1 : 0;
      }
      cuts.add(side);
    }
    return leastAlike(cuts, sim, minPart, null);
  }

  /**
   * The best cut between two days ({@link #dayCut}, parts of at least {@link #minPart()}) when its ratio is at most
   * {@link #dayRatioCap()}, else null.
   *
   * @param day each article's day (days since 1970-01-01), indexed as {@code sim}
   */
  int[] keptDayCut(long[] day, double[][] sim) {
    int[] side = dayCut(day, sim, minPart);
    return side == null || crossRatio(sim, side) > dayRatioCap ? null : side;
  }

  /**
   * Whether the aligner, given the larger part plus one article of the smaller part at a time (at most
   * {@link #MAX_PROBES}, spread over it), marks at least {@link #probeShare()} of those articles other, counting only
   * those that {@linkplain #sidesWithItsPart side with their part} (the others are not aligned).
   *
   * @param members the event's articles, indexed as {@code sim} and {@code side}
   * @param smallerSide the side of the cut that holds the smaller part
   */
  private boolean alignerMarksOther(List<AnalyzedArticle> members, List<AnalyzedArticle> larger, double[][] sim,
      int[] side, int smallerSide, Aligner aligner) {
    List<Integer> smaller = new ArrayList<>();
    for (int i = 0; i < side.length; i++) {
      if (side[i] == smallerSide) {
        smaller.add(i);
      }
    }
    int marked = 0;
    List<Integer> probed = spread(smaller, MAX_PROBES);
    for (int i : probed) {
      if (!sidesWithItsPart(sim, side, i)) {
        continue;
      }
      List<AnalyzedArticle> probe = new ArrayList<>(larger);
      probe.add(members.get(i));
      List<ArticleEvent> decisions = aligner.align(probe).events();
      if (decisions.get(decisions.size() - 1).membership() == EventMembership.OTHER) {
        marked++;
      }
    }
    return marked >= probeShare * probed.size();
  }

  /**
   * Whether article {@code i} sides with its part of the cut: its mean score with the other part is at most {@link
   * #ratioCap()} times its mean score with the rest of its own part, the test a cut itself must pass. The aligner's
   * "other" for an article that is as far from its own part as from the other one (a report of a later, different
   * story that the grouper took in) speaks for that article alone, not for the part it was cut into.
   */
  private boolean sidesWithItsPart(double[][] sim, int[] side, int i) {
    double within = 0;
    double across = 0;
    int withinCount = 0;
    int acrossCount = 0;
    for (int j = 0; j < sim.length; j++) {
      if (j == i) {
        continue;
      }
      if (side[j] == side[i]) {
        within += sim[i][j];
        withinCount++;
      } else {
        across += sim[i][j];
        acrossCount++;
      }
    }
    return withinCount > 0 && acrossCount > 0 && across / acrossCount <= ratioCap * (within / withinCount);
  }

  /**
   * Whether one part was published wholly before the other: every article of both dated, and the last day of
   * the earlier part before the first day of the later one.
   */
  static boolean apartInTime(List<AnalyzedArticle> a, List<AnalyzedArticle> b) {
    long[] ra = days(a);
    long[] rb = days(b);
    return ra != null && rb != null && (ra[1] < rb[0] || rb[1] < ra[0]);
  }

  /**
   * Whether each part opens with a name of its own: a name in the headline or first {@link #OPENING_SENTENCES}
   * sentences of at least {@link #OWN_OPENING_SHARE} of the part's articles and of at most {@link
   * #OTHER_OPENING_SHARE} of the other part's. A report names its event's main actor (who was placed on injured
   * reserve, which town the storm hit) in its opening; two events of one kind each have their own. One event cut
   * by the stage of its story opens with the same actor in both parts, a new name (a suspect named later) in one
   * part only.
   */
  static boolean ownLeadingNames(List<AnalyzedArticle> a, List<AnalyzedArticle> b) {
    List<Set<String>> openingsA = a.stream().map(EventSplitter::openingNames).toList();
    List<Set<String>> openingsB = b.stream().map(EventSplitter::openingNames).toList();
    return hasOwnLeadingName(openingsA, openingsB) && hasOwnLeadingName(openingsB, openingsA);
  }

  /**
   * Whether a name opens at least {@link #OWN_OPENING_SHARE} of {@code part} (each article's opening names) and at
   * most {@link #OTHER_OPENING_SHARE} of {@code other}.
   */
  private static boolean hasOwnLeadingName(List<Set<String>> part, List<Set<String>> other) {
    Map<String, Integer> counts = new HashMap<>();
    part.forEach(names -> names.forEach(x -> counts.merge(x, 1, Integer::sum)));
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= OWN_OPENING_SHARE * part.size()
          && other.stream().filter(names -> names.contains(e.getKey())).count() <= OTHER_OPENING_SHARE * other.size()) {
        return true;
      }
    }
    return false;
  }

  /** The names (as the analyzer resolved them) in the headline and first {@link #OPENING_SENTENCES} sentences. */
  private static Set<String> openingNames(AnalyzedArticle article) {
    Set<Integer> opening = new HashSet<>();
    int body = 0;
    for (Sentence s : article.sentences()) {
      if (s.role() == SentenceRole.HEADLINE) {
        opening.add(s.index());
      } else if (s.role() == SentenceRole.BODY && body < OPENING_SENTENCES) {
        opening.add(s.index());
        body++;
      }
    }
    Set<String> names = new HashSet<>();
    for (Mention m : article.mentions()) {
      if (m.kind() == MentionKind.NAME && opening.contains(m.sentence())) {
        names.add(m.value());
      }
    }
    return names;
  }

  /** The first and last publication day of {@code articles}, or null when one of them has no date. */
  private static long[] days(List<AnalyzedArticle> articles) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (AnalyzedArticle x : articles) {
      Optional<LocalDate> d = x.article().published();
      if (d.isEmpty()) {
        return null;
      }
      first = Math.min(first, d.get().toEpochDay());
      last = Math.max(last, d.get().toEpochDay());
    }
    return new long[] {first, last};
  }

  /** At most {@code max} of {@code list}, evenly spread over it, in order. */
  private static <T> List<T> spread(List<T> list, int max) {
    if (list.size() <= max) {
      return list;
    }
    List<T> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(list.get(i * list.size() / max));
    }
    return out;
  }

  private static CorpusEvent part(String id, List<AnalyzedArticle> articles) {
    List<String> ids = new ArrayList<>(articles.size());
    List<String> titles = new ArrayList<>(articles.size());
    LocalDate first = null;
    LocalDate last = null;
    for (AnalyzedArticle a : articles) {
      ids.add(a.id());
      titles.add(a.article().title());
      Optional<LocalDate> d = a.article().published();
      if (d.isPresent()) {
        first = first == null || d.get().isBefore(first) ? d.get() : first;
        last = last == null || d.get().isAfter(last) ? d.get() : last;
      }
    }
    return new CorpusEvent(id, MinHashGrouper.centralTitle(titles), ids, Optional.ofNullable(first),
        Optional.ofNullable(last));
  }

  /** Mean score across the cut over mean score within the parts; 1 when either is undefined. */
  private static double crossRatio(double[][] sim, int[] side) {
    double within = 0;
    double cross = 0;
    int wn = 0;
    int cn = 0;
    for (int i = 0; i < sim.length; i++) {
      for (int j = i + 1; j < sim.length; j++) {
        if (side[i] == side[j]) {
          within += sim[i][j];
          wn++;
        } else {
          cross += sim[i][j];
          cn++;
        }
      }
    }
    return wn == 0 || cn == 0 || within == 0 ? 1.0 : (cross / cn) / (within / wn);
  }

  /**
   * The cut of lowest {@link #crossRatio} whose parts both hold at least {@code minPart} articles, among the
   * 2-medoids cut seeded with the least similar pair of all and those seeded with each of up to {@link #MAX_SEEDS}
   * articles spread over the event and the article least similar to it; the first of these when none has parts
   * that large. One seed alone lets a report far from both seeds (a digest, a short update) fall to the wrong
   * side, and the cut then goes around it rather than between the two events.
   */
  static int[] cleanestCut(double[][] sim, int minPart) {
    int n = sim.length;
    int[] first = twoMedoids(sim);
    List<int[]> cuts = new ArrayList<>(List.of(first));
    for (int k = 0; k < Math.min(n, MAX_SEEDS); k++) {
      int a = k * n / Math.min(n, MAX_SEEDS);
      int b = a == 0 ? 1 : 0;
      for (int j = 0; j < n; j++) {
        if (j != a && sim[a][j] < sim[a][b]) {
          b = j;
        }
      }
      cuts.add(twoMedoids(sim, a, b));
    }
    return leastAlike(cuts, sim, minPart, first);
  }

  /**
   * Of {@code cuts}, the first of lowest {@link #crossRatio} whose parts both hold at least {@code minPart} articles;
   * {@code none} when no cut has parts that large.
   */
  private static int[] leastAlike(List<int[]> cuts, double[][] sim, int minPart, int[] none) {
    int[] best = none;
    double bestRatio = Double.POSITIVE_INFINITY;
    for (int[] side : cuts) {
      if (!bigEnough(side, minPart)) {
        continue;
      }
      double r = crossRatio(sim, side);
      if (r < bestRatio) {
        bestRatio = r;
        best = side;
      }
    }
    return best;
  }

  /** Whether both sides of a cut hold at least {@code minPart} articles. */
  private static boolean bigEnough(int[] side, int minPart) {
    int count1 = 0;
    for (int x : side) {
      count1 += x;
    }
    return count1 >= minPart && side.length - count1 >= minPart;
  }

  /** Two groups by 2-medoids on a similarity matrix, seeded with its least similar pair (first in order on ties). */
  static int[] twoMedoids(double[][] sim) {
    int n = sim.length;
    int m0 = 0;
    int m1 = 1;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sim[i][j] < sim[m0][m1]) {
          m0 = i;
          m1 = j;
        }
      }
    }
    return twoMedoids(sim, m0, m1);
  }

  /** Two groups by 2-medoids on a similarity matrix, seeded with the medoids {@code m0} and {@code m1}. */
  private static int[] twoMedoids(double[][] sim, int m0, int m1) {
    int n = sim.length;
    int[] side = new int[n];
    for (int iter = 0; iter < 20; iter++) {
      for (int i = 0; i < n; i++) {
        side[i] = sim[i][m1] > sim[i][m0] ? 1 : 0;
      }
      side[m0] = 0;
      side[m1] = 1;
      int n0 = medoid(sim, side, 0);
      int n1 = medoid(sim, side, 1);
      if (n0 == m0 && n1 == m1) {
        break;
      }
      m0 = n0;
      m1 = n1;
    }
    return side;
  }

  /** The member of side {@code s} with the highest summed similarity to its side (first on ties). */
  private static int medoid(double[][] sim, int[] side, int s) {
    int arg = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < sim.length; i++) {
      if (side[i] != s) {
        continue;
      }
      double sum = 0;
      for (int j = 0; j < sim.length; j++) {
        if (side[j] == s) {
          sum += sim[i][j];
        }
      }
      if (sum > top) {
        top = sum;
        arg = i;
      }
    }
    return arg;
  }
}
