package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.bench.Seeds;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Measures event membership on ECB+: how often an article about a look-alike event (same kind or same
 * actors, another instance) comes out {@link EventMembership#OTHER}, and how often an article about the
 * event being compared stays {@link EventMembership#MAIN}.
 *
 * <p><b>Protocol.</b> ECB+ topics hold two sub-topics, two different events of one kind (Tara Reid's and
 * Lindsay Lohan's stays in rehab, two earthquakes). For each sub-topic, its documents are compared together
 * with {@code k} documents of the sibling sub-topic (default 2: a user who mixes a few look-alikes into a
 * set of articles), the sibling's documents taken in file order, {@code k} at a time, until each has been
 * mixed in once. Every run is one call of the aligner on the analysed articles, with the manifest's outlet
 * and date (ECB+ gives every document the same date on purpose, so dates cannot decide). Counted per split:
 * the look-alikes labelled {@code OTHER} among all look-alikes mixed in, and the same-event articles
 * labelled {@code MAIN} among all same-event article decisions (a same-event article is counted once per
 * run it takes part in). Train on {@code train}, choose on {@code dev}, report {@code dev}.
 *
 * <p>It also checks the five seed articles of {@code examples/data/lavrov-nightmare}: the first four report
 * one event, the fifth a later one.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.EventEvaluation ../shared/data/ecbplus
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.EventEvaluation ../shared/data/ecbplus 1
 * </pre>
 *
 * <p>The first argument is the ECB+ folder (default {@code ../shared/data/ecbplus}), the optional second
 * the number of look-alikes per run. When the folder is absent the program says so and exits 0. Prints
 * Markdown on standard output.
 */
public final class EventEvaluation {
  /** Look-alikes mixed into each run by default. */
  public static final int DEFAULT_LOOK_ALIKES = 2;

  private EventEvaluation() {}

  /**
   * One ECB+ document.
   *
   * @param article the article read with the manifest's outlet and date
   * @param topic ECB+ topic number
   * @param subtopic sub-topic ({@code 1a}, {@code 1b}): one event
   * @param split {@code train} or {@code dev}
   */
  public record Doc(Article article, int topic, String subtopic, String split) {}

  /**
   * The figures of one split.
   *
   * @param split {@code train} or {@code dev}
   * @param runs aligner calls
   * @param lookAlikes look-alike articles mixed in
   * @param lookAlikesOther of those, labelled {@code OTHER}
   * @param same same-event article decisions
   * @param sameMain of those, labelled {@code MAIN}
   */
  public record Figures(String split, int runs, int lookAlikes, int lookAlikesOther, int same, int sameMain) {
    /** Share of look-alikes labelled {@code OTHER}, in [0, 1]; 0 when there were none. */
    public double otherShare() {
      return lookAlikes == 0 ? 0.0 : (double) lookAlikesOther / lookAlikes;
    }

    /** Share of same-event decisions that are {@code MAIN}, in [0, 1]; 0 when there were none. */
    public double mainShare() {
      return same == 0 ? 0.0 : (double) sameMain / same;
    }
  }

  /**
   * One run of the protocol: the articles given to the aligner (same-event ones first, then the
   * look-alikes) and how many of them report the main event.
   *
   * @param split the split of the topic
   * @param subtopic the main event's sub-topic
   * @param articles the analysed articles, in the order given to the aligner
   * @param mainCount the first {@code mainCount} articles report the main event, the rest a look-alike
   */
  public record Run(String split, String subtopic, List<AnalyzedArticle> articles, int mainCount) {
    /** Copies the list. */
    public Run {
      articles = List.copyOf(articles);
    }
  }

  /** Reads the manifest and every document of an ECB+ folder, in manifest order. */
  public static List<Doc> read(Path ecbplus) {
    Path manifest = ecbplus.resolve("MANIFEST.tsv");
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = header.indexOf("file");
    int outlet = header.indexOf("outlet");
    int published = header.indexOf("published");
    int topic = header.indexOf("topic");
    int subtopic = header.indexOf("subtopic");
    int split = header.indexOf("split");
    ArticleReader reader = ArticleReader.create();
    List<Doc> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Article a = reader.read(ecbplus.resolve(f[file]));
      a = a.withMetadata(f[outlet], java.util.Optional.of(java.time.LocalDate.parse(f[published])));
      out.add(new Doc(a, Integer.parseInt(f[topic]), f[subtopic], f[split]));
    }
    return out;
  }

  /**
   * The runs of the protocol over {@code docs} (see the class comment), with {@code k} look-alikes per run,
   * each article analysed once by {@code parallax}.
   */
  public static List<Run> runs(List<Doc> docs, Parallax parallax, int k) {
    Objects.requireNonNull(parallax, "parallax");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    Map<String, List<AnalyzedArticle>> bySubtopic = new TreeMap<>();
    Map<String, String> splitOf = new TreeMap<>();
    for (Doc d : docs) {
      bySubtopic.computeIfAbsent(d.subtopic(), s -> new ArrayList<>()).add(parallax.analyze(d.article()));
      splitOf.put(d.subtopic(), d.split());
    }
    List<Run> out = new ArrayList<>();
    for (Map.Entry<String, List<AnalyzedArticle>> e : bySubtopic.entrySet()) {
      String sub = e.getKey();
      List<AnalyzedArticle> others = bySubtopic.getOrDefault(sibling(sub), List.of());
      for (int from = 0; from < others.size(); from += k) {
        List<AnalyzedArticle> given = new ArrayList<>(e.getValue());
        given.addAll(others.subList(from, Math.min(others.size(), from + k)));
        out.add(new Run(splitOf.get(sub), sub, given, e.getValue().size()));
      }
    }
    return out;
  }

  /**
   * Smallest number of articles of the small-set protocol ({@link #smallRuns}), which has the look-alike model
   * cut sets of that size at their own level. Not three: there one article stands against two, and a cut of
   * its own for three (fitted the same way: 0.262) left out 3 of BASIL's 300 same-event articles when each
   * event's three articles were compared, a third of each of those comparisons.
   */
  public static final int SMALL_FROM = 4;
  /** Largest number of articles of the small-set protocol. */
  public static final int SMALL_TO = 5;

  /**
   * The runs of the small-set protocol, from the articles of the full protocol's {@code runs} (nothing is
   * analysed again): each sub-topic's documents taken {@code n - 1} at a time in file order (a last group of
   * fewer is left out), each group with one document of the sibling sub-topic (the sibling's documents in
   * turn), so that every run compares {@code n} articles. A user comparing a handful of articles meets this
   * more often than the full sub-topics of {@link #runs}.
   */
  public static List<Run> smallRuns(List<Run> runs, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("n must be at least 2, got " + n);
    }
    Map<String, Run> bySubtopic = new TreeMap<>();
    for (Run r : runs) {
      bySubtopic.putIfAbsent(r.subtopic(), r);
    }
    List<Run> out = new ArrayList<>();
    for (Run r : bySubtopic.values()) {
      Run sibling = bySubtopic.get(sibling(r.subtopic()));
      if (sibling == null) {
        continue;
      }
      List<AnalyzedArticle> own = r.articles().subList(0, r.mainCount());
      List<AnalyzedArticle> others = sibling.articles().subList(0, sibling.mainCount());
      for (int from = 0, turn = 0; from + n - 1 <= own.size(); from += n - 1, turn++) {
        List<AnalyzedArticle> given = new ArrayList<>(own.subList(from, from + n - 1));
        given.add(others.get(turn % others.size()));
        out.add(new Run(r.split(), r.subtopic(), given, n - 1));
      }
    }
    return out;
  }

  /** The look-alike sub-topic of {@code subtopic}: {@code 1b} for {@code 1a}. */
  private static String sibling(String subtopic) {
    return subtopic.substring(0, subtopic.length() - 1) + (subtopic.endsWith("a") ? "b" : "a");
  }

  /** Aligns every run and counts the decisions per split, in split name order. */
  public static List<Figures> evaluate(List<Run> runs, Aligner aligner, Consumer<String> misses) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Run r : runs) {
      Alignment alignment = aligner.align(r.articles());
      int[] c = counts.computeIfAbsent(r.split(), s -> new int[5]);
      c[0]++;
      for (int i = 0; i < r.articles().size(); i++) {
        ArticleEvent e = alignment.events().get(i);
        boolean other = e.membership() == EventMembership.OTHER;
        if (i < r.mainCount()) {
          c[3]++;
          c[4] += other ? 0 : 1;
          if (other) {
            misses.accept(r.subtopic() + ": same-event " + e.article() + " OTHER: " + e.reason());
          }
        } else {
          c[1]++;
          c[2] += other ? 1 : 0;
          if (!other) {
            misses.accept(r.subtopic() + ": look-alike " + e.article() + " MAIN: " + e.reason());
          }
        }
      }
    }
    List<Figures> out = new ArrayList<>();
    counts.forEach((split, c) -> out.add(new Figures(split, c[0], c[1], c[2], c[3], c[4])));
    return out;
  }

  /** The event decisions on the five seed articles, in manifest order. */
  public static List<ArticleEvent> seeds(Parallax parallax) {
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (Article a : Seeds.load()) {
      analyzed.add(parallax.analyze(a));
    }
    return Aligners.standard(parallax.similarity()).align(analyzed).events();
  }

  /** Runs the evaluation; see the class comment for the arguments. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ecbplus");
    int k = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_LOOK_ALIKES;
    boolean verbose = args.length > 2 && args[2].equals("verbose");
    if (!Files.isRegularFile(dir.resolve("MANIFEST.tsv"))) {
      System.out.println("Event evaluation skipped: no MANIFEST.tsv under " + dir.toAbsolutePath());
      return;
    }
    long t0 = System.nanoTime();
    Parallax parallax = Parallax.create();
    List<Run> runs = runs(read(dir), parallax, k);
    List<Figures> figures = evaluate(runs, Aligners.standard(parallax.similarity()),
        verbose ? System.out::println : m -> { });
    System.out.printf(Locale.ROOT, "ECB+ event membership, %d look-alike(s) per run%n%n", k);
    System.out.println("| split | runs | look-alikes | labelled OTHER | same-event decisions | kept MAIN |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Figures f : figures) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %d (%.1f%%) | %d | %d (%.1f%%) |%n", f.split(), f.runs(),
          f.lookAlikes(), f.lookAlikesOther(), 100 * f.otherShare(), f.same(), f.sameMain(), 100 * f.mainShare());
    }
    System.out.println();
    System.out.println("Small sets: n - 1 same-event documents and one look-alike (dev reported, train fitted)");
    System.out.println();
    System.out.println("| articles | split | runs | look-alikes labelled OTHER | same-event kept MAIN |");
    System.out.println("|---:|---|---:|---:|---:|");
    for (int n = SMALL_FROM; n <= SMALL_TO; n++) {
      for (Figures f : evaluate(smallRuns(runs, n), Aligners.standard(parallax.similarity()), m -> { })) {
        System.out.printf(Locale.ROOT, "| %d | %s | %d | %d / %d (%.1f%%) | %d / %d (%.1f%%) |%n", n, f.split(), f.runs(),
            f.lookAlikesOther(), f.lookAlikes(), 100 * f.otherShare(), f.sameMain(), f.same(), 100 * f.mainShare());
      }
    }
    System.out.println();
    System.out.println("Seed articles:");
    System.out.println();
    for (ArticleEvent e : seeds(parallax)) {
      System.out.printf(Locale.ROOT, "- %s: %s (%s): %s%n", e.article(), e.membership(), e.basis(), e.reason());
    }
    System.out.printf(Locale.ROOT, "%nTook %.1f s (model loading included).%n", (System.nanoTime() - t0) / 1e9);
  }
}
