package dev.parallax.compare;

import dev.parallax.align.Alignment;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.internal.ArticleOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the parts of a passage's fact that an outlet carrying the passage leaves out: the aligner joins "Schools will
 * stay closed until Monday, and the main bridge remains shut while engineers inspect it" with "Schools will remain
 * closed until Monday.", so that outlet carries the passage, and whole-passage omissions cannot say that it leaves the
 * bridge out.
 *
 * <p>A member's sentences are cut into parts at the joints of clauses: a {@code ;} (unless the sentence holds two, or
 * "and" or "or" follows it: a list's items), and a comma before "and", "but", "while", "whereas" or "yet" (unless it
 * ends a list's item, "advertisers, publishers, and creators"); never inside a quotation, which the quote comparison
 * reads. Each part keeps {@value #PART_WORDS} informative words at least (a shorter piece joins its neighbour). Parts
 * of two members are one fact when each is the other's closest part in its member, they reach the aligner's fact level
 * and share {@value OmissionFinder#MIN_SHARED} informative words; facts are joined from the closest pair down, never
 * so that two parts of one member become one fact. An article leaves a fact of a passage out when:
 * <ul>
 *   <li>the members of {@value #CARRIERS} outlets or more carry it, and one of them carries it in a sentence that also
 *       holds another fact of the passage, one the article carries (so it is a part of what the article reports);</li>
 *   <li>no part of the article's member shares {@value OmissionFinder#MIN_SHARED} informative words or words of names
 *       with the fact that are words of the fact alone (no other member gives them in a clause of another fact: "main
 *       bridge" where the other fact is about schools; "will stay closed" may be said of either);</li>
 *   <li>and no other sentence of the article may report it, scored as for a whole passage: the mean over the carrying
 *       outlets of its best score with their parts, at the omission check's bar, sharing {@value
 *       OmissionFinder#MIN_SHARED} of their informative words.</li>
 * </ul>
 * The omission names the fact in the words of the first outlet that carries it beside the article's fact, the outlets
 * taken in the articles' own order ({@link ArticleOrder}: by text, not as given, so that the same articles in another
 * order give the same words), and carries the article's closest sentence and its score, and the passage's salience.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>"Schools will stay closed until Monday, and the main bridge remains shut", "The main bridge remains closed,
 *       and schools will stay shut until Monday", "Schools will remain closed until Monday." in one passage</td>
 *       <td>the third article leaves out the bridge</td></tr>
 *   <tr><td>the same with the third article saying elsewhere "The main bridge over the river is still shut."</td>
 *       <td>no omission</td></tr>
 *   <tr><td>the third saying "Schools and the main bridge will stay closed until Monday."</td><td>no omission</td></tr>
 *   <tr><td>the bridge carried by one other outlet only</td><td>no omission: one outlet's clause is no shared
 *       fact</td></tr>
 *   <tr><td>members that differ only in wording</td><td>no omission</td></tr>
 * </table>
 *
 * <p>Stateless; each call scores with the scorer it is given.
 */
final class PartOmissions {
  /** Informative words a part needs of its own to stand as a fact. */
  static final int PART_WORDS = 3;
  /** The outlets whose members must carry a fact before another member is said to leave it out. */
  static final int CARRIERS = 2;
  /** The words of a list's item at most: a comma that follows so short a stretch after another ends an item. */
  static final int LIST_ITEM = 3;
  /** Words that, after a semicolon, open a list's last item. */
  private static final Set<String> LIST_JOINS = Set.of("and", "or");
  /** Words that, after a comma, open a coordinated clause. */
  private static final Set<String> JOINS = Set.of("and", "but", "while", "whereas", "yet");

  private PartOmissions() {}

  /** One part of a passage member: the member's place in the passage, its source sentence and its own words. */
  private record Part(int member, Sentence source, Sentence words, Set<String> informative, Set<String> named) {
    Part(int member, Sentence source, Sentence words) {
      this(member, source, words, OmissionFinder.informativeWords(words), named(words));
    }

    /** Its informative words and the words of its names ("Carter", "Marshal"). */
    private static Set<String> named(Sentence words) {
      Set<String> out = new HashSet<>(OmissionFinder.informativeWords(words));
      out.addAll(OmissionFinder.nameWords(words));
      return out;
    }
  }

  /**
   * The part omissions of the main-event articles of {@code alignment}, by article id, each list in passage order.
   *
   * @param bar the omission check's bar
   * @param factLevel the aligner's fact level
   */
  static Map<String, List<Omission>> find(List<AnalyzedArticle> articles, Alignment alignment,
      SentenceSimilarity.Scorer scorer, double bar, double factLevel) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    PublicationOrder order = PublicationOrder.of(articles);
    // members are taken in the articles' own order, so that the part shown and every tie go to the same outlet
    // whatever the order the articles were given in
    Map<String, Integer> ownRank = new HashMap<>();
    int[] own = ArticleOrder.of(articles);
    for (int k = 0; k < own.length; k++) {
      ownRank.put(articles.get(own[k]).id(), k);
    }
    Set<String> isMain = new HashSet<>(OmissionFinder.mainIds(articles, alignment));
    Map<String, List<Omission>> out = new HashMap<>();
    Map<String, List<Set<String>>> wordsOf = new HashMap<>();
    for (Passage p : alignment.passages()) {
      List<PassageMember> members = p.members().stream().filter(m -> isMain.contains(m.article()))
          .sorted(Comparator.comparingInt((PassageMember m) -> ownRank.get(m.article()))).toList();
      if (members.size() < CARRIERS + 1) {
        continue;
      }
      List<Part> parts = new ArrayList<>();
      boolean split = false;
      for (int k = 0; k < members.size(); k++) {
        PassageMember m = members.get(k);
        for (int si : m.sentences()) {
          Sentence s = byId.get(m.article()).sentences().get(si);
          if (s.isReporting()) {
            List<Sentence> cuts = cut(s);
            for (Sentence w : cuts) {
              parts.add(new Part(k, s, w));
            }
            split |= cuts.size() > 1;
          }
        }
      }
      if (!split) {
        continue; // no sentence of two clauses: the aligner judged its sentences one fact
      }
      int[] fact = facts(parts, scorer, factLevel);
      for (int o = 0; o < members.size(); o++) {
        for (int f : omittedFacts(o, parts, fact)) {
          AnalyzedArticle mine = byId.get(members.get(o).article());
          List<Set<String>> words = wordsOf.computeIfAbsent(mine.id(), k -> mine.sentences().stream()
              .map(s -> s.isReporting() ? OmissionFinder.informativeWords(s) : Set.<String>of()).toList());
          Omission omission = omission(mine, o, f, p, members, parts, fact, scorer, bar, words, order);
          if (omission != null) {
            out.computeIfAbsent(mine.id(), k -> new ArrayList<>()).add(omission);
          }
        }
      }
    }
    return out;
  }

  /**
   * Each part's fact (an index shared by the parts of one fact): parts of two members join when each is the other's
   * best-scoring part in its member, at {@code factLevel} at least and sharing {@value OmissionFinder#MIN_SHARED}
   * informative words, from the best pair down, unless two parts of one member would end up one fact.
   */
  private static int[] facts(List<Part> parts, SentenceSimilarity.Scorer scorer, double factLevel) {
    int n = parts.size();
    double[][] score = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (parts.get(i).member() != parts.get(j).member()) {
          score[i][j] = scorer.score(parts.get(i).words(), parts.get(j).words());
          score[j][i] = score[i][j];
        }
      }
    }
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Part x = parts.get(i);
        Part y = parts.get(j);
        if (x.member() != y.member() && score[i][j] >= factLevel
            && shared(x.informative(), y.informative()) >= OmissionFinder.MIN_SHARED
            && best(score, parts, i, y.member()) == j && best(score, parts, j, x.member()) == i) {
          links.add(new int[] {i, j});
        }
      }
    }
    links.sort((a, b) -> Double.compare(score[b[0]][b[1]], score[a[0]][a[1]])); // stable: ties in part order
    int[] fact = new int[n];
    for (int i = 0; i < n; i++) {
      fact[i] = i;
    }
    for (int[] link : links) {
      int a = fact[link[0]];
      int b = fact[link[1]];
      if (a == b || clash(parts, fact, a, b)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (fact[i] == b) {
          fact[i] = a;
        }
      }
    }
    return fact;
  }

  /** The part of member {@code member} that scores best with part {@code i} (the first on ties), or -1. */
  private static int best(double[][] score, List<Part> parts, int i, int member) {
    int best = -1;
    for (int j = 0; j < parts.size(); j++) {
      if (parts.get(j).member() == member && (best < 0 || score[i][j] > score[i][best])) {
        best = j;
      }
    }
    return best;
  }

  /** Whether facts {@code a} and {@code b} hold parts of one member. */
  private static boolean clash(List<Part> parts, int[] fact, int a, int b) {
    Set<Integer> inA = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (fact[i] == a) {
        inA.add(parts.get(i).member());
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      if (fact[i] == b && inA.contains(parts.get(i).member())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts member {@code o} leaves out, in part order: carried by {@value #CARRIERS} other members or more, one of
   * which holds it in one sentence beside a fact that {@code o} carries, while no part of {@code o} shares {@value
   * OmissionFinder#MIN_SHARED} words of that fact alone ({@link #saidBy}).
   */
  private static List<Integer> omittedFacts(int o, List<Part> parts, int[] fact) {
    Set<Integer> mine = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).member() == o) {
        mine.add(fact[i]);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int f = fact[i];
      if (mine.contains(f) || out.contains(f) || carriers(f, parts, fact).size() < CARRIERS
          || !besideMine(f, mine, parts, fact) || saidBy(o, f, parts, fact)) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** The members holding a part of fact {@code f}, in member order. */
  private static Set<Integer> carriers(int f, List<Part> parts, int[] fact) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (fact[i] == f) {
        out.add(parts.get(i).member());
      }
    }
    return out;
  }

  /** Whether a sentence holds a part of fact {@code f} and a part of one of {@code mine}. */
  private static boolean besideMine(int f, Set<Integer> mine, List<Part> parts, int[] fact) {
    for (int i = 0; i < parts.size(); i++) {
      if (fact[i] == f && beside(parts.get(i), mine, f, parts, fact)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence of part {@code x} (of fact {@code f}) holds a part of one of {@code facts} too. */
  private static boolean beside(Part x, Set<Integer> facts, int f, List<Part> parts, int[] fact) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).source() == x.source() && fact[i] != f && facts.contains(fact[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a part of member {@code o} shares {@value OmissionFinder#MIN_SHARED} informative words or words of names
   * with fact {@code f} that no other member gives in a part of another fact cut from its sentence ("Richard Carter
   * scored 14 points" says something of "Richard Carter had 12 points and four assists" beside "Drake was paced by 13
   * points from Seth Vale"; a sentence not cut may say both facts, so its words count for neither).
   */
  private static boolean saidBy(int o, int f, List<Part> parts, int[] fact) {
    Set<String> words = new HashSet<>();
    Set<String> elsewhere = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (fact[i] == f) {
        words.addAll(parts.get(i).named());
      } else if (parts.get(i).member() != o && parts.get(i).words() != parts.get(i).source()) {
        elsewhere.addAll(parts.get(i).named()); // a sentence not cut may say both facts: its words are no other's
      }
    }
    words.removeAll(elsewhere);
    for (Part x : parts) {
      if (x.member() == o && shared(x.named(), words) >= OmissionFinder.MIN_SHARED) {
        return true;
      }
    }
    return false;
  }

  /**
   * The omission of fact {@code f} by {@code mine} (member {@code o}), or null when a sentence of its whole text
   * outside its member may report it.
   */
  private static Omission omission(AnalyzedArticle mine, int o, int f, Passage p, List<PassageMember> members,
      List<Part> parts, int[] fact, SentenceSimilarity.Scorer scorer, double bar, List<Set<String>> words,
      PublicationOrder order) {
    List<List<Sentence>> outlets = new ArrayList<>();
    Set<String> partWords = new HashSet<>();
    Set<Integer> carriers = carriers(f, parts, fact);
    for (int k : carriers) {
      List<Sentence> theirs = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        if (fact[i] == f && parts.get(i).member() == k) {
          theirs.add(parts.get(i).words());
          partWords.addAll(parts.get(i).informative());
        }
      }
      outlets.add(theirs);
    }
    Set<Integer> own = new HashSet<>(members.get(o).sentences());
    Sentence best = null;
    double bestScore = -1;
    for (Sentence s : mine.sentences()) {
      int shared = shared(words.get(s.index()), partWords);
      if (shared == 0) {
        continue;
      }
      double score = OmissionFinder.meanBest(scorer, s, outlets);
      if (!own.contains(s.index()) && shared >= OmissionFinder.MIN_SHARED && score >= bar) {
        return null; // it may say it in a sentence of its own
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    Set<Integer> mineFacts = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).member() == o) {
        mineFacts.add(fact[i]);
      }
    }
    Part shown = null;
    for (int i = 0; i < parts.size(); i++) {
      Part x = parts.get(i);
      if (fact[i] == f && (shown == null || beside(x, mineFacts, f, parts, fact)
          && !beside(shown, mineFacts, f, parts, fact))) {
        shown = x; // the first outlet's words that hold it beside the article's fact
      }
    }
    // in the passage's order, as a whole passage's omission lists them
    List<String> coveredBy = p.articles().stream()
        .filter(id -> carriers.stream().anyMatch(k -> members.get(k).article().equals(id))).toList();
    Sentence w = shown.words();
    Omission.Part part = new Omission.Part(members.get(shown.member()).article(), shown.source().index(), w.text(),
        w.start(), w.end());
    Optional<Omission.Closest> closest = best == null ? Optional.empty() : Optional.of(new Omission.Closest(
        best.index(), best.text(), best.start(), best.end(), Math.min(1.0, Math.max(0.0, bestScore))));
    return new Omission(mine.id(), p.id(), p.salience(), coveredBy, closest,
        order.onlyLater(mine.id(), coveredBy), Optional.of(part));
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      n += b.contains(w) ? 1 : 0;
    }
    return n;
  }

  /**
   * The parts of {@code s}: sentences of its tokens between the joints of its clauses, each with {@value #PART_WORDS}
   * informative words at least; {@code s} itself when it has no joint. Each part keeps the sentence's index and role,
   * with its own text and offsets.
   */
  static List<Sentence> cut(Sentence s) {
    List<Token> tokens = s.tokens();
    List<int[]> pieces = new ArrayList<>(); // [first token, end token)
    int semicolons = 0;
    for (Token t : tokens) {
      semicolons += t.norm().equals(";") ? 1 : 0;
    }
    int from = 0;
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.norm().equals("\"")) {
        quoted = !quoted;
      }
      if (quoted) {
        continue;
      }
      // "killed Judge Roe; a clerk, Jane Doe; and a guard": semicolons that part a list's items
      boolean semicolon = t.norm().equals(";") && semicolons < 2
          && !(i + 1 < tokens.size() && LIST_JOINS.contains(tokens.get(i + 1).norm()));
      boolean join = t.norm().equals(",") && i + 1 < tokens.size()
          && JOINS.contains(tokens.get(i + 1).norm().toLowerCase(Locale.ROOT)) && !endsList(tokens, from, i);
      if (semicolon || join) {
        pieces.add(new int[] {from, i});
        from = semicolon ? i + 1 : i + 2;
      }
    }
    if (pieces.isEmpty()) {
      return List.of(s);
    }
    pieces.add(new int[] {from, tokens.size()});
    List<Sentence> out = new ArrayList<>();
    int[] open = null;
    for (int[] piece : pieces) {
      int[] joined = open == null ? piece : new int[] {open[0], piece[1]};
      Sentence candidate = part(s, joined[0], joined[1]);
      if (candidate != null && OmissionFinder.informativeWords(candidate).size() >= PART_WORDS) {
        out.add(candidate);
        open = null;
      } else {
        open = joined;
      }
    }
    if (open != null) {
      if (out.isEmpty()) {
        return List.of(s);
      }
      // a short last piece stays with the part before it
      Sentence last = out.remove(out.size() - 1);
      int first = tokens.indexOf(last.tokens().get(0));
      out.add(part(s, first, open[1]));
    }
    return out.size() == 1 ? List.of(s) : out;
  }

  /**
   * Whether the comma at {@code comma} closes the item of a list, "advertisers, publishers, and creators": a comma
   * before it, since {@code from}, followed by {@value #LIST_ITEM} words at most.
   */
  private static boolean endsList(List<Token> tokens, int from, int comma) {
    int words = 0;
    for (int i = comma - 1; i >= from; i--) {
      if (tokens.get(i).norm().equals(",")) {
        return words <= LIST_ITEM;
      }
      words += tokens.get(i).isContent() ? 1 : 0;
    }
    return false;
  }

  /** The tokens {@code [from, to)} of {@code s} as a sentence of their own (trailing punctuation dropped). */
  private static Sentence part(Sentence s, int from, int to) {
    List<Token> tokens = s.tokens();
    while (to > from && !tokens.get(to - 1).isContent()) {
      to--;
    }
    while (from < to && !tokens.get(from).isContent() && !tokens.get(from).norm().equals("\"")) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    String text = s.text().substring(start - s.start(), end - s.start());
    return new Sentence(s.index(), text, start, end, s.role(), tokens.subList(from, to));
  }
}
