package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one-line rules for a picture's caption and credit: a credit line ({@code © AGENCY / Name},
 * {@code Photo: ...}, {@code Getty Images}), the caption before a credit cut from the same line, and a line
 * that opens on a picture and says what it shows. Each reads one line a bounded number of times.
 *
 * <p>One instance per page; reads the page and never changes it.
 */
final class CaptionRules {
  /** Runs of white space, compiled once ({@code String.split("\\s+")} compiles its pattern on each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Page page;
  private final String text;

  CaptionRules(Page page) {
    this.page = page;
    this.text = page.text;
  }

  /**
   * A picture credit: {@code ... © AGENCY / Name}, {@code Photo: ...}, or {@code (Image: AP)}. On the line where
   * the page's title stands ({@code titlePlace}) a label must name a picture ({@link #isCaptionLabel}).
   */
  boolean isCaptionCredit(PageLine l, boolean titlePlace) {
    LineShape s = l.shape;
    int copy = page.indexOf('\u00A9', l.start, l.end);
    if (copy > l.start && LineShape.of(text, copy + 1, l.end).words <= 8) {
      return true;
    }
    if (s.words == 0 || s.words > 25 || s.startsWithQuote) {
      return false;
    }
    if (s.words >= 2 && Character.isUpperCase(s.rawWords.get(0).charAt(0))
        && Vocabulary.CAPTION_LABELS.contains(s.lowerWords.get(0))
        && Vocabulary.CAPTION_LABEL_TAILS.contains(s.lowerWords.get(1))) {
      return true;  // "Image source, Agency", "Image caption, Firefighters ..."
    }
    int colon = page.indexOf(':', l.start, Math.min(l.end, l.start + 26));
    if (colon > l.start) {
      String raw = text.substring(l.start, colon).strip();
      if (raw.startsWith("(") || raw.startsWith("[")) {
        raw = raw.substring(1).strip();
      }
      String label = raw.toLowerCase(Locale.ROOT);
      if (isCaptionLabel(label, titlePlace) && !isStoryLabel(raw, label, colon + 1, l.end)) {
        return true;
      }
    }
    char first = text.charAt(l.start);
    char last = text.charAt(l.end - 1);
    boolean wrapped = first == '(' && last == ')' || first == '[' && last == ']';
    return wrapped && s.words <= 10 && s.anyWordIn(Vocabulary.CAPTION_LABELS);
  }

