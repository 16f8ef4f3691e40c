package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.ingest.Article;
import dev.parallax.internal.LateDates;
import dev.parallax.internal.NumberCompounds;
import dev.parallax.internal.Parallel;
import dev.parallax.internal.ResourceLines;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Decides which articles report the main event and which another one: the rules of
 * {@link Aligners#standard(SentenceSimilarity)} (one article; published far apart; with two articles,
 * nothing shared and leads that name different things, {@link #LEADS_CROSSED}) and, for sets of three articles or
 * more, a look-alike model.
 *
 * <p><b>Look-alikes.</b> An article about another event of the same kind (another earthquake, another
 * takeover by the same company) shares the story's vocabulary but not its instance: its names, places,
 * dates and figures are not the ones most other articles carry, and few of its sentences match theirs.
 * For each article, each kind of evidence is compared with the other articles one by one (IDF-weighted
 * cosine of content stems, of capitalised words (names: a word an article only writes at the start of its sentences is
 * one when another article of the set writes it capitalised inside a sentence and no article of the set writes it in
 * lower case), of
 * numbers and dates; IDF over the articles given); the
 * article's <i>agreement</i> is the median over the others, so a minority of look-alikes cannot carry it,
 * and it is read relative to the typical article of the set (the median of those agreements), so a set of
 * short or loosely related articles is not held to the bar of a set of wire copies. These log ratios, the
 * article's share of sentences matching another article's (relative in the same way), the share of its
 * names that most other articles also use, the share of the names and content stems most others use that
 * it uses, and how much closer it is to its nearest neighbour than to the median other (two look-alikes of
 * one event find each other), and the evidence of an instance of its own: the share of its lead's words
 * and names (its first two reporting sentences; a word only its headline in title case capitalises is a word of
 * the lead, not a name of it) that most others use, the shares of its names, of its
 * figures and of its lead's names that at most one other article uses (a second look-alike may share
 * them), whether it counts something (people, pirates, dollars) that most others count too with
 * another value, whether its lead puts a name of its own in the place of the story's (its lead leaves out a name
 * that most other leads give, and gives one of its own that it names again and at most one other lead gives: another
 * player, another opponent; a day, a credited source or a subheading in title case is no name of its own there), and
 * how much the article is about that name of its own (its mentions against those of its most-named name), go
 * into a logistic regression fitted on ECB+ train ({@code EventModelFit} in
 * bench; {@link #FEATURES} in the order of {@code event-model.txt}); an article whose probability of
 * reporting another event reaches the model's cut is {@link EventBasis#LOOK_ALIKE}, or
 * {@link EventBasis#SHARES_NOTHING} when none of its sentences shares a fact with another article's. One
 * the model keeps although it shares no fact is {@link EventBasis#SHARES_NAMES}. With four or five articles
 * the cut is lower (its own per number of articles, {@code cut.N} in the model file): the probabilities of
 * same-event articles run lower when fewer articles are compared, so the general cut would let most
 * look-alikes and unrelated stories of the same day through.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the shipped model once per JVM.
 */
final class EventDecider {
  /** Articles published more than this many days from the others' median date are suspect. */
  static final long FAR_DAYS = 7;
  /** A suspect article stays in the main event only when at least this share of its sentences match. */
  static final double STRONG_SHARE = 0.5;
  /** The look-alike model needs at least this many articles: with two, neither is the majority. */
  static final int MIN_ARTICLES = 3;
  /** Smoothing added to agreements and shares before their log ratio. */
  private static final double EPS = 0.02;
  /** The feature names, in the order of the model's weights. */
  static final List<String> FEATURES = List.of("content", "names", "figures", "sentences", "facts",
      "nameSupport", "nameSupportRatio", "topNames", "coreNames", "coreContent", "nearestNames", "leadSupport",
      "rareNames", "rareFigures", "countConflict", "rareLeadNames", "leadNameSwap", "leadNameFocus", "protagonistSwap",
      "counterpartSwap");
  /** The lead: an article's first reporting sentences, where its own event is named. */
  private static final int LEAD_SENTENCES = 2;
  /** How many principal names an article has ({@link #principals}): the one who acts and the counterpart. */
  private static final int PRINCIPALS = 2;
  private static final String RESOURCE = "dev/parallax/align/event-model.txt";

  private final Lexicon lexicon;
  private final double intercept;
  private final double[] weights;
  private final double cut;
  /** The cut for sets of few articles, by their number ({@code smallCuts[n]}; 0 where the general cut applies). */
  private final double[] smallCuts;

  EventDecider(Lexicon lexicon, double intercept, double[] weights, double cut) {
    this(lexicon, intercept, weights, cut, new double[0]);
  }

  /**
   * A decider whose cut for a set of {@code n} articles is {@code smallCuts[n]} where that is positive (sets of
   * few articles: the model's probabilities run lower there, see {@code EventModelFit}), else {@code cut}.
   */
  EventDecider(Lexicon lexicon, double intercept, double[] weights, double cut, double[] smallCuts) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    this.intercept = intercept;
    this.weights = weights.clone();
    this.cut = cut;
    this.smallCuts = smallCuts.clone();
  }

  /** The probability from which an article of a set of {@code n} is taken for another event. */
  double cut(int n) {
    return n < smallCuts.length && smallCuts[n] > 0 ? smallCuts[n] : cut;
  }

  /** The shipped model, loaded on first use. */
  static EventDecider standard() {
    return Holder.STANDARD;
  }

  /**
   * What the aligner found about each article's sentences.
   *
   * @param reporting per article, its reporting sentences
   * @param matched per article, its sentences scoring at or above the similarity's threshold with a
   *     sentence of another article
   * @param sharing per article, its sentences sharing a fact (the aligner's fact level) with one
   */
  record Evidence(int[] reporting, int[] matched, int[] sharing) {
    Evidence {
      reporting = reporting.clone();
      matched = matched.clone();
      sharing = sharing.clone();
    }

    /** The evidence of the articles at {@code indexes}, in that order. */
    Evidence of(int[] indexes) {
      return new Evidence(Arrays.stream(indexes).map(i -> reporting[i]).toArray(),
          Arrays.stream(indexes).map(i -> matched[i]).toArray(), Arrays.stream(indexes).map(i -> sharing[i]).toArray());
    }
  }

  /** One decision per article, in the order given. */
  List<ArticleEvent> decide(List<AnalyzedArticle> articles, Evidence ev) {
    int n = articles.size();
    String[] reasons = new String[n];
    EventBasis[] bases = new EventBasis[n];
    boolean[] main = new boolean[n];
    long[] gaps = new long[n];
    List<Optional<LocalDate>> medians = new ArrayList<>(n);
    boolean[] apart = new boolean[n];
    // a date more than a year after every other one is most often typed wrong: it sets no article apart, its own or
    // another (the words decide, as they do for an undated article), and the report names it (LateDates)
    List<Optional<LocalDate>> dates = datesToReadApart(articles);
    for (int a = 0; a < n; a++) {
      Optional<LocalDate> date = dates.get(a);
      Optional<LocalDate> median = medianDateOfOthers(dates, a, date);
      medians.add(median);
      gaps[a] = date.isPresent() && median.isPresent() ? ChronoUnit.DAYS.between(median.get(), date.get()) : 0;
      int total = ev.reporting()[a];
      double share = total == 0 ? 0.0 : (double) ev.matched()[a] / total;
      apart[a] = n > 1 && Math.abs(gaps[a]) > FAR_DAYS && share < STRONG_SHARE;
    }
    // an article published apart is decided by its date alone, and its words weigh nothing in the others' profiles:
    // adding a far-off story must not change which of the others tell one event
    int[] kept = IntStream.range(0, n).filter(a -> !apart[a]).toArray();
    boolean profiled = kept.length >= MIN_ARTICLES;
    int[] slot = new int[n]; // an article's place among the kept ones
    for (int k = 0; k < kept.length; k++) {
      slot[kept[k]] = k;
    }
    List<Profile> profiles = profiled ? profiles(Arrays.stream(kept).mapToObj(articles::get).toList()) : List.of();
    double[][] x = profiled ? profileFeatures(profiles, ev.of(kept)) : null;
    double[] support = profiled ? nameSupport(profiles) : null;
    // two articles that share no fact are told apart by their leads alone: see LEADS_CROSSED
    double crossed = kept.length == 2 && (ev.sharing()[kept[0]] == 0 || ev.sharing()[kept[1]] == 0)
        ? leadsCrossed(articles.get(kept[0]), articles.get(kept[1])) : 0;
    for (int a = 0; a < n; a++) {
      int total = ev.reporting()[a];
      String shares = ev.matched()[a] + " of its " + total + " sentences";
      Optional<LocalDate> median = medians.get(a);
      long gap = gaps[a];
      if (n == 1) {
        main[a] = true;
        reasons[a] = "the only article";
        bases[a] = EventBasis.ONLY_ARTICLE;
      } else if (apart[a]) {
        reasons[a] = "published " + Math.abs(gap) + " days " + (gap > 0 ? "after" : "before")
            + " the other articles (median " + median.get() + ") and "
            + (ev.matched()[a] == 0 ? "none of its " + total + " sentences matches theirs"
                : "only " + shares + " match theirs");
        bases[a] = EventBasis.PUBLISHED_APART;
      } else if (!profiled && ev.sharing()[a] == 0 && crossed >= LEADS_CROSSED) {
        main[a] = true;
        reasons[a] = String.format(Locale.ROOT, "none of its %d sentences shares a fact with the other article's, but"
            + " each article's lead names what the other names (%d%% of the names of each lead at least)", total,
            Math.round(100 * crossed));
        bases[a] = EventBasis.SHARES_NAMES;
      } else if (!profiled && ev.sharing()[a] == 0) {
        reasons[a] = nothingShared(total);
        bases[a] = EventBasis.SHARES_NOTHING;
      } else if (profiled && probability(x[slot[a]]) >= cut(kept.length)) {
        if (ev.sharing()[a] == 0) {
          reasons[a] = nothingShared(total);
          bases[a] = EventBasis.SHARES_NOTHING;
        } else {
          reasons[a] = String.format(Locale.ROOT, "another event of the same kind: %d%% of its names are ones most"
              + " other articles use, and %s", Math.round(100 * support[slot[a]]), ev.matched()[a] > 0
                  ? "only " + shares + " match theirs" : total == 1 ? "its one sentence does not match theirs"
                  : "none of its " + total + " sentences matches theirs")
              + ownInstance(profiles, slot[a]);
          bases[a] = EventBasis.LOOK_ALIKE;
        }
      } else if (ev.sharing()[a] == 0) {
        main[a] = true;
        long names = Math.round(100 * support[slot[a]]);
        // the model weighs an article against how the others agree with each other: when they share as little, its
        // names need not be theirs for nothing to set it apart
        reasons[a] = names >= 50
            ? String.format(Locale.ROOT, "none of its %d sentences shares a fact with the other articles', but its names"
                + " and figures are theirs (%d%% of its names are ones most of them use)", total, names)
            : String.format(Locale.ROOT, "none of its %d sentences shares a fact with the other articles' and %d%% of its"
                + " names are ones most of them use, but they agree no better with each other: nothing sets it apart",
                total, names);
        bases[a] = EventBasis.SHARES_NAMES;
      } else {
        main[a] = true;
        // the sentences that share a fact, as the passages show them; "0 of its 27 sentences match" read as a
        // contradiction beside the passages it shares
        reasons[a] = ev.sharing()[a] + " of its " + total + " sentences share a fact with sentences of the other articles"
            + (ev.matched()[a] > 0 ? " (" + ev.matched()[a] + " of them closely)" : "")
            + (Math.abs(gap) > FAR_DAYS ? ", although published " + Math.abs(gap) + " days from the others" : "");
        bases[a] = EventBasis.SHARES_FACTS;
      }
    }
    boolean anyMain = false;
    for (boolean m : main) {
      anyMain |= m;
    }
    if (!anyMain) {
      int best = 0;
      for (int a = 1; a < n; a++) {
        if (ev.sharing()[a] > ev.sharing()[best]) {
          best = a;
        }
      }
      main[best] = true;
      reasons[best] = "taken as the main event: no article matches the others well ("
          + ev.sharing()[best] + " of its " + ev.reporting()[best] + " sentences share a fact with them)";
      bases[best] = EventBasis.FALLBACK_MAIN;
      if (n == 2 && ev.sharing()[0] == ev.sharing()[1]) {
        // two articles told apart are told apart from each other: neither is more the event than the other, and
        // the reasons say that the order, not the articles, made this one the main event, and what that order is in
        // either mode: compare keeps the order the user gave, corpus orders an event's articles by day, then id
        int other = 1 - best;
        reasons[best] = "taken as the main event because it comes first " + FIRST + ": the two articles report"
            + " different events as far as their words tell, and neither is more the event than the other ("
            + ev.sharing()[best] + " of its " + ev.reporting()[best] + " sentences share a fact with the other's)";
        reasons[other] = reasons[other] + "; the two articles report different events as far as their words tell,"
            + " and the one that comes first " + FIRST + " is taken as the main event";
      }
    }
    List<ArticleEvent> events = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      events.add(new ArticleEvent(articles.get(a).id(), main[a] ? EventMembership.MAIN : EventMembership.OTHER,
          reasons[a], bases[a]));
    }
    return events;
  }

  /**
   * Which of two articles told apart "comes first", in words true of both commands: compare takes the articles in the
   * order given, corpus gives an event's articles to the comparison by publication day (an undated one first), then id.
   */
  static final String FIRST = "(in compare, the one given first; in corpus mode, the earlier published, then the first"
      + " by id)";

  /**
   * Two articles that share no fact both stay in the main event when each one's lead names at least this share of
   * what the other article names ({@link #leadsCrossed}): two reports of one story told from other angles, or cut short,
   * still name its people and places in their leads, while a look-alike's lead names its own. Chosen on the two
   * development sets, ECB+ train (two reports of one sub-topic against one of each look-alike sub-topic) and BASIL
   * (two outlets of one event against two events of one day), by the mean of their Youden's J ({@code
   * TwoArticleEvaluation} in bench): the curve is flat from 0.5 to 1.0 and this is its top; lower levels keep
   * more unrelated BASIL pairs together than they gain.
   */
  static final double LEADS_CROSSED = 0.75;

  /**
   * The smaller of two articles' shares of lead names (the names of their first {@value #LEAD_SENTENCES} reporting
   * sentences, a name matched by its last word) that the other article names anywhere; 0 when a lead names nothing.
   */
  double leadsCrossed(AnalyzedArticle a, AnalyzedArticle b) {
    List<Profile> p = profiles(List.of(a, b));
    return Math.min(leadShareNamedIn(p.get(0), p.get(1)), leadShareNamedIn(p.get(1), p.get(0)));
  }

  private static double leadShareNamedIn(Profile lead, Profile other) {
    if (lead.leadNames().isEmpty()) {
      return 0;
    }
    int named = 0;
    for (List<String> run : lead.leadNames().values()) {
      if (other.names().containsKey(run.get(run.size() - 1))) {
        named++;
      }
    }
    return (double) named / lead.leadNames().size();
  }

  private static String nothingShared(int total) {
    return "none of its " + total + " sentences shares a fact with a sentence of the other articles";
  }

  /** The model's probability that an article with features {@code f} reports another event. */
  double probability(double[] f) {
    double z = intercept;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * f[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The look-alike features of each article ({@link #FEATURES}); needs at least two articles. */
  double[][] features(List<AnalyzedArticle> articles, Evidence ev) {
    return profileFeatures(profiles(articles), ev);
  }

  private double[][] profileFeatures(List<Profile> profiles, Evidence ev) {
    int n = profiles.size();
    // four groups of features that read the profiles and nothing of each other: at once when the run allows
    List<Supplier<double[][]>> groups = List.of(
        () -> new double[][] {agreement(cosines(profiles, Profile::content)), coreCoverage(profiles, Profile::content)},
        () -> {
          double[][] nameCosines = cosines(profiles, Profile::names);
          double[] names = agreement(nameCosines);
          return new double[][] {names, nearest(nameCosines, names), nameSupport(profiles),
              weightedSupport(profiles, Profile::names), coreCoverage(profiles, Profile::names),
              rareShare(profiles, Profile::names)};
        },
        () -> new double[][] {agreement(cosines(profiles, Profile::figures)), rareShare(profiles, Profile::figures),
            countConflict(profiles)},
        () -> {
          LeadUsers leadUsers = LeadUsers.of(profiles);
          return new double[][] {leadSupport(profiles), rareShare(profiles, p -> leadNames(p)),
              leadNameSwap(profiles, leadUsers), leadNameFocus(profiles, leadUsers), protagonistSwap(profiles),
              counterpartSwap(profiles)};
        });
    List<double[][]> done = Parallel.each(groups);
    double[] content = done.get(0)[0];
    double[] coreC = done.get(0)[1];
    double[] names = done.get(1)[0];
    double[] nearest = done.get(1)[1];
    double[] support = done.get(1)[2];
    double[] top = done.get(1)[3];
    double[] coreN = done.get(1)[4];
    double[] rare = done.get(1)[5];
    double[] figures = done.get(2)[0];
    double[] rareFigures = done.get(2)[1];
    double[] counts = done.get(2)[2];
    double[] lead = relative(done.get(3)[0]);
    double[] rareLead = done.get(3)[1];
    double[] nameSwap = done.get(3)[2];
    double[] nameFocus = done.get(3)[3];
    double[] protagonist = done.get(3)[4];
    double[] counterpart = done.get(3)[5];
    double[] sentences = new double[n];
    double[] facts = new double[n];
    for (int a = 0; a < n; a++) {
      int total = Math.max(1, ev.reporting()[a]);
      sentences[a] = (double) ev.matched()[a] / total;
      facts[a] = (double) ev.sharing()[a] / total;
    }
    double[] rc = relative(content);
    double[] rn = relative(names);
    double[] rf = relative(figures);
    double[] rs = relative(sentences);
    double[] rfa = relative(facts);
    double[] rsu = relative(support);
    double[][] out = new double[n][];
    for (int a = 0; a < n; a++) {
      out[a] = new double[] {rc[a], rn[a], rf[a], rs[a], rfa[a], support[a], rsu[a], top[a], coreN[a], coreC[a], nearest[a],
          lead[a], rare[a], rareFigures[a], counts[a], rareLead[a], nameSwap[a], nameFocus[a], protagonist[a],
          counterpart[a]};
    }
    return out;
  }

  /**
   * An article's evidence as weighted term bags; {@code styledLead} holds the capitalised words of its lead that only
   * a headline in title case capitalises: words of the lead, not names of its own; {@code incidental} the names of its
   * lead that say when or from whom rather than who or where ({@link #incidental}); {@code dated} the names it writes
   * as part of a date or weekday ("Wednesday", "December"), which say when, not whom the article is about;
   * {@code nameOrder} the keys of {@code names} in the order the article first names them.
   */
  private record Profile(Map<String, Double> content, Map<String, Double> names, Map<String, Double> figures,
      Set<String> lead, Map<String, Map<String, String>> counts, Map<String, List<String>> leadNames,
      Set<String> styledLead, Set<String> incidental, Set<String> dated, List<String> nameOrder) {}

  /** Each article's profile, at once on several threads when the run allows ({@link Parallel}): each is its own. */
  private List<Profile> profiles(List<AnalyzedArticle> articles) {
    Set<String> setCapitals = setCapitals(articles);
    List<Supplier<Profile>> work = new ArrayList<>(articles.size());
    for (AnalyzedArticle a : articles) {
      work.add(() -> profile(a, setCapitals));
    }
    return Parallel.each(work);
  }

  /** The profile of one article, with {@code setCapitals} (see {@link #setCapitals}) of the articles compared. */
  private Profile profile(AnalyzedArticle a, Set<String> setCapitals) {
    Map<String, Double> content = new HashMap<>();
    Map<String, Double> names = new HashMap<>();
    Set<String> lead = new HashSet<>();
    Set<String> styledLead = new HashSet<>();
    Map<String, List<String>> leadNames = new java.util.LinkedHashMap<>();
    Set<Integer> reporting = new HashSet<>();
    Set<String> midCapitals = new HashSet<>();
    BitSet dates = new BitSet(); // the characters of the article's dates and weekdays
    for (Mention m : a.mentions()) {
      if (m.kind() == MentionKind.DATE || m.kind() == MentionKind.WEEKDAY) {
        dates.set(m.start(), m.end());
      }
    }
    Set<String> bodyCapitals = new HashSet<>();   // the same, outside headlines in title case
    Set<String> plainCapitals = new HashSet<>();  // the same, outside any sentence in title case
    Set<String> incidental = new HashSet<>();
    Set<String> dated = new HashSet<>();
    List<String> nameOrder = new ArrayList<>();
    boolean[] titleCase = new boolean[a.sentences().size()]; // by sentence index: headlines in title case
    boolean[] anyTitleCase = new boolean[a.sentences().size()]; // any sentence in title case (a subheading too)
    for (Sentence s : a.sentences()) {
      List<Token> tokens = s.tokens();
      anyTitleCase[s.index()] = titleCase(s);
      boolean styled = anyTitleCase[s.index()] && s.role() == SentenceRole.HEADLINE;
      titleCase[s.index()] = styled;
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i).kind() == TokenKind.WORD && tokens.get(i).isCapitalized()) {
          midCapitals.add(nameKey(tokens.get(i)));
          if (!styled) {
            bodyCapitals.add(nameKey(tokens.get(i)));
          }
          if (!anyTitleCase[s.index()]) {
            plainCapitals.add(nameKey(tokens.get(i)));
          }
        }
      }
    }
    // a word that opens every sentence it is in is a name when another article writes it capitalised inside a
    // sentence and no article writes it in lower case ("Strand said ..." beside "Coach Eva Strand"; not "Police
    // said ..." beside "the Lindby Police Department" where another article writes "police")
    midCapitals.addAll(setCapitals);
    for (Sentence s : a.sentences()) {
      if (!s.isReporting()) {
        continue;
      }
      reporting.add(s.index());
      boolean inLead = reporting.size() <= LEAD_SENTENCES;
      List<Token> tokens = s.tokens();
      List<String> run = new ArrayList<>();
      StringBuilder runText = new StringBuilder();
      boolean shouting = lowerCaseChars(s.text()) * 4 < s.text().length();
      boolean styled = titleCase[s.index()];
      for (int i = 0; i <= tokens.size(); i++) {
        Token t = i < tokens.size() ? tokens.get(i) : null;
        boolean code = t != null && !shouting && isCodeName(t);
        boolean word = t != null && t.kind() == TokenKind.WORD
            && (code || t.lemma().length() > 2 && !lexicon.isStopWord(t.norm()));
        String key = word ? nameKey(t) : "";
        boolean name = word && t.isCapitalized() && !shouting && (i > 0 || midCapitals.contains(key));
        // a headline in title case capitalises its words by style: one the article never capitalises in a sentence
        // is a word of the lead, not a name of its own instance ("Senate Passes Harbour Bill")
        boolean leadName = name && (!styled || bodyCapitals.contains(key));
        // a date or weekday counts as a name of the lead (another day is evidence of another instance), but the
        // reason names no "December" or "Monday": it reads them as dates
        boolean shown = leadName && !dates.get(t.start());
        if (!shown && !run.isEmpty()) {   // a lead name ends here
          leadNames.putIfAbsent(runText.toString(), List.copyOf(run));
          run.clear();
          runText.setLength(0);
        }
        if (!word) {
          continue;
        }
        if (name) {
          if (names.merge(key, 1.0, Double::sum) == 1.0) {
            nameOrder.add(key);
          }
          if (dates.get(t.start())) {
            dated.add(key);
          }
          if (inLead) {
            lead.add(leadName ? key : t.lemma());
            if (!leadName) {
              styledLead.add(key);
            }
          }
          if (inLead && leadName && incidental(tokens, i, dates, anyTitleCase[s.index()] && !plainCapitals.contains(key))) {
            incidental.add(key);
          }
          if (inLead && shown) {
            run.add(key);
            runText.append(runText.length() == 0 ? "" : " ").append(t.text());
          }
        } else {
          content.merge(t.lemma(), 1.0, Double::sum);
          if (inLead) {
            lead.add(t.lemma());
          }
        }
      }
    }
    Map<String, Double> figures = new HashMap<>();
    Map<String, Map<String, String>> counts = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (!reporting.contains(m.sentence())) {
        continue;
      }
      if (m.kind() == MentionKind.NAME) {
        continue;
      } else if (m.kind() == MentionKind.NUMBER && NumberCompounds.isCompound(m.text())) {
        continue; // "a 38-year-old man", "a 150-metre face": describes someone or something, no event figure
      } else if (m.kind() == MentionKind.NUMBER || m.kind() == MentionKind.DATE) {
        String v = m.value().strip();
        int space = v.indexOf(' ');
        figures.put(space > 0 ? v.substring(0, space) : v, 1.0);
        if (m.kind() == MentionKind.NUMBER && !m.unit().isBlank()) {
          counts.computeIfAbsent(m.unit().toLowerCase(Locale.ROOT), u -> new java.util.TreeMap<>())
              .putIfAbsent(v, withUnitWord(a, m));
        }
        if (m.kind() == MentionKind.DATE && v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)) {
          figures.put("y" + v.substring(0, 4), 1.0);
        }
      }
    }
    return new Profile(content, names, figures, lead, counts, leadNames, styledLead, incidental, dated, nameOrder);
  }

  /**
   * The words any of the articles writes capitalised inside a sentence, outside headlines in title case, and none
   * writes in lower case: the set's names, by which a word that one article only writes at the start of its sentences
   * is read as a name too. A word some article writes in lower case is a common word that a title or a name
   * capitalises ("Head Coach Eva Strand", "the Lindby Police Department"): read as a name where it opens a sentence
   * ("Police said ..."), it gave the article names of its own that it does not have.
   */
  private Set<String> setCapitals(List<AnalyzedArticle> articles) {
    List<Supplier<Capitals>> work = new ArrayList<>(articles.size());
    for (AnalyzedArticle a : articles) {
      work.add(() -> capitals(a));
    }
    Set<String> out = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Capitals c : Parallel.each(work)) {  // each article's at once when the run allows
      out.addAll(c.inside());
      lower.addAll(c.lower());
    }
    out.removeAll(lower);
    return out;
  }

  /** An article's words written capitalised inside a sentence (outside headlines in title case), and in lower case. */
  private record Capitals(Set<String> inside, Set<String> lower) {}

  private Capitals capitals(AnalyzedArticle a) {
    Set<String> out = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Sentence s : a.sentences()) {
      List<Token> tokens = s.tokens();
      for (Token t : tokens) {
        if (t.kind() == TokenKind.WORD && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
          lower.add(nameKey(t));
        }
      }
      if (titleCaseHeadline(s)) {
        continue;
      }
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i).kind() == TokenKind.WORD && tokens.get(i).isCapitalized()) {
          out.add(nameKey(tokens.get(i)));
        }
      }
    }
    return new Capitals(out, lower);
  }

  /**
   * Per article, the median over the other articles of the IDF-weighted cosine of one kind of evidence
   * (IDF over the articles given).
   */
  private static double[][] cosines(List<Profile> profiles, java.util.function.Function<Profile, Map<String, Double>> kind) {
    int n = profiles.size();
    Map<String, Integer> df = articlesUsing(profiles, p -> kind.apply(p).keySet());
    Map<String, Integer> ids = new HashMap<>(df.size() * 2);
    // each article's weights as term ids and values, in the order its map lists them (the order the sums run in)
    int[][] termsOf = new int[n][];
    double[][] weightsOf = new double[n][];
    double[] norms = new double[n];
    for (int a = 0; a < n; a++) {
      Map<String, Double> v = new HashMap<>();
      double sq = 0;
      for (Map.Entry<String, Double> e : kind.apply(profiles.get(a)).entrySet()) {
        double w = (1.0 + Math.log(e.getValue())) * Math.log((n + 1.0) / df.get(e.getKey()));
        v.put(e.getKey(), w);
        sq += w * w;
      }
      termsOf[a] = new int[v.size()];
      weightsOf[a] = new double[v.size()];
      int k = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        termsOf[a][k] = ids.computeIfAbsent(e.getKey(), t -> ids.size());
        weightsOf[a][k++] = e.getValue();
      }
      norms[a] = Math.sqrt(sq);
    }
    // each pair's dot product runs over the smaller vector's terms (the first article's on a tie), looked up in the
    // larger one: one article at a time is spread into an array by term id, and the pairs it is the larger of read it
    double[] spread = new double[ids.size()];
    int[] holder = new int[ids.size()]; // 1 + the article whose weight spread holds, 0 for none yet
    double[][] cos = new double[n][n];
    for (int x = 0; x < n; x++) {
      for (int k = 0; k < termsOf[x].length; k++) {
        spread[termsOf[x][k]] = weightsOf[x][k];
        holder[termsOf[x][k]] = x + 1;
      }
      for (int y = 0; y < n; y++) {
        int mine = termsOf[x].length;
        boolean xLarger = y < x ? termsOf[y].length <= mine : y > x && termsOf[y].length < mine;
        if (!xLarger) {
          continue;
        }
        double dot = 0;
        for (int k = 0; k < termsOf[y].length; k++) {
          int t = termsOf[y][k];
          if (holder[t] == x + 1) {
            dot += weightsOf[y][k] * spread[t];
          }
        }
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        double c = norms[a] == 0 || norms[b] == 0 ? 0.0 : dot / (norms[a] * norms[b]);
        cos[a][b] = c;
        cos[b][a] = c;
      }
    }
    return cos;
  }

  /** Per article, the median of its cosines with the other articles. */
  private static double[] agreement(double[][] cos) {
    int n = cos.length;
    double[] out = new double[n];
    for (int a = 0; a < n; a++) {
      double[] others = new double[n - 1];
      int k = 0;
      for (int b = 0; b < n; b++) {
        if (b != a) {
          others[k++] = cos[a][b];
        }
      }
      out[a] = median(others);
    }
    return out;
  }

  /** Per article, the share of its name words that at least half of the other articles also use (0 without names). */
  private static double[] nameSupport(List<Profile> profiles) {
    int n = profiles.size();
    Map<String, Integer> df = articlesUsing(profiles, p -> p.names().keySet());
    double[] out = new double[n];
    for (int a = 0; a < n; a++) {
      Set<String> names = profiles.get(a).names().keySet();
      int supported = 0;
      for (String t : names) {
        supported += 2 * (df.get(t) - 1) >= n - 1 ? 1 : 0;
      }
      out[a] = names.isEmpty() ? 0.0 : (double) supported / names.size();
    }
    return out;
  }

  /**
   * Per article, the log ratio of its highest cosine with another article to its median one: a look-alike
   * mixed in with another of its event is close to that one and far from the rest.
   */
  private static double[] nearest(double[][] cos, double[] medians) {
    double[] out = new double[cos.length];
    for (int a = 0; a < out.length; a++) {
      double max = 0;
      for (int b = 0; b < out.length; b++) {
        max = b == a ? max : Math.max(max, cos[a][b]);
      }
      out[a] = Math.log((max + EPS) / (medians[a] + EPS));
    }
    return out;
  }

  /** Per article, the count-weighted share of its words of one kind that at least half of the others use. */
  private static double[] weightedSupport(List<Profile> profiles, java.util.function.Function<Profile, Map<String, Double>> kind) {
    int n = profiles.size();
    return weightedShare(profiles, kind, others -> 2 * others >= n - 1);
  }

  /** Per article, the share of the words of one kind that at least half of the other articles use which it uses too. */
  private static double[] coreCoverage(List<Profile> profiles, java.util.function.Function<Profile, Map<String, Double>> kind) {
    int n = profiles.size();
    Map<String, Integer> df = articlesUsing(profiles, p -> kind.apply(p).keySet());
    int shared = 0;   // words at least half of the others use, seen from an article that lacks them
    for (int d : df.values()) {
      shared += 2 * d >= n - 1 ? 1 : 0;
    }
    double[] out = new double[n];
    for (int a = 0; a < n; a++) {
      int core = shared;
      int covered = 0;
      for (String t : kind.apply(profiles.get(a)).keySet()) {
        int d = df.get(t);
        core -= 2 * d >= n - 1 ? 1 : 0;     // counted above as if it lacked the word
        if (2 * (d - 1) >= n - 1) {
          core++;
          covered++;
        }
      }
      out[a] = core == 0 ? 1.0 : (double) covered / core;
    }
    return out;
  }

  /** A count's text with the word after it when its text lacks the unit ("9" and "people"). */
  private static String withUnitWord(AnalyzedArticle article, Mention m) {
    for (Sentence s : article.sentences()) {
      if (s.index() == m.sentence()) {
        for (Token t : s.tokens()) {
          if (t.start() >= m.end()) {
            return t.kind() == TokenKind.WORD && !m.text().contains(" ") ? m.text() + " " + t.text() : m.text();
          }
        }
      }
    }
    return m.text();
  }

  /** How many of the articles use each word: the document frequency of {@code words} of each profile, each once. */
  private static Map<String, Integer> articlesUsing(List<Profile> profiles,
      java.util.function.Function<Profile, Set<String>> words) {
    Map<String, Integer> df = new HashMap<>();
    for (Profile p : profiles) {
      for (String t : words.apply(p)) {
        df.merge(t, 1, Integer::sum);
      }
    }
    return df;
  }

  /**
   * Per article, the IDF-weighted share of its lead's words and names (its first {@link #LEAD_SENTENCES}
   * reporting sentences) that at least half of the other articles use anywhere: a look-alike names its own
   * event first. 0 without a lead.
   */
  private static double[] leadSupport(List<Profile> profiles) {
    int n = profiles.size();
    Map<String, Integer> df = articlesUsing(profiles, p -> {
      Set<String> all = new HashSet<>(p.content().keySet());
      all.addAll(p.names().keySet());
      return all;
    });
    double[] out = new double[n];
    for (int a = 0; a < n; a++) {
      double all = 0;
      double supported = 0;
      for (String t : profiles.get(a).lead()) {
        int d = df.getOrDefault(t, 1);
        double idf = Math.log((n + 1.0) / d);
        all += idf;
        supported += 2 * (d - 1) >= n - 1 ? idf : 0;
      }
      out[a] = all == 0 ? 0.0 : supported / all;
    }
    return out;
  }

  /**
   * Per article, the count-weighted share of its words of one kind that at most one other article uses: its
   * own names or figures (two look-alikes of one event may share theirs). 0 without words of that kind.
   */
  private static double[] rareShare(List<Profile> profiles, java.util.function.Function<Profile, Map<String, Double>> kind) {
    return weightedShare(profiles, kind, others -> others <= 1);
  }

  /**
   * Per article, the count-weighted share of its words of one kind for which {@code counted} holds of the
   * number of other articles that use the word; 0 without words of that kind.
   */
  private static double[] weightedShare(List<Profile> profiles,
      java.util.function.Function<Profile, Map<String, Double>> kind, java.util.function.IntPredicate counted) {
    int n = profiles.size();
    Map<String, Integer> df = articlesUsing(profiles, p -> kind.apply(p).keySet());
    double[] out = new double[n];
    for (int a = 0; a < n; a++) {
      double all = 0;
      double share = 0;
      for (Map.Entry<String, Double> e : kind.apply(profiles.get(a)).entrySet()) {
        all += e.getValue();
        share += counted.test(df.get(e.getKey()) - 1) ? e.getValue() : 0;
      }
      out[a] = all == 0 ? 0.0 : share / all;
    }
    return out;
  }

  /**
   * What a look-alike's reason adds about its own instance: the names of its lead that at most one other
   * article uses (up to three, in text order), and a count most others give with another value; empty when
   * neither.
   */
  private static String ownInstance(List<Profile> profiles, int a) {
    int n = profiles.size();
    List<String> own = new ArrayList<>();
    int mostUsers = 0; // of the names said: none used elsewhere is said so, not as "at most one"
    for (Map.Entry<String, List<String>> e : profiles.get(a).leadNames().entrySet()) {
      int nameUsers = 0;
      for (String word : e.getValue()) {
        int users = 0;
        for (int b = 0; b < n; b++) {
          users += b != a && profiles.get(b).names().containsKey(word) ? 1 : 0;
        }
        nameUsers = Math.max(nameUsers, users);
      }
      if (nameUsers <= 1 && own.size() < 3) {
        own.add(e.getKey());
        mostUsers = Math.max(mostUsers, nameUsers);
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!own.isEmpty()) {
      sb.append("; its lead names ").append(String.join(", ", own)).append(mostUsers == 0
          ? ", which no other article uses" : ", which at most one other article uses");
    }
    String count = conflictingCount(profiles, a);
    if (!count.isEmpty()) {
      sb.append("; ").append(count);
    }
    return sb.toString();
  }

  /**
   * Per article, 1 when its lead puts a name of its own in the place of the story's: its lead leaves out a name that
   * at least two thirds of the other articles give in their leads (it may name it later, as background), and gives a
   * name of its own that it names at least twice in all and that at most one other article gives in its lead (another
   * player put on the injured list, another opponent); else 0. A lead that adds a name of its own but keeps the
   * story's swaps nothing, nor does a name it gives once in passing. Names that say when or from whom rather than who
   * or where ({@link #incidental}: a day, a credited source, the capitals of a subheading in title case) are neither
   * the story's nor the article's own here. Two thirds, not half: in a set of four the lead of one other article
   * would otherwise decide it. 0 in a set of three: with two others, "at most one other" holds of nearly every name,
   * and a report told from another angle (a column, the reaction) swapped as often as a look-alike; on 505 real
   * three-outlet stories it set apart twelve articles of the story itself.
   *
   * <p>Read on the leads, not the whole article (39th session): a look-alike often names the story's subject as
   * background ("Thomas joins Karl Lind on the injured list"), which the whole-article reading took for keeping it.
   */
  private static double[] leadNameSwap(List<Profile> profiles, LeadUsers users) {
    int n = profiles.size();
    double[] out = new double[n];
    if (n < 4) {
      return out;
    }
    for (int a = 0; a < n; a++) {
      Profile p = profiles.get(a);
      boolean own = false;
      for (String t : swapNames(p)) {
        own |= users.lead().get(t) - 1 <= 1 && p.names().get(t) >= 2;
      }
      out[a] = own && leavesOutStoryName(profiles, users.story(), a) ? 1.0 : 0.0;
    }
    return out;
  }

  /**
   * Per article, how much it is about the name its lead puts in the place of the story's: where its lead leaves out a
   * name that two thirds of the other leads give (as for {@link #leadNameSwap}), the mentions of its most-named name of
   * its own lead (one it names at least twice and that at most two other articles give in their leads) as a share of
   * the mentions of its most-named name of all; else 0. In [0, 1]; 0 in a set of four or fewer, where "at most two
   * other leads" holds of nearly any name (read there, it moved the cut of sets of four and set apart fewer unrelated
   * articles of BASIL's sets of four). A look-alike's own player, opponent or town is what it tells about, its
   * most-named name ("Jon Berg" five times against "Karl Lind" once as background: 1.0), while a report of the story
   * that leaves its lead name to a later sentence adds names of its own in passing (a coach, a stadium: 0.3 beside the
   * story's striker named six times). Two other leads, not one: the second look-alike of a set names the same other
   * instance, and a report of the story may name it in its lead as background ("Lind joins Berg on the injured list").
   * Read beside {@code leadNameSwap}, whose yes or no it grades: of ECB+ train's look-alikes kept before, the other
   * fighter's opponent named most (42nd session, docs/evaluation.md).
   */
  private static double[] leadNameFocus(List<Profile> profiles, LeadUsers users) {
    int n = profiles.size();
    double[] out = new double[n];
    if (n < 5) {
      return out;
    }
    for (int a = 0; a < n; a++) {
      Profile p = profiles.get(a);
      if (!leavesOutStoryName(profiles, users.story(), a)) {
        continue;
      }
      double most = 0;
      for (double mentions : p.names().values()) {
        most = Math.max(most, mentions);
      }
      for (String t : swapNames(p)) {
        double mentions = p.names().get(t);
        if (users.lead().get(t) - 1 <= 2 && mentions >= 2) {
          out[a] = Math.max(out[a], mentions / most);
        }
      }
    }
    return out;
  }

  /**
   * Per article, how much more it names a subject of its own than the story's subject, where the other articles are
   * about the story's: an article's subject is the name it names most (ties all count; days, dates and the names of
   * its lead that say when or from whom left out, {@link #incidental}), the story's a name that is the subject of at
   * least two thirds of the other articles (two at least). Fires when the article's subject is none of the story's
   * and the subject of at most one other article, its lead leaves out the story's subject, and it names the story's
   * subject at most half as often as its own: then {@code ln(1 + own) - ln(1 + story's)}, its mentions of each;
   * else 0, and 0 in a set of four or fewer (as {@link #leadNameFocus}). A look-alike of the same club's other
   * injury is about its own player ("Berg" three times) and names the story's at most as background ("Lind" once),
   * while a report of the story that opens on another name (the coach) still names the story's subject most. The
   * first name of a lead was measured as the subject and not kept: it is as often the team, the place or the champion
   * that both events share (46th session, docs/evaluation.md).
   */
  private static double[] protagonistSwap(List<Profile> profiles) {
    int n = profiles.size();
    double[] out = new double[n];
    if (n < 5) {
      return out;
    }
    List<Set<String>> subjects = new ArrayList<>(n);
    for (Profile p : profiles) {
      subjects.add(subject(p));
    }
    Map<String, Integer> users = new HashMap<>();
    for (Set<String> s : subjects) {
      for (String t : s) {
        users.merge(t, 1, Integer::sum);
      }
    }
    for (int a = 0; a < n; a++) {
      Set<String> mine = subjects.get(a);
      Profile p = profiles.get(a);
      Set<String> story = new HashSet<>();
      for (Map.Entry<String, Integer> e : users.entrySet()) {
        int others = e.getValue() - (mine.contains(e.getKey()) ? 1 : 0);
        if (others >= 2 && 3 * others >= 2 * (n - 1)) {
          story.add(e.getKey());
        }
      }
      if (mine.isEmpty() || story.isEmpty() || !Collections.disjoint(mine, story)
          || !Collections.disjoint(leadNames(p).keySet(), story)) {
        continue;
      }
      double own = 0;
      boolean ownInstance = true;
      for (String t : mine) {
        own = Math.max(own, p.names().get(t));
        ownInstance &= users.get(t) - 1 <= 1;
      }
      double storys = 0;
      for (String t : story) {
        storys = Math.max(storys, p.names().getOrDefault(t, 0.0));
      }
      if (ownInstance && 2 * storys <= own) {
        out[a] = Math.log1p(own) - Math.log1p(storys);
      }
    }
    return out;
  }

  /**
   * Per article, how much more it names a principal of its own than one of the story's, where the other articles
   * share theirs: an article's principals are the two names it names most ({@link #principals}), the story's a name
   * that is a principal of at least two thirds of the other articles (two at least). Fires when a principal of the
   * article, named at least twice, is a principal of at most one other article, and the article names a principal
   * of the story that is none of its own at most half as often: then {@code ln(1 + own) - ln(1 + story's)}, its
   * mentions of its most-named such principal and of the story's principal it names least; else 0, and 0 in a set
   * of four or fewer (as {@link #protagonistSwap}). A look-alike of the champion's other title defence is about the
   * champion and another challenger ("Lund" and "Berg" where the others name "Lund" and "Holm" most), the
   * counterpart of the action, which {@link #protagonistSwap}, reading only the name named most, does not see: the
   * champion is named most on both sides (47th session, docs/evaluation.md).
   */
  private static double[] counterpartSwap(List<Profile> profiles) {
    int n = profiles.size();
    double[] out = new double[n];
    if (n < 5) {
      return out;
    }
    List<Set<String>> principals = new ArrayList<>(n);
    Map<String, Integer> users = new HashMap<>();
    for (Profile p : profiles) {
      Set<String> mine = principals(p);
      principals.add(mine);
      for (String t : mine) {
        users.merge(t, 1, Integer::sum);
      }
    }
    for (int a = 0; a < n; a++) {
      Set<String> mine = principals.get(a);
      Profile p = profiles.get(a);
      double own = 0;
      for (String t : mine) {
        double mentions = p.names().get(t);
        if (users.get(t) - 1 <= 1 && mentions >= 2) {
          own = Math.max(own, mentions);
        }
      }
      if (own == 0) {
        continue;
      }
      double storys = -1;
      for (Map.Entry<String, Integer> e : users.entrySet()) {
        int others = e.getValue() - (mine.contains(e.getKey()) ? 1 : 0);
        double mentions = p.names().getOrDefault(e.getKey(), 0.0);
        if (others >= 2 && 3 * others >= 2 * (n - 1) && !mine.contains(e.getKey()) && 2 * mentions <= own) {
          storys = storys < 0 ? mentions : Math.min(storys, mentions);
        }
      }
      if (storys >= 0) {
        out[a] = Math.log1p(own) - Math.log1p(storys);
      }
    }
    return out;
  }

  /**
   * An article's two principal names: the two it names most, days, dates and the incidental names of its lead left
   * out as in {@link #subject}; of names named as often, the one it names first.
   */
  private static Set<String> principals(Profile p) {
    List<String> order = new ArrayList<>();
    for (String t : p.nameOrder()) {
      if (!p.incidental().contains(t) && !p.dated().contains(t)) {
        order.add(t);
      }
    }
    order.sort(Comparator.comparingDouble((String t) -> p.names().get(t)).reversed()); // stable: first named first
    return new HashSet<>(order.subList(0, Math.min(PRINCIPALS, order.size())));
  }

  /** The names an article names most, days, dates and the incidental names of its lead left out; ties all count. */
  private static Set<String> subject(Profile p) {
    double most = 0;
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Double> e : p.names().entrySet()) {
      if (p.incidental().contains(e.getKey()) || p.dated().contains(e.getKey())) {
        continue;
      }
      if (e.getValue() > most) {
        most = e.getValue();
        out.clear();
      }
      if (e.getValue() == most) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * How many articles give each name in their leads, read once for both lead features: {@code story} as {@link
   * #swapNames} reads a lead's names, {@code lead} all of them.
   */
  private record LeadUsers(Map<String, Integer> story, Map<String, Integer> lead) {
    static LeadUsers of(List<Profile> profiles) {
      return new LeadUsers(articlesUsing(profiles, p -> swapNames(p)),
          articlesUsing(profiles, p -> leadNames(p).keySet()));
    }
  }

  /**
   * Whether the lead of article {@code a} leaves out a name of the story: one that at least two thirds of the other
   * articles give in their leads ({@code storyUsers}: the articles giving each name in their leads, as {@link
   * #swapNames} reads them).
   */
  private static boolean leavesOutStoryName(List<Profile> profiles, Map<String, Integer> storyUsers, int a) {
    int n = profiles.size();
    Set<String> mine = swapNames(profiles.get(a));
    Set<String> lead = leadNames(profiles.get(a)).keySet();
    for (Map.Entry<String, Integer> e : storyUsers.entrySet()) {
      int others = e.getValue() - (mine.contains(e.getKey()) ? 1 : 0);
      if (3 * others >= 2 * (n - 1) && !lead.contains(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** The names of an article's lead that {@link #leadNameSwap} reads: those of {@link #leadNames} but incidental ones. */
  private static Set<String> swapNames(Profile p) {
    Set<String> out = new HashSet<>(leadNames(p).keySet());
    out.removeAll(p.incidental());
    return out;
  }

  private static final Set<String> CREDIT_BEFORE_NAME = Set.of("according to", "cited by", "quoted by", "reported by",
      "told", "reports", "report", "reported", "via");
  private static final Set<String> CREDIT_AFTER_NAME = Set.of("reported", "reports", "reporting", "news", "agency",
      "newspaper", "quoted", "cited");

  /**
   * Whether the name at {@code i} of a lead sentence says when or from whom rather than who or where: a date or
   * weekday; a source credited by the words right around its run of capitals ("according to Lindby Radio", "told
   * Lindby Radio", "the Harbour Herald reported", "the Kesra news agency"; not a possessive, "Lindby Post's editor",
   * nor a name with "the" between it and the credit, "according to the Harbour Herald": measured and not kept,
   * docs/evaluation.md); or, in a sentence in title case such as a subheading ("Rovers Weigh Offer For Their
   * Keeper"), a word the article capitalises in no other sentence ({@code styledOnly}).
   */
  private static boolean incidental(List<Token> tokens, int i, BitSet dates, boolean styledOnly) {
    if (styledOnly || dates.get(tokens.get(i).start())) {
      return true;
    }
    int first = i;
    while (first > 0 && tokens.get(first - 1).kind() == TokenKind.WORD && tokens.get(first - 1).isCapitalized()) {
      first--;
    }
    int last = i;
    while (last + 1 < tokens.size() && tokens.get(last + 1).kind() == TokenKind.WORD && tokens.get(last + 1).isCapitalized()) {
      last++;
    }
    // norms are lower case with typographic apostrophes folded: "Post\u2019s" ends on the token "'s"
    String before = first >= 1 ? tokens.get(first - 1).norm() : "";
    String twoBefore = first >= 2 ? tokens.get(first - 2).norm() + " " + before : "";
    String after = last + 1 < tokens.size() ? tokens.get(last + 1).norm() : "";
    if (after.equals("'s")) {
      return false;
    }
    return CREDIT_BEFORE_NAME.contains(before) || CREDIT_BEFORE_NAME.contains(twoBefore) || CREDIT_AFTER_NAME.contains(after);
  }

  /** The names of an article's lead, each counted once. */
  private static Map<String, Double> leadNames(Profile p) {
    Map<String, Double> out = new HashMap<>();
    for (String t : p.lead()) {
      if (p.names().containsKey(t) && !p.styledLead().contains(t)) {
        out.put(t, 1.0);
      }
    }
    return out;
  }

  /**
   * Per article, 1 when it counts something (a number with a unit: victims, pirates, dollars) that at least
   * half of the other articles count too, and the value most of those give is none it counts (another toll,
   * another deal; "112 residents" gives the others' "112 people"); else 0.
   */
  private static double[] countConflict(List<Profile> profiles) {
    double[] out = new double[profiles.size()];
    for (int a = 0; a < out.length; a++) {
      out[a] = conflictingCount(profiles, a).isEmpty() ? 0.0 : 1.0;
    }
    return out;
  }

  /**
   * The first count (by unit, then value) of article {@code a} that contradicts the value most of the other
   * articles stating that unit give, in words (e.g. "it says 9 people where most others give 112"),
   * provided at least half of the others state that unit; empty when none.
   */
  private static String conflictingCount(List<Profile> profiles, int a) {
    int n = profiles.size();
    for (Map.Entry<String, Map<String, String>> e : new java.util.TreeMap<>(profiles.get(a).counts()).entrySet()) {
      Map<String, Integer> values = new java.util.TreeMap<>();
      int stating = 0;
      for (int b = 0; b < n; b++) {
        Map<String, String> v = b == a ? null : profiles.get(b).counts().get(e.getKey());
        if (v != null) {
          stating++;
          for (String x : v.keySet()) {
            values.merge(x, 1, Integer::sum);
          }
        }
      }
      if (2 * stating < n - 1) {
        continue;
      }
      for (Map.Entry<String, Integer> v : values.entrySet()) {
        if (2 * v.getValue() >= stating && !countsValue(profiles.get(a), v.getKey())) {
          List<String> said = new ArrayList<>(e.getValue().values());
          String more = said.size() > 2 ? " (and " + (said.size() - 2) + " more)" : "";
          return "it says " + String.join(" and ", said.subList(0, Math.min(2, said.size()))) + more
              + " where most others give " + v.getKey();
        }
      }
    }
    return "";
  }

  /**
   * Whether an article gives {@code value} as a count of anything: "1 billion vaccines" gives the value of "1 billion
   * doses", the same figure with another word for what it counts, so it does not contradict it.
   */
  private static boolean countsValue(Profile p, String value) {
    for (Map<String, String> values : p.counts().values()) {
      if (values.containsKey(value)) {
        return true;
      }
    }
    return false;
  }

  /** Each value as the log ratio to the median value of the set, smoothed. */
  private static double[] relative(double[] values) {
    double typical = median(values.clone());
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.log((values[i] + EPS) / (typical + EPS));
    }
    return out;
  }

  /** The median (the lower middle value for an even count); 0 for none. Sorts its argument. */
  private static double median(double[] v) {
    if (v.length == 0) {
      return 0.0;
    }
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * The articles' publication dates as the date rule reads them: a date {@link LateDates} names (more than a year after
   * every other article's, most often typed wrong: 2099 for 2024) is read as no date, so that in a set of two neither
   * article is set apart on that gap alone, and in a larger set the late article is decided by its words.
   */
  private static List<Optional<LocalDate>> datesToReadApart(List<AnalyzedArticle> articles) {
    List<Article> given = articles.stream().map(AnalyzedArticle::article).toList();
    return given.stream().map(g -> LateDates.isLate(g, given) ? Optional.<LocalDate>empty() : g.published()).toList();
  }

  /**
   * The median of the other articles' dates; of an even number, the one of the two middle dates nearer to
   * {@code own} (its own date when it lies between them), so that of three articles the two published on one day
   * are both "with the others" and mirrored dates give mirrored decisions.
   */
  private static Optional<LocalDate> medianDateOfOthers(List<Optional<LocalDate>> all, int self,
      Optional<LocalDate> own) {
    List<LocalDate> dates = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      if (a != self) {
        all.get(a).ifPresent(dates::add);
      }
    }
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    dates.sort(Comparator.naturalOrder());
    LocalDate low = dates.get((dates.size() - 1) / 2);
    LocalDate high = dates.get(dates.size() / 2);
    if (own.isEmpty() || !own.get().isAfter(low)) {
      return Optional.of(low);
    }
    return Optional.of(own.get().isBefore(high) ? own.get() : high);
  }

  private static final class Holder {
    static final EventDecider STANDARD = load();
  }

  /**
   * Reads the shipped model: lines {@code intercept V}, {@code cut V}, {@code cut.N V} (the cut for a set of N
   * articles, where it differs) and one {@code <feature> V} per feature.
   */
  private static EventDecider load() {
    Map<String, Double> values = new HashMap<>();
    for (String line : ResourceLines.read(RESOURCE)) {
      String[] kv = line.split("\\s+");
      values.put(kv[0], Double.parseDouble(kv[1]));
    }
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = values.getOrDefault(FEATURES.get(i), 0.0);
    }
    int largest = 0;
    for (String key : values.keySet()) {
      if (key.startsWith("cut.")) {
        largest = Math.max(largest, Integer.parseInt(key.substring(4)));
      }
    }
    double[] small = new double[largest + 1];
    for (int n = 0; n <= largest; n++) {
      small[n] = values.getOrDefault("cut." + n, 0.0);
    }
    return new EventDecider(Lexicon.standard(), values.getOrDefault("intercept", 0.0), w,
        values.getOrDefault("cut", 1.0), small);
  }

  /**
   * Whether a word is a code name ("G7", "G-7", "F35"): two to six capitals and digits, the first a capital and at
   * least one a digit, once its periods and hyphens are left out. It counts as a name however short it is. A
   * two-letter initialism ("US", "U.S.") stays out, as other two-letter words do: counted, it set apart fewer ECB+
   * dev look-alikes (108 against 110 of 197) and kept fewer same-event articles (97.7% against 98.3%).
   */
  static boolean isCodeName(Token t) {
    if (t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
      return false;
    }
    String bare = bare(t.text());
    if (bare.length() < 2 || bare.length() > 6 || !Character.isUpperCase(bare.charAt(0))
        || bare.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    for (int k = 1; k < bare.length(); k++) {
      char c = bare.charAt(k);
      if (!Character.isDigit(c) && !(Character.isLetter(c) && Character.isUpperCase(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence is a headline in title case ("Senate Passes Bill to Fund Lindby Harbour"): every word of four
   * letters or more but function words is capitalised, and there are at least two of them. Its capitals name
   * nothing: they are how the outlet styles headlines.
   */
  private boolean titleCaseHeadline(Sentence s) {
    return s.role() == SentenceRole.HEADLINE && titleCase(s);
  }

  /** Whether a sentence, whatever its role, is in title case as {@link #titleCaseHeadline} reads it. */
  private boolean titleCase(Sentence s) {
    int words = 0;
    for (Token t : s.tokens()) {
      if (t.kind() == TokenKind.WORD && t.norm().length() >= 4 && !lexicon.isStopWord(t.norm())) {
        if (!t.isCapitalized()) {
          return false;
        }
        words++;
      }
    }
    return words >= 2;
  }

  /** A name word's key: its normalized form without periods and hyphens, so "U.S." is "US" and "G-7" is "G7". */
  private static String nameKey(Token t) {
    return bare(t.norm());
  }

  private static String bare(String word) {
    return word.indexOf('.') < 0 && word.indexOf('-') < 0 ? word : word.replace(".", "").replace("-", "");
  }

  /** How many characters of {@code text} are lower-case letters. */
  private static long lowerCaseChars(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isLowerCase(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
