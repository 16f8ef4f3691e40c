package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.corpus.BadLine;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventFindings;
import dev.parallax.corpus.EventResult;
import dev.parallax.corpus.EventSink;
import dev.parallax.corpus.JsonLinesArticles;
import dev.parallax.ingest.Article;
import dev.parallax.internal.RepeatedIds;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.ingest.Manifest;
import dev.parallax.internal.Names;
import dev.parallax.report.CorpusHtml;
import dev.parallax.report.CorpusJson;
import dev.parallax.report.HtmlReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax corpus}: find the events of a corpus, compare each, profile each outlet. Writes
 * {@code DIR/events.jsonl}, {@code DIR/outlets.json}, {@code DIR/index.html} and one side-by-side page per
 * compared event under {@code DIR/events/}; each event's result is kept under {@code DIR/.parts/} as soon as it
 * is done (with its page), so that a run stopped half way resumes where it stopped; the pages are written into
 * {@code DIR/events/} with the three files at the end, all or nothing, so a stopped run leaves the last complete run's
 * output whole.
 * An {@code --out} folder holding files of those names that the command did not write is refused
 * ({@link CorpusFolder}). When no event has two articles, the files are written and the exit code is 1. An input left
 * out, a feed's line that holds no article or a file a manifest lists that does not exist, is named on stderr, and the
 * run goes on without it, then exits 1 (as compare does with a file it cannot read). A part is kept under a key of its
 * event's articles as they stand (each one's id, outlet, date, title and text, and this build's identity: its version and a
 * digest of its code): a run on an input
 * changed since compares again the events whose articles changed (an article edited, a manifest's outlet or date
 * corrected, an article joining the event) and hands back the others, so adding a later batch to the inputs compares
 * only the events that are new or grew.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Find the events in a corpus, compare each event's articles, and profile each outlet across events.",
        "INPUT may be folders or files of articles (with a .tsv manifest), or JSON Lines feeds (one article per line:"
            + " id, outlet, published, url, title, text or html; named .jsonl, or any file whose first line is a JSON"
            + " object).",
        "Writes DIR/events.jsonl, DIR/outlets.json and DIR/index.html."
    })