  /**
   * A label before a sentence of the story: the words after the colon are a full sentence (prose that opens with a
   * capital) and either the label opens with an article ("The big picture: The council committed to ...") where a
   * picture's label is a bare noun ("Photo:", "Image credit:", "File photo:"), or the label is a page's media label,
   * one word in capitals ("PHOTOS:", "VIDEO:"), before a lead that closes on whom it reports ("PHOTOS: A barn in
   * Lindby burned down on Sunday, the fire service said.") or narrates in the past. Under a picture's own label
   * ("Photo:", "File photo:") a caption that narrates or names a speaker ("Photo: Jane Doe, who said she lost her
   * barn, stands ...") stays a caption, as does "PHOTOS: Firefighters spray water on ..." in the present.
   */
  private boolean isStoryLabel(String rawLabel, String label, int from, int to) {
    int start = from;
    while (start < to && Blanks.isBlank(text.charAt(start))) {
      start++;
    }
    if (start >= to || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    LineShape sentence = LineShape.of(text, start, to);
    if (!sentence.isProse()) {
      return false;
    }
    int space = label.indexOf(' ');
    if (space > 0 && LABEL_ARTICLES.contains(label.substring(0, space))) {
      return true;
    }
    return isMediaLabel(rawLabel) && (closesOnAttribution(start, to) || sentence.narrates(CAPTION_SHORTEST_ED));
  }

  /** A page's media label: one word, all of it in capitals ("PHOTOS", "VIDEO"); "Photo" and "File photo" are not. */
  private static boolean isMediaLabel(String rawLabel) {
    if (rawLabel.length() < 3) {
      return false;
    }
    for (int i = 0; i < rawLabel.length(); i++) {
      if (!Character.isUpperCase(rawLabel.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sentence that ends on whom it reports, after its last comma: "..., the fire service said." or "..., said Eva
   * Strand." (two to six words with a verb of saying, then the full stop); "Jane Doe, who said she lost ..., stands
   * ..." names a speaker inside and does not.
   */
  private boolean closesOnAttribution(int from, int to) {
    int end = to;
    while (end > from && Blanks.isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (end <= from || text.charAt(end - 1) != '.') {
      return false;
    }
    int comma = text.lastIndexOf(',', end - 1);
    if (comma < from) {
      return false;
    }
    LineShape tail = LineShape.of(text, comma + 1, end);
    return tail.words >= 2 && tail.words <= 6 && tail.anyWordIn(Vocabulary.SPEECH);
  }

  /** The articles that open a story's label ("The big picture", "A closer look"), never a picture's. */
  private static final Set<String> LABEL_ARTICLES = Set.of("the", "a", "an");

  /**
   * A picture's label before a colon: at most three words, one of them a caption word ({@link
   * Vocabulary#CAPTION_LABELS}). With {@code namesAPicture} (the line where the page's title stands), a label
   * whose caption word names no picture ("credit", "source") has no other words ("Credit:", "Photo credit:", "Image
   * source:"): "Lindby Tax Credit: Families Wait" is a headline there, where "Key West Credit: Lindwire" between
   * two paragraphs is a picture's alt text and credit.
   */
  private static boolean isCaptionLabel(String label, boolean namesAPicture) {
    if (label.isEmpty()) {
      return false;
    }
    String[] words = SPACES.split(label);
    if (words.length > 3) {
      return false;
    }
    boolean caption = false;
    boolean picture = false;
    boolean others = false;
    for (String w : words) {
      if (Vocabulary.CAPTION_LABELS.contains(w)) {
        caption = true;
        picture |= !NON_PICTURE_LABELS.contains(w);
      } else if (!Vocabulary.CAPTION_LABEL_TAILS.contains(w)) {
        others = true;
      }
    }
    return caption && (!namesAPicture || picture || !others);
  }

  /** Caption words that name no picture: a label of them and other words is no picture's ("Tax Credit:"). */
  private static final Set<String> NON_PICTURE_LABELS = Set.of("credit", "credits", "source");

  /**
   * The caption before a credit cut from the same line: with a picture credit ({@code [Photo/Agency]}), one
   * sentence that neither quotes, reports speech nor narrates with a finite past or modal verb, or an "In
   * this (...) photo ..." caption of any length; with a
   * source credit ({@code .—AFP}), only a line that opens on the picture and says what it shows ("A handout
   * picture shows ...", "Map locates ..."); with a footage credit ({@code (Via Outlet)}), never. Anything else is
   * reporting that names its source, and stays.
   */
  boolean isCaptionBeforeCredit(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 3 || s.words > 100) {
      return false;
    }
    if (l.credit == Credits.Kind.PICTURE && opensWithDatedDescription(l)) {
      return true;
    }
    if (s.hasQuote || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    boolean inThis = s.words >= 2 && s.lowerWords.get(0).equals("in") && s.lowerWords.get(1).equals("this");
    boolean opensOnPicture = false;
    for (int i = 0; i < Math.min(inThis ? 10 : 4, s.words); i++) {
      String w = s.lowerWords.get(i);
      opensOnPicture |= Vocabulary.PICTURE_WORDS.contains(w) || w.equals("map") || w.equals("handout");
    }
    boolean oneSentence = s.words <= 60 && isOneSentence(l);
    if (l.credit == Credits.Kind.PICTURE) {
      // a caption describes what the picture shows; a line that narrates with a past or modal auxiliary
      // ("has risen", "would meet") is a reporting sentence that happens to carry a credit
      return oneSentence && !s.narrates(CAPTION_SHORTEST_ED) || opensOnPicture && inThis;
    }
    return l.credit == Credits.Kind.SOURCE && opensOnPicture && oneSentence
        && s.anyWordIn(Vocabulary.PICTURE_VERBS) && !s.anyWordIn(Vocabulary.PAST_OR_MODAL);
  }

  /**
   * A news agency's caption, of any length before its picture credit: its first sentence says what the picture
   * shows and dates it in full, weekday and year ("Firefighters spray water on the barn in Lindby, Sweden, Wednesday,
   * May 10, 2023. A fire destroyed ... (AP Photo/Karl Lind)"), without a quotation, reported speech or a narrating
   * verb; the sentences after it retell the story and go with it. A story's sentence that dates its news in full
   * narrates it ("The barn burned down on Tuesday, May 9, 2023, and ...") and stays.
   */
  private boolean opensWithDatedDescription(PageLine l) {
    int end = l.end;
    for (int i = l.start; i + 2 < l.end; i++) {
      if (isSentenceBreak(l, i)) {
        end = i + 1;
        break;
      }
    }
    LineShape first = LineShape.of(text, l.start, end);
    return !first.hasQuote && !first.anyWordIn(Vocabulary.SPEECH) && !first.narrates(CAPTION_SHORTEST_ED)
        && hasFullDate(first);
  }

  /** A weekday, a month, a day and a four-digit year in a row: "Monday, Sept. 25, 2023". */
  private static boolean hasFullDate(LineShape s) {
    List<String> w = s.lowerWords;
    for (int k = 0; k + 3 < w.size(); k++) {
      if (Vocabulary.WEEKDAYS.contains(w.get(k)) && Vocabulary.MONTHS.contains(w.get(k + 1))
          && isNumber(w.get(k + 2), 1, 2) && isNumber(w.get(k + 3), 4, 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String w, int minDigits, int maxDigits) {
    if (w.length() < minDigits || w.length() > maxDigits) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The shortest word in -ed that counts as a caption's verb (four letters, "aged", "used", often describe). */
  private static final int CAPTION_SHORTEST_ED = 5;

  /**
   * One sentence, perhaps followed by a caption's place or date tag of up to three words with no function
   * word ({@code ... in Gaza. Manchester, UK.}).
   */
  boolean isOneSentence(PageLine l) {
    int last = -1;
    int breaks = 0;
    for (int i = l.start; i + 2 < l.end; i++) {
      if (isSentenceBreak(l, i)) {
        breaks++;
        last = i + 1;
      }
    }
    if (breaks == 0) {
      return true;
    }
    if (breaks > 1) {
      return false;
    }
    LineShape tag = LineShape.of(text, last, l.end);
    return tag.words <= 3 && tag.stopWords == 0;
  }

  private boolean isSentenceBreak(PageLine l, int i) {
    char c = text.charAt(i);
    if ((c == '.' || c == '!' || c == '?') && Blanks.isBlank(text.charAt(i + 1))) {
      int j = i + 1;
      while (j < l.end && Blanks.isBlank(text.charAt(j))) {
        j++;
      }
      return j < l.end && (Character.isUpperCase(text.charAt(j)) || LineShape.isOpeningQuote(text.charAt(j)));
    }
    return false;
  }

  /**
   * {@code A drone photo shows the flooded harbour, June 12}: a line that opens on a picture and
   * says what it shows, without the full stop of a reported sentence, a quotation or reported speech.
   */
  boolean isUnfinishedPictureDescription(PageLine l) {
    LineShape s = l.shape;
    if (s.terminal || s.hasQuote || s.words < 4 || s.words > 40 || s.anyWordIn(Vocabulary.SPEECH)) {
      return false;
    }
    int picture = -1;
    for (int i = 0; i < Math.min(4, s.words) && picture < 0; i++) {
      if (Vocabulary.PICTURE_WORDS.contains(s.lowerWords.get(i))) {
        picture = i;
      }
    }
    return picture >= 0 && picture + 1 < s.words && Vocabulary.PICTURE_VERBS.contains(s.lowerWords.get(picture + 1));
  }

  /**
   * A credit line of names that ends on a picture word: {@code AP Photo}, {@code Getty Images},
   * {@code Jane Roe, AFP/Getty Images}. Capitalized words, no function word, no sentence end.
   */
  boolean isPictureCreditLine(PageLine l) {
    LineShape s = l.shape;
    if (s.words < 2 || s.words > 6 || s.terminal || s.stopWords > 0 || s.hasQuote) {
      return false;
    }
    for (String w : s.rawWords) {
      if (Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    String last = s.lowerWords.get(s.words - 1);
    int slash = last.lastIndexOf('/');
    return Vocabulary.PICTURE_WORDS.contains(slash >= 0 ? last.substring(slash + 1) : last);
  }

  /**
   * A police force credited alone for a picture, as court and crime pages print it under a suspect's photograph:
   * one to three capitalised names, then "Police" or "Constabulary" and a full stop, nothing else ("Lindby Police.",
   * "Strand Valley Constabulary."). A line of only a name with a full stop is no heading (a heading has no full stop)
   * and no sentence (it has no verb). Never on the line where the page's title stands; a sentence about the force
   * ("Lindby Police arrested two men.") and a heading without the full stop ("Lindby Police") stay.
   */
  boolean isForceCreditAlone(PageLine l, boolean titlePlace) {
    LineShape s = l.shape;
    if (titlePlace || s.words < 2 || s.words > 4 || s.rawWords.size() != s.words || s.stopWords > 0 || s.digits > 0
        || s.hasQuote || text.charAt(l.end - 1) != '.' || page.indexOf(',', l.start, l.end) >= 0) {
      return false;
    }
    return BylineRules.allCapitalisedNames(s.rawWords) && FORCES.contains(s.lowerWords.get(s.words - 1));
  }

  /** The last word of a police force's name. */
  private static final Set<String> FORCES = Set.of("police", "constabulary");

  /**
   * A caption that opens on its picture's credit, of any length: a caption label and a colon, then the credit, a
   * photographer's name joined by slashes to the agencies ("Photo by Jane Roe/Lindwire/Stockfoto", perhaps with the
   * agency's picture number in brackets after it), then what the picture shows: {@code Mandatory Credit: Photo by
   * Jane Roe/Lindwire/Stockfoto (12345678a) Firefighters spray water on a barn in Lindby}. The credit at its head
   * says the whole line goes with the picture. A label before a story sentence ("Credit: The council agreed ...")
   * has no slash-joined names after it and stays.
   */
  boolean isCaptionOpeningOnCredit(PageLine l) {
    int colon = page.indexOf(':', l.start, Math.min(l.end, l.start + 26));
    if (colon <= l.start || !isCaptionLabel(text.substring(l.start, colon).strip().toLowerCase(Locale.ROOT), false)) {
      return false;
    }
    LineShape head = LineShape.of(text, colon + 1, Math.min(l.end, colon + 1 + CREDIT_HEAD_CHARS));
    List<String> raw = head.rawWords;
    int k = 0;
    if (k < raw.size() && Vocabulary.CAPTION_LABELS.contains(head.lowerWords.get(k))) {
      k++; // "Photo by"
    }
    if (k < raw.size() && head.lowerWords.get(k).equals("by")) {
      k++;
    }
    for (int names = 0; k < raw.size() && names < MAX_CREDIT_NAMES; k++, names++) {
      String w = raw.get(k);
      if (isSlashJoinedNames(w)) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A picture credit alone on its line, names with the last joined by slashes to the agencies: {@code Jane
   * Roe/Lindwire}, {@code KARL LIND/AGENCY-PRESS/Stockfoto}. Two to six capitalised words, no function word, figure,
   * quotation or sentence end. A line of names with the slash inside ("Lindby/Ostvik Border Talks") stays.
   */
  boolean isSlashCreditLine(PageLine l) {
    LineShape s = l.shape;
    return s.words >= 2 && !s.terminal && s.rawWords.size() == s.words && isCreditOfNames(s)
        && isSlashJoinedNames(s.rawWords.get(s.words - 1));
  }

  /**
   * A picture credit alone on its line in the other forms pasted pages print under a caption: a picture's label and
   * "by" before the names ({@code Photo by Jane Roe for Lindwire}, {@code Photograph by Karl Lind/Lindwire}), or
   * names with a slash after the first word, the agency's name of several words ({@code Jane Roe/Invented Press},
   * {@code Jane Roe / Lindwire via Stockfoto Images}). Two to {@value #MAX_NAMED_CREDIT_WORDS} words, each
   * capitalised but "for", "via" and "and" between names, no figure, quotation, address or sentence end but a last
   * full stop; never on the line where the page's title stands. "Lindby/Ostvik Border Talks" (the slash in its first
   * word), "Photo by the river" and "Photographs by local artists on show" (lower-case words) stay.
   */
  boolean isNamedPictureCredit(PageLine l, boolean titlePlace) {
    LineShape s = l.shape;
    if (titlePlace || s.words < 2 || s.words > MAX_NAMED_CREDIT_WORDS || s.rawWords.size() != s.words || s.hasQuote
        || s.digits > 0 || s.urlTokens > 0 || s.terminal && text.charAt(l.end - 1) != '.'
        || s.lowerWords.get(0).equals("by")) {
      return false;  // "By Jane Roe/Lindwire" is a byline
    }
    int by = s.lowerWords.indexOf("by");
    boolean labelled = by >= 1 && by <= 2 && by + 1 < s.words && Character.isUpperCase(s.rawWords.get(0).charAt(0))
        && Credits.isPictureLabel(String.join(" ", s.rawWords.subList(0, by)));
    int names = labelled ? by + 1 : 0;
    for (int i = names; i < s.words; i++) {
      String w = s.rawWords.get(i);
      boolean joiner = CREDIT_JOINERS.contains(w) && i > names && i + 1 < s.words;
      if (!joiner && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    if (labelled) {
      return true;
    }
    int firstWordEnd = l.start;
    while (firstWordEnd < l.end && !Blanks.isBlank(text.charAt(firstWordEnd))) {
      firstWordEnd++;
    }
    int slash = page.indexOf('/', firstWordEnd, l.end);
    return slash > firstWordEnd && slash < l.end - 1 && page.indexOf('/', l.start, firstWordEnd) < 0;
  }

  /** The most words of a credit line of {@link #isNamedPictureCredit}. */
  private static final int MAX_NAMED_CREDIT_WORDS = 10;
  /** The lower-case words between names in a picture credit: "Jane Roe for Lindwire", "Lindwire via Stockfoto". */
  private static final Set<String> CREDIT_JOINERS = Set.of("for", "via", "and");

  /**
   * The words both credit lines ({@link #isSlashCreditLine}, {@link #isBracketedCreditLine}) are made of: one to six
   * words, each capitalised, with no function word, figure or quotation.
   */
  private static boolean isCreditOfNames(LineShape s) {
    return s.words >= 1 && s.words <= 6 && s.stopWords == 0 && !s.hasQuote && s.digits == 0 && s.allCapitalised();
  }

  /** {@code Roe/Lindwire}, {@code LIND/AGENCY-PRESS/Stockfoto}: two or more capitalised names joined by slashes. */
  private static boolean isSlashJoinedNames(String w) {
    String[] parts = w.split("/", -1);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '\u2019') {
          return false;
        }
      }
    }
    return true;
  }

  /** How far after its label a credit at the head of a caption is looked for. */
  private static final int CREDIT_HEAD_CHARS = 120;
  /** The most capitalised words (the photographer's names) before the slash-joined credit. */
  private static final int MAX_CREDIT_NAMES = 5;

  /**
   * A picture credit alone in brackets on its line: {@code (Jane Roe/Lindwire)}, {@code [AFP/Lindwire]}, {@code
   * (Lindwire Graphics)}. Capitalized names with a slash between them, or a credit line of names and a picture word;
   * no figure, function word, quotation or nested bracket. A sentence in brackets has function words and stays.
   */
  boolean isBracketedCreditLine(PageLine l) {
    if (l.end - l.start < 4 || !enclosedInBrackets(l) || !isCreditOfNames(l.shape)) {
      return false;
    }
    int slash = text.indexOf('/', l.start);
    return slash > l.start && slash < l.end - 1 || isPictureCreditLine(l);
  }

  /** Whether the line is one pair of brackets, {@code (...)} or {@code [...]}, with no bracket inside. */
  private boolean enclosedInBrackets(PageLine l) {
    char open = text.charAt(l.start);
    char close = text.charAt(l.end - 1);
    if (!(open == '(' && close == ')' || open == '[' && close == ']')) {
      return false;
    }
    for (int i = l.start + 1; i < l.end - 1; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || c == '[' || c == ']') {
        return false;
      }
    }
    return true;
  }
}
