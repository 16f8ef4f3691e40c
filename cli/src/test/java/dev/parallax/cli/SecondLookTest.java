package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.Manifest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user met on a second look at the three commands: a table of pairs too large to hold, articles given no
 * outlet, two manifests, one file given twice, a report that cannot be written, and the leftovers of a killed corpus
 * run. Each is told in one line, never silently.
 */
class SecondLookTest {
  @TempDir
  Path dir;
  private Path courier;
  private Path post;
  private Path herald;

  @BeforeEach
  void writeThreeReportsOfOneEvent() throws IOException {
    Path in = Files.createDirectories(dir.resolve("bridge"));
    courier = Files.writeString(in.resolve("courier.txt"), "Crack shuts Lindby river bridge\n\nThe old river bridge in"
        + " Lindby was closed on Monday after engineers found a crack in its main span, Mayor Jane Doe said.");
    post = Files.writeString(in.resolve("post.txt"), "Lindby closes river bridge\n\nEngineers found a crack in the main"
        + " span of the old river bridge in Lindby, which was closed on Monday, Mayor Jane Doe said.");
    herald = Files.writeString(in.resolve("herald.txt"), "Lindby river bridge shut by crack\n\nThe river bridge in"
        + " Lindby was shut on Monday when engineers found a crack in the main span, Mayor Jane Doe said.");
  }

  @Test
  void aTableOfPairsLargerThanTheLimitOfOneArticleIsRefusedBeforeAnyWork() throws IOException {
    // a crawl's whole dump given to pairs by mistake: refused at 8 MiB as an article file is, not held in memory
    Path big = dir.resolve("pairs.tsv");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("id\ta\tb\n".getBytes());
      byte[] row = "p\tThe Lindby bridge was closed.\tEngineers closed the bridge in Lindby.\n".getBytes();
      for (long written = 0; written <= 8L * 1024 * 1024; written += row.length) {
        out.write(row);
      }
    }
    Path scores = dir.resolve("scores.tsv");
    CliRun r = CliRun.of("pairs", "--in", big.toString(), "--out", scores.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: " + big + ": ")
        .contains("more than the limit of 8,388,608 bytes for one table of pairs");
    assertThat(scores).doesNotExist();
  }

  @Test
  void aManifestLineWithoutAnOutletIsNamedRatherThanFilledInFromTheFileName() throws IOException {
    // the Herald's outlet cell is empty: the report would show an outlet "herald" nobody wrote
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t2026-04-06\nherald.txt\t\t2026-04-06\n");
    CliRun r = CliRun.of("compare", "--manifest", manifest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: manifest " + manifest + " gives no outlet for 1 article (herald): it is"
        + " reported under its id as an outlet of its own; add its outlet to the manifest");
  }

  @Test
  void anArticleWithoutADateAmongDatedOnesIsNamed() throws IOException {
    // the Post's date cell is empty: which article came first is not read for it, and no report says so
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t\nherald.txt\tLindby Herald\t2026-04-07\n");
    CliRun r = CliRun.of("compare", "--manifest", manifest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no date given for 1 of 3 articles (post): which article came first and the"
        + " day a weekday names are not read for it; give each article its date (a manifest's published column, or a"
        + " first line date YYYY-MM-DD)");
    assertThat(CliRun.of("compare", "--quiet", "--manifest", manifest.toString()).err()).doesNotContain("no date given");
    // near variants: every article dated, or none (three plain texts): no notice
    Files.writeString(manifest, "file\toutlet\tpublished\ncourier.txt\tLindby Courier\t2026-04-06\n"
        + "post.txt\tLindby Post\t2026-04-06\nherald.txt\tLindby Herald\t2026-04-07\n");
    assertThat(CliRun.of("compare", "--manifest", manifest.toString()).err()).doesNotContain("no date given");
    Files.delete(manifest);
    assertThat(CliRun.of("compare", courier.toString(), post.toString(), herald.toString()).err())
        .doesNotContain("no date given");
  }

