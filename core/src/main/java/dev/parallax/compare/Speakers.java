package dev.parallax.compare;

import dev.parallax.internal.Generations;
import dev.parallax.internal.GivenNames;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves the names outlets give one person to one name: "Lavrov", "Sergei Lavrov" and "Sergey Lavrov"
 * become the full form most outlets use.
 *
 * <p>Two names are the same person when their last words (surnames) are equal after folding case and
 * accents, or differ by one letter when both have six or more (Zelensky, Zelenskyy), and their given names
 * are equal, one is missing, one adds a middle name (Donald John Trump, also after a short form: Ben Lindqvist is
 * Benjamin Todd Lindqvist), or they differ by at most two letters
 * (transliterations: Sergei, Sergey); initials are left out, and a generation must agree (Donald Trump Jr. is
 * not Donald Trump). A bare surname is resolved only when exactly one person can have it, and no article that gives
 * it bare named that person in full before it (there the bare surname is someone else). The canonical form
 * is the full name used by the most articles; ties go to the fullest (more words: "Ann B. Lind" over "Ann Lind", then
 * more characters), then to the first in alphabetical order, so that it does not depend on the order of the articles.
 * A name whose first word is a title no lexicon lists ("Engineer Dana Holt") is the person another speaker names
 * without it ("Dana Holt"), when that word is no given name, stands in no other speaker's name and follows no
 * capitalised word in the articles' texts. Built per comparison; immutable once built.
 */
final class Speakers {
  private static final int TRANSLITERATION_EDITS = 2;
  private static final int LONG_SURNAME = 6;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");

  private final Map<String, String> canonical;

