package dev.parallax.clean;

import dev.parallax.internal.Blanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a credit at the end of a line of a page: a picture credit ({@code [Photo/Agency]}, {@code (Image:
 * Agency)}, {@code (Name via AGENCY)}, {@code ((Name/Agency/Agency))}, {@code ... . Photograph: A/B}, {@code ...
 * Credit: Agency}) or a
 * source credit ({@code (Via Outlet)}, {@code (The Associated Press)}, {@code .—AFP}).
 *
 * <p>The credit is judged by its shape (a bracket, a dash or a sentence end before it; a picture label, a
 * slash between names, "via", or capitalized names only inside it), never by the names it holds.
 *
 * <table>
 *   <caption>Trailing credits</caption>
 *   <tr><th>line ends with</th><th>credit</th></tr>
 *   <tr><td>{@code ... Sunday. [Photo/Agency]}</td><td>picture</td></tr>
 *   <tr><td>{@code ... town.Jane Roe via AP}</td><td>picture</td></tr>
 *   <tr><td>{@code ... harbour. Photograph: Agency/Agency}</td><td>picture</td></tr>
 *   <tr><td>{@code ... rose. (Via Getty Images)}</td><td>footage</td></tr>
 *   <tr><td>{@code ... Saturday.—AFP}</td><td>source</td></tr>
 *   <tr><td>{@code Jane Doe, the harbour master Credit: Lindwire}</td><td>picture</td></tr>
 *   <tr><td>{@code ... harbour. Jane Roe / Lindwire - Getty Images}</td><td>picture</td></tr>
 *   <tr><td>{@code Lindby Tax Credit: Families Wait}</td><td>none: no lower-case words before the label</td></tr>
 *   <tr><td>{@code Harbour reopens By JANE DOE and KARL LIND, Lindwire Writers}</td><td>source</td></tr>
 *   <tr><td>{@code Lindby By The Sea}</td><td>none: no names in capitals</td></tr>
 *   <tr><td>{@code Lindby Mill Bought By ACME GROUP}</td><td>none: no reporter's role after the names</td></tr>
 *   <tr><td>{@code ... 10 kilometers (6 miles)}</td><td>none: a number</td></tr>
 *   <tr><td>{@code LINDBY (Lindwire)}</td><td>none: no sentence before a source credit</td></tr>
 *   <tr><td>{@code (Photo: AP)}</td><td>none: the whole line is the credit</td></tr>
 * </table>
 *
 * <p>Stateless; every scan reads a bounded window at the end of the line, and no regular expression is used.
 */
final class Credits {
  /** A credit is short: longer brackets are asides, not credits. */
  private static final int MAX_CREDIT_CHARS = 90;
  private static final int MAX_CREDIT_WORDS = 8;

  private Credits() {}

  /** What a trailing credit credits. */
  enum Kind {
    /** The picture the line captions: the line before it is a caption. */
    PICTURE,
    /** The source of the line (a wire, an outlet): the line before it may be reporting. */
    SOURCE,
    /** {@code (Via Outlet)}: where the footage shown with the line came from; the line before it is reporting. */
    FOOTAGE
  }

  /** A credit that starts at {@code start} and runs to the end of its line. */
  record Credit(int start, Kind kind) {}

  /** The credit that ends the line {@code [start, end)} (no blanks at either end), or null. */
  static Credit trailing(String text, int start, int end) {
    if (end - start < 4) {
      return null;
    }
    char last = text.charAt(end - 1);
    if (last == ')' || last == ']') {
      return bracketed(text, start, end);
    }
    Credit bar = afterBar(text, start, end);
    if (bar != null) {
      return bar;
    }
    Credit dash = dashed(text, start, end);
    if (dash != null) {
      return dash;
    }
    Credit labelled = afterCreditLabel(text, start, end);
    if (labelled != null) {
      return labelled;
    }
    Credit byline = gluedByline(text, start, end);
    if (byline != null) {
      return byline;
    }
    Credit sentence = afterSentence(text, start, end);
    if (sentence != null) {
      return sentence;
    }
    int courtesy = pictureCreditAfterStory(text, start, end);
    return courtesy > 0 ? new Credit(courtesy, Kind.PICTURE) : null;
  }

