package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.TextSpan;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.Deadline;
import dev.parallax.internal.NumberScales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wording differences inside each passage.
 *
 * <p>The <b>reference</b> member of a passage is the one of the earliest published article; articles
 * without a date come after dated ones. Of several published the same day, it is the one whose words differ least
 * from all the members' (the version they share most), then the first in the articles' own order (by text, then
 * title, outlet and id: {@link dev.parallax.internal.ArticleOrder}), not the article given first, so that the same
 * articles given in another order get the same reference and the same edits. Every other member is
 * diffed against it with java-diff-utils (Myers) on token stems, and each delta is typed:
 *
 * <table>
 *   <caption>edit kinds, in the order they are tried</caption>
 *   <tr><th>delta</th><th>kind</th></tr>
 *   <tr><td>quotation marks put around (or taken from) one to three words</td><td>DISTANCING (scare quotes)</td></tr>
 *   <tr><td>two different verbs of saying, or a loaded one added or dropped</td><td>ATTRIBUTION</td></tr>
 *   <tr><td>a distancing word ({@code alleged}) added or dropped</td><td>DISTANCING</td></tr>
 *   <tr><td>a hedge or certainty marker added or dropped</td><td>HEDGE</td></tr>
 *   <tr><td>a loaded word or phrase added or dropped</td><td>LOADED</td></tr>
 *   <tr><td>a word swapped up (down) a scale ({@code serious} to {@code severe}), an intensifier added (dropped)</td><td>INTENSIFIER (SOFTENER)</td></tr>
 *   <tr><td>a number changed, added or dropped</td><td>NUMBER</td></tr>
 *   <tr><td>a weekday, month (also abbreviated in a date: "Jan. 6") or year changed, added or dropped</td><td>DATE</td></tr>
 *   <tr><td>a capitalised word inside a sentence (not a headline in title case) added, dropped or changed, that the
 *       other version does not write anywhere, in no form (a name written in both moved: no edit; "U.S." is the
 *       "United States", "Republicans" the "Republican", "Lind-Strand" "Lind and Strand", "American" the "U.S."); a
 *       title ("Mr", "Dr", "Gov"), a company's legal form ("Inc", "Co") or a single letter (an initial, a party tag's
 *       "D") is no name by itself</td><td>ENTITY</td></tr>
 *   <tr><td>one word for one word: listed synonyms, or spelling, transliteration or derivation variants
 *       ({@code Sergei}, {@code Sergey}; {@code nightmare}, {@code nightmarish})</td><td>SYNONYM</td></tr>
 *   <tr><td>four or more words on one side</td><td>CLAUSE (also reported next to the kinds above)</td></tr>
 *   <tr><td>anything else</td><td>OTHER</td></tr>
 * </table>
 *
 * <p>The score of a pair is one minus the Dice coefficient of their multisets of word stems: 0 for the
 * same words in any order, 1 when they share none, 0 when both are empty; symmetric. The passage score is
 * the mean over pairs of members (0 for a passage of one member). Stateless and thread-safe.
 *
 * <p>Limits that keep a hostile input near-linear, each marked {@link WordingDiff#coarse()} when it applies:
 * a member whose version and the reference's hold more than {@link #MAX_DIFF_TOKENS} comparable tokens
 * together is not diffed word by word (Myers costs their product when they differ throughout): what lies
 * between their common beginning and end is one change. A passage of more than
 * {@link #MAX_PAIRWISE_MEMBERS} members scores each member against the reference instead of every pair.
 */
final class WordingDiffer {
  static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");
  private static final int CLAUSE_WORDS = 4;
  /** Passages with more members than this report each member's difference from the reference, not every pair. */
  static final int MAX_PAIRWISE_MEMBERS = 32;
  /** Two versions longer than this together (comparable tokens) are diffed coarsely: common ends, one change between. */
  static final int MAX_DIFF_TOKENS = 600;

  /**
   * Words written in a name that name nobody by themselves: titles ({@link Lexicon#TITLES}: "Mr", "Dr", "Gov", "Sen"),
   * a company's legal form ("Inc", "Co", "Corp") and "Jr", "Sr".
   */
  private static final Set<String> NAME_PARTS = Stream.concat(Lexicon.TITLES.stream(),
      Stream.of("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr")).collect(Collectors.toUnmodifiableSet());

  private final Lexicon lex;

  WordingDiffer(Lexicon lex) {
    this.lex = lex;
  }

  List<WordingDiff> diff(Inputs in) {
    List<WordingDiff> out = new ArrayList<>();
    Comparator<String> chronological = in.inOwnOrder().chronological();
    for (Passage p : in.passages()) {
      WordingDiff w = diff(in, p, chronological);
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Of the members published on the earliest date ({@code first}'s; undated when none is dated), the one whose words
   * differ least from all the members' (the least sum of its pair differences): the version the others share most,
   * not an outlier of the same day ("eight" where the others say "seven"); ties go to the first by {@code
   * chronological}. {@code scores} holds every pair's difference.
   */
  private static PassageMember closestOfTheEarliest(Inputs in, List<PassageMember> members, PassageMember first,
      double[][] scores, Comparator<String> chronological) {
    LocalDate day = in.dates().get(first.article());
    PassageMember best = first;
    double least = Double.MAX_VALUE;
    for (int i = 0; i < members.size(); i++) {
      PassageMember m = members.get(i);
      if (!Objects.equals(in.dates().get(m.article()), day)) {
        continue;
      }
      double total = 0;
      for (int j = 0; j < members.size(); j++) {
        total += scores[i][j];
      }
      if (total < least - 1e-12 || Math.abs(total - least) <= 1e-12
          && chronological.compare(m.article(), best.article()) < 0) {
        best = m;
        least = total;
      }
    }
    return best;
  }

  /**
   * The wording difference of one passage, or null when none of its members is a main-event article. The reference is
   * of the members published first (undated ones after the dated), the one whose words differ least from the others'
   * ({@link #closestOfTheEarliest}; with more than {@value #MAX_PAIRWISE_MEMBERS} members, the first of them), ties
   * going to the article first in the articles' own order ({@link Inputs#inOwnOrder}), so that the reference does not
   * follow the order given.
   */
  private WordingDiff diff(Inputs in, Passage p, Comparator<String> chronological) {
    List<PassageMember> members = new ArrayList<>();
    for (PassageMember m : p.members()) {
      if (in.article(m.article()) != null) {
        members.add(m);
      }
    }
    if (members.isEmpty()) {
      return null;
    }
    PassageMember first = members.stream().min((a, b) -> chronological.compare(a.article(), b.article())).get();
    Map<String, List<Token>> tokens = new HashMap<>();
    for (PassageMember m : members) {
      tokens.put(m.article(), comparable(Inputs.tokens(in.article(m.article()), m.sentences())));
    }
    List<PairDifference> pairs = new ArrayList<>();
    double sum = 0;
    // every pair up to MAX_PAIRWISE_MEMBERS members; beyond, each member against the reference only, so a
    // passage that hundreds of outlets carry costs its members, not their square
    boolean allPairs = members.size() <= MAX_PAIRWISE_MEMBERS;
    // each member's words as a sorted multiset of ids, once, rather than counted again in every pair
    Map<String, Integer> ids = new HashMap<>();
    Map<String, int[]> stems = new HashMap<>();
    for (PassageMember m : members) {
      stems.put(m.article(), stemIds(tokens.get(m.article()), ids));
    }
    double[][] scores = new double[members.size()][members.size()];
    if (allPairs) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          scores[i][j] = score(stems.get(members.get(i).article()), stems.get(members.get(j).article()));
          scores[j][i] = scores[i][j];
        }
      }
    }
    PassageMember ref = allPairs ? closestOfTheEarliest(in, members, first, scores, chronological) : first;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (!allPairs && members.get(i) != ref && members.get(j) != ref) {
          continue;
        }
        String a = members.get(i).article();
        String b = members.get(j).article();
        double s = allPairs ? scores[i][j] : score(stems.get(a), stems.get(b));
        pairs.add(new PairDifference(a, b, s));
        sum += s;
      }
    }
    List<Edit> edits = new ArrayList<>();
    AnalyzedArticle refArticle = in.article(ref.article());
    boolean coarse = !allPairs;
    for (PassageMember m : members) {
      if (m != ref) {
        List<Token> mine = tokens.get(m.article());
        coarse |= tokens.get(ref.article()).size() + mine.size() > MAX_DIFF_TOKENS;
        edits.addAll(edits(refArticle, tokens.get(ref.article()), in.article(m.article()), mine));
      }
    }
    return new WordingDiff(p.id(), ref.article(), pairs.isEmpty() ? 0.0 : sum / pairs.size(), pairs, edits, coarse);
  }

  /**
   * Words, numbers and quotation marks: what the diff looks at. A figure with letters of scale against it is read as
   * it is written out in full ({@link NumberScales}): "194K" as 194,000 (one token), "$3.5bn" as $3.5 billion (the
   * letters as the word), so neither is a changed number.
   */
  static List<Token> comparable(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      long scale = t.kind() == TokenKind.NUMBER ? scaleLetters(tokens, i) : 0;
      if (scale > 0) {
        Token letters = tokens.get(++i);
        if (scale == 1_000L) {
          out.add(new Token(t.text() + letters.text(), t.norm() + letters.norm(),
              new java.math.BigDecimal(t.lemma()).scaleByPowerOfTen(3).stripTrailingZeros().toPlainString(), t.start(),
              letters.end(), TokenKind.NUMBER));
        } else {
          String word = NumberScales.wordOf(scale);
          out.add(t);
          out.add(new Token(letters.text(), letters.norm(), word, letters.start(), letters.end(), TokenKind.WORD));
        }
      } else if (t.isContent() || isQuoteMark(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * What letters of scale written against the figure at {@code i} multiply it by, as the analyzer reads them ("12K",
   * "$3.5bn"; not "4K9"), or 0.
   */
  private static long scaleLetters(List<Token> t, int i) {
    if (i + 1 >= t.size() || t.get(i + 1).kind() != TokenKind.WORD || t.get(i + 1).start() != t.get(i).end()
        || i + 2 < t.size() && t.get(i + 2).start() == t.get(i + 1).end() && t.get(i + 2).kind() == TokenKind.NUMBER
        || !t.get(i).lemma().matches("\\d+(\\.\\d+)?")) {
      return 0;
    }
    return NumberScales.suffix(t.get(i + 1).text(), i > 0 && NumberScales.currencySign(t.get(i - 1).text()));
  }

  static boolean isQuoteMark(Token t) {
    return t.kind() == TokenKind.PUNCTUATION && (t.norm().equals("\"") || t.norm().equals("'"));
  }

  /** The lemmas of the words and numbers among {@code tokens} as ids, sorted (a multiset). */
  private static int[] stemIds(List<Token> tokens, Map<String, Integer> ids) {
    int n = 0;
    int[] out = new int[tokens.size()];
    for (Token t : tokens) {
      if (t.isContent()) {
        out[n++] = ids.computeIfAbsent(t.lemma(), k -> ids.size());
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  /** {@link #score(List, List)} on sorted multisets of stem ids: the shared stems are their intersection. */
  private static double score(int[] a, int[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    if (a.length + b.length == 0) {
      return 0.0;
    }
    return 1.0 - 2.0 * shared / (a.length + b.length);
  }

  /** 1 - Dice of the multisets of word stems; 0 when both are empty. */
  static double score(List<Token> a, List<Token> b) {
    Map<String, Integer> ids = new HashMap<>();
    return score(stemIds(a, ids), stemIds(b, ids));
  }

  private List<Edit> edits(AnalyzedArticle refArticle, List<Token> ref, AnalyzedArticle other, List<Token> mine) {
    List<Edit> out = new ArrayList<>();
    List<Token> dropped = new ArrayList<>();
    List<Token> added = new ArrayList<>();
    int[] refMarks = marksBefore(ref);
    int[] myMarks = marksBefore(mine);
    Set<Token> ranks = Collections.newSetFromMap(new IdentityHashMap<>());
    ranks(refArticle, ref, ranks);
    ranks(other, mine, ranks);
    Written inRef = Written.of(refArticle, ref);
    Written inMine = Written.of(other, mine);
    NamesWritten refNames = new NamesWritten(ref);
    NamesWritten myNames = new NamesWritten(mine);
    for (int[] d : deltas(lemmas(ref), lemmas(mine))) {
      Deadline.check();
      int sp = d[0];
      int tp = d[2];
      List<Token> src = ref.subList(sp, sp + d[1]);
      List<Token> tgt = mine.subList(tp, tp + d[3]);
      type(other.id(), refArticle, ref, refMarks, sp, src, other, mine, myMarks, tp, tgt, ranks, inRef, inMine,
          refNames, myNames, out);
      dropped.addAll(words(src));
      added.addAll(words(tgt));
    }
    return pairAcrossDeltas(other.id(), refArticle, other, dropped, added, out);
  }

  /**
   * The deltas turning {@code a} into {@code b}, each {@code {sourcePosition, sourceSize, targetPosition,
   * targetSize}}: Myers' diff, or for versions longer than {@link #MAX_DIFF_TOKENS} together, their common
   * beginning and end kept and one change between.
   */
  private static List<int[]> deltas(List<String> a, List<String> b) {
    List<int[]> out = new ArrayList<>();
    if (a.size() + b.size() <= MAX_DIFF_TOKENS) {
      Patch<String> patch = DiffUtils.diff(a, b);
      for (AbstractDelta<String> d : patch.getDeltas()) {
        out.add(new int[] {d.getSource().getPosition(), d.getSource().size(), d.getTarget().getPosition(), d.getTarget().size()});
      }
      return out;
    }
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    if (head + tail < a.size() || head + tail < b.size()) {
      out.add(new int[] {head, a.size() - head - tail, head, b.size() - head - tail});
    }
    return out;
  }

  /** For each position, the number of quotation marks before it (one more entry than tokens). */
  private static int[] marksBefore(List<Token> tokens) {
    int[] marks = new int[tokens.size() + 1];
    for (int k = 0; k < tokens.size(); k++) {
      marks[k + 1] = marks[k] + (isQuoteMark(tokens.get(k)) ? 1 : 0);
    }
    return marks;
  }

  /**
   * When words moved, one change shows as a drop in one delta and an addition in another ("claimed" dropped
   * here, "asserted" added there). One-sided attribution, number and date edits are paired up in order, and
   * a dropped and an added word on one scale become one intensifier or softener.
   */
  private List<Edit> pairAcrossDeltas(String id, AnalyzedArticle ra, AnalyzedArticle oa, List<Token> dropped,
      List<Token> added, List<Edit> edits) {
    List<Edit> out = new ArrayList<>(edits);
    dropMoved(edits, out);
    for (EditKind kind : List.of(EditKind.ATTRIBUTION, EditKind.NUMBER, EditKind.DATE)) {
      while (true) {
        Edit from = null;
        Edit to = null;
        for (Edit e : out) {
          if (e.kind() == kind && !e.from().isEmpty() && e.to().isEmpty()) {
            to = firstAdded(out, e, ra, oa);
            if (to != null) {
              from = e;
              break;
            }
          }
        }
        if (from == null) {
          break;
        }
        int at = Math.min(out.indexOf(from), out.indexOf(to));
        out.remove(from);
        out.remove(to);
        out.add(at, new Edit(id, kind, from.from(), to.to(), from.fromSpans(), to.toSpans()));
      }
    }
    dropped.removeIf(x -> lex.scaleIds(x.lemma()).isEmpty());
    added.removeIf(x -> lex.scaleIds(x.lemma()).isEmpty());
    Set<Token> pairedAdded = new HashSet<>();
    for (Token a : dropped) {
      for (Token b : added) {
        int step = pairedAdded.contains(b) ? 0 : lex.scaleStep(a.lemma(), b.lemma());
        if (step == 0) {
          continue;
        }
        EditKind kind = step > 0 ? EditKind.INTENSIFIER : EditKind.SOFTENER;
        boolean known = out.stream().anyMatch(e -> e.kind() == kind && e.from().equals(a.text()) && e.to().equals(b.text()));
        if (!known) {
          out.removeIf(e -> (e.kind() == EditKind.INTENSIFIER || e.kind() == EditKind.SOFTENER)
              && (e.from().equals(a.text()) && e.to().isEmpty() || e.from().isEmpty() && e.to().equals(b.text())));
          out.add(edit(id, kind, ra, List.of(a), oa, List.of(b)));
        }
        pairedAdded.add(b);
        break;   // each dropped word pairs with at most one added word; go on with the next
      }
    }
    return out;
  }

  /**
   * The first one-sided added edit of {@code out} that the dropped edit {@code from} pairs with: of its kind, and for
   * a number of the same {@link Quantity} (a dropped share does not become an added count: "12% more" / "212,000");
   * null when there is none.
   */
  private static Edit firstAdded(List<Edit> out, Edit from, AnalyzedArticle ra, AnalyzedArticle oa) {
    for (Edit e : out) {
      if (e.kind() == from.kind() && e.from().isEmpty() && !e.to().isEmpty() && (from.kind() != EditKind.NUMBER
          || Quantity.of(ra.article().text(), from.fromSpans().get(0)) == Quantity.of(oa.article().text(),
              e.toSpans().get(0))
          && Stance.of(ra.article().text(), from.fromSpans().get(0)) == Stance.of(oa.article().text(),
              e.toSpans().get(0)))) {
        return e;
      }
    }
    return null;
  }

  /**
   * What a figure measures, read from the characters around it: a share ("12%", "12 percent"), a sum of money
   * ("$3.5", "€40"), a time of day ("2:30", "9 a.m.") or a count (anything else). A number changes only into
   * another of its kind.
   */
  private enum Quantity {
    PERCENT, MONEY, TIME, COUNT;

    /** A time of day written with a colon, "2:30", which the analyzer reads as two numbers. */
    private static final Pattern CLOCK = Pattern.compile("\\d:\\d");
    /** What follows an hour: "a.m.", "pm". */
    private static final Pattern HOUR_AFTER = Pattern.compile("(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");

    /** The tokens of {@code a} among {@code numbers} that measure this. */
    List<Token> of(AnalyzedArticle a, List<Token> numbers) {
      String text = a.article().text();
      return numbers.stream().filter(t -> of(text, new TextSpan(t.start(), t.end())) == this).toList();
    }

    /** What the figure at {@code span} of {@code text} measures. */
    static Quantity of(String text, TextSpan span) {
      String figure = text.substring(span.start(), span.end());
      String after = text.substring(span.end(), Math.min(text.length(), span.end() + 12))
          .toLowerCase(Locale.ROOT).stripLeading();
      String around = text.substring(Math.max(0, span.start() - 2), Math.min(text.length(), span.end() + 2));
      if (CLOCK.matcher(around).find() || HOUR_AFTER.matcher(after).lookingAt()) {   // "2:30": the 2 and the 30
        return TIME;
      }
      if (figure.endsWith("%") || after.startsWith("%") || after.startsWith("percent") || after.startsWith("per cent")) {
        return PERCENT;
      }
      char before = span.start() > 0 ? text.charAt(span.start() - 1) : ' ';
      return NumberScales.currencySign(String.valueOf(before)) ? MONEY : COUNT;
    }
  }

  /**
   * Where a figure stands towards a change, read from the words just before it: the level the change started from
   * ("from 17,000", "down from a revised 17,000", "from a peak of 88%"), the size of the change ("fell by 2,000"), or a
   * level (anything else, and a "from" or "by" with no word of change before it in its clause: "attacked by 3 men"). A number changes only into another of its stance: the size of a fall and the level it fell
   * from are two figures.
   */
  private enum Stance {
    FROM, BY, LEVEL;

    /** Words that may stand between "from" or "by" and its figure: "from a revised", "by nearly", "a peak of". */
    private static final Set<String> BETWEEN = Set.of("a", "an", "the", "revised", "initially", "reported", "peak",
        "high", "low", "record", "of", "nearly", "roughly", "about", "around", "almost", "just", "some", "over",
        "under", "more", "less", "than", "estimated");
    /** How many words back "from" or "by" is looked for. */
    private static final int WORDS_BACK = 4;
    /** Words of a change that "from" or "by" may follow: "fell by", "down from", "was cut from", "rose sharply by". */
    private static final Set<String> CHANGE_WORDS = Set.of("fell", "fall", "falls", "falling", "rose", "rise", "rises",
        "rising", "risen", "dropped", "drop", "drops", "declined", "decline", "declines", "increased", "increase",
        "increases", "decreased", "decrease", "decreases", "grew", "grow", "grows", "grown", "cut", "cuts", "climbed",
        "climb", "climbs", "jumped", "jump", "jumps", "slipped", "slip", "slips", "surged", "surge", "surges",
        "plunged", "plunge", "soared", "soar", "sank", "sink", "dipped", "dip", "shrank", "shrunk", "raised", "reduced",
        "lowered", "slashed", "boosted", "gained", "edged", "ticked", "down", "up", "higher", "lower", "revised",
        "changed", "moved", "went", "doubled", "tripled", "halved", "quadrupled", "doubling", "tripling", "halving",
        "shifted", "swung", "recovered", "rebounded", "tumbled", "slumped", "spiked", "eased", "narrowed", "widened");

    /** How far back, in characters, a word of change is looked for before "from" or "by". */
    private static final int CHANGE_REACH = 80;

    /**
     * Whether the "from" or "by" that starts at {@code k} of {@code text} follows a word of change in its clause
     * ("fell by", "is down from", "fell to 15,000 last week from"): the words back to the clause's last mark.
     */
    private static boolean afterChange(String text, int k) {
      int from = Math.max(0, k - CHANGE_REACH);
      for (int c = k - 1; c >= from; c--) {
        char ch = text.charAt(c);
        boolean mark = ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\n'
            || (ch == ',' || ch == '.') && c + 1 < text.length() && text.charAt(c + 1) == ' ';
        if (mark) {
          from = c + 1;
          break;
        }
      }
      for (String word : text.substring(from, k).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (CHANGE_WORDS.contains(word)) {
          return true;
        }
      }
      return false;
    }

    /** The tokens of {@code a} among {@code numbers} of this stance. */
    List<Token> of(AnalyzedArticle a, List<Token> numbers) {
      String text = a.article().text();
      return numbers.stream().filter(t -> of(text, new TextSpan(t.start(), t.end())) == this).toList();
    }

    /** The stance of the figure at {@code span} of {@code text}. */
    static Stance of(String text, TextSpan span) {
      int k = span.start();
      while (k > 0 && NumberScales.currencySign(String.valueOf(text.charAt(k - 1)))) {
        k--;   // "from $3.04"
      }
      for (int w = 0; w < WORDS_BACK; w++) {
        while (k > 0 && text.charAt(k - 1) == ' ') {
          k--;
        }
        int end = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
          k--;
        }
        String word = text.substring(k, end).toLowerCase(Locale.ROOT);
        if (word.equals("from") || word.equals("by")) {
          if (!afterChange(text, k)) {
            return LEVEL;   // "attacked by 3 men", "runners from 12 countries": no change, a level
          }
          return word.equals("from") ? FROM : BY;
        }
        if (word.isEmpty() || !BETWEEN.contains(word)) {
          return LEVEL;   // a punctuation mark, a figure or another word ends the phrase
        }
      }
      return LEVEL;
    }
  }

  /**
   * Removes from {@code out} the words that moved, they did not change: a number, date, verb of saying, hedge,
   * distancing or loaded word dropped in one place and written in another ("at 17 percent" earlier, "has 17 percent"
   * later; "Jane Doe warned on Wednesday" at the end, then at the start; "most likely" before the verb, then at the
   * end) is neither a dropped nor an added edit.
   */
  private static void dropMoved(List<Edit> edits, List<Edit> out) {
    for (Edit from : edits) {
      if (MOVABLE.contains(from.kind()) && !from.from().isEmpty() && from.to().isEmpty() && out.contains(from)) {
        for (Edit to : out) {
          if (to.kind() == from.kind() && to.from().isEmpty() && sameWords(from.kind(), from.from(), to.to())) {
            out.remove(from);
            out.remove(to);
            break;
          }
        }
      }
    }
  }

  /** The kinds of one-sided edits whose words, dropped in one delta and added in another, moved. */
  private static final Set<EditKind> MOVABLE = Set.of(EditKind.NUMBER, EditKind.DATE, EditKind.ATTRIBUTION,
      EditKind.HEDGE, EditKind.DISTANCING, EditKind.LOADED);

  /** Whether a dropped and an added edit of one kind write the same words: figures alike, other words in any case. */
  private static boolean sameWords(EditKind kind, String dropped, String added) {
    return kind == EditKind.NUMBER ? sameFigures(dropped, added) : dropped.equalsIgnoreCase(added);
  }

  /** Whether two edits' texts write the same figures ("12,000" and "12000"; runs joined alike). */
  private static boolean sameFigures(String a, String b) {
    return a.replace(",", "").equals(b.replace(",", ""));
  }

  private static List<String> lemmas(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(isQuoteMark(t) ? "\"" : t.lemma());
    }
    return out;
  }

  private void type(String id, AnalyzedArticle refArticle, List<Token> ref, int[] refMarks, int sp, List<Token> src,
      AnalyzedArticle other, List<Token> mine, int[] myMarks, int tp, List<Token> tgt, Set<Token> ranks,
      Written inRef, Written inMine, NamesWritten refNames, NamesWritten myNames, List<Edit> out) {
    List<Token> s = words(src);
    List<Token> t = words(tgt);
    if (s.isEmpty() && t.isEmpty()) {
      // only quotation marks changed: scare quotes when they open a short quoted run
      List<TextSpan> added = scareQuoted(mine, myMarks[tp], tp, tgt);
      List<TextSpan> dropped = scareQuoted(ref, refMarks[sp], sp, src);
      if (!added.isEmpty() || !dropped.isEmpty()) {
        out.add(new Edit(id, EditKind.DISTANCING, text(refArticle, dropped), text(other, added), dropped, added));
      }
      return;
    }
    if (inMine.writesAll(refArticle, s) && inRef.writesAll(other, t)) {
      return;   // dates and figures the other version writes too, maybe in another form ("Jan." / "January"): they moved
    }
    List<Edit> found = new ArrayList<>();
    attribution(id, refArticle, s, other, t, found);
    oneSided(id, WordList.DISTANCING, EditKind.DISTANCING, refArticle, s, other, t, found);
    oneSided(id, WordList.HEDGE, EditKind.HEDGE, refArticle, s, other, t, found);
    oneSided(id, WordList.CERTAINTY, EditKind.HEDGE, refArticle, s, other, t, found);
    oneSided(id, WordList.LOADED, EditKind.LOADED, refArticle, s, other, t, found);
    strength(id, refArticle, s, other, t, found);
    List<Token> ns = inMine.notFigures(numbers(s, ranks, false));
    List<Token> nt = inRef.notFigures(numbers(t, ranks, false));
    for (Quantity q : Quantity.values()) {   // a share that became a count is two edits, not one changed number
      for (Stance stance : Stance.values()) {   // so is the size of a fall that became the level it fell from
        List<Token> qs = stance.of(refArticle, q.of(refArticle, ns));
        List<Token> qt = stance.of(other, q.of(other, nt));
        if ((!qs.isEmpty() || !qt.isEmpty()) && !lemmas(qs).stream().sorted().toList().equals(
            lemmas(qt).stream().sorted().toList())) {   // the same figures in another order moved, they did not change
          found.add(edit(id, EditKind.NUMBER, refArticle, qs, other, qt));
        }
      }
    }
    // an ordinal or a day of a month counts nothing ("July 4th", "the 6th round", "Oct. 5"): a number change only
    // against another such
    List<Token> os = inMine.notFigures(numbers(s, ranks, true));
    List<Token> ot = inRef.notFigures(numbers(t, ranks, true));
    if (!os.isEmpty() && !ot.isEmpty()) {
      found.add(edit(id, EditKind.NUMBER, refArticle, os, other, ot));
    }
    List<Token> ds = inMine.notDates(dates(refArticle, s));
    List<Token> dt = inRef.notDates(dates(other, t));
    if (!ds.isEmpty() || !dt.isEmpty()) {
      found.add(edit(id, EditKind.DATE, refArticle, ds, other, dt));
    }
    List<Token> namesDropped = entities(refArticle, s);
    List<Token> namesAdded = entities(other, t);
    String refText = refArticle.article().text();
    String otherText = other.article().text();
    List<Token> es = notWrittenIn(namesDropped, nameAfter(s, ref, sp + src.size()), refText, myNames);
    List<Token> et = notWrittenIn(namesAdded, nameAfter(t, mine, tp + tgt.size()), otherText, refNames);
    if (found.isEmpty() && es.isEmpty() && et.isEmpty() && movedNames(s, refText, myNames)
        && movedNames(t, otherText, refNames)) {
      return;   // names that the other version writes elsewhere, with a function word or two ("in Lindby"): they moved
    }
    boolean spelling = s.size() == 1 && t.size() == 1 && variants(s.get(0).lemma(), t.get(0).lemma());
    if ((!es.isEmpty() || !et.isEmpty()) && !spelling) {
      found.add(edit(id, EditKind.ENTITY, refArticle, es, other, et));
    }
    if (found.isEmpty() && spelling) {
      found.add(edit(id, EditKind.SYNONYM, refArticle, s, other, t));
    }
    boolean clause = Math.max(s.size(), t.size()) >= CLAUSE_WORDS;
    if (clause) {
      found.add(edit(id, EditKind.CLAUSE, refArticle, s, other, t));
    } else if (found.isEmpty()) {
      found.add(edit(id, EditKind.OTHER, refArticle, s, other, t));
    }
    out.addAll(found);
  }

  private void attribution(String id, AnalyzedArticle ra, List<Token> s, AnalyzedArticle oa, List<Token> t, List<Edit> out) {
    List<Token> vs = hits(s, WordList.NEUTRAL_ATTRIBUTION, WordList.LOADED_ATTRIBUTION);
    List<Token> vt = hits(t, WordList.NEUTRAL_ATTRIBUTION, WordList.LOADED_ATTRIBUTION);
    // "alleged" before a noun distances, it does not attribute
    vs.removeAll(hits(s, WordList.DISTANCING));
    vt.removeAll(hits(t, WordList.DISTANCING));
    vs.removeIf(x -> inSentence(ra, x, WordSense::notSaying));
    vt.removeIf(x -> inSentence(oa, x, WordSense::notSaying));
    boolean loaded = vs.stream().anyMatch(x -> lex.match(WordList.LOADED_ATTRIBUTION, List.of(x), 0) > 0)
        || vt.stream().anyMatch(x -> lex.match(WordList.LOADED_ATTRIBUTION, List.of(x), 0) > 0);
    if ((!vs.isEmpty() && !vt.isEmpty()) || loaded && (!vs.isEmpty() || !vt.isEmpty())) {
      out.add(edit(id, EditKind.ATTRIBUTION, ra, vs, oa, vt));
    }
  }

  /** Whether {@code test} holds of the token at its place in its sentence ({@link WordSense}). */
  private static boolean inSentence(AnalyzedArticle a, Token t, java.util.function.BiPredicate<List<Token>, Integer> test) {
    dev.parallax.analyze.Sentence s = Inputs.sentenceAt(a, t.start());
    if (s == null) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == t.start()) {
        return test.test(tokens, k);
      }
    }
    return false;
  }

  private void oneSided(String id, WordList list, EditKind kind, AnalyzedArticle ra, List<Token> s, AnalyzedArticle oa,
      List<Token> t, List<Edit> out) {
    List<Token> hs = hits(s, list);
    List<Token> ht = hits(t, list);
    if (list == WordList.HEDGE) {
      hs.removeIf(x -> inSentence(ra, x, WordSense::notHedge));
      ht.removeIf(x -> inSentence(oa, x, WordSense::notHedge));
    }
    if (!hs.isEmpty() || !ht.isEmpty()) {
      out.add(edit(id, kind, ra, hs, oa, ht));
    }
  }

  private void strength(String id, AnalyzedArticle ra, List<Token> s, AnalyzedArticle oa, List<Token> t, List<Edit> out) {
    Set<Token> paired = new HashSet<>();
    // only words on a scale can pair (scaleStep is 0 for any other), so the product stays small
    List<Token> scaledT = t.stream().filter(x -> !lex.scaleIds(x.lemma()).isEmpty()).toList();
    for (Token a : s) {
      if (scaledT.isEmpty() || lex.scaleIds(a.lemma()).isEmpty()) {
        continue;
      }
      for (Token b : scaledT) {
        int step = paired.contains(b) ? 0 : lex.scaleStep(a.lemma(), b.lemma());
        if (step != 0) {
          out.add(edit(id, step > 0 ? EditKind.INTENSIFIER : EditKind.SOFTENER, ra, List.of(a), oa, List.of(b)));
          paired.add(b);
          break;
        }
      }
    }
    if (!paired.isEmpty()) {
      return;
    }
    List<Token> is = hits(s, WordList.INTENSIFIER);
    List<Token> it = hits(t, WordList.INTENSIFIER);
    if (!it.isEmpty() && is.isEmpty()) {
      out.add(edit(id, EditKind.INTENSIFIER, ra, is, oa, it));
    } else if (!is.isEmpty() && it.isEmpty()) {
      out.add(edit(id, EditKind.SOFTENER, ra, is, oa, it));
    }
  }

  /** Whether two stems are one word in other forms: listed synonyms, spelling variants, derivations. */
  boolean variants(String a, String b) {
    if (lex.synonyms(a, b)) {
      return true;
    }
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    int shorter = Math.min(a.length(), b.length());
    if (p >= 5 && p >= shorter - 1) {
      return true;
    }
    return shorter >= 5 && org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b) <= 2;
  }

  private List<Token> hits(List<Token> tokens, WordList... lists) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!lex.mayMatch(tokens.get(i))) {
        continue;
      }
      for (WordList l : lists) {
        int n = lex.match(l, tokens, i);
        if (n > 0) {
          out.addAll(tokens.subList(i, i + n));
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  private static List<Token> words(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isContent()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The numbers among {@code tokens} that are no year: those of {@code ranks} or the others (counts). */
  private static List<Token> numbers(List<Token> tokens, Set<Token> ranks, boolean ofRanks) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == TokenKind.NUMBER && !isYear(t) && ranks.contains(t) == ofRanks) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Adds to {@code out} the numbers of a version ({@code tokens}, its comparable tokens) that count nothing: an
   * ordinal ("4th", "21st") and a day of a month, a number of one or two digits next to a capitalised month's name,
   * only spaces or a period between ("Oct. 5", "January 6", "5 October"; not "March's 6%"). The analyzer reads such
   * a day as part of a date.
   */
  private static void ranks(AnalyzedArticle a, List<Token> tokens, Set<Token> out) {
    String text = a.article().text();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() == TokenKind.NUMBER && !isYear(t) && (isOrdinal(text, t) || isDay(t)
          && (k > 0 && isMonth(tokens.get(k - 1)) && spaced(text, tokens.get(k - 1).end(), t.start())
          || k + 1 < tokens.size() && isMonth(tokens.get(k + 1)) && spaced(text, t.end(), tokens.get(k + 1).start()))
          && !(t.end() < text.length() && text.charAt(t.end()) == '%'))) {
        out.add(t);
      }
    }
  }

  /** Whether only spaces and an abbreviation's period stand between two offsets ("Oct. 5"; not "March's 6%"). */
  private static boolean spaced(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return from < to;
  }

  /** Months' names (with "May") and their abbreviations, as the analyzer reads a date ("Oct. 5", "Sept. 11"). */
  private static final Set<String> MONTH_NAMES = Stream.concat(MONTHS.stream(), Stream.of("may", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")).collect(Collectors.toUnmodifiableSet());

  /** A month's name or abbreviation, capitalised ("May", not the modal "may"). */
  private static boolean isMonth(Token t) {
    return t.kind() == TokenKind.WORD && t.isCapitalized() && MONTH_NAMES.contains(t.norm());
  }

  /** A day of a month as written: one or two digits, 1 to 31. */
  private static boolean isDay(Token t) {
    String x = t.text();
    if (x.isEmpty() || x.length() > 2 || !x.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int d = Integer.parseInt(x);
    return d >= 1 && d <= 31;
  }

  /** The suffixes of an ordinal written in digits. */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Whether a number is written as an ordinal, its suffix against it and ending the word: "4th", "21st", "2ND". */
  private static boolean isOrdinal(String text, Token t) {
    int end = t.end() + 2;
    return end <= text.length()
        && ORDINAL_SUFFIXES.contains(text.substring(t.end(), end).toLowerCase(Locale.ROOT))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static boolean isYear(Token t) {
    return t.kind() == TokenKind.NUMBER && t.lemma().length() == 4 && (t.lemma().startsWith("19") || t.lemma().startsWith("20"))
        && Character.isDigit(t.text().charAt(t.text().length() - 1)) // not "2K"
        && t.text().indexOf(',') < 0;   // "2,000" is a count, never a year
  }

  private static List<Token> dates(AnalyzedArticle a, List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (WEEKDAYS.contains(t.norm()) || MONTHS.contains(t.norm()) || isYear(t) || monthAbbreviation(a, t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The figures and date words that one version of a passage writes, anywhere in it. A figure or date word that one
   * side of a change writes and the other version writes elsewhere was neither dropped nor added: it stands once
   * more in one version (a headline and its lead both give "12 workers", another outlet's lead once), or it moved.
   *
   * @param figures the figures, without thousands separators ("12000" for "12,000")
   * @param dates the weekdays, months and years, lower case
   */
  private record Written(Set<String> figures, Set<String> dates) {
    /** A figure inside a number's text (thousands separators taken out): digits, maybe with a decimal point. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    /**
     * Figures from two to twenty and the tens as news style writes them in words ("five states", "a six-week ban");
     * "one" is left out, mostly a pronoun ("one of the").
     */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"),
        Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
        Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
        Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
        Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
        Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
        Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
        Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"));

    /** The units a tens word takes in a compound: "twenty-five". */
    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
        "six", 6, "seven", 7, "eight", 8, "nine", 9);
    /** Second parts that make a number word a fraction: "two-thirds", "three-quarters", "one-half". */
    private static final Pattern FRACTION = Pattern.compile("(?:half|halves|thirds?|quarters?|\\p{L}+ths?)");

    /**
     * The figure a word writes in words: a number word ("five"), a tens word and its units ("twenty-five" is 25,
     * never 20), or a number word before a unit ("six-week", "five-year"); none for a fraction ("two-thirds").
     */
    static Optional<String> inWords(String norm) {
      String[] parts = norm.split("-");
      String first = NUMBER_WORDS.get(parts[0]);
      if (first == null || parts.length > 2) {
        return Optional.empty();
      }
      if (parts.length == 1) {
        return Optional.of(first);
      }
      Integer units = UNITS.get(parts[1]);
      if (units != null) {
        int tens = Integer.parseInt(first);
        return tens >= 20 && tens % 10 == 0 ? Optional.of(Integer.toString(tens + units)) : Optional.empty();
      }
      return FRACTION.matcher(parts[1]).matches() || NUMBER_WORDS.containsKey(parts[1]) ? Optional.empty()
          : Optional.of(first);
    }

    static Written of(AnalyzedArticle a, List<Token> version) {
      Set<String> figures = new HashSet<>();
      for (Token t : version) {
        if (t.kind() == TokenKind.NUMBER) {
          figures.addAll(figures(t));
        } else {
          inWords(t.norm()).ifPresent(figures::add); // "five" writes 5, "six-week" 6, "twenty-five" 25
        }
      }
      Set<String> dates = new HashSet<>();
      WordingDiffer.dates(a, version).forEach(t -> dates.add(dateWord(t)));
      return new Written(figures, dates);
    }

    /** Whether {@code tokens} (of {@code a}) are all figures and date words that this version writes. */
    boolean writesAll(AnalyzedArticle a, List<Token> tokens) {
      Set<Token> dateTokens = Collections.newSetFromMap(new IdentityHashMap<>());
      dateTokens.addAll(WordingDiffer.dates(a, tokens));
      return tokens.stream().allMatch(t -> dateTokens.contains(t) ? dates.contains(dateWord(t))
          : t.kind() == TokenKind.NUMBER && writes(t));
    }

    /** The numbers among {@code tokens} that this version does not write. */
    List<Token> notFigures(List<Token> tokens) {
      return tokens.stream().filter(t -> !writes(t)).toList();
    }

    /** Whether this version writes every figure of number {@code t}, in whatever form ("7 to 2" writes "7-2"). */
    private boolean writes(Token t) {
      return figures.containsAll(figures(t));
    }

    /**
     * The figures number {@code t} writes, without thousands separators: itself ("12000" for "12,000", "15k"), or
     * each figure of a tally, a range or a compound joined by hyphens ("7-2" and "7-to-2" write 7 and 2, "38-year-old"
     * writes 38); a bound stays whole ("90-plus" is more than 90).
     */
    private static List<String> figures(Token t) {
      String figure = figure(t);
      if (figure.indexOf('-') < 0 || figure.toLowerCase(Locale.ROOT).endsWith("plus")) {
        return List.of(figure);
      }
      List<String> parts = new ArrayList<>();
      Matcher m = FIGURE.matcher(figure);
      while (m.find()) {
        parts.add(m.group());
      }
      return parts.isEmpty() ? List.of(figure) : parts;
    }

    /** The date words among {@code tokens} that this version does not write. */
    List<Token> notDates(List<Token> tokens) {
      return tokens.stream().filter(t -> !dates.contains(dateWord(t))).toList();
    }

    private static String figure(Token t) {
      return t.lemma().replace(",", "");
    }
  }

  /**
   * A date word as {@link Written} compares it: lower case, a month's abbreviation as the month's name ("Jan." and
   * "January" are one month).
   */
  private static String dateWord(Token t) {
    return MonthNames.OF_ABBREVIATION.getOrDefault(t.norm(), t.norm());
  }

  /** The abbreviations of months' names (without "May", a name too), as dates write them: "Jan. 6", "Sept 11". */
  private static final Set<String> MONTH_ABBREVIATIONS = MonthNames.OF_ABBREVIATION.keySet();

  /**
   * Whether the token is a month's abbreviation in a date: capitalised, and followed by its period or by a day
   * ("Jan. 6", "Nov 3"); not "Jan Lind".
   */
  private static boolean monthAbbreviation(AnalyzedArticle a, Token t) {
    if (t.kind() != TokenKind.WORD || !t.isCapitalized() || !MONTH_ABBREVIATIONS.contains(t.norm())) {
      return false;
    }
    String text = a.article().text();
    int at = t.end();
    if (at < text.length() && text.charAt(at) == '.') {
      return true;
    }
    while (at < text.length() && Character.isSpaceChar(text.charAt(at))) {
      at++;
    }
    return at > t.end() && at < text.length() && Character.isDigit(text.charAt(at));
  }

  /**
   * The names among {@code names} that {@code other}'s version does not write anywhere (in any case): a name both
   * versions write moved or stands once more in one of them ("Jane Doe met Karl Lind" / "Karl Lind met Jane
   * Doe"); it was neither dropped nor added. A name of several words, with function words between them and no
   * punctuation ("Secretary of State Jane Doe", "Mr Lind"), whose last word the other version writes is the one it
   * names ("Doe"): all of it goes, leaving no fragment ("State Jane") behind. A name the other version writes in
   * another form is written too: in the plural or singular, as the words of a hyphenated name, or as the abbreviation
   * of its initials ("United States" and "U.S.", either way round), or as the same country's name or adjective
   * ("American", "U.S."; not its capital).
   */
  private List<Token> notWrittenIn(List<Token> names, List<Token> chunk, String text, NamesWritten other) {
    if (names.isEmpty()) {
      return names;
    }
    other.read();
    List<Token> otherVersion = other.version;
    Set<String> written = other.written;
    Set<String> abbreviations = other.abbreviations;
    Set<String> lone = other.lone;
    Set<String> initials = other.initials;
    Set<String> countries = other.countries;
    Set<Token> isName = Collections.newSetFromMap(new IdentityHashMap<>());
    isName.addAll(names);
    for (int i = chunk.size() - 1; i >= 0 && !names.contains(chunk.get(i)) && chunk.get(i).isCapitalized(); i--) {
      isName.add(chunk.get(i)); // the rest of a name after the changed words (nameAfter): read, never reported
    }
    Set<Token> named = Collections.newSetFromMap(new IdentityHashMap<>()); // in a run whose head is written
    List<Token> run = new ArrayList<>();
    int gap = 0; // function words since the run's last name
    for (int i = 0; i <= chunk.size(); i++) {
      Token t = i < chunk.size() ? chunk.get(i) : null;
      // punctuation between two words ends a name ("Sweden, Mr Lind")
      boolean separated = t == null || i > 0 && (chunk.get(i - 1).end() > t.start()
          || !text.substring(chunk.get(i - 1).end(), t.start()).isBlank());
      if (separated || !isName.contains(t) && !(t.kind() == TokenKind.WORD && QuoteMatcher.STOP.contains(t.norm())
          && !run.isEmpty() && gap < 2)) {
        if (!run.isEmpty() && (namesTheSame(run, otherVersion) || abbreviations.contains(initialsOf(run)))) {
          named.addAll(run);   // "United States" where the other version writes "U.S."
        }
        run.clear();
        gap = 0;
      }
      if (t == null) {
        break;
      }
      if (isName.contains(t)) {
        run.add(t);
        gap = 0;
      } else if (!run.isEmpty()) {
        gap++; // "Secretary of State", "Organization for Security and Cooperation in Europe"
      }
    }
    Set<Token> loneHere = Collections.newSetFromMap(new IdentityHashMap<>());
    loneHere.addAll(loneNames(chunk));
    Map<Token, String> countriesHere = countryWords(chunk);
    List<Token> out = new ArrayList<>(names.size());
    for (Token t : names) {
      if (!written.contains(t.norm()) && !named.contains(t) && !initials.contains(abbreviation(t))
          && !writtenAs(t, written) && !(loneHere.contains(t) && writtenInNumber(t.norm(), lone))
          && !(countriesHere.containsKey(t) && countries.contains(countriesHere.get(t)))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * What {@link #notWrittenIn} reads of one version of a pair: the words it writes, the abbreviations, initials and
   * names standing alone among them, and the countries it names. Read on the first call that has names to look for,
   * then kept for the pair's other changes; one per version and pair, not thread-safe.
   */
  private static final class NamesWritten {
    private final List<Token> version;
    private Set<String> written;
    private Set<String> abbreviations;
    private Set<String> lone;
    private Set<String> initials;
    private Set<String> countries;

    NamesWritten(List<Token> version) {
      this.version = version;
    }

    void read() {
      if (written != null) {
        return;
      }
      written = new HashSet<>();
      abbreviations = new HashSet<>();
      for (Token t : version) {
        if (t.kind() == TokenKind.WORD) {
          written.add(t.norm());
          if (t.isCapitalized()) {
            written.addAll(hyphenParts(t.norm()));   // "Pfizer-BioNTech" writes "BioNTech"
          }
          String letters = abbreviation(t);
          if (letters != null) {
            abbreviations.add(letters);
          }
        }
      }
      lone = new HashSet<>();
      loneNames(version).forEach(t -> lone.add(t.norm()));
      initials = initials(version);
      countries = Set.copyOf(countryWords(version).values());
    }
  }

  /** The longest run of capitalised words that {@code demonyms.txt} knows as a country's name or adjective. */
  private static final int COUNTRY_WORDS = 3;

  /**
   * The words of {@code tokens} that name a country by its name or adjective, to the country's key in {@code
   * demonyms.txt}: a whole run of capitalised words, a leading "The" aside ("American", "U.S." and "the United States"
   * all name "us"), never part of a longer name ("Central America", "American Airlines") and never a capital (a city,
   * more than its country).
   */
  private static Map<Token, String> countryWords(List<Token> tokens) {
    Map<Token, String> out = new IdentityHashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalisedWord(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < tokens.size() && capitalisedWord(tokens.get(end))) {
        end++;
      }
      int start = i;
      while (start < end - 1 && QuoteMatcher.STOP.contains(tokens.get(start).norm())) {
        start++;
      }
      String key = end - start <= COUNTRY_WORDS ? Lexicon.COUNTRIES.get(joinedNorms(tokens.subList(start, end))) : null;
      if (key != null) {
        tokens.subList(start, end).forEach(t -> out.put(t, key));
      }
      i = end;
    }
    return out;
  }

  private static boolean capitalisedWord(Token t) {
    return t.kind() == TokenKind.WORD && t.isCapitalized();
  }

  /** The norms of {@code run}, joined by spaces ("united states"). */
  private static String joinedNorms(List<Token> run) {
    StringBuilder out = new StringBuilder();
    for (Token t : run) {
      out.append(out.isEmpty() ? "" : " ").append(t.norm());
    }
    return out.toString();
  }

  /**
   * Whether every word of the hyphenated name {@code t} is written ("Lind-Strand" as "Lind and Strand"; "Covid-19" as
   * "Covid", the figure aside).
   */
  private static boolean writtenAs(Token t, Set<String> written) {
    List<String> parts = hyphenParts(t.norm());
    return !parts.isEmpty() && written.containsAll(parts);
  }

  /**
   * Whether a name standing alone is among {@code lone}, the other version's names standing alone, in the other number:
   * "Republicans" for "Republican" and the reverse; not "States" for "State" (a word of "United States").
   */
  private static boolean writtenInNumber(String norm, Set<String> lone) {
    return lone.contains(norm + "s") || norm.length() > 3 && norm.endsWith("s")
        && lone.contains(norm.substring(0, norm.length() - 1));
  }

  /** The capitalised words of {@code tokens} with no capitalised word next to them. */
  private static List<Token> loneNames(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.WORD && t.isCapitalized() && (i == 0 || !tokens.get(i - 1).isCapitalized())
          && (i + 1 == tokens.size() || !tokens.get(i + 1).isCapitalized())) {
        out.add(t);
      }
    }
    return out;
  }

  /** The words of two letters or more of a hyphenated word ("lind-strand": lind, strand; "covid-19": covid), or none. */
  private static List<String> hyphenParts(String norm) {
    if (norm.indexOf('-') < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : norm.split("-")) {
      if (part.length() >= 2 && part.chars().allMatch(Character::isLetter)) {
        out.add(part);
      }
    }
    return out;
  }

  /**
   * The letters of an abbreviation written in capitals, full stops aside ("U.S." US, "LHA"), two to six of them; null
   * for any other word.
   */
  private static String abbreviation(Token t) {
    String letters = t.text().replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        ? letters : null;
  }

  /** The capitalised initials of a run of names ("United States": US). */
  private static String initialsOf(List<Token> run) {
    StringBuilder b = new StringBuilder();
    for (Token t : run) {
      b.append(Character.toUpperCase(t.text().charAt(0)));
    }
    return b.toString();
  }

  /** Longest run of capitalised words whose initials spell an abbreviation ({@link #initials}). */
  private static final int MAX_ABBREVIATED_WORDS = 6;

  /**
   * The initials of every run of two to {@link #MAX_ABBREVIATED_WORDS} capitalised words in {@code version}, function
   * words between them skipped: "Lindby Health Agency" gives LH and LHA (and HA), "Food and Drug Administration" FD,
   * FDA and DA.
   */
  private static Set<String> initials(List<Token> version) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < version.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int k = i; k < version.size() && b.length() < MAX_ABBREVIATED_WORDS; k++) {
        Token t = version.get(k);
        if (t.kind() != TokenKind.WORD) {
          break;
        }
        if (!t.isCapitalized()) {
          if (b.length() == 0 || !QuoteMatcher.STOP.contains(t.norm())) {
            break;
          }
          continue;
        }
        b.append(Character.toUpperCase(t.text().charAt(0)));
        if (b.length() >= 2) {
          out.add(b.toString());
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code otherVersion} writes the last word of the name {@code run} with no capitalised word before it that
   * the run lacks, titles, offices ({@code offices.txt}) and initials aside: "Doe", "Jane Doe", "Ms. Doe" or "President
   * Doe" for "Secretary of State Jane Doe", not "Eva Lind" for "Jan Lind".
   */
  private boolean namesTheSame(List<Token> run, List<Token> otherVersion) {
    String head = run.get(run.size() - 1).norm();
    Set<String> words = new HashSet<>();
    run.forEach(t -> words.add(t.norm()));
    for (int i = 0; i < otherVersion.size(); i++) {
      if (!otherVersion.get(i).norm().equals(head)) {
        continue;
      }
      boolean same = true;
      for (int k = i - 1; k >= 0 && otherVersion.get(k).kind() == TokenKind.WORD && otherVersion.get(k).isCapitalized()
          && otherVersion.get(k).end() < otherVersion.get(k + 1).start(); k--) {
        // "Ms. Doe" and "President Doe" are Jane Doe: a title or an office before the head is no part of the name
        same &= words.contains(otherVersion.get(k).norm()) || namePart(otherVersion.get(k))
            || lex.isOfficeWord(otherVersion.get(k).norm());
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code words} followed by the capitalised words of {@code version} from index {@code after} on: the rest of a name
   * the changed words cut ("Secretary of State Jane" before an unchanged "Doe"), whose last word says whom it names.
   */
  private static List<Token> nameAfter(List<Token> words, List<Token> version, int after) {
    int end = after;
    while (end < version.size() && version.get(end).kind() == TokenKind.WORD && version.get(end).isCapitalized()) {
      end++;
    }
    if (end == after || words.isEmpty()) {
      return words;
    }
    List<Token> out = new ArrayList<>(words);
    out.addAll(version.subList(after, end));
    return out;
  }

  /**
   * Whether {@code words} are names that {@code otherVersion} writes too, with function words at most ("in Lindby",
   * "Jane Doe"): words that moved. Empty words, or function words alone, are no moved names.
   */
  private boolean movedNames(List<Token> words, String text, NamesWritten otherVersion) {
    List<Token> capitalised = new ArrayList<>();
    for (Token w : words) {
      if (QuoteMatcher.STOP.contains(w.norm())) {
        continue;
      }
      if (!w.isCapitalized()) {
        return false;
      }
      capitalised.add(w);
    }
    return words.isEmpty() || !capitalised.isEmpty() && notWrittenIn(capitalised, words, text, otherVersion).isEmpty();
  }

  /** Capitalised words that do not open a sentence and are not weekdays, months, titles or initials. */
  private static List<Token> entities(AnalyzedArticle a, List<Token> chunk) {
    List<Token> out = new ArrayList<>();
    Map<dev.parallax.analyze.Sentence, Integer> opening = new IdentityHashMap<>();
    for (Token t : chunk) {
      if (t.kind() == TokenKind.WORD && t.isCapitalized() && !WEEKDAYS.contains(t.norm()) && !MONTHS.contains(t.norm())
          && !monthAbbreviation(a, t) && !QuoteMatcher.STOP.contains(t.norm()) && !namePart(t)
          && !opensSentence(a, t, opening)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether a capitalised word names nobody by itself: a title or legal form ({@link #NAME_PARTS}) or a single letter
   * (the initial of "Donald J. Trump", a party tag's "D", the "B" of "$30B").
   */
  private static boolean namePart(Token t) {
    return t.text().length() == 1 || NAME_PARTS.contains(t.norm());
  }

  /**
   * Whether the token opens its sentence, or stands in a title-case line.
   * {@code opening} remembers per sentence the start of its first content word ({@code -1} for a title-case
   * line), so a long sentence is read once however many capitalised words it holds.
   */
  private static boolean opensSentence(AnalyzedArticle a, Token t, Map<dev.parallax.analyze.Sentence, Integer> opening) {
    dev.parallax.analyze.Sentence s = Inputs.sentenceAt(a, t.start());
    if (s == null) {
      return true;
    }
    int first = opening.computeIfAbsent(s, WordingDiffer::firstContentStart);
    return first == -1 || first == t.start() || first == -2;
  }

  /**
   * Whether a sentence is a headline in title case: every word of four letters or more but function words is
   * capitalised, and there are at least three of them ("Senate Passes Bill to Fund the Lindby Tunnel").
   */
  private static boolean titleCaseHeadline(dev.parallax.analyze.Sentence s) {
    if (s.role() != dev.parallax.analyze.SentenceRole.HEADLINE) {
      return false;
    }
    int words = 0;
    for (Token x : s.tokens()) {
      if (x.kind() == TokenKind.WORD && x.text().length() >= 4 && !QuoteMatcher.STOP.contains(x.norm())) {
        if (!x.isCapitalized()) {
          return false;
        }
        words++;
      }
    }
    return words >= 3;
  }

  /**
   * The start of the sentence's first content word; -1 for a title-case line (nearly every word capitalised, or a
   * headline in title case); -2 when it has none.
   */
  private static int firstContentStart(dev.parallax.analyze.Sentence s) {
    if (titleCaseHeadline(s)) {
      return -1;
    }
    int words = 0;
    int capitalised = 0;
    for (Token x : s.tokens()) {
      if (x.kind() == TokenKind.WORD) {
        words++;
        capitalised += x.isCapitalized() ? 1 : 0;
      }
    }
    if (words >= 5 && capitalised * 10 >= words * 8) {
      return -1;
    }
    for (Token x : s.tokens()) {
      if (x.isContent()) {
        return x.start();
      }
    }
    return -2;
  }


  /** The quoted run "…" that a quotation mark of {@code chunk} opens, when it is one to three words; else none. */
  private static List<TextSpan> scareQuoted(List<Token> all, int marksBefore, int from, List<Token> chunk) {
    if (chunk.isEmpty()) {
      return List.of();
    }
    int marks = marksBefore;
    for (int k = from; k < from + chunk.size(); k++) {
      if (marks % 2 == 0) {
        int words = 0;
        int end = k + 1;
        while (end < all.size() && !isQuoteMark(all.get(end))) {
          words++;
          end++;
        }
        if (end < all.size() && words >= 1 && words <= 3) {
          return List.of(new TextSpan(all.get(k).start(), all.get(end).end()));
        }
      }
      marks++;
    }
    return List.of();
  }

  private static Edit edit(String id, EditKind kind, AnalyzedArticle ra, List<Token> s, AnalyzedArticle oa, List<Token> t) {
    List<TextSpan> from = spans(s, ra.article().text());
    List<TextSpan> to = spans(t, oa.article().text());
    return new Edit(id, kind, text(ra, from), text(oa, to), from, to);
  }

  /**
   * The runs of the tokens in the article's text: tokens that follow each other with at most four characters
   * between them stand in one run when those characters are only spaces and joining marks (a hyphen, a comma,
   * a quotation mark): a word between them ("Russia or Ukraine", where only the names changed) or the end of
   * a sentence starts a new run.
   */
  static List<TextSpan> spans(List<Token> tokens, String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Token t : tokens) {
      if (start >= 0 && t.start() >= end && t.start() - end <= 4 && joins(text, end, t.start())) {
        end = t.end();
        continue;
      }
      if (start >= 0) {
        out.add(new TextSpan(start, end));
      }
      start = t.start();
      end = t.end();
    }
    if (start >= 0) {
      out.add(new TextSpan(start, end));
    }
    return out;
  }

  /** Whether the characters between two tokens may stand inside one run: no letter, digit or sentence end. */
  private static boolean joins(String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '!' || c == '?' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The article's text of each run, joined with " … "; empty for no runs. */
  static String text(AnalyzedArticle a, List<TextSpan> runs) {
    String text = a.article().text();
    StringBuilder sb = new StringBuilder();
    for (TextSpan r : runs) {
      if (sb.length() > 0) {
        sb.append(" \u2026 ");
      }
      sb.append(text, r.start(), r.end());
    }
    return sb.toString();
  }
}
