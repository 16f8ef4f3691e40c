package dev.parallax.bench.eval;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Omission;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures alignment and omissions on the BASIL events we labelled by hand ({@link BasilLabels}): runs
 * {@link Parallax#compare} on the three articles of each event and compares the passages with the labels.
 *
 * <p>Two labelling sentences are <em>linked</em> by Parallax when a Parallax sentence overlapping one and a
 * Parallax sentence overlapping the other (by at least one character of the file) are members of the same
 * passage. Per event and in total it reports:
 * <ul>
 *   <li><b>link recall</b>: the share of labelled same-fact pairs that Parallax links;</li>
 *   <li><b>false-link rate</b>: the share of labelled non-links (every other pair of sentences of two
 *       different articles) that Parallax links;</li>
 *   <li><b>false omissions</b>: an omission of a passage by article X is false when some member sentence of
 *       the passage overlaps a labelling sentence that is labelled the same fact as a sentence of X; a line
 *       under the table says of how many of them the closest sentence shown is such a sentence of X.</li>
 * </ul>
 * An article that Parallax puts outside the main event takes part in no passage, so its links count as missed.
 *
 * <p>Reads the files from {@code DATA_DIR} (default {@code ../shared/data/basil}, with its
 * {@code MANIFEST.tsv} for outlets and dates); when the folder is absent it says so and exits 0. An event
 * whose files changed (a hash differs) is skipped with a message. {@code --semantic} uses the optional
 * embeddings module's similarity ({@code EmbeddingSimilarities.semantic}) when it is on the class path,
 * for example through the command-line jar:
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.BasilEvaluation ../shared/data/basil
 * mvn -B -q -pl cli -am package -DskipTests
 * java -cp bench/target/benchmarks.jar:cli/target/parallax.jar dev.parallax.bench.eval.BasilEvaluation --semantic
 * </pre>
 */
public final class BasilEvaluation {
  private BasilEvaluation() {}

  /**
   * Figures for one event.
   *
   * @param event the event's UUID
   * @param sentences labelling sentences in its three articles
   * @param links labelled same-fact pairs
   * @param nonLinks labelled non-link pairs
   * @param linksFound labelled same-fact pairs Parallax links
   * @param nonLinksLinked labelled non-links Parallax links
   * @param omissions omissions Parallax reports
   * @param falseOmissions of those, omissions of a fact the article does report (by the labels)
   * @param closestLinked of those, omissions whose closest sentence shown is one the labels link to the passage
   * @param otherEvent articles Parallax put outside the main event
   */
  public record EventResult(String event, int sentences, int links, int nonLinks, int linksFound,
      int nonLinksLinked, int omissions, int falseOmissions, int closestLinked, int otherEvent) {
    /** Share of labelled links found, in [0, 1]; 0.0 with no links. */
    public double recall() {
      return links == 0 ? 0.0 : (double) linksFound / links;
    }

    /** Share of labelled non-links linked, in [0, 1]; 0.0 with no non-links. */
    public double falseLinkRate() {
      return nonLinks == 0 ? 0.0 : (double) nonLinksLinked / nonLinks;
    }

    /** The sum of two results, named {@code event}. */
    EventResult plus(EventResult o, String name) {
      return new EventResult(name, sentences + o.sentences, links + o.links, nonLinks + o.nonLinks,
          linksFound + o.linksFound, nonLinksLinked + o.nonLinksLinked, omissions + o.omissions,
          falseOmissions + o.falseOmissions, closestLinked + o.closestLinked, otherEvent + o.otherEvent);
    }
  }

  /** Compares the event's articles with {@code parallax} and scores the result against the labels. */
  public static EventResult evaluate(Parallax parallax, BasilLabels.Event event, Path dataDir) {
    return score(parallax.compare(read(event, dataDir)), event);
  }

  private static List<Article> read(BasilLabels.Event event, Path dataDir) {
    ArticleReader reader = Files.isRegularFile(dataDir.resolve("MANIFEST.tsv"))
        ? ArticleReader.withManifest(dataDir.resolve("MANIFEST.tsv")) : ArticleReader.create();
    return reader.readAll(event.files().stream().map(dataDir::resolve).toList());
  }

  /** Scores a comparison of the event's articles (article ids are the file names without extension). */
  public static EventResult score(Comparison c, BasilLabels.Event event) {
    return score(c, event, new ArrayList<>());
  }

  /**
   * Scores as {@link #score(Comparison, BasilLabels.Event)} and adds one line per missed link, false link and
   * false omission to {@code details} (sentence numbers as in {@link LabelSentences}).
   */
  public static EventResult score(Comparison c, BasilLabels.Event event, List<String> details) {
    // Parallax sentences overlapping each labelling sentence, and the passages of each Parallax sentence
    Map<String, Set<String>> passagesOf = new HashMap<>(); // "article#index" -> passage ids
    for (Passage p : c.passages()) {
      for (PassageMember m : p.members()) {
        for (int i : m.sentences()) {
          passagesOf.computeIfAbsent(m.article() + "#" + i, k -> new HashSet<>()).add(p.id());
        }
      }
    }
    Map<BasilLabels.Sentence, Set<String>> labelPassages = new HashMap<>();
    Map<String, List<BasilLabels.Sentence>> labelsOfParallax = new HashMap<>();
    for (String file : event.files()) {
      String id = file.replaceFirst("\\.[^.]*$", "");
      AnalyzedArticle a = c.article(id).orElseThrow(() -> new IllegalStateException("no article " + id));
      for (BasilLabels.Sentence s : event.sentencesOf(file)) {
        Set<String> ps = new HashSet<>();
        for (Sentence ps1 : a.sentences()) {
          if (ps1.start() < s.end() && s.start() < ps1.end()) {
            ps.addAll(passagesOf.getOrDefault(id + "#" + ps1.index(), Set.of()));
            labelsOfParallax.computeIfAbsent(id + "#" + ps1.index(), k -> new ArrayList<>()).add(s);
          }
        }
        labelPassages.put(s, ps);
      }
    }
    int links = 0;
    int nonLinks = 0;
    int found = 0;
    int falseLinks = 0;
    List<BasilLabels.Sentence> all = event.sentences();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        BasilLabels.Sentence x = all.get(i);
        BasilLabels.Sentence y = all.get(j);
        if (x.file().equals(y.file())) {
          continue;
        }
        boolean predicted = !disjoint(labelPassages.get(x), labelPassages.get(y));
        if (event.linked(x, y)) {
          links++;
          found += predicted ? 1 : 0;
          if (!predicted) {
            details.add("missed link  " + ref(x) + " ~ " + ref(y));
          }
        } else {
          nonLinks++;
          falseLinks += predicted ? 1 : 0;
          if (predicted) {
            details.add("false link   " + ref(x) + " ~ " + ref(y));
          }
        }
      }
    }
    int falseOmissions = 0;
    int closestLinked = 0;
    // only the omissions that count: one only later articles carry (reportedLater) is listed but not charged; a part
    // of a passage the article carries is not judged either (the labels link sentences, and its sentence is there)
    List<Omission> counted = c.omissions().stream().filter(o -> o.counts() && !o.isPart()).toList();
    for (Omission o : counted) {
      String omittingFile = fileOf(event, o.article());
      Passage p = c.passage(o.passage()).orElseThrow();
      if (omittingFile != null && reportedAnyway(p, o.article(), omittingFile, event, labelsOfParallax)) {
        falseOmissions++;
        boolean linked = o.closest().isPresent() && reportedAnyway(p, o.article(),
            labelsOfParallax.getOrDefault(o.article() + "#" + o.closest().get().sentence(), List.of()), event,
            labelsOfParallax);
        closestLinked += linked ? 1 : 0;
        details.add("false omission: article " + omittingFile.replaceFirst("^.*_", "") + " omits passage " + p.id()
            + " " + p.members().stream().map(m -> m.article().replaceFirst("^.*_", "") + m.sentences()).toList()
            + "\n      passage: " + firstSentence(c, p)
            + o.closest().map(cl -> "\n      closest (" + String.format(java.util.Locale.ROOT, "%.2f", cl.score())
                + (linked ? ", linked to the passage by the labels" : "") + "): " + cl.text())
                .orElse(""));
      }
    }
    int other = (int) c.events().stream().filter(e -> e.membership() != EventMembership.MAIN).count();
    return new EventResult(event.id(), all.size(), links, nonLinks, found, falseLinks, counted.size(),
        falseOmissions, closestLinked, other);
  }

  private static String firstSentence(Comparison c, Passage p) {
    PassageMember m = p.members().get(0);
    return c.article(m.article()).map(a -> a.sentences().get(m.sentences().get(0)).text()).orElse("?");
  }

  private static String ref(BasilLabels.Sentence s) {
    return s.file().replaceFirst("^.*_", "").replace(".txt", "") + "." + s.index();
  }

  private static boolean reportedAnyway(Passage p, String omitting, String omittingFile, BasilLabels.Event event,
      Map<String, List<BasilLabels.Sentence>> labelsOfParallax) {
    return reportedAnyway(p, omitting, event.sentencesOf(omittingFile), event, labelsOfParallax);
  }

  /** Whether a labelling sentence of {@code ofX} is labelled the same fact as one a member of {@code p} overlaps. */
  private static boolean reportedAnyway(Passage p, String omitting, List<BasilLabels.Sentence> ofX,
      BasilLabels.Event event, Map<String, List<BasilLabels.Sentence>> labelsOfParallax) {
    for (PassageMember m : p.members()) {
      if (m.article().equals(omitting)) {
        continue;
      }
      for (int i : m.sentences()) {
        for (BasilLabels.Sentence s : labelsOfParallax.getOrDefault(m.article() + "#" + i, List.of())) {
          for (BasilLabels.Sentence x : ofX) {
            if (event.linked(s, x)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static String fileOf(BasilLabels.Event event, String articleId) {
    return event.files().stream().filter(f -> f.replaceFirst("\\.[^.]*$", "").equals(articleId)).findFirst()
        .orElse(null);
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** Evaluates every labelled event whose files are intact; events with changed files are skipped. */
  public static List<EventResult> evaluateAll(Parallax parallax, BasilLabels labels, Path dataDir) {
    return evaluateAll(parallax, labels, dataDir, false);
  }

  private static List<EventResult> evaluateAll(Parallax parallax, BasilLabels labels, Path dataDir, boolean details) {
    List<EventResult> out = new ArrayList<>();
    for (BasilLabels.Event e : labels.events()) {
      List<String> problems = BasilLabels.check(e, dataDir);
      if (!problems.isEmpty()) {
        System.err.println("skipping event " + e.id() + ": " + String.join("; ", problems));
        continue;
      }
      List<String> lines = new ArrayList<>();
      out.add(score(parallax.compare(read(e, dataDir)), e, lines));
      if (details) {
        System.out.println("event " + e.id() + " (sentences A.n: article A, LabelSentences number n)");
        lines.forEach(l -> System.out.println("  " + l));
        System.out.println();
      }
    }
    return out;
  }

  /** The total of all rows, named {@code all}. */
  public static EventResult total(List<EventResult> rows) {
    EventResult t = new EventResult("all", 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (EventResult r : rows) {
      t = t.plus(r, "all");
    }
    return t;
  }

  /** Prints a Markdown table of the rows and their total. */
  public static void print(String similarity, List<EventResult> rows) {
    System.out.printf(Locale.ROOT, "Similarity `%s`:%n%n", similarity);
    System.out.println("| event | sentences | links | non-links | link recall | false-link rate | omissions | false omissions | articles not main |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<EventResult> withTotal = new ArrayList<>(rows);
    withTotal.add(total(rows));
    for (EventResult r : withTotal) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f%% (%d) | %.2f%% (%d) | %d | %d | %d |%n",
          r.event().length() > 8 ? r.event().substring(0, 8) : "**" + r.event() + "**", r.sentences(), r.links(),
          r.nonLinks(), 100 * r.recall(), r.linksFound(), 100 * r.falseLinkRate(), r.nonLinksLinked(), r.omissions(),
          r.falseOmissions(), r.otherEvent());
    }
    EventResult all = total(rows);
    System.out.printf(Locale.ROOT, "%nOf the %d false omissions, %d show as closest a sentence the labels link to the "
        + "passage.%n", all.falseOmissions(), all.closestLinked());
    System.out.println();
  }

  /**
   * Runs the evaluation: {@code [DATA_DIR] [--semantic] [--details]}; the data folder defaults to
   * {@code ../shared/data/basil}; {@code --details} lists, per event, the missed links, false links and false
   * omissions.
   */
  public static void main(String[] args) {
    boolean semantic = false;
    boolean details = false;
    Path data = Path.of("../shared/data/basil");
    for (String a : args) {
      if (a.equals("--semantic")) {
        semantic = true;
      } else if (a.equals("--details")) {
        details = true;
      } else if (a.startsWith("-")) {
        System.err.println("unknown option " + a + "; usage: BasilEvaluation [DATA_DIR] [--semantic] [--details]");
        System.exit(2);
      } else {
        data = Path.of(a);
      }
    }
    if (!Files.isDirectory(data)) {
      System.out.println("BASIL evaluation skipped: no folder " + data.toAbsolutePath());
      return;
    }
    BasilLabels labels = BasilLabels.load();
    long t0 = System.nanoTime();
    SentenceSimilarity similarity = Similarities.lexical();
    if (semantic) {
      try {
        similarity = (SentenceSimilarity) Class.forName("dev.parallax.embeddings.EmbeddingSimilarities")
            .getMethod("semantic", SentenceSimilarity.class).invoke(null, similarity);
      } catch (ReflectiveOperationException | LinkageError e) {
        System.out.println("BASIL evaluation --semantic skipped: the embeddings module is not on the class path ("
            + e + ")");
        return;
      }
    }
    Parallax parallax = semantic ? Parallax.builder().similarity(similarity).build() : Parallax.create();
    System.out.printf(Locale.ROOT, "BASIL same-fact labels: %d events (%s)%n%n", labels.events().size(), data);
    List<EventResult> rows = evaluateAll(parallax, labels, data, details);
    print(parallax.similarity().name(), rows);
    System.out.printf(Locale.ROOT, "Took %.1f s (model loading included).%n", (System.nanoTime() - t0) / 1e9);
  }
}
