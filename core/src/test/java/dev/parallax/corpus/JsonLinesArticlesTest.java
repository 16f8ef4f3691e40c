package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a corpus from JSON Lines. */
class JsonLinesArticlesTest {
  @Test
  void readsTextAndHtmlArticles(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, """
        {"id":"a1","outlet":"Herald","published":"2026-03-10T18:00:00Z","title":"Fire in Bremen","text":"A fire destroyed a warehouse."}

        {"id":"a2","outlet":"Courier","published":"2026-03-11","html":"<html><body><p>Firefighters fought a blaze.</p></body></html>"}
        """);
    List<Article> a = JsonLinesArticles.read(f);
    assertThat(a).extracting(Article::id).containsExactly("a1", "a2");
    assertThat(a.get(0).published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(a.get(0).title()).isEqualTo("Fire in Bremen");
    assertThat(a.get(1).outlet()).isEqualTo("Courier");
    assertThat(a.get(1).text()).contains("Firefighters fought a blaze.");
  }

  @Test
  void aFeedSavedWithAByteOrderMarkIsReadFromItsFirstLine(@TempDir Path dir) throws Exception {
    // "UTF-8 with BOM", as a Windows editor saves it: the mark opens line 1 and is no part of the JSON
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "\uFEFF{\"id\":\"a1\",\"outlet\":\"Lindby Courier\",\"text\":\"A fire destroyed a barn.\"}\n"
        + "{\"id\":\"a2\",\"outlet\":\"Lindby Post\",\"text\":\"Firefighters fought a blaze.\"}\n", StandardCharsets.UTF_8);
    assertThat(JsonLinesArticles.read(f)).extracting(Article::outlet).containsExactly("Lindby Courier", "Lindby Post");
    assertThat(JsonLinesArticles.onDemand(f)).extracting(Article::id).containsExactly("a1", "a2");
  }

  @Test
  void aTextOrPageLargerThanAnArticleFileMayBeIsRefusedByLine(@TempDir Path dir) throws Exception {
    // a file of one article is refused above 8 MiB; a feed's line must not take in what the file could not
    String big = "Jane Doe opened the Lindby bridge. ".repeat(8 * 1024 * 1024 / 35 + 1);
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"text\":\"A fire destroyed a barn.\"}\n{\"id\":\"a2\",\"text\":\""
        + big + "\"}\n", StandardCharsets.UTF_8);
    String size = String.format(java.util.Locale.ROOT, "%,d", big.length());
    assertThatThrownBy(() -> JsonLinesArticles.read(f)).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ":2: \"text\" of " + size + " bytes, more than the limit of 8,388,608 bytes for one article");
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).hasMessageContaining(":2: \"text\" of " + size);
    assertThatThrownBy(() -> JsonLinesArticles.fromFields("a3", "", "", "", "", "<p>" + big + "</p>", "l:3"))
        .hasMessageStartingWith("l:3: \"html\" of ");
    String justUnder = "x".repeat(8 * 1024 * 1024 - 2) + "\u00e9"; // 8,388,608 bytes: at the limit, read
    assertThat(JsonLinesArticles.fromFields("a4", "", "", "", justUnder, "", "l:4").text()).endsWith("x\u00e9");
  }

  @Test
  void aTitleGivenApartFromTheTextBecomesItsFirstLine() {
    Article a = JsonLinesArticles.parse("{\"id\":\"a1\",\"title\":\" Fire in\\nLindby \",\"text\":\"A fire destroyed a barn.\"}", "l:1");
    assertThat(a.text()).isEqualTo("Fire in Lindby\n\nA fire destroyed a barn.");
    assertThat(a.title()).isEqualTo("Fire in\nLindby");
  }

  @Test
  void aLineIsReadOnceIntoItsFieldsAsGivenThenMadeTheArticleParseGives() {
    // A caller that keeps the line's fields (the Spark job's rows) reads them once and checks them as parse does.
    String line = "\uFEFF{\"id\":\"v1\",\"outlet\":\"Velmora Post\",\"url\":\"https://post.example/v1\","
        + "\"title\":\"Ferry strike\",\"text\":\"Dock workers in Velmora stopped the ferries.\",\"published\":null}";
    JsonLinesArticles.Fields f = JsonLinesArticles.fields(line, "feed.jsonl:3");
    assertThat(f).isEqualTo(new JsonLinesArticles.Fields("v1", "Velmora Post", "", "https://post.example/v1",
        "Ferry strike", "Dock workers in Velmora stopped the ferries.", ""));
    assertThat(f.article("feed.jsonl:3")).isEqualTo(JsonLinesArticles.parse(line, "feed.jsonl:3"));
    // near variants: a line without an id fails at once, a line without a text when made an article, in parse's words
    assertThatThrownBy(() -> JsonLinesArticles.fields("{\"text\":\"Ferries stay in port.\"}", "feed.jsonl:4"))
        .hasMessage("feed.jsonl:4: no \"id\"");
    JsonLinesArticles.Fields untold = JsonLinesArticles.fields("{\"id\":\"v2\",\"outlet\":\"Orsk Daily\"}", "feed.jsonl:5");
    assertThatThrownBy(() -> untold.article("feed.jsonl:5"))
        .hasMessage("feed.jsonl:5: article v2 has neither \"text\" nor \"html\"");
  }

  @Test
  void aTextThatOpensWithItsTitleIsReadAsGiven() {
    String text = "\nFire in  lindby\n\nA fire destroyed a barn.";
    assertThat(JsonLinesArticles.withHeadline("Fire in Lindby", text)).isEqualTo(text);
    assertThat(JsonLinesArticles.withHeadline(" ", "A fire destroyed a barn.")).isEqualTo("A fire destroyed a barn.");
  }

  @Test
  void aPageKeepsItsOwnTextWhateverTheTitle() {
    Article a = JsonLinesArticles.parse("{\"id\":\"a2\",\"title\":\"Fire in Lindby\",\"html\":\"<p>A fire destroyed a barn.</p>\"}", "l:2");
    assertThat(a.text()).doesNotContain("Fire in Lindby");
  }

  @Test
  void aBadLineIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\"}\n");
    assertThatThrownBy(() -> JsonLinesArticles.read(f)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("feed.jsonl:2").hasMessageContaining("neither \"text\" nor \"html\"");
  }

  @Test
  void aBlankTextOrPageIsSaidToBeEmptyNotMissing() {
    // a scraper that found no body writes the field blank: the line gives it, so the message says it is empty
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a\",\"text\":\"   \"}", "l:1"))
        .isInstanceOf(InvalidInputException.class).hasMessage("l:1: article a: its \"text\" is empty");
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a\",\"html\":\"\\n\"}", "l:2"))
        .isInstanceOf(InvalidInputException.class).hasMessage("l:2: article a: its \"html\" has no text");
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a\",\"text\":\"\"}", "l:3"))
        .isInstanceOf(InvalidInputException.class).hasMessage("l:3: article a has neither \"text\" nor \"html\"");
  }

  @Test
  void aLineThatRepeatsAnEarlierLineFieldForFieldIsReadOnceAndNamed(@TempDir Path dir) throws Exception {
    // a scraped feed that gives one story twice: the copy is named and left out, the run is not stopped
    Path f = dir.resolve("night.jsonl");
    String k1 = "{\"id\":\"k1\",\"text\":\"The ferry to Skelby was cancelled.\"}";
    Files.writeString(f, k1 + "\n{\"id\":\"k2\",\"text\":\"No ferry sails to Skelby today.\"}\n"
        + "{ \"text\": \"The ferry to Skelby was cancelled.\", \"id\": \"k1\" }\n");
    List<BadLine> bad = new ArrayList<>();
    List<BadLine> copies = new ArrayList<>();
    assertThat(JsonLinesArticles.onDemand(f, bad::add, copies::add)).extracting(Article::id).containsExactly("k1", "k2");
    assertThat(bad).isEmpty();
    assertThat(copies).containsExactly(new BadLine(f, 3, "repeats line 1 field for field (read once)"));

    // near variant: another article under the id still fails the call, as only the user knows which is k1
    Files.writeString(f, "{\"id\":\"k1\",\"text\":\"The ferry sails again.\"}\n", StandardOpenOption.APPEND);
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f, bad::add, copies::add))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(f + ":4: the id 'k1' is also the id of line 1");
  }

  @Test
  void aDateThatIsNotYearMonthDayLeavesTheArticleUndatedNotOut() {
    // a feed that writes "March 4" or a day-first date: the article is kept, as one given no date is
    Article a = JsonLinesArticles.parse("{\"id\":\"a\",\"text\":\"Ferry strike ends.\",\"published\":\"March 4\"}",
        "l:1");
    assertThat(a.id()).isEqualTo("a");
    assertThat(a.published()).isEmpty();
    assertThat(JsonLinesArticles.parse("{\"id\":\"b\",\"text\":\"Ferry strike ends.\",\"published\":\"04/03/2031\"}",
        "l:2").published()).isEmpty();
    assertThat(JsonLinesArticles.parse("{\"id\":\"c\",\"text\":\"Ferry strike ends.\",\"published\":\"2031-03-04T08:00Z\"}",
        "l:3").published()).contains(java.time.LocalDate.of(2031, 3, 4));
  }

  @Test
  void aDateNotReadIsSaidWithWhyOneRowPerCase() {
    assertThat(fields("2021-10-18").unreadDate()).isEmpty();
    assertThat(fields("2021-10-18T09:30:00Z").unreadDate()).isEmpty();
    assertThat(fields("").unreadDate()).isEmpty();   // no date given: nothing was misread
    assertThat(fields("18/10/2021").unreadDate())
        .contains("published '18/10/2021' is not a YYYY-MM-DD date (write 2021-10-18)");
    assertThat(fields("2021-09-31").unreadDate()).contains("published '2021-09-31' is no such date");
    assertThat(fields(" 2021-10-18").unreadDate()).contains("published ' 2021-10-18' is not a YYYY-MM-DD date");
  }

  private static JsonLinesArticles.Fields fields(String published) {
    return JsonLinesArticles.fields("{\"id\":\"a\",\"text\":\"Ferry strike ends.\",\"published\":\"" + published
        + "\"}", "l:1");
  }

  @Test
  void aFeedNamesEachLineWhoseDateItCouldNotReadAndKeepsItsArticle(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"k1\",\"published\":\"2021-10-18\",\"text\":\"The ferry to Skelby was cancelled.\"}",
        "{\"id\":\"k2\",\"published\":\"18/10/2021\",\"text\":\"No ferry sails to Skelby today.\"}",
        "{\"id\":\"k3\",\"text\":\"Skelby waits for its ferry.\"}",
        "{\"id\":\"k4\",\"published\":\"2021-09-31\",\"text\":\"The ferry sails again.\"}") + "\n");
    List<BadLine> dates = new ArrayList<>();
    List<BadLine> bad = new ArrayList<>();
    List<Article> feed = JsonLinesArticles.onDemand(f, bad::add, bad::add, dates::add);
    assertThat(feed).extracting(Article::id).containsExactly("k1", "k2", "k3", "k4");
    assertThat(feed.get(1).published()).isEmpty();
    assertThat(bad).isEmpty();
    assertThat(dates).extracting(d -> d.where() + ": " + d.reason()).containsExactly(
        f + ":2: published '18/10/2021' is not a YYYY-MM-DD date (write 2021-10-18)",
        f + ":4: published '2021-09-31' is no such date");
  }

  @Test
  void notAnObjectIsRefused() {
    assertThatThrownBy(() -> JsonLinesArticles.parse("[1, 2]", "l:3")).isInstanceOf(InvalidInputException.class)
        .hasMessage("l:3: not a JSON object");
    assertThatThrownBy(() -> JsonLinesArticles.parse("id: a, text: Fire in Lindby", "l:4"))
        .isInstanceOf(InvalidInputException.class).hasMessage("l:4: not a JSON object");
  }

  /** A line cut off inside its object (a feed copied while it was written) is said to be cut off, not to be no JSON. */
  @Test
  void aLineCutOffInsideItsObjectIsSaidToBeCutOff() {
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a2\",\"text\":\"Fire in Lindby", "l:2"))
        .isInstanceOf(InvalidInputException.class).hasMessage("l:2: a JSON object cut off before its end");
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a2\",\"text\":\"Fire in Lindby.\"", "l:2"))
        .hasMessage("l:2: a JSON object cut off before its end");
  }

  @Test
  void anOnDemandListGivesTheArticlesOfReadingTheWholeFile(@TempDir Path dir) throws Exception {
    // Blank lines, Windows line ends, a page instead of text and a last line without a line break.
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"outlet\":\"Herald\",\"published\":\"2026-03-10\",\"text\":\"A fire destroyed a warehouse.\"}\r\n"
        + "\r\n   \n"
        + "{\"id\":\"a2\",\"outlet\":\"Courier\",\"html\":\"<p>Firefighters fought a blaze in Bremen \u2014 \u00e9t\u00e9.</p>\"}\n"
        + "{\"id\":\"a3\",\"title\":\" Tram line \",\"text\":\"The council voted for the tram.\"}");
    List<Article> whole = JsonLinesArticles.read(f);
    List<Article> onDemand = JsonLinesArticles.onDemand(f);
    assertThat(onDemand).hasSize(3).isEqualTo(whole);
    assertThat(onDemand.get(1)).isEqualTo(onDemand.get(1)).isNotSameAs(onDemand.get(1));   // read again, equal
    assertThatThrownBy(() -> onDemand.add(whole.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anOnDemandListNamesABadLineBeforeAnyArticleIsAskedFor(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"text\":\"x\"}\n\n{\"id\":\"a2\",\"text\":\"y\"\n");
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ":3: a JSON object cut off before its end");
  }

  @Test
  void aFeedWithBrokenLinesGivesItsOtherArticlesAndNamesTheBrokenOnes(@TempDir Path dir) throws Exception {
    // A night's feed cut off in the middle of line 2, a line without its text, and a good last line without a break.
    Path f = dir.resolve("night.jsonl");
    Files.writeString(f, "{\"id\":\"k1\",\"outlet\":\"Vesterby Tidende\",\"text\":\"The ferry to Skelby was cancelled.\"}\n"
        + "{\"id\":\"k2\",\"outlet\":\"Skelby Post\",\"text\":\"The ferry\n"
        + "\n"
        + "{\"id\":\"k3\",\"outlet\":\"Skelby Post\"}\n"
        + "{\"id\":\"k4\",\"outlet\":\"Skelby Post\",\"text\":\"No ferry sails to Skelby today.\"}");
    List<BadLine> bad = new ArrayList<>();
    List<Article> feed = JsonLinesArticles.onDemand(f, bad::add);
    assertThat(feed).extracting(Article::id).containsExactly("k1", "k4");
    assertThat(feed.get(1).outlet()).isEqualTo("Skelby Post");
    assertThat(bad).containsExactly(new BadLine(f, 2, "a JSON object cut off before its end"),
        new BadLine(f, 4, "article k3 has neither \"text\" nor \"html\""));
    assertThat(bad.get(0).where()).isEqualTo(f + ":2");
    // without a place for them, the first broken line still fails the call, as before
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).hasMessage(f + ":2: a JSON object cut off before its end");
  }

  @Test
  void aFeedWithoutBrokenLinesNamesNoneAndAnIdGivenTwiceStillFailsIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("night.jsonl");
    Files.writeString(f, "{\"id\":\"k1\",\"text\":\"The ferry to Skelby was cancelled.\"}\n"
        + "{\"id\":\"k2\",\"text\":\"No ferry sails to Skelby today.\"}\n");
    List<BadLine> bad = new ArrayList<>();
    assertThat(JsonLinesArticles.onDemand(f, bad::add)).isEqualTo(JsonLinesArticles.read(f));
    assertThat(bad).isEmpty();
    Files.writeString(f, "{\"id\":\"k1\",\"text\":\"The ferry sails again.\"}\n", StandardOpenOption.APPEND);
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f, bad::add)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(f + ":3: the id 'k1' is also the id of line 1");
  }

  @Test
  void anIdGivenTwiceIsNamedWithEveryOtherBrokenLineBeforeTheCallFails(@TempDir Path dir) throws Exception {
    // A merged feed: k1 comes again after a cut-off line, and a line after it has no text; one read names all three.
    Path f = dir.resolve("merged.jsonl");
    Files.writeString(f, "{\"id\":\"k1\",\"outlet\":\"Vesterby Tidende\",\"text\":\"The ferry to Skelby was cancelled.\"}\n"
        + "{\"id\":\"k2\",\"outlet\":\"Skelby Post\",\"text\":\"The ferry\n"
        + "{\"id\":\"k1\",\"outlet\":\"Skelby Post\",\"text\":\"No ferry sails to Skelby today.\"}\n"
        + "{\"id\":\"k3\",\"outlet\":\"Skelby Post\"}\n"
        + "{\"id\":\"k4\",\"outlet\":\"Skelby Post\",\"text\":\"The ferry sails again on Monday.\"}\n");
    List<BadLine> bad = new ArrayList<>();
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f, bad::add)).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ":3: the id 'k1' is also the id of line 1; ids must be distinct");
    assertThat(bad).containsExactly(new BadLine(f, 2, "a JSON object cut off before its end"),
        new BadLine(f, 3, "the id 'k1' is also the id of line 1; ids must be distinct"),
        new BadLine(f, 4, "article k3 has neither \"text\" nor \"html\""));
    // near variant: without a place for bad lines, the first bad line fails the call at once, as before
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).hasMessage(f + ":2: a JSON object cut off before its end");
  }

  @Test
  void aLineThatIsNotUtf8IsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    byte[] good = "{\"id\":\"a1\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Files.write(f, good);
    Files.write(f, bad, StandardOpenOption.APPEND);
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ":2: not UTF-8 text");
  }

  @Test
  void aFeedThatChangesWhileItIsReadOnDemandIsRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"text\":\"first\"}\n{\"id\":\"a2\",\"text\":\"second\"}\n");
    List<Article> feed = JsonLinesArticles.onDemand(f);
    assertThat(feed.get(1).text()).isEqualTo("second");
    Files.writeString(f, "{\"id\":\"a3\",\"text\":\"third\"}\n", StandardOpenOption.APPEND);
    assertThatThrownBy(() -> feed.get(1)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(f + ": changed while its articles were being read");
  }

  @Test
  void anEmptyFeedIsAnEmptyList(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), "\n\n");
    assertThat(JsonLinesArticles.onDemand(f)).isEmpty();
  }

  @Test
  void aFeedThatGivesOneIdTwiceIsRefusedNamingBothLines(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"lindby-1\",\"text\":\"Mayor Jane Doe opened the Lindby bridge.\"}",
        "{\"id\":\"lindby-2\",\"text\":\"Karl Lind crossed the new bridge first.\"}",
        "{\"id\":\"lindby-1\",\"text\":\"Eva Strand painted the bridge.\"}"));
    assertThatThrownBy(() -> JsonLinesArticles.onDemand(f)).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ":3: the id 'lindby-1' is also the id of line 1; ids must be distinct");
  }
}
