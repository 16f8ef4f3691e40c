package dev.parallax.compare;

import dev.parallax.internal.ResourceLines;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The word lists of the compare stage (see {@code dev/parallax/lexicon/README.md}), stemmed like
 * {@link Token#lemma()} so that one entry covers its inflections.
 *
 * <p>Immutable and thread-safe once built; {@link #standard()} loads the lists once per class loader.
 */
final class Lexicon {
  private static final String DIR = "dev/parallax/lexicon/";

  private final Map<WordList, Map<String, List<List<String[]>>>> phrases;
  private final Map<WordList, List<String>> suffixes;
  /** The stems that start an entry of some list, and the suffixes of all lists: what {@link #mayMatch} tests. */
  private final Set<String> firstStems;
  private final List<String> allSuffixes;
  /** The last letters of {@link #allSuffixes}, each once. */
  private final String suffixEnds;
  private final Map<String, List<int[]>> scales;
  private final Map<String, Integer> synonyms;
  private final Map<String, String> units;
  private final Map<String, Integer> slots;
  private final Set<Integer> personSlots;
  private final Set<String> placeWords;
  private final Set<String> officeWords;
  private final Set<Integer> fixedSlots;

  private Lexicon(Map<WordList, Map<String, List<List<String[]>>>> phrases, Map<WordList, List<String>> suffixes,
      Map<String, List<int[]>> scales, Map<String, Integer> synonyms, Map<String, String> units,
      Map<String, Integer> slots, Set<Integer> personSlots, Set<String> placeWords, Set<String> officeWords,
      Set<Integer> fixedSlots) {
    this.phrases = phrases;
    this.suffixes = suffixes;
    Set<String> first = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (WordList w : WordList.values()) {
      first.addAll(phrases.get(w).keySet());
      all.addAll(suffixes.get(w));
    }
    this.firstStems = Set.copyOf(first);
    this.allSuffixes = List.copyOf(all);
    StringBuilder ends = new StringBuilder();
    for (String suffix : all) {
      char last = suffix.charAt(suffix.length() - 1);
      if (ends.indexOf(String.valueOf(last)) < 0) {
        ends.append(last);
      }
    }
    this.suffixEnds = ends.toString();
    this.scales = scales;
    this.synonyms = synonyms;
    this.units = units;
    this.slots = slots;
    this.personSlots = personSlots;
    this.placeWords = placeWords;
    this.officeWords = officeWords;
    this.fixedSlots = fixedSlots;
  }

  /**
   * The titles of {@code titles.txt} ("mr", "dr", "gov", "inspector"): words written before a name that name nobody by
   * themselves.
   */
  static final Set<String> TITLES = ResourceLines.read(DIR + "titles.txt").stream()
      .map(line -> line.split("\t", 2)[0].trim()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Periods of time as the analyzer stems them ("minut", "decad"): of a rate, a stretch, a count of time. */
  static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "hour", "minut", "second", "decad");

  /**
   * The countries of {@code demonyms.txt} by name and adjective, capitals left out: each word ("american", "u.s.",
   * "united states") to its country's key ("us").
   */
  static final Map<String, String> COUNTRIES = ResourceLines.read(DIR + "demonyms.txt").stream()
      .map(line -> line.split("\t")).filter(r -> r.length == 2)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0].trim(), r -> r[1].trim()));

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  /** The shipped lexicon. */
  static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static Lexicon load() {
    SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Map<WordList, Map<String, List<List<String[]>>>> phrases = new EnumMap<>(WordList.class);
    Map<WordList, List<String>> suffixes = new EnumMap<>(WordList.class);
    for (WordList w : WordList.values()) {
      Map<String, List<List<String[]>>> set = new HashMap<>();
      List<String> suf = new ArrayList<>();
      for (String line : lines(w.file)) {
        if (line.startsWith("*")) {
          suf.add(line.substring(1).toLowerCase(Locale.ROOT));
          continue;
        }
        List<String[]> entry = new ArrayList<>();
        for (String word : line.split("\\s+")) {
          boolean exact = word.startsWith("=");
          String form = (exact ? word.substring(1) : word).toLowerCase(Locale.ROOT);
          entry.add(exact ? new String[] {form, stem(stemmer, form), "="} : new String[] {form, stem(stemmer, form)});
        }
        set.computeIfAbsent(entry.get(0)[1], k -> new ArrayList<>()).add(List.copyOf(entry));
      }
      phrases.put(w, Map.copyOf(set));
      suffixes.put(w, List.copyOf(suf));
    }
    Map<String, List<int[]>> scales = new HashMap<>();
    int id = 0;
    for (String line : lines("scales.txt")) {
      String[] words = line.split("\\s+");
      for (int r = 0; r < words.length; r++) {
        scales.computeIfAbsent(stem(stemmer, words[r]), k -> new ArrayList<>()).add(new int[] {id, r});
      }
      id++;
    }
    Map<String, Integer> synonyms = new HashMap<>();
    id = 0;
    for (String line : lines("synonyms.txt")) {
      for (String word : line.split("\\s+")) {
        synonyms.putIfAbsent(stem(stemmer, word), id);
      }
      id++;
    }
    Map<String, String> units = new HashMap<>();
    for (String line : lines("units.txt")) {
      String[] words = line.split("\\s+");
      String key = stem(stemmer, words[0]);
      for (String word : words) {
        units.putIfAbsent(stem(stemmer, word), key);
      }
    }
    Map<String, Integer> slots = new HashMap<>();
    Set<Integer> personSlots = new HashSet<>();
    Set<Integer> fixedSlots = new HashSet<>();
    id = 0;
    for (String line : lines("slots.txt")) {
      String words = line;
      if (line.startsWith("person:")) {
        personSlots.add(id);
        words = line.substring("person:".length()).trim();
      } else if (line.startsWith("fixed:")) {
        fixedSlots.add(id);
        words = line.substring("fixed:".length()).trim();
      }
      for (String word : words.split("\\s+")) {
        slots.putIfAbsent(stem(stemmer, word), id);
      }
      id++;
    }
    return new Lexicon(Map.copyOf(phrases), Map.copyOf(suffixes), Map.copyOf(scales), Map.copyOf(synonyms),
        Map.copyOf(units), Map.copyOf(slots), Set.copyOf(personSlots), Set.copyOf(placeWords(lines("places.txt"))),
        officeWords(), Set.copyOf(fixedSlots));
  }

  /** Stems like the analyzer: lower case, then Snowball for words longer than two letters. */
  static String stem(SnowballStemmer stemmer, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() <= 2 ? w : stemmer.stem(w).toString();
  }

  /**
   * The length of the longest entry of {@code list} that starts at {@code tokens.get(i)}, or 0.
   * A hyphenated word matches a {@code *-suffix} entry ({@code Kremlin-backed}).
   */
  int match(WordList list, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.WORD) {
      return 0;
    }
    for (String suffix : suffixes.get(list)) {
      if (t.norm().endsWith(suffix) && t.norm().length() > suffix.length() + 1) {
        return 1;
      }
    }
    int best = 0;
    for (List<String[]> p : phrases.get(list).getOrDefault(t.lemma(), List.of())) {
      if (p.size() <= best || i + p.size() > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < p.size() && all; k++) {
        all = sameWord(p.get(k), tokens.get(i + k));
      }
      if (all) {
        best = p.size();
      }
    }
    return best;
  }

  /**
   * Whether a token is an inflection of an entry word: the same stem and the same derivational class, so
   * that {@code reportedly} does not match {@code reported} nor {@code report} match {@code reporters}, and no
   * other word that the stemmer cuts to the same stem ({@code several} is not {@code severe}).
   */
  private static boolean sameWord(String[] entry, Token t) {
    if (entry.length > 2) {
      return t.norm().equals(entry[0]);
    }
    return t.lemma().equals(entry[1]) && (t.norm().equals(entry[0])
        || suffixClass(t.norm()) == suffixClass(entry[0]) && !anotherWordInAl(t.norm(), entry[0]));
  }

  /**
   * Whether one of two words of one stem ends in "-al" and is not built on the other nor the other on it: "several"
   * and "severe" ("sever"), two words; not "scandal" and "scandalous", "brutal" and "brutality", "radicals" and
   * "radical".
   */
  private static boolean anotherWordInAl(String a, String b) {
    if (endsInAl(a) == endsInAl(b)) {
      return false;
    }
    String x = a.endsWith("s") ? a.substring(0, a.length() - 1) : a;
    String y = b.endsWith("s") ? b.substring(0, b.length() - 1) : b;
    return !x.startsWith(y) && !y.startsWith(x);
  }

  private static boolean endsInAl(String w) {
    return w.endsWith("al") || w.endsWith("als");
  }

  private static int suffixClass(String w) {
    if (w.endsWith("ly")) {
      return 1;
    }
    if (w.endsWith("er") || w.endsWith("ers") || w.endsWith("or") || w.endsWith("ors")) {
      return 2;
    }
    if (w.endsWith("ion") || w.endsWith("ions") || w.endsWith("ment") || w.endsWith("ments")) {
      return 3;
    }
    return 0;
  }

  /**
   * Whether an entry of some list may start at {@code t}: false when {@link #match} gives 0 for every list, so
   * that a caller trying several lists on each token looks its stem up once.
   */
  boolean mayMatch(Token t) {
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    if (firstStems.contains(t.lemma())) {
      return true;
    }
    String norm = t.norm();
    if (norm.isEmpty() || suffixEnds.indexOf(norm.charAt(norm.length() - 1)) < 0) {
      return false;
    }
    for (String suffix : allSuffixes) {
      if (norm.endsWith(suffix) && norm.length() > suffix.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the tokens is (starts) an entry of {@code list}. */
  boolean any(WordList list, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (match(list, tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How {@code to} compares with {@code from} on a shared scale of strength: positive when stronger,
   * negative when weaker, 0 when they share no scale or are equal.
   */
  int scaleStep(String from, String to) {
    return scaleStep(scales.get(from), scales.get(to));
  }

  /** {@link #scaleStep(String, String)} on the stems' {@linkplain #scalesOf scales}, null for none. */
  static int scaleStep(List<int[]> a, List<int[]> b) {
    if (a == null || b == null) {
      return 0;
    }
    for (int[] x : a) {
      for (int[] y : b) {
        if (x[0] == y[0]) {
          return Integer.compare(y[1], x[1]);
        }
      }
    }
    return 0;
  }

  /** The scales a stem belongs to as {scale id, rank} pairs, null when none (read only). */
  List<int[]> scalesOf(String stem) {
    return scales.get(stem);
  }

  /** Whether two stems share a scale (same meaning, maybe another strength). */
  boolean sameScale(String a, String b) {
    return scaleStep(a, b) != 0;
  }

  /** Whether two stems are listed as synonyms. */
  boolean synonyms(String a, String b) {
    Integer x = synonyms.get(a);
    return x != null && x.equals(synonyms.get(b));
  }

  /** Scale ids a stem belongs to (for blocking). */
  List<Integer> scaleIds(String stem) {
    List<int[]> s = scales.get(stem);
    if (s == null) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int[] x : s) {
      out.add(x[0]);
    }
    return out;
  }

  /** The synonym group of a stem, or -1. */
  int synonymGroup(String stem) {
    return synonyms.getOrDefault(stem, -1);
  }

  /** The unit a counted thing belongs to ({@code soldier} and {@code troop} give {@code troop}). */
  String unit(String stem) {
    return units.getOrDefault(stem, stem);
  }

  /**
   * The group of {@code slots.txt} a stem belongs to ({@code kill}, {@code death} and {@code dead} share one),
   * or -1.
   */
  int slot(String stem) {
    return slots.getOrDefault(stem, -1);
  }

  private static Set<String> placeWords(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String line : lines) {
      for (String word : line.split("\\s+")) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Whether a capitalised name (words separated by spaces, as a name mention's value) names a place or a body,
   * not a person: its first or last word is in {@code places.txt} ("South America", "Java Sea").
   */
  boolean isPlaceName(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split(" ");
    return placeWords.contains(w[0]) || placeWords.contains(w[w.length - 1]);
  }

  /**
   * Whether a word names an office or a body ({@code offices.txt}): before a surname ("Secretary Clinton") it is no
   * given name.
   */
  boolean isOfficeWord(String word) {
    return officeWords.contains(word);
  }

  private static Set<String> officeWords() {
    Set<String> out = placeWords(lines("offices.txt"));
    out.remove("dean"); // also a given name: "Dean Heller" / "Dan Heller" are compared
    return Set.copyOf(out);
  }

  /** Whether a group of {@code slots.txt} is a standing quantity that a news event does not change (a population). */
  boolean fixedSlot(int slot) {
    return fixedSlots.contains(slot);
  }

  /** Whether a group of {@code slots.txt} is about people ({@code 400 dead} counts people). */
  boolean personSlot(int slot) {
    return personSlots.contains(slot);
  }

  private static List<String> lines(String file) {
    return ResourceLines.read(DIR + file);
  }

}
