package dev.parallax.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations: text between double quotation marks (straight or curly), within a line, even
 * when it spans several sentences; and their speaker and cited source when the sentence names them.
 */
final class QuoteFinder {
  private static final String NAME = "((?:[A-Z][\\p{L}'\u2019.-]+)(?:\\s+[A-Z][\\p{L}'\u2019.-]+){0,3})";
  private static final String VERB =
      "(?:said|says|told|tells|stated|states|added|adds|warned|warns|claimed|claims|asserted|asserts|insisted|"
          + "insists|noted|notes|wrote|writes|declared|declares|argued|argues|explained|explains|continued|urged|"
          + "stressed|emphasized|emphasised|remarked|replied|responded|announced|reiterated)";
  private static final Pattern NAME_VERB = Pattern.compile(NAME + ",?\\s+" + VERB + "\\b");
  private static final Pattern VERB_NAME = Pattern.compile("\\b" + VERB + "\\s+" + NAME);
  private static final Pattern PRONOUN_VERB = Pattern.compile("\\b(?:he|she|He|She)\\s+" + VERB + "\\b");
  private static final Pattern PER_SOURCE = Pattern.compile("\\bper\\s+" + NAME);
  private static final Pattern SOURCE_REPORTED = Pattern.compile(NAME + "\\s+(?:reported|reports)\\b");
  private static final int MIN_QUOTE_WORDS = 1;

  private QuoteFinder() {}

  static List<Quote> find(String text, List<Sentence> sentences) {
    List<Quote> quotes = new ArrayList<>();
    Optional<String> lastSpeaker = Optional.empty();
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j + 1 < sentences.size() && noNewline(text, sentences.get(j).end(), sentences.get(j + 1).start())) {
        j++;
      }
      int lineStart = sentences.get(i).start();
      int lineEnd = sentences.get(j).end();
      for (int[] q : pairs(text, lineStart, lineEnd)) {
        String inner = text.substring(q[0], q[1]).strip();
        if (inner.isEmpty() || inner.split("\\s+").length < MIN_QUOTE_WORDS) {
          continue;
        }
        int first = sentenceAt(sentences, i, j, q[0]);
        int last = sentenceAt(sentences, i, j, Math.max(q[0], q[1] - 1));
        String context = outside(text, sentences.get(first).start(), sentences.get(last).end(), q);
        Optional<String> speaker = speaker(context);
        if (speaker.isEmpty() && PRONOUN_VERB.matcher(context).find()) {
          speaker = lastSpeaker;
        }
        if (speaker.isPresent()) {
          lastSpeaker = speaker;
        }
        int words = inner.split("\\s+").length;
        String sentenceText = sentences.get(first).text();
        boolean partial = words < 4 || sentenceText.length() > (q[1] - q[0]) * 2 + 20 && first == last;
        quotes.add(new Quote(inner, q[0], q[1], sentences.get(first).index(), speaker, citedSource(context), partial));
      }
      i = j + 1;
    }
    return quotes;
  }

  private static boolean noNewline(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static int sentenceAt(List<Sentence> sentences, int from, int to, int offset) {
    for (int k = from; k <= to; k++) {
      if (offset < sentences.get(k).end()) {
        return k;
      }
    }
    return to;
  }

  /** Pairs of [start, end) offsets of quoted text (inside the marks) in {@code [from, to)}. */
  static List<int[]> pairs(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\u201C' || c == '\u201E') {
        open = k + 1;
      } else if (c == '\u201D' && open >= 0) {
        out.add(new int[] {open, k});
        open = -1;
      } else if (c == '"') {
        if (open >= 0) {
          out.add(new int[] {open, k});
          open = -1;
        } else {
          open = k + 1;
        }
      }
    }
    return out;
  }

  private static String outside(String text, int start, int end, int[] q) {
    StringBuilder sb = new StringBuilder();
    sb.append(text, start, Math.max(start, q[0] - 1));
    sb.append(" … ");
    if (q[1] + 1 < end) {
      sb.append(text, q[1] + 1, end);
    }
    return sb.toString();
  }

  private static Optional<String> speaker(String context) {
    Matcher m = NAME_VERB.matcher(context);
    Optional<String> found = Optional.empty();
    while (m.find()) {
      found = Optional.of(cleanName(m.group(1)));
    }
    if (found.isPresent()) {
      return found;
    }
    m = VERB_NAME.matcher(context);
    if (m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    return Optional.empty();
  }

  private static Optional<String> citedSource(String context) {
    Matcher m = PER_SOURCE.matcher(context);
    if (m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    m = SOURCE_REPORTED.matcher(context);
    if (m.find()) {
      return Optional.of(cleanName(m.group(1)));
    }
    return Optional.empty();
  }

  private static String cleanName(String s) {
    String t = s.strip();
    while (t.endsWith(".") || t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
