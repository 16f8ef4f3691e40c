package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.internal.NumberScales;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a discrepancy grouped by what they state, so that a report lists agreeing outlets together and
 * sets them against the others rather than against each other. A value states what the analyzer read in its
 * characters (the figures, dates or names it found there, {@link Mention#value()}); a value in which it found none
 * (a discrepancy built by hand) states its figures in digits, or else its words. Stateless.
 *
 * <table>
 *   <caption>What two values state alike</caption>
 *   <tr><th>kind</th><th>values</th><th>one reading?</th></tr>
 *   <tr><td>number</td><td>"12,000 residents" / "more than 12,000 Lindby residents"</td><td>yes: the same figure</td></tr>
 *   <tr><td>number</td><td>"three undersea cables" / "three Internet cables"</td><td>yes</td></tr>
 *   <tr><td>number</td><td>"$3.6 billion" / "$3.6bn"</td><td>yes</td></tr>
 *   <tr><td>number</td><td>"12,000 residents" / "14,000 residents"</td><td>no</td></tr>
 *   <tr><td>date</td><td>"Thursday" / "thursday"</td><td>yes</td></tr>
 *   <tr><td>name</td><td>"Sam Ortega" / "Ortega's"</td><td>no: the words differ</td></tr>
 * </table>
 */
final class Readings {
  private Readings() {}

  /** The kinds of mention that state a value of each kind of discrepancy. */
  private static final Map<DiscrepancyKind, Set<MentionKind>> KINDS = Map.of(
      DiscrepancyKind.NUMBER, Set.of(MentionKind.NUMBER),
      DiscrepancyKind.DATE, Set.of(MentionKind.DATE, MentionKind.WEEKDAY),
      DiscrepancyKind.NAME, Set.of(MentionKind.NAME));

  /** A figure in digits, with the letters written against it ("3.6bn") and the word after it ("3.6 billion"). */
  private static final Pattern FIGURE = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)([A-Za-z]*)(?:\\s+([A-Za-z]+))?");

  /**
   * The values of {@code d} in groups that state the same, as the articles of {@code c} read them: groups in the
   * order of their first value, values in the discrepancy's order (articles in member order).
   */
  static List<List<Discrepancy.Value>> of(Discrepancy d, Comparison c) {
    Map<String, List<Discrepancy.Value>> groups = new LinkedHashMap<>();
    for (Discrepancy.Value v : d.values()) {
      String read = c.article(v.article()).map(a -> analyzed(d.kind(), v, a)).orElse("");
      String key = read.isEmpty() ? reading(d.kind(), v.value()) : read;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    return List.copyOf(groups.values());
  }

  /** The values the analyzer read in {@code v}'s characters, of the discrepancy's kind; "" when it read none. */
  private static String analyzed(DiscrepancyKind kind, Discrepancy.Value v, AnalyzedArticle a) {
    List<String> read = new ArrayList<>();
    for (Mention m : a.mentions()) {
      if (m.start() >= v.start() && m.end() <= v.end() && KINDS.get(kind).contains(m.kind())) {
        read.add(m.value());
      }
    }
    return String.join(" ", read);
  }

  /**
   * Writes the values of {@code d} (of {@code c}) to {@code sb} group by group, {@code versus} between groups: in a
   * group, each article ({@code outlet}) with its values ({@code value}), articles joined by "and"; one value for all
   * when they write it alike in one passage ({@code Lindby Courier and Kesra Post "Thursday"}). A group of one
   * article's alone that follows another of the same article's continues its list after a comma ({@code a "12,000
   * residents", "15,000 residents" vs b "14,000 residents"}).
   */
  static void write(Discrepancy d, Comparison c, StringBuilder sb, Function<String, String> outlet,
      Function<Discrepancy.Value, String> value, String versus) {
    String previousAlone = null;
    boolean first = true;
    for (List<Discrepancy.Value> g : of(d, c)) {
      Map<String, List<Discrepancy.Value>> byArticle = new LinkedHashMap<>();
      g.forEach(v -> byArticle.computeIfAbsent(v.article(), k -> new ArrayList<>()).add(v));
      String alone = byArticle.size() == 1 ? g.get(0).article() : null;
      if (!first && alone != null && alone.equals(previousAlone)) {
        g.forEach(v -> sb.append(", ").append(value.apply(v)));
        continue;
      }
      sb.append(first ? "" : versus);
      first = false;
      previousAlone = alone;
      // written once only when written alike in one passage: a value found in another passage says where it stands
      boolean alike = byArticle.size() > 1 && g.stream().allMatch(v -> v.value().equals(g.get(0).value())
          && v.passage().equals(g.get(0).passage()));
      int i = 0;
      for (Map.Entry<String, List<Discrepancy.Value>> e : byArticle.entrySet()) {
        sb.append(i == 0 ? "" : i == byArticle.size() - 1 ? " and " : ", ").append(outlet.apply(e.getKey()));
        if (!alike) {
          sb.append(' ');
          for (int j = 0; j < e.getValue().size(); j++) {
            sb.append(j == 0 ? "" : ", ").append(value.apply(e.getValue().get(j)));
          }
        }
        i++;
      }
      if (alike) {
        sb.append(' ').append(value.apply(g.get(0)));
      }
    }
  }

  /**
   * What a value states by its characters alone, to compare with another of the same discrepancy: a number's figures
   * in digits, scaled ("12000" of "more than 12,000 residents"); otherwise, and for a number written in words, its words
   * in lower case.
   */
  static String reading(DiscrepancyKind kind, String value) {
    if (kind == DiscrepancyKind.NUMBER) {
      List<String> figures = new ArrayList<>();
      Matcher m = FIGURE.matcher(value);
      while (m.find()) {
        BigDecimal figure = new BigDecimal(m.group(1).replace(",", ""));
        boolean money = m.start() > 0 && NumberScales.currencySign(value.substring(m.start() - 1, m.start()));
        long scale = NumberScales.suffix(m.group(2), money);
        if (scale == 0 && m.group(3) != null) {
          scale = NumberScales.word(m.group(3).toLowerCase(Locale.ROOT));
        }
        if (scale > 0) {
          figure = figure.multiply(BigDecimal.valueOf(scale));
        }
        figures.add(figure.stripTrailingZeros().toPlainString());
      }
      if (!figures.isEmpty()) {
        return String.join(" ", figures);
      }
    }
    return String.join(" ", value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
  }
}
