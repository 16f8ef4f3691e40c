package dev.parallax.bench.eval;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.align.EventBasis;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.FramingCue;
import dev.parallax.compare.Omission;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that the same articles given in another order get the same findings: runs {@link Parallax#compare} on
 * every AllSides story folder (see {@link AllSidesRun}) in the manifest's order, reversed, and in one seeded shuffle,
 * and prints the stories whose findings differ, by kind: the event decisions, the passages' members (a passage is
 * named by its members, not its id, since ids of equal salience follow article order), the omissions, the quote
 * groups, the discrepancies, the framing cues and the copying (its pairs and sizes; the direction too, marked
 * apart, since a tie of dates and context is documented to take the article given first as the source). A story
 * where no article is clearly the main event takes the article given first as it (documented): its main event, and
 * so its findings, follow the order given, and it is counted apart.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.OrderIndependence /tmp/allsides [STORY ...]
 * </pre>
 * With stories named, it also prints the findings that differ: {@code -} those of the manifest's order only, {@code +}
 * those of another order only.
 */
public final class OrderIndependence {
  private OrderIndependence() {}

  /** The kinds of findings compared, in the order printed. */
  private static final List<String> KINDS =
      List.of("events", "passages", "omissions", "quotes", "discrepancies", "framing", "reuse", "reuseDirection");

  /**
   * Runs every story (or those named).
   *
   * @param args {@code STORIES_DIR [STORY ...]}
   * @throws IOException when a folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: OrderIndependence STORIES_DIR [STORY ...]");
      System.exit(2);
    }
    Path stories = Path.of(args[0]).resolve("ev");
    List<Path> folders;
    if (args.length > 1) {
      folders = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        folders.add(stories.resolve(args[i]));
      }
    } else {
      try (Stream<Path> listing = Files.list(stories)) {
        folders = listing.filter(d -> Files.isRegularFile(d.resolve("m.tsv"))).sorted().toList();
      }
    }
    boolean named = args.length > 1; // stories named: print what differs
    Parallax parallax = Parallax.create();
    Map<String, Integer> differing = new LinkedHashMap<>();
    KINDS.forEach(k -> differing.put(k, 0));
    int compared = 0;
    int anyDiffers = 0;
    int fallbacks = 0;
    for (Path folder : folders) {
      String story = folder.getFileName().toString();
      List<Article> given;
      Comparison first;
      try {
        given = ArticleReader.withManifest(folder.resolve("m.tsv")).readManifestFiles();
        first = parallax.compare(given);
      } catch (ParallaxException e) {
        continue; // a story Parallax refuses (AllSidesRun writes why)
      }
      Map<String, TreeSet<String>> base = findings(first);
      List<Article> reversed = new ArrayList<>(given);
      Collections.reverse(reversed);
      List<Article> shuffled = new ArrayList<>(given);
      Collections.shuffle(shuffled, new Random(42));
      TreeSet<String> kinds = new TreeSet<>();
      boolean fallback = false;
      for (List<Article> order : List.of(given, reversed, shuffled)) {
        Comparison comparison = order == given ? first : parallax.compare(order);
        fallback |= comparison.events().stream().anyMatch(e -> e.basis() == EventBasis.FALLBACK_MAIN);
        Map<String, TreeSet<String>> other = findings(comparison);
        for (String kind : KINDS) {
          if (!base.get(kind).equals(other.get(kind))) {
            kinds.add(kind);
            if (named) {
              printDifference(story + " " + kind, base.get(kind), other.get(kind));
            }
          }
        }
      }
      compared++;
      if (fallback && kinds.contains("events")) {
        // no article is clearly the main event, and the one given first is taken as it (documented): apart
        fallbacks++;
        System.out.println(story + " fallback main event (" + String.join(",", kinds) + ")");
      } else if (!kinds.isEmpty()) {
        anyDiffers++;
        kinds.forEach(k -> differing.merge(k, 1, Integer::sum));
        System.out.println(story + " " + String.join(",", kinds));
      }
    }
    System.out.printf("%d stories compared in three orders, %d differ (besides %d whose main event is the article"
        + " given first, as no article is clearly the event)%n", compared, anyDiffers, fallbacks);
    differing.forEach((kind, count) -> System.out.printf("  %-15s %d%n", kind, count));
  }

  /** Prints the findings only the manifest's order has ({@code -}) and those only another order has ({@code +}). */
  private static void printDifference(String title, TreeSet<String> given, TreeSet<String> other) {
    System.out.println(title);
    given.stream().filter(f -> !other.contains(f)).forEach(f -> System.out.println("  - " + f));
    other.stream().filter(f -> !given.contains(f)).forEach(f -> System.out.println("  + " + f));
  }

  /** The findings of a comparison by kind, each as a set of strings that do not depend on article order. */
  static Map<String, TreeSet<String>> findings(Comparison c) {
    Map<String, String> named = new HashMap<>();
    TreeSet<String> passages = new TreeSet<>();
    for (Passage p : c.passages()) {
      TreeMap<String, String> members = new TreeMap<>();
      for (PassageMember m : p.members()) {
        members.put(m.article(), m.sentences().toString());
      }
      named.put(p.id(), members.toString());
      passages.add(members.toString());
    }
    Map<String, TreeSet<String>> out = new HashMap<>();
    TreeSet<String> events = new TreeSet<>();
    c.events().forEach(e -> events.add(e.article() + " " + e.membership()));
    out.put("events", events);
    out.put("passages", passages);
    TreeSet<String> omissions = new TreeSet<>();
    for (Omission o : c.omissions()) {
      omissions.add(o.article() + " " + named.get(o.passage()) + (o.reportedLater() ? " later" : "")
          + (o.isPart() ? " part carried by " + new TreeSet<>(o.coveredBy()) : "")); // its wording: the first outlet's
    }
    out.put("omissions", omissions);
    TreeSet<String> quotes = new TreeSet<>();
    for (QuoteGroup q : c.quotes()) {
      TreeSet<String> variants = new TreeSet<>();
      for (QuoteVariant v : q.variants()) {
        variants.add(v.article() + ":" + v.sentence() + ":" + v.fidelity() + (v.reversed() ? ":reversed" : ""));
      }
      quotes.add(q.speaker() + " " + variants);
    }
    out.put("quotes", quotes);
    TreeSet<String> discrepancies = new TreeSet<>();
    for (Discrepancy d : c.discrepancies()) {
      TreeSet<String> values = new TreeSet<>();
      d.values().forEach(v -> values.add(v.article() + ":" + v.value() + ":" + v.sentence()));
      discrepancies.add(d.kind() + " " + named.getOrDefault(d.passage(), d.passage()) + " " + values);
    }
    out.put("discrepancies", discrepancies);
    TreeSet<String> framing = new TreeSet<>();
    for (FramingCue f : c.framing()) {
      framing.add(f.article() + ":" + f.kind() + ":" + f.sentence() + ":" + f.start() + ":" + f.text());
    }
    out.put("framing", framing);
    TreeSet<String> reuse = new TreeSet<>();
    TreeSet<String> direction = new TreeSet<>();
    for (Reuse r : c.reuse()) {
      TreeSet<String> pair = new TreeSet<>(List.of(r.from(), r.to()));
      reuse.add(pair + " " + r.chars());
      direction.add(r.from() + " -> " + r.to() + " " + r.basis());
    }
    out.put("reuse", reuse);
    out.put("reuseDirection", direction);
    return out;
  }
}
