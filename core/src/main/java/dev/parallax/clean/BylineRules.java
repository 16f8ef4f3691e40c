package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.GivenNames;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line rules for who made the article and when: bylines ({@code By Jane Doe}), role credits
 * ({@code Editor: Name}) and datelines ({@code 2 Dec, 2021 11:07}).
 *
 * <p>One instance per page; reads the page and never changes it.
 */
final class BylineRules {
  /** A closing credit line: "Jane Doe contributed to this report.", "The Agency contributed reporting." */
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "\\bcontributed\\s+(?:to\\s+this\\s+(?:report|story|article)|reporting(?:\\s+from\\s+[^.]{1,60})?)\\s*[.)]?\\s*$");
  /** The word between a byline's names and its outlet: {@code By Jane Doe from the Lindby Wire}. */
  private static final String FROM_OUTLET = "from";
  /** Words of a byline's second line ({@code Lindby Post Staff Writers}) at most. */
  static final int MAX_ROLE_LINE_WORDS = 6;
  private final Page page;
  private final String text;

  BylineRules(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /**
   * {@code By Jane Doe}, {@code By Jane Doe and John Roe, Agency}, {@code BY JANE DOE from the Agency}, {@code
   * Reporting by ...}, {@code The Agency's Jane Doe contributed to this report.}, {@code From the Agency},
   * {@code Jane DoeAGENCY}, {@code By Jane Doe 2 minute read} (a reading time after the names, {@link
   * #readingTimeWords}).
   */
  boolean isByline(PageLine l) {
    LineShape s = l.shape;
    if (s.words >= 3 && s.words <= 25 && CONTRIBUTED.matcher(text).region(l.start, l.end).find()) {
      return true;
    }
    if (isTimestampThenByline(s) || isFromSource(s) || isNamesGluedToAgency(s)) {
      return true;
    }
    if (s.words < 2 || s.words > 12 || s.rawWords.isEmpty()) {
      return false;
    }
    String w0 = s.lowerWords.get(0);
    int by = -1;
    if (w0.equals("by") && (s.rawWords.get(0).equals("By") || isShoutedBy(s) || isLowerCaseByAlone(l))) {
      by = 0;
    } else if (s.words >= 3 && s.lowerWords.get(1).equals("by")
        && Vocabulary.CREDIT_VERBS.contains(w0)) {
      by = 1;
    } else if (s.words >= 4 && w0.equals("additional") && s.lowerWords.get(2).equals("by")) {
      by = 2;
    }
    if (by < 0) {
      return false;
    }
    if (by > 0) {
      return true;
    }
    if (s.terminal || s.words > 9) {
      return false;
    }
    int readingTime = readingTimeWords(s);
    int nameWords = Math.min(namePartLength(l), s.rawWords.size() - readingTime);
    for (int i = 1; i < nameWords; i++) {
      String w = s.rawWords.get(i);
      if (!Character.isUpperCase(w.charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(s.lowerWords.get(i))
          && !s.lowerWords.get(i).equals(FROM_OUTLET)) {
        return false;
      }
    }
    // before a reading time, the names end on a capitalised word ("Doe 2 min read", not "the 2 min read")
    return readingTime == 0 || nameWords > 1 && Character.isUpperCase(s.rawWords.get(nameWords - 1).charAt(0));
  }

  /**
   * The words of a reading time at the end of a byline, which sites set after the names, glued or not: {@code By
   * Jane Doe 2 minute read} (three words), {@code By Jane Doe4 min Read} (two: the figure is glued to the name,
   * which stays a name). A figure, a word for minutes and "read"; 0 when the line does not end so.
   */
  private static int readingTimeWords(LineShape s) {
    int n = s.lowerWords.size();
    if (n < 3 || !s.lowerWords.get(n - 1).equals("read") || !MINUTE_WORDS.contains(s.lowerWords.get(n - 2))) {
      return 0;
    }
    String figure = s.lowerWords.get(n - 3);
    if (!Character.isDigit(figure.charAt(figure.length() - 1))) {
      return 0;
    }
    return Character.isDigit(figure.charAt(0)) ? 3 : 2;
  }

  /** The words for minutes in a reading time ("2 min read"). */
  private static final Set<String> MINUTE_WORDS = Set.of("min", "mins", "minute", "minutes");

  /**
   * {@code Posted on November 5, 2012 at 11:05 AM by Jane Doe}: a timestamp ({@code Posted}, {@code Published},
   * {@code Updated} and a date with a figure) then {@code by} and one to {@link #MAX_NAME_WORDS} capitalised names,
   * the byline of a blog or a site's news post, in the order the byline rule above does not read ("Posted by
   * Jane Doe on ..."). A line that names a place ("Posted on Facebook by ...") or goes on in lower case is not one.
   */
  private static boolean isTimestampThenByline(LineShape s) {
    if (s.words < 5 || s.words > 16 || s.terminal || s.rawWords.isEmpty()
        || !Vocabulary.TIMESTAMP_VERBS.contains(s.lowerWords.get(0))) {
      return false;
    }
    int by = s.lowerWords.indexOf("by");
    if (by < 2 || s.words - by - 1 < 1 || s.words - by - 1 > MAX_NAME_WORDS) {
      return false;
    }
    boolean figure = false;
    for (int i = 1; i < by; i++) {
      String w = s.lowerWords.get(i);
      figure |= Page.hasDigit(w);
      if (!Page.hasDigit(w) && !Vocabulary.DATE_WORDS.contains(w.replace(".", ""))) {
        return false;
      }
    }
    return figure && s.capitalisedOrParticles(by + 1, s.words);
  }

  /**
   * {@code From the Lindby Wire}, {@code From Lindby Radio's Jane Doe}, {@code From Lindby Post staff and wire
   * reports}: "From" and the outlet or the reporter a story comes from, set as a byline under a headline or above a
   * live post. At most {@link #MAX_SOURCE_WORDS} words after "From", each capitalised, a particle ({@link
   * Vocabulary#NAME_PARTICLES}) or a word for who files a story ({@link #SOURCE_WORDS}), with at least one
   * capitalised; no figure, no quotation and no sentence's end. A title-case headline or subheading that opens
   * with "From" ("From Farm To Table", "From Lindby With Love") has a preposition of its own and stays.
   */
  private static boolean isFromSource(LineShape s) {
    if (s.words < 2 || s.words > MAX_SOURCE_WORDS + 1 || s.terminal || s.digits > 0 || s.hasQuote
        || s.rawWords.size() != s.words || !s.rawWords.get(0).equals("From")) {
      return false;
    }
    boolean named = false;
    for (int i = 1; i < s.words; i++) {
      String w = s.lowerWords.get(i);
      boolean capitalised = Character.isUpperCase(s.rawWords.get(i).charAt(0));
      if (capitalised && Vocabulary.STOP_WORDS.contains(w) && !Vocabulary.NAME_PARTICLES.contains(w)) {
        return false;
      }
      if (!capitalised && !Vocabulary.NAME_PARTICLES.contains(w) && !SOURCE_WORDS.contains(w)) {
        return false;
      }
      named |= capitalised && !Vocabulary.NAME_PARTICLES.contains(w);
    }
    return named;
  }

  /**
   * {@code Jane DoeAGENCY}, {@code Karl Lind, Eva Strand and Jane DoeAGENCY}: the reporters' names with the
   * agency's short name in capitals glued to the last one, as a byline loses the break between them when a page
   * is copied. Two to {@link #MAX_GLUED_BYLINE_WORDS} words, each capitalised or a particle, the last a name (a
   * capital and two lower-case letters or more) then two to {@link #MAX_AGENCY_LETTERS} capitals to its end; no
   * figure, quotation or sentence's end. A name in capitals after a prefix ({@code McDONALD}) has fewer than
   * three lower-case letters before them.
   */
  private static boolean isNamesGluedToAgency(LineShape s) {
    if (s.words < 2 || s.words > MAX_GLUED_BYLINE_WORDS || s.terminal || s.digits > 0 || s.hasQuote
        || s.rawWords.size() != s.words) {
      return false;
    }
    if (!s.capitalisedOrParticles(0, s.words)) {
      return false;
    }
    String last = s.rawWords.get(s.words - 1);
    int capitals = 0;
    while (capitals < last.length() && Character.isUpperCase(last.charAt(last.length() - 1 - capitals))) {
      capitals++;
    }
    int name = last.length() - capitals;
    if (capitals < 2 || capitals > MAX_AGENCY_LETTERS || name < 3 || !Character.isUpperCase(last.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name; i++) {
      if (!Character.isLowerCase(last.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The most words of reporters' names glued to an agency's short name. */
  static final int MAX_GLUED_BYLINE_WORDS = 10;
  /** The most capitals of an agency's short name glued to a byline. */
  static final int MAX_AGENCY_LETTERS = 5;

  /** The most words after a source line's "From". */
  static final int MAX_SOURCE_WORDS = 8;

  /** Words for who files a story, in lower case in a source line: {@code From Lindby Post staff and wire reports}. */
  private static final Set<String> SOURCE_WORDS = Set.of(
      "staff", "wire", "wires", "reports", "services", "agencies", "correspondents", "writers", "reporters");

  /** The most words of the names after a timestamp's {@code by}. */
  static final int MAX_NAME_WORDS = 5;

  /**
   * {@code by Jane Doe}: the word in lower case, as blogs set it, before one to {@link #MAX_NAME_WORDS} names and
   * nothing else, opening a paragraph of its own (a blank line before it), so that a hard-wrapped sentence's
   * line that goes on with "by Karl Lind" is never taken; the names are checked as after "By".
   */
  private static boolean isLowerCaseByAlone(PageLine l) {
    LineShape s = l.shape;
    return l.gapBefore && s.rawWords.get(0).equals("by") && s.words >= 2 && s.words <= MAX_NAME_WORDS + 1
        && s.rawWords.size() == s.words && s.digits == 0
        // "by Monday", "by Christmas": a time, no byline
        && !s.anyWordIn(Vocabulary.WEEKDAYS) && !s.anyWordIn(Vocabulary.MONTHS) && !s.anyWordIn(Vocabulary.HOLIDAYS);
  }

  /**
   * {@code BY JANE DOE}: the word in capitals, as print-style pages set it, before a name; not before a function
   * word ({@code BY THE NUMBERS}, a subheading).
   */
  private static boolean isShoutedBy(LineShape s) {
    return s.rawWords.get(0).equals("BY") && s.words >= 3 && !Vocabulary.STOP_WORDS.contains(s.lowerWords.get(1));
  }

  /**
   * The second line of a byline, under it with no blank line between: the outlet and the role of the names
   * above ({@code Associated Press Writer}, {@code Lindby Post Staff Writers}). At most {@link
   * #MAX_ROLE_LINE_WORDS} words, the last a role ({@link Vocabulary#ROLE_LABELS}), the others capitalized (an
   * outlet's name), particles or "staff"; no figure and no sentence's end.
   */
  boolean isBylineRole(PageLine l, PageLine above) {
    return above != null && above.reason == RemovalReason.BYLINE && !l.gapBefore && isRoleLine(l.shape);
  }

  /** The shape of a byline's role line ({@link #isBylineRole}), wherever it stands. */
  private static boolean isRoleLine(LineShape s) {
    if (s.words < 2 || s.words > MAX_ROLE_LINE_WORDS || s.terminal || s.digits > 0 || s.rawWords.size() != s.words
        || !Vocabulary.ROLE_LABELS.contains(s.lowerWords.get(s.words - 1))) {
      return false;
    }
    for (int i = 0; i < s.words - 1; i++) {
      String w = s.lowerWords.get(i);
      if (!Character.isUpperCase(s.rawWords.get(i).charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(w)
          && !w.equals("staff")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A writer's name set over their role, a byline of two lines without "By" ("Jane Roe" over "Political
   * correspondent"): two or three capitalised words of letters, the first a given name ({@link GivenNames}), no
   * sentence's end, with the next line ({@code below}, no blank line between) a role line as {@link #isBylineRole}
   * reads one (its last word a role, in lower case or not). The role line then follows as the byline's second line.
   * A name over a line that names no role ("Mayor of Lindby"), or a blank line away from its role, is left to the
   * other rules.
   */
  boolean isNameOverRole(PageLine l, PageLine below) {
    LineShape s = l.shape;
    if (below == null || below.gapBefore || s.words < 2 || s.words > 3 || s.rawWords.size() != s.words
        || s.terminal || s.hasQuote || !GivenNames.standard().isGivenName(s.rawWords.get(0))
        || !allCapitalisedNames(s.rawWords)) {
      return false;
    }
    return isRoleLine(below.shape);
  }

  /** Words of a role written alone on its line ({@code Staff Writer}, {@code Senior Correspondent}) at most. */
  private static final int MAX_LONE_ROLE_WORDS = 3;

  /**
   * A reporter's role alone on its line, where a page sets it under the headline in place of a name: two to {@link
   * #MAX_LONE_ROLE_WORDS} capitalised words, none a function word, the last a role ({@link Vocabulary#ROLE_LABELS});
   * no figure and no sentence's end ({@code Staff Writer}, {@code Contributing Editor}). "Letter to the Editor" has
   * function words and is a heading.
   */
  boolean isLoneRole(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_LONE_ROLE_WORDS || s.terminal || s.digits > 0 || s.rawWords.size() != s.words
        || !Vocabulary.ROLE_LABELS.contains(s.lowerWords.get(s.words - 1))) {
      return false;
    }
    for (int i = 0; i < s.words; i++) {
      String raw = s.rawWords.get(i);
      if (!Character.isUpperCase(raw.charAt(0)) || Vocabulary.STOP_WORDS.contains(s.lowerWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a byline before its first comma: the names; what follows the comma is a role or an outlet. */
  private int namePartLength(PageLine l) {
    int words = 0;
    boolean inWord = false;
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '|' || c == ';') {
        return words + (inWord ? 1 : 0);
      }
      if (Blanks.isBlank(c)) {
        if (inWord) {
          words++;
        }
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        inWord = true;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * {@code Editor: Name}, {@code Chief Reporter: Name | Agency}: a role label and the names of who made the
   * article. What follows the colon is names only (no lower-case word but particles), never a sentence, so an
   * interview's {@code Reporter: What did you see?} stays.
   */
  boolean isRoleCredit(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 12 || s.terminal || s.hasQuote) {
      return false;
    }
    int colon = page.indexOf(':', l.start, Math.min(l.end, l.start + 32));
    if (colon < 0) {
      return false;
    }
    LineShape label = LineShape.of(text, l.start, colon);
    if (label.words == 0 || label.words > 3
        || !Vocabulary.ROLE_LABELS.contains(label.lowerWords.get(label.words - 1))) {
      return false;
    }
    LineShape names = LineShape.of(text, colon + 1, l.end);
    if (names.words == 0 || names.words > 8) {
      return false;
    }
    for (int i = 0; i < names.words; i++) {
      String w = names.rawWords.get(i);
      if (Character.isLowerCase(w.charAt(0)) && !Vocabulary.NAME_PARTICLES.contains(names.lowerWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A company's name alone on its line, the credit of a player or a picture: {@code Lindby Media, Inc.}, {@code
   * Lindwire Group Ltd}, {@code Strand Broadcasting LLC}. One to {@link #MAX_COMPANY_WORDS} capitalised words with
   * no function word and no figure, the last a company's suffix ({@link #COMPANY_SUFFIXES}). A sentence about a
   * company has a verb and function words ("Lindby Media, Inc. sold the paper.") and stays.
   */
  boolean isCompanyCredit(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > MAX_COMPANY_WORDS || s.words != s.rawWords.size() || s.stopWords > 0
        || s.digits > 0 || s.hasQuote) {
      return false;
    }
    char last = text.charAt(l.end - 1);
    if (!Character.isLetter(last) && last != '.' || !s.allCapitalised()) {
      return false;
    }
    return COMPANY_SUFFIXES.contains(Credits.lettersOnly(s.rawWords.get(s.words - 1)));
  }

  /**
   * A writer's name alone right under the page's stamp, as a byline set without "By" ("Eva Strand" under "Updated
   * Tuesday, 4 March 2025, 3:39 pm"): two or three capitalised words of letters, the first a given name ({@link
   * GivenNames}), no sentence's end, on the line after one removed as a stamp (a byline with a figure, {@code
   * above}). The same name under a paragraph is a subheading and stays, as does a name with a verb under the stamp
   * ("Eva Strand resigns").
   */
  boolean isNameUnderStamp(PageLine l, PageLine above) {
    LineShape s = l.shape;
    if (above == null || above.reason != RemovalReason.BYLINE || above.shape.digits == 0 || s.words < 2
        || s.words > 3 || s.rawWords.size() != s.words || s.terminal || s.hasQuote
        || !GivenNames.standard().isGivenName(s.rawWords.get(0))) {
      return false;
    }
    return allCapitalisedNames(s.rawWords);
  }

  /** The most words of a company's name with its suffix. */
  static final int MAX_COMPANY_WORDS = 6;
  /** A company's legal suffix, letters only: "Inc.", "LLC", "Ltd", "Corp.", "PLC", "GmbH". */
  private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "llc", "ltd", "corp", "plc", "gmbh");

  /**
   * A line of only a date and time: {@code 2 Dec, 2021 11:07}, {@code Updated: Friday 3 December 2021}, {@code
   * PUBLISHED FRIDAY, MAY 3, 2024 AT 9:46 PM/UPDATED AT 9:48 PM}, or the page's age ({@link #isPageAge}: {@code 7
   * days ago}).
   */
  boolean isDateline(PageLine l) {
    LineShape s = l.shape;
    if (s.words == 0 || s.words > 12 || s.rawWords.isEmpty()) {
      return false;
    }
    if (s.digits == 0 && (s.words > 5 || s.terminal || !s.anyWordIn(Vocabulary.TIMESTAMP_VERBS))) {
      return false;  // "Posted and last updated": a timestamp whose date the copy lost
    }
    return isDateWordsOnly(s) || isStampInParts(l) || isPageAge(s);
  }

  /**
   * The page's age as a site shows it: a figure, a unit of days, weeks or months ({@link Vocabulary#AGE_UNITS}) and
   * "ago" at the end, maybe after a word of a date ({@code 7 days ago}, {@code Updated 3 weeks ago}). Hours and
   * minutes are date words already ({@code 2 hours ago}). Years are left out: "25 years ago" heads a part of a
   * column looking back, and the story's.
   */
  private static boolean isPageAge(LineShape s) {
    List<String> w = s.lowerWords;
    int last = w.size() - 1;
    if (last < 2 || !w.get(last).equals("ago") || !Vocabulary.AGE_UNITS.contains(w.get(last - 1))
        || !Page.hasDigit(w.get(last - 2))) {
      return false;
    }
    for (String word : w.subList(0, last - 2)) {
      if (!Vocabulary.DATE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word is a figure or a word of a date or time ({@link Vocabulary#DATE_WORDS}). */
  private static boolean isDateWordsOnly(LineShape s) {
    for (String word : s.lowerWords) {
      for (String w : word.split("/")) { // two stamps joined: "9:46 pm/updated at 9:48 pm"
        if (!w.isEmpty() && !Page.hasDigit(w) && !Vocabulary.DATE_WORDS.contains(w.replace(".", ""))
            && !Vocabulary.DATE_WORDS.contains(w)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A bar, or a dash between spaces: what sets the parts of a date line apart. */
  private static final Pattern STAMP_PART_BREAK = Pattern.compile("\\s*\\|\\s*|\\s+[-\u2013\u2014]\\s+");

  /**
   * {@code March 3, 2024 9:12 am | Updated 9:40 am CET - Lindby}, {@code by Lindby Post | Today at 2:03 a.m.}: a
   * date line in parts set apart by bars or spaced dashes, each part a date or time with a figure ({@link
   * #isDateWordsOnly}) that says when the page was published ({@link #saysWhenPublished}) or a name: the place
   * the story was filed from, or the outlet or reporter after "by", of one to {@link #MAX_NAME_WORDS} capitalised
   * words (particles allowed). At least one part of each kind. A headline with a stamp ("Storm closes Lindby
   * bridge | Updated 9:40 am") has lower-case words and stays, as does a tour date in a list ("June 9 –
   * Lindby, ND @ Harbour Hall"): it says when something happens, not when the page was published.
   */
  private boolean isStampInParts(PageLine l) {
    if (l.shape.digits == 0 || l.shape.hasQuote || l.shape.terminal && !text.startsWith(".", l.end - 1)) {
      return false;
    }
    boolean stamp = false;
    boolean name = false;
    int from = l.start;
    Matcher m = STAMP_PART_BREAK.matcher(text).region(l.start, l.end);
    while (from < l.end) {
      int to = m.find() ? m.start() : l.end;
      LineShape part = LineShape.of(text, from, to);
      from = to < l.end ? m.end() : l.end;
      if (part.words == 0) {
        return false;
      }
      if (part.digits > 0 && isDateWordsOnly(part) && saysWhenPublished(part)) {
        stamp = true;
      } else if (isNamePart(part)) {
        name = true;
      } else {
        return false;
      }
    }
    return stamp && name;
  }

  /**
   * Whether a date says when a page was published rather than when something happens: it holds a year, a clock
   * time or a word of publishing ("Updated", "Today"); "June 9" in a list of tour dates holds none.
   */
  private static boolean saysWhenPublished(LineShape s) {
    for (String w : s.lowerWords) {
      boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Page.hasDigit(w.substring(2));
      boolean clock = w.indexOf(':') > 0 && w.indexOf(':') < w.length() - 1;
      if (year || clock || Vocabulary.TIMESTAMP_VERBS.contains(w) || w.equals("today") || w.equals("yesterday")) {
        return true;
      }
    }
    return false;
  }

  /** The fewest people a line of names alone must name to be a byline ({@link #isNamesAlone}). */
  static final int MIN_NAMES_ALONE = 3;

  /**
   * The names of a page's writers set alone, without "By": {@code Eva Strand, Karl Lind and Anna Berg}. Three or
   * more people joined by commas, "and" or "&amp;", each of two or three capitalised words of letters, the first a
   * given name ({@link GivenNames}), nothing else on the line. Places so listed ("New Lindby, Old Strand and Port
   * Ostvik") open with no given name and stay; two names alone ("Jane Roe and John Doe") are as often a picture's
   * alt text, and are left to the caption rules.
   */
  boolean isNamesAlone(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 * MIN_NAMES_ALONE || s.words > 12 || s.terminal || s.digits > 0 || s.hasQuote
        || s.rawWords.size() != s.words) {
      return false;
    }
    String t = text.substring(l.start, l.end).replace(", and ", ",").replace(", & ", ",").replace(" and ", ",")
        .replace(" & ", ","); // "Eva Strand, Karl Lind, and Anna Berg" too
    String[] people = t.split(",", -1);
    if (people.length < MIN_NAMES_ALONE) {
      return false;
    }
    for (String person : people) {
      String[] words = person.strip().split(" ");
      if (words.length < 2 || words.length > 3 || !GivenNames.standard().isGivenName(words[0])
          || !allCapitalisedNames(List.of(words))) {
        return false;
      }
    }
    return true;
  }

  /** A word of letters (and hyphens or apostrophes) opening with a capital: a part of a person's name. */
  static boolean isCapitalisedName(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019');
  }

  /** Whether every one of {@code words} is a part of a person's name ({@link #isCapitalisedName}); true for none. */
  static boolean allCapitalisedNames(List<String> words) {
    return words.stream().allMatch(BylineRules::isCapitalisedName);
  }

  /** {@code Lindby}, {@code by Lindby Post}: one to {@link #MAX_NAME_WORDS} capitalised words, "by" first or not. */
  private static boolean isNamePart(LineShape s) {
    int first = s.lowerWords.get(0).equals("by") ? 1 : 0;
    if (s.digits > 0 || s.terminal || s.rawWords.size() != s.words || s.words - first < 1
        || s.words - first > MAX_NAME_WORDS) {
      return false;
    }
    return s.capitalisedOrParticles(first, s.words) && Character.isUpperCase(s.rawWords.get(first).charAt(0));
  }
}
