package dev.parallax.cli;

import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The articles given no outlet, for a notice on standard error: a manifest line with an empty outlet cell or without
 * one, a file the manifest does not list, a {@code .jsonl} line without {@code "outlet"}. Parallax then reports such an
 * article under its id, as an outlet of its own (the documented fallback), which a reader of the outlets' table cannot
 * tell from a real outlet. Stateless.
 */
final class MissingOutlets {
  /** How many ids a notice names before "...". */
  private static final int SHOWN = 5;

  private MissingOutlets() {}

  /**
   * For {@code compare} with a manifest: "manifest m.tsv gives no outlet for 2 articles (center, right): each is
   * reported under its id as an outlet of its own; add their outlets to the manifest"; empty when every article has one.
   * An article is named when its outlet is its id and the manifest gives none for its file ({@code files}, one per
   * article): an outlet cell that happens to equal the id ("gazette.txt", outlet "gazette") is given.
   */
  static Optional<String> ofCompared(List<Article> articles, List<Path> files, Manifest manifest) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      // an outlet the manifest gives that is written as the id ("gazette.txt" of outlet "gazette") is given
      boolean given = manifest.entryFor(files.get(i).getFileName().toString())
          .filter(e -> !e.outlet().isBlank()).isPresent();
      if (a.outlet().equals(a.id()) && !given) {
        ids.add(a.id());
      }
    }
    return ids.isEmpty() ? Optional.empty() : Optional.of("manifest " + manifest.source() + " gives no outlet for "
        + CorpusCommand.count(ids.size(), "article") + " (" + shown(ids) + "): "
        + (ids.size() == 1 ? "it is" : "each is") + " reported under its id as an outlet of its own; add "
        + (ids.size() == 1 ? "its outlet" : "their outlets") + " to the manifest");
  }

  /**
   * For {@code corpus}: the outlets that are an article's id, since no outlet was given for it, whether the article is
   * profiled or alone in its event (listed by outlet all the same); empty when there are none. {@code outletGiven}
   * answers, for the few ids that are also an outlet's name, whether the input gave that article its outlet ("harbor",
   * outlet "harbor"): such an outlet is a real one and is not named.
   */
  static Optional<String> ofCorpus(CorpusReport report, Function<Set<String>, Set<String>> outletGiven) {
    Set<String> ids = new HashSet<>();
    for (CorpusEvent e : report.events()) {
      ids.addAll(e.articles());
    }
    Set<String> outlets = outletsOf(report);
    Set<String> candidates = new HashSet<>();
    outlets.stream().filter(ids::contains).forEach(candidates::add);
    Set<String> given = candidates.isEmpty() ? Set.of() : outletGiven.apply(candidates);
    List<String> named = outlets.stream().filter(o -> candidates.contains(o) && !given.contains(o)).toList();
    return named.isEmpty() ? Optional.empty() : Optional.of("no outlet given for "
        + CorpusCommand.count(named.size(), "article") + " (" + shown(named) + "): "
        + (named.size() == 1 ? "it is" : "each is") + " profiled under its id as an outlet of its own; give each"
        + " article its outlet (a .jsonl line's \"outlet\", a manifest's outlet column)");
  }

  /**
   * The outlets a corpus report names: those profiled, then those of articles alone in their event (listed by outlet in
   * {@code outlets.json} as well), each once, in that order.
   */
  static Set<String> outletsOf(CorpusReport report) {
    Set<String> outlets = new LinkedHashSet<>();
    report.outlets().forEach(o -> outlets.add(o.outlet()));
    report.uses().forEach(a -> outlets.add(a.outlet()));
    return outlets;
  }

  private static String shown(List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size()))) + (ids.size() > SHOWN ? ", ..." : "");
  }
}