final class CorpusCommand implements Callable<Integer> {
  /** Reads parts without Jackson's 20 MB cap on a string: an event of many articles has a larger report line. */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Folders or files of articles, or JSON Lines feeds.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "TSV", description = "Manifest with columns file, outlet, published.")
  Path manifest;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created if missing; the folder it is in must exist).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(names = "--keep-analyzed", paramLabel = "N", description =
      "Analyzed articles (about 100 KB each) kept from grouping to comparison (default: "
          + Corpus.DEFAULT_KEEP_ANALYZED + "); the others are analyzed again when their event is compared."
          + " Raise it to trade memory for speed; the results are the same.")
  Integer keepAnalyzed;

  @Option(names = "--ids-with-folder", description =
      "Name each article file by its folder and file name without extension (monday/1), not by its file name alone"
          + " (1): for folders whose files share names, such as a crawl's 1.html in each. Feeds keep their ids.")
  boolean idsWithFolder;

  @Option(names = "--batch-end", paramLabel = "DATE", split = ",", converter = DateConverter.class, description =
      "Group the articles up to DATE (yyyy-mm-dd) before any later one, weighing their words by the articles up to"
          + " DATE alone, so that later articles cannot change their events. A run also keeps its last day in DIR and"
          + " the next run into DIR ends a batch there: adding a later batch to the inputs leaves the earlier events as"
          + " they were.")
  List<LocalDate> batchEnds = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress messages on standard error.")
  boolean quiet;

  /** The files the manifests list that do not exist, each with why: left out, they make the exit status 1. */
  private final List<String> missing = new ArrayList<>();

  /** The files named on the command line that do not exist, each with why: left out, they make the exit status 1. */
  private final List<String> absent = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // The command line and the output folder are checked before any article is read.
    if (inputs.isEmpty() && manifest == null) {
      throw new ParameterException(spec.commandLine(), "no articles given: name folders, article files or .jsonl files");
    }
    if (inputs.contains(Path.of("-"))) {
      throw new ParameterException(spec.commandLine(), "-: articles are not read from standard input; inputs must be"
          + " files or folders: save the articles to files, or the feed to a .jsonl file, and name it");
    }
    // a value out of range is a wrong command line, like an unknown option: exit 2, not 1 (bad input)
    if (keepAnalyzed != null && keepAnalyzed < 0) {
      throw new OptionValueException("--keep-analyzed must be at least 0, got " + keepAnalyzed);
    }
    if (threads != null && threads < 1) {
      throw new OptionValueException("--threads must be at least 1, got " + threads);
    }
    CorpusFolder.requireUsable(out);
    // one run at a time per folder: a second would mix its files with the first's and take its temporary files for
    // leftovers to delete; the inputs are checked first, so that a refused run creates nothing
    Sources sources = new Sources();
    List<BadLine> badLines = new ArrayList<>();
    List<Article> articles = read(err, sources, badLines);
    CorpusLock hold = CorpusLock.take(out);
    int code;
    StopNote note = new StopNote(err, out.resolve(".parts"));
    Thread hook = new Thread(note, "parallax-stop-note");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean ended = false;
    try {
      // The pages to remove if this run has not their event are listed again under the hold: listed before it, they
      // would miss the pages of a run that ended while this one read its inputs (and leave them behind, stale).
      Set<Path> oldPages = CorpusFolder.requireUsable(out);
      code = run(err, oldPages, articles, sources, badLines, note);
      ended = true;
    } finally {
      if (ended) {
        note.finish();   // a signal that comes now finds the run over: nothing to say
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);   // a run that ended or failed on its own says nothing more
      } catch (IllegalStateException e) {
        // the JVM is shutting down (the run failed because it was stopped): the hook says what was kept
      }
      if (ended) {
        hold.closeAndRemove();   // a clean end leaves no lock file behind
      } else {
        hold.close();
      }
    }
    if (badLines.isEmpty() && missing.isEmpty() && absent.isEmpty()) {
      return code;
    }
    // the run went on without them, as the Spark job does; the exit status says that the input was not all read (one
    // rule with compare: an input asked for and left out, a feed's line or a manifest's file, makes it 1)
    List<String> leftOut = new ArrayList<>();
    if (!badLines.isEmpty()) {
      leftOut.add(count(badLines.size(), "line") + " of the input skipped (named above)");
    }
    if (!absent.isEmpty()) {
      leftOut.add(count(absent.size(), "file") + " named left out (" + String.join(", ", absent) + ")");
    }
    if (!missing.isEmpty()) {
      leftOut.add(count(missing.size(), "file") + " a manifest lists left out (" + String.join(", ", missing) + ")");
    }
    err.println("parallax: " + ErrorHandler.oneLine(String.join("; ", leftOut) + "; the other articles' events are"
        + " written to " + out));
    err.flush();
    return Main.EXIT_BAD_INPUT;
  }

  /** How many of a feed's broken lines stderr names one by one. */
  private static final int NAMED_BAD_LINES = 5;

  /**
   * Names a feed's broken lines on stderr (the first few), even with --quiet: they make the exit status 1, or, when
   * {@code stops} (a line repeats an id), the run stops after them. Each is one
   * line with its controls escaped, as an error line is ({@link ErrorHandler#oneLine}): a reason quotes the line's own
   * id, which may hold a line break or a terminal's escape sequence.
   */
  private static void tellBadLines(PrintWriter err, Path feed, List<BadLine> bad, boolean stops) {
    err.println("parallax: " + ErrorHandler.oneLine(stops
        ? feed + ": " + count(bad.size(), "line") + " that " + (bad.size() == 1 ? "holds" : "hold")
            + " no article or " + (bad.size() == 1 ? "repeats" : "repeat") + " an earlier line's id; the run stops"
        : feed + ": skipped " + count(bad.size(), "line") + " that "
        + (bad.size() == 1 ? "holds" : "hold") + " no article (not counted as articles; the run goes on without "
        + (bad.size() == 1 ? "it" : "them") + ")"));
    for (BadLine b : bad.subList(0, Math.min(NAMED_BAD_LINES, bad.size()))) {
      err.println("  " + ErrorHandler.oneLine(b.where() + ": " + b.reason()));
    }
    if (bad.size() > NAMED_BAD_LINES) {
      err.println("  and " + count(bad.size() - NAMED_BAD_LINES, "more line"));
    }
    err.flush();
  }

  /**
   * Names a feed's lines that repeat an earlier line's article field for field (the first few), even with --quiet: each
   * article is read once, and the exit status is not changed by them, since nothing is lost.
   */
  private static void tellCopies(PrintWriter err, Path feed, List<BadLine> copies) {
    err.println("parallax: " + ErrorHandler.oneLine(RepeatedIds.copiesHeading(feed.toString(), copies.size(), "line")));
    for (BadLine b : copies.subList(0, Math.min(NAMED_BAD_LINES, copies.size()))) {
      err.println("  " + ErrorHandler.oneLine(b.where() + ": " + b.reason()));
    }
    if (copies.size() > NAMED_BAD_LINES) {
      err.println("  and " + count(copies.size() - NAMED_BAD_LINES, "more line"));
    }
    err.flush();
  }

  /**
   * The one line a run stopped by a signal (Ctrl-C, SIGTERM) prints on standard error as the JVM shuts down: how many
   * compared events its resume cache keeps and that running the same command again resumes from them. It writes to
   * standard error only, never to the output folder, so it cannot spoil a file; a run that ended, however it ended,
   * prints nothing. Its counts are set by the thread that compares and read by the shutdown hook.
   */
  static final class StopNote implements Runnable {
    private final PrintWriter err;
    private final Path parts;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile int kept;
    private volatile int earlier;

    StopNote(PrintWriter err, Path parts) {
      this.err = err;
      this.parts = parts;
    }

    /** The compared events kept so far, {@code earlier} of them by an earlier run. */
    void kept(int kept, int earlier) {
      this.kept = kept;
      this.earlier = earlier;
    }

    /** The run ended: the hook prints nothing. */
    void finish() {
      finished.set(true);
    }

    /** The line, as a stopped run prints it. */
    String line() {
      int k = kept;
      int e = earlier;
      return "parallax: stopped: " + count(k, "compared event") + " kept in " + ErrorHandler.oneLine(parts.toString())
          + (e > 0 ? " (" + e + " of them from an earlier run)" : "")
          + "; run the same command again to resume from them";
    }

    @Override
    public void run() {
      if (!finished.get()) {
        err.println(line());
        err.flush();
      }
    }
  }

  /** The run itself, holding the output folder. */
  private int run(PrintWriter err, Set<Path> oldPages, List<Article> articles, Sources sources,
      List<BadLine> badLines, StopNote stopNote) {
    int leftovers = CorpusFolder.removeLeftovers(out);
    if (leftovers > 0) {
      progress(err, "removed " + count(leftovers, "temporary file") + " an earlier run stopped half way left in " + out);
    }
    PartKeys inputKey = new PartKeys(articles, Version.build());
    Path parts = out.resolve(".parts");
    try {
      Files.createDirectories(parts);
    } catch (IOException e) {
      throw new InvalidInputException(out + ": cannot create the output folder (" + Outputs.reason(e) + ")", e);
    }
    progress(err, "read " + count(articles.size(), "article") + "; loading language models");
    Corpus.Builder builder = Corpus.builder(Parallax.create());
    if (threads != null) {
      builder.threads(threads);
    }
    if (keepAnalyzed != null) {
      builder.keepAnalyzed(keepAnalyzed);
    }
    TreeSet<LocalDate> ends = new TreeSet<>(batchEnds);
    List<LocalDate> earlier = readBatchEnds(parts);
    ends.addAll(earlier);
    builder.batchEnds(List.copyOf(ends));
    if (!earlier.isEmpty() && inputKey.lastDay().filter(d -> d.isAfter(earlier.get(earlier.size() - 1))).isPresent()) {
      progress(err, "articles up to " + earlier.get(earlier.size() - 1) + " are grouped as the earlier run in " + out
          + " grouped them; the later ones after them");
    }
    // a date years after the rest (2099 typed for 2024) is taken as given: named with its line, as an unread one is
    Set<String> leftOut = new HashSet<>();
    badLines.forEach(b -> leftOut.add(b.where()));
    FarDates.note(FarDates.of(inputKey.days(), ends.isEmpty() ? Optional.empty() : Optional.of(ends.last())),
        sources.feeds, leftOut).ifPresent(note -> progress(err, note));
    Corpus corpus = builder.build();
    // the earlier run's events, read before this run writes its own over them, to say which late article joined one
    Map<String, LateArticles.Earlier> earlierEvents = earlier.isEmpty() ? Map.of() : LateArticles.earlierEvents(out);
    Sink sink = new Sink(parts, inputKey, err, stopNote);
    CorpusReport report = corpus.run(articles, sink);
    if (!earlier.isEmpty()) {
      LateArticles.note(report.events(), earlierEvents, inputKey::day, earlier.get(earlier.size() - 1), out)
          .ifPresent(note -> progress(err, note));
    }
    // This run's pages are kept in its parts until the end, then written with the three files, all or nothing: a
    // run stopped half way leaves the last run's index, events and pages whole and matching.
    List<Outputs.Target> pages = pages(parts, out.resolve(CorpusFolder.PAGES), inputKey, report.events());
    Set<Path> written = new HashSet<>();
    pages.forEach(t -> written.add(Path.of(t.given())));
    StringWriter summary = new StringWriter();
    CorpusJson.writeSummary(report, summary);
    String index = CorpusHtml.render(report, e -> written.contains(page(out.resolve(CorpusFolder.PAGES), e))
        ? "events/" + e.id() + ".html" : null);
    List<Outputs.Target> targets = new ArrayList<>(pages);
    targets.addAll(List.of(
        // Line by line from the parts: the events' reports are never all in memory at once.
        new Outputs.Target(out.resolve("events.jsonl").toString(), w -> {
          for (CorpusEvent e : report.events()) {
            w.write(e.size() > 1 ? readPart(part(parts, inputKey, e)).get("line").asText()
                : CorpusJson.eventLine(e, Optional.empty(), Optional.empty()));
          }
        }),
        new Outputs.Target(out.resolve("outlets.json").toString(), summary.toString()),
        new Outputs.Target(out.resolve("index.html").toString(), index)));
    Outputs.writeAll(targets);
    inputKey.lastDay().ifPresent(ends::add);
    writeBatchEnds(parts, ends);
    CorpusFolder.removeStalePages(oldPages, written);   // pages of events the new corpus does not have
    removeStaleParts(parts, inputKey, report.events());
    Set<String> skippedLines = new HashSet<>();
    badLines.forEach(b -> skippedLines.add(b.where()));
    report.undatedNotice().ifPresent(note -> progress(err, note)); // as the cluster engine says it
    MissingOutlets.ofCorpus(report, ids -> outletGiven(ids, sources, this::idOf, skippedLines))
        .ifPresent(note -> progress(err, note));
    OutletSpellings.of(MissingOutlets.outletsOf(report)).ifPresent(note -> progress(err, note));
    String skipped = report.skipped().isEmpty() ? ""
        : ", " + count(report.skipped().size(), "article") + " skipped (listed in outlets.json)";
    if (report.comparedEvents() == 0) {
      // as compare does with fewer than two articles: the files say what was found, the exit code that nothing was compared
      throw new InvalidInputException("nothing compared: no event has two articles (" + count(report.articles(), "article")
          + " read, " + count(report.events().size(), "event") + " of one article" + skipped + "); " + out
          + " lists them");
    }
    progress(err, count(report.events().size(), "event") + " (" + report.comparedEvents() + " compared)" + skipped
        + " written to " + out);
    return 0;
  }

  /**
   * A test hook, never set in use: with this system property naming a file
   * ({@code -Dparallax.test.holdAfterFirstPart=/tmp/held}), a run that has written and counted the part of its first
   * compared event creates that file and waits until it is stopped, so that a test stops it half way however fast or
   * loaded the machine is. (The part's file alone appears before the run counts it, so a test that waited for it could
   * stop the run between the two.)
   */
  static final String HOLD_AFTER_FIRST_PART = "parallax.test.holdAfterFirstPart";

  /** Says it holds, then waits until the process is stopped ({@link #HOLD_AFTER_FIRST_PART}); an interrupt ends it. */
  private static void holdUntilStopped(String signal) {
    try {
      Files.writeString(Path.of(signal), "holding");
      new CountDownLatch(1).await();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where a run keeps the last days of the batches it grouped, one date a line, for the next run into the folder. */
  static final String BATCH_ENDS = "batch-ends.txt";

  /** The batch ends an earlier complete run kept in {@code parts}, ascending; empty when there is none. */
  static List<LocalDate> readBatchEnds(Path parts) {
    Path f = parts.resolve(BATCH_ENDS);
    if (!Files.isRegularFile(f)) {
      return List.of();
    }
    Set<LocalDate> out = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(LocalDate.parse(line.strip()));
        }
      }
    } catch (IOException | java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(f + ": cannot read the batch ends of the earlier run (" + e.getMessage()
          + "); delete the file to group the inputs as one batch", e);
    }
    return List.copyOf(out);
  }

  /** Keeps {@code ends} in {@code parts} for the next run: written to a temporary file, then moved over the old one. */
  private static void writeBatchEnds(Path parts, Set<LocalDate> ends) {
    StringBuilder text = new StringBuilder();
    ends.forEach(d -> text.append(d).append('\n'));
    Outputs.writeAtomically(parts.resolve(BATCH_ENDS), text.toString());
  }

  /**
   * The page of each compared event, kept in its part, to write into {@code pages}: the pages of the events resumed
   * from an earlier run as well as those compared now. Each page is read from its part when it is written.
   */
  private static List<Outputs.Target> pages(Path parts, Path pages, PartKeys inputKey, List<CorpusEvent> events) {
    try {
      Files.createDirectories(pages);
    } catch (IOException e) {
      throw new InvalidInputException(pages + ": cannot create the folder (" + Outputs.reason(e) + ")", e);
    }
    List<Outputs.Target> targets = new ArrayList<>();
    for (CorpusEvent e : events) {
      Path part = part(parts, inputKey, e);
      if (e.size() > 1 && Files.isRegularFile(part) && readPart(part).hasNonNull("page")) {
        targets.add(new Outputs.Target(page(pages, e).toString(), w -> w.write(readPart(part).get("page").asText())));
      }
    }
    return targets;
  }

  /** "1 article", "2 articles". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Deletes the parts of earlier runs that this run's events do not use (an older input's, or another grouping's). */
  private static void removeStaleParts(Path parts, PartKeys inputKey, List<CorpusEvent> events) {
    Set<Path> current = new HashSet<>();
    for (CorpusEvent e : events) {
      current.add(part(parts, inputKey, e));
    }
    try (Stream<Path> files = Files.list(parts)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".json") && !current.contains(f)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(parts + ": cannot remove the parts of an earlier run (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The articles of the inputs; adds every file they are read from to {@code sources}, as the feed, manifest or article
   * file it was read as, and each feed line that holds no article to {@code badLines} (named on stderr, and left out).
   */
  private List<Article> read(PrintWriter err, Sources sources, List<BadLine> badLines) {
    List<Path> jsonl = new ArrayList<>();
    List<Path> other = new ArrayList<>();
    for (Path p : inputs) {
      // a feed is known by its content (feed.json, feed.ndjson) as well as by its name
      if (NotAnArticle.jsonLinesFeed(p)) {
        jsonl.add(p);
      } else if (Files.isRegularFile(p) && NotAnArticle.namedAsJson(p) && NotAnArticle.parallaxReport(p).isEmpty()) {
        throw new InvalidInputException(p + ": JSON, but not a JSON Lines feed (its first line is not an object such as"
            + " {\"id\": ...}); corpus reads JSON only as one article per line: id, outlet, published, title, text or html");
      } else {
        other.add(p);
      }
    }
    // Each input is read once here to check it, then again on demand: the articles' text is not held.
    List<List<Article>> parts = new ArrayList<>();
    for (Path p : jsonl) {
      if (!Files.isRegularFile(p)) {
        throw new InvalidInputException(p + ": no such file");
      }
      List<BadLine> bad = new ArrayList<>();
      List<BadLine> copies = new ArrayList<>();
      List<BadLine> unreadDates = new ArrayList<>();
      List<Article> feed;
      try {
        feed = JsonLinesArticles.onDemand(p, bad::add, copies::add, unreadDates::add);
      } catch (InvalidInputException stopped) {
        // an id given twice stops the run (which line is that article?), after every bad line is named: one run tells
        // all that is wrong with the feed
        if (!bad.isEmpty()) {
          tellBadLines(err, p, bad, true);
        }
        throw stopped;
      }
      if (!copies.isEmpty()) {
        tellCopies(err, p, copies);
      }
      if (!bad.isEmpty()) {
        tellBadLines(err, p, bad, false);
        badLines.addAll(bad);
      }
      unreadDatesNote(p.toString(), unreadDates.stream().map(b -> "line " + b.line() + ": " + b.reason()).toList())
          .ifPresent(note -> progress(err, note));
      if (feed.isEmpty() && bad.isEmpty()) {
        throw new InvalidInputException(p + ": empty, no article in it (a .jsonl feed has one JSON object per line:"
            + " id, outlet, published, title, text or html)");
      }
      parts.add(feed);
      sources.feeds.add(p);
      givenEvents(p, true).ifPresent(note -> progress(err, note));
    }
    // Without --manifest, each folder is read with its own manifest (a corpus is often several folders), and so are
    // the files named one by one: those of one folder (its manifest among them, or the manifest alone) make a group, so
    // that "data/*/MANIFEST.tsv" or "monday/* tuesday/*" read each folder's articles with that folder's manifest.
    List<List<Path>> groups = new ArrayList<>();
    if (manifest != null) {
      groups.add(other);
    } else {
      Map<Path, List<Path>> looseByFolder = new LinkedHashMap<>();
      for (Path p : other) {
        if (Files.isDirectory(p)) {
          groups.add(List.of(p));
        } else {
          Path folder = p.toAbsolutePath().normalize().getParent();
          looseByFolder.computeIfAbsent(folder == null ? Path.of("") : folder, f -> new ArrayList<>()).add(p);
        }
      }
      groups.addAll(looseByFolder.values());
    }
    for (List<Path> group : groups) {
      // a manifest's date that cannot be read leaves its article undated, named here, as a feed line's does
      Inputs files = Inputs.resolve(group, manifest, Manifest.BadDates.READ_AS_UNKNOWN);
      files.skippedNote().ifPresent(note -> tell(err, note));   // even with --quiet: a file given and not read
      files.notGivenNote().ifPresent(note -> progress(err, note));
      files.unlistedNote().ifPresent(note -> progress(err, note));
      missing.addAll(files.missing());
      absent.addAll(files.absent());
      Optional<Manifest> read = files.manifest().map(m -> Manifest.read(m, Manifest.BadDates.READ_AS_UNKNOWN));
      read.flatMap(CorpusCommand::unreadDatesNote).ifPresent(note -> progress(err, note));
      ArticleReader reader = read.map(ArticleReader.create()::manifest).orElseGet(ArticleReader::create);
      parts.add(OnDemandArticles.files(reader, files.articles(), this::idOf));
      files.manifest().ifPresent(sources.manifests::add);
      files.manifest().flatMap(m -> givenEvents(m, false)).ifPresent(note -> progress(err, note));
      sources.articleFiles.addAll(files.articles());
    }
    requireDistinctIds(sources, this::idOf, idsWithFolder
        ? "rename one (with --ids-with-folder an article's id is its folder's name and its file name without extension)"
        : "rename one, or name each article by its folder and file with --ids-with-folder (monday/1)"
            + " (an article's id is its file name without extension)");
    List<Article> articles = OnDemandArticles.concat(parts);
    if (articles.isEmpty() && !badLines.isEmpty()) {
      throw new InvalidInputException("no article could be read: every line of the input holds none (named above; a line"
          + " needs \"id\" and \"text\" or \"html\")");
    }
    if (articles.isEmpty() && !absent.isEmpty()) {
      throw new InvalidInputException("no article could be read: left out " + String.join(", ", absent));
    }
    if (articles.isEmpty()) {
      throw new InvalidInputException("no articles given: name folders, article files or .jsonl files");
    }
    return articles;
  }

  /**
   * A note naming a manifest's rows whose date could not be read, their articles kept undated: "manifest
   * MANIFEST.tsv line 3: published '06/04/2026' does not start with a YYYY-MM-DD date, the one form a manifest takes
   * (write 2026-04-06): its article is kept, undated". The first {@value #UNREAD_DATES_SHOWN} rows are named, then
   * "(and N more lines)". Empty when every date was read. The run's undated notice counts these articles with the
   * others.
   */
  static Optional<String> unreadDatesNote(Manifest manifest) {
    return unreadDatesNote("manifest " + Names.quote(manifest.source().toString()), manifest.unreadDates());
  }

  /**
   * A note naming the {@code rows} of {@code source} whose date could not be read ("line 3: published ..."), as
   * {@link #unreadDatesNote(Manifest)} words it: a feed's lines are named so too ("feed.jsonl line 10: published
   * '18/10/2021' is not a YYYY-MM-DD date (write 2021-10-18): its article is kept, undated").
   */
  static Optional<String> unreadDatesNote(String source, List<String> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int more = rows.size() - UNREAD_DATES_SHOWN;
    return Optional.of(source + " "
        + String.join("; ", rows.subList(0, Math.min(rows.size(), UNREAD_DATES_SHOWN)))
        + (more > 0 ? " (and " + more + " more line" + (more == 1 ? "" : "s") + ")" : "") + ": "
        + (rows.size() == 1 ? "its article is" : "their articles are") + " kept, undated");
  }

  /** How many of a manifest's rows with an unreadable date {@link #unreadDatesNote} names. */
  static final int UNREAD_DATES_SHOWN = 5;

  /**
   * The files a run reads its articles from, each under the kind reading took it for (a feed, a manifest, an article
   * file), so that no later step guesses it again from its name or content: a manifest named {@code sources.txt}, given
   * with {@code --manifest}, is a manifest throughout. Holds one run's lists; not thread-safe.
   */
  static final class Sources {
    final List<Path> feeds = new ArrayList<>();
    final List<Path> manifests = new ArrayList<>();
    final List<Path> articleFiles = new ArrayList<>();
  }

  /**
   * Hands each line of the feed {@code p} that holds a JSON object to {@code each}, with its number, read again as the
   * run counts lines ({@code \n}, {@code \r} or {@code \r\n}); blank lines, lines that are no JSON and the lines the
   * run left out ({@code skippedLines}, each as {@link BadLine#where()} names it) are passed over. A line that is not
   * UTF-8 is read with replacement characters, not refused: the run left it out already.
   */
  static void feedLines(Path p, Set<String> skippedLines, BiConsumer<Integer, JsonNode> each) {
    try (var lines = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || skippedLines.contains(p + ":" + number)) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
        } catch (JsonProcessingException broken) {
          continue;   // a line that holds no article, left out of the run and named at its start
        }
        each.accept(number, node);
      }
    } catch (IOException e) {
      throw new InvalidInputException(p + ": cannot read (" + Outputs.reason(e) + ")", e);
    }
  }

  /**
   * Which of {@code ids} the input gives an outlet, read again from the {@code sources}: a manifest's line with an
   * outlet cell, a feed's line with an {@code "outlet"}. An article whose outlet is written as its id is then told
   * from one given no outlet, which {@link Article#outlet()} alone cannot tell. Article files are named by {@code idOf};
   * the feed lines the run left out ({@code skippedLines}, each as {@link BadLine#where()} names it) are passed over:
   * such a line is no article, so an outlet it gives is not the outlet of a later line's article of the same id.
   */
  static Set<String> outletGiven(Set<String> ids, Sources sources, Function<Path, String> idOf,
      Set<String> skippedLines) {
    Set<String> given = new HashSet<>();
    for (Path p : sources.feeds) {
      feedLines(p, skippedLines, (number, node) -> {
        String id = node.path("id").asText("");
        if (ids.contains(id) && !node.path("outlet").asText("").isBlank()) {
          given.add(id);
        }
      });
    }
    for (Path p : sources.manifests) {
      Manifest m = Manifest.read(p, Manifest.BadDates.READ_AS_UNKNOWN);
      for (Manifest.Entry e : m.entries()) {
        String id = idOf.apply(m.folder().resolve(e.file()));
        if (ids.contains(id) && !e.outlet().isBlank()) {
          given.add(id);
        }
      }
    }
    return given;
  }

  /**
   * A note when any of a feed's articles has an {@code event} field, or a manifest's header an {@code event} column:
   * corpus mode finds the events itself and does not read them, which a user with labelled events must be told rather
   * than find out from the output. Empty when there is none; a line that cannot be read is passed over (the run says
   * why).
   */
  static Optional<String> givenEvents(Path source, boolean feed) {
    // a line that is not UTF-8 is read with replacement characters, as outletGiven reads it: the run names it already
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(source), StandardCharsets.UTF_8));
        Stream<String> lines = in.lines()) {
      boolean given = feed
          // only a line that names the field is parsed: a large feed is not parsed twice
          ? lines.filter(l -> l.contains("\"event\"")).anyMatch(CorpusCommand::hasEventField)
          : lines.filter(l -> !l.isBlank()).findFirst()
              .filter(header -> List.of(header.replace("\uFEFF", "").split("\t", -1)).stream()
                  .anyMatch(c -> c.strip().equalsIgnoreCase("event"))).isPresent();
      return given ? Optional.of(source + ": its " + (feed ? "\"event\" field is" : "\"event\" column is")
          + " not read: corpus mode finds the events itself and groups these articles like any others") : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a feed's line is a JSON object with an {@code event} field; false when it is no JSON object. */
  private static boolean hasEventField(String line) {
    try {
      return MAPPER.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line).has("event");
    } catch (JsonProcessingException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Refuses two article files that would share an id (a crawl's folders each with its {@code 1.html}) before any
   * work, naming both, as {@code compare} does: the corpus run alone can only say that an id comes twice.
   */
  private static void requireDistinctIds(Sources sources, Function<Path, String> idOf, String remedy) {
    ArticleIds ids = new ArticleIds(idOf, remedy);
    for (Path p : sources.articleFiles) {
      if (p.getFileName() != null) {
        ids.add(p);
      }
    }
  }

  /**
   * The id of an article file: its file name without extension ({@link ArticleReader#idOf}), or with
   * {@code --ids-with-folder} its folder's name, a slash and that ({@code monday/1.txt} is {@code monday/1}).
   */
  String idOf(Path file) {
    String id = ArticleReader.idOf(file);
    if (!idsWithFolder) {
      return id;
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    return folder == null || folder.getFileName() == null ? id : folder.getFileName() + "/" + id;
  }

  /** Prints a line about the inputs, even with --quiet: a file given and not read is not progress. */
  private static void tell(PrintWriter err, String message) {
    err.println("parallax: " + ErrorHandler.oneLine(message));
    err.flush();
  }

  private void progress(PrintWriter err, String message) {
    if (!quiet) {
      // a message names the user's paths, which may hold a line break or a terminal's escape sequence
      err.println("parallax: " + ErrorHandler.oneLine(message));
      err.flush();
    }
  }

  /**
   * An event's part file: named after its id and a hash of its articles as read ({@link PartKeys}), so that a changed
   * grouping, or an article changed since (its text, title, outlet or date), is compared again, while an event whose
   * articles are the same is handed back whatever else the input holds (a later batch added to it).
   */
  static Path part(Path parts, PartKeys keys, CorpusEvent e) {
    return parts.resolve(e.id() + "-" + keys.of(e) + ".json");
  }

  /**
   * What identifies each article as it stands: a hash of its id, outlet, date, title and text, as the input gives
   * them now. Read once, when the run starts; an event's key is this build's identity ({@link Version#build()}: its
   * version and a digest of its code and libraries, so that a later build of the same snapshot version compares again) and its
   * articles' hashes. Holds a hash (and its day) per article. Not thread-safe: used by the run's caller thread and its sink, one after another.
   */
  static final class PartKeys {
    private final Map<String, String> articles = new HashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private LocalDate lastDay;
    private final String build;

    /** The keys of {@code input}'s events as {@code build} ({@link Version#build()}) compares them. */
    PartKeys(List<Article> input, String build) {
      this.build = build;
      for (Article a : input) {
        if (a.published().isPresent() && (lastDay == null || a.published().get().isAfter(lastDay))) {
          lastDay = a.published().get();
        }
        a.published().ifPresent(d -> days.put(a.id(), d));
        String fields = a.id() + "\u0000" + a.outlet() + "\u0000" + a.published().map(Object::toString).orElse("")
            + "\u0000" + a.title() + "\u0000" + a.text();
        articles.put(a.id(), Hashing.sha256().hashString(fields, StandardCharsets.UTF_8).toString().substring(0, 16));
      }
    }

    /** The day of the article {@code id}; empty when it has none or is not in the input. */
    Optional<LocalDate> day(String id) {
      return Optional.ofNullable(days.get(id));
    }

    /** Each dated article's day, by id. */
    Map<String, LocalDate> days() {
      return Collections.unmodifiableMap(days);
    }

    /** The day of the latest dated article; empty when none is dated. */
    Optional<LocalDate> lastDay() {
      return Optional.ofNullable(lastDay);
    }

    /** The key of an event's part: 16 hexadecimal digits of a hash of this build's identity and its articles. */
    String of(CorpusEvent e) {
      StringBuilder key = new StringBuilder(build);
      for (String id : e.articles()) {
        key.append('\n').append(id).append('\t').append(articles.get(id));
      }
      return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
  }

  static Path page(Path pages, CorpusEvent e) {
    return pages.resolve(e.id() + ".html");
  }

  static ObjectNode readPart(Path file) {
    try {
      return (ObjectNode) MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes each compared event's part and page as soon as it is done, and hands back the parts of an earlier run. */
  private final class Sink implements EventSink {
    private final Path parts;
    private final PartKeys inputKey;
    private final PrintWriter err;
    private int done;
    private int total;
    private int compared; // events of two articles or more, compared now or in an earlier run
    private int resumed;

    private final StopNote note;

    Sink(Path parts, PartKeys inputKey, PrintWriter err, StopNote note) {
      this.parts = parts;
      this.inputKey = inputKey;
      this.err = err;
      this.note = note;
    }

    @Override
    public Optional<EventFindings> resume(CorpusEvent event) {
      Path p = part(parts, inputKey, event);
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      try {
        ObjectNode part = readPart(p);
        if (!part.has("page")) {
          return Optional.empty();   // a part of an older build, which kept its page elsewhere: compared again
        }
        return Optional.of(MAPPER.treeToValue(part.get("findings"), EventFindings.class));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();   // a damaged part is recomputed
      }
    }

    @Override
    public void analyzed(int n, int of) {
      if (n % 1000 == 0 || n == of) {
        progress(err, "analyzed " + n + "/" + of + " articles");
      }
    }

    @Override
    public void grouped(int events) {
      total = events;
      progress(err, count(events, "event") + " found; comparing");
    }

    @Override
    public void accept(EventResult r) {
      done++;
      if (r.event().size() > 1) {
        compared++;
        if (r.comparison().isEmpty() && r.error().isEmpty()) {
          resumed++;
        }
      }
      if (r.comparison().isPresent() || r.error().isPresent()) {
        String report = r.comparison().map(CorpusJson::compactReport).orElse(null);
        ObjectNode node = MAPPER.createObjectNode();
        node.put("line", CorpusJson.eventLine(r.event(), Optional.ofNullable(report), r.error()));
        node.set("findings", MAPPER.valueToTree(r.findings()));
        // the page names the event as the index and events.jsonl do (by its earliest headline), says its id and
        // links back to the index, one folder up; it is written with the index at the end of the run
        node.put("page", r.comparison().map(c -> HtmlReport.render(c, r.event(), "../index.html")).orElse(null));
        try {
          Outputs.writeAtomically(part(parts, inputKey, r.event()), MAPPER.writeValueAsString(node));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (r.event().size() > 1) {
        note.kept(compared, resumed);   // its part is written (or was, by an earlier run): a stop keeps it
        String holdSignal = System.getProperty(HOLD_AFTER_FIRST_PART);
        if (compared > resumed && holdSignal != null) {
          holdUntilStopped(holdSignal);
        }
      }
      if (done % 100 == 0 || done == total) {
        progress(err, done + "/" + total + " events done: " + compared + " compared"
            + (resumed == 0 ? "" : " (" + resumed + " in an earlier run)") + ", " + (done - compared) + " of one article");
      }
    }
  }
}