  @Test
  void anArticleDatedYearsAfterTheOthersIsNamedWithItsDate() throws IOException {
    // 2099 for 2026: a date typed wrong sets no article apart, but it still says which article came first
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t2099-04-06\n"
        + "herald.txt\tLindby Herald\t2026-04-07\n");
    CliRun r = CliRun.of("compare", "--manifest", manifest.toString(), "--json", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: dated more than a year after every other article: post 2099-04-06 (72"
        + " years after the latest other, 2026-04-07); such a date sets no article apart from the main event, but it is"
        + " taken as given for which article came first: check it (a manifest's published column, or a first line date"
        + " YYYY-MM-DD)");
    assertThat(r.out()).contains("dated 2099-04-06, 72 years after the latest other article (2026-04-07): the date"
        + " sets no article apart but is taken as given for which came first; check it");
    // near variant: a day later than the others, or a year, is no notice
    Files.writeString(manifest, "file\toutlet\tpublished\ncourier.txt\tLindby Courier\t2026-04-06\n"
        + "post.txt\tLindby Post\t2027-04-07\nherald.txt\tLindby Herald\t2026-04-07\n");
    assertThat(CliRun.of("compare", "--manifest", manifest.toString()).err()).doesNotContain("dated more than");
  }

  @Test
  void anUndatedArticleSetApartAsNotEnglishIsNotNamedAsUndated() throws IOException {
    // the Zeitung has no date, but it is set apart as not English: no order nor weekday is read for it in any case
    Path zeitung = Files.writeString(courier.resolveSibling("zeitung.txt"), "Riss schließt die Flussbrücke von Lindby"
        + "\n\nDie alte Flussbrücke von Lindby wurde am Montag gesperrt, nachdem Ingenieure einen Riss im Hauptträger"
        + " gefunden hatten, wie der Stadtrat mitteilte. Die Brücke bleibt mindestens einen Monat geschlossen, und die"
        + " Pendler müssen einen Umweg über die Autobahn nehmen, sagte der Rat.");
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t2026-04-06\n"
        + "herald.txt\tLindby Herald\t2026-04-07\nzeitung.txt\tLindby Zeitung\t\n");
    CliRun r = CliRun.of("compare", "--manifest", manifest.toString(), "--json", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"notEnglish\"");
    assertThat(r.err()).doesNotContain("no date given");
    // the same article in English and undated is named
    Files.writeString(zeitung, "Lindby bridge closed over crack\n\nThe river bridge in Lindby was closed on Monday"
        + " after engineers found a crack in its main girder, the town council said.");
    assertThat(CliRun.of("compare", "--manifest", manifest.toString()).err())
        .contains("no date given for 1 of 4 articles (zeitung)");
  }

  @Test
  void anOutletTheManifestGivesIsGivenEvenWhenItIsWrittenAsTheId() throws IOException {
    // the Herald's outlet is written "herald", as its file is named: the manifest gives it, no notice is due
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t2026-04-06\npost.txt\tLindby Post\t2026-04-06\n"
        + "herald.txt\therald\t2026-04-06\n");
    CliRun r = CliRun.of("compare", "--manifest", manifest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("gives no outlet");
  }

  @Test
  void aFeedLineWithoutAnOutletIsNamedRatherThanProfiledAsAnOutletOfItsOwn() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)),
        line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)),
        line("h1", "", Files.readString(herald))) + "\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no outlet given for 1 article (h1): it is profiled under its id as an"
        + " outlet of its own");
  }

  @Test
  void aCorpusOutletWrittenAsTheArticlesIdIsGivenAndOnlyTheArticleWithoutOneIsNamed() throws IOException {
    // one article per outlet, each line's id its outlet's short name: "courier" of outlet "courier" is given
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("courier", "\"outlet\":\"courier\",", Files.readString(courier)),
        line("post", "\"outlet\":\"post\",", Files.readString(post)),
        line("h1", "", Files.readString(herald))) + "\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no outlet given for 1 article (h1): it is profiled under its id as an"
        + " outlet of its own").doesNotContain("courier, ").doesNotContain("(courier").doesNotContain("post, h1");
    // the same for a folder whose manifest writes an outlet as its file's name
    Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tcourier\t2026-04-06\npost.txt\tpost\t2026-04-06\nherald.txt\t\t2026-04-06\n");
    CliRun folder = CliRun.of("corpus", "--out", dir.resolve("out2").toString(), courier.getParent().toString());
    assertThat(folder.code()).as(folder.err()).isZero();
    assertThat(folder.err()).contains("parallax: no outlet given for 1 article (herald):");
  }

  @Test
  void aFeedThatLostItsDatesIsToldSoThoughItRuns() throws IOException {
    // the feed's date column was dropped on the way: the run goes on, but says which articles have no date
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)).replace("\"published\":\"2026-04-06\",", ""),
        line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)).replace("\"published\":\"2026-04-06\",", ""),
        line("h1", "\"outlet\":\"Lindby Herald\",", Files.readString(herald))) + "\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no date given (or none readable as YYYY-MM-DD) for 2 of 3 articles (c1, p1):"
        + " the date window cannot place them");
  }

  @Test
  void aFeedLineWithAnUnreadableDateIsKeptUndatedAndListedInTheSummary() throws IOException {
    // one outlet writes its dates day first: the article is grouped and compared without a date, and said to be
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)).replace("2026-04-06", "06/04/2026"),
        line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)),
        line("h1", "\"outlet\":\"Lindby Herald\",", Files.readString(herald))) + "\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: no date given (or none readable as YYYY-MM-DD) for 1 of 3 articles (c1)")
        .doesNotContain("skipped");
    // the line and the date it gives are named, as a manifest's cell is
    assertThat(r.err()).contains("parallax: " + feed + " line 1: published '06/04/2026' is not a YYYY-MM-DD date (day or"
        + " month first? write it as YYYY-MM-DD): its article is kept, undated");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("outlets.json").toFile());
    assertThat(summary.get("articles").asInt()).isEqualTo(3);
    assertThat(summary.get("undated")).extracting(JsonNode::asText).containsExactly("c1");
    assertThat(Files.readString(out.resolve("events.jsonl"))).contains("\"c1\"");
  }

  @Test
  void aManifestLineWithAnUnreadableDateKeepsItsArticleUndatedInACorpusRun() throws IOException {
    // one line of a long manifest has its date day first: the corpus run goes on, the article grouped without a date
    Path manifest = Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\n"
        + "courier.txt\tLindby Courier\t06/04/2026\npost.txt\tLindby Post\t2026-04-06\n"
        + "herald.txt\tLindby Herald\t2026-04-06\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("corpus", "--out", out.toString(), courier.getParent().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: manifest " + manifest + " line 2: published '06/04/2026' does not start"
        + " with a YYYY-MM-DD date, the one form a manifest takes (day or month first? write it as YYYY-MM-DD): its"
        + " article is kept, undated")
        .contains("no date given (or none readable as YYYY-MM-DD) for 1 of 3 articles (courier)");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("outlets.json").toFile());
    assertThat(summary.get("articles").asInt()).isEqualTo(3);
    assertThat(summary.get("undated")).extracting(JsonNode::asText).containsExactly("courier");
    // compare keeps refusing it: three hand-written lines are quickly mended
    CliRun compare = CliRun.of("compare", "--manifest", manifest.toString());
    assertThat(compare.code()).isEqualTo(1);
    assertThat(compare.errorLine()).contains("line 2: published '06/04/2026' does not start with a YYYY-MM-DD date");
  }

  @Test
  void aManifestWithManyUnreadableDatesNamesTheFirstFiveLines() {
    // a whole folder's dates written day first: the note names five lines and counts the rest, in one line
    List<String> lines = new java.util.ArrayList<>(List.of("file\toutlet\tpublished"));
    for (int i = 1; i <= 7; i++) {
      lines.add("a" + i + ".txt\tLindby Post\t0" + i + "/04/2026");
    }
    Manifest m = Manifest.parse(Path.of("MANIFEST.tsv"), lines, Manifest.BadDates.READ_AS_UNKNOWN);
    assertThat(CorpusCommand.unreadDatesNote(m)).hasValueSatisfying(note -> assertThat(note)
        .startsWith("manifest MANIFEST.tsv line 2: published '01/04/2026' does not start with a YYYY-MM-DD date")
        .contains("line 6: published '05/04/2026'").doesNotContain("line 7:")
        .endsWith("(and 2 more lines): their articles are kept, undated"));
    assertThat(CorpusCommand.unreadDatesNote(Manifest.parse(Path.of("MANIFEST.tsv"),
        List.of("file\tpublished", "a1.txt\t2026-04-01"), Manifest.BadDates.READ_AS_UNKNOWN))).isEmpty();
  }

  @Test
  void aFeedLineDatedYearsAfterTheOthersIsNamedWithItsLineAndDate() throws IOException {
    // 2099 typed for 2026 on the feed's second line: the run goes on, and says where the date is and what it is
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)),
        line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)).replace("2026-04-06", "2099-04-06"),
        line("h1", "\"outlet\":\"Lindby Herald\",", Files.readString(herald))) + "\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("parallax: dated more than a year after every other article: " + feed + " line 2:"
        + " published '2099-04-06' (73 years after the latest other, 2026-04-06); such a date is taken as given, and the"
        + " grouping reads it: check it");
    // two lines of a later batch with one wrong year: each has the other's date, and the earlier run's last day tells
    Path first = Files.writeString(dir.resolve("first.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)),
        line("h1", "\"outlet\":\"Lindby Herald\",", Files.readString(herald))) + "\n");
    Path later = Files.writeString(dir.resolve("later.jsonl"), String.join("\n",
        line("p2", "\"outlet\":\"Lindby Post\",", Files.readString(post)).replace("2026-04-06", "2099-04-07"),
        line("h2", "\"outlet\":\"Lindby Herald\",", Files.readString(herald)).replace("2026-04-06", "2099-04-07"))
        + "\n");
    assertThat(CliRun.of("corpus", "--out", dir.resolve("batches").toString(), first.toString()).code()).isZero();
    CliRun next = CliRun.of("corpus", "--out", dir.resolve("batches").toString(), first.toString(), later.toString());
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.err()).contains("parallax: dated more than a year after every other article or the last batch's"
        + " end: " + later + " line 1: published '2099-04-07' (73 years after the last batch's end, 2026-04-06); "
        + later + " line 2: published '2099-04-07' (73 years after the last batch's end, 2026-04-06); such a date is"
        + " taken as given, and the grouping reads it: check them");
  }

  @Test
  void aFeedWithEveryDateSaysNothingAboutDates() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("c1", "\"outlet\":\"Lindby Courier\",", Files.readString(courier)),
        line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)),
        line("h1", "\"outlet\":\"Lindby Herald\",", Files.readString(herald))) + "\n");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("no date given");
  }

  private static String line(String id, String outlet, String text) {
    return "{\"id\":\"" + id + "\"," + outlet + "\"published\":\"2026-04-06\",\"text\":\""
        + text.replace("\n", "\\n") + "\"}";
  }

  @Test
  void aFoldersOwnManifestGivesWayToTheOneNamedWithManifest() throws IOException {
    // the folder keeps last week's manifest; the user names the corrected one: that one is used, the other skipped
    Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\ncourier.txt\tOld Name\t\n");
    Path corrected = Files.writeString(dir.resolve("corrected.tsv"), "file\toutlet\tpublished\n"
        + "bridge/courier.txt\tLindby Courier\t2026-04-06\nbridge/post.txt\tLindby Post\t2026-04-06\n"
        + "bridge/herald.txt\tLindby Herald\t2026-04-06\n");
    CliRun r = CliRun.of("compare", "--manifest", corrected.toString(), courier.getParent().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("MANIFEST.tsv (a manifest; --manifest " + corrected + " is used)");
    assertThat(r.out()).contains("Lindby Courier").doesNotContain("Old Name");
  }

  @Test
  void twoFoldersEachWithItsManifestAreToldWhatToDoNotToPassOneWithManifest() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.move(herald, other.resolve("herald.txt"));
    Files.writeString(courier.resolveSibling("MANIFEST.tsv"), "file\toutlet\tpublished\ncourier.txt\tLindby Courier\t\n"
        + "post.txt\tLindby Post\t\n");
    Files.writeString(other.resolve("MANIFEST.tsv"), "file\toutlet\tpublished\nherald.txt\tLindby Herald\t\n");
    CliRun r = CliRun.of("compare", courier.getParent().toString(), other.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: 2 manifests found among the inputs (")
        .contains("a run reads one manifest: name the one to use with --manifest")
        .contains("or compare one folder at a time");
  }

  @Test
  void oneFileGivenTwiceIsSaidToBeGivenTwiceNotToNeedARename() {
    CliRun r = CliRun.of("compare", courier.toString(), post.toString(), courier.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).isEqualTo("parallax: " + courier + ": given twice; name each article once");
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedAsGivenNotByItsTemporaryFile() {
    // the kernel's /proc takes no new file, whoever asks (root too)
    CliRun r = CliRun.of("compare", "--quiet", "--json", "/proc/bridge.json", courier.toString(), post.toString(),
        herald.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: /proc/bridge.json: cannot write (").doesNotContain(".tmp");
  }

  @Test
  void aCorpusRunRemovesTheTemporaryFilesAKilledRunLeftAndNothingElse() throws IOException {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("corpus", "--quiet", "--out", out.toString(), courier.getParent().toString()).code()).isZero();
    // what `kill -9` during the last writes leaves: a temporary file beside each file the run was replacing
    List<Path> leftovers = List.of(out.resolve(".index.html4185936270214357.tmp"),
        out.resolve("events").resolve(".e1.html987654321.tmp"),
        out.resolve(".parts").resolve(".e1-0123456789abcdef.json42.tmp"));
    List<Path> users = List.of(out.resolve(".notes.tmp"), out.resolve("events").resolve(".e1.html.tmp"));
    for (Path p : Stream.concat(leftovers.stream(), users.stream()).toList()) {
      Files.writeString(p, "half");
    }
    CliRun again = CliRun.of("corpus", "--out", out.toString(), courier.getParent().toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("removed 3 temporary files an earlier run stopped half way left in " + out);
    assertThat(leftovers).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(users).allSatisfy(p -> assertThat(p).exists());
  }

  @Test
  void aFeedGivenToCompareIsSentToCorpusNotComparedAsOneArticleOfJson() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), line("c1", "\"outlet\":\"Lindby Courier\",",
        Files.readString(courier)) + "\n" + line("p1", "\"outlet\":\"Lindby Post\",", Files.readString(post)) + "\n");
    CliRun r = CliRun.of("compare", feed.toString(), herald.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).isEqualTo("parallax: " + feed + ": a JSON Lines feed (one article per line), which compare"
        + " does not read; compare its articles with: parallax corpus --out DIR " + feed);
  }

  @Test
  void anEmptyFeedIsNamedNotCalledNoArticlesGiven() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "");
    CliRun r = CliRun.of("corpus", "--out", dir.resolve("out").toString(), feed.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errorLine()).startsWith("parallax: " + feed + ": empty, no article in it");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
