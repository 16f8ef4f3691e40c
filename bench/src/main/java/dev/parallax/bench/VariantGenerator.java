package dev.parallax.bench;

import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes larger benchmark inputs from real articles: variants that read like other outlets' versions of
 * the same story, not copies. Deterministic for a given seed.
 *
 * <p>What a variant does to its source article, line by line (a line is a paragraph):
 * <ul>
 *   <li>Page chrome (lines under 12 words or without closing punctuation: menus, captions, bylines,
 *       footers) is kept as it is, so the cleaner still has work to do.</li>
 *   <li>Prose paragraphs are reordered (each adjacent pair swapped with probability 0.2) and dropped
 *       (probability 0.08); inside a paragraph each sentence is dropped with probability 0.12 (at least
 *       one stays) and adjacent sentences swapped with probability 0.15.</li>
 *   <li>Each sentence is reworded: a word found in a small list of general news synonyms
 *       ({@code said → stated}, {@code warned → cautioned}, ...) is replaced with probability 0.5; a
 *       number other than a year is changed by -20% to +25% with probability 0.3; with probability 0.25 a
 *       fronted phrase ({@code On Thursday, X} → {@code X on Thursday}) or a closing phrase
 *       ({@code X in Stockholm.} → {@code In Stockholm, X.}) changes place.</li>
 * </ul>
 *
 * <p>Not thread-safe (it holds a {@link Random}); make one per use.
 *
 * <pre>{@code
 * VariantGenerator g = new VariantGenerator(42);
 * List<Article> twenty = g.event(Seeds.load(), 20);
 * }</pre>
 */