  /**
   * {@code Harbour reopens in Lindby By JANE DOE and KARL LIND, Lindwire Writers}: a wire byline glued to the end of
   * a headline, as a portal's copy prints it. "By" as written after a word of the headline, then two to {@link
   * #MAX_GLUED_NAME_WORDS} names in capitals (with "and" between them), then a comma and one to four capitalised
   * words that end on a reporter's role ({@link Vocabulary#ROLE_LABELS}). It credits the source, and the headline
   * before it stays. "Stand By Me" and "Lindby By The Sea" have no names in capitals, and "Lindby Mill Bought By
   * ACME GROUP" no reporter's role.
   */
  private static Credit gluedByline(String text, int start, int end) {
    int by = -1;
    for (int p = Math.max(start + 1, end - MAX_CREDIT_CHARS); p + 3 < end; p++) {
      if (text.startsWith("By ", p) && Blanks.isBlank(text.charAt(p - 1))) {
        by = p;
        break;
      }
    }
    if (by < 0 || sentenceEndBefore(text, start, by) || hasDigit(text, by, end)) {
      return null;
    }
    int comma = text.indexOf(',', by);
    int namesEnd = comma < 0 || comma >= end ? end : comma;
    List<String> names = words(text, by + 3, namesEnd);
    int capitals = 0;
    for (String w : names) {
      if (lettersOnly(w).equals("and")) {
        continue;
      }
      if (!isInCapitals(w)) {
        return null;
      }
      capitals++;
    }
    if (capitals < 2 || capitals > MAX_GLUED_NAME_WORDS) {
      return null;
    }
    if (namesEnd == end) {
      return null;  // "Mill Bought By ACME GROUP": a company in capitals, without a reporter's role
    }
    List<String> role = words(text, namesEnd + 1, end);
    if (role.isEmpty() || role.size() > 4 || !allCapitalized(role, 0)
        || !Vocabulary.ROLE_LABELS.contains(lettersOnly(role.get(role.size() - 1)))) {
      return null;
    }
    return new Credit(by, Kind.SOURCE);
  }

  /** The most words of a picture credit glued to a story's paragraph. */
  private static final int MAX_STORY_CREDIT_WORDS = 8;
  /** How far before a paragraph's end its glued picture credit may start. */
  private static final int MAX_STORY_CREDIT_CHARS = 90;

