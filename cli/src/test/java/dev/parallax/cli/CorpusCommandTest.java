package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.corpus.EventIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax corpus}: a small corpus in, events, profiles and pages out; a second run resumes. */
class CorpusCommandTest {
  /** The pages of the test corpus's two compared events, named after their earliest articles. */
  private static final String FIRE = EventIds.of("fire-herald") + ".html";
  private static final String TRAM = EventIds.of("tram-gazette") + ".html";
  private static final Path CORPUS = Path.of("..", "core", "src", "test", "resources", "corpus");

  @Test
  void writesEventsProfilesAndIndex(@TempDir Path out) throws Exception {
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString(), CliRun.SEEDS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("events.jsonl"));
    assertThat(lines).hasSize(5);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"articles\":[\"fire-herald\",\"fire-courier\"]")
        .contains("\"schema\":\"parallax-report/1\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"articles\":[\"fire-other-city\"]").endsWith("\"report\":null}"));
    assertThat(Files.readString(out.resolve("outlets.json"))).contains("\"schema\" : \"parallax-corpus/1\"");
    assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"events/e");
    try (Stream<Path> pages = Files.list(out.resolve("events"))) {
      assertThat(pages.count()).isEqualTo(3);
    }
    try (Stream<Path> files = Files.list(out)) {   // the reports were written through temporary files: none is left
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("events.jsonl", "outlets.json", "index.html", "events", ".parts");
    }
  }

  @Test
  void aSecondRunResumesAndWritesTheSameFiles(@TempDir Path out) throws Exception {
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code()).isZero();
    String events = Files.readString(out.resolve("events.jsonl"));
    String outlets = Files.readString(out.resolve("outlets.json"));
    CliRun again = CliRun.of("corpus", "--out", out.toString(), CORPUS.toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("events found");
    assertThat(Files.readString(out.resolve("events.jsonl"))).isEqualTo(events);
    assertThat(Files.readString(out.resolve("outlets.json"))).isEqualTo(outlets);
  }

  @Test
  void anEventsPageSaysWhichEventItIsAndLinksBackToTheIndex(@TempDir Path out) throws Exception {
    // a figure of the index opens to its events; each event's page says which one it is and leads back
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> pages = Files.list(out.resolve("events"))) {
      for (Path page : pages.toList()) {
        String id = page.getFileName().toString().replace(".html", "");
        assertThat(Files.readString(page)).contains("<a href=\"../index.html\">Corpus index</a>"
            + " &rsaquo; event " + id + "</p>");
        assertThat(out.resolve("events").resolve("../index.html")).exists();
      }
    }
  }

  @Test
  void theIndexAndAnEventsPageNameTheEventAlike(@TempDir Path dir) throws Exception {
    // The earliest headline is the broader one; the two later ones share their words. The index lists the event by
    // the headline its reports share most (36th session; before, the earliest): its page, one click away, must carry
    // that title, not another.
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("early.txt"), "Storm week ends in Lindby\n\nThe old river bridge in Lindby was closed"
        + " on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    Files.writeString(in.resolve("post.txt"), "Crack shuts Lindby river bridge\n\nEngineers found a crack in the main"
        + " span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    Files.writeString(in.resolve("herald.txt"), "Lindby river bridge shut by crack\n\nThe river bridge in Lindby was"
        + " shut on Monday when engineers found a crack in the main span, Mayor Jane Doe said.");
    Files.writeString(in.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\nearly.txt\tCourier\t2026-04-06\n"
        + "post.txt\tPost\t2026-04-07\nherald.txt\tHerald\t2026-04-07\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String title = "Lindby river bridge shut by crack";   // ties with the Post's: the earlier by id, the Herald's
    String id = EventIds.of("early");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("\"title\":\"" + title + "\"");
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("<a href=\"events/" + id + ".html\">" + title + "</a>");
    String page = Files.readString(out.resolve("events").resolve(id + ".html"));
    assertThat(page).contains("<p class=\"event\">" + title + "</p>")
        .contains("<title>Parallax: how 3 outlets report \u201c" + title + "\u201d</title>");
  }

  @Test
  void aManifestCorrectedSinceTheLastRunIsReadNotTheOldFindings(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("bridge-post.txt"), "Lindby bridge shut after crack found\n\nThe old river bridge in"
        + " Lindby was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    Files.writeString(in.resolve("bridge-herald.txt"), "Crack shuts Lindby's river bridge\n\nEngineers found a crack in"
        + " the main span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    Path manifest = in.resolve("MANIFEST.tsv");
    Files.writeString(manifest, "file\toutlet\tpublished\nbridge-post.txt\tPost\t2026-04-06\n"
        + "bridge-herald.txt\tHerald\t2026-04-06\n");
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), in.toString()).code()).isZero();
    assertThat(Files.readString(out.resolve("outlets.json"))).contains("\"outlet\" : \"Herald\"");

    // The user corrects the outlet's name and runs again into the same folder: the report must say the new name.
    Files.writeString(manifest, "file\toutlet\tpublished\nbridge-post.txt\tPost\t2026-04-06\n"
        + "bridge-herald.txt\tLindby Herald\t2026-04-06\n");
    CliRun again = CliRun.of("corpus", "--quiet", "--out", out.toString(), in.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(out.resolve("outlets.json"))).contains("\"outlet\" : \"Lindby Herald\"")
        .doesNotContain("\"outlet\" : \"Herald\"");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("\"outlet\":\"Lindby Herald\"");
    try (Stream<Path> parts = Files.list(out.resolve(".parts"))) {   // the old input's part is gone, not kept beside
      assertThat(parts.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(1);   // beside the run's lock
    }
  }

  /** Writes two invented reports of one story, and their manifest, into {@code folder}. */
  private static Path batch(Path folder, String story, String day, String first, String second) throws Exception {
    Path in = Files.createDirectories(folder);
    Files.writeString(in.resolve(story + "-post.txt"), first);
    Files.writeString(in.resolve(story + "-herald.txt"), second);
    Files.writeString(in.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\n" + story + "-post.txt\tPost\t" + day
        + "\n" + story + "-herald.txt\tHerald\t" + day + "\n");
    return in;
  }

  private static final String BRIDGE_POST = "Lindby bridge shut after crack found\n\nThe old river bridge in Lindby was"
      + " closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.";
  private static final String BRIDGE_HERALD = "Crack shuts Lindby's river bridge\n\nEngineers found a crack in the main"
      + " span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.";

  @Test
  void aLaterBatchAddedToTheInputsComparesOnlyItsOwnEventsAndKeepsTheEarlierEventsIdAndPage(@TempDir Path dir)
      throws Exception {
    // April's batch, then May's added beside it: the bridge closure is neither compared again nor renamed.
    Path april = batch(dir.resolve("april"), "bridge", "2026-04-06", BRIDGE_POST, BRIDGE_HERALD);
    Path may = batch(dir.resolve("may"), "fair", "2026-05-11", "Strand apple fair draws record crowd\n\nThe apple"
        + " fair in Strand drew more visitors than ever on Saturday, organiser Eva Strand said, as growers sold out.",
        "Record crowd at Strand's apple fair\n\nGrowers sold out by noon as the apple fair in Strand drew more"
        + " visitors than ever on Saturday, organiser Eva Strand said.");
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("corpus", "--out", out.toString(), april.toString());
    assertThat(first.code()).as(first.err()).isZero();
    String bridgePage = EventIds.of("bridge-herald") + ".html";
    String page = Files.readString(out.resolve("events").resolve(bridgePage));
    CliRun both = CliRun.of("corpus", "--out", out.toString(), april.toString(), may.toString());
    assertThat(both.code()).as(both.err()).isZero();
    assertThat(both.err()).contains("2/2 events done: 2 compared (1 in an earlier run), 0 of one article");
    assertThat(Files.readString(out.resolve("events").resolve(bridgePage))).isEqualTo(page);
    assertThat(Files.readString(out.resolve("events.jsonl")))
        .startsWith("{\"event\":\"" + EventIds.of("bridge-herald") + "\"");
  }

  private static final Path BATCHES = Path.of("..", "core", "src", "test", "resources", "corpus-batches");

  /** The events of {@code events.jsonl} by their articles, one list of ids per line. */
  private static List<List<String>> eventArticles(Path out) throws Exception {
    List<List<String>> events = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
      List<String> ids = new ArrayList<>();
      new ObjectMapper().readTree(line).get("articles").forEach(n -> ids.add(n.asText()));
      events.add(ids);
    }
    return events;
  }

  @Test
  void aLaterFeedAddedToTheInputsLeavesTheEarlierRunsEventsAsTheyWere(@TempDir Path dir) throws Exception {
    // March's feed, then May's beside it: in May the Keldholm ferry is in every other story, which would make the two
    // March reports of its grounding look unalike if the words were weighed by both feeds; the folder keeps March's end.
    Path march = BATCHES.resolve("march.jsonl");
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("corpus", "--quiet", "--out", out.toString(), march.toString());
    assertThat(first.code()).as(first.err()).isZero();
    List<List<String>> before = eventArticles(out);
    assertThat(before).contains(List.of("ferry-beacon", "ferry-ledger"));
    CliRun both = CliRun.of("corpus", "--out", out.toString(), march.toString(), BATCHES.resolve("later.jsonl").toString());
    assertThat(both.code()).as(both.err()).isZero();
    assertThat(both.err()).contains("articles up to 2026-03-14 are grouped as the earlier run");
    List<List<String>> after = eventArticles(out);
    assertThat(after).contains(List.of("ferry-beacon", "ferry-ledger"), List.of("school-beacon"), List.of("budget-ledger"));
    // an earlier event still grows: the tram line's weekend report, the next day, joins its first two
    assertThat(after).contains(List.of("tram-beacon", "tram-ledger", "tram-courier"));
  }

  @Test
  void aLateArticleDatedInsideAnEarlierBatchIsSaidToHaveJoinedItsEvent(@TempDir Path dir) throws Exception {
    // March's feed, then a Courier report of the ferry grounding that arrives late, dated the day before the others:
    // it joins the March event and, as its earliest article now, gives the event its id and title
    Path march = BATCHES.resolve("march.jsonl");
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), march.toString()).code()).isZero();
    Path late = Files.writeString(dir.resolve("late.jsonl"), "{\"id\": \"ferry-courier\", \"outlet\": \"Courier\","
        + " \"published\": \"2026-03-06\", \"title\": \"Keldholm ferry aground with 212 passengers\", \"text\": \"The"
        + " Keldholm ferry ran aground in fog with 212 passengers on board. The coastguard sent two boats and said nobody"
        + " was hurt. Captain Marta Lind said the tide was lower than charted.\"}\n");
    CliRun both = CliRun.of("corpus", "--out", out.toString(), march.toString(), late.toString());
    assertThat(both.code()).as(both.err()).isZero();
    assertThat(eventArticles(out)).contains(List.of("ferry-courier", "ferry-beacon", "ferry-ledger"));
    assertThat(both.err()).contains("parallax: 1 article new to " + out + " is dated on or before 2026-03-14, the last day"
        + " of the earlier run there, and joined one of its events: ferry-courier (now event "
        + EventIds.of("ferry-courier") + " '");
    assertThat(both.err()).contains(", was " + EventIds.of("ferry-beacon") + " '");
    // the same inputs once more: nothing is new, nothing is said
    CliRun again = CliRun.of("corpus", "--out", out.toString(), march.toString(), late.toString());
    assertThat(again.err()).doesNotContain("new to");
  }

  @Test
  void aBatchEndGivenOnTheCommandLineWorksOnAFreshFolder(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("corpus", "--quiet", "--batch-end", "2026-03-14", "--out", dir.resolve("out").toString(),
        BATCHES.resolve("march.jsonl").toString(), BATCHES.resolve("later.jsonl").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(eventArticles(dir.resolve("out"))).contains(List.of("ferry-beacon", "ferry-ledger"),
        List.of("tram-beacon", "tram-ledger", "tram-courier"));
  }

  @Test
  void aBatchEndThatIsNoDateIsAWrongCommandLine(@TempDir Path dir) {
    CliRun r = CliRun.of("corpus", "--batch-end", "March", "--out", dir.resolve("out").toString(),
        BATCHES.resolve("march.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--batch-end");
    // a month 13: named with the option and the form, not as Java's parse exception
    CliRun month = CliRun.of("corpus", "--batch-end", "2026-13-01", "--out", dir.resolve("out").toString(),
        BATCHES.resolve("march.jsonl").toString());
    assertThat(month.code()).isEqualTo(2);
    assertThat(month.err()).contains("--batch-end", "'2026-13-01' is no such date (a day is written yyyy-mm-dd")
        .doesNotContain("java.time", "Exception");
  }

  @Test
  void anArticleEditedSinceTheLastRunHasItsEventComparedAgain(@TempDir Path dir) throws Exception {
    Path april = batch(dir.resolve("april"), "bridge", "2026-04-06", BRIDGE_POST, BRIDGE_HERALD);
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), april.toString()).code()).isZero();
    // the Herald corrects its mayor's name: the event's findings must be the new text's
    Files.writeString(april.resolve("bridge-herald.txt"), BRIDGE_HERALD.replace("Jane Doe", "Jane Dahl"));
    CliRun again = CliRun.of("corpus", "--out", out.toString(), april.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("1/1 events done: 1 compared, 0 of one article").doesNotContain("earlier run");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("Jane Dahl");
  }

  @Test
  void aPartAnEarlierBuildOfTheSameVersionKeptIsComparedAgain(@TempDir Path dir) throws Exception {
    // Every build between two releases is 0.1.0-SNAPSHOT. A build before this one kept the bridge event under a key of
    // its version and articles alone, with its own findings (here the Herald's name as that build would have said it):
    // this build's code is another's, so it compares the event again rather than hand those findings back.
    Path april = batch(dir.resolve("april"), "bridge", "2026-04-06", BRIDGE_POST, BRIDGE_HERALD);
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), april.toString()).code()).isZero();
    String events = Files.readString(out.resolve("events.jsonl"));
    Path part;
    try (Stream<Path> s = Files.list(out.resolve(".parts"))) {
      part = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    var reader = dev.parallax.ingest.ArticleReader.withManifest(april.resolve("MANIFEST.tsv"));
    StringBuilder olderKey = new StringBuilder(Version.current());   // as builds before the 41st session keyed a part
    for (String id : eventArticles(out).get(0)) {   // the event's articles, in its order
      var a = reader.read(april.resolve(id + ".txt"));
      String fields = a.id() + "\u0000" + a.outlet() + "\u0000" + a.published().map(Object::toString).orElse("")
          + "\u0000" + a.title() + "\u0000" + a.text();
      olderKey.append('\n').append(id).append('\t').append(com.google.common.hash.Hashing.sha256()
          .hashString(fields, StandardCharsets.UTF_8).toString().substring(0, 16));
    }
    String key = com.google.common.hash.Hashing.sha256().hashString(olderKey, StandardCharsets.UTF_8).toString()
        .substring(0, 16);
    String event = part.getFileName().toString().substring(0, part.getFileName().toString().lastIndexOf('-'));
    String kept = Files.readString(part);
    Files.delete(part);
    Files.writeString(out.resolve(".parts").resolve(event + "-" + key + ".json"),
        kept.replace("Herald", "Old Build's Herald"));

    CliRun again = CliRun.of("corpus", "--out", out.toString(), april.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("1/1 events done: 1 compared, 0 of one article").doesNotContain("earlier run");
    assertThat(Files.readString(out.resolve("events.jsonl"))).isEqualTo(events).doesNotContain("Old Build's");
  }

  @Test
  void aBuildIsKnownByItsCodeAndIsTheSameOnEveryRun() {
    // the version alone is every snapshot build's; the identity adds a digest of the code this build loads
    assertThat(Version.build()).startsWith(Version.current() + "+").isNotEqualTo(Version.current())
        .isEqualTo(Version.build());
  }

  @Test
  void eventsGivenWithTheArticlesAreNamedAsNotRead(@TempDir Path dir) throws Exception {
    // A researcher's hand-coded events, as a manifest column and as a feed field: corpus mode says it groups itself.
    Path in = batch(dir.resolve("in"), "bridge", "2026-04-06", BRIDGE_POST, BRIDGE_HERALD);
    Files.writeString(in.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\tevent\nbridge-post.txt\tPost\t2026-04-06"
        + "\tclosure\nbridge-herald.txt\tHerald\t2026-04-06\tclosure\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(in.resolve("MANIFEST.tsv") + ": its \"event\" column is not read: corpus mode"
        + " finds the events itself");
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\":\"h\",\"outlet\":\"Herald\",\"published\":\"2026-03-10\",\"event\":\"fire\",\"text\":"
        + json(CORPUS.resolve("fire-herald.txt")) + "}\n{\"id\":\"c\",\"outlet\":\"Courier\",\"published\":"
        + "\"2026-03-11\",\"event\":\"fire\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}\n");
    CliRun f = CliRun.of("corpus", "--out", dir.resolve("out2").toString(), feed.toString());
    assertThat(f.err()).contains(feed + ": its \"event\" field is not read");
    // a manifest without the column says nothing of it
    CliRun plain = CliRun.of("corpus", "--out", dir.resolve("out3").toString(),
        batch(dir.resolve("plain"), "bridge", "2026-04-06", BRIDGE_POST, BRIDGE_HERALD).toString());
    assertThat(plain.err()).doesNotContain("is not read");
  }

  @Test
  void filesOfAFolderThatAreNotArticlesAreNamedAsCompareNamesThem(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(CORPUS.resolve("fire-herald.txt"), in.resolve("fire-herald.txt"));
    Files.copy(CORPUS.resolve("fire-courier.txt"), in.resolve("fire-courier.txt"));
    Files.writeString(in.resolve("notes.csv"), "story,reporter\nfire,Karl Lind\n");
    Files.writeString(in.resolve("todo.txt"), "");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped 2 files that are not articles: notes.csv (not text or HTML), todo.txt (empty)");
    // --quiet silences progress, not the files given that were not read
    CliRun quiet = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out2").toString(), in.toString());
    assertThat(quiet.err().lines().toList()).containsExactly(
        "parallax: skipped 2 files that are not articles: notes.csv (not text or HTML), todo.txt (empty)");
  }

  @Test
  void twoFoldersWithOneFileNameAreRefusedNamingBothFiles(@TempDir Path dir) throws Exception {
    Path monday = Files.createDirectories(dir.resolve("monday"));
    Path tuesday = Files.createDirectories(dir.resolve("tuesday"));
    Files.copy(CORPUS.resolve("fire-herald.txt"), monday.resolve("1.txt"));
    Files.copy(CORPUS.resolve("fire-courier.txt"), monday.resolve("2.txt"));
    Files.copy(CORPUS.resolve("tram-gazette.txt"), tuesday.resolve("1.txt"));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), monday.toString(), tuesday.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains("'1'", monday.resolve("1.txt").toString(), tuesday.resolve("1.txt").toString(),
        "rename one");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void foldersWhoseFilesShareNamesAreReadTogetherWithIdsThatNameTheFolder(@TempDir Path dir) throws Exception {
    // Two days of a crawl, each day's pages numbered from 1: refused as they are, with the way out named; with
    // --ids-with-folder each article is its day's (monday/1, tuesday/1) and the fire's two reports are one event.
    Path monday = Files.createDirectories(dir.resolve("monday"));
    Path tuesday = Files.createDirectories(dir.resolve("tuesday"));
    Files.copy(CORPUS.resolve("fire-herald.txt"), monday.resolve("1.txt"));
    Files.copy(CORPUS.resolve("fire-courier.txt"), monday.resolve("2.txt"));
    Files.copy(CORPUS.resolve("tram-gazette.txt"), tuesday.resolve("1.txt"));
    CliRun refused = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), monday.toString(),
        tuesday.toString());
    assertThat(refused.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(refused.errorLine()).contains("rename one, or name each article by its folder and file with"
        + " --ids-with-folder (monday/1)");
    CliRun r = CliRun.of("corpus", "--quiet", "--ids-with-folder", "--out", dir.resolve("out").toString(),
        monday.toString(), tuesday.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("out").resolve("events.jsonl"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"articles\":[\"monday/1\",\"monday/2\"]"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"articles\":[\"tuesday/1\"]"));
  }

  @Test
  void idsWithFolderStillRefuseTwoFilesOfOneFolderNameAndFileName(@TempDir Path dir) throws Exception {
    // Two crawls of the same day: both folders are called monday, so monday/1 comes twice.
    Path first = Files.createDirectories(dir.resolve("crawl-a").resolve("monday"));
    Path second = Files.createDirectories(dir.resolve("crawl-b").resolve("monday"));
    Files.copy(CORPUS.resolve("fire-herald.txt"), first.resolve("1.txt"));
    Files.copy(CORPUS.resolve("fire-courier.txt"), second.resolve("1.txt"));
    CliRun r = CliRun.of("corpus", "--quiet", "--ids-with-folder", "--out", dir.resolve("out").toString(),
        first.toString(), second.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains("'monday/1'", first.resolve("1.txt").toString(),
        second.resolve("1.txt").toString(), "rename one");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void articlesAnalyzedAgainWriteTheSameFiles(@TempDir Path dir) throws Exception {
    Path kept = dir.resolve("kept");
    Path again = dir.resolve("again");
    assertThat(CliRun.of("corpus", "--quiet", "--out", kept.toString(), CORPUS.toString()).code()).isZero();
    CliRun r = CliRun.of("corpus", "--quiet", "--keep-analyzed", "0", "--out", again.toString(), CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(again.resolve("events.jsonl"))).isEqualTo(Files.readString(kept.resolve("events.jsonl")));
    assertThat(Files.readString(again.resolve("outlets.json"))).isEqualTo(Files.readString(kept.resolve("outlets.json")));
  }

  @Test
  void aCollectionsManifestServesAFewOfItsArticles(@TempDir Path out) throws Exception {
    CliRun r = CliRun.of("corpus", "--manifest", CliRun.SEEDS.resolve("MANIFEST.tsv").toString(), "--out", out.toString(),
        CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString(), CliRun.SEEDS.resolve("003_b011d7168288c4b4.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("lists 3 files not given", "compared only the 2 given");
    assertThat(Files.readString(out.resolve("events.jsonl")))
        .contains("\"articles\":[\"001_17d8a8fe762a2e75\",\"003_b011d7168288c4b4\"]");
  }

  @Test
  void aManifestLineNamingAMissingFileIsLeftOutAndTheRunExitsOneAsCompareDoes(@TempDir Path dir) throws Exception {
    // the manifest's third line names a file that is not in the folder: the other two are grouped, compared and
    // written, and the exit code says that not everything asked for was read
    Path folder = twoFireReports(dir, "file\toutlet\tpublished\nfire-herald.txt\tHerald\t2026-03-10\n"
        + "fire-courier.txt\tCourier\t2026-03-11\nfire-gazette.txt\tGazette\t2026-03-11\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), folder.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("1 file a manifest lists left out (fire-gazette.txt: no such file)");
    assertThat(Files.readString(out.resolve("events.jsonl")))
        .contains("\"articles\":[\"fire-herald\",\"fire-courier\"]");
  }

  @Test
  void aMissingFileNamedIsLeftOutAndTheRunExitsOneAsCompareDoes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), CORPUS.resolve("fire-herald.txt").toString(),
        CORPUS.resolve("fire-courier.txt").toString(), dir.resolve("fire-tribune.txt").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("1 file named left out (", "fire-tribune.txt (no such file)");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("fire-herald", "fire-courier");
  }

  @Test
  void aFileTheManifestDoesNotListIsNamedWithTheManifest(@TempDir Path dir) throws Exception {
    Path folder = twoFireReports(dir, "file\toutlet\tpublished\nfire-herald.txt\tHerald\t2026-03-10\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("fire-courier.txt is given but not in " + folder.resolve("MANIFEST.tsv")
        + ": it is read with no outlet and no date; add a line for it to the manifest");
  }

  /** A folder {@code fire} under {@code dir} with the two reports of the Lindby fire and {@code manifest}. */
  private static Path twoFireReports(Path dir, String manifest) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("fire"));
    Files.copy(CORPUS.resolve("fire-herald.txt"), folder.resolve("fire-herald.txt"));
    Files.copy(CORPUS.resolve("fire-courier.txt"), folder.resolve("fire-courier.txt"));
    Files.writeString(folder.resolve("MANIFEST.tsv"), manifest);
    return folder;
  }

  @Test
  void aRunThatEndsRemovesItsLockFile(@TempDir Path out) throws Exception {
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve(".parts").resolve(CorpusLock.NAME)).doesNotExist();
    assertThat(out.resolve(".parts")).isDirectory();   // the resume cache stays
  }

  @Test
  void theHelpListsTheExitCodeOfARunStoppedBySigterm() {
    CliRun r = CliRun.of("corpus", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("143", "stopped by SIGTERM");
    // near variant: compare has no resume cache, and no such line
    assertThat(CliRun.of("compare", "--help").out()).doesNotContain("143");
  }

  @Test
  void keptAnalysesCannotBeNegative(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("corpus", "--keep-analyzed", "-1", "--out", dir.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errorLine()).isEqualTo("parallax: --keep-analyzed must be at least 0, got -1");
  }

  @Test
  void threadsOutOfRangeAreAWrongCommandLine(@TempDir Path dir) throws Exception {
    for (String threads : new String[] {"0", "-3"}) {
      CliRun r = CliRun.of("corpus", "--threads", threads, "--out", dir.toString(), CORPUS.toString());
      assertThat(r.code()).as(threads).isEqualTo(Main.EXIT_USAGE);
      assertThat(r.errorLine()).isEqualTo("parallax: --threads must be at least 1, got " + threads);
    }
  }

  @Test
  void readsJsonLines(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"published\":\"2026-03-10\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"published\":\"2026-03-11\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/events.jsonl"))).startsWith("{\"event\":\"" + EventIds.of("h") + "\"").contains("\"articles\":[\"h\",\"c\"]");
  }

  @Test
  void aFeedLineThatRepeatsAnEarlierLineIsReadOnceAndNamedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    // a scraped feed that gives the Herald's report twice: it is read once, the copy is named, and nothing is lost, so
    // the exit status is 0
    Path feed = dir.resolve("feed.jsonl");
    String herald = "{\"id\":\"h\",\"outlet\":\"Herald\",\"published\":\"2026-03-10\",\"text\":"
        + json(CORPUS.resolve("fire-herald.txt")) + "}";
    Files.writeString(feed, String.join("\n", herald,
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"published\":\"2026-03-11\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}",
        herald));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("parallax: " + feed + ": 1 line repeats an earlier line field for field; each article"
        + " is read once\n  " + feed + ":3: repeats line 1 field for field (read once)\n");
    assertThat(Files.readString(dir.resolve("out/events.jsonl"))).contains("\"articles\":[\"h\",\"c\"]");
  }

  @Test
  void aFeedWhoseOnlyLineHoldsNoArticleIsNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\":\"a\"}\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("  " + feed + ":1: article a has neither \"text\" nor \"html\"")
        .contains("parallax: no article could be read");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aBrokenLineOfAFeedIsNamedWithItsNumberAndTheRunGoesOnWithoutItThenExitsOne(@TempDir Path dir)
      throws Exception {
    // A feed cut off in the middle of its third line (the Spark job goes on without such a row too): the other two
    // reports of the fire are compared as one event, the broken line is named with its number even with --quiet, and
    // the exit status says that the input was not all read.
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "",
        "{\"id\":\"t\",\"outlet\":\"Gazette\",\"text\":" + json(CORPUS.resolve("tram-gazette.txt")),
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("parallax: " + feed + ": skipped 1 line that holds no article", "  " + feed
        + ":3: a JSON object cut off before its end", "parallax: 1 line of the input skipped (named above)");
    assertThat(Files.readString(dir.resolve("out/events.jsonl"))).contains("\"articles\":[\"c\",\"h\"]")
        .doesNotContain("\"t\"");
    // the same feed mended: no line named, exit 0
    Files.writeString(feed, Files.readString(feed).replace(json(CORPUS.resolve("tram-gazette.txt")),
        json(CORPUS.resolve("tram-gazette.txt")) + "}"));
    CliRun mended = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(mended.code()).as(mended.err()).isZero();
    assertThat(mended.err()).isEmpty();
  }

  @Test
  void aProgressLineShowsTheControlsOfAUsersPathEscaped(@TempDir Path dir) throws Exception {
    // an output folder whose name holds a terminal's colour sequence and a line break: the progress lines that name it
    // show them escaped, as an error line does, each on one line
    Path out = dir.resolve("desk\u001b[31m\nnight");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String shown = dir + "/desk\\u001b[31m\\nnight";
    assertThat(r.err()).doesNotContain("\u001b").containsPattern("(?m)^parallax: \\d+ events \\(\\d+ compared\\) written to "
        + Pattern.quote(shown) + "$");
    assertThat(Files.readString(out.resolve("events.jsonl"))).isNotEmpty();
    // the near variant: a plain folder name reads as it is
    Path plain = dir.resolve("desk");
    CliRun p = CliRun.of("corpus", "--out", plain.toString(), CORPUS.toString());
    assertThat(p.err()).containsPattern("(?m)^parallax: \\d+ events \\(\\d+ compared\\) written to "
        + Pattern.quote(plain.toString()) + "$");
  }

  @Test
  void aBrokenLineIsNamedOnOneLineWithTheControlsOfItsIdEscaped(@TempDir Path dir) throws Exception {
    // A feed line without text whose id holds a terminal's colour sequence and a line break (written as JSON escapes):
    // its reason names the id, and stderr shows them escaped, as an error line does, each broken line on one line.
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"x\\u001b[31m\\nred\",\"outlet\":\"Gazette\"}",
        "{\"id\":\"plain\",\"outlet\":\"Gazette\"}",
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).doesNotContain("\u001b").contains("  " + feed + ":2: article x\\u001b[31m\\nred has neither"
        + " \"text\" nor \"html\"\n");
    // the near variant: an id without controls reads as it is
    assertThat(r.err()).contains("  " + feed + ":3: article plain has neither \"text\" nor \"html\"\n");
    assertThat(r.err().lines().filter(l -> l.startsWith("  "))).hasSize(2);
  }

  @Test
  void aFeedWithManyBrokenLinesNamesTheFirstFiveAndCountsTheRest(@TempDir Path dir) throws Exception {
    // Seven lines of a night's feed lost their text; the two reports of the fire are still compared.
    List<String> lines = new ArrayList<>();
    lines.add("{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}");
    for (int i = 1; i <= 7; i++) {
      lines.add("{\"id\":\"n" + i + "\",\"outlet\":\"Gazette\"}");
    }
    lines.add("{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}");
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n", lines));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("parallax: " + feed + ": skipped 7 lines that hold no article", "  " + feed
        + ":6: article n5 has neither", "  and 2 more lines\n", "parallax: 7 lines of the input skipped (named above)")
        .doesNotContain(feed + ":7:");
    assertThat(Files.readString(dir.resolve("out/events.jsonl"))).contains("\"articles\":[\"c\",\"h\"]");
  }

  @Test
  void anOutletOnALineLeftOutIsNotTheOutletOfALaterArticleOfTheSameId(@TempDir Path dir) throws Exception {
    // The Courier's report was first written without its text (a line left out), then again in full but without its
    // outlet: the article is profiled under its id, and the note says so; the skipped line's outlet gives it none.
    Path feed = dir.resolve("feed.jsonl");
    String herald = "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}";
    Files.writeString(feed, String.join("\n", herald, "{\"id\":\"c\",\"outlet\":\"Courier\"}",
        "{\"id\":\"c\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("  " + feed + ":2: article c has neither", "no outlet given for 1 article (c)");
    // the near variant: the full line gives its outlet, and no note is written
    Files.writeString(feed, String.join("\n", herald, "{\"id\":\"c\",\"outlet\":\"Courier\"}",
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun mended = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(mended.code()).as(mended.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(mended.err()).contains("  " + feed + ":2: article c has neither").doesNotContain("no outlet given");
  }

  @Test
  void aBrokenLineDoesNotStopTheNoteOnArticlesGivenNoOutlet(@TempDir Path dir) throws Exception {
    // The same cut-off line, and the Courier's report given without its outlet: the note that names it reads the feed
    // again, past the broken line.
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"t\",\"outlet\":\"Gazette\",\"text\":" + json(CORPUS.resolve("tram-gazette.txt")),
        "{\"id\":\"c\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("  " + feed + ":2: a JSON object cut off before its end", "no outlet given for 1 article (c)",
        "parallax: 1 line of the input skipped (named above)").doesNotContain("cannot read");
  }

  @Test
  void outMustBeAFolder(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.txt"), "x");
    CliRun r = CliRun.of("corpus", "--out", file.toString(), CORPUS.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errorLine()).contains("--out needs a folder");
  }

  private static String json(Path p) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Files.readString(p));
  }

  @Test
  void progressCountsTheEventsComparedApartFromThoseOfOneArticleAndTheSummarySaysWhatWasSkipped(@TempDir Path dir)
      throws Exception {
    // Two outlets report the Lindby bridge closure, a third writes alone about a fair, a fourth in German: one event
    // compared, one of one article with nothing to compare, one article skipped. "compared 2/2 events" was untrue.
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("bridge-post.txt"), "Lindby bridge shut after crack found\n\nThe old river bridge in"
        + " Lindby was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    Files.writeString(in.resolve("bridge-herald.txt"), "Crack shuts Lindby's river bridge\n\nEngineers found a crack in"
        + " the main span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    Files.writeString(in.resolve("fair-gazette.txt"), "Strand apple fair draws record crowd\n\nThe apple fair in Strand"
        + " drew more visitors than ever on Saturday, organiser Eva Strand said, as growers sold out by noon.");
    Files.writeString(in.resolve("leer.txt"), "Dies ist kein englischer Text, und er bleibt es auch. Die Stadt hat heute"
        + " beschlossen, dass die neue Brücke im nächsten Jahr gebaut wird, obwohl viele Bürger dagegen waren und die"
        + " Kosten noch nicht feststehen. Der Bürgermeister sagte, man werde die Pläne im Herbst vorstellen.");
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("corpus", "--out", out.toString(), in.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("2/2 events done: 1 compared, 1 of one article")
        .contains("2 events (1 compared), 1 article skipped (listed in outlets.json) written to")
        .doesNotContain("compared 2/2");
    CliRun again = CliRun.of("corpus", "--out", out.toString(), in.toString());
    assertThat(again.err()).contains("2/2 events done: 1 compared (1 in an earlier run), 1 of one article");
  }

  @Test
  void pagesOfAnEarlierCorpusAreNotLeftBehind(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString(), CliRun.SEEDS.toString()).code())
        .isZero();
    CliRun r = CliRun.of("corpus", "--quiet", "--out", out.toString(),
        CORPUS.resolve("fire-herald.txt").toString(), CORPUS.resolve("fire-courier.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    // one event now: its page alone; given without the manifest, its articles have no date, so its first is by id
    String page = EventIds.of("fire-courier") + ".html";
    try (Stream<Path> pages = Files.list(out.resolve("events"))) {
      assertThat(pages.map(p -> p.getFileName().toString())).containsExactly(page);
    }
    assertThat(Files.readString(out.resolve("events/" + page))).contains("fire-herald");
  }

  @Test
  void aCorpusWrittenInsideItsInputIsNotReadAsAnArticleOnTheNextRun(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String f : List.of("fire-herald.txt", "fire-courier.txt")) {
      Files.copy(CORPUS.resolve(f), in.resolve(f));
    }
    CliRun first = CliRun.of("corpus", "--quiet", "--out", in.toString(), in.toString());
    assertThat(first.code()).as(first.err()).isZero();
    String events = Files.readString(in.resolve("events.jsonl"));
    CliRun again = CliRun.of("corpus", "--out", in.toString(), in.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("index.html (a Parallax report)");
    assertThat(Files.readString(in.resolve("events.jsonl"))).isEqualTo(events).doesNotContain("Parallax corpus");
  }

  @Test
  void oneArticleIsNothingComparedAndSaysSoInTheSingular(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), CORPUS.resolve("fire-herald.txt").toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("parallax: read 1 article;", "parallax: 1 event found;")
        .contains("parallax: nothing compared: no event has two articles (1 article read, 1 event of one article); "
            + out + " lists them");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("\"report\":null");
  }

  @Test
  void noInputIsAWrongCommandLine(@TempDir Path dir) {
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errorLine()).contains("no articles given");
  }

  @Test
  void aWrongThreadCountIsNamedBeforeTheInputIsRead(@TempDir Path dir) {
    CliRun r = CliRun.of("corpus", "--threads", "0", "--out", dir.resolve("out").toString(),
        dir.resolve("missing.jsonl").toString());
    assertThat(r.errorLine()).isEqualTo("parallax: --threads must be at least 1, got 0");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aRunStoppedHalfWayLeavesTheLastRunsIndexAndPagesMatching(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code()).isZero();
    String index = Files.readString(out.resolve("index.html"));
    String page1 = Files.readString(out.resolve("events/" + FIRE));
    String page2 = Files.readString(out.resolve("events/" + TRAM));
    Set<Path> oldParts;
    try (Stream<Path> s = Files.list(out.resolve(".parts"))) {
      oldParts = s.collect(java.util.stream.Collectors.toSet());
    }
    // Another corpus into the same folder, stopped (SIGTERM) as soon as its first event is compared.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "corpus", "--quiet", "--threads", "1", "--out", out.toString(), CliRun.SEEDS.toString(), CORPUS.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (child.isAlive() && System.nanoTime() < deadline && newParts(out, oldParts) == 0) {
        Thread.sleep(5);
      }
      // stopped half way, or the test tests nothing: a new part is there and the run is not over
      assertThat(newParts(out, oldParts)).as("parts of the new run before it is stopped").isPositive();
      assertThat(child.isAlive()).as("the new run is still running when it is stopped").isTrue();
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(index);
    assertThat(Files.readString(out.resolve("events/" + FIRE))).isEqualTo(page1);
    assertThat(Files.readString(out.resolve("events/" + TRAM))).isEqualTo(page2);
  }

  /** A run stopped by a signal says in one line how many compared events it keeps and that running again resumes. */
  @Test
  void aStoppedRunSaysWhatItKeptAndThatRunningAgainResumes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Path log = dir.resolve("err.txt");
    Path holding = dir.resolve("holding");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the child waits once its first part is written and counted, and says so by creating the file `holding` (a test
    // hook), so it is still running, with one part to keep, when it is stopped
    Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        "-D" + CorpusCommand.HOLD_AFTER_FIRST_PART + "=" + holding, Main.class.getName(),
        "corpus", "--quiet", "--threads", "1", "--out", out.toString(), CliRun.SEEDS.toString(), CORPUS.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (child.isAlive() && System.nanoTime() < deadline && !Files.exists(holding)) {
        Thread.sleep(5);
      }
      assertThat(child.isAlive()).as("the run is still running when it is stopped").isTrue();
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    // the line counts the parts written when the hook ran: the comparing thread may write one more as the JVM stops
    String line = Files.readString(log).strip();
    java.util.regex.Matcher m = Pattern.compile("parallax: stopped: (\\d+) compared events? kept in "
        + Pattern.quote(out.resolve(".parts").toString())
        + "; run the same command again to resume from them").matcher(line);
    assertThat(m.matches()).as(line).isTrue();
    assertThat(Long.parseLong(m.group(1))).isBetween(1L, newParts(out, Set.of()));
    // near variant: a run that ends prints no such line, --quiet or not
    CliRun done = CliRun.of("corpus", "--out", out.toString(), CliRun.SEEDS.toString(), CORPUS.toString());
    assertThat(done.code()).isZero();
    assertThat(done.err()).doesNotContain("stopped").contains("in an earlier run");
  }

  private static long newParts(Path out, Set<Path> oldParts) throws Exception {
    try (Stream<Path> s = Files.list(out.resolve(".parts"))) {
      return s.filter(p -> p.toString().endsWith(".json") && !oldParts.contains(p)).count();
    }
  }

  @Test
  void aFeedThatGivesOneIdTwiceIsRefusedBeforeAnyFolderIsMade(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"h\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"h\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    // the repeated line is named with the feed's bad lines (40th session), then the run stops on it
    assertThat(r.err().lines().toList()).containsExactly(
        "parallax: " + feed + ": 1 line that holds no article or repeats an earlier line's id; the run stops",
        "  " + feed + ":2: the id 'h' is also the id of line 1; ids must be distinct",
        "parallax: " + feed + ":2: the id 'h' is also the id of line 1; ids must be distinct");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFeedWithARepeatedIdAndOtherBadLinesNamesThemAllInOneRunThenStops(@TempDir Path dir) throws Exception {
    // A feed merged from two crawls: the Herald's report comes twice under one id, a line is cut off and one has no
    // text. One run names all three, so that the feed is mended once; the repeated id stops the run.
    Path feed = Files.writeString(dir.resolve("merged.jsonl"), String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"t\",\"outlet\":\"Gazette\",\"text\":" + json(CORPUS.resolve("tram-gazette.txt")),
        "{\"id\":\"h\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}",
        "{\"id\":\"o\",\"outlet\":\"Observer\"}"));
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err().lines().toList()).containsExactly(
        "parallax: " + feed + ": 3 lines that hold no article or repeat an earlier line's id; the run stops",
        "  " + feed + ":2: a JSON object cut off before its end",
        "  " + feed + ":3: the id 'h' is also the id of line 1; ids must be distinct",
        "  " + feed + ":4: article o has neither \"text\" nor \"html\"",
        "parallax: " + feed + ":3: the id 'h' is also the id of line 1; ids must be distinct");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFeedNamedJsonOrNdjsonIsReadAsAFeedByItsContent(@TempDir Path dir) throws Exception {
    // news dumps are often named .ndjson or .json: a file whose first line is a JSON object is a feed whatever its name
    String lines = "{\"id\":\"h\",\"outlet\":\"Herald\",\"published\":\"2026-03-10\",\"text\":"
        + json(CORPUS.resolve("fire-herald.txt")) + "}\n{\"id\":\"c\",\"outlet\":\"Courier\",\"published\":"
        + "\"2026-03-11\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}\n";
    Path ndjson = Files.writeString(dir.resolve("night.ndjson"), lines);
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), ndjson.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/events.jsonl"))).contains("\"articles\":[\"h\",\"c\"]");
    // compare knows it by its content too, and points to corpus
    Path json = Files.writeString(dir.resolve("night.json"), lines);
    CliRun compared = CliRun.of("compare", json.toString(), CORPUS.resolve("tram-gazette.txt").toString());
    assertThat(compared.errorLine()).isEqualTo("parallax: " + json + ": a JSON Lines feed (one article per line), which"
        + " compare does not read; compare its articles with: parallax corpus --out DIR " + json);
    // near variant: one JSON document over many lines is no feed, and is refused in one line, not read as an article
    Path document = Files.writeString(dir.resolve("export.json"), "{\n  \"articles\": []\n}\n");
    CliRun refused = CliRun.of("corpus", "--out", dir.resolve("out2").toString(), document.toString());
    assertThat(refused.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(refused.errorLine()).startsWith("parallax: " + document + ": JSON, but not a JSON Lines feed");
    assertThat(dir.resolve("out2")).doesNotExist();
  }

  @Test
  void anEventFieldOnAnyLineOfAFeedIsNamedAsNotRead(@TempDir Path dir) throws Exception {
    // only the Courier's line carries a hand-coded event
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":"
        + json(CORPUS.resolve("fire-herald.txt")) + "}\n{\"id\":\"c\",\"outlet\":\"Courier\",\"event\":\"fire\","
        + "\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(feed + ": its \"event\" field is not read");
    // near variant: a text that says "event" in quotes is no event field
    assertThat(CorpusCommand.givenEvents(Files.writeString(dir.resolve("plain.jsonl"), "{\"id\":\"q\",\"text\":"
        + "\"The \\\"event\\\" was cancelled.\"}\n"), true)).isEmpty();
  }

  @Test
  void anArticleGivenNoOutletIsNamedEvenWhenItIsAloneInItsEvent(@TempDir Path dir) throws Exception {
    // the tram report has no outlet and no other report of its event: it is listed under its id as an outlet all the same
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}",
        "{\"id\":\"tram-1\",\"text\":" + json(CORPUS.resolve("tram-gazette.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no outlet given for 1 article (tram-1): it is profiled under its id as an"
        + " outlet of its own");
    assertThat(Files.readString(dir.resolve("out/outlets.json"))).contains("\"tram-1\"");
  }

  @Test
  void outletNamesThatDifferOnlyByTheCaseOrPunctuationAreNamedNotMerged(@TempDir Path dir) throws Exception {
    // two crawlers spell one paper two ways; the Courier is spelled alike on both of its lines
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"h\",\"outlet\":\"The Harbour Herald\",\"text\":" + json(CORPUS.resolve("fire-herald.txt")) + "}",
        "{\"id\":\"c\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("fire-courier.txt")) + "}",
        "{\"id\":\"g\",\"outlet\":\"harbour-herald\",\"text\":" + json(CORPUS.resolve("tram-gazette.txt")) + "}",
        "{\"id\":\"o\",\"outlet\":\"Courier\",\"text\":" + json(CORPUS.resolve("tram-observer.txt")) + "}"));
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: outlet names that differ only by a leading \"The\", case or punctuation:"
        + " 'The Harbour Herald' and 'harbour-herald'; each name is profiled as an outlet of its own")
        .doesNotContain("'Courier'");
    // not merged: the two spellings stay two outlets
    assertThat(Files.readString(dir.resolve("out/outlets.json"))).contains("\"The Harbour Herald\"", "\"harbour-herald\"");
  }

  @Test
  void aSecondRunIntoAFolderInUseIsRefusedAndTouchesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString()).code()).isZero();
    String index = Files.readString(out.resolve("index.html"));
    // Another process holds the folder, as a run in progress does: a small program that takes the run's lock.
    Path holder = Files.writeString(dir.resolve("Holder.java"), String.join("\n",
        "import java.nio.channels.FileChannel;",
        "import java.nio.file.*;",
        "public class Holder {",
        "  public static void main(String[] a) throws Exception {",
        "    try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);",
        "        var lock = c.lock()) {",
        "      System.out.println(\"held\");",
        "      System.out.flush();",
        "      System.in.read();",
        "    }",
        "  }",
        "}"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, holder.toString(), out.resolve(".parts").resolve(CorpusLock.NAME).toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      assertThat(new String(child.getInputStream().readNBytes(4), StandardCharsets.UTF_8))
          .isEqualTo("held");
      Files.writeString(out.resolve(".parts").resolve(".index.html123.tmp"), "a write of the run in progress");
      CliRun second = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
      assertThat(second.code()).isEqualTo(Main.EXIT_BAD_INPUT);
      assertThat(second.errorLine()).isEqualTo("parallax: " + out + ": another parallax corpus run is writing to this"
          + " folder (it holds " + out.resolve(".parts").resolve(CorpusLock.NAME) + "); wait until it ends, or name"
          + " another --out folder");
      assertThat(out.resolve(".parts").resolve(".index.html123.tmp")).exists();   // not taken for a leftover
      assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(index);
    } finally {
      child.getOutputStream().close();
      child.waitFor(30, TimeUnit.SECONDS);
      child.destroyForcibly();
    }
    // the near variant: once the other run has ended, the folder is free again
    CliRun after = CliRun.of("corpus", "--quiet", "--out", out.toString(), CORPUS.toString());
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(index);
  }

  @Test
  void theManifestsOfSeveralFoldersNamedOneByOneEachServeTheirOwnFolder(@TempDir Path dir) throws Exception {
    Path bridge = Files.createDirectories(dir.resolve("bridge"));
    Path ferry = Files.createDirectories(dir.resolve("ferry"));
    Files.writeString(bridge.resolve("courier.txt"), "Crack shuts Lindby river bridge\n\nThe old river bridge in Lindby"
        + " was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    Files.writeString(bridge.resolve("post.txt"), "Lindby closes river bridge\n\nEngineers found a crack in the main span"
        + " of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    Files.writeString(ferry.resolve("herald.txt"), "Oskarvik ferry runs again\n\nThe ferry between Oskarvik and Brevik"
        + " ran again on Thursday after a two-week strike ended, the operator Nordlinjen said.");
    Files.writeString(ferry.resolve("gazette.txt"), "Ferry strike over in Oskarvik\n\nThe Oskarvik to Brevik ferry"
        + " resumed service on Thursday when the two-week strike ended, Nordlinjen said.");
    Path bridgeManifest = Files.writeString(bridge.resolve("MANIFEST.tsv"),
        "file\toutlet\tpublished\ncourier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t2026-04-06\n");
    Path ferryManifest = Files.writeString(ferry.resolve("MANIFEST.tsv"),
        "file\toutlet\tpublished\nherald.txt\tBrevik Herald\t2026-05-14\ngazette.txt\tOskarvik Gazette\t2026-05-14\n");
    CliRun r = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out").toString(), bridgeManifest.toString(),
        ferryManifest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("out").resolve("outlets.json")))
        .contains("\"Lindby Courier\"", "\"Lindby Post\"", "\"Brevik Herald\"", "\"Oskarvik Gazette\"");
    // the near variant: the same folders' files named one by one, each folder's manifest among them
    CliRun files = CliRun.of("corpus", "--quiet", "--out", dir.resolve("out2").toString(), bridgeManifest.toString(),
        bridge.resolve("courier.txt").toString(), bridge.resolve("post.txt").toString(), ferryManifest.toString(),
        ferry.resolve("herald.txt").toString(), ferry.resolve("gazette.txt").toString());
    assertThat(files.code()).as(files.err()).isZero();
    assertThat(Files.readString(dir.resolve("out2").resolve("outlets.json")))
        .isEqualTo(Files.readString(dir.resolve("out").resolve("outlets.json")));
  }

  @Test
  void aManifestGivenWithManifestIsReadAsOneWhateverItsFileIsNamed(@TempDir Path dir) throws Exception {
    // The manifest is a .txt file: only --manifest says it is one. Its Gazette's outlet is written as the article's id,
    // and one article's file shares the manifest's name: the manifest is neither an article nor left unread.
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("gazette.txt"), "Crack shuts Lindby river bridge\n\nThe old river bridge in Lindby"
        + " was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    Files.writeString(in.resolve("sources.html"), "<html><body><h1>Lindby closes river bridge</h1><p>Engineers found a"
        + " crack in the main span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe"
        + " said.</p></body></html>");
    Path manifest = Files.writeString(in.resolve("sources.txt"), "file\toutlet\tpublished\n"
        + "gazette.txt\tgazette\t2026-04-06\nsources.html\tLindby Herald\t2026-04-06\n");
    CliRun r = CliRun.of("corpus", "--manifest", manifest.toString(), "--out", dir.resolve("out").toString(),
        in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("two files give the article id").doesNotContain("no outlet given");
    assertThat(Files.readString(dir.resolve("out").resolve("outlets.json")))
        .contains("\"outlet\" : \"gazette\"", "\"outlet\" : \"Lindby Herald\"");
    // near variant: an article the manifest gives no outlet is still named, whatever the manifest is called
    Files.writeString(manifest, "file\toutlet\tpublished\ngazette.txt\t\t2026-04-06\n"
        + "sources.html\tLindby Herald\t2026-04-06\n");
    CliRun none = CliRun.of("corpus", "--manifest", manifest.toString(), "--out", dir.resolve("out2").toString(),
        in.toString());
    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.err()).contains("parallax: no outlet given for 1 article (gazette)");
  }
}