public final class VariantGenerator {
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("warned", "cautioned"),
      Map.entry("warns", "cautions"), Map.entry("told", "informed"), Map.entry("added", "continued"),
      Map.entry("claimed", "asserted"), Map.entry("accused", "charged"), Map.entry("called", "described"),
      Map.entry("country", "nation"), Map.entry("countries", "nations"), Map.entry("government", "administration"),
      Map.entry("officials", "authorities"), Map.entry("meeting", "talks"), Map.entry("troops", "forces"),
      Map.entry("border", "frontier"), Map.entry("borders", "frontiers"), Map.entry("threat", "danger"),
      Map.entry("threats", "dangers"), Map.entry("conflict", "confrontation"), Map.entry("big", "large"),
      Map.entry("large", "major"), Map.entry("important", "significant"), Map.entry("help", "assist"),
      Map.entry("began", "started"), Map.entry("showed", "demonstrated"), Map.entry("also", "additionally"),
      Map.entry("however", "nevertheless"), Map.entry("because", "since"), Map.entry("about", "regarding"),
      Map.entry("many", "numerous"), Map.entry("new", "fresh"), Map.entry("recent", "latest"),
      Map.entry("spoke", "talked"), Map.entry("speaking", "talking"), Map.entry("plan", "proposal"),
      Map.entry("plans", "proposals"), Map.entry("statement", "remarks"), Map.entry("reported", "noted"),
      Map.entry("wants", "seeks"), Map.entry("refused", "declined"), Map.entry("ready", "prepared"),
      Map.entry("stop", "halt"), Map.entry("tensions", "frictions"), Map.entry("emphasized", "stressed"),
      Map.entry("proposed", "suggested"), Map.entry("denied", "rejected"), Map.entry("continue", "keep"),
      Map.entry("region", "area"), Map.entry("situation", "state of affairs"), Map.entry("attack", "assault"));
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,:/-])\\d{1,3}+(?:,\\d{3})++(?![\\d,:/-])|(?<![\\p{L}\\d.,:/-])\\d++(?![,.]\\d|[:/-])");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D\u2019']?)\\s+(?=[\"\u201C\u2018]?\\p{Lu})");
  private static final Pattern FRONTED = Pattern.compile(
      "^(On|In|At|After|During|Before|Speaking|According to|Earlier|Last|This) ([^,]{2,60}), (\\p{L}.{10,}?)([.!?])$");
  private static final Pattern CLOSING = Pattern.compile("^(\\p{Lu}.{15,}?) (on|in|at) ((?:\\p{Lu}\\p{L}+)(?: \\p{Lu}\\p{L}+){0,2})([.!?])$");

  private final Random random;

  /**
   * Writes an event of {@code N} articles (seeds first, then variants) and its manifest to a folder:
   * {@code java -cp bench/target/benchmarks.jar dev.parallax.bench.VariantGenerator OUT_DIR N [SEED]}.
   * Compare it with {@code ./parallax compare OUT_DIR}.
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length < 2) {
      System.err.println("usage: VariantGenerator OUT_DIR N [SEED]");
      System.exit(2);
    }
    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    java.nio.file.Files.createDirectories(dir);
    StringBuilder manifest = new StringBuilder("file\toutlet\tpublished\n");
    for (Article a : new VariantGenerator(seed).event(Seeds.load(), n)) {
      String file = a.id() + ".txt";
      java.nio.file.Files.writeString(dir.resolve(file), a.text(), java.nio.charset.StandardCharsets.UTF_8);
      manifest.append(file).append('\t').append(a.outlet()).append('\t')
          .append(a.published().map(Object::toString).orElse("")).append('\n');
    }
    java.nio.file.Files.writeString(dir.resolve("MANIFEST.tsv"), manifest.toString(), java.nio.charset.StandardCharsets.UTF_8);
    System.out.println("wrote " + n + " articles and MANIFEST.tsv to " + dir);
  }

  /** A generator whose output depends only on {@code seed}. */
  public VariantGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * An event of {@code n} articles: the seeds first (all of them when {@code n} reaches their number), then
   * variants of the seeds in turn, with ids {@code gen-01}, {@code gen-02}, ... and outlets
   * {@code Outlet G01}, ...
   */
  public List<Article> event(List<Article> seeds, int n) {
    Objects.requireNonNull(seeds, "seeds");
    List<Article> out = new ArrayList<>(seeds.subList(0, Math.min(n, seeds.size())));
    for (int i = 1; out.size() < n; i++) {
      Article source = seeds.get((i - 1) % seeds.size());
      out.add(variant(source, String.format(Locale.ROOT, "gen-%02d", i), String.format(Locale.ROOT, "Outlet G%02d", i)));
    }
    return out;
  }

  /** One reworded, reordered, shortened variant of {@code source}, with the given id and outlet. */
  public Article variant(Article source, String id, String outlet) {
    String[] lines = source.text().split("\n", -1);
    List<Integer> prose = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (isProse(lines[i])) {
        prose.add(i);
      }
    }
    String[] out = lines.clone();
    for (int k = 0; k + 1 < prose.size(); k++) {
      if (random.nextDouble() < 0.2) {
        int a = prose.get(k);
        int b = prose.get(k + 1);
        String t = out[a];
        out[a] = out[b];
        out[b] = t;
        k++;
      }
    }
    StringBuilder sb = new StringBuilder(source.text().length());
    for (int i = 0; i < out.length; i++) {
      String line = out[i];
      if (prose.contains(i)) {
        if (random.nextDouble() < 0.08) {
          continue;
        }
        line = rewordParagraph(line);
      }
      sb.append(line);
      if (i + 1 < out.length) {
        sb.append('\n');
      }
    }
    return Article.of(id, outlet, source.published().orElse(null), source.title(), sb.toString());
  }

  /**
   * One long article of at least {@code targetChars} characters: the first seed's headline, then the prose
   * paragraphs of variants of the seeds in turn (a long report that retells its story several times).
   */
  public Article longArticle(List<Article> seeds, int targetChars, String id) {
    StringBuilder sb = new StringBuilder(targetChars + 4096);
    sb.append(seeds.get(0).text().strip().lines().findFirst().orElse("")).append("\n\n");
    for (int i = 0; sb.length() < targetChars; i++) {
      Article v = variant(seeds.get(i % seeds.size()), "v", "v");
      for (String line : v.text().split("\n")) {
        if (isProse(line)) {
          sb.append(line.strip()).append("\n\n");
        }
      }
    }
    return Article.of(id, "Outlet L", seeds.get(0).published().orElse(null), "", sb.toString());
  }

  private static boolean isProse(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    return closed && t.split("\\s+").length >= 12;
  }

  private String rewordParagraph(String paragraph) {
    String lead = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
    List<String> sentences = new ArrayList<>(List.of(SENTENCE_END.split(paragraph.strip())));
    for (int i = sentences.size() - 1; i >= 0 && sentences.size() > 1; i--) {
      if (random.nextDouble() < 0.12) {
        sentences.remove(i);
      }
    }
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (random.nextDouble() < 0.15) {
        String t = sentences.get(i);
        sentences.set(i, sentences.get(i + 1));
        sentences.set(i + 1, t);
        i++;
      }
    }
    List<String> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(reword(s));
    }
    return lead + String.join(" ", out);
  }

  /** Synonyms, number changes and clause movement applied to one sentence. */
  String reword(String sentence) {
    String s = sentence;
    if (random.nextDouble() < 0.25) {
      s = moveClause(s);
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    Matcher m = WORD.matcher(s);
    int last = 0;
    while (m.find()) {
      String w = m.group();
      String syn = SYNONYMS.get(w.toLowerCase(Locale.ROOT));
      if (syn != null && random.nextDouble() < 0.5) {
        sb.append(s, last, m.start()).append(Character.isUpperCase(w.charAt(0)) ? capitalize(syn) : syn);
        last = m.end();
      }
    }
    sb.append(s.substring(last));
    return changeNumbers(sb.toString());
  }

  private String moveClause(String s) {
    Matcher f = FRONTED.matcher(s);
    if (f.matches()) {
      String phrase = f.group(1).toLowerCase(Locale.ROOT) + " " + f.group(2);
      return capitalize(f.group(3)) + " " + phrase + f.group(4);
    }
    Matcher c = CLOSING.matcher(s);
    if (c.matches()) {
      String rest = c.group(1);
      boolean properNoun = rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) || startsWithName(rest);
      return capitalize(c.group(2)) + " " + c.group(3) + ", " + (properNoun ? rest : decapitalize(rest)) + c.group(4);
    }
    return s;
  }

  private static boolean startsWithName(String s) {
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    return !List.of("The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "There", "In", "On", "But")
        .contains(first);
  }

  private String changeNumbers(String s) {
    Matcher m = NUMBER.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    int last = 0;
    while (m.find()) {
      String digits = m.group().replace(",", "");
      if (digits.length() > 9) {
        continue;
      }
      long value = Long.parseLong(digits);
      boolean year = digits.length() == 4 && value >= 1900 && value <= 2100;
      if (year || value == 0 || random.nextDouble() >= 0.3) {
        continue;
      }
      long changed = Math.max(1, Math.round(value * (0.8 + 0.45 * random.nextDouble())));
      String text = m.group().contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
      sb.append(s, last, m.start()).append(text);
      last = m.end();
    }
    sb.append(s.substring(last));
    return sb.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
