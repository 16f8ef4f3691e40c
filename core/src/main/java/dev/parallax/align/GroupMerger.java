package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Groups the sentence nodes of a call's main-event articles into the members of its passages: a sentence
 * that announces a quotation joins it, then the groups merge by average linkage along the strongest pairs,
 * first those the similarity alone calls the same fact, then those the same-fact model links (unless a body
 * sentence of one group is next to never the other's fact), last the leads of different outlets that restate the main
 * event in other words.
 *
 * <p>See {@link Aligners#standard(SentenceSimilarity)} for the rules. Holds the groups while they merge:
 * not thread-safe, one per alignment call.
 */
final class GroupMerger {
  /** Two groups merge when their mean cross-article similarity reaches this share of the fact level. */
  static final double LINK = 0.9;
  /** Sentences of one article at most this far apart may share a passage without being alike. */
  static final int NEAR = 1;
  /**
   * A pair below the similarity's threshold joins two groups only with at least this much specific
   * evidence (an informative word both sentences use counts 1, a synonym, derived form or close number
   * 0.5), unless at least {@link #CORROBORATION} fact-level pairs link the two groups.
   */
  static final double EVIDENCE = 2.0;
  /** Fact-level cross-article pairs between two groups that let a weak pair join them without evidence. */
  static final int CORROBORATION = 2;
  /**
   * Linkage between two groups, and a passage's mean similarity, are taken over at most this many members
   * of each group (the first to join, which are its most strongly linked): exact for events of up to this
   * many outlets, and a bounded cost per merge beyond.
   */
  static final int SAMPLE = 12;
  /**
   * Two leads of different outlets (a headline or one of the first {@link SentenceNodes#LEAD_SENTENCES} body
   * sentences each) that the same-fact model gives at least this probability may join their groups in the last
   * round: leads restate the main event in each outlet's words ("Jane Doe dies at 91" / "Jane Doe, the swimmer
   * turned actress, has died"), so a pair a little below the model's edge is enough there ...
   */
  static final double LEAD_EDGE = 0.93;
  /**
   * ... when the mean probability over the two groups' cross-article pairs reaches this, well above the model's
   * link level: every member of the one must be likely the same fact as every member of the other, so a lead that
   * reports another action of the story (the arrest, not the crash) keeps its own passage. Both levels were chosen
   * on ECB+ train (docs/alignment.md).
   */
  static final double LEAD_LINK = 0.6;
  /**
   * In the model's round, two groups stay apart when a body sentence of one (not a headline, bullet or one of the
   * first {@link SentenceNodes#LEAD_SENTENCES} body sentences) has a mean same-fact probability under this with the
   * other group's members: it joined its group for another fact it shares with one member (a sentence that carries
   * two facts), and the join would carry that fact into a passage about something else. Chosen on ECB+ train
   * (docs/alignment.md).
   */
  static final double STRANGER = 0.02;
  /**
   * An opening that names the main action, as likely the main event as two lead groups must be ({@link #LEAD_LINK}),
   * joins the main event's passage even when another group is closer to it by less than this: outlets' leads restate
   * the main event with their own details, so their mean with a group of two or three like leads runs a little above
   * their mean with the passage of every outlet's headline. Chosen on ECB+ train (docs/alignment.md).
   */
  static final double RIVAL_MARGIN = 0.1;
  /** Characters that open a quotation. */
  private static final String QUOTES = "\"\u201C\u2018\u00AB\u201E'";

  private final SentenceNodes nodes;
  private final ScoredPairs pairs;
  private final SameFactModel model;
  /** The similarity's threshold: "these two sentences say the same thing". */
  private final double sameLevel;
  /** Two sentences share a fact when they score at least this (see {@link SameFactModel#fact()}). */
  private final double factLevel;
  /** Node -> the group it is in, named by its lowest node. */
  private final int[] cluster;
  /** Group -> its nodes in the order they joined; empty once merged into another. */
  private final List<List<Integer>> members;
  /** Group -> how many times it grew, so that a refused pair of groups is judged again once one changes. */
  private final int[] version;

  private GroupMerger(SentenceNodes nodes, ScoredPairs pairs, SameFactModel model, double sameLevel) {
    this.nodes = nodes;
    this.pairs = pairs;
    this.model = model;
    this.sameLevel = sameLevel;
    this.factLevel = model.fact() * sameLevel;
    int n = nodes.size();
    cluster = new int[n];
    members = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      cluster[g] = g;
      members.add(new ArrayList<>(List.of(g)));
    }
    version = new int[n];
  }

  /**
   * The groups of the nodes, ordered by their lowest node, each node in exactly one (a node of an article
   * outside the main event alone in its own).
   *
   * @param sameLevel the similarity's threshold
   * @param main per article, whether it is about the main event
   */
  static List<List<Integer>> groups(SentenceNodes nodes, ScoredPairs pairs, SameFactModel model, double sameLevel,
      boolean[] main) {
    return new GroupMerger(nodes, pairs, model, sameLevel).merge(main);
  }

  private List<List<Integer>> merge(boolean[] main) {
    for (int g = 0; g + 1 < nodes.size(); g++) {
      if (main[nodes.articleOf(g)] && introducesQuote(g)) {
        join(g, g + 1);
      }
    }
    // First the pairs whose similarity alone says they share a fact (their fact score: a main clause carrying a
    // shared figure may stand in for its long sentence), merged by mean fact score ...
    mergeAlong(edges(main, false, factLevel), (x, y, a, b, score) -> {
      double[] linkage = linkage(a, b, false);
      if (linkage[0] < LINK * factLevel) {
        return Verdict.REFUSE;
      }
      boolean weak = score < sameLevel;
      // a weak pair too thin on its own waits: a later pair between the same groups may still carry them
      return weak && linkage[1] < CORROBORATION && pairs.evidence(x, y) < EVIDENCE ? Verdict.WAIT : Verdict.JOIN;
    });
    // ... then the pairs the same-fact model links (other words, headline and lead), by mean probability.
    // A body sentence that is next to never the other group's fact keeps the two apart (see STRANGER).
    mergeAlong(edges(main, true, model.edge()),
        (x, y, a, b, score) -> linkage(a, b, true)[0] < model.link()
            || holdsAStranger(a, b, nodes::isLead, nodes::articleOf, pairs::prob) ? Verdict.REFUSE : Verdict.JOIN);
    // ... and last the leads of different outlets, which restate the main event: a lower edge, a stricter linkage.
    mergeAlong(leadEdges(main),
        (x, y, a, b, score) -> linkage(a, b, true)[0] < LEAD_LINK ? Verdict.REFUSE : Verdict.JOIN);
    // ... then the main event's passage takes the other openings that name its main action.
    MainPassage grown = mainPassageWithOpenings(main);
    List<List<Integer>> groups = new ArrayList<>();
    for (int c = 0; c < members.size(); c++) {
      List<Integer> m = new ArrayList<>(members.get(c));
      m.removeAll(grown.joining());
      if (c == grown.group()) {
        m.addAll(grown.joining());
      }
      if (!m.isEmpty()) {
        groups.add(m);
      }
    }
    groups.sort(Comparator.comparingInt((List<Integer> m) -> m.stream().mapToInt(Integer::intValue).min().orElse(0)));
    return groups;
  }

  /**
   * The main event's passage (its group, -1 when there is none) and the openings of other groups that join it, in
   * node order.
   */
  private record MainPassage(int group, Set<Integer> joining) {
    static final MainPassage NONE = new MainPassage(-1, Set.of());
  }

  /**
   * The main event's passage and the openings (headlines, bullets, first body sentences) of main-event articles that
   * join it: the group holding the openings of the most articles (at least two) names the main action, the content word
   * (or a synonym or derived form of it) that the members of more than half of its articles use (of those, the one
   * fewest sentences of the run use); another opening that names it joins the passage when its mean same-fact
   * probability with the passage's members is above 0 and at least its mean with any other group it is a candidate pair
   * of (its own included; within {@link #RIVAL_MARGIN} of it when the mean with the passage reaches {@link #LEAD_LINK},
   * see {@link #keptByRival}, and then the opening moves alone), and no two people's quotes would share it (the
   * same-article rule does not apply here: a later sentence of the opening's article in the passage restates the
   * action, see {@link #compatible}). An opening whose mean with the passage reaches {@link #LEAD_LINK} (the level at
   * which the lead round joins two groups) does not weigh its own group as a rival, and brings along the other openings
   * of its group that name the action (and the group's one other opening when only that one would stay behind, see
   * {@link #movingWith}). Every outlet's opening reports the main event, in words of its own around the action: single
   * pairs of them often fall under the model's edge or its content gate.
   */
  private MainPassage mainPassageWithOpenings(boolean[] main) {
    int n = nodes.size();
    int best = mainGroup(members, g -> nodes.isLead(g) && main[nodes.articleOf(g)], nodes::articleOf);
    if (best < 0) {
      return MainPassage.NONE;
    }
    List<Integer> passage = List.copyOf(members.get(best));
    PairFeatures features = pairs.features();
    List<Set<Integer>> termsOf = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      termsOf.add(features.actionTerms(g));
    }
    Set<Integer> passageArticles = new HashSet<>();
    for (int g : passage) {
      passageArticles.add(nodes.articleOf(g));
    }
    int[] chosen = mainAction(passage, termsOf, nodes::articleOf);
    int action = chosen[0];
    int actionArticles = chosen[1];
    if (2 * actionArticles <= passageArticles.size()) {
      return MainPassage.NONE;
    }
    List<List<Integer>> partners = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      partners.add(new ArrayList<>());
    }
    for (int i = 0; i < pairs.size(); i++) {
      long pair = pairs.pair(i);
      partners.get(nodes.low(pair)).add(nodes.high(pair));
      partners.get(nodes.high(pair)).add(nodes.low(pair));
    }
    List<Integer> grown = new ArrayList<>(passage);
    Set<Integer> joining = new TreeSet<>();
    for (int g = 0; g < n; g++) {
      if (cluster[g] == best || !nodes.isLead(g) || nodes.bodyRank(g) > 0 || !main[nodes.articleOf(g)]
          || !termsOf.get(g).contains(action)) {
        continue;
      }
      double toPassage = linkage(List.of(g), passage, true)[0];
      if (toPassage <= 0 || joining.contains(g)) {
        continue;
      }
      // as likely the main event as two lead groups must be to join: its own group is no rival, and its group's
      // other openings that name the action come along (the same fact in the other outlets' openings)
      boolean withGroup = toPassage >= LEAD_LINK;
      boolean kept = false;
      boolean closer = false;
      Set<Integer> others = new TreeSet<>();
      others.add(cluster[g]);
      for (int y : partners.get(g)) {
        others.add(cluster[y]);
      }
      if (withGroup) {
        others.remove(cluster[g]);
      }
      for (int c : others) {
        if (c != best) {
          double toRival = linkage(List.of(g), members.get(c), true)[0];
          closer |= toRival > toPassage;
          if (keptByRival(toPassage, toRival)) {
            kept = true;
            break;
          }
        }
      }
      if (kept) {
        continue;
      }
      List<Integer> moving = List.of(g);
      // an opening that a closer group would have kept moves alone: its group reports something else as well
      if (withGroup && !closer) {
        List<Integer> group = new ArrayList<>(members.get(cluster[g]));
        group.removeAll(joining);
        int named = action;
        moving = movingWith(g, group, h -> nodes.isLead(h) && nodes.bodyRank(h) <= 0 && main[nodes.articleOf(h)],
            h -> termsOf.get(h).contains(named));
      }
      if (compatible(grown, moving, false)) {
        grown.addAll(moving);
        joining.addAll(moving);
      }
    }
    return new MainPassage(best, joining);
  }

  /**
   * The group holding the openings of the most articles, at least two (the first such group on a tie), or -1: the main
   * event's passage.
   *
   * @param opening whether a node is an opening (headline, bullet or lead sentence) of a main-event article
   */
  static int mainGroup(List<List<Integer>> groups, IntPredicate opening, IntUnaryOperator articleOf) {
    int best = -1;
    int bestArticles = 1;
    for (int c = 0; c < groups.size(); c++) {
      Set<Integer> articles = new HashSet<>();
      for (int g : groups.get(c)) {
        if (opening.test(g)) {
          articles.add(articleOf.applyAsInt(g));
        }
      }
      if (articles.size() > bestArticles) {
        best = c;
        bestArticles = articles.size();
      }
    }
    return best;
  }

  /**
   * A passage's main action and how many of its articles name it: of the action terms ({@link
   * PairFeatures#actionTerms}) its members use, the one the most of its articles use, then the one the fewest sentences
   * of the run use (the action, not the story's topic: "delayed", not "bridge"), on a tie a word itself (ids from 0)
   * before a synonym group; {0, 0} when its members use none.
   *
   * @param termsOf per node of the run, its action terms
   */
  static int[] mainAction(List<Integer> passage, List<Set<Integer>> termsOf, IntUnaryOperator articleOf) {
    Map<Integer, Set<Integer>> articlesOfTerm = new HashMap<>();
    for (int g : passage) {
      for (int t : termsOf.get(g)) {
        articlesOfTerm.computeIfAbsent(t, x -> new HashSet<>()).add(articleOf.applyAsInt(g));
      }
    }
    Map<Integer, Integer> sentencesOfTerm = new HashMap<>();
    for (Set<Integer> terms : termsOf) {
      for (int t : terms) {
        sentencesOfTerm.merge(t, 1, Integer::sum);
      }
    }
    int action = 0;
    int actionArticles = 0;
    int actionSentences = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Set<Integer>> e : articlesOfTerm.entrySet()) {
      int count = e.getValue().size();
      int used = sentencesOfTerm.get(e.getKey());
      if (count > actionArticles || count == actionArticles && (used < actionSentences
          || used == actionSentences && e.getKey() > action)) {
        action = e.getKey();
        actionArticles = count;
        actionSentences = used;
      }
    }
    return new int[] {action, actionArticles};
  }

  /**
   * Whether an opening that names the main action stays out of the main event's passage for another group: when that
   * group is closer to it (mean same-fact probability), unless the opening is as likely the main event as two lead
   * groups must be to join ({@link #LEAD_LINK}) and the other group is closer by no more than {@link #RIVAL_MARGIN}.
   *
   * <table>
   *   <caption>An opening and a rival group</caption>
   *   <tr><th>to the passage</th><th>to the rival</th><th>kept out</th></tr>
   *   <tr><td>0.5</td><td>0.4</td><td>no: the passage is closer</td></tr>
   *   <tr><td>0.5</td><td>0.55</td><td>yes: the rival is closer</td></tr>
   *   <tr><td>0.7</td><td>0.78</td><td>no: the rival is closer, but by less than the margin</td></tr>
   *   <tr><td>0.7</td><td>0.9</td><td>yes</td></tr>
   * </table>
   */
  static boolean keptByRival(double toPassage, double toRival) {
    return toRival > toPassage + (toPassage >= LEAD_LINK ? RIVAL_MARGIN : 0);
  }

  /**
   * The nodes that move into the main passage with the opening {@code g} when its own group is no rival: g, the other
   * openings of its group that name the action, and, when one member of the group would stay behind and it is an
   * opening too, that one as well: a lead the others were joined to as the same fact does not stand alone because its
   * words for the action differ (a group of two outlets' leads moves whole).
   *
   * @param group the members of g's group not yet in the passage, in the order they joined
   * @param opening whether a node is an opening (headline, bullet or first body sentence) of a main-event article
   * @param namesAction whether a node names the main action
   */
  static List<Integer> movingWith(int g, List<Integer> group, IntPredicate opening, IntPredicate namesAction) {
    List<Integer> moving = new ArrayList<>(List.of(g));
    List<Integer> rest = new ArrayList<>();
    for (int h : group) {
      if (h != g) {
        (opening.test(h) && namesAction.test(h) ? moving : rest).add(h);
      }
    }
    if (rest.size() == 1 && opening.test(rest.get(0))) {
      moving.add(rest.get(0));
    }
    return moving;
  }

  /**
   * Whether a body sentence (no opening) of either group has a mean probability under {@link #STRANGER} with the
   * members of the other group from other articles (the first {@link #SAMPLE} of each): the join would put it in a
   * passage whose fact it does not report. A sentence with no member of another article to weigh is no stranger.
   *
   * @param opening whether a node is a headline, bullet or one of the first body sentences of its article
   * @param articleOf the article of a node
   * @param probability the same-fact probability of two nodes of different articles
   */
  static boolean holdsAStranger(List<Integer> a, List<Integer> b, IntPredicate opening, IntUnaryOperator articleOf,
      IntToDoubleBiFunction probability) {
    return strangerIn(a, b, opening, articleOf, probability) || strangerIn(b, a, opening, articleOf, probability);
  }

  private static boolean strangerIn(List<Integer> a, List<Integer> b, IntPredicate opening,
      IntUnaryOperator articleOf, IntToDoubleBiFunction probability) {
    for (int x : sample(a)) {
      if (opening.test(x)) {
        continue;
      }
      double sum = 0;
      int count = 0;
      for (int y : sample(b)) {
        if (articleOf.applyAsInt(x) != articleOf.applyAsInt(y)) {
          sum += probability.applyAsDouble(x, y);
          count++;
        }
      }
      if (count > 0 && sum / count < STRANGER) {
        return true;
      }
    }
    return false;
  }

  /** A score of two nodes. */
  @FunctionalInterface
  interface IntToDoubleBiFunction {
    double applyAsDouble(int x, int y);
  }

  /**
   * Takes the pairs strongest first and joins the groups of each when they are compatible and {@code rule}
   * says so; a refused pair of groups is not judged again until one of them changes.
   */
  private void mergeAlong(List<Edge> edges, MergeRule rule) {
    Map<Long, Long> refused = new HashMap<>();
    for (Edge e : edges) {
      int x = nodes.low(e.pair());
      int y = nodes.high(e.pair());
      if (!joinable(x, y, refused)) {
        continue;
      }
      int cx = cluster[x];
      int cy = cluster[y];
      Verdict verdict = compatible(members.get(cx), members.get(cy), true)
          ? rule.judge(x, y, members.get(cx), members.get(cy), e.score()) : Verdict.REFUSE;
      switch (verdict) {
        case JOIN -> join(cx, cy);
        case REFUSE -> refused.put(nodes.pair(cx, cy), state(cx, cy));
        case WAIT -> { }
      }
    }
  }

  /**
   * The main-event candidate pairs whose similarity (or, {@code byModel}, same-fact probability) is at least
   * {@code level}, strongest first (then by pair key).
   */
  private List<Edge> edges(boolean[] main, boolean byModel, double level) {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      long pair = pairs.pair(i);
      double score = byModel ? pairs.probability(i) : pairs.factScore(i);
      if (score >= level && main[nodes.articleOf(nodes.low(pair))] && main[nodes.articleOf(nodes.high(pair))]) {
        edges.add(new Edge(pair, score));
      }
    }
    edges.sort(Comparator.comparingDouble((Edge e) -> -e.score()).thenComparingLong(Edge::pair));
    return edges;
  }

  /** The main-event pairs of two leads whose same-fact probability is at least {@link #LEAD_EDGE}, strongest first. */
  private List<Edge> leadEdges(boolean[] main) {
    List<Edge> leads = new ArrayList<>();
    for (Edge e : edges(main, true, LEAD_EDGE)) {
      if (nodes.isLead(nodes.low(e.pair())) && nodes.isLead(nodes.high(e.pair()))) {
        leads.add(e);
      }
    }
    return leads;
  }

  /** Whether the groups of two nodes differ and were not refused in their present state. */
  private boolean joinable(int x, int y, Map<Long, Long> refused) {
    int cx = cluster[x];
    int cy = cluster[y];
    if (cx == cy) {
      return false;
    }
    Long before = refused.get(nodes.pair(cx, cy));
    return before == null || before != state(cx, cy);
  }

  /** The versions of two groups in one number: a refusal stands while neither group has changed. */
  private long state(int cx, int cy) {
    return ((long) version[Math.min(cx, cy)] << 32) | version[Math.max(cx, cy)];
  }

  /** Merges the groups of two nodes. */
  private void join(int x, int y) {
    int cx = cluster[x];
    int cy = cluster[y];
    if (cx == cy) {
      return;
    }
    int keep = Math.min(cx, cy);
    int drop = Math.max(cx, cy);
    version[keep]++;
    for (int g : members.get(drop)) {
      cluster[g] = keep;
    }
    members.get(keep).addAll(members.get(drop));
    members.set(drop, List.of());
  }

  /**
   * Whether node {@code g} ends with a colon and the next sentence of its article is a quotation: the
   * sentence announces the quote ("Lavrov said:") and the two report one statement.
   */
  private boolean introducesQuote(int g) {
    Sentence s = nodes.sentence(g);
    Sentence next = nodes.sentence(g + 1);
    if (nodes.articleOf(g) != nodes.articleOf(g + 1) || next.index() != s.index() + 1) {
      return false;
    }
    String text = s.text().strip();
    String following = next.text().strip();
    return text.endsWith(":") && !following.isEmpty() && QUOTES.indexOf(following.charAt(0)) >= 0;
  }

  /**
   * Whether two groups may join as far as their sentences from the same article go: two sentences of one
   * article may share a passage when they are neighbours (one outlet spreading a fact over two
   * sentences), when one is a headline or bullet (summaries repeat the story's facts), or when they are
   * alike themselves (at the fact level); otherwise they report different facts. Two sentences of two articles that
   * are mostly quotations given to two different people, not printing one quote's words, are two people's remarks
   * ({@link ScoredPairs#quotesOfTwoPeople}): never in one passage.
   *
   * @param sameArticle whether the rule for two sentences of one article applies: not when an opening joins the main
   *     event's passage, which reports the action every opening names; a later sentence of its article that joined
   *     the passage mostly restates that action, so the opening and it are one fact told twice ("Ann Roe won the race
   *     on Sunday" and, five sentences on, "Roe's win was her third"); the two-speakers rule holds everywhere
   */
  private boolean compatible(List<Integer> a, List<Integer> b, boolean sameArticle) {
    for (int x : a) {
      for (int y : b) {
        if (nodes.articleOf(x) != nodes.articleOf(y) && pairs.quotesOfTwoPeople(x, y)) {
          return false;
        }
        if (sameArticle && nodes.articleOf(x) == nodes.articleOf(y)) {
          Sentence sx = nodes.sentence(x);
          Sentence sy = nodes.sentence(y);
          if (Math.abs(sx.index() - sy.index()) > NEAR && !SentenceNodes.isSummary(sx) && !SentenceNodes.isSummary(sy)
              && pairs.sim(x, y) < factLevel) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * The mean similarity over the cross-article pairs between two clusters, and how many of those pairs
   * reach the fact level.
   */
  private double[] linkage(List<Integer> a, List<Integer> b, boolean byModel) {
    double sum = 0;
    int count = 0;
    int facts = 0;
    for (int x : sample(a)) {
      for (int y : sample(b)) {
        if (nodes.articleOf(x) != nodes.articleOf(y)) {
          double v = byModel ? pairs.prob(x, y) : pairs.factSim(x, y);
          sum += v;
          count++;
          facts += v >= (byModel ? model.edge() : factLevel) ? 1 : 0;
        }
      }
    }
    return new double[] {count == 0 ? 0.0 : sum / count, facts};
  }

  /** The first {@link #SAMPLE} members of a group, in the order they joined. */
  static List<Integer> sample(List<Integer> group) {
    return group.size() <= SAMPLE ? group : group.subList(0, SAMPLE);
  }

  /** A pair of nodes (its key, see {@link SentenceNodes#pair}) that may join their groups, and its score. */
  private record Edge(long pair, double score) {}

  /** What a merge rule says of two groups linked by a pair. */
  private enum Verdict {
    JOIN,
    /** Not these two groups as they are now. */
    REFUSE,
    /** Not on this pair's strength; a later pair may still join them. */
    WAIT
  }

  /** Decides whether the groups {@code a} and {@code b}, linked by the pair of nodes x and y, join. */
  @FunctionalInterface
  private interface MergeRule {
    Verdict judge(int x, int y, List<Integer> a, List<Integer> b, double score);
  }
}
