package dev.parallax.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose words a headline quotes when it opens with the speaker and gives the words after a verb of saying or a
 * colon, as headlines do: "Karl Lind Says Harbor Plan Will ‘Ruin the Town’" (the verb capitalised, as a title-case
 * headline writes it), "Jane Doe to Lindby Council: ‘We will not back down’". Stateless.
 *
 * <table>
 *   <caption>the speaker of a headline's quote</caption>
 *   <tr><td>{@code Jane Doe to Lindby Council: ‘We will not back down’}</td><td>Jane Doe, a person the article
 *       names</td></tr>
 *   <tr><td>{@code Mayor Doe defends plan after protest: ‘I was elected to build’}</td><td>Jane Doe</td></tr>
 *   <tr><td>{@code Karl Lind Says Harbor Plan Will ‘Ruin the Town’}</td><td>Karl Lind</td></tr>
 *   <tr><td>{@code Lind: ‘We will not back down’}, in an article that names him only "Mayor Lind"</td><td>Lind, as
 *       the body's quotes name him</td></tr>
 *   <tr><td>{@code Jane Doe under fire: critics call plan ‘reckless’}</td><td>none: someone else says it</td></tr>
 *   <tr><td>{@code Karl Lind dies at 90: a ‘giant’ of Lindby}, {@code Karl Lind Accused of ‘Harbor Fraud’},
 *       {@code Jane Doe sued by Karl Lind: ‘…’}</td><td>none: words after a colon that do not open with the quote,
 *       said of the person or by another</td></tr>
 *   <tr><td>{@code ‘We will not back down’: Jane Doe vows to fight}, {@code ‘A Disaster.’ Karl Lind Slams Plan},
 *       {@code ‘…’ — Mayor Doe says …}</td><td>Jane Doe, Karl Lind: a headline that opens with the quote gives it to
 *       the person named right after it as the one who speaks</td></tr>
 *   <tr><td>{@code Jane Doe’s harbor plan: ‘…’}, {@code ‘…’: Jane Doe meets fishermen}, {@code ‘Harbor Hero’ Karl
 *       Lind Endorses …}, {@code Lindby council votes: ‘…’}</td><td>none: an owner, a name after the quote that says
 *       nothing, a nickname with no colon, dash or end mark after it, or no person the article names</td></tr>
 * </table>
 */