  /**
   * Where a picture credit glued to the end of a story's paragraph starts, after the paragraph's last sentence, or
   * -1: {@code ... One man was hospitalized. Photo courtesy of Lindby Fire Rescue} (a picture word, "courtesy",
   * maybe "of", then capitalised names) or {@code ... officials said Friday. (Lindwire Photo/Jane Roe} (a bracket,
   * capitalised words, a picture word right before a slash, closed or not). No figure and at most {@link
   * #MAX_STORY_CREDIT_WORDS} words; the paragraph before it stays. "Photo courtesy of the family, he said." ends
   * a sentence and is reporting.
   */
  static int pictureCreditAfterStory(String text, int start, int end) {
    if (LineShape.endsWithSentencePunctuation(text, start, end)) {
      return -1;
    }
    for (int p = Math.max(start + 1, end - MAX_STORY_CREDIT_CHARS); p < end - 1; p++) {
      char c = text.charAt(p);
      if (c != '.' && c != '!' && c != '?' || !Blanks.isBlank(text.charAt(p + 1))) {
        continue;
      }
      int t = p + 1;
      while (t < end && Blanks.isBlank(text.charAt(t))) {
        t++;
      }
      if (t < end && isStoryPictureCredit(text, t, end)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean isStoryPictureCredit(String text, int from, int to) {
    List<String> words = words(text, from, to);
    if (words.size() < 2 || words.size() > MAX_STORY_CREDIT_WORDS || hasDigit(text, from, to)) {
      return false;
    }
    if (text.charAt(from) == '(') {
      int slash = text.indexOf('/', from);
      if (slash < 0 || slash >= to || text.indexOf(')', from) >= 0 && text.indexOf(')', from) < to - 1) {
        return false;
      }
      int w = slash;
      while (w > from && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      return Vocabulary.PICTURE_WORDS.contains(lettersOnly(text.substring(w, slash))) && allCapitalized(words, 0);
    }
    if (!Vocabulary.PICTURE_WORDS.contains(lettersOnly(words.get(0))) || !lettersOnly(words.get(1)).equals("courtesy")) {
      return false;
    }
    int names = words.size() > 2 && lettersOnly(words.get(2)).equals("of") ? 3 : 2;
    return names < words.size() && Character.isUpperCase(words.get(0).charAt(0)) && allCapitalized(words, names);
  }

  /** The most words of a picture agency's name before its "Photo/" glued before a dateline. */
  private static final int MAX_AGENCY_WORDS = 3;
  /** The most names after "Photo/" glued before a dateline. */
  private static final int MAX_PHOTOGRAPHER_WORDS = 4;

  /**
   * Where the story starts after a picture credit glued before its dateline, or -1: {@code Lindwire Photo/Jane Roe
   * LINDBY (Lindwire) — ...}. One to {@link #MAX_AGENCY_WORDS} capitalised words, a picture word and a slash, then
   * one to {@link #MAX_PHOTOGRAPHER_WORDS} names written in mixed case, then the dateline's first word in
   * capitals, where the story starts. Without a word in capitals after the names the credit's end is unknown, and
   * the line is left whole.
   */
  static int pictureCreditBeforeDateline(String text, int start, int end) {
    List<int[]> tokens = new ArrayList<>();
    int i = start;
    while (i < end && tokens.size() < MAX_AGENCY_WORDS + MAX_PHOTOGRAPHER_WORDS + 1) {
      while (i < end && Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && !Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        tokens.add(new int[] {s, i});
      }
    }
    int slashToken = -1;
    for (int k = 0; k < tokens.size() && k <= MAX_AGENCY_WORDS; k++) {
      String w = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
      int slash = w.indexOf('/');
      if (slash >= 0) {
        if (k == 0 || !Vocabulary.PICTURE_WORDS.contains(lettersOnly(w.substring(0, slash)))) {
          return -1;
        }
        slashToken = k;
        break;
      }
      if (!Character.isUpperCase(w.charAt(0)) || hasDigit(w, 0, w.length())) {
        return -1;
      }
    }
    if (slashToken < 0) {
      return -1;
    }
    String first = text.substring(tokens.get(slashToken)[0], tokens.get(slashToken)[1]);
    String afterSlash = first.substring(first.indexOf('/') + 1);
    int names = 0;
    if (!afterSlash.isEmpty()) {
      if (!isMixedCaseName(afterSlash)) {
        return -1;
      }
      names++;
    }
    for (int k = slashToken + 1; k < tokens.size(); k++) {
      String w = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
      if (isInCapitals(w)) {
        return names >= 1 ? tokens.get(k)[0] : -1;
      }
      if (!isMixedCaseName(w) || ++names > MAX_PHOTOGRAPHER_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /** A name's word in mixed case: a capital, then letters with at least one in lower case ("Cortez", "McAdam"). */
  private static boolean isMixedCaseName(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '/') {
        return false;
      }
    }
    return lower;
  }

  /** A word written in capitals: two or more letters, none of them lower case ("DOBNIK", "O'NEIL"). */
  private static boolean isInCapitals(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The most names in capitals of a byline glued to a headline. */
  private static final int MAX_GLUED_NAME_WORDS = 8;

  /**
   * {@code Jane Doe, the council's leader Credit: Lindwire}, {@code ... at the quay, Lindby Credit: Agency
   * Wire}: a caption that describes in lower-case words, then "Credit:" as written and one to {@link
   * #MAX_LABELLED_NAME_WORDS} capitalised names to the line's end, with no function word (but a first "The") and no
   * figure. A headline in title case ("Child Tax Credit: Lindby Families Wait") has no lower-case word before the
   * label and keeps its words.
   */
  private static Credit afterCreditLabel(String text, int start, int end) {
    if (!Character.isLetter(text.charAt(end - 1))) {
      return null;
    }
    int label = -1;
    for (int p = end - CREDIT_LABEL.length(); p > start && p >= end - MAX_CREDIT_CHARS; p--) {
      if (text.startsWith(CREDIT_LABEL, p) && Blanks.isBlank(text.charAt(p - 1))) {
        label = p;
        break;
      }
    }
    if (label < 0 || hasDigit(text, label, end)) {
      return null;
    }
    List<String> names = words(text, label + CREDIT_LABEL.length(), end);
    if (names.isEmpty() || names.size() > MAX_LABELLED_NAME_WORDS || !allCapitalized(names, 0)) {
      return null;
    }
    for (int k = 0; k < names.size(); k++) {
      String w = lettersOnly(names.get(k));
      if (Vocabulary.STOP_WORDS.contains(w) && !(k == 0 && w.equals("the") && names.size() > 1)) {
        return null;
      }
    }
    int lowerCase = 0;
    for (String w : words(text, start, label)) {
      lowerCase += Character.isLowerCase(w.charAt(0)) ? 1 : 0;
    }
    return lowerCase >= 2 ? new Credit(label, Kind.PICTURE) : null;
  }

  /** A picture credit's label as written inside a caption's line. */
  private static final String CREDIT_LABEL = "Credit:";
  /** The most names after "Credit:" at a line's end. */
  private static final int MAX_LABELLED_NAME_WORDS = 5;

  /**
   * {@code ... harbour. | Photo by Jane Roe}, {@code ... quay. | Lindby Images by Jane Roe}, {@code ... quay. |
   * Photo: Jane Roe}: after a sentence's end, a bar, then one or two capitalised words and "by" and one to {@link
   * #MAX_BAR_NAME_WORDS} names, or a picture label and a colon, with no figure. It credits the picture; after a
   * word for writing ({@code | Reporting by Jane Roe}, {@code | Story by Jane Roe}, see {@link #WRITING_LABELS}) it
   * credits the source, and the sentence before it stays.
   */
  private static Credit afterBar(String text, int start, int end) {
    int bar = -1;
    for (int p = end - 1; p >= Math.max(start + 1, end - MAX_CREDIT_CHARS); p--) {
      if (text.charAt(p) == '|') {
        bar = p;
        break;
      }
    }
    if (bar < 0 || !Character.isLetter(text.charAt(end - 1)) || hasDigit(text, bar + 1, end)
        || !sentenceEndBefore(text, start, bar)) {
      return null;
    }
    List<String> words = words(text, bar + 1, end);
    if (words.size() < 2 || !allCapitalizedExcept(words, indexOfWord(words, "by"))) {
      return null;
    }
    int colon = text.indexOf(':', bar + 1);
    if (colon > 0 && colon < end && isPictureLabel(text.substring(bar + 1, colon))) {
      return new Credit(bar, Kind.PICTURE);
    }
    int by = indexOfWord(words, "by");
    if (by < 1 || by > 2 || words.size() - by - 1 < 1 || words.size() - by - 1 > MAX_BAR_NAME_WORDS) {
      return null;
    }
    String label = lettersOnly(words.get(by - 1));
    if (Vocabulary.CREDIT_VERBS.contains(label) || WRITING_LABELS.contains(label)) {
      return new Credit(bar, Kind.SOURCE);
    }
    // "| Photo by Jane Roe", "| Lindby Images by Jane Roe"; not "| Updated by Jane Roe", which credits no picture
    return Vocabulary.PICTURE_WORDS.contains(label) || label.equals("photography") ? new Credit(bar, Kind.PICTURE) : null;
  }

  /** Words for a piece of writing before "by" in a credit: "Story by", "Opinion by", "Text by". */
  private static final Set<String> WRITING_LABELS = Set.of(
      "story", "text", "article", "report", "column", "opinion", "analysis", "interview", "review", "commentary",
      "editorial", "essay", "letter", "post", "blog", "feature");

  /** The most names after "by" in a credit set after a bar. */
  private static final int MAX_BAR_NAME_WORDS = 4;

  /** {@code ... (Name via AGENCY)}, {@code ... [Photo/Agency]}, {@code ... ((Agency/Agency))}. */
  private static Credit bracketed(String text, int start, int end) {
    char close = text.charAt(end - 1);
    char open = close == ')' ? '(' : '[';
    int innerEnd = end - 1;
    boolean doubled = innerEnd - 1 > start && text.charAt(innerEnd - 1) == close;
    if (doubled) {
      innerEnd--;
    }
    int limit = Math.max(start, innerEnd - MAX_CREDIT_CHARS);
    int o = innerEnd - 1;
    while (o >= limit && text.charAt(o) != open) {
      char c = text.charAt(o);
      if (c == '(' || c == ')' || c == '[' || c == ']') {
        return null;  // nested brackets: not a credit
      }
      o--;
    }
    if (o < limit) {
      return null;
    }
    int creditStart = o;
    if (doubled) {
      if (o - 1 < start || text.charAt(o - 1) != open) {
        return null;
      }
      creditStart = o - 1;
    }
    if (creditStart == start) {
      return null;  // the whole line is in brackets: a credit line of its own, for the line rules
    }
    Kind kind = classify(text, o + 1, innerEnd, doubled);
    if (kind == null || kind != Kind.PICTURE && !sentenceEndBefore(text, start, creditStart)) {
      return null;
    }
    return new Credit(creditStart, kind);
  }

  /** {@code ... Saturday.—AFP}, {@code ... mm; — AP}: a dash, then a few capitalized words. */
  private static Credit dashed(String text, int start, int end) {
    int limit = Math.max(start + 1, end - 40);
    for (int p = end - 1; p >= limit; p--) {
      char c = text.charAt(p);
      boolean dash = c == '\u2014' || c == '\u2013' || c == '\u2015'
          || c == '-' && p + 1 < end && Blanks.isBlank(text.charAt(p + 1)) && Blanks.isBlank(text.charAt(p - 1));
      if (!dash) {
        continue;
      }
      List<String> words = words(text, p + 1, end);
      if (words.isEmpty() || words.size() > 4 || !Character.isLetter(text.charAt(end - 1))
          || hasDigit(text, p + 1, end) || !allCapitalized(words, 0)) {
        return null;
      }
      return sentenceEndBefore(text, start, p) ? new Credit(p, Kind.SOURCE) : null;
    }
    return null;
  }

  /** {@code ... harbour. Photograph: A/B} or {@code ... town.Jane Roe via AP} after the caption's last sentence. */
  private static Credit afterSentence(String text, int start, int end) {
    if (LineShape.endsWithSentencePunctuation(text, start, end)) {
      return null;
    }
    int limit = Math.max(start + 1, end - 70);
    for (int p = end - 2; p >= limit; p--) {
      char c = text.charAt(p);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int t = p + 1;
      while (t < end && Blanks.isBlank(text.charAt(t))) {
        t++;
      }
      if (t >= end || !Character.isUpperCase(text.charAt(t))) {
        return null;
      }
      List<String> words = words(text, t, end);
      if (words.size() < 2 || words.size() > 7) {
        return null;
      }
      int colon = text.indexOf(':', t);
      if (colon > 0 && colon < end && colon - t <= 25 && isPictureLabel(text.substring(t, colon))) {
        return new Credit(t, Kind.PICTURE);
      }
      int via = indexOfWord(words, "via");
      if (via >= 1 && via < words.size() - 1 && !hasDigit(text, t, end) && allCapitalizedExcept(words, via)) {
        return new Credit(t, Kind.PICTURE);
      }
      return isNamesEndingOnPicture(text, t, end, words) ? new Credit(t, Kind.PICTURE) : null;
    }
    return null;
  }

  /**
   * {@code Jane Roe / Lindwire - Getty Images}, {@code Karl Lind/Agency Photo}: capitalised names with a slash
   * between two of them, the last word a picture word, no figure and no function word: the picture agency's credit
   * set after a caption's last sentence.
   */
  private static boolean isNamesEndingOnPicture(String text, int from, int to, List<String> words) {
    if (hasDigit(text, from, to) || !allCapitalized(words, 0) || text.indexOf('/', from) < 0
        || text.indexOf('/', from) >= to) {
      return false;
    }
    for (String w : words) {
      if (Vocabulary.STOP_WORDS.contains(lettersOnly(w))) {
        return false;
      }
    }
    String last = words.get(words.size() - 1);
    int slash = last.lastIndexOf('/');
    return Vocabulary.PICTURE_WORDS.contains(lettersOnly(slash >= 0 ? last.substring(slash + 1) : last));
  }

  /** What the inside of a bracket credits, or null when it is not a credit. */
  private static Kind classify(String text, int from, int to, boolean doubled) {
    List<String> words = words(text, from, to);
    if (words.isEmpty() || words.size() > MAX_CREDIT_WORDS) {
      return null;
    }
    String first = lettersOnly(words.get(0));
    if (first.equals("via")) {
      return words.size() >= 2 && allCapitalized(words, 1) && !hasDigit(text, from, to) ? Kind.FOOTAGE : null;
    }
    String inside = text.substring(from, to);
    boolean slash = inside.indexOf('/') >= 0;
    boolean colon = inside.indexOf(':') >= 0;
    boolean label = false;
    for (String w : words) {
      int partStart = 0;
      for (int i = 0; i <= w.length(); i++) {
        if (i == w.length() || w.charAt(i) == '/' || w.charAt(i) == ':') {
          label |= Vocabulary.PICTURE_WORDS.contains(lettersOnly(w.substring(partStart, i)));
          partStart = i + 1;
        }
      }
    }
    if (label && (words.size() >= 2 || slash || colon)) {
      return Kind.PICTURE;  // [Photo/Agency], (Image: AP), (AFP/file photo), (Getty Images)
    }
    if (first.equals("credit") && words.get(0).endsWith(":") && words.size() >= 2 && allCapitalized(words, 1)) {
      return Kind.PICTURE;  // (Credit: Jane Roe), as a picture's credit is labelled ("Credit:" at a caption's end)
    }
    if (hasDigit(text, from, to)) {
      return null;
    }
    if (words.size() >= 3 && Vocabulary.CREDIT_VERBS.contains(first) && lettersOnly(words.get(1)).equals("by")) {
      return Kind.SOURCE;  // (Reporting by ...; Editing by ...)
    }
    int via = Math.max(indexOfWord(words, "via"), indexOfWord(words, "for"));
    if (via >= 1 && via < words.size() - 1 && allCapitalizedExcept(words, via)) {
      return Kind.PICTURE;  // (Name via AGENCY), (Name for AGENCY)
    }
    if (!allCapitalized(words, 0)) {
      return null;
    }
    // ((Name/Agency)) credits a picture; (Agency/Pollster) may credit a poll, so it is only a source
    return slash && doubled ? Kind.PICTURE : Kind.SOURCE;
  }

  /** "Photo", "Photograph", "Image credit", "Picture": a label of one or two picture words. */
  static boolean isPictureLabel(String label) {
    List<String> parts = words(label, 0, label.length());
    if (parts.isEmpty() || parts.size() > 2) {
      return false;
    }
    boolean picture = false;
    for (String p : parts) {
      String w = lettersOnly(p);
      if (Vocabulary.PICTURE_WORDS.contains(w)) {
        picture = true;
      } else if (!Vocabulary.CAPTION_LABEL_TAILS.contains(w)) {
        return false;
      }
    }
    return picture;
  }

  /** Whether a sentence ends just before {@code pos}: a full stop, semicolon, question or exclamation mark, a closing quote. */
  private static boolean sentenceEndBefore(String text, int start, int pos) {
    int p = pos;
    while (p > start && Blanks.isBlank(text.charAt(p - 1))) {
      p--;
    }
    if (p <= start) {
      return false;
    }
    char c = text.charAt(p - 1);
    return c == '.' || c == ';' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == '\u2019' || c == ')';
  }

  private static List<String> words(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && !Blanks.isBlank(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        String w = text.substring(s, i);
        if (hasLetterOrDigit(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfWord(List<String> words, String word) {
    for (int i = 0; i < words.size(); i++) {
      if (lettersOnly(words.get(i)).equals(word)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allCapitalized(List<String> words, int from) {
    for (int i = from; i < words.size(); i++) {
      if (!capitalized(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitalizedExcept(List<String> words, int skip) {
    for (int i = 0; i < words.size(); i++) {
      if (i != skip && !capitalized(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A name's word: its first letter is not lower case (or it is a particle such as "de" or "and"). */
  private static boolean capitalized(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        return !Character.isLowerCase(c) || Vocabulary.NAME_PARTICLES.contains(lettersOnly(w));
      }
    }
    return true;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, letters only: "Photo:" → "photo". */
  static String lettersOnly(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
