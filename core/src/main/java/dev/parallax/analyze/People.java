package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.AGENT;
import static dev.parallax.analyze.SpeechPatterns.SPACES;

import dev.parallax.internal.Deadline;
import dev.parallax.internal.Generations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people an article names, in order, with what it says about their office. One per article; not thread-safe. */
final class People {
  /** The gender of "he" or "she", and of a surname written after "Mr." or "Ms.". */
  enum Gender { MALE, FEMALE }

  /**
   * One mention of a person in the article: where, the full name, the office when stated, if in the body, and
   * whether it ends a list of given names that share the surname ("Ann and Mary Doe").
   */
  private record Person(int offset, String name, String role, String country, String around, boolean body,
      boolean sharedSurname, int aroundAt) {}

  private final List<Person> mentions;
  private final Map<String, String[]> known;
  private final SpeakerLexicon lex;

  /** The mentions by their last word in lower case, in text order. */
  private final Map<String, List<Person>> bySurname = new HashMap<>();

  /**
   * The office the body first writes before a bare surname, when that comes before any full name ending in
   * it ("President Trump said" above "the first lady, Melania Trump") or the article gives none, by the surname in
   * lower case.
   */
  private final Map<String, String> officeFirst;

  private final Set<String> lowerCase;

  /** The article's sentences, where a bare surname written after a full name is looked up. */
  private final List<Sentence> sentences;

  /** Where each sentence's first word starts, in the article. */
  private final Set<Integer> openings;

  /**
   * The words, lower case, that the article writes capitalised past its sentences' first words (headlines in title
   * case aside): names, or words a name holds ("the Lindby Records Office").
   */
  private final Set<String> capitalisedInside;

  /** Surnames written after an office and nothing else ("President Doe"), first mention each, in text order. */
  private final List<Person> titled;

  /** Surnames, lower case, written after a title or an office of any kind ("Vice President Doe", "Mr. Doe"). */
  private final Set<String> titledSurnames;

  /**
   * The gender of each person (the name a surname after "Mr." or "Ms." resolves to there); none for one written
   * with both.
   */
  private final Map<String, Gender> genders = new HashMap<>();
  /** The sex a courtesy title gives the surname written at each offset, or its title's ("Mr. Lind": male). */
  private final Map<Integer, Gender> courtesyAt = new HashMap<>();