  private Speakers(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  /**
   * Builds the resolution from names in order of appearance, with no texts to tell a title from a given name.
   *
   * @param names each article's names, articles in input order
   */
  static Speakers of(List<List<String>> names) {
    return of(names, List.of());
  }

  /**
   * Builds the resolution from names in order of appearance.
   *
   * @param names each article's names, articles in input order
   * @param texts the articles' texts, where a word written after a capitalised word ("Mayor Daniella Levine Cava")
   *     shows it is a name's, not a title before the name
   */
  static Speakers of(List<List<String>> names, List<String> texts) {
    Map<String, Integer> support = new LinkedHashMap<>();
    for (List<String> article : names) {
      for (String n : new LinkedHashSet<>(article)) {
        support.merge(n, 1, Integer::sum);
      }
    }
    // each form in the order of a rule, not of the articles: most articles first, then the fullest, then the first
    // in alphabetical order; a person's forms gather around the first of them, which is therefore its canonical form
    List<String> forms = new ArrayList<>(support.keySet());
    forms.sort(Comparator.comparing((String f) -> -support.get(f)).thenComparing(Speakers::fuller)
        .thenComparing(Comparator.naturalOrder()));
    List<List<String>> clusters = new ArrayList<>();
    for (String f : forms) {
      if (given(f).isEmpty()) {
        continue;
      }
      List<String> home = null;
      for (List<String> c : clusters) {
        if (samePerson(c.get(0), f)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(f);
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    for (List<String> c : clusters) {
      for (String f : c) {
        canonical.put(f, c.get(0));
      }
    }
    // a leading word that is no given name is a title the lexicon lacks: "Engineer Dana Holt" is "Dana Holt"
    for (String f : forms) {
      String named = withoutLeadingTitle(f, support.keySet(), texts);
      if (named != null) {
        String from = canonical.get(f);
        String to = canonical.get(named);
        canonical.replaceAll((k, v) -> v.equals(from) ? to : v);
      }
    }
    // a bare surname goes to the only person it can be, unless an article that gives it named someone of that surname
    // in full before: the analyzer, which reads a surname as the person named before, left it bare there because it
    // is someone else ("Eva Lind said" … "Mr. Lind wrote")
    for (String f : forms) {
      if (!given(f).isEmpty() || names.stream().anyMatch(a -> namedInFullBefore(a, f))) {
        continue;
      }
      List<String> candidates = new ArrayList<>();
      for (List<String> c : clusters) {
        if (samePerson(c.get(0), f)) {
          candidates.add(canonical.get(c.get(0)));
        }
      }
      if (candidates.size() == 1) {
        canonical.put(f, candidates.get(0));
      }
    }
    return new Speakers(canonical);
  }

  /**
   * The name {@code name} gives after its first word when that word is a title no lexicon lists: another speaker of
   * the comparison, {@code names}, has given name and surname equal to the rest ("Engineer Dana Holt", "Nurse Dana
   * Holt" and "Dana Holt"), the word is capitalised, no listed given name ({@link GivenNames}, {@code
   * given-name-genders.txt}: "Mary Jane Holt" is not "Jane Holt"), stands in no other speaker's name, and no text
   * writes it right after another capitalised word, as a name's inner word stands ("Mayor Daniella Levine Cava": a
   * given name the lists lack, with "Levine Cava" the surname another outlet gives). Null otherwise.
   */
  private static String withoutLeadingTitle(String name, Collection<String> names, List<String> texts) {
    String[] words = name.strip().split(" +");
    if (words.length < 3 || !Character.isUpperCase(words[0].codePointAt(0))
        || !words[0].chars().allMatch(Character::isLetter) || isGivenName(words[0])) {
      return null;
    }
    String rest = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
    String title = fold(words[0]);
    String found = null;
    for (String other : names) {
      if (other.equals(name)) {
        continue;
      }
      if ((" " + fold(other) + " ").contains(" " + title + " ")) {
        return null; // the word is a name's: someone else bears it
      }
      if (fold(other).equals(fold(rest))) {
        found = other;
      }
    }
    if (found == null) {
      return null;
    }
    for (String text : texts) {
      if (afterCapitalisedWord(text, words[0])) {
        return null; // "Mayor Daniella Levine Cava": the word stands inside a name
      }
    }
    return found;
  }

  /**
   * Whether {@code text} writes {@code word}, with no letter after it, right after a space (or no-break space) that
   * follows a capitalised word: a run of letters, periods, apostrophes and hyphens with an upper-case letter in it.
   * A plain search, where a pattern compiled on each call cost every comparison's speakers a compilation.
   */
  static boolean afterCapitalisedWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = at < text.length() ? text.indexOf(word, at + 1) : -1) {
      int end = at + word.length();
      if (at < 2 || (end < text.length() && Character.isLetter(text.codePointAt(end)))
          || (text.charAt(at - 1) != ' ' && text.charAt(at - 1) != '\u00A0')) {
        continue;
      }
      for (int i = at - 1; i > 0; ) {
        int c = text.codePointBefore(i);
        if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '\u2019' && c != '-') {
          break;
        }
        if (Character.getType(c) == Character.UPPERCASE_LETTER) {
          return true;
        }
        i -= Character.charCount(c);
      }
    }
    return false;
  }

  /** Whether {@code word} is a given name of either list ({@link GivenNames}), compared without case and accents. */
  private static boolean isGivenName(String word) {
    return GivenNames.standard().isGivenName(fold(word));
  }

  /** Whether {@code article}'s names give someone the bare {@code surname} has in full before they give the surname. */
  private static boolean namedInFullBefore(List<String> article, String surname) {
    int bare = article.indexOf(surname);
    return bare > 0 && article.subList(0, bare).stream().anyMatch(n -> !given(n).isEmpty() && samePerson(n, surname));
  }

  /**
   * Orders the fuller of two forms of a name first: more words ("Ann B. Lind" before "Ann Lind"), then more characters
   * ("Annika Lind" before "Anna Lind").
   */
  private static int fuller(String a, String b) {
    int words = Integer.compare(b.strip().split(" +").length, a.strip().split(" +").length);
    return words != 0 ? words : Integer.compare(b.length(), a.length());
  }

  /** The canonical form of {@code name}; the name itself when it is not known. */
  String resolve(String name) {
    return canonical.getOrDefault(name, name);
  }

  static boolean samePerson(String a, String b) {
    String sa = surname(a);
    String sb = surname(b);
    boolean close = sa.equals(sb)
        || Math.min(sa.length(), sb.length()) >= LONG_SURNAME && LevenshteinDistance.getDefaultInstance().apply(sa, sb) <= 1;
    if (!close) {
      return false;
    }
    String ga = given(a);
    String gb = given(b);
    if (!ga.isEmpty() && !gb.isEmpty() && !Generations.of(a).equals(Generations.of(b))) {
      return false; // "Donald Trump Jr." is not "Donald Trump"
    }
    return ga.isEmpty() || gb.isEmpty() || ga.equals(gb)
        || ga.startsWith(gb + " ") || gb.startsWith(ga + " ") // a middle name: "Donald John Trump"
        || LevenshteinDistance.getDefaultInstance().apply(ga, gb) <= TRANSLITERATION_EDITS
        || GivenNames.standard().samePerson(ga, gb) || shortFormAndMiddleName(ga, gb);
  }

  /**
   * Whether one given name is one word and the other that word's formal or short form followed by middle names
   * ({@link GivenNames}): "benjamin todd" and "ben", "jim" and "james earl"; not "todd" (the middle name alone).
   */
  private static boolean shortFormAndMiddleName(String ga, String gb) {
    String[] a = ga.split(" ");
    String[] b = gb.split(" ");
    return a.length != b.length && Math.min(a.length, b.length) == 1 && GivenNames.standard().samePerson(a[0], b[0]);
  }

  static String surname(String name) {
    String f = Generations.without(fold(name));
    int sp = f.lastIndexOf(' ');
    return sp < 0 ? f : f.substring(sp + 1);
  }

  /**
   * The words before the surname, without initials when a name is left ("Alan S. Futerfas", "A. Barry Rand": "alan",
   * "barry"; "J. Smith": "j.").
   */
  static String given(String name) {
    String f = Generations.without(fold(name));
    int sp = f.lastIndexOf(' ');
    if (sp < 0) {
      return "";
    }
    String given = f.substring(0, sp);
    if (given.indexOf(' ') < 0) {
      return given; // one word: nothing to leave out
    }
    StringBuilder out = new StringBuilder();
    for (String w : given.split(" ")) {
      if (!INITIAL.matcher(w).matches()) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.length() == 0 ? given : out.toString();
  }

  /** A name compared without case, accents, or the difference between a straight and a curly apostrophe. */
  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').strip();
  }
}
