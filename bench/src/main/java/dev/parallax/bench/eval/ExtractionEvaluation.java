package dev.parallax.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Measures how well Parallax finds the story in real news pages as served (HTML with all its chrome), on the
 * public <a href="https://github.com/scrapinghub/article-extraction-benchmark">article-extraction benchmark</a>
 * of Zyte (181 pages of news sites and blogs, MIT licence, each with the article body a person extracted).
 *
 * <p>Each page is read as a user's file is ({@link ArticleReader#read(Path)}) and cleaned by the standard
 * cleaner; the story blocks (headline and embedded content left out, as the benchmark's body leaves out the
 * headline) are scored against the page's {@code articleBody} with the benchmark's own measure: 4-word
 * shingles of {@code \w+} tokens, precision and recall per page (each page weighing the same), averaged over
 * pages, F1 of the two means. Pages whose gold body Parallax would not accept as English are left out of
 * the main figure (Parallax compares English text); the figure over all pages is printed too.
 *
 * <p><b>Halves.</b> The pages whose key starts with {@code 0}–{@code 7} are the development half (the pages
 * read when the extraction rules were written); those starting with {@code 8}–{@code f} are held out and
 * give the reported figure.
 *
 * <pre>
 * git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.ExtractionEvaluation /tmp/aeb [--pasted] [--details]
 * </pre>
 *
 * <p>The argument is the benchmark's folder, holding {@code ground-truth.json} and {@code html/} (pages as
 * {@code KEY.html.gz} or {@code KEY.html}); when it is absent the program says so and exits normally.
 * {@code --pasted} gives each page to Parallax as a reader would paste it from the browser (its visible text,
 * see {@link #pastedText}) instead of as HTML, which measures the cleaner on real page chrome.
 * {@code --details} lists the pages of each half scoring under 0.8. It also prints how many pages Parallax
 * dates, checked against the date in the page's address where there is one. Prints Markdown on standard
 * output.
 */
public final class ExtractionEvaluation {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;
  private static final double DETAIL_BELOW = 0.8;
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)/|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");

  private ExtractionEvaluation() {}

  /**
   * One page's shingle counts, each a share of their sum (so that long pages do not weigh more).
   *
   * @param truePositive shingles in both the extraction and the gold body
   * @param falsePositive shingles only in the extraction
   * @param falseNegative shingles only in the gold body
   */
  public record Match(double truePositive, double falsePositive, double falseNegative) {
    /** Precision, 1 when both texts are empty, 0 when nothing right was extracted. */
    public double precision() {
      if (falsePositive == 0 && falseNegative == 0) {
        return 1;
      }
      return truePositive == 0 && falsePositive == 0 ? 0 : truePositive / (truePositive + falsePositive);
    }

    /** Recall, 1 when both texts are empty, 0 when nothing of the gold body was extracted. */
    public double recall() {
      if (falsePositive == 0 && falseNegative == 0) {
        return 1;
      }
      return truePositive == 0 && falseNegative == 0 ? 0 : truePositive / (truePositive + falseNegative);
    }

    /** Whether the page counts in the mean precision (something was extracted or expected to be). */
    boolean hasPrecision() {
      return truePositive + falsePositive > 0;
    }

    /** Whether the page counts in the mean recall. */
    boolean hasRecall() {
      return truePositive + falseNegative > 0;
    }

    /** The harmonic mean of this page's precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Mean precision and recall over pages and the F1 of the two means, as the benchmark computes them.
   *
   * @param pages pages scored
   */
  public record Figures(int pages, double precision, double recall, double f1) {}

  /** The benchmark's measure for one page: shingles of 4 consecutive {@code \w+} tokens, counted with repeats. */
  public static Match match(String gold, String extracted) {
    Map<List<String>, Integer> want = shingles(gold);
    Map<List<String>, Integer> got = shingles(extracted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, int[]> both = new HashMap<>();
    want.forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[0] = v);
    got.forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[1] = v);
    for (int[] counts : both.values()) {
      tp += Math.min(counts[0], counts[1]);
      fp += Math.max(0, counts[1] - counts[0]);
      fn += Math.max(0, counts[0] - counts[1]);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Match(0, 0, 0) : new Match(tp / sum, fp / sum, fn / sum);
  }

  /** The means over pages of {@link Match#precision()} and {@link Match#recall()}, and their F1. */
  public static Figures figures(List<Match> matches) {
    double p = matches.stream().filter(Match::hasPrecision).mapToDouble(Match::precision).average().orElse(0);
    double r = matches.stream().filter(Match::hasRecall).mapToDouble(Match::recall).average().orElse(0);
    return new Figures(matches.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The story text Parallax keeps of one page: its cleaned story blocks, joined by blank lines. */
  static String storyOf(Article cleaned) {
    StringBuilder sb = new StringBuilder();
    for (Block b : cleaned.body()) {
      if (b.kind() == BlockKind.STORY) {
        if (!sb.isEmpty()) {
          sb.append("\n\n");
        }
        sb.append(b.text());
      }
    }
    return sb.toString();
  }

  /**
   * One page of the benchmark, scored; {@code published} is the date Parallax read from the page, {@code
   * headline} the headline the cleaner chose (pasted pages), {@code ogTitle} the page's {@code og:title}.
   */
  private record Page(String key, String url, boolean english, Match match, Optional<LocalDate> published,
      String headline, String ogTitle) {
    boolean developmentHalf() {
      return key.charAt(0) >= '0' && key.charAt(0) <= '7';
    }
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "article-extraction-benchmark");
    boolean details = List.of(args).contains("--details");
    boolean pasted = List.of(args).contains("--pasted");
    Path gold = folder.resolve("ground-truth.json");
    if (!Files.isRegularFile(gold)) {
      System.out.println("No article-extraction benchmark at " + folder.toAbsolutePath()
          + " (ground-truth.json); clone https://github.com/scrapinghub/article-extraction-benchmark and give its folder.");
      return;
    }
    JsonNode root = new ObjectMapper().readTree(gold.toFile());
    Map<String, JsonNode> byKey = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      byKey.put(e.getKey(), e.getValue());
    }
    // The gold body is judged as it is: the English check must not depend on the cleaner being measured.
    Parallax parallax = Parallax.builder().cleaner(Cleaners.none()).build();
    Cleaner cleaner = Cleaners.standard();
    ArticleReader reader = ArticleReader.create();
    Path scratch = Files.createTempDirectory("parallax-extraction");
    List<Page> pages = new ArrayList<>();
    try {
      for (Map.Entry<String, JsonNode> e : byKey.entrySet()) {
        String key = e.getKey();
        String body = e.getValue().path("articleBody").asText("");
        String url = e.getValue().path("url").asText("");
        String story = "";
        Optional<LocalDate> published = Optional.empty();
        String headline = "";
        String ogTitle = "";
        Path page = scratch.resolve(key + (pasted ? ".txt" : ".html"));
        try {
          byte[] bytes = pageBytes(folder.resolve("html"), key);
          Files.write(page, pasted ? pastedText(bytes).getBytes(StandardCharsets.UTF_8) : bytes);
          Article article = reader.read(page);
          published = article.published();
          Article cleaned = cleaner.clean(article);
          story = storyOf(cleaned);
          if (pasted) {  // only the pasted page's headline is found by the cleaner; an HTML page gives its own
            headline = cleaned.body().stream().filter(b -> b.kind() == BlockKind.HEADLINE).map(Block::text)
                .findFirst().orElse("");
            Element og = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).selectFirst("meta[property=og:title]");
            ogTitle = og == null ? "" : og.attr("content").strip();
          }
        } catch (InvalidInputException ex) {
          System.err.println(key + ": " + ex.getMessage());
        } finally {
          Files.deleteIfExists(page);
        }
        pages.add(new Page(key, url, isEnglish(parallax, key, body), match(body, story), published, headline,
            ogTitle));
      }
    } finally {
      Files.deleteIfExists(scratch);
    }
    System.out.println(pasted ? "Each page as a reader would paste it (its visible text, a line per block):" : "Each page as served (HTML):");
    System.out.println();
    System.out.println("| pages | count | precision | recall | F1 |");
    System.out.println("|---|---:|---:|---:|---:|");
    row("English, held-out half (keys 8–f): the reported figure", pages, p -> p.english() && !p.developmentHalf());
    row("English, development half (keys 0–7)", pages, p -> p.english() && p.developmentHalf());
    row("English, all", pages, Page::english);
    row("all pages (any language)", pages, p -> true);
    if (pasted) {
      printHeadlines(pages);
    } else {
      printDates(pages);
    }
    if (details) {
      System.out.println();
      System.out.println("Pages under " + DETAIL_BELOW + " (English):");
      for (Page p : pages) {
        if (p.english() && p.match().f1() < DETAIL_BELOW) {
          System.out.printf(Locale.ROOT, "- %s %s P %.2f R %.2f %s%n", p.developmentHalf() ? "dev " : "test",
              p.key().substring(0, 10), p.match().precision(), p.match().recall(), p.url());
        }
      }
    }
  }

  /**
   * How many pages Parallax dates, and, for the pages whose address carries a date ({@code /2019/11/18/} or
   * {@code 2019-11-18}), how many of those dates agree with it within a day (time zones).
   */
  private static void printDates(List<Page> pages) {
    int dated = 0;
    int checkable = 0;
    int agree = 0;
    List<String> disagree = new ArrayList<>();
    for (Page p : pages) {
      if (p.published().isEmpty()) {
        continue;
      }
      dated++;
      Optional<LocalDate> inUrl = urlDate(p.url());
      if (inUrl.isPresent()) {
        checkable++;
        if (Math.abs(ChronoUnit.DAYS.between(inUrl.get(), p.published().get())) <= 1) {
          agree++;
        } else {
          disagree.add(p.key().substring(0, 10) + " " + p.published().get() + " (address " + inUrl.get() + ")");
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Publication dates: %d of %d pages dated; of the %d dated pages whose address"
        + " carries a date, %d agree with it within a day.%n", dated, pages.size(), checkable, agree);
    disagree.forEach(d -> System.out.println("- disagrees: " + d));
  }

  /**
   * How often the cleaner's headline of a pasted page is the page's {@code og:title} (one contains the other,
   * letters and digits compared, case ignored), per half, over the English pages that have one.
   */
  private static void printHeadlines(List<Page> pages) {
    System.out.println();
    for (boolean development : new boolean[] {false, true}) {
      int withTitle = 0;
      int found = 0;
      for (Page p : pages) {
        if (!p.english() || p.developmentHalf() != development || p.ogTitle().isBlank()) {
          continue;
        }
        withTitle++;
        String want = lettersAndDigits(p.ogTitle());
        String got = lettersAndDigits(p.headline());
        if (!got.isEmpty() && (want.contains(got) || got.contains(want))) {
          found++;
        }
      }
      System.out.printf(Locale.ROOT, "Headlines, %s half: the cleaner's headline is the page's og:title on %d of"
          + " the %d English pages that have one.%n", development ? "development" : "held-out", found, withTitle);
    }
  }

  static String lettersAndDigits(String text) {
    return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static Optional<LocalDate> urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    String y = m.group(1) != null ? m.group(1) : m.group(4);
    String mo = m.group(2) != null ? m.group(2) : m.group(5);
    String d = m.group(3) != null ? m.group(3) : m.group(6);
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static void row(String label, List<Page> pages, java.util.function.Predicate<Page> which) {
    Figures f = figures(pages.stream().filter(which).map(Page::match).toList());
    System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | **%.3f** |%n", label, f.pages(), f.precision(),
        f.recall(), f.f1());
  }

  /**
   * The text a reader gets by selecting all of a page in a browser and pasting it: the text of the body
   * without scripts, styles and elements hidden by an attribute or an inline style, a line per block element
   * and per {@code <br>}, white space collapsed. An approximation: style sheets are not applied, so menus
   * and boxes that a style sheet hides are pasted too.
   */
  static String pastedText(byte[] html) {
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    doc.select("script, style, noscript, template, [hidden], [style~=display:\\s*none]").remove();
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          raw.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          raw.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          raw.append('\n');
        }
      }
    }, doc.body() == null ? doc : doc.body());
    StringBuilder text = new StringBuilder();
    for (String line : raw.toString().split("\n")) {
      String l = SPACES.matcher(line).replaceAll(" ").strip();
      if (!l.isEmpty()) {
        text.append(l).append('\n');
      }
    }
    return text.toString();
  }

  private static byte[] pageBytes(Path html, String key) throws IOException {
    Path gz = html.resolve(key + ".html.gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = html.resolve(key + ".html");
    if (!Files.isRegularFile(plain)) {
      throw new UncheckedIOException(new IOException("no page " + gz + " or " + plain));
    }
    return Files.readAllBytes(plain);
  }

  /** Whether Parallax accepts the gold body as English (the pages it would compare at all). */
  private static boolean isEnglish(Parallax parallax, String key, String body) {
    if (body.isBlank()) {
      return false;
    }
    try {
      parallax.analyze(Article.of(key, "gold", null, "", body));
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }
}
