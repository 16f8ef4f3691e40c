package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest's edge-case table from its Javadoc, one row per case, and the bundled manifest. */
class ManifestTest {
  private static final Path SOURCE = Path.of("data", "MANIFEST.tsv");

  private static Manifest parse(String... lines) {
    return Manifest.parse(SOURCE, List.of(lines));
  }

  @Test
  void emptyFile() {
    assertThatThrownBy(() -> parse()).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> parse("", "  ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
  }

  @Test
  void headerWithoutFileColumn() {
    assertThatThrownBy(() -> parse("name\toutlet", "a.txt\tRT")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'file'");
  }

  @Test
  void rowWithoutItsFileCell() {
    assertThatThrownBy(() -> parse("outlet\tfile", "RT")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void rowSeparatedBySpacesInsteadOfTabs() {
    assertThatThrownBy(() -> parse("outlet\tfile", "RT    a.txt")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2").hasMessageContaining("tab");
  }

  @ParameterizedTest(name = "published ''{0}''")
  @CsvSource(delimiter = '|', value = {"yesterday", "12/02/2021", "2021-13-01", "2021-02-30"})
  void publishedThatIsNotAnIsoDate(String value) {
    assertThatThrownBy(() -> parse("file\tpublished", "a.txt\t" + value)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void aRowThatEndsBeforeThePublishedColumnIsRefusedNotTakenAsUndated() {
    assertThatThrownBy(() -> parse("file\toutlet\tpublished", "a.txt\tHarbour Post\t2031-05-02", "b.txt\tKelby Star"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 3: no 'published' cell").hasMessageContaining("an unknown date is an empty cell");
    assertThatThrownBy(() -> parse("file\toutlet\tpublished", "b.txt")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2: no 'outlet' cell");
    // an empty cell says "unknown": accepted, undated
    assertThat(parse("file\toutlet\tpublished", "b.txt\tKelby Star\t").entries())
        .containsExactly(new Manifest.Entry("b.txt", "Kelby Star", Optional.empty()));
  }

  @Test
  void everyBadDateIsReportedNotOnlyTheFirst() {
    assertThatThrownBy(() -> parse("file\toutlet\tpublished", "a.txt\tHarbour Post\t2031-13-45",
        "b.txt\tKelby Star\t2031-05-02", "c.txt\tOrsk Mercury\t02/05/2031"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2: no such date 2031-13-45")
        .hasMessageContaining("line 4: published '02/05/2031' does not start with a YYYY-MM-DD date")
        .hasMessageNotContaining("line 3");
  }

  @Test
  void aBadDateReadAsUnknownKeepsTheRowUndatedAndNamesItsLine() {
    Manifest m = Manifest.parse(SOURCE, List.of("file\toutlet\tpublished", "a.txt\tHarbour Post\t2031-13-45",
        "b.txt\tKelby Star\t2031-05-02", "c.txt\tOrsk Mercury\t18/10/2031"), Manifest.BadDates.READ_AS_UNKNOWN);
    assertThat(m.entries()).containsExactly(new Manifest.Entry("a.txt", "Harbour Post", Optional.empty()),
        new Manifest.Entry("b.txt", "Kelby Star", Optional.of(LocalDate.of(2031, 5, 2))),
        new Manifest.Entry("c.txt", "Orsk Mercury", Optional.empty()));
    assertThat(m.unreadDates()).containsExactly("line 2: no such date 2031-13-45", "line 4: published '18/10/2031' does"
        + " not start with a YYYY-MM-DD date, the one form a manifest takes (write 2031-10-18)");
    // a row short of a cell is still refused: it is a broken line, not an unknown date
    assertThatThrownBy(() -> Manifest.parse(SOURCE, List.of("file\toutlet\tpublished", "b.txt\tKelby Star"),
        Manifest.BadDates.READ_AS_UNKNOWN)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2: no 'published' cell");
    // every date read: nothing named
    assertThat(Manifest.parse(SOURCE, List.of("file\tpublished", "b.txt\t2031-05-02"),
        Manifest.BadDates.READ_AS_UNKNOWN).unreadDates()).isEmpty();
  }

  @Test
  void aDateWithSlashesIsRewrittenForTheUserWhenItReadsOneWayOnly() {
    assertThatThrownBy(() -> parse("file\toutlet\tpublished", "a.txt\tHarbour Post\t18/10/2031",
        "b.txt\tKelby Star\t02/05/2031"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2: published '18/10/2031' does not start with a YYYY-MM-DD date, the one form a"
            + " manifest takes (write 2031-10-18)")
        .hasMessageContaining("line 3: published '02/05/2031' does not start with a YYYY-MM-DD date, the one form a"
            + " manifest takes (day or month first? write it as YYYY-MM-DD)");
  }

  @Test
  void aHeaderTypedWithSpacesIsSaidNotToBeTabSeparated() {
    assertThatThrownBy(() -> parse("file    outlet    published", "a.txt    Harbour Post    2031-10-18"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not tab-separated (the header's columns are separated by spaces or commas)");
  }

  @Test
  void sameFileTwice() {
    assertThatThrownBy(() -> parse("file", "a.txt", "b.txt", "a.txt")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 4").hasMessageContaining("twice");
  }

  @Test
  void aFileNameOrDateWithALineBreakIsWrittenOutInTheMessage() {
    // a message stays one line whatever the manifest's cells hold
    assertThatThrownBy(() -> parse("file", "kelby\nstar.txt", "kelby\nstar.txt"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("file kelby\\nstar.txt is listed twice")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> parse("file\tpublished", "a.txt\tmonday\u202E 2031"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("published 'monday\\u202e 2031'")
        .hasMessageNotContaining("\u202E");
    assertThatThrownBy(() -> Manifest.parse(Path.of("orsk\nfeed.tsv"), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("manifest orsk\\nfeed.tsv: empty");
    // a plain name reads as it is
    assertThatThrownBy(() -> parse("file", "kelby.txt", "kelby.txt")).hasMessageContaining("file kelby.txt is listed twice");
  }

  @Test
  void blankLinesAreSkipped() {
    Manifest m = parse("", "file\toutlet", "", "a.txt\tRT", "   ", "b.txt\tBBC", "");
    assertThat(m.entries()).extracting(Manifest.Entry::file).containsExactly("a.txt", "b.txt");
  }

  @Test
  void publishedMayCarryTextAfterTheDateAndMayBeEmpty() {
    Manifest m = parse("file\toutlet\tpublished\tnotes", "a.txt\tRT\t2021-12-02 (inferred from the text)\tx",
        "b.txt\tBI\t\tnone");
    assertThat(m.entries()).containsExactly(
        new Manifest.Entry("a.txt", "RT", Optional.of(LocalDate.of(2021, 12, 2))),
        new Manifest.Entry("b.txt", "BI", Optional.empty()));
  }

  @Test
  void columnsInAnyOrderExtraColumnsIgnoredHeaderCaseAndByteOrderMarkForgiven() {
    Manifest m = parse("\uFEFFNotes\tPublished\tFILE\tOutlet", "x\t2021-12-03\ta.txt\tZeroHedge");
    assertThat(m.entries()).containsExactly(
        new Manifest.Entry("a.txt", "ZeroHedge", Optional.of(LocalDate.of(2021, 12, 3))));
  }

  @Test
  void onlyTheFileColumnIsRequired() {
    assertThat(parse("file", "a.txt").entries())
        .containsExactly(new Manifest.Entry("a.txt", "", Optional.empty()));
  }

  @Test
  void entriesAreFoundByFileNameWithoutFolders() {
    Manifest m = parse("file\toutlet", "sub/a.txt\tRT");
    assertThat(m.entryFor("a.txt")).map(Manifest.Entry::outlet).contains("RT");
    assertThat(m.entryFor("b.txt")).isEmpty();
  }

  @Test
  void entriesCannotBeModified() {
    Manifest m = parse("file", "a.txt");
    assertThatThrownBy(() -> m.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readingAMissingOrUnreadableManifest(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> Manifest.read(dir.resolve("none.tsv"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no such file");
    Path binary = Files.write(dir.resolve("m.tsv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'f', 0});
    assertThatThrownBy(() -> Manifest.read(binary)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("manifest");
  }

  @Test
  void theBundledManifestNamesTheFiveSeedsWithTheirOutletsAndDates() {
    Path bundled = Path.of(System.getProperty("basedir", ".")).resolve("../examples/data/lavrov-nightmare/MANIFEST.tsv");
    Manifest m = Manifest.read(bundled);
    assertThat(m.entries()).hasSize(5);
    assertThat(m.entryFor("001_17d8a8fe762a2e75.txt")).map(Manifest.Entry::outlet).contains("RT");
    assertThat(m.entryFor("002_d2b672eee6184288.txt")).flatMap(Manifest.Entry::published)
        .contains(LocalDate.of(2021, 12, 2));
    assertThat(m.entryFor("004_e9aafec4d55ee50f.txt")).flatMap(Manifest.Entry::published)
        .contains(LocalDate.of(2021, 12, 24));
    assertThat(Files.exists(m.folder().resolve("003_b011d7168288c4b4.txt"))).isTrue();
  }

  @Test
  void urlColumnIsReadWhenPresentAndEmptyOtherwise() {
    Manifest m = parse("file\toutlet\turl", "a.txt\tKelby Echo\thttps://kelbyecho.example/opinion/harbour",
        "b.txt\tLindby Post\t", "c.txt\tStrand Wire");
    assertThat(m.entries()).extracting(Manifest.Entry::url)
        .containsExactly("https://kelbyecho.example/opinion/harbour", "", "");
    assertThat(parse("file\toutlet", "a.txt\tKelby Echo").entries().get(0).url()).isEmpty();
  }
}
