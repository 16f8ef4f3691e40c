package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The default {@link Aligner}: blocks candidate sentence pairs on informative terms, decides event
 * membership from shared content and dates, then groups sentences into passages by average-linkage
 * merging of the strongest cross-article pairs.
 *
 * <p>See {@link Aligners#standard(SentenceSimilarity)} for the rules. Immutable and thread-safe: per-call
 * state lives in a {@link Run}.
 */
final class StandardAligner implements Aligner {
  /** Articles published more than this many days from the others' median date are suspect. */
  static final long FAR_DAYS = 7;
  /** A suspect article stays in the main event only when at least this share of its sentences match. */
  static final double STRONG_SHARE = 0.5;
  /**
   * Two sentences share a fact when they score at least this share of the similarity's threshold: the
   * threshold says "these two sentences say the same thing", while a news sentence usually carries one
   * shared fact plus context of its own.
   */
  static final double FACT = 0.6;
  /** Two groups merge when their mean cross-article similarity reaches this share of the fact level. */
  static final double LINK = 0.9;
  /** Sentences of one article at most this far apart may share a passage without being alike. */
  static final int NEAR = 1;

  private final SentenceSimilarity similarity;
  private final Lexicon lexicon;
  private final double fact;
  private final double link;

  StandardAligner(SentenceSimilarity similarity, Lexicon lexicon) {
    this(similarity, lexicon, FACT, LINK);
  }

  StandardAligner(SentenceSimilarity similarity, Lexicon lexicon, double fact, double link) {
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.fact = fact;
    this.link = link;
  }

  @Override
  public Alignment align(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("articles is empty: need at least one article to align");
    }
    return new Run(articles).align();
  }

  /** One alignment call: the sentences taking part, their candidate pairs and scores. */
  private final class Run {
    private final List<AnalyzedArticle> articles;
    /** Global node -> article index. */
    private final int[] articleOf;
    /** Global node -> sentence. */
    private final List<Sentence> sentences = new ArrayList<>();
    private final int[] reportingCount;
    private final SentenceSimilarity.Scorer scorer;
    private final double threshold;
    /** Candidate pairs (key = lo * n + hi), ascending, and their scores. */
    private long[] pairs = new long[0];
    private double[] pairScores = new double[0];
    /** Pairs scored later, while merging groups. */
    private final Map<Long, Double> extra = new HashMap<>();

    Run(List<AnalyzedArticle> articles) {
      this.articles = articles;
      List<Integer> owner = new ArrayList<>();
      reportingCount = new int[articles.size()];
      for (int a = 0; a < articles.size(); a++) {
        for (Sentence s : articles.get(a).sentences()) {
          if (s.isReporting()) {
            sentences.add(s);
            owner.add(a);
            reportingCount[a]++;
          }
        }
      }
      articleOf = owner.stream().mapToInt(Integer::intValue).toArray();
      scorer = similarity.bind(sentences);
      threshold = fact * similarity.threshold();
    }

    Alignment align() {
      scoreCandidates();
      List<ArticleEvent> events = decideEvents();
      boolean[] main = new boolean[articles.size()];
      for (int a = 0; a < main.length; a++) {
        main[a] = events.get(a).membership() == EventMembership.MAIN;
      }
      return new Alignment(events, passages(main));
    }

    private long key(int x, int y) {
      int lo = Math.min(x, y);
      int hi = Math.max(x, y);
      return (long) lo * sentences.size() + hi;
    }

    /** The similarity of two nodes, from the candidate table or computed now. */
    private double sim(int x, int y) {
      long k = key(x, y);
      int i = Arrays.binarySearch(pairs, k);
      if (i >= 0) {
        return pairScores[i];
      }
      return extra.computeIfAbsent(k, kk -> scorer.score(sentences.get(x), sentences.get(y)));
    }

    /** Inverted index on informative blocking keys; scores each cross-article pair sharing one. */
    private void scoreCandidates() {
      Map<String, List<Integer>> postings = new TreeMap<>();
      for (int g = 0; g < sentences.size(); g++) {
        for (String k : blockingKeys(sentences.get(g))) {
          postings.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
        }
      }
      int maxDf = Math.max(4, 2 * articles.size());
      long[] found = new long[64];
      int count = 0;
      for (List<Integer> post : postings.values()) {
        if (post.size() < 2 || post.size() > maxDf) {
          continue;
        }
        for (int i = 0; i < post.size(); i++) {
          for (int j = i + 1; j < post.size(); j++) {
            int x = post.get(i);
            int y = post.get(j);
            if (articleOf[x] != articleOf[y]) {
              if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
              }
              found[count++] = key(x, y);
            }
          }
        }
      }
      Arrays.sort(found, 0, count);
      int unique = 0;
      for (int i = 0; i < count; i++) {
        if (unique == 0 || found[i] != found[unique - 1]) {
          found[unique++] = found[i];
        }
      }
      pairs = Arrays.copyOf(found, unique);
      pairScores = new double[unique];
      int n = sentences.size();
      for (int i = 0; i < unique; i++) {
        pairScores[i] = scorer.score(sentences.get((int) (pairs[i] / n)), sentences.get((int) (pairs[i] % n)));
      }
    }

    private Set<String> blockingKeys(Sentence s) {
      Set<String> keys = new TreeSet<>();
      for (Token t : s.tokens()) {
        if (t.kind() == TokenKind.NUMBER) {
          keys.add("#" + t.lemma());
          magnitude(t.lemma()).ifPresent(keys::add);
        } else if (t.kind() == TokenKind.WORD && !lexicon.isStopWord(t.norm()) && t.lemma().length() > 2) {
          String lemma = t.lemma();
          keys.add(lemma);
          if (lemma.length() > 5) {
            keys.add(lemma.substring(0, 5) + "*");
          }
          for (int g : lexicon.groupsOf(lemma)) {
            keys.add("~" + g);
          }
        }
      }
      return keys;
    }

    /** A coarse key shared by close numbers: first digit and order of magnitude (4,100 and 4,400). */
    private Optional<String> magnitude(String number) {
      int digits = 0;
      for (int i = 0; i < number.length() && Character.isDigit(number.charAt(i)); i++) {
        digits++;
      }
      if (digits < 3 || number.charAt(0) == '0') {
        return Optional.empty();
      }
      return Optional.of("#~" + number.charAt(0) + "e" + (digits - 1));
    }

    /** Per article: how many of its reporting sentences match a sentence of another article. */
    private int[] matchedCounts(boolean[] among, double level) {
      int[] matched = new int[articles.size()];
      boolean[] hit = new boolean[sentences.size()];
      for (int i = 0; i < pairs.length; i++) {
        if (pairScores[i] >= level) {
          int x = (int) (pairs[i] / sentences.size());
          int y = (int) (pairs[i] % sentences.size());
          if (among[articleOf[x]] && among[articleOf[y]]) {
            hit[x] = true;
            hit[y] = true;
          }
        }
      }
      for (int g = 0; g < hit.length; g++) {
        if (hit[g]) {
          matched[articleOf[g]]++;
        }
      }
      return matched;
    }

    private List<ArticleEvent> decideEvents() {
      int n = articles.size();
      boolean[] all = new boolean[n];
      Arrays.fill(all, true);
      int[] matched = matchedCounts(all, similarity.threshold());
      int[] sharing = matchedCounts(all, threshold);
      String[] reasons = new String[n];
      boolean[] main = new boolean[n];
      for (int a = 0; a < n; a++) {
        int total = reportingCount[a];
        double share = total == 0 ? 0.0 : (double) matched[a] / total;
        String shares = matched[a] + " of its " + total + " sentences";
        Optional<LocalDate> date = articles.get(a).article().published();
        Optional<LocalDate> median = medianDateOfOthers(a);
        long gap = date.isPresent() && median.isPresent()
            ? ChronoUnit.DAYS.between(median.get(), date.get()) : 0;
        if (n == 1) {
          main[a] = true;
          reasons[a] = "the only article";
        } else if (Math.abs(gap) > FAR_DAYS && share < STRONG_SHARE) {
          reasons[a] = "published " + Math.abs(gap) + " days " + (gap > 0 ? "after" : "before")
              + " the other articles (median " + median.get() + ") and only " + shares
              + " match theirs";
        } else if (sharing[a] == 0) {
          reasons[a] = "none of its " + total + " sentences shares a fact with a sentence of the other articles";
        } else {
          main[a] = true;
          reasons[a] = shares + " match sentences of the other articles"
              + (Math.abs(gap) > FAR_DAYS ? ", although published " + Math.abs(gap) + " days from the others" : "");
        }
      }
      boolean anyMain = false;
      for (boolean m : main) {
        anyMain |= m;
      }
      if (!anyMain) {
        int best = 0;
        for (int a = 1; a < n; a++) {
          if (sharing[a] > sharing[best]) {
            best = a;
          }
        }
        main[best] = true;
        reasons[best] = "taken as the main event: no article matches the others well ("
            + sharing[best] + " of its " + reportingCount[best] + " sentences share a fact with them)";
      }
      List<ArticleEvent> events = new ArrayList<>(n);
      for (int a = 0; a < n; a++) {
        events.add(new ArticleEvent(articles.get(a).id(), main[a] ? EventMembership.MAIN : EventMembership.OTHER,
            reasons[a]));
      }
      return events;
    }

    private Optional<LocalDate> medianDateOfOthers(int self) {
      List<LocalDate> dates = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        if (a != self) {
          articles.get(a).article().published().ifPresent(dates::add);
        }
      }
      if (dates.isEmpty()) {
        return Optional.empty();
      }
      dates.sort(Comparator.naturalOrder());
      return Optional.of(dates.get((dates.size() - 1) / 2));
    }

    private List<Passage> passages(boolean[] main) {
      int n = sentences.size();
      int[] cluster = new int[n];
      List<List<Integer>> members = new ArrayList<>(n);
      for (int g = 0; g < n; g++) {
        cluster[g] = g;
        members.add(new ArrayList<>(List.of(g)));
      }
      List<long[]> edges = new ArrayList<>();
      for (int i = 0; i < pairs.length; i++) {
        int x = (int) (pairs[i] / n);
        int y = (int) (pairs[i] % n);
        if (pairScores[i] >= threshold && main[articleOf[x]] && main[articleOf[y]]) {
          edges.add(new long[] {pairs[i], Double.doubleToLongBits(pairScores[i])});
        }
      }
      edges.sort(Comparator.<long[]>comparingDouble(e -> -Double.longBitsToDouble(e[1]))
          .thenComparingLong(e -> e[0]));
      int[] version = new int[n];
      Map<Long, Long> refused = new HashMap<>();
      for (long[] e : edges) {
        int cx = cluster[(int) (e[0] / n)];
        int cy = cluster[(int) (e[0] % n)];
        if (cx == cy) {
          continue;
        }
        long pair = key(cx, cy);
        long state = ((long) version[Math.min(cx, cy)] << 32) | version[Math.max(cx, cy)];
        Long before = refused.get(pair);
        if (before != null && before == state) {
          continue;
        }
        if (!compatible(members.get(cx), members.get(cy))
            || meanLink(members.get(cx), members.get(cy)) < link * threshold) {
          refused.put(pair, state);
          continue;
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
      int mainArticles = 0;
      for (boolean m : main) {
        mainArticles += m ? 1 : 0;
      }
      List<Draft> drafts = new ArrayList<>();
      for (List<Integer> m : members) {
        if (!m.isEmpty() && main[articleOf[m.get(0)]]) {
          drafts.add(draft(m, mainArticles));
        }
      }
      drafts.sort(Comparator.comparingDouble((Draft d) -> -d.salience)
          .thenComparingInt(d -> d.firstArticle)
          .thenComparingInt(d -> d.firstSentence));
      List<Passage> out = new ArrayList<>(drafts.size());
      for (Draft d : drafts) {
        out.add(new Passage("p" + (out.size() + 1), d.salience, d.members, d.similarity));
      }
      return out;
    }

    /**
     * Whether two groups may join as far as their sentences from the same article go: two sentences of one
     * article may share a passage when they are neighbours (one outlet spreading a fact over two
     * sentences), when one is a headline or bullet (summaries repeat the story's facts), or when they are
     * alike themselves (at the fact level); otherwise they report different facts.
     */
    private boolean compatible(List<Integer> a, List<Integer> b) {
      for (int x : a) {
        for (int y : b) {
          if (articleOf[x] == articleOf[y]) {
            Sentence sx = sentences.get(x);
            Sentence sy = sentences.get(y);
            if (Math.abs(sx.index() - sy.index()) > NEAR && !summary(sx) && !summary(sy)
                && sim(x, y) < threshold) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /** Mean similarity over the cross-article pairs between two clusters. */
    private double meanLink(List<Integer> a, List<Integer> b) {
      double sum = 0;
      int count = 0;
      for (int x : a) {
        for (int y : b) {
          if (articleOf[x] != articleOf[y]) {
            sum += sim(x, y);
            count++;
          }
        }
      }
      return count == 0 ? 0.0 : sum / count;
    }

    private Draft draft(List<Integer> nodes, int mainArticles) {
      TreeMap<Integer, List<Integer>> byArticle = new TreeMap<>();
      boolean headline = false;
      for (int g : nodes) {
        Sentence s = sentences.get(g);
        byArticle.computeIfAbsent(articleOf[g], k -> new ArrayList<>()).add(s.index());
        headline |= s.role() == SentenceRole.HEADLINE || s.role() == SentenceRole.BULLET;
      }
      List<PassageMember> members = new ArrayList<>();
      double lead = 0;
      for (Map.Entry<Integer, List<Integer>> e : byArticle.entrySet()) {
        List<Integer> idx = e.getValue();
        idx.sort(Comparator.naturalOrder());
        members.add(new PassageMember(articles.get(e.getKey()).id(), idx));
        lead += 1.0 - position(e.getKey(), idx.get(0));
      }
      lead /= byArticle.size();
      double coverage = mainArticles <= 1 ? 1.0 : (byArticle.size() - 1.0) / (mainArticles - 1.0);
      double salience = 0.7 * coverage + 0.2 * lead + 0.1 * (headline ? 1.0 : 0.0);
      double sum = 0;
      int count = 0;
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          if (articleOf[nodes.get(i)] != articleOf[nodes.get(j)]) {
            sum += sim(nodes.get(i), nodes.get(j));
            count++;
          }
        }
      }
      int firstArticle = byArticle.firstKey();
      return new Draft(members, Math.min(1.0, salience), count == 0 ? 1.0 : sum / count, firstArticle,
          byArticle.get(firstArticle).get(0));
    }

    /** Rank of sentence {@code index} among its article's reporting sentences, scaled to [0, 1]. */
    private double position(int article, int index) {
      int rank = 0;
      for (Sentence s : articles.get(article).sentences()) {
        if (s.index() >= index) {
          break;
        }
        if (s.isReporting()) {
          rank++;
        }
      }
      return reportingCount[article] <= 1 ? 0.0 : (double) rank / (reportingCount[article] - 1);
    }
  }

  private static boolean summary(Sentence s) {
    return s.role() == SentenceRole.HEADLINE || s.role() == SentenceRole.BULLET;
  }

  private record Draft(List<PassageMember> members, double salience, double similarity, int firstArticle,
      int firstSentence) {}
}
