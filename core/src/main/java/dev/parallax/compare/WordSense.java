package dev.parallax.compare;

import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Whether a listed word is used in the sense its list means where it stands, read from its neighbouring words (the
 * analyzer has no part-of-speech tags).
 *
 * <table>
 *   <caption>readings</caption>
 *   <tr><th>words</th><th>reading</th></tr>
 *   <tr><td>"jobless claims fell", "new claims for benefits", "Initial claims in the state rose", "the claim"</td>
 *       <td>a noun: no saying</td></tr>
 *   <tr><td>"had expected claims to fall", "the drop in claims marked the week that", "Weekly claims are", "claims can
 *       swing", "Insurers expect claims to rise"</td><td>a noun (a participle's or a verb of expecting's object; its
 *       own verb comes next): no saying</td></tr>
 *   <tr><td>"the fighting claimed hundreds of lives", "has claimed the lives of"</td><td>killed: no saying</td></tr>
 *   <tr><td>"Karl Lind claimed that", "the group claims it", "false claims that the vote was rigged"</td>
 *       <td>saying (a clause follows)</td></tr>
 *   <tr><td>"a blood clot warning", "an updated warning will be added", "warnings"</td><td>a noun: no saying</td></tr>
 *   <tr><td>"declared a state of emergency", "declared victory", "declared the ban unlawful"</td><td>an act: no
 *       saying</td></tr>
 *   <tr><td>"declared that", "declared Tuesday he is staying", "declared “…”"</td><td>saying</td></tr>
 *   <tr><td>"Jane Doe spoke, warning of a crisis", "warning that"</td><td>saying</td></tr>
 *   <tr><td>"at high risk of severe disease", "severe COVID-19", "a severe blood clot", "in grave condition"</td>
 *       <td>a grade of an illness: no intensifier</td></tr>
 *   <tr><td>"a severe storm", "severe criticism"</td><td>an intensifier</td></tr>
 *   <tr><td>"as soon as possible", "everything possible", "if possible"</td><td>no hedge</td></tr>
 *   <tr><td>"investigated as possible arson"</td><td>a hedge</td></tr>
 *   <tr><td>"left the council in May", "prices rose 2% from May", "the May jobs report", "May 31", "Jobs Grew in May"
 *       (a headline in title case)</td><td>the month: no hedge</td></tr>
 *   <tr><td>"Lindby May Close the Bridge" (title case), "May I ask?" (the sentence's first word)</td><td>a hedge</td></tr>
 *   <tr><td>"twice as likely to be reinfected as", "more likely to fall ill than"</td><td>rates compared: no
 *       hedge</td></tr>
 *   <tr><td>"will most likely be removed", "is now more likely to pass", "more likely to come in June than in July",
 *       "more likely to back it, rather than oppose it"</td><td>a hedge</td></tr>
 *   <tr><td>"officials said to have your permits ready", "said to be patient"</td><td>an instruction: no hedge</td></tr>
 *   <tr><td>"is said to have left", "was widely said to be"</td><td>a hedge</td></tr>
 *   <tr><td>"toxic smoke", "toxic chemical waste"</td><td>a substance: no loaded word</td></tr>
 *   <tr><td>"a toxic work culture", "a toxic cloud of suspicion", "toxic levels of partisanship"</td><td>a loaded
 *       word</td></tr>
 *   <tr><td>"toxic levels of lead"</td><td>a substance: no loaded word</td></tr>
 *   <tr><td>"a storm will slam into", "a pattern asserts itself", "asserted control over"</td><td>no saying</td></tr>
 *   <tr><td>"said Indeed economist Jane Doe"</td><td>a name: no certainty cue</td></tr>
 *   <tr><td>"in the U.S. Indeed, prices doubled"</td><td>a certainty cue</td></tr>
 *   <tr><td>"was supposed to leave at noon", "is supposed to be finished by May"</td><td>a schedule: no
 *       distancing</td></tr>
 *   <tr><td>"the supposed leak", "is supposed to have started", "is supposed to be haunted"</td><td>distancing</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class WordSense {
  private static final String CLAIM = "claim";
  private static final String WARN = "warn";
  private static final String DECLARE = "declar";
  private static final String SLAM = "slam";
  private static final String ASSERT = "assert";
  /**
   * What one declares by an act, not by saying it, as the object or its complement after "declare": "a state of
   * emergency", "victory", "war", "independence", "the winner", "the ban unlawful".
   */
  private static final Set<String> DECLARED_ACTS = Set.of("emergency", "emergencies", "victory", "war", "independence",
      "bankruptcy", "winner", "winners", "illegal", "unlawful", "unconstitutional", "invalid", "void", "dead", "disaster",
      "holiday", "ceasefire", "truce", "martial", "pandemic", "outbreak");
  /** Words after "declared" within which its act's word stands: "declared a new state of emergency". */
  private static final int DECLARED_WINDOW = 6;
  /** Words before "possible" that make it part of a set phrase, no hedge: "as soon as possible", "if possible". */
  private static final Set<String> SET_POSSIBLE = Set.of("as", "everything", "all", "whatever", "where", "wherever",
      "when", "whenever", "if");
  /** Words before "claim" that make it a noun: determiners and possessives ("that claims" may be a relative clause). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
      "its", "their", "our", "my", "your", "such", "no", "any", "some", "many", "several", "few", "more");
  /** Words before a verb "claim(s)" that no noun "claims" follows: pronouns, relatives, adverbs of time. */
  private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which",
      "that", "also", "still", "now", "often", "and", "or", "but", "to", "not", "never", "will", "would", "could",
      "can", "may", "might", "should", "must", "did", "does", "do", "is", "are", "was", "were", "be", "been", "am");
  /** Words after a noun "claims": prepositions, forms of "be" and "have", verbs of a quantity's change. */
  private static final Set<String> NOUN_FOLLOWERS = Set.of("of", "for", "in", "on", "at", "from", "during",
      "through", "since", "by", "about", "against", "over", "under", "with", "into", "across", "last",
      "are", "were", "is", "was", "have", "has", "had", "will", "remain", "remained", "fell", "fall", "falls", "rose",
      "rise", "rises", "drop", "drops", "dip", "dips", "jump", "jumps", "climb", "climbs", "tick", "ticked", "hit",
      "totaled", "totalled", "came", "come", "edge", "edged", "slip", "slipped", "continue", "continued", "reached",
      "decline", "declines", "held", "hold", "holds", "surge", "surges", "soar", "soars", "stood", "remains");
  /** Words of {@link #NOUN_FOLLOWERS} that open a phrase, not a verb: after them a clause of saying may still come. */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "on", "at", "from", "during", "through",
      "since", "by", "about", "against", "over", "under", "with", "into", "across", "last");
  /** Modal verbs: "claims can swing" is a noun and its verb, for no verb of saying is followed by a bare modal. */
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "should", "would");
  /** Adjectives of time in -ly, which modify a noun ("weekly claims"), unlike adverbs ("repeatedly claims"). */
  private static final Set<String> TIME_ADJECTIVES = Set.of("weekly", "daily", "monthly", "yearly", "quarterly",
      "nightly", "hourly", "early");
  /**
   * Verbs of expecting, which take a noun and what it will do ("insurers expect claims to run into millions"): right
   * after them "claims" is their object, as after a participle ("had expected claims to fall"), no verb of saying.
   */
  private static final Set<String> EXPECTING = Set.of("expect", "expects", "expected", "expecting", "anticipate",
      "anticipates", "anticipated", "anticipating", "predict", "predicts", "predicted", "predicting", "forecast",
      "forecasts", "forecasting");
  /** Forms of "have" and "be" that make the word after them a participle whose object may follow. */
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "having", "was", "were", "is", "are",
      "be", "been", "being");
  /** Forms of "have" and "be" that open a clause about a noun ("the woman being questioned"), not a finite verb. */
  private static final Set<String> NON_FINITE_AUXILIARIES = Set.of("having", "being");
  /** Relatives that open a clause about the noun before them ("the man who was arrested"). */
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");
  /** Pronouns that open the clause of what someone claims ("claims he was at home"). */
  private static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "he", "she", "we", "they", "it");
  /** Words that may stand between "claimed" and "lives" when they count the dead ("claimed hundreds of lives"). */
  private static final Set<String> COUNTING = Set.of("the", "a", "an", "more", "than", "hundreds", "thousands",
      "dozens", "millions", "scores", "of", "many", "at", "least", "nearly", "almost", "over", "about", "some",
      "another", "countless", "its", "their", "his", "her", "estimated", "human", "innocent", ",");

  private WordSense() {
  }

  /**
   * Whether {@code sentence.get(i)}, a listed verb of saying, is used in another sense: a form of "claim" as a noun or
   * as "claimed ... lives" (killed), "warning" as a noun, "declare" as an act ("declared a state of emergency").
   */
  static boolean notSaying(List<Token> sentence, int i) {
    Token t = sentence.get(i);
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    if (DECLARE.equals(t.lemma())) {
      return declaresAnAct(sentence, i);
    }
    if (SLAM.equals(t.lemma())) {
      return i + 1 < sentence.size() && IMPACT.contains(sentence.get(i + 1).norm()); // "the storm slammed into"
    }
    if (ASSERT.equals(t.lemma())) {
      return i + 1 < sentence.size() && ASSERTED.contains(sentence.get(i + 1).norm()); // "a pattern asserts itself"
    }
    if (WARN.equals(t.lemma())) {
      return t.norm().equals("warnings") || t.norm().equals("warning") && isNoun(sentence, i, "warning", false)
          && !pluralOrNumberBefore(sentence, i);   // "experts warning against", "a memo on Jan. 5 warning of"
    }
    return CLAIM.equals(t.lemma())
        && (tookLives(sentence, i) || isNoun(sentence, i, "claim", true) || isNoun(sentence, i, "claims", true));
  }

  /** Words after "slam" that make it a blow, not a verb of saying: "the storm will slam into the coast". */
  private static final Set<String> IMPACT = Set.of("into", "onto", "against");
  /**
   * Words after "assert" that make it an act of laying hold, not a verb of saying: "the pattern asserts itself",
   * "asserted control over the port". A possessive may open either ("asserted his innocence" is saying), so it does not
   * count.
   */
  private static final Set<String> ASSERTED = Set.of("itself", "themselves", "himself", "herself", "control",
      "authority", "dominance", "power", "sovereignty");

  /** Words after which a verb's "-ing" form is a gerund that takes an object ("after praising", "while promising"). */
  private static final Set<String> GERUND_OPENERS = Set.of("after", "before", "by", "while", "when", "for", "without",
      "since", "in", "on");
  /** Words after a verb of judging that open its object or its clause ("warning it would", "warn of", "asked for"). */
  private static final Set<String> VERB_FOLLOWERS = Set.of("that", "as", "it", "him", "her", "them", "us", "me", "of",
      "for");
  /** Determiners that open the object of an "-ing" verb ("October praising the mayor for"). */
  private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "this", "these", "those", "his", "its",
      "their", "our");
  /** Adjectives that stand before a noun's other modifiers ("the first confirmed case"). */
  private static final Set<String> FIRST_MODIFIERS = Set.of("first", "second", "third", "only", "other", "new");

  /**
   * Whether {@code s.get(k)}, a verb of judging ("celebrated", "warning", "confirmed", "asks"), is used as a verb here
   * and not as an adjective or a noun. Adverbs in -ly before it are passed over.
   *
   * <table>
   *   <caption>readings</caption>
   *   <tr><th>words</th><th>reading</th></tr>
   *   <tr><td>"The celebrated", "a promising", "The asking price", "Lindby's welcoming", "the widely praised"</td>
   *       <td>after a determiner, a possessive or a quantifier: an adjective or a noun</td></tr>
   *   <tr><td>"Hundreds of confirmed", "the first confirmed"</td><td>a participle after a preposition or a first
   *       modifier: an adjective</td></tr>
   *   <tr><td>"the storm warning hours after"</td><td>"-ing" after a noun, no object opening after it: a noun</td></tr>
   *   <tr><td>"have denounced", "was widely praised", "they asked", "to warn", "The plan, celebrated as",
   *       "— insisting", the clause's first word</td><td>after an auxiliary, a subject pronoun, "to", a conjunction or
   *       a punctuation mark: a verb</td></tr>
   *   <tr><td>"members warning it would", "a memo on Jan. 5 warning of"</td><td>followed by "that", "as", "of", "for"
   *       or a pronoun: a verb</td></tr>
   *   <tr><td>"After praising the fence", "while promising"</td><td>"-ing" after a preposition or "while": a
   *       gerund</td></tr>
   *   <tr><td>"a resolution Tuesday condemning", "seen that October praising the mayor"</td><td>"-ing" after a
   *       capitalised word inside a sentence in sentence case, or before a determiner: a participle</td></tr>
   *   <tr><td>"Mayor Jane Doe slammed", "Fishermen in Lindby warn", "Others note"</td><td>a participle or a present
   *       form after a noun or a name: a verb</td></tr>
   * </table>
   */
  static boolean usedAsVerb(List<Token> s, int k) {
    int j = k - 1;
    while (j >= 0 && s.get(j).kind() == TokenKind.WORD && s.get(j).norm().endsWith("ly")
        && !TIME_ADJECTIVES.contains(s.get(j).norm())) {
      j--;   // "was widely praised", "the widely praised"
    }
    Token before = j >= 0 ? s.get(j) : null;
    String b = before == null ? "" : before.norm();
    if (DETERMINERS.contains(b) || b.endsWith("'s") || b.equals("'") || FIRST_MODIFIERS.contains(b)) {
      return false;   // "the celebrated", "Lindby's welcoming" (the clitic is a token of its own)
    }
    if (before == null || before.kind() == TokenKind.PUNCTUATION) {
      return true;
    }
    if (SUBJECTS.contains(b) || AUXILIARIES.contains(b)) {
      return true;
    }
    if (k + 1 < s.size() && VERB_FOLLOWERS.contains(s.get(k + 1).norm())) {
      return true;
    }
    if (s.get(k).norm().endsWith("ing")) {
      return GERUND_OPENERS.contains(b) || j > 0 && before.isCapitalized() && !titleCase(s)
          || k + 1 < s.size() && OBJECT_OPENERS.contains(s.get(k + 1).norm());
    }
    return !PREPOSITIONS.contains(b) && before.kind() != TokenKind.NUMBER;
  }

  /** Words before a capitalised "May" that make it the month, not the modal: "in May", "last May", "the May report". */
  private static final Set<String> BEFORE_MONTH = Set.of("in", "on", "of", "since", "until", "through", "during", "by",
      "from", "last", "next", "early", "late", "mid", "this", "the", "before", "after", "between", "throughout");

  /**
   * Whether {@code s.get(i)}, a listed intensifier, grades an illness instead of turning the volume up: "severe" or
   * "grave" before a word of illness, past up to two words that describe it ("at high risk of severe disease",
   * "severe COVID-19", "a rare, severe blood clot"), the medical category a health agency names, not the outlet's
   * emphasis; a case, an outcome, a reaction or a condition only beside a medical word ({@link #COURSE}). "a severe
   * storm", "severe criticism", "a severe economic crisis", "in grave condition" stay intensifiers.
   */
  static boolean gradesAnIllness(List<Token> s, int i) {
    if (!GRADES.contains(s.get(i).norm())) {
      return false;
    }
    for (int k = i + 1; k < s.size() && k <= i + 1 + ILLNESS_MODIFIERS; k++) {
      Token w = s.get(k);
      if (w.kind() != TokenKind.WORD) {
        return false;
      }
      if (ILLNESS.contains(w.norm())) {
        return true;
      }
      if (COURSE.contains(w.norm())) {
        // "a severe allergic reaction", "grave cases of COVID-19"; "a severe reaction from lawmakers" is emphasis
        boolean medicalBefore = s.subList(i + 1, k).stream().anyMatch(m -> MEDICAL.contains(m.norm()));
        boolean illnessAfter = k + 2 < s.size() && s.get(k + 1).norm().equals("of")
            && ILLNESS.contains(s.get(k + 2).norm());
        return medicalBefore || illnessAfter;
      }
    }
    return false;
  }

  /** Intensifiers that also grade an illness: "severe disease", "a severe allergic reaction". */
  private static final Set<String> GRADES = Set.of("severe", "grave");
  /** Words of an illness or its course that a grade names a category of: "severe illness", "severe COVID-19". */
  private static final Set<String> ILLNESS = Set.of("disease", "diseases", "illness", "illnesses", "infection",
      "infections", "covid", "covid-19", "coronavirus", "symptom", "symptoms", "abnormality", "abnormalities", "clot",
      "clots", "clotting", "pneumonia", "complications", "allergies", "asthma");
  /**
   * Words of a course that are an illness's only beside one ("allergic reaction", "cases of COVID-19"): alone they
   * grade anything ("a severe reaction from the council", "a grave case of neglect").
   */
  private static final Set<String> COURSE = Set.of("case", "cases", "outcome", "outcomes", "reaction", "reactions",
      "condition", "conditions");
  /** Words that make a course medical before it: "a severe allergic reaction", "in grave medical condition". */
  private static final Set<String> MEDICAL = Set.of("allergic", "medical", "respiratory", "covid", "covid-19");
  /** How many words may stand between a grade and its illness: "severe fetal abnormality", "severe blood clots". */
  private static final int ILLNESS_MODIFIERS = 2;

  /**
   * Whether {@code sentence.get(i)}, a listed hedge, is not one here: part of a set phrase ("as soon as possible", "if
   * possible"), the month May, a negated "could" ({@link #negatedCould}), "could" of ability or capacity, rates
   * compared ("twice as likely"), something said to someone, "suggest" proposing something ("suggested a meeting"),
   * the noun "might" ("military might"), a concession ({@link #concedes}) or what a ruling allows ({@link #ruledAllowed}).
   */
  static boolean notHedge(List<Token> sentence, int i) {
    if (monthMay(sentence, i) || negatedCould(sentence, i) || couldOfAbility(sentence, i)
        || comparesRates(sentence, i) || saidToSomeone(sentence, i) || proposes(sentence, i)
        || nounMight(sentence, i) || concedes(sentence, i) || ruledAllowed(sentence, i)) {
      return true;
    }
    if (i == 0 || !sentence.get(i).norm().equals("possible")) {
      return false;
    }
    String before = sentence.get(i - 1).norm();
    if (!before.equals("as")) {
      return SET_POSSIBLE.contains(before);
    }
    for (int k = i - 3; k >= 0 && k >= i - 5; k--) {   // "as soon as possible", "as many people as possible"
      if (sentence.get(k).norm().equals("as")) {
        return true;
      }
    }
    return false;   // "investigated as possible arson": a hedge
  }

  /**
   * Whether {@code s.get(i)}, "likely" or "unlikely", compares how often something happens in two groups, a finding the
   * outlet reports, not a doubt it leaves: after a multiple and "as" ("twice as likely to be reinfected", "three times
   * as likely"), or after "more" or "less" with "than" and a group later in the sentence ("more likely to die than
   * their neighbours"). "will most likely be removed", "is likely to rise", "is now more likely to pass" and "more
   * likely to come in June than in July" (a forecast weighed against another time) stay hedges.
   */
  private static boolean comparesRates(List<Token> s, int i) {
    String w = s.get(i).norm();
    if (i < 2 || !w.equals("likely") && !w.equals("unlikely")) {
      return false;
    }
    String before = s.get(i - 1).norm();
    if (before.equals("as")) {
      return MULTIPLES.contains(s.get(i - 2).norm());
    }
    if (!before.equals("more") && !before.equals("less")) {
      return false;
    }
    for (int k = i + 1; k + 1 < s.size(); k++) {
      if (s.get(k).norm().equals("than")) {
        return !s.get(k - 1).norm().equals("rather") && namesAGroup(s, k + 1);
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code k}, after "than", name a group: a determiner or "those" first ("than their
   * neighbours", "than those farther away"), or a plural or a name within three words ("than vaccinated ones", "than
   * men", "than Democrats"). A preposition, a time or a verb names none: "than in July", "than next", "than ever",
   * "than oppose it".
   */
  private static boolean namesAGroup(List<Token> s, int k) {
    if (s.get(k).kind() != TokenKind.WORD || NOT_A_GROUP.contains(s.get(k).norm())) {
      return false;
    }
    if (GROUP_OPENERS.contains(s.get(k).norm())) {
      return true;
    }
    for (int j = k; j < s.size() && j < k + 3 && s.get(j).kind() == TokenKind.WORD; j++) {
      Token w = s.get(j);
      String n = w.norm();
      if (NOT_A_GROUP.contains(n)) {
        return false;
      }
      if (PEOPLE.contains(n) || w.isCapitalized() || n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")
          && !n.endsWith("us")) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a group's noun phrase after "than": "than their neighbours", "than those who". */
  private static final Set<String> GROUP_OPENERS = Set.of("the", "a", "an", "their", "those", "these", "other",
      "others", "his", "her", "its", "our", "your", "my", "people", "someone", "anyone", "non", "any", "all", "most",
      "many", "some", "each", "every", "we", "they", "you", "he", "she", "i", "women", "men", "children", "adults");

  /** Nouns of people without a plural "-s": "than men", "than older women". */
  private static final Set<String> PEOPLE = Set.of("people", "men", "women", "children", "folk", "youth", "staff",
      "police", "public", "population");

  /**
   * Words right after "than" that name no group but a time, a place or a manner: "more likely to come in June than in
   * July", "more likely than ever", "than not", "than before".
   */
  private static final Set<String> NOT_A_GROUP = Set.of("in", "on", "at", "by", "during", "before", "after", "for",
      "with", "without", "from", "to", "under", "over", "within", "since", "until", "through", "not", "ever", "now",
      "today", "tomorrow", "yesterday", "usual", "expected", "previously", "earlier", "later", "last", "next", "once",
      "originally", "initially", "thought", "anticipated", "forecast", "predicted", "when", "if", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * Whether {@code s.get(i)} is "said" of "said to be" or "said to have" with no form of "be" before it (past one
   * adverb): an instruction or words said to someone ("Officials said to have your permits ready", "said to be
   * patient"), not the passive of a report passed on ("is said to have left", "were widely said to be").
   */
  private static boolean saidToSomeone(List<Token> s, int i) {
    if (!s.get(i).norm().equals("said") || i + 1 >= s.size() || !s.get(i + 1).norm().equals("to")) {
      return false;
    }
    int b = i - 1;
    if (b >= 1 && (s.get(b).norm().endsWith("ly") || SAID_ADVERBS.contains(s.get(b).norm()))) {
      b--; // "is widely said to be", "was also said to have"
    }
    return b < 0 || !FORMS_OF_BE.contains(s.get(b).norm());
  }

  /** Forms of "be" that make "said to" a passive: "is said to have", "had been said to be". */
  private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s",
      "'re", "am");

  /** Adverbs that may stand between a form of "be" and "said to" other than those in -ly: "was also said to". */
  private static final Set<String> SAID_ADVERBS = Set.of("also", "often", "still", "now", "long", "once", "not");

  /** Words of a multiple before "as likely": "twice as likely", "three times as likely", "half as likely". */
  private static final Set<String> MULTIPLES = Set.of("twice", "thrice", "times", "half");

  /**
   * Whether {@code s.get(i)}, a listed loaded word, names a substance's property literally: "toxic" before a word of
   * matter, past up to one other word ("toxic smoke", "toxic chemical fumes"), or before a word that may be matter and
   * a substance named with it ("toxic levels of lead"). "a toxic work culture", "a toxic cloud of suspicion" and
   * "politically toxic questions" stay loaded.
   */
  static boolean literal(List<Token> s, int i) {
    if (!s.get(i).norm().equals("toxic")) {
      return false;
    }
    for (int k = i + 1; k < s.size() && k <= i + 2; k++) {
      Token w = s.get(k);
      if (w.kind() != TokenKind.WORD) {
        return false;
      }
      if (MATTER.contains(w.norm())) {
        return true;
      }
      if (MAYBE_MATTER.contains(w.norm())) {
        return matterOf(s, k); // "toxic levels of lead", not "toxic levels of partisanship"
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link #MAYBE_MATTER} at {@code k} is matter: a word of matter or a substance follows within three
   * words ("toxic levels of lead", "a toxic cloud of chemical smoke"); "a toxic cloud of suspicion" and "the toxic air in
   * the council chamber" are figures.
   */
  private static boolean matterOf(List<Token> s, int k) {
    for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
      String w = s.get(j).norm();
      if (MATTER.contains(w) || SUBSTANCES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that "toxic" describes literally or as a figure: "toxic levels of lead", "toxic levels of partisanship". */
  private static final Set<String> MAYBE_MATTER = Set.of("levels", "air", "cloud", "water", "leak", "exposure");

  /** Substances that make a {@link #MAYBE_MATTER} word literal: "toxic levels of lead", "toxic exposure to mercury". */
  private static final Set<String> SUBSTANCES = Set.of("lead", "mercury", "arsenic", "chlorine", "ammonia", "benzene",
      "asbestos", "radon", "ozone", "cadmium", "sulfur", "sulphur", "carbon", "nitrogen", "radiation", "pfas", "oil",
      "fuel", "sewage", "bacteria", "cyanide", "dioxin", "dioxins", "lead-based");

  /** Words of matter that "toxic" describes literally: "toxic smoke", "toxic waste", "toxic chemicals". */
  private static final Set<String> MATTER = Set.of("smoke", "fumes", "gas", "gases", "chemical", "chemicals",
      "substance", "substances", "waste", "spill", "algae", "metals", "plume", "dust", "ash", "mold", "mould",
      "sludge", "runoff", "material", "materials", "vapor", "vapour",
      "vapors", "emissions", "pollutants", "pollution", "pesticides", "compounds", "soil", "mushrooms");

  /**
   * Whether {@code s.get(i)}, "supposed", says what was expected or due: before "to" and a verb other than "have" or
   * "be" ("was supposed to leave at noon"), or before "to be" and a task that is due ("is supposed to be finished",
   * "to be inspected") or a participle with its time ("to be moved by May"). "the supposed leak", "is supposed to have
   * fled" and "is supposed to be haunted" or "the safest" (a report or a belief passed on) stay distancing.
   */
  static boolean expected(List<Token> s, int i) {
    if (!s.get(i).norm().equals("supposed") || i + 2 >= s.size() || !s.get(i + 1).norm().equals("to")
        || s.get(i + 2).kind() != TokenKind.WORD || s.get(i + 2).norm().equals("have")) {
      return false;
    }
    if (!s.get(i + 2).norm().equals("be")) {
      return true; // "was supposed to leave at noon"
    }
    if (i + 3 >= s.size()) {
      return false;
    }
    String state = s.get(i + 3).norm();
    if (DUE_WORK.contains(state)) {
      return true; // "is supposed to be finished", "to be inspected"
    }
    boolean participle = state.endsWith("ed") || state.endsWith("en");
    return participle && i + 4 < s.size() && DEADLINE.contains(s.get(i + 4).norm()); // "to be moved by May"
  }

  /** Participles of work that is due, after "supposed to be": "is supposed to be finished by May", "to be inspected". */
  private static final Set<String> DUE_WORK = Set.of("finished", "completed", "done", "ready", "inspected", "repaired",
      "delivered", "opened", "reopened", "closed", "released", "built", "signed", "paid", "held", "published",
      "approved", "launched", "sent", "returned", "reviewed", "submitted", "installed", "replaced", "decided",
      "announced", "filed", "voted", "tested", "shipped", "open", "over");

  /** Words after a participle that set when it is due: "to be moved by May", "to be heard on Tuesday". */
  private static final Set<String> DEADLINE = Set.of("by", "on", "at", "before", "until", "next", "this", "within",
      "today", "tomorrow", "soon", "later");

  /**
   * Whether {@code s.get(i)}, a listed certainty marker, is part of a name here: capitalised right after a word inside
   * a sentence in sentence case ("said Indeed economist Jane Doe"). "Indeed, the court", "It is indeed" and "in the
   * U.S. Indeed, prices" (an abbreviation's full stop the splitter kept inside the sentence) stay cues.
   */
  static boolean partOfAName(List<Token> s, int i) {
    return i > 0 && s.get(i).isCapitalized() && s.get(i - 1).kind() == TokenKind.WORD && !titleCase(s)
        && !s.get(i - 1).text().endsWith(".") && !(i + 1 < s.size() && s.get(i + 1).norm().equals(","));
  }

  /**
   * Whether {@code s.get(i)} is the noun "might", strength, not the modal: after a possessive or "the" ("its might",
   * "China's might", "the might of the fleet"), or before the sentence's end, a punctuation mark, "of" or "and" ("a
   * show of military might.", "the fleet's might and reach"; "try as they might," too, a concession). "prices might
   * rise" and "it might not" stay hedges.
   */
  static boolean nounMight(List<Token> s, int i) {
    if (!s.get(i).norm().equals("might")) {
      return false;
    }
    if (i > 0 && MIGHT_OWNERS.contains(s.get(i - 1).norm())) {
      return true;
    }
    return i + 1 >= s.size() || s.get(i + 1).kind() == TokenKind.PUNCTUATION
        || MIGHT_NOUN_AFTER.contains(s.get(i + 1).norm());
  }

  /** Words before "might" that make it a noun: "its might", "the might of", "China's might". */
  private static final Set<String> MIGHT_OWNERS = Set.of("the", "its", "his", "her", "their", "our", "your", "my",
      "'s", "whose");
  /** Words after "might" that make it a noun: "the might of the fleet", "its might and reach". */
  private static final Set<String> MIGHT_NOUN_AFTER = Set.of("of", "and");

  /**
   * Whether {@code s.get(i)}, "may", grants a point to set another against it, a concession the outlet makes, not a
   * doubt it leaves: "may (not) have" and a participle with ", but" or ", yet" later in the sentence and no negation
   * ("not", "n't", "never", "no", "nor": {@link Reversal#NEGATIONS}) after it ("The storm may have spared the pier,
   * but it flooded the market"; "Lind may not have won the vote, but she won the argument"), or "may" in the clause a
   * sentence opens with "while", "although" or "though" ("While the plan may have merits, the council rejected it").
   * "The fire may have started in the kitchen, but officials have not said" (the doubt left open), "prices may rise,
   * but" and a qualification after the main clause ("about 3 percent came from abroad, though some of that may have
   * been routed through Lindby") stay hedges.
   */
  static boolean concedes(List<Token> s, int i) {
    if (!s.get(i).norm().equals("may")) {
      return false;
    }
    int first = 0;
    while (first < i && s.get(first).kind() != TokenKind.WORD) {
      first++;
    }
    if (first < i && CONCESSIVE_OPENERS.contains(s.get(first).norm())) {
      int b = first + 1;
      while (b < i && s.get(b).kind() != TokenKind.PUNCTUATION) {
        b++;
      }
      if (b == i) {
        return true; // "While the plan may have merits, …"
      }
    }
    int k = i + 1;
    if (k < s.size() && s.get(k).norm().equals("not")) {
      k++;
    }
    if (k + 1 >= s.size() || !s.get(k).norm().equals("have") || s.get(k + 1).kind() != TokenKind.WORD) {
      return false;
    }
    for (int c = k + 2; c + 1 < s.size(); c++) {
      if (s.get(c).norm().equals(",") && CONCESSIVE_TURNS.contains(s.get(c + 1).norm())) {
        for (int j = c + 2; j < s.size(); j++) {
          if (Reversal.NEGATIONS.contains(s.get(j).norm())) {
            return false; // "…, but officials have not said": the doubt stays open
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Words that open a concession: "While the plan may have merits, …". */
  private static final Set<String> CONCESSIVE_OPENERS = Set.of("while", "although", "though");
  /** Words after a comma that turn from a conceded point to the outlet's: ", but", ", yet". */
  private static final Set<String> CONCESSIVE_TURNS = Set.of("but", "yet");

  /**
   * Whether {@code s.get(i)}, "may" or "could", says what a ruling, an order or a recommendation allows or forbids,
   * which the outlet reports, not a possibility it hedges: in the clause a verb of ruling reports ("the court ruled
   * that tenants may not be evicted", "the mayor ordered that no more than 200 boats could dock") or that "means"
   * reports after a word of such a decision ("The ruling means that tenants may stay"; "The recommendation means
   * nurses may get a second dose"). Not when "that", "which" or "who" stands right before it: "a ruling that could
   * reshape the harbor" and "The decision could delay the vote" are possibilities the outlet weighs.
   */
  static boolean ruledAllowed(List<Token> s, int i) {
    String w = s.get(i).norm();
    if (!w.equals("may") && !w.equals("could") || i == 0 || RELATIVES.contains(s.get(i - 1).norm())) {
      return false;
    }
    for (int b = i - 1; b >= 0; b--) {
      String x = s.get(b).norm();
      if (reportsRuling(s, b)) {
        return true; // "ruled Monday tenants may not be evicted"
      }
      if (x.equals("that")) {
        for (int r = b - 1; r >= 0 && r >= b - RULING_REACH; r--) {
          if (reportsRuling(s, r)) {
            return true; // "ruled unanimously on Monday that tenants may not be evicted"
          }
          Token between = s.get(r);
          if (!between.norm().equals(",") && between.kind() != TokenKind.NUMBER && !between.norm().endsWith("ly")
              && !RULING_WHEN.contains(between.norm())) {
            return false; // "ruled in a case that could reshape the harbor": a relative clause
          }
        }
        return false; // "a ruling that legal experts said could reshape the harbor"
      }
      if (x.equals("which") || x.equals("who") || PUNCTUATION_STOPS.contains(x) || CLAUSE_BREAKS.contains(x)) {
        return false; // "ordered the evacuation because the storm could hit": another clause
      }
    }
    return false;
  }

  /** How many words may stand between a verb of ruling and its "that": "ruled unanimously on Monday that". */
  private static final int RULING_REACH = 4;

  /** Whether {@code s.get(b)} is a verb of ruling, or "means" after a word of a decision ("The ruling means"). */
  private static boolean reportsRuling(List<Token> s, int b) {
    String x = s.get(b).norm();
    return RULING_VERBS.contains(x) || x.equals("means") && b > 0 && DECISIONS.contains(s.get(b - 1).norm());
  }

  /** Words of when that may stand between a verb of ruling and its "that": "ruled on Monday that". */
  private static final Set<String> RULING_WHEN = Set.of("on", "last", "this", "week", "today", "yesterday", "earlier",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Marks that end the clause a verb of ruling reports, read back from "may": "ruled for the city; tenants may". */
  private static final Set<String> PUNCTUATION_STOPS = Set.of(",", ";", ":", "\u2014", "\u2013", "--");

  /** Words that open another clause before "may" or "could": "ordered the evacuation because the storm could hit". */
  private static final Set<String> CLAUSE_BREAKS = Set.of("because", "if", "unless", "when", "since", "as", "so",
      "and", "but", "or", "though", "although", "while", "after", "before", "until", "amid");

  /** Verbs of ruling or ordering whose clause says what is allowed: "ruled that …", "ordered that …". */
  private static final Set<String> RULING_VERBS = Set.of("ruled", "decreed", "ordered");
  /** Nouns of a decision before "means": "The ruling means that …". */
  private static final Set<String> DECISIONS = Set.of("ruling", "decision", "recommendation", "order", "rule",
      "guidance", "law", "verdict", "judgment", "judgement");

  /**
   * Whether {@code s.get(i)} is "could" before "not", "n't" or "never": an inability or a refusal ("could not muster
   * the votes", "was told he couldn't use the bathroom", "could never have been stopped"), which the outlet states,
   * not a possibility it hedges. "could not only … but" stays a hedge, and so does a doubt left open: "could not rule
   * out arson", "could not be ruled out", "could not independently confirm the report" (or verify, exclude).
   */
  private static boolean negatedCould(List<Token> s, int i) {
    if (!s.get(i).norm().equals("could") || i + 1 >= s.size()) {
      return false;
    }
    String next = s.get(i + 1).norm();
    boolean notOnly = next.equals("not") && i + 2 < s.size() && s.get(i + 2).norm().equals("only");
    return (next.equals("not") || next.equals("n't") || next.equals("never")) && !notOnly && !leavesDoubtOpen(s, i + 2);
  }

  /**
   * Whether {@code s.get(i)} is "could" of what someone was able to do, which the outlet states, not a possibility it
   * hedges: a sense's passive ("smoke could still be seen", "shouting could be heard"; "could be seen as a snub" stays a
   * hedge), a purpose after "so" ("so that they could leave", "so residents could return") and a clause that ends at
   * "could" after a word of how much ("did what they could.", "as fast as they could,"). "They fear prices could rise"
   * stays a hedge.
   */
  private static boolean couldOfAbility(List<Token> s, int i) {
    if (!s.get(i).norm().equals("could")) {
      return false;
    }
    int k = i + 1;
    while (k < s.size() && COULD_ADVERBS.contains(s.get(k).norm())) {
      k++;
    }
    if (k + 1 < s.size() && s.get(k).norm().equals("be") && SENSES.contains(s.get(k + 1).norm())
        && !(k + 2 < s.size() && s.get(k + 2).norm().equals("as"))) {
      return true;
    }
    for (int b = i - 1; b >= 0 && b >= i - 4; b--) {
      String w = s.get(b).norm();
      if (w.equals(",")) {
        break;
      }
      if (w.equals("so")) {
        return true; // "so that they could leave", "so rescuers could start"
      }
    }
    if (k + 1 < s.size() && CAPACITY.contains(s.get(k).norm()) && countFollows(s, k + 1)) {
      return true; // "the bridge could carry 40 tons", "the hall could seat up to 500 people"
    }
    boolean endsHere = i + 1 >= s.size() || s.get(i + 1).kind() != TokenKind.WORD;
    if (endsHere) {
      for (int b = i - 1; b >= 0 && b >= i - 3; b--) {
        if (HOW_MUCH.contains(s.get(b).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a number comes within three tokens from {@code from}: "40 tons", "up to 500 people", "about 2,000". */
  private static boolean countFollows(List<Token> s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 3); k++) {
      if (s.get(k).kind() == TokenKind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of how much something holds or bears, which before a number state a capacity: "could carry 40 tons". */
  private static final Set<String> CAPACITY = Set.of("carry", "hold", "seat", "accommodate", "house", "fit", "store",
      "lift", "transport", "sleep", "feed");

  /**
   * Whether {@code s.get(i)}, a form of "suggest", proposes a course of action rather than hedging a reading: before
   * a verb's "-ing" ("suggested waiting"), before a noun of a proposal ("she suggested a meeting", "suggested new
   * fees"), or before someone and a bare verb, the subjunctive of a proposal ("suggested that the board reopen the
   * pier", "suggests its members lift the ban", "suggested Lind create a panel"); or, after a determiner, the participle
   * of something proposed ("the suggested changes"). "data suggests there is a risk", "suggests prices are rising",
   * "suggested it would be limited" and "the study suggests a link" stay hedges.
   */
  static boolean proposes(List<Token> s, int i) {
    if (!s.get(i).norm().startsWith("suggest")) {
      return false;
    }
    if (i > 0 && ARTICLES_AND_POSSESSIVES.contains(s.get(i - 1).norm())) {
      return true; // "the suggested changes"
    }
    int k = i + 1;
    if (k < s.size() && s.get(k).norm().equals("that")) {
      k++;
    }
    if (k >= s.size() || s.get(k).kind() != TokenKind.WORD) {
      return false;
    }
    String first = s.get(k).norm();
    if (k == i + 1 && first.endsWith("ing") && first.length() > 5) {
      return !finiteVerbAfter(s, k + 1); // "suggested waiting until May", not "suggested raising it would help"
    }
    for (int j = k; j < s.size() && j <= k + 2; j++) {   // "a meeting", "new dock fees", "a joint review"
      String w = s.get(j).norm();
      if (s.get(j).kind() != TokenKind.WORD || PREPOSITIONS.contains(w) || AUXILIARIES.contains(w)
          || MODALS.contains(w)) {
        break;
      }
      if (PROPOSALS.contains(w)) {
        boolean clause = j + 1 < s.size() && (AUXILIARIES.contains(s.get(j + 1).norm())
            || MODALS.contains(s.get(j + 1).norm()));
        return !clause;   // "the data suggests a deal is near" is a reading
      }
    }
    for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
      Token verb = s.get(j);
      Token subject = s.get(j - 1);
      if (verb.kind() != TokenKind.WORD || subject.kind() != TokenKind.WORD || AUXILIARIES.contains(verb.norm())
          || MODALS.contains(verb.norm()) || CLAUSE_VERBS.contains(verb.norm())) {
        return false;   // "suggests prices are rising", "suggested it would be limited", "there is"
      }
      if (DETERMINERS.contains(subject.norm()) || CLAUSE_OPENERS_AFTER.contains(subject.norm())) {
        continue;   // "suggests its members lift": the subject is still to come
      }
      boolean someone = subject.isCapitalized() && !titleCase(s) || subject.norm().endsWith("s")
          && !subject.norm().endsWith("ss") || OBJECT_PRONOUNS.contains(subject.norm())
          || k > i + 1 && j - 2 >= k && DETERMINERS.contains(s.get(j - 2).norm()); // "that the council reopen"
      if (someone && bareVerb(verb)) {
        return true;   // "suggests its members lift the ban", "suggested Lind create a panel"
      }
    }
    return false;
  }

  /**
   * Whether a lower-case modal or a finite "be" or "do" comes after {@code from} and before a comma: a gerund that is
   * a clause's subject ("suggested raising fees would help"), not a course proposed ("suggested waiting until May").
   */
  private static boolean finiteVerbAfter(List<Token> s, int from) {
    for (int k = from; k < s.size() && !s.get(k).norm().equals(","); k++) {
      String w = s.get(k).norm();
      if (!s.get(k).isCapitalized() && (MODALS.contains(w) || CLAUSE_VERBS.contains(w) && !w.startsWith("ha"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} may be a bare verb: a lowercase word without an ending of tense, number or manner. */
  private static boolean bareVerb(Token t) {
    String w = t.norm();
    return !t.isCapitalized() && w.length() > 2 && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing")
        && !w.endsWith("ly") && !PREPOSITIONS.contains(w) && !CLAUSE_OPENERS_AFTER.contains(w);
  }

  /** Words before a participle "suggested" that make it an adjective: "the suggested changes", "her suggested plan". */
  private static final Set<String> ARTICLES_AND_POSSESSIVES = Set.of("the", "a", "an", "his", "her", "its", "their",
      "our", "my", "your");

  /** Nouns of a course of action proposed: "suggested a meeting", "suggested new user fees". */
  private static final Set<String> PROPOSALS = Set.of("meeting", "meetings", "compromise", "plan", "deal", "fee",
      "fees", "tax", "taxes", "talks", "truce", "ceasefire", "referendum", "commission", "panel", "pause", "delay",
      "swap", "alternative", "amendment", "amendments", "reforms", "solution", "solutions", "measures", "cuts",
      "review", "date", "vote", "name", "approach", "rules", "framework");

  /** Pronouns in the object case, which before a bare verb make a proposal's subjunctive: "suggested them wait". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  /** Verbs that make a clause of a finding after "suggest": "suggests there is", "suggest it does". */
  private static final Set<String> CLAUSE_VERBS = Set.of("does", "did", "do", "will", "has", "had", "have", "is",
      "are", "was", "were");

  /** Words after a noun that open a phrase, not a verb: "suggested the ban for now". */
  private static final Set<String> CLAUSE_OPENERS_AFTER = Set.of("and", "or", "but", "than", "not", "who", "which",
      "that", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our");

  /**
   * Whether {@code s.get(i)}, "so-called", introduces a term of art rather than doubting a word: before an unquoted
   * term of two or more words ("the so-called delta variant", "so-called core inflation", "so-called no-knock
   * warrants"). Before one word ("the so-called experts", "the so-called alliance") or a quotation ("the so-called
   * “militia” groups") it stays distancing.
   */
  static boolean namesATermOfArt(List<Token> s, int i) {
    if (!s.get(i).norm().equals("so-called") || i + 2 >= s.size()) {
      return false;
    }
    Token first = s.get(i + 1);
    Token second = s.get(i + 2);
    return first.kind() == TokenKind.WORD && second.kind() == TokenKind.WORD
        && !DETERMINERS.contains(first.norm()) && !TERM_ENDS.contains(second.norm())
        && !PREPOSITIONS.contains(second.norm()) && !second.norm().endsWith("ed") && !second.norm().endsWith("ly");
  }

  /** Words that end a one-word term after "so-called": "the so-called experts say", "so-called allies who". */
  private static final Set<String> TERM_ENDS = Set.of("say", "says", "said", "who", "which", "that", "and", "or",
      "but", "is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "can", "may", "might",
      "should", "must", "do", "does", "did", "to", "claim", "claims", "insist", "insists", "want", "wants");

  /**
   * Whether {@code s.get(i)}, "terrorist" or "terrorists", is part of a designation, a name or a list rather than the
   * outlet's judgment: capitalised inside a sentence in sentence case ("a Foreign Terrorist Organization"), after
   * "designated" or a "-designated" compound ("a U.S.-designated terrorist group", "designated a terrorist
   * organization"), or before a word of a list ("the terrorist watchlist", "the terrorist screening database").
   * "terrorist attacks", "Taliban terrorists" and "the terrorist group" stay loaded.
   */
  static boolean designated(List<Token> s, int i) {
    String w = s.get(i).norm();
    if (!w.equals("terrorist") && !w.equals("terrorists")) {
      return false;
    }
    if (i > 0 && s.get(i).isCapitalized() && s.get(i - 1).kind() == TokenKind.WORD && !titleCase(s)) {
      return true; // "a Foreign Terrorist Organization"
    }
    for (int b = i - 1; b >= 0 && b >= i - 3; b--) {
      String before = s.get(b).norm();
      if (before.equals("designated") || before.endsWith("-designated") || before.equals("designate")
          || before.equals("designates") || before.equals("designating")) {
        return true;   // "a U.S.-designated terrorist", "designated a terrorist organization"
      }
    }
    for (int k = i + 1; k < s.size() && k <= i + 2; k++) {
      if (LISTS_OF_NAMES.contains(s.get(k).norm())) {
        return true;   // "the terrorist watchlist", "the terrorist screening database"
      }
    }
    return false;
  }

  /** Words of an official list or its entries: "the terrorist watchlist", "its terrorist designation". */
  private static final Set<String> LISTS_OF_NAMES = Set.of("watchlist", "watchlists", "watch", "list", "lists",
      "designation", "designations", "database", "screening", "blacklist", "sanctions", "label");

  /** Adverbs that may stand between "could" and "be": "could still be seen". */
  private static final Set<String> COULD_ADVERBS = Set.of("still", "clearly", "also", "easily", "even", "already");

  /** Senses' past participles: what "could be" of them states is what someone was able to perceive. */
  private static final Set<String> SENSES = Set.of("seen", "heard", "smelled", "smelt", "felt", "spotted", "watched");

  /** Words of how much before a clause that ends at "could": "did what they could", "as best she could". */
  private static final Set<String> HOW_MUCH = Set.of("what", "everything", "all", "whatever", "anything", "best", "as");

  /** Whether a verb of ruling out or confirming comes within three words from {@code from}: a doubt left open. */
  private static boolean leavesDoubtOpen(List<Token> s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 3); k++) {
      if (OPEN_DOUBT.contains(s.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose negation after "could" leaves a doubt open: "could not rule out", "could not confirm". */
  private static final Set<String> OPEN_DOUBT = Set.of("rule", "ruled", "exclude", "excluded", "confirm",
      "confirmed", "verify", "verified");

  /**
   * Whether {@code s.get(i)} is the month May: "May" capitalised inside a sentence in sentence case (the modal is written
   * "may" there); anywhere, before or after a number ("May 31", "31 May") or after a word that takes a month ("in May",
   * "last May"). At a sentence's start or in a headline in title case, "May" is otherwise the modal.
   */
  private static boolean monthMay(List<Token> s, int i) {
    Token t = s.get(i);
    if (!t.norm().equals("may") || !t.isCapitalized()) {
      return false;
    }
    Token before = i > 0 ? s.get(i - 1) : null;
    if (i + 1 < s.size() && s.get(i + 1).kind() == TokenKind.NUMBER
        || before != null && (before.kind() == TokenKind.NUMBER || BEFORE_MONTH.contains(before.norm()))) {
      return true;
    }
    boolean opens = true;
    for (int k = 0; k < i && opens; k++) {
      opens = s.get(k).kind() == TokenKind.PUNCTUATION;
    }
    return !opens && !titleCase(s);
  }

  /**
   * Whether "declare" at {@code i} names an act ("declared a state of emergency", "declared the ban unlawful"): a word of
   * {@link #DECLARED_ACTS} within {@link #DECLARED_WINDOW} words, before "that" or a punctuation mark other than
   * quotation marks.
   */
  private static boolean declaresAnAct(List<Token> s, int i) {
    int words = 0;
    for (int k = i + 1; k < s.size() && words < DECLARED_WINDOW; k++) {
      Token x = s.get(k);
      if (WordingDiffer.isQuoteMark(x) || x.norm().equals("\u201c") || x.norm().equals("\u201d")) {
        continue;
      }
      if (x.kind() == TokenKind.PUNCTUATION || x.norm().equals("that")) {
        return false;
      }
      if (DECLARED_ACTS.contains(x.norm())) {
        return true;
      }
      words++;
    }
    return false;
  }

  /** Whether a number or a plural word stands before {@code i} (a subject of a participle, not a noun's modifier). */
  private static boolean pluralOrNumberBefore(List<Token> s, int i) {
    Token before = s.get(i - 1);
    return before.kind() == TokenKind.NUMBER
        || before.norm().endsWith("s") && !before.norm().endsWith("ss") && !before.norm().endsWith("'s")
        && !before.norm().endsWith("\u2019s");
  }

  /**
   * "claimed hundreds of lives", "claiming the lives of": "lives" or "life" within six words, only figures and words
   * that count between.
   */
  private static boolean tookLives(List<Token> s, int i) {
    for (int k = i + 1; k < s.size() && k <= i + 6; k++) {
      Token x = s.get(k);
      if (x.norm().equals("lives") || x.norm().equals("life")) {
        return true;
      }
      if (x.kind() != TokenKind.NUMBER && !COUNTING.contains(x.norm())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code s.get(i)} is {@code form} used as a noun: after a determiner; or after a modifier (a lower-case word
   * that is no pronoun, relative or auxiliary, or the sentence's first word; a punctuation mark or nothing too when
   * {@code afterPunctuation}) when a noun's follower comes next (the sentence's end, a punctuation mark, a
   * preposition, a verb such as "fell"), no clause.
   */
  private static boolean isNoun(List<Token> s, int i, String form, boolean afterPunctuation) {
    if (!s.get(i).norm().equals(form)) {
      return false;
    }
    Token before = i > 0 ? s.get(i - 1) : null;
    if (before != null && DETERMINERS.contains(before.norm())
        || (objectOfParticiple(s, i) || before != null && EXPECTING.contains(before.norm()))
        && !clauseFollows(s, i + 1)) {
      return true;
    }
    boolean titleCase = titleCase(s);
    boolean modified = afterPunctuation && (before == null || before.kind() == TokenKind.PUNCTUATION)
        || before != null && before.kind() == TokenKind.NUMBER
        || before != null && before.kind() == TokenKind.WORD && (i == 1 || titleCase || !before.isCapitalized())
        && !SUBJECTS.contains(before.norm())
        && (!before.norm().endsWith("ly") || TIME_ADJECTIVES.contains(before.norm()))
        && !(form.equals("claim") && before.norm().endsWith("s") && !before.norm().endsWith("'s")
            && !before.norm().endsWith("\u2019s"));   // "critics claim": a plural subject, no noun before a noun
    if (!modified) {
      return false;
    }
    int k = i + 1;
    if (k < s.size() && s.get(k).kind() == TokenKind.WORD && s.get(k).norm().endsWith("ly")) {
      k++;   // "claims unexpectedly rose"
    }
    if (k >= s.size() || s.get(k).kind() == TokenKind.PUNCTUATION) {
      return !asClause(s, i) && (k >= s.size() || !s.get(k).norm().equals(":") && !WordingDiffer.isQuoteMark(s.get(k)));
    }
    Token after = s.get(k);
    boolean verbAfter = after.kind() == TokenKind.WORD && (MODALS.contains(after.norm())
        || NOUN_FOLLOWERS.contains(after.norm()) && !PREPOSITIONS.contains(after.norm())
        || after.norm().endsWith("ed") && (titleCase || !after.isCapitalized()));
    if (verbAfter) {
      return true;   // the noun's own verb: a "that" further on opens another clause ("claims marked the week that")
    }
    return !clauseFollows(s, k) && after.kind() == TokenKind.WORD && NOUN_FOLLOWERS.contains(after.norm());
  }

  /**
   * Whether {@code s.get(i)} follows a participle after a form of "have" or "be", as its object: "had expected claims
   * to fall", "were processing claims" (before "that", such a noun reports saying: "has fueled claims that"). Not
   * when the participle ends a clause about the subject, so that the word is the sentence's own verb: after a
   * relative ("the man who was arrested claims") or a non-finite form ("the woman being questioned claims"), or
   * before a pronoun that opens what is claimed ("... claims he was at home").
   */
  private static boolean objectOfParticiple(List<Token> s, int i) {
    if (i < 2) {
      return false;
    }
    String verb = s.get(i - 1).norm();
    String auxiliary = s.get(i - 2).norm();
    boolean afterParticiple = (verb.endsWith("ed") || verb.endsWith("ing")) && s.get(i - 1).kind() == TokenKind.WORD
        && !s.get(i - 1).isCapitalized() && AUXILIARIES.contains(auxiliary);
    return afterParticiple
        && !NON_FINITE_AUXILIARIES.contains(auxiliary)
        && !(i >= 3 && RELATIVES.contains(s.get(i - 3).norm()))
        && !(i + 1 < s.size() && CLAUSE_SUBJECTS.contains(s.get(i + 1).norm()));
  }

  /**
   * Whether a sentence is a headline in title case: four words of four letters or more, four in five of them
   * capitalised (short words such as "to" and "in" may stay lower-case).
   */
  static boolean titleCase(List<Token> s) {
    int words = 0;
    int capitalised = 0;
    for (Token x : s) {
      if (x.kind() == TokenKind.WORD && x.text().length() >= 4) {
        words++;
        capitalised += x.isCapitalized() ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 8;
  }

  /** Whether "as" opens the clause that ends at {@code i}, four words back at most ("as the campaign claims.", "as the mayor's campaign claims"). */
  private static boolean asClause(List<Token> s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (s.get(k).kind() == TokenKind.PUNCTUATION && !isApostrophe(s.get(k).norm())) {
        return false;
      }
      if (s.get(k).norm().equals("as")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a punctuation token is an apostrophe or a possessive's ending, which stands inside a noun phrase. */
  private static boolean isApostrophe(String norm) {
    return norm.equals("'") || norm.equals("\u2019") || norm.equals("'s") || norm.equals("\u2019s");
  }

  /** Whether "that" opens a clause within the next six words, before any punctuation ("claims in a filing that"). */
  private static boolean clauseFollows(List<Token> s, int from) {
    for (int k = from; k < s.size() && k < from + 6; k++) {
      if (s.get(k).kind() == TokenKind.PUNCTUATION) {
        return false;
      }
      if (s.get(k).norm().equals("that")) {
        return true;
      }
    }
    return false;
  }
}
