package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.SPACES;

import dev.parallax.internal.Generations;
import dev.parallax.internal.GivenNames;
import dev.parallax.internal.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A capitalised name split into a role and country prefix and the name proper. */
record PersonName(List<String> words, String role, String country) {
  /** Legislatures and parties: a name with one of these words is a body, not a person ("Senate Republicans"). */
  static final Set<String> BODY_WORDS =
      Set.of("house", "senate", "congress", "parliament", "assembly", "legislature", "republicans", "democrats");
  /** English function words ({@code stopwords.txt}): no word of a person's name. */
  static final Set<String> STOP_WORDS = Set.copyOf(ResourceLines.read("dev/parallax/align/stopwords.txt"));
  /** Words that open a clause and are no function words of the aligner's list: never the start of a name. */
  static final Set<String> CLAUSE_OPENERS =
      Set.of("although", "whereas", "since", "unless", "whenever", "despite", "meanwhile", "still", "plus");
  /** Determiners that open a description, never a name: "One Facebook user", "Another Lindby resident". */
  static final Set<String> DETERMINERS = Set.of("one", "another", "each", "every");
  /** Function words that are also given names ("Will Smith", "Can Dündar"), kept at the start of a name. */
  private static final Set<String> NAME_LIKE_STOP_WORDS = Set.of("will", "may", "can", "do");
  /** Lower-case particles inside a surname: "Bill de Blasio", "Ursula von der Leyen", "Mohammed bin Salman". */
  static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn",
      "dos", "das", "du", "ter");
  /** A particle joined to the surname it stands before: "diGenova", "vanKirk". */
  private static final Pattern JOINED_PARTICLE = Pattern.compile("(?:" + String.join("|", PARTICLES.stream().sorted().toList())
      + ")\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*");

  /**
   * Whether {@code word} is a surname written with its particle joined on ("diGenova", "vanKirk"): a name's word,
   * though it opens in lower case.
   */
  static boolean joinedParticle(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && hasCapital(word)
        && JOINED_PARTICLE.matcher(word).matches();
  }

  /**
   * Whether a character of {@code word} is upper case: what a joined particle's surname has and almost no other word
   * in lower case has, read before the regex runs (the analyzer asks this of every word it reads in lower case).
   */
  private static boolean hasCapital(String word) {
    for (int i = 1; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
      if (Character.isUpperCase(word.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Party words written before a name or after a state ("Republican Pat Toomey", "the Arizona Republican"). */
  static final Set<String> AFFILIATIONS = Set.of("republican", "republicans", "democrat", "democrats", "democratic",
      "independent", "gop");
  /** Words that make the office after them another one: a vice president is not the president. */
  static final Set<String> OTHER_OFFICE = Set.of("vice", "deputy", "assistant", "associate", "under", "former",
      "ex", "acting", "interim", "lt", "lieutenant");
  /** Initials without their last period: "J", "A.J". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

  /**
   * Whether the first of three capitalised words describes the person the other two name: a word that is no given name
   * before a listed given name and a surname ("Foreman John Miller said", "Nurse Eva Strand"). A job or role written
   * before a name is capitalised at the start of a sentence or as a title, listed among the offices or not; a given
   * name before a given name ("Mary Jane Doe") and a longer run ("Mill Foreman John Miller") are left as they are.
   */
  private static boolean describesGivenName(List<String> w, SpeakerLexicon lex) {
    if (w.size() != 3) {
      return false;
    }
    String head = w.get(0);
    String lower = head.toLowerCase(Locale.ROOT);
    if (lex.offices.contains(lower) || lex.titles.contains(lower) || lex.roleFirstWords.contains(lower)
        || lex.countries.containsKey(lower)) {
      return false; // an office, a title or a role is read below, with the role it gives ("President Jane Doe")
    }
    return head.chars().allMatch(Character::isLetter) && !lex.givenName(head) && lex.givenName(strip(w.get(1)))
        && !lex.givenName(strip(w.get(2))) && !PARTICLES.contains(strip(w.get(2)));
  }

  static PersonName parse(String raw, SpeakerLexicon lex) {
    List<String> w = new ArrayList<>(List.of(SPACES.split(raw)));
    for (int k = 0; k + 1 < w.size(); k++) {
      w.set(k, FUTURE_OFFICE.matcher(w.get(k)).replaceFirst("")); // "House Speaker-to-be Jane Doe": the speaker
    }
    // a state written before a title or a party: "Ohio Sen. Jane Doe", "New York Rep. Karl Lind", "New Jersey Democrat
    // Karl Lind"
    for (int n = 1; n <= 2 && w.size() > n + 1; n++) {
      String place = String.join(" ", w.subList(0, n));
      String next = strip(w.get(n)).toLowerCase(Locale.ROOT);
      if (lex.stateOrCountry(place) && (lex.titles.contains(next.replace(".", ""))
          || w.size() > n + 2 && AFFILIATIONS.contains(next))) {
        w.subList(0, n).clear();
        break;
      }
    }
    String role = "";
    String country = "";
    boolean changed = true;
    String removed = "";
    String countryWord = ""; // a country or capital written before the name, not possessive ("France Telecom")
    while (!w.isEmpty() && changed) {
      changed = false;
      String head = strip(w.get(0)).toLowerCase(Locale.ROOT);
      String title = head.replace(".", "");
      if (role.isEmpty() && lex.titleRoles.containsKey(title) && !OTHER_OFFICE.contains(removed)) {
        role = lex.titleRoles.get(title); // "Gov. Jane Doe": the governor; not "Lt. Gov. Jane Doe"
      }
      if (head.equals("the") || head.equals("of") || head.equals("former") || head.equals("top")
          || w.size() > 2 && AFFILIATIONS.contains(head)
              && GivenNames.standard().isListed(strip(w.get(1)).toLowerCase(Locale.ROOT))
          || describesGivenName(w, lex)
          || lex.titles.contains(head.replace(".", ""))
          || w.size() > 1 && (STOP_WORDS.contains(head) && !NAME_LIKE_STOP_WORDS.contains(head)
              || CLAUSE_OPENERS.contains(head) || DETERMINERS.contains(head) || lowerCaseAfterHyphen(strip(w.get(0))))) {
        w.remove(0);
        removed = title;
        countryWord = "";
        changed = true;
        continue;
      }
      String possessive = head.endsWith("'s") || head.endsWith("\u2019s") ? head.substring(0, head.length() - 2) : head;
      if (lex.countries.containsKey(possessive)) {
        country = lex.countries.get(possessive);
        countryWord = possessive.equals(head) ? strip(w.get(0)) : "";
        w.remove(0);
        changed = true;
        continue;
      }
      if (!lex.roleFirstWords.contains(head)) {
        continue;
      }
      for (int len = Math.min(4, w.size()); len >= 1; len--) {
        String phrase = String.join(" ", w.subList(0, len)).toLowerCase(Locale.ROOT);
        String key = lex.roles.get(phrase);
        if (key != null) {
          role = OTHER_OFFICE.contains(removed) ? "" : key; // "Deputy Mayor Jane Doe" is not the mayor
          w.subList(0, len).clear();
          countryWord = "";
          changed = true;
          break;
        }
      }
    }
    // "Airlines CEO Jane Doe", "Archbishop of Paris Jean Doe", "Maine Gov. Paul LePage": the name follows the last
    // office word or title
    int office = -1;
    for (int k = 0; k + 1 < w.size(); k++) {
      if (w.get(k).length() > lex.longestOffice + 1) {
        continue; // longer than any office or title, with a period or comma after it
      }
      String x = strip(w.get(k)).toLowerCase(Locale.ROOT);
      if (lex.offices.contains(x) || lex.titles.contains(x)) {
        office = k;
      }
    }
    if (office >= 0) {
      if (role.isEmpty()) {
        role = officeRole(w, office, lex);
      }
      w.subList(0, office + 1).clear();
      String link = w.size() > 2 ? strip(w.get(0)) : "";
      if (link.equals("of") || link.equals("for")) {
        // "Archbishop of Paris Jean Doe"; "Director of National Intelligence James Clapper": the body runs to the
        // given name that opens the person's name; with no listed given name, a name is its last two words
        // ("Chief of Staff for Security Jane Doe")
        int given = Math.max(2, w.size() - 2);
        if (given > 2 && Generations.is(strip(w.get(w.size() - 1)))) {
          given--; // "Jane Doe Jr."
        }
        String before = w.get(given);
        if (given > 2 && before.endsWith(".") && INITIALS.matcher(before.substring(0, before.length() - 1)).matches()) {
          given--; // "Jane Q. Doe"
        }
        for (int m = 2; m + 1 < w.size(); m++) {
          if (GivenNames.standard().isListed(strip(w.get(m)).toLowerCase(Locale.ROOT))) {
            given = m;
            break;
          }
        }
        w.subList(0, given).clear();
      }
    }
    while (w.size() > 2 && (w.get(0).endsWith("'s") || w.get(0).endsWith("\u2019s"))) {
      w.remove(0); // "Twitter's Adam Sharp", "NBC's Chuck Todd": the employer, not the name
    }
    List<String> words = new ArrayList<>();
    for (String x : w) {
      String s = strip(x);
      if (s.isEmpty() || s.endsWith("'s") || s.endsWith("\u2019s") || s.equals("of") || s.equals("for")) {
        return new PersonName(List.of(), role, country);
      }
      words.add(s);
    }
    if (!countryWord.isEmpty() && role.isEmpty() && office < 0 && words.size() == 1) {
      // "France Telecom", "Paris Hilton": a place written right before one more word, with no office between, is part
      // of the name ("French President Jane Doe" and "Russia's Lavrov" keep the country apart)
      return new PersonName(List.of(countryWord, words.get(0)), role, "");
    }
    return new PersonName(words, role, country);
  }

  /**
   * The role an office word right before a name holds by itself ("New York Mayor Bill de Blasio", "House Speaker Jane
   * Doe": the mayor, the speaker), empty when the word is no role of its own name ("Majority Leader" is no head of
   * state) or a word before it makes it another office ("Vice President", "Deputy Mayor").
   */
  private static String officeRole(List<String> w, int office, SpeakerLexicon lex) {
    String x = strip(w.get(office)).toLowerCase(Locale.ROOT);
    String abbreviated = lex.titleRoles.get(x); // "Maine Gov. Jane Doe"
    String key = abbreviated != null ? abbreviated : lex.roles.get(x);
    if (abbreviated == null && !x.equals(key)
        || office > 0 && OTHER_OFFICE.contains(strip(w.get(office - 1)).toLowerCase(Locale.ROOT))) {
      return "";
    }
    return key;
  }

  /**
   * A hyphenated word whose part after a hyphen is in lower case, a compound common noun that opens no name
   * ("Singer-guitarists Tom Johnston", "Co-founder Jane Doe"); names keep their capitals ("Ocasio-Cortez").
   */
  /** The end of an office not yet taken up: "Speaker-to-be", "Representative-elect", "Secretary-designate". */
  private static final Pattern FUTURE_OFFICE = Pattern.compile("(?<=\\p{L})-(?:to-be|elect|designate)$");

  static boolean lowerCaseAfterHyphen(String word) {
    for (int c = 1; c + 1 < word.length(); c++) {
      if (word.charAt(c) == '-' && Character.isLowerCase(word.charAt(c + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is an initial or initials ("T.", "A.J."). */
  private static boolean isInitial(String word) {
    return word.endsWith(".") && INITIALS.matcher(word.substring(0, word.length() - 1)).matches();
  }

  /** The words of a name without its initials and generation: "George T. Conway III" has three names' worth. */
  static List<String> core(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (!isInitial(w) && !Generations.is(w) && !PARTICLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The word without the punctuation after it, but an initial keeps its period ("A.J." stays, "Smith," goes). */
  private static String strip(String s) {
    String t = s;
    while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() < s.length() && s.charAt(t.length()) == '.' && INITIALS.matcher(t).matches()) {
      return t + '.';
    }
    return t;
  }
}
