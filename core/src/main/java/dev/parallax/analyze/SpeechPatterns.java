package dev.parallax.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regular-expression parts for attributions: a capitalised name, verbs of saying and what may stand between. */
final class SpeechPatterns {
  /**
   * A surname's particle written joined to it, before its capital ("diGenova", "vanKirk"): part of the name's word,
   * as {@link PersonName#joinedParticle} reads it.
   */
  private static final String JOINED = "(?:" + String.join("|", PersonName.PARTICLES.stream().sorted().toList()) + ")";
  /**
   * What a name's word may start with: a capital, or a particle's first letter ({@link #JOINED}). Checked first, this
   * one character rejects almost every position of a text before the particles' alternatives and the lookbehinds run
   * (a regex finds by trying each position in turn: the analyzer's patterns start with a name).
   */
  private static final String NAME_START = "(?=[A-Z" + PersonName.PARTICLES.stream().map(p -> p.substring(0, 1))
      .distinct().sorted().collect(Collectors.joining()) + "])";
  /**
   * One word of a name: a capital, then letters, apostrophes, periods or hyphens; a particle joined to it before
   * ("diGenova") is the word's.
   */
  private static final String NAME_WORD = NAME_START + "(?:" + JOINED + "(?=[A-Z]\\p{Ll}))?[A-Z][\\p{L}'\u2019.\\-]*";
  /**
   * A name of one to six words, "of" allowed between them, as group 1; not a pronoun or a sentence adverb, and not
   * the rest of a brand's name after its one-letter prefix ("eCare", "iHarbor" hold no name "Care", "Harbor"), nor
   * the rest of a surname after its joined particle: "diGenova" is read whole.
   */
  static final String NAME = "(" + NAME_START + "(?:(?<!\\p{L})(?=" + JOINED + "[A-Z]\\p{Ll})"
      + "|(?=[A-Z])(?<!(?<!\\p{L})\\p{Ll})(?<!(?<!\\p{L})" + JOINED + "))"
      + "(?!(?:He|She|It|They|We|You|I|This|That|These|Those|There|Here|But|And|Then|"
      + "However|Still|Meanwhile|Instead|Now|Later|Also|When|While|If|As|After|Before|Once|Until|Unless|"
      + "Although|Though|Because|Since|Where|Why|What|How)\\b)" + NAME_WORD + "(?:\\s+(?:of\\s+)?" + NAME_WORD + "){0,5})";
  /** A run of one to six capitalised words, "of" allowed between them, captured by no group: a body's name. */
  static final String NAME_RUN = NAME_WORD + "(?:\\s+(?:of\\s+)?" + NAME_WORD + "){0,5}";
  /**
   * An office "for" a body, then a name, as group 1: "Chief of Staff for Security Jane Doe", "Center for American
   * Progress President Jane Doe" (kept apart from {@link #NAME}: "for" inside every name costs the analyzer a tenth of
   * its time).
   */
  static final String OFFICE_FOR_NAME = "(" + NAME_WORD + "(?:\\s+(?:of\\s+)?" + NAME_WORD + "){0,3}\\s+for\\s+" + NAME_WORD
      + "(?:\\s+(?:of\\s+)?" + NAME_WORD + "){1,5})";
  /** A party and its state, as written between commas after a lawmaker's name: "D-Calif.", "R-N.Y.", "I-New York". */
  static final String PARTY_STATE = "(?:R|D|I)[-\u2013]\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?";
  /**
   * Verbs of saying (the sentence splitter's attribution rule reads them too), as one group. The alternatives are
   * grouped by their first letter ("s(?:aid|ays|…)|t(?:old|…)"), in their order within each letter, which matches
   * exactly what the plain list matches: the regex engine then tries one group per position, not every verb.
   */
  static final String VERB = byFirstLetter(List.of(
      "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "warned", "warns", "claimed",
      "claims", "asserted", "asserts", "insisted", "insists", "noted", "notes", "wrote", "writes", "declared",
      "declares", "argued", "argues", "explained", "explains", "continued", "urged", "stressed", "emphasized",
      "emphasised", "remarked", "replied", "responded", "announced", "reiterated", "accused", "accuses", "called",
      "calls", "asked", "asks", "admitted", "admits", "insisting", "saying", "adding", "writing", "warning", "claiming",
      "noting",
      "underscored", "underlined", "proposed", "suggested", "complained", "blamed", "conceded", "acknowledged",
      "recalled", "quipped", "promised", "promises", "vowed", "vows", "pledged", "pledges", "denied", "denies",
      "tweeted", "tweets", "replies", "responds", "answered", "answers", "recalls", "countered", "counters", "joked",
      "jokes", "predicted", "predicts", "exclaimed", "shouted", "wondered", "cautioned", "cautions", "retort",
      "retorted", "retorts", "shot\\s+back", "fired\\s+back", "hit\\s+back", "charged(?=\\s+that\\b)",
      "indicated(?=\\s+that\\b)", "indicates(?=\\s+that\\b)", "contended",
      "contends", "confirmed", "confirms", "lamented", "maintained", "fumed", "alleges", "boasted", "mused",
      "recounted", "testified", "testifies", "scoffed", "bragged", "concluded", "demanded", "demanding", "expressed",
      "commented", "clarified", "clarifies", "pointed\\s+out", "points\\s+out", "summarized", "summarised",
      "summed\\s+up"));
  /**
   * What may stand between a subject and its verb of saying: auxiliaries, adverbs ("first", "then", any in -ly: "Jane
   * Doe quietly answered"), a day, "in a statement".
   */
  static final String AUX =
      "(?:\\s+(?:has|have|had|also|further|then|later|again|once|repeatedly|previously|recently|earlier|reportedly|even|"
          + "publicly|privately|openly|flatly|bluntly|angrily|quickly|immediately|subsequently|initially|firmly|"
          + "frankly|candidly|explicitly|specifically|personally|directly|briefly|formally|officially|separately|first|"
          + "finally|eventually|ultimately|simply|now|since|still|just|\\p{Ll}{2,}ly(?=\\s)|"
          + "on\\s+[A-Z][a-z]+day|this\\s+week|last\\s+week|on\\s+[A-Z][a-z]+|in\\s+remarks|in\\s+a\\s+statement))*";
  /**
   * A modal and its negation before a verb: "should not have", "could have", "would never", "didn't" (the auxiliaries
   * "has", "had" are in {@link #AUX}).
   */
  static final String MODAL_REQUIRED = "\\s+(?:should|would|could|might|must|may|will|did|does|do)(?:\\s+not|\\s+never|"
      + "n['\u2019]t)?(?:\\s+have)?";
  /** {@link #MODAL_REQUIRED}, optional. */
  static final String MODAL = "(?:" + MODAL_REQUIRED + ")?";
  /** Words for someone's agent, whom an article names with them ("Doe attorney Jane Roe"), as one group. */
  static final String AGENT = "(attorney|lawyer|aide|adviser|advisor)";
  /** Runs of white space, as {@code String.split("\\s+")} splits on (compiled once: split compiles it each call). */
  static final Pattern SPACES = Pattern.compile("\\s+");
  /** A verb of saying anywhere: a cheap test before the attribution patterns run. */
  static final Pattern VERB_ONLY = Pattern.compile("\\b" + VERB + "\\b");
  /** What separates words, for matching them whole: anything but letters ("Doe's" holds "Doe"). */
  static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
  /** Verbs of saying that take no object, so that the words after them in an inversion are its subject. */
  static final String INVERSION_VERB =
      "\\b(?:said|says|added|adds|wrote|writes|continued|explained|recalled|noted|summari[sz]ed)";
  /** A cheap test before the inversion patterns run. */
  static final Pattern INVERSION = Pattern.compile(INVERSION_VERB + "\\s");
  /**
   * Alternatives for what may follow the subject of an inversion (to be put in a lookahead): the end of the
   * clause, a description ("said a spokeswoman, who …", "said Interior Secretary Jane Doe who …"), a participle ("said
   * the president, speaking …") or a time or place ("said Jane Doe on Friday"); not the rest of reported speech ("said
   * his opponent, Jane Doe, lied").
   */
  static final String CLAUSE_END =
      "\\s*(?:[;:!?]|\\.(?!\\s*\\p{Lu})|$)|,\\s+(?:who|a|an|the|one|\\p{Ll}+ing)\\b|\\s+(?:on|in|at|during|who)\\b";

  private SpeechPatterns() {}

  /**
   * One non-capturing group of {@code alternatives}, grouped by first letter in order of first appearance, each group
   * keeping its alternatives' order: the same matches as the plain alternation, since alternatives of different first
   * letters never match at one position. Each alternative must start with a lower-case letter (not a group or a
   * capital, which a case-insensitive pattern would match under another letter).
   */
  static String byFirstLetter(List<String> alternatives) {
    Map<Character, List<String>> byLetter = new LinkedHashMap<>();
    for (String a : alternatives) {
      if (a.length() < 2 || a.charAt(0) < 'a' || a.charAt(0) > 'z') {
        throw new IllegalArgumentException("an alternative must start with a lower-case letter: " + a);
      }
      byLetter.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a.substring(1));
    }
    StringJoiner out = new StringJoiner("|", "(?:", ")");
    byLetter.forEach((letter, rests) -> out.add(letter + "(?:" + String.join("|", rests) + ")"));
    return out.toString();
  }
}
