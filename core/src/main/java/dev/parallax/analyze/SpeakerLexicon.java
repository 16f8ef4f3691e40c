package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.AUX;
import static dev.parallax.analyze.SpeechPatterns.CLAUSE_END;
import static dev.parallax.analyze.SpeechPatterns.INVERSION_VERB;
import static dev.parallax.analyze.SpeechPatterns.NAME;
import static dev.parallax.analyze.SpeechPatterns.VERB;

import dev.parallax.internal.GivenNames;
import dev.parallax.internal.ResourceLines;
import dev.parallax.internal.SpeakingSources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The role, country, title, office and place lists that speakers are read with ({@code dev/parallax/lexicon/}). */
final class SpeakerLexicon {
  /** Last words of media names: a name ending in one is a medium, not a person. */
  private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "press", "agency", "tv", "television",
      "radio", "journal", "telegraph", "herald", "gazette", "tribune", "daily", "network", "broadcasting", "channel",
      "magazine", "wire", "newspaper", "reuters", "bloomberg", "insider", "guardian", "independent", "observer");
  private static final SpeakerLexicon STANDARD = load();

  final Map<String, String> roles;
  final Map<String, String> countries;
  final Set<String> titles;
  /** Abbreviated offices among the titles and the role each stands for ("gov": governor), lower case. */
  final Map<String, String> titleRoles;
  /** Words naming an office or a body ({@code offices.txt}), lower case. */
  final Set<String> offices;
  /** The length of the longest office word. */
  final int longestOffice;
  /** Words that make a name a place or a body ({@code places.txt}), lower case. */
  private final Set<String> places;
  /** Words that head a body's name written "X of Y" ({@code bodies.txt}), lower case. */
  private final Set<String> bodies;
  final Pattern roleVerb;
  /**
   * A definite role description, an aside between commas that opens with a lower-case word, then a verb of saying:
   * "The mayor, speaking from the town hall on Monday, said", "the congressman, without offering specifics, said"
   * (group 1). Not an aside that opens with a name ("the mayor, Jane Doe, said"), a conjunction or a pronoun; not a
   * role inside a longer phrase ("the spokesman for the mayor, speaking …, said", "the wife of the mayor"): the words
   * before the role are modifiers ("former", "Lindby", "deputy"), none of "of", "for", "to", "with", "the", "a" or
   * another role.
   */
  final Pattern roleAsideVerb;
  /**
   * Inversion with a description ending in an office before the name: "said Roe press secretary Jane Doe",
   * "said the Democratic leader of the Senate, John Doe", "said attorney Jane Doe of the Lindby Law Center".
   */
  final Pattern verbDescribedName;
  /** Inversion with a role description: "said the president", "said a Foreign Office spokeswoman." */
  final Pattern verbRole;
  /** The last word of any role phrase: a cheap test before the role patterns run. */
  final Pattern roleWord;
  /** A cheap test before {@link #sourceVerb} runs: a source word anywhere. */
  final Pattern sourceWord;
  /** A source described and a finite verb of saying: "the company said", "The indictment says" (group 1). */
  final Pattern sourceVerb;
  /** A verb of saying, then a source as its subject: "says the letter", "said the indictment." (group 1). */
  final Pattern verbSource;
  /**
   * "according to" a source (group 1: "the indictment"), perhaps with who issued it: a name (group 2, "a statement
   * from the Department of Justice") or another source (group 3, "a statement released by the mayor's office").
   */
  final Pattern accordingSource;
  private final Set<String> roleLastWords;
  /** The last words of the roles written before a name ("chief justice", "foreign minister"; no "X of Y"). */
  private final Set<String> officeWords;
  /** The first word of any role phrase. */
  final Set<String> roleFirstWords;
  private final Pattern roleBefore;
  private final Pattern roleAfter;

  private SpeakerLexicon(Map<String, String> roles, Map<String, String> countries, Set<String> titles,
      Map<String, String> titleRoles, Set<String> offices, Set<String> places, Set<String> bodies) {
    this.roles = roles;
    this.countries = countries;
    this.titles = titles;
    this.titleRoles = titleRoles;
    this.offices = offices;
    this.longestOffice = offices.stream().mapToInt(String::length).max().orElse(0);
    this.places = places;
    this.bodies = bodies;
    List<String> phrases = new ArrayList<>(roles.keySet());
    phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alt = new StringBuilder();
    for (String p : phrases) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
    }
    String role = "(?:" + alt + ")";
    Set<String> sources = new TreeSet<>(SpeakingSources.words()); // sorted: the pattern is the same on every JVM
    Set<String> last = new TreeSet<>();
    for (String p : phrases) {
      last.add(p.substring(p.lastIndexOf(' ') + 1));
    }
    this.roleLastWords = Set.copyOf(last);
    Set<String> beforeNames = new TreeSet<>();
    for (String p : phrases) {
      if (!p.contains(" of ")) {
        beforeNames.add(p.substring(p.lastIndexOf(' ') + 1));
      }
    }
    this.officeWords = Set.copyOf(beforeNames);
    Set<String> first = new TreeSet<>();
    for (String p : phrases) {
      int sp = p.indexOf(' ');
      first.add(sp < 0 ? p : p.substring(0, sp));
    }
    this.roleFirstWords = Set.copyOf(first);
    this.roleWord = Pattern.compile("(?i)\\b(?:" + String.join("|", last.stream().map(Pattern::quote).toList()) + ")\\b");
    String source = "(?:" + String.join("|", sources.stream().map(Pattern::quote).toList()) + ")";
    this.sourceWord = Pattern.compile("(?i)\\b" + source + "\\b");
    // "the", "a", "an" or a possessive ("Russia's") that opens a description, as group 1 with what follows
    String determiner = "\\b((?:[Tt]he|[Aa]n?|[A-Z][\\p{L}.]*(?:'s|\u2019s))\\s+";
    String description = determiner + "(?:[\\p{L}.\\-]+\\s+){0,3}?" + role + ")";
    // a body or document that speaks for itself, with a finite verb: "the company said", "the indictment says"; not
    // "issued a statement saying", where the one who issued it speaks
    // its modifiers may be possessive or hold a figure: "the special counsel's filing said", "the 47-page
    // indictment says";
    // and it may be said who issued it: "the statement released by each office said" (a document "from" a body lets
    // the body speak: "a statement from the committee said" is the committee's, see Attribution)
    String issuer = "[\\p{L}\\p{N}.'\u2019\\-]+(?:\\s+[\\p{L}\\p{N}.'\u2019\\-]+){0,2}?"; // "each office", not a clause
    // or a body named with "and": "the Health and Human Services Department said"
    String capitalised = "\\p{Lu}[\\p{L}.'\u2019\\-]*\\s+";
    this.sourceVerb = Pattern.compile(determiner + "(?:(?:[\\p{L}\\p{N}.'\u2019\\-]+\\s+){0,2}?|(?:" + capitalised
        + "){1,3}(?:and|&)\\s+(?:" + capitalised + "){0,3})(?i:" + source + "))"
        + "(?:\\s+(?:released|issued|sent|posted|published|filed)\\s+by\\s+" + issuer + ")?" + AUX
        + "\\s+(?!\\p{L}+ing\\b)" + VERB + "\\b");
    // "according to the indictment", "according to court documents", "according to a statement from the
    // Department of Justice" (group 2, a name) or "… released by the mayor's office" (group 3, a source)
    this.accordingSource = Pattern.compile("\\b[Aa]ccording\\s+to\\s+((?:(?:the|a|an|[A-Z][\\p{L}.]*(?:'s|\u2019s))\\s+)?"
        + "(?:[\\p{L}\\p{N}.'\u2019\\-]+\\s+){0,2}(?i:" + source + "))\\b" // "the court document", not "the court"
        + "(?:\\s+(?:(?:released|issued|sent|posted|published|filed|(?:co-?)?(?:signed|written|authored|penned|drafted))"
        + "\\s+)?(?:from|by)\\s+(?:(?:the\\s+)?" + NAME
        + "|((?:the|a|an|[A-Z][\\p{L}.]*(?:'s|\u2019s))\\s+(?:[\\p{L}.'\u2019\\-]+\\s+){0,2}?(?i:" + source + "))\\b))?");
    this.verbSource = Pattern.compile(INVERSION_VERB + "\\s+((?:the|a|an)\\s+(?:[\\p{L}\\p{N}.'\u2019\\-]+\\s+){0,2}?(?i:"
        + source + "))(?=" + CLAUSE_END + ")");
    this.roleVerb = Pattern.compile("(?i:" + description + ")" + AUX + "\\s+" + VERB + "\\b");
    // its modifiers only ("the former mayor", "the Lindby mayor"): not the role inside a longer phrase, "the
    // spokesman for the mayor", "the wife of the mayor", where someone else is the subject
    String modifier = "(?!(?:of|for|to|with|the|a|an|" + role + ")\\s)[\\p{L}.\\-]+\\s+";
    this.roleAsideVerb = Pattern.compile("\\b([Tt]he\\s+(?i:(?:" + modifier + "){0,3}?" + role + "))"
        + ",\\s+(?!(?:and|but|or|yet|while|although|though|because|he|she|they|it|we|i)\\s)\\p{Ll}"
        + "[^,\"\u201C\u201D\u0001]{1,120}+," + AUX + "\\s+" + VERB + "\\b");
    String office = "(?:" + String.join("|", offices.stream().sorted().map(Pattern::quote).toList()) + ")";
    // or a title as abbreviated before a name: "said sheriff's Sgt. Jane Doe"
    String title = "(?:" + String.join("|", titles.stream().filter(t -> !offices.contains(t)).sorted()
        .map(Pattern::quote).toList()) + ")";
    this.verbDescribedName = Pattern.compile(INVERSION_VERB
        + "\\s+(?:(?:the|a|an)\\s+)?(?:(?!of\\s)[\\p{L}'\u2019.\\-]+\\s+){0,4}?(?i:" + office + "|" + title + "\\.)"
        + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3}){0,2}"
        // or its field in lower case, one or two words: "said director of research Jane Doe"
        + "(?:\\s+(?:of|for)\\s+(?!(?:the|a|an|his|her|their|its)\\s)\\p{Ll}[\\p{Ll}\\-]+(?:\\s+(?:and\\s+)?\\p{Ll}[\\p{Ll}\\-]+)?"
        + "(?=\\s+\\p{Lu}))?,?\\s+" + NAME
        + "(?=" + CLAUSE_END + "|\\s+\\([^()]{1,12}\\)|\\s+of\\s+the\\s+\\p{Lu})");
    this.verbRole = Pattern.compile(INVERSION_VERB + "\\s+(?i:" + description + ")(?=" + CLAUSE_END + ")");
    this.roleBefore = Pattern.compile("(?i)(?:([\\p{L}.]+?)(?:'s|\u2019s)?\\s+)?(?:top\\s+)?(" + role + "),?\\s*$");
    this.roleAfter = Pattern.compile("(?i)^,\\s+(?:the\\s+)?(?:([\\p{L}.]+?)(?:'s|\u2019s)?\\s+)?(?:top\\s+)?(" + role + ")\\b");
  }

  /**
   * Whether {@code word} (lower case) is a title or the last word of a role written before a person's name
   * ("Justice", "Minister"; not "State" of "Secretary of State").
   */
  boolean personTitle(String word) {
    return titles.contains(word) || officeWords.contains(word);
  }

  private static SpeakerLexicon load() {
    Map<String, String> roles = new TreeMap<>();
    for (String[] r : tsv("roles.txt")) {
      roles.put(r[0], r[1]);
    }
    Map<String, String> countries = new TreeMap<>();
    for (String[] r : tsv("demonyms.txt")) {
      countries.put(r[0], r[1]);
    }
    List<String> titles = new ArrayList<>();
    Map<String, String> titleRoles = new TreeMap<>();
    for (String[] r : tsv("titles.txt")) {
      titles.add(r[0]);
      if (r.length > 1) {
        titleRoles.put(r[0], r[1]);
      }
    }
    Set<String> offices = new TreeSet<>();
    for (String line : ResourceLines.read("dev/parallax/lexicon/offices.txt")) {
      offices.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return new SpeakerLexicon(Map.copyOf(roles), Map.copyOf(countries), Set.copyOf(titles), Map.copyOf(titleRoles),
        Set.copyOf(offices), words("places.txt"), words("bodies.txt"));
  }

  /** The words of a list in {@code dev/parallax/lexicon/}, lower case. */
  private static Set<String> words(String file) {
    Set<String> out = new TreeSet<>();
    for (String line : ResourceLines.read("dev/parallax/lexicon/" + file)) {
      out.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return Set.copyOf(out);
  }

  /**
   * Whether {@code name} is a body's name written "X of Y" ("Department of Justice", "U.S. Department of
   * Agriculture", "Bank of England"): the word before its first "of" heads a body ({@code bodies.txt}). Not a
   * person from somewhere ("Jane Doe of Ohio") or a title ("Secretary of State").
   */
  boolean bodyName(String name) {
    int of = name.indexOf(" of ");
    if (of <= 0) {
      return false;
    }
    String head = name.substring(name.lastIndexOf(' ', of - 1) + 1, of);
    return !head.isEmpty() && Character.isUpperCase(head.charAt(0)) && bodies.contains(head.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} (any case) heads a body's name ({@code bodies.txt}: "Department", "Office", "Ministry"). */
  boolean bodyWord(String word) {
    return bodies.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code name} can be a person's: not in capitals, no place, body or country word in it, except a
   * surname after a listed given name ("Jim Jordan", "Michael Jordan" are people; "Jordan" alone is a country).
   */
  boolean personLike(String name) {
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    boolean givenNameFirst = words.length >= 2 && GivenNames.standard().isListed(words[0]);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean surname = givenNameFirst && i == words.length - 1;
      if (offices.contains(w) || !surname && (places.contains(w) || countries.containsKey(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code word} (lower case) names a person by what they do ("attorney", "spokesman", "aide"): an office word
   * that is no body's ("office", "department") and no body or document that speaks for itself ("campaign").
   */
  boolean agentWord(String word) {
    return offices.contains(word) && !bodies.contains(word) && !places.contains(word)
        && !SpeakingSources.words().contains(word);
  }

  /**
   * Whether {@code name} ends in a word media names end in ("Fox News", "The Moscow Times", "The Lindby Herald"), and is
   * not a person's name that ends so ("Michael Herald": a listed given name first).
   */
  boolean medium(String name) {
    String[] words = SpeechPatterns.SPACES.split(name.strip().toLowerCase(Locale.ROOT));
    return MEDIA_WORDS.contains(words[words.length - 1])
        && !(words.length >= 2 && GivenNames.standard().isListed(words[0]));
  }

  /**
   * Whether {@code name} names a country, a body or a medium rather than a person: written in capitals
   * ("NATO", "BBC"), made only of country, place and office words ("Russia", "the Kremlin"), or ending in a
   * word media names end in ("Fox News", "The Moscow Times"), or a body's name written "X of Y".
   */
  boolean institution(String name) {
    String n = name.strip();
    if (n.length() >= 2 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    String[] words = n.toLowerCase(Locale.ROOT).split("\\s+");
    if (medium(n) || SpeakingSources.isSource(n) || bodyName(n)) {
      return true;
    }
    for (String w : words) {
      String p = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
      if (!p.equals("the") && !countries.containsKey(p) && !offices.contains(p) && !places.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** {role, country, the words before the role} of a description such as "the top Russian diplomat", or null. */
  String[] describe(String description) {
    String country = "";
    List<String> rest = new ArrayList<>();
    for (String w : description.toLowerCase(Locale.ROOT).split("\\s+")) {
      String p = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
      if (countries.containsKey(p)) {
        country = countries.get(p);
      } else if (!p.equals("the") && !p.equals("a") && !p.equals("an")) {
        rest.add(p);
      }
    }
    for (int from = 0; from < rest.size(); from++) {
      String key = roles.get(String.join(" ", rest.subList(from, rest.size())));
      if (key != null) {
        return new String[] {key, country, String.join(" ", rest.subList(0, from))};
      }
    }
    return null;
  }

  String[] roleBefore(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String last = text.substring(start, end).toLowerCase(Locale.ROOT);
    String abbreviated = last.endsWith(".") ? titleRoles.get(last.substring(0, last.length() - 1)) : null;
    if (abbreviated != null) {
      // "Gov. Jane Doe", "Maine Gov. Jane Doe": the governor; "Lt. Gov. Jane Doe" holds another office
      String[] words = SpeechPatterns.SPACES.split(text.substring(0, start).trim().toLowerCase(Locale.ROOT));
      String previous = words[words.length - 1].replace(".", "");
      return PersonName.OTHER_OFFICE.contains(previous) ? null
          : new String[] {abbreviated, countries.getOrDefault(previous, "")};
    }
    if (!roleLastWords.contains(last)) {
      return null;
    }
    Matcher m = roleBefore.matcher(text);
    return m.find() ? roleOf(m) : null;
  }

  String[] roleAfter(String text) {
    if (!text.startsWith(",")) {
      return null;
    }
    Matcher m = roleAfter.matcher(text);
    return m.find() ? roleOf(m) : null;
  }

  private String[] roleOf(Matcher m) {
    String role = roles.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (role == null) {
      return null;
    }
    String c = m.group(1) == null ? "" : countries.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), "");
    return new String[] {role, c};
  }

  private static List<String[]> tsv(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : ResourceLines.read("dev/parallax/lexicon/" + name)) {
      out.add(line.split("\t"));
    }
    return out;
  }

  /**
   * The sex a person's full name gives by its first given name ("Lisa Lind": female), or null when the name is not
   * listed or is given to both sexes ("Jordan Lind").
   */
  People.Gender givenNameGender(String fullName) {
    int space = fullName.indexOf(' ');
    return space <= 0 ? null : GivenNames.standard().sexOf(fullName.substring(0, space))
        .map(sex -> sex == GivenNames.Sex.FEMALE ? People.Gender.FEMALE : People.Gender.MALE).orElse(null);
  }

  /** US states as written in full ({@code states.txt}), lower case. */
  private static final Set<String> STATES = Set.copyOf(ResourceLines.read("dev/parallax/lexicon/states.txt").stream()
      .map(line -> line.strip().toLowerCase(Locale.ROOT)).toList());

  /** Whether {@code name} is a US state written in full ("North Dakota"), in any case. */
  boolean state(String name) {
    return STATES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code name} is where a town is: a US state written in full ("New York") or a country, its adjective or its
   * capital ({@code demonyms.txt}).
   */
  boolean stateOrCountry(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return STATES.contains(n) || countries.containsKey(n);
  }

  /**
   * Whether {@code name} is a state's or a country's own name ("North Dakota", "Ireland"), as a lawmaker is called by
   * the place of the seat ("the North Dakota Democrat"); not an adjective ("Danish", as in a newspaper's name "the
   * Danish Independent") nor a capital. A country's own name is the {@code demonyms.txt} entry that names itself.
   */
  boolean placeName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return STATES.contains(n) || n.equals(countries.get(n));
  }

  /** Whether {@code word} is a listed given name ("Jane", "Jim"), in either given-name list ({@link GivenNames}). */
  boolean givenName(String word) {
    return GivenNames.standard().isGivenName(word);
  }

  /** The lists shipped with Parallax, loaded once. */
  static SpeakerLexicon standard() {
    return STANDARD;
  }
}
