package dev.parallax.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our hand-made same-fact labels on BASIL events: for every sentence of each labelled article, which
 * sentences of the event's other articles report the same fact. Sentences are identified by file, number,
 * character span and a short hash of their text ({@link LabelSentences}); the labels hold no article text.
 *
 * <p>The stored form, {@code dev/parallax/bench/eval/basil-same-fact.tsv}, has three kinds of rows after
 * {@code #} comments:
 * <pre>
 * event     UUID  FILE_1  FILE_2  FILE_3
 * sentence  FILE  N  START  END  HASH
 * link      FILE_A  N_A  FILE_B  N_B
 * </pre>
 * It is generated from the editable group form {@code basil-same-fact-groups.txt} by this class's program
 * ({@code build DATA_DIR}, which prints the TSV) so that spans and hashes always come from the data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param events the labelled events, in file order
 */
public record BasilLabels(List<Event> events) {
  /** The class-path resource holding the labels. */
  public static final String RESOURCE = "basil-same-fact.tsv";
  /** The class-path resource holding the group form the labels are built from. */
  public static final String GROUPS = "basil-same-fact-groups.txt";

  /** Copies. */
  public BasilLabels {
    events = List.copyOf(events);
  }

  /**
   * One labelling sentence of one file.
   *
   * @param file the file name ({@code UUID_n.txt})
   * @param index its number in the file, from 1
   * @param start first char offset, inclusive
   * @param end last char offset, exclusive
   * @param hash the first 8 hex digits of the SHA-256 of its text
   */
  public record Sentence(String file, int index, int start, int end, String hash) {}

  /**
   * A same-fact link between sentences of two different files, stored with the smaller (file, index) first.
   *
   * @param fileA the first file
   * @param a the sentence number in {@code fileA}
   * @param fileB the second file
   * @param b the sentence number in {@code fileB}
   */
  public record Link(String fileA, int a, String fileB, int b) {
    /** The link between two sentences, in canonical order. */
    public static Link of(Sentence x, Sentence y) {
      if (x.file().equals(y.file())) {
        throw new IllegalArgumentException("a link joins two different files: " + x + ", " + y);
      }
      return x.file().compareTo(y.file()) < 0 ? new Link(x.file(), x.index(), y.file(), y.index())
          : new Link(y.file(), y.index(), x.file(), x.index());
    }
  }

  /**
   * One labelled event.
   *
   * @param id the event's UUID
   * @param files its article files, in order
   * @param sentences every labelling sentence of those files, by file then number
   * @param links the same-fact links; every other pair of sentences of different files is a non-link
   */
  public record Event(String id, List<String> files, List<Sentence> sentences, Set<Link> links) {
    /** Copies. */
    public Event {
      files = List.copyOf(files);
      sentences = List.copyOf(sentences);
      links = Set.copyOf(links);
    }

    /** The sentences of {@code file}, in order. */
    public List<Sentence> sentencesOf(String file) {
      return sentences.stream().filter(s -> s.file().equals(file)).toList();
    }

    /** Whether two sentences of different files are labelled the same fact. */
    public boolean linked(Sentence x, Sentence y) {
      return !x.file().equals(y.file()) && links.contains(Link.of(x, y));
    }

    /** The number of pairs of sentences of different files (links plus non-links). */
    public int crossPairs() {
      int total = 0;
      for (int i = 0; i < files.size(); i++) {
        for (int j = i + 1; j < files.size(); j++) {
          total += sentencesOf(files.get(i)).size() * sentencesOf(files.get(j)).size();
        }
      }
      return total;
    }
  }

  /** The labels shipped on the class path. */
  public static BasilLabels load() {
    return parse(resourceLines(RESOURCE));
  }

  /** Parses the TSV form; malformed rows are an {@link IllegalArgumentException} naming the line. */
  public static BasilLabels parse(List<String> lines) {
    Map<String, String[]> eventFiles = new LinkedHashMap<>();
    Map<String, String> eventOfFile = new LinkedHashMap<>();
    Map<String, List<Sentence>> sentences = new LinkedHashMap<>();
    Map<String, Set<Link>> links = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = "line " + (i + 1) + ": ";
      try {
        switch (f[0]) {
          case "event" -> {
            require(f.length >= 3, where + "an event row names its id and at least two files");
            String[] files = java.util.Arrays.copyOfRange(f, 2, f.length);
            require(eventFiles.put(f[1], files) == null, where + "event " + f[1] + " twice");
            for (String file : files) {
              require(eventOfFile.put(file, f[1]) == null, where + "file " + file + " in two events");
            }
            sentences.put(f[1], new ArrayList<>());
            links.put(f[1], new java.util.LinkedHashSet<>());
          }
          case "sentence" -> {
            require(f.length == 6, where + "a sentence row has 6 fields");
            String event = eventOfFile.get(f[1]);
            require(event != null, where + "file " + f[1] + " is in no event row above");
            List<Sentence> list = sentences.get(event);
            Sentence s = new Sentence(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]);
            require(s.start() >= 0 && s.end() > s.start(), where + "empty or negative span");
            require(s.hash().matches("[0-9a-f]{8}"), where + "hash is not 8 hex digits");
            long before = list.stream().filter(x -> x.file().equals(s.file())).count();
            require(s.index() == before + 1, where + "sentences of a file are numbered 1, 2, ... in order");
            list.add(s);
          }
          case "link" -> {
            require(f.length == 5, where + "a link row has 5 fields");
            String event = eventOfFile.get(f[1]);
            require(event != null && event.equals(eventOfFile.get(f[3])), where + "a link joins two files of one event");
            Sentence x = find(sentences.get(event), f[1], Integer.parseInt(f[2]), where);
            Sentence y = find(sentences.get(event), f[3], Integer.parseInt(f[4]), where);
            require(links.get(event).add(Link.of(x, y)), where + "duplicate link");
          }
          default -> throw new IllegalArgumentException(where + "unknown row kind '" + f[0] + "'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "not a number: " + e.getMessage(), e);
      }
    }
    List<Event> events = new ArrayList<>();
    for (Map.Entry<String, String[]> e : eventFiles.entrySet()) {
      events.add(new Event(e.getKey(), List.of(e.getValue()), sentences.get(e.getKey()), links.get(e.getKey())));
    }
    return new BasilLabels(events);
  }

  private static Sentence find(List<Sentence> list, String file, int index, String where) {
    return list.stream().filter(s -> s.file().equals(file) && s.index() == index).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(where + "no sentence " + index + " of " + file + " above"));
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Checks the labels of one event against the data folder: each file present, each sentence's span and
   * hash equal to what {@link LabelSentences} finds now. Returns the problems, empty when all is well.
   */
  public static List<String> check(Event event, Path dataDir) {
    List<String> problems = new ArrayList<>();
    for (String file : event.files()) {
      Path p = dataDir.resolve(file);
      if (!Files.isRegularFile(p)) {
        problems.add(file + ": missing");
        continue;
      }
      String text = LabelSentences.read(p);
      List<LabelSentences.Segment> now = LabelSentences.split(text);
      List<Sentence> labelled = event.sentencesOf(file);
      if (now.size() != labelled.size()) {
        problems.add(file + ": " + now.size() + " sentences now, " + labelled.size() + " labelled");
      }
      for (Sentence s : labelled) {
        if (s.end() > text.length()) {
          problems.add(file + " sentence " + s.index() + ": span past the end of the file");
        } else if (!LabelSentences.hash(text.substring(s.start(), s.end())).equals(s.hash())) {
          problems.add(file + " sentence " + s.index() + ": text changed (hash differs)");
        }
      }
    }
    return problems;
  }

  /**
   * Builds the TSV form from the group form and the data: every sentence of every event's files, and one
   * link per pair of sentences of different files that some group joins.
   */
  public static String build(List<String> groupLines, Path dataDir) {
    StringBuilder out = new StringBuilder();
    out.append("# BASIL same-fact labels (our own; no article text). Generated by\n")
        .append("#   java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.BasilLabels build ../shared/data/basil\n")
        .append("# from ").append(GROUPS).append("; see docs/alignment.md, \"BASIL development labels\".\n")
        .append("# event UUID FILES... | sentence FILE N START END SHA256[0:8] | link FILE_A N_A FILE_B N_B\n");
    String event = null;
    Map<String, List<LabelSentences.Segment>> segments = new LinkedHashMap<>();
    Set<String> eventLinks = new TreeSet<>();
    for (int i = 0; i <= groupLines.size(); i++) {
      String line = i < groupLines.size() ? groupLines.get(i).replaceAll("#.*", "").trim() : "event END";
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f[0].equals("event")) {
        if (event != null) {
          emit(out, event, segments, eventLinks);
        }
        if (f[1].equals("END")) {
          break;
        }
        event = f[1];
        segments = new LinkedHashMap<>();
        eventLinks = new TreeSet<>();
        for (int n = 1; n <= 3; n++) {
          String file = event + "_" + n + ".txt";
          segments.put(file, LabelSentences.split(LabelSentences.read(dataDir.resolve(file))));
        }
        continue;
      }
      if (event == null) {
        throw new IllegalArgumentException("group line " + (i + 1) + " before any event line");
      }
      for (int a = 0; a < f.length; a++) {
        for (int b = a + 1; b < f.length; b++) {
          int[] x = ref(f[a], segments, event, i);
          int[] y = ref(f[b], segments, event, i);
          if (x[0] != y[0]) {
            String fx = event + "_" + x[0] + ".txt";
            String fy = event + "_" + y[0] + ".txt";
            boolean xFirst = fx.compareTo(fy) < 0;
            eventLinks.add(xFirst ? key(fx, x[1], fy, y[1]) : key(fy, y[1], fx, x[1]));
          }
        }
      }
    }
    return out.toString();
  }

  private static String key(String fa, int a, String fb, int b) {
    // sortable: file names are of equal length within one event
    return String.format(java.util.Locale.ROOT, "%s\t%04d\t%s\t%04d", fa, a, fb, b);
  }

  private static int[] ref(String token, Map<String, List<LabelSentences.Segment>> segments, String event, int line) {
    String[] p = token.split("\\.");
    if (p.length != 2) {
      throw new IllegalArgumentException("group line " + (line + 1) + ": '" + token + "' is not ARTICLE.SENTENCE");
    }
    int article = Integer.parseInt(p[0]);
    int sentence = Integer.parseInt(p[1]);
    List<LabelSentences.Segment> s = segments.get(event + "_" + article + ".txt");
    if (s == null || sentence < 1 || sentence > s.size()) {
      throw new IllegalArgumentException("group line " + (line + 1) + ": no sentence " + token);
    }
    return new int[] {article, sentence};
  }

  private static void emit(StringBuilder out, String event, Map<String, List<LabelSentences.Segment>> segments,
      Set<String> links) {
    out.append("event\t").append(event);
    for (String file : segments.keySet()) {
      out.append('\t').append(file);
    }
    out.append('\n');
    for (Map.Entry<String, List<LabelSentences.Segment>> e : segments.entrySet()) {
      for (LabelSentences.Segment s : e.getValue()) {
        out.append("sentence\t").append(e.getKey()).append('\t').append(s.index()).append('\t').append(s.start())
            .append('\t').append(s.end()).append('\t').append(s.hash()).append('\n');
      }
    }
    for (String k : links) {
      String[] f = k.split("\t");
      out.append("link\t").append(f[0]).append('\t').append(Integer.parseInt(f[1])).append('\t').append(f[2])
          .append('\t').append(Integer.parseInt(f[3])).append('\n');
    }
  }

  static List<String> resourceLines(String name) {
    try (InputStream in = BasilLabels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code build DATA_DIR}: prints the TSV built from the group form on the class path (or from the file
   * given as a third argument).
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !args[0].equals("build")) {
      System.err.println("usage: BasilLabels build DATA_DIR [GROUPS_FILE]");
      System.exit(2);
    }
    List<String> groups = args.length > 2 ? Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)
        : resourceLines(GROUPS);
    System.out.print(build(groups, Path.of(args[1])));
  }
}