final class HeadlineSpeaker {
  private static final SpeakerLexicon LEXICON = SpeakerLexicon.standard();
  /** How many words may open a headline before the speaker's surname ("Vice President Karl Lind"). */
  private static final int OPENING_WORDS = 4;
  /**
   * A verb of saying as written in any case ("says", "Says"), or in the present or after "to" as only headlines write
   * some ("Announces", "to Tell", "to Urge").
   */
  private static final Pattern VERB_ANY_CASE = Pattern.compile("\\b(?:" + SpeechPatterns.VERB + "|"
      + SpeechPatterns.byFirstLetter(List.of("announces", "announce", "tell", "warn", "urges", "urge", "declare",
          "insist", "claim", "admit", "ask", "vow", "pledge", "stresses", "stress", "reiterates", "reiterate"))
      + ")\\b", Pattern.CASE_INSENSITIVE);
  /** Words that give the words to someone other than the headline's opener: a passive, "accused of". */
  private static final Pattern SAID_OF = Pattern.compile("\\bby\\b|\\b" + SpeechPatterns.VERB + "\\s+of\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * Verbs a headline gives a person's words with when it opens with them ("‘…’: Karl Lind slams plan"), besides the
   * verbs of saying.
   */
  private static final Pattern VERB_AFTER_QUOTE = Pattern.compile("(?:" + VERB_ANY_CASE.pattern() + "|\\b(?:"
      + SpeechPatterns.byFirstLetter(List.of("slams", "blasts", "rips", "defends", "speaks", "compares", "hits"))
      + ")\\b)", Pattern.CASE_INSENSITIVE);
  /** A colon or a dash after the closing mark of a quote that opens a headline, and the blanks around it. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?::|\u2014|\u2013|--?)\\s*");
  /** A capitalised word of a name or an office before it ("Police", "Chief", "Lind", "D-N.Y."), not a possessive. */
  private static final Pattern NAME_WORD = Pattern.compile("[A-Z][\\p{L}.\\-]*");
  /** How many capitalised words may name the speaker after the quote ("Harbor Board Critic Jane Doe"). */
  private static final int NAME_WORDS = 5;
  /** The end of a quote that ends its own sentence: a period, a question or exclamation mark, a comma. */
  private static final Pattern CLOSED_QUOTE = Pattern.compile("[.?!,]\\s*$");
  /** A colon and the opening mark of the quote right after it, the quote opening with a capital. */
  private static final Pattern COLON_QUOTE = Pattern.compile(":\\s*[\"\u201C\u2018']\\p{Lu}");

  private HeadlineSpeaker() {}

  /**
   * The person the headline {@code s} opens with, as the article names that person, when the words before its quote
   * (its first character at {@code quoteStart} and its end at {@code quoteEnd}, offsets in {@code text}) give the words
   * to the opener: a verb of saying (any case), or a colon right before the quote, which opens with a capital and no
   * verb of saying after the colon; no "by" before the quote, nor "of" after its verb. When the quote opens the
   * headline, the person named right after it who speaks ({@link #afterQuote}). Empty otherwise.
   */
  static Optional<String> of(String text, Sentence s, int quoteStart, int quoteEnd, People people) {
    if (s.role() != SentenceRole.HEADLINE || quoteStart <= s.start() || quoteStart >= text.length()) {
      return Optional.empty();
    }
    String before = text.substring(s.start(), quoteStart);
    if (before.strip().length() <= 1) {
      return afterQuote(text, s, quoteStart, quoteEnd, people);
    }
    int colon = before.lastIndexOf(':');
    boolean lead = colon >= 0
        ? COLON_QUOTE.matcher(text.substring(s.start() + colon, quoteStart + 1)).matches()
            && !VERB_ANY_CASE.matcher(before.substring(colon)).find()
        : VERB_ANY_CASE.matcher(before).find();
    if (!lead || SAID_OF.matcher(before).find()) {
      return Optional.empty();
    }
    return people.openingSubject(s.start()).or(() -> openingSurname(s, people))
        .filter(n -> Subjects.person(n, people));
  }

  /**
   * The person a headline that opens with the quote {@code [quoteStart, quoteEnd)} names right after it as the one who
   * speaks: a colon or a dash after the closing mark (or the quote's own end mark: "‘A Disaster.’ Karl Lind Slams …"),
   * then a name the article gives in full, and a verb of saying or of attack; not "accused of". Empty otherwise
   * ("‘Harbor Hero’ Karl Lind Endorses …" names him by the quote).
   */
  private static Optional<String> afterQuote(String text, Sentence s, int quoteStart, int quoteEnd, People people) {
    int from = Math.min(quoteEnd + 1, s.end());
    String rest = text.substring(from, s.end());
    Matcher separator = SEPARATOR.matcher(rest);
    boolean separated = separator.lookingAt();
    if (!separated && !CLOSED_QUOTE.matcher(text.substring(quoteStart, quoteEnd)).find()) {
      return Optional.empty(); // "‘Harbor Hero’ Karl Lind Endorses …": the quote names him
    }
    int k = separated ? separator.end() : 0;
    while (k < rest.length() && Character.isWhitespace(rest.charAt(k))) {
      k++;
    }
    int surname = -1; // where the last capitalised word read so far starts, and where it ends
    int surnameEnd = -1;
    for (int words = 0; words <= NAME_WORDS && k < rest.length(); words++) {
      Matcher verb = VERB_AFTER_QUOTE.matcher(rest).region(k, rest.length());
      if (surname >= 0 && verb.lookingAt()) {
        if (SAID_OF.matcher(rest).region(k, rest.length()).lookingAt()) {
          return Optional.empty(); // "‘…’: Karl Lind accused of …": said of him
        }
        String name = rest.substring(surname, surnameEnd);
        return people.bySurname(name, from + surname).filter(n -> namedBy(n, name, people));
      }
      Matcher word = NAME_WORD.matcher(rest).region(k, rest.length());
      int end = word.lookingAt() ? word.end() : -1;
      if (end < 0 || end >= rest.length() || !Character.isWhitespace(rest.charAt(end))) {
        return Optional.empty(); // a word in lower case, a possessive, a comma: no name that speaks
      }
      surname = k;
      surnameEnd = end;
      k = end;
      while (k < rest.length() && Character.isWhitespace(rest.charAt(k))) {
        k++;
      }
    }
    return Optional.empty();
  }

  /**
   * The person whose surname is one of the first words of the headline, before any possessive: a title-case headline
   * names no one by itself ("Karl Lind Says …"), the body names Karl Lind.
   */
  private static Optional<String> openingSurname(Sentence s, People people) {
    List<Token> t = s.tokens();
    for (int k = 0; k < Math.min(OPENING_WORDS, t.size()); k++) {
      Token word = t.get(k);
      if (k > 0 && word.text().equals(".") && abbreviatedTitle(t.get(k - 1))) {
        continue; // "Gen. Lind defends …": the period of a title ends nothing
      }
      if (word.kind() != TokenKind.WORD || !word.isCapitalized()
          || k + 1 < t.size() && t.get(k + 1).text().matches("['\u2019]s?")) {
        return Optional.empty(); // "Jane Doe's plan": an owner, not a speaker
      }
      String surname = word.text();
      Optional<String> named = people.bySurname(surname, word.start()).filter(n -> namedBy(n, surname, people));
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the person {@code name} is the one a headline names by {@code surname}: a full name the article gives
   * ("Karl Lind"), or the surname alone when the article names the person only after a title or an office ("Mayor
   * Lind") and so writes no full name.
   */
  private static boolean namedBy(String name, String surname, People people) {
    return name.endsWith(" " + surname) && Subjects.personName(name, people.lowerCase())
        || name.equals(surname) && Subjects.surnameAlone(surname, people);
  }

  /** Whether {@code word} is a title written abbreviated before a name ("Gen", "Dr", "Sen"). */
  private static boolean abbreviatedTitle(Token word) {
    return word.kind() == TokenKind.WORD && LEXICON.personTitle(word.text().toLowerCase(Locale.ROOT));
  }
}
