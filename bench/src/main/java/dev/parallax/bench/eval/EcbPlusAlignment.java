package dev.parallax.bench.eval;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many of ECB+'s same-fact sentence links Parallax's passages make, and how many of its curated
 * non-links they make too (the false-link rate), per split.
 *
 * <p>Each sub-topic's documents are compared with {@link Parallax#compare} as a user would compare them
 * (all of them at once, with the manifest's outlet and date). Two gold sentences are linked when Parallax
 * sentences overlapping them are members of one passage. A sentence of an article the comparison sets
 * aside as another event is linked to nothing. Prints one line per split and, with {@code -v}, one per
 * sub-topic.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.EcbPlusAlignment ../shared/data/ecbplus dev
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.EcbPlusAlignment ../shared/data/ecbplus dev semantic
 * </pre>
 */
public final class EcbPlusAlignment {
  private EcbPlusAlignment() {}

  /** Link figures of one comparison or of a whole split. */
  public record Figures(int links, int linksFound, int nonLinks, int nonLinksFound) {
    /** Share of the gold links that the passages make (0 when there are none). */
    public double recall() {
      return links == 0 ? 0.0 : (double) linksFound / links;
    }

    /** Share of the curated non-links that the passages make (0 when there are none). */
    public double falseLinkRate() {
      return nonLinks == 0 ? 0.0 : (double) nonLinksFound / nonLinks;
    }

    Figures plus(Figures o) {
      return new Figures(links + o.links, linksFound + o.linksFound, nonLinks + o.nonLinks,
          nonLinksFound + o.nonLinksFound);
    }
  }

  /** Compares the documents of one sub-topic and counts the gold pairs its passages link. */
  public static Figures evaluate(Parallax parallax, EcbPlus data, EcbPlus.SubTopic topic, boolean details) {
    return evaluate(parallax, data, topic, details, null, null);
  }

  private static Figures evaluate(Parallax parallax, EcbPlus data, EcbPlus.SubTopic topic, boolean details,
      MissedLinks missed, OmissionCount omissions) {
    List<Article> articles = data.articles(topic);
    Comparison comparison = parallax.compare(articles);
    if (omissions != null) {
      omissions.add(comparison, topic);
    }
    return count(comparison.events(), comparison.passages(), id -> comparison.article(id).orElse(null), topic,
        details, missed);
  }

  /** Counts the gold pairs of {@code topic} that an alignment's passages link. */
  public static Figures count(List<ArticleEvent> events, List<Passage> passages,
      java.util.function.Function<String, AnalyzedArticle> articleOf, EcbPlus.SubTopic topic) {
    return count(events, passages, articleOf, topic, false, null);
  }

  /** As {@link #count(List, List, java.util.function.Function, EcbPlus.SubTopic)}, printing each error when asked. */
  static Figures count(List<ArticleEvent> events, List<Passage> passages,
      java.util.function.Function<String, AnalyzedArticle> articleOf, EcbPlus.SubTopic topic, boolean details,
      MissedLinks missed) {
    Set<String> main = new HashSet<>();
    for (ArticleEvent e : events) {
      if (e.membership() == EventMembership.MAIN) {
        main.add(e.article());
      }
    }
    // article id -> sentence index -> passage id
    Map<String, Map<Integer, String>> passageOf = new HashMap<>();
    for (Passage p : passages) {
      for (PassageMember m : p.members()) {
        for (int s : m.sentences()) {
          passageOf.computeIfAbsent(m.article(), k -> new HashMap<>()).put(s, p.id());
        }
      }
    }
    // doc -> gold sentence number -> parallax sentence indices overlapping it
    Map<String, Map<Integer, List<Integer>>> mapped = new HashMap<>();
    for (String doc : topic.docs()) {
      AnalyzedArticle a = articleOf.apply(doc);
      if (a != null) {
        Map<Integer, List<Integer>> m = new HashMap<>();
        overlaps(a, topic, doc, (g, s) -> m.computeIfAbsent(g, k -> new ArrayList<>()).add(s));
        mapped.put(doc, m);
      }
    }
    int links = 0;
    int linksFound = 0;
    int nonLinks = 0;
    int nonLinksFound = 0;
    for (EcbPlus.GoldPair p : topic.pairs()) {
      boolean linked = main.contains(p.docA()) && main.contains(p.docB())
          && shared(passageOf.get(p.docA()), mapped.getOrDefault(p.docA(), Map.of()).get(p.sentenceA()),
              passageOf.get(p.docB()), mapped.getOrDefault(p.docB(), Map.of()).get(p.sentenceB()));
      if (missed != null && p.link()) {
        missed.add(linked, main.contains(p.docA()) && main.contains(p.docB()),
            membersOf(passages, passageOf.get(p.docA()), mapped.getOrDefault(p.docA(), Map.of()).get(p.sentenceA())),
            membersOf(passages, passageOf.get(p.docB()), mapped.getOrDefault(p.docB(), Map.of()).get(p.sentenceB())),
            isQuote(articleOf.apply(p.docA()), mapped.getOrDefault(p.docA(), Map.of()).get(p.sentenceA()))
                || isQuote(articleOf.apply(p.docB()), mapped.getOrDefault(p.docB(), Map.of()).get(p.sentenceB())));
      }
      if (details && linked != p.link()) {
        System.out.println((p.link() ? "  MISSED " : "  FALSE  ") + topic.id() + " " + p.docA() + ":" + p.sentenceA()
            + " | " + p.docB() + ":" + p.sentenceB() + "\n     A: " + goldText(articleOf.apply(p.docA()), topic,
            p.docA(), p.sentenceA()) + "\n     B: " + goldText(articleOf.apply(p.docB()), topic, p.docB(),
            p.sentenceB()));
      }
      if (p.link()) {
        links++;
        linksFound += linked ? 1 : 0;
      } else {
        nonLinks++;
        nonLinksFound += linked ? 1 : 0;
      }
    }
    return new Figures(links, linksFound, nonLinks, nonLinksFound);
  }

  /** Calls {@code pair} with (gold sentence number, Parallax sentence index) for each pair of {@code doc} that overlap. */
  private static void overlaps(AnalyzedArticle a, EcbPlus.SubTopic topic, String doc,
      java.util.function.BiConsumer<Integer, Integer> pair) {
    String text = a.article().text();
    for (EcbPlus.GoldSentence g : topic.sentences().getOrDefault(doc, List.of())) {
      int gs = javaOffset(text, g.start());
      int ge = javaOffset(text, g.end());
      for (Sentence s : a.sentences()) {
        if (s.start() < ge && gs < s.end()) {
          pair.accept(g.n(), s.index());
        }
      }
    }
  }

  /** The most articles in a passage holding one of {@code sentences}; 0 when none is in a passage. */
  private static int membersOf(List<Passage> passages, Map<Integer, String> passageOf, List<Integer> sentences) {
    int most = 0;
    if (passageOf == null || sentences == null) {
      return 0;
    }
    for (int s : sentences) {
      String id = passageOf.get(s);
      for (Passage p : passages) {
        if (p.id().equals(id)) {
          most = Math.max(most, p.members().size());
        }
      }
    }
    return most;
  }

  private static boolean isQuote(AnalyzedArticle a, List<Integer> sentences) {
    if (a == null || sentences == null) {
      return false;
    }
    for (int s : sentences) {
      String t = a.sentences().get(s).text();
      if (t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why gold links are missed: a sentence of the pair was left out (its article not on the main event), aligned
   * with no other outlet, or both were aligned with other outlets but into different passages (the aligner took
   * them for different facts); and how many of those involve a quotation.
   */
  static final class MissedLinks {
    private int links;
    private int linked;
    private int notMain;
    private int alone;
    private int apart;
    private int apartQuote;

    void add(boolean isLinked, boolean bothMain, int membersA, int membersB, boolean quote) {
      links++;
      if (isLinked) {
        linked++;
      } else if (!bothMain) {
        notMain++;
      } else if (membersA <= 1 || membersB <= 1) {
        alone++;
      } else {
        apart++;
        apartQuote += quote ? 1 : 0;
      }
    }

    String summary() {
      return String.format(Locale.ROOT, "of %d links: linked %d; missed because an article was not main %d, "
          + "a sentence aligned with no other outlet %d, both aligned but in different passages %d "
          + "(%d of them with a quotation)", links, linked, notMain, alone, apart, apartQuote);
    }
  }

  /**
   * The omissions of the comparisons that the gold can judge: an omission of a passage by article {@code O} is
   * <em>checkable</em> when a gold pair (link or curated non-link) joins a sentence of the passage with a sentence of
   * {@code O}, and <em>false</em> when such a pair is a link ({@code O} mentions the passage's action: it reports the
   * fact, in its own words). Parts of passages an article carries and leaves out ({@code Omission.isPart()}) are
   * counted apart, not judged: the gold links sentences, and the article's own sentence is in the passage.
   */
  static final class OmissionCount {
    private int omissions;
    private int checkable;
    private int falseOmissions;
    private int parts;
    private final boolean showParts;

    OmissionCount(boolean showParts) {
      this.showParts = showParts;
    }

    void add(Comparison comparison, EcbPlus.SubTopic topic) {
      // doc -> parallax sentence index -> gold sentence numbers overlapping it
      Map<String, Map<Integer, Set<Integer>>> goldOf = new HashMap<>();
      for (String doc : topic.docs()) {
        AnalyzedArticle a = comparison.article(doc).orElse(null);
        if (a != null) {
          Map<Integer, Set<Integer>> m = new HashMap<>();
          overlaps(a, topic, doc, (g, s) -> m.computeIfAbsent(s, k -> new HashSet<>()).add(g));
          goldOf.put(doc, m);
        }
      }
      // "doc:n" -> "doc:n" -> link?
      Map<String, Map<String, Boolean>> pairs = new HashMap<>();
      for (EcbPlus.GoldPair p : topic.pairs()) {
        String a = p.docA() + ":" + p.sentenceA();
        String b = p.docB() + ":" + p.sentenceB();
        pairs.computeIfAbsent(a, k -> new HashMap<>()).merge(b, p.link(), Boolean::logicalOr);
        pairs.computeIfAbsent(b, k -> new HashMap<>()).merge(a, p.link(), Boolean::logicalOr);
      }
      Map<String, Passage> byId = new HashMap<>();
      comparison.passages().forEach(p -> byId.put(p.id(), p));
      for (dev.parallax.compare.Omission o : comparison.omissions()) {
        if (o.reportedLater()) {
          continue; // listed but not counted as an omission
        }
        if (o.isPart()) {
          parts++; // the gold links sentences: a part of a passage whose sentence the article has is not judged
          if (showParts) {
            Passage p = byId.get(o.passage());
            AnalyzedArticle mine = comparison.article(o.article()).orElseThrow();
            System.out.println("part left out by " + o.article() + " in " + topic.id() + " " + o.passage() + ": "
                + o.part().orElseThrow().text() + "\n  its own: " + p.member(o.article()).sentences().stream()
                .map(k -> mine.sentences().get(k).text()).toList() + "\n  carried by " + o.coveredBy() + ": "
                + p.members().stream().filter(m -> !m.article().equals(o.article())).map(m -> m.sentences().stream()
                    .map(k -> comparison.article(m.article()).orElseThrow().sentences().get(k).text()).toList())
                    .toList());
          }
          continue;
        }
        omissions++;
        Passage p = byId.get(o.passage());
        boolean seen = false;
        boolean link = false;
        for (PassageMember m : p.members()) {
          for (int s : m.sentences()) {
            for (int n : goldOf.getOrDefault(m.article(), Map.of()).getOrDefault(s, Set.of())) {
              for (Map.Entry<String, Boolean> e : pairs.getOrDefault(m.article() + ":" + n, Map.of()).entrySet()) {
                if (e.getKey().startsWith(o.article() + ":")) {
                  seen = true;
                  link |= e.getValue();
                }
              }
            }
          }
        }
        checkable += seen ? 1 : 0;
        falseOmissions += link ? 1 : 0;
      }
    }

    String summary() {
      return String.format(Locale.ROOT, "omissions %d; the gold judges %d of them: false (the article mentions the "
          + "passage's action) %d (%.1f%%); parts of passages left out %d (not judged)", omissions, checkable,
          falseOmissions, checkable == 0 ? 0.0 : 100.0 * falseOmissions / checkable, parts);
    }
  }

  private static String goldText(AnalyzedArticle a, EcbPlus.SubTopic topic, String doc, int n) {
    if (a == null) {
      return "?";
    }
    for (EcbPlus.GoldSentence g : topic.sentences().getOrDefault(doc, List.of())) {
      if (g.n() == n) {
        String t = a.article().text();
        String s = t.substring(javaOffset(t, g.start()), javaOffset(t, g.end()));
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
      }
    }
    return "?";
  }

  private static boolean shared(Map<Integer, String> pa, List<Integer> a, Map<Integer, String> pb, List<Integer> b) {
    if (pa == null || pb == null || a == null || b == null) {
      return false;
    }
    for (int x : a) {
      String px = pa.get(x);
      if (px == null) {
        continue;
      }
      for (int y : b) {
        if (px.equals(pb.get(y))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The UTF-16 offset of a code-point offset (the gold's spans count code points). */
  static int javaOffset(String text, int codePoints) {
    int cps = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(codePoints, cps));
  }

  /**
   * Runs the evaluation: data folder (default {@code ../shared/data/ecbplus}), split ({@code dev} by default,
   * or {@code train}), optional similarity name ({@code lexical} or, with the embeddings module on the class
   * path, {@code semantic}); {@code -v} prints each sub-topic, {@code -d} each error, {@code -b} why links
   * are missed, {@code -o} how many omissions the gold finds false ({@code -p} with it prints each part of a passage
   * left out).
   */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean verbose = rest.remove("-v");
    boolean details = rest.remove("-d");
    MissedLinks missed = rest.remove("-b") ? new MissedLinks() : null;
    boolean showParts = rest.remove("-p");
    OmissionCount omissions = rest.remove("-o") ? new OmissionCount(showParts) : null;
    Path root = Path.of(rest.size() > 0 ? rest.get(0) : "../shared/data/ecbplus");
    String split = rest.size() > 1 ? rest.get(1) : "dev";
    String similarity = rest.size() > 2 ? rest.get(2) : "lexical";
    EcbPlus data = EcbPlus.load(root).orElse(null);
    if (data == null) {
      System.out.println("EcbPlusAlignment skipped: no gold.json and MANIFEST.tsv under " + root.toAbsolutePath());
      return;
    }
    Parallax parallax = Parallax.builder().similarity(similarityNamed(similarity)).build();
    Figures total = new Figures(0, 0, 0, 0);
    long t0 = System.nanoTime();
    for (EcbPlus.SubTopic topic : data.subTopics(split)) {
      Figures f = evaluate(parallax, data, topic, details, missed, omissions);
      total = total.plus(f);
      if (verbose) {
        System.out.printf(Locale.ROOT, "%-5s docs %3d  links %5d recall %.3f  non-links %4d false %.3f%n",
            topic.id(), topic.docs().size(), f.links(), f.recall(), f.nonLinks(), f.falseLinkRate());
      }
    }
    System.out.printf(Locale.ROOT, "ECB+ %s, similarity %s: links %d, linked %.1f%%; non-links %d, linked %.1f%% (%.1f s)%n",
        split, similarity, total.links(), 100 * total.recall(), total.nonLinks(), 100 * total.falseLinkRate(),
        (System.nanoTime() - t0) / 1e9);
    if (missed != null) {
      System.out.println(missed.summary());
    }
    if (omissions != null) {
      System.out.println(omissions.summary());
    }
  }

  static SentenceSimilarity similarityNamed(String name) {
    return switch (name) {
      case "lexical" -> dev.parallax.align.Similarities.lexical();
      case "paraphrase" -> dev.parallax.align.Similarities.paraphrase();
      case "semantic" -> semantic();
      default -> throw new IllegalArgumentException("unknown similarity '" + name + "'");
    };
  }

  private static SentenceSimilarity semantic() {
    try {
      Class<?> c = Class.forName("dev.parallax.embeddings.EmbeddingSimilarities");
      return (SentenceSimilarity) c.getMethod("semantic").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the embeddings module is not on the class path: " + e);
    }
  }
}
