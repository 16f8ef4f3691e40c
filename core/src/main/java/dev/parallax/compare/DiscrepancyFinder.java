package dev.parallax.compare;

import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import dev.parallax.internal.AcronymPlurals;
import dev.parallax.internal.DisjointSets;
import dev.parallax.internal.NumberCompounds;
import dev.parallax.internal.NumberScales;
import dev.parallax.internal.ResourceLines;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds facts that the members of one passage state differently.
 *
 * <table>
 *   <caption>what conflicts, and what does not</caption>
 *   <tr><th>members state</th><th>result</th></tr>
 *   <tr><td>90,000 troops / more than 94,000 soldiers; the 15-storey tower / the 11-story tower (units of one group in
 *       {@code units.txt}, also a unit's British and American spellings)</td><td>NUMBER</td></tr>
 *   <tr><td>killed 381 people / nearly 400 people reported dead (one group of {@code slots.txt})</td><td>NUMBER</td></tr>
 *   <tr><td>a population of about 429,000 / a population of about 400,000 people (one names no unit, both
 *       the same slot word)</td><td>NUMBER</td></tr>
 *   <tr><td>Ostra, with a population of about 400,000 people / Ostra, which has a population of about 429,000, in
 *       two passages (a standing quantity, {@code fixed:} in {@code slots.txt}, of one named place)</td><td>NUMBER,
 *       under the most salient of the values' passages</td></tr>
 *   <tr><td>The 220-to-190 vote came late / The vote was 222-190, in two passages (each article's only tally,
 *       {@link VoteTallies}, of one body)</td><td>NUMBER, under the most salient of the values' passages; nothing when
 *       either article writes the tallies of two votes, or when the two articles were published on two days</td></tr>
 *   <tr><td>Floods killed at least 14 people / Eleven people died in the floods, each in its article's first two body
 *       sentences, in two passages (counts of people with a word of one group of {@code slots.txt} beside each:
 *       {@link #leads})</td><td>NUMBER, under the most salient of the values' passages; nothing for other counted
 *       things, for a slot word found only elsewhere in the clause, or for a sentence below the lead</td></tr>
 *   <tr><td>About 40 firefighters fought the flames / Fifty firefighters were sent to the site, in two passages (each
 *       article's only count of the thing, stated plainly in the same tense: {@link #counted})</td><td>NUMBER, under
 *       the most salient of the values' passages, or added to a discrepancy one of them is in already</td></tr>
 *   <tr><td>16,141,242 / 16,141,241 anywhere in two articles (precise figures of 100,000 or more, within a
 *       thousandth)</td><td>NUMBER, a misprint, under the most salient of the values' passages</td></tr>
 *   <tr><td>90,000 troops / 13,000 people (other units)</td><td>nothing: not the same quantity</td></tr>
 *   <tr><td>at a depth of 40 km (25 miles) / 80 km south of Lindby / 9 km from Tarvik (lengths that measure a depth,
 *       a height, or a distance from a named place: {@link #measuredFrom})</td><td>nothing: not the same quantity;
 *       12 km from Tárvik / 9 km north-northwest of Tarvik, a depth of 40 km / 35 km deep are NUMBER</td></tr>
 *   <tr><td>falling 60 metres from a ridge / falling 150 metres from a ridge in Maruvia (a name after a second
 *       preposition says where the ridge is: no distance from Maruvia)</td><td>NUMBER</td></tr>
 *   <tr><td>in the 6th round / his 16th straight fight (ordinals rank the thing after them)</td><td>nothing: not the
 *       same quantity; the 6th round / the 7th round is NUMBER</td></tr>
 *   <tr><td>completed his first 12 passes / completed 20 of 25 passes; their first two drives / four of their first
 *       five drives (a part of a sequence, a part of a total, a total of a part)</td><td>nothing: not the same
 *       quantity; 21 of 25 passes / 20 of 25 passes (two parts of one total) and their first three drives / their first
 *       two drives are NUMBER</td></tr>
 *   <tr><td>scored five touchdowns / ran for two touchdowns and caught three TDs (parts, in one sentence or the next,
 *       that add up to the other's total; an acronym's plural counts the unit it abbreviates in {@code units.txt})</td>
 *       <td>nothing: the parts of the total; two and three against six touchdowns is NUMBER</td></tr>
 *   <tr><td>was married three times / married two more times; another 20 yards / 35 yards (an increment)</td>
 *       <td>nothing: not the same quantity; two more times / three more times is NUMBER</td></tr>
 *   <tr><td>sent three monitors / 40 monitors from the Lindby Council, the Norby League and the Ostra Forum (a whole
 *       drawn from several named bodies: {@link #fromSeveral})</td><td>nothing: not the same quantity; two counts
 *       drawn from several bodies, or a count from one body, are NUMBER</td></tr>
 *   <tr><td>with 6:00 minutes remaining / with 10 minutes remaining (a clock reading or time of day)</td><td>nothing:
 *       not a count</td></tr>
 *   <tr><td>the 5. 9-magnitude quake / the 6-magnitude quake; rose 12. 5 percent / rose 9 percent (a decimal that a
 *       space after its point split)</td><td>nothing: neither half is a figure</td></tr>
 *   <tr><td>served 4 1/2 months / served five months; two of the 9/11 hijackers / two of the 19 hijackers (a side of a
 *       fraction, date or ratio written with a slash)</td><td>nothing: "2 months" and "11 hijackers" are no
 *       figures</td></tr>
 *   <tr><td>shortly before 9pm / at 8.49pm; at about 9 a.m. / at 8.49 a.m. (a hedged time of day)</td><td>nothing: a
 *       bound or estimate; at 9.15pm / at 8.49pm is NUMBER</td></tr>
 *   <tr><td>between $140 and $150 million / between $140 million and $150 million (a word of scale written once for
 *       a range)</td><td>nothing: $140 is $140 million</td></tr>
 *   <tr><td>12,000 jobs / 12K jobs; $3.5 billion / $3.5bn (letters of scale written against a figure: K, M, B, bn,
 *       mn, tn, and m or b after a currency sign; not 4G, F-16 or K-12)</td><td>nothing: one figure</td></tr>
 *   <tr><td>a 28-year veteran / promoted four years ago; take effect in 30 days / nine days before the inauguration
 *       (a length of time, a time ago, ahead or from an event)</td><td>nothing: not the same quantity; 26 years ago /
 *       28 years ago is NUMBER</td></tr>
 *   <tr><td>lied three times / twice admitted he lied (counts of times of two verbs in the past, the verb right
 *       before the count or right after "twice")</td><td>nothing: not the same quantity; arrested three times / had been
 *       arrested four times is NUMBER</td></tr>
 *   <tr><td>minus 20 degrees / 20 degrees; married twice / married three times</td><td>NUMBER (a sign, a count
 *       written as an adverb); minus 20 degrees / 20 degrees below zero is nothing</td></tr>
 *   <tr><td>Since May the board has received 300,000 comments / received 235,000 comments (the month, not the
 *       modal)</td><td>NUMBER</td></tr>
 *   <tr><td>Jane Doe scored 18 points / as Eva Strand scored 11 points; 35-year-old Karl Lind / with her 12-year-old
 *       daughter (figures of two people: each sentence names its own owner)</td><td>nothing: not the same quantity;
 *       Jane Doe scored 18 points / Doe scored 16 points is NUMBER, and an article's "Eva Strand added 16 points"
 *       hides no conflict of Doe's</td></tr>
 *   <tr><td>Karl Lind, who has worked at the mill for nearly 30 years / Eva Strand's been at the mill for 37 years
 *       (the person a relative "who" describes; "'s been" is "has been")</td><td>nothing: not the same quantity; Karl
 *       Lind, who has worked there for 30 years / Lind has worked there for 37 years is NUMBER</td></tr>
 *   <tr><td>Eva Strand, 32, / 31-year-old Eva Strand; Eva Strand, age 61, / Eva Strand, 60, (an age after a name
 *       between commas, or after "age")</td><td>NUMBER</td></tr>
 *   <tr><td>Jane Doe needed nine points to break the record / Jane Doe finished with 20 points</td><td>nothing: a
 *       target is not a stated value</td></tr>
 *   <tr><td>killed 15,000 people / injured 1,400 people; a population of 400,000 people / affecting 1.08
 *       million people (slot words of different groups)</td><td>nothing: not the same quantity</td></tr>
 *   <tr><td>killed 15,000 people ... killed more than 1,400 / killed more than 1,400 people</td><td>nothing: a
 *       value the other member states too is no conflict</td></tr>
 *   <tr><td>killed an aid worker and nine members of his family / killed 10 members of one family (the others
 *       beside one person before "and")</td><td>nothing: the nine and the one are the ten; eight members of his family
 *       / 10 members is NUMBER</td></tr>
 *   <tr><td>12 people were injured / 18 people had been injured and 12 arrested (the other member's 12 fills a slot
 *       of another group)</td><td>NUMBER: the same figure counting something else is no agreement</td></tr>
 *   <tr><td>her rate was 21.4 percent / his rate was 18 percent, and two paragraphs on, her rate of 21.4 percent
 *       (the same quantity anywhere in the other article)</td><td>nothing: an article that carries both figures does
 *       not contradict either</td></tr>
 *   <tr><td>2,300 people died / the toll may rise to 10,000 dead</td><td>nothing: a projection is not a stated
 *       value</td></tr>
 *   <tr><td>in 1970, a flood killed 15,000 people / the flood killed 300 people (a past year named before the
 *       number: another event)</td><td>nothing: not the same quantity</td></tr>
 *   <tr><td>$3.6 billion for road repairs / $2.5 billion for road repairs (sums with a currency sign, the same
 *       words after them)</td><td>NUMBER</td></tr>
 *   <tr><td>the repairs will cost $4.2 million / are expected to cost $4.8 million / the board put the cost at $4.8
 *       million; fined the mill $40,000 / fined it $45,000 (no words after the sums: the verb before each names it,
 *       {@link #sumNamedBefore}; "will", "expected" make an estimate, compared with estimates)</td><td>NUMBER; the
 *       repairs cost $4.2 million / were expected to cost $4.8 million, or will cost / could cost, is nothing</td></tr>
 *   <tr><td>a $2 million relief fund / a relief fund of $2.5 million (the words before "of" name the second sum; not
 *       "a total of")</td><td>NUMBER</td></tr>
 *   <tr><td>$3.6 billion from military construction / $600 million from a Treasury fund; $13,625,777 / $13.6 million
 *       (other things; a sum rounded to two or more digits)</td><td>nothing</td></tr>
 *   <tr><td>51.9 per cent / 52% (the same figure rounded)</td><td>nothing</td></tr>
 *   <tr><td>more than 5,000 troops / 5,200 troops (a figure within the other's bound); more than 180 killed / at
 *       least 150 killed (two bounds of one side)</td><td>nothing</td></tr>
 *   <tr><td>left 200 people dead / killed 12 people living in Norrby (the people of one place)</td><td>nothing</td></tr>
 *   <tr><td>some 2,700 pages / 2,702 pages; more than 15 million doses / at least 15.1 million doses (an estimate or
 *       a bound that the precise figure rounds to, two significant digits or more)</td><td>nothing; some 3,000 pages /
 *       2,702 pages and 2,700 pages / 2,702 pages are NUMBER</td></tr>
 *   <tr><td>about 10 minutes / nine minutes; roughly $22 million / $23 million (an estimate and a figure one in its
 *       last written digit away)</td><td>nothing; about 10 minutes / eight minutes is NUMBER</td></tr>
 *   <tr><td>90,000 troops / no number</td><td>nothing: only one member states it</td></tr>
 *   <tr><td>90,000 troops / 90,000 and 13,000 troops</td><td>nothing: one shared value is agreement</td></tr>
 *   <tr><td>90,000 / 90,000 / 94,000 troops</td><td>NUMBER, listing all three</td></tr>
 *   <tr><td>on Thursday / on Friday, each member naming one weekday</td><td>DATE</td></tr>
 *   <tr><td>six workers lost their lives on Wednesday night when a main burst / six workers died when a main burst on
 *       Tuesday night ("lost their lives" is "died")</td><td>DATE; lost their lives on Wednesday / lost their jobs on
 *       Tuesday: nothing, two losses</td></tr>
 *   <tr><td>said Thursday, in an article of Thursday 10 June / said Friday, in one of Friday 11 June (the later names a
 *       day after the earlier was published)</td><td>nothing: the earlier cannot tell of that day, so they tell of two
 *       occasions; DATE when both quote the same words in the passage (one remark), or when both were published on one
 *       day</td></tr>
 *   <tr><td>December 2 / December 3; 2014 / 2015 (dates of the same precision)</td><td>DATE</td></tr>
 *   <tr><td>died on March 11 / suffered a stroke on March 2 (days of two actions, told as for weekdays)</td><td>nothing;
 *       suffered a stroke on March 3 / on March 2 is DATE</td></tr>
 *   <tr><td>signed Eva Strand on Tuesday and Karl Lind today / on Wednesday signed Karl Lind (one verb, two objects)
 *       </td><td>nothing</td></tr>
 *   <tr><td>shot dead on May 14 / shot dead on May 14, 2023 while looking into a May 10 robbery</td><td>nothing: a
 *       date written with its year states its day and month too</td></tr>
 *   <tr><td>voters will elect a mayor on May 12 / voters will elect a mayor, the Lindby Post reported March 20 (a date
 *       right after a word of saying or reporting)</td><td>nothing: the day of a report is not the day of what it
 *       reports; two such days (said on May 3 / said on May 4) are DATE</td></tr>
 *   <tr><td>since Peru's 2007 quake / since the 2010 disaster (years before the article was published)</td><td>nothing:
 *       past years date other events</td></tr>
 *   <tr><td>built in the 1930s / at the start of the 1980s (a decade written in full)</td><td>nothing: a time of the
 *       story's past, not a count; in her 70s / in her 80s (ages) is NUMBER</td></tr>
 *   <tr><td>In 1969, he was indicted / In 1970, he was indicted (a past year opening each sentence)</td><td>DATE: the
 *       year dates the fact both report</td></tr>
 *   <tr><td>John Smith / James Smith (same surname, given names more than a transliteration apart)</td><td>NAME</td></tr>
 *   <tr><td>Malia and Sasha Obama / Sasha and Malia Obama (each names the other's person too)</td><td>nothing: two people</td></tr>
 *   <tr><td>charged Andrew Lopez / Kristian Lopez was arrested, in an article that names Andrew Lopez elsewhere (an
 *       article names both people of the surname)</td><td>nothing: two people of one family</td></tr>
 *   <tr><td>his wife, Anna Berg Lind; his daughters Eva Lind and Sara Lind / his wife, Anna Lind (a name of three
 *       words is compared for agreement only)</td><td>nothing: Anna Lind is named by both</td></tr>
 *   <tr><td>Secretary Clinton / Hillary Clinton (an office, not a given name)</td><td>nothing</td></tr>
 *   <tr><td>Pedestrian Accidents / Run Accidents (words the articles also write in lower case)</td><td>nothing:
 *       no person's names</td></tr>
 *   <tr><td>Cheeks / Cheeks, resolved from elsewhere in each article to Maurice and to Mo</td><td>nothing: the
 *       passage states no given name</td></tr>
 *   <tr><td>Sergei Lavrov / Sergey Lavrov</td><td>nothing: a transliteration</td></tr>
 *   <tr><td>South America / Latin America (a word of {@code places.txt} first or last)</td><td>nothing: places,
 *       not people</td></tr>
 *   <tr><td>Karl Lind, D-N.J. / Karl Lind, D-N.Y.; Karl Lind, a New Jersey Democrat / Karl Lind (R-N.J.) (one
 *       person's party and state tag right after the name)</td><td>NAME</td></tr>
 *   <tr><td>Jane Doe, D-Calif. / Jane Doe (D-CA) (one state written two ways, {@code state-tags.txt}); Karl Lind of New
 *       Jersey / Karl Lind of New York</td><td>nothing: one tag; places are not compared</td></tr>
 * </table>
 *
 * <p>A number is one quantity as a fact: what it counts (the first lower-case word after it, skipping
 * "more", "of the" and links such as "were reported", or the plural a singular word there modifies: "2,301 career
 * points" counts points; a word of a {@code person:} line of {@code slots.txt},
 * such as "dead", counts people) and its slot words (words of {@code slots.txt} just before it, skipping
 * qualifiers such as "at least" and "of about", and just after its counted thing) and where it stands in a part and
 * its total: "20" of "20 of 25 passes" counts a part of 25 passes, "25" there is the whole of a part, and "12" of
 * "his first 12 passes" (or last, final, opening) a part of a sequence; each is one quantity only with a figure that
 * stands alike; and whose it is: the person or team its clause names as the subject of the verb before it ("Jane Doe
 * scored 18 points"), or, for an age, the name after it or the relative after a possessive ("her 12-year-old
 * daughter"). Two numbers of two members are the same quantity when they count the same unit, or one counts nothing
 * named and both have a slot word of one group, they have no slot words of different groups, and they are not of two
 * different owners. Numbers that count nothing and have no slot word, numbers after a word of projection or need in
 * their clause ("may", "could", "expected", "needed"), and the figures of a clock reading ("6:00", "7:41 left") are
 * never compared. Stateless and thread-safe.
 */
final class DiscrepancyFinder {
  private final Lexicon lex;

  DiscrepancyFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Discrepancy> find(Inputs in) {
    return find(in, facts());
  }

  /**
   * Each article's numbers as facts, computed once per comparison: hand the same one to {@link #find} and
   * {@link #restatesFigures}. Not thread-safe; one per comparison.
   */
  Facts facts() {
    return new Facts();
  }

  /** A per-comparison memo of each article's amounts. */
  final class Facts {
    private final Map<AnalyzedArticle, Map<Mention, Amount>> amounts = new IdentityHashMap<>();
    private final Map<AnalyzedArticle, Set<String>> lowerCase = new IdentityHashMap<>();
    private final Map<AnalyzedArticle, Map<Integer, List<Mention>>> multiples = new IdentityHashMap<>();

    private Map<Mention, Amount> amountsOf(AnalyzedArticle a) {
      return amounts.computeIfAbsent(a, x -> DiscrepancyFinder.this.amounts(x,
          multiples.computeIfAbsent(x, DiscrepancyFinder::multiples)));
    }

    /** The counts an article writes as an adverb in one of its sentences ("twice"), as numbers. */
    List<Mention> multiples(AnalyzedArticle a, int sentence) {
      return multiples.computeIfAbsent(a, DiscrepancyFinder::multiples).getOrDefault(sentence, List.of());
    }

    /** The words an article writes in lower case somewhere: common words, not a person's name ("accidents"). */
    Set<String> lowerCase(AnalyzedArticle a) {
      return lowerCase.computeIfAbsent(a, x -> {
        Set<String> out = new HashSet<>();
        for (Sentence s : x.sentences()) {
          for (Token t : s.tokens()) {
            if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
              out.add(t.norm());
            }
          }
        }
        return out;
      });
    }

    /** The number as a fact, or empty when it is a projection or names nothing it counts and no slot word. */
    Optional<Amount> amount(AnalyzedArticle a, Mention x) {
      return Optional.ofNullable(amountsOf(a).get(x));
    }

    /**
     * Whether an article states, anywhere, the same quantity as {@code y} with {@code y}'s value: it carries that
     * figure too, so another of its figures is no conflict with {@code y} ("his own rate was 18 percent" beside "her
     * rate was 21.4 percent" in one article is no contradiction of another's 21.4 percent). A scan of the article's
     * figures, run only for a pair that would otherwise conflict.
     */
    boolean statesAnywhere(AnalyzedArticle a, Amount y) {
      for (Amount z : amountsOf(a).values()) {
        if (sameValue(z.mention().value(), y.mention().value()) && z.past().equals(y.past()) && sameSlot(z, y)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code part}, with one or two other figures its article gives of the same quantity in its sentence or
     * the one before or after, adds up to {@code total}: one outlet's parts are another's whole ("ran for two
     * touchdowns and caught three" is the "five touchdowns" another counts). The other figures count the same unit
     * for the same owner, time, stretch and measure as {@code part}, and differ from it and from each other in value
     * (a figure said twice is one figure). Parts that make up another value still differ ("six touchdowns").
     */
    boolean partsAddUpTo(AnalyzedArticle a, Amount part, Amount total) {
      BigDecimal whole = decimal(total.mention().value());
      BigDecimal first = decimal(part.mention().value());
      if (part.unit().isEmpty() || whole == null || first == null || first.signum() <= 0
          || first.compareTo(whole) >= 0) {
        return false;
      }
      List<BigDecimal> others = new ArrayList<>();
      for (Amount z : amountsOf(a).values()) {
        BigDecimal v = decimal(z.mention().value());
        if (z != part && v != null && v.signum() > 0 && v.compareTo(first) != 0
            && Math.abs(z.mention().sentence() - part.mention().sentence()) <= 1 && z.unit().equals(part.unit())
            && z.past().equals(part.past()) && z.stretch().equals(part.stretch()) && z.measure().equals(part.measure())
            && (z.owner().isEmpty() || part.owner().isEmpty() || sameOwner(z.owner(), part.owner()))
            && others.stream().noneMatch(o -> o.compareTo(v) == 0)) {
          others.add(v);
        }
      }
      BigDecimal rest = whole.subtract(first);
      for (int i = 0; i < others.size(); i++) {
        if (others.get(i).compareTo(rest) == 0) {
          return true;
        }
        for (int j = i + 1; j < others.size(); j++) {
          if (others.get(i).add(others.get(j)).compareTo(rest) == 0) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** A figure's value as a number, or null when it is none ("1990s"). */
  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Every number of an article as a fact, by mention ({@code multiples}: its "twice"s, by sentence). */
  private Map<Mention, Amount> amounts(AnalyzedArticle a, Map<Integer, List<Mention>> multiples) {
    int now = referenceYear(a);
    List<List<Mention>> years = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      years.add(new ArrayList<>());
    }
    for (Mention d : a.mentions()) {
      if (d.kind() == MentionKind.DATE && isYear(d) && Integer.parseInt(d.value()) < now) {
        years.get(d.sentence()).add(d);
      }
    }
    Map<Integer, Mention> numbersByStart = new HashMap<>();
    Map<Integer, Mention> namesByEnd = new HashMap<>();
    for (Mention x : a.mentions()) {
      if (x.kind() == MentionKind.NUMBER) {
        numbersByStart.put(x.start(), x);
      } else if (x.kind() == MentionKind.NAME) {
        namesByEnd.put(x.end(), x);
      }
    }
    List<String> named = lastNamedBefore(a);
    Map<Mention, Amount> out = new IdentityHashMap<>();
    List<Mention> numbers = new ArrayList<>();
    for (Mention x : a.mentions()) {
      if (x.kind() == MentionKind.NUMBER) {
        numbers.add(x);
      }
    }
    multiples.values().forEach(numbers::addAll);
    for (Mention x : numbers) {
      amount(a, x, years.get(x.sentence()), numbersByStart, namesByEnd, named.get(x.sentence()))
          .ifPresent(v -> out.put(x, v));
    }
    return out;
  }

  /** Adverbs of how many times, and the count each states: "married twice" is married two times. */
  private static final Map<String, String> MULTIPLES = Map.of("twice", "2", "thrice", "3");

  /**
   * The counts an article writes as an adverb ("twice", "thrice"; not "once", as often "formerly"), as numbers of
   * times, by sentence: "Eva Strand married twice" is compared with "married three times".
   */
  private static Map<Integer, List<Mention>> multiples(AnalyzedArticle a) {
    Map<Integer, List<Mention>> out = new HashMap<>();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String value = t.kind() == TokenKind.WORD ? MULTIPLES.get(t.norm()) : null;
        if (value != null) {
          out.computeIfAbsent(s.index(), k -> new ArrayList<>())
              .add(new Mention(MentionKind.NUMBER, t.text(), value, "", s.index(), t.start(), t.end()));
        }
      }
    }
    return out;
  }

  List<Discrepancy> find(Inputs in, Facts facts) {
    return find(in, facts, Map.of());
  }

  /**
   * As {@link #find(Inputs, Facts)}, with the figures and dates of each passage also compared with the sentences
   * {@code restated} gives for it: an article's sentence that reports the passage's fact but that the aligner put
   * elsewhere ("his term ends in 2019" beside "before his term ends in 2018"). Weekdays and names are compared
   * within the passage only.
   */
  List<Discrepancy> find(Inputs given, Facts facts, Map<String, List<PassageMember>> restated) {
    // the articles in their own order, not as given: a figure's discrepancy and where it is listed do not depend on
    // which article was given first; each discrepancy's values are put back in article order at the end
    Inputs in = given.inOwnOrder();
    List<Discrepancy> out = new ArrayList<>();
    for (Passage p : in.passages()) {
      List<PassageMember> members = new ArrayList<>();
      for (PassageMember m : p.members()) {
        if (in.article(m.article()) != null) {
          members.add(m);
        }
      }
      // both in the articles' own order (an article's members keep theirs), whatever order the passage lists them in
      Comparator<PassageMember> byArticle = Comparator.comparingInt(m -> in.order(m.article()));
      members.sort(byArticle);
      List<PassageMember> wider = new ArrayList<>(members);
      for (PassageMember m : restated.getOrDefault(p.id(), List.of())) {
        if (in.article(m.article()) != null) {
          wider.add(m);
        }
      }
      wider.sort(byArticle);
      if (wider.size() < 2) {
        continue;
      }
      numbers(in, facts, p, wider, new HashSet<>(members), out);
      tallies(in, p, wider, new HashSet<>(members), out);
      dates(in, p, wider, out);
      if (members.size() >= 2) {
        // a sentence that reports the fact elsewhere often dates another action of it ("passing a resolution on
        // Tuesday" / "Obama said Wednesday"): weekdays and names are compared within the passage only
        weekdays(in, p, members, out);
        names(in, facts, p, members, out);
        partyTags(in, p, members, out);
      }
    }
    standing(in, facts, out);
    leads(in, facts, out);
    counted(in, facts, out);
    oneVote(in, out);
    twins(in, out);
    List<Discrepancy> found = new ArrayList<>();
    for (Discrepancy d : located(in, oneEntryEach(once(out)))) {
      List<Discrepancy.Value> values = new ArrayList<>(d.values());
      values.sort(Comparator.comparingInt(v -> given.order(v.article()))); // an article's values keep their order
      found.add(new Discrepancy(d.kind(), d.passage(), values));
    }
    return found;
  }

  /**
   * The discrepancies with each value that stands in another passage than its discrepancy's ({@link
   * Discrepancy.Value#passage()}) naming that passage: a figure compared across passages says where it stands.
   */
  private static List<Discrepancy> located(Inputs in, List<Discrepancy> found) {
    List<Discrepancy> out = new ArrayList<>();
    for (Discrepancy d : found) {
      List<Discrepancy.Value> values = new ArrayList<>();
      for (Discrepancy.Value v : d.values()) {
        String q = in.passageOf(v.article(), v.sentence());
        values.add(q == null || q.equals(d.passage()) ? v : v.in(q));
      }
      out.add(new Discrepancy(d.kind(), d.passage(), values));
    }
    return out;
  }

  /**
   * The discrepancies with the same values at the same places listed once, first found first: a fact the aligner
   * split is compared from both of its passages.
   */
  private static List<Discrepancy> once(List<Discrepancy> all) {
    Set<List<Object>> seen = new HashSet<>();
    List<Discrepancy> out = new ArrayList<>();
    for (Discrepancy d : all) {
      List<Object> key = new ArrayList<>();
      key.add(d.kind());
      d.values().stream().sorted(Comparator.comparing(Discrepancy.Value::article).thenComparingInt(Discrepancy.Value::start))
          .forEach(v -> key.addAll(List.of(v.article(), v.start(), v.end())));
      if (seen.add(key)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The discrepancies that report one conflict as one entry: a later one of the same kind that gives the same values
   * as an earlier one (alike written, ignoring case), and shares with it an article that gives the same value in both,
   * is folded into the earlier one, its values added where the earlier does not list them already. One outlet's 5%
   * in its headline and in its lead, each aligned with another outlet's 4%, is one conflict of 4% and 5%. So is one of
   * the same kind and passage whose every value the other lists too, for its article, at the same place or alike in
   * meaning ({@link #alike}): "five people" / "three people" within a passage, and the same two with a third article's
   * "two people" found across passages, are one conflict of three values; "5.6" / "6.1" and "5.6-magnitude" / "6.1
   * magnitude" of the same articles are one too.
   */
  static List<Discrepancy> oneEntryEach(List<Discrepancy> all) {
    List<Discrepancy> out = new ArrayList<>();
    for (Discrepancy d : all) {
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        if (sameConflict(out.get(i), d)) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(d);
        continue;
      }
      Discrepancy first = out.get(into);
      List<Discrepancy.Value> values = new ArrayList<>(first.values());
      for (Discrepancy.Value v : d.values()) {
        if (values.stream().noneMatch(w -> w.article().equals(v.article()) && w.start() == v.start())) {
          values.add(v);
        }
      }
      values.sort(Comparator.comparing(Discrepancy.Value::article).thenComparingInt(Discrepancy.Value::start));
      out.set(into, new Discrepancy(first.kind(), first.passage(), values));
    }
    return out;
  }

  /**
   * Whether two discrepancies of one kind give the same values and an article of both gives the same one in each, or
   * stand in one passage with every value of one listed by the other ({@link #within}).
   */
  private static boolean sameConflict(Discrepancy a, Discrepancy b) {
    if (a.kind() == b.kind() && a.passage().equals(b.passage()) && (within(a, b) || within(b, a))) {
      return true;
    }
    if (a.kind() != b.kind() || !valuesOf(a.values()).equals(valuesOf(b.values()))) {
      return false;
    }
    Map<String, Set<String>> byArticle = new HashMap<>();
    for (Discrepancy.Value v : a.values()) {
      byArticle.computeIfAbsent(v.article(), k -> new HashSet<>()).add(v.value().toLowerCase(Locale.ROOT));
    }
    boolean shared = false;
    for (Discrepancy.Value v : b.values()) {
      Set<String> there = byArticle.get(v.article());
      if (there != null) {
        if (!there.contains(v.value().toLowerCase(Locale.ROOT))) {
          return false;
        }
        shared = true;
      }
    }
    return shared;
  }

  /**
   * Whether every value of {@code inner} is one that {@code outer} lists for the same article, at the same place or
   * alike in meaning ({@link #alike}).
   */
  private static boolean within(Discrepancy inner, Discrepancy outer) {
    for (Discrepancy.Value v : inner.values()) {
      if (outer.values().stream().noneMatch(w -> w.article().equals(v.article())
          && (w.start() == v.start() || alike(w.value(), v.value())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two values as written are one value, one with its thing named after it: the same words (case aside), or
   * one the other's words followed, after a hyphen or a space, by a word that is no scale ("5.6" / "5.6-magnitude",
   * "Tuesday" / "Tuesday night"; not "$2" / "$2 million").
   */
  static boolean alike(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (!longer.startsWith(shorter)) {
      return false;
    }
    if (longer.length() == shorter.length()) {
      return true;
    }
    char joint = longer.charAt(shorter.length());
    String next = longer.substring(shorter.length() + 1).split("[ -]", 2)[0];
    return (joint == '-' || joint == ' ') && !next.isEmpty() && Character.isLetter(next.charAt(0))
        && NumberScales.word(next) == 0;
  }

  private static Set<String> valuesOf(List<Discrepancy.Value> values) {
    Set<String> out = new HashSet<>();
    values.forEach(v -> out.add(v.value().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The smallest figure whose near twin is a misprint rather than a rounding or an update. */
  private static final long TWIN_MIN = 100_000;

  /**
   * Precise figures that two articles state almost alike, wherever they stand: "16,141,241 votes" and
   * "16,141,242 (48.1%)" are one count misprinted, not two quantities. Both must be at least 100,000, not
   * round (not a multiple of 1,000), within a thousandth of each other, and neither article may state the
   * other's value. Listed under the most salient of the values' passages ({@link #filedUnder}), unless a discrepancy
   * already shows both.
   */
  private void twins(Inputs in, List<Discrepancy> out) {
    record Figure(String passage, AnalyzedArticle article, Mention mention, long value) {}
    List<Figure> all = new ArrayList<>();
    Map<String, Set<String>> stated = new LinkedHashMap<>();
    for (Passage p : in.passages()) {
      for (PassageMember m : p.members()) {
        AnalyzedArticle a = in.article(m.article());
        if (a == null) {
          continue;
        }
        for (Mention x : mentions(in, m, MentionKind.NUMBER)) {
          stated.computeIfAbsent(a.id(), k -> new HashSet<>()).add(x.value());
          long v = wholeNumber(x.value());
          if (v >= TWIN_MIN && v % 1000 != 0) {
            all.add(new Figure(p.id(), a, x, v));
          }
        }
      }
    }
    all.sort(Comparator.comparingInt((Figure f) -> in.order(f.article().id())).thenComparingInt(f -> f.mention().start()));
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      Figure x = all.get(i);
      Figure y = all.get(j);
      return x.article() != y.article() && x.value() != y.value()
          && Math.abs(x.value() - y.value()) * 1000 <= Math.max(x.value(), y.value())
          && !stated.get(x.article().id()).contains(y.mention().value())
          && !stated.get(y.article().id()).contains(x.mention().value())
          && !shown(out, x.article().id(), x.mention(), y.article().id(), y.mention());
    });
    for (List<Figure> g : groups.stream().map(ids -> ids.stream().map(all::get).toList()).toList()) {
      List<Discrepancy.Value> values = new ArrayList<>();
      for (Figure f : g) {
        Mention m = f.mention();
        values.add(new Discrepancy.Value(f.article().id(), m.text(), m.sentence(), m.start(), m.end()));
      }
      out.add(new Discrepancy(DiscrepancyKind.NUMBER, filedUnder(in, g.stream().map(Figure::passage).toList()),
          values));
    }
  }

  /**
   * The tally of the one vote a story reports, that two articles write differently in two passages: "The 220-to-190
   * party-line vote stands in contrast to a vote in May" and "The vote was 222-190 with two Republicans joining".
   * Each article must write one tally only (once or more: a headline and a sentence) and the two must count one
   * body's votes ({@link VoteTallies.Tally#sameBodyAs}); an article that writes the tallies of two votes is compared
   * within passages only. The two articles must be published on the same day when both dates are known: a chamber
   * votes many times on a story that runs for days ("passed 69 to 30" on a bill, "50-49" on a budget resolution the
   * next day), and tallies the aligner left apart in articles of two days are two votes. Listed under the first
   * value's passage, unless a discrepancy already shows both.
   */
  private static void oneVote(Inputs in, List<Discrepancy> out) {
    record Vote(String passage, AnalyzedArticle article, VoteTallies.Tally tally) {}
    List<Vote> all = new ArrayList<>();
    for (AnalyzedArticle a : in.main()) {
      Map<Integer, String> mine = in.sentencePassages().getOrDefault(a.id(), Map.of());
      Set<String> values = new HashSet<>();
      Vote first = null;
      for (int si = 0; si < a.sentences().size() && values.size() < 2; si++) {
        for (VoteTallies.Tally x : VoteTallies.in(a, si)) {
          values.add(x.value());
          if (first == null && mine.containsKey(si)) {
            first = new Vote(mine.get(si), a, x);
          }
        }
      }
      if (values.size() == 1 && first != null) {
        all.add(first);
      }
    }
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      Vote x = all.get(i);
      Vote y = all.get(j);
      return !x.tally().value().equals(y.tally().value()) && x.tally().sameBodyAs(y.tally())
          && !publishedDaysApart(x.article(), y.article())
          && !shown(out, x.article().id(), x.tally().start(), y.article().id(), y.tally().start());
    });
    for (List<Vote> g : groups.stream().map(ids -> ids.stream().map(all::get).toList()).toList()) {
      List<Discrepancy.Value> values = new ArrayList<>();
      for (Vote v : g) {
        VoteTallies.Tally x = v.tally();
        values.add(new Discrepancy.Value(v.article().id(), v.article().article().text().substring(x.start(), x.end()),
            x.sentence(), x.start(), x.end()));
      }
      out.add(new Discrepancy(DiscrepancyKind.NUMBER, filedUnder(in, g.stream().map(Vote::passage).toList()),
          values));
    }
  }

  /** Whether two articles' publication dates are both known and fall on different days. */
  private static boolean publishedDaysApart(AnalyzedArticle a, AnalyzedArticle b) {
    Optional<LocalDate> x = a.article().published();
    Optional<LocalDate> y = b.article().published();
    return x.isPresent() && y.isPresent() && !x.get().equals(y.get());
  }

  /** How many body sentences open an article: its lead, where each outlet states the event's main figures. */
  private static final int LEAD_SENTENCES = 2;

  /**
   * Counts of people that two articles' leads (their first two body sentences) state differently in two passages:
   * "Floods killed at least 14 people" and "11 people died in the floods", which the aligner may leave apart. Each
   * figure must count people with a word of what happened to them beside it ({@code person:} in {@code slots.txt}:
   * "killed 12 people", "12 people were injured"; not a word found elsewhere in its clause, nor an age), the two
   * must share that word's group, and they must be one quantity as {@link #numbers} reads it (the same time and
   * stretch; no bound, estimate or rounding that lets both be right; neither article states the other's figure of
   * that quantity anywhere). Listed under the most salient of the values' passages ({@link #filedUnder}), unless a
   * discrepancy already shows both.
   * Other quantities are compared across passages only as {@link #standing}, {@link #counted}, {@link #oneVote} and
   * {@link #twins} say: on real coverage, leads' figures of other things (months, percentages, cases) were mostly of
   * two quantities.
   */
  private void leads(Inputs in, Facts facts, List<Discrepancy> out) {
    record Lead(String passage, Amount amount) {}
    List<Lead> all = new ArrayList<>();
    Map<String, List<Amount>> ofArticle = new HashMap<>();
    for (AnalyzedArticle a : in.main()) {
      Map<Integer, String> mine = in.sentencePassages().getOrDefault(a.id(), Map.of());
      int body = 0;
      for (Sentence s : a.sentences()) {
        if (s.role() != SentenceRole.BODY) {
          continue;
        }
        if (body++ >= LEAD_SENTENCES) {
          break;
        }
        String passage = mine.get(s.index());
        for (Mention x : in.mentionsIn(a.id(), s.index())) {
          Optional<Amount> amount = x.kind() == MentionKind.NUMBER ? facts.amount(a, x) : Optional.empty();
          if (passage != null && amount.isPresent() && amount.get().slotBeside()
              && amount.get().unit().equals(lex.unit("person"))) {
            all.add(new Lead(passage, amount.get()));
            ofArticle.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(amount.get());
          }
        }
      }
    }
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      Amount x = all.get(i).amount();
      Amount y = all.get(j).amount();
      return !x.article().equals(y.article()) && !all.get(i).passage().equals(all.get(j).passage())
          && x.slots().stream().anyMatch(s -> lex.personSlot(s) && y.slots().contains(s))
          && differ(in, facts, x, y, ofArticle.get(x.article()), ofArticle.get(y.article()))
          && !shown(out, x.article(), x.mention(), y.article(), y.mention());
    });
    for (List<Lead> g : groups.stream().map(ids -> ids.stream().map(all::get).toList()).toList()) {
      out.add(acrossPassages(in, filedUnder(in, g.stream().map(Lead::passage).toList()),
          g.stream().map(Lead::amount).toList()));
    }
  }

  /** Counted things that {@link #counted} leaves to the other rules: people, times, shares, sums, ages, ranks. */
  private static final Set<String> NOT_ONE_FACT = Sets.union(Lexicon.PERIODS, Set.of("person", "time", "percent",
      "cent", "dollar", "euro", "pound", "year-old"));

  /**
   * Counts of one named thing that two articles state differently in two passages: "About 40 firefighters fought the
   * flames" and "Fifty firefighters were sent to the site", "About 14,000 vehicles cross the bridge each day" and
   * "Around 20,000 vehicles use the bridge daily", which the aligner may leave apart when the outlets word the rest of
   * the sentence differently. Each figure must be its article's only value of that counted thing anywhere (an article
   * that counts firefighters twice, or counts two groups of them, tells of more than one fact), count a plain thing
   * (no person, time, share, sum, age, length, rank, part or increment: those are compared across passages only as
   * {@link #leads} and {@link #standing} say), be told in the same tense ({@link #tense}: a count done is no count
   * that stands), and the two articles must be published on one day when both dates are known; then the two must be
   * one quantity as {@link #numbers} reads it ({@link #differ}: no bound, estimate or rounding that lets both be
   * right). A count that joins a discrepancy already found (the other outlets' "about 60" beside a passage's "60" /
   * "70") is added to it; otherwise the discrepancy is listed under the most salient of the values' passages.
   */
  private void counted(Inputs in, Facts facts, List<Discrepancy> out) {
    record Count(String passage, Amount amount, String tense) {}
    List<Count> all = new ArrayList<>();
    Map<String, List<Amount>> ofArticle = new HashMap<>();
    for (AnalyzedArticle a : in.main()) {
      Map<Integer, String> mine = in.sentencePassages().getOrDefault(a.id(), Map.of());
      Map<String, List<Amount>> byUnit = new LinkedHashMap<>();
      for (Mention x : a.mentions()) {
        Optional<Amount> amount = x.kind() == MentionKind.NUMBER ? facts.amount(a, x) : Optional.empty();
        if (amount.isPresent() && !amount.get().unit().isEmpty()) {
          byUnit.computeIfAbsent(amount.get().unit(), k -> new ArrayList<>()).add(amount.get());
        }
      }
      for (List<Amount> same : byUnit.values()) {
        Amount x = same.stream().filter(y -> plainCount(facts, a, y)).findFirst().orElse(null);
        String passage = x == null ? null : mine.get(x.mention().sentence());
        if (passage != null && a.sentences().get(x.mention().sentence()).role() == SentenceRole.BODY
            && same.stream().allMatch(y -> sameValue(y.mention().value(), x.mention().value()))) {
          List<Token> t = a.sentences().get(x.mention().sentence()).tokens();
          String tense = tense(t, firstAtOrAfter(t, x.mention().start()));
          if (!tense.equals("projected")) {
            all.add(new Count(passage, x, tense));
          }
          ofArticle.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      Amount x = all.get(i).amount();
      Amount y = all.get(j).amount();
      return !x.article().equals(y.article()) && !all.get(i).passage().equals(all.get(j).passage())
          && x.unit().equals(y.unit()) && x.slots().equals(y.slots()) && all.get(i).tense().equals(all.get(j).tense())
          && !publishedDaysApart(in.article(x.article()), in.article(y.article()))
          && differ(in, facts, x, y, ofArticle.get(x.article()), ofArticle.get(y.article()))
          && !shown(out, x.article(), x.mention(), y.article(), y.mention());
    });
    for (List<Count> g : groups.stream().map(ids -> ids.stream().map(all::get).toList()).toList()) {
      Discrepancy found = acrossPassages(in, filedUnder(in, g.stream().map(Count::passage).toList()),
          g.stream().map(Count::amount).toList());
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        if (out.get(i).kind() == DiscrepancyKind.NUMBER && sharesAValue(out.get(i), found)) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(found);
        continue;
      }
      List<Discrepancy.Value> values = new ArrayList<>(out.get(into).values());
      for (Discrepancy.Value v : found.values()) {
        if (values.stream().noneMatch(w -> w.article().equals(v.article()) && w.start() <= v.end() && v.start() <= w.end())) {
          values.add(v);
        }
      }
      values.sort(Comparator.comparing(Discrepancy.Value::article).thenComparingInt(Discrepancy.Value::start));
      out.set(into, new Discrepancy(DiscrepancyKind.NUMBER, out.get(into).passage(), values));
    }
  }

  /** Whether two discrepancies list one figure of one article (their spans overlap). */
  private static boolean sharesAValue(Discrepancy a, Discrepancy b) {
    for (Discrepancy.Value v : a.values()) {
      for (Discrepancy.Value w : b.values()) {
        if (v.article().equals(w.article()) && v.start() < w.end() && w.start() < v.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an amount counts a plain named thing ("firefighters", "vehicles"): not a person (the people of
   * {@link #leads}), a time, a share, a sum, an age, a length, a rate, nor a rank, part, increment or other figure
   * whose unit carries where it stands.
   */
  private boolean plainCount(Facts facts, AnalyzedArticle a, Amount x) {
    String u = x.unit();
    if (u.isEmpty() || x.money() || u.contains(" ") || isLength(u) || !x.owner().isEmpty() || !x.measure().isEmpty()
        || !x.stretch().isEmpty() || x.poll().reported() || wholeNumber(x.mention().value()) < 2
        || NumberCompounds.isCompound(x.mention().text())) {
      return false;
    }
    // the counted word right after the figure, in the plural, no unit of measure, and not a rate: "40 firefighters",
    // not "469 COVID-19 cases", "38 caliber", "went 73 yards" or "55.8 births per 1,000 women"
    List<Token> t = a.sentences().get(x.mention().sentence()).tokens();
    int counted = lastEndingBy(t, x.mention().end()) + 1;
    if (counted >= t.size() || t.get(counted).end() != x.end() || t.get(counted).kind() != TokenKind.WORD
        || t.get(counted).norm().equals(t.get(counted).lemma()) || !t.get(counted).norm().endsWith("s")
        || MEASURES.contains(t.get(counted).norm()) || MEASURED.contains(t.get(counted).norm())
        || counted + 1 < t.size() && PER.contains(t.get(counted + 1).norm())) {
      return false;
    }
    // a count its clause tells of (the subject, or the object of a verb), and the only such figure of its sentence (a
    // time of day is none): not one after a preposition or in a list ("in 54 games", "four shops and two banks"), nor
    // one of a sentence of several counts ("had 33 homers and 121 RBIs in 157 games"), each a part of a record
    if (!toldOf(a, x.mention())) {
      return false;
    }
    for (Mention y : a.mentions()) {
      if (y.kind() == MentionKind.NUMBER && y.sentence() == x.mention().sentence() && y.start() != x.mention().start()
          && facts.amount(a, y).isPresent() && toldOf(a, y)) {
        return false;
      }
    }
    for (String stem : NOT_ONE_FACT) {
      if (lex.unit(stem).equals(u)) {
        return false;
      }
    }
    return true;
  }

  /** Plurals that measure rather than count: "scored 18 points", "20 degrees". */
  private static final Set<String> MEASURED = Set.of("points", "degrees");

  /**
   * Words before a figure that make it one of several, a vague many or a change: "four shops and two banks", "a few
   * hundred", "down 6.8 million jobs".
   */
  private static final Set<String> NOT_TOLD_OF = Set.of("and", "or", "nor", "several", "few", "many", "combined", "down",
      "up");

  /** Whether no preposition, list word or vague word stands right before a figure and its bound words. */
  private static boolean toldOf(AnalyzedArticle a, Mention m) {
    List<Token> t = a.sentences().get(m.sentence()).tokens();
    int k = firstAtOrAfter(t, figureStart(a, m)) - 1;
    return k < 0 || !(PREPOSITIONS.contains(t.get(k).norm()) || NOT_TOLD_OF.contains(t.get(k).norm()));
  }

  /** Words that tell of a clause in the past beside a verb: "were sent", "had left", "did". */
  private static final Set<String> PAST_LINKS = Set.of("was", "were", "had", "did");

  /**
   * The tense of the clause that holds token {@code at}: "projected" when a word of projection stands in it after the
   * figure ("700,000 jobs would be added": those before it leave no amount), "past" when a word of it is a verb in the
   * past ("fought", "battled", "were sent"), else "present" ("About 14,000 vehicles cross the bridge each day").
   */
  private static String tense(List<Token> t, int at) {
    int from = at;
    while (from > 0 && !endsClause(t.get(from - 1))) {
      from--;
    }
    String tense = "present";
    for (int k = from; k < t.size() && !(k > at && endsClause(t.get(k))); k++) {
      Token w = t.get(k);
      if (w.kind() != TokenKind.WORD || !Character.isLowerCase(w.text().charAt(0))) {
        continue;
      }
      if (k > at && PROJECTIONS.contains(w.norm())) {
        return "projected";
      }
      if (PAST_LINKS.contains(w.norm()) || PAST_FORMS.contains(w.norm()) || pastVerb(w)) {
        tense = "past";
      }
    }
    return tense;
  }

  /**
   * The passage a discrepancy across passages is listed under: the most salient of its values' passages (the story's
   * lead fact rather than one outlet's aside), of two as salient the first value's, values in the articles' own order.
   */
  private static String filedUnder(Inputs in, List<String> passages) {
    Map<String, Double> salience = new HashMap<>();
    for (Passage p : in.passages()) {
      salience.put(p.id(), p.salience());
    }
    String best = passages.get(0);
    for (String p : passages) {
      if (salience.getOrDefault(p, 0.0) > salience.getOrDefault(best, 0.0)) {
        best = p;
      }
    }
    return best;
  }

  /** Whether a discrepancy already lists both mentions. */
  private static boolean shown(List<Discrepancy> found, String articleA, Mention a, String articleB, Mention b) {
    return shown(found, articleA, a.start(), articleB, b.start());
  }

  /** Whether a discrepancy already lists both values, each by its article and start offset. */
  private static boolean shown(List<Discrepancy> found, String articleA, int startA, String articleB, int startB) {
    for (Discrepancy d : found) {
      boolean hasA = false;
      boolean hasB = false;
      for (Discrepancy.Value v : d.values()) {
        hasA |= v.article().equals(articleA) && v.start() == startA;
        hasB |= v.article().equals(articleB) && v.start() == startB;
      }
      if (hasA && hasB) {
        return true;
      }
    }
    return false;
  }

  /** A mention's value as a whole number, or -1 when it has a fraction or is not a number. */
  private static long wholeNumber(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Whether an article that does not carry a passage of headlines and bullets only still reports its figures:
   * every number of the passage that counts people or a standing quantity ("at least 73 dead") has an amount
   * of the same slot somewhere in the article's reporting ("the toll rose to 247"), whatever its value. Such a
   * headline is a summary of a fact the article gives with another figure: a discrepancy, not an omission.
   * The article's amount must name the same slot word group ("dead", "toll", "killed"): a plain "200 people"
   * does not restate "73 dead". False when the passage has no such number, or a sentence that is not a
   * headline or bullet.
   */
  boolean restatesFigures(Inputs in, Facts facts, String article, Passage p) {
    AnalyzedArticle mine = in.article(article);
    if (mine == null || p.carriedBy(article)) {
      return false;
    }
    List<Amount> wanted = new ArrayList<>();
    for (PassageMember m : p.members()) {
      AnalyzedArticle a = in.article(m.article());
      if (a == null) {
        continue;
      }
      for (int si : m.sentences()) {
        if (a.sentences().get(si).role() != SentenceRole.HEADLINE && a.sentences().get(si).role() != SentenceRole.BULLET) {
          return false;
        }
      }
      for (Mention x : mentions(in, m, MentionKind.NUMBER)) {
        facts.amount(a, x).filter(this::countsPeopleOrStands).ifPresent(wanted::add);
      }
    }
    if (wanted.isEmpty()) {
      return false;
    }
    List<Amount> have = new ArrayList<>();
    for (Mention x : mine.mentions()) {
      if (x.kind() == MentionKind.NUMBER && mine.sentences().get(x.sentence()).isReporting()) {
        facts.amount(mine, x).filter(this::countsPeopleOrStands).ifPresent(have::add);
      }
    }
    for (Amount w : wanted) {
      boolean found = false;
      for (Amount h : have) {
        found |= !Collections.disjoint(w.slots(), h.slots()) && sameSlot(w, h) && w.past().equals(h.past());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean countsPeopleOrStands(Amount x) {
    return x.slots().stream().anyMatch(s -> lex.personSlot(s) || lex.fixedSlot(s));
  }

  /**
   * A figure discrepancy whose values stand in different passages: each amount from its figure's start (its bound words
   * or currency sign, {@link #figureStart}) to its end, listed under {@code passage}.
   */
  private static Discrepancy acrossPassages(Inputs in, String passage, List<Amount> amounts) {
    List<Discrepancy.Value> values = new ArrayList<>();
    for (Amount x : amounts) {
      Mention m = x.mention();
      AnalyzedArticle a = in.article(x.article());
      int start = figureStart(a, m);
      values.add(new Discrepancy.Value(a.id(), a.article().text().substring(start, x.end()), m.sentence(), start,
          x.end()));
    }
    return new Discrepancy(DiscrepancyKind.NUMBER, passage, values);
  }

  /** A standing quantity as one sentence states it, with what that sentence names and states. */
  private record Standing(String passage, Amount amount, Set<String> names, Set<String> stated) {}

  /**
   * Standing quantities (a {@code fixed:} line of {@code slots.txt}: a population) that two articles state
   * differently in two passages about the same place: "Riverton, which has a population of about 52,000" in a
   * sentence about old houses, "the town of Riverton with a population of about 50,000 people" in one about
   * the epicentre. The two sentences must share a name; the discrepancy is listed under the most salient of the values'
   * passages ({@link #filedUnder}).
   */
  private void standing(Inputs in, Facts facts, List<Discrepancy> out) {
    List<Standing> all = new ArrayList<>();
    for (Passage p : in.passages()) {
      for (PassageMember m : p.members()) {
        AnalyzedArticle a = in.article(m.article());
        if (a == null) {
          continue;
        }
        for (int si : m.sentences()) {
          Set<String> names = new TreeSet<>();
          Set<String> stated = new TreeSet<>();
          List<Mention> numbers = new ArrayList<>();
          for (Mention x : in.mentionsIn(a.id(), si)) {
            if (x.kind() == MentionKind.NAME) {
              names.add(x.value());
            } else if (x.kind() == MentionKind.NUMBER) {
              stated.add(x.value());
              numbers.add(x);
            }
          }
          for (Mention x : numbers) {
            Optional<Amount> amount = facts.amount(a, x);
            if (amount.isPresent() && amount.get().slots().stream().anyMatch(lex::fixedSlot)) {
              all.add(new Standing(p.id(), amount.get(), names, stated));
            }
          }
        }
      }
    }
    all.sort(Comparator.comparingInt((Standing x) -> in.order(x.amount().article()))
        .thenComparingInt(x -> x.amount().mention().start()));
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      Standing x = all.get(i);
      Standing y = all.get(j);
      String vx = x.amount().mention().value();
      String vy = y.amount().mention().value();
      return !x.amount().article().equals(y.amount().article()) && !x.passage().equals(y.passage())
          && sameSlot(x.amount(), y.amount()) && x.amount().past().equals(y.amount().past()) && !sameValue(vx, vy)
          && !x.stated().contains(vy) && !y.stated().contains(vx) && !Collections.disjoint(x.names(), y.names());
    });
    for (List<Standing> g : groups.stream().map(ids -> ids.stream().map(all::get).toList()).toList()) {
      out.add(acrossPassages(in, filedUnder(in, g.stream().map(Standing::passage).toList()),
          g.stream().map(Standing::amount).toList()));
    }
  }

  private static List<Mention> mentions(Inputs in, PassageMember m, MentionKind kind) {
    List<Mention> out = new ArrayList<>();
    for (int s : new TreeSet<>(m.sentences())) {   // the member's sentences only, not the whole article
      for (Mention x : in.mentionsIn(m.article(), s)) {
        if (x.kind() == kind) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** How many words either side of a weekday are compared when neither sentence names the action it dates. */
  private static final int WEEKDAY_REACH = 3;
  /** How many words (function words not counted) before or after a weekday the verb of the action it dates may stand. */
  private static final int ACTION_REACH = 8;
  /** Irregular past forms of verbs ("sent", "spoke"), as written. */
  private static final Set<String> PAST_FORMS = ResourceLines.read("dev/parallax/lexicon/past-forms.txt").stream()
      .flatMap(line -> Arrays.stream(line.split(" "))).collect(Collectors.toUnmodifiableSet());
  /**
   * Words of a statement beside a weekday that the attribution lexicons ({@code attribution-neutral.txt},
   * {@code attribution-loaded.txt}) do not list, as written: "in his latest comments Friday", "a statement Thursday",
   * "tweeted Monday". Verbs that also name other acts ("confirmed", "reported") and nouns that are other things
   * ("state") are in neither: "The Senate confirmed Doe on Tuesday" dates a vote.
   */
  private static final Set<String> STATEMENT_WORDS = Set.of("tweeted", "testified", "commented", "comment", "comments",
      "statement", "statements", "remarks", "interview", "speech", "briefing");
  /** Words beside a weekday that say nothing of the action it dates, besides the function words of {@code STOP}. */
  private static final Set<String> WEEKDAY_FILLERS = Set.of("after", "before", "since", "until", "during", "while",
      "when", "then", "than", "also", "just", "over", "under", "into", "onto", "with", "from", "upon", "about",
      "against", "between", "through", "amid", "across", "around", "toward", "towards", "following", "again", "still",
      "even", "only", "more", "most", "some", "other", "such");

  /** Words of time beside a weekday ("Thursday night", "late Friday"), which say nothing of the action it dates. */
  private static final Set<String> TIME_WORDS = Set.of("night", "morn", "morning", "afternoon", "even", "evening",
      "day", "week", "last", "late", "earli", "earlier", "later", "next", "this", "past");

  /** A passage member's numbers past this many are not checked for conflicts (a passage is a sentence or two). */
  private static final int MAX_AMOUNTS_PER_MEMBER = 64;

  /** The figure of a decade written without its century, after an apostrophe and before its "s": "'50s". */
  private static final Pattern DECADE = Pattern.compile("[0-9]0");

  /** The digits a figure opens with as written: "22" of "22 million", "1.37" of "1.37 million", "3,000". */
  private static final Pattern LEADING_DIGITS = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");
  /** The largest share of an estimate by which another figure may differ and still agree with it (one in ten). */
  private static final BigDecimal ESTIMATE_SPREAD = new BigDecimal("0.1");
  /**
   * The figure of a decade written with its century, before its "s": "1930s", "2010s" (never a count); from 1100 on, so
   * that "1000s of homes" stays a count.
   */
  private static final Pattern DECADE_IN_FULL = Pattern.compile("1[1-9][0-9]0|20[0-9]0");

  /** Words that make a number a rate when a period follows them ("600 a year", "3 per day"). */
  private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");

  /** Words that qualify a number without naming what it counts ("more than", "at least", "about"). */
  private static final Set<String> QUALIFIERS = Set.of("more", "than", "about", "some", "over", "under", "nearly",
      "almost", "around", "roughly", "approximately", "at", "least", "most", "up", "to", "of", "the", "a", "an",
      "additional", "extra", "new", "another", "further", "just", "only", "fewer", "less", "estimated");

  /** Words between a number and its counted thing ("94,000 more Russian troops", "400 of the residents"). */
  private static final Set<String> BEFORE_COUNTED = Set.of("more", "than", "about", "some", "over", "nearly", "almost",
      "around", "roughly", "of", "the", "a", "an", "additional", "extra", "new", "other");

  /** Words right after a number that make it an increment, not a total: "two more times", "12 additional troops". */
  private static final Set<String> INCREMENT_AFTER = Set.of("more", "additional", "extra");
  /** Words right before a number that make it an increment: "another 20 yards", "an additional 12 troops". */
  private static final Set<String> INCREMENT_BEFORE = Set.of("another", "additional", "extra", "further");
  /**
   * Words of a change before "by": "rose by 40 people", "cut its staff by 2,000 jobs", "increased by 3 metres", "up by
   * 5%". The figure after such a "by" is how much something changed, not how much there is.
   */
  private static final Set<String> CHANGED_BY = Set.of("rise", "rises", "rose", "risen", "rising", "fall", "falls",
      "fell", "fallen", "falling", "increase", "increases", "increased", "increasing", "decrease", "decreases",
      "decreased", "decreasing", "grow", "grows", "grew", "grown", "growing", "drop", "drops", "dropped", "dropping",
      "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "surge", "surged", "soar", "soared",
      "plunge", "plunged", "slip", "slipped", "decline", "declines", "declined", "shrink", "shrank", "shrunk", "swell",
      "swelled", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "raise", "raises", "raised",
      "raising", "lower", "lowers", "lowered", "boost", "boosted", "slash", "slashed", "trim", "trimmed", "widen",
      "widened", "narrow", "narrowed", "expand", "expanded", "extend", "extended", "up", "down", "gain", "gained");
  /**
   * Verbs of a change that take how much right after them, with no "by": "the river rose almost two metres", "the
   * team slipped three places". Verbs that also take what they act on ("cut 2,000 jobs", "dropped 40 leaflets")
   * are not here: with no "by", their figure counts what was cut or dropped.
   */
  private static final Set<String> CHANGED = Set.of("rise", "rises", "rose", "risen", "rising", "fall", "falls",
      "fell", "fallen", "falling", "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "surge",
      "surged", "soar", "soared", "plunge", "plunged", "slip", "slipped", "decline", "declined", "grew", "grown",
      "shrank", "shrunk", "swelled", "dipped", "tumbled");
  /**
   * Nouns of a change that take how much after "of": "a rise of 40 jobs", "an increase of 12 beds", "a drop of 3,000
   * visitors". Not "loss" ("the loss of 40 lives" counts deaths) nor "total", "number", "count".
   */
  private static final Set<String> CHANGE_NOUNS = Set.of("rise", "rises", "increase", "increases", "drop", "drops",
      "fall", "falls", "decline", "declines", "decrease", "decreases", "cut", "cuts", "reduction", "reductions", "gain",
      "gains", "jump", "surge", "growth", "hike", "boost", "dip", "slump", "plunge", "climb", "upturn", "downturn");
  /** What makes a figure a share: "4%", "4 percent", "4 per cent". */
  private static final Set<String> PERCENT = Set.of("%", "percent", "per");
  /** How many words before "by" its word of change may stand: "cut its staff by 40". */
  private static final int CHANGED_BY_REACH = 3;
  /** Words between a word of change and its figure: "rose by almost two metres", "fell more than 3%". */
  private static final Set<String> BEFORE_CHANGE_FIGURE = Set.of("almost", "nearly", "about", "around", "roughly",
      "some", "just", "over", "more", "less", "than", "approximately", "another", "a", "an", "further");
  /** What the unit of an increment starts with. */
  private static final String INCREMENT = "increment of ";

  /** The suffixes of an ordinal written in digits ("6th", "21st"). */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** What an ordinal's unit starts with: the rank of the thing after it, not a count of them. */
  private static final String ORDINAL = "rank of ";

  /**
   * Words before a number that make it a part of a sequence, not a count of the whole: "his first 12 passes", "the
   * last two games".
   */
  private static final Set<String> SEQUENCE = Set.of("first", "last", "final", "opening");

  /**
   * Determiners right before a figure that take back one its article gave before ("Those 10 points tied him with the
   * record holder"): no count of its own.
   */
  private static final Set<String> TAKING_BACK = Set.of("those", "these");

  /** Determiners after "of" that make a number a part of a set ("two of the pirates", "three of them"). */
  private static final Set<String> PARTITIVE = Set.of("the", "them", "those", "these", "his", "her", "their", "its",
      "our", "whom", "which");

  /** Words between a number (or its counted thing) and what happened to it ("400 people were now reported dead"). */
  private static final Set<String> LINKS = Set.of("have", "has", "had", "been", "were", "was", "are", "is", "be",
      "being", "now", "also", "still", "reportedly", "reported", "confirmed", "officially", "so", "far", "more");

  /** Whether a token is a currency sign ("$" of "more than $1 million"). */
  private static boolean currencySign(Token t) {
    return t.text().length() == 1 && CURRENCIES.containsKey(t.text().charAt(0));
  }

  /** Whether a currency sign stands right before {@code x}: "$3.6 billion". */
  private static boolean currencyBefore(AnalyzedArticle a, Mention x) {
    return x.start() > 0 && CURRENCIES.containsKey(a.article().text().charAt(x.start() - 1));
  }

  /**
   * What a sum of money is for, as the words after it say: the lemmas of the first run of lower-case content words
   * among the next {@value #SPENT_ON_REACH} tokens of its clause, up to a preposition ("for road repairs": road
   * repair; "in federal aid for the flood": federal aid), or "". Two sums conflict only when theirs is the same: an
   * article names many sums of one story ("$3.6 billion from military construction", "$600 million from a Treasury
   * fund", "$13.6 million in state taxes"), seldom the same sum twice.
   */
  private static String spentOn(List<Token> t, int from) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < Math.min(t.size(), from + SPENT_ON_REACH); k++) {
      Token w = t.get(k);
      if (spendingWord(w)) {
        out.append(out.length() == 0 ? "" : " ").append(w.lemma());
      } else if (out.length() > 0 || endsClause(w)) {
        break; // the run ends, or the clause does before it began
      }
    }
    return out.toString();
  }

  /**
   * What a sum of money written with its sign at tokens {@code first..} is for: the run of lower-case content words
   * that names it before "of" ("an emergency fund of $2.5 million for families": emergency fund, as in "a $2 million
   * emergency fund for families"), unless that run is a word for any sum ("a total of $5 million in aid"); else
   * {@link #spentOn(List, int)} of the words after it, from {@code after}.
   */
  private static String spentOn(List<Token> t, int first, int after) {
    int k = first - 1;
    if (k >= 0 && currencySign(t.get(k))) {
      k--;
    }
    if (k >= 1 && t.get(k).norm().equals("of") && !ANY_SUM.contains(t.get(k - 1).norm())) {
      List<String> run = new ArrayList<>();
      for (k--; k >= 0 && spendingWord(t.get(k)); k--) {
        run.add(0, t.get(k).lemma());
      }
      if (!run.isEmpty()) {
        return String.join(" ", run);
      }
    }
    return spentOn(t, after);
  }

  /**
   * Verbs (by form) that name a sum of money after them, as what it is when the words after it name nothing: "the
   * repairs will cost $4.2 million", "raised $5 million", "fined the firm $40,000", "a house valued at $2 million".
   */
  private static final Map<String, String> SUM_VERBS = sumVerbs("cost costs costing", "spend spends spent spending",
      "raise raises raised raising", "pay pays paid paying", "fine fines fined", "award awards awarded",
      "worth", "valued", "priced");

  /** The forms of each verb of {@link #SUM_VERBS} mapped to its first form. */
  private static Map<String, String> sumVerbs(String... forms) {
    Map<String, String> out = new HashMap<>();
    for (String f : forms) {
      String[] words = f.split(" ");
      for (String w : words) {
        out.put(w, words[0]);
      }
    }
    return Map.copyOf(out);
  }

  /** The prefix of the thing a sum is for when the sum is an estimate: "will cost", "put the cost at". */
  private static final String ESTIMATED = "estimated ";

  /**
   * Words of projection that, before a sum its verb names, make it an estimate, still compared with other estimates
   * ("the repairs will cost $4.2 million" / "are expected to cost $4.8 million"); the others ("could", "may", "might")
   * leave it out as before.
   */
  private static final Set<String> PLANS = Set.of("will", "expected", "expects", "expect", "projected");

  /** Verbs that, before "the cost ... at", make the sum an estimate: "the board put the cost of the repairs at". */
  private static final Set<String> ESTIMATING = Set.of("put", "puts", "putting", "estimated", "estimates", "estimate",
      "pegged", "pegs", "placed", "places");

  /** How many words may stand between a verb of {@link #SUM_VERBS} and its sum: "fined the Lindby Mill $40,000". */
  private static final int PAID_REACH = 4;

  /**
   * What the verb before a sum of money (tokens from {@code first}, its currency sign skipped) says it is: the verb's
   * first form of {@link #SUM_VERBS} right before it, past qualifiers ("will cost about $4.2 million": cost), or with
   * up to {@value #PAID_REACH} words of whom between ("fined the firm $40,000": fine); "estimated cost" for "put the
   * cost of the repairs at $4.2 million" (a word of {@link #ESTIMATING} before "cost" in the clause; "cost" alone
   * without one); or "" for none.
   */
  private static String sumNamedBefore(List<Token> t, int first) {
    int k = first - 1;
    if (k >= 0 && currencySign(t.get(k))) {
      k--;
    }
    boolean at = false;
    while (k >= 0 && t.get(k).kind() == TokenKind.WORD && QUALIFIERS.contains(t.get(k).norm())) {
      at |= t.get(k).norm().equals("at");
      k--;
    }
    for (int j = k, words = 0; j >= 0 && words <= (at ? 0 : PAID_REACH); j--, words++) {
      Token w = t.get(j);
      if (w.kind() != TokenKind.WORD || j < k && NOT_COUNTED.contains(w.norm())) {
        break;
      }
      String verb = SUM_VERBS.get(w.norm());
      if (verb != null && (j == k || Character.isLowerCase(w.text().charAt(0)))) {
        return verb + namedPayer(t, j);
      }
    }
    for (int j = k; at && j >= 0 && j > k - CLAUSE_REACH; j--) {
      Token w = t.get(j);
      if (endsClause(w)) {
        break;
      }
      if (w.norm().equals("cost") || w.norm().equals("costs")) {
        for (int i = j - 1; i >= 0 && i > j - CLAUSE_REACH && !endsClause(t.get(i)); i--) {
          if (ESTIMATING.contains(t.get(i).norm())) {
            return ESTIMATED + "cost";
          }
        }
        return "cost";
      }
    }
    return "";
  }

  /** Words between a verb of {@link #SUM_VERBS} and the one who pays: "Lindby is expected to pay". */
  private static final Set<String> BEFORE_PAYING = Set.of("will", "would", "is", "are", "was", "were", "be", "has",
      "have", "had", "to", "expected", "expects", "also", "now", "still", "agreed", "plans");

  /**
   * The name right before the verb at {@code verb} (past {@link #BEFORE_PAYING}; not after a preposition), as " by
   * lindby", or "": "Lindby will pay $2 million" and "Norby will pay $3 million" are two payers' sums, no conflict;
   * "the repairs will cost" names none.
   */
  private static String namedPayer(List<Token> t, int verb) {
    int k = verb - 1;
    while (k >= 0 && BEFORE_PAYING.contains(t.get(k).norm())) {
      k--;
    }
    // not a day or place after a preposition: "a court on Monday fined the mill"
    return k >= 0 && t.get(k).kind() == TokenKind.WORD && !Character.isLowerCase(t.get(k).text().charAt(0))
        && !(k > 0 && NOT_COUNTED.contains(t.get(k - 1).norm())) ? " by " + t.get(k).norm() : "";
  }

  /** Nouns before "of" and a sum that name no thing it is for, only the sum: "a total of", "to the tune of". */
  private static final Set<String> ANY_SUM = Set.of("total", "totals", "sum", "sums", "amount", "amounts", "tune",
      "excess", "upwards", "figure", "value", "average", "maximum", "minimum", "cap", "limit");

  /** Whether a token is a word of the run that says what a sum is for ({@link #spentOn(List, int)}). */
  private static boolean spendingWord(Token w) {
    return w.kind() == TokenKind.WORD && Character.isLowerCase(w.text().charAt(0))
        && !NOT_COUNTED.contains(w.norm()) && !LINKS.contains(w.norm()) && !BEFORE_COUNTED.contains(w.norm())
        && w.norm().length() > 2;
  }

  /** How many tokens after a sum of money say what it is for. */
  private static final int SPENT_ON_REACH = 5;

  /** Currency signs written before a figure, and the unit each stands for. */
  private static final Map<Character, String> CURRENCIES = Map.of('$', "dollar", '\u00A3', "pound", '\u20AC', "euro");

  /**
   * Words that make a number a projection or a target, not a stated fact ("the toll may rise to 10,000", "Jane Doe
   * needed nine points to break the record").
   */
  private static final Set<String> PROJECTIONS = Set.of("may", "might", "could", "would", "will", "should", "expected",
      "expects", "likely", "feared", "fears", "projected", "predicted", "forecast", "forecasts", "predicts", "need",
      "needs", "needed", "needing", "expect", "expecting", "anticipated", "anticipating", "forecasted", "forecasting",
      "predicting");
  /** Words that, before "for", make the figure after it an expectation: "economists were looking for 845,000 jobs". */
  private static final Set<String> LOOKING = Set.of("look", "looks", "looked", "looking");

  /** Words that cannot be a counted thing ("1,400 in 1974"). */
  private static final Set<String> NOT_COUNTED = Set.of("in", "on", "at", "for", "to", "from", "with", "by", "as", "or",
      "but", "that", "which", "who", "when", "where", "while", "this", "these", "those", "and", "into", "since", "per",
      "across", "after", "before", "during", "near", "along");

  /** Punctuation that ends a clause. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")", "--", "\u2013", "\u2014", ".", "!",
      "?");

  /**
   * Names of one surname compared per passage member: a passage names a few people of one family at most, and a
   * pasted list of thousands would otherwise cost the product of two lists.
   */
  private static final int NAMES_COMPARED = 20;

  /** Characters around a word of a name that are not part of it ("Smith's" keeps its apostrophe). */
  private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}'-]");

  /** Spaces between the words of a name, also a non-breaking one. */
  private static final Pattern WORD_SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** How far before a number, in its clause, the word naming what the clause counts may stand. */
  private static final int CLAUSE_REACH = 12;

  /** How far a projection word may stand before the number in its clause. */
  private static final int PROJECTION_REACH = 8;

  /**
   * One number as a fact: its value, what it counts (a unit group of {@code units.txt}, or empty), the
   * groups of {@code slots.txt} around it (what happened to what it counts), where it ends as written, and the
   * stretch of time its sentence limits it to ({@link #stretch}: "since week 11", or "" for none); {@code slotBeside}
   * when a slot word stands right before it or after its counted thing ("killed 12 people", "12 people were killed"),
   * not only somewhere in its clause.
   */
  private record Amount(String article, Mention mention, String unit, Set<Integer> slots, Set<String> past, int end,
      boolean money, String spentOn, String owner, Set<Measure> measure, String stretch, Poll poll, String action,
      boolean slotBeside) {}

  /**
   * The opinion poll or survey a figure's sentence reports, with the pollsters it names next to its poll word ("a
   * Morning Star poll", "a survey by the Morning Star"), and whether, naming none, the sentence brings it in as a poll
   * of its own ("in a poll released Sunday"); or {@link #NONE} when the sentence names no poll.
   */
  private record Poll(boolean reported, Set<String> pollsters, boolean anotherUnnamed) {
    static final Poll NONE = new Poll(false, Set.of(), false);

    /**
     * Whether two figures' polls may be one. Two polls that each name a pollster are one only when they name one in
     * common ("a Morning Star poll found 52 percent" / "48 percent in the Morning Star survey"; not "a survey by the
     * Morning Star" / "a poll by the Evening Post"). A poll that names none may be the other's ("in the survey, 52
     * percent" / "a Morning Star survey found 48 percent"), unless its sentence brings it in as a poll of its own
     * against a named one ("in a poll released Sunday, 62 percent" / "an opinion poll by the Morning Star said 83
     * percent"). A figure of no poll may be either's.
     */
    boolean mayBeOneWith(Poll other) {
      if (!reported || !other.reported) {
        return true;
      }
      if (!pollsters.isEmpty() && !other.pollsters.isEmpty()) {
        return !Collections.disjoint(pollsters, other.pollsters);
      }
      return !(anotherUnnamed && !other.pollsters.isEmpty() || other.anotherUnnamed && !pollsters.isEmpty());
    }
  }

  /**
   * Words that make a sentence report an opinion poll or survey. "polls" is not one: "the polls closed at 8 p.m." is
   * an election's.
   */
  private static final Set<String> POLL_WORDS = Set.of("poll", "survey", "surveys", "surveyed", "polled",
      "respondents", "pollster", "pollsters");
  /**
   * The words of a poll that a pollster's name stands next to: "a Morning Star poll", "a survey by the Morning Star".
   */
  private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");
  /** Words between a poll word and the "by" of its pollster: "a poll published by the Morning Star". */
  private static final Set<String> POLL_BY_LINKS = Set.of("published", "released", "conducted", "commissioned",
      "carried", "out", "taken", "for");
  /** Words that bring a poll in as one of its own, before its poll word: "a poll", "an opinion poll". */
  private static final Set<String> INDEFINITE = Set.of("a", "an");

  /** The poll the sentence {@code t} of the figure {@code x} reports, by the pollsters named next to its poll word. */
  private static Poll poll(List<Token> t, Mention x, Map<Integer, Mention> namesByEnd) {
    boolean reported = false;
    for (Token w : t) {
      reported |= w.kind() == TokenKind.WORD && POLL_WORDS.contains(w.norm());
    }
    if (!reported) {
      return Poll.NONE;
    }
    Map<Integer, Mention> namesByStart = new HashMap<>();
    for (Mention name : namesByEnd.values()) {
      if (name.sentence() == x.sentence()) {
        namesByStart.put(name.start(), name);
      }
    }
    Set<String> pollsters = new HashSet<>();
    boolean indefinite = false;
    for (int p = 0; p < t.size(); p++) {
      if (t.get(p).kind() != TokenKind.WORD || !POLL_NOUNS.contains(t.get(p).norm())) {
        continue;
      }
      Mention before = p > 0 ? namesByEnd.get(t.get(p - 1).end()) : null;
      if (before != null && before.sentence() == x.sentence()) {
        pollsters.add(bare(before.text())); // "a Morning Star poll"
      }
      int k = p + 1;
      while (k < t.size() && POLL_BY_LINKS.contains(t.get(k).norm())) {
        k++;
      }
      if (k < t.size() && t.get(k).norm().equals("by")) {
        k++;
        if (k < t.size() && t.get(k).norm().equals("the")) {
          k++;
        }
        Mention after = k < t.size() ? namesByStart.get(t.get(k).start()) : null;
        if (after != null) {
          pollsters.add(bare(after.text())); // "a survey by the Morning Star"
        }
      }
      int d = p - 1;
      while (d >= 0 && d >= p - 2 && t.get(d).kind() == TokenKind.WORD && !t.get(d).isCapitalized()
          && !INDEFINITE.contains(t.get(d).norm())) {
        d--; // "an opinion poll", "a new survey"
      }
      indefinite |= d >= 0 && INDEFINITE.contains(t.get(d).norm());
    }
    return new Poll(true, Set.copyOf(pollsters), pollsters.isEmpty() && indefinite);
  }

  /**
   * What narrows the quantity a figure measures beyond its counted thing: two figures are one quantity only when
   * their sentences narrow it alike.
   */
  private enum Measure {
    /** An extreme of a series, not its level: "fell from a peak of 88%", "peaked at 12 percent", "a record 5,000". */
    EXTREME,
    /** A measure that leaves something out: "core prices", "excluding food and energy", "controlling for fuel". */
    EXCLUDING,
    /** A value at an earlier time its sentence names before it: "a few months ago, when a gallon cost $2". */
    EARLIER,
    /**
     * Those who may do something, not those who did: "90,000 eligible voters", "the 90,000 people eligible to vote",
     * "1.9 million registered voters" (an electorate, not a turnout).
     */
    ELIGIBLE,
    /** The error of a poll's figures, not a figure it found: "a 4.5 percent margin of error". */
    MARGIN,
    /**
     * A total to date, not one game's or one day's: "2,301 career points", "2,302 for his career", "now has 2,129
     * points", "the all-time scoring leader with 2,117 points".
     */
    TO_DATE
  }

  /**
   * Words that make a figure's counted thing those who may do something, before or after it, when a word of voting
   * ({@link #VOTING}) is near: "eligible voters", "people eligible to vote" (not "workers entitled to the bonus").
   */
  private static final Set<String> ELIGIBILITY = Set.of("eligible", "entitled");
  /**
   * Words that do so only next to a voters noun: "registered voters", "voters registered" (not "12 cases registered").
   */
  private static final Set<String> ELIGIBILITY_BEFORE = Set.of("registered");
  /** Nouns of those who may vote: "90,000 registered voters". */
  private static final Set<String> VOTERS = Set.of("voters", "electors");
  /** Words of voting that make "eligible" or "entitled" an electorate's: "eligible to vote", "cast their votes". */
  private static final Set<String> VOTING = Set.of("vote", "votes", "voting", "voters", "electors", "electorate",
      "ballot", "ballots");
  /** How many tokens after a figure its counted thing and a word of {@link #ELIGIBILITY} may take. */
  private static final int ELIGIBILITY_REACH = 3;
  /** How many tokens after "eligible" or "entitled" a word of {@link #VOTING} may stand, in its clause. */
  private static final int VOTING_REACH = 6;

  /**
   * Whether the words right after the figure ending at token {@code last}, in its clause, say it counts those who may
   * vote: "90,000 eligible voters", "90,000 registered voters", "90,000 voters registered", "the 90,000 people eligible
   * cast their votes"; not "86,000 people, some 95 percent of eligible voters," where the electorate is another
   * figure's, "12 cases registered last week" or "400 workers entitled to the bonus".
   */
  private static boolean countsTheEligible(List<Token> t, int last) {
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + ELIGIBILITY_REACH); k++) {
      Token w = t.get(k);
      if (endsClause(w) || w.kind() != TokenKind.WORD) {
        return false;
      }
      if (ELIGIBILITY.contains(w.norm())) {
        return votingNear(t, last + 1, k + VOTING_REACH);
      }
      if (ELIGIBILITY_BEFORE.contains(w.norm())) {
        return k == last + 1 && k + 1 < t.size() && VOTERS.contains(t.get(k + 1).norm())
            || k == last + 2 && VOTERS.contains(t.get(last + 1).norm());
      }
    }
    return false;
  }

  /** Whether a word of {@link #VOTING} stands at tokens {@code from..to} (inclusive), before the end of its clause. */
  private static boolean votingNear(List<Token> t, int from, int to) {
    for (int k = from; k <= Math.min(to, t.size() - 1) && !endsClause(t.get(k)); k++) {
      if (VOTING.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between a figure and the "margin of error" after it: "4.5 percentage point margin". */
  private static final int MARGIN_REACH = 3;
  /** Words between "margin of error" and the figure after it: "a margin of error of plus or minus 3 points". */
  private static final Set<String> MARGIN_LINKS = Set.of("of", "is", "was", "plus", "or", "minus", "about", "around",
      "roughly", "+/-", "\u00B1", "+", "-", "/");

  /**
   * Whether the figure at tokens {@code first..last} is a poll's margin of error, not a figure the poll found: "margin
   * of error" or "error margin" right after it and its unit ("a 4.5 percent margin of error", "a 3-point error
   * margin"), or right before it past "of", "is", "plus or minus" ("a margin of error of plus or minus 3 percentage
   * points"). Not "52 percent back the plan, with a margin of error of 3 points" (52 percent), nor a margin of victory
   * ("won by a margin of 52 votes").
   */
  private static boolean marginOfError(List<Token> t, int first, int last) {
    for (int k = last + 1; k < Math.min(t.size(), last + 2 + MARGIN_REACH); k++) {
      if (namesMarginOfError(t, k)) {
        return true;
      }
      Token w = t.get(k);
      if (w.kind() != TokenKind.WORD && !w.norm().equals("%") || NOT_COUNTED.contains(w.norm())
          || INDEFINITE.contains(w.norm()) || w.norm().equals("the")) {
        break;
      }
    }
    int k = first - 1;
    while (k >= 0 && MARGIN_LINKS.contains(t.get(k).norm())) {
      k--;
    }
    return k >= 2 && t.get(k).norm().equals("error") && t.get(k - 1).norm().equals("of")
        && t.get(k - 2).norm().equals("margin")
        || k >= 1 && (t.get(k).norm().equals("margin") || t.get(k).norm().equals("margins"))
        && t.get(k - 1).norm().equals("error");
  }

  /** Whether the words from token {@code k} on are "margin of error" or "error margin". */
  private static boolean namesMarginOfError(List<Token> t, int k) {
    String w = t.get(k).norm();
    String next = k + 1 < t.size() ? t.get(k + 1).norm() : "";
    return w.equals("margin") && next.equals("of") && k + 2 < t.size() && t.get(k + 2).norm().equals("error")
        || w.equals("error") && (next.equals("margin") || next.equals("margins"));
  }

  /**
   * Whether the figure at tokens {@code first..last} is a total to date ({@link Measure#TO_DATE}): "career" within
   * the words right after it ("2,301 career points", "2,302 for his career"), or "now has" or "leader with" right
   * before it ("now has 2,129 points", "the all-time scoring leader with 2,117 points"). A word of the total
   * elsewhere in the sentence binds no figure ("scored 23 points to become the all-time scoring leader" gives the
   * game's), and "a career-high 30 points" is one game's best.
   */
  private static boolean totalToDate(List<Token> t, int first, int last) {
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + TO_DATE_REACH); k++) {
      Token w = t.get(k);
      if (w.kind() != TokenKind.WORD) {
        break;
      }
      if (w.norm().equals("career")) {
        return !careerBest(t, k + 1);   // "scored 30 points for a career high": one game's figure, its best
      }
    }
    if (first < 2) {
      return false;
    }
    String before = t.get(first - 1).norm();
    String twoBefore = t.get(first - 2).norm();
    return twoBefore.equals("now") && HAS.contains(before) || before.equals("with") && LEADERS.contains(twoBefore);
  }

  /**
   * Whether a number with the value of {@code x} stands earlier in its article counting the same thing, or a thing left
   * unnamed on either side: "scored 10 points ... Those 10 points" and "scored 10 ... those 10 points" take back the
   * count; "scored 10 points ... those 10 fans" is a count of its own.
   */
  private boolean countedBefore(AnalyzedArticle a, Mention x) {
    return a.mentions().stream().anyMatch(y -> y.kind() == MentionKind.NUMBER && y.start() < x.start()
        && y.value().equals(x.value()) && sameCountedThing(y.unit(), x.unit()));
  }

  /** Whether the analyzer's units {@code u} and {@code v} count one thing, or either is unnamed (empty). */
  private boolean sameCountedThing(String u, String v) {
    if (u.isEmpty() || v.isEmpty() || lex.unit(u).equals(lex.unit(v))) {
      return true;
    }
    int slot = lex.slot(u);
    return slot >= 0 && slot == lex.slot(v);
  }

  /** Whether the words from token {@code k} on are "high" or "best", past a hyphen ("career-high", "career best"). */
  private static boolean careerBest(List<Token> t, int k) {
    int at = k < t.size() && DASHES.contains(t.get(k).text()) ? k + 1 : k;
    return at < t.size() && CAREER_BESTS.contains(t.get(at).norm());
  }

  /** What "career" right before makes one game's best: "a career high", "a career-best 30 points". */
  private static final Set<String> CAREER_BESTS = Set.of("high", "best", "-high", "-best");

  /** How many words after a figure "career" may stand: "2,302 for his career". */
  private static final int TO_DATE_REACH = 4;
  /** Verbs after "now" that give a total to date: "now has 2,129 points". */
  private static final Set<String> HAS = Set.of("has", "have");
  /** Nouns before "with" that give a total to date: "the scoring leader with 2,117 points". */
  private static final Set<String> LEADERS = Set.of("leader", "leaders");

  /** Words right before a figure (past "of", "at", "a", "the") that make it an extreme of a series. */
  private static final Set<String> EXTREMES = Set.of("peak", "peaks", "peaked", "high", "highs", "low", "lows",
      "highest", "lowest", "record", "maximum", "minimum");
  /** Words between an extreme and its figure: "a peak of 88%", "peaked at 12 percent". */
  private static final Set<String> EXTREME_LINKS = Set.of("of", "at", "a", "an", "the");
  /** Words that leave a part out of what a sentence's figures measure ("excluding food", "core prices"). */
  private static final Set<String> EXCLUSIONS = Set.of("core", "excluding", "excludes", "exclude", "excluded");
  /** Verbs that leave a part out when the given word follows them: "controlling for food", "stripping out fuel". */
  private static final Map<String, String> EXCLUDING_VERBS = Map.of("controlling", "for", "stripping", "out",
      "strips", "out", "strip", "out");

  /**
   * What narrows the quantity of the figure at tokens {@code first}..: a total to date ({@link #totalToDate}), an
   * extreme right before it ("a peak of 88%"),
   * a word of its sentence that leaves a part out ("core", "excluding", "controlling for"), or a time ago its
   * sentence names before it ("far higher than a few months ago, when a gallon cost $2"; not "four years ago", where
   * the figure is the span itself), or a counted thing of those who may do something ({@link #countsTheEligible}).
   */
  private static Set<Measure> measure(List<Token> t, int first, int last) {
    Set<Measure> out = EnumSet.noneOf(Measure.class);
    if (countsTheEligible(t, last)) {
      out.add(Measure.ELIGIBLE);
    }
    if (marginOfError(t, first, last)) {
      out.add(Measure.MARGIN);
    }
    if (totalToDate(t, first, last)) {
      out.add(Measure.TO_DATE);
    }
    int k = first - 1;
    if (k >= 0 && currencySign(t.get(k))) {
      k--;
    }
    while (k >= 0 && EXTREME_LINKS.contains(t.get(k).norm())) {
      k--;
    }
    if (k >= 0 && t.get(k).kind() == TokenKind.WORD && EXTREMES.contains(t.get(k).norm())) {
      out.add(Measure.EXTREME);
    }
    for (int i = 0; i < t.size(); i++) {
      Token w = t.get(i);
      if (w.kind() != TokenKind.WORD) {
        continue;
      }
      String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
      if (EXCLUSIONS.contains(w.norm()) || next.equals(EXCLUDING_VERBS.get(w.norm()))) {
        out.add(Measure.EXCLUDING);
      }
      if (i < first && AGO.contains(w.norm())) {
        out.add(Measure.EARLIER);
      }
    }
    return out;
  }

  /**
   * The stretch of time a figure's sentence limits it to, as written ("since week 11", "last two games"), or "" when
   * none: a figure since a numbered week, game or round of a series ("Since Week 11, Jane Doe has 498 yards"), in
   * the last, past, first or previous few of something ("189 yards in her last two games"), or in a part of a contest
   * ("28 punches during the round", "10 points in the first half") counts a part of a longer time, not all of it.
   * Tokens {@code first..last} are the figure's; a stretch it measures itself is none ("in the past three weeks" of
   * "three weeks"). "Since" before a date, a month or a weekday is none either: it starts the count of an event
   * ("since May the board has received 300,000 comments") or is a baseline ("the worst since 1999").
   */
  private static String stretch(List<Token> t, int first, int last, Map<Integer, Mention> numbersByStart) {
    for (int i = 0; i + 1 < t.size(); i++) {
      Token w = t.get(i);
      Token next = t.get(i + 1);
      if (w.norm().equals("since") && i + 2 < t.size() && STRETCH_UNITS.contains(next.norm())
          && t.get(i + 2).kind() == TokenKind.NUMBER && !(i + 2 >= first && i + 2 <= last)) {
        return "since " + next.norm() + " " + t.get(i + 2).norm();
      }
      int before = i - 1;
      if (before >= 0 && (t.get(before).norm().equals("the") || POSSESSIVES.contains(t.get(before).norm()))) {
        before--;
      }
      if (LIMITS.contains(w.norm()) && before >= 0 && STRETCH_OPENERS.contains(t.get(before).norm())
          && numbersByStart.containsKey(next.start()) && !(i + 1 >= first && i + 1 <= last)) {
        return w.norm() + " " + numbersByStart.get(next.start()).text().toLowerCase(Locale.ROOT);
      }
      String part = STRETCH_OPENERS.contains(w.norm()) ? partOfAContest(t, i + 1) : "";
      if (!part.isEmpty()) {
        return part;
      }
    }
    return "";
  }

  /**
   * The part of a contest named from token {@code k} on, after "in" or "during", or "": a determiner, then a rank
   * or none, then a part ("the round", "the first half", "the third quarter"), or a run past the words that
   * describe it ("a pivotal 15-2 run"). A part names no count of its own,
   * so no figure of it is the part's. Not "in half" (no determiner: "cut in half") nor "in the game" (a whole).
   */
  private static String partOfAContest(List<Token> t, int k) {
    if (k >= t.size() || !(PART_DETERMINERS.contains(t.get(k).norm()) || POSSESSIVES.contains(t.get(k).norm()))) {
      return "";
    }
    k++;
    String rank = "";
    if (k < t.size() && (RANKS.contains(t.get(k).norm()) || LIMITS.contains(t.get(k).norm()))) {
      rank = t.get(k).norm() + " ";
      k++;
    }
    if (k < t.size() && CONTEST_PARTS.contains(t.get(k).norm())) {
      return rank + t.get(k).norm();
    }
    // a run of scoring, past its score and the words that describe it: "during a pivotal 15-2 run", "in a 12-0
    // spurt" (a score is needed: "in a bid to run for office" and "an 86-yard touchdown run", a play, are none)
    boolean score = false;
    for (int j = k; j < Math.min(t.size(), k + RUN_MODIFIERS + 1); j++) {
      Token w = t.get(j);
      if (RUNS.contains(w.norm())) {
        return score ? rank + w.norm() : "";
      }
      score |= SCORE.matcher(w.text()).matches()
          || w.kind() == TokenKind.NUMBER && !YEAR_DIGITS.matcher(w.text()).matches() && j + 2 < t.size()
          && DASHES.contains(t.get(j + 1).text()) && t.get(j + 2).kind() == TokenKind.NUMBER;
      boolean modifier = w.kind() == TokenKind.NUMBER || w.kind() == TokenKind.WORD
          && Character.isLowerCase(w.text().charAt(0)) || DASHES.contains(w.text());
      if (!modifier) {
        break;
      }
    }
    return "";
  }

  /** A score as one token: "15-2", "12\u20130". */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d+");
  /** A number of four digits: the first of a span of years ("the 2020-21 run of the league"), no score. */
  private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");
  /** A hyphen or an en dash between a score's two numbers. */
  private static final Set<String> DASHES = Set.of("-", "\u2013");
  /** A run of scoring, a part of a contest named after its score and the words that describe it: "a pivotal 15-2 run". */
  private static final Set<String> RUNS = Set.of("run", "spurt");
  /** How many tokens may stand between a run's determiner and its word: "a pivotal 15 - 2 run". */
  private static final int RUN_MODIFIERS = 4;

  /** Parts of a contest, of which a figure may count one: "28 punches during the round", "in the first half". */
  private static final Set<String> CONTEST_PARTS = Set.of("round", "half", "quarter", "inning", "period", "lap", "set",
      "leg", "stage");
  /** Determiners before a part of a contest: "during the round", "in that quarter". */
  private static final Set<String> PART_DETERMINERS = Set.of("the", "a", "that", "this", "each");
  /** Words that rank a part of a contest: "the third quarter", "the opening round". */
  private static final Set<String> RANKS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "opening", "closing");

  /** Numbered stretches of a season or contest after "since": "since Week 11", "since Game 3". */
  private static final Set<String> STRETCH_UNITS = Set.of("week", "game", "round", "match", "race", "stage", "lap",
      "inning", "quarter", "period", "episode");
  /** Words that open a stretch: "in her last two games", "over the past three years", "during the round". */
  private static final Set<String> STRETCH_OPENERS = Set.of("in", "over", "during", "within");
  /** Words that make a few units a part of a longer time: "last two games", "first 10 minutes". */
  private static final Set<String> LIMITS = Set.of("last", "past", "previous", "first", "final");

  /**
   * The conflicting figures of a passage's members ({@code members}: the passage's own, {@code own}, and the sentences
   * that restate its fact elsewhere). Two restated sentences are not compared with each other: their conflict, under
   * this passage, would show none of its sentences (and is found in the passage that holds them).
   */
  private void numbers(Inputs in, Facts facts, Passage p, List<PassageMember> members, Set<PassageMember> own,
      List<Discrepancy> out) {
    List<List<Amount>> amounts = new ArrayList<>();
    List<Map<String, List<Mention>>> stated = new ArrayList<>();
    for (PassageMember m : members) {
      AnalyzedArticle a = in.article(m.article());
      List<Amount> found = new ArrayList<>();
      Map<String, List<Mention>> values = new HashMap<>();
      List<Mention> numbers = mentions(in, m, MentionKind.NUMBER);
      for (int si : new TreeSet<>(m.sentences())) {
        numbers.addAll(facts.multiples(a, si)); // "married twice"
      }
      for (Mention x : numbers) {
        Optional<Amount> amount = facts.amount(a, x);
        // by the value as read ("minus 20" is -20, the "$140" of "$140 and $150 million" 140 million)
        values.computeIfAbsent(amount.map(v -> v.mention().value()).orElse(x.value()), k -> new ArrayList<>()).add(x);
        if (found.size() < MAX_AMOUNTS_PER_MEMBER) {   // amounts are paired: a bound keeps the pairs bounded
          amount.ifPresent(found::add);
        }
      }
      amounts.add(found);
      stated.add(values);
    }
    // Two amounts of two members conflict when they fill the same slot in the same stretch of time ("since Week 11,
    // 498 yards" is a part of the season's 548) with different values and neither
    // value is one the other member states too ("killed 15,000 ... more than 1,400" agrees with "1,400"; not when
    // there it counts something else: "18 injured ... and 12 arrested" against "12 injured"), nor one the other
    // article states as the same quantity anywhere (it carries both figures: of two people, two years).
    int n = 0;
    List<Amount> all = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      for (Amount x : amounts.get(i)) {
        all.add(x);
        owner.add(i);
        n++;
      }
    }
    Map<Integer, Map<String, List<Mention>>> groups = new LinkedHashMap<>();
    Map<Mention, Integer> ends = new IdentityHashMap<>();
    List<List<Integer>> conflicts = conflictGroups(n, (i, j) -> {
      int oi = owner.get(i);
      int oj = owner.get(j);
      Amount x = all.get(i);
      Amount y = all.get(j);
      return oi != oj && (own.contains(members.get(oi)) || own.contains(members.get(oj)))
          && !statesToo(in, facts, x, stated.get(oj), y.article()) && !statesToo(in, facts, y, stated.get(oi), x.article())
          && differ(in, facts, x, y, amounts.get(oi), amounts.get(oj));
    });
    for (int g = 0; g < conflicts.size(); g++) {
      for (int i : conflicts.get(g)) {
        Amount x = all.get(i);
        groups.computeIfAbsent(g, k -> new LinkedHashMap<>()).computeIfAbsent(x.article(), k -> new ArrayList<>())
            .add(x.mention());
        ends.put(x.mention(), x.end());
      }
    }
    for (Map<String, List<Mention>> perArticle : groups.values()) {
      out.add(discrepancy(in, p, DiscrepancyKind.NUMBER, perArticle, x -> ends.getOrDefault(x, x.end())));
    }
  }

  /**
   * Whether two articles' figures are one quantity stated with two values that cannot both be right, as {@link #numbers}
   * and {@link #leads} both read it ({@code withX}, {@code withY}: the other figures each article states beside them):
   * the same slot, time and stretch; other values, not two sums of money rounded alike; no bound, estimate, last digit
   * or one more that lets both be right; no other figure beside either that agrees with the other; neither article
   * stating the other's figure anywhere; neither figure a part that adds up to the other with its neighbours; and
   * both counting the same people ({@link #narrowed}).
   */
  private boolean differ(Inputs in, Facts facts, Amount x, Amount y, List<Amount> withX, List<Amount> withY) {
    return sameSlot(x, y) && x.past().equals(y.past()) && x.stretch().equals(y.stretch())
        && narrowed(in, x) == narrowed(in, y)
        && !sameValue(x.mention().value(), y.mention().value())
        && !((x.money() || y.money()) && roundedAlike(x.mention().value(), y.mention().value()))
        && !withinBound(in, x, y) && !withinBound(in, y, x)
        && !roundsToEstimate(in, x, y) && !roundsToEstimate(in, y, x)
        && !withinLastDigit(in, x, y) && !withinLastDigit(in, y, x)
        && !includesOneMore(in, x, y) && !includesOneMore(in, y, x)
        && !othersBesideOne(in, y, x) && !othersBesideOne(in, x, y)
        && !agreesWithAnother(in, x, y, withY) && !agreesWithAnother(in, y, x, withX)
        && !facts.statesAnywhere(in.article(y.article()), x) && !facts.statesAnywhere(in.article(x.article()), y)
        && !facts.partsAddUpTo(in.article(y.article()), y, x) && !facts.partsAddUpTo(in.article(x.article()), x, y);
  }

  /** Words right after a count of people that narrow it to some of them: "a dozen people living in Lindby". */
  private static final Set<String> NARROWING = Set.of("living", "residing", "based", "stationed", "who");
  /** The verbs after "who" that narrow a count of people to where they live: "12 people who lived in Lindby". */
  private static final Set<String> NARROWING_AFTER_WHO = Set.of("live", "lived", "lives", "reside", "resided");
  /** How many tokens after a number its counted thing and a narrowing word may take ("people living"). */
  private static final int NARROWING_REACH = 3;

  /**
   * Whether the words right after a figure narrow what it counts to the people of one place: "rockets killed a dozen
   * people living in Lindby" counts another population than "the war left more than 200 people dead", so the two
   * are no conflict. Two narrowed figures are compared as before.
   */
  private static boolean narrowed(Inputs in, Amount x) {
    List<Token> t = in.article(x.article()).sentences().get(x.mention().sentence()).tokens();
    int seen = 0;
    for (int k = 0; k < t.size() && seen < NARROWING_REACH; k++) {
      Token w = t.get(k);
      if (w.start() < x.mention().end()) {
        continue;
      }
      if (w.kind() == TokenKind.PUNCTUATION) {
        return false;
      }
      seen++;
      if (NARROWING.contains(w.norm())) {
        return !w.norm().equals("who") || k + 1 < t.size() && NARROWING_AFTER_WHO.contains(t.get(k + 1).norm());
      }
    }
    return false;
  }

  /**
   * The tallies of one vote that a passage's members write differently ("220-to-190" / "222-190", {@link VoteTallies}),
   * as {@link #numbers} compares figures: two tallies of two articles conflict when they differ, may count one body's
   * votes ({@link VoteTallies.Tally#sameBodyAs}), and neither member writes the other's too (a Senate's "65-35" beside
   * a House's "254 to 175" is two votes). Two restated sentences are not compared with each other.
   */
  private static void tallies(Inputs in, Passage p, List<PassageMember> members, Set<PassageMember> own,
      List<Discrepancy> out) {
    List<VoteTallies.Tally> all = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<Set<String>> written = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      PassageMember m = members.get(i);
      Set<String> values = new HashSet<>();
      for (int si : new TreeSet<>(m.sentences())) {
        for (VoteTallies.Tally x : VoteTallies.in(in.article(m.article()), si)) {
          all.add(x);
          owner.add(i);
          values.add(x.value());
        }
      }
      written.add(values);
    }
    List<List<Integer>> groups = conflictGroups(all.size(), (i, j) -> {
      PassageMember mi = members.get(owner.get(i));
      PassageMember mj = members.get(owner.get(j));
      VoteTallies.Tally x = all.get(i);
      VoteTallies.Tally y = all.get(j);
      return !mi.article().equals(mj.article()) && (own.contains(mi) || own.contains(mj))
          && !x.value().equals(y.value()) && x.sameBodyAs(y)
          && !written.get(owner.get(j)).contains(x.value()) && !written.get(owner.get(i)).contains(y.value());
    });
    for (List<Integer> g : groups) {
      List<Discrepancy.Value> values = new ArrayList<>();
      Set<String> listed = new HashSet<>();
      for (int i : g) {
        VoteTallies.Tally x = all.get(i);
        String article = members.get(owner.get(i)).article();
        if (listed.add(article + " " + x.value())) {
          values.add(new Discrepancy.Value(article, in.article(article).article().text().substring(x.start(), x.end()),
              x.sentence(), x.start(), x.end()));
        }
      }
      out.add(new Discrepancy(DiscrepancyKind.NUMBER, p.id(), values));
    }
  }

  /**
   * Whether a member states {@code x}'s value too ({@code values}: its numbers by value): unless there it fills a
   * slot of another group of {@code slots.txt} than {@code x} ("and 12 arrested" is no agreement with "12 people
   * were injured"). A number whose slot is not known ("compared to 47 the previous night", "19 Sept. 11
   * hijackers") still agrees: what it counts is read from too few words to tell it apart.
   */
  private static boolean statesToo(Inputs in, Facts facts, Amount x, Map<String, List<Mention>> values,
      String article) {
    List<Mention> same = values.get(x.mention().value());
    if (same == null) {
      return false;
    }
    for (Mention m : same) {
      Optional<Amount> other = facts.amount(in.article(article), m);
      if (other.isEmpty() || x.slots().isEmpty() || other.get().slots().isEmpty()
          || !Collections.disjoint(x.slots(), other.get().slots())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the member that states {@code y} also states {@code x}'s quantity with another figure that agrees with
   * {@code x} as a bound or an estimate ({@code others}: that member's amounts): "a team rushed for over 350 yards"
   * agrees with "the Bears, who had 352 yards rushing", so Karl Lind's "101 yards" in that sentence is another
   * quantity, not a conflict with the 350. As a figure of the same value ({@link #statesToo}), the agreeing one must be
   * of the same slot, time and stretch, and of another value than {@code y}: "tops 150" said again as "rose above 150"
   * is one figure, which still differs from "passes 165".
   */
  private boolean agreesWithAnother(Inputs in, Amount x, Amount y, List<Amount> others) {
    for (Amount z : others) {
      if (z != y && !sameValue(z.mention().value(), y.mention().value()) && sameSlot(x, z)
          && x.past().equals(z.past()) && x.stretch().equals(z.stretch())
          && (withinBound(in, x, z) || withinBound(in, z, x) || roundsToEstimate(in, x, z)
              || roundsToEstimate(in, z, x) || withinLastDigit(in, x, z) || withinLastDigit(in, z, x))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code y}'s value lies within the bound {@code x} states: "more than 5,000" (or "over", "at least",
   * "upwards of") holds a bare 5,200, and "fewer than 400" (or "less than", "under", "up to", "at most", "no more
   * than") a bare 381, and a bound of the other side that leaves room between them: "more than 100 mph" and "up to
   * 120 mph" both hold 110 mph. Two bounds of one side are two intervals that always meet: "at least 150 killed" is
   * true when "more than 180" are, and "under 400" when "under 300" is, so a fact-checker calls neither pair a
   * contradiction. A bare figure against a bound it breaks still conflicts ("12,000 troops" against "more than
   * 14,000"), and so do two bounds of two sides that leave no room ("more than 100 mph" / "up to 90 mph").
   */
  private static boolean withinBound(Inputs in, Amount x, Amount y) {
    int bound = bound(in.article(x.article()), x.mention());
    int other = bound(in.article(y.article()), y.mention());
    if (bound == 0) {
      return false;
    }
    if (other == bound) {
      return true; // "more than 180" / "at least 150": both hold 200
    }
    try {
      int c = new BigDecimal(y.mention().value()).compareTo(new BigDecimal(x.mention().value()));
      if (other != 0) {
        return bound > 0 ? c > 0 : c < 0; // "more than 100 mph" and "up to 120 mph": both hold 110 mph
      }
      return bound > 0 ? c >= 0 : c <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether {@code x} is written as an estimate or a bound ("some 2,700", "about 2,700", "more than 15 million") that
   * {@code y}'s more precise figure rounds to, on the side a bound allows: "some 2,700 pages" and "2,702 pages", "more
   * than 15 million doses" and "at least 15.1 million doses" state one figure; "more than 15 million" and "14.6
   * million" do not. The estimate keeps two significant digits or more ("some 3,000" is no rounding of 2,702), and
   * two bare figures ("2,700" / "2,702") still conflict.
   */
  private static boolean roundsToEstimate(Inputs in, Amount x, Amount y) {
    AnalyzedArticle a = in.article(x.article());
    int bound = bound(a, x.mention());
    if (bound == 0 && !approximate(a, x.mention())) {
      return false;
    }
    String round = x.mention().value();
    String precise = y.mention().value();
    try {
      if (new BigDecimal(round).stripTrailingZeros().precision() >= new BigDecimal(precise).stripTrailingZeros().precision()
          || !roundedAlike(round, precise)) {
        return false;
      }
      int c = new BigDecimal(precise).compareTo(new BigDecimal(round));
      return bound > 0 ? c >= 0 : bound < 0 ? c <= 0 : true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether {@code x} is written as an estimate ("about 10 minutes", "roughly $22 million") that {@code y}'s figure, not
   * a bound, lies within one of its last written digit of: an estimate is no more precise than that digit, so "about 10
   * minutes" and "nine minutes", "roughly $22 million" and "$23 million" state one figure; "about 10" and "eight",
   * "some 1.37 million" and "1.4 million", and two bare figures ("10" / "nine") still conflict. The difference must
   * also stay within {@link #ESTIMATE_SPREAD} of the estimate: "about 3 people died" and "4 people died" conflict.
   */
  private static boolean withinLastDigit(Inputs in, Amount x, Amount y) {
    if (!approximate(in.article(x.article()), x.mention()) || bound(in.article(y.article()), y.mention()) != 0) {
      return false;
    }
    try {
      BigDecimal estimate = new BigDecimal(x.mention().value());
      BigDecimal difference = estimate.subtract(new BigDecimal(y.mention().value())).abs();
      return difference.compareTo(lastDigit(x.mention(), estimate)) <= 0
          && difference.compareTo(estimate.abs().multiply(ESTIMATE_SPREAD)) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The worth of one in the last digit a figure is written with, its word of scale applied: 1 for "10" or "ten", one
   * million for "22 million", ten thousand for "1.37 million"; 1 when the digits as written do not divide its value.
   */
  private static BigDecimal lastDigit(Mention m, BigDecimal value) {
    Matcher digits = LEADING_DIGITS.matcher(m.text());
    if (!digits.lookingAt()) {
      return BigDecimal.ONE;
    }
    BigDecimal written = new BigDecimal(digits.group().replace(",", ""));
    if (written.signum() == 0) {
      return BigDecimal.ONE;
    }
    BigDecimal scale = value.divide(written, MathContext.DECIMAL64);
    return written.ulp().multiply(scale).abs();
  }


  /**
   * Whether {@code x} is a total that counts one more than {@code y} and says whom it adds: "nine people dead,
   * including the gunman" against "eight people dead" (the victims alone). A count followed in its clause by "including"
   * and one person or thing ("the gunman", "a firefighter", "himself") may or may not hold that one, so a difference of
   * one is no conflict; "including three workers", or a difference of two, still is.
   */
  private static boolean includesOneMore(Inputs in, Amount x, Amount y) {
    try {
      if (new BigDecimal(x.mention().value()).subtract(new BigDecimal(y.mention().value())).compareTo(BigDecimal.ONE) != 0) {
        return false;
      }
    } catch (NumberFormatException e) {
      return false;
    }
    List<Token> t = in.article(x.article()).sentences().get(x.mention().sentence()).tokens();
    int k = 0;
    while (k < t.size() && t.get(k).start() < x.mention().end()) {
      k++;
    }
    for (int seen = 0; k < t.size() - 1 && seen < INCLUDING_REACH; k++, seen++) {
      Token w = t.get(k);
      if (w.text().equals(";") || w.text().equals(".")) {
        return false;
      }
      if (w.norm().equals("including")) {
        Token next = t.get(k + 1);
        if (ONE_INCLUDED_ALONE.contains(next.norm())) {
          return true;
        }
        if (!ONE_INCLUDED.contains(next.norm()) || k + 2 >= t.size()) {
          return false;
        }
        // one of them: "the gunman", "a firefighter"; not "the two gunmen", "the victims"
        Token what = t.get(k + 2);
        String word = what.norm();
        boolean number = in.article(x.article()).mentions().stream()
            .anyMatch(m -> m.kind() == MentionKind.NUMBER && m.start() == what.start());
        return what.kind() == TokenKind.WORD && !number && !(word.endsWith("s") && !word.endsWith("ss"));
      }
    }
    return false;
  }

  /**
   * Whether {@code x} counts the others beside one named before it, one fewer than {@code y}: "an aid worker and
   * nine members of his family" against "ten members of one family", both right when the aid worker is one of the
   * family. The count stands right after "and", and "of his", "of her" or "of their" follows its counted word: the
   * relatives of the one before "and". "The guards and nine members of their families", or a difference of two,
   * still conflict.
   */
  private static boolean othersBesideOne(Inputs in, Amount x, Amount y) {
    try {
      BigDecimal more = new BigDecimal(y.mention().value()).subtract(new BigDecimal(x.mention().value()));
      if (more.compareTo(BigDecimal.ONE) != 0) {
        return false;
      }
    } catch (NumberFormatException e) {
      return false;
    }
    List<Token> t = in.article(x.article()).sentences().get(x.mention().sentence()).tokens();
    int k = firstAtOrAfter(t, x.mention().start());
    if (k < 2 || !t.get(k - 1).norm().equals("and") || t.get(k - 2).kind() != TokenKind.WORD) {
      return false;
    }
    String last = t.get(k - 2).norm();
    boolean one = t.get(k - 2).isCapitalized(); // a name: "Karl Lind and nine members of his family"
    for (int i = k - 2; i >= Math.max(0, k - 2 - ONE_REACH) && !one && t.get(i).kind() == TokenKind.WORD; i--) {
      one = ONE_BEFORE_AND.contains(t.get(i).norm());
    }
    if (!one || !t.get(k - 2).isCapitalized() && (last.endsWith("s") && !last.endsWith("ss")
        || TWO_AS_ONE.contains(last))) { // "the guards and nine members of their families"; not "Jonas Harris and"
      return false;
    }
    int after = firstAtOrAfter(t, x.mention().end());
    for (int i = after; i < Math.min(t.size() - 1, after + OF_HIS_REACH); i++) {
      if (t.get(i).norm().equals("of") && RELATIVES_OF.contains(t.get(i + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** How many words before "and" the word that opens the one person may stand: "an innocent aid worker and". */
  private static final int ONE_REACH = 4;
  /** Words for two people that take no plural -s: "the couple and nine members of their family" are more than one. */
  private static final Set<String> TWO_AS_ONE = Set.of("couple", "pair", "twins");
  /** Words that open the one person a count after "and" may stand beside: "an aid worker and nine ...". */
  private static final Set<String> ONE_BEFORE_AND = Set.of("a", "an", "the", "his", "her");
  /** The possessives that make a counted group the relatives of the one before "and": "nine members of his family". */
  private static final Set<String> RELATIVES_OF = Set.of("his", "her", "their");
  /** How many tokens after a count the "of his" of its group may stand: "nine members of his family". */
  private static final int OF_HIS_REACH = 3;

  /** How many tokens after a count its "including" may stand: "nine people dead, including the gunman". */
  private static final int INCLUDING_REACH = 8;
  /** What opens one person or thing after "including": a determiner of one, or a reflexive pronoun. */
  private static final Set<String> ONE_INCLUDED = Set.of("the", "a", "an", "himself", "herself");
  /** Of {@link #ONE_INCLUDED}, the words that are the one included by themselves. */
  private static final Set<String> ONE_INCLUDED_ALONE = Set.of("himself", "herself");

  /** Words right before a number that make it an estimate of either side ("some 2,700", "roughly 400"). */
  private static final Set<String> ESTIMATES = Set.of("some", "about", "around", "roughly", "approximately",
      "estimated", "circa");

  /**
   * Whether the word right before a number (past a currency sign) makes it an estimate ("some 2,700 pages"), or the
   * number converts the figure before it into another unit, in brackets: "58 km (36 miles)" is rounded as "about 36
   * miles" is. Not "killed 12 (three of them children)": a figure in brackets after a bare count.
   */
  private static boolean approximate(AnalyzedArticle a, Mention m) {
    List<Token> t = a.sentences().get(m.sentence()).tokens();
    int at = 0;
    while (at < t.size() && t.get(at).start() < m.start()) {
      at++;
    }
    if (at >= 1 && currencySign(t.get(at - 1))) {
      at--; // "about $1 million"
    }
    return at >= 1 && ESTIMATES.contains(t.get(at - 1).norm()) || conversion(t, at);
  }

  /** Units of measure a figure is converted between in brackets: "58 km (36 miles)", "20C (68F)", "50 euros ($55)". */
  private static final Set<String> MEASURES = Set.of("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",
      "mi", "mile", "miles", "m", "metre", "metres", "meter", "meters", "cm", "centimetres", "centimeters", "mm",
      "millimetres", "millimeters", "ft", "foot", "feet", "in", "inch", "inches", "yd", "yard", "yards", "kg", "kgs",
      "kilo", "kilos", "kilogram", "kilograms", "g", "gram", "grams", "lb", "lbs", "pound", "pounds", "oz", "ounce",
      "ounces", "t", "tonne", "tonnes", "ton", "tons", "l", "litre", "litres", "liter", "liters", "gallon", "gallons",
      "mph", "kph", "kmh", "km/h", "c", "f", "celsius", "fahrenheit", "ha", "hectare", "hectares", "acre", "acres",
      "dollar", "dollars", "euro", "euros", "sterling", "yen", "yuan", "rupees", "francs", "kronor", "kroner");

  /**
   * Whether the figure at token {@code at} stands in brackets right after a figure with its unit of measure, which it
   * converts into another unit, the bracket closing right after that unit: "58 km (36 miles)", "58km (36 miles)", "60
   * metres (200 feet)", "20°C (68°F)", "€50 ($55)". Not "37 people (20 adults and 17 children)": people are no unit,
   * and the bracket goes on.
   */
  private static boolean conversion(List<Token> t, int at) {
    if (at < 3 || !t.get(at - 1).norm().equals("(")) {
      return false;
    }
    // the figure before the bracket, with its unit glued, after it (past a degree sign) or a currency sign before it
    Token before = t.get(at - 2);
    int figure = before.kind() == TokenKind.WORD && at >= 4 && t.get(at - 3).norm().equals("\u00B0") ? at - 4 : at - 3;
    boolean unitBefore = before.kind() == TokenKind.NUMBER && (MEASURES.contains(gluedUnit(before))
        || currencySign(t.get(at - 3)))
        || before.kind() == TokenKind.WORD && MEASURES.contains(before.norm())
        && t.get(figure).kind() == TokenKind.NUMBER;
    if (!unitBefore) {
      return false;
    }
    // the figure in the bracket, with its unit, and the bracket's end
    int k = at;
    if (currencySign(t.get(k))) {
      k++;
      return k + 1 < t.size() && t.get(k).kind() == TokenKind.NUMBER && t.get(k + 1).norm().equals(")");
    }
    if (k + 1 < t.size() && t.get(k).kind() == TokenKind.NUMBER && MEASURES.contains(gluedUnit(t.get(k)))) {
      return t.get(k + 1).norm().equals(")");
    }
    k++;
    if (k < t.size() && t.get(k).norm().equals("\u00B0")) {
      k++; // "(68°F)"
    }
    return k + 1 < t.size() && t.get(k).kind() == TokenKind.WORD && MEASURES.contains(t.get(k).norm())
        && t.get(k + 1).norm().equals(")");
  }

  /** The letters glued to the end of a number token ("km" of "58km"), or "" when there are none. */
  private static String gluedUnit(Token number) {
    Matcher m = GLUED_UNIT.matcher(number.norm());
    return m.matches() ? m.group(1) : "";
  }

  private static final Pattern GLUED_UNIT = Pattern.compile("[\\d.,]+([\\p{L}/]+)");

  /**
   * The index {@code at} of a figure's first token, moved back past an "a" or "an" that opens a figure written in
   * words ("more than a hundred yards", "up to a dozen"), so that the words of a bound stand right before it.
   */
  private static int pastArticle(List<Token> t, int at, Mention m) {
    boolean spelled = !m.text().isEmpty() && Character.isLetter(m.text().charAt(0));
    return spelled && at >= 1 && (t.get(at - 1).norm().equals("a") || t.get(at - 1).norm().equals("an")) ? at - 1 : at;
  }

  /** Verbs that make the figure after them a lower bound: "the toll tops 150", "exceeded 2,000". */
  private static final Set<String> EXCEEDS = Set.of("tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed");

  /**
   * Verbs that make the figure after them a lower bound only when it ends its phrase ("the death toll passes 165", "
   * passed 165 on Saturday"): before what it counts they pass a bill or a vote ("the Senate passes $1 trillion
   * infrastructure bill", "passed 220-190").
   */
  private static final Set<String> PASSES = Set.of("passes", "passed");

  /** Words that may follow a figure that ends its phrase: punctuation aside, these open what comes next. */
  private static final Set<String> AFTER_PHRASE = Set.of("on", "in", "as", "by", "after", "at", "this", "last", "since",
      "and", "for", "with", "amid", "according");

  /** 1 when the words right before a number make it a lower bound ("more than"), -1 an upper bound, else 0. */
  private static int bound(AnalyzedArticle a, Mention m) {
    return Integer.signum(boundWords(a, m));
  }

  /**
   * Where a figure starts as a discrepancy shows it: at the words of its bound when it has one ("at least two
   * civilians", "more than $1 million", "tops 150"), so a reader sees that "at least three" is a minimum that "two"
   * breaks; else at the word that makes it an estimate ({@link #ESTIMATES}: "around 20 workers", "some
   * $5 million"), so a reader sees the hedge the outlet put on it; else at its currency sign ("$3.6 billion"); else at
   * the number.
   */
  private static int figureStart(AnalyzedArticle a, Mention m) {
    int words = Math.abs(boundWords(a, m));
    List<Token> t = a.sentences().get(m.sentence()).tokens();
    int at = 0;
    while (at < t.size() && t.get(at).start() < m.start()) {
      at++;
    }
    if (at >= 1 && currencySign(t.get(at - 1))) {
      at--;
    }
    if (words > 0) {
      at = pastArticle(t, at, m);
      return t.get(at - words).start();
    }
    if (at >= 1 && ESTIMATES.contains(t.get(at - 1).norm())) {
      return t.get(at - 1).start();
    }
    return currencyBefore(a, m) ? m.start() - 1 : m.start();
  }

  /**
   * The number of words right before a number that make it a bound, positive for a lower bound ("more than": 2, "tops":
   * 1), negative for an upper bound ("up to": -2), 0 when there are none.
   */
  private static int boundWords(AnalyzedArticle a, Mention m) {
    List<Token> t = a.sentences().get(m.sentence()).tokens();
    int at = 0;
    while (at < t.size() && t.get(at).start() < m.start()) {
      at++;
    }
    if (at >= 1 && currencySign(t.get(at - 1))) {
      at--; // "more than $1 million"
    }
    at = pastArticle(t, at, m); // "more than a hundred yards"
    String w1 = at >= 1 ? t.get(at - 1).norm() : "";
    String w2 = at >= 2 ? t.get(at - 2).norm() : "";
    String w3 = at >= 3 ? t.get(at - 3).norm() : "";
    if (w1.equals("than") && w2.equals("more") && w3.equals("no")) {
      return -3;
    }
    if (w1.equals("than") && (w2.equals("less") || w2.equals("fewer")) || w1.equals("most") && w2.equals("at")
        || w1.equals("to") && w2.equals("up")) {
      return -2;
    }
    if (w1.equals("under") || w1.equals("below")) {
      return -1;
    }
    if (w1.equals("than") && w2.equals("more") || w1.equals("least") && w2.equals("at")
        || w1.equals("of") && (w2.equals("upwards") || w2.equals("excess"))) {
      return 2;
    }
    if (w1.equals("over") || w1.equals("above") || EXCEEDS.contains(w1)) {
      return 1;
    }
    if (PASSES.contains(w1)) {
      int next = at;
      while (next < t.size() && t.get(next).start() < m.end()) {
        next++;
      }
      if (next >= t.size() || t.get(next).kind() == TokenKind.PUNCTUATION || AFTER_PHRASE.contains(t.get(next).norm())) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The past years its sentence names before a number ("in 1970, a quake killed 15,000"): the number is about
   * that past event. A year right after "since" is a baseline ("the strongest since 1999"), not the event.
   */
  private static Set<String> pastYears(AnalyzedArticle a, Mention x, List<Mention> pastYearsOfSentence) {
    Set<String> out = new TreeSet<>();
    List<Token> t = a.sentences().get(x.sentence()).tokens();
    for (Mention d : pastYearsOfSentence) {
      if (d.end() <= x.start() && !afterSince(t, d)) {
        out.add(d.value());
      }
    }
    return out;
  }

  /** Whether a date is a year as written ("1970", not "1,801 injured" read as a year). */
  private static boolean isYear(Mention d) {
    return d.value().length() == 4 && d.value().chars().allMatch(Character::isDigit) && d.text().equals(d.value());
  }

  private static boolean afterSince(List<Token> t, Mention d) {
    for (int i = 1; i < t.size(); i++) {
      if (t.get(i).start() == d.start()) {
        return t.get(i - 1).norm().equals("since");
      }
    }
    return false;
  }

  /**
   * The year the article reports from: its publication year, or, undated, the latest year it names (a year
   * before it is the past).
   */
  private static int referenceYear(AnalyzedArticle a) {
    if (a.article().published().isPresent()) {
      return a.article().published().get().getYear();
    }
    int max = Integer.MIN_VALUE;
    for (Mention d : a.mentions()) {
      if (d.kind() == MentionKind.DATE && d.value().length() >= 4 && d.value().substring(0, 4).chars().allMatch(Character::isDigit)) {
        max = Math.max(max, Integer.parseInt(d.value().substring(0, 4)));
      }
    }
    return max;
  }

  /**
   * Whether two values are one figure: equal, or equal once the more precise is rounded to the other's
   * decimals ("51.9 per cent" and "52 per cent"; not "6.1" and "6.5").
   */
  static boolean sameValue(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      BigDecimal x = new BigDecimal(a);
      BigDecimal y = new BigDecimal(b);
      int scale = Math.min(Math.max(x.scale(), 0), Math.max(y.scale(), 0));
      if (x.scale() == y.scale()) {
        return x.compareTo(y) == 0;
      }
      return x.setScale(scale, RoundingMode.HALF_UP).compareTo(y.setScale(scale, RoundingMode.HALF_UP)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether one of two sums is the other rounded: "$13.6 million" and "$13,625,777", "$15 million" and "$14,959,450".
   * The rounder one must keep two significant digits or more ("$90 million" is no rounding of $94 million).
   */
  static boolean roundedAlike(String a, String b) {
    try {
      BigDecimal x = new BigDecimal(a).stripTrailingZeros();
      BigDecimal y = new BigDecimal(b).stripTrailingZeros();
      BigDecimal round = x.precision() <= y.precision() ? x : y;
      BigDecimal precise = round == x ? y : x;
      return round.precision() >= 2 && round.precision() < precise.precision()
          && precise.round(new MathContext(round.precision(), RoundingMode.HALF_UP)).compareTo(round) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether a token ends a clause: a comma, colon, parenthesis, dash or sentence end (not "'s" or a hyphen). */
  private static boolean endsClause(Token w) {
    return w.kind() == TokenKind.PUNCTUATION && CLAUSE_ENDS.contains(w.norm());
  }

  /**
   * The indices {@code 0..n-1} grouped by conflict, pairwise and transitively (union-find): groups in the order
   * of their first member, members ascending; an index in no conflict is in no group. Every pair is tested
   * once, so the cost is quadratic in {@code n}, the figures of one passage or of the rare kinds compared
   * across passages.
   */
  private static List<List<Integer>> conflictGroups(int n, java.util.function.BiPredicate<Integer, Integer> conflict) {
    int[] parent = DisjointSets.singletons(n);
    boolean[] involved = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (conflict.test(i, j)) {
          involved[i] = true;
          involved[j] = true;
          DisjointSets.join(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (involved[i]) {
        groups.computeIfAbsent(DisjointSets.find(parent, i), k -> new ArrayList<>()).add(i);
      }
    }
    return new ArrayList<>(groups.values());
  }

  /** The index of the first token starting at or after {@code offset} (the size when none). */
  private static int firstAtOrAfter(List<Token> t, int offset) {
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the last token ending at or before {@code offset}, or -1. */
  private static int lastEndingBy(List<Token> t, int offset) {
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * Whether two amounts are one quantity: the same counted thing (or, when one names none, the same slot
   * word: "a population of about 429,000" and "a population of about 400,000 people"), and no slot words
   * of different groups ("killed 15,000 people" is not "injured 1,400 people"). Two sums of money written with a
   * currency sign, or one with the sign and one with its currency's name ("€2.5 million" / "3 million euros"), are one
   * quantity only when they are for the same thing ({@link #spentOn}), and two polls' figures
   * only when they may be one poll's ({@link Poll#mayBeOneWith}).
   */
  private boolean sameSlot(Amount x, Amount y) {
    if (!x.measure().equals(y.measure())) {
      return false; // "a peak of 88%" / "below 50 percent"; "core prices rose 0.9 percent" / "prices rose 0.8 percent"
    }
    if (!x.owner().isEmpty() && !y.owner().isEmpty() && !sameOwner(x.owner(), y.owner())) {
      return false; // "Jane Doe scored 18 points" / "Eva Strand scored 11 points": two people's figures
    }
    if (!x.poll().mayBeOneWith(y.poll())) {
      return false; // "in a poll released Sunday, 62 percent" / "a poll by the Lindby Post said 83 percent": two polls
    }
    if (!x.action().isEmpty() && !y.action().isEmpty() && !x.action().equals(y.action())) {
      return false; // "he lied three times" / "he twice admitted he lied": counts of two actions
    }
    // sums of money: the same currency, written with its sign or its name ("€2.5 million" / "3 million euros"), for
    // the same thing
    if (x.money() || y.money()) {
      return x.unit().equals(y.unit()) && !x.spentOn().isEmpty() && x.spentOn().equals(y.spentOn());
    }
    boolean shareSlot = false;
    boolean sharePersonSlot = false;
    for (int s : x.slots()) {
      shareSlot |= y.slots().contains(s);
      sharePersonSlot |= y.slots().contains(s) && lex.personSlot(s);
    }
    if (!x.slots().isEmpty() && !y.slots().isEmpty() && !shareSlot) {
      return false;
    }
    if (x.unit().isEmpty() || y.unit().isEmpty()) {
      // "A 6.2 magnitude quake killed 241" and "250 dead": the magnitude shares the sentence's slot word, but
      // it counts a magnitude, not people, so it is not the toll.
      String unit = x.unit().isEmpty() ? y.unit() : x.unit();
      return shareSlot && (!sharePersonSlot || unit.isEmpty() || countsPeople(unit));
    }
    return x.unit().equals(y.unit());
  }

  /**
   * Whether a capitalised word after a figure in a headline in title case is what it counts: a plural ("7 Villages")
   * or a slot word ("80 Hurt"), not a singular word that modifies the counted thing ("3,000 Flood Claims").
   */
  private boolean countedInTitleCase(Token u) {
    return u.kind() == TokenKind.WORD && (u.norm().endsWith("s") && !u.norm().equals(u.lemma())
        || lex.slot(u.lemma()) >= 0);
  }

  /**
   * Whether the word at {@code k}, after a number, modifies the counted thing after it: a singular word that is no slot
   * word before a lower-case plural that is none either ("2,301 career points", "12 straight points"; not "five people
   * injured", "18 points and").
   */
  private boolean modifiesNext(List<Token> t, int k) {
    if (k + 1 >= t.size() || lex.slot(t.get(k).lemma()) >= 0 || !t.get(k).norm().equals(t.get(k).lemma())) {
      return false;
    }
    Token next = t.get(k + 1);
    return next.kind() == TokenKind.WORD && Character.isLowerCase(next.text().charAt(0)) && next.norm().endsWith("s")
        && !next.norm().equals(next.lemma()) && !NOT_COUNTED.contains(next.norm()) && !LINKS.contains(next.norm())
        && !BEFORE_COUNTED.contains(next.norm()) && lex.slot(next.lemma()) < 0;
  }

  /**
   * Whether the words after a number make it a part or the rest of a set, not its size: "two of the pirates",
   * "three other rifles" (beside "seven AK-47 rifles").
   */
  private static boolean partOrRest(List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    String next = t.get(k).norm();
    if (next.equals("other")) {
      return true;
    }
    return next.equals("of") && k + 1 < t.size() && PARTITIVE.contains(t.get(k + 1).norm());
  }

  /**
   * The total a number is a part of, when the words after it say so: "20 of 25 passes", "four of their first five
   * drives", "10 of the Hawks' 16 games" (token {@code k} is the one after the number); null when they do not.
   */
  private static Mention totalOfPart(List<Token> t, int k, Map<Integer, Mention> numbersByStart) {
    if (k >= t.size() || !t.get(k).norm().equals("of")) {
      return null;
    }
    k++;
    if (k < t.size() && PARTITIVE.contains(t.get(k).norm())) {
      k++;
    }
    k = pastPossessiveName(t, k);
    if (k < t.size() && SEQUENCE.contains(t.get(k).norm())) {
      k++;
    }
    return k < t.size() ? numbersByStart.get(t.get(k).start()) : null;
  }

  /**
   * Whether the words before a number (token {@code k} is the one before it, or before its word of sequence) make it
   * the total of a part: "25" of "20 of 25 passes", "five" of "four of their first five drives", "16" of "10 of the
   * Hawks' 16 games".
   */
  private static boolean wholeOfPart(List<Token> t, int k, Map<Integer, Mention> numbersByStart) {
    k = beforePossessiveName(t, k);
    if (k >= 0 && PARTITIVE.contains(t.get(k).norm())) {
      k--;
    }
    return k >= 1 && t.get(k).norm().equals("of") && endsANumber(t.get(k - 1), numbersByStart);
  }

  /**
   * The token after a name's possessive that starts at token {@code k} ("Hawks'" or "Lindby's": one to three
   * capitalised words, then the apostrophe), or {@code k} when none starts there.
   */
  private static int pastPossessiveName(List<Token> t, int k) {
    int j = k;
    while (j < t.size() && j < k + MAX_POSSESSOR_WORDS && isCapitalisedWord(t.get(j))) {
      j++;
    }
    return j > k && j < t.size() && isPossessiveMark(t.get(j)) ? j + 1 : k;
  }

  /**
   * The token before a name's possessive that ends at token {@code k} ("the" of "the Hawks' 16 games"), or {@code k}
   * when none ends there.
   */
  private static int beforePossessiveName(List<Token> t, int k) {
    if (k < 1 || !isPossessiveMark(t.get(k))) {
      return k;
    }
    int j = k - 1;
    while (j >= 0 && j >= k - MAX_POSSESSOR_WORDS && isCapitalisedWord(t.get(j))) {
      j--;
    }
    return j < k - 1 ? j : k;
  }

  /** How many capitalised words a possessor's name may have in a part's whole: "the Orvik Owls' 16 games". */
  private static final int MAX_POSSESSOR_WORDS = 3;

  private static boolean isCapitalisedWord(Token w) {
    return w.kind() == TokenKind.WORD && Character.isUpperCase(w.text().charAt(0));
  }

  /** An apostrophe of a possessive, alone ("Hawks'") or with its "s" ("Lindby's"). */
  private static boolean isPossessiveMark(Token w) {
    String x = w.text().replace('\u2019', '\'');
    return x.equals("'") || x.equals("'s");
  }

  /** Whether a token is a number as written, or the last word of one. */
  private static boolean endsANumber(Token w, Map<Integer, Mention> numbersByStart) {
    return w.kind() == TokenKind.NUMBER || numbersByStart.containsKey(w.start());
  }

  /**
   * Whether a number is one side of a clock reading or time of day, written with a colon between digits: the "00" of
   * "6:00 minutes remaining", the "9" of "9:30 a.m.".
   */
  private static boolean clockReading(String text, Mention x) {
    boolean before = x.start() >= 2 && text.charAt(x.start() - 1) == ':'
        && Character.isDigit(text.charAt(x.start() - 2));
    boolean after = x.end() + 1 < text.length() && text.charAt(x.end()) == ':'
        && Character.isDigit(text.charAt(x.end() + 1));
    return before || after;
  }

  /**
   * Whether a figure is half of a decimal that a space after its point split in the text ("the 5. 9-magnitude quake",
   * "a magnitude-6. 0 quake", "$1. 29"): a digit, a period and one space before it, or after it a period, one space
   * and a digit. The halves count nothing: 5 and 9 are not 5.9, and neither is compared. A sentence that ends with a
   * figure and a next that opens with one ("in 2015. 3 days later") reads the same and is not compared either:
   * written news spells out a number that opens a sentence, so that is rare, and a figure left out is no false
   * conflict.
   */
  private static boolean splitDecimal(String text, Mention x) {
    return joinedToADigit(text, x, ". ");
  }

  /**
   * Whether a figure is one side of a fraction, date or ratio written with a slash between digits: the "2" of "served
   * 4 1/2 months" (no count of two months), the "11" of "the 9/11 hijackers", the "7" of "24/7". A digit and a slash
   * right before it, or a slash and a digit right after it.
   */
  private static boolean besideASlash(String text, Mention x) {
    return joinedToADigit(text, x, "/");
  }

  /**
   * Whether figure {@code x} is joined to another digit by {@code joint}: its first character a digit with {@code
   * joint} and a digit right before it, or its last a digit with {@code joint} and a digit right after it.
   */
  private static boolean joinedToADigit(String text, Mention x, String joint) {
    int n = joint.length();
    boolean before = x.start() > n && Character.isDigit(text.charAt(x.start()))
        && text.startsWith(joint, x.start() - n) && Character.isDigit(text.charAt(x.start() - n - 1));
    boolean after = x.end() >= 1 && x.end() + n < text.length() && Character.isDigit(text.charAt(x.end() - 1))
        && text.startsWith(joint, x.end()) && Character.isDigit(text.charAt(x.end() + n));
    return before || after;
  }

  /** Possessive determiners: before an age, its owner is someone's relative ("her 12-year-old daughter"). */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

  /** Words that open another clause between a name and a number: the name is no subject of the number's verb. */
  private static final Set<String> OPENS_CLAUSE = Set.of("and", "or", "but", "that", "which", "who", "whom", "whose",
      "when", "where", "while", "because", "if", "although", "though", "whether", "after", "before", "since", "as");

  /** Prepositions before a name that make it no subject: "hospitalized in Los Angeles for four weeks". */
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "for", "to", "from", "with", "by", "of",
      "into", "onto", "against", "over", "past", "near", "across", "during", "under", "between", "about", "toward",
      "towards", "through", "than", "like", "outside", "inside", "behind");

  /** A word of saying that, right before a figure, adds to a count: "Eva Strand added 16 points". */
  private static final Set<String> ADDS = Set.of("add", "adds", "added", "adding");

  /** How many words may stand between the name that owns a figure and the figure ("Jane Doe finished with 18"). */
  private static final int OWNER_REACH = 5;

  /** What an owner that is someone's relative starts with: "relative daughter" of "her 12-year-old daughter". */
  private static final String RELATIVE = "relative ";

  /**
   * Whose a figure is, as its sentence says, or "": the person (or team) its clause names as the subject of the verb
   * before it ("Jane Doe scored 18 points", "as Eva Strand added 16 points", "Jane Doe's 18 points"; not through a
   * word of saying other than "added" right before the figure: "Karl Lind said 35 people died" is no figure of Karl
   * Lind's; "Eva Strand's been there 12 years" is hers), the name a relative "who" clause of the figure describes
   * ("Karl Lind, who has worked there for 30 years"), also across the other figures and verbs of its clause ("Jane Doe scored 14 goals and added nine
   * assists", "ran for 404 yards and two touchdowns"), or, when a "he" or "she" is that subject, the person the
   * article named last before the sentence; for an age, the name right after it
   * ("35-year-old Karl Lind", "32-year-old protester Jane Doe"), or, after a possessive, the relative it ages ("her
   * 12-year-old daughter"). Tokens {@code first..last} are the number's.
   */
  private String owner(List<Token> t, int first, int last, Map<Integer, Mention> namesByEnd,
      Map<Integer, Mention> numbersByStart, boolean age, String named) {
    if (age) {
      String whose = ageOwner(t, first, last, namesByEnd); // the name or relative it stands before
      if (whose != null) {
        return whose;
      }
    }
    String antecedent = relativeAntecedent(t, first, namesByEnd);
    if (antecedent != null) {
      return antecedent; // "Karl Lind, who has worked at the mill for nearly 30 years"
    }
    int words = 0;
    boolean list = false; // past a figure of the same predicate: "scored 14 goals and added nine assists"
    for (int k = first - 1; k >= 0; k--) {
      Token w = t.get(k);
      Mention name = namesByEnd.get(w.end());
      if (name != null && w.isCapitalized()) {
        int before = firstAtOrAfter(t, name.start()) - 1;
        boolean object = before >= 0 && PREPOSITIONS.contains(t.get(before).norm()); // "in Los Angeles for 4 weeks"
        return words > 0 && !object ? name.value() : "";
      }
      if (w.norm().equals("'s") || w.norm().equals("\u2019s") || w.norm().equals("'")) {
        Mention owner = k >= 1 ? namesByEnd.get(t.get(k - 1).end()) : null;
        boolean contracted = k + 1 < t.size() && t.get(k + 1).norm().equals("been"); // "Eva Strand's been there"
        return owner != null && (words == 0 || contracted) ? owner.value() : ""; // "Jane Doe's 18 points"
      }
      if (PERSONAL_PRONOUNS.contains(w.norm())) {
        return words > 0 ? named : ""; // "He scored six goals": the person the article named last before
      }
      if (endsANumber(w, numbersByStart) || list && w.norm().equals(",")) {
        continue; // other figures of its clause ("caught 52 passes for 440 yards") are no words before the owner
      }
      if (sharesTheSubject(t, k, numbersByStart)) {
        list = true;
        words = 0;
        continue;
      }
      if (w.kind() != TokenKind.WORD || !Character.isLowerCase(w.text().charAt(0)) || OPENS_CLAUSE.contains(w.norm())
          || POSSESSIVES.contains(w.norm()) || saysSomething(t, k) && !(ADDS.contains(w.norm()) && words == 0)
          || ++words > OWNER_REACH) {
        return "";
      }
    }
    return "";
  }

  /**
   * The person a relative clause that holds a figure describes, or null: the name right before ", who" that opens the
   * figure's clause ("Karl Lind, who has worked at the mill for nearly 30 years": Lind's 30 years), within {@value
   * #CLAUSE_REACH} tokens and with no word of saying between ("Karl Lind, who said 35 people died" is no figure of his).
   */
  private String relativeAntecedent(List<Token> t, int first, Map<Integer, Mention> namesByEnd) {
    for (int k = first - 1; k >= 2 && k >= first - CLAUSE_REACH; k--) {
      Token w = t.get(k);
      if (endsClause(w) || saysSomething(t, k)) {
        return null;
      }
      if (OPENS_CLAUSE.contains(w.norm())) {
        Mention name = namesByEnd.get(t.get(k - 2).end());
        boolean relative = w.norm().equals("who") && t.get(k - 1).norm().equals(",");
        return relative && name != null && t.get(k - 2).isCapitalized() ? name.value() : null;
      }
    }
    return null;
  }

  /**
   * Whether the "and" or comma at {@code k}, walking back from a figure, joins two parts of one clause that share
   * its subject: two figures of a list ("rushed for 404 yards and two touchdowns": a figure right after it and one
   * within three tokens before it) or two verbs ("scored 14 goals and added nine assists": a verb that is no word of
   * saying right after it). Not "and the team added nine", a clause of its own subject, nor "Lindby and 40 people",
   * no list of figures.
   */
  private boolean sharesTheSubject(List<Token> t, int k, Map<Integer, Mention> numbersByStart) {
    String w = t.get(k).norm();
    if (!w.equals("and") && !w.equals(",") || k + 1 >= t.size()) {
      return false;
    }
    if (numbersByStart.containsKey(t.get(k + 1).start())) {
      for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
        if (endsANumber(t.get(j), numbersByStart)) {
          return true;
        }
      }
      return false;
    }
    return ADDS.contains(t.get(k + 1).norm()) || namesAnAction(t, k + 1) && !saysSomething(t, k + 1);
  }

  /** Personal pronouns that may open the clause of a figure: whose it is, the article said before. */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

  /**
   * For each sentence of an article, the person it named last before that sentence began, or "": the two-word or
   * longer names that are no place ("Jane Doe", not "Lindby" or "New Lindby"), which a "he" or "she" opening a
   * figure's clause most likely stands for. After a sentence that opens with "he" or "she", the person that one
   * stands for: "Jane Doe retired in May. She later worked for Karl Lind's band. She married twice." is Doe's.
   */
  private List<String> lastNamedBefore(AnalyzedArticle a) {
    List<String> out = new ArrayList<>();
    List<Mention> names = new ArrayList<>();
    for (Mention x : a.mentions()) {
      if (x.kind() == MentionKind.NAME && x.value().indexOf(' ') > 0 && !lex.isPlaceName(x.value())) {
        names.add(x);
      }
    }
    names.sort(Comparator.comparingInt(Mention::start));
    int i = 0;
    String last = "";
    boolean chain = false; // the sentence before opened with "he" or "she": both stand for one person
    for (Sentence s : a.sentences()) {
      while (i < names.size() && names.get(i).start() < s.start()) {
        last = names.get(i++).value();
      }
      out.add(chain && !out.isEmpty() ? out.get(out.size() - 1) : last);
      chain = !s.tokens().isEmpty() && PERSONAL_PRONOUNS.contains(s.tokens().get(0).norm());
    }
    return out;
  }

  /**
   * Whose an age is: the name within two words after it ("35-year-old Karl Lind", "a 32-year-old protester, Jane
   * Doe" not), or a relative after a possessive ("her 12-year-old daughter": relative daughter); null when neither.
   */
  private static String ageOwner(List<Token> t, int first, int last, Map<Integer, Mention> namesByEnd) {
    for (int k = last + 1; k < Math.min(t.size(), last + 5); k++) {
      Token w = t.get(k);
      Mention name = namesByEnd.get(w.end());
      if (name != null && w.isCapitalized() && name.start() > t.get(last).start()) {
        return name.value();
      }
      if (w.kind() != TokenKind.WORD) {
        break;
      }
    }
    if (first >= 1 && POSSESSIVES.contains(t.get(first - 1).norm()) && last + 1 < t.size()
        && t.get(last + 1).kind() == TokenKind.WORD && Character.isLowerCase(t.get(last + 1).text().charAt(0))) {
      return RELATIVE + t.get(last + 1).lemma().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** The unit of an age, as the analyzer reads it from "35-year-old". */
  private static final String AGE = "year-old";

  /** Words right before a number that make it an age: "age 61", "aged 61". */
  private static final Set<String> AGE_WORDS = Set.of("age", "aged");

  /**
   * Whose age a number without a unit is, when its words say it is one: a name then a comma before it and a comma or
   * sentence end after it ("Karl Lind, 35, was arrested"), or "age" or "aged" before it ("Eva Strand, age 61,");
   * the name's value, "" for an age of nobody named, or null when the number is no age.
   */
  private static String ageWithoutUnit(List<Token> t, int first, int last, Map<Integer, Mention> namesByEnd) {
    boolean closed = last + 1 >= t.size() || endsClause(t.get(last + 1));
    int k = first - 1;
    boolean aged = k >= 0 && AGE_WORDS.contains(t.get(k).norm());
    if (aged) {
      k--;
    }
    Mention name = k >= 1 && t.get(k).norm().equals(",") ? namesByEnd.get(t.get(k - 1).end()) : null;
    if (name != null && t.get(k - 1).isCapitalized() && (closed || aged)) {
      return name.value();
    }
    return aged ? "" : null;
  }

  /** Whether a number is an age written as one compound: "35-year-old", "six-month-old" not (no digits). */
  private static boolean isAge(Mention x) {
    return NumberCompounds.isCompound(x.text()) && x.text().toLowerCase(Locale.ROOT).endsWith("-old");
  }

  /**
   * Whether two owners of figures are one: the same person or team, by full name or by surname, written with or
   * without hyphens and periods ("G-7" and "G7", "U.S." and "US").
   */
  private static boolean sameOwner(String a, String b) {
    if (a.equals(b) || bare(a).equals(bare(b))) {
      return true;
    }
    if (a.startsWith(RELATIVE) || b.startsWith(RELATIVE)) {
      return false;
    }
    return Speakers.surname(a).equals(Speakers.surname(b));
  }

  /** A name without its hyphens, periods and case, to compare two spellings of one. */
  private static String bare(String name) {
    return name.replace("-", "").replace(".", "").replace("\u2011", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the figure whose first token is at {@code first} tells how much something changed: it follows "by" after a
   * word of change ("rose by almost two metres", "cut its staff by 40 workers") or a verb of change itself ("rose
   * almost two metres", "fell 30 metres") or "of" after a noun of change ("a rise of 40 jobs", "a drop of 3,000
   * visitors"), a qualifier or two between. "Attacked by three men", "rose to 2.5 metres", "cut 2,000 jobs" and "the
   * loss of 40 lives" tell no change. A share ({@code last} the figure's last token, before "%" or "percent") is
   * left as it is: "raises council tax by 4%" and "a 4% council tax rise" tell one change, and shares are compared
   * with shares.
   */
  private static boolean change(List<Token> t, int first, int last) {
    if (last + 1 < t.size() && PERCENT.contains(t.get(last + 1).norm())) {
      return false;
    }
    int k = first - 1;
    while (k >= 0 && BEFORE_CHANGE_FIGURE.contains(t.get(k).norm())) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    if (CHANGED.contains(t.get(k).norm())) {
      return true;
    }
    if (t.get(k).norm().equals("of") && k >= 1 && CHANGE_NOUNS.contains(t.get(k - 1).norm())) {
      return true;   // "a rise of 40 jobs", "a drop of about 3,000 visitors"
    }
    if (!t.get(k).norm().equals("by")) {
      return false;
    }
    for (int i = k - 1; i >= 0 && i >= k - CHANGED_BY_REACH && !endsClause(t.get(i)); i--) {
      if (CHANGED_BY.contains(t.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a unit counts people: persons, or soldiers and troops. */
  private boolean countsPeople(String unit) {
    return unit.equals(lex.unit("person")) || unit.equals(lex.unit("troop"));
  }

  /**
   * The number as a fact, or empty when it is a projection ("may rise to 10,000") or names nothing it counts
   * and no slot word ("in 1974").
   */
  private Optional<Amount> amount(AnalyzedArticle a, Mention x, List<Mention> pastYearsOfSentence,
      Map<Integer, Mention> numbersByStart, Map<Integer, Mention> namesByEnd, String named) {
    if (x.unit().equals("s") && DECADE.matcher(x.text()).matches() && x.start() > 0
        && "'\u2019".indexOf(a.article().text().charAt(x.start() - 1)) >= 0) {
      return Optional.empty(); // "the 1940s and '50s": a decade written without its century ("in her 70s" is an age)
    }
    if (x.unit().equals("s") && DECADE_IN_FULL.matcher(x.text()).matches()) {
      return Optional.empty(); // "built in the 1930s": a time, like a past year inside a sentence, not a count
    }
    if (clockReading(a.article().text(), x)) {
      return Optional.empty(); // "with 6:00 minutes remaining": a clock reading or time of day, no count of minutes
    }
    if (splitDecimal(a.article().text(), x)) {
      return Optional.empty(); // "the 5. 9-magnitude quake": half of a decimal a space split, no figure of its own
    }
    if (besideASlash(a.article().text(), x)) {
      return Optional.empty(); // "served 4 1/2 months": the "2" is a fraction's denominator, no count of months
    }
    List<Token> t = a.sentences().get(x.sentence()).tokens();
    // tokens are in text order: the first starting at or after the mention, the last ending within it
    int first = firstAtOrAfter(t, x.start());
    first = first < t.size() ? first : -1;
    int last = lastEndingBy(t, x.end());
    if (first < 0 || last < first) {
      return Optional.empty();
    }
    String shared = sharedScale(t, last, numbersByStart);
    if (shared != null) {
      // "between $140 and $150 million": the first figure is $140 million, not $140
      x = new Mention(x.kind(), x.text(), shared, x.unit(), x.sentence(), x.start(), x.end());
    }
    // a sum its verb names ("will cost $4.2 million"), for when the words after it name nothing
    String sumVerb = sumNamedBefore(t, first);
    boolean planned = false;
    for (int i = first - 1; i >= 0 && i >= first - PROJECTION_REACH; i--) {
      Token w = t.get(i);
      if (endsClause(w)) {
        break;
      }
      // a capitalised "May" or "Will" inside a sentence is the month or a name, not the modal: "Since May the board
      // has received nearly 300,000 comments"
      if (PROJECTIONS.contains(w.norm()) && !(i > 0 && w.isCapitalized())
          || w.norm().equals("for") && i > 0 && LOOKING.contains(t.get(i - 1).norm())) {
        if (!sumVerb.isEmpty() && PLANS.contains(w.norm())) {
          planned = true; // "the repairs will cost $4.2 million": an estimate, compared with estimates only
          continue;
        }
        return Optional.empty();
      }
    }
    if (hedgedTime(t, first, last)) {
      return Optional.empty(); // "shortly before 9pm", "about 9 a.m.": a bound or an estimate of a time, no reading
    }
    if (first >= 2 && t.get(first - 1).norm().equals("but") && t.get(first - 2).norm().equals("all")) {
      // "sentenced to two years, with all but eight months suspended", "all but 12 passengers were rescued": the
      // rest of a whole the clause states, not a count of what it says, so no figure to set against a count
      return Optional.empty();
    }
    if (first >= 1 && TAKING_BACK.contains(t.get(first - 1).norm()) && countedBefore(a, x)) {
      // "Those 10 points tied him with the record holder": points its article counted before, compared there ("those
      // 40 passengers" with no 40 before is a count of its own)
      return Optional.empty();
    }
    // Where it stands in a part and its total: "20 of 25 passes" counts a part of 25 passes, "25" there the whole
    // of a part, "his first 12 passes" a part of a sequence; each is compared only with figures standing alike.
    String place = "";
    int countFrom = last + 1;
    String sequence = first >= 1 && SEQUENCE.contains(t.get(first - 1).norm()) ? t.get(first - 1).norm() + " " : "";
    Mention total = totalOfPart(t, last + 1, numbersByStart);
    if (total != null) {
      int totalAt = firstAtOrAfter(t, total.start());
      place = "part of " + (SEQUENCE.contains(t.get(totalAt - 1).norm()) ? t.get(totalAt - 1).norm() + " " : "")
          + total.value() + " ";
      countFrom = lastEndingBy(t, total.end()) + 1;
    } else if (partOrRest(t, last + 1)) {
      return Optional.empty();
    } else {
      place = (wholeOfPart(t, first - (sequence.isEmpty() ? 1 : 2), numbersByStart) ? "whole of a part, " : "")
          + sequence;
    }
    // An increment ("married two more times", "another 20 yards") is no total: compared with increments only
    if (last + 1 < t.size() && INCREMENT_AFTER.contains(t.get(last + 1).norm())
        || first >= 1 && INCREMENT_BEFORE.contains(t.get(first - 1).norm()) || change(t, first, last)) {
      place = INCREMENT + place; // a change ("rose by 2 metres") too: never set against a total ("2.5 metres deep")
    }
    Set<Integer> slots = new TreeSet<>();
    String unit = "";
    int end = x.end();
    int after = last + 1;
    // The counted thing: the first lower-case word after the number that is not a qualifier or a link.
    if (last + 1 < t.size() && t.get(last + 1).norm().equals("%")) {
      unit = lex.unit("percent");
      end = t.get(last + 1).end();
    } else if (t.get(first).kind() == TokenKind.WORD && MULTIPLES.containsKey(t.get(first).norm())) {
      unit = lex.unit("time"); // "married twice": two times
    } else if (!x.unit().isEmpty() && NumberCompounds.isCompound(x.text())) {
      unit = lex.unit(x.unit()); // "a 32-year-old British climber" gives an age, not a count of climbers
    }
    for (int k = first; unit.isEmpty() && k < Math.min(t.size() - 1, last + 2); k++) {
      if (PER.contains(t.get(k).norm()) && Lexicon.PERIODS.contains(t.get(k + 1).lemma())) {
        unit = "per " + t.get(k + 1).lemma(); // "$600 a year" is a rate, no count of years
        end = Math.max(end, t.get(k + 1).end());
        after = k + 2;
      }
    }
    boolean money = unit.isEmpty() && currencyBefore(a, x);
    if (money) {
      // "$3.6 billion for road repairs": a sum of money, compared with another only for the same thing (below)
      unit = lex.unit(CURRENCIES.get(a.article().text().charAt(x.start() - 1)));
    }
    // An ordinal ranks the thing after it ("6th round", "his 16th straight fight"): its suffix is no counted thing,
    // and a rank is no count ("6th round" is not "6 rounds")
    boolean ordinal = ORDINAL_SUFFIXES.contains(x.unit());
    // In a headline in title case the counted thing is capitalised too: "80 Hurt and 7 Villages Damaged"; a singular
    // word that is no slot word modifies it ("3,000 Flood Claims"). Only right after the figure or after such
    // modifiers: a capitalised function word ends the phrase ("Scores 2 As Lindby Wins": 2 counts no wins)
    boolean titleCase = a.sentences().get(x.sentence()).role() == SentenceRole.HEADLINE && WordSense.titleCase(t);
    boolean capitalisedOnly = true; // whether every word passed over since the figure is capitalised
    for (int k = countFrom; unit.isEmpty() && k < Math.min(t.size(), countFrom + 4); k++) {
      Token u = t.get(k);
      if (u.kind() != TokenKind.WORD) {
        break;
      }
      boolean capitalised = !Character.isLowerCase(u.text().charAt(0));
      if (titleCase && capitalised && NOT_COUNTED.contains(u.norm())) {
        break;
      }
      if (BEFORE_COUNTED.contains(u.norm()) || LINKS.contains(u.norm())
          || ordinal && k == countFrom && ORDINAL_SUFFIXES.contains(u.norm())) {
        capitalisedOnly &= capitalised;
        continue;
      }
      String acronym = k == countFrom ? AcronymPlurals.singular(u.text()) : "";
      if (!acronym.isEmpty()) {
        unit = lex.unit(acronym); // "four TDs": an acronym's plural right after the figure is what it counts
        end = u.end();
        after = k + 1;
        break;
      }
      if (capitalised && !(titleCase && capitalisedOnly && countedInTitleCase(u))) {
        continue;
      }
      if (!NOT_COUNTED.contains(u.norm())) {
        if (modifiesNext(t, k)) {
          u = t.get(++k); // "2,301 career points" counts points
        }
        int slot = lex.slot(u.lemma());
        if (slot >= 0) {
          slots.add(slot);
        }
        unit = slot >= 0 && lex.personSlot(slot) ? lex.unit("person") : lex.unit(u.lemma());
        unit = ordinal ? ORDINAL + unit : unit;
        end = u.end();
        after = k + 1;
        place = timeAway(t, first, after, u) + place;
      }
      break;
    }
    if (total != null && unit.isEmpty()) {
      return Optional.empty(); // "went 20 of 25": a part of nothing named
    }
    String ageOf = unit.isEmpty() && !ordinal ? ageWithoutUnit(t, first, last, namesByEnd) : null;
    if (ageOf != null) {
      unit = lex.unit(AGE); // "Karl Lind, 35," and "Karl Lind, age 35," are his age, as "35-year-old Karl Lind" is
    }
    if (!unit.isEmpty() && !isLength(unit) && fromSeveral(t, after)) {
      // "40 observers from the Lindby Council, the Norby League and the Ostra Forum": a whole drawn from several
      // bodies, no count of one of them ("the Lindby Council sent three observers"); compared with such wholes only
      place = FROM_SEVERAL + place;
    }
    if (!unit.isEmpty()) {
      // a distance is one quantity only with a distance measured alike: "at a depth of 66 km" is no "80 km south of
      // Lindby", nor is that "10 km from Ostra"
      unit = place + (isLength(unit) ? measuredFrom(t, first, after) : "") + unit;
    }
    // What happened to it, after it: "1,400 people were injured".
    if (!unit.isEmpty()) {
      for (int k = after; k < Math.min(t.size(), after + 4); k++) {
        Token u = t.get(k);
        if (u.kind() != TokenKind.WORD) {
          break;
        }
        if (LINKS.contains(u.norm())) {
          continue;
        }
        int slot = lex.slot(u.lemma());
        if (slot >= 0) {
          slots.add(slot);
        }
        break;
      }
    }
    // What governs it, before it: "killed at least 15,000", "a population of about 400,000", "raised over $5 million".
    int k = first - 1;
    if (k >= 0 && currencySign(t.get(k))) {
      k--;
    }
    while (k >= 0) {
      Token w = t.get(k);
      boolean list = (w.norm().equals(",") || w.norm().equals("or") || w.norm().equals("and") || w.norm().equals("to"))
          && k > 0 && t.get(k - 1).kind() == TokenKind.NUMBER;
      if (list) {
        k -= 2;
        continue;
      }
      if (w.kind() == TokenKind.WORD && QUALIFIERS.contains(w.norm())) {
        k--;
        continue;
      }
      break;
    }
    int slot = k >= 0 && t.get(k).kind() == TokenKind.WORD ? lex.slot(t.get(k).lemma()) : -1;
    if (slot >= 0) {
      slots.add(slot);
    }
    boolean slotBeside = !slots.isEmpty(); // "killed 12 people", "12 people were killed"; not read from the clause
    if (slot < 0 && slots.isEmpty()) {
      // Or what its clause is about: "the death toll for Sunday's quake had risen to 381".
      for (int j = k; j >= 0 && j > k - CLAUSE_REACH; j--) {
        Token w = t.get(j);
        if (endsClause(w)) {
          break;
        }
        int s2 = w.kind() == TokenKind.WORD ? lex.slot(w.lemma()) : -1;
        if (s2 >= 0 && lex.personSlot(s2)) {
          slots.add(s2);
          break;
        }
      }
    }
    if (unit.isEmpty() && slots.isEmpty()) {
      return Optional.empty();
    }
    // "minus 20 degrees", "20 degrees below zero": a figure below zero, as written from its sign to its zero
    boolean minus = first >= 1 && MINUS.contains(t.get(first - 1).norm());
    boolean belowZero = !minus && !unit.isEmpty() && after + 1 < t.size() && t.get(after).norm().equals("below")
        && t.get(after + 1).norm().equals("zero");
    if ((minus || belowZero) && !x.value().startsWith("-")) {
      int from = minus ? t.get(first - 1).start() : x.start();
      end = belowZero ? t.get(after + 1).end() : end;
      x = new Mention(x.kind(), a.article().text().substring(from, x.end()), "-" + x.value(), x.unit(), x.sentence(),
          from, x.end());
    }
    String spentOn = money ? spentOn(t, first, last + 1) : currencyNamed(unit) ? spentOn(t, after) : "";
    if (planned && (!spentOn.isEmpty() || !money && !currencyNamed(unit))) {
      return Optional.empty(); // "will spend $4 million on repairs": a projection, as before
    }
    if (spentOn.isEmpty() && (money || currencyNamed(unit))) {
      // "the repairs will cost $4.2 million": the verb names the sum; an estimate only other estimates
      spentOn = planned && !sumVerb.startsWith(ESTIMATED) ? ESTIMATED + sumVerb : sumVerb;
    }
    return Optional.of(new Amount(a.id(), x, unit, Set.copyOf(slots), pastYears(a, x, pastYearsOfSentence), end,
        money, spentOn,
        ageOf != null ? ageOf : owner(t, first, last, namesByEnd, numbersByStart, isAge(x), named),
        Set.copyOf(measure(t, first, last)), stretch(t, first, last, numbersByStart), poll(t, x, namesByEnd),
        unit.equals(lex.unit("time")) ? actionCounted(t, first, last) : "", slotBeside));
  }

  /** The prefix of a counted thing drawn from several named bodies ("40 observers from A, B and C"). */
  private static final String FROM_SEVERAL = "from several, ";

  /** Lower-case words inside a name of a body: "the League for Trade and Shipping in the North". */
  private static final Set<String> INSIDE_NAMES = Set.of("of", "for", "in", "on", "de");

  /** How many tokens after "from" a list of bodies may run. */
  private static final int BODIES_REACH = 30;

  /**
   * Whether "from" at token {@code k} opens a list of two or more capitalised names joined by "and" ("from the Lindby
   * Council, the Norby League and the Ostra Forum"): what the words before it count is drawn from several bodies.
   * A name with "and" inside ("Trade and Shipping") reads as two, so such a count is compared less, never more.
   */
  private static boolean fromSeveral(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).norm().equals("from")) {
      return false;
    }
    int names = 0;
    boolean inName = false;
    boolean joined = false;
    for (int j = k + 1; j < t.size() && j <= k + BODIES_REACH; j++) {
      Token w = t.get(j);
      boolean nextCapitalised = j + 1 < t.size() && t.get(j + 1).kind() == TokenKind.WORD
          && !Character.isLowerCase(t.get(j + 1).text().charAt(0));
      if (w.kind() == TokenKind.WORD && !Character.isLowerCase(w.text().charAt(0))) {
        names += inName ? 0 : 1;
        inName = true;
      } else if (inName && INSIDE_NAMES.contains(w.norm()) && nextCapitalised) {
        continue; // "the Union of Northern Harbours"
      } else if (w.norm().equals("and") && names > 0) {
        joined = true;
        inName = false;
      } else if (w.norm().equals(",") || w.norm().equals("the")) {
        inName = false;
      } else {
        break;
      }
    }
    return names >= 2 && joined;
  }

  /** Counted things that are lengths, whose figures may measure a depth or a distance from a place. */
  private static final List<String> LENGTHS = List.of("kilometre", "km", "mile", "metre", "meter", "foot", "feet");

  /** Words before a length that say what it measures: "at a depth of 10 km", "an altitude of 3,000 feet". */
  private static final Map<String, String> DIMENSIONS_BEFORE = Map.of("depth", "depth", "deep", "depth", "height",
      "height", "altitude", "height", "elevation", "height", "length", "length", "width", "width");

  /** Words right after a length that say what it measures: "10 km deep", "3,000 feet high". */
  private static final Map<String, String> DIMENSIONS_AFTER = Map.of("deep", "depth", "below", "depth", "beneath",
      "depth", "underground", "depth", "high", "height", "tall", "height", "above", "height", "long", "length",
      "wide", "width");

  /** Words between a length and the place it is measured from: "50 miles south of", "10 km north-northwest of". */
  private static final Set<String> MEASURED_FROM = Set.of("of", "from");

  /** How many words a dimension word may stand before its length, and a direction between a length and "of". */
  private static final int DIMENSION_REACH = 4;

  /** How many words after "of" or "from" may come before the place's name: "from the city of Lindby". */
  private static final int PLACE_REACH = 5;

  /** Whether a counted thing (a unit group of {@code units.txt}, with no prefix) is a length. */
  private boolean isLength(String unit) {
    for (String u : LENGTHS) {
      if (lex.unit(u).equals(unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a length (tokens {@code first..}, its counted word ending before token {@code after}) measures, as a prefix of
   * its unit: "depth " for "at a depth of 66 km" or "10 km deep" (also a height, length or width), "from lindby " for
   * "50 miles south of Lindby" or "10 km from the city of Lindby" (the place's first capitalised word, lower case,
   * without accents), and "" when the sentence says neither, or names no place ("fell 150 metres from a ridge" is
   * the length of a fall, and so is "from a ridge in Maruvia": a name after a second preposition other than "of" says
   * where the place is, not the place). A figure in brackets that converts the one before it ("66 km (41 miles)") measures what
   * that one measures. Two lengths are one quantity only when they measure alike: a depth is no distance from a city,
   * and a distance from one town is no distance from another.
   */
  private static String measuredFrom(List<Token> t, int first, int after) {
    boolean converts = conversion(t, first);
    int head = !converts ? first : t.get(first - 2).kind() == TokenKind.NUMBER ? first - 2 : first - 3;
    for (int k = head - 1, words = 0; k >= 0 && words < DIMENSION_REACH; k--) {
      Token w = t.get(k);
      if (endsClause(w) || w.kind() == TokenKind.NUMBER) {
        break;
      }
      String dimension = DIMENSIONS_BEFORE.get(w.norm());
      if (dimension != null) {
        return dimension + " ";
      }
      words++;
    }
    int k = converts && after < t.size() && t.get(after).norm().equals(")") ? after + 1 : after;
    if (k < t.size() && t.get(k).norm().equals("(")) { // "10 kilometers (6.2 miles) from": past its conversion
      int close = k + 1;
      while (close < t.size() && close <= k + DIMENSION_REACH && !t.get(close).norm().equals(")")) {
        close++;
      }
      if (close < t.size() && t.get(close).norm().equals(")")) {
        k = close + 1;
      }
    }
    if (k < t.size() && DIMENSIONS_AFTER.containsKey(t.get(k).norm())) {
      return DIMENSIONS_AFTER.get(t.get(k).norm()) + " ";
    }
    for (int d = 0; k < t.size() && d < DIMENSION_REACH; k++) {
      Token w = t.get(k);
      if (w.norm().equals("-")) {
        continue; // "north-northwest of"
      }
      d++;
      if (w.kind() != TokenKind.WORD || !Character.isLowerCase(w.text().charAt(0))) {
        return "";
      }
      if (MEASURED_FROM.contains(w.norm())) {
        for (int j = k + 1; j < t.size() && j <= k + PLACE_REACH; j++) {
          Token p = t.get(j);
          if (p.kind() != TokenKind.WORD) {
            break;
          }
          if (!Character.isLowerCase(p.text().charAt(0))) {
            return "from " + Speakers.fold(p.norm()) + " "; // "Baláo" and "Balao" are one place
          }
          if (!p.norm().equals("of") && PREPOSITIONS.contains(p.norm())) {
            break; // "from a ridge in Maruvia": the name says where the ridge is, not what is measured from
          }
        }
        return ""; // "fell 150 metres from a ridge": where a fall began, no place a distance is measured from
      }
    }
    return "";
  }

  /**
   * The action a count of times counts, as the stem of its verb in the past: the verb right before the count ("lied
   * three times", "had been arrested four times", "married twice"), or right after an adverb of times ("twice
   * admitted"); "" when no such verb stands there ("won the title three times"). Tokens {@code first..last} are the
   * count's.
   */
  private static String actionCounted(List<Token> t, int first, int last) {
    if (first >= 1 && pastVerb(t.get(first - 1))) {
      return t.get(first - 1).lemma();
    }
    if (MULTIPLES.containsKey(t.get(first).norm()) && last + 1 < t.size() && pastVerb(t.get(last + 1))) {
      return t.get(last + 1).lemma();
    }
    return "";
  }

  /** Whether a word reads as a verb in the past: lower case, ending in "ed" ("lied", "admitted", "arrested"). */
  private static boolean pastVerb(Token w) {
    return w.kind() == TokenKind.WORD && w.norm().length() > 3 && w.norm().endsWith("ed")
        && Character.isLowerCase(w.text().charAt(0));
  }

  /**
   * Whether a figure's counted thing is a currency a sign also writes ("3 million euros", "50 dollars"): such a sum
   * is what it is for, as the words after the currency say, so it is compared with one written with the sign.
   */
  private boolean currencyNamed(String unit) {
    return !unit.isEmpty() && CURRENCIES.values().stream().anyMatch(c -> lex.unit(c).equals(unit));
  }

  /** Words before a figure that make it negative: "minus 20 degrees". */
  private static final Set<String> MINUS = Set.of("minus", "negative");

  /** Words after a span of time that measure it back from now: "four years ago". */
  private static final Set<String> AGO = Set.of("ago");
  /** Words after a span of time that measure it from another event: "nine days before the inauguration". */
  private static final Set<String> FROM_AN_EVENT = Set.of("before", "after", "earlier", "later", "prior");
  /** Words before a span of time that measure it ahead from now: "take effect in 30 days". */
  private static final Set<String> AHEAD = Set.of("in", "within");

  /**
   * What a span of time (token {@code u}, the counted word, ending before token {@code after}) measures when it is a
   * time away, not a length: "ago " for "four years ago", "from an event " for "nine days before the inauguration",
   * "ahead " for "in 30 days"; "" for a length ("a 28-year veteran", "served 10 years"). A time away is compared only
   * with a time away of the same kind: "promoted four years ago" states no career of 28 years.
   */
  private static String timeAway(List<Token> t, int first, int after, Token u) {
    if (!Lexicon.PERIODS.contains(u.lemma())) {
      return "";
    }
    String next = after < t.size() ? t.get(after).norm() : "";
    if (AGO.contains(next)) {
      return "ago ";
    }
    if (FROM_AN_EVENT.contains(next)) {
      return "from an event ";
    }
    return first >= 1 && AHEAD.contains(t.get(first - 1).norm()) ? "ahead " : "";
  }

  /** The words after a figure that make it a time of day: "9pm", "8.49 am", "9 p.m." ("p" then "." and "m"). */
  private static final Set<String> TIME_OF_DAY = Set.of("pm", "am");
  /** The first letters of "a.m." and "p.m.", as the tokenizer splits them. */
  private static final Set<String> TIME_OF_DAY_INITIALS = Set.of("a", "p");
  /** Words before a time of day that make it a bound or an estimate: "before 9pm", "around 9 a.m.". */
  private static final Set<String> TIME_HEDGES = Set.of("before", "after", "about", "around", "approximately",
      "roughly", "nearly", "almost", "until", "till", "by", "since", "circa", "past");

  /**
   * Whether a figure (tokens {@code first..last}) is a time of day that the word before it hedges: "shortly before
   * 9pm", "just after 8 a.m.", "at about 9pm" bound or estimate the time, they read no clock, so such a time conflicts with no
   * other ("8.49pm"); "at 9.15pm" against "at 8.49pm" still does.
   */
  private static boolean hedgedTime(List<Token> t, int first, int last) {
    int k = last + 1;
    boolean time = k < t.size() && (TIME_OF_DAY.contains(t.get(k).norm())
        || TIME_OF_DAY_INITIALS.contains(t.get(k).norm()) && k + 2 < t.size() && t.get(k + 1).norm().equals(".")
        && t.get(k + 2).norm().equals("m"));
    if (!time || first < 1) {
      return false;
    }
    return TIME_HEDGES.contains(t.get(first - 1).norm());
  }

  /** Words that join the two figures of a range or a choice ("$140 to $150 million"). */
  private static final Set<String> RANGE_JOINS = Set.of("and", "to", "or", "-", "\u2013", "\u2014");

  /**
   * The value of the first figure of a range whose second figure carries the word of scale for both, or null: "$140"
   * of "between $140 and $150 million" (also "140 to 150 million", "$1.2-$1.5 billion", "$140 to $150M", read as the
   * analyzer reads the second: {@link NumberScales}) is 140 million. Token {@code last} is the figure's last; a figure
   * with its own word of scale ("$140 million and $150 million") is read as written.
   */
  private static String sharedScale(List<Token> t, int last, Map<Integer, Mention> numbersByStart) {
    if (t.get(last).kind() != TokenKind.NUMBER || last + 2 >= t.size() || !RANGE_JOINS.contains(t.get(last + 1).norm())) {
      return null;
    }
    int k = last + 2;
    if (currencySign(t.get(k)) && k + 1 < t.size()) {
      k++;
    }
    Mention second = numbersByStart.get(t.get(k).start());
    if (second == null || t.get(k).kind() != TokenKind.NUMBER || k + 1 >= t.size()
        || t.get(k + 1).end() != second.end()) {
      return null;
    }
    Token after = t.get(k + 1);
    long scale = NumberScales.word(after.norm()); // "$150 million"
    if (scale == 0 && after.start() == t.get(k).end()) {
      scale = NumberScales.suffix(after.text(), NumberScales.currencySign(t.get(k - 1).text())); // "$150M"
    }
    if (scale == 0) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(t.get(last).lemma().replace(",", "")).multiply(BigDecimal.valueOf(scale));
      return v.stripTrailingZeros().scale() <= 0 ? v.toBigInteger().toString() : v.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void weekdays(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, List<Mention>> perArticle = new LinkedHashMap<>();
    for (PassageMember m : members) {
      List<Mention> days = new ArrayList<>(mentions(in, m, MentionKind.WEEKDAY));
      // "'Tomorrow I am announcing it,' she tweeted on Monday": the sentence names two days, the weekday dates only one
      days.removeIf(d -> namesAnotherDay(in.article(m.article()).sentences().get(d.sentence())));
      Set<String> distinct = new HashSet<>();
      days.forEach(d -> distinct.add(d.value()));
      if (distinct.size() == 1) {
        perArticle.put(m.article(), days.subList(0, 1));
      }
    }
    Apart twoOccasions = (a, dayA, aheadA, b, dayB, aheadB) -> (!aheadB && toldAfter(in, a, b, dayB)
        || !aheadA && toldAfter(in, b, a, dayA) || aheadA && !aheadB && aheadOfPast(in, a, dayA, b, dayB)
        || aheadB && !aheadA && aheadOfPast(in, b, dayB, a, dayA)) && !quoteAlike(in, p, a, b);
    conflict(in, p, DiscrepancyKind.DATE, datingOneAction(in, perArticle, twoOccasions), out);
  }

  /**
   * Whether article {@code later}, published after article {@code earlier}, names by {@code day} a day after
   * {@code earlier} was published, reading the weekday as the last one on or before its own publication date:
   * {@code earlier} cannot have told of that day, so the two articles tell of two occasions ("the White House said
   * Thursday" in an article of Thursday 10 June, "the White House said Friday" in one of Friday 11 June: two
   * announcements). False when either date is unknown or both articles were published on one day. Only for a day
   * its clause tells of as past ({@link #tellsAhead}): any article may tell of a day still to come.
   */
  private static boolean toldAfter(Inputs in, String earlier, String later, String day) {
    LocalDate first = in.dates().get(earlier);
    LocalDate second = in.dates().get(later);
    if (first == null || second == null || !first.isBefore(second)) {
      return false;
    }
    DayOfWeek weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
    return second.with(TemporalAdjusters.previousOrSame(weekday)).isAfter(first);
  }

  /**
   * Whether the day one article tells of as still to come ({@code aheadDay} of article {@code ahead}, read as the first
   * such day on or after its publication date) falls after the day another tells of as past ({@code pastDay} of
   * article {@code past}, the last such day on or before its publication date): what is done and what is still to come
   * are two occasions ("the council voted on the plan Monday" in an article of Monday 14 June, "a vote that would
   * settle the plan on Friday" in one of Tuesday 15 June: a vote done and another ahead). False when either date is
   * unknown. A day still to come before the other's past day ("will vote on Friday" on 4 June, "voted Monday" on 8
   * June) may be one vote put off, and stays compared.
   */
  private static boolean aheadOfPast(Inputs in, String ahead, String aheadDay, String past, String pastDay) {
    LocalDate toCome = in.dates().get(ahead);
    LocalDate done = in.dates().get(past);
    if (toCome == null || done == null) {
      return false;
    }
    LocalDate next = toCome.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(aheadDay.toUpperCase(Locale.ROOT))));
    LocalDate last = done.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(pastDay.toUpperCase(Locale.ROOT))));
    return next.isAfter(last);
  }

  /** The fewest words a quotation needs to show, alike, that two articles tell of one remark. */
  private static final int ONE_REMARK_WORDS = 5;

  /**
   * Whether two articles quote the same words, of {@value #ONE_REMARK_WORDS} words or more, in their sentences of
   * passage {@code p} (one quotation inside the other, case and punctuation aside): they tell of one remark, so
   * whatever their publication dates, two days they give it conflict.
   */
  private static boolean quoteAlike(Inputs in, Passage p, String a, String b) {
    List<String> x = quotesIn(in, p, a);
    for (String y : quotesIn(in, p, b)) {
      for (String q : x) {
        String shorter = q.length() <= y.length() ? q : y;
        String longer = shorter == q ? y : q;
        if (shorter.split(" ").length >= ONE_REMARK_WORDS && (" " + longer + " ").contains(" " + shorter + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The quotations of article {@code id} in its sentences of passage {@code p}, as lower-case words. */
  private static List<String> quotesIn(Inputs in, Passage p, String id) {
    Set<Integer> sentences = new HashSet<>();
    p.members().stream().filter(m -> m.article().equals(id)).forEach(m -> sentences.addAll(m.sentences()));
    List<String> out = new ArrayList<>();
    for (Quote q : in.article(id).quotes()) {
      if (sentences.contains(q.sentence())) {
        out.add(String.join(" ", q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip());
      }
    }
    return out;
  }

  /** Words that name a day beside the one a sentence's weekday names. */
  private static final Set<String> OTHER_DAYS = Set.of("tomorrow", "yesterday");

  /** Whether a sentence names a day by "tomorrow" or "yesterday": its weekday dates one of two days it tells of. */
  private static boolean namesAnotherDay(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.kind() == TokenKind.WORD && OTHER_DAYS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members whose weekday (or day of a month) may date one action with another member's of a different day; a
   * member may give several days, and is kept when one of them does. Two days of one verb whose objects are two
   * people ({@link #objectOf}) date two actions. A weekday dates
   * the action its clause names ({@link #actionWord}): two weekdays date one action when both action words are one
   * verb (the same stem or synonyms: "spoke in Stockholm on Thursday" / "spoke in Stockholm on Friday") or both words
   * of saying or a statement ("the minister claimed on Thursday" / "In his latest comments Friday"); when only one
   * names an action, when the other writes that word within {@value #WEEKDAY_REACH} words of its weekday ("voted
   * Tuesday" / "the vote on Wednesday"); when neither does, when they share a content word there that is neither a
   * name, a word of time nor a filler. A passage often joins sentences that date two actions of one story ("Doe was
   * confirmed Tuesday" / "the governor on Wednesday appointed Roe"; "a poll released Friday" / "By Saturday, the
   * president clarified"), often on one thing both name beside the weekday ("the mayor signed the zoning bill on
   * Friday" / "the council passed the zoning bill on Tuesday"): on BASIL, every weekday conflict found without this check was
   * such a pair, read one by one.
   */
  private Map<String, List<Mention>> datingOneAction(Inputs in, Map<String, List<Mention>> perArticle) {
    return datingOneAction(in, perArticle, (a, dayA, aheadA, b, dayB, aheadB) -> false);
  }

  /**
   * Whether two days, each named by one article, tell of two occasions whatever the words beside them; {@code
   * aheadA} and {@code aheadB} tell whether the clause of each day tells of it as still to come ({@link #tellsAhead}).
   */
  private interface Apart {
    boolean test(String articleA, String dayA, boolean aheadA, String articleB, String dayB, boolean aheadB);
  }

  /**
   * Words that tell of a day still to come: "will vote on Saturday", "the vote is scheduled for Monday", "a bill that
   * would prevent a shutdown on Friday" ("would have" excepted: "the vote would have passed on Tuesday").
   */
  private static final Set<String> STILL_TO_COME = Set.of("will", "shall", "'ll", "scheduled", "slated", "would");
  /**
   * Words that tell of a day still to come when "to" follows: "is set to vote on Saturday", "plans to sign", "officials
   * expect to reopen it on Friday", "hopes to finish by Monday".
   */
  private static final Set<String> STILL_TO_COME_BEFORE_TO = Set.of("set", "due", "expected", "going", "plan", "plans",
      "planning", "poised", "expect", "expects", "expecting", "intend", "intends", "intending", "hope", "hopes",
      "hoping", "aim", "aims", "aiming");

  /**
   * Whether the clause of the weekday at {@code start} tells of its day as still to come ("the council
   * will vote on Saturday", "is set to vote Saturday", "is scheduled for Saturday"), not as past ("the ministry said
   * Thursday", "said Thursday that Lindby will vote"). Reads the words of its clause before the weekday.
   */
  private static boolean tellsAhead(List<Token> tokens, int start) {
    int from = firstAtOrAfter(tokens, start);
    while (from > 0 && !endsClause(tokens.get(from - 1))) {
      from--;
    }
    for (int i = from; i < tokens.size() && tokens.get(i).start() < start; i++) {
      if (afterStillToCome(tokens, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position just after the words of a day still to come that open at {@code i} ("will", "would" but not "would
   * have", "scheduled"; "expect to", "plans to"), or -1 when none opens there.
   */
  private static int afterStillToCome(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    boolean next = i + 1 < tokens.size();
    if (STILL_TO_COME.contains(w)) {
      boolean counterfactual = w.equals("would") && next && tokens.get(i + 1).norm().equals("have");
      return counterfactual ? -1 : i + 1;
    }
    return STILL_TO_COME_BEFORE_TO.contains(w) && next && tokens.get(i + 1).norm().equals("to") ? i + 2 : -1;
  }

  /** As {@link #datingOneAction(Inputs, Map)}, leaving out the pairs of days {@code apart} tells apart. */
  private Map<String, List<Mention>> datingOneAction(Inputs in, Map<String, List<Mention>> perArticle, Apart apart) {
    record Dated(String article, String value, Set<String> near, boolean saying, String action, String object,
        String sayer, Set<String> sameTime, boolean ahead) {}
    List<Dated> all = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : perArticle.entrySet()) {
      String id = e.getKey();
      for (Mention d : e.getValue()) {
        List<Token> tokens = in.article(id).sentences().get(d.sentence()).tokens();
        Set<String> near = new HashSet<>();
        for (int i : wordsAround(tokens, d.start(), d.end())) {
          Token t = tokens.get(i);
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          if (!t.isCapitalized() && t.norm().length() > 2 && !QuoteMatcher.STOP.contains(lemma)
              && !TIME_WORDS.contains(lemma) && !WEEKDAY_FILLERS.contains(t.norm())) {
            near.add(lemma);
          }
        }
        int owned = ownedByWeekday(tokens, d.end());
        int action = owned >= 0 ? owned : actionWord(tokens, d.start(), d.end());
        boolean saying = action >= 0 && saysSomething(tokens, action);
        all.add(new Dated(id, d.value(), near, saying,
            action < 0 ? "" : actionLemma(tokens, action),
            action < 0 ? "" : objectOf(in.mentionsIn(id, d.sentence()), tokens, action),
            saying ? sayerOf(in.mentionsIn(id, d.sentence()), tokens, action) : "", atOneTime(tokens),
            tellsAhead(tokens, d.start())));
      }
    }
    Set<String> dating = new HashSet<>();
    Set<Dated> sides = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Dated x = all.get(i);
        Dated y = all.get(j);
        if (!x.article().equals(y.article()) && !x.value().equals(y.value())
            && !twoThings(x.object(), x.sayer(), y.object(), y.sayer())
            && !apart.test(x.article(), x.value(), x.ahead(), y.article(), y.value(), y.ahead())
            && (oneAction(x.action(), x.saying(), x.near(), y.action(), y.saying(), y.near())
            || tellsBoth(x.action(), x.saying(), x.sameTime(), y.action(), y.saying(), y.sameTime()))) {
          dating.add(x.article());
          dating.add(y.article());
          sides.add(x);
          sides.add(y);
        }
      }
    }
    // The members that give a side's day stand on that side, whatever verb dates it ("flooded the town on Tuesday
    // night" beside "died on Tuesday night when the river burst its banks", against "died on Wednesday"): a day of
    // one passage that agrees needs no verb of its own to match, as long as nothing sets the two apart (a statement
    // beside an action, a day still to come beside a day past, two people or two sayers, an article of a later day)
    for (Dated z : all) {
      for (Dated y : sides) {
        // objects tell two things apart only for one verb: "flooded Lindby" and "died when the river burst" are one
        boolean oneVerb = z.action().equals(y.action()) || lex.synonyms(z.action(), y.action());
        if (!dating.contains(z.article()) && z.value().equals(y.value()) && z.saying() == y.saying()
            && z.ahead() == y.ahead()
            && !twoThings(oneVerb ? z.object() : "", z.sayer(), oneVerb ? y.object() : "", y.sayer())
            && !apart.test(z.article(), z.value(), z.ahead(), y.article(), y.value(), y.ahead())) {
          dating.add(z.article());
        }
      }
    }
    Map<String, List<Mention>> out = new LinkedHashMap<>(perArticle);
    out.keySet().retainAll(dating);
    return out;
  }


  /**
   * Whether two dated actions are done to two people or things ("signed Eva Strand on Tuesday" / "signed Karl Lind") or
   * said by two people ("the mayor's office said Friday" / "Karl Lind said Thursday"), by their objects and sayers
   * ("" for none).
   */
  private static boolean twoThings(String objectA, String sayerA, String objectB, String sayerB) {
    return !objectA.isEmpty() && !objectB.isEmpty() && !sameOwner(objectA, objectB)
        || !sayerA.isEmpty() && !sayerB.isEmpty() && !sameOwner(sayerA, sayerB);
  }

  /** Forms of "lose" that, before "their lives" or "his life", say that someone died. */
  private static final Set<String> LOSE = Set.of("lose", "loses", "lost", "losing");
  /** What someone loses in dying: "lost their lives", "lost his life". */
  private static final Set<String> LIFE = Set.of("life", "lives");

  /**
   * The lower-case lemma of the action word at {@code action}, with "lost their lives" (a form of "lose" before "life"
   * or "lives", a possessive between) read as "die": "six workers lost their lives on Tuesday when the roof fell" and
   * "six workers died when the roof fell on Wednesday" date one action.
   */
  private static String actionLemma(List<Token> tokens, int action) {
    Token t = tokens.get(action);
    if (LOSE.contains(t.norm())) {
      for (int k = action + 1; k < tokens.size() && k <= action + 2; k++) {
        if (LIFE.contains(tokens.get(k).norm())) {
          return DIE;
        }
      }
    }
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The lemma of "died", which "lost their lives" means. */
  private static final String DIE = "die";

  /**
   * The name an action word takes as its object, or "": the first name after it in its clause, within {@value
   * #ACTION_REACH} words ("signed defender Eva Strand on Tuesday": Eva Strand). Two weekdays of one verb date two
   * actions when its objects are two people or things: "signed Eva Strand on Tuesday and Karl Lind today" against
   * "on Wednesday signed Karl Lind".
   */
  private static String objectOf(List<Mention> mentions, List<Token> tokens, int action) {
    Map<Integer, String> names = namesAt(mentions, Mention::start);
    for (int i = action + 1, n = 0; i < tokens.size() && n < ACTION_REACH && !endsClause(tokens.get(i)); i++) {
      String name = names.get(tokens.get(i).start());
      if (name != null) {
        return name;
      }
      if (countsAsWord(tokens.get(i))) {
        n++;
      }
    }
    return "";
  }

  /**
   * Who says something, or "": the last name before the word of saying {@code action} in its clause, within {@value
   * #ACTION_REACH} words ("Prime Minister Jane Doe said Thursday": Jane Doe's name as the analyzer reads it). Two
   * weekdays of statements by two people date two statements: "the ministry said Friday" / "Karl Lind said Thursday".
   */
  private static String sayerOf(List<Mention> mentions, List<Token> tokens, int action) {
    Map<Integer, String> names = namesAt(mentions, Mention::end);
    for (int i = action - 1, n = 0; i >= 0 && n < ACTION_REACH; i--) {
      if (tokens.get(i).norm().equals(")")) { // "Nancy Doe (D-Calif.) on Thursday said": the name before the brackets
        int open = i;
        while (open > 0 && !tokens.get(open).norm().equals("(")) {
          open--;
        }
        if (tokens.get(open).norm().equals("(") && open > 0) {
          i = open;
          continue;
        }
      }
      if (endsClause(tokens.get(i))) {
        break;
      }
      String name = names.get(tokens.get(i).end());
      if (name != null) {
        return name;
      }
      if (countsAsWord(tokens.get(i))) {
        n++;
      }
    }
    return "";
  }

  /** The names among {@code mentions} by the offset {@code at} gives (where each starts, or ends). */
  private static Map<Integer, String> namesAt(List<Mention> mentions, java.util.function.ToIntFunction<Mention> at) {
    Map<Integer, String> names = new HashMap<>();
    for (Mention x : mentions) {
      if (x.kind() == MentionKind.NAME) {
        names.put(at.applyAsInt(x), x.value());
      }
    }
    return names;
  }

  /**
   * Whether two sentences that date two different action words each tell the other's action as one that happened at
   * the same time ({@link #atOneTime}), so that both weekdays date the one pair of actions: "a fire broke out at the
   * depot on Tuesday, injuring 14 workers" / "14 workers were injured on Monday when a fire broke out". Words of saying
   * are left out, and so is a sentence that tells the other action as one before or after its own: "workers evacuated
   * after a fire on Friday night have been allowed to return" / "workers had to be evacuated, but had been allowed to
   * return by Saturday evening" date the fire and the return (ECB+ train).
   */
  private boolean tellsBoth(String actionA, boolean sayingA, Set<String> sameTimeA, String actionB, boolean sayingB,
      Set<String> sameTimeB) {
    return !actionA.isEmpty() && !actionB.isEmpty() && !sayingA && !sayingB
        && writes(sameTimeB, actionA) && writes(sameTimeA, actionB);
  }

  /** Whether {@code lemmas} holds {@code action} or a synonym of it. */
  private boolean writes(Set<String> lemmas, String action) {
    if (lemmas.contains(action)) {
      return true;
    }
    for (String w : lemmas) {
      if (lex.synonyms(w, action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lower-case lemmas of the words a sentence tells as happening at the time of its main action: all its words when
   * it joins two clauses by "when" ("were injured on Monday when a fire broke out"), and a present participle after a
   * comma ("broke out on Tuesday, injuring 14 workers").
   */
  private static Set<String> atOneTime(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    boolean when = tokens.stream().anyMatch(t -> t.norm().equals("when"));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.WORD && (when
          || t.norm().endsWith("ing") && t.norm().length() > 5 && i > 0 && tokens.get(i - 1).norm().equals(","))) {
        out.add(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether two weekdays date one action, by their action words ("" for none) and the words near them. */
  private boolean oneAction(String actionA, boolean sayingA, Set<String> nearA, String actionB, boolean sayingB,
      Set<String> nearB) {
    if (!actionA.isEmpty() && !actionB.isEmpty()) {
      return sayingA && sayingB || actionA.equals(actionB) || lex.synonyms(actionA, actionB);
    }
    if (!actionA.isEmpty() || !actionB.isEmpty()) {
      return actionA.isEmpty() ? nearA.contains(actionB) : nearB.contains(actionA);
    }
    return !Collections.disjoint(nearA, nearB);
  }

  /**
   * The position of the word naming the action a weekday at {@code [start, end)} dates, or -1: the nearest verb before
   * it in its clause, within {@value #ACTION_REACH} words ("passed the zoning bill in a late vote on Tuesday": passed);
   * or, when there is none, the first after it in its clause, a comma right after the weekday not counted ("the
   * governor on Wednesday appointed", "On Monday, the council voted"). A verb is a word of saying or a statement noun,
   * a past form ending in "-ed" or one of {@code past-forms.txt}; news dates past actions.
   */
  private int actionWord(List<Token> tokens, int start, int end) {
    int first = firstAtOrAfter(tokens, start);
    for (int i = first - 1, n = 0; i >= 0 && n < ACTION_REACH && !endsClause(tokens.get(i)); i--) {
      int ahead = verbAfterStillToCome(tokens, i, first);
      if (ahead >= 0) {
        return ahead; // "said the tunnel would reopen on Thursday": the reopening, not the saying
      }
      if (countsAsWord(tokens.get(i))) {
        if (namesAnAction(tokens, i)) {
          return i;
        }
        n++;
      }
    }
    int i = lastEndingBy(tokens, end) + 1;
    while (i < tokens.size() && TIME_WORDS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
      i++; // "on Monday night, ..."
    }
    if (i < tokens.size() && tokens.get(i).norm().equals(",")) {
      i++;
    }
    for (int n = 0; i < tokens.size() && n < ACTION_REACH && !endsClause(tokens.get(i)); i++) {
      if (countsAsWord(tokens.get(i))) {
        if (namesAnAction(tokens, i)) {
          return i;
        }
        n++;
      }
    }
    return -1;
  }

  /**
   * The position of the verb that a word of a day still to come at {@code i} brings in before the weekday at token
   * {@code weekday}, or -1: "reopen" of "would reopen on Thursday" and of "expect to reopen it on Friday" ({@link
   * #tellsAhead}'s words). A weekday after such a verb dates what is still to come, whatever verb of saying stands
   * before it.
   */
  private static int verbAfterStillToCome(List<Token> tokens, int i, int weekday) {
    String w = tokens.get(i).norm();
    int verb = w.equals("scheduled") || w.equals("slated") ? -1 : afterStillToCome(tokens, i); // participles: no verb
    if (verb < 0 || verb >= weekday || tokens.get(verb).kind() != TokenKind.WORD || tokens.get(verb).isCapitalized()
        || LINKS.contains(tokens.get(verb).norm())) {
      return -1;
    }
    return verb;
  }

  /**
   * The position of the thing a weekday in the possessive dates, or -1 when it is none: the noun it owns, the last word
   * of the run of lower-case content words after its "'s" up to the first verb after the noun ("Friday's second
   * semifinal": semifinal; "Tuesday's vote on the bridge": vote). That weekday dates the thing it owns, not its
   * clause's action: "will play the winner of Friday's semifinal" and "will play Lindby on Saturday" date two games,
   * "Tuesday's vote" and "voted on Wednesday" one vote. When a verb follows the owned noun, that noun is its subject
   * and the weekday dates the verb's action ("Friday's storm destroyed homes": destroyed, as in "a storm destroyed
   * homes on Thursday"). A verb is a word that names an action ({@link #namesAnAction}: "destroyed", "killed",
   * "said") or a present form in "-s" ("Friday's storm destroys").
   */
  private int ownedByWeekday(List<Token> tokens, int end) {
    int i = lastEndingBy(tokens, end) + 1;
    if (i >= tokens.size() || !POSSESSIVE_CLITICS.contains(tokens.get(i).norm())) {
      return -1;
    }
    int head = -1;
    for (i++; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != TokenKind.WORD || t.isCapitalized() || QuoteMatcher.STOP.contains(t.norm())) {
        break;
      }
      if (head >= 0 && (namesAnAction(tokens, i) || presentForm(t))) {
        return i; // "Friday's storm destroyed": the storm's action
      }
      head = i;
    }
    return head;
  }

  /** Whether a word after a noun reads as a verb's present form in "-s": "destroys", "kills" (not "-ss": "class"). */
  private static boolean presentForm(Token t) {
    String w = t.norm();
    return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }

  /** The clitics of a possessive, as the tokenizer splits them from their word: "Friday's". */
  private static final Set<String> POSSESSIVE_CLITICS = Set.of("'s", "\u2019s");

  /** Whether the word at {@code i} names an action: a word of saying or a statement, or a verb's past form. */
  private boolean namesAnAction(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.WORD || t.isCapitalized()) {
      return false;
    }
    String w = t.norm();
    return w.length() >= 5 && w.endsWith("ed") || PAST_FORMS.contains(w) || saysSomething(tokens, i);
  }

  /** Whether a word of saying or of a statement starts at {@code tokens.get(i)}: "claimed", "said", "comments". */
  private boolean saysSomething(List<Token> tokens, int i) {
    return lex.match(WordList.NEUTRAL_ATTRIBUTION, tokens, i) > 0 || lex.match(WordList.LOADED_ATTRIBUTION, tokens, i) > 0
        || STATEMENT_WORDS.contains(tokens.get(i).norm());
  }

  /**
   * The positions of the word tokens within {@value #WEEKDAY_REACH} words before and after the span {@code [start,
   * end)}, function words not counted ("spoke in Stockholm on Thursday": spoke, Stockholm).
   */
  private static List<Integer> wordsAround(List<Token> tokens, int start, int end) {
    List<Integer> out = new ArrayList<>();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= start) {
      first++;
    }
    for (int i = first - 1, n = 0; i >= 0 && n < WEEKDAY_REACH; i--) {
      if (countsAsWord(tokens.get(i))) {
        out.add(i);
        n++;
      }
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).start() < end) {
      last++;
    }
    for (int i = last, n = 0; i < tokens.size() && n < WEEKDAY_REACH; i++) {
      if (countsAsWord(tokens.get(i))) {
        out.add(i);
        n++;
      }
    }
    return out;
  }

  private static boolean countsAsWord(Token t) {
    return t.kind() == TokenKind.WORD && (t.isCapitalized() || !QuoteMatcher.STOP.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  private void dates(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<Integer, Map<String, List<Mention>>> byPrecision = new LinkedHashMap<>();
    for (PassageMember m : members) {
      int now = referenceYear(in.article(m.article()));
      for (Mention x : mentions(in, m, MentionKind.DATE)) {
        if (isYear(x) && Integer.parseInt(x.value()) < now && !opensWith(in.article(m.article()), x)) {
          continue;
        }
        // the day something was said or reported is compared only with days of statements: "the Lindby Post reported
        // March 20" dates the report, not the vote on May 12 it reports
        int kind = 2 * x.value().length() + (datesAStatement(in.article(m.article()), x) ? 1 : 0);
        byPrecision.computeIfAbsent(kind, k -> new LinkedHashMap<>())
            .computeIfAbsent(m.article(), k -> new ArrayList<>()).add(x);
      }
    }
    // "shot dead on May 14, 2023 ... a May 10 robbery" states May 14 too: a member's full date agrees with a day and
    // month written without the year, where the member also writes such a date
    for (int statement = 0; statement <= 1; statement++) {
      Map<String, List<Mention>> full = byPrecision.getOrDefault(2 * FULL_DATE.length() + statement, Map.of());
      Map<String, List<Mention>> dayMonth = byPrecision.getOrDefault(2 * DAY_MONTH.length() + statement, Map.of());
      for (Map.Entry<String, List<Mention>> e : dayMonth.entrySet()) {
        for (Mention x : full.getOrDefault(e.getKey(), List.of())) {
          e.getValue().add(new Mention(x.kind(), x.text(), x.value().substring(FULL_DATE.length() - DAY_MONTH.length()),
              x.unit(), x.sentence(), x.start(), x.end()));
        }
      }
    }
    for (Map.Entry<Integer, Map<String, List<Mention>>> e : byPrecision.entrySet()) {
      // a day dates an action, as a weekday does: "died on March 11" and "a stroke suffered on March 2" are two
      boolean day = e.getKey() / 2 == DAY_MONTH.length() || e.getKey() / 2 == FULL_DATE.length();
      conflict(in, p, DiscrepancyKind.DATE, day ? datingOneAction(in, e.getValue()) : e.getValue(),
          day ? daysStated(in, e.getValue().keySet(), e.getKey() / 2) : Map.of(), out);
    }
  }

  /**
   * The days of a month each article writes anywhere, as values of {@code length} ({@code FULL_DATE} or {@code
   * DAY_MONTH}): an article that writes both days ("continuing claims fell in the week ended July 10" and, a
   * sentence before, "new claims rose in the week ended July 17") does not contradict another's July 17.
   */
  private static Map<String, Set<String>> daysStated(Inputs in, Set<String> articles, int length) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String id : articles) {
      Set<String> days = new HashSet<>();
      for (Mention x : in.article(id).mentions()) {
        if (x.kind() == MentionKind.DATE && x.value().length() == length) {
          days.add(x.value());
        }
      }
      out.put(id, days);
    }
    return out;
  }

  /**
   * Whether a date dates a statement: a word of saying or reporting stands right before it, "on" apart ("the Lindby
   * Post reported March 20", "said on May 3").
   */
  private boolean datesAStatement(AnalyzedArticle a, Mention x) {
    List<Token> t = a.sentences().get(x.sentence()).tokens();
    int k = firstAtOrAfter(t, x.start()) - 1;
    if (k >= 0 && t.get(k).norm().equals("on")) {
      k--;
    }
    return k >= 0 && t.get(k).kind() == TokenKind.WORD && (saysSomething(t, k) || REPORTED.contains(t.get(k).norm()));
  }

  /** Words of reporting that the attribution lexicons leave out, as they also name other acts. */
  private static final Set<String> REPORTED = Set.of("reported", "reports");

  /** The value of a date written with its year, and of one written without: "2023-05-14", "05-14". */
  private static final String FULL_DATE = "yyyy-mm-dd";
  private static final String DAY_MONTH = "mm-dd";

  /**
   * Whether the year {@code x} opens its sentence ("In 1969, he was indicted …"): it dates the fact the sentence
   * reports, which a past year elsewhere in a sentence ("the worst since 1999") need not.
   */
  private static boolean opensWith(AnalyzedArticle a, Mention x) {
    String t = a.sentences().get(x.sentence()).text().stripLeading();
    return t.startsWith("In " + x.text() + ",") || t.startsWith("In " + x.text() + " ");
  }

  /** The states as a party tag writes them, each written form (lower case, no periods or spaces) to the state. */
  private static final Map<String, String> STATE_TAGS = stateTags();

  private static Map<String, String> stateTags() {
    Map<String, String> out = new HashMap<>();
    for (String line : ResourceLines.read("dev/parallax/lexicon/state-tags.txt")) {
      String[] f = line.split("\t", -1);
      for (String form : (f[0] + " " + String.join(" ", Arrays.copyOfRange(f, 1, f.length))).split(" ")) {
        out.putIfAbsent(tagForm(form), f[0]);
      }
      out.putIfAbsent(tagForm(f[0]), f[0]);
    }
    return Map.copyOf(out);
  }

  /** A state as written in a tag, folded: lower case without periods or spaces ("N.J." and "NJ" give "nj"). */
  private static String tagForm(String written) {
    return written.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
  }

  /**
   * A party and state tag right after a name: ", D-N.J.", " (R-Texas)", ", I-Vt.", ", D-W. Va."; group 1 the party,
   * 2 the state's first word, 3 a second word.
   */
  private static final Pattern PARTY_TAG = Pattern.compile(
      "(?:,\\s*|\\s*\\(\\s*)([RDI])[-\u2013](\\p{Lu}[\\p{L}.]*)(?:\\s(\\p{Lu}[\\p{L}.]*))?");
  /** A party and state written out after a name: ", a New Jersey Democrat", ", the Texas Republican". */
  private static final Pattern PARTY_WORDS = Pattern.compile(
      ",\\s+(?:a|an|the)\\s+(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)\\s+(Democrat|Republican)\\b");
  /** How far after a name its tag may end. */
  private static final int TAG_REACH = 40;

  /**
   * A person's party and state as one passage member's tag after the name gives them: the name and its tag as a
   * mention (its value "D new jersey", or "D" when the state is not one of {@code state-tags.txt}), or null.
   */
  private static Mention partyTag(AnalyzedArticle a, Mention name) {
    String text = a.article().text();
    java.util.regex.Matcher m = PARTY_TAG.matcher(text).region(name.end(), Math.min(text.length(), name.end() + TAG_REACH));
    String party = null;
    String state = null;
    int end = -1;
    if (m.lookingAt()) {
      party = m.group(1);
      state = m.group(3) == null ? null : STATE_TAGS.get(tagForm(m.group(2) + m.group(3)));
      end = state != null ? m.end(3) : m.end(2);
      state = state != null ? state : STATE_TAGS.get(tagForm(m.group(2)));
      if (m.group().indexOf('(') >= 0 && end < text.length() && text.charAt(end) == ')') {
        end++; // "(R-N.J.)" as written
      }
    } else {
      m = PARTY_WORDS.matcher(text).region(name.end(), Math.min(text.length(), name.end() + TAG_REACH));
      if (!m.lookingAt() || !STATE_TAGS.containsKey(tagForm(m.group(1)))
          || !STATE_TAGS.get(tagForm(m.group(1))).equals(m.group(1).toLowerCase(Locale.ROOT))) {
        return null; // the state written out in full only: "a Lindby Democrat" names no state
      }
      party = m.group(2).substring(0, 1);
      state = STATE_TAGS.get(tagForm(m.group(1)));
      end = m.end();
    }
    return new Mention(MentionKind.NAME, text.substring(name.start(), end), party + (state == null ? "" : " " + state),
        "", name.sentence(), name.start(), end);
  }

  /** Whether two tags' values can be one person's: the same party, and the same state unless one is not known. */
  private static boolean sameTag(String a, String b) {
    return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
  }

  /**
   * The party and state tags one person gets in the members of a passage ("Karl Lind, D-N.J." / "Karl Lind,
   * D-N.Y."; also ", a New Jersey Democrat"): a NAME discrepancy when two members tag the person differently and no
   * tag of one could be the other's. A state written two ways ("D-Calif." / "D-CA") is one state; a form not known
   * as a state compares the party only. Only a person's tag right after the name is read: no other place is compared.
   */
  private void partyTags(Inputs in, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, Map<String, List<Mention>>> byPerson = new LinkedHashMap<>();
    for (PassageMember m : members) {
      AnalyzedArticle a = in.article(m.article());
      for (Mention x : mentions(in, m, MentionKind.NAME)) {
        if (x.value().indexOf(' ') < 0 || lex.isPlaceName(x.value())) {
          continue;
        }
        Mention tag = partyTag(a, x);
        if (tag != null) {
          byPerson.computeIfAbsent(x.value(), k -> new LinkedHashMap<>()).computeIfAbsent(m.article(),
              k -> new ArrayList<>()).add(tag);
        }
      }
    }
    for (Map<String, List<Mention>> perArticle : byPerson.values()) {
      List<List<Mention>> tags = new ArrayList<>(perArticle.values());
      boolean differ = false;
      for (int i = 0; i < tags.size() && !differ; i++) {
        for (int j = i + 1; j < tags.size() && !differ; j++) {
          List<Mention> other = tags.get(j);
          differ = tags.get(i).stream().noneMatch(x -> other.stream().anyMatch(y -> sameTag(x.value(), y.value())));
        }
      }
      if (differ) {
        out.add(discrepancy(in, p, DiscrepancyKind.NAME, perArticle, Mention::end));
      }
    }
  }

  private void names(Inputs in, Facts facts, Passage p, List<PassageMember> members, List<Discrepancy> out) {
    Map<String, Map<String, List<Mention>>> bySurname = new LinkedHashMap<>();
    // names of three words or more ("Anna Berg Lind") state no conflict, but may be the person another outlet names
    // in two ("Anna Lind"): compared for agreement only
    Map<String, Map<String, List<Mention>>> longer = new HashMap<>();
    Map<String, PassageMember> memberOf = new HashMap<>();
    for (PassageMember m : members) {
      memberOf.put(m.article(), m);
      for (Mention x : mentions(in, m, MentionKind.NAME)) {
        if (x.value().indexOf(' ') < 0 || lex.isPlaceName(x.value())) {
          continue;
        }
        String given = Speakers.given(x.value());
        String surname = Speakers.surname(x.value());
        // an office word is no given name, whether or not the analyzer could tell which Clinton "Secretary Clinton" is,
        // and no surname either: "Tory MP" and "Conservative MP" are two descriptions of one office, no person's names;
        // a title written out before a surname ("Captain Nambiar") leaves no given name to compare
        if (!Lexicon.TITLES.contains(given) && !lex.isOfficeWord(given) && !lex.isOfficeWord(surname)
            && writesItsGivenName(x, given)
            && !commonWords(x.value(), facts.lowerCase(in.article(m.article())))) {
          (x.value().split(" ").length == 2 ? bySurname : longer)
              .computeIfAbsent(Speakers.surname(x.value()), k -> new LinkedHashMap<>())
              .computeIfAbsent(m.article(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    Map<String, Set<String>> coordinated = new HashMap<>(); // article -> its member's given names before "and"
    for (Map.Entry<String, Map<String, List<Mention>>> e : bySurname.entrySet()) {
      Map<String, List<Mention>> perArticle = e.getValue();
      if (perArticle.size() < 2) {
        continue;
      }
      Map<String, List<Mention>> longerNames = longer.getOrDefault(e.getKey(), Map.of());
      boolean agree = false;
      List<String> articles = new ArrayList<>(perArticle.keySet());
      for (int i = 0; i < articles.size() && !agree; i++) {
        for (int j = i + 1; j < articles.size() && !agree; j++) {
          Set<String> inI = coordinated.computeIfAbsent(articles.get(i), a -> coordinatedNames(in, memberOf.get(a)));
          Set<String> inJ = coordinated.computeIfAbsent(articles.get(j), a -> coordinatedNames(in, memberOf.get(a)));
          agree = agree(withLonger(perArticle, longerNames, articles.get(i)), inI,
              withLonger(perArticle, longerNames, articles.get(j)), inJ);
        }
      }
      if (!agree && !namedElsewhere(in, e.getKey(), perArticle)) {
        out.add(discrepancy(in, p, DiscrepancyKind.NAME, perArticle, Mention::end));
      }
    }
  }

  /**
   * Whether an article whose member names one person of a surname also names, anywhere in its text, the person another
   * member names: two people of one family, both known to it ("Kristian Lopez was arrested for a bat" in an article
   * that names his brother Andrew Lopez too, beside another outlet's "charged Andrew Lopez"). A scan of the articles'
   * names, run only for a surname that would otherwise conflict.
   */
  private static boolean namedElsewhere(Inputs in, String surname, Map<String, List<Mention>> perArticle) {
    for (String article : perArticle.keySet()) {
      List<String> named = new ArrayList<>();
      for (Mention x : in.article(article).mentions()) {
        if (x.kind() == MentionKind.NAME && x.value().indexOf(' ') > 0 && Speakers.surname(x.value()).equals(surname)) {
          named.add(x.value());
        }
      }
      for (Map.Entry<String, List<Mention>> other : perArticle.entrySet()) {
        if (other.getKey().equals(article)) {
          continue;
        }
        for (Mention y : other.getValue()) {
          for (String n : named) {
            if (Speakers.samePerson(n, y.value())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** An article's two-word names of a surname, then its longer ones. */
  private static List<Mention> withLonger(Map<String, List<Mention>> names, Map<String, List<Mention>> longer,
      String article) {
    List<Mention> more = longer.get(article);
    if (more == null) {
      return names.get(article);
    }
    List<Mention> out = new ArrayList<>(names.get(article));
    out.addAll(more);
    return out;
  }

  /**
   * Whether two outlets' names of one surname may be the same person, or each outlet lists the other's given name
   * ("Malia and Sasha Obama" / "Sasha and Malia Obama": two people, named by both); the first
   * {@value #NAMES_COMPARED} names of each are compared.
   */
  private static boolean agree(List<Mention> xs, Set<String> listedByX, List<Mention> ys, Set<String> listedByY) {
    for (Mention a : xs.subList(0, Math.min(xs.size(), NAMES_COMPARED))) {
      for (Mention b : ys.subList(0, Math.min(ys.size(), NAMES_COMPARED))) {
        if (Speakers.samePerson(a.value(), b.value()) || listedByY.contains(Speakers.given(a.value()))
            || listedByX.contains(Speakers.given(b.value()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The given names a passage member writes in a list before a shared surname: the capitalised words right before
   * "and", "&" or a comma ("Malia" in "Malia and Sasha Obama"), folded.
   */
  private static Set<String> coordinatedNames(Inputs in, PassageMember m) {
    Set<String> out = new HashSet<>();
    for (int s : m.sentences()) {
      List<Token> t = in.article(m.article()).sentences().get(s).tokens();
      for (int k = 0; k + 1 < t.size(); k++) {
        String next = t.get(k + 1).norm();
        if (t.get(k).isCapitalized() && (next.equals("and") || next.equals("&") || next.equals(","))) {
          out.add(Speakers.fold(t.get(k).text()));
        }
      }
    }
    return out;
  }

  /**
   * Whether a name's text writes the given name of its value: "Cheeks", "J. Smith" or "Despite Trump" that the
   * analyzer resolved to the article's "Maurice Cheeks", "John Smith", "Eric Trump" state no given name in this
   * passage, and a conflict with another outlet's "Mo Cheeks" would show as "Cheeks" against "Cheeks".
   */
  private static boolean writesItsGivenName(Mention x, String given) {
    int space = given.indexOf(' ');
    String first = space < 0 ? given : given.substring(0, space);
    if (first.isEmpty()) {
      return false;
    }
    if (x.text().toLowerCase(Locale.ROOT).startsWith(first + " ")) {
      return true; // the common case, "John Smith", without folding every word
    }
    for (String w : WORD_SPACES.split(x.text())) {
      if (Speakers.fold(NOT_A_NAME_CHARACTER.matcher(w).replaceAll("")).equals(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word of a name is one the article also writes in lower case ("Pedestrian Accidents"): a
   * capitalised phrase, not a person. A surname that is a common word alone ("Theresa May") keeps the name.
   */
  private static boolean commonWords(String name, Set<String> lowerCase) {
    for (String w : name.split(" ")) {
      if (!lowerCase.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Adds a discrepancy when two articles state values of which they share none. */
  private void conflict(Inputs in, Passage p, DiscrepancyKind kind, Map<String, List<Mention>> perArticle,
      List<Discrepancy> out) {
    conflict(in, p, kind, perArticle, Map.of(), out);
  }

  /**
   * Adds a discrepancy when two articles state values of which they share none, also counting as shared a value one
   * of them writes elsewhere ({@code elsewhere}, by article).
   */
  private void conflict(Inputs in, Passage p, DiscrepancyKind kind, Map<String, List<Mention>> perArticle,
      Map<String, Set<String>> elsewhere, List<Discrepancy> out) {
    if (perArticle.size() < 2) {
      return;
    }
    List<Set<String>> values = new ArrayList<>();
    List<Set<String>> anywhere = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : perArticle.entrySet()) {
      Set<String> v = new HashSet<>();
      e.getValue().forEach(x -> v.add(x.value()));
      values.add(v);
      Set<String> w = new HashSet<>(v);
      w.addAll(elsewhere.getOrDefault(e.getKey(), Set.of()));
      anywhere.add(w);
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (Collections.disjoint(anywhere.get(i), values.get(j))
            && Collections.disjoint(values.get(i), anywhere.get(j))) {
          out.add(discrepancy(in, p, kind, perArticle, Mention::end));
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
      ToIntFunction<Mention> endOf) {
    List<Discrepancy.Value> values = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : perArticle.entrySet()) { // in member order
      List<Mention> ms = e.getValue();
      AnalyzedArticle a = in.article(e.getKey());
      List<Mention> sorted = new ArrayList<>(ms);
      sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      Set<String> seen = new HashSet<>();
      for (Mention x : sorted) {
        if (seen.add(x.value())) {
          int end = endOf.applyAsInt(x);
          String text = a.article().text();
          // a currency sign belongs to the figure as written ("$3.6 billion"), and so do a bound's words
          int start = kind == DiscrepancyKind.NUMBER ? figureStart(a, x) : currencyBefore(a, x) ? x.start() - 1 : x.start();
          values.add(new Discrepancy.Value(e.getKey(), text.substring(start, end), x.sentence(), start, end));
        }
      }
    }
    return new Discrepancy(kind, p.id(), values);
  }
}
