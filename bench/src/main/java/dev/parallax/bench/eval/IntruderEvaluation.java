package dev.parallax.bench.eval;

import dev.parallax.Parallax;
import dev.parallax.align.Aligner;
import dev.parallax.align.Aligners;
import dev.parallax.align.Alignment;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Measures event membership against an unrelated article of the same day: how often an article about a
 * different story, mixed into the articles of one event with the event's date, comes out
 * {@link EventMembership#OTHER}, and how often the event's own articles stay {@link EventMembership#MAIN}.
 * A user who pastes the day's articles from several sources meets this more often than a look-alike event
 * ({@link EventEvaluation}); the date cannot decide, since it is the same.
 *
 * <p><b>Protocol.</b> BASIL: the 100 events in id order; event {@code i}'s three articles are compared with
 * article {@code i mod 3} of event {@code (i + 50) mod 100}, given the date of event {@code i}'s first
 * article. BASIL covers US politics 2010–2019, so the intruder often names the same people ("Trump",
 * "Obama", "Congress") without reporting the event. Events of even rank form the half {@code basil-fit} (for
 * fitting and choosing), those of odd rank {@code basil} (the reported figure). ECB+: each sub-topic's
 * documents with the first document of the sub-topic of the same split that comes {@code half} topics later
 * (another kind of event altogether; ECB+ dates are all equal); {@code train} for fitting, {@code dev}
 * reported. Every run is one call of the default aligner on the analysed articles.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.IntruderEvaluation ../shared/data [verbose]
 * </pre>
 *
 * <p>The argument is the shared data folder holding {@code basil/} and {@code ecbplus/}; a set whose folder is
 * absent is skipped with a message. Prints Markdown on standard output.
 */
public final class IntruderEvaluation {
  private IntruderEvaluation() {}

  /**
   * One comparison of the protocol.
   *
   * @param set {@code basil-fit}, {@code basil}, {@code train} or {@code dev}
   * @param event the event compared (BASIL event id or ECB+ sub-topic)
   * @param articles the event's articles, then the intruder last
   */
  public record Run(String set, String event, List<AnalyzedArticle> articles) {
    /** Copies the list. */
    public Run {
      articles = List.copyOf(articles);
    }
  }

  /**
   * The figures of one set.
   *
   * @param set the set's name
   * @param runs comparisons
   * @param intrudersOther intruders labelled {@code OTHER} (one per run)
   * @param same same-event article decisions
   * @param sameMain of those, labelled {@code MAIN}
   */
  public record Figures(String set, int runs, int intrudersOther, int same, int sameMain) {}

  /** The BASIL runs of the protocol, each article analysed by {@code parallax}; empty when the folder is absent. */
  public static List<Run> basilRuns(Path basil, Parallax parallax) {
    Path manifest = basil.resolve("MANIFEST.tsv");
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    Map<String, List<Article>> events = new TreeMap<>();
    List<Article> all = ArticleReader.withManifest(manifest).readManifestFiles();
    for (Article a : all) {
      // BASIL files are <event id>_<n>.txt
      events.computeIfAbsent(a.id().substring(0, a.id().lastIndexOf('_')), k -> new ArrayList<>()).add(a);
    }
    List<String> ids = new ArrayList<>(events.keySet());
    Map<String, AnalyzedArticle> analyzed = new HashMap<>();
    List<Run> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      List<Article> own = events.get(ids.get(i));
      List<Article> from = events.get(ids.get((i + ids.size() / 2) % ids.size()));
      Article intruder = from.get(i % from.size());
      Optional<LocalDate> date = own.get(0).published();
      List<AnalyzedArticle> given = new ArrayList<>();
      for (Article a : own) {
        given.add(analyzed.computeIfAbsent(a.id(), k -> parallax.analyze(a)));
      }
      given.add(parallax.analyze(intruder.withMetadata(intruder.outlet(), date)));
      out.add(new Run(i % 2 == 0 ? "basil-fit" : "basil", ids.get(i), given));
    }
    return out;
  }

  /** The ECB+ runs of the protocol over {@code docs} ({@link EventEvaluation#read}). */
  public static List<Run> ecbRuns(List<EventEvaluation.Doc> docs, Parallax parallax) {
    Map<String, Map<Integer, Map<String, List<AnalyzedArticle>>>> bySplit = new TreeMap<>();
    for (EventEvaluation.Doc d : docs) {
      bySplit.computeIfAbsent(d.split(), s -> new TreeMap<>()).computeIfAbsent(d.topic(), t -> new TreeMap<>())
          .computeIfAbsent(d.subtopic(), s -> new ArrayList<>()).add(parallax.analyze(d.article()));
    }
    List<Run> out = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Map<String, List<AnalyzedArticle>>>> split : bySplit.entrySet()) {
      List<Integer> topics = new ArrayList<>(split.getValue().keySet());
      for (int t = 0; t < topics.size(); t++) {
        Map<String, List<AnalyzedArticle>> far = split.getValue().get(topics.get((t + topics.size() / 2) % topics.size()));
        AnalyzedArticle intruder = far.values().iterator().next().get(0);
        for (Map.Entry<String, List<AnalyzedArticle>> sub : split.getValue().get(topics.get(t)).entrySet()) {
          List<AnalyzedArticle> given = new ArrayList<>(sub.getValue());
          given.add(intruder);
          out.add(new Run(split.getKey(), sub.getKey(), given));
        }
      }
    }
    return out;
  }

  /** Aligns every run and counts the decisions per set, in the order the sets first appear. */
  public static List<Figures> evaluate(List<Run> runs, Aligner aligner, Consumer<String> misses) {
    Map<String, int[]> counts = new java.util.LinkedHashMap<>();
    for (Run r : runs) {
      Alignment alignment = aligner.align(r.articles());
      int[] c = counts.computeIfAbsent(r.set(), s -> new int[4]);
      c[0]++;
      int last = r.articles().size() - 1;
      for (int i = 0; i <= last; i++) {
        ArticleEvent e = alignment.events().get(i);
        if (i == last) {
          if (e.membership() == EventMembership.OTHER) {
            c[1]++;
          } else {
            misses.accept(r.set() + " " + r.event() + ": intruder " + e.article() + " kept main (" + e.reason() + ")");
          }
        } else {
          c[2]++;
          if (e.membership() == EventMembership.MAIN) {
            c[3]++;
          } else {
            misses.accept(r.set() + " " + r.event() + ": " + e.article() + " left out (" + e.reason() + ")");
          }
        }
      }
    }
    List<Figures> out = new ArrayList<>();
    counts.forEach((set, c) -> out.add(new Figures(set, c[0], c[1], c[2], c[3])));
    return out;
  }

  /** Prints the table (and with {@code verbose} each wrong decision). */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    boolean verbose = args.length > 1 && args[1].equals("verbose");
    Parallax parallax = Parallax.create();
    List<Run> runs = new ArrayList<>(basilRuns(data.resolve("basil"), parallax));
    if (runs.isEmpty()) {
      System.out.println("No BASIL data under " + data.resolve("basil").toAbsolutePath() + ": skipped.");
    }
    if (Files.isRegularFile(data.resolve("ecbplus").resolve("MANIFEST.tsv"))) {
      runs.addAll(ecbRuns(EventEvaluation.read(data.resolve("ecbplus")), parallax));
    } else {
      System.out.println("No ECB+ data under " + data.resolve("ecbplus").toAbsolutePath() + ": skipped.");
    }
    if (runs.isEmpty()) {
      return;
    }
    List<String> misses = new ArrayList<>();
    List<Figures> figures = evaluate(runs, Aligners.standard(parallax.similarity()), misses::add);
    System.out.println("| set | runs | unrelated articles `OTHER` | same-event articles `MAIN` |");
    System.out.println("|---|---:|---:|---:|");
    for (Figures f : figures) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d / %d (%.1f%%) | %d / %d (%.1f%%) |%n", f.set(), f.runs(),
          f.intrudersOther(), f.runs(), 100.0 * f.intrudersOther() / f.runs(), f.sameMain(), f.same(),
          100.0 * f.sameMain() / f.same());
    }
    if (verbose) {
      misses.forEach(System.out::println);
    }
  }
}
