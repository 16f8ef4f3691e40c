package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input {@code parallax compare} cannot use: exit code 1 and exactly one line on standard error that starts
 * with {@code parallax: } and says what is wrong, never a stack trace, nothing on standard output.
 */
class BadInputTest {
  @TempDir
  Path dir;
  private Path good;

  @BeforeEach
  void writeOneGoodArticle() throws IOException {
    good = write("good.txt", "Ministers meet in Vienna\n\nThe foreign ministers met in Vienna on Tuesday to discuss "
        + "the ceasefire, officials said. The talks lasted four hours.");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The outcome of one run: exit code and what was printed. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Exit code 1 and one line on stderr starting with "parallax: " that contains {@code mentions}. */
  private static void assertOneLineError(Run r, String... mentions) {
    assertThat(r.code()).as("exit code; stderr was: %s", r.err()).isEqualTo(1);
    assertThat(r.err().lines().toList()).as("stderr").singleElement().satisfies(line -> {
      assertThat(line).startsWith("parallax: ");
      for (String m : mentions) {
        assertThat(line).contains(m);
      }
    });
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingFile() {
    assertOneLineError(run("compare", dir.resolve("missing.txt").toString(), good.toString()), "missing.txt", "no such file");
  }

  @Test
  void anArticleNotInEnglishIsNamedByItsFile() throws IOException {
    Path french = write("lettre.txt", "Le ministre de l'Intérieur a annoncé dimanche que douze personnes avaient été"
        + " blessées lors des violences liées au port d'Orvik.\n\n« Parmi les blessés figurent des policiers et des"
        + " étudiants », a déclaré le ministre lors d'un point de presse au secrétariat.\n\nLe gouvernement a imposé"
        + " un couvre-feu pour une durée indéterminée à minuit et a fait appel à l'armée.");
    assertOneLineError(run("compare", french.toString(), good.toString()), french.toString() + " (article lettre)",
        "English");
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = write("empty.txt", "");
    assertOneLineError(run("compare", empty.toString(), good.toString()), "empty.txt", "empty");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path blank = write("blank.txt", "  \n\n\t \u00A0\n");
    assertOneLineError(run("compare", blank.toString(), good.toString()), "blank.txt", "empty");
  }

  @Test
  void anImageIsCalledAnImage() throws IOException {
    Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertOneLineError(run("compare", binary.toString(), good.toString()), "photo.txt", "a PNG image");
  }

  @Test
  void aPdfSaysToCopyItsTextOut() throws IOException {
    Path pdf = Files.write(dir.resolve("story.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    assertOneLineError(run("compare", pdf.toString(), good.toString()), "story.pdf", "a PDF: copy its text out");
  }

  @Test
  void aWordDocumentSaysToSaveItAsPlainText() throws IOException {
    // a .docx is a ZIP of named parts; whatever it is called, core's reader names it by them
    Path docx = dir.resolve("story.txt");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(docx))) {
      for (String part : new String[] {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}) {
        z.putNextEntry(new ZipEntry(part));
        z.write("<w:t>The ferry strike in Ostvik ended on Thursday.</w:t>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    assertOneLineError(run("compare", docx.toString(), good.toString()), "story.txt",
        "a Word document (.docx): save it as plain text");
  }

  @Test
  void anEmptyFileNamedAloneIsSaidToBeEmpty() throws IOException {
    Path empty = write("empty.txt", "");
    assertOneLineError(run("compare", empty.toString()), "empty.txt: empty file", "at least two articles");
  }

  @Test
  void anEmptyFileAmongThreeIsLeftOutAndTheOthersAreCompared() throws IOException {
    Path other = write("other.txt", "Vienna talks end without a deal\n\nThe foreign ministers ended their talks in Vienna"
        + " on Tuesday without a ceasefire deal, officials said. The talks lasted four hours.");
    Path empty = write("empty.txt", "");
    Run r = run("compare", good.toString(), empty.toString(), other.toString());
    // named on the command line and left out: the report covers the others, and the exit code says so
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("parallax: left out 1 file: " + empty + " (empty file); comparing the other 2")
        .contains("1 input left out (" + empty + " (empty file)); the report covers the other 2 articles");
    assertThat(r.out()).startsWith("Parallax: 2 articles");
  }

  @Test
  void emptyDirectoryWhereArticlesAreExpected() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertOneLineError(run("compare", folder.toString()), "two articles");
  }

  @Test
  void directoryGivenAsTheManifest() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertOneLineError(run("compare", "--manifest", folder.toString(), good.toString()), "folder", "directory");
  }

  @Test
  void manifestThatIsNotText() throws IOException {
    Path manifest = Files.write(dir.resolve("MANIFEST.tsv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'f', 0, (byte) 0xC3});
    assertOneLineError(run("compare", "--manifest", manifest.toString(), good.toString()), "manifest", "not UTF-8");
  }

  @Test
  void unreadableManifest() throws IOException {
    Path manifest = unreadable(write("MANIFEST.tsv", "file\toutlet\ngood.txt\tRT\n"));
    assertOneLineError(run("compare", "--manifest", manifest.toString(), good.toString()), "permission denied");
  }

  /**
   * A file this process may not read: {@code file} with no permissions (POSIX) or with reading denied to its owner
   * (an access control list, as on Windows); when the process may read any file (root, as CI runs), a file the kernel
   * refuses to everyone. Never skips: a machine where none of these holds fails the test, saying why.
   */
  private static Path unreadable(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(Set.of());
      return refusesReading(file) ? file : fileNoOneMayRead().orElseThrow(() -> new AssertionError(
          "this process may read any file, and no write-only kernel attribute under /sys stands in for an unreadable one"));
    }
    AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
    if (acl == null) {
      throw new AssertionError("this file system has neither POSIX permissions nor access control lists");
    }
    List<AclEntry> entries = new ArrayList<>(acl.getAcl());
    entries.add(0, AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(acl.getOwner())
        .setPermissions(AclEntryPermission.READ_DATA).build());
    acl.setAcl(entries);
    return file;
  }

  /**
   * A file no one may read, whatever their rights: a write-only attribute of the Linux kernel under {@code /sys} (a
   * device's "rescan", say), which the kernel refuses to open for reading; empty where there is none.
   */
  private static Optional<Path> fileNoOneMayRead() {
    for (String root : List.of("/sys/devices", "/sys/bus", "/sys/class")) {
      try (Stream<Path> files = Files.find(Path.of(root), 3, (p, a) -> a.isRegularFile() && writeOnly(p))) {
        Optional<Path> refused = files.filter(BadInputTest::refusesReading).findFirst();
        if (refused.isPresent()) {
          return refused;
        }
      } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
        // no such tree here, or a part of it that cannot be listed: try the next
      }
    }
    return Optional.empty();
  }

  private static boolean writeOnly(Path p) {
    try {
      return Files.getPosixFilePermissions(p).equals(Set.of(PosixFilePermission.OWNER_WRITE));
    } catch (IOException e) {
      return false;
    }
  }

  @SuppressWarnings("try") // opened only to see whether it may be
  private static boolean refusesReading(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      return false;
    } catch (AccessDeniedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void manifestWithoutAFileColumn() throws IOException {
    Path manifest = write("list.tsv", "name\toutlet\ngood.txt\tRT\n");
    assertOneLineError(run("compare", "--manifest", manifest.toString(), good.toString()), "list.tsv", "'file'");
  }

  @Test
  void aTableNamedAmongTheArticlesIsAManifestGoneWrongNotAnArticle() throws IOException {
    Path other = write("other.txt", "Ministers meet again in Vienna\n\nThe foreign ministers met in Vienna again on"
        + " Wednesday, officials said.");
    // the header of a manifest without its 'file' column: compared as an article, it was set apart as another event
    Path tsv = write("dates.tsv", "outlet\tpublished\nLindby Post\t2024-03-05\n");
    assertOneLineError(run("compare", tsv.toString(), good.toString(), other.toString()), "dates.tsv",
        "the header has no 'file' column", "never read as an article");
    Path csv = write("dates.csv", "file,outlet,published\ngood.txt,Lindby Post,2024-03-05\n");
    assertOneLineError(run("compare", csv.toString(), good.toString(), other.toString()), "dates.csv",
        "not tab-separated", "never read as an article");
  }

  @Test
  void manifestWithABadDate() throws IOException {
    Path manifest = write("MANIFEST.tsv", "file\toutlet\tpublished\ngood.txt\tRT\tlast Tuesday\n");
    assertOneLineError(run("compare", "--manifest", manifest.toString(), good.toString()), "line 2");
  }

  @Test
  void manifestNamingAMissingFile() throws IOException {
    Path manifest = write("MANIFEST.tsv", "file\toutlet\ngood.txt\tRT\ngone.txt\tBBC\n");
    assertOneLineError(run("compare", manifest.toString()), "gone.txt");
    assertOneLineError(run("compare", "--manifest", manifest.toString(), good.toString()), "gone.txt");
  }

  @Test
  void missingManifest() {
    assertOneLineError(run("compare", "--manifest", dir.resolve("none.tsv").toString(), good.toString()), "none.tsv");
  }

  @Test
  void manifestWithOnlyItsHeader() throws IOException {
    Path manifest = write("MANIFEST.tsv", "file\toutlet\tpublished\n");
    assertOneLineError(run("compare", "--manifest", manifest.toString()), "MANIFEST.tsv", "lists no article");
    Run corpus = run("corpus", "--out", dir.resolve("out").toString(), "--manifest", manifest.toString());
    assertThat(corpus.code()).isEqualTo(1);
    assertThat(corpus.err().strip()).contains("MANIFEST.tsv", "lists no article").doesNotContain("\n");
  }

  @Test
  void oneArticleOnlyIsNamed() {
    assertOneLineError(run("compare", good.toString()), "good.txt", "two articles");
  }

  @Test
  void aFolderOfOneArticleSaysWhyItsOtherFilesDidNotCount() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("one-article"));
    Files.copy(good, folder.resolve("story.txt"));
    Files.writeString(folder.resolve("notes.csv"), "outlet,date\nLindby Post,2024-03-05\n");
    Run r = run("compare", folder.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("notes.csv").contains("only one article given").doesNotContain("Exception");
    assertThat(r.err().indexOf("notes.csv")).isLessThan(r.err().indexOf("only one article given"));
  }

  @Test
  void twoFilesOfOneNameInTwoFoldersAreNamedAsCorpusNamesThem() throws IOException {
    Path monday = Files.createDirectory(dir.resolve("monday"));
    Path tuesday = Files.createDirectory(dir.resolve("tuesday"));
    Files.copy(good, monday.resolve("1.txt"));
    Files.copy(good, tuesday.resolve("1.txt"));
    Run compare = run("compare", "--quiet", monday.toString(), tuesday.toString());
    assertOneLineError(compare, "'1'", monday.resolve("1.txt").toString(), tuesday.resolve("1.txt").toString(),
        "rename one (an article's id is its file name without extension)");
    Run corpus = run("corpus", "--quiet", "--out", dir.resolve("out").toString(), monday.toString(), tuesday.toString());
    // the same files named the same way; corpus mode also offers ids that name the folder (37th session)
    String clash = compare.err().substring(0, compare.err().indexOf("; rename one"));
    assertOneLineError(corpus, clash, "rename one, or name each article by its folder and file with --ids-with-folder");
  }

  @Test
  void oneArticleOnly() {
    assertOneLineError(run("compare", good.toString()), "two articles");
  }

  @Test
  void manifestOfOneFolderWithTheNamesakesOfAnotherFolder() throws IOException {
    Path spring = Files.createDirectory(dir.resolve("spring"));
    Path autumn = Files.createDirectory(dir.resolve("autumn"));
    for (Path folder : List.of(spring, autumn)) {
      Files.copy(good, folder.resolve("harbor.txt"));
      Files.writeString(folder.resolve("valley.txt"), "Ferry service resumes in Oskarvik\n\nThe ferry between Oskarvik"
          + " and Lindby ran again on Monday after a two-week strike, the operator said.");
    }
    Path manifest = Files.writeString(spring.resolve("MANIFEST.tsv"),
        "file\toutlet\tpublished\nharbor.txt\tHarbor Courier\t2024-04-02\nvalley.txt\tValley Gazette\t2024-04-02\n");
    // spring's manifest would lend its outlets and dates to autumn's articles of the same names
    assertOneLineError(run("compare", "--manifest", manifest.toString(), autumn.toString()), manifest.toString(),
        autumn.resolve("harbor.txt").toString(), "another file of the same name");
    assertOneLineError(run("compare", "--manifest", manifest.toString(), autumn.resolve("harbor.txt").toString(),
        spring.resolve("valley.txt").toString()), autumn.resolve("harbor.txt").toString());
    // the near variant: the manifest with its own folder's files, named one by one or as the folder
    Run own = run("compare", "--quiet", "--manifest", manifest.toString(), spring.resolve("harbor.txt").toString(),
        spring.resolve("valley.txt").toString());
    assertThat(own.code()).as(own.err()).isZero();
    assertThat(own.out()).contains("Harbor Courier", "Valley Gazette");
  }
}
