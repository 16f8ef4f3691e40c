package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tallies of votes a sentence reports ("passed 220-190", "the 220-to-190 vote", "voted 254 to 175"), which
 * {@link DiscrepancyFinder} compares as one figure each: the analyzer reads no counted thing for either side. Stateless.
 *
 * <table>
 *   <caption>What is a tally</caption>
 *   <tr><th>sentence</th><th>tally</th></tr>
 *   <tr><td>The council passed the budget by a vote of 220-190.</td><td>220-190</td></tr>
 *   <tr><td>The 220-to-190 party-line vote came late.</td><td>220-190</td></tr>
 *   <tr><td>Senators voted 54 to 35 on the bill.</td><td>54-35</td></tr>
 *   <tr><td>Lindby beat Norrby 65-53.</td><td>none (a score: no word of voting)</td></tr>
 *   <tr><td>The vote came late, after a 4-3 ruling.</td><td>none (the word of voting is in another clause)</td></tr>
 *   <tr><td>Children aged 12-15 may vote.</td><td>none (a range)</td></tr>
 * </table>
 */
final class VoteTallies {
  private VoteTallies() {}

  /**
   * One tally as written.
   *
   * @param sentence the sentence's index
   * @param start offset of its first figure in the article's text
   * @param end offset after its last figure
   * @param yes the first figure as written (the side that won, in news usage)
   * @param no the second figure
   */
  record Tally(int sentence, int start, int end, int yes, int no) {
    /** The tally as one value, "220-190", whatever its dash or "to". */
    String value() {
      return yes + "-" + no;
    }

    /** Whether two tallies may count one body's votes: their totals differ by no more than a tenth of the larger. */
    boolean sameBodyAs(Tally o) {
      int a = yes + no;
      int b = o.yes + o.no;
      return Math.abs(a - b) * 10 <= Math.max(a, b);
    }
  }

  /** Words of voting beside a tally: "a vote of 220-190", "voted 54 to 35", "a tally of 50-50". */
  private static final Set<String> VOTE_WORDS = Set.of("vote", "votes", "voted", "voting", "tally", "ballot",
      "passed", "approved", "confirmed", "rejected");
  /** Words before two figures joined by a dash that make them a range, not a tally: "aged 12-15 may vote". */
  private static final Set<String> RANGE_BEFORE = Set.of("aged", "age", "ages", "between", "from", "ranging");
  /** How many tokens before or after a tally its word of voting may stand, in its clause. */
  private static final int VOTE_REACH = 4;
  /** A tally in one token: "220-190", "220-to-190", "220–190". */
  private static final Pattern ONE_TOKEN = Pattern.compile("(\\d{1,3})(?:-to-|-|\u2013)(\\d{1,3})");
  /** One side of a tally written in its own token. */
  private static final Pattern SIDE = Pattern.compile("\\d{1,3}");

  /** The tallies of votes that sentence {@code si} of {@code a} reports, in text order. */
  static List<Tally> in(AnalyzedArticle a, int si) {
    List<Token> t = a.sentences().get(si).tokens();
    List<Tally> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      Token w = t.get(k);
      if (w.kind() != TokenKind.NUMBER || k > 0 && RANGE_BEFORE.contains(t.get(k - 1).norm())) {
        continue;
      }
      Matcher one = ONE_TOKEN.matcher(w.text());
      if (one.matches() && voteNear(t, k, k)) {
        out.add(new Tally(si, w.start(), w.end(), Integer.parseInt(one.group(1)), Integer.parseInt(one.group(2))));
      } else if (k + 2 < t.size() && SIDE.matcher(w.text()).matches() && t.get(k + 1).norm().equals("to")
          && t.get(k + 2).kind() == TokenKind.NUMBER && SIDE.matcher(t.get(k + 2).text()).matches()
          && voteNear(t, k, k + 2)) {
        out.add(new Tally(si, w.start(), t.get(k + 2).end(), Integer.parseInt(w.text()),
            Integer.parseInt(t.get(k + 2).text())));
        k += 2;
      }
    }
    return out;
  }

  /** Whether a word of voting stands within {@link #VOTE_REACH} tokens of tokens {@code first..last}, in its clause. */
  private static boolean voteNear(List<Token> t, int first, int last) {
    for (int k = first - 1; k >= 0 && k >= first - VOTE_REACH && !endsClause(t.get(k)); k--) {
      if (VOTE_WORDS.contains(t.get(k).norm())) {
        return true;
      }
    }
    for (int k = last + 1; k < t.size() && k <= last + VOTE_REACH && !endsClause(t.get(k)); k++) {
      if (VOTE_WORDS.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token ends a clause: a comma, semicolon, colon, bracket, dash or sentence end. */
  private static boolean endsClause(Token w) {
    return w.kind() == TokenKind.PUNCTUATION && !w.norm().equals("-") && !w.norm().equals("'s");
  }
}
