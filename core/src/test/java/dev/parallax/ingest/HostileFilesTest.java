package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parallax.InvalidInputException;
import dev.parallax.clean.RemovalReason;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and strings that used to be read wrongly, read without limit, or reported with a confusing message. */
class HostileFilesTest {
  private static final String STORY = "Russia\u2019s foreign minister said on Thursday that \u201Cthe talks will go on\u201D in Stockholm.";

  @TempDir
  Path dir;

  @Test
  void aDeviceCannotBypassTheSizeLimit() {
    Path zero = Path.of("/dev/zero");
    assertThat(zero).as("this test needs a POSIX /dev/zero").exists();
    assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> ArticleReader.create().maxBytes(1_000_000).read(zero)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than the limit of 1,000,000 bytes");
  }

  @Test
  void anOversizedFileSaysItsSizeAndTheLimitInBytes() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(300));
    assertThatThrownBy(() -> ArticleReader.create().maxBytes(1000).read(big))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1,500 bytes, more than the limit of 1,000 bytes");
  }

  @Test
  void oneInvalidByteInUtf8IsReplacedNotReadAsWindows1252() throws IOException {
    byte[] good = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, 10);
    bad[10] = (byte) 0xFF;
    System.arraycopy(good, 10, bad, 11, good.length - 10);
    Article a = ArticleReader.create().read(Files.write(dir.resolve("bad.txt"), bad));
    assertThat(a.text()).contains("Russia\u2019s").contains("\u201Cthe talks will go on\u201D").doesNotContain("\u00E2\u20AC");
    assertThat(a.removed()).anyMatch(r -> r.reason() == RemovalReason.ENCODING && r.text().equals("\uFFFD"));
  }

  @Test
  void windows1252WithoutAnyUtf8IsStillRead() throws IOException {
    Path legacy = Files.write(dir.resolve("legacy.txt"), STORY.getBytes(Charset.forName("windows-1252")));
    assertThat(ArticleReader.create().read(legacy).text()).isEqualTo(STORY);
  }

  @Test
  void utf16IsReadWithOrWithoutAByteOrderMark() throws IOException {
    Path withBom = Files.write(dir.resolve("bom.txt"), STORY.getBytes(StandardCharsets.UTF_16));   // big-endian with BOM
    Path littleEndian = Files.write(dir.resolve("le.txt"), STORY.getBytes(StandardCharsets.UTF_16LE));
    assertThat(ArticleReader.create().read(withBom).text()).isEqualTo(STORY);
    assertThat(ArticleReader.create().read(littleEndian).text()).isEqualTo(STORY);
  }

  @Test
  void aLoneSurrogateIsReplacedAndListed() {
    Article text = ArticleReader.create().fromText("t", "A lone \uD800 surrogate stands here. It is gone.");
    Article html = ArticleReader.create().fromHtml("h", "<html><body><p>An entity &#xD800; stands here.</p></body></html>");
    for (Article a : List.of(text, html)) {
      assertThat(a.text().chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
      assertThat(a.removed()).anyMatch(r -> r.reason() == RemovalReason.ENCODING);
    }
  }

  @Test
  void aLoopOfSymbolicLinksIsNotCalledMissing() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b); // a POSIX file system, as the other tests with links need
    Files.createSymbolicLink(b, a);
    assertThatThrownBy(() -> ArticleReader.create().read(a))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("symbolic link")
        .hasMessageNotContaining("no such file");
  }

  @Test
  void aFileNameWithANewlineStaysOneLine() throws IOException {
    Path odd = Files.writeString(dir.resolve("odd\nname\u001b[31m.txt"), " ");
    assertThatThrownBy(() -> ArticleReader.create().read(odd))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b").contains("odd\\nname"));
  }

  @Test
  void aManifestDateWithATimeIsItsDate() {
    Manifest m = Manifest.parse(Path.of("MANIFEST.tsv"), List.of("file\toutlet\tpublished", "a.txt\tA\t2021-12-02T10:00:00Z"));
    assertThat(m.entries().get(0).published()).contains(LocalDate.of(2021, 12, 2));
  }

  @Test
  void aListItemHoldingAParagraphIsReadOnce() {
    Article a = ArticleReader.create().fromHtml("p", "<html><body><ul><li><p>Hello world.</p></li></ul>"
        + "<blockquote><p>Quoted once.</p></blockquote></body></html>");
    assertThat(a.text()).isEqualTo("\u2022 Hello world.\n\nQuoted once.");
  }

  @Test
  void textAroundANestedBlockIsKeptInOrder() {
    Article a = ArticleReader.create().fromHtml("p", "<html><body><blockquote>Before <p>inside.</p> after.</blockquote>"
        + "</body></html>");
    assertThat(a.text()).isEqualTo("Before\n\ninside.\n\nafter.");
  }
}
