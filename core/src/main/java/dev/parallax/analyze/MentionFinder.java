package dev.parallax.analyze;

import dev.parallax.internal.AcronymPlurals;
import dev.parallax.internal.Deadline;
import dev.parallax.internal.NumberCompounds;
import dev.parallax.internal.NumberScales;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/** Finds numbers (with their unit), dates, weekdays and capitalised names in sentences. */
final class MentionFinder {
  static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  /** Months written in full that are no given name ("April Lund", "June Lind" are people; "Jan" may be one too). */
  static final Set<String> UNAMBIGUOUS_MONTHS =
      Set.of("january", "february", "march", "july", "september", "october", "november", "december");
  /** Numbers written as words: one to twenty, the tens, and "dozen" ("a dozen", "two dozen"). */
  private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
      Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
      Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
      Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("dozen", 12L),
      Map.entry("hundred", 100L));
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> UNIT_SKIP = Set.of("more", "than", "about", "some", "over", "nearly", "almost",
      "around", "roughly", "of", "the", "a", "an", "additional", "extra", "new", "and");

  private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "until", "till", "by", "from", "of", "before",
      "after", "during");

  private MentionFinder() {}

  /** Mentions in {@code sentences}, names resolved within the article (see {@link Names}). */
  static List<Mention> find(List<Sentence> sentences) {
    Names names = Names.of(sentences);
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Deadline.check();
      findIn(s, names, out);
    }
    return names.resolve(out);
  }

  private static void findIn(Sentence s, Names names, List<Mention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      String norm = tok.norm();
      if (tok.kind() == TokenKind.WORD && WEEKDAYS.contains(norm)) {
        out.add(mention(MentionKind.WEEKDAY, s, i, i + 1, norm, ""));
        i++;
        continue;
      }
      if (tok.kind() == TokenKind.WORD && tok.isCapitalized() && MONTHS.containsKey(norm)) {
        int j = i + 1;
        if (j < t.size() && t.get(j).norm().equals(".")) {
          j++;
        }
        if (j < t.size() && isDay(t.get(j))) {
          String day = t.get(j).lemma();
          int end = ordinalEnd(t, j);
          String year = "";
          if (end + 1 < t.size() && t.get(end).norm().equals(",") && isYear(t.get(end + 1))) {
            year = t.get(end + 1).lemma();
            end += 2;
          }
          String value = (year.isEmpty() ? "" : year + "-")
              + String.format(Locale.ROOT, "%02d-%02d", MONTHS.get(norm), Integer.parseInt(day));
          out.add(mention(MentionKind.DATE, s, i, end, value, ""));
          i = end;
          continue;
        }
      }
      if (isDay(tok)) {
        // day first: "12 July 2016", "15th April"
        int m = ordinalEnd(t, i);
        if (m < t.size() && t.get(m).kind() == TokenKind.WORD && t.get(m).isCapitalized()
            && MONTHS.containsKey(t.get(m).norm())) {
          int end = m + 1;
          if (end + 1 < t.size() && t.get(end).norm().equals(".") && isYear(t.get(end + 1))) {
            end++; // "3 Mar. 2019"
          }
          String year = "";
          if (end < t.size() && isYear(t.get(end))) {
            year = t.get(end).lemma();
            end++;
          } else if (end + 1 < t.size() && t.get(end).norm().equals(",") && isYear(t.get(end + 1))) {
            year = t.get(end + 1).lemma();
            end += 2;
          }
          String value = (year.isEmpty() ? "" : year + "-")
              + String.format(Locale.ROOT, "%02d-%02d", MONTHS.get(t.get(m).norm()), Integer.parseInt(tok.lemma()));
          out.add(mention(MentionKind.DATE, s, i, end, value, ""));
          i = end;
          continue;
        }
      }
      if (tok.kind() == TokenKind.NUMBER && i > 0 && isDesignation(t.get(i - 1))) {
        i++; // "AK 47", "F 16": the number names a model, it counts nothing
        continue;
      }
      if (tok.kind() == TokenKind.NUMBER) {
        long letters = scaleLetters(t, i);
        if (isYear(tok) && letters == 0 && (i + 1 >= t.size() || !isUnitWord(t.get(i + 1)) || !isPlural(t.get(i + 1))
            || i > 0 && YEAR_BEFORE.contains(t.get(i - 1).norm()))) {
          out.add(mention(MentionKind.DATE, s, i, i + 1, tok.lemma(), ""));
          i++;
          continue;
        }
        int end = i + 1;
        Matcher compound = NumberCompounds.match(tok.lemma());
        if (compound != null) {
          // "32-year-old", "150-metre": the number, and the word joined to it is what it counts
          String unit = compoundUnit(compound.group(2));
          out.add(mention(MentionKind.NUMBER, s, i, end, format(parse(compound.group(1))), unit));
          i = end;
          continue;
        }
        double value = parse(tok.lemma());
        if (Double.isNaN(value)) {
          i = end; // a range ("40-60") or other figure with no single value
          continue;
        }
        int half = letters == 0 && value == Math.rint(value) ? andAHalf(t, end) : end;
        if (half > end) {
          value += 0.5; // "2 and a half million": a whole number and a half, before its scale word
          end = half;
        }
        if (letters > 0) {
          value *= letters; // "12K jobs", "$3.5bn": letters of scale written against the figure
          end++;
        } else if (end < t.size() && NumberScales.word(t.get(end).norm()) > 0) {
          value *= NumberScales.word(t.get(end).norm());
          end++;
        }
        String unit = unit(t, end);
        out.add(mention(MentionKind.NUMBER, s, i, end, format(value), unit));
        i = end;
        continue;
      }
      long halved = tok.kind() == TokenKind.WORD && norm.equals("half") ? halfOf(t, i) : 0;
      if (halved > 0) {
        // "half a million litres", "half a dozen people": half of the scale word, counted as a spelled number is
        int end = i + 3;
        String unit = unit(t, end);
        if (!unit.isEmpty()) {
          out.add(mention(MentionKind.NUMBER, s, i, end, format(halved / 2.0), unit));
        }
        i = end;
        continue;
      }
      long spelled = tok.kind() == TokenKind.WORD ? spelled(norm) : 0;
      if (spelled > 0) {
        // "eight", "twenty-one", "two dozen", "a dozen", "three hundred", "two million"
        int end = i + 1;
        double value = spelled;
        while (end < t.size() && (t.get(end).norm().equals("dozen") || t.get(end).norm().equals("hundred"))) {
          value *= NUMBER_WORDS.get(t.get(end).norm());
          end++;
        }
        if (end == i + 1 && andAHalf(t, end) > end) {
          value += 0.5; // "two and a half million dollars", "one and a half times": one number, not two and a half
          end = andAHalf(t, end);
        }
        if (end < t.size() && NumberScales.word(t.get(end).norm()) > 0) {
          value *= NumberScales.word(t.get(end).norm());
          end++;
        }
        String unit = unit(t, end);
        // "one" alone is as often a pronoun ("one came", "one of them") as a count: only "one hundred", "one million"
        boolean counts = spelled != 1 || end > i + 1;
        // "a dozen", "a hundred": the article is the number's "one", so the figure as written starts with it
        int from = withArticle(t, i);
        if (!unit.isEmpty() && counts) {
          out.add(mention(MentionKind.NUMBER, s, from, end, format(value), unit));
        }
        i = end;
        continue;
      }
      if (tok.kind() == TokenKind.WORD && tok.isCapitalized()) {
        i = names.name(s, i, out);
        continue;
      }
      i++;
    }
  }

  /**
   * Where a count word at {@code i} starts as written: at the "a" or "an" before it when the word is "dozen" or
   * "hundred" ("A dozen miners", "a hundred homes"), else at {@code i}.
   */
  private static int withArticle(List<Token> t, int i) {
    String word = t.get(i).norm();
    if (i == 0 || !(word.equals("dozen") || word.equals("hundred"))) {
      return i;
    }
    String before = t.get(i - 1).norm();
    return before.equals("a") || before.equals("an") ? i - 1 : i;
  }

  /**
   * The position after "and a half" (or "and one half") at {@code i}, or {@code i} when those words do not stand there:
   * "two and a half million" is 2.5 million, "one and a half times" 1.5 times.
   */
  private static int andAHalf(List<Token> t, int i) {
    if (i + 2 < t.size() && t.get(i).norm().equals("and")
        && (t.get(i + 1).norm().equals("a") || t.get(i + 1).norm().equals("one"))
        && t.get(i + 2).norm().equals("half")) {
      return i + 3;
    }
    return i;
  }

  /**
   * What "half a" (or "half an") at {@code i} halves: the scale word or dozen after it (1,000,000 for "half a million",
   * 12 for "half a dozen"), or 0 when none follows ("half a mile", "half the town").
   */
  private static long halfOf(List<Token> t, int i) {
    if (i + 2 >= t.size() || !(t.get(i + 1).norm().equals("a") || t.get(i + 1).norm().equals("an"))) {
      return 0;
    }
    String scale = t.get(i + 2).norm();
    return scale.equals("dozen") ? NUMBER_WORDS.get("dozen") : NumberScales.word(scale);
  }

  /** The unit of a compound, stemmed as the analyzer stems a word ("metre" as in "150 metres"); "year-old" kept. */
  private static String compoundUnit(String word) {
    if (word.indexOf('-') >= 0 || word.length() <= 2) {
      return word;
    }
    return new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
  }

  /** The value of a number written as a word ("eight", "twenty-one"), or 0. */
  static long spelled(String norm) {
    if (norm.length() < 3 || norm.length() > 13 || "otfsendh".indexOf(norm.charAt(0)) < 0) {
      return 0; // no number word starts otherwise
    }
    Long v = NUMBER_WORDS.get(norm);
    if (v != null) {
      return v;
    }
    int dash = norm.indexOf('-');
    if (dash > 0) {
      Long tens = NUMBER_WORDS.get(norm.substring(0, dash));
      Long ones = NUMBER_WORDS.get(norm.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones >= 1 && ones <= 9) {
        return tens + ones;
      }
    }
    return 0;
  }

  /** A day of the month: one or two digits, 1 to 31. */
  static boolean isDay(Token t) {
    if (t.kind() != TokenKind.NUMBER || t.lemma().isEmpty() || t.lemma().length() > 2 || !t.text().equals(t.lemma())) {
      return false;
    }
    int d = Integer.parseInt(t.lemma());
    return d >= 1 && d <= 31;
  }

  /** The index after a day at {@code day} and its ordinal suffix written against it ("15th"). */
  private static int ordinalEnd(List<Token> t, int day) {
    int next = day + 1;
    if (next < t.size() && t.get(next).start() == t.get(day).end()
        && ORDINAL_SUFFIXES.contains(t.get(next).norm())) {
      return next + 1;
    }
    return next;
  }

  private static boolean isYear(Token t) {
    if (t.kind() != TokenKind.NUMBER || t.lemma().length() != 4 || !t.text().equals(t.lemma())) {
      return false;
    }
    try {
      int y = Integer.parseInt(t.lemma());
      return y >= 1800 && y <= 2100;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A year-shaped number counts things only before a plural ("2014 residents", not "the 2014 annexation"). */
  private static boolean isPlural(Token t) {
    return t.norm().endsWith("s") || t.norm().equals("people");
  }

  private static boolean isUnitWord(Token t) {
    return t.kind() == TokenKind.WORD && Character.isLowerCase(t.text().charAt(0)) && !UNIT_SKIP.contains(t.norm());
  }

  /**
   * The counted thing: the first lower-case word after the number, within three words, or an acronym's plural right
   * after it ("four TDs").
   */
  private static String unit(List<Token> t, int from) {
    int reach = from + 3;
    for (int k = from; k < Math.min(t.size(), reach); k++) {
      Token u = t.get(k);
      if (isDesignation(u) && k + 1 < t.size() && t.get(k + 1).kind() == TokenKind.NUMBER) {
        k++; // "seven AK 47 rifles": past the model's name
        reach += 2;
        continue;
      }
      if (u.kind() != TokenKind.WORD) {
        return "";
      }
      if (Character.isLowerCase(u.text().charAt(0)) && !UNIT_SKIP.contains(u.norm())) {
        return u.lemma();
      }
      if (k == from && !AcronymPlurals.singular(u.text()).isEmpty()) {
        return AcronymPlurals.singular(u.text()); // "four TDs", "12 MPs"
      }
    }
    return "";
  }

  /** A model's letters before its number: one to three capitals ("AK" in "AK 47", "F" in "F 16"). */
  private static boolean isDesignation(Token t) {
    String x = t.text();
    if (t.kind() != TokenKind.WORD || x.isEmpty() || x.length() > 3 || x.equals("A") || x.equals("I")) {
      return false; // "A 32-year-old", "I 2": words, not a model's letters
    }
    for (int c = 0; c < x.length(); c++) {
      if (!Character.isUpperCase(x.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static double parse(String digits) {
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * What letters of scale written right against the number at {@code i} multiply it by ("12K", "1.2M", "$3.5bn";
   * "$5m" after a currency sign only), or 0: other letters ("4G", "9mm") are no scale, and "K-12" (a range of
   * school grades) is one word that no number precedes.
   */
  private static long scaleLetters(List<Token> t, int i) {
    if (i + 1 >= t.size() || t.get(i + 1).kind() != TokenKind.WORD || t.get(i + 1).start() != t.get(i).end()) {
      return 0;
    }
    boolean money = i > 0 && NumberScales.currencySign(t.get(i - 1).text());
    if (i + 2 < t.size() && t.get(i + 2).start() == t.get(i + 1).end() && t.get(i + 2).kind() == TokenKind.NUMBER) {
      return 0; // "4K9": a code, letters inside it
    }
    return NumberScales.suffix(t.get(i + 1).text(), money);
  }

  private static String format(double v) {
    if (Double.isNaN(v)) {
      return "?";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  static Mention mention(MentionKind kind, Sentence s, int from, int to, String value, String unit) {
    Token a = s.tokens().get(from);
    Token b = s.tokens().get(to - 1);
    String text = s.text().substring(a.start() - s.start(), b.end() - s.start());
    return new Mention(kind, text, value, unit, s.index(), a.start(), b.end());
  }
}
