package dev.parallax.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whom the "he" or "she" that opens a sentence as its subject means, read as a "he said" is read: the nearest
 * sentence before it, within {@value #REACH}, whose subject or reporter is a person the pronoun may be ("Jane Doe
 * won the vote on Monday. She thanked her staff": Jane Doe), or whom that sentence's own opening pronoun meant.
 *
 * <p>Stateless; thread-safe.
 */
final class PronounSubjects {
  /** How many sentences back the person a pronoun means is looked for. */
  private static final int REACH = 4;

  private PronounSubjects() {}

  /** Per sentence index whose subject is an opening "he" or "she", the full name it means; absent when none found. */
  static Map<Integer, String> of(List<Sentence> sentences) {
    Map<Integer, String> out = new HashMap<>();
    People people = null; // built once, for the first pronoun
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      People.Gender sex = s.role() == SentenceRole.HEADLINE ? null : Subjects.openingPronoun(s);
      if (sex == null) {
        continue;
      }
      if (people == null) {
        people = People.of(sentences, SpeakerLexicon.standard());
      }
      for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
        Sentence before = sentences.get(j);
        if (before.role() == SentenceRole.HEADLINE) {
          continue;
        }
        People p = people;
        Optional<String> named = Optional.ofNullable(out.get(j)).or(() -> Subjects.reporter(before, p))
            .or(() -> Subjects.subject(before, p, p.lowerCase()));
        if (named.isPresent() && named.get().indexOf(' ') > 0 && people.sex(named.get()) == sex) {
          out.put(k, named.get());
          break;
        }
      }
    }
    return out;
  }
}
