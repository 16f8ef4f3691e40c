package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.internal.DisjointSets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The occasion an article names for a quote, in the words around it: the medium or person the remark was told to
 * ("told the Harbour Gazette", "in an interview with Radio Veld", "said on Harbour TV") and the day of the week
 * ("said Tuesday"). Two versions that name two different media, or two different days, are two remarks, not one
 * altered: an outlet that prints the words told to one broadcaster on Monday and another that prints the words told to
 * another one are quoting two occasions, however alike the words. A version that names none conflicts with nothing.
 * Immutable.
 *
 * <p>Names one version gives together ("Radio Veld's Ann Bell") are one medium for every version ({@link #linked}).
 *
 * <table>
 *   <caption>Two versions' occasions</caption>
 *   <tr><th>one</th><th>other</th><th>two remarks</th></tr>
 *   <tr><td>told Radio Veld's Ann Bell Monday</td><td>told Radio Veld on Monday</td><td>no (a word shared)</td></tr>
 *   <tr><td>told Radio Veld</td><td>told Harbour TV</td><td>yes</td></tr>
 *   <tr><td>said Tuesday</td><td>said Friday</td><td>yes</td></tr>
 *   <tr><td>told the Lindby Wire Service</td><td>told LWS</td><td>no (initials)</td></tr>
 *   <tr><td>told Radio Veld</td><td>said (nothing named)</td><td>no</td></tr>
 * </table>
 */
record Occasion(Set<String> media, Set<String> days) {
  static final Occasion NONE = new Occasion(Set.of(), Set.of());

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  /** Words before "on" that make what follows where the words were said ("said on Harbour TV"). */
  private static final Set<String> ON_VERBS = Set.of("said", "says", "saying", "told", "appeared", "appearing",
      "speaking", "spoke", "interview", "remarks", "comments");
  private static final int INTERVIEW_SPAN = 3;
  /** Verbs of saying a day may follow ("said Tuesday", "told on Monday"). */
  private static final Set<String> SAID = Set.of("said", "says", "told", "tells", "added", "tweeted", "wrote",
      "stated", "declared", "remarked", "explained", "insisted", "warned", "spoke", "speaking");
  /** Titles before a name, skipped with their full stop ("told Mr. Brink"). */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof",
      "president", "senator", "governor", "minister", "secretary", "representative");

  Occasion {
    media = Collections.unmodifiableSet(new TreeSet<>(media));
    days = Collections.unmodifiableSet(new TreeSet<>(days));
  }

  /** Whether this occasion and {@code other} name two different media, or two different days. */
  boolean conflicts(Occasion other) {
    return !media.isEmpty() && !other.media.isEmpty() && Collections.disjoint(media, other.media)
        || !days.isEmpty() && !other.days.isEmpty() && Collections.disjoint(days, other.days);
  }

  /**
   * The occasions with each medium's words replaced by one word of every name any of them is named with: one version
   * that names "Radio Veld's Ann Bell" makes "told Ann Bell" and "told Radio Veld" name one medium.
   */
  static List<Occasion> linked(List<Occasion> occasions) {
    List<String> words = new ArrayList<>(occasions.stream().flatMap(o -> o.media.stream())
        .collect(Collectors.toCollection(TreeSet::new))); // in order, so that a set's root is its first word
    int[] parent = DisjointSets.singletons(words.size());
    for (Occasion o : occasions) {
      int first = -1;
      for (String w : o.media) {
        int i = Collections.binarySearch(words, w);
        if (first < 0) {
          first = i;
        } else {
          DisjointSets.join(parent, first, i);
        }
      }
    }
    List<Occasion> out = new ArrayList<>(occasions.size());
    for (Occasion o : occasions) {
      Set<String> media = new TreeSet<>();
      for (String w : o.media) {
        media.add(words.get(DisjointSets.find(parent, Collections.binarySearch(words, w))));
      }
      out.add(o.media.isEmpty() ? o : new Occasion(media, o.days));
    }
    return out;
  }

  /** Whether this names nothing. */
  boolean isEmpty() {
    return media.isEmpty() && days.isEmpty();
  }

  /**
   * The occasion article {@code a} names for its quote {@code q}, read in the words outside every quote of the
   * sentences the quote spans.
   */
  static Occasion of(AnalyzedArticle a, Quote q) {
    Set<String> media = new TreeSet<>();
    Set<String> days = new TreeSet<>();
    for (int si = q.sentence(); si < a.sentences().size(); si++) {
      Sentence s = a.sentences().get(si);
      if (s.start() > q.end()) {
        break;
      }
      List<Quote> quotes = a.quotes().stream().filter(x -> x.start() < s.end() && x.end() > s.start()).toList();
      List<Token> out = s.tokens().stream().filter(t -> !quoted(quotes, t)).toList();
      boolean says = out.stream().anyMatch(t -> SAID.contains(norm(t)));
      for (int i = 0; i < out.size(); i++) {
        String w = norm(out.get(i));
        if (i == 0 && w.equals("on") && says) {
          day(out, 1, days); // "On Tuesday, she said"
        }
        if (SAID.contains(w)) {
          day(out, i + 1, days); // "said Tuesday", "said on Tuesday"
        }
        boolean told = w.equals("told");
        boolean with = (w.equals("with") || w.equals("for") || w.equals("on")) && interviewBefore(out, i);
        boolean on = w.equals("on") && i > 0 && ON_VERBS.contains(norm(out.get(i - 1)));
        if (told || with || on) {
          int end = name(out, i + 1, media);
          if (end > i + 1) {
            day(out, end, days); // "told Radio Veld's Ann Bell Monday night", "told Radio Veld on Monday"
          }
        }
      }
    }
    return media.isEmpty() && days.isEmpty() ? NONE : new Occasion(media, days);
  }

  private static boolean interviewBefore(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - INTERVIEW_SPAN); k < i; k++) {
      if (tokens.get(k).norm().toLowerCase(Locale.ROOT).startsWith("interview")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the words of the capitalised name that starts at {@code from} (after an optional "the", across a possessive
   * "'s" and a title such as "Mr."), lower-cased, with the name's initials when it has two words or more ("associated
   * press" also as "ap"); days and months are no name ("told on Monday" names a day). Returns where the name ends.
   */
  private static int name(List<Token> tokens, int from, Set<String> media) {
    Set<String> words = new TreeSet<>();
    StringBuilder initials = new StringBuilder();
    int i = from;
    if (i < tokens.size() && norm(tokens.get(i)).equals("the")) {
      i++;
    }
    int end = from;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = norm(t);
      if (w.equals("'") || w.equals("\u2019") || w.equals("'s") || w.equals("\u2019s")
          || w.equals("s") && i > from && isApostrophe(norm(tokens.get(i - 1)))) {
        continue;
      }
      if (TITLES.contains(w)) {
        if (i + 1 < tokens.size() && norm(tokens.get(i + 1)).equals(".")) {
          i++;
        }
        continue;
      }
      if (!t.isContent() || !t.isCapitalized() || WordingDiffer.WEEKDAYS.contains(w) || MONTHS.contains(w)
          || w.equals("i")) {
        break;
      }
      words.add(w);
      initials.append(w.charAt(0));
      end = i + 1;
    }
    if (words.size() >= 2) {
      words.add(initials.toString());
    }
    media.addAll(words);
    return end;
  }

  /** Adds the day of the week at {@code i}, or after an "on" there. */
  private static void day(List<Token> tokens, int i, Set<String> days) {
    if (i < tokens.size() && norm(tokens.get(i)).equals("on")) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).isCapitalized() && WordingDiffer.WEEKDAYS.contains(norm(tokens.get(i)))) {
      days.add(norm(tokens.get(i)));
    }
  }

  /** A token's normalised form, lower-cased, without a possessive "'s". */
  private static String norm(Token t) {
    String w = t.norm().toLowerCase(Locale.ROOT);
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) ? w.substring(0, w.length() - 2) : w;
  }

  /** Whether {@code t} lies inside one of {@code quotes} (those around its sentence). */
  private static boolean quoted(List<Quote> quotes, Token t) {
    for (Quote q : quotes) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApostrophe(String w) {
    return w.equals("'") || w.equals("\u2019");
  }
}
