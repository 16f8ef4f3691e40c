package dev.parallax.compare;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds facts that the members of one passage state differently.
 *
 * <table>
 *   <caption>what conflicts, and what does not</caption>
 *   <tr><th>members state</th><th>result</th></tr>
 *   <tr><td>90,000 troops / more than 94,000 soldiers (units of one group in {@code units.txt})</td><td>NUMBER</td></tr>
 *   <tr><td>90,000 troops / 13,000 people (other units)</td><td>nothing: not the same quantity</td></tr>
 *   <tr><td>90,000 troops / no number</td><td>nothing: only one member states it</td></tr>
 *   <tr><td>90,000 troops / 90,000 and 13,000 troops</td><td>nothing: one shared value is agreement</td></tr>
 *   <tr><td>90,000 / 90,000 / 94,000 troops</td><td>NUMBER, listing all three</td></tr>
 *   <tr><td>on Thursday / on Friday, each member naming one weekday</td><td>DATE</td></tr>
 *   <tr><td>December 2 / December 3; 2014 / 2015 (dates of the same precision)</td><td>DATE</td></tr>
 *   <tr><td>John Smith / James Smith (same surname, given names more than a transliteration apart)</td><td>NAME</td></tr>
 *   <tr><td>Sergei Lavrov / Sergey Lavrov</td><td>nothing: a transliteration</td></tr>
 * </table>
 *
 * <p>Numbers without a counted thing are never compared. Stateless and thread-safe.
 */
final class DiscrepancyFinder {
  private final Lexicon lex;

  DiscrepancyFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Discrepancy> find(Inputs in) {
    List<Discrepancy> out = new ArrayList<>();
    for (Passage p : in.passages()) {
      List<PassageMember> members = new ArrayList<>();
      for (PassageMember m : p.members()) {
        if (in.article(m.article()) != null) {
          members.add(m);
        }
      }
      if (members.size() < 2) {
        continue;
      }
      numbers(in, p, members, out);
      weekdays(in, p, members, out);
      dates(in, p, members, out);
      names(in, p, members, out);
    }
    return out;
  }

  private static List<Mention> mentions(Inputs in, PassageMember m, MentionKind kind) {
    AnalyzedArticle a = in.article(m.article());
    Set<Integer> sentences = new HashSet<>(m.sentences());
    List<Mention> out = new ArrayList<>();
    for (Mention x : a.mentions()) {
      if (x.kind() == kind && sentences.contains(x.sentence())) {
        out.add(x);
      }
    }
    return out;
  }

  private void numbers(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, Map<String, List<Mention>>> byUnit = new LinkedHashMap<>();
    for (PassageMember m : members) {
      for (Mention x : mentions(in, m, MentionKind.NUMBER)) {
        if (!x.unit().isEmpty()) {
          byUnit.computeIfAbsent(lex.unit(x.unit()), k -> new LinkedHashMap<>())
              .computeIfAbsent(m.article(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    for (Map<String, List<Mention>> perArticle : byUnit.values()) {
      conflict(in, p, DiscrepancyKind.NUMBER, perArticle, true, out);
    }
  }

  private void weekdays(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, List<Mention>> perArticle = new LinkedHashMap<>();
    for (PassageMember m : members) {
      List<Mention> days = mentions(in, m, MentionKind.WEEKDAY);
      Set<String> distinct = new HashSet<>();
      days.forEach(d -> distinct.add(d.value()));
      if (distinct.size() == 1) {
        perArticle.put(m.article(), days.subList(0, 1));
      }
    }
    conflict(in, p, DiscrepancyKind.DATE, perArticle, false, out);
  }

  private void dates(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<Integer, Map<String, List<Mention>>> byPrecision = new LinkedHashMap<>();
    for (PassageMember m : members) {
      for (Mention x : mentions(in, m, MentionKind.DATE)) {
        byPrecision.computeIfAbsent(x.value().length(), k -> new LinkedHashMap<>())
            .computeIfAbsent(m.article(), k -> new ArrayList<>()).add(x);
      }
    }
    for (Map<String, List<Mention>> perArticle : byPrecision.values()) {
      conflict(in, p, DiscrepancyKind.DATE, perArticle, false, out);
    }
  }

  private void names(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, Map<String, List<Mention>>> bySurname = new LinkedHashMap<>();
    for (PassageMember m : members) {
      for (Mention x : mentions(in, m, MentionKind.NAME)) {
        if (x.value().indexOf(' ') > 0 && x.value().split(" ").length == 2) {
          bySurname.computeIfAbsent(Speakers.surname(x.value()), k -> new LinkedHashMap<>())
              .computeIfAbsent(m.article(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    for (Map<String, List<Mention>> perArticle : bySurname.values()) {
      if (perArticle.size() < 2) {
        continue;
      }
      boolean agree = false;
      List<List<Mention>> lists = new ArrayList<>(perArticle.values());
      for (int i = 0; i < lists.size() && !agree; i++) {
        for (int j = i + 1; j < lists.size() && !agree; j++) {
          for (Mention a : lists.get(i)) {
            for (Mention b : lists.get(j)) {
              agree |= Speakers.samePerson(a.value(), b.value());
            }
          }
        }
      }
      if (!agree) {
        out.add(discrepancy(in, p, DiscrepancyKind.NAME, perArticle, false));
      }
    }
  }

  /** Adds a discrepancy when two articles state values of which they share none. */
  private void conflict(Inputs in, Passage p, DiscrepancyKind kind, Map<String, List<Mention>> perArticle,
      boolean withUnit, List<Discrepancy> out) {
    if (perArticle.size() < 2) {
      return;
    }
    List<Set<String>> values = new ArrayList<>();
    for (List<Mention> ms : perArticle.values()) {
      Set<String> v = new HashSet<>();
      ms.forEach(x -> v.add(x.value()));
      values.add(v);
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        Set<String> shared = new HashSet<>(values.get(i));
        shared.retainAll(values.get(j));
        if (shared.isEmpty()) {
          out.add(discrepancy(in, p, kind, perArticle, withUnit));
          return;
        }
      }
    }
  }

  /**
   * The discrepancy with each member's values in member order: every distinct value an article states, in
   * text order, each where it first appears.
   */
  private static Discrepancy discrepancy(Inputs in, Passage p, DiscrepancyKind kind, Map<String, List<Mention>> perArticle,
      boolean withUnit) {
    List<Discrepancy.Value> values = new ArrayList<>();
    for (PassageMember m : p.members()) {
      List<Mention> ms = perArticle.get(m.article());
      if (ms == null) {
        continue;
      }
      AnalyzedArticle a = in.article(m.article());
      List<Mention> sorted = new ArrayList<>(ms);
      sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      Set<String> seen = new HashSet<>();
      for (Mention x : sorted) {
        if (seen.add(x.value())) {
          int end = withUnit ? unitEnd(a, x) : x.end();
          values.add(new Discrepancy.Value(m.article(), a.article().text().substring(x.start(), end), x.sentence(),
              x.start(), end));
        }
      }
    }
    return new Discrepancy(kind, p.id(), values);
  }

  /** Where the number as written ends with its counted thing: after "troops" in "90,000 Russian troops". */
  private static int unitEnd(AnalyzedArticle a, Mention x) {
    Sentence s = a.sentences().get(x.sentence());
    for (Token t : s.tokens()) {
      if (t.start() >= x.end() && t.lemma().equals(x.unit())) {
        return t.end();
      }
    }
    return x.end();
  }
}
