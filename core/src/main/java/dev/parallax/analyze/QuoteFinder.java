package dev.parallax.analyze;

import static dev.parallax.analyze.SpeechPatterns.SPACES;

import dev.parallax.internal.Deadline;
import dev.parallax.internal.QuotedTerms;
import dev.parallax.internal.SpeakingSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds direct quotations and who said them.
 *
 * <p>Quotations are text between double quotation marks (straight {@code "} or curly {@code “ ”}) or
 * curly single marks ({@code ‘ ’}) within one line, also when they span several sentences. A closing mark
 * typed as an opening one ({@code “…prevail “At a gathering}) closes the quote when no other closing mark
 * follows on the line. A paragraph that opens with a quotation mark and never closes it is quoted to its
 * end (the convention for a quotation that runs on into the next paragraph). Wire-service marks count:
 * {@code ``…''} and {@code "…''}. Quoted words shaped like a title ({@code "The Old Man and the Sea"}: every
 * word capitalised but short function words, no sentence end) are a work's name, not a quote.
 *
 * <p>The speaker is the subject of the verb of saying nearest to the quote in its sentence(s): a name
 * ({@code Lavrov said}, {@code said Lavrov}, {@code Blinken has also told}), a pronoun ({@code he said}: the
 * previous speaker), or a role description ({@code Russia's top diplomat said}). It is then resolved within
 * the article by these rules:
 *
 * <table>
 *   <caption>speaker resolution</caption>
 *   <tr><th>as written</th><th>resolved to</th></tr>
 *   <tr><td>{@code Russian Foreign Minister Sergey Lavrov}</td><td>{@code Sergey Lavrov} (title, role, nationality stripped)</td></tr>
 *   <tr><td>{@code Ethiopian Airlines CEO Jane Doe}, {@code Archbishop of Paris Jean Doe}</td><td>the words after
 *       the last office, body or occupation word ({@code offices.txt}) and its {@code of X} or {@code for X}; with no
 *       listed given name after it, the last two words ({@code Chief of Staff for Security Jane Doe})</td></tr>
 *   <tr><td>{@code the mayor of Lindby, Jane Doe, said}</td><td>{@code Jane Doe}: a name after a preposition is a
 *       place or a body</td></tr>
 *   <tr><td>{@code Mr Lavrov}, {@code Lavrov}</td><td>the most recent full name ending in {@code Lavrov}; when
 *       the article names several people {@code … Clinton}, the one its body names first</td></tr>
 *   <tr><td>{@code President Trump}, written before {@code the first lady, Melania Trump} or {@code Donald Trump
 *       Jr.}</td><td>{@code Trump}: a surname first written after an office is not a full name of another office or
 *       generation</td></tr>
 *   <tr><td>{@code George T. Conway III}, {@code Twitter's Adam Sharp}, {@code Despite Trump}</td><td>initials and
 *       generations kept; an employer in the possessive and a clause opener dropped</td></tr>
 *   <tr><td>{@code “…,” Jane Doe, a Republican trying to unseat Representative John Roe, said}</td><td>{@code Jane
 *       Doe}: a name right after the quote, through a description with commas</td></tr>
 *   <tr><td>{@code But Doe pushed back, telling CNN, “…”}</td><td>{@code Jane Doe}: the sentence's subject</td></tr>
 *   <tr><td>{@code the indictment said}, {@code the company said in a statement}</td><td>{@code indictment},
 *       {@code company} as written ({@code sources.txt}), opening its clause and with a finite verb: {@code a
 *       spokesman for the company said} and {@code issued a statement saying} leave it out; never a later
 *       {@code he}</td></tr>
 *   <tr><td>{@code Lindby Ferries issued a statement late Monday. “…,” the statement said}</td><td>{@code Lindby
 *       Ferries}: a document speaks for the name that opens one of the two sentences before by issuing it</td></tr>
 *   <tr><td>{@code Russia's top diplomat}</td><td>the most recent person whose role is the same office ({@code roles.txt}) and whose country does not conflict</td></tr>
 *   <tr><td>{@code the North Dakota Democrat said}, after {@code Sen. Karl Lindqvist}</td><td>{@code Karl
 *       Lindqvist}: the one officeholder of that party named before, or the one written beside that state; {@code a
 *       North Dakota Democrat said}, or a description that fits no one or several, as written</td></tr>
 *   <tr><td>{@code the former president said}, after {@code Former President Roe}</td><td>{@code Roe} (the full
 *       name the article gives that surname, if any): the description written before a bare surname</td></tr>
 *   <tr><td>{@code the 52-year-old said}, {@code the Democratic hopeful said}; {@code the automaker said} after
 *       {@code Lindmark said on Thursday that …}</td><td>whom {@code he said} would mean, when that is a person; the
 *       company that opens one of the two sentences before by saying something; no one when the article brought the
 *       description in unnamed ({@code a 52-year-old man})</td></tr>
 *   <tr><td>{@code he said}</td><td>the person of the latest reported speech ({@code Jane Doe said the toll
 *       would rise}) or subject ({@code As he left, Mr. Doe thanked them}) in the three quote-free sentences
 *       before, else the previous quote's speaker</td></tr>
 *   <tr><td>{@code Mayor Doe issued a warning. “…,” she said}, in an article that never gives her first
 *       name</td><td>{@code Doe}: a surname written only after offices or a courtesy title is a subject too</td></tr>
 *   <tr><td>{@code he faulted Tom Roe over his remark in which he said …}</td><td>{@code Tom Roe}: after "in which",
 *       the one person named before in the sentence who may be "he"; no one when several may be</td></tr>
 *   <tr><td>a quote alone in its sentence right after an attributed one</td><td>that quote's speaker and cited
 *       source, unless someone else is said to say it ({@code The cameraman replies, “…”}), a medium is credited
 *       for it ({@code The Ledger reports: “…”}) or its sentence names a subject of its own before it ({@code Lind
 *       thanked the town for “…”})</td></tr>
 *   <tr><td>{@code In a statement, former Mayor Karl Lind praised Doe as a “…”}, {@code Karl Lind issued a statement
 *       calling the plan “…”}</td><td>{@code Karl Lind}: the subject's own statement; not {@code a statement from
 *       his doctor}</td></tr>
 * </table>
 *
 * <p>The cited source is the medium the outlet credits: {@code per BBC News}, {@code The New York Times
 * reported}, {@code reported by Reuters}. Stateless; the lexicons are loaded once.
 *
 * <p>The parts: {@link QuotationMarks} finds the quoted spans, {@link People} the people the article names,
 * {@link Attribution} the speaker candidates around a quote, {@link Subjects} whom a later "he said" means,
 * {@link PersonName} and {@link SpeakerLexicon} read a name and its office.
 */
final class QuoteFinder {
  /** How many quote-free sentences before a "he said" quote are read for reported speech. */
  private static final int REPORTED_SPEECH_REACH = 3;
  /** The most tokens a sentence after a quote may have to be only its attribution ("Jane Doe said Tuesday."). */
  private static final int ATTRIBUTION_MAX_TOKENS = 8;

  private static final SpeakerLexicon LEXICON = SpeakerLexicon.standard();
  /**
   * "Asked" (and an adverb, or who asked) right before a quote, opening its clause ("Asked point-blank,", "When
   * asked,", "He was asked:", "Asked by one of her aides,"): with the answer quoted after it, the quote is the question
   * put.
   */
  private static final Pattern ASKED_BEFORE = Pattern.compile("(?:^|[,;:]\\s*|\\b(?:[Ww]hen|was|were)\\s+)[Aa]sked"
      + "(?:\\s+[\\p{L}-]+|\\s+by\\s+[^,;:\u0001]{1,60})?\\s*[,:]?\\s*[\"\u201C\u2018'\u0001]?$");
  /**
   * A question written without its mark before a comma ("Asked by an aide, “Is this the final language,” Doe
   * replied"): a question word and a verb, or a verb and its subject.
   */
  private static final Pattern QUESTION = question("(?:is|are|was|were|do|does|did|will|would|can|could|should|have|has)");

  private static Pattern question(String verb) {
    return Pattern.compile("(?i)(?:(?:what|why|how|who|when|where)\\s+" + verb + "|" + verb
        + "\\s+(?:this|that|it|he|she|they|you|we|i|there|the))\\b.*,$");
  }

  private QuoteFinder() {}

  /** The quotations of an article's {@code text}, split into {@code sentences}, each with its speaker if found. */
  static List<Quote> find(String text, List<Sentence> sentences) {
    People people = People.of(sentences, LEXICON);
    List<Quote> quotes = new ArrayList<>();
    List<Boolean> runOn = new ArrayList<>();
    List<Boolean> byMemory = new ArrayList<>(); // the speaker is whom an earlier quote or sentence named
    List<Integer> paragraphEnd = new ArrayList<>(); // the last sentence of each quote's paragraph
    Memory memory = new Memory(sentences, people);
    Quote previous = null;
    String document = null; // the document ("statement") the last quote's speaker gave words in, as it speaks
    List<int[]> lines = QuotationMarks.lines(text, sentences);
    List<List<int[]>> pairsOf = QuotationMarks.linePairs(text, sentences, lines);
    for (int li = 0; li < lines.size(); li++) {
      int i = lines.get(li)[0];
      int j = lines.get(li)[1];
      int lineStart = sentences.get(i).start();
      int lineEnd = sentences.get(j).end();
      List<int[]> pairs = pairsOf.get(li);
      // reported speech ("Jane Doe said the toll would rise") makes its subject the one "he said" means next;
      // the quote-free sentences are read only when a pronoun needs them
      // a title in quotation marks ("The Late Show") quotes nobody: its sentence is read like one without quotes
      List<int[]> spoken = pairs.stream().filter(q -> !titleQuote(text, sentences, i, j, q)).toList();
      int firstQuoted = spoken.isEmpty() ? j + 1 : QuotationMarks.sentenceAt(sentences, i, j, spoken.get(0)[0]);
      memory.paragraph(i);
      if (firstQuoted > i) {
        memory.unread(i, firstQuoted - 1);
      }
      // the quotes of one sentence share its context: mask it and find its speaker candidates once
      Map<Long, Attribution> attributions = new HashMap<>();
      int read = firstQuoted - 1; // the last sentence of the paragraph read so far
      for (int[] q : pairs) {
        Deadline.check();
        String inner = text.substring(q[0], q[1]).strip();
        if (inner.isEmpty()) {
          continue;
        }
        int first = QuotationMarks.sentenceAt(sentences, i, j, q[0]);
        if (titleQuote(text, sentences, i, j, q)) {
          continue; // a book, film or work named in quotation marks, not words anyone said
        }
        // a quote that runs on past its paragraph's end is attributed where it opens (or in the next paragraph)
        boolean runsOn = q[1] == lineEnd && !QuotationMarks.closed(text, lineEnd);
        int last = runsOn ? first : QuotationMarks.sentenceAt(sentences, i, j, Math.max(q[0], q[1] - 1));
        if (first > read + 1) {
          // "“…” Wray elaborated that each device held a pipe. “…,” he said": a quote-free sentence between quotes
          memory.unread(read + 1, first - 1);
        }
        int cStart = sentences.get(first).start();
        // "“… from Speaker Boehner.” Durbin said.": the sentence split after the quote is its attribution
        boolean attributedAfter = !runsOn && last < j && onlyPunctuationBetween(text, q[1], sentences.get(last).end())
            && attributionOnly(sentences.get(last + 1));
        read = Math.max(read, attributedAfter ? last + 1 : last);
        int cEnd = sentences.get(attributedAfter ? last + 1 : last).end();
        Attribution attribution = attributions.computeIfAbsent(((long) cStart << 32) | cEnd,
            k -> Attribution.of(QuotationMarks.masked(text, cStart, cEnd, pairs), cStart, people));
        String context = attribution.text();
        int at = q[0] - cStart;
        Sentence own = sentences.get(first);
        QuoteSite site = new QuoteSite(sentences, people, i, first, q[0], cStart, attribution);
        SpeakerFinding found = speakerOf(site, memory);
        Optional<String> speaker = found.speaker();
        boolean fromMemory = found.fromMemory();
        boolean introduced = found.introduced();
        boolean opensParagraph = site.opensParagraph();
        Optional<String> cited = attribution.cited();
        if (speaker.isEmpty() && cited.isEmpty() && opensParagraph) {
          cited = colonMedium(sentences.get(i - 1)); // "The Lindby Times recently reported:¶“…”"
        }
        // A medium credited for the quote is its source, never its speaker.
        if (speaker.isPresent() && cited.isPresent() && isPersonNamed(cited.get(), speaker.get())) {
          cited = Optional.empty(); // "…," Jane Doe wrote, "…," Doe wrote: she is the speaker, not a medium
        }
        int quoted = q[1] - q[0];
        // a quote alone keeps the last speaker, unless someone else is said to say it ("The cameraman replies:",
        // "“…,” said a senior official.") or a medium is credited for it ("The Ledger reports: “…”")
        // counted from the sentence where the last quote ends: "“… We rebuilt every pier. We keep the gauges,” Lind
        // added. “…”" follows a quote of three sentences
        int previousEnds = previous == null ? -1 : endSentence(sentences, previous);
        if (speaker.isEmpty() && cited.isEmpty() && previous != null && previous.speaker().isPresent()
            && quoted * 10 >= (cEnd - cStart) * 6 && sentences.get(first).index() - previousEnds <= 2
            && !othersBefore(own, q[0], previous.speaker().get(), people)) {
          // whom a "he said" would mean, read from the sentences since the last quote: "Meanwhile, Mayor Karl Lind
          // voiced his support. “…”" is his, not the last speaker's
          Optional<String> meant = memory.last();
          // not after a question naming someone ("Senator Jane Doe? “A terrific person.”": the one asked about)
          boolean between = sentences.get(first).index() - previousEnds >= 2
              && !sentences.get(first - 1).text().strip().endsWith("?");
          if (!memory.unnamed()
              && (introduced ? Attribution.mayStandFor(context.substring(0, at), previous.speaker().get())
                  : !Attribution.saidBySomeoneElse(context, previous.speaker().get()))
              && people.mayBe(previous.speaker().get(), Attribution.pronounIn(context))) {
            boolean someoneElse = between && meant.isPresent() && !meant.equals(previous.speaker())
                && Subjects.personName(meant.get(), people.lowerCase())
                && !SpeakingSources.isSource(previous.speaker().get());
            speaker = someoneElse ? meant : previous.speaker();
            cited = someoneElse ? Optional.empty() : previous.citedSource();
            fromMemory = true;
          }
        }
        if (speaker.isEmpty() && cited.isEmpty() && li > 0 && spoken.size() == 1 && !runsOn
            && onlyPunctuationBetween(text, lineStart, q[0]) && onlyPunctuationBetween(text, q[1], lineEnd)) {
          // a paragraph that is only a quote, after one about one person: "Lind, who has led the department since
          // 2019, faced questions on Tuesday.¶“We did everything we could.”"
          speaker = personBefore(text, sentences, lines.get(li - 1), pairsOf.get(li - 1), people)
              .filter(n -> wholeWord(inner, n.substring(n.lastIndexOf(' ') + 1)) < 0); // "…the reclusive Lind…"
          fromMemory = speaker.isPresent();
        }
        if ((inner.endsWith("?") || QUESTION.matcher(inner).matches())
            && ASKED_BEFORE.matcher(context.substring(0, at)).find()
            && context.indexOf(QuotationMarks.MASK, Math.min(context.length(), q[1] - cStart + 2)) >= 0) {
          // "Asked point-blank, “Is that picture you?” Doe replied, “…”": the question is the interviewer's, the
          // answer quoted after it is Doe's ("Asked why, “Why not?” Doe replied" is Doe's own question)
          speaker = Optional.empty();
          cited = Optional.empty();
        }
        if (speaker.isPresent() && previous != null && previous.speaker().isPresent()
            && !SpeakingSources.isSource(previous.speaker().get())
            && sentences.get(first).index() - previous.sentence() <= 2
            && (speaker.get().equals(document) || issuedBy(speaker.get(),
                sentences.subList(previous.sentence(), Math.max(previous.sentence() + 1, first))))) {
          // "“…,” Mayor Jane Doe said in a statement. “…,” the statement continued": her statement, her words
          document = speaker.get();
          speaker = previous.speaker();
        } else {
          document = null;
        }
        if (speaker.isPresent() && GIVEN_IN.containsKey(speaker.get().toLowerCase(Locale.ROOT))) {
          // "Lindby Ferries issued a statement on Monday. “…,” the statement said": the ferry company's words
          String document0 = speaker.get();
          speaker = issuer(sentences, first, document0, people).or(() -> Optional.of(document0));
        }
        int words = SPACES.split(inner).length;
        if (words <= QuotedTerms.MAX_WORDS && QuotedTerms.namesATerm(text, q[0], q[1])) {
          // "a so-called “zero day” flaw", "what is known as the “Northern strategy”": a name for a thing, no one's words
          speaker = Optional.empty();
          cited = Optional.empty();
        }
        if (speaker.isPresent() && !SpeakingSources.isSource(speaker.get())) {
          memory.said(speaker.get(), sentences.get(first).index()); // an indictment is never a later "he"
        } else if (speaker.isEmpty() && cited.isEmpty() && !QuotedTerms.namesATerm(text, q[0], q[1])) {
          // "Jane Doe to Lindby Council: ‘We will not back down’": a headline gives its opener's words after a colon
          // or a verb of saying (read after the memory: a headline is no later "he said")
          speaker = HeadlineSpeaker.of(text, own, q[0], q[1], people);
        }
        String sentenceText = sentences.get(first).text();
        boolean partial = words < 4 || sentenceText.length() > quoted * 2 + 20 && first == last
            && !QuotationMarks.opensSentence(text, sentences.get(first), q, inner);
        int lead = leadingBlank(text, q[0], q[1]);
        int trail = trailingBlank(text, q[0], q[1]);
        Quote quote = new Quote(inner, q[0] + lead, q[1] - trail, sentences.get(first).index(), speaker, cited, partial);
        quotes.add(quote);
        runOn.add(runsOn);
        byMemory.add(fromMemory && speaker.isPresent());
        paragraphEnd.add(j);
        previous = quote;
        if (speaker.isEmpty() && partial && first == last) {
          // a few words quoted in a sentence about someone ("Rep. Jane Doe questioned the reading of the “amended”
          // Constitution."): the sentence is read for whom a later "he said" means, as one without quotes
          memory.unreadSubjectOnly(first);
        }
      }
      if (!spoken.isEmpty()) {
        int[] lastPair = spoken.get(spoken.size() - 1);
        int lastQuoted = QuotationMarks.sentenceAt(sentences, i, j, Math.max(lastPair[0], lastPair[1] - 1));
        afterAside(text, sentences.get(lastQuoted), lastPair, people)
            .ifPresent(name -> memory.said(name, sentences.get(lastQuoted).index()));
        if (lastQuoted < j) {
          memory.unread(lastQuoted + 1, j);
        }
      }
    }
    // a quote that runs on into the next paragraph is attributed there, before whom an earlier quote named
    // ("“We're talking about a powder keg.¶Any incident could trigger it,” Jane Doe said")
    for (int k = quotes.size() - 2; k >= 0; k--) {
      Quote q = quotes.get(k);
      Quote next = quotes.get(k + 1);
      if (runOn.get(k) && next.speaker().isPresent() && (q.speaker().isEmpty()
          || byMemory.get(k) && !byMemory.get(k + 1) && continues(text, sentences, paragraphEnd.get(k), next))) {
        quotes.set(k, new Quote(q.text(), q.start(), q.end(), q.sentence(), next.speaker(), next.citedSource(), q.partial()));
      }
    }
    return quotes;
  }

  /**
   * The one person a paragraph names, whose words a paragraph that is only a quote right after it gives ("Lind, who has
   * led the department since 2019, faced questions on Tuesday.¶“We did everything we could.”"), or, when it has someone
   * say something, that speaker ("…, Insp. Karl Lind said.¶“…”"); empty when the paragraph ({@code line}, its
   * quotation {@code pairs}) is the headline, holds a quote, ends with a colon (read as the quote's introducer), names
   * no person or several ("Chief Karl Lind faced questions from Mayor Eva Strand": either may answer), or has a group
   * or a name that is no person's full name speak ("Officials said Lind had left"). The caller drops the person when
   * the quote names her ("the reclusive Lind").
   */
  private static Optional<String> personBefore(
      String text, List<Sentence> sentences, int[] line, List<int[]> pairs, People people) {
    Sentence first = sentences.get(line[0]);
    Sentence last = sentences.get(line[1]);
    if (!pairs.isEmpty() || first.role() != SentenceRole.BODY || last.text().strip().endsWith(":")) {
      return Optional.empty();
    }
    String paragraph = text.substring(first.start(), last.end());
    if (SpeechPatterns.VERB_ONLY.matcher(paragraph).find()) {
      // someone says something there: the quote goes on with whom it has speak last, a person it names in full
      // ("Two deaths so close together were unusual, Insp. Karl Lind said."; not "Lind was at ease, Doe said.", nor
      // "Officials said Lind had left.")
      return Attribution.speaker(paragraph, paragraph.length(), first.start(), people, g -> Optional.empty())
          .filter(n -> n.indexOf(' ') > 0 && Subjects.personName(n, people.lowerCase()));
    }
    List<String> named = new ArrayList<>(people.namedBetween(first.start(), last.end()).stream()
        .filter(n -> Subjects.personName(n, people.lowerCase())).toList());
    for (int k = line[0]; k <= line[1]; k++) {
      // a surname the article gives in full elsewhere: "Lind, who has led the department since 2019, faced …"
      Subjects.subject(sentences.get(k), people, people.lowerCase())
          .filter(n -> !named.contains(n)).ifPresent(named::add);
    }
    named.removeIf(n -> named.stream().anyMatch(o -> !o.equals(n) && o.endsWith(" " + n)));
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /**
   * One quote being attributed: its sentence ({@code first}, in the paragraph opening at sentence {@code paragraph}),
   * where it opens in the text, and the speaker candidates its sentence(s) offer, read from {@code contextStart}.
   */
  private record QuoteSite(List<Sentence> sentences, People people, int paragraph, int first, int quoteStart,
      int contextStart, Attribution attribution) {
    Sentence own() {
      return sentences.get(first);
    }

    /** The masked sentence(s) the quote stands in. */
    String context() {
      return attribution.text();
    }

    /** Where the quote opens in {@link #context()}. */
    int at() {
      return quoteStart - contextStart;
    }

    /** Whether the quote opens a paragraph that is not the article's first (a colon may end the one before). */
    boolean opensParagraph() {
      return first == paragraph && quoteStart <= sentences.get(paragraph).start() + 2 && paragraph > 0;
    }
  }

  /**
   * A quote's speaker as {@link #speakerOf} found it ({@code name} null when no one was found): whether the memory of
   * earlier speakers gave it, and whether a verb of its own sentence introduces the quote with no speaker of its own
   * before it. Not {@link Attribution}'s finding of a speaker in a sentence: this is the quote's, after every way.
   */
  private record SpeakerFinding(String name, boolean fromMemory, boolean introduced) {
    static SpeakerFinding of(Optional<String> speaker, boolean fromMemory, boolean introduced) {
      return new SpeakerFinding(speaker.orElse(null), fromMemory, introduced);
    }

    static SpeakerFinding nobody(boolean introduced) {
      return new SpeakerFinding(null, false, introduced);
    }

    Optional<String> speaker() {
      return Optional.ofNullable(name);
    }
  }

  /**
   * The speaker of the quote at {@code site}, by the successive ways an article names one: the nearest verb of
   * saying's subject ({@link #nearestSpeaker}), the main clause after a participle ({@link #participleSubject}), the
   * subject of the verb that introduces it ({@link #introducerSubject}), the subject of a paragraph that a colon ends
   * before it, the subject whose statement gives it ({@link #statementGiver}), the subject of a coordinated "and said"
   * ({@link #coordinatedSubject}), the person an opening description names ({@link #describedSubject}). The first that
   * finds someone wins; none of the last four speaks for a quote someone unnamed is said or heard to say.
   */
  private static SpeakerFinding speakerOf(QuoteSite site, Memory memory) {
    SpeakerFinding found = nearestSpeaker(site, memory);
    if (found.speaker().isEmpty()) {
      found = SpeakerFinding.of(participleSubject(site), false, false);
    }
    if (found.speaker().isEmpty() && introducedByVerb(site)) {
      found = introducerSubject(site, memory);
    }
    if (found.speaker().isPresent()) {
      return found;
    }
    if (Attribution.unnamedRightBefore(site.context(), site.at()) != null) {
      // "Eva Strand released a video in which a man can be heard shouting, “…”": his words, and nobody names him
      return SpeakerFinding.nobody(found.introduced());
    }
    Optional<String> speaker = paragraphIntroducer(site)
        .or(() -> statementGiver(site))
        .or(() -> coordinatedSubject(site))
        .or(() -> describedSubject(site));
    return SpeakerFinding.of(speaker, false, found.introduced());
  }

  /**
   * The subject of the verb of saying nearest to the quote; for a pronoun ("he said"), the sentence's own subject
   * ("In a video, Mr. Doe denied it, but he said he was “profoundly sorry”"), else whom the memory says it means.
   */
  private static SpeakerFinding nearestSpeaker(QuoteSite site, Memory memory) {
    List<Optional<String>> remembered = new ArrayList<>(1); // what the memory gave, if it was asked
    // the sentence's subject stands outside the quotation marks: a body the quote names ("“… police officers and
    // Green League members were among the dead,” he said") is not whom "he" means
    Optional<String> speaker = site.attribution().speaker(site.at(), sex -> ownSubject(site.own(), site.people())
        .filter(n -> wholeWord(site.context(), n.substring(n.lastIndexOf(' ') + 1)) >= 0)
        .or(() -> {
          Optional<String> lastSpeaker = memory.last(sex, site.first());
          remembered.add(lastSpeaker);
          return lastSpeaker;
        }));
    boolean fromMemory = speaker.isPresent() && remembered.contains(speaker); // not a nearer name it lost to
    return SpeakerFinding.of(speaker, fromMemory, false);
  }

  /**
   * "After calling it a “slap in the face,” Mayor Karl Lind canceled the dinner": the main clause's subject after a
   * participle, a person the article names there (a group or a body there names no one).
   */
  private static Optional<String> participleSubject(QuoteSite site) {
    int participleSubject = Attribution.participleSubject(site.context(), site.at());
    if (participleSubject < 0) {
      return Optional.empty();
    }
    People people = site.people();
    return people.openingSubject(site.contextStart() + participleSubject)
        .filter(n -> Subjects.personName(n, people.lowerCase()));
  }

  /**
   * Whether a verb of the quote's own sentence introduces it ("promised: “…”", "telling CNN, “…”", "saying “…”") with
   * no group nor unnamed person right before it.
   */
  private static boolean introducedByVerb(QuoteSite site) {
    String context = site.context();
    int at = site.at();
    return !Attribution.groupRightBefore(context, at) && Attribution.unnamedRightBefore(context, at) == null
        && (Attribution.introducedByVerb(context, at) || Attribution.saidInParticiple(context, at));
  }

  /**
   * The subject of the verb that introduces the quote: the name that opens the sentence ("Jane Doe visited the town
   * and promised: “…”"), its subject ("But Mr. Doe pushed back, telling CNN, “…”"), a surname opening it, the subject
   * of the quote's clause ("Asked about it, Mr. Doe did not back down, saying, “…”"), or whom an opening "he" means
   * ("He dismissed them, saying, “…”"). Marked as introduced, found or not.
   */
  private static SpeakerFinding introducerSubject(QuoteSite site, Memory memory) {
    People people = site.people();
    Sentence own = site.own();
    Optional<String> opening = people.openingSubject(site.contextStart());
    if (opening.isPresent() && jointSubject(own, opening.get())) {
      return SpeakerFinding.of(Optional.empty(), false, true); // "Jane Doe and three fellow rowers testified, charging …"
    }
    Optional<String> speaker = opening
        .or(() -> Subjects.subject(own, people, people.lowerCase()))
        .or(() -> Subjects.openingSurname(own, people, people.lowerCase()));
    People.Gender pronoun = Subjects.openingPronoun(own);
    if (speaker.isEmpty() && pronoun == null) {
      speaker = Subjects.lastClauseSubject(own, site.quoteStart(), people, people.lowerCase());
    }
    if (speaker.isEmpty() && pronoun != null) {
      Optional<String> meant = memory.last(pronoun, site.first());
      return SpeakerFinding.of(meant, meant.isPresent(), true);
    }
    return SpeakerFinding.of(speaker, false, true);
  }

  /**
   * Whether the name {@code name} that opens sentence {@code s} is joined by "and" or "or" to another subject ("Jane
   * Doe and three fellow rowers testified, charging the board “…”"): the verb that introduces a quote is then several
   * people's, and no one of them is its speaker.
   */
  private static boolean jointSubject(Sentence s, String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    String text = s.text();
    int at = wholeWord(text, last);
    return at >= 0 && JOINED_SUBJECT.matcher(text).region(at + last.length(), text.length()).lookingAt();
  }

  /**
   * Where {@code word} first stands in {@code text} as a whole word (no letter right before or after it); -1 when it
   * does not (People's qualifier and agent checks ask it too). A plain search, where a pattern compiled on each call
   * cost every quote's speaker check a compilation.
   */
  static int wholeWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = at < text.length() ? text.indexOf(word, at + 1) : -1) {
      if (standsAlone(text, at, at + word.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Where {@code word} last stands in {@code text} as a whole word, as {@link #wholeWord} reads one; -1 when nowhere. */
  static int lastWholeWord(String text, String word) {
    for (int at = text.lastIndexOf(word); at >= 0; at = text.lastIndexOf(word, at - 1)) {
      if (standsAlone(text, at, at + word.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Whether no letter stands right before {@code start} or right at {@code end} of {@code text}. */
  private static boolean standsAlone(String text, int start, int end) {
    return (start == 0 || !Character.isLetter(text.codePointBefore(start)))
        && (end == text.length() || !Character.isLetter(text.codePointAt(end)));
  }

  /** "and" or "or" right after a name, with no comma before it: a second subject joined to it. */
  private static final Pattern JOINED_SUBJECT = Pattern.compile("\\s+(?:and|or)\\s+(?!then\\b|later\\b|also\\b)\\p{L}");

  /**
   * "Doe responded in a statement on Friday afternoon:¶“I had nothing to do with the memo …”": for a quote that opens
   * its paragraph, the subject of the paragraph before, which the colon ends.
   */
  private static Optional<String> paragraphIntroducer(QuoteSite site) {
    return site.opensParagraph()
        ? colonIntroducer(site.sentences().get(site.paragraph() - 1), site.people())
        : Optional.empty();
  }

  /**
   * "In a statement, Jane Doe praised Lind as a “…”", "Karl Lind issued a statement calling the plan “…”": the
   * statement is the subject's, and so are the words it gives.
   */
  private static Optional<String> statementGiver(QuoteSite site) {
    People people = site.people();
    return ownSubject(site.own(), people).filter(n -> Subjects.personName(n, people.lowerCase())
        && ownStatement(site.context(), site.at(), n));
  }

  /**
   * "Per Holm, 60, lives nearby and said the bridge was “the only good road in town”": the sentence's subject, when a
   * coordinated verb of saying gives the quote and no subordinate clause opens the sentence.
   */
  private static Optional<String> coordinatedSubject(QuoteSite site) {
    if (!coordinatedSaid(site.context(), site.at()) || SUBORDINATE_OPENING.matcher(site.own().text()).lookingAt()) {
      return Optional.empty();
    }
    People people = site.people();
    return Subjects.subject(site.own(), people, people.lowerCase());
  }

  /**
   * "Doe's attorney, meanwhile, blasted the bureau, saying the deputy director “reversed the decision”": the
   * attorney, as the article names him.
   */
  private static Optional<String> describedSubject(QuoteSite site) {
    return Subjects.openingDescription(site.own())
        .flatMap(d -> Subjects.namedAs(d, site.sentences(), site.first(), site.people()));
  }

  /**
   * The person whose speech the sentence reports after a dashed aside that holds its last quote ({@code quote}, its
   * start and end) ("― the congresswoman vowed to “…” ― Jane Doe said it was a free speech issue"): whom a later "she
   * said" means, not the aside's speaker. Empty unless dashes open an aside before the quote and close it after, and a
   * person named with a verb of saying follows.
   */
  private static Optional<String> afterAside(String text, Sentence s, int[] quote, People people) {
    if (quote[1] >= s.end() || quote[0] <= s.start()
        || !ASIDE_END.matcher(text).region(s.start(), quote[0]).find()) {
      return Optional.empty(); // no dash opens an aside before the quote: "“…,” Doe said — a day after Roe said …"
    }
    Matcher dash = ASIDE_END.matcher(text).region(quote[1], s.end());
    if (!dash.find()) {
      return Optional.empty();
    }
    String rest = text.substring(dash.end(), s.end());
    return Attribution.speaker(rest, 0, dash.end(), people, g -> Optional.empty()).filter(n -> n.indexOf(' ') > 0);
  }

  /** A dash that closes an aside: "―", "—", "–" or "--" between blanks. */
  private static final Pattern ASIDE_END = Pattern.compile("\\s(?:[\u2015\u2014\u2013]|--)\\s+");

  /**
   * Whether {@code next} goes on with a quote left open at the end of paragraph sentence {@code paragraphEnd}: it
   * starts the next paragraph, with no opening mark of its own.
   */
  private static boolean continues(String text, List<Sentence> sentences, int paragraphEnd, Quote next) {
    if (next.sentence() != paragraphEnd + 1) {
      return false;
    }
    int start = sentences.get(next.sentence()).start();
    return next.start() <= start + 1 && "\"'\u201C\u2018".indexOf(text.charAt(start)) < 0;
  }

  /**
   * Whom "he said" means: the last quote's speaker, unless reported speech in the quote-free sentences
   * since ("Jane Doe said the toll would rise") names someone later. Those sentences are read only when a
   * pronoun asks, and only the last {@link #REPORTED_SPEECH_REACH} of them.
   */
  private static final class Memory {
    private final List<Sentence> sentences;
    private final People people;
    private final List<Unread> unread = new ArrayList<>();
    private Optional<String> last = Optional.empty();
    /** Whose quote each sentence holds, where one was given a speaker. */
    private final Map<Integer, String> saidIn = new HashMap<>();
    /** Whether {@link #last} found that someone the article does not name acted since the last speaker. */
    private boolean unnamed;
    /** The sentence of the last quote given a speaker, and the first sentence of the paragraph being read. */
    private int lastSaid = -1;
    private int paragraph;

    Memory(List<Sentence> sentences, People people) {
      this.sentences = sentences;
      this.people = people;
    }

    /** The words the article writes in lower case. */
    private Set<String> lowerCase() {
      return people.lowerCase();
    }

    void unread(int from, int to) {
      unread.add(new Unread(from, to, false));
    }

    /** A sentence with a few quoted words, to read for its subjects only, not for the words around the quote. */
    void unreadSubjectOnly(int sentence) {
      unread.add(new Unread(sentence, sentence, true));
    }

    /** {@code speaker} spoke the quote of sentence {@code sentence}: whom "he said" means next. */
    void said(String speaker, int sentence) {
      saidIn.put(sentence, speaker);
      last = Optional.of(speaker);
      unnamed = false;
      lastSaid = sentence;
      unread.clear();
    }

    /** A new paragraph opens at sentence {@code first}. */
    void paragraph(int first) {
      paragraph = first;
    }

    /** Whether the last call of {@link #last} found that someone the article does not name acted since. */
    boolean unnamed() {
      return unnamed;
    }

    /**
     * Whom a pronoun of sex {@code sex} (null: either) in sentence {@code sentence} means: {@link #last()}, unless the
     * article gives that person the other sex or it is a medium or a body ({@link SpeakerLexicon#institution}); then
     * the last person of that sex spoken of in the {@value QuoteFinder#SEX_REACH} sentences before ("Mayor Jane Doe
     * faced a backlash. Karl Lind lashed out, saying she should resign. … “…,” she said": Jane Doe), or nobody.
     */
    Optional<String> last(People.Gender sex, int sentence) {
      Optional<String> plain = last();
      if (sex == null || plain.isEmpty() || people.mayBe(plain.get(), sex) && !LEXICON.institution(plain.get())) {
        return plain; // a medium or a body is no "he" or "she": "Lindby News confirmed …. He asked …" is someone else
      }
      for (int k = sentence - 1; k >= Math.max(0, sentence - SEX_REACH); k--) {
        String by = saidIn.get(k);
        Sentence s = sentences.get(k);
        Optional<String> named = by != null ? Optional.of(by)
            : s.role() == SentenceRole.HEADLINE ? Optional.empty()
            : Subjects.reporter(s, people).or(() -> Subjects.subject(s, people, lowerCase()));
        if (named.isPresent() && people.sex(named.get()) == sex) {
          return named;
        }
        if (named.isPresent() && by == null) {
          // "Mayor Jane Doe met Karl Lind on Monday. “…,” he said": the sentence's subject is of the other sex, and
          // the one person of the pronoun's sex it names is meant
          Optional<String> other = onlyOfSex(s, sex);
          if (other.isPresent()) {
            return other;
          }
        }
      }
      return Optional.empty();
    }

    /** The one person of sex {@code sex} that sentence {@code s} names, by a full name; empty when none or several. */
    private Optional<String> onlyOfSex(Sentence s, People.Gender sex) {
      Optional<String> only = Optional.empty();
      for (String n : people.namedBetween(s.start(), s.end())) {
        if (n.indexOf(' ') > 0 && people.sex(n) == sex && Subjects.personName(n, lowerCase())) {
          if (only.isPresent() && !only.get().equals(n)) {
            return Optional.empty();
          }
          only = Optional.of(n);
        }
      }
      return only;
    }

    Optional<String> last() {
      if (unread.isEmpty()) {
        return last; // nothing read since: what it gave before
      }
      int budget = REPORTED_SPEECH_REACH;
      Optional<String> reported = Optional.empty();
      unnamed = false; // someone the article does not name acted since: "Doe's attorney blasted the bureau"
      for (int u = unread.size() - 1; u >= 0 && budget > 0 && reported.isEmpty() && !unnamed; u--) {
        Unread r = unread.get(u);
        for (int k = r.to(); k >= r.from() && budget > 0 && reported.isEmpty() && !unnamed; k--, budget--) {
          if (!r.subjectOnly() && Subjects.pronounReports(sentences.get(k))) {
            continue; // "He said Senator Doe would …": "he" is whom an earlier sentence names; Doe is talked about
          }
          reported = r.subjectOnly() ? Optional.empty() : Subjects.reporter(sentences.get(k), people);
          if (reported.isEmpty() && sentences.get(k).role() != SentenceRole.HEADLINE) {
            reported = Subjects.subject(sentences.get(k), people, lowerCase());
            if (reported.isEmpty()) {
              reported = Subjects.clauseSubject(sentences.get(k), people, lowerCase());
            }
            boolean beforeQuote = u == unread.size() - 1 && k == r.to();
            if (reported.isEmpty() && beforeQuote && (k >= paragraph ? lastSaid < paragraph : lastSaid < k - 1)) {
              // right before the quote, in a paragraph the last speaker does not speak in, the one person named
              // ("That did not satisfy Justice Doe. “…,” he said"); within a speaker's paragraph a person named
              // ("The remarks came after a meeting with President Roe. “…,” he said") is talked about. So is the one
              // named in a paragraph of its own right after the last speaker's quote; a later one, after the story
              // moved on, brings in whom the quote's paragraph opens with ("“No,” Roe said.¶It drew attention.¶Enter
              // Ms. Doe, who …¶“…,” she wrote"), a few quoted words credited to nobody in it or not
              reported = Subjects.onlyPerson(sentences.get(k), people, lowerCase());
            }
            if (reported.isEmpty()) {
              // "Doe's attorney, meanwhile, blasted the bureau. He added, “…”": the attorney, as the article names
              // him, or nobody it names
              Optional<String> described = Subjects.openingDescription(sentences.get(k));
              if (described.isPresent()) {
                reported = Subjects.namedAs(described.get(), sentences, k, people);
                // "Her spokesman declined to comment": "she" is still the senator; "Doe's attorney" is nobody else
                unnamed = reported.isEmpty() && Subjects.namedOwner(described.get());
              }
            }
          }
        }
      }
      unread.clear();
      if (reported.isPresent() || unnamed) {
        last = reported;
      }
      return last;
    }
  }

  /** How many sentences back a pronoun of the other sex than the last speaker's looks for a person of its sex. */
  private static final int SEX_REACH = 8;

  /** Sentences not yet read for whom "he said" means; with {@code subjectOnly}, read for their subjects only. */
  private record Unread(int from, int to, boolean subjectOnly) {}

  /**
   * The person a sentence names as its subject before any "he" or "she" in it ("In a video, Mr. Doe denied it, but
   * he said ..."), whom such a pronoun in the same sentence means; not a subject after the pronoun ("By lifting the
   * ban, she said, Doe was ...").
   */
  private static Optional<String> ownSubject(Sentence s, People people) {
    Optional<String> subject = Subjects.subject(s, people, people.lowerCase());
    if (subject.isPresent()) {
      return subject;
    }
    Optional<String> clause = Subjects.clauseSubject(s, people, people.lowerCase());
    if (clause.isEmpty()) {
      return clause;
    }
    String text = s.text();
    int name = text.indexOf(clause.get().substring(clause.get().lastIndexOf(' ') + 1));
    Matcher pronoun = PRONOUN.matcher(text);
    return name >= 0 && (!pronoun.find() || name < pronoun.start()) ? clause : Optional.empty();
  }

  private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");

  /**
   * Whether sentence {@code s} names, before its quote at {@code quoteStart}, a subject of its own other than
   * {@code speaker} ("Karl Lind thanked the town for “…”", "In his resignation letter, Lind reflected on …"): the quote
   * is then not alone in its sentence, and does not go on with the last speaker's words. A quote that opens the
   * sentence has no subject before it.
   */
  private static boolean othersBefore(Sentence s, int quoteStart, String speaker, People people) {
    int before = quoteStart - s.start();
    if (before <= 2 || before > s.text().length()) {
      return false;
    }
    Optional<String> subject = ownSubject(s, people);
    if (subject.isEmpty() || subject.get().equals(speaker)) {
      return false;
    }
    String surname = subject.get().substring(subject.get().lastIndexOf(' ') + 1);
    return s.text().substring(0, before).contains(surname);
  }

  /**
   * A verb of saying, calling or urging joined by "and" to the subject's first verb, before the quote, with no relative
   * clause, sentence break or other quote between: "lives nearby and said the bridge was “…”", "visited the harbor
   * and called for an end to the political “blame game”".
   */
  private static final Pattern COORDINATED_SAID = Pattern.compile(
      "\\band\\s+(?:also\\s+|then\\s+|later\\s+)?(?:said|says|told|tells|added|adds|called|calls|urged|urges|warned|"
          + "warns|vowed|vows|promised|promises|pledged|pledges|insisted|insists|argued|argues|declared|declares|"
          + "described|describes)\\b[^\u0001.;]*$");
  /**
   * A sentence that opens with a subordinate clause ("After Jane Doe left the meeting, a resident stood up and said"):
   * the name it opens with is not the subject of the main clause.
   */
  private static final Pattern SUBORDINATE_OPENING = Pattern.compile(
      "(?i:" + String.join("|", new java.util.TreeSet<>(Subjects.OPENING_SUBORDINATORS)) + "|whether)\\b");
  /** A relative clause, whose subject is not the sentence's ("Doe hugged Roe, who thanked her and said"). */
  private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which|that)\\b");

  /**
   * The person a quote-free sentence ending in a colon names as its subject ("Doe responded to the allegations in a
   * statement:"), whose words the next paragraph quotes; empty for any other sentence.
   */
  private static Optional<String> colonIntroducer(Sentence s, People people) {
    String t = s.text().strip();
    if (!t.endsWith(":") || t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0) {
      return Optional.empty();
    }
    Matcher by = STATEMENT_BY.matcher(t);
    if (by.find()) {
      // "Below is a statement by Jane Doe:": hers (a person named at that word)
      int at = s.text().indexOf(t) + by.start(1);
      return people.opening(s.start() + at).filter(n -> Subjects.personName(n, people.lowerCase()));
    }
    if (FROM_SOMEONE.matcher(t).find()) {
      return Optional.empty(); // "Doe read aloud a message she received from Karl Lind:": his words, not Doe's
    }
    // a person, not a description that opens with a capital ("One Facebook user … posted this status update:")
    return people.opening(s.start()).filter(n -> Subjects.personName(n, people.lowerCase()))
        .or(() -> Subjects.subject(s, people, people.lowerCase()))
        .or(() -> Subjects.openingSurname(s, people, people.lowerCase()));
  }

  /** A written statement and whose it is, ending a paragraph: "a statement by Jane Doe:", "a letter from Karl Lind:". */
  private static final Pattern STATEMENT_BY = Pattern.compile("\\b(?:statement|letter|message|note|e-?mail|post|"
      + "tweet|remarks)\\s+(?:from|by)\\s+(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})\\s*:$");

  /** Words received from someone or written by someone named: "a message from Karl Lind", "a letter by Jane Doe". */
  private static final Pattern FROM_SOMEONE = Pattern.compile("\\b(?:from|by)\\s+(?:the\\s+)?\\p{Lu}");

  /**
   * The medium that a quote-free sentence ending in a colon opens with ("The Lindby Times recently reported:"): the
   * next paragraph's quote is cited from it, and said by nobody it names.
   */
  private static Optional<String> colonMedium(Sentence s) {
    String t = s.text().strip();
    if (!t.endsWith(":")) {
      return Optional.empty();
    }
    List<Token> tokens = s.tokens();
    int k = 0;
    while (k < tokens.size() && tokens.get(k).kind() == TokenKind.WORD && tokens.get(k).isCapitalized()) {
      k++;
    }
    if (k == 0) {
      return Optional.empty();
    }
    String run = t.substring(0, tokens.get(k - 1).end() - s.start());
    return LEXICON.medium(run) ? Optional.of(run.startsWith("The ") ? run.substring(4) : run) : Optional.empty();
  }

  /**
   * Whether the words before the quote at {@code at} of {@code context} say that the sentence's subject, the person
   * {@code subject}, gives it in a statement of theirs: the sentence opens with "in" and the statement ("In a statement Wednesday, Jane Doe praised
   * …", "In his resignation letter, Lind reflected on …"), or the subject issues one ("Lind issued a statement calling
   * …", "released a statement saying"), not someone else's ("a statement from her doctor"); no "he", "she" or "they"
   * between the statement and the quote ("thanking Doe for a statement she issued “…”"), and no relative clause about
   * another person still open at the quote ("praised Lind, who called the plan “…”").
   */
  private static boolean ownStatement(String context, int at, String subject) {
    int end = Math.max(0, Math.min(at, context.length()));
    String before = context.substring(0, end);
    String surname = subject.substring(subject.lastIndexOf(' ') + 1);
    Matcher in = IN_STATEMENT.matcher(before);
    int statement = -1;
    if (in.lookingAt()) {
      int named = before.indexOf(surname, in.end());
      int comma = before.indexOf(',', in.end());
      // the subject right after the statement's comma, an office before it at most ("former President Jane Doe")
      statement = named >= 0 && (comma < 0 || comma > named) ? in.end() : -1;
    }
    Matcher issued = ISSUED_STATEMENT.matcher(before);
    while (issued.find()) {
      int named = before.indexOf(surname);
      statement = named >= 0 && named < issued.start() ? issued.end() : statement; // the subject issues it
    }
    if (statement < 0 || OTHER_SUBJECT.matcher(before).region(statement, end).find()) {
      return false; // "thanking Doe for a statement she issued “clarifying” …": her statement, not the subject's
    }
    if (OTHERS_WORDS.matcher(before).region(statement, end).find()) {
      return false; // "criticized Lind for calling the plan “…”", "after the council called it “…”": another's words
    }
    Matcher who = WHO.matcher(before);
    int open = -1;
    while (who.find()) {
      open = who.end();
    }
    return open < 0 || before.indexOf(',', open) >= 0;
  }

  /** A document in which a person gives words: a statement, a letter, a post, a speech. */
  private static final String STATEMENT = "(?:statement|letter|message|memo|e-?mail|post|tweet|op-ed|video|speech"
      + "|interview|remarks)";
  /** A sentence that opens with the statement its subject gives: "In a statement Wednesday,", "But in his letter,". */
  private static final Pattern IN_STATEMENT = Pattern.compile("\\W*(?:(?:But|And|Later|Earlier)\\s+)?[Ii]n\\s+"
      + "(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + STATEMENT + "\\b[^,;:\u0001]{0,60},");
  /** A verb of issuing a document: "issued", "put out". */
  private static final String ISSUING = "(?:issued|released|put\\s+out|sent|posted|published)";
  /** After a document's word: not one passed on from another ("a letter from Mayor Jane Doe"). */
  private static final String OWN_DOCUMENT = "\\b(?!\\s+(?:from|by|of)\\b)";
  /** The subject issuing a statement of its own: "issued a statement", "released a joint statement", not "… from". */
  private static final Pattern ISSUED_STATEMENT = Pattern.compile("\\b" + ISSUING + "\\s+(?:a|an|his|her|their)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}?" + STATEMENT + OWN_DOCUMENT);
  /** A pronoun that opens another clause after the statement, its subject maybe someone else. */
  private static final Pattern OTHER_SUBJECT = Pattern.compile("\\b(?:he|she|they)\\b");
  /**
   * Words that give the quote to someone the statement talks about: a verb of saying or calling after "for", "as",
   * "after", "when" and the like ("criticized Lind for calling", "after the council called"), or a quotation of
   * another ("quoted Lind as", "citing").
   */
  private static final Pattern OTHERS_WORDS = Pattern.compile("\\b(?:for|as|after|when|while|because|since|before"
      + "|until)\\s+(?:\\S+\\s+){0,6}?(?:call(?:s|ed|ing)?|say(?:s|ing)?|said|describ(?:e|es|ed|ing)"
      + "|label(?:s|ed|led|ing|ling)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?)\\b|\\bquot(?:ed|ing)\\b|\\bciting\\b");
  /** A relative word for a person or a body: a clause about someone else after the subject. */
  private static final Pattern WHO = Pattern.compile("\\b(?:who|whom|whose|which)\\b");

  /** Whether the quote at {@code at} of {@code context} is introduced by {@link #COORDINATED_SAID}, no relative clause before. */
  private static boolean coordinatedSaid(String context, int at) {
    int end = Math.max(0, Math.min(at, context.length())); // a quote may open in the blank before its sentence
    while (end > 0 && context.charAt(end - 1) == QuotationMarks.MASK) {
      end--; // the quote's opening mark
    }
    Matcher m = COORDINATED_SAID.matcher(context).region(0, end);
    if (!m.find()) {
      return false;
    }
    Matcher r = RELATIVE.matcher(context).region(0, m.start());
    while (r.find()) {
      if (!closedRestrictive(context, r.start(), r.end(), m.start())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the relative word at {@code [from, to)} of {@code context} opens a restrictive clause ("that", no comma
   * before it) that a comma closes before {@code and}: "praised the spirit that the crew showed after the flood, and
   * called …" goes back to the sentence's subject; "hugged Roe, who thanked her and said" does not.
   */
  private static boolean closedRestrictive(String context, int from, int to, int and) {
    if (!context.startsWith("that", from)) {
      return false;
    }
    int k = from;
    while (k > 0 && Character.isWhitespace(context.charAt(k - 1))) {
      k--;
    }
    return (k == 0 || context.charAt(k - 1) != ',') && context.lastIndexOf(',', and) >= to;
  }

  /**
   * Whether {@code speaker} is a document that a person's words were just given in ("statement", "letter"), and
   * {@code before}, the sentences of the quote before, say they were given in it ("said in a statement", "wrote in a
   * letter"): the document speaks for that person.
   */
  private static boolean issuedBy(String speaker, List<Sentence> before) {
    Pattern given = GIVEN_IN.get(speaker.toLowerCase(Locale.ROOT));
    return given != null && before.stream().anyMatch(s -> given.matcher(s.text()).find());
  }

  /** How many sentences before a quote that a document speaks ("the statement said") are read for who issued it. */
  private static final int ISSUER_REACH = 2;

  /**
   * Who issued the document {@code document} ("statement") that speaks for the quote of sentence {@code first}: the
   * name that opens one of the {@value #ISSUER_REACH} sentences before and issues, releases or sends one ("Lindby
   * Ferries issued a statement late Monday", "Mayor Jane Doe released a letter"), the latest first; a person as the
   * article names her in full. Empty when none does.
   */
  private static Optional<String> issuer(List<Sentence> sentences, int first, String document, People people) {
    Pattern issued = ISSUED.get(document.toLowerCase(Locale.ROOT));
    for (int k = first - 1; k >= Math.max(0, first - ISSUER_REACH); k--) {
      Sentence s = sentences.get(k);
      Matcher m = issued.matcher(s.text());
      if (m.lookingAt()) {
        String name = m.group(1).startsWith("The ") ? m.group(1).substring(4) : m.group(1); // "The Lindby Council"
        return people.opening(s.start()).or(() -> Optional.of(name));
      }
    }
    return Optional.empty();
  }

  /** The documents a quote may be given as speaking ("…,” the statement said"): {@link #ISSUED}, {@link #GIVEN_IN}. */
  private static final List<String> SPEAKING_DOCUMENTS = List.of("statement", "letter", "release", "memo", "post");

  /**
   * A name opening a sentence that issues a document: "Lindby Ferries issued a statement" (group 1: the name); not one
   * that passes on another's ("The Lindby Post published a letter from Mayor Jane Doe": the mayor's letter, as
   * {@link #ISSUED_STATEMENT} reads it).
   */
  private static final Map<String, Pattern> ISSUED = SPEAKING_DOCUMENTS.stream()
      .collect(Collectors.toUnmodifiableMap(w -> w, w -> Pattern.compile(SpeechPatterns.NAME
          + "\\s+(?:(?:has|had)\\s+)?" + ISSUING + "\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + w + OWN_DOCUMENT)));

  /** Documents in which a person's words are given, each with how a sentence says so: "in a statement", "in a letter". */
  private static final Map<String, Pattern> GIVEN_IN = SPEAKING_DOCUMENTS.stream()
      .collect(Collectors.toUnmodifiableMap(w -> w, w -> Pattern.compile(
          "\\b(?:in|issued)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?" + w + "\\b")));

  /** Whether nothing but punctuation and blanks stands in {@code text} from {@code from} to {@code to}. */
  private static boolean onlyPunctuationBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} only says who spoke ("Durbin said.", "she added on Tuesday."): short and unquoted, a verb of
   * saying with nothing after it but a time ("Critics said that was dangerous." reports something else).
   */
  private static boolean attributionOnly(Sentence s) {
    String t = s.text();
    if (s.tokens().size() > ATTRIBUTION_MAX_TOKENS || t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0
        || t.indexOf('\u201D') >= 0) {
      return false;
    }
    Matcher verb = SpeechPatterns.VERB_ONLY.matcher(t);
    return verb.find() && AFTER_ATTRIBUTION.matcher(t.substring(verb.end())).matches();
  }

  /** What may follow the verb of a sentence that only says who spoke: a time, the medium, then its full stop. */
  private static final Pattern AFTER_ATTRIBUTION = Pattern.compile(
      "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|later|earlier"
      + "|again|then|afterward|afterwards|in\\s+a\\s+statement))?\\s*[.!]?\\s*");

  /** The index of the sentence where quote {@code q} ends: the last of {@code sentences} that starts before its end. */
  private static int endSentence(List<Sentence> sentences, Quote q) {
    int k = q.sentence();
    while (k + 1 < sentences.size() && sentences.get(k + 1).start() < q.end()) {
      k++;
    }
    return sentences.get(k).index();
  }

  /**
   * Whether the quotation marks {@code q} of the paragraph {@code [i, j]} name a work, outside a headline written in
   * title case (where every quoted phrase is capitalised), or hold a nickname inside a name
   * ({@link QuotationMarks#isNickname}).
   */
  private static boolean titleQuote(String text, List<Sentence> sentences, int i, int j, int[] q) {
    if (QuotationMarks.isNickname(text, q[0], q[1])) {
      return true;
    }
    Sentence own = sentences.get(QuotationMarks.sentenceAt(sentences, i, j, q[0]));
    return (own.role() != SentenceRole.HEADLINE || !Names.titleCase(own.tokens()))
        && QuotationMarks.isTitle(text.substring(q[0], q[1]).strip(),
            namesAWork(text, q[0]));
  }

  /**
   * Whether the words right before the opening mark before {@code at} say that a work is named: a possessive
   * ("Fox News' “…”", "PBS's “…”", "CBS' “…”"), "on" ("appeared on “…”"), "told" a programme ("told “Lindby Morning
   * Show.”"), a kind of work ("the program “…”", "his book “…”", "the drama “The Long Road.”"), a verb of making or
   * naming one ("to direct “Harbor Lights.”", "an article titled “…”"), or "and" / "or" right after another
   * quotation ("“Summer in Lindby” and “The Long Road.”"). A capitalised phrase quoted there ends its sentence as a
   * work's name, not as someone's words.
   */
  private static boolean namesAWork(String text, int at) {
    int mark = at > 0 && "\"\u201C\u2018".indexOf(text.charAt(at - 1)) >= 0 ? at - 1 : at; // the opening mark
    int k = QuotationMarks.lastNonBlank(text, 0, mark);
    if (k > 0 && text.charAt(k) == ',') {
      k = QuotationMarks.lastNonBlank(text, 0, k); // "in his 2019 book, “The Quiet Banker.”"
    }
    String before = text.substring(Math.max(0, k - 2), k + 1).toLowerCase(Locale.ROOT); // "CBS' “…”" too
    int wordStart = k + 1;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, k + 1);
    if (word.equals("and") || word.equals("or")) {
      int j = QuotationMarks.lastNonBlank(text, 0, wordStart);
      return j >= 0 && "\"\u201D\u2019".indexOf(text.charAt(j)) >= 0;
    }
    return before.endsWith("'s") || before.endsWith("\u2019s") || before.endsWith("s'") || before.endsWith("s\u2019")
        || word.equals("on") || word.equals("On") || word.equals("told") || KINDS_OF_WORK.contains(word)
        || MAKING_A_WORK.contains(word);
  }

  /** Words for a work, which a title in quotation marks follows: "the Fox News program “Fox and Friends.”" */
  private static final Set<String> KINDS_OF_WORK = Set.of("program", "programme", "show", "series", "film", "movie",
      "book", "novel", "memoir", "song", "album", "podcast", "documentary", "episode", "segment", "play", "opera",
      "drama", "comedy", "thriller", "musical", "sitcom", "sequel", "prequel", "remake", "franchise", "single", "track",
      "poem", "article", "column", "essay", "magazine", "newspaper", "painting", "exhibition", "campaign");

  /** Verbs that make or name a work ("directed “…”", "titled “…”"). */
  private static final Set<String> MAKING_A_WORK = Set.of("titled", "entitled", "direct", "directs", "directed",
      "directing", "starred", "starring", "produce", "produced", "producing", "released", "publish", "published");

  /** Whether {@code cited} names the person {@code speaker}, with any title or office before the name. */
  private static boolean isPersonNamed(String cited, String speaker) {
    PersonName n = PersonName.parse(cited, LEXICON);
    if (n.words().size() == 1) {
      String surname = n.words().get(0);
      return speaker.equals(surname) || speaker.endsWith(" " + surname); // "…," Doe wrote: Jane Doe, or Doe
    }
    return n.words().size() >= 2 && String.join(" ", n.words()).equals(speaker);
  }

  private static int leadingBlank(String text, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k - from;
  }

  private static int trailingBlank(String text, int from, int to) {
    int k = to;
    while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return to - k;
  }
}