  private People(List<Sentence> sentences, List<Person> mentions, Map<String, String[]> known, SpeakerLexicon lex,
      Set<String> lowerCase, Set<Integer> openings, Set<String> capitalisedInside, Map<String, Person> titled,
      Set<String> titledSurnames, List<Courtesy> courtesies) {
    this.sentences = List.copyOf(sentences);
    this.mentions = mentions;
    this.openings = openings;
    this.capitalisedInside = capitalisedInside;
    this.titledSurnames = Set.copyOf(titledSurnames);
    this.titled = titled.values().stream().sorted(Comparator.comparingInt(Person::offset)).toList();
    this.known = known;
    this.lex = lex;
    this.lowerCase = lowerCase;
    for (Person p : mentions) {
      bySurname.computeIfAbsent(lastWord(p.name()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
    }
    Map<String, String> first = new HashMap<>();
    titled.forEach((surname, p) -> {
      List<Person> named = bySurname.get(surname);
      if (named == null || p.offset() < named.get(0).offset()) {
        first.put(surname, p.role()); // "President Doe", and no full name ending in "Doe" before it, or at all
      }
    });
    this.officeFirst = first;
    for (Courtesy c : courtesies) {
      if (c.gender() != null) {
        courtesyAt.put(c.offset(), c.gender()); // where the surname is written, and where its title is
        courtesyAt.put(c.titleOffset(), c.gender());
      }
    }
    readGenders(courtesies);
  }

  /** Small words that title-case headlines leave in lower case. */
  private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("and", "the", "for", "but", "nor", "yet", "via", "per",
      "with", "from", "into", "over", "onto", "upon");

  /**
   * Whether a sentence is a headline or subhead in title case: one of the article's first two, with at least four
   * words of four letters or more, all capitalised but a headline's small words ("and", "the", "with"). "Secretary of
   * State Jane Doe met Foreign Minister John Roe" is a sentence ("met"); a caption of names further down is read.
   */
  private static boolean titleCaseHeading(Sentence s) {
    if (s.index() > 1) {
      return false;
    }
    int words = 0;
    for (Token x : s.tokens()) {
      if (x.kind() != TokenKind.WORD || x.text().length() < 3) {
        continue;
      }
      if (!Character.isUpperCase(x.text().codePointAt(0)) && !HEADLINE_SMALL_WORDS.contains(x.norm())) {
        return false;
      }
      words += x.text().length() >= 4 ? 1 : 0;
    }
    return words >= 4;
  }

  /**
   * The index of the closing mark of a nickname whose opening mark is token {@code open} of {@code s}
   * ({@link QuotationMarks#isNickname}), or -1.
   */
  private static int nicknameClose(Sentence s, List<Token> t, int open) {
    if (!QUOTE_MARKS.contains(t.get(open).text())) {
      return -1;
    }
    for (int k = open + 1; k < t.size() && k <= open + 4; k++) {
      if (QUOTE_MARKS.contains(t.get(k).text())) {
        return k > open + 1 && QuotationMarks.isNickname(s.text(), t.get(open).end() - s.start(),
            t.get(k).start() - s.start()) ? k : -1;
      }
    }
    return -1;
  }

  private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019");

  /** The people named in {@code sentences}, read with {@code lex}. */
  static People of(List<Sentence> sentences, SpeakerLexicon lex) {
    List<Person> mentions = new ArrayList<>();
    Map<String, Person> titled = new HashMap<>();
    Set<String> titledSurnames = new HashSet<>();
    Map<String, String[]> known = new LinkedHashMap<>();
    Set<String> lowerCase = new HashSet<>();
    Set<Integer> openings = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    for (Sentence s : sentences) {
      boolean heading = titleCaseHeading(s);
      boolean first = true;
      for (Token x : s.tokens()) {
        if (x.kind() != TokenKind.WORD) {
          continue;
        }
        if (first) {
          openings.add(x.start());
        } else if (!heading && Character.isUpperCase(x.text().codePointAt(0))) {
          capitalisedInside.add(x.norm());
        }
        first = false;
        if (Character.isLowerCase(x.text().codePointAt(0)) && !PersonName.joinedParticle(x.text())) {
          lowerCase.add(x.norm());
        }
      }
    }
    for (Sentence s : sentences) {
      Deadline.check(); // tens of thousands of sentences in a pasted archive
      if (titleCaseHeading(s)) {
        continue; // "Governor Appoints Ex-Aide to Fill Seat": a headline's capitals name nobody ("Appoints Ex-Aide")
      }
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        if (!capitalisedWord(t.get(i)) || i == 0 && Subjects.OPENING_CONJUNCTIONS.contains(t.get(i).norm())) {
          i++; // "But Justice Jane Doe was unconvinced": the name starts after the conjunction
          continue;
        }
        // a run of capitalised words, "of" and a surname's particles ("de Blasio") allowed inside, separated by white
        // space only
        int j = i + 1;
        int last = i;
        int[] nickname = null; // the marks of a nickname inside the name ("Karl “The Fox” Lind"), relative offsets
        boolean office = lex.offices.contains(t.get(i).norm());
        while (j < t.size()) {
          Token x = t.get(j);
          int close = j == i + 1 ? nicknameClose(s, t, j) : -1;
          if (close > 0) {
            nickname = new int[] {x.start() - s.start(), t.get(close).end() - s.start()};
            j = close + 1;
            continue;
          }
          if (x.text().equals(".") && t.get(j - 1).text().length() == 1 && j - 1 > i && j + 1 < t.size()
              && x.start() == t.get(j - 1).end() && capitalisedWord(t.get(j + 1))) {
            j++; // an initial inside a name: "George T. Conway III"
            continue;
          }
          if (!blankBetween(s, t.get(j - 1), x)) {
            break;
          }
          if (capitalisedWord(x)) {
            last = j;
            office |= lex.offices.contains(x.norm());
          } else if (!x.norm().equals("of") && !PersonName.PARTICLES.contains(x.text())
              && !(office && x.norm().equals("for"))
              && !(office && x.norm().equals("the") && t.get(j - 1).norm().equals("of"))) {
            break; // "for" only after an office: "Chief of Staff for Security Jane Doe"
          }
          j++;
        }
        Token opener = t.get(i);
        int runIndex = i;
        int runStart = opener.start() - s.start();
        int runEnd = t.get(last).end() - s.start();
        i = last + 1;
        String run = s.text().substring(runStart, runEnd);
        if (nickname != null && nickname[1] < runEnd) {
          run = s.text().substring(runStart, nickname[0]).strip() + " " + s.text().substring(nickname[1], runEnd).strip();
        }
        if (run.indexOf(' ') < 0) {
          if (afterAbbreviatedOffice(t, runIndex, lex)) {
            titledSurnames.add(run.toLowerCase(Locale.ROOT)); // "Gov. Doe", as "Governor Doe"
          }
          continue; // one capitalised word is never a full name
        }
        if (lex.titles.contains(t.get(last).norm()) && last + 2 < t.size() && t.get(last + 1).text().equals(".")
            && capitalisedWord(t.get(last + 2))) {
          continue; // "Ohio Sen. Jane Doe": the title is hers, and "Ohio Sen" nobody
        }
        int forAt = run.indexOf(" for ");
        if (forAt > 0) {
          // a person and what they stand for: "Senator Jane Doe for President Roe" (the rest is read on its own);
          // not an office's body, "Chief of Staff for Security Jane Doe"
          PersonName before = withoutCommonNoun(PersonName.parse(run.substring(0, forAt), lex), lowerCase);
          if (fullName(before) && lex.personLike(String.join(" ", before.words()))) {
            run = run.substring(0, forAt);
            runEnd = runStart + forAt;
            while (i > runIndex + 1 && t.get(i - 1).end() - s.start() > runEnd) {
              i--; // back to "for", so that the words after it are read as a run of their own
            }
          }
        }
        PersonName n = withoutCommonNoun(PersonName.parse(run, lex), lowerCase);
        int of = run.indexOf(" of ");
        if (of > 0 && run.lastIndexOf(' ', of - 1) > 0 && !fullName(n)) {
          // a name and where it is from: "Representative Jane Doe of Ohio"
          run = run.substring(0, of);
          runEnd = runStart + of;
          n = withoutCommonNoun(PersonName.parse(run, lex), lowerCase);
        }
        if (n.words().size() == 1 && titledRun(run, lex)) {
          titledSurnames.add(n.words().get(0).toLowerCase(Locale.ROOT)); // "Vice President Doe", "Sen. Doe"
        }
        if (n.words().size() == 1 && !n.role().isEmpty() && s.role() == SentenceRole.BODY) {
          titled.putIfAbsent(n.words().get(0).toLowerCase(Locale.ROOT),
              new Person(s.start() + runStart, n.words().get(0), n.role(), n.country(), "", true, false, 0));
        }
        if (!fullName(n)) {
          continue;
        }
        String role = n.role();
        String country = n.country();
        if (role.isEmpty()) {
          String[] before = lex.roleBefore(s.text().substring(Math.max(0, runStart - 60), runStart));
          String[] after = lex.roleAfter(s.text().substring(runEnd, Math.min(s.text().length(), runEnd + 60)));
          // "his campaign committee, Lindby Forward, the former mayor said": the mayor is not the committee
          String[] rc = before != null ? before
              : namesBody(s.text().substring(Math.max(0, runStart - 60), runStart), lex) ? null : after;
          if (rc != null) {
            role = rc[0];
            country = country.isEmpty() ? rc[1] : country;
          }
        }
        if (!role.isEmpty() && formerHolder(s.text(), runStart)) {
          role = ""; // "former New York Mayor Jane Doe", "then-House Speaker John Roe": not "the mayor" now
        }
        String name = String.join(" ", n.words());
        String around = around(s, runStart, runEnd);
        boolean shared = opensAfterGivenNameAnd(t, runIndex) && n.words().size() == 2;
        if (shared && lex.givenName(t.get(runIndex - 2).text()) && !lex.stateOrCountry(t.get(runIndex - 2).text())
            && (runIndex < 3 || !Attribution.PREPOSITIONS.contains(t.get(runIndex - 3).norm()))) {
          // "Jane and Karl Lind": Jane Lind is named too, first; after a preposition the word is a place ("senators
          // from Georgia and Karl Lind")
          Token given = t.get(runIndex - 2);
          String other = given.text() + " " + n.words().get(1);
          mentions.add(new Person(given.start(), other, "", "", around(s, given.start() - s.start(), runEnd),
              s.role() == SentenceRole.BODY, true, Math.min(AROUND, given.start() - s.start())));
          known.computeIfAbsent(other, x -> new String[] {"", ""});
        }
        mentions.add(new Person(s.start() + runStart, name, role, country, around, s.role() == SentenceRole.BODY,
            shared, Math.min(AROUND, runStart)));
        String[] k = known.computeIfAbsent(name, x -> new String[] {"", ""});
        if (k[0].isEmpty() && !role.isEmpty()) {
          k[0] = role;
        }
        if (k[1].isEmpty() && !country.isEmpty()) {
          k[1] = country;
        }
      }
    }
    List<Courtesy> courtesies = courtesies(sentences);
    courtesies.forEach(c -> titledSurnames.add(c.surname().toLowerCase(Locale.ROOT)));
    return new People(sentences, mentions, known, lex, lowerCase, openings, capitalisedInside, titled, titledSurnames,
        courtesies);
  }

  /**
   * A surname written after a courtesy title, where the surname and the title are, and the gender the title gives (null
   * for "Mr. and Mrs.").
   */
  private record Courtesy(String surname, int offset, int titleOffset, Gender gender) {}

  /** Every surname the article writes after "Mr.", "Ms.", "Mrs." or "Miss", in text order. */
  private static List<Courtesy> courtesies(List<Sentence> sentences) {
    List<Courtesy> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int k = 0; k < t.size(); k++) {
        Gender g = courtesyGender(t.get(k));
        int name = k + 1 < t.size() && t.get(k + 1).text().equals(".") ? k + 2 : k + 1;
        if (g == null || name >= t.size() || !capitalisedWord(t.get(name))) {
          continue;
        }
        // "Mr. and Mrs. Doe": the surname names both
        boolean both = k >= 2 && t.get(k - 1).norm().equals("and")
            && (courtesyGender(t.get(k - 2)) != null || k >= 3 && courtesyGender(t.get(k - 3)) != null);
        out.add(new Courtesy(t.get(name).text(), t.get(name).start(), t.get(k).start(), both ? null : g));
      }
    }
    return out;
  }

  private static Gender courtesyGender(Token t) {
    return courtesyGender(t.norm());
  }

  /** The gender a courtesy title gives ("mr", "Mrs", case and a final period aside), null for another word. */
  static Gender courtesyGender(String title) {
    String t = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "mr" -> Gender.MALE;
      case "ms", "mrs", "miss" -> Gender.FEMALE;
      default -> null;
    };
  }

  /**
   * Fills {@link #genders} from the courtesy titles, each surname read as the person it stands for there, unless the
   * person's given name says the other sex.
   */
  private void readGenders(List<Courtesy> courtesies) {
    Set<String> both = new HashSet<>();
    for (Courtesy c : courtesies) {
      String name = bySurname(c.surname(), c.offset()).orElse(c.surname());
      Gender byName = lex.givenNameGender(name);
      if (byName != null && c.gender() != null && byName != c.gender()) {
        continue; // "Mr. Lind" where the article's Lind is Lisa Lind: another Lind, not her sex
      }
      Gender known = genders.get(name);
      if (c.gender() == null || known != null && known != c.gender()) {
        both.add(name);
      } else {
        genders.put(name, c.gender());
      }
    }
    genders.keySet().removeAll(both);
  }

  /** The sex of {@code name} as the article's courtesy titles or its given name tell it, or null when neither does. */
  Gender sex(String name) {
    Gender g = genders.get(name);
    return g != null ? g : lex.givenNameGender(name);
  }

  /**
   * Whether a pronoun of gender {@code pronoun} (null: any) may stand for {@code name}: the sex the article's courtesy
   * titles give the person, else the one the first given name gives ("she said" is not Karl Lind).
   */
  boolean mayBe(String name, Gender pronoun) {
    Gender g = sex(name);
    return pronoun == null || g == null || g == pronoun;
  }

  /** How many characters of its sentence a mention keeps on each side ({@code Person.around}). */
  private static final int AROUND = 60;

  /** The sentence's text around a name run, sixty characters either side, lower case. */
  private static String around(Sentence s, int runStart, int runEnd) {
    return s.text().substring(Math.max(0, runStart - AROUND), Math.min(s.text().length(), runEnd + AROUND))
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the run at token {@code at} follows a capitalised word and "and": "Ann and Mary Doe". */
  private static boolean opensAfterGivenNameAnd(List<Token> t, int at) {
    return at >= 2 && t.get(at - 1).norm().equals("and") && capitalisedWord(t.get(at - 2))
        && (at < 3 || !capitalisedWord(t.get(at - 3)));
  }

  /** Whether the name run at {@code runStart} of {@code text} is of someone who held the office before. */
  private static boolean formerHolder(String text, int runStart) {
    String before = text.substring(Math.max(0, runStart - 40), runStart);
    String run = text.substring(runStart, Math.min(text.length(), runStart + 10)).toLowerCase(Locale.ROOT);
    return FORMER_BEFORE.matcher(before).find() || run.startsWith("former ") || run.startsWith("ex-");
  }

  /**
   * "former", "the late", "then-", "ex-" or "one-time" before a name, with at most three capitalised office words
   * between ("the late Gov. John Roe", "former New York Mayor"): someone who no longer holds the office.
   */
  private static final Pattern FORMER_BEFORE = Pattern.compile(
      "(?:\\b(?i:former|late|one-?time)\\s+|\\b(?i:then|ex)-)(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}$");

  /** Whether {@code n} is a person's full name: two or three words besides initials and generation. */
  private static boolean fullName(PersonName n) {
    int words = PersonName.core(n.words()).size();
    return words >= 2 && words <= 3 && n.words().size() <= 4; // "George T. Conway III" has three
  }

  /**
   * The name without a first word that the article also writes in lower case, when two words remain: an
   * occupation capitalized before a name ("Comedian Ellen DeGeneres", where the article says "the comedian"),
   * not part of it. A two-word name is kept whole ("Bill Clinton" beside "the bill"), and so is one whose second word
   * is a particle ("Bill de Blasio").
   */
  static PersonName withoutCommonNoun(PersonName n, Set<String> lowerCase) {
    if (n.words().size() < 3 || !lowerCase.contains(n.words().get(0).toLowerCase(Locale.ROOT))
        || PersonName.PARTICLES.contains(n.words().get(1))) {
      return n;
    }
    return new PersonName(n.words().subList(1, n.words().size()), n.role(), n.country());
  }

  PersonName withoutCommonNoun(PersonName n) {
    return withoutCommonNoun(n, lowerCase);
  }

  /** The words the article writes in lower case (their {@link Token#norm()}). */
  Set<String> lowerCase() {
    return lowerCase;
  }

  /**
   * Whether a lone capitalised {@code word} at {@code offset} is a common noun that opens its sentence, not a name:
   * the sentence's first word, which the article writes capitalised nowhere past a sentence's start and writes in
   * lower case elsewhere, as it is or in the singular ("Records indicated that …" beside "the records", "the
   * record"). A surname opening a sentence is written capitalised elsewhere, or never in lower case.
   */
  boolean commonWordOpening(String word, int offset) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!openings.contains(offset) || capitalisedInside.contains(w)) {
      return false;
    }
    return lowerCase.contains(w) || w.endsWith("ies") && lowerCase.contains(w.substring(0, w.length() - 3) + "y")
        || w.endsWith("s") && !w.endsWith("ss") && lowerCase.contains(w.substring(0, w.length() - 1));
  }

  private static boolean capitalisedWord(Token t) {
    return t.kind() == TokenKind.WORD && (t.isCapitalized() || PersonName.joinedParticle(t.text()));
  }

  private static boolean blankBetween(Sentence s, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (!Character.isWhitespace(s.text().charAt(k - s.start()))) {
        return false;
      }
    }
    return true;
  }

  Pattern roleVerb() {
    return lex.roleVerb;
  }

  Pattern roleAsideVerb() {
    return lex.roleAsideVerb;
  }

  /** The distinct full names of the people mentioned from {@code from} (inclusive) to {@code to} (exclusive), in text order. */
  List<String> namedBetween(int from, int to) {
    List<String> out = new ArrayList<>();
    for (Person p : mentions) {
      if (p.offset() >= from && p.offset() < to && !out.contains(p.name())) {
        out.add(p.name());
      }
    }
    return out;
  }

  /**
   * The person named exactly at {@code offset} (a sentence's first words), if any: a name in capitals (a
   * dateline) or with a place or body word ({@code places.txt}, {@code offices.txt}) is none.
   */
  Optional<String> opening(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {   // the first mention at or after offset (mentions are in text order)
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).offset() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < mentions.size() && mentions.get(lo).offset() == offset) {
      Person p = mentions.get(lo);
      return lex.personLike(p.name()) ? Optional.of(p.name()) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The person named at {@code offset} as {@link #opening} finds it, unless the name is written as an owner ("Lindby
   * Harbor Group's Karl Lind said": Lind is the subject, not the group).
   */
  Optional<String> openingSubject(int offset) {
    return opening(offset).filter(name -> mentions.stream()
        .noneMatch(p -> p.offset() == offset && p.name().equals(name) && possessive(p)));
  }

  /** Whether the run that names {@code p} is written as a possessive ("Jane Doe's"). */
  private static boolean possessive(Person p) {
    String name = p.name().toLowerCase(Locale.ROOT);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    int at = p.around().indexOf(last, p.aroundAt());
    int end = at + last.length();
    return at >= 0 && end + 1 < p.around().length() && "'\u2019".indexOf(p.around().charAt(end)) >= 0
        && p.around().charAt(end + 1) == 's';
  }

  /** Whether a run of words holds a title or an office word before its last word ("Vice President Doe"). */
  private static boolean titledRun(String run, SpeakerLexicon lex) {
    String[] w = SPACES.split(run.toLowerCase(Locale.ROOT));
    for (int k = 0; k + 1 < w.length; k++) {
      String x = w[k].replace(".", "");
      if (lex.titles.contains(x) || lex.offices.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} follows an abbreviated office and its point ("Gov. Doe", "Sen. Doe", "Rep. Doe"),
   * which the run of capitalised words leaves out, since the point ends it.
   */
  private static boolean afterAbbreviatedOffice(List<Token> t, int k, SpeakerLexicon lex) {
    return k >= 2 && t.get(k - 1).text().equals(".") && t.get(k - 1).start() == t.get(k - 2).end()
        && t.get(k).start() > t.get(k - 1).end() && lex.titleRoles.containsKey(t.get(k - 2).norm());
  }

  /** Up to {@code n} body sentences that end at or before {@code offset}, the latest first. */
  List<Sentence> bodyBefore(int offset, int n) {
    List<Sentence> out = new ArrayList<>(n);
    for (int k = sentences.size() - 1; k >= 0 && out.size() < n; k--) {
      Sentence s = sentences.get(k);
      if (s.end() <= offset && s.role() == SentenceRole.BODY) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a body sentence before {@code offset} brings in someone unnamed with {@code noun}: after "a", "an" or
   * "one" and up to two words ("A 52-year-old man was arrested", "one lawmaker"), not in apposition after a comma
   * ("Jane Doe, a lawmaker from Lindby,", which names her).
   */
  boolean introducedUnnamed(String noun, int offset) {
    Pattern unnamed = Pattern.compile("(?<!,\\s)\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
        + Pattern.quote(noun) + "\\b");
    for (Sentence s : sentences) {
      if (s.start() >= offset) {
        break;
      }
      if (s.role() == SentenceRole.BODY
          && unnamed.matcher(s.text()).region(0, Math.min(s.text().length(), offset - s.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article gives {@code name} an office ("Mayor Karl Strand", "Karl Strand, the mayor"). */
  boolean holdsOffice(String name) {
    String[] k = known.get(name);
    return k != null && !k[0].isEmpty();
  }

  /** Whether the article writes {@code surname} after a title or an office ("Vice President Doe", "Mr. Doe"). */
  boolean writtenWithTitle(String surname) {
    return titledSurnames.contains(surname.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code surname} stands for a person the article never names in full: the body wrote it after an
   * office before any full name ending in it (or with none at all), and those full names hold other offices, are
   * of another generation or end a list of given names ("President Doe" above "the first lady, Jane Doe", "John Doe Jr."
   * or "Ann and Mary Doe"; "President Doe" above "John Q. Doe" is one person).
   */
  boolean standsForItself(String surname) {
    String key = surname.toLowerCase(Locale.ROOT);
    String office = officeFirst.get(key);
    if (office == null) {
      return false;
    }
    for (Person p : bySurname.getOrDefault(key, List.of())) {
      String[] k = known.get(p.name());
      if (!p.sharedSurname() && Generations.of(p.name()).isEmpty()
          && (k == null || k[0].isEmpty() || k[0].equals(office))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The full name a surname stands for at {@code offset}: the full name ending in it mentioned last before, else first
   * after. When the article names several people with that surname, the one its body has named in full most often
   * before {@code offset}, the first of equals (its principal: "Jane Doe" in a story that later mentions "Karl
   * Doe"; the son in a profile of the governor's son). The surname itself when it
   * {@linkplain #standsForItself stands for itself}. Empty when a courtesy title written there gives the other sex than
   * the full name's given name ("Mr. Lind" where the article's Lind is Lisa Lind).
   */
  Optional<String> bySurname(String surname, int offset) {
    Gender courtesy = courtesyAt.get(offset);
    Optional<String> found = bySurnameAlone(surname, offset);
    // "Mr. Lind" is not Lisa Lind, whoever else the article names Lind
    return courtesy == null ? found : found.filter(n -> {
      Gender byName = lex.givenNameGender(n);
      return byName == null || byName == courtesy;
    });
  }

  private Optional<String> bySurnameAlone(String surname, int offset) {
    String key = surname.toLowerCase(Locale.ROOT);
    List<Person> named = bySurname.getOrDefault(key, List.of());
    if (standsForItself(key)) {
      return Optional.of(surname);
    }
    Optional<Person> principal = principal(named, offset);
    if (principal.isPresent()) {
      return principal.map(Person::name);
    }
    Person before = null;
    Person after = null;
    int lo = 0;
    int hi = named.size();
    while (lo < hi) {   // the first mention at or after offset
      int mid = (lo + hi) >>> 1;
      if (named.get(mid).offset() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > 0) {
      before = named.get(lo - 1);
    } else if (lo < named.size()) {
      after = named.get(lo);
    }
    Person p = before != null ? before : after;
    return p == null ? Optional.empty() : Optional.of(p.name());
  }

  /**
   * The person the body has named in full most often before {@code offset} (the first of equals; the first named when
   * none is named before), when {@code named} (one surname's mentions) holds more than one person; "Jane Q. Doe"
   * and "Jane Doe" are one, and so are "Karl Lind" and a headline's "Endorses Karl Lind".
   */
  private Optional<Person> principal(List<Person> named, int offset) {
    List<Family> family = families.computeIfAbsent(named, People::family);
    if (family.size() < 2) {
      return Optional.empty();
    }
    // the one the body has named in full most often so far, the first of equals: a profile of the governor's son
    // names the son again and again and his father twice, so "Mr. Doe" there is the son
    Family best = family.get(0);
    int most = 0;
    for (Family f : family) {
      int times = f.before(offset);
      if (times > most) {
        best = f;
        most = times;
      }
    }
    // named as often: the one named last before, when that mention opens its sentence as its subject, with an office
    // or a given name ("But Councilwoman Eva Berg blasted outsiders. “…,” Berg wrote" after a quote of Tom Berg's);
    // not a relative named in passing ("she and her husband, Tomas Alvarez, paid"), who leaves it to the one named
    // first, nor a verb that opens a sentence before the surname ("Added Lind: “…”")
    Person latest = null;
    Family latestFamily = null;
    for (Family f : family) {
      int times = f.before(offset);
      if (most > 0 && times == most && (latest == null || f.mentions()[times - 1].offset() > latest.offset())) {
        latest = f.mentions()[times - 1];
        latestFamily = f;
      }
    }
    if (latest != null && latestFamily != best && opensSentence(latest) && (!latest.role().isEmpty()
        || lex.givenName(latest.name().split(" ", 2)[0]))) {
      best = latestFamily;
    }
    return Optional.of(best.first());
  }

  /** Whether a mention opens its sentence, after an opening conjunction at most ("But Councilwoman Eva Berg"). */
  private static boolean opensSentence(Person p) {
    if (p.aroundAt() >= AROUND) {
      return false;
    }
    String before = p.around().substring(0, p.aroundAt()).strip().toLowerCase(Locale.ROOT);
    return before.isEmpty() || Subjects.OPENING_CONJUNCTIONS.contains(before);
  }

  /**
   * The people one surname's body mentions name, in the order of their first mention: each with that mention, and all
   * of its body mentions and their offsets, ascending.
   */
  private record Family(Person first, int[] offsets, Person[] mentions) {
    /** How many of its mentions stand before {@code offset}. */
    int before(int offset) {
      int at = Arrays.binarySearch(offsets, offset);
      return at >= 0 ? at : -at - 1;
    }
  }

  /** The families of each surname's mentions, built when first asked (one article, one thread). */
  private final Map<List<Person>, List<Family>> families = new IdentityHashMap<>();

  private static List<Family> family(List<Person> named) {
    List<Person> firsts = new ArrayList<>();
    List<List<Person>> byPerson = new ArrayList<>();
    for (Person p : named) {
      if (!p.body()) {
        continue;
      }
      int f = 0;
      while (f < firsts.size() && !samePerson(firsts.get(f).name(), p.name())) {
        f++;
      }
      if (f == firsts.size()) {
        firsts.add(p);
        byPerson.add(new ArrayList<>());
      }
      byPerson.get(f).add(p);
    }
    List<Family> out = new ArrayList<>();
    for (int f = 0; f < firsts.size(); f++) {
      List<Person> mine = byPerson.get(f);
      out.add(new Family(firsts.get(f), mine.stream().mapToInt(Person::offset).toArray(), mine.toArray(new Person[0])));
    }
    return out;
  }

  private static boolean samePerson(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.endsWith(" " + y) || y.endsWith(" " + x) || x.equals(y)) {
      return true; // "Karl Lind" in a headline's "Endorses Karl Lind"
    }
    return x.substring(0, x.indexOf(' ')).equals(y.substring(0, y.indexOf(' ')))
        && Generations.of(x).equals(Generations.of(y)); // "Karl J. Lind", not "Karl Lind Jr."
  }

  /** The person a role description ("Russia's top diplomat") stands for. */
  Optional<String> byDescription(String description, int offset) {
    String[] rc = lex.describe(description);
    if (rc == null) {
      return Optional.empty();
    }
    List<String> qualifiers = capitalized(description, rc[2]);
    Predicate<Person> holder = p -> {
      String[] k = known.get(p.name());
      return holds(k[0], k[1], rc)
          && qualifiers.stream().allMatch(q -> QuoteFinder.wholeWord(p.around(), q) >= 0 || partyTag(p, q));
    };
    // "The Democratic senator also said …" refers back: to a senator named before it, not to the next one named
    boolean definite = description.regionMatches(true, 0, "the ", 0, 4);
    Optional<String> named = definite ? before(mentions, holder, offset) : nearest(mentions, holder, offset);
    if (definite && named.isPresent()) {
      named = Optional.of(lastWritten(named.get(), holder, offset));
    }
    if (named.isPresent() || !rc[2].isEmpty()) {
      return named;
    }
    // "the president" after "President Doe" (not "the minority leader"): the surname the office was written with
    Predicate<Person> titledHolder = p -> holds(p.role(), p.country(), rc);
    return definite ? before(titled, titledHolder, offset) : nearest(titled, titledHolder, offset);
  }

  /**
   * Of the holders of one office named in full before {@code offset}, the one whose surname the article writes last
   * before it, bare or in full ("Gov. Jane Doe named an aide … appointed by Gov. Ann Berg … Ms. Doe was asked whether
   * … “…,” the governor replied": Jane Doe); {@code last}, the holder named in full last, when no other holder's
   * surname stands after its name, or two holders share a surname.
   */
  private String lastWritten(String last, Predicate<Person> holder, int offset) {
    Map<String, String> bySurnameOf = new LinkedHashMap<>();
    for (Person p : mentions) {
      if (p.offset() >= offset) {
        break;
      }
      if (holder.test(p)) {
        String surname = lastWord(p.name());
        if (bySurnameOf.containsKey(surname) && !bySurnameOf.get(surname).equals(p.name())) {
          return last; // two holders of one surname: the surname tells them not apart
        }
        bySurnameOf.put(surname, p.name());
      }
    }
    String best = last;
    int bestAt = lastWrittenAt(lastWord(last), offset);
    for (Map.Entry<String, String> e : bySurnameOf.entrySet()) {
      int at = lastWrittenAt(e.getKey(), offset);
      if (at > bestAt) {
        best = e.getValue();
        bestAt = at;
      }
    }
    return best;
  }

  /** Where the article last writes {@code word} as a whole word, capitalised as given, before {@code offset}; -1 if not. */
  private int lastWrittenAt(String word, int offset) {
    for (int k = sentences.size() - 1; k >= 0; k--) {
      Sentence s = sentences.get(k);
      if (s.start() >= offset) {
        continue;
      }
      String text = s.text().substring(0, Math.min(s.text().length(), offset - s.start()));
      int found = QuoteFinder.lastWholeWord(text, word);
      if (found >= 0) {
        return s.start() + found;
      }
    }
    return -1;
  }

  /**
   * The one person the article named with {@code description} word for word before {@code offset}, in apposition
   * ("Eva Strand, the former Lindby mayor, said" for "The former Lindby mayor said") or right before the name ("former
   * Lindby mayor Eva Strand", also at the end of a longer phrase: "daughter of former Vice President Karl Lind"); empty
   * when it named nobody so, or more than one person. For descriptions {@link #byDescription} does not read as an
   * office held now ("former", a qualifier it does not know).
   */
  Optional<String> namedWith(String description, int offset) {
    return namedWith(description, offset, false);
  }

  /**
   * As {@link #namedWith(String, int)}, a description of one word allowed when {@code oneWord}: an occupation the
   * article writes before one person's name only ("actor Jo Lind" for "the actor"), where an office ("the
   * spokesman") names too many.
   */
  Optional<String> namedWith(String description, int offset, boolean oneWord) {
    String d = SPACES.matcher(description.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    d = d.startsWith("the ") ? d.substring(4) : d;
    if (d.indexOf(' ') < 0 && !oneWord) {
      return Optional.empty(); // "the spokesman": one word names too many
    }
    Pattern apposition = Pattern.compile("^[^,]{1,60}, (?:the|a|an) " + Pattern.quote(d) + "\\b");
    String found = null;
    for (Person p : mentions) {
      if (p.offset() >= offset) {
        break;
      }
      String after = p.around().substring(p.aroundAt());
      boolean named = after.startsWith(d + " ") || p.around().substring(0, p.aroundAt()).endsWith(d + " ")
          || apposition.matcher(after).find() && !namesBody(p.around().substring(0, p.aroundAt()), lex)
          || describedRightBefore(p, d);
      if (named && p.name().indexOf(' ') > 0) {
        if (found != null && !found.equals(p.name())) {
          return Optional.empty();
        }
        found = p.name();
      }
    }
    return found != null ? Optional.of(found) : beforeSurname(d, offset);
  }

  /**
   * The one person the article's body wrote with {@code description} (lower case) right before a bare surname before
   * {@code offset} ("Former President Roe said on Friday" for "the former president"): the full name that surname stands
   * for, else the surname. Empty when it wrote none, or more than one person so.
   */
  private Optional<String> beforeSurname(String description, int offset) {
    Pattern titled = Pattern.compile("(?i:\\b" + Pattern.quote(description).replace(" ", "\\E\\s+\\Q")
        + ")\\s+(\\p{Lu}[\\p{Ll}'\u2019-]+)\\b(?![\\s.]*\\p{Lu})");
    String found = null;
    for (Sentence s : sentences) {
      if (s.start() >= offset) {
        break;
      }
      if (s.role() != SentenceRole.BODY) {
        continue;
      }
      Matcher m = titled.matcher(s.text()).region(0, Math.min(s.text().length(), offset - s.start()));
      while (m.find()) {
        String surname = m.group(1);
        if (lowerCase.contains(surname.toLowerCase(Locale.ROOT))) {
          continue; // a word the article also writes in lower case is no surname ("Former President Reports")
        }
        String name = bySurname(surname, s.start() + m.start(1)).orElse(surname);
        if (found != null && !found.equals(name)) {
          return Optional.empty();
        }
        found = name;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A word and the comma that closes it right before a name: "his leadership committee, " (group 1, lower case). */
  private static final Pattern WORD_COMMA = Pattern.compile("(\\p{L}+),\\s*$");

  /** Words for an organisation that a name after a comma may name ("the group, Lindby Forward,"), besides {@code bodies.txt}. */
  private static final Set<String> ORGANISATIONS = Set.of("pac", "group", "party", "campaign", "company", "firm", "fund",
      "charity", "nonprofit", "coalition", "caucus", "movement", "network", "newspaper", "website", "organisation");

  /**
   * Whether a name written after {@code before} stands in apposition to an organisation that ends it ("through his
   * campaign committee, Lindby Forward, the former mayor said"): it names the organisation, so a role written after it
   * is not its holder's.
   */
  private static boolean namesBody(String before, SpeakerLexicon lex) {
    Matcher m = WORD_COMMA.matcher(before);
    if (!m.find()) {
      return false;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return lex.bodyWord(word) || ORGANISATIONS.contains(word);
  }

  /**
   * Whether the words right before the name of {@code p} itself, past an office its run holds, end with the description
   * {@code d}, lower case: "the daughter of former Vice President Karl Lind" for "former vice president".
   */
  private static boolean describedRightBefore(Person p, String d) {
    String around = SPACES.matcher(p.around()).replaceAll(" ");
    int at = around.indexOf(SPACES.matcher(p.name().toLowerCase(Locale.ROOT)).replaceAll(" "));
    return at >= 0 && around.substring(0, at).endsWith(d + " ");
  }

  /** The offices whose holders a newspaper calls by their state and party ("the Ohio Democrat", "the Utah Republican"). */
  private static final Set<String> ELECTED = Set.of("senator", "representative", "governor", "speaker", "mayor");

  /** A party word and up to two titles right before a name, lower case: "democratic sen. ", "republican ". */
  private static final Pattern PARTY_BEFORE =
      Pattern.compile("\\b(republican|democratic|democrat|independent)\\s+(?:[\\p{L}.]+\\s+){0,2}$");

  /**
   * The one person a place and a party written as a speaker stand for ("the North Dakota Democrat said", {@code place}
   * "North Dakota", {@code party} "Democrat"): of the people named in full before {@code offset} who hold an elected
   * office or are written with a party, those the article does not give another party; that one, or else the one of
   * them written beside the place ("Sen. Eva Marsh of Ohio"). Empty when the article names no such person, or several
   * and the place tells them not apart: the description then stays as written.
   */
  Optional<String> byPlaceAndParty(String place, String party, int offset) {
    Character letter = PARTY_TAGS.get(party.toLowerCase(Locale.ROOT));
    if (letter == null) {
      return Optional.empty();
    }
    Map<String, Boolean> fits = new LinkedHashMap<>(); // each candidate, and whether any mention gives another party
    Set<String> beside = new HashSet<>();
    String lowerPlace = place.toLowerCase(Locale.ROOT);
    String where = Pattern.quote(lowerPlace);
    Pattern placeBefore = Pattern.compile("\\b" + where + "\\s+(?:[\\p{L}.]+\\s+){0,2}$");
    Pattern placeAfter = Pattern.compile("^,?\\s+(?:of|from)\\s+" + where + "\\b");
    for (Person p : mentions) {
      if (p.offset() >= offset) {
        break;
      }
      if (p.name().indexOf(' ') < 0) {
        continue;
      }
      Character given = partyOf(p);
      if (given == null && !ELECTED.contains(known.get(p.name())[0])) {
        continue;
      }
      // a mention that writes the person with another state ("Sen. Eva Marsh of Ohio") rules them out, as another
      // party does
      boolean fit = (given == null || given.equals(letter)) && !besideAnotherState(p, lowerPlace);
      fits.merge(p.name(), fit, Boolean::logicalAnd);
      if (writtenBeside(p, placeBefore, placeAfter)) {
        beside.add(p.name());
      }
    }
    List<String> candidates = fits.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<String> placed = candidates.stream().filter(beside::contains).toList();
    return placed.size() == 1 ? Optional.of(placed.get(0)) : Optional.empty();
  }

  /** After a name: "of" or "from" a place, or a party tag's place ("eva marsh of ohio", "eva marsh (d-ohio)"). */
  private static final Pattern PLACE_AFTER = Pattern.compile("^,?\\s+(?:of|from)\\s+|^,?\\s*\\(?[rdi][-\u2013]\\s?");
  /** Dashes that end a dateline before a name ("ORVIK — Sen. Eva Marsh"). */
  private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "\u2013", "\u2014");
  /** Lower-case words and periods ("sen.", "north"), for reading the words beside a name. */
  private static final Pattern LOWER_WORD = Pattern.compile("[\\p{Ll}.]+");

  /**
   * Whether a mention writes its person with a US state other than {@code place} (lower case): "ohio sen. eva marsh",
   * past up to two titles within its sentence and after any dateline's dash, "eva marsh of ohio", "eva marsh, from
   * ohio" or "eva marsh (d-ohio)" against "north dakota".
   * States written as abbreviations ("d-calif.") are not read.
   */
  private boolean besideAnotherState(Person p, String place) {
    String name = p.name().toLowerCase(Locale.ROOT);
    int at = p.around().indexOf(name, p.aroundAt());
    if (at < 0) {
      return false;
    }
    String after = p.around().substring(at + name.length());
    Matcher m = PLACE_AFTER.matcher(after);
    List<String> next = new ArrayList<>();
    if (m.find()) {
      Matcher w = LOWER_WORD.matcher(after);
      w.region(m.end(), after.length());
      while (next.size() < 3 && w.lookingAt()) {
        String word = w.group();
        next.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
        int end = w.end();
        while (end < after.length() && after.charAt(end) == ' ') {
          end++;
        }
        w.region(end, after.length());
      }
    }
    for (int k = next.size(); k >= 1; k--) {
      String state = String.join(" ", next.subList(0, k));
      if (lex.state(state)) {
        return !state.equals(place);
      }
    }
    // back past titles only, to a dash or a sentence's end: "WASHINGTON — Sen. Eva Marsh" and "Ohio. Sen. Eva Marsh"
    // are no state of hers
    List<String> before = List.of(SPACES.split(p.around().substring(0, at).strip()));
    int end = before.size();
    for (int titles = 0; titles <= 2 && end > 0; titles++) {
      int from = end;
      while (from > 0 && end - from < 3 && !DATELINE_DASHES.contains(before.get(from - 1))
          && (from == end || !before.get(from - 1).endsWith("."))) {
        from--;
      }
      for (int k = end - from; k >= 1; k--) {
        String state = String.join(" ", before.subList(end - k, end));
        if (lex.state(state)) {
          return !state.equals(place);
        }
      }
      String word = before.get(end - 1);
      if (!lex.personTitle(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) {
        break;
      }
      end--;
    }
    return false;
  }

  /**
   * Whether a mention writes its person with a place: {@code before} finds it right before the name, past up to two
   * titles ("north dakota sen. eva marsh"), {@code after} right after it ("eva marsh of north dakota", "eva marsh, from
   * north dakota"); both in lower case, as {@link #byPlaceAndParty} makes them.
   */
  private static boolean writtenBeside(Person p, Pattern before, Pattern after) {
    String name = p.name().toLowerCase(Locale.ROOT);
    int at = p.around().indexOf(name, p.aroundAt());
    if (at < 0) {
      return false;
    }
    return before.matcher(p.around().substring(0, at)).find()
        || after.matcher(p.around().substring(at + name.length())).find();
  }

  /**
   * Whether the word at {@code offset} follows "the" and at most one lower-case word in its sentence ("the moderate
   * North Dakota Democrat"): a definite description refers back to someone named, "a North Dakota Democrat" to no one.
   */
  boolean afterDefiniteArticle(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset <= s.start() + s.text().length()) {
        return DEFINITE_BEFORE.matcher(s.text().substring(0, offset - s.start())).find();
      }
    }
    return false;
  }

  /** "the" and at most one lower-case word at the end of a text. */
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b[Tt]he\\s+(?:\\p{Ll}+\\s+)?$");

  /** The party a mention writes its person with, by the letter of {@link #PARTY_TAGS}: before the name or as a tag. */
  private static Character partyOf(Person p) {
    int at = p.around().indexOf(p.name().toLowerCase(Locale.ROOT), p.aroundAt());
    if (at >= 0) {
      Matcher m = PARTY_BEFORE.matcher(p.around().substring(0, at));
      if (m.find()) {
        return PARTY_TAGS.get(m.group(1));
      }
    }
    return taggedParty(p);
  }

  /** The letter a party tag after a name gives each party ("Sen. Jane Doe, R-Utah"). */
  private static final Map<String, Character> PARTY_TAGS = Map.of("republican", 'r', "democratic", 'd', "democrat", 'd',
      "independent", 'i');

  /** Whether an office and country hold a described role and country ({@code rc} as {@link SpeakerLexicon#describe}). */
  private static boolean holds(String role, String country, String[] rc) {
    return role.equals(rc[0]) && (rc[1].isEmpty() || country.isEmpty() || country.equals(rc[1]));
  }

  /**
   * The words of {@code qualifiers} (what a description says before its role: "foreign office" in "A Foreign
   * Office spokeswoman") that the description capitalizes: the body the person speaks for, which a person
   * it stands for must be named with ("Police spokesman Dave Gaskin" is not a Foreign Office spokeswoman).
   */
  private static List<String> capitalized(String description, String qualifiers) {
    if (qualifiers.isEmpty()) {
      return List.of();
    }
    Set<String> words = Set.of(qualifiers.split(" "));
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(description)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && words.contains(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  /**
   * Whether the party tag right after person {@code p}'s name ("Jane Doe, R-Utah", "Jane Doe (D-Ill.)", "Jane Doe (D.,
   * Ill.)") is the party {@code qualifier} names.
   */
  private static boolean partyTag(Person p, String qualifier) {
    Character letter = PARTY_TAGS.get(qualifier);
    return letter != null && letter.equals(taggedParty(p));
  }

  /** The letter of the first party tag right after person {@code p}'s surname ({@link #PARTY_TAG}); null if none. */
  private static Character taggedParty(Person p) {
    String surname = lastWord(p.name()).toLowerCase(Locale.ROOT);
    int at = p.around().indexOf(surname);
    while (at >= 0) {
      Matcher m = PARTY_TAG.matcher(p.around()).region(at + surname.length(), p.around().length());
      if (m.lookingAt()) {
        return (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0);
      }
      at = p.around().indexOf(surname, at + 1);
    }
    return null;
  }

  /** A party tag right after a name, in lower case as {@code around} is: ", r-utah", " (d-ill.)", " (d., ill.)". */
  private static final Pattern PARTY_TAG = Pattern.compile("\\s*(?:[(,]\\s*([rdi])-|\\(([rdi])\\.,\\s?)\\p{L}");

  /**
   * The person last named in the body before {@code offset} with {@code agent} (lower case: "attorney", "lawyer")
   * written right before the name ("Doe attorney Jane Roe", "his lawyer, Jane Roe") or after it in apposition
   * ("Jane Roe, Doe's attorney", "Jane Roe, a lawyer for Doe"): whom "the attorney said" means. {@code described},
   * lower case, is what the description says before the agent word ("lind's", "district"; empty for "the attorney"):
   * every word of it must stand with the name too, so "the district attorney" is not a defense attorney, nor "Lind's
   * lawyer" Doe's.
   */
  Optional<String> byAgent(String agent, String described, int offset) {
    List<String> words = described.isEmpty() ? List.of()
        : List.of(SPACES.split(described.replace('\u2019', '\'').replace("'s", "").strip()));
    List<Agent> written = agents.computeIfAbsent(agent, this::agents);
    for (int i = written.size() - 1; i >= 0; i--) {
      Agent a = written.get(i);
      if (a.offset() < offset && words.stream().allMatch(w -> QuoteFinder.wholeWord(a.phrase(), w) >= 0)) {
        return Optional.of(a.name());
      }
    }
    return Optional.empty();
  }

  /** A person the body names with an agent word, where, and the words written with it ("lind's", "district"). */
  private record Agent(int offset, String name, String phrase) {}

  /** The people named with each agent word, in text order, found when first asked (one article, one thread). */
  private final Map<String, List<Agent>> agents = new HashMap<>();

  private List<Agent> agents(String agent) {
    List<Agent> out = new ArrayList<>();
    for (Person p : mentions) {
      if (!p.body()) {
        continue;
      }
      String around = p.around().replace('\u2019', '\'');
      int at = Math.min(p.aroundAt(), around.length());
      String before = around.substring(Math.max(0, at - 40), at);
      String after = around.substring(at);
      Matcher b = AGENT_BEFORE.matcher(before);
      Matcher r = AGENT_IN_RUN.matcher(after);
      Matcher a = AGENT_AFTER.matcher(after);
      String given = p.name().substring(0, p.name().indexOf(' ') < 0 ? p.name().length() : p.name().indexOf(' '));
      String phrase = b.find() && b.group(2).equals(agent) ? b.group(1)
          : r.lookingAt() && r.group(2).equals(agent)
              && after.regionMatches(true, r.end(), given, 0, given.length()) ? r.group(1)
          : a.find() && a.group(2).equals(agent) ? a.group(1) + a.group(3) : null;
      if (phrase != null) {
        out.add(new Agent(p.offset(), p.name(), phrase));
      }
    }
    return out;
  }

  /** An agent word right before a name, with the words before it: "lind attorney ", "his lawyer, ". */
  private static final Pattern AGENT_BEFORE = Pattern.compile(
      "((?:[\\p{L}.']+\\s+){0,2})" + AGENT + ",?\\s+$");
  /** An agent word written capitalised in the name's own run, before the name: "district attorney karl lind". */
  private static final Pattern AGENT_IN_RUN = Pattern.compile(
      "((?:[\\p{L}.']+\\s+){0,2}?)" + AGENT + "\\s+");
  /**
   * An agent word in apposition after a name, with the words between: ", lind's attorney", ", mr. lind's lawyer", ", a
   * lawyer for lind", ", the district attorney" (a determiner or possessive, one more word, the agent, perhaps "for"
   * whom).
   */
  private static final Pattern AGENT_AFTER = Pattern.compile("^[^,]{1,40},\\s+((?:(?:the|a|an|his|her|their)\\s+"
      + "|(?:[\\p{L}.]+\\s+)?[\\p{L}.]+'s\\s+)?(?:[\\p{L}-]+\\s+)?)" + AGENT
      + "((?:\\s+(?:for|to)\\s+[\\p{L}.]+)?)");

  /** The last person of {@code people} before {@code offset} that passes {@code test}. */
  private static Optional<String> before(List<Person> people, Predicate<Person> test, int offset) {
    Person before = null;
    for (Person p : people) {
      if (p.offset() < offset && test.test(p)) {
        before = p;
      }
    }
    return before == null ? Optional.empty() : Optional.of(before.name());
  }

  private static Optional<String> nearest(List<Person> people, Predicate<Person> test, int offset) {
    Person before = null;
    Person after = null;
    for (Person p : people) {
      if (!test.test(p)) {
        continue;
      }
      if (p.offset() < offset) {
        before = p;
      } else if (after == null) {
        after = p;
      }
    }
    Person p = before != null ? before : after;
    return p == null ? Optional.empty() : Optional.of(p.name());
  }

  /** The surname: the last word, or the one before a generation ("Jesse Jackson Jr." is a Jackson). */
  private static String lastWord(String name) {
    String n = Generations.without(name);
    return n.substring(n.lastIndexOf(' ') + 1);
  }
}
