package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence's main clause: its words before a trailing clause that adds context to the fact ("…fell below 300
 * <em>, sparking hopes that…</em>", "…resigned <em>amid a row over…</em>"), so that a long sentence carrying a fact
 * and its context compares fairly with another outlet's sentence of the fact alone. A trailing clause opens at "amid",
 * a dash, a semicolon, or a comma followed by "as" or a lower-case word in -ing; the main clause needs at least
 * {@value #MIN_WORDS} words before it.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>sentence</th><th>main clause</th></tr>
 *   <tr><td>Cases fell below 300 in Lindby on Monday, sparking hopes that the schools reopen.</td>
 *       <td>Cases fell below 300 in Lindby on Monday</td></tr>
 *   <tr><td>Jane Doe resigned as mayor on Friday amid a row over the harbour tunnel budget.</td>
 *       <td>Jane Doe resigned as mayor on Friday</td></tr>
 *   <tr><td>Karl Lind won 52% of the vote in Lindby — the best result of his party in decades.</td>
 *       <td>Karl Lind won 52% of the vote in Lindby</td></tr>
 *   <tr><td>LINDBY — Jane Doe resigned on Friday after a row over the budget.</td>
 *       <td>none (too short before the dash)</td></tr>
 *   <tr><td>Jane Doe resigned, saying she needed more time for her family.</td><td>none (too short before the comma)</td></tr>
 *   <tr><td>Jane Doe resigned.</td><td>none (nothing trails)</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class MainClauses {
  /** A main clause has at least this many words. */
  static final int MIN_WORDS = 6;
  /** Words that open a trailing clause after a comma (a participle in -ing opens one too). */
  private static final Set<String> AFTER_COMMA = Set.of("as", "amid");
  /** Words that open a trailing clause anywhere. */
  private static final Set<String> ANYWHERE = Set.of("amid", "amidst");
  /** Punctuation that ends a clause. */
  private static final Set<String> BREAKS = Set.of(";", "\u2014", "\u2013", "--");

  private MainClauses() {}

  /**
   * The sentence's main clause as a sentence of its own (same index, start and role), or empty when nothing trails
   * it or fewer than {@value #MIN_WORDS} words come before what trails.
   */
  static Optional<Sentence> of(Sentence s) {
    List<Token> t = s.tokens();
    int words = 0;
    for (int i = 0; i + 1 < t.size(); i++) {
      if (words >= MIN_WORDS && opensTrailingClause(t, i)) {
        return Optional.of(clause(s, t, i));
      }
      words += t.get(i).isContent() ? 1 : 0;
    }
    return Optional.empty();
  }

  /** The sentence's tokens before token {@code cut}, as a sentence. */
  private static Sentence clause(Sentence s, List<Token> t, int cut) {
    int end = t.get(cut).start();
    int length = Math.min(s.text().length(), Math.max(0, end - s.start()));
    return new Sentence(s.index(), s.text().substring(0, length).strip(), s.start(), end, s.role(), t.subList(0, cut));
  }

  /** Whether token {@code i} (not the last) opens a trailing clause: "amid", a dash, a semicolon, ", as", ", -ing". */
  private static boolean opensTrailingClause(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.kind() == TokenKind.WORD) {
      return ANYWHERE.contains(tok.norm().toLowerCase(Locale.ROOT));
    }
    if (BREAKS.contains(tok.text())) {
      return true;
    }
    if (!tok.text().equals(",")) {
      return false;
    }
    Token next = t.get(i + 1);
    String word = next.norm().toLowerCase(Locale.ROOT);
    return next.kind() == TokenKind.WORD && !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0))
        && (AFTER_COMMA.contains(word) || word.length() > 5 && word.endsWith("ing"));
  }
}
