package dev.parallax.analyze;

import static dev.parallax.analyze.QuotationMarks.MASK;
import static dev.parallax.analyze.SpeechPatterns.AGENT;
import static dev.parallax.analyze.SpeechPatterns.AUX;
import static dev.parallax.analyze.SpeechPatterns.INVERSION;
import static dev.parallax.analyze.SpeechPatterns.INVERSION_VERB;
import static dev.parallax.analyze.SpeechPatterns.NAME;
import static dev.parallax.analyze.SpeechPatterns.PARTY_STATE;
import static dev.parallax.analyze.SpeechPatterns.SPACES;
import static dev.parallax.analyze.SpeechPatterns.VERB;
import static dev.parallax.analyze.SpeechPatterns.VERB_ONLY;
import static dev.parallax.analyze.SpeechPatterns.WORDS;

import dev.parallax.internal.SpeakingSources;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who the words around quotes say is speaking: one sentence (or run of sentences) with its quotes masked, its
 * speaker candidates and cited source found once. Each of its quotes then only picks the nearest candidate, so a
 * sentence of many quotes costs its length plus its quotes, not their product.
 */
final class Attribution {
  private static final SpeakerLexicon LEXICON = SpeakerLexicon.standard();
  /**
   * Not the words the object names as someone else's ("criticized what Karl Lind described as “…”"), to follow a verb
   * that characterizes.
   */
  private static final String NOT_SOMEONE_ELSES = "(?![^.;:\u0001]{0,80}?\\b(?:what|which|who|whom|that)\\b)";
  /**
   * A name, up to three descriptions between commas, then a verb of saying ("Jane Doe, the mayor, said"); a relative
   * clause or a first description opening with an article may be longer than other descriptions ("Mr. Doe, who had
   * largely been absent from the negotiations until late last week, responded"). Blanks may stand before the first comma, where a party tag was blanked out ("Jane
   * Doe (D-Minn.), the panel's chairwoman, said"). A first description that opens with a conjunction is a clause of its
   * own, not a description ("… the North Coast, and there is no date yet, said Jane Doe": not the coast).
   */
  private static final String NAME_ASIDES =
      NAME + "(?: {0,24},(?:\\s+(?:who|whose|which)\\s[^,\"\u201C\u201D\u0001]{1,150}+"
          // a description opening with an article, "former" or "current" may be as long ("a longtime member of … and
          // an adviser to …", "former head of … and current chief of …")
          + "|\\s+(?:a|an|the|former|current)\\s[^,\"\u201C\u201D\u0001]{1,150}+"
          // not a clause of its own: "between Lindby and the North Coast, and there is no date yet, said Jane Doe"
          + "|(?!\\s+(?:and|but|or|yet|while|although|though|because)\\s)[^,\"\u201C\u201D\u0001]{1,90}+)"
          // up to two more descriptions, each opening with an article, a relative pronoun or a capital (a brand's
          // "eCare" too)
          + "(?:,\\s+(?:the\\s|a\\s|an\\s|who\\s|whose\\s|which\\s|\\p{Ll}?\\p{Lu})"
          + "[^,\"\u201C\u201D\u0001]{1,90}+){0,2},)?"
          + "(?: {0,24},)?" // the comma after a blanked party tag ("Karl Lind (R-Iowa), tweeted")
          + AUX;
  /** A word boundary, as {@link #wholeWord} finds them. */
  private static final Pattern BOUNDARY = Pattern.compile("\\b");
  private static final Pattern NAME_VERB = Pattern.compile(NAME_ASIDES
      // shown or heard in a recording: "Mr. Lind is shown saying"
      + "(?:\\s+(?:is|was|can\\s+be|could\\s+be)\\s+(?:shown|seen|heard|quoted\\s+as)(?=\\s+saying\\b))?"
      + ",?\\s+" + VERB + "\\b");
  /**
   * A name and a verb of disclosing: "Eva Strand revealed that the town is “…”". Such a verb gives the words after it to
   * its subject only; after a quote it names who made them public ("“…,” a new report revealed"), so it is no verb of
   * saying in {@link SpeechPatterns#VERB}.
   */
  private static final Pattern NAME_DISCLOSES =
      Pattern.compile(NAME_ASIDES + ",?\\s+(?:revealed|reveals|disclosed|discloses)\\b");
  /**
   * A name (its descriptions between commas allowed) and a verb that characterizes something as the quoted words,
   * right before the quote: "Jane Doe, president of the Lindby Parents Fund, criticized the remarks as “…”",
   * "Senator Karl Lind denounced the offer as a “…”", "the Lindby Gazette should not have referred to the remedy as
   * “…”", "a date that Karl Lind once referred to as a “…”", as a headline writes it in the present ("Lind slams
   * plan as “…”"), with "being" or a word joined by "and" or "or" between "as" and the quote ("dismissed the plan as
   * costly and “…”", "slammed the bill as being “…”"). Not a passive ("the official described in the document as"),
   * nor someone else's words the object names ("criticized what Karl Lind described as “…”"), nor a quote after a
   * longer phrase ("praised the plan as one that shows the town can “…”": whose words those are is not said).
   */
  private static final Pattern NAME_CHARACTERIZES = Pattern.compile(NAME_ASIDES + SpeechPatterns.MODAL
      + "\\s+(?:(?:criticized|criticised|described|dismissed|denounced|derided|branded|labeled|labelled|characterized|"
      + "characterised|condemned|ridiculed|mocked|praised|hailed|slammed|blasted|describes|characterizes|"
      + "characterises|portrayed|portrays|portray|depicted|depicts|painted|paints|"
      // a headline's present: "Lind slams plan as “…”"
      + "criticizes|criticises|dismisses|denounces|derides|brands|labels|condemns|ridicules|mocks|praises|hails|"
      + "slams|blasts)\\s+" + NOT_SOMEONE_ELSES
      + "[^.;:\u0001]{1,80}?\\b"
      // "referred to" may have no object: "a date that Karl Lind once referred to as a “…”"
      + "|(?:referred|refers|refer)\\s+to\\s+" + NOT_SOMEONE_ELSES + "(?:[^.;:\u0001]{1,80}?\\s)?)"
      + "as\\s*(?:being\\s+|\\p{Ll}+\\s+(?:and|or)\\s+)?(?:(?:a|an|the)\\s+)?\u0001");
  /**
   * A description in lower case that characterizes something as the quoted words right before the quote, with an
   * auxiliary or an object that shows it is the subject: "told Karl Lind the network should not have referred to the
   * remedy as “…”", "the paper had described it as “…”", "at a time that Karl Lind's campaign portrays other leaders
   * as “…”" (a description of whose it is, by name). Its words are its own, not those of whoever reports it; it names
   * nobody ({@link #GROUP}). Not a passive ("the remedy referred to by locals as", "the official described in the
   * document as").
   */
  private static final Pattern DESCRIPTION_CHARACTERIZES = Pattern.compile("(?:\\b(?:the|its|his|her|their)|"
      + "(?<![\\p{L}'\u2019])\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3}['\u2019]s)\\s+"
      + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?\\p{Ll}[\\p{Ll}-]*"
      + "(?:" + SpeechPatterns.MODAL_REQUIRED + "|" + AUX + "(?=\\s+\\p{Ll}+\\s+(?:to\\s+)?"
      + "(?!(?:in|by|on|at|from|with|for|to|as|under|among|after)\\b)\\p{L}))"
      + "\\s+(?:(?:described|describes|characterized|characterizes|characterised|characterises|labeled|labelled|"
      + "labels|branded|brands|denounced|dismissed|dismisses|derided|derides|portrayed|portrays|portray|depicted|"
      + "depicts|painted|paints)\\s+"
      + "|(?:referred|refers|refer)\\s+to\\s+)" + NOT_SOMEONE_ELSES
      // the object may hold an abbreviation's periods ("other U.N. envoys")
      + "(?:[^.;:\u0001]|(?<=\\p{Lu})\\.){1,80}?\\bas\\s*(?:(?:a|an|the)\\s+)?\u0001");
  /**
   * Someone whom the words judge wrong to have claimed or called something in the quoted words: "it was wrong for the
   * Lindby Gazette to claim Karl Lind took “…”" (group 1 the name), "it was improper for the network to claim …" (no
   * name: nobody); no other verb of saying between (group 2). The one who judges it did not use the words.
   */
  private static final Pattern WRONG_TO_CLAIM = Pattern.compile("\\b(?:wrong|improper|unfair|inaccurate|incorrect|"
      + "misleading|irresponsible|inappropriate|a\\s+mistake|an\\s+error)\\s+for\\s+(?:(?:the|its|his|her|their)\\s+"
      + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?\\p{Ll}[\\p{Ll}-]*|(?:the\\s+)?" + NAME + ")\\s+to\\s+"
      + "(?:claim|say|suggest|call|describe|label|brand|refer\\s+to)\\b([^.;:\u0001]{0,100}?)\u0001");
  /**
   * A party and state in parentheses or between commas after a name ("David Long (R) said", "Rep. Jane Doe
   * (D-N.Y.) told", "Rep. Jane Doe (D., N.Y.) told", as some papers write it, "Nancy Pelosi, D-Calif., said"), a
   * convention of American political reporting.
   */
  private static final Pattern PARTY_TAG =
      Pattern.compile("\\((?:R|D|I)(?:(?:[-\u2013]|\\.,)\\s?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?\\)"
          // or between commas right before the verb, as Fox writes it: "Nancy Pelosi, D-Calif., said"
          + "|,\\s" + PARTY_STATE + ",(?=\\s+(?:" + VERB + ")\\b)"
          // or before a description, the comma before the tag kept for it: "Jane Doe, R-Colo., head of …, said"
          + "|(?<=,\\s)" + PARTY_STATE + ",(?=\\s)");
  /**
   * Words that credit the quote beside them to a person without a verb of saying: "as Sen. Jane Doe put it", "(to use
   * Jane Doe's words)", "in Karl Lind's words", "in the words of Karl Lind", "to quote Karl Lind" (the name in a
   * numbered group, a possessive's "'s" with it), or a pronoun for one named before ("as she put it", "in his words":
   * the groups {@code as} and {@code his}).
   */
  private static final Pattern CREDITED = Pattern.compile("\\b(?:[Aa]s\\s+(?:" + NAME_ASIDES + ",?|(?<as>he|she))\\s+"
      + "(?:put|puts)\\s+it\\b"
      + "|(?:[Ii]n|[Tt]o\\s+(?:use|borrow))\\s+(?:" + NAME + "|(?<his>[Hh]is|[Hh]er))\\s+(?:own\\s+)?(?:words|phrase)\\b"
      + "|[Ii]n\\s+the\\s+words\\s+of\\s+" + NAME + "|[Tt]o\\s+quote\\s+" + NAME + ")");
  /** A name, a relative clause's "who" and its verb of saying: "Councilwoman Eva Strand, who tweeted that “…”". */
  private static final Pattern WHO_VERB = Pattern.compile(NAME + ",\\s+who" + AUX + "\\s+" + VERB + "\\b");
  /**
   * A person "of the" body they serve, then a verb of saying: "Capt. Karl B. Lind of the Lindby Harbor Patrol said"
   * (group 1 the person; the body is no speaker there).
   */
  private static final Pattern NAME_OF_BODY_VERB =
      Pattern.compile(NAME + "\\s+of\\s+the\\s+" + SpeechPatterns.NAME_RUN + AUX + ",?\\s+" + VERB + "\\b");
  /** The verbs of saying that may open a sentence before its speaker and the quote ("Added Lind: “…”"). */
  private static final List<String> OPENING_VERBS = List.of("Added", "Said", "Wrote", "Continued", "Replied", "Countered");
  /** A verb of saying that opens a sentence before its speaker and the quote: "Added Lind: “…”". */
  private static final Pattern OPENING_INVERSION = Pattern.compile(
      "(?:^|[.!?\u0001]\\s+)(?:" + String.join("|", OPENING_VERBS) + ")\\s+" + NAME + "\\s*[:,]");

  /**
   * A name and a colon right before a quote, as a transcript or a headline gives the words ("Strand: “Yes, sir.”",
   * "Jane Doe: “We will rebuild”"), opening the context or after a sentence or another quote, or after a transcript's
   * label ("Transcript: MAYOR KARL LIND: “…”", read in the case names are written in by {@link #fromCapitals}).
   */
  private static final Pattern NAME_COLON_QUOTE =
      Pattern.compile("(?:^|(?<=^(?:Transcript|TRANSCRIPT):\\s{1,3})|(?<=[\u0001\"\u201D]\\s{0,3})"
          + "|(?<=(?<!\\p{L})\\p{Ll}{2,20}[.!?]\\s{1,3}))" + NAME
          + ":\\s*[\"\u201C]?\u0001"); // after a sentence's end, not a title's period ("Gen. Jane Doe:")

  /**
   * A name a transcript sets in capitals, in the case a name is written in: "MAYOR KARL LIND" is "Mayor Karl Lind";
   * a name with a lower-case letter, or of one word ("LIND"), is returned as it is.
   */
  private static String fromCapitals(String name) {
    if (name.indexOf(' ') < 0 || !name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(i > 0 && Character.isLetter(name.charAt(i - 1)) ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }

  /** A cheap test before {@link #OPENING_INVERSION} runs: one of its verbs, capitalised, anywhere. */
  private static boolean mayOpenWithVerb(String context) {
    for (String verb : OPENING_VERBS) {
      if (context.contains(verb)) {
        return true;
      }
    }
    return false;
  }
  /** An office "for" a body and a name before a verb of saying: "Chief of Staff for Security Jane Doe said". */
  private static final Pattern OFFICE_FOR_NAME_VERB =
      Pattern.compile(SpeechPatterns.OFFICE_FOR_NAME + AUX + ",?\\s+" + VERB + "\\b");
  /** A person's social media account saying it ("Trump's account tweeted", "Doe's Twitter account posted"). */
  private static final Pattern ACCOUNT_VERB = Pattern.compile(NAME + "['\u2019]s\\s+(?:official\\s+)?"
      + "(?:(?:Twitter|Facebook|Instagram|X)\\s+)?(?:account|feed|page)" + AUX + ",?\\s+(?:" + VERB
      + "|posted|posts|wrote|writes)\\b");
  /**
   * Inversion ("said Lavrov.", "said 76-year-old Jane Doe", "said the 36-year-old Doe", "said 32-year-old protester
   * Jane Doe"): only verbs that take no object, and the name must end the clause.
   */
  private static final Pattern VERB_NAME = Pattern.compile(
      INVERSION_VERB + "\\s+(?:(?:the\\s+)?\\d{1,3}-year-old\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2})?" + NAME
          + "(?=\\s*(?:[,.;:!?\u0001]|$)|\\s+(?:on|in|at|during|who)\\b|\\s+\\([^()]{1,12}\\)"
          + "|\\s+of\\s+the\\s+\\p{Lu})");
  /**
   * Inversion with one or two lower-case words describing the person before a full name: "said foreman John Miller",
   * "said night nurse Eva Strand". The words are a job or role whether or not the offices list it; a function word
   * or an adverb ("said also", "said recently") is none, and one capitalised word after them (a surname alone) is
   * read by {@link #VERB_NAME} as before.
   */
  private static final Pattern VERB_JOB_FULL_NAME = Pattern.compile(INVERSION_VERB + "\\s+(?:(?!(?:"
      + String.join("|", PersonName.STOP_WORDS.stream().sorted().map(Pattern::quote).toList())
      + ")\\s)(?![\\p{Ll}\\-]+ly\\s)\\p{Ll}[\\p{Ll}\\-]+\\s+){1,2}(?=\\p{Lu}[\\p{L}'\u2019.\\-]*\\s+\\p{Lu})" + NAME
      + "(?=\\s*(?:[,.;:!?\u0001]|$)|\\s+(?:on|in|at|during|who)\\b|\\s+\\([^()]{1,12}\\)|\\s+of\\s+the\\s+\\p{Lu})");
  /**
   * Inversion with a relative before the name, set off by commas: "said his wife, Eva Strand, 69, of Lindby", "said
   * her son, Karl Lind." The relative is the speaker, not the person "his" or "her" means.
   */
  private static final Pattern VERB_KIN_NAME = Pattern.compile(INVERSION_VERB + "\\s+(?:his|her|their)\\s+(?:"
      + String.join("|", Subjects.KIN.stream().sorted().toList()) + "),\\s+" + NAME + "(?=\\s*[,.;:!?\u0001]|$)");
  /**
   * Inversion with a description before a comma and the person's name, which closes the clause: "said the legislator,
   * Representative Jane Roe.", "said a spokesman, Jon Vale, on Monday", "said the lawmaker, Jane Roe, adding …". The
   * description may be any, not only an office the lexicon lists; the name must be a person's. Not the subject of
   * reported speech ("said the mayor, Jane Roe, lied").
   */
  private static final Pattern VERB_DESCRIPTION_NAME = Pattern.compile(INVERSION_VERB
      + "\\s+(?:the|a|an|his|her|their|its)\\s+(?:[\\p{L}\\p{N}'\u2019\\-]+\\s+){0,2}?\\p{Ll}[\\p{Ll}'\u2019\\-]+,\\s+"
      + NAME + "(?=\\s*(?:[.;:!?\u0001]|$)|,\\s+(?:(?:who|a|an|the|one|on|in|at|during|\\p{Ll}+ing)\\b|\\d)"
      + "|\\s+(?:on|in|at|during|who)\\b)");

  /**
   * Right after a quote, a verb of saying that may take an object elsewhere ("asked Senator Doe to resign"), then a
   * name: "“What is the half-life?” asked Senator Karl Berg.", "“Maybe next year,” suggested Jane Doe.", "“…,”
   * tweeted former Transport Secretary Eva Strand.", "“…,” warns Jane Doe of the Lindby Institute."
   */
  private static final Pattern QUOTE_VERB_NAME = Pattern.compile(
      "\\b(?:asked|asks|suggested|suggests|replied|replies|responded|answered|exclaimed|shouted|wondered|quipped|"
          + "tweeted|posted|"
          + "countered|joked|insisted|cautioned|warned|argued|declared|conceded|remarked|retorted|urged|"
          + "stressed|"
          // and their present tense, as features and analyses write it ("“…,” warns Jane Doe of the institute")
          + "counters|jokes|insists|cautions|warns|argues|declares|concedes|remarks|urges|stresses|responds|"
          + "answers|tweets)\\s+(?:former\\s+)?" + NAME
          + "(?=\\s*(?:[,.;:!?\u0001]|$)|\\s+(?:on|in|at|during)\\b|\\s+\\([^()]{1,12}\\)"
          // where the person is from, after a name the words cap cut there ("tweeted Republican Sen. Eva Moore Strand
          // of West Lindby, who …")
          + "|\\s+of\\s+(?:the\\s+)?\\p{Lu})");
  /**
   * A name right after a quote, a description after it ("a", "an", "the"), then a verb of saying ("“…,” Jane
   * Doe, a Republican trying to unseat Representative John Roe, a Democrat, said"): the description may hold
   * commas and names.
   */
  private static final Pattern NAME_APPOSITION_VERB = Pattern.compile(
      "\u0001\\s*" + NAME + ",\\s+(?:a|an|the)\\s[^\u0001\u201C\u201D\"]{1,200}?\\s" + VERB + "\\b");
  /** A verb of saying right before the quote ("and promised: “…”", "telling CNN, “…”", "telling local radio: “…”"). */
  private static final Pattern VERB_BEFORE_QUOTE = Pattern.compile("\\b" + VERB + "\\s*[:,]?\\s*$"
      + "|\\b(?:told|telling|tells)\\s+(?:[\\p{L}.'\u2019&-]+\\s+){0,3}[\\p{L}.'\u2019&-]+\\s*[:,]\\s*$");
  /** "he said", "She has also told": a pronoun as the subject of a verb of saying. */
  private static final Pattern PRONOUN_VERB = Pattern.compile("\\b(?:he|she|He|She)" + AUX + "\\s+" + VERB + "\\b");
  /** Words for a person named before, which news writing uses to refer back to them ("the lawmaker said"). */
  private static final List<String> PERSON_EPITHETS = List.of("lawmaker", "legislator", "hopeful", "candidate",
      "nominee", "contender", "challenger", "incumbent", "front-runner", "frontrunner", "billionaire", "tycoon",
      "mogul");
  /** Words for a company named before, which news writing uses to refer back to it ("the automaker said"). */
  private static final List<String> COMPANY_EPITHETS = List.of("giant", "drugmaker", "automaker", "carmaker",
      "chipmaker", "retailer", "conglomerate", "insurer");
  /**
   * A definite description that refers back to someone named before, opening its clause as the subject of a verb of
   * saying: "the pharmaceutical giant said", "the Democratic lawmaker added", "the 52-year-old said" (group 1 the
   * noun). Up to two words may stand before the noun. Like "he said", it means whom the article last had speak, when
   * that one is of its kind ({@link Epithet}); sources ("the company said") and roles ("the senator said") are read
   * elsewhere.
   */
  private static final Pattern EPITHET_VERB = Pattern.compile("\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?("
      + String.join("|", PERSON_EPITHETS) + "|" + String.join("|", COMPANY_EPITHETS) + "|\\d{1,3}-year-old)"
      + AUX + ",?\\s+" + VERB + "\\b");
  /**
   * The same description after its verb, closing the clause: "“…,” said the 52-year-old.", "said the pharmaceutical
   * giant on Monday", "said the hopeful, who …" (group 1 the noun). Not the subject of reported speech ("said the
   * giant “encourages” …") nor a description a name follows ("said the lawmaker, Representative Jane Doe").
   */
  private static final Pattern VERB_EPITHET = Pattern.compile(INVERSION_VERB + "\\s+[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?("
      + String.join("|", PERSON_EPITHETS) + "|" + String.join("|", COMPANY_EPITHETS) + "|\\d{1,3}-year-old)"
      + "(?=\\.|" + SpeechPatterns.CLAUSE_END + ")");
  /** A description in lower case after "the", ending in its head noun: "the actor and activist", "the veteran singer". */
  private static final String OCCUPATION = "([Tt]he\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,3}?\\p{Ll}[\\p{Ll}-]+)";
  /**
   * A description ending in an occupation ({@link #occupation}) that opens its clause as the subject of a verb of
   * saying: "the actor and activist said", "the veteran singer told reporters" (group 1 the description). Like "the
   * mayor said" for an office, it stands for the person the article named with it.
   */
  private static final Pattern OCCUPATION_VERB = Pattern.compile("\\b" + OCCUPATION + AUX + ",?\\s+" + VERB + "\\b");
  /** The same description after its verb, closing the clause: "“…,” said the actor and activist." */
  private static final Pattern VERB_OCCUPATION =
      Pattern.compile(INVERSION_VERB + "\\s+" + OCCUPATION + "(?=" + SpeechPatterns.CLAUSE_END + ")");
  /** "according to Jane Doe", "according to the Pentagon" (group 1 "the", group 2 the name). */
  private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording\\s+to\\s+(the\\s+)?" + NAME);
  /**
   * "according to" a full name after one or two lower-case words that describe the person, or after a description
   * and a comma: "according to fire chief Karl Lind", "according to the mayor, Jane Doe", "according to a spokesman,
   * Jon Vale" (group 1 the words, group 3 the name). A place or a body may stand before the words, in capitals
   * (group 2): "according to Lindby fire chief Karl Lind", "according to Jane Doe aide Karl Lind". As in {@link
   * #VERB_JOB_FULL_NAME}, a function word or an adverb is no description; a document's word ("according to court
   * papers Jane Doe filed") is read by {@link SpeakerLexicon#accordingSource}.
   */
  private static final Pattern ACCORDING_JOB = Pattern.compile("\\b[Aa]ccording\\s+to\\s+((?:(?:the|an?)\\s+)?"
      + "((?:\\p{Lu}[\\p{L}'\u2019.\\-]*\\s+){1,3})?(?:(?!(?:"
      + String.join("|", PersonName.STOP_WORDS.stream().sorted().map(Pattern::quote).toList())
      + ")[\\s,])(?![\\p{Ll}\\-]+ly[\\s,])\\p{Ll}[\\p{Ll}\\-]+(?:\\s+|,\\s+(?=\\p{Lu}))){1,2})"
      + "(?=\\p{Lu}[\\p{L}'\u2019.\\-]*\\s+\\p{Lu})" + NAME);
  /** One or two lower-case words right after a name: "police", "police records" of "Lindby police records". */
  private static final Pattern LOWER_WORDS = Pattern.compile("\\s+(\\p{Ll}[\\p{Ll}-]*)(?:\\s+(\\p{Ll}[\\p{Ll}-]*))?");

  /**
   * Whether the name that ends at {@code end} is only where a source or a group is ("according to Lindby police",
   * "according to Norby court records", "according to Lindby officials"): a source's word or a group's noun follows it
   * in lower case, as its first or second word.
   */
  private static boolean placeOfSource(String context, int end) {
    Matcher m = LOWER_WORDS.matcher(context).region(end, context.length());
    return m.lookingAt() && (sourceOrGroup(m.group(1)) || m.group(2) != null && sourceOrGroup(m.group(2)));
  }

  /** Whether {@code word} (lower case) is a source's word ("police", "records") or a group's noun ("officials"). */
  private static boolean sourceOrGroup(String word) {
    return LEXICON.sourceWord.matcher(word).matches() || GROUP_NOUNS.contains(word) || GROUP_PLURALS.contains(word);
  }

  /** What closes the clause after a name set off by a comma: "according to a spokesman, Jon Vale, who …". */
  private static final Pattern CLOSES_CLAUSE = Pattern.compile("\\s*(?:[,.;:!?\u0001]|$)");
  /** An article opening a description: "the mayor,", "a spokesman,". */
  private static final Pattern DETERMINER = Pattern.compile("(?:the|an?)\\s");
  /**
   * A definite or possessive description of someone's agent and a verb of saying: group 1 the owner ("Doe" of "Doe's
   * lawyer"), group 2 a word before the agent ("district"), group 3 the agent word.
   */
  private static final Pattern AGENT_VERB = Pattern.compile("\\b(?:[Tt]he|[Hh]is|[Hh]er|([A-Z][\\p{L}.]*)(?:'s|\u2019s))\\s+"
      + "(?:([\\p{L}-]+)\\s+)?" + AGENT + AUX + ",?\\s+" + VERB + "\\b");
  /**
   * What shows that a name after "according to the" was cut short or only describes: "the Pentagon's press secretary",
   * "the Department of the Interior", "the Institute for the Study of War".
   */
  private static final Pattern CUT_NAME = Pattern.compile("['\u2019]s\\b|\\s+(?:of|for)\\s");
  /**
   * A person a body's name only describes, right after it: "according to a senior administration official", "two
   * committee aides" (whose official it is, not who speaks).
   */
  private static final Pattern PERSON_OF_BODY = Pattern.compile("\\s+(?:official|aide|staffer|insider|source|adviser|"
      + "advisor|spokesman|spokeswoman|spokesperson|member|employee|officer|lawyer|attorney)s?\\b");
  /**
   * Nouns for a group that no name stands for ({@link #GROUP_VERB}); capitalised to open a sentence ("Officials said")
   * they are no name either.
   */
  private static final Set<String> GROUP_NOUNS = Set.of("officials", "agents", "aides", "lawmakers", "critics", "sources",
      "experts", "analysts", "advocates", "protesters", "residents", "witnesses", "supporters", "opponents", "someone",
      "somebody", "spectators", "onlookers", "demonstrators", "voters");
  /**
   * More nouns for a group, which name no one when they stand alone capitalised to open a sentence ("Authorities
   * called them “…”", "Economists said"); not read by {@link #GROUP_VERB}, where "authorities responded to an “…”"
   * reacts rather than speaks.
   */
  private static final Set<String> GROUP_PLURALS = Set.of("authorities", "investigators", "prosecutors", "economists",
      "scientists", "researchers", "regulators", "observers");
  /**
   * A group that no name stands for, as the subject of a verb of saying: "former agents have told Fox News", "some
   * officials said", "critics say". Its words are nobody's in particular, not a person's named nearby.
   */
  private static final Pattern GROUP_VERB = Pattern.compile("\\b(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Ff]ormer|[Ss]enior|"
      + "[Tt]op|[Ll]ocal|[Ff]ederal|[Cc]urrent|[Oo]ther)\\s+)*(?i:" + String.join("|", GROUP_NOUNS.stream().sorted().toList())
      + ")" + AUX + "\\s+" + VERB + "\\b");
  /** The group nouns as written in lower case and capitalised, for {@link #mayHaveGroup}. */
  private static final List<String> GROUP_NOUN_FORMS = GROUP_NOUNS.stream().sorted()
      .flatMap(n -> Stream.of(n, Character.toUpperCase(n.charAt(0)) + n.substring(1))).toList();
  /** A cheap test before {@link #GROUP_VERB} runs: one of its group nouns anywhere, as written or capitalised. */
  private static boolean mayHaveGroup(String context) {
    for (String noun : GROUP_NOUN_FORMS) {
      if (context.contains(noun)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Everyday words for one person whom the article does not name ("a commuter", "a resident", "one shopper"): said to
   * say something, the words are that person's, written as the article writes it, never someone named nearby.
   */
  private static final List<String> UNNAMED_PEOPLE = List.of("commuter", "resident", "neighbor", "neighbour",
      "witness", "passenger", "driver", "shopper", "customer", "voter", "parent", "mother", "father", "teacher",
      "student", "nurse", "worker", "employee", "volunteer", "protester", "protestor", "demonstrator", "bystander",
      "onlooker", "visitor", "tourist", "shopkeeper", "farmer", "fisherman", "survivor", "patient", "attendee",
      "spectator", "pedestrian", "cyclist", "traveler", "traveller", "man", "woman", "local");
  /** One unnamed person: "a commuter", "an elderly resident", "one shopper", "a New Yorker" (one who lives there). */
  private static final String UNNAMED_PERSON = "(?:[Aa]n?|[Oo]ne)\\s+(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
      + String.join("|", UNNAMED_PEOPLE) + ")|(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+er)";
  /** An unnamed person as the subject of a verb of saying: "a resident said", "one commuter told the Post". */
  private static final Pattern UNNAMED_VERB =
      Pattern.compile("\\b(" + UNNAMED_PERSON + ")" + AUX + "\\s+" + VERB + "\\b");
  /** An unnamed person after an inverted verb of saying, ending the clause: "said a commuter who was stopped". */
  private static final Pattern VERB_UNNAMED = Pattern.compile(INVERSION_VERB + "\\s+(" + UNNAMED_PERSON + ")(?="
      + SpeechPatterns.CLAUSE_END + ")");

  /** A name and its verb of saying right after a group's: "aides said Mr. Doe told his colleagues". */
  private static final Pattern NAME_SAID_AFTER = Pattern.compile("\\s+(?:that\\s+)?" + NAME + AUX + "\\s+" + VERB + "\\b");
  /** The speaker a group stands as among the candidates: chosen, it gives no speaker. */
  private static final String GROUP = "";
  /** A possessive pronoun opening a description: "his campaign", "their lawyers". */
  private static final Pattern POSSESSIVE_PRONOUN =
      Pattern.compile("(?:his|her|its|their|our|my|your)\\s", Pattern.CASE_INSENSITIVE);
  /** A medium credited after the quote: "per BBC News", "reported by Reuters". */
  private static final Pattern PER_SOURCE = Pattern.compile("\\b(?:per|reported\\s+by|quoted\\s+by|cited\\s+by)\\s+" + NAME);
  /** A medium credited as reporting: "The New York Times reported". */
  private static final Pattern SOURCE_REPORTED = Pattern.compile(NAME + "\\s+(?:reported|reports|wrote|writes)\\b");
  /** Lower-case prepositions after which a capitalised name is a place or a body, not a speaker. */
  static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "from", "at", "near", "for", "to", "on", "outside", "with", "across", "into");

  /** Verbs after which a capitalised name is the one spoken to ("told the Ledger, adding"), not a speaker. */
  private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell", "telling", "asked", "asking");

  /** A speaker and how far its words stand from the quote. */
  private record Candidate(int distance, String speaker) {}

  /**
   * A speaker found in a context, at {@code [start, end)}; a null speaker is a pronoun ("he said"), and
   * {@code pronoun} its gender (null for a name). {@code names} when its verb calls something by the quoted words
   * right before them ("the paper referred to it as “…”"): the words are its own, whoever reports them. {@code
   * described}, for a description that names no one in the article word for word ("the actor and activist"), is the
   * description as written, the speaker when the person last spoken of cannot be meant.
   */
  private record Found(int start, int end, String speaker, People.Gender pronoun, boolean names, boolean beforeOnly,
      Epithet epithet, String described) {
    Found(int start, int end, String speaker) {
      this(start, end, speaker, null, false, false, null, null);
    }

    Found(int start, int end, String speaker, People.Gender pronoun) {
      this(start, end, speaker, pronoun, false, false, null, null);
    }

    Found(int start, int end, String speaker, People.Gender pronoun, boolean names) {
      this(start, end, speaker, pronoun, names, false, null, null);
    }

    Found(int start, int end, String speaker, People.Gender pronoun, boolean names, boolean beforeOnly) {
      this(start, end, speaker, pronoun, names, beforeOnly, null, null);
    }
  }

  /**
   * What a back-referring description stands for ({@link #EPITHET_VERB}): a person ("the lawmaker", "the
   * 52-year-old") or a company ("the pharmaceutical giant", "the automaker").
   */
  private enum Epithet { PERSON, COMPANY }

  private final String text;
  private final List<Found> found;
  private final Optional<String> cited;
  private final People people;
  /** Where {@link #text} starts in the article. */
  private final int base;

  private Attribution(String text, int base, List<Found> found, Optional<String> cited, People people) {
    this.text = text;
    this.base = base;
    this.found = withJointSubjects(text, withoutCutNames(found), base, people);
    this.cited = cited;
    this.people = people;
  }

  /**
   * {@code found} without a name that another candidate of the same start writes longer ("Karl J" where a longer
   * match reads "Karl J. Lind II": a pattern's cap on the words of a name cut it), or that another candidate ending at
   * the same verb writes with more words before it ("Human Services Department" where "the Health and Human Services
   * Department said" reads the whole body).
   */
  private static List<Found> withoutCutNames(List<Found> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Found> kept = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean cut = f.speaker() != null && !f.speaker().isEmpty() && found.stream().anyMatch(g -> g != f
          && g.speaker() != null && g.speaker().length() > f.speaker().length()
          && (g.start() == f.start() && g.end() > f.end() && g.speaker().startsWith(f.speaker() + ".")
              || g.end() == f.end() && g.start() < f.start() && g.speaker().endsWith(" " + f.speaker())));
      if (!cut) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * {@code found} with a name or role that is the second of two subjects of one verb of saying read as a group, which
   * gives no speaker: "Jane Doe and Karl Lind said", "The mayor and the governor said", "the council, the harbor
   * authority and the Lindby Rowing Club said" say the words together, not the last one named alone. Not the subject
   * of a new clause after an object ("The deal passed the Lindby Council and Doe said"): the first subject must open
   * its clause.
   */
  private static List<Found> withJointSubjects(String context, List<Found> found, int base, People people) {
    if (!context.contains(" and ")) {
      return found;
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean joint = f.speaker() != null && !f.speaker().equals(GROUP) && !f.names() && !f.beforeOnly()
          && (opensWithName(context, f.start(), f.speaker())
              || officeBeforeName(context, f.start(), f.end(), f.speaker()) && afterPerson(context, f.start(), base, people))
          && secondSubject(context, f.start());
      out.add(joint ? new Found(f.start(), f.end(), GROUP) : f);
    }
    return out;
  }

  /**
   * Whether the words at {@code at} open with a word of {@code speaker}'s name, a person's title ("Governor Karl Lind") or "the"
   * ("the governor"): a second subject, not the rest of a body's name that holds "and" ("Health and Human Services
   * Secretary Jane Doe said": "Human" opens no name).
   */
  private static boolean opensWithName(String context, int at, String speaker) {
    int end = at;
    while (end < context.length() && !Character.isWhitespace(context.charAt(end))) {
      end++;
    }
    String word = context.substring(at, end);
    return word.equalsIgnoreCase("the") || List.of(speaker.split(" ")).contains(word)
        || LEXICON.personTitle(word.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the words from {@code at} to {@code speaker}'s name (before {@code end}) are an office written before it in
   * capitals, ending in an office word: "Senate Democratic Leader Chuck Roe" (but also "Human Services Secretary Jane
   * Doe", which {@link #afterPerson} tells apart).
   */
  private static boolean officeBeforeName(String context, int at, int end, String speaker) {
    String first = speaker.substring(0, speaker.indexOf(' ') < 0 ? speaker.length() : speaker.indexOf(' '));
    int name = wholeWord(context, at, end, first);
    if (name < 0 || name == at) {
      return false;
    }
    String[] words = SPACES.split(context.substring(at, name).strip());
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return LEXICON.offices.contains(words[words.length - 1].replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Where {@code word} first stands whole (a {@code \b} on each side) between {@code from} and {@code to} in
   * {@code text}, the region's ends bounding words as a regex region's do; -1 when it does not.
   */
  private static int wholeWord(String text, int from, int to, String word) {
    BitSet bounds = new BitSet();
    Matcher b = BOUNDARY.matcher(text).region(from, to);
    while (b.find()) {
      bounds.set(b.start());
    }
    // an empty word stands at every index up to the text's end, where the search stops
    for (int i = text.indexOf(word, from); i >= 0 && i + word.length() <= to;
        i = i < text.length() ? text.indexOf(word, i + 1) : -1) {
      if (bounds.get(i) && bounds.get(i + word.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the word before the "and" in front of {@code at} ends a person's name that the article gives in the
   * context (from {@code base} in the article): "House Speaker Jane Doe and Senate Leader Karl Lind said" joins two
   * people, "the Health and Human Services Secretary said" joins two words of one body.
   */
  private static boolean afterPerson(String context, int at, int base, People people) {
    int k = blankBefore(context, at);
    int w = lettersBefore(context, k);
    if (w == 0 || !context.startsWith("and", w) || k - w != 3) {
      return false;
    }
    int end = blankBefore(context, w);
    String last = context.substring(lettersBefore(context, end), end);
    return !last.isEmpty() && people.namedBetween(base, base + end).stream()
        .anyMatch(n -> n.indexOf(' ') > 0 && n.endsWith(" " + last));
  }

  /** A second description joined to a first: "the mayor and the governor", not "the health and human services secretary". */
  private static final Pattern JOINT_ROLES = Pattern.compile("\\s(?:and|or)\\s+(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir)\\s");

  /** The most words a first subject may have: "the International Chamber of Shipping". */
  private static final int SUBJECT_WORDS = 6;

  /**
   * Whether the name or role at {@code at} (an article before it allowed) follows "and" (no comma before it) after a
   * first subject that opens its clause: a name in capitals ("Jane Doe", "the Chamber of Shipping") or a role or body
   * after "the" ("the mayor").
   */
  private static boolean secondSubject(String context, int at) {
    int k = blankBefore(context, at);
    int w = lettersBefore(context, k);
    if (context.substring(w, k).equalsIgnoreCase("the")) {
      k = blankBefore(context, w);
      w = lettersBefore(context, k);
    }
    if (w == 0 || k - w != 3 || !context.startsWith("and", w) || !Character.isWhitespace(context.charAt(w - 1))) {
      return false; // not "and", or "and" after a comma: a new clause ("…, and Karl Lind said")
    }
    int end = blankBefore(context, w); // where the first subject ends
    String last = context.substring(lettersBefore(context, end), end);
    if (last.isEmpty()) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(last.charAt(0));
    if (!capitalised && !LEXICON.roleWord.matcher(last).matches() && !LEXICON.sourceWord.matcher(last).matches()) {
      return false; // "Lind left and Doe said": two clauses
    }
    int first = end; // where the first subject starts
    for (int words = 0; words <= SUBJECT_WORDS; words++) {
      int p = blankBefore(context, first);
      int t = p;
      while (t > 0 && !Character.isWhitespace(context.charAt(t - 1))) {
        t--;
      }
      String token = context.substring(t, p);
      if (token.equals("the") || token.equals("The")) {
        return opensClause(context, t); // "The mayor and", ", the Chamber of Shipping and"
      }
      boolean word = !token.isEmpty() && token.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-');
      boolean part = word && (capitalised ? Character.isUpperCase(token.charAt(0)) || token.equals("of")
          : Character.isLowerCase(token.charAt(0)));
      if (!part) {
        // a name in capitals opens where its words do ("On Monday, Jane Doe and"); a role needs its "the"
        return capitalised && !context.startsWith("of", first) && opensClause(context, first);
      }
      first = t;
    }
    return false;
  }

  /** The attribution of {@code context} (its quotes masked), which starts at offset {@code base} of the article. */
  static Attribution of(String context, int base, People people) {
    List<Found> found = new ArrayList<>();
    candidates(withoutPartyTags(context), base, people, found);
    taggedCredit(context, base, people, found);
    return new Attribution(context, base, found, citedSource(context), people);
  }

  /** The words around the quotes, each quote replaced by {@link QuotationMarks#MASK} characters. */
  String text() {
    return text;
  }

  /** The medium the words credit ("per BBC News", "The New York Times reported"), if any. */
  Optional<String> cited() {
    return cited;
  }

  /** The nearest candidate to {@code at}, the first of equals; a pronoun stands for {@code last}. */
  Optional<String> speaker(int at, Function<People.Gender, Optional<String>> last) {
    int[] unnamed = unnamedRightBefore(text, at);
    if (unnamed != null && found.stream().noneMatch(f -> f.start() < unnamed[1] && f.end() > unnamed[0])) {
      return Optional.empty(); // "Chief Karl Lind said a neighbor heard an officer yell, “…”": the officer's
    }
    int open = at;
    while (open > 0 && text.charAt(open - 1) == MASK) {
      open--;
    }
    for (Found f : found) {
      if (f.names() && f.end() == open + 1) {
        // "Jane Doe told Karl Lind the Lindby Gazette should not have referred to the remedy as “…”": the paper's
        // words, not hers (a description there names no one)
        return f.speaker().equals(GROUP) ? Optional.empty() : Optional.of(f.speaker());
      }
    }
    // A country, body or medium speaks only when no person is named as saying it ("Russia warned, Lavrov said").
    Candidate best = null;
    Candidate person = null;
    int subject = participleSubject(text, at);
    int[] aside = asideBefore(at);
    boolean outside = aside != null && found.stream().anyMatch(f -> f.speaker() != null && f.end() <= aside[0]);
    for (Found f : found) {
      if (f.beforeOnly() && f.end() > at) {
        continue; // "“…,” a new report revealed": who made the words public, not who said them
      }
      if (subject >= 0 && f.start() != subject) {
        continue; // "After calling it a “…,” Mayor Karl Lind canceled the dinner, a report says": the mayor's
      }
      if (outside && f.start() >= aside[0] && f.end() <= aside[1]) {
        continue; // "Jane Doe told the Post — where Karl Lind said she was “…” — “…”": the aside's speaker is not hers
      }
      if (f.start() > at && CONCESSION_AFTER.matcher(text.substring(Math.min(at + 1, f.start()), f.start())).find()) {
        continue; // "Lawyers objected to it as “…,” though Judge Eva Strand said …": the judge says something else
      }
      String who = f.speaker();
      if (who == null && f.described() != null) {
        // "Rose Vale says … “…,” the actor and activist said": the person who just said something, if the article
        // gives her no office ("Mayor Karl Strand" is not "the actor"); else the description as written
        who = last.apply(null).filter(p -> fits(Epithet.PERSON, p) && saidJustBefore(p)
            && !people.holdsOffice(p)).orElse(f.described());
      }
      if (who == null) {
        if (asksInLaterClause(f)) {
          continue; // "Mayor Doe snapped at a reporter after she asked why he was “…”": the reporter may be "she"
        }
        if (f.start() > at && tellsOfSomethingElse(f)) {
          continue; // "The “…” member was mocked at a hearing where she recounted her years at sea": not these words
        }
        List<String> owners = statementOwners(f);
        Optional<String> sayer = owners.isEmpty() ? sayerBefore(f) : Optional.empty();
        Optional<String> previous = sayer.isPresent() ? sayer : owners.isEmpty() ? last.apply(f.pronoun())
            : Optional.of(owners.size() == 1 ? owners.get(0) : GROUP); // several: no one can tell which
        if (previous.isEmpty()) {
          break;
        }
        if (!people.mayBe(previous.get(), f.pronoun())) {
          continue; // "Ms. Doe … “…,” he said": not her
        }
        if (f.epithet() != null && !fits(f.epithet(), previous.get())) {
          continue; // "Lindby Ferries said … “…,” the lawmaker said": not the company
        }
        if (f.epithet() == Epithet.PERSON && !namedJustBefore(previous.get(), f.start())) {
          continue; // "Bush hurt his knee. … Golf champion Karl Lind won. “…,” said the 29-year-old": not Bush
        }
        who = previous.get();
      }
      int d = distance(f.start(), f.end(), at);
      if (best == null || d < best.distance()) {
        best = new Candidate(d, who);
      }
      if (!LEXICON.institution(who) && (person == null || d < person.distance())) {
        person = new Candidate(d, who);
      }
    }
    Candidate chosen = person != null ? person : best;
    // a group nobody names ("former agents have told Fox News") said it: no one person
    return chosen == null || chosen.speaker().equals(GROUP) ? Optional.empty() : Optional.of(chosen.speaker());
  }

  /** A name opening a sentence as the subject of a verb of saying: "Lindmark said on Monday that …" (group 1). */
  private static final Pattern OPENER_SAYS = Pattern.compile("(?:The\\s+)?" + NAME + AUX + ",?\\s+" + VERB + "\\b");
  /** How many sentences before a company's description ("the automaker said") are read for the company. */
  private static final int COMPANY_REACH = 2;

  /**
   * The names that open the {@value #COMPANY_REACH} body sentences before {@code offset} as the subject of a verb of
   * saying and are no person's, group's, body's or medium's ("Lindmark said on Monday that …" before "“…,” the
   * automaker said"), each once, the latest first.
   */
  private static List<String> companiesBefore(int offset, People people) {
    List<String> out = new ArrayList<>(COMPANY_REACH);
    for (Sentence s : people.bodyBefore(offset, COMPANY_REACH)) {
      Matcher m = OPENER_SAYS.matcher(s.text());
      if (m.lookingAt()) {
        String name = m.group(1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Subjects.person(name, people) && !GROUP_NOUNS.contains(lower) && !GROUP_PLURALS.contains(lower)
            && !LEXICON.institution(name) && !out.contains(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * Whether the person {@code speaker}'s surname stands in this attribution's text before {@code at} or in one of
   * the {@value #COMPANY_REACH} body sentences before it, the reach a company's description has: a description such
   * as "the 52-year-old" refers back to someone the article has just named, where a "he" may go on speaking for
   * paragraphs.
   */
  private boolean namedJustBefore(String speaker, int at) {
    String[] words = SPACES.split(speaker.strip());
    Pattern surname = Pattern.compile("\\b" + Pattern.quote(words[words.length - 1]) + "\\b");
    return surname.matcher(text).region(0, Math.min(at, text.length())).find()
        || people.bodyBefore(base, COMPANY_REACH).stream().anyMatch(s -> surname.matcher(s.text()).find());
  }

  /**
   * Whether the person {@code speaker} is the subject of a verb of saying in one of the {@value #COMPANY_REACH} body
   * sentences before this attribution ("Rose Vale says the party is a cult."): a description of an occupation ("the
   * actor and activist said") refers back to someone just heard, not to anyone just named ("Karl Lind was fired. “…,”
   * the attorney said" is someone else).
   */
  private boolean saidJustBefore(String speaker) {
    return people.bodyBefore(base, COMPANY_REACH).stream()
        .anyMatch(s -> Subjects.reporter(s, people).filter(speaker::equals).isPresent());
  }

  /**
   * Whether {@code speaker} is of the kind a back-referring description names: a person's name for "the lawmaker", a
   * name that is no person's (nor a group's) for "the automaker".
   */
  private boolean fits(Epithet kind, String speaker) {
    boolean person = Subjects.person(speaker, people);
    return kind == Epithet.PERSON ? person : !person && !speaker.equals(GROUP);
  }

  /**
   * The person named as saying something earlier in the pronoun's own sentence, whom the pronoun that speaks after
   * a subordinator then means ("what coastguard chief Ivo Marr said hours earlier, when he claimed the captain wanted
   * “…”": Marr's, not whoever the sentence before named): a person who may be that pronoun, with no other such
   * person named between them. Empty otherwise, so that the sentence's subject or the person named before it is
   * meant, as for any pronoun.
   */
  private Optional<String> sayerBefore(Found pronoun) {
    if (!LATER_CLAUSE.matcher(text).region(0, pronoun.start()).find()) {
      return Optional.empty();
    }
    Found sayer = null;
    for (Found f : found) {
      if (f.speaker() != null && !f.speaker().equals(GROUP) && !f.names() && f.end() <= pronoun.start()
          && !LEXICON.institution(f.speaker()) && (sayer == null || f.end() > sayer.end())) {
        sayer = f;
      }
    }
    if (sayer == null || !people.mayBe(sayer.speaker(), pronoun.pronoun())
        || sentenceEnds(text, sayer.end(), pronoun.start())) {
      return Optional.empty();
    }
    String name = sayer.speaker();
    Matcher word = CAPITALISED.matcher(text).region(sayer.end(), pronoun.start());
    while (word.find()) {
      if (named(word.start(), word.group())
          .filter(n -> !n.equals(name) && people.mayBe(n, pronoun.pronoun())).isPresent()) {
        return Optional.empty(); // "Jane Doe said Karl Lind lied when he claimed": either of them
      }
    }
    return Optional.of(name);
  }

  /** The end of a sentence: a period, question or exclamation mark, then a blank and a capital or quotation mark. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+[\\p{Lu}\u201C\"]");

  /**
   * Whether a sentence ends in {@code text} between {@code from} and {@code to}: a title's period before a name ("told
   * Ms. Kask", "Dr. Roe") ends none.
   */
  private static boolean sentenceEnds(String text, int from, int to) {
    Matcher end = SENTENCE_END.matcher(text).region(from, to);
    while (end.find()) {
      if (!cutAtTitle(text, end.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people a pronoun that speaks right after "in which", "during which" or "at which" may mean: the person named
   * as the statement's owner ("Tom Roe's comments at a rally in which he said …", "a quote from Mrs. Doe in which she
   * said …", "an interview with Jane Doe, in which she said …"), else those the sentence names before it who may be
   * that pronoun ("he hammered Karl Lind over his comment in which he said …": Lind's comment), leaving out whom a
   * statement was sent to, held with or made against ("Jane Doe held a news conference with Eva Strand, at which she
   * said …": Doe's; "He cited a letter to Tom Roe in which he said …": not Roe's). Empty, so whom the pronoun meant
   * before, when the pronoun stands elsewhere or the sentence names no one else before it.
   */
  private List<String> statementOwners(Found pronoun) {
    Matcher which = IN_WHICH.matcher(text).region(0, pronoun.start());
    if (!which.find()) {
      return List.of();
    }
    int from = statementStart(which.start());
    Optional<String> owner = statementOwner(from, which.start());
    if (owner.isPresent()) {
      return owner.filter(n -> people.mayBe(n, pronoun.pronoun())).map(List::of).orElse(List.of());
    }
    List<int[]> aside = new ArrayList<>(); // "a letter to Tom Roe", "a conference with Eva Strand": not the owner
    Matcher addressed = ADDRESSED.matcher(text).region(0, pronoun.start());
    while (addressed.find()) {
      aside.add(new int[] {addressed.start(1), addressed.end(1)});
    }
    List<String> owners = new ArrayList<>();
    Matcher word = CAPITALISED.matcher(text).region(0, pronoun.start());
    while (word.find()) {
      int at = word.start();
      if (aside.stream().noneMatch(a -> at >= a[0] && at < a[1])) {
        named(at, word.group())
            .filter(n -> !owners.contains(n) && people.mayBe(n, pronoun.pronoun())).ifPresent(owners::add);
      }
    }
    owners.removeIf(n -> owners.stream().anyMatch(o -> !o.equals(n) && o.endsWith(" " + n)));
    return owners;
  }

  /**
   * Where the statement before "which" at {@code at} starts: after the clause mark before it (a comma right before
   * "in which" does not count), else at the start of the text.
   */
  private int statementStart(int at) {
    int k = at;
    while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
      k--;
    }
    while (k > 0 && ",;:(\u2014".indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return k;
  }

  /** The person named as the owner of the statement in {@code [from, to)}, the last one named. */
  private Optional<String> statementOwner(int from, int to) {
    Optional<String> owner = Optional.empty();
    int at = -1;
    for (Pattern p : List.of(OWNED_BY_NAME, OWNER_AFTER_WORD)) {
      Matcher m = p.matcher(text).region(from, to);
      while (m.find()) {
        Matcher word = CAPITALISED.matcher(text).region(m.start(1), m.end(1));
        while (word.find()) {
          Optional<String> named = named(word.start(), word.group());
          if (named.isPresent()) {
            if (m.start(1) > at) {
              owner = named;
              at = m.start(1);
            }
            break;
          }
        }
      }
    }
    return owner;
  }

  /** The person a capitalised word at {@code at} of the text names or opens the name of, if any. */
  private Optional<String> named(int at, String word) {
    return people.opening(base + at)
        .filter(n -> Subjects.personName(n, people.lowerCase()))
        .or(() -> people.bySurname(word, base + at)
            .filter(n -> Subjects.person(n, people)))
        .or(() -> Optional.of(word).filter(n -> Subjects.surnameAlone(n, people))); // "Mrs. Doe"
  }

  /**
   * Whether the pronoun {@code pronoun} asks in a subordinate clause that follows its sentence's main clause ("Mayor
   * Doe snapped at a reporter after she asked why he was", "Doe walked out when he asked whether she was"): a question
   * put after the main clause is mostly put to its subject, by someone else, so the pronoun stands for no one. Not a
   * clause that opens the sentence ("After she asked, Doe left"), nor one that says rather than asks ("Doe walked out
   * when she said", "even as he acknowledged": the subject's own words).
   */
  private boolean asksInLaterClause(Found pronoun) {
    if (!ASKS.matcher(text).region(pronoun.start(), pronoun.end()).find()) {
      return false;
    }
    Matcher m = LATER_CLAUSE.matcher(text).region(0, pronoun.start());
    if (!m.find()) {
      return false;
    }
    int sentence = m.start();
    while (sentence > 0 && ".!?\n".indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    return WORD.matcher(text).region(sentence, m.start()).find();
  }

  /**
   * Whether a pronoun's verb of saying, after the quote, stands in a later clause of its own ("where she recounted",
   * "after he described") and takes its own object ("her years at sea", "the plan"): the clause tells of something
   * else the pronoun said, so the words quoted before it are not given to the pronoun.
   */
  private boolean tellsOfSomethingElse(Found pronoun) {
    Matcher m = LATER_CLAUSE_OR_PLACE.matcher(text).region(0, pronoun.start());
    return m.find() && OWN_OBJECT.matcher(text).region(pronoun.end(), text.length()).lookingAt();
  }

  /** The subordinators that open a later clause ("after", "when", ...), as a regex alternation. */
  private static final String SUBORDINATORS = "after|when|while|as|because|before|since|once|until|although|though|if";
  /** A subordinator or "where" right before a pronoun: the first word of the pronoun's later clause. */
  private static final Pattern LATER_CLAUSE_OR_PLACE = Pattern.compile("\\b(?:where|" + SUBORDINATORS + ")\\s+$");
  /** An object of the verb's own right after it: a noun phrase opened by a determiner or possessive. */
  private static final Pattern OWN_OBJECT = Pattern.compile("\\s+(?:her|his|their|its|the|a|an)\\s+\\p{L}");

  /** A verb of asking that ends a pronoun's verb of saying ("she asked", "he had asked"). */
  private static final Pattern ASKS = Pattern.compile("\\b(?:asked|asks|questioned|questions|pressed)$");
  /** A subordinator right before a pronoun ("after she", "when he"): the first word of the pronoun's clause. */
  private static final Pattern LATER_CLAUSE = Pattern.compile("\\b(?:" + SUBORDINATORS + ")\\s+$");
  /** A word. */
  private static final Pattern WORD = Pattern.compile("\\p{L}");

  /** "in which", "during which", "at which" right before a pronoun. */
  private static final Pattern IN_WHICH = Pattern.compile("\\b(?:[Ii]n|[Dd]uring|[Aa]t)\\s+which\\s+$");
  /** The names after "to", "with" or "against": whom a statement was sent to, held with or made against. */
  private static final Pattern ADDRESSED =
      Pattern.compile("\\b(?:to|with|against)\\s+((?:\\p{Lu}[\\p{L}.\\u2019'-]*\\s*)+)");
  /** A name in the possessive: "Tom Roe's comments". */
  private static final Pattern OWNED_BY_NAME =
      Pattern.compile("((?:\\p{Lu}[\\p{L}.\u2019'-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)['\u2019]s\\b");
  /** A name after "by", "from" or "interview with": "a speech by Tom Roe", "a quote from Mrs. Doe". */
  private static final Pattern OWNER_AFTER_WORD =
      Pattern.compile("\\b(?:by|from|interview with)\\s+((?:\\p{Lu}[\\p{L}.\u2019'-]*\\s*){1,4})");
  /** A capitalised word, where a name may start. */
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]*");

  /**
   * Where the subject of the main clause starts when the quote at {@code at} stands in a participle clause of saying
   * or naming that opens the sentence, before that subject ("After calling the decision a “slap in the face,” Mayor
   * Karl Lind canceled the dinner, a local report says"; "Having called it “a sham,” the council …"): the quoted words
   * are the subject's, whoever reports the sentence. -1 when the quote stands elsewhere.
   */
  static int participleSubject(String context, int at) {
    int open = at;
    while (open > 0 && context.charAt(open - 1) == MASK) {
      open--;
    }
    if (open <= 0 || !PARTICIPLE_OPENING.matcher(context).region(0, open).matches()) {
      return -1;
    }
    int k = at;
    while (k < context.length() && context.charAt(k) == MASK) {
      k++;
    }
    while (k < context.length() && (context.charAt(k) == ',' || Character.isWhitespace(context.charAt(k)))) {
      k++;
    }
    return k < context.length() && Character.isLetter(context.charAt(k)) ? k : -1;
  }

  /** Participles of saying or naming ({@link #PARTICIPLE_OPENING}), as one alternation. */
  private static final String PARTICIPLES = "calling|describing|branding|labeling|labelling|dubbing|terming|deeming|"
      + "saying|declaring|warning|vowing|promising|praising|criticizing|criticising|denouncing|condemning|blasting|"
      + "slamming|hailing|decrying|insisting|claiming|arguing|accusing|telling|urging|demanding|pledging|mocking|"
      + "ridiculing|lamenting|complaining|characterizing|characterising|referring\\s+to";

  /**
   * A participle of saying or naming that opens the sentence, after "after", "before", "while" or "by" if any, with
   * nothing but its object before the quote (no comma, no other quote): "After calling the decision a ", "Having
   * called it ", "Describing the plan as ".
   */
  private static final Pattern PARTICIPLE_OPENING = Pattern.compile("\\s*(?:(?:After|Before|While|Since|Upon|By|Despite)"
      + "\\s+(?i:having\\s+\\p{Ll}+|" + PARTICIPLES + ")|(?:Having\\s+\\p{Ll}+|(?i:" + PARTICIPLES + ")))"
      + "\\b[^,;:\u0001\"\u201C\u201D]*");

  /**
   * The aside between two dashes that ends right before the quote at {@code at} ("… told the Post — where Karl Lind
   * said she was inside — “…”"), as {opening dash, closing dash}, or null.
   */
  private int[] asideBefore(int at) {
    int k = blankBefore(text, Math.min(at, text.length()));
    if (k > 0 && !DASH_MARKS.contains(text.charAt(k - 1))) {
      k = blankBefore(text, k - 1); // the quotation's own opening mark
    }
    if (k <= 0 || !DASH_MARKS.contains(text.charAt(k - 1))) {
      return null;
    }
    int close = k - 1;
    int open = close - 1;
    while (open >= 0 && !DASH_MARKS.contains(text.charAt(open))) {
      open--;
    }
    return open > 0 ? new int[] {open, close} : null;
  }

  /**
   * A conjunction of concession or cause right after a quote: the name after it is the subject of another statement,
   * not the quote's speaker.
   */
  private static final Pattern CONCESSION_AFTER = Pattern.compile(
      "^[\\s,\"\u201D\u2019\u0001]*(?:though|although|even\\s+though|whereas|because)\\s");

  /** The dashes that open and close an aside: an em dash and an en dash. */
  private static final Set<Character> DASH_MARKS = Set.of('\u2014', '\u2013');

  /** The speaker of a quote at {@code at} in {@code context} (a sentence without quotes too: reported speech). */
  static Optional<String> speaker(
      String context, int at, int base, People people, Function<People.Gender, Optional<String>> last) {
    List<Found> found = new ArrayList<>();
    candidates(withoutPartyTags(context), base, people, found);
    taggedCredit(context, base, people, found);
    return new Attribution(context, base, found, Optional.empty(), people).speaker(at, last);
  }

  /**
   * The context with each party tag blanked out, character for character, so that the name before it meets the
   * verb after it and every offset stays where it was.
   */
  /** Whether a party tag may follow a comma in {@code context} (", D-"): a cheap test before the pattern runs. */
  private static boolean hasCommaTag(String context) {
    for (int i = context.indexOf(','); i >= 0 && i + 3 < context.length(); i = context.indexOf(',', i + 1)) {
      char dash = context.charAt(i + 3);
      if (context.charAt(i + 1) == ' ' && "RDI".indexOf(context.charAt(i + 2)) >= 0 && (dash == '-' || dash == '\u2013')) {
        return true;
      }
    }
    return false;
  }

  static String withoutPartyTags(String context) {
    if (context.indexOf('(') < 0 && !hasCommaTag(context)) {
      return context;
    }
    Matcher m = PARTY_TAG.matcher(context);
    StringBuilder out = null;
    while (m.find()) {
      out = out == null ? new StringBuilder(context) : out;
      for (int k = m.start(); k < m.end(); k++) {
        out.setCharAt(k, ' ');
      }
    }
    return out == null ? context : out.toString();
  }

  /**
   * Every speaker candidate in {@code context} in the order the rules find them (names before or after a
   * verb of saying, role descriptions), then the pronouns before a verb of saying, then "according to" a name when
   * no verb of saying stands between it and the quote before it.
   */
  private static void candidates(String context, int base, People people, List<Found> found) {
    boolean verb = VERB_ONLY.matcher(context).find();
    if (mayOpenWithVerb(context)) {
      collect(OPENING_INVERSION.matcher(context), found, (g, o) -> resolve(g, base + o, people)); // "Added Lind:"
    }
    if (context.indexOf(':') >= 0 && context.indexOf(MASK) >= 0) {
      // a person the article names in full; not "Update:", a dateline or a body
      collect(NAME_COLON_QUOTE.matcher(context), found,
          (g, o) -> OPENING_VERBS.contains(g.split(" ", 2)[0]) ? Optional.empty() // "Added Lind:", read above
              : resolve(fromCapitals(g), base + o, people)
                  .filter(n -> n.indexOf(' ') > 0 && Subjects.personName(n, people.lowerCase())));
    }
    boolean inversion = verb && INVERSION.matcher(context).find();
    if (context.contains(" as ") && context.indexOf(MASK) >= 0) {
      Matcher m = NAME_CHARACTERIZES.matcher(context);
      while (m.find()) {
        // not one of two subjects ("both Jane Doe and Karl Lind referred to it as “…”": two people's words)
        if (!objectOrPlace(context, m.start(1), m.end(1)) && !afterAnd(context, m.start(1))) {
          resolve(m.group(1), base + m.start(1), people)
              .ifPresent(w -> found.add(new Found(m.start(), m.end(), w, null, true)));
        }
      }
      Matcher d = DESCRIPTION_CHARACTERIZES.matcher(context);
      while (d.find()) {
        found.add(new Found(d.start(), d.end(), GROUP, null, true)); // "the network should not have referred to it as"
      }
    }
    if (context.indexOf(MASK) >= 0 && (context.contains(" it") || context.contains("words") || context.contains("phrase")
        || context.contains("quote"))) {
      credited(context, base, people, found);
    }
    if (context.contains(" revealed") || context.contains(" reveals") || context.contains(" disclose")) {
      Matcher m = NAME_DISCLOSES.matcher(context);
      while (m.find()) {
        resolve(m.group(1), base + m.start(1), people)
            .ifPresent(w -> found.add(new Found(m.start(), m.end(), w, null, false, true)));
      }
    }
    if (context.contains(" for ") && context.indexOf(MASK) >= 0) {
      Matcher m = WRONG_TO_CLAIM.matcher(context);
      while (m.find()) {
        if (!VERB_ONLY.matcher(m.group(2)).find()) { // not "for the paper to say Karl Lind told them “…”": his
          Optional<String> who = m.group(1) == null ? Optional.of(GROUP) : resolve(m.group(1), base + m.start(1), people);
          who.ifPresent(w -> found.add(new Found(m.start(), m.end(), w, null, true)));
        }
      }
    }
    if (verb) {
      int bodyEnds = found.size();
      if (context.contains(" of the ")) {
        // "Capt. Karl B. Lind of the Lindby Harbor Patrol said": the captain, not the patrol
        // (not a body's own name: "the CEO of The Harbor Society of the United Towns, said")
        // ("the Rev. Karl Lind of the Lindby Chapel said" is the pastor: a person's title may follow "the")
        collect(NAME_OF_BODY_VERB.matcher(context), found, (g, o) -> g.startsWith("The ")
            || afterThe(context, o) && !personTitleFirst(g)
            ? Optional.empty() : resolve(g, base + o, people).filter(n -> Subjects.personName(n, people.lowerCase())));
      }
      List<Found> ofBody = List.copyOf(found.subList(bodyEnds, found.size()));
      if (context.contains(", who")) {
        // ", who tweeted that"; not a place's state ("Sheriff Jane Doe of Lind County, Ariz., who calls herself")
        collect(WHO_VERB.matcher(context), found, (g, o) -> stateOfAPlace(context, o, o + g.length()) ? Optional.empty()
            : resolve(g, base + o, people));
      }
      Matcher nv = NAME_VERB.matcher(context);
      int from = 0;
      int openerEnd = -1; // the verb after a lone word that may only open the sentence
      while (from <= context.length() && nv.find(from)) {
        from = nv.end();
        int verbEnd = nv.end();
        int nameStart = nv.start(1);
        if (ofBody.stream().anyMatch(b -> b.end() == verbEnd && b.start() < nameStart)) {
          continue; // the body a person named before it serves
        }
        if (objectOrPlace(context, nv.start(1), nv.end(1))) {
          from = nv.end(1); // the place may hide the subject after it ("the mayor of X, Jane Doe, said")
          continue;
        }
        if (participleAfterComma(context, nv.end(1), nv.end()) && !opensClause(context, nv.start(1))) {
          from = nv.end(1); // "took no firm stance against Lindby, claiming that …": the clause's subject claims
          continue;
        }
        Optional<String> s = resolve(nv.group(1), base + nv.start(1), people);
        Found f = s.map(name -> new Found(nv.start(), nv.end(), name)).orElse(null);
        if (nv.end() == openerEnd) {
          // "Separately, Jane Doe, a Democrat, said", "On Sunday, Sen. Jane Doe, R-S.C., said": a person's full
          // name in the asides is the subject; a body or a word there is not
          if (f != null && Subjects.personName(f.speaker(), people.lowerCase())) {
            int saidAt = openerEnd;
            found.removeIf(o -> o.end() == saidAt);
            found.add(f);
            openerEnd = -1;
          }
          continue;
        }
        if (f != null) {
          found.add(f);
        }
        if ((f == null || f.speaker().indexOf(' ') < 0) && asideOpensWithName(context, nv.end(1))) {
          openerEnd = nv.end();
          from = nv.end(1); // look for a full name in its asides
        }
      }
      if (context.contains(" for ")) {
        // a person's full name after the office and its body; not the last words of a body's own name ("the Lindby
        // Center for Health Records said" is no person "Records")
        collect(OFFICE_FOR_NAME_VERB.matcher(context), found,
            (g, o) -> resolve(g, base + o, people).filter(n -> n.indexOf(' ') > 0));
      }
      if (context.indexOf(MASK) >= 0) {
        Matcher m = QUOTE_VERB_NAME.matcher(context);
        while (m.find()) {
          int k = blankBefore(context, m.start());
          if (k > 0 && context.charAt(k - 1) == MASK && !cutAtTitle(context, m.end(1))) {
            resolve(m.group(1), base + m.start(1), people).ifPresent(w -> found.add(new Found(m.start(), m.end(), w)));
          }
        }
      }
      if (inversion) {
        collectInverted(context, VERB_NAME.matcher(context), found,
            (g, o) -> cutAtTitle(context, o + g.length()) ? Optional.empty() : resolve(g, base + o, people));
        collectInverted(context, LEXICON.verbDescribedName.matcher(context), found,
            (g, o) -> resolve(g, base + o, people));
        collectInverted(context, VERB_JOB_FULL_NAME.matcher(context), found,
            (g, o) -> cutAtTitle(context, o + g.length()) ? Optional.empty() : resolve(g, base + o, people));
        collectInverted(context, VERB_KIN_NAME.matcher(context), found,
            (g, o) -> resolve(g, base + o, people).filter(n -> Subjects.personName(n, people.lowerCase())));
        if (context.indexOf(',') >= 0) {
          collectInverted(context, VERB_DESCRIPTION_NAME.matcher(context), found,
              (g, o) -> resolve(g, base + o, people).filter(n -> Subjects.personName(n, people.lowerCase())));
        }
      }
      if (context.contains("account") || context.contains("feed") || context.contains("page")) {
        collect(ACCOUNT_VERB.matcher(context), found, (g, o) -> resolve(g, base + o, people));
      }
      if (context.indexOf(MASK) >= 0) {
        Matcher na = NAME_APPOSITION_VERB.matcher(context);
        while (na.find()) {
          Optional<String> s = resolve(na.group(1), base + na.start(1), people).filter(n -> n.indexOf(' ') > 0);
          if (s.isPresent()) {
            found.add(new Found(na.start(1), na.end(1), s.get()));
          }
        }
      }
    }
    if (verb && LEXICON.roleWord.matcher(context).find()) {
      // "The mayor and the governor said": two roles in one description say it together
      collect(people.roleVerb().matcher(context), found,
          (g, o) -> Optional.of(JOINT_ROLES.matcher(g).find() ? GROUP : byDescription(g, base + o, people)));
      // "The mayor, speaking from the town hall on Monday, said": the aside does not part the role from its verb
      collect(people.roleAsideVerb().matcher(context), found,
          (g, o) -> opensClause(context, o) ? Optional.of(byDescription(g, base + o, people)) : Optional.empty());
      if (inversion) {
        collectInverted(context, LEXICON.verbRole.matcher(context), found,
            (g, o) -> Optional.of(byDescription(g, base + o, people)));
      }
    }
    if (verb && (context.contains("a ") || context.contains("an ") || context.contains("one "))) {
      // "“…,” said a commuter who was stopped at the barrier", "a resident said": the person as written, never a name
      collect(UNNAMED_VERB.matcher(context), found,
          (g, o) -> opensClause(context, o) ? Optional.of(g.strip()) : Optional.empty());
      if (inversion) {
        collectInverted(context, VERB_UNNAMED.matcher(context), found, (g, o) -> Optional.of(g.strip()));
      }
    }
    if (verb && (context.contains("attorney") || context.contains("lawyer") || context.contains("aide")
        || context.contains("advis"))) {
      // "“…,” the attorney said" after "Doe attorney Jane Roe said": Jane Roe
      Matcher m = AGENT_VERB.matcher(context);
      while (m.find()) {
        String described = ((m.group(1) == null ? "" : m.group(1)) + " " + (m.group(2) == null ? "" : m.group(2)))
            .strip().toLowerCase(Locale.ROOT);
        int at = m.start();
        people.byAgent(m.group(3), described, base + at).ifPresent(name -> found.add(new Found(at, m.end(), name)));
      }
    }
    boolean sourceWord = (verb || context.contains("ccording")) && LEXICON.sourceWord.matcher(context).find();
    if (verb && sourceWord) {
      // only a source that opens its clause speaks: not "a spokesman for the company said", "the man who sued the
      // company said"
      collect(LEXICON.sourceVerb.matcher(context), found,
          (g, o) -> opensClause(context, o) ? Optional.of(asWritten(g)) : Optional.empty());
      if (inversion) {
        collectInverted(context, LEXICON.verbSource.matcher(context), found, (g, o) -> Optional.of(asWritten(g)));
      }
    }
    if (verb && mayHaveGroup(context)) {
      Matcher g = GROUP_VERB.matcher(context);
      while (g.find()) {
        if (!NAME_SAID_AFTER.matcher(context).region(g.end(), context.length()).lookingAt()) {
          found.add(new Found(g.start(), g.end(), GROUP)); // not "aides said Mr. Doe told his colleagues"
        }
      }
    }
    if (verb && mayHavePronoun(context)) {
      Matcher m = PRONOUN_VERB.matcher(context);
      while (m.find()) {
        found.add(new Found(m.start(), m.end(), null, pronounGender(m.group())));
      }
    }
    if (verb && (context.contains("the ") || context.contains("The "))) {
      Matcher m = EPITHET_VERB.matcher(context);
      while (m.find()) {
        // not one the article brought in unnamed ("A 52-year-old man was arrested … the 52-year-old said")
        if (opensClause(context, m.start()) && !people.introducedUnnamed(m.group(1), base + m.start())) {
          Epithet kind = COMPANY_EPITHETS.contains(m.group(1)) ? Epithet.COMPANY : Epithet.PERSON;
          found.add(epithet(m, kind, base, people));
        }
      }
      if (inversion) {
        // "“…,” said the 52-year-old": read as "the 52-year-old said"
        Matcher v = VERB_EPITHET.matcher(context);
        while (v.find()) {
          if (inverted(context, v, found) && !people.introducedUnnamed(v.group(1), base + v.start(1))) {
            found.add(epithet(v, COMPANY_EPITHETS.contains(v.group(1)) ? Epithet.COMPANY : Epithet.PERSON, base, people));
          }
        }
      }
    }
    if (verb && (context.contains("the ") || context.contains("The "))) {
      // "“…,” the actor and activist said": the person the article named so, else the description as written
      Matcher m = OCCUPATION_VERB.matcher(context);
      while (m.find()) {
        if (opensClause(context, m.start(1))) {
          occupation(m, base, people).ifPresent(found::add);
        }
      }
      if (inversion) {
        Matcher v = VERB_OCCUPATION.matcher(context);
        while (v.find()) {
          if (inverted(context, v, found)) {
            occupation(v, base, people).ifPresent(found::add);
          }
        }
      }
    }
    if (context.contains("ccording")) {
      Matcher j = ACCORDING_JOB.matcher(context);
      Set<Integer> placed = new HashSet<>(); // where a place before a description opens the name it describes
      while (j.find()) {
        // "According to fire chief Karl Lind, “…”", "“…,” according to the mayor, Jane Doe": the person named, when
        // nobody is said to speak between the quote and "according to" and the words describe no document
        int from = context.lastIndexOf(MASK, j.start());
        String words = j.group(1).trim();
        String described = j.group(2) == null ? words : context.substring(j.end(2), j.end(1)); // "fire chief"
        int comma = words.indexOf(',');
        String head = described.replace(",", "").strip();
        head = head.substring(head.lastIndexOf(' ') + 1); // "chief" of "police chief" ("police" of "police Chief")
        boolean closes = CLOSES_CLAUSE.matcher(context).region(j.end(3), context.length()).lookingAt();
        if (VERB_ONLY.matcher(context).region(Math.max(0, from), j.start()).find()
            // a document ("court documents Jane Doe filed"); a body's person ("police chief Karl Lind,") is named
            || LEXICON.sourceWord.matcher(described).find()
                && (!closes || LEXICON.sourceWord.matcher(head).matches() && !personTitleFirst(j.group(3))
                    && !officeFirst(j.group(3)))
            // a description and a comma only in apposition: "the mayor, Jane Doe," not "the mayor, Jane Doe will …"
            || comma >= 0 && (comma < words.length() - 1 || !DETERMINER.matcher(words).lookingAt()
                || !closes)
            || j.group(2) != null && LEXICON.medium(j.group(2))) { // "Lindby Times reporter Jane Doe" cites her
          continue;
        }
        String name = cleanName(j.group(3));
        if (namesPerson(name)) {
          Optional<String> who = resolve(j.group(3), base + j.start(3), people);
          who.ifPresent(w -> found.add(new Found(j.start(), j.end(), w)));
          if (who.isPresent() && j.group(2) != null) {
            placed.add(j.start());
          }
        }
      }
      Matcher m = ACCORDING.matcher(context);
      while (m.find()) {
        if (placed.contains(m.start())) {
          continue; // "according to Lindby fire chief Karl Lind": the chief, not the town
        }
        if (m.group(1) == null && !namesPerson(cleanName(m.group(2))) && placeOfSource(context, m.end(2))) {
          continue; // "according to Lindby police records": the records, read as a source below, not the town;
          // "according to Lindby officials": a group, no one
        }
        // "“…,” the House speaker said, according to Bloomberg News": the subject of the verb of saying between the
        // quote and "according to" spoke, whether or not it could be read; "according to" names the speaker only
        // when nobody is said to speak there
        int from = context.lastIndexOf(MASK, m.start()); // the verbs between the quote and "according to"
        if (!VERB_ONLY.matcher(context).region(Math.max(0, from), m.start()).find()) {
          // a body named after "the" is as written ("the Congressional Research Service"); a medium there is cited,
          // not speaking ("according to the Lindby Times")
          String name = cleanName(m.group(2));
          if (m.group(1) == null && name.startsWith("The ")) {
            continue; // "according to The Courier": a publication's title, which cites; nobody speaks there
          }
          boolean cut = name.endsWith("'s") || name.endsWith("\u2019s") // "the Pentagon's press secretary"
              || CUT_NAME.matcher(context).region(m.end(2), context.length()).lookingAt();
          Optional<String> who = m.group(1) == null ? resolve(m.group(2), base + m.start(2), people)
              : cut || LEXICON.medium(name) ? Optional.empty()
              : namesPerson(name) ? resolve(m.group(2), base + m.start(2), people) : Optional.of(name);
          who.ifPresent(w -> found.add(new Found(m.start(), m.end(), w)));
        }
      }
      if (sourceWord) {
        // "according to the indictment", "according to a statement from the Department of Justice": the document
        // as written, or the body that issued it
        Matcher s = LEXICON.accordingSource.matcher(context);
        while (s.find()) {
          int from = context.lastIndexOf(MASK, s.start());
          if (VERB_ONLY.matcher(context).region(Math.max(0, from), s.start()).find()) {
            continue;
          }
          boolean cut = s.group(2) == null && s.group(3) == null
              && CUT_NAME.matcher(context).region(s.end(1), context.length()).lookingAt();
          boolean describes = s.group(2) == null && s.group(3) == null
              && PERSON_OF_BODY.matcher(context).region(s.end(1), context.length()).lookingAt();
          if (POSSESSIVE_PRONOUN.matcher(s.group(1)).lookingAt() || cut || describes) {
            continue; // "according to his campaign": whose it is was said before; "the Department of the Interior"
            // or "a senior administration official": the official speaks, unnamed
          }
          if (s.group(3) == null && signed(context, s)) {
            continue; // "according to the statement signed by harbor master Jane Doe and Mayor Karl Lind": the
            // signers speak, not the paper; when the words after "by" are not one name, no one does
          }
          Optional<String> who = s.group(2) != null ? resolve(s.group(2), base + s.start(2), people)
              : s.group(3) != null ? Optional.of(asWritten(s.group(3))) : Optional.of(asWritten(s.group(1)));
          who.ifPresent(name -> found.add(new Found(s.start(), s.end(), name)));
        }
      }
    }
  }

  /**
   * The people {@link #CREDITED} credits quotes to: a name as a person the article names ("as Sen. Jane Doe put it"; a
   * possessive's "'s" left out: "in Karl Lind's words"), a pronoun as one named before ("as he put it").
   */
  private static void credited(String context, int base, People people, List<Found> found) {
    Matcher m = CREDITED.matcher(context);
    while (m.find()) {
      String pronoun = m.group("as") != null ? m.group("as") : m.group("his");
      if (pronoun != null) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        found.add(new Found(m.start(), m.end(), null,
            p.equals("he") || p.equals("his") ? People.Gender.MALE : People.Gender.FEMALE));
        continue;
      }
      boolean words = m.group().endsWith("words") || m.group().endsWith("phrase"); // "in Karl Lind's words"
      for (int g = 1; g <= m.groupCount(); g++) {
        String name = m.group(g);
        if (name == null) {
          continue;
        }
        if (words && !name.endsWith("'s") && !name.endsWith("\u2019s")) {
          break; // no possessive where one must stand
        }
        int at = m.start(g);
        resolve(words ? name.substring(0, name.length() - 2) : name, base + at, people)
            .ifPresent(w -> found.add(new Found(m.start(), m.end(), w)));
        break;
      }
    }
  }

  /**
   * A lawmaker's name and party tag right after a quote, ending the sentence with no verb of saying, as some outlets
   * credit a post or a statement: "“We will not back down,” Sen. Jane Roe (R-S.C.)", "“…,” Rep. Karl Lind, D-Calif."
   * (group 1 the name; the tag is no part of it).
   */
  private static final Pattern TAGGED_CREDIT = Pattern.compile("\u0001[\\s,]*" + NAME
      + "(?:\\s*\\((?:R|D|I)(?:(?:[-\u2013]|\\.,)\\s?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?\\)|,\\s" + PARTY_STATE
      + ")[\\s.]*$");

  /**
   * The person {@link #TAGGED_CREDIT} credits a quote to, read in {@code context} as written (its party tag not
   * blanked out): a person's full name only.
   */
  private static void taggedCredit(String context, int base, People people, List<Found> found) {
    if (context.indexOf(MASK) < 0 || context.indexOf('(') < 0 && !hasCommaTag(context)) {
      return;
    }
    Matcher m = TAGGED_CREDIT.matcher(context);
    if (m.find()) {
      resolve(m.group(1), base + m.start(1), people)
          .filter(n -> n.indexOf(' ') > 0 && Subjects.personName(n, people.lowerCase()))
          .ifPresent(w -> found.add(new Found(m.start(1), m.end(1), w)));
    }
  }

  /** "signed by", "written by": the document names who wrote it, a person. */
  private static final Pattern AUTHORED_BY =
      Pattern.compile("\\s+(?:co-?)?(?:signed|written|authored|penned|drafted)\\s+by\\s");
  /** After a signer's name, another signer: "Jane Doe and Karl Lind", "Jane Doe, Mayor Karl Lind". */
  private static final Pattern ANOTHER_SIGNER =
      Pattern.compile(",?\\s+and\\s+\\p{L}|,\\s+(?:\\p{Ll}+\\s+){0,3}\\p{Lu}[\\p{L}.\u2019'\\-]*\\s+\\p{Lu}");

  /**
   * Whether "according to" a document names who signed or wrote it ("the statement signed by ..."), but not as one
   * person the pattern read: no name at all, or a name with another signer after it. The document is then no speaker.
   */
  private static boolean signed(String context, Matcher s) {
    if (s.group(2) == null) {
      return AUTHORED_BY.matcher(context).region(s.end(1), context.length()).lookingAt();
    }
    return AUTHORED_BY.matcher(context).region(s.end(1), s.start(2)).find()
        && ANOTHER_SIGNER.matcher(context).region(s.end(2), context.length()).lookingAt();
  }

  /** The gender of the first pronoun before a verb of saying in {@code context}, null when there is none. */
  static People.Gender pronounIn(String context) {
    if (!mayHavePronoun(context)) {
      return null;
    }
    Matcher m = PRONOUN_VERB.matcher(context);
    return m.find() ? pronounGender(m.group()) : null;
  }

  /** The gender of the pronoun that opens {@code words} ("he said", "She added"). */
  private static People.Gender pronounGender(String words) {
    return Character.toLowerCase(words.charAt(0)) == 'h' ? People.Gender.MALE : People.Gender.FEMALE;
  }

  /** A cheap test before {@link #PRONOUN_VERB} runs: "he" or "she" as a word somewhere in {@code context}. */
  private static boolean mayHavePronoun(String context) {
    return context.startsWith("He ") || context.startsWith("She ") || context.contains(" he ") || context.contains(" she ")
        || context.contains("He ") || context.contains("She ");
  }

  /**
   * As {@link #collect}, for inversions ("“…,” said Jane Doe", "says the letter") only: the verb must follow a quote,
   * a comma or another break, not a subject of its own ("Officials said Jane Doe “will be charged”" is the officials'
   * report about her).
   */
  private static void collectInverted(
      String context, Matcher m, List<Found> found, BiFunction<String, Integer, Optional<String>> how) {
    while (m.find()) {
      Optional<String> s = inverted(context, m, found) ? how.apply(m.group(1), m.start(1)) : Optional.empty();
      if (s.isPresent()) {
        found.add(new Found(m.start(), m.end(), s.get()));
      }
    }
  }

  /**
   * Whether the verb of saying that match {@code m} opens (its subject group 1) is inverted: it follows a quote, the
   * clause's start or a break ({@link #INVERSION_BREAKS}), and is not the verb of a subject already found right before
   * it.
   */
  private static boolean inverted(String context, Matcher m, List<Found> found) {
    int k = blankBefore(context, m.start());
    int verbAt = m.start();
    // "Jane Doe, whose views have shifted, said Karl Lind “…”": the comma closes the subject's aside, and the verb is
    // hers (a name and its verb were found ending right there)
    boolean ownVerb = found.stream().anyMatch(f -> f.speaker() != null && f.end() > verbAt && f.end() <= m.end(1)
        && f.start() < verbAt);
    return !ownVerb && (k == 0 || context.charAt(k - 1) == MASK || INVERSION_BREAKS.indexOf(context.charAt(k - 1)) >= 0);
  }

  /**
   * The finding for a back-referring description ({@link #EPITHET_VERB}, {@link #VERB_EPITHET}) matched by {@code m}:
   * a company's is the one company named as speaking in the sentences before (several: a group, as no one can tell
   * which); otherwise it is read later, like "he said".
   */
  private static Found epithet(Matcher m, Epithet kind, int base, People people) {
    List<String> companies = kind == Epithet.COMPANY ? companiesBefore(base, people) : List.of();
    return companies.isEmpty() ? new Found(m.start(), m.end(), null, null, false, false, kind, null)
        : new Found(m.start(), m.end(), companies.size() == 1 ? companies.get(0) : GROUP);
  }

  /** What may stand before an inverted verb of saying besides a quote: ",", ":", ";", a dash, a bracket, a mark. */
  private static final String INVERSION_BREAKS = ",:;\u2014\u2013-(\"\u201D\u2019'";

  private static void collect(
      Matcher m, List<Found> found, BiFunction<String, Integer, Optional<String>> how) {
    while (m.find()) {
      Optional<String> s = how.apply(m.group(1), m.start(1));
      if (s.isPresent()) {
        found.add(new Found(m.start(), m.end(), s.get()));
      }
    }
  }

  /**
   * Whether the words at {@code at} open a clause: the context's start, or after a quote, a comma, a colon, a
   * semicolon, a dash or a conjunction ("and", "but", "which"); or after a document "from" ("a statement from").
   */
  private static boolean opensClause(String context, int at) {
    int k = blankBefore(context, at);
    if (k == 0) {
      return true;
    }
    char c = context.charAt(k - 1);
    if (c == MASK || ",:;\u2014\u2013-\"\u201D".indexOf(c) >= 0) {
      return true;
    }
    int w = lettersBefore(context, k);
    String word = context.substring(w, k);
    if (word.equals("from")) {
      // "a statement from the committee said": the committee's statement
      int p = blankBefore(context, w);
      return SpeakingSources.words().contains(context.substring(lettersBefore(context, p), p).toLowerCase(Locale.ROOT));
    }
    return CLAUSE_WORDS.contains(word);
  }

  /** The index after the last character before {@code at} that is not white space (0 when there is none). */
  private static int blankBefore(String context, int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(context.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** Whether {@code name} opens with a person's title ("Rev. Karl Lind", "Reverend Karl Lind"). */
  private static boolean personTitleFirst(String name) {
    int space = name.indexOf(' ');
    return space > 0 && LEXICON.personTitle(name.substring(0, space).replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code name} opens with an office written in capitals before the person's name ("Chief Karl Lind", "Deputy
   * Chief Eva Strand"): after a body's word ("according to Lindby police Chief Karl Lind") the body's officer is named,
   * not a document. One office word alone is no name ("Chief Lind" keeps the office's word as the surname's title).
   */
  private static boolean officeFirst(String name) {
    String[] words = SPACES.split(cleanName(name));
    int k = 0;
    while (k < words.length - 2 && office(words[k].replace(".", "").toLowerCase(Locale.ROOT))) {
      k++;
    }
    return k > 0;
  }

  /** Whether {@code word} (lower case) is a person's title or an office held by a person ("chief"), not a body's word. */
  private static boolean office(String word) {
    return LEXICON.personTitle(word) || LEXICON.offices.contains(word) && !LEXICON.bodyWord(word);
  }

  /** Whether "the" stands right before offset {@code at} of {@code context}, in any case. */
  private static boolean afterThe(String context, int at) {
    int k = blankBefore(context, at);
    return context.substring(lettersBefore(context, k), k).equalsIgnoreCase("the");
  }

  /** The start of the run of letters that ends at {@code end} ({@code end} when a letter does not end there). */
  private static int lettersBefore(String context, int end) {
    int k = end;
    while (k > 0 && Character.isLetter(context.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** Words after which a new clause opens: "and", "but", "To which the campaign tweeted". */
  private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "which", "while", "then", "so");

  /**
   * Whether the words before a quote may speak of {@code speaker}: they use a pronoun ("He paused, then added:")
   * or the speaker's surname ("During his news conference, Doe offered more comments, saying, “…”").
   */
  static boolean mayStandFor(String before, String speaker) {
    String surname = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (String word : WORDS.split(before.toLowerCase(Locale.ROOT))) {
      if (word.equals("he") || word.equals("she") || word.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code context} has a verb of saying whose subject cannot be {@code speaker} ("“…,” said a senior
   * official"; "Driven by greed, they said, he “…”": many people, not one): a quote standing alone, with no verb of
   * saying, keeps the last speaker.
   */
  static boolean saidBySomeoneElse(String context, String speaker) {
    return VERB_ONLY.matcher(context).find() && (!mayStandFor(context, speaker) || PLURAL_SAID.matcher(context).find()
        || mayHaveGroup(context) && GROUP_VERB.matcher(context).find());
  }

  /** "They" or "we" and a verb of saying: a group says it. */
  private static final Pattern PLURAL_SAID = Pattern.compile("\\b(?:[Tt]hey|[Ww]e)" + AUX + "\\s+" + VERB + "\\b");

  /**
   * Whether a group nobody names is the subject of the verb of saying right before the quote at {@code at} ("pointed to
   * what aides called “…”"): the group's words, not those of the sentence's subject.
   */
  static boolean groupRightBefore(String context, int at) {
    int end = at;
    while (end > 0 && context.charAt(end - 1) == MASK) {
      end--;
    }
    if (end <= 0) {
      return false; // the quote opens before the words read
    }
    String before = context.substring(Math.max(0, end - 60), end);
    if (!mayHaveGroup(before)) {
      return false;
    }
    Matcher g = GROUP_VERB.matcher(before);
    while (g.find()) {
      if (before.substring(g.end()).strip().replace(",", "").replace(":", "").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Someone the words do not name, and a verb of saying or shouting, right before the quote at {@code at}: "heard an
   * officer yell, “…”", "a man in the crowd shouted: “…”" (nested speech: not the words of the sentence's subject,
   * who reports them). The span {start, end} of that clause, or null.
   */
  static int[] unnamedRightBefore(String context, int at) {
    int end = at;
    while (end > 0 && context.charAt(end - 1) == MASK) {
      end--;
    }
    if (end <= 0) {
      return null;
    }
    int from = Math.max(0, end - 60);
    Matcher m = UNNAMED_SAYS.matcher(context.substring(from, end));
    return m.find() ? new int[] {from + m.start(), end} : null;
  }

  /** An unnamed person and a verb of saying or shouting ending the words before a quote ("an officer yell,"). */
  private static final Pattern UNNAMED_SAYS = Pattern.compile("\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]omeone|[Ss]omebody)"
      + "(?:\\s+(?!said\\b|says\\b)\\p{Ll}[\\p{Ll}\\-]*){0,3}\\s+(?:yell|yells|yelled|yelling|shout|shouts|shouted|"
      + "shouting|scream|screams|screamed|screaming|cry|cries|cried|crying|call\\s+out|called\\s+out|say|said"
      // heard or recorded saying it: "a call in which a woman is heard saying:", "an officer can be heard shouting,"
      + "|(?:heard|overheard|recorded|filmed|caught)\\s+(?:saying|yelling|shouting|screaming|crying))"
      + "\\s*[,:]?\\s*$");

  /** Whether a verb of saying stands right before the quote that starts at {@code at} in {@code context}. */
  static boolean introducedByVerb(String context, int at) {
    int end = at;
    while (end > 0 && context.charAt(end - 1) == MASK) {
      end--;
    }
    return end > 0 && VERB_BEFORE_QUOTE.matcher(context.substring(Math.max(0, end - 40), end)).find();
  }

  /**
   * A participle of saying after a comma, whose subject is the clause's ("Jane Doe apologized, saying she had …",
   * "…, writing that …", "Eva Strand set a fast pace, telling her staff to …"), or of calling something by the words
   * ("he repeated his apology, calling it “…”"); after a dash too ("Jane Doe praised the plan — warning that “…”"),
   * and after "while" ("…, while admitting that the work “…”"). Participles of promising, admitting and accusing say
   * words as well: "Karl Lind opened the bridge, promising a “…”", "…, accusing the council of “…”".
   */
  private static final Pattern PARTICIPLE_SAYING = Pattern.compile("(?:,|\\s[\u2014\u2013])\\s+(?:while\\s+)?"
      + "(?:saying|writing|adding|arguing|insisting|claiming|warning|noting|explaining|declaring|stating|telling|"
      + "urging|asking|calling|describing|labeling|labelling|branding|dubbing|terming|promising|vowing|pledging|"
      + "admitting|acknowledging|conceding|stressing|emphasizing|emphasising|asserting|predicting|complaining|"
      + "lamenting|accusing|demanding|recalling)\\b");

  /**
   * Whether the words from a name's end to the end of its verb of saying are a comma and a participle ("…, claiming"):
   * the participle's subject is its clause's, which the name is only when it opens the clause.
   */
  private static boolean participleAfterComma(String context, int nameEnd, int verbEnd) {
    return context.substring(nameEnd, verbEnd).indexOf(',') >= 0 && context.startsWith("ing", verbEnd - 3);
  }

  /**
   * Whether a participle of saying after a comma or a dash introduces the quote at {@code at} from a little before
   * it, with reported words between: "Jane Doe later posted an apology, saying she had “judged …”". Not when another
   * verb of saying or another quote stands between ("…, saying Karl Lind had called it “…”": his words).
   */
  static boolean saidInParticiple(String context, int at) {
    int end = at;
    while (end > 0 && context.charAt(end - 1) == MASK) {
      end--;
    }
    if (end <= 0) {
      return false; // the quote opens before the words read (a quote running on from the paragraph before)
    }
    String before = context.substring(Math.max(0, end - 160), end);
    if (before.indexOf(',') < 0 && before.indexOf('\u2014') < 0 && before.indexOf('\u2013') < 0) {
      return false;
    }
    Matcher m = PARTICIPLE_SAYING.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last < 0) {
      return false;
    }
    String between = before.substring(last);
    return between.indexOf(MASK) < 0 && between.indexOf(';') < 0 && !VERB_ONLY.matcher(between).find();
  }

  /**
   * Whether the name at {@code [at, nameEnd)} follows a preposition ("the mayor of Amatrice, Jane Doe, said") or
   * a participle: it is then a place, a body or an object, not the subject.
   */
  private static boolean objectOrPlace(String context, int at, int nameEnd) {
    int end = beforeNameParts(context, blankBefore(context, at));
    int start = lettersBefore(context, end);
    String word = context.substring(start, end);
    if (word.equals("the") && start > 0 && body(context.substring(at, nameEnd))) {
      // "a spokesman for the Department of Justice said": the body is the preposition's object as well ("Commander of
      // the Harbour Fire Brigade Jane Doe said" names a person)
      int before = blankBefore(context, start);
      int w = lettersBefore(context, before);
      if (w < before && PREPOSITIONS.contains(context.substring(w, before))) {
        return true;
      }
    }
    if ((word.equals("and") || word.equals("or")) && start > 0) {
      // the second of two objects ("took a swipe at CNN and MSNBC, saying"): as the first is
      int k = start;
      while (k > 0 && Character.isWhitespace(context.charAt(k - 1))) {
        k--;
      }
      if (k > 0 && context.charAt(k - 1) == ',') {
        return false; // "..., and Trump later tweeted": a new clause, whose subject the name is
      }
      int first = k; // back over the first object's capitalised words ("at Daily Ledger and ...")
      int p = k;
      while (p > 0) {
        int w = p;
        while (w > 0 && !Character.isWhitespace(context.charAt(w - 1))) {
          w--;
        }
        if (w == p || !Character.isUpperCase(context.charAt(w))) {
          break;
        }
        first = w;
        p = w;
        while (p > 0 && Character.isWhitespace(context.charAt(p - 1))) {
          p--;
        }
      }
      // two authors of one document ("the lawsuit from Lindby and Norrby argues") are no one speaker either
      return first < k && (objectOrPlace(context, first, k) || fromADocument(context, first));
    }
    // nor is the object of a participle before an aside ("After meeting Jane Doe, John Roe, a Democrat, said"; "The
    // memo, marked URGENT, warned"; not "saying Roe told them")
    boolean aside = nameEnd < context.length() && context.charAt(nameEnd) == ',';
    if (fromADocument(context, word, start)) {
      return false; // "A statement from Lindby Bakeries said": the statement's author, whose words the statement says
    }
    if (word.isEmpty() && stateOfAPlace(context, at, nameEnd)) {
      return true; // "the mayor of Washington, DC, suggested": the state of a place, not a speaker
    }
    return end > start && (PREPOSITIONS.contains(word) || LISTENER_VERBS.contains(word)
        || aside && word.length() > 4 && Character.isLowerCase(word.charAt(0))
            && (word.endsWith("ing") || word.endsWith("ed") && opensAside(context, start)));
  }

  /**
   * Whether "and" or "or" stands right before {@code at}, with no comma before it: the name is the second of two
   * ("both Jane Doe and Karl Lind"), not the subject of a new clause (", and Senator Karl Lind denounced").
   */
  private static boolean afterAnd(String context, int at) {
    int end = blankBefore(context, at);
    int start = lettersBefore(context, end);
    String word = context.substring(start, end);
    int before = blankBefore(context, start);
    return (word.equals("and") || word.equals("or")) && (before == 0 || context.charAt(before - 1) != ',');
  }

  /** Whether the name at {@code at} follows "from" after a document that speaks ("a statement from", "the letter from"). */
  private static boolean fromADocument(String context, int at) {
    int end = beforeNameParts(context, blankBefore(context, at));
    int start = lettersBefore(context, end);
    return fromADocument(context, context.substring(start, end), start);
  }

  private static boolean fromADocument(String context, String word, int start) {
    if (!word.equals("from") || start == 0) {
      return false;
    }
    int before = blankBefore(context, start);
    return SpeakingSources.words().contains(context.substring(lettersBefore(context, before), before)
        .toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the name at {@code [at, nameEnd)} is the state of a place right before it and its comma: "of Washington,
   * DC,", "of Lind County, Ariz., who".
   */
  private static boolean stateOfAPlace(String context, int at, int nameEnd) {
    int end = beforeNameParts(context, blankBefore(context, at));
    return end > 0 && lettersBefore(context, end) == end && context.charAt(end - 1) == ','
        && stateAfterPlace(context, at, nameEnd, end - 1);
  }

  /**
   * Whether the word at {@code start} opens an aside: a comma or "and" before it ("The memo, marked URGENT,"; "sent
   * under his name and marked URGENT,"), not an adverb ("Newly elected Mayor Jane Doe, a Democrat,").
   */
  private static boolean opensAside(String context, int start) {
    int k = blankBefore(context, start);
    if (k > 0 && context.charAt(k - 1) == ',') {
      return true;
    }
    int w = lettersBefore(context, k);
    return context.substring(w, k).equals("and");
  }

  /**
   * Whether the name at {@code [at, nameEnd)} is a state written after a place and its comma (at {@code comma}) that a
   * preposition governs, with a comma after it too: "of Washington, DC,", "in Springfield, Ill.,", "in Mount Kisco, New
   * York," (one short word in capitals or abbreviated, a US state or a country; "in Brussels, NATO said" names NATO).
   */
  private static boolean stateAfterPlace(String context, int at, int nameEnd, int comma) {
    String name = context.substring(at, nameEnd).strip();
    boolean abbreviated = name.length() <= 6 && name.indexOf(' ') < 0
        && (name.equals(name.toUpperCase(Locale.ROOT)) || name.endsWith("."));
    boolean state = nameEnd < context.length() && context.charAt(nameEnd) == ','
        && (abbreviated || LEXICON.stateOrCountry(name));
    if (!state) {
      return false;
    }
    int placeEnd = blankBefore(context, comma);
    int place = placeEnd;
    while (place > 0 && !Character.isWhitespace(context.charAt(place - 1))) {
      place--;
    }
    if (place == placeEnd || !Character.isUpperCase(context.charAt(place))) {
      return false;
    }
    while (true) { // back over the place's other words ("in Mount Kisco, New York,")
      int b = blankBefore(context, place);
      int w = b;
      while (w > 0 && !Character.isWhitespace(context.charAt(w - 1))) {
        w--;
      }
      if (w == b || b == place || !Character.isUpperCase(context.charAt(w))) {
        break;
      }
      place = w;
    }
    int before = blankBefore(context, place);
    String word = context.substring(lettersBefore(context, before), before);
    return PREPOSITIONS.contains(word);
  }

  /**
   * Whether a name names a body, not a person: "Department of Justice", "Democratic National Committee" ("Harbour Fire
   * Brigade Jane Doe" is Jane Doe).
   */
  private static boolean body(String name) {
    List<String> words = PersonName.parse(cleanName(name), LEXICON).words();
    return LEXICON.institution(name) || words.isEmpty() || !LEXICON.personLike(String.join(" ", words));
  }

  /**
   * Back from {@code end} (the end of the text before a surname) over what may stand between a preposition and the
   * surname: a nickname in parentheses and the given name before it ("of Jon (Jonny) Berg"), an age ("of 16-year-old
   * Jon Berg"). {@code end} when nothing such stands there.
   */
  private static int beforeNameParts(String context, int end) {
    int k = end;
    if (k > 0 && context.charAt(k - 1) == ')') {
      // a nickname: one capitalised word of letters ("(Jonny)"), after a given name that is no initialism ("CNN")
      int open = k - 2;
      while (open >= 0 && k - open <= 20 && Character.isLetter(context.charAt(open))) {
        open--;
      }
      boolean nickname = open >= 0 && context.charAt(open) == '(' && k - open > 3
          && Character.isUpperCase(context.charAt(open + 1)) && Character.isLowerCase(context.charAt(k - 2));
      if (!nickname) {
        return end;
      }
      k = blankBefore(context, open);
      int given = lettersBefore(context, k);
      if (k - given < 2 || !Character.isUpperCase(context.charAt(given))
          || !Character.isLowerCase(context.charAt(k - 1))) {
        return end;
      }
      k = blankBefore(context, given);
    }
    int token = k;
    while (token > 0 && !Character.isWhitespace(context.charAt(token - 1))) {
      token--;
    }
    if (AGE.matcher(context).region(token, k).matches()) {
      k = blankBefore(context, token);
    }
    return k;
  }

  /**
   * Whether the name ending at {@code end} of {@code context} ends in an abbreviated title and its period: "said
   * Republican Sen. Eva Moore Strand of West Lindby" read as "Republican Sen", the rest over a pattern's cap on the
   * words of a name. Such a name was cut; the whole one is read by the patterns that take the title.
   */
  private static boolean cutAtTitle(String context, int end) {
    if (end >= context.length() || context.charAt(end) != '.') {
      return false;
    }
    int start = lettersBefore(context, end);
    return start < end && LEXICON.titles.contains(context.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** An age written before a name: "16-year-old". */
  private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");

  /**
   * Whether a comma and a capitalized word follow {@code at}: "Separately, Jane Doe, …", not "Doe, in the Rose
   * Garden, …".
   */
  private static boolean asideOpensWithName(String context, int at) {
    if (at >= context.length() || context.charAt(at) != ',') {
      return false;
    }
    int k = at + 1;
    while (k < context.length() && Character.isWhitespace(context.charAt(k))) {
      k++;
    }
    return k < context.length() && Character.isUpperCase(context.charAt(k));
  }

  /** A figure or a measure before a noun: "47-page", "2,000-word", "12". */
  private static final Pattern MEASURE = Pattern.compile("[0-9][0-9,.]*(?:-\\p{L}+)*");

  /**
   * The person a description of a role stands for ("the House speaker", "The former Lindby mayor"), or the description
   * as written when the article names nobody so.
   */
  private static String byDescription(String description, int offset, People people) {
    return people.byDescription(description, offset).or(() -> people.namedWith(description, offset))
        .orElse(asWritten(description));
  }

  /**
   * The speaker a description ending in an occupation (group 1 of {@code m}) stands for: the person the article named
   * with it ("the actor and activist" for "actor and activist Jo Lind" or "Jo Lind, the actor and activist"), else the
   * person just spoken of, read later like "the lawmaker", or the description as written when someone unnamed was
   * brought in with it ("A singer was pulled from the crowd"). Empty when its last word is no occupation of a person
   * ({@code offices.txt}, not a body's or a source's word), is an office the roles read ("the mayor", read by
   * {@link SpeakerLexicon#roleVerb}), someone's agent ("the attorney", read by {@link #AGENT_VERB}) or a plural ("the
   * senators": a group).
   */
  private static Optional<Found> occupation(Matcher m, int base, People people) {
    String description = m.group(1);
    int offset = base + m.start(1);
    String head = description.substring(description.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (!LEXICON.offices.contains(head) || LEXICON.bodyWord(head) || LEXICON.sourceWord.matcher(head).matches()
        || LEXICON.roleWord.matcher(head).matches() || head.matches(AGENT)
        || head.endsWith("s") && LEXICON.offices.contains(head.substring(0, head.length() - 1))) {
      // nor a plural: "the senators said" in a letter is a group's words
      return Optional.empty();
    }
    Optional<String> named = people.namedWith(description, offset, true);
    if (named.isPresent() || people.introducedUnnamed(head, offset)) {
      return Optional.of(new Found(m.start(), m.end(), named.orElse(asWritten(description))));
    }
    return Optional.of(new Found(m.start(), m.end(), null, null, false, false, null, asWritten(description)));
  }

  /**
   * An unresolved role description or source as a speaker, without its article or a leading measure: "the top
   * Russian diplomat", "the 47-page indictment" ("indictment").
   */
  private static String asWritten(String description) {
    String d = description.strip();
    d = d.regionMatches(true, 0, "the ", 0, 4) ? d.substring(4) : d;
    int space = d.indexOf(' ');
    while (space > 0 && MEASURE.matcher(d.substring(0, space)).matches()) {
      d = d.substring(space + 1); // as other outlets name it; a figure that names ("the G7 statement") stays
      space = d.indexOf(' ');
    }
    return d;
  }

  private static int distance(int start, int end, int at) {
    return at < start ? start - at : at > end ? at - end : 0;
  }

  private static Optional<String> resolve(String raw, int offset, People people) {
    String clean = withoutDate(cleanName(raw));
    Matcher owner = OWNER.matcher(clean);
    if (owner.lookingAt() && owner.end() < clean.length()) {
      // "Lindby Mill's Eva Strand said", "Lindby Mill's Strand said" after Eva Strand was named: the person the body's
      // name is the possessive of (a surname only when it stands for a full name)
      Optional<String> person = resolve(clean.substring(owner.end()), offset + owner.end(), people);
      if (person.isPresent() && person.get().indexOf(' ') > 0) {
        return person;
      }
    }
    if (LEXICON.bodyName(clean) && !namesPerson(clean)) {
      // "the Department of Justice said", "according to the Bank of England": the body as named
      return Optional.of(clean.startsWith("The ") ? clean.substring(4) : clean);
    }
    MatchResult placeParty = placeAndParty(clean);
    if (placeParty != null
        && (clean.regionMatches(true, 0, "the ", 0, 4) || people.afterDefiniteArticle(offset))) {
      // "the North Dakota Democrat said": the one politician of that party the article named before
      Optional<String> member = people.byPlaceAndParty(placeParty.group(1), placeParty.group(2), offset);
      if (member.isPresent()) {
        return member;
      }
    }
    PersonName n = people.withoutCommonNoun(PersonName.parse(clean, LEXICON));
    if (n.words().size() == 1 && LEXICON.bodyWord(n.words().get(0)) && clean.indexOf(' ') > 0) {
      // "the Justice Department told": a body named by its office, whole ("Justice" is no title here, nor
      // "Department" anyone's surname)
      return Optional.of(clean.startsWith("The ") ? clean.substring(4) : clean);
    }
    int of = clean.indexOf(" of ");
    if (of > 0 && n.words().size() > 4) {
      return resolve(clean.substring(0, of), offset, people); // "Jane Q. Doe of Ohio"
    }
    if (of > 0 && n.words().isEmpty()) {
      // "Senator Jane Doe of Virginia": a full name before where the person is from ("the Duke of York" is none)
      return resolve(clean.substring(0, of), offset, people).filter(name -> name.indexOf(' ') > 0);
    }
    if (n.words().isEmpty()) {
      // a country or institution speaking ("Russia warns", "the Kremlin said")
      String bare = clean.startsWith("The ") ? clean.substring(4) : clean;
      return !n.country().isEmpty() && n.role().isEmpty() && !bare.contains(" ") ? Optional.of(bare) : Optional.empty();
    }
    if (n.words().size() >= 2 && n.words().size() <= 4) {
      return Optional.of(String.join(" ", n.words()));
    }
    if (n.words().size() == 1) {
      String word = n.words().get(0).toLowerCase(Locale.ROOT);
      if (MentionFinder.WEEKDAYS.contains(word) || MentionFinder.MONTHS.containsKey(word) || GROUP_NOUNS.contains(word)
          || GROUP_PLURALS.contains(word) || UNNAMED_PRONOUNS.contains(word)) {
        return Optional.empty(); // "On Friday, he said": a day speaks no words; "Officials said", "One said": nobody
      }
      Optional<String> person = people.bySurname(n.words().get(0), offset);
      if (person.isEmpty() && clean.indexOf(' ') < 0
          && (partyOrNationPlural(word) || people.commonWordOpening(clean, offset))) {
        // "the two top harbor Republicans said": a group, no one person; "Records indicated that" beside "the
        // records": a common noun opening the sentence, no name
        return Optional.empty();
      }
      return Optional.of(person.orElse(n.words().get(0)));
    }
    return Optional.empty();
  }

  /**
   * Whether a word, lower case, is the plural of a party's or a country's people ("republicans", "democrats",
   * "russians", "americans"): a group, not a person.
   */
  private static boolean partyOrNationPlural(String word) {
    return word.endsWith("s") && (PersonName.AFFILIATIONS.contains(word)
        || LEXICON.stateOrCountry(word.substring(0, word.length() - 1)));
  }

  /** Words that stand for someone without naming them, capitalised at a sentence's start ("One said: “…”"). */
  private static final Set<String> UNNAMED_PRONOUNS = Set.of("one", "another", "both", "each", "either", "neither",
      "others", "some", "many", "several", "few", "all", "none", "someone", "somebody", "everyone", "everybody",
      "nobody", "anyone", "anybody");

  /** A run of capitalised words ending in a possessive, and a blank: "Lindby Mill's ", "Lindby Mill’s ". */
  private static final Pattern OWNER = Pattern.compile("(?:[A-Z][\\p{L}.\\-]*\\s+){0,4}[A-Z][\\p{L}.\\-]*['\u2019]s\\s+");

  /**
   * Whether a run of capitalised words ends in a person's name after its offices: "University of Lindby President
   * Jane Doe" (Jane Doe), not "Department of Homeland Security".
   */
  private static boolean namesPerson(String run) {
    List<String> words = PersonName.parse(run, LEXICON).words();
    return words.size() >= 2 && LEXICON.personLike(String.join(" ", words));
  }

  /**
   * {@code name} without a weekday or month written before it ("On Friday Jane Doe said", "In January Jane Doe
   * said") or a weekday after it ("said Jane Doe Monday"): a date opens or ends the clause, not the name.
   */
  private static String withoutDate(String name) {
    int last = name.lastIndexOf(' ');
    if (last > 0 && name.indexOf(' ') < last
        && MentionFinder.WEEKDAYS.contains(name.substring(last + 1).toLowerCase(Locale.ROOT))) {
      name = name.substring(0, last); // "said Jane Doe Monday": the day ends the clause, not the name
    }
    String[] words = SpeechPatterns.SPACES.split(name, 3);
    int date = words.length > 2 && DATE_PREPOSITIONS.contains(words[0]) ? 1 : 0;
    if (words.length < date + 2) {
      return name;
    }
    String word = words[date].toLowerCase(Locale.ROOT);
    if (!MentionFinder.WEEKDAYS.contains(word) && !MentionFinder.UNAMBIGUOUS_MONTHS.contains(word)) {
      return name;
    }
    return date == 0 ? name.substring(words[0].length()).strip() : words[2];
  }

  /** Capitalised prepositions that open a date before a name: "On Friday Jane Doe said". */
  private static final Set<String> DATE_PREPOSITIONS = Set.of("On", "In", "By", "Since", "Until");

  private static Optional<String> citedSource(String context) {
    Matcher m = PER_SOURCE.matcher(context);
    if ((context.contains("per ") || context.contains("by ")) && m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    m = SOURCE_REPORTED.matcher(context);
    if (context.contains("report") || context.contains("wr")) {
      while (m.find()) {
        String name = cleanName(m.group(1));
        if (placeAndParty(name) != null) {
          continue; // "the North Dakota Democrat wrote": a person, not a medium ("the Danish Independent" is one)
        }
        if (!name.endsWith("'s") && !name.endsWith("\u2019s") && !name.endsWith("s'") && !name.endsWith("s\u2019")) {
          return Optional.of(name); // not "Doe's reported request", "Jones' reported remarks"
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A place and a party member written as a speaker: "the North Dakota Democrat" (groups: place, party); the place is
   * a lawmaker's only when it is a state's or country's own name ({@link SpeakerLexicon#placeName}).
   */
  private static final Pattern PLACE_PARTY = Pattern.compile(
      "(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})\\s+(Democrat|Republican|Independent)");

  /** The place and the party of a name written as {@link #PLACE_PARTY} with a place's own name; null otherwise. */
  private static MatchResult placeAndParty(String name) {
    Matcher m = PLACE_PARTY.matcher(name);
    return m.matches() && LEXICON.placeName(m.group(1)) ? m.toMatchResult() : null;
  }

  private static String cleanName(String s) {
    String t = s.strip();
    while (t.endsWith(".") || t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
