package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The article files and manifest named on the command line. A directory stands for the article files in
 * it (in its manifest's order, else sorted by name; hidden files, files that are neither text nor HTML, and
 * Parallax's own reports skipped); a {@code .tsv} file whose header has a {@code file} column is taken as the manifest, so
 * {@code parallax compare data/*} works on a folder that holds one. A Parallax report named on the
 * command line (a glob that catches last run's {@code report.html}) is skipped too.
 *
 * <p>A manifest may list more files than are given (one manifest for a whole collection, a few of its articles
 * compared): the others are left out and named in {@code notGiven}, for the command to say so.
 *
 * @param articles article files, in the order given
 * @param manifest the manifest, explicit or found among the inputs
 * @param skipped the files left out, each as {@code name (why)}
 * @param notGiven the files the manifest lists that were not given, in its order
 * @param missing of those, the ones that do not exist (a misspelt line): inputs left out, which make the exit status 1
 * @param unlisted the article files given that the manifest does not list, by file name: read with no outlet and no date
 * @param absent the files named on the command line that do not exist, each as {@code name (why)}: inputs left out, which
 *     make the exit status 1 once the others are compared (as an empty file named does)
 */
record Inputs(List<Path> articles, Optional<Path> manifest, List<String> skipped, List<String> notGiven,
    List<String> missing, List<String> unlisted, List<String> absent) {
  static Inputs resolve(List<Path> given, Path explicitManifest) {
    return resolve(given, explicitManifest, Manifest.BadDates.REFUSED);
  }

  /** The same, a manifest's date that cannot be read doing what {@code badDates} says. */
  static Inputs resolve(List<Path> given, Path explicitManifest, Manifest.BadDates badDates) {
    List<Path> files = new ArrayList<>();
    List<Path> manifests = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    if (explicitManifest != null) {
      manifests.add(explicitManifest);
    }
    for (Path p : given) {
      if (p.toString().isEmpty()) {
        throw new InvalidInputException("an empty file name was given; name an article file or a folder (. for this one)");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(f -> {
                Optional<String> why = NotAnArticle.inFolder(f);
                if (why.isPresent() && !Manifest.looksLikeManifest(f)) {
                  skipped.add(f.getFileName() + " (" + why.get() + ")");
                } else if (explicitManifest != null && !Outputs.sameFile(f, explicitManifest)
                    && Manifest.looksLikeManifest(f)) {
                  // the manifest named with --manifest is the one used; a folder's own is not read
                  skipped.add(f.getFileName() + " (a manifest; --manifest " + explicitManifest + " is used)");
                } else {
                  classify(f, files, manifests, explicitManifest);
                }
              });
        } catch (IOException e) {
          throw new InvalidInputException(p + ": cannot list directory (" + e.getMessage() + ")", e);
        }
      } else if (!Files.exists(p)) {
        // left out like an empty file named: the others are compared, and the exit status says one was not
        absent.add(p + " (" + (Files.isSymbolicLink(p) ? "symbolic link to a missing file or a loop of links"
            : "no such file" + nearestName(p).map(n -> "; did you mean " + n + "?").orElse("")) + ")");
      } else if (NotAnArticle.jsonLinesFeed(p)) {
        // its text is JSON, one article per line: read as one article it would be compared as garbage
        throw new InvalidInputException(p + ": a JSON Lines feed (one article per line), which compare does not read;"
            + " compare its articles with: parallax corpus --out DIR " + p);
      } else if (NotAnArticle.parallaxReport(p).isPresent()) {
        skipped.add(p + " (" + NotAnArticle.parallaxReport(p).get() + ")");
      } else if (NotAnArticle.table(p) && !Manifest.looksLikeManifest(p)) {
        // a table named on the command line is a manifest gone wrong, never an article: read as one, its header and
        // rows would be compared as the text of an article of its own
        refuseTable(p, badDates);
      } else {
        classify(p, files, manifests, explicitManifest);
      }
    }
    requireOneManifest(manifests, explicitManifest);
    Optional<Path> manifest = manifests.stream().findFirst();
    if (files.isEmpty() && manifest.isEmpty() && absent.isEmpty()) {
      throw new InvalidInputException(given.isEmpty()
          ? "no articles given: name the article files, a folder, or a manifest"
          : "no article files in " + given + ": need at least two articles to compare");
    }
    if (files.isEmpty() && manifest.isPresent()) {
      Manifest m = Manifest.read(manifest.get(), badDates);
      if (m.entries().isEmpty()) {
        throw new InvalidInputException("manifest " + manifest.get() + " lists no article (it has a header and no line"
            + " under it): add a line per article file, with its file, outlet and published date");
      }
      for (Manifest.Entry e : m.entries()) {
        files.add(m.folder().resolve(e.file()));
      }
    }
    List<String> notGiven = manifest.isPresent() ? checkManifestFiles(manifest.get(), files, badDates) : List.of();
    if (manifest.isPresent() && given.stream().allMatch(Files::isDirectory)) {
      inManifestOrder(files, Manifest.read(manifest.get(), badDates));
    }
    List<String> missing = notGiven.stream().filter(n -> n.contains(": no such file")).toList();
    List<String> unlisted = new ArrayList<>();
    if (manifest.isPresent()) {
      Manifest m = Manifest.read(manifest.get(), badDates);
      for (Path f : files) {
        if (m.entryFor(f.getFileName().toString()).isEmpty()) {
          unlisted.add(f.getFileName().toString());
        }
      }
    }
    return new Inputs(List.copyOf(files), manifest, List.copyOf(skipped), notGiven, missing, List.copyOf(unlisted),
        List.copyOf(absent));
  }

  /**
   * One line for the user when files found in a folder were skipped as not articles (a log, a CSV, an empty or
   * binary file, an earlier report), else empty: "skipped 2 files that are not articles: data.csv (not text or
   * HTML), empty.txt (empty)".
   */
  Optional<String> skippedNote() {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("skipped " + skipped.size()
        + (skipped.size() == 1 ? " file that is not an article: " : " files that are not articles: ")
        + String.join(", ", skipped));
  }

  /**
   * One line for the user when the manifest lists files that were not given, else empty: they are not compared,
   * and nothing else says so.
   */
  Optional<String> notGivenNote() {
    if (notGiven.isEmpty()) {
      return Optional.empty();
    }
    int shown = Math.min(3, notGiven.size());
    String names = String.join(", ", notGiven.subList(0, shown)) + (notGiven.size() > shown ? ", ..." : "");
    return Optional.of("manifest " + manifest.map(Path::toString).orElse("") + " lists " + notGiven.size()
        + (notGiven.size() == 1 ? " file" : " files") + " not given (" + names + "); "
        + (notGiven.size() == 1 ? "it is" : "they are") + " left out: compared only the " + articles.size()
        + " given");
  }

  /**
   * One line for the user when article files were given that the manifest does not list, else empty: "late.txt is
   * given but not in event/MANIFEST.tsv: it is read with no outlet and no date; add a line for it to the manifest".
   * Without it, the user would only read that the article has no outlet and no date, not why.
   */
  Optional<String> unlistedNote() {
    if (unlisted.isEmpty()) {
      return Optional.empty();
    }
    int shown = Math.min(3, unlisted.size());
    String names = String.join(", ", unlisted.subList(0, shown)) + (unlisted.size() > shown ? ", ..." : "");
    boolean one = unlisted.size() == 1;
    return Optional.of((one ? names + " is" : unlisted.size() + " files (" + names + ") are") + " given but not in "
        + manifest.map(Path::toString).orElse("the manifest") + ": " + (one ? "it is" : "each is")
        + " read with no outlet and no date; add " + (one ? "a line for it" : "a line for each") + " to the manifest");
  }

  /**
   * A folder's files in the order its manifest lists them (the order the user wrote down, which decides "given
   * first" where nothing else does), those it does not list after them by name. Files named one by one on the
   * command line keep the order they were given in.
   */
  private static void inManifestOrder(List<Path> files, Manifest m) {
    Map<String, Integer> rank = new HashMap<>();
    for (Manifest.Entry e : m.entries()) {
      rank.putIfAbsent(m.folder().resolve(e.file()).getFileName().toString(), rank.size());
    }
    files.sort(Comparator.comparingInt(f -> rank.getOrDefault(f.getFileName().toString(), Integer.MAX_VALUE)));
  }

  /**
   * Refuses more than one manifest, saying what the user did: named a second one beside {@code --manifest}, or gave
   * folders (or one folder) holding several, which a run cannot merge.
   */
  private static void requireOneManifest(List<Path> manifests, Path explicitManifest) {
    if (manifests.size() < 2) {
      return;
    }
    if (explicitManifest != null) {
      throw new InvalidInputException("two manifests given: --manifest " + explicitManifest + " and "
          + manifests.get(1) + " among the files; a run reads one manifest: leave the other out");
    }
    throw new InvalidInputException(manifests.size() + " manifests found among the inputs (" + String.join(", ",
        manifests.stream().map(Path::toString).toList()) + "); a run reads one manifest: name the one to use with"
        + " --manifest (a folder's other manifests are then skipped), or compare one folder at a time");
  }

  /**
   * Refuses a {@code .tsv} or {@code .csv} file named as an input that is not a manifest, with what the manifest
   * reader finds wrong in it ("manifest "x.tsv": the header has no 'file' column ..."), as {@code --manifest x.tsv}
   * would; a table that passes as a manifest (a {@code .csv} whose columns are tab-separated) is still refused, by
   * its name.
   */
  private static void refuseTable(Path p, Manifest.BadDates badDates) {
    String why;
    try {
      Manifest.read(p, badDates);
      why = "manifest " + p + ": a manifest is a .tsv file";
    } catch (InvalidInputException e) {
      why = e.getMessage();
    }
    throw new InvalidInputException(why + "; a table is never read as an article: name the articles, and the"
        + " manifest with its 'file' column (or with --manifest)");
  }

  private static void classify(Path f, List<Path> files, List<Path> manifests, Path explicitManifest) {
    if (explicitManifest != null && Outputs.sameFile(f, explicitManifest)) {
      return;
    }
    if (Manifest.looksLikeManifest(f)) {
      manifests.add(f);
    } else {
      files.add(f);
    }
  }

  /**
   * Every file the manifest lists must exist (else the manifest is broken) and at least one must be among the
   * files given (else it is the wrong manifest: no article would get its outlet and date), and a file given under a
   * name it lists must be that very file, not a namesake in another folder (which would get another article's outlet
   * and date). Returns the files it
   * lists that were not given, which are left out and which the command names, so that none is dropped
   * silently.
   */
  private static List<String> checkManifestFiles(Path manifestPath, List<Path> files, Manifest.BadDates badDates) {
    Manifest m = Manifest.read(manifestPath, badDates);
    Map<String, Path> given = new HashMap<>();
    Set<Path> folders = new HashSet<>();
    for (Path f : files) {
      given.putIfAbsent(f.getFileName().toString(), f);
      folders.add(f.toAbsolutePath().normalize().getParent());
    }
    List<String> notGiven = new ArrayList<>();
    for (Manifest.Entry e : m.entries()) {
      Path p = m.folder().resolve(e.file());
      if (!Files.exists(p)) {
        boolean away = !folders.contains(m.folder().toAbsolutePath().normalize());
        if (away) {
          throw new InvalidInputException("manifest " + manifestPath + " names " + e.file() + ", which does not exist in "
              + m.folder() + " (a manifest's file names are read from its own folder: put it beside the articles)");
        }
        // a misspelt line does not stop the run: the file is left out like one not given, and named with the likeliest fix
        files.removeIf(f -> Outputs.sameFile(f, p) || f.equals(p));
        notGiven.add(e.file() + ": no such file" + nearestName(p).map(n -> "; did you mean " + n + "?").orElse(""));
        continue;
      }
      Path namesake = given.get(p.getFileName().toString());
      if (namesake == null) {
        notGiven.add(e.file());
      } else if (!Outputs.sameFile(namesake, p)) {
        // the reader matches a manifest's lines by file name: this file would get the outlet and date of another
        throw new InvalidInputException("manifest " + manifestPath + " lists " + e.file() + " of " + p.getParent()
            + ", but the file given is " + namesake + ", another file of the same name: a manifest describes the files"
            + " of its own folder; give the manifest of " + namesake.toAbsolutePath().normalize().getParent()
            + " (or none), or the files " + manifestPath + " lists");
      }
    }
    if (!m.entries().isEmpty() && notGiven.size() == m.entries().size() && !files.isEmpty()) {
      throw new InvalidInputException("manifest " + manifestPath + " lists none of the files given ("
          + files.get(0).getFileName() + (files.size() > 1 ? ", ..." : "") + "); give the manifest of these articles");
    }
    return List.copyOf(notGiven);
  }

  /**
   * The name of the file in {@code missing}'s folder nearest to its name (at most two letters changed, added or
   * removed: {@code bb.txt} for {@code b.txt}), if there is one.
   */
  static Optional<String> nearestName(Path missing) {
    Path folder = missing.toAbsolutePath().normalize().getParent();
    String name = missing.getFileName().toString();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
          .filter(n -> distance(n, name) <= 2)
          .min(Comparator.<String>comparingInt(n -> distance(n, name)).thenComparing(Comparator.naturalOrder()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(java.util.Locale.ROOT),
        b.toLowerCase(java.util.Locale.ROOT));
  }
}
