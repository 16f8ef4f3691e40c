package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.WordingDiff;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence that stands for a passage where a summary shows one: of the reference member's sentences in it (the
 * version {@code wording.reference} names, which the edits are measured against: the earliest published, not the
 * member given first, so the line does not change with the order of the files), the one that shares the most words
 * with the other members' sentences there, so that the line printed under "carried by" is what they carry. An outlet may spread a fact over two sentences, or the aligner may join a neighbour: in "Fire chief
 * Tom Reyes said crews fought the flames for six hours. “We do not know what caused the fire,” he said." beside two
 * outlets' "Reyes said the cause of the fire was not known", the quote stands for the passage, not the six hours.
 * Stateless.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>passage</th><th>sentence</th></tr>
 *   <tr><td>one member, or one sentence of the reference member</td><td>its first sentence</td></tr>
 *   <tr><td>two sentences of the reference member sharing as many words with the others</td><td>the earlier</td></tr>
 *   <tr><td>a passage the comparison has no wording for (built without it)</td><td>from the first member</td></tr>
 *   <tr><td>an article the comparison does not hold, or a sentence index past its end</td><td>none</td></tr>
 * </table>
 */
final class PassageFace {
  private PassageFace() {}

  /** The sentence that stands for {@code p} (see the class comment). */
  static Optional<Sentence> of(Comparison c, Passage p) {
    PassageMember first = member(c, p);
    Optional<AnalyzedArticle> article = c.article(first.article());
    if (article.isEmpty() || first.sentences().stream().anyMatch(i -> i >= article.get().sentences().size())) {
      return Optional.empty();
    }
    List<Sentence> own = first.sentences().stream().map(article.get().sentences()::get).toList();
    if (own.size() == 1 || p.members().size() == 1) {
      return Optional.of(own.get(0));
    }
    Set<String> theirs = new HashSet<>();
    for (PassageMember m : p.members()) {
      if (m == first) {
        continue;
      }
      c.article(m.article()).ifPresent(a -> m.sentences().stream().filter(i -> i < a.sentences().size())
          .forEach(i -> theirs.addAll(EventName.terms(a.sentences().get(i).text()))));
    }
    Sentence best = own.get(0);
    long most = -1;
    for (Sentence s : own) {
      long shared = EventName.terms(s.text()).stream().filter(theirs::contains).count();
      if (shared > most) {
        best = s;
        most = shared;
      }
    }
    return Optional.of(best);
  }

  /** The member whose sentence stands for {@code p}: the reference of its wording, else its first member. */
  static PassageMember member(Comparison c, Passage p) {
    String reference = c.wordingOf(p).map(WordingDiff::reference).orElse("");
    return p.members().stream().filter(m -> m.article().equals(reference)).findFirst().orElse(p.members().get(0));
  }
}
