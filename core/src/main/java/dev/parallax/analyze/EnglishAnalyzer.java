package dev.parallax.analyze;

import dev.parallax.internal.Blanks;
import dev.parallax.internal.Deadline;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The default {@link Analyzer} for English news: OpenNLP sentence detection with repairs for news text,
 * OpenNLP tokenization with Snowball stems as lemmas, then quotes and factual anchors.
 *
 * <p>Every line of a block is segmented on its own, so a headline never runs into the first sentence; a
 * hard-wrapped paragraph (a long unfinished line followed by one in lower case) is read as one line.
 * A line that starts with a bullet ({@code •}, {@code -}, {@code *}) becomes a {@link SentenceRole#BULLET}
 * sentence without the bullet. The article's first sentence is its {@link SentenceRole#HEADLINE} when it
 * stands alone on its line without closing punctuation and cleaning marked no headline, or when cleaning
 * marked it so.
 *
 * <p>Immutable and thread-safe: models are loaded once (see {@link EnglishModels}) and per-call state
 * lives on the stack.
 *
 * <pre>{@code
 * Analyzer analyzer = EnglishAnalyzer.create(EnglishModels.load());
 * AnalyzedArticle a = analyzer.analyze(article);
 * }</pre>
 */
public final class EnglishAnalyzer implements Analyzer {
  private final EnglishModels models;

  private EnglishAnalyzer(EnglishModels models) {
    this.models = models;
  }

  /** An analyzer that uses {@code models}. */
  public static EnglishAnalyzer create(EnglishModels models) {
    return new EnglishAnalyzer(Objects.requireNonNull(models, "models"));
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    SentenceSplitter splitter = new SentenceSplitter(models.sentenceModel());
    Tokens tokens = new Tokens();
    String text = removalsInsideSentencesBlanked(article);
    List<Sentence> sentences = new ArrayList<>();
    boolean headlineMarked = false;
    for (Block block : article.body()) {
      headlineMarked |= block.kind() == BlockKind.HEADLINE;
    }
    List<Block> body = article.body();
    for (int b = 0; b < body.size(); b++) {
      Block block = body.get(b);
      int end = block.end();
      // a paragraph break in mid-sentence (pasted pages): the sentence runs on into the next block
      while (b + 1 < body.size() && runsOn(text, block.start(), end, body.get(b + 1), block.kind())) {
        b++;
        end = body.get(b).end();
      }
      int pos = block.start();
      while (pos < end) {
        Deadline.check(); // a text of thousands of lines is split, tokenized and tagged line by line
        int lineEnd = logicalLineEnd(text, pos, end);
        addLine(text, pos, lineEnd, block.kind(), !headlineMarked, splitter, tokens, sentences);
        pos = lineEnd + 1;
      }
    }
    // quotes and speakers are read with plain spaces ("Karl Lind said" written with a no-break space)
    List<Sentence> plain = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      String t = Blanks.plainSpaces(s.text());
      plain.add(t.equals(s.text()) ? s : new Sentence(s.index(), t, s.start(), s.end(), s.role(), s.tokens()));
    }
    Deadline.check();
    List<Quote> quotes = QuoteFinder.find(Blanks.plainSpaces(text), plain);
    Deadline.check();
    List<Mention> mentions = MentionFinder.find(sentences);
    return new AnalyzedArticle(article, sentences, quotes, mentions);
  }

  /**
   * The article's text with the removed lines that stand inside a sentence turned to blanks, so the sentence is
   * read whole: "Crews were called to the mill in what" / "Advertisement" / "was the third blaze there this year."
   * is one sentence whose text holds blanks where the label stood (one blank for each character, so every offset
   * stays the article's). A gap is blanked only when everything in it was removed, the story before it ends in an
   * unfinished line that a hard wrap would join ({@link #logicalLineEnd}) and the story after it starts in lower
   * case; otherwise, and when there is no such gap, the text is returned as it is.
   */
  private static String removalsInsideSentencesBlanked(Article article) {
    String text = article.text();
    List<Block> body = article.body();
    if (body.size() < 2 || article.removed().isEmpty()) {
      return text;
    }
    List<Removal> removed = new ArrayList<>(article.removed());
    removed.sort(Comparator.comparingInt(Removal::start));
    StringBuilder blanked = null;
    int r = 0;
    for (int b = 0; b + 1 < body.size(); b++) {
      Block block = body.get(b);
      Block next = body.get(b + 1);
      if (block.kind() != BlockKind.STORY || next.kind() != BlockKind.STORY || next.start() <= block.end()) {
        continue;
      }
      while (r < removed.size() && removed.get(r).end() <= block.end()) {
        r++;
      }
      if (!onlyRemovedBetween(text, block.end(), next.start(), removed, r) || !unfinishedBefore(text, block)
          || !Character.isLowerCase(text.charAt(firstNonBlank(text, next.start(), next.end())))) {
        continue;
      }
      if (blanked == null) {
        blanked = new StringBuilder(text);
      }
      for (int k = block.end(); k < next.start(); k++) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c) && !Blanks.isBlank(c)) {
          blanked.setCharAt(k, ' '); // removed text: the gap holds nothing else
        }
      }
    }
    return blanked == null ? text : blanked.toString();
  }

  /**
   * Whether {@code [from, to)} holds removed text and, besides it, only white space; {@code removed} is sorted by
   * start and {@code r} is the first removal that ends after {@code from}.
   */
  private static boolean onlyRemovedBetween(String text, int from, int to, List<Removal> removed, int r) {
    boolean any = false;
    int k = from;
    int i = r;
    while (k < to) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) || Blanks.isBlank(c)) {
        k++;
        continue;
      }
      while (i < removed.size() && removed.get(i).end() <= k) {
        i++;
      }
      if (i >= removed.size() || removed.get(i).start() > k) {
        return false;
      }
      any = true;
      k = Math.min(to, removed.get(i).end());
    }
    return any;
  }

  /** Whether the block's last line is long, unfinished and free of links, as a line a hard wrap joins to the next. */
  private static boolean unfinishedBefore(String text, Block block) {
    int last = block.end();
    while (last > block.start()
        && (Character.isWhitespace(text.charAt(last - 1)) || Blanks.isBlank(text.charAt(last - 1)))) {
      last--;
    }
    int lineStart = last;
    while (lineStart > block.start() && nextLineBreak(text, lineStart - 1, lineStart) == lineStart) {
      lineStart--;
    }
    return last - lineStart >= 40 && !endsSentence(text.substring(Math.max(lineStart, last - 8), last))
        && !hasUrl(text, lineStart, last);
  }

  /**
   * Whether the story text ending at {@code end} runs on into {@code next}: only white space between them,
   * both story, and the last line unfinished the way {@link #logicalLineEnd} joins lines.
   */
  private static boolean runsOn(String text, int start, int end, Block next, BlockKind kind) {
    if (kind != BlockKind.STORY || next.kind() != BlockKind.STORY || next.start() < end
        || next.start() >= next.end() || !Character.isLowerCase(text.charAt(firstNonBlank(text, next.start(), next.end())))) {
      return false;
    }
    for (int k = end; k < next.start(); k++) {
      if (!Character.isWhitespace(text.charAt(k)) && !Blanks.isBlank(text.charAt(k))) {
        return false;
      }
    }
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    if (nextLineBreak(text, last, next.start()) >= next.start()) {
      return false;
    }
    int lineStart = last;
    while (lineStart > start && nextLineBreak(text, lineStart - 1, lineStart) == lineStart) {
      lineStart--;
    }
    return logicalLineEnd(text, lineStart, next.end()) >= next.start();
  }

  private static int firstNonBlank(String text, int from, int to) {
    int k = from;
    while (k < to - 1 && (Character.isWhitespace(text.charAt(k)) || Blanks.isBlank(text.charAt(k)))) {
      k++;
    }
    return k;
  }

  /**
   * The end of the line that starts at {@code pos}: the next line break, unless the text is hard-wrapped
   * there (a long unfinished line followed by one that starts in lower case, also after a blank line: a
   * paragraph break pasted into the middle of a sentence), in which case the lines join.
   */
  static int logicalLineEnd(String text, int pos, int limit) {
    int from = pos;
    while (true) {
      int nl = nextLineBreak(text, from, limit);
      if (nl >= limit) {
        return limit;
      }
      int next = nl + 1;
      while (next < limit && (Blanks.isBlank(text.charAt(next)) || nextLineBreak(text, next, next + 1) == next
          || text.charAt(next) == '\n')) {
        next++;
      }
      int lastChar = nl;
      while (lastChar > from && Blanks.isBlank(text.charAt(lastChar - 1))) {
        lastChar--;
      }
      boolean wrapped = lastChar - from >= 40 && next < limit && Character.isLowerCase(text.charAt(next))
          && !endsSentence(text.substring(Math.max(from, lastChar - 8), lastChar))
          && !hasUrl(text, from, lastChar);
      if (!wrapped) {
        return nl;
      }
      from = next;
    }
  }

  /**
   * The first line break in {@code [from, limit)}, or {@code limit}: a line feed, a carriage return not
   * followed by one, or a Unicode line or paragraph separator.
   */
  static int nextLineBreak(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029'
          || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        return i;
      }
    }
    return limit;
  }

  private static boolean hasUrl(String text, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * A headline's sentences with those that end inside a quotation joined to the next: a quoted slogan or
   * title in a headline ("South Dakota doubles down on ‘Meth. We’re on it.’") is one piece of it.
   */
  private static List<int[]> withinQuotationsJoined(String line, List<int[]> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    boolean[] open = SentenceSplitter.quotationsOpen(line);
    List<int[]> joined = new ArrayList<>();
    int[] cur = spans.get(0).clone();
    for (int k = 1; k < spans.size(); k++) {
      int[] next = spans.get(k);
      if (open[cur[1]]) {
        cur[1] = next[1];
      } else {
        joined.add(cur);
        cur = next.clone();
      }
    }
    joined.add(cur);
    return joined;
  }

  private static void addLine(String text, int start, int end, BlockKind kind, boolean guessHeadline,
      SentenceSplitter splitter, Tokens tokens, List<Sentence> out) {
    while (start < end && Blanks.isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && Blanks.isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    SentenceRole role = switch (kind) {
      case HEADLINE -> SentenceRole.HEADLINE;
      case EMBEDDED -> SentenceRole.EMBEDDED;
      case STORY -> SentenceRole.BODY;
    };
    int bullet = bulletLength(text, start, end);
    if (bullet > 0) {
      start += bullet;
      while (start < end && Blanks.isBlank(text.charAt(start))) {
        start++;
      }
      if (role == SentenceRole.BODY) {
        role = SentenceRole.BULLET;
      }
    }
    String line = text.substring(start, end);
    List<int[]> spans = splitter.split(line);
    boolean headlineShape = guessHeadline && out.isEmpty() && role == SentenceRole.BODY && spans.size() <= 2 && !endsSentence(line);
    if (role == SentenceRole.HEADLINE || headlineShape) {
      spans = withinQuotationsJoined(line, spans);
    }
    for (int[] s : spans) {
      int a = start + s[0];
      int b = start + s[1];
      SentenceRole r = headlineShape ? SentenceRole.HEADLINE : role;
      List<Token> toks = tokens.tokenize(text.substring(a, b), a);
      if (toks.isEmpty()) {
        continue;
      }
      out.add(new Sentence(out.size(), text.substring(a, b), a, b, r, toks));
    }
  }

  private static boolean endsSentence(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || Blanks.isBlank(c)) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':';
    }
    return false;
  }

  private static int bulletLength(String text, int start, int end) {
    char c = text.charAt(start);
    if (c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u2023' || c == '\u2043' || c == '\u00B7') {
      return 1;
    }
    if ((c == '-' || c == '*' || c == '\u2013') && start + 1 < end && text.charAt(start + 1) == ' ') {
      return 1;
    }
    return 0;
  }


}
